"""Deletion cleanup: remove Flux finalizers the workload cluster can no longer honour.

When a cluster is deleted, its HelmReleases can outlive the workload cluster they install into;
helm-controller then cannot uninstall them and their finalizers block deletion forever. The chart
ran a Helm ``post-delete`` hook Job to remove those finalizers. Flux has no hooks, so:

* by default the Job is emitted *suspended* (it runs nothing; the README explains how to start it
  by hand), and is pruned with the rest of the cluster;
* with ``cleanup_on_delete`` it runs from the start as a watcher: it waits for the Cluster object
  to be deleted, then removes the finalizers. Its objects carry Flux's ``prune: disabled`` so they
  survive the pruning of the cluster; the Job takes ownership of its ServiceAccount, Role and
  RoleBinding, so all of them are garbage-collected ``ttlSecondsAfterFinished`` after it finished.

The script names the Cluster, HelmReleases and HelmCharts in the API versions this cluster's
objects are emitted in (:func:`kubectl_resource`, versions from the cluster context), so it works
alike with the Cluster API v1beta1 and v1beta2 generations. The Job written for Flux carries
Flux's ``force: enabled``: a new script or new releases change its pod template, which the API
server refuses to update, and Flux then re-creates the Job instead of failing on every interval.
"""
from __future__ import annotations

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...assets import read_text
from ..context import ClusterContext
from .job_network_policy import JobNetworkPolicy
from ..labels import FLUX_FORCE, FLUX_PRUNE_DISABLED
from ..typed import factory_value

RUN_AS = 1000
JOB_TTL_SECONDS = 86400

PLURALS = {"Cluster": "clusters", "IPAddress": "ipaddresses", "IPAddressClaim": "ipaddressclaims",
           "HelmRelease": "helmreleases", "HelmChart": "helmcharts"}
"""The resource (plural) of each kind the Jobs' scripts name on the kubectl command line."""


def kubectl_resource(api_version: str, kind: str) -> str:
    """kubectl's fully qualified name of ``kind``'s resource in one API version,
    ``RESOURCE.VERSION.GROUP``: ``kubectl_resource("cluster.x-k8s.io/v1beta2", "Cluster")`` is
    ``clusters.v1beta2.cluster.x-k8s.io``.

    The Jobs' scripts name every Cluster API, IPAM and Flux resource this way, never by a short
    name (``ipaddress``) nor as ``RESOURCE.GROUP`` (``clusters.cluster.x-k8s.io``): both leave the
    version to kubectl's discovery, the group's preferred version, which differs across releases
    (Cluster API 1.11 made v1beta2 the preferred and storage version, 1.16 serves no v1beta1; Flux
    dropped its beta versions one release after another), and a short name may even resolve to
    another group's kind of the same name (Metal3 has an ``IPAddress`` too). Pinned, a script reads
    and writes exactly the version its objects were emitted in (the declared releases, see
    ``ClusterContext.api_version``), and fails loudly where the management cluster does not serve
    it. RBAC rules have no version: the Jobs' Roles cover both generations as they are."""
    group, _, version = api_version.rpartition("/")
    if not group or not version:
        raise ValueError(f"{api_version!r} is not an apiVersion GROUP/VERSION of a custom resource")
    return f"{PLURALS[kind]}.{version}.{group}"


def script_resources(ctx: ClusterContext) -> dict[str, str]:
    """The environment naming the resources the script reads and patches, each in the API version
    of this cluster's objects. When the declared releases move, the Job's pod template changes
    with them; Flux re-creates the Job then (``force``, see :class:`DeletionCleanup`)."""
    mc = ctx.management_cluster
    return {
        "CLUSTER_RESOURCE": kubectl_resource(ctx.api_version("Cluster"), "Cluster"),
        "HELMRELEASE_RESOURCE": kubectl_resource(mc.helm_release_api_version, "HelmRelease"),
        # HelmCharts are served in the versions of HelmRepositories: both source.toolkit.fluxcd.io,
        # promoted to v1 together in Flux 2.3.
        "HELMCHART_RESOURCE": kubectl_resource(mc.helm_repository_api_version, "HelmChart"),
    }


def cleanup_script() -> str:
    """Our script: optionally wait for the Cluster's deletion, then remove the finalizers."""
    return read_text("scripts/wait-for-cluster-deletion.sh") + read_text("scripts/cleanup-helmreleases.sh")


