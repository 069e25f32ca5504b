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
  with server-side apply, the Cluster (unpaused) last.

Both follow the API versions the declared releases serve (``ClusterContext.api_version``): the
claims are emitted as ``v1alpha1`` (the chart's) before Cluster API 1.11 and as ``v1beta2`` from
then; the Job reads the IPAddresses by their fully qualified resource in that same version and
applies the objects in the version each is emitted in (see :func:`.cleanup.kubectl_resource`).

The Job and its ConfigMap are named ``<cluster>-ipam-<hash>``, the hash covering what the Job
*means* (:meth:`IpamAssignJobProps.content_hash`): the objects it applies as Cluster API stores
them (every Cluster API and CAPV object converted to v1beta2, no document's version), the script,
the Job's other props and the construct path; not the API versions it spells them in. Hence:

* **same meaning, new spelling** (new releases declared: v1beta1 to v1beta2, HelmRelease v2beta1
  to v2): same name; the Job, whose pod template holds no API version, is unchanged; the
  ConfigMap, which holds the spelled objects and the versioned resource names
  (``resources.env``), is updated in place. The finished Job does not run again, and need not:
  what it applied means the same to Cluster API as what it would apply now. When it runs again
  (its TTL expired, or deleted by hand) it reads the new spelling;
* **changed meaning** (an upgrade, new replicas, another script or image): a new name, so a new
  Job, which Flux creates and which runs, bringing the change to the cluster with the addresses
  in place.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import re
from dataclasses import dataclass, field

import cdk8s_plus_27 as kplus
import jsii
import yaml
from cdk8s import ApiObject, ApiObjectMetadata, App, Chart, Duration, JsonPatch, Size
from constructs import Construct

from constructs_lib.imports.io.x_k8s.cluster.ipam import IpAddressClaim, IpAddressClaimSpec, IpAddressClaimSpecPoolRef

from ..flux.addons import Addons
from ...assets import read_text
from ...config.releases import CURRENT, api_version_of
from ..cluster_api.cluster_objects import ClusterObjects
from ..context import ClusterContext
from ..cluster_api.control_plane import ControlPlane
from .cleanup import kubectl_resource
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
RESOURCES_FILE = "resources.env"
"""The ConfigMap's file naming the resources the script reads, each with its API version."""
_RESOURCE_NAME = re.compile(r"[a-z0-9.-]+")


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
    """``<cluster>`` (control plane) and ``<cluster>-svc-lb`` (load balancers), as needed, in the
    version ``ctx`` emits IPAddressClaims in.

    Every version spells the claim alike: ``spec.poolRef`` with ``apiGroup``, ``kind`` and ``name``
    (``apiGroup``, optional before, is required in v1beta2). ``spec.clusterName`` (v1beta1 on) is
    left out on purpose, like the ``cluster.x-k8s.io/cluster-name`` label: the in-cluster IPAM
    provider looks up the Cluster it names (or, without it, the label's) and skips the claim while
    that Cluster is paused, and the Cluster stays paused until the Job has the claims' addresses.
    """

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

    def _claim(self, id: str, ctx: ClusterContext, name: str, pool: str) -> ApiObject:
        # Like the Secrets, the chart leaves the namespace to Helm; synth writes it for Flux.
        metadata = ApiObjectMetadata(name=name, namespace=ctx.secret_namespace, labels=claim_labels(ctx))
        api_version = ctx.api_version("IPAddressClaim")
        if api_version == IpAddressClaim.GVK.api_version:  # the chart's v1alpha1, whose typed class we have
            return IpAddressClaim(
                self, id, metadata=metadata,
                spec=IpAddressClaimSpec(pool_ref=IpAddressClaimSpecPoolRef(api_group=IPAM_GROUP, kind=POOL_KIND,
                                                                           name=pool)))
        claim = ApiObject(self, id, api_version=api_version, kind="IPAddressClaim", metadata=metadata)
        claim.add_json_patch(JsonPatch.add("/spec", {"poolRef": {"apiGroup": IPAM_GROUP, "kind": POOL_KIND,
                                                                 "name": pool}}))
        return claim


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
    with a control-plane claim, ``kube-vip-pod.yaml`` (see :mod:`.ipam_placeholders`). The
    construct adds ``resources.env`` (:func:`resources_env`), which they must not hold."""
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
    ipam_api_version: str = api_version_of(CURRENT, "IPAddress")
    """The version the Job reads the IPAddresses (and names the claims) in, e.g.
    ``ipam.cluster.x-k8s.io/v1beta2`` (default: the one of today's releases, ``CURRENT``). It is
    spelling, not meaning: it goes into the ConfigMap's ``resources.env``, not into the Job nor
    its name. The objects it applies carry their own ``apiVersion``."""
    timeout_seconds: int = 900
    """How long the Job waits for each address before it fails with a message (default: 900)."""
    run_as: int = 1000
    """User and group of the Job's pod (default: 1000, as the chart's hook Jobs)."""
    network_policy: bool = False
    """Also emit a CiliumNetworkPolicy letting the pod reach only the API server and DNS (default: off)."""

    def __post_init__(self):
        if RESOURCES_FILE in self.manifests:
            raise ValueError(f"IpamAssignJobProps.manifests: {RESOURCES_FILE} is the construct's own file "
                             "(from ipam_api_version); name the manifests otherwise")

    def content_hash(self, path: str = "") -> str:
        """Hash of what the Job means: the manifests as Cluster API stores their objects
        (:func:`manifests_meaning`: no document's API version), the script, every other prop and
        the construct ``path`` (which cdk8s-plus writes into a pod label); not ``ipam_api_version``
        (``resources.env``) nor the spelling of the manifests.

        Same meaning, same name: new releases that only respell the objects keep the Job as it is
        and update its ConfigMap in place (the Job applied what the new spelling means). Any change
        of meaning is a new name: a new Job, which runs."""
        props = dataclasses.asdict(self)
        del props["ipam_api_version"]
        props["manifests"] = manifests_meaning(self.manifests)
        text = json.dumps({**props, "script": read_text("scripts/ipam-assign.sh"), "path": path},
                          sort_keys=True, separators=(",", ":"), default=str)
        return hashlib.sha256(text.encode()).hexdigest()[:8]


def resources_env(ipam_api_version: str) -> str:
    """The ConfigMap's ``resources.env``: ``KEY=VALUE`` lines naming each resource the script reads
    as ``RESOURCE.VERSION.GROUP`` (:func:`.cleanup.kubectl_resource`), e.g.
    ``IPADDRESS_RESOURCE=ipaddresses.v1beta2.ipam.cluster.x-k8s.io``.

    The versions live here, not in the Job's environment: a Job's pod template cannot change, and
    the Job must stay the same object when only the versions' spelling changes. The script parses
    the file (fixed keys, values of ``[a-z0-9.-]`` only); it never sources it."""
    resources = {"IPADDRESS_RESOURCE": kubectl_resource(ipam_api_version, "IPAddress"),
                 "IPADDRESSCLAIM_RESOURCE": kubectl_resource(ipam_api_version, "IPAddressClaim")}
    for key, value in resources.items():
        if not _RESOURCE_NAME.fullmatch(value):
            raise ValueError(f"{key}: {value!r} (from {ipam_api_version!r}) is not a resource name")
    return "".join(f"{key}={value}\n" for key, value in resources.items())


try:  # libyaml's parser is several times faster; both read the same documents
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - libyaml missing
    _Loader = yaml.SafeLoader


def manifests_meaning(manifests: dict[str, str]) -> dict[str, dict]:
    """What the ConfigMap's files mean, for the Job's name: each file a YAML stream of objects is
    its objects as Cluster API stores them (:func:`object_meaning`); any other file is its text."""
    meaning = {}
    for name, text in sorted(manifests.items()):
        try:
            documents = [d for d in yaml.load_all(text, Loader=_Loader) if d is not None]
        except yaml.YAMLError:
            documents = None
        if documents is None or not all(isinstance(d, dict) for d in documents):
            meaning[name] = {"text": text}
        else:
            meaning[name] = {"objects": [object_meaning(d) for d in documents]}
    return meaning


def object_meaning(doc: dict) -> dict:
    """One object the Job applies, as its meaning: a Cluster API or CAPV object converted to
    v1beta2 as Cluster API converts it (the identity on v1beta2 objects), and every object's API
    group without its version (Flux's HelmRelease ``v2beta1`` and ``v2`` spell the same object
    too). The group stays: another group's kind of the same name is another object.

    An object the conversion does not know (:class:`ConversionError`, e.g. a field it has no
    rule for) keeps its version: without a known conversion, another version is another meaning."""
    from ..cluster_api.conversion import ConversionError, to_v1beta2

    try:
        converted = to_v1beta2(doc)
    except ConversionError:
        return {"asWritten": doc}
    spec, converted_spec = doc.get("spec"), converted.get("spec")
    if (converted is not doc and doc.get("kind") == "Cluster" and isinstance(spec, dict) and "paused" in spec
            and "paused" not in (converted_spec or {})):
        # v1beta2's ``paused`` is a pointer, whose conversion leaves a false out; the Job writes the
        # false in both spellings to own the field (assigned_objects), which both applies mean.
        converted = {**converted, "spec": {**(converted_spec or {}), "paused": spec["paused"]}}
    api_version = converted.get("apiVersion")
    group = api_version.rpartition("/")[0] if isinstance(api_version, str) else api_version
    return {"group": group, "object": {key: value for key, value in converted.items() if key != "apiVersion"}}


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
        # Not immutable: the name covers the meaning of the data, not its spelling, so new releases
        # that only respell the objects and resources update the data in place under the same
        # name; any change of what it means is a new name, a new ConfigMap beside a new Job. A Job
        # running meanwhile may read one file of each spelling: both are served by the releases
        # declared, and they mean the same.
        self.config_map = kplus.ConfigMap(
            self, "manifests", metadata=ApiObjectMetadata(name=name, namespace=ns, labels=labels),
            data={**props.manifests, RESOURCES_FILE: resources_env(props.ipam_api_version)}, immutable=False)
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
        # Nothing version-dependent: the resources the script reads, each in its version, are in
        # the ConfigMap's resources.env, so the pod template is the same in every generation.
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
    documents = [doc for doc in chart_documents(chart) if (doc["kind"], doc["metadata"]["name"]) in actx.ipam_owned]
    for doc in documents:
        if doc["kind"] == "Cluster":
            # The Job resumes the Cluster by applying ``paused: false``: its server-side apply must
            # own the field to take it from Flux, which created the Cluster paused. v1beta1 writes
            # the false; v1beta2 (a pointer, converted as Cluster API converts v1beta1) leaves a
            # false out, which would leave the Cluster paused for good.
            doc["spec"]["paused"] = False
    return documents


def chart_role_rules(ctx: ClusterContext) -> tuple[tuple[str, str, str | None, tuple[str, ...]], ...]:
    """The chart's IPAM Role, rule for rule: what the Job reads and applies, nothing more. RBAC
    rules name groups and resources, not versions: the same rules cover v1beta1 and v1beta2."""
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
        self.job = IpamAssignJob(self, "assign", assign_job_props(ctx, manifests, network_policy=network_policy))


def assign_job_props(ctx: ClusterContext, manifests: dict[str, str], *,
                     network_policy: bool = False) -> IpamAssignJobProps:
    """The props of the cluster's :class:`IpamAssignJob` applying ``manifests``."""
    image = ctx.values.kubectl_image
    network = ctx.values.connectivity.network
    return IpamAssignJobProps(
        name_prefix=ctx.name, namespace=ctx.namespace, manifests=manifests,
        role_rules=chart_role_rules(ctx),
        image=f"{image.registry}/{image.name}:{image.tag}",
        service_account_name=rbac_name(ctx.name),
        control_plane_claim=ctx.name if ctx.ipam_control_plane else "",
        load_balancer_claim=load_balancer_claim_name(ctx.name) if ctx.ipam_load_balancer else "",
        load_balancer_cidrs=tuple(network.load_balancers.cidr_blocks) if ctx.ipam_load_balancer else (),
        labels=ctx.labels, network_policy=network_policy,
        ipam_api_version=ctx.api_version("IPAddress"))
