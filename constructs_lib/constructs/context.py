"""Everything the constructs of one cluster derive from its values, computed once."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ..config.releases import CURRENT, ManagementCluster
from . import naming
from .labels import FLUX_SSA_IF_NOT_PRESENT, common_labels
from .node_config.containerd import config_toml


@dataclass(frozen=True)
class ClusterContext:
    """A cluster's name, namespace and values, with the names every construct agrees on."""

    name: str
    namespace: str
    values: object  # config.ClusterValues
    ipam_control_plane: bool = False
    """The control-plane address comes from an IP pool (assigned by the IPAM Job)."""
    ipam_load_balancer: bool = False
    """The Service load-balancer range starts with an address from an IP pool (IPAM Job)."""
    ipam_assigned: bool = False
    """Build the objects as the IPAM Job applies them once the addresses are known: Cluster
    resumed, cloud provider resumed, placeholders where the addresses go (:mod:`.ipam`)."""
    external_credentials_secret: str = ""
    """Name of a Secret created outside this project holding the vCenter credentials ("" = ours)."""
    namespaced_secrets: bool = False
    """Give the Secrets their namespace (the chart leaves it to Helm; Flux needs it written)."""
    management_cluster: ManagementCluster = CURRENT
    """The controller releases of the management cluster: which API versions to emit."""
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

    def api_version(self, kind: str) -> str:
        """The ``apiVersion`` this cluster's Cluster API or CAPV ``kind`` is emitted (and the Jobs
        read and write it) in, as the declared releases serve it: ``v1beta2`` from Cluster API 1.11
        and CAPV 1.16, else ``v1beta1`` (IPAddressClaims ``v1alpha1``)."""
        return self.management_cluster.api_version(kind)

    @property
    def labels(self) -> dict[str, str]:
        return common_labels(self.name, self.values.organization)

    @cached_property
    def containerd_config(self) -> str:
        return config_toml(self.values)

    @cached_property
    def registry_secret_name(self) -> str:
        return naming.registry_secret_name(self.name, self.containerd_config)

    @property
    def credentials_secret_name(self) -> str:
        return self.external_credentials_secret or naming.credentials_secret_name(self.name)

    @property
    def kubevip_secret_name(self) -> str:
        return naming.kubevip_secret_name(self.name)

    @property
    def applied_by_flux(self) -> bool:
        """The objects are written for Flux to apply as they are (``synth``), not for Helm (``render``)."""
        return self.namespaced_secrets

    @property
    def secret_namespace(self) -> str | None:
        return self.namespace if self.namespaced_secrets else None

    @property
    def ipam_enabled(self) -> bool:
        return self.ipam_control_plane or self.ipam_load_balancer

    @property
    def cloud_provider_release_name(self) -> str:
        return f"{self.name}-cloud-provider-vsphere"

    @cached_property
    def ipam_owned(self) -> frozenset[tuple[str, str]]:
        """``(kind, name)`` of the objects the IPAM Job, not Flux, keeps up to date: those that
        receive an address, and the Cluster it resumes."""
        owned = set()
        if self.ipam_control_plane:
            owned |= {("Cluster", self.name), ("VSphereCluster", self.name), ("KubeadmControlPlane", self.name),
                      ("Secret", self.kubevip_secret_name)}
        if self.ipam_load_balancer:
            owned |= {("Cluster", self.name), ("HelmRelease", self.cloud_provider_release_name)}
        return frozenset(owned)

    def ipam_annotations(self, kind: str, name: str) -> dict[str, str]:
        """Flux creates an IPAM-owned object once and leaves its later updates to the IPAM Job."""
        return dict(FLUX_SSA_IF_NOT_PRESENT) if (kind, name) in self.ipam_owned else {}

    def ipam_paused(self) -> bool | None:
        """``Cluster.spec.paused``: held until the addresses are assigned, then explicitly resumed
        (the Job must own the field to release it); empty without IPAM, as in the chart."""
        if not self.ipam_enabled:
            return None
        return not self.ipam_assigned

    def machine_template_name(self, class_name: str) -> str:
        """Name of the VSphereMachineTemplate of a node class (or of the control plane)."""
        key = ("mt", class_name)
        if key not in self._cache:
            spec = self.node_class_spec(class_name)
            self._cache[key] = naming.machine_template_name(self.name, class_name, self.values.vcenter, spec)
        return self._cache[key]

    def node_class_spec(self, class_name: str) -> dict:
        if class_name == naming.CONTROL_PLANE_CLASS:
            return self.values.control_plane.machine_template
        return self.values.node_classes[class_name]
