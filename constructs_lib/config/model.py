"""The typed cluster configuration: every value the cluster-vsphere 0.9.7 chart reads.

One frozen dataclass per section of the chart's values; field names are the snake_case form of
the chart's camelCase keys (the exceptions carry the values key in ``metadata["key"]``). Each
class's defaults are the chart's ``values.yaml``; :meth:`ClusterValues.defaults` is that file as
a model and ``ClusterValues.defaults().to_values_dict()`` gives it back as a mapping.

Three keys are read by the chart's templates but not declared in its ``values.yaml``:
``baseDomain`` and ``managementCluster`` (both ``""`` when absent) and
``helmReleases.{cilium,cpi,coredns}.interval`` (the templates fall back to ``5m``, ``10m`` and
``10m``). They are modelled with those fallbacks and written by :meth:`to_values_dict` only when
they differ from them, so the defaults' mapping is exactly ``values.yaml``.

``addons`` and ``images`` are ours (the chart hard-codes these chart versions, catalog URLs and
images): their defaults are the chart's constants, :meth:`to_values_dict` writes only the leaves
that differ from them, and :meth:`from_values_dict` fills every leaf a mapping leaves out (or
sets to ``null``) with its default.

``nodePools.<pool>.kubernetesVersion`` is ours too (the chart gives every pool
``cluster.kubernetesVersion``): ``None`` when not given, and then not written by
:meth:`to_values_dict`, so a pool without it is the chart's pool;
:meth:`ClusterValues.pool_kubernetes_version` gives a pool's effective version.

Node classes, the control plane's machine template and OS users are kept as the camelCase
mappings the chart passes through to Cluster API unchanged (``toYaml``); their shape is checked
against the Cluster API CRDs when loading.

Secrets (``vcenter.password``, registry ``password``/``auth``/``identitytoken``, an OS user's
``passwd``) never appear in ``repr()``/``str()`` of these objects.

Objects are built by the loader from validated values; ``from_values_dict`` assumes its input
passed validation. Values built in code are held to the same rules by
:func:`~.checked.checked_values` (``VsphereCluster`` calls it). ``help()`` of each class lists its
fields with their default and meaning (:mod:`.fielddocs`).
"""
from __future__ import annotations

import copy
import dataclasses
import typing
from dataclasses import dataclass, field
from typing import Any, Mapping

from .errors import MASK, SECRET_KEYS
from .fielddocs import with_field_docs

__all__ = [
    "ApiServer",
    "ControllerManager",
    "ImageRef",
    "ControlPlaneImage",
    "ControlPlane",
    "NodePool",
    "Vcenter",
    "Proxy",
    "Oidc",
    "ClusterSettings",
    "Image",
    "ControlPlaneEndpoint",
    "LoadBalancers",
    "CidrBlocks",
    "Network",
    "RegistryCredentials",
    "RegistryMirror",
    "Connectivity",
    "Teleport",
    "Internal",
    "ReleaseSettings",
    "HelmReleases",
    "AddonChart",
    "Catalogs",
    "Addons",
    "Images",
    "ClusterValues",
    "RELEASE_INTERVAL_DEFAULTS",
    "CONTROL_PLANE_CLASS",
]

DEFAULT_ADMISSION_PLUGINS = (
    "NamespaceLifecycle,LimitRanger,ServiceAccount,ResourceQuota,PersistentVolumeClaimResize,"
    "DefaultStorageClass,Priority,DefaultTolerationSeconds,MutatingAdmissionWebhook,ValidatingAdmissionWebhook"
)
DEFAULT_SSH_CA_KEY = (
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM4cvZ01fLmO9cJbWUj7sfF+NhECgy+Cl0bazSrZX7sU "
    "vault-ca@vault.operations.giantswarm.io"
)
DEFAULT_VM_TEMPLATE = "flatcar-stable-3602.2.1-kube-v1.24.12-gs"
DEFAULT_NETWORK_NAME = "grasshopper-capv"

RELEASE_INTERVAL_DEFAULTS = {"cilium": "5m", "cpi": "10m", "coredns": "10m"}
"""The chart's fallbacks (``| default``) for ``helmReleases.<name>.interval``."""

