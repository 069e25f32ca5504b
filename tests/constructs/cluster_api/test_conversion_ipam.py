"""IPAddressClaim v1alpha1/v1beta1 -> v1beta2 as Cluster API v1.14.0 converts it
(core/webhooks/conversion/ipaddressclaim.go, api/ipam/v1beta1/conversion.go)."""
from __future__ import annotations

import pytest

from constructs_lib.constructs.cluster_api.conversion import ConversionError, to_v1beta2

POOL = {"apiGroup": "ipam.cluster.x-k8s.io", "kind": "GlobalInClusterIPPool", "name": "platform-control-planes"}


def claim(version: str, spec: dict, labels: dict | None = None, annotations: dict | None = None) -> dict:
    metadata: dict = {"name": "charlie", "namespace": "org-platform"}
    if labels is not None:
        metadata["labels"] = labels
    if annotations is not None:
        metadata["annotations"] = annotations
    return {"apiVersion": f"ipam.cluster.x-k8s.io/{version}", "kind": "IPAddressClaim", "metadata": metadata,
            "spec": spec}


def test_v1alpha1_cluster_name_comes_from_the_label():
    # ConvertIPAddressClaimV1Alpha1ToHub: dst.Spec.ClusterName = src.Labels[clusterv1.ClusterNameLabel].
    out = to_v1beta2(claim("v1alpha1", {"poolRef": POOL}, labels={"cluster.x-k8s.io/cluster-name": "charlie"}))
    assert out == {"apiVersion": "ipam.cluster.x-k8s.io/v1beta2", "kind": "IPAddressClaim",
                   "metadata": {"name": "charlie", "namespace": "org-platform",
                                "labels": {"cluster.x-k8s.io/cluster-name": "charlie"}},
                   "spec": {"clusterName": "charlie", "poolRef": POOL}}


def test_v1alpha1_without_the_label_has_no_cluster_name():
    # The label lookup gives "", and clusterName (string, omitempty) is left out.
    out = to_v1beta2(claim("v1alpha1", {"poolRef": POOL}, labels={"giantswarm.io/cluster": "charlie"}))
    assert out["spec"] == {"poolRef": POOL}


def test_v1alpha1_label_set_annotation_is_resolved():
    # ConvertIPAddressClaimV1Alpha1ToHub: cluster-name-label-set "false" removes the label, the
    # annotation is always removed.
    doc = claim("v1alpha1", {"poolRef": POOL}, labels={"cluster.x-k8s.io/cluster-name": "charlie"},
                annotations={"conversion.cluster.x-k8s.io/cluster-name-label-set": "false", "a": "b"})
    out = to_v1beta2(doc)
    assert out["metadata"] == {"name": "charlie", "namespace": "org-platform", "labels": {}, "annotations": {"a": "b"}}
    assert out["spec"] == {"clusterName": "charlie", "poolRef": POOL}
    assert doc["metadata"]["labels"] == {"cluster.x-k8s.io/cluster-name": "charlie"}  # the input is untouched


def test_v1beta1_keeps_its_own_cluster_name():
    # autoConvert_v1beta1_IPAddressClaimSpec_To_v1beta2_IPAddressClaimSpec copies spec.clusterName; the
    # label is not consulted for v1beta1 claims.
    out = to_v1beta2(claim("v1beta1", {"poolRef": POOL}, labels={"cluster.x-k8s.io/cluster-name": "charlie"}))
    assert out["spec"] == {"poolRef": POOL}
    out = to_v1beta2(claim("v1beta1", {"clusterName": "other", "poolRef": {**POOL, "apiGroup": None}}))
    assert out["spec"] == {"clusterName": "other", "poolRef": {"kind": POOL["kind"], "name": POOL["name"]}}


def test_v1alpha1_has_no_cluster_name_field():
    with pytest.raises(ConversionError, match=r"^IPAddressClaim charlie: spec.clusterName: no v1beta2 conversion known$"):
        to_v1beta2(claim("v1alpha1", {"clusterName": "x", "poolRef": POOL}))
