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
"""
from __future__ import annotations

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...assets import read_text
from ..context import ClusterContext
from .job_network_policy import JobNetworkPolicy
from ..labels import FLUX_PRUNE_DISABLED
from ..typed import factory_value

RUN_AS = 1000
JOB_TTL_SECONDS = 86400


def cleanup_script() -> str:
    """Our script: optionally wait for the Cluster's deletion, then remove the finalizers."""
    return read_text("scripts/wait-for-cluster-deletion.sh") + read_text("scripts/cleanup-helmreleases.sh")


def restricted_container_security_context() -> k8s.SecurityContext:
    return k8s.SecurityContext(
        read_only_root_filesystem=True, allow_privilege_escalation=False, run_as_non_root=True,
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
               "WAIT_FOR_CLUSTER_DELETION": "true" if on_delete else "false"}
        self.job = k8s.KubeJob(
            self, "job", metadata=meta,
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