CONTROL_PLANE_CLASS = "control-plane"
"""The chart renders ``controlPlane.machineTemplate`` as a node class of this name."""


def _default_network() -> dict:
    return {"devices": [{"dhcp4": True, "networkName": DEFAULT_NETWORK_NAME}]}


def _default_machine_template() -> dict:
    return {
        "template": DEFAULT_VM_TEMPLATE,
        "resourcePool": "",
        "memoryMiB": 8192,
        "network": _default_network(),
    }


def _default_node_classes() -> dict:
    return {"default": {"network": _default_network(), "template": DEFAULT_VM_TEMPLATE}}


def _key(name: str) -> dict:
    """Field metadata naming the values key when it is not the camelCase of the field name."""
    return {"key": name}


_OMIT_IF_DEFAULT = {"omit_if_default": True}


# ---------------------------------------------------------------------------------------------
# Sections


@with_field_docs
@dataclass(frozen=True)
class ApiServer:
    """``apiServer``: kube-apiserver settings (KubeadmControlPlane clusterConfiguration.apiServer)."""

    enable_admission_plugins: str = DEFAULT_ADMISSION_PLUGINS
    """``enableAdmissionPlugins``: comma-separated admission plugins (``--enable-admission-plugins``)."""
    feature_gates: str = ""
    """``featureGates``: comma-separated ``Name=true|false`` list for ``--feature-gates``; may be empty."""
    cert_sans: tuple[str, ...] = field(default=(), metadata=_key("certSANs"))
    """``certSANs``: extra subject alternative names, appended after the chart's own four."""


@with_field_docs
@dataclass(frozen=True)
class ControllerManager:
    """``controllerManager``: kube-controller-manager settings."""

    feature_gates: str = ""
    """``featureGates``: comma-separated ``Name=true|false`` list for ``--feature-gates``; may be empty."""


@with_field_docs
@dataclass(frozen=True)
class ImageRef:
    """An image given as kubeadm wants it: repository and tag apart (``controlPlane.etcd``/``dns``)."""

    image_repository: str = ""
    """``imageRepository``: registry and path without tag, e.g. ``projects.registry.vmware.com/tkg``."""
    image_tag: str = ""
    """``imageTag``: the tag, e.g. ``v1.7.0_vmware.12``."""


@with_field_docs
@dataclass(frozen=True)
class ControlPlaneImage:
    """``controlPlane.image``: where kubeadm pulls the control-plane component images from."""

    repository: str = "registry.k8s.io"
    """``repository``: kubeadm ``imageRepository`` for kube-apiserver, -controller-manager, -scheduler."""


@with_field_docs
@dataclass(frozen=True)
class ControlPlane:
    """``controlPlane``: the KubeadmControlPlane and its machines."""

    replicas: int = 1
    """``replicas``: number of control-plane machines; an odd number, at least 1."""
    machine_template: dict = field(default_factory=_default_machine_template)
    """``machineTemplate``: camelCase VSphereMachineTemplate ``spec.template.spec`` fields, passed through
    like a node class (rendered as the class ``control-plane``)."""
    etcd: ImageRef = field(default_factory=lambda: ImageRef("giantswarm", "3.5.4-0-k8s"))
    """``etcd``: etcd image (kubeadm clusterConfiguration.etcd.local)."""
    dns: ImageRef = field(default_factory=lambda: ImageRef("projects.registry.vmware.com/tkg", "v1.7.0_vmware.12"))
    """``dns``: CoreDNS image kubeadm records (clusterConfiguration.dns; the addon itself is skipped)."""
    image: ControlPlaneImage = field(default_factory=ControlPlaneImage)
    """``image``: repository for the control-plane component images."""
    resource_ratio: int = 8
    """``resourceRatio``: divisor of node CPU/memory for the kube-apiserver requests and inflight limits
    (argument of the chart's ``kube-apiserver-patch.sh``); at least 1."""


