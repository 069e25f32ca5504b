"""IPAM: address claims, and the Job that waits for the addresses and assigns them.

When the control-plane address or the first Service load-balancer address comes from an IP pool,
the chart creates IPAddressClaims, holds the Cluster paused (and the cloud provider suspended) and
runs Helm hook Jobs that fill the addresses in. Flux has no hooks and re-applies every object every
interval, so here (docs/ipam.md explains the choice):

* Flux creates the objects that receive an address once, with the chart's initial content, and
  never updates them afterwards (``kustomize.toolkit.fluxcd.io/ssa: IfNotPresent``): a re-apply
  cannot re-pause the Cluster or reset the address;
* the :class:`IpamAssignJob` carries those objects as they should be, with placeholders for the
  addresses, in a ConfigMap; it waits for the addresses, fills them in and applies the objects
  with server-side apply, the Cluster (unpaused) last. Its name and its ConfigMap's name hash
  their content, so any change of those objects (an upgrade) is a new Job that runs again and
  brings the change to the cluster with the addresses in place.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field

import cdk8s_plus_27 as kplus
import jsii
from cdk8s import ApiObject, ApiObjectMetadata, App, Chart, Duration, JsonPatch, Size
from constructs import Construct

from constructs_lib.imports.io.x_k8s.cluster.ipam import IpAddressClaim, IpAddressClaimSpec, IpAddressClaimSpecPoolRef

from ..flux.addons import Addons
from ...assets import read_text
from ..cluster_api.cluster_objects import ClusterObjects
from ..context import ClusterContext
from ..cluster_api.control_plane import ControlPlane
from .ipam_placeholders import CONTROL_PLANE_IP_PLACEHOLDER
from .job_network_policy import JobNetworkPolicy
from ..labels import CLUSTER_NAME_LABEL
from ..documents import chart_documents
from ..manifest_yaml import dump_documents
from ..node_config.kube_vip import pod_manifest as kubevip_pod_manifest
from ..node_config.secrets import KubeVipSecret

IPAM_GROUP = "ipam.cluster.x-k8s.io"
POOL_KIND = "GlobalInClusterIPPool"
JOB_TTL_SECONDS = 86400
MANIFESTS_DIR = "/manifests"
FIELD_MANAGER = "ipam-assign"


def load_balancer_claim_name(cluster: str) -> str:
    return f"{cluster}-svc-lb"


def rbac_name(cluster: str) -> str:
    """The chart's name for the ServiceAccount, Role and RoleBinding of its IPAM hooks."""
    return f"{cluster}-update-values-hook"


def claim_labels(ctx: ClusterContext) -> dict[str, str]:
    """The common labels without ``cluster.x-k8s.io/cluster-name``: the in-cluster IPAM provider
    does not reconcile claims of a paused cluster, and the Cluster stays paused until they are."""
    return {k: v for k, v in ctx.labels.items() if k != CLUSTER_NAME_LABEL}