def restricted_container_security_context(run_as: int | None = None) -> k8s.SecurityContext:
    """Read-only root, no privilege escalation, every capability dropped, the runtime's seccomp
    profile; ``run_as``: also pin the user and group (and say ``privileged: false``)."""
    return k8s.SecurityContext(
        read_only_root_filesystem=True, allow_privilege_escalation=False, run_as_non_root=True,
        privileged=None if run_as is None else False, run_as_user=run_as, run_as_group=run_as,
        capabilities=k8s.Capabilities(drop=["ALL"]),
        seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault"))


def job_resources() -> k8s.ResourceRequirements:
    return k8s.ResourceRequirements(
        requests={"memory": factory_value(k8s.Quantity, "64Mi"), "cpu": factory_value(k8s.Quantity, "10m")},
        limits={"memory": factory_value(k8s.Quantity, "256Mi"), "cpu": factory_value(k8s.Quantity, "100m")})


class DeletionCleanup(Construct):
    """ServiceAccount, Role, RoleBinding and Job ``<cluster>-cleanup-helmreleases-hook``."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext, *, on_delete: bool = False,
                 network_policy: bool = False):
        super().__init__(scope, id)
        name = f"{ctx.name}-cleanup-helmreleases-hook"
        annotations = dict(FLUX_PRUNE_DISABLED) if on_delete else None
        meta = k8s.ObjectMeta(name=name, namespace=ctx.namespace, labels=ctx.labels, annotations=annotations)
        image = ctx.values.kubectl_image
        self.service_account = k8s.KubeServiceAccount(self, "service-account", metadata=meta)
        rules = [
            k8s.PolicyRule(api_groups=["helm.toolkit.fluxcd.io"], resources=["helmreleases"],
                           verbs=["get", "list", "patch"]),
            k8s.PolicyRule(api_groups=["source.toolkit.fluxcd.io"], resources=["helmcharts"],
                           verbs=["get", "list", "patch", "delete"]),
        ]
        if on_delete:
            rules += [
                k8s.PolicyRule(api_groups=["cluster.x-k8s.io"], resources=["clusters"], resource_names=[ctx.name],
                               verbs=["get", "list", "watch"]),
                k8s.PolicyRule(api_groups=["batch"], resources=["jobs"], resource_names=[name], verbs=["get"]),
                k8s.PolicyRule(api_groups=[""], resources=["serviceaccounts"], resource_names=[name],
                               verbs=["get", "patch"]),
                k8s.PolicyRule(api_groups=["rbac.authorization.k8s.io"], resources=["roles", "rolebindings"],
                               resource_names=[name], verbs=["get", "patch"]),
            ]
        self.role = k8s.KubeRole(self, "role", metadata=meta, rules=rules)
        self.role_binding = k8s.KubeRoleBinding(
            self, "role-binding", metadata=meta,
            subjects=[k8s.Subject(kind="ServiceAccount", name=name, namespace=ctx.namespace)],
            role_ref=k8s.RoleRef(kind="Role", name=name, api_group="rbac.authorization.k8s.io"))
        env = {"NAMESPACE": ctx.namespace, "CLUSTER_NAME": ctx.name, "JOB_NAME": name,
               "WAIT_FOR_CLUSTER_DELETION": "true" if on_delete else "false", **script_resources(ctx)}
        # A Job's pod template cannot change: Flux re-creates the Job when it must (a new script,
        # image, or the API versions of new releases); a suspended Job or a watcher loses nothing.
        job_annotations = {**(annotations or {}), **(FLUX_FORCE if ctx.applied_by_flux else {})}
        self.job = k8s.KubeJob(
            self, "job",
            metadata=k8s.ObjectMeta(name=name, namespace=ctx.namespace, labels=ctx.labels,
                                    annotations=job_annotations or None),
            spec=k8s.JobSpec(
                suspend=None if on_delete else True,
                ttl_seconds_after_finished=JOB_TTL_SECONDS,
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(name=name, namespace=ctx.namespace, labels=ctx.labels),
                    spec=k8s.PodSpec(
                        restart_policy="Never",
                        service_account_name=name,
                        security_context=k8s.PodSecurityContext(run_as_user=RUN_AS, run_as_group=RUN_AS),
                        containers=[k8s.Container(
                            name="post-delete-job",
                            image=f"{image.registry}/{image.name}:{image.tag}",
                            command=["/bin/sh", "-xc", cleanup_script()],
                            env=[k8s.EnvVar(name=k, value=v) for k, v in env.items()],
                            security_context=restricted_container_security_context(),
                            resources=job_resources(),
                        )],
                    ),
                ),
            ),
        )
        if network_policy:
            JobNetworkPolicy(self, "network-policy", name=name, namespace=ctx.namespace, job_name=name,
                             labels=ctx.labels)