@with_field_docs
@dataclass(frozen=True)
class NodePool:
    """One entry of ``nodePools``: a MachineDeployment and its KubeadmConfigTemplate."""

    class_name: str = field(default="default", metadata=_key("class"))
    """``class``: name of the node class (a key of ``nodeClasses``) its machines are made from."""
    replicas: int = 2
    """``replicas``: number of machines, 0 or more."""
    kubernetes_version: str | None = None
    """``kubernetesVersion``: the pool's Kubernetes version (its MachineDeployment's
    ``spec.template.spec.version``), e.g. ``v1.33.4``; ``None`` (not given): ``cluster.kubernetesVersion``.
    Never newer than ``cluster.kubernetesVersion`` and at most three minor versions older (two while
    the control plane runs a Kubernetes below 1.28), as the Kubernetes version skew policy allows
    kubelet against kube-apiserver.
    Pin it to the old version while the control plane is upgraded, then remove it (README,
    "Upgrading Kubernetes"). Ours, not the chart's (the chart gives every pool the cluster's version)."""


@with_field_docs
@dataclass(frozen=True)
class Vcenter:
    """``vcenter``: access to the vSphere API; also the location written into every machine template."""

    datacenter: str = ""
    """``datacenter``: default datacenter to deploy nodes into."""
    username: str = ""
    """``username``: vSphere API user (written to the ``<cluster>-credentials`` Secret)."""
    password: str = field(default="", repr=False)
    """``password``: vSphere API password (secret; never shown)."""
    datastore: str = ""
    """``datastore``: default datastore for node disks."""
    server: str = ""
    """``server``: URL or address of the vSphere API."""
    thumbprint: str = ""
    """``thumbprint``: TLS certificate fingerprint of the vSphere API (colon-separated hex)."""
    region: str = ""
    """``region``: vSphere tag category for the ``topology.kubernetes.io/region`` label (cloud provider)."""
    zone: str = ""
    """``zone``: vSphere tag category for the ``topology.kubernetes.io/zone`` label (cloud provider)."""


@with_field_docs
@dataclass(frozen=True)
class Proxy:
    """``proxy``: HTTP proxy environment for containerd and teleport on the nodes."""

    secret_name: str = ""
    """``secretName``: Secret with the ``containerdProxy`` systemd drop-in (the chart declares this key
    but its templates never read it)."""
    enabled: bool = False
    """``enabled``: write the proxy drop-ins and restart the services that use them."""


@with_field_docs
@dataclass(frozen=True)
class Oidc:
    """``oidc``: OpenID Connect authentication for kube-apiserver; off while ``issuer_url`` is empty."""

    issuer_url: str = ""
    """``issuerUrl``: ``--oidc-issuer-url``; the OIDC flags are written only when this is set."""
    ca_file: str = ""
    """``caFile``: ``--oidc-ca-file`` (written only when set)."""
    client_id: str = ""
    """``clientId``: ``--oidc-client-id``."""
    username_claim: str = ""
    """``usernameClaim``: ``--oidc-username-claim``."""
    groups_claim: str = ""
    """``groupsClaim``: ``--oidc-groups-claim``."""
    username_prefix: str = ""
    """``usernamePrefix``: ``--oidc-username-prefix`` (written only when set)."""


@with_field_docs
@dataclass(frozen=True)
class ClusterSettings:
    """``cluster``: cluster-wide Kubernetes settings."""

    kubernetes_version: str = "v1.24.12"
    """``kubernetesVersion``: e.g. ``v1.24.12``; must match the VM template's Kubernetes."""
    enable_encryption_provider: bool = True
    """``enableEncryptionProvider``: encrypt Secrets at rest (kube-apiserver encryption provider config)."""


@with_field_docs
@dataclass(frozen=True)
class Image:
    """An image given as registry, name and tag (``kubectlImage``, ``internal.sandboxContainerImage``)."""

    registry: str = ""
    """``registry``: registry host (with optional port/path), e.g. ``quay.io``."""
    name: str = ""
    """``name``: repository path in the registry, e.g. ``giantswarm/kubectl``."""
    tag: str = ""
    """``tag``: the tag, e.g. ``1.23.5``."""

    @property
    def reference(self) -> str:
        """``registry/name:tag``, as the chart writes it."""
        return f"{self.registry}/{self.name}:{self.tag}"