class IpAddressClaims(Construct):
    """``<cluster>`` (control plane) and ``<cluster>-svc-lb`` (load balancers), as needed."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        network = ctx.values.connectivity.network
        self.control_plane = self.load_balancer = None
        if ctx.ipam_control_plane:
            self.control_plane = self._claim("control-plane", ctx, ctx.name,
                                             network.control_plane_endpoint.ip_pool_name)
        if ctx.ipam_load_balancer:
            self.load_balancer = self._claim("load-balancer", ctx, load_balancer_claim_name(ctx.name),
                                             network.load_balancers.ip_pool_name)

    def _claim(self, id: str, ctx: ClusterContext, name: str, pool: str) -> IpAddressClaim:
        return IpAddressClaim(
            self, id,
            # Like the Secrets, the chart leaves the namespace to Helm; synth writes it for Flux.
            metadata=ApiObjectMetadata(name=name, namespace=ctx.secret_namespace, labels=claim_labels(ctx)),
            spec=IpAddressClaimSpec(pool_ref=IpAddressClaimSpecPoolRef(api_group=IPAM_GROUP, kind=POOL_KIND,
                                                                       name=pool)))


@jsii.implements(kplus.IApiResource)
class NamedResource:
    """One named object of a resource type, for a Role rule limited to it (``resourceNames``)."""

    def __init__(self, api_group: str, resource_type: str, resource_name: str | None = None):
        self._api_group, self._resource_type, self._resource_name = api_group, resource_type, resource_name

    @property
    def api_group(self) -> str:
        return self._api_group

    @property
    def resource_type(self) -> str:
        return self._resource_type

    @property
    def resource_name(self) -> str | None:
        return self._resource_name


@dataclass(frozen=True)
class IpamAssignJobProps:
    """Props of :class:`IpamAssignJob`."""

    name_prefix: str
    """Prefix of the Job and ConfigMap names (``<prefix>-ipam-<hash>``); the cluster name."""
    namespace: str
    """Namespace of the claims, the objects and the Job."""
    manifests: dict[str, str]
    """The ConfigMap's files: ``objects.yaml`` (applied first), ``cluster.yaml`` (applied last) and,
    with a control-plane claim, ``kube-vip-pod.yaml`` (see :mod:`.ipam_placeholders`)."""
    role_rules: tuple[tuple[str, str, str | None, tuple[str, ...]], ...]
    """The Role's rules, ``(api group, resource, name or None, verbs)``: get and list on the
    IPAddresses, get and patch on each object the Job applies, nothing else."""
    image: str
    """Image with bash, sed, base64 and kubectl (default in VsphereCluster: the chart's ``kubectlImage``)."""
    service_account_name: str
    """Name of the ServiceAccount, Role and RoleBinding."""
    control_plane_claim: str = ""
    """IPAddressClaim of the control-plane address (default: none)."""
    load_balancer_claim: str = ""
    """IPAddressClaim of the first load-balancer address (default: none)."""
    load_balancer_cidrs: tuple[str, ...] = ()
    """Static load-balancer ranges appended after that address (default: none)."""
    labels: dict[str, str] = field(default_factory=dict)
    """Labels of every object (default: none)."""
    timeout_seconds: int = 900
    """How long the Job waits for each address before it fails with a message (default: 900)."""
    run_as: int = 1000
    """User and group of the Job's pod (default: 1000, as the chart's hook Jobs)."""
    network_policy: bool = False
    """Also emit a CiliumNetworkPolicy letting the pod reach only the API server and DNS (default: off)."""

    def content_hash(self, path: str = "") -> str:
        """Hash of everything the Job does (and of the construct ``path``, which cdk8s-plus writes
        into a pod label): a change of any of it makes a new Job, which runs again."""
        text = json.dumps({**dataclasses.asdict(self), "script": read_text("scripts/ipam-assign.sh"), "path": path},
                          sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()[:8]


class IpamAssignJob(Construct):
    """ServiceAccount, Role and RoleBinding (least privilege), a ConfigMap of the objects to apply,
    and the Job (cdk8s-plus) that waits for the addresses, fills them in and applies the objects."""

    def __init__(self, scope: Construct, id: str, props: IpamAssignJobProps):
        super().__init__(scope, id)
        self.props = props
        sa_name, ns, labels = props.service_account_name, props.namespace, dict(props.labels)
        meta = ApiObjectMetadata(name=sa_name, namespace=ns, labels=labels)
        self.service_account = kplus.ServiceAccount(self, "service-account", metadata=meta)
        self.role = kplus.Role(self, "role", metadata=meta)
        for group, resource, name, verbs in props.role_rules:
            self.role.allow(list(verbs), NamedResource(group, resource, name))
        self.role_binding = kplus.RoleBinding(self, "role-binding", metadata=meta, role=self.role)
        self.role_binding.add_subjects(self.service_account)

        name = f"{props.name_prefix}-ipam-{props.content_hash(self.node.path)}"
        self.config_map = kplus.ConfigMap(
            self, "manifests", metadata=ApiObjectMetadata(name=name, namespace=ns, labels=labels),
            data=dict(props.manifests), immutable=True)
        self.job = kplus.Job(
            self, "job", metadata=ApiObjectMetadata(name=name, namespace=ns, labels=labels),
            service_account=self.service_account, automount_service_account_token=True,
            ttl_after_finished=Duration.seconds(JOB_TTL_SECONDS), backoff_limit=6,
            restart_policy=kplus.RestartPolicy.NEVER,
            security_context=kplus.PodSecurityContextProps(user=props.run_as, group=props.run_as,
                                                           ensure_non_root=True),
        )
        self.job.pod_metadata.add_label("app", "ipam-assign")
        for key, value in labels.items():
            self.job.pod_metadata.add_label(key, value)
        env = {
            "NAMESPACE": ns,
            "CONTROL_PLANE_CLAIM": props.control_plane_claim,
            "LOAD_BALANCER_CLAIM": props.load_balancer_claim,
            "LOAD_BALANCER_CIDRS": ",".join(props.load_balancer_cidrs),
            "MANIFESTS_DIR": MANIFESTS_DIR,
            "FIELD_MANAGER": FIELD_MANAGER,
            "TIMEOUT_SECONDS": str(props.timeout_seconds),
            "HOME": "/tmp",  # kubectl's cache; the root filesystem is read-only
        }
        container = self.job.add_container(
            name="assign", image=props.image, image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
            command=["/bin/bash", "-c", read_text("scripts/ipam-assign.sh")],
            env_variables={k: kplus.EnvValue.from_value(v) for k, v in env.items()},
            security_context=kplus.ContainerSecurityContextProps(
                read_only_root_filesystem=True, allow_privilege_escalation=False, privileged=False,
                ensure_non_root=True, user=props.run_as, group=props.run_as),
            # The chart's requests and limits of its hook Jobs.
            resources=kplus.ContainerResources(
                cpu=kplus.CpuResources(request=kplus.Cpu.millis(10), limit=kplus.Cpu.millis(100)),
                memory=kplus.MemoryResources(request=Size.mebibytes(64), limit=Size.mebibytes(256))),
        )
        container.mount(MANIFESTS_DIR, kplus.Volume.from_config_map(self, "manifests-volume", self.config_map),
                        read_only=True)
        container.mount("/tmp", kplus.Volume.from_empty_dir(self, "tmp-volume", "tmp"))
        # What cdk8s-plus has no prop for: drop every capability, the runtime's seccomp profile.
        pod_spec = "/spec/template/spec"
        ApiObject.of(self.job).add_json_patch(
            JsonPatch.add(f"{pod_spec}/containers/0/securityContext/capabilities", {"drop": ["ALL"]}),
            JsonPatch.add(f"{pod_spec}/containers/0/securityContext/seccompProfile", {"type": "RuntimeDefault"}),
            JsonPatch.add(f"{pod_spec}/securityContext/seccompProfile", {"type": "RuntimeDefault"}))
        self.network_policy = None
        if props.network_policy:
            self.network_policy = JobNetworkPolicy(self, "network-policy", name=name, namespace=ns, job_name=name,
                                                   labels=labels)


def assigned_context(ctx: ClusterContext) -> ClusterContext:
    """The context the IPAM Job's objects are built from: addresses as placeholders, resumed."""
    values = ctx.values
    if ctx.ipam_control_plane:
        network = values.connectivity.network
        endpoint = dataclasses.replace(network.control_plane_endpoint, host=CONTROL_PLANE_IP_PLACEHOLDER)
        network = dataclasses.replace(network, control_plane_endpoint=endpoint)
        values = dataclasses.replace(
            values, connectivity=dataclasses.replace(values.connectivity, network=network))
    # The Job applies them as written: every object names its namespace (render and synth alike).
    return dataclasses.replace(ctx, values=values, ipam_assigned=True, namespaced_secrets=True, _cache={})


def assigned_objects(ctx: ClusterContext, proxy_secret_name: str) -> list[dict]:
    """The objects whose fields the IPAM Job assigns, as it applies them (placeholders in place)."""
    actx = assigned_context(ctx)
    chart = Chart(App(), "ipam-assigned", disable_resource_name_hashes=True)
    ClusterObjects(chart, "cluster", actx)
    if ctx.ipam_control_plane:
        KubeVipSecret(chart, "kube-vip", actx)
        ControlPlane(chart, "control-plane", actx, proxy_secret_name)
    if ctx.ipam_load_balancer:
        Addons(chart, "addons", actx)
    return [doc for doc in chart_documents(chart) if (doc["kind"], doc["metadata"]["name"]) in actx.ipam_owned]


def chart_role_rules(ctx: ClusterContext) -> tuple[tuple[str, str, str | None, tuple[str, ...]], ...]:
    """The chart's IPAM Role, rule for rule: what the Job reads and applies, nothing more."""
    get_patch = ("get", "patch")
    rules = [
        ("infrastructure.cluster.x-k8s.io", "vsphereclusters", ctx.name, get_patch),
        ("cluster.x-k8s.io", "clusters", ctx.name, get_patch),
        (IPAM_GROUP, "ipaddresses", None, ("get", "list")),
        ("controlplane.cluster.x-k8s.io", "kubeadmcontrolplanes", ctx.name, get_patch),
        ("", "secrets", ctx.kubevip_secret_name, get_patch),
    ]
    if ctx.ipam_load_balancer:
        rules.append(("helm.toolkit.fluxcd.io", "helmreleases", ctx.cloud_provider_release_name, get_patch))
    return tuple(rules)


class IpamAssignment(Construct):
    """The cluster's IPAM: its claims and the :class:`IpamAssignJob` that assigns the addresses."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext, *, proxy_secret_name: str,
                 network_policy: bool = False):
        super().__init__(scope, id)
        self.claims = IpAddressClaims(self, "claims", ctx)
        objects = assigned_objects(ctx, proxy_secret_name)
        manifests = {
            "objects.yaml": dump_documents([d for d in objects if d["kind"] != "Cluster"]),
            "cluster.yaml": dump_documents([d for d in objects if d["kind"] == "Cluster"]),
        }
        if ctx.ipam_control_plane:
            manifests["kube-vip-pod.yaml"] = kubevip_pod_manifest(CONTROL_PLANE_IP_PLACEHOLDER,
                                                                  ctx.values.cluster.kubernetes_version,
                                                                  image=ctx.values.images.kube_vip.reference)
        image = ctx.values.kubectl_image
        network = ctx.values.connectivity.network
        self.job = IpamAssignJob(self, "assign", IpamAssignJobProps(
            name_prefix=ctx.name, namespace=ctx.namespace, manifests=manifests,
            role_rules=chart_role_rules(ctx),
            image=f"{image.registry}/{image.name}:{image.tag}",
            service_account_name=rbac_name(ctx.name),
            control_plane_claim=ctx.name if ctx.ipam_control_plane else "",
            load_balancer_claim=load_balancer_claim_name(ctx.name) if ctx.ipam_load_balancer else "",
            load_balancer_cidrs=tuple(network.load_balancers.cidr_blocks) if ctx.ipam_load_balancer else (),
            labels=ctx.labels, network_policy=network_policy))
