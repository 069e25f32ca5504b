"""Everything the constructs of one cluster derive from its values, computed once."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from . import naming
from .labels import common_labels
from .node_config.containerd import config_toml


@dataclass(frozen=True)
class ClusterContext:
    """A cluster's name, namespace and values, with the names every construct agrees on."""

    name: str
    namespace: str
    values: object  # config.ClusterValues
    ipam_control_plane: bool = False
    ipam_load_balancer: bool = False
    external_credentials_secret: str = ""
    """Name of a Secret created outside this project holding the vCenter credentials ("" = ours)."""
    namespaced_secrets: bool = False
    """Give the Secrets their namespace (the chart leaves it to Helm; Flux needs it written)."""
    _cache: dict = field(default_factory=dict, compare=False, repr=False)

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
    def secret_namespace(self) -> str | None:
        return self.namespace if self.namespaced_secrets else None

    @property
    def ipam_enabled(self) -> bool:
        return self.ipam_control_plane or self.ipam_load_balancer

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