@with_field_docs
@dataclass(frozen=True)
class ControlPlaneEndpoint:
    """``connectivity.network.controlPlaneEndpoint``: the Kubernetes API address (kube-vip VIP)."""

    host: str = ""
    """``host``: API IP address; ``""`` to draw one from ``ip_pool_name`` through IPAM."""
    port: int = 6443
    """``port``: API port, 1-65535."""
    ip_pool_name: str = field(default="wc-cp-ips", metadata={"empty_as_null": True})
    """``ipPoolName``: GlobalInClusterIPPool the API address is claimed from when ``host`` is empty;
    ``""`` for none (written as ``null`` by ``to_values_dict``: the chart's schema refuses ``""`` here,
    while ``null`` removes the default)."""


@with_field_docs
@dataclass(frozen=True)
class LoadBalancers:
    """``connectivity.network.loadBalancers``: addresses for Services of type LoadBalancer (kube-vip)."""

    cidr_blocks: tuple[str, ...] = ()
    """``cidrBlocks``: IPv4 CIDRs kube-vip-cloud-provider hands out (``cidrGlobal``)."""
    ip_pool_name: str = ""
    """``ipPoolName``: GlobalInClusterIPPool to claim one more address from (added as ``/32``); ``""`` for none."""


@with_field_docs
@dataclass(frozen=True)
class CidrBlocks:
    """A list of IPv4 CIDRs (``connectivity.network.pods`` / ``services``)."""

    cidr_blocks: tuple[str, ...] = ()
    """``cidrBlocks``: IPv4 CIDRs, at least one."""


@with_field_docs
@dataclass(frozen=True)
class Network:
    """``connectivity.network``."""

    allow_all_egress: bool = False
    """``allowAllEgress``: enable cilium's default policies instead of the network-policies app."""
    control_plane_endpoint: ControlPlaneEndpoint = field(default_factory=ControlPlaneEndpoint)
    """``controlPlaneEndpoint``: the API address."""
    load_balancers: LoadBalancers = field(default_factory=LoadBalancers)
    """``loadBalancers``: LoadBalancer Service addresses."""
    pods: CidrBlocks = field(default_factory=lambda: CidrBlocks(("10.244.0.0/16",)))
    """``pods``: pod network CIDRs."""
    services: CidrBlocks = field(default_factory=lambda: CidrBlocks(("172.31.0.0/16",)))
    """``services``: Service network CIDRs; the first one's ``.10`` is the cluster DNS address."""


@with_field_docs
@dataclass(frozen=True)
class RegistryCredentials:
    """``credentials`` of a registry mirror; the chart uses username+password, else auth, else identitytoken."""

    username: str = ""
    """``username``: user for basic authentication (together with ``password``)."""
    password: str = field(default="", repr=False)
    """``password``: password for basic authentication (secret; never shown)."""
    auth: str = field(default="", repr=False)
    """``auth``: base64 of ``username:password`` (secret; never shown)."""
    identitytoken: str = field(default="", repr=False)
    """``identitytoken``: registry identity token (secret; never shown)."""


@with_field_docs
@dataclass(frozen=True)
class RegistryMirror:
    """One item of ``connectivity.containerRegistries.<host>``."""

    endpoint: str = ""
    """``endpoint``: mirror host[:port][/path] without scheme (the chart prepends ``https://``)."""
    credentials: RegistryCredentials | None = None
    """``credentials``: authentication for this endpoint; ``None`` when not given or given as an empty
    mapping. A mapping whose values are all empty is kept (all fields ``""``): the chart's ``with``
    still writes the endpoint's (empty) auth table into config.toml for it."""


@with_field_docs
@dataclass(frozen=True)
class Connectivity:
    """``connectivity``."""

    network: Network = field(default_factory=Network)
    """``network``: cluster networking."""
    container_registries: dict[str, tuple[RegistryMirror, ...]] = field(default_factory=dict)
    """``containerRegistries``: registry host -> mirrors, in file order (containerd ``config.toml``)."""


@with_field_docs
@dataclass(frozen=True)
class Teleport:
    """``internal.teleport``: the teleport node agent."""

    proxy_addr: str = "teleport.giantswarm.io:443"
    """``proxyAddr``: teleport proxy ``host:port`` (``/etc/teleport.yaml`` ``proxy_server``)."""
    version: str = "14.1.3"
    """``version``: teleport version (declared by the chart; its templates do not read it)."""
    enabled: bool = True
    """``enabled``: install the teleport join token, config, role script and systemd unit."""


