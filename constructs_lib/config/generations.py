"""Values that v1beta2 requires and v1beta1 left optional, as input errors.

The v1beta2 schemas of CAPV v1.16.1 require what the chart's v1beta1 objects could leave empty
(docs/v1beta2.md, "What v1beta2 requires"): a VSphereCluster names its vCenter server, and every
VSphereMachineTemplate its VM template and at least one network device with a network name. A
cluster whose declared CAPV stores v1beta2 must set them; the error names the values field, not
the object that would have been invalid.
"""
from __future__ import annotations

from .errors import FieldError, render_value
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
        errors += _v1beta2_schema_errors(spec, path, source)
    return errors


def _v1beta2_schema_errors(spec: dict, path: str, source: str) -> list[FieldError]:
    """What the v1beta2 schema of a VSphereMachineTemplate's ``spec.template.spec`` refuses in a
    machine class that the v1beta1 one accepted (e.g. a ``cloneMode`` outside its enum). Fields
    v1beta2 does not declare are left to the conversion (renamed or dropped there)."""
    from ..crd import subschema, validate_value  # deferred: the schema bundle is read on first use

    schema = subschema("infrastructure.cluster.x-k8s.io/v1beta2", "VSphereMachineTemplate", "spec.template.spec",
                       era="current")
    spec = _without_empty(spec)  # the conversion leaves empty strings out, as Cluster API's does
    return [FieldError(source, field, message, render_value(_value_at(spec, field[len(path) + 1:])),
                       f"a value VSphereMachineTemplate v1beta2 accepts (CAPV ≥ 1.16)")
            for field, message in validate_value(schema, spec, path)
            if not message.startswith("unknown field") and not field.endswith((".template", ".networkName"))
            and field != f"{path}.network.devices"]


def _without_empty(value):
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if v not in ("", None)}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value


def _value_at(value, dotted: str):
    for part in dotted.replace("[", ".").replace("]", "").split(".") if dotted else []:
        try:
            value = value[int(part)] if isinstance(value, list) else value[part]
        except (KeyError, IndexError, ValueError, TypeError):
            return None
    return value
