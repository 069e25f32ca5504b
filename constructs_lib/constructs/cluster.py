"""VsphereCluster: every object of one Cluster API cluster on vSphere, composed from its parts.

The props are checked before anything is built: the values with the rules of a values file
(:func:`~constructs_lib.config.checked_values`), the name and the namespace with those of a
cluster file. A problem raises :class:`~constructs_lib.config.ConfigError` listing all of them.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from cdk8s import Chart
from constructs import Construct

from .flux.addons import Addons
from .jobs.cleanup import DeletionCleanup
from .jobs.encryption_key import EncryptionKeyJob, EncryptionKeyJobProps
from .cluster_api.cluster_objects import ClusterObjects
from ..config.checked import checked_values
from ..config.cluster_file import (ENCRYPTION_KEYS, GENERATE, NAMESPACE_ALLOWED, SECRET_NAME_ALLOWED, ClusterFile,
                                   cluster_name_errors, is_namespace_name, is_secret_name, load_cluster_file)
from ..config.errors import ConfigError, FieldError, render_value
from ..config.fielddocs import with_field_docs
from ..config.generations import release_value_errors
from ..config.model import ClusterValues
from ..config.releases import CAPV, CHART_ERA, CLUSTER_API, CURRENT, FLUX, ManagementCluster, release_errors
from . import naming
from .context import ClusterContext
from .cluster_api.control_plane import ControlPlane
from .cluster_api.health_check import WorkerHealthCheck
from .jobs.ipam import IpamAssignment
from .cluster_api.machine_templates import MachineTemplates
from .cluster_api.node_pools import NodePool
from .cluster_api.credentials import CredentialsSecret
from .node_config.secrets import ContainerdConfigSecret, KubeVipSecret


@with_field_docs
@dataclass(frozen=True)
class VsphereClusterProps:
    """Props of :class:`VsphereCluster`: a cluster's name, values and deployment options.

    :class:`VsphereCluster` checks them when it is created (see :func:`checked_props`).
    :meth:`from_cluster_file` makes them from a ``clusters/NAME.yaml`` file as the commands do.
    """

    name: str
    """Cluster name (the chart's release name); prefixes every object name. A DNS-1123 label of
    at most 37 characters."""
    values: ClusterValues = field(default_factory=ClusterValues.defaults)
    """The cluster's configuration, in the shape of the chart's values; checked with the rules of
    a values file, except values loaded from a file (already checked). The chart's defaults alone
    do not pass: ``connectivity.network.loadBalancers`` needs ``cidr_blocks`` or ``ip_pool_name``."""
    namespace: str = "default"
    """Namespace of the cluster's objects in the management cluster (the chart's release namespace)."""
    ipam_api_available: bool | None = None
    """Whether the management cluster serves ``ipam.cluster.x-k8s.io/v1alpha1`` IPAddressClaims
    (as Helm's ``--api-versions`` told the chart); without them IP pools are ignored, as the chart
    does. ``None`` (default): as ``management_cluster`` says (its Cluster API serves them)."""
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
    management_cluster: ManagementCluster | None = CURRENT
    """The controller releases of the management cluster (Cluster API, CAPV, Flux): every API
    version emitted follows from them, and the declared Cluster API must manage the cluster's
    Kubernetes version (default: today's releases; ``CHART_ERA`` gives exactly the chart's
    objects). ``None``: none declared, as with the chart: its API versions, no check of the
    Kubernetes version, IP pools only with ``ipam_api_available`` (what ``render`` does)."""
    encryption_key: str = "external"
    """Who makes the Secret ``<name>-encryption-provider-config`` the control-plane nodes read with
    ``values.cluster.enable_encryption_provider``: ``"generate"`` (an EncryptionKeyJob, emitted
    with the cluster, creates it in the management cluster once and never overwrites it) or
    ``"external"`` (default, the chart's behaviour: it is a prerequisite, created outside; see
    docs/encryption.md). A cluster file's ``deployment.encryptionKey`` sets it."""

    @property
    def proxy_secret_name(self) -> str:
        """Secret with the ``containerdProxy`` systemd drop-in when ``proxy.enabled`` is set
        (``proxy.secretName``; else ``<name>-systemd-proxy``, as in the chart's later releases)."""
        return naming.proxy_secret_name(self.name, self.values)

    @classmethod
    def from_cluster_file(cls, path: "str | Path", *, namespace: str | None = None) -> "VsphereClusterProps":
        """The props of the cluster ``clusters/NAME.yaml`` declares, as the commands build them:
        name from the file name, values and ``deployment`` section from the file, Secrets with
        their namespace. ``namespace`` replaces the file's ``deployment.namespace``. Raises
        :class:`ConfigError` with every problem of the file."""
        return cls.from_cluster(load_cluster_file(Path(path)), namespace=namespace)

    @classmethod
    def from_cluster(cls, cluster: ClusterFile, *, namespace: str | None = None) -> "VsphereClusterProps":
        """The props of a loaded cluster file (:func:`~constructs_lib.config.cluster_file.load_cluster_file`)."""
        d = cluster.deployment
        return cls(
            name=cluster.name, values=cluster.values, namespace=d.namespace if namespace is None else namespace,
            ipam_api_available=None if d.api_versions is None else d.ipam_api_available,
            cleanup_on_delete=d.cleanup_on_delete, job_network_policies=d.job_network_policies,
            namespaced_secrets=True, credentials_secret_name=cluster.credentials_secret_name,
            management_cluster=d.management_cluster, encryption_key=d.effective_encryption_key)


_FLAGS = ("cleanup_on_delete", "job_network_policies", "namespaced_secrets")
_MANAGEMENT_CLUSTER_PATHS = {f: f"management_cluster.{f}" for f in (CLUSTER_API, CAPV, FLUX)}


def checked_props(props: VsphereClusterProps) -> VsphereClusterProps:
    """``props`` with their values as the loader builds them from a file (see
    :func:`~constructs_lib.config.checked_values`); raises :class:`ConfigError` listing every
    problem of the props and their values. Values loaded from a file are not checked again. As in
    a cluster file, the releases of ``management_cluster`` must be known and work together, and
    the declared Cluster API must manage ``values.cluster.kubernetes_version``."""
    if not isinstance(props, VsphereClusterProps):
        raise TypeError(f"props must be a VsphereClusterProps, not {type(props).__name__}")
    source = f"VsphereClusterProps(name={props.name!r})"
    errors = [FieldError(source, "name", "is an invalid cluster name", render_value(props.name), e.allowed)
              for e in cluster_name_errors(props.name, source)]
    if not is_namespace_name(props.namespace):
        errors.append(FieldError(source, "namespace", "is invalid", render_value(props.namespace), NAMESPACE_ALLOWED))
    secret = props.credentials_secret_name
    if secret is not None and not is_secret_name(secret):
        errors.append(FieldError(source, "credentials_secret_name", "is invalid", render_value(secret),
                                 SECRET_NAME_ALLOWED + ", or None"))
    errors += [FieldError(source, flag, "is invalid", render_value(getattr(props, flag)), "True or False")
               for flag in _FLAGS if not isinstance(getattr(props, flag), bool)]
    if not isinstance(props.encryption_key, str) or props.encryption_key not in ENCRYPTION_KEYS:
        errors.append(FieldError(source, "encryption_key", "is invalid", render_value(props.encryption_key),
                                 " or ".join(repr(k) for k in ENCRYPTION_KEYS)))
    if props.ipam_api_available is not None and not isinstance(props.ipam_api_available, bool):
        errors.append(FieldError(source, "ipam_api_available", "is invalid", render_value(props.ipam_api_available),
                                 "True, False or None (as management_cluster says)"))
    management_cluster = props.management_cluster
    if management_cluster is None:
        pass  # none declared: the chart's API versions and no release to judge by
    elif not isinstance(management_cluster, ManagementCluster):
        errors.append(FieldError(source, "management_cluster", "is invalid", f"<{type(management_cluster).__name__}>",
                                 "a ManagementCluster, e.g. CURRENT or CHART_ERA, or None"))
        management_cluster = None
    else:
        errors += release_errors(management_cluster, source, _MANAGEMENT_CLUSTER_PATHS, from_yaml=False)
    values = props.values
    try:
        values = checked_values(values, f"{source}.values")
    except ConfigError as exc:
        errors += exc.errors
    else:
        if management_cluster is not None:
            errors += release_value_errors(management_cluster, values, f"{source}.values",
                                           cluster_api_field="management_cluster.cluster_api")
    if errors:
        raise ConfigError(errors)
    return props if values is props.values else dataclasses.replace(props, values=values)


def cluster_context(props: VsphereClusterProps) -> ClusterContext:
    network = props.values.connectivity.network
    ipam = props.ipam_api_available
    if ipam is None:
        ipam = props.management_cluster is not None and props.management_cluster.ipam_api_available
    return ClusterContext(
        name=props.name, namespace=props.namespace, values=props.values,
        ipam_control_plane=ipam and not network.control_plane_endpoint.host
        and bool(network.control_plane_endpoint.ip_pool_name),
        ipam_load_balancer=ipam and bool(network.load_balancers.ip_pool_name),
        external_credentials_secret=props.credentials_secret_name or "",
        namespaced_secrets=props.namespaced_secrets,
        management_cluster=props.management_cluster or CHART_ERA,  # undeclared: the chart's API versions
    )


class VsphereCluster(Construct):
    """A vSphere workload cluster: CAPI objects, node configuration, Flux add-ons, cleanup.

    Raises :class:`ConfigError` (before adding anything to ``scope``) when the props are invalid.
    ``self.props`` are the props as used: their values rebuilt as a values file gives them.
    """

    def __init__(self, scope: Construct, id: str, props: VsphereClusterProps):
        props = checked_props(props)
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
        self.encryption_key = None
        if props.encryption_key == GENERATE and props.values.cluster.enable_encryption_provider:
            self.encryption_key = EncryptionKeyJob(self, "encryption-key", EncryptionKeyJobProps.of_cluster(
                ctx, network_policy=props.job_network_policies))

    @property
    def prerequisites(self) -> list:
        """The Secrets this cluster's objects reference that it does not emit, with their keys and
        how to create them (:func:`~.prerequisites.prerequisites`)."""
        from .prerequisites import prerequisites

        return prerequisites(self)


class VsphereClusterChart(Chart):
    """A cdk8s Chart holding one :class:`VsphereCluster`; invalid props raise :class:`ConfigError`
    before the chart is added to ``scope``."""

    def __init__(self, scope: Construct, id: str, props: VsphereClusterProps):
        props = checked_props(props)
        super().__init__(scope, id, disable_resource_name_hashes=True)
        self.cluster = VsphereCluster(self, "cluster", props)