@with_field_docs
@dataclass(frozen=True)
class Internal:
    """``internal``."""

    teleport: Teleport = field(default_factory=Teleport)
    """``teleport``: the teleport node agent."""
    sandbox_container_image: Image = field(default_factory=lambda: Image("quay.io", "giantswarm/pause", "3.9"))
    """``sandboxContainerImage``: containerd's ``sandbox_image`` (the pause image)."""


@with_field_docs
@dataclass(frozen=True)
class ReleaseSettings:
    """``helmReleases.<name>``: settings of one Flux HelmRelease the chart creates."""

    interval: str = "10m"
    """``interval``: reconcile interval, a duration like ``5m`` or ``1h30m``."""


@with_field_docs
@dataclass(frozen=True)
class HelmReleases:
    """``helmReleases`` (not in the chart's values.yaml; its templates fall back to the defaults here).

    Note the chart's network-policies HelmRelease also uses ``coredns.interval``.
    """

    cilium: ReleaseSettings = field(default_factory=lambda: ReleaseSettings(RELEASE_INTERVAL_DEFAULTS["cilium"]))
    """``cilium``: the cilium HelmRelease (default interval ``5m``)."""
    cpi: ReleaseSettings = field(default_factory=lambda: ReleaseSettings(RELEASE_INTERVAL_DEFAULTS["cpi"]))
    """``cpi``: the cloud-provider-vsphere HelmRelease (default interval ``10m``)."""
    coredns: ReleaseSettings = field(default_factory=lambda: ReleaseSettings(RELEASE_INTERVAL_DEFAULTS["coredns"]))
    """``coredns``: the coredns HelmRelease, and in the chart also network-policies (default ``10m``)."""


@with_field_docs
@dataclass(frozen=True)
class AddonChart:
    """``addons.<app>``: the Helm chart and version one add-on's Flux HelmRelease installs."""

    chart: str = ""
    """``chart``: chart name in its catalog (HelmRelease ``spec.chart.spec.chart``)."""
    version: str = ""
    """``version``: exact chart version, e.g. ``0.19.2`` (HelmRelease ``spec.chart.spec.version``)."""


@with_field_docs
@dataclass(frozen=True)
class Catalogs:
    """``addons.catalogs``: URLs of the Helm repositories (Flux HelmRepository ``<cluster>-<catalog>``)."""

    default: str = "https://giantswarm.github.io/default-catalog"
    """``default``: catalog of cilium, cloud-provider-vsphere and coredns (``<cluster>-default``)."""
    default_test: str = "https://giantswarm.github.io/default-test-catalog"
    """``defaultTest``: the ``<cluster>-default-test`` repository (emitted as the chart does; unused)."""
    cluster: str = "https://giantswarm.github.io/cluster-catalog"
    """``cluster``: catalog of network-policies (``<cluster>-cluster``, emitted unless ``allowAllEgress``)."""


@with_field_docs
@dataclass(frozen=True)
class Addons:
    """``addons`` (ours, not the chart's): chart versions of the add-ons and their catalogs.

    Defaults are the versions the chart pins; a leaf left out keeps its default.
    """

    cilium: AddonChart = field(default_factory=lambda: AddonChart("cilium", "0.19.2"))
    """``cilium``: the cilium HelmRelease (default ``cilium`` ``0.19.2``)."""
    cloud_provider_vsphere: AddonChart = field(
        default_factory=lambda: AddonChart("cloud-provider-vsphere", "1.5.1"))
    """``cloudProviderVsphere``: the cloud-provider-vsphere HelmRelease (default ``1.5.1``)."""
    coredns: AddonChart = field(default_factory=lambda: AddonChart("coredns-app", "1.21.0"))
    """``coredns``: the coredns HelmRelease (default ``coredns-app`` ``1.21.0``)."""
    network_policies: AddonChart = field(default_factory=lambda: AddonChart("network-policies", "0.0.3"))
    """``networkPolicies``: the network-policies HelmRelease (default ``0.0.3``)."""
    catalogs: Catalogs = field(default_factory=Catalogs)
    """``catalogs``: Helm repository URLs."""


