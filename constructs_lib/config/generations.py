"""What the declared releases require of the values, as input errors naming the values field.

* Every Kubernetes version the cluster runs (``cluster.kubernetesVersion`` and each pinned
  ``nodePools.<pool>.kubernetesVersion``) must be one the declared Cluster API manages.
* The v1beta2 schemas of CAPV v1.16.1 require what the chart's v1beta1 objects could leave empty
  (docs/v1beta2.md, "What v1beta2 requires"): a VSphereCluster names its vCenter server, and every
  VSphereMachineTemplate its VM template and at least one network device with a network name. A
  cluster whose declared CAPV stores v1beta2 must set them (with the neutral defaults they are
  required anyway, :func:`~.defaults.required_field_errors`; with the chart's they are errors
  instead of warnings), and its machine classes must be values the v1beta2 schema accepts.
"""
from __future__ import annotations

import dataclasses

from .checked import mark_released, released_for
from .defaults import required_field_errors
from .errors import FieldError
from .releases import ManagementCluster, kubernetes_version_errors

_WHY = "VSphereCluster and VSphereMachineTemplate v1beta2 (CAPV ≥ 1.16, deployment.managementCluster.capv) require"


def release_value_errors(mc: ManagementCluster, values, source: str, cluster_api_field: str) -> list[FieldError]:
    """Every problem of ``values`` (:class:`~.model.ClusterValues`) with the releases ``mc``: its
    Kubernetes versions, and what v1beta2 requires (:func:`v1beta2_value_errors`).
    ``cluster_api_field`` names the declared Cluster API release in messages. Checked values
    that passed for ``mc`` once (the loader's, then the props' of the same file) are not checked
    again."""
    if released_for(values, mc):
        return []
    errors = []
    for path, version in values.kubernetes_versions().items():
        errors += kubernetes_version_errors(mc, version, source, path=path, cluster_api_field=cluster_api_field)
    errors += v1beta2_value_errors(mc, values, source)
    if not errors:
        mark_released(values, mc)
    return errors


def _machine_classes(values) -> dict[str, dict]:
    classes = {"controlPlane.machineTemplate": values.control_plane.machine_template}
    classes.update((f"nodeClasses.{name}", spec) for name, spec in values.node_classes.items())
    return classes


def _required_by_v1beta2(error: FieldError) -> bool:
    return error.path == "vcenter.server" or error.path.endswith((".template", ".network.devices"))


def v1beta2_value_errors(mc: ManagementCluster, values, source: str) -> list[FieldError]:
    """The fields of ``values`` (:class:`~.model.ClusterValues`) the declared releases' v1beta2
    objects require and the values leave empty or give a value the v1beta2 schema refuses (none
    while CAPV stores v1beta1)."""
    try:
        if not mc.api_version("VSphereCluster").endswith("/v1beta2"):
            return []
    except ValueError:
        return []  # a release that is no X.Y has its own error
    errors = [dataclasses.replace(e, allowed=f"{e.allowed}: {_WHY} {'spec.server' if e.path == 'vcenter.server' else 'it'}")
              for e in required_field_errors(values.to_values_dict(), source) if _required_by_v1beta2(e)]
    for path, spec in _machine_classes(values).items():
        if isinstance(spec, dict):
            errors += _v1beta2_schema_errors(spec, path, source, reported={e.path for e in errors})
    return errors


def _v1beta2_schema_errors(spec: dict, path: str, source: str, reported: set[str]) -> list[FieldError]:
    """What the v1beta2 schema of a VSphereMachineTemplate's ``spec.template.spec`` refuses in a
    machine class that the v1beta1 one accepted (e.g. a ``cloneMode`` outside its enum, a network
    device without ``networkName``). Fields v1beta2 does not declare are left to the conversion
    (renamed or dropped there)."""
    from .validate import crd_field_errors  # the values checks use this module's errors

    return [_because_v1beta2(e) for e in crd_field_errors("machine-v1beta2", _without_empty(spec), path, source)
            if e.message != "is not a known key" and e.path not in reported]


def _because_v1beta2(error: FieldError) -> FieldError:
    if error.allowed == "is required":  # a field the class leaves out
        return dataclasses.replace(error, message="is missing", allowed=f"a value: {_WHY} it")
    return dataclasses.replace(error, allowed=f"{error.allowed}: a value VSphereMachineTemplate v1beta2 accepts "
                                              "(CAPV ≥ 1.16)")


def _without_empty(value):
    """``value`` without empty strings and nulls: the conversion leaves them out, as Cluster API's does."""
    if isinstance(value, dict):
        return {k: _without_empty(v) for k, v in value.items() if v not in ("", None)}
    if isinstance(value, list):
        return [_without_empty(v) for v in value]
    return value
