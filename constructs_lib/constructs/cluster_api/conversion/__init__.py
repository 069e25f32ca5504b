"""The same object in v1beta1 and v1beta2 spelling: Cluster API's and CAPV's conversion, in Python.

Cluster API v1.11 made v1beta2 the storage version of its kinds, CAPV v1.16 of its own. A v1beta1
object sent to a current management cluster is converted by the providers' conversion webhooks
into the v1beta2 hub before it is stored; :func:`to_v1beta2` does the same conversion, field by
field, as Cluster API v1.14.0 and CAPV v1.16.1 do it for an object that carries no conversion data
(the ``cluster.x-k8s.io/conversion-data`` annotation a down-conversion adds, which is not produced
here either). The output is the JSON the webhook returns: the v1beta2 Go types serialized, so
empty and zero values are left out as ``omitempty``/``omitzero`` leave them out.

Fields v1beta2 has no place for are dropped as upstream drops them and listed in
:data:`DROPPED`; any other field this module does not know raises :class:`ConversionError`.
:func:`required_gaps` names what the v1beta2 schema requires that a v1beta1 object leaves empty.
See docs/v1beta2.md for what moves where.
"""
from __future__ import annotations

from types import MappingProxyType
from typing import Callable

from ....crd import validate_object
from ._fields import ConversionError, Fields, Source, copy_plain, finalize
from .capv import vsphere_cluster_spec, vsphere_machine_template_spec
from .core import cluster_spec, machine_deployment_spec, machine_health_check_spec
from .dropped import DROPPED
from .ipam import ip_address_claim_spec
from .kubeadm import kubeadm_config_template_spec, kubeadm_control_plane_spec

__all__ = ["to_v1beta2", "required_gaps", "ConversionError", "DROPPED", "V1BETA2_KINDS"]

_CLUSTER, _BOOTSTRAP, _CONTROL_PLANE = "cluster.x-k8s.io", "bootstrap.cluster.x-k8s.io", "controlplane.cluster.x-k8s.io"
_INFRASTRUCTURE, _IPAM = "infrastructure.cluster.x-k8s.io", "ipam.cluster.x-k8s.io"


def _spec_only(convert: Callable[[Fields], dict]) -> Callable[[Fields, str, dict], dict]:
    return lambda spec, version, metadata: convert(spec)


_SPECS: dict[str, tuple[str, tuple[str, ...], Callable[[Fields, str, dict], dict]]] = {
    # kind: (group, versions converted from, (v1beta1 spec, version, metadata) -> v1beta2 spec)
    "Cluster": (_CLUSTER, ("v1beta1",), _spec_only(cluster_spec)),
    "MachineDeployment": (_CLUSTER, ("v1beta1",), _spec_only(machine_deployment_spec)),
    "MachineHealthCheck": (_CLUSTER, ("v1beta1",), _spec_only(machine_health_check_spec)),
    "KubeadmControlPlane": (_CONTROL_PLANE, ("v1beta1",), _spec_only(kubeadm_control_plane_spec)),
    "KubeadmConfigTemplate": (_BOOTSTRAP, ("v1beta1",), _spec_only(kubeadm_config_template_spec)),
    "VSphereCluster": (_INFRASTRUCTURE, ("v1beta1",), _spec_only(vsphere_cluster_spec)),
    "VSphereMachineTemplate": (_INFRASTRUCTURE, ("v1beta1",), _spec_only(vsphere_machine_template_spec)),
    "IPAddressClaim": (_IPAM, ("v1alpha1", "v1beta1"), ip_address_claim_spec),
}

V1BETA2_KINDS = MappingProxyType({kind: f"{group}/v1beta2" for kind, (group, _, _) in _SPECS.items()})
"""The kinds :func:`to_v1beta2` converts -> their v1beta2 apiVersion."""

_ALLOWED = {kind: frozenset(paths) for kind, paths in DROPPED.items()}


def _ours(doc: object) -> bool:
    """Whether ``doc`` is an object of one of the converted kinds (any version)."""
    if not isinstance(doc, dict) or doc.get("kind") not in _SPECS:
        return False
    api_version = doc.get("apiVersion")
    return isinstance(api_version, str) and api_version.rpartition("/")[0] == _SPECS[doc["kind"]][0]


def _target(doc: object) -> tuple[str, str] | None:
    """(kind, version) when ``doc`` is an object of a converted kind not yet in v1beta2."""
    if not _ours(doc):
        return None
    version = doc["apiVersion"].rpartition("/")[2]
    return None if version == "v1beta2" else (doc["kind"], version)


def to_v1beta2(doc: dict) -> dict:
    """``doc`` (v1beta1; IPAddressClaim v1alpha1 or v1beta1) as a new v1beta2 object, ``doc`` untouched.

    Objects already in v1beta2, and objects of other kinds or groups, are returned as they are (the
    same object). Raises :class:`ConversionError` for a field with no known conversion."""
    target = _target(doc)
    if target is None:
        return doc
    kind, version = target
    metadata = doc.get("metadata")
    name = metadata.get("name", "?") if isinstance(metadata, dict) else "?"
    source = Source(kind, str(name), _ALLOWED[kind])
    group, versions, convert = _SPECS[kind]
    if version not in versions:
        raise source.error("apiVersion", f"no v1beta2 conversion known from {doc['apiVersion']}")
    top = Fields(doc, "", source)
    top.take("apiVersion")
    top.take("kind")
    metadata = copy_plain(top.take("metadata"))
    spec = top.sub_or_empty("spec")
    top.done()  # status, or anything else: no conversion for it
    spec_out = convert(spec, version, metadata if isinstance(metadata, dict) else {})
    out = {"apiVersion": V1BETA2_KINDS[kind], "kind": kind}
    if metadata is not None:
        out["metadata"] = metadata
    spec_json = finalize(spec_out)
    if spec_out:  # Spec is omitzero
        out["spec"] = spec_json
    return out


def required_gaps(doc: dict) -> list[str]:
    """Field paths the current v1beta2 schema requires (``required``, minimal length, items or fields)
    that ``doc`` leaves empty once converted; v1beta2 paths, ``metadata`` left aside. ``[]`` for
    objects of other kinds."""
    if not _ours(doc):
        return []
    converted = to_v1beta2(doc)
    gaps = []
    for path, problem in validate_object(converted, era="current"):
        if path.startswith("metadata") or path in ("apiVersion", "kind"):
            continue
        if problem == "is required" or problem.startswith(("must be at least ", "must have at least ")):
            gaps.append(path)
    return gaps