@with_field_docs
@dataclass(frozen=True)
class Images:
    """``images`` (ours, not the chart's): images the chart pins that no values key of the chart sets.

    The others have keys already: ``kubectlImage`` (Jobs), ``controlPlane.etcd`` / ``controlPlane.dns``
    (kubeadm), ``controlPlane.image`` (control-plane components), ``internal.sandboxContainerImage``
    (pause). A leaf left out keeps its default.
    """

    kube_vip: Image = field(default_factory=lambda: Image("docker.io", "giantswarm/kube-vip", "v0.6.4"))
    """``kubeVip``: the kube-vip static pod announcing the control-plane address (``<cluster>-kubevip-pod``)."""
    cloud_provider_kube_vip: Image = field(
        default_factory=lambda: Image("docker.io", "giantswarm/kube-vip", "v0.6.3"))
    """``cloudProviderKubeVip``: kube-vip announcing Service load balancers (cloud-provider-vsphere's
    ``kube-vip.image``)."""
    kube_vip_cloud_provider: Image = field(
        default_factory=lambda: Image("docker.io", "giantswarm/kube-vip-cloud-provider", "v0.0.4"))
    """``kubeVipCloudProvider``: kube-vip-cloud-provider handing out Service addresses
    (cloud-provider-vsphere's ``kube-vip-cloud-provider.image``)."""


