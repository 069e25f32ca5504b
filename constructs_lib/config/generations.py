"""Values that v1beta2 requires and v1beta1 left optional, as input errors.

The v1beta2 schemas of CAPV v1.16.1 require what the chart's v1beta1 objects could leave empty
(docs/v1beta2.md, "What v1beta2 requires"): a VSphereCluster names its vCenter server, and every
VSphereMachineTemplate its VM template and at least one network device with a network name. A
cluster whose declared CAPV stores v1beta2 must set them; the error names the values field, not
the object that would have been invalid.
"""
from __future__ import annotations

from .errors import FieldError
from .releases import ManagementCluster

_WHY = "VSphereCluster and VSphereMachineTemplate v1beta2 (CAPV ≥ 1.16, deployment.managementCluster.capv) require"


def _machine_classes(values) -> dict[str, dict]:
    classes = {"controlPlane.machineTemplate": values.control_plane.machine_template}
    classes.update((f"nodeClasses.{name}", spec) for name, spec in values.node_classes.items())
    return classes


def v1beta2_value_errors(mc: ManagementCluster, values, source: str) -> list[FieldError]:
    """The fields of ``values`` (:class:`~.model.ClusterValues`) the declared releases' v1beta2
    objects require and the values leave empty (none while CAPV stores v1beta1)."""
    try:
        if not mc.api_version("VSphereCluster").endswith("/v1beta2"):
            return []
    except ValueError:
        return []  # a release that is no X.Y has its own error
    errors = []
    if not values.vcenter.server:
        errors.append(FieldError(source, "vcenter.server", "is missing", "",
                                 f"the vCenter server's address, e.g. 'https://vcenter.example.com': {_WHY} spec.server"))
    for path, spec in _machine_classes(values).items():
        if not isinstance(spec, dict):
            continue
        if not spec.get("template"):
            errors.append(FieldError(source, f"{path}.template", "is missing", "",
                                     f"the name of the VM template to clone: {_WHY} it"))
        devices = (spec.get("network") or {}).get("devices") if isinstance(spec.get("network"), dict) else None
        if not devices:
            errors.append(FieldError(source, f"{path}.network.devices", "is missing", "",
                                     f"at least one network device, e.g. [{{networkName: VM Network, dhcp4: true}}]: "
                                     f"{_WHY} one"))
            continue
        for index, device in enumerate(devices if isinstance(devices, list) else []):
            if isinstance(device, dict) and not device.get("networkName"):
                errors.append(FieldError(source, f"{path}.network.devices[{index}].networkName", "is missing", "",
                                         f"the vSphere network of the device: {_WHY} it"))
    return errors
