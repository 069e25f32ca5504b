"""IPAddressClaim: ipam.cluster.x-k8s.io v1alpha1 or v1beta1 -> v1beta2.

Cluster API v1.14.0: ``core/webhooks/conversion/ipaddressclaim.go`` (``ConvertIPAddressClaimV1Alpha1ToHub``,
``ConvertIPAddressClaimV1Beta1ToHub``), ``api/ipam/v1beta1/conversion.go``
(``Convert_v1_TypedLocalObjectReference_To_v1beta2_IPPoolReference``) and the generated conversions.
"""
from __future__ import annotations

from ._fields import STR, Fields, copy_fields, put

__all__ = ["ip_address_claim_spec", "CLUSTER_NAME_LABEL", "LABEL_SET_ANNOTATION"]

CLUSTER_NAME_LABEL = "cluster.x-k8s.io/cluster-name"
LABEL_SET_ANNOTATION = "conversion.cluster.x-k8s.io/cluster-name-label-set"


def _pool_reference(fields: Fields | None) -> dict:
    """corev1.TypedLocalObjectReference -> IPPoolReference: ``apiGroup`` *string -> string."""
    if fields is None:
        return {}
    out = copy_fields(fields, {}, {"apiGroup": STR, "kind": STR, "name": STR})
    fields.done()
    return out


def ip_address_claim_spec(fields: Fields, version: str, metadata: dict) -> dict:
    """The v1beta2 spec. v1alpha1 has no ``clusterName``: the hub takes it from the cluster-name label,
    and the webhook's own bookkeeping annotation (set on down-conversion) is resolved in ``metadata``."""
    out: dict = {}
    if version == "v1beta1":
        copy_fields(fields, out, {"clusterName": STR})
    put(out, "poolRef", _pool_reference(fields.sub("poolRef")))
    fields.done()
    labels = metadata.get("labels")
    if version == "v1alpha1" and labels is not None:
        name = labels.get(CLUSTER_NAME_LABEL)
        if name:
            out = {"clusterName": name, **out}
        annotations = metadata.get("annotations")
        if annotations is not None and LABEL_SET_ANNOTATION in annotations:
            if annotations[LABEL_SET_ANNOTATION] == "false":
                labels.pop(CLUSTER_NAME_LABEL, None)
            del annotations[LABEL_SET_ANNOTATION]
    return out