@with_field_docs
@dataclass(frozen=True, repr=False)
class ClusterValues:
    """All values of one cluster, as the chart sees them after merging the file onto its defaults."""

    api_server: ApiServer = field(default_factory=ApiServer)
    """``apiServer``: kube-apiserver settings."""
    controller_manager: ControllerManager = field(default_factory=ControllerManager)
    """``controllerManager``: kube-controller-manager settings."""
    cluster_description: str = ""
    """``clusterDescription``: free text for the ``cluster.giantswarm.io/description`` annotation (may
    contain quotes; no line breaks)."""
    organization: str = ""
    """``organization``: owning organization (``giantswarm.io/organization`` label value)."""
    service_priority: str = "highest"
    """``servicePriority``: ``giantswarm.io/service-priority`` label value."""
    cluster_labels: dict[str, str] = field(default_factory=dict)
    """``clusterLabels``: extra labels of the Cluster object, in file order."""
    control_plane: ControlPlane = field(default_factory=ControlPlane)
    """``controlPlane``: the control plane."""
    node_pools: dict[str, NodePool] = field(default_factory=lambda: {"worker": NodePool("default", 2)})
    """``nodePools``: pool name -> pool, in file order (defaults' ``worker`` first unless the file lists it)."""
    ssh_trusted_user_ca_keys: tuple[str, ...] = field(
        default=(DEFAULT_SSH_CA_KEY,), metadata=_key("sshTrustedUserCAKeys"))
    """``sshTrustedUserCAKeys``: SSH CA public keys trusted for user certificates; empty disables the
    sshd configuration files."""
    os_users: tuple[dict, ...] = field(default_factory=lambda: ({"name": "giantswarm", "sudo": "ALL=(ALL) NOPASSWD:ALL"},))
    """``osUsers``: camelCase kubeadm ``users`` items (Cluster API KubeadmConfigSpec.users), passed through."""
    vcenter: Vcenter = field(default_factory=Vcenter)
    """``vcenter``: vSphere API access."""
    proxy: Proxy = field(default_factory=Proxy)
    """``proxy``: HTTP proxy for the nodes."""
    oidc: Oidc = field(default_factory=Oidc)
    """``oidc``: OIDC authentication."""
    cluster: ClusterSettings = field(default_factory=ClusterSettings)
    """``cluster``: Kubernetes version and encryption at rest."""
    kubectl_image: Image = field(default_factory=lambda: Image("quay.io", "giantswarm/kubectl", "1.23.5"))
    """``kubectlImage``: image of the hook Jobs (IPAM, clean-up)."""
    connectivity: Connectivity = field(default_factory=Connectivity)
    """``connectivity``: networking and registry mirrors."""
    internal: Internal = field(default_factory=Internal)
    """``internal``: teleport and the sandbox image."""
    node_classes: dict[str, dict] = field(default_factory=_default_node_classes)
    """``nodeClasses``: class name -> camelCase VSphereMachineTemplate ``spec.template.spec`` fields,
    passed through, in file order (defaults' ``default`` first unless the file lists it)."""
    base_domain: str = field(default="", metadata=_OMIT_IF_DEFAULT)
    """``baseDomain``: DNS zone of the cluster (``api.<cluster>.<baseDomain>``); not in values.yaml."""
    management_cluster: str = field(default="", metadata=_OMIT_IF_DEFAULT)
    """``managementCluster``: name of the management cluster (teleport ``mc`` label); not in values.yaml."""
    helm_releases: HelmReleases = field(default_factory=HelmReleases, metadata=_OMIT_IF_DEFAULT)
    """``helmReleases``: Flux HelmRelease intervals; not in values.yaml."""
    addons: Addons = field(default_factory=Addons, metadata=_OMIT_IF_DEFAULT)
    """``addons``: add-on chart versions and catalog URLs; ours, not in values.yaml."""
    images: Images = field(default_factory=Images, metadata=_OMIT_IF_DEFAULT)
    """``images``: the kube-vip images; ours, not in values.yaml."""

    @classmethod
    def defaults(cls) -> "ClusterValues":
        """The chart's defaults (its values.yaml)."""
        return cls()

    def to_values_dict(self) -> dict:
        """The camelCase values mapping (secrets included), fresh and safe to modify.

        Keys the chart's values.yaml does not declare (``baseDomain``, ``managementCluster``,
        ``helmReleases.*``, ``addons.*``, ``images.*``) appear only when they differ from the
        chart's fallbacks (or our defaults), so
        ``ClusterValues.defaults().to_values_dict()`` equals values.yaml.
        """
        return _to_values(self)

    @classmethod
    def from_values_dict(cls, values: Mapping[str, Any]) -> "ClusterValues":
        """Build from a complete, already validated camelCase mapping (merged onto the defaults).

        A key missing from ``values`` (a default removed with ``null``) becomes the empty value of
        its type -- which is how the chart renders a missing key -- except ``helmReleases``
        intervals, which fall back like the chart's ``| default``, and ``addons``/``images``
        leaves, which take their defaults.
        """
        return _from_values(cls, values)

    def pool_kubernetes_version(self, pool_name: str) -> str:
        """The Kubernetes version of the pool ``pool_name`` (a key of :attr:`node_pools`): its
        ``kubernetes_version`` when given, else ``cluster.kubernetes_version``."""
        return self.node_pools[pool_name].kubernetes_version or self.cluster.kubernetes_version

    def kubernetes_versions(self) -> dict[str, str]:
        """Every Kubernetes version the cluster runs, by the values field that sets it:
        ``cluster.kubernetesVersion`` and each pinned ``nodePools.<pool>.kubernetesVersion``."""
        versions = {"cluster.kubernetesVersion": self.cluster.kubernetes_version}
        versions.update((f"nodePools.{name}.kubernetesVersion", pool.kubernetes_version)
                        for name, pool in self.node_pools.items() if pool.kubernetes_version)
        return versions

    def __repr__(self) -> str:
        parts = []
        for f in dataclasses.fields(self):
            parts.append(f"{f.name}={_masked_repr(getattr(self, f.name))}")
        return f"ClusterValues({', '.join(parts)})"


# ---------------------------------------------------------------------------------------------
# Conversion


def values_key(f: dataclasses.Field) -> str:
    """The chart's values key of a dataclass field."""
    if "key" in f.metadata:
        return f.metadata["key"]
    head, *rest = f.name.split("_")
    return head + "".join(word[:1].upper() + word[1:] for word in rest)


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls)
    return _HINTS[cls]


def _changed_values(obj: Any, default: Any) -> dict:
    """The leaves of a section of ours that differ from ``default`` (the same section's default)."""
    out = {}
    for f in dataclasses.fields(obj):
        value, base = getattr(obj, f.name), getattr(default, f.name)
        if dataclasses.is_dataclass(value):
            changed = _changed_values(value, base)
            if changed:
                out[values_key(f)] = changed
        elif value != base:
            out[values_key(f)] = _to_values(value)
    return out


