"""Types several kinds share: object references, label selectors, ObjectMeta, taints, env vars."""
from __future__ import annotations

from ._fields import LIST, MAP, MISSING, PTR, QUANTITY, SECONDS, STR, Fields, Ptr, copy_fields, go_time, put

REFERENCE_DROPPED = ("namespace", "uid", "resourceVersion", "fieldPath")
"""corev1.ObjectReference fields the v1beta2 references do not have."""

DELETION = {"nodeDrainTimeout": (SECONDS, "nodeDrainTimeoutSeconds"),
            "nodeVolumeDetachTimeout": (SECONDS, "nodeVolumeDetachTimeoutSeconds"),
            "nodeDeletionTimeout": (SECONDS, "nodeDeletionTimeoutSeconds")}
"""Machine deletion durations -> ``deletion.*Seconds`` (``Convert_v1beta1_MachineSpec_To_v1beta2_MachineSpec``)."""


def contract_reference(fields: Fields | None) -> dict:
    """corev1.ObjectReference -> ContractVersionedObjectReference (apiGroup, kind, name).

    ``convertToContractVersionedObjectReference`` (core/webhooks/conversion/common.go, v1.14.0):
    the group of ``schema.ParseGroupVersion(apiVersion)``; the version is read from the CRD."""
    if fields is None:
        return {}
    out: dict = {}
    api_version = fields.take("apiVersion")
    if api_version not in (None, ""):
        if not isinstance(api_version, str) or api_version.count("/") > 1:
            raise fields.error("apiVersion", f"failed to parse apiVersion {api_version!r}")
        group = api_version.partition("/")[0] if "/" in api_version else ""
        if group:
            out["apiGroup"] = group
    copy_fields(fields, out, {"kind": STR, "name": STR})
    fields.drop(*REFERENCE_DROPPED)
    fields.done()
    return out


def remediation_template_reference(fields: Fields) -> dict:
    """corev1.ObjectReference -> MachineHealthCheckRemediationTemplateReference (kind, name, apiVersion).

    ``Convert_v1_ObjectReference_To_v1beta2_MachineHealthCheckRemediationTemplateReference``."""
    out = copy_fields(fields, {}, {"kind": STR, "name": STR, "apiVersion": STR})
    fields.drop(*REFERENCE_DROPPED)
    fields.done()
    return out


def object_meta(fields: Fields | None) -> dict:
    """Cluster API's ObjectMeta (labels, annotations), copied."""
    if fields is None:
        return {}
    out = copy_fields(fields, {}, {"labels": MAP, "annotations": MAP})
    fields.done()
    return out


def label_selector(fields: Fields | None) -> dict:
    """metav1.LabelSelector, copied with its Go serialization (``key`` and ``operator`` always)."""
    if fields is None:
        return {}
    out = copy_fields(fields, {}, {"matchLabels": MAP})
    expressions = fields.items("matchExpressions")
    if expressions is not None:
        out["matchExpressions"] = [_requirement(item) for item in expressions]
    fields.done()
    return out


def _requirement(fields: Fields) -> dict:
    out = {"key": _required_string(fields, "key"), "operator": _required_string(fields, "operator")}
    copy_fields(fields, out, {"values": LIST})
    fields.done()
    return out


def _required_string(fields: Fields, key: str) -> str:
    """A string field without ``omitempty``: serialized even when empty."""
    value = STR(fields, key)
    return "" if value is MISSING else value


def machine_taint(fields: Fields) -> dict:
    """Cluster API MachineTaint (key, value, effect, propagation), copied."""
    out = copy_fields(fields, {}, {"key": STR, "value": STR, "effect": STR, "propagation": STR})
    fields.done()
    return out


def readiness_gate(fields: Fields) -> dict:
    """MachineReadinessGate / ClusterAvailabilityGate (conditionType, polarity), copied."""
    out = copy_fields(fields, {}, {"conditionType": STR, "polarity": STR})
    fields.done()
    return out


def core_taint(fields: Fields) -> dict:
    """corev1.Taint: ``key`` and ``effect`` always serialized, ``timeAdded`` as a metav1.Time."""
    out = {"key": _required_string(fields, "key")}
    copy_fields(fields, out, {"value": STR})
    out["effect"] = _required_string(fields, "effect")
    added = fields.take("timeAdded")
    if added is not None:
        formatted = go_time(fields, "timeAdded", added)
        if formatted is not None:
            out["timeAdded"] = formatted
    fields.done()
    return out


def env_var(fields: Fields) -> dict:
    """corev1.EnvVar with its Go serialization (``name`` always; the selectors' required keys always)."""
    out = {"name": _required_string(fields, "name")}
    copy_fields(fields, out, {"value": STR})
    source = fields.sub("valueFrom")
    if source is not None:
        out["valueFrom"] = Ptr(_env_source(source))
    fields.done()
    return out


def _env_source(fields: Fields) -> dict:
    out: dict = {}
    for key, convert in (("fieldRef", _field_ref), ("resourceFieldRef", _resource_field_ref),
                         ("configMapKeyRef", _key_ref), ("secretKeyRef", _key_ref), ("fileKeyRef", _file_key_ref)):
        sub = fields.sub(key)
        if sub is not None:
            out[key] = Ptr(convert(sub))
    fields.done()
    return out


def _field_ref(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"apiVersion": STR})
    out["fieldPath"] = _required_string(fields, "fieldPath")
    fields.done()
    return out


def _resource_field_ref(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"containerName": STR})
    out["resource"] = _required_string(fields, "resource")
    copy_fields(fields, out, {"divisor": QUANTITY})
    fields.done()
    return out


def _key_ref(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"name": STR})
    out["key"] = _required_string(fields, "key")
    copy_fields(fields, out, {"optional": PTR})
    fields.done()
    return out


def _file_key_ref(fields: Fields) -> dict:
    out = {key: _required_string(fields, key) for key in ("volumeName", "path", "key")}
    copy_fields(fields, out, {"optional": PTR})
    fields.done()
    return out


def template_spec(fields: Fields, convert_spec) -> dict:
    """A template kind's ``spec`` (``{template: {metadata, spec}}``), its inner spec converted by
    ``convert_spec`` (VSphereMachineTemplate, KubeadmConfigTemplate)."""
    template = fields.sub_or_empty("template")
    template_out: dict = {}
    put(template_out, "metadata", object_meta(template.sub("metadata")))
    put(template_out, "spec", convert_spec(template.sub_or_empty("spec")))
    template.done()
    out: dict = {}
    put(out, "template", template_out)
    fields.done()
    return out
