"""VsphereCluster: every object of one Cluster API cluster on vSphere, composed from its parts."""
from __future__ import annotations

from dataclasses import dataclass, field

from cdk8s import Chart
from constructs import Construct

from .flux.addons import Addons
from .jobs.cleanup import DeletionCleanup
from .cluster_api.cluster_objects import ClusterObjects
from ..config.model import ClusterValues
from .context import ClusterContext
from .cluster_api.control_plane import ControlPlane
from .cluster_api.health_check import WorkerHealthCheck
from .jobs.ipam import IpamAssignment
from .cluster_api.machine_templates import MachineTemplates
from .cluster_api.node_pools import NodePool
from .cluster_api.credentials import CredentialsSecret
from .node_config.secrets import ContainerdConfigSecret, KubeVipSecret


@dataclass(frozen=True)
class VsphereClusterProps:
    """Props of :class:`VsphereCluster`."""

    name: str
    """Cluster name (the chart's release name); prefixes every object name."""
    values: ClusterValues = field(default_factory=ClusterValues.defaults)
    """The cluster's configuration, in the shape of the chart's values (default: chart defaults)."""
    namespace: str = "default"
    """Namespace of the cluster's objects in the management cluster (the chart's release namespace)."""
    ipam_api_available: bool = False
    """Whether the management cluster serves ``ipam.cluster.x-k8s.io/v1alpha1`` IPAddressClaims
    (Helm's ``--api-versions``); without it IP pools are ignored, as the chart does."""
    cleanup_on_delete: bool = False
    """Run the deletion-cleanup Job as a watcher that removes stuck Flux finalizers once the
    Cluster is deleted (default: the Job is emitted suspended)."""
    job_network_policies: bool = False
    """Give every Job a CiliumNetworkPolicy allowing only the API server and DNS (needs Cilium in
    the management cluster)."""
    namespaced_secrets: bool = False
    """Write the namespace into the Secrets too. The chart leaves it out (Helm adds the release
    namespace when it applies them); Flux applies manifests as written, so ``synth`` sets this."""
    credentials_secret_name: str | None = None
    """Name of an existing Secret (same namespace, keys ``username``, ``password`` and
    ``escapedPassword``) holding the vCenter credentials. When set, no credentials Secret is
    emitted and ``values.vcenter.username``/``password`` are not used (default: ``None``, the
    chart's behaviour: the Secret ``<name>-credentials`` is built from the values)."""

    @property
    def proxy_secret_name(self) -> str:
        """Secret with the ``containerdProxy`` systemd drop-in when ``proxy.enabled`` is set
        (``proxy.secretName``; else ``<name>-systemd-proxy``, as in the chart's later releases)."""
        return self.values.proxy.secret_name or f"{self.name}-systemd-proxy"


def cluster_context(props: VsphereClusterProps) -> ClusterContext:
    network = props.values.connectivity.network
    return ClusterContext(
        name=props.name, namespace=props.namespace, values=props.values,
        ipam_control_plane=props.ipam_api_available and not network.control_plane_endpoint.host
        and bool(network.control_plane_endpoint.ip_pool_name),
        ipam_load_balancer=props.ipam_api_available and bool(network.load_balancers.ip_pool_name),
        external_credentials_secret=props.credentials_secret_name or "",
        namespaced_secrets=props.namespaced_secrets,
    )


class VsphereCluster(Construct):
    """A vSphere workload cluster: CAPI objects, node configuration, Flux add-ons, cleanup."""

    def __init__(self, scope: Construct, id: str, props: VsphereClusterProps):
        super().__init__(scope, id)
        self.props = props
        ctx = self.context = cluster_context(props)
        proxy_secret = props.proxy_secret_name
        self.cluster = ClusterObjects(self, "cluster", ctx)
        self.credentials = None if props.credentials_secret_name else CredentialsSecret(self, "credentials", ctx)
        self.kube_vip = KubeVipSecret(self, "kube-vip", ctx)
        self.containerd_config = ContainerdConfigSecret(self, "containerd-config", ctx)
        self.control_plane = ControlPlane(self, "control-plane", ctx, proxy_secret)
        self.machine_templates = MachineTemplates(self, "machine-templates", ctx)
        self.node_pools = {
            pool: NodePool(self, f"pool-{pool}", ctx, pool, proxy_secret)
            for pool in sorted(props.values.node_pools)
        }
        self.health_check = WorkerHealthCheck(self, "health-check", ctx)
        self.addons = Addons(self, "addons", ctx)
        self.ipam = None
        if ctx.ipam_enabled:
            self.ipam = IpamAssignment(self, "ipam", ctx, proxy_secret_name=proxy_secret,
                                       network_policy=props.job_network_policies)
        self.cleanup = DeletionCleanup(self, "cleanup", ctx, on_delete=props.cleanup_on_delete,
                                       network_policy=props.job_network_policies)


class VsphereClusterChart(Chart):
    """A cdk8s Chart holding one :class:`VsphereCluster`."""

    def __init__(self, scope: Construct, id: str, props: VsphereClusterProps):
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.cluster = VsphereCluster(self, "cluster", props)