def _defaulted_from_values(default: Any, values: Mapping[str, Any]) -> Any:
    """A section of ours from a (possibly partial) mapping: what it leaves out keeps ``default``."""
    kwargs = {}
    for f in dataclasses.fields(default):
        key, base = values_key(f), getattr(default, f.name)
        given = values.get(key)
        if given is None:
            kwargs[f.name] = base
        elif dataclasses.is_dataclass(base):
            kwargs[f.name] = _defaulted_from_values(base, given)
        else:
            kwargs[f.name] = given
    return type(default)(**kwargs)


def _to_values(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if isinstance(obj, (Addons, Images)):
            return _changed_values(obj, type(obj)())
        if isinstance(obj, RegistryCredentials):
            given = {values_key(f): getattr(obj, f.name) for f in dataclasses.fields(obj) if getattr(obj, f.name)}
            return given or {"username": ""}  # still a non-empty mapping (see RegistryMirror.credentials)
        if isinstance(obj, HelmReleases):
            return {
                values_key(f): _to_values(release)
                for f in dataclasses.fields(obj)
                if not (isinstance(release := getattr(obj, f.name), ReleaseSettings)
                        and release.interval == RELEASE_INTERVAL_DEFAULTS[f.name])
            }
        out = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            if value is None:
                continue
            if value == "" and f.metadata.get("empty_as_null"):
                out[values_key(f)] = None
                continue
            if f.metadata.get("omit_if_default"):
                default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
                if value == default:
                    continue
            out[values_key(f)] = _to_values(value)
        return out
    if isinstance(obj, dict):
        return {key: _to_values(value) for key, value in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_to_values(item) for item in obj]
    return obj


def _from_values(cls: type, values: Mapping[str, Any]) -> Any:
    if cls is HelmReleases:
        kwargs = {}
        for f in dataclasses.fields(cls):
            entry = values.get(values_key(f)) or {}
            interval = entry.get("interval") or RELEASE_INTERVAL_DEFAULTS[f.name]
            kwargs[f.name] = ReleaseSettings(interval)
        return HelmReleases(**kwargs)
    if cls in (Addons, Images):
        return _defaulted_from_values(cls(), values)
    hints = _hints(cls)
    kwargs = {}
    for f in dataclasses.fields(cls):
        key = values_key(f)
        tp = hints[f.name]
        if key in values and values[key] is not None:
            kwargs[f.name] = _convert(tp, values[key])
        elif cls is ClusterValues and f.name in ("helm_releases", "addons", "images"):
            kwargs[f.name] = hints[f.name]()
        else:
            kwargs[f.name] = _empty(tp)
    return cls(**kwargs)


def _convert(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if dataclasses.is_dataclass(tp):
        return _from_values(tp, value)
    if origin is typing.Union or (origin is not None and str(origin) == "<class 'types.UnionType'>"):
        inner = [a for a in args if a is not type(None)][0]
        if value is None or (dataclasses.is_dataclass(inner) and isinstance(value, Mapping) and not value):
            return None  # an empty optional section is absent, as for the chart's `with`
        return _convert(inner, value)
    if origin is tuple:
        return tuple(_convert(args[0], item) for item in value)
    if origin is dict:
        return {key: _convert(args[1], item) for key, item in value.items()}
    if tp is dict:
        return copy.deepcopy(dict(value))
    return value


def _empty(tp: Any) -> Any:
    origin = typing.get_origin(tp)
    if dataclasses.is_dataclass(tp):
        return _from_values(tp, {})
    if origin is tuple:
        return ()
    if origin is dict or tp is dict:
        return {}
    if origin is not None:  # Optional[...]
        return None
    return {str: "", bool: False, int: 0}[tp]


def _masked(value: Any) -> Any:
    """A copy of a pass-through mapping with secret keys replaced, for ``repr``."""
    if isinstance(value, dict):
        return {k: (_MaskedText() if str(k) in SECRET_KEYS else _masked(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_masked(v) for v in value)
    return value


class _MaskedText:
    def __repr__(self) -> str:
        return MASK


def _masked_repr(value: Any) -> str:
    if dataclasses.is_dataclass(value):
        return repr(value)  # dataclass fields holding secrets are declared repr=False
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_masked_repr(v)}" for k, v in value.items()) + "}"
    return repr(_masked(value))
