"""Every Cluster API and CAPV object we emit converts, validates against the current v1beta2 schemas,
leaves its input alone; the DROPPED table, the docs and required_gaps agree with the converter."""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from chart_reference import REFERENCE
from conftest import DIST, ROOT
from constructs_lib.constructs.cluster_api.conversion import (DROPPED, V1BETA2_KINDS, ConversionError, required_gaps,
                                                              to_v1beta2)
from constructs_lib.crd import validate_documents

GOLDEN = REFERENCE / "golden"
FILES = sorted(DIST.glob("*.k8s.yaml")) + sorted(GOLDEN.glob("*.yaml"))
GROUPS = {api_version.rpartition("/")[0] for api_version in V1BETA2_KINDS.values()}

# What the goldens (charts rendered from reference values) leave empty that v1beta2 requires.
GOLDEN_GAPS = {
    ("defaults.yaml", "VSphereCluster", "test"): ["spec.server"],
    ("ipam-controlplane.yaml", "KubeadmControlPlane", "test"):
        ["spec.kubeadmConfigSpec.clusterConfiguration.apiServer.certSANs[0]"],  # set by the IPAM job later
}


@lru_cache(maxsize=None)
def _objects(path: Path) -> tuple[dict, ...]:
    return tuple(doc for doc in yaml.safe_load_all(path.read_text()) if doc and doc.get("kind") in V1BETA2_KINDS
                 and doc.get("apiVersion", "").rpartition("/")[0] in GROUPS)


def _cases() -> list:
    return [pytest.param(path, doc, id=f"{path.name}:{doc['kind']}:{doc['metadata']['name']}")
            for path in FILES for doc in _objects(path)]


def test_the_files_hold_every_kind():
    kinds = {doc["kind"] for path in FILES for doc in _objects(path)}
    assert kinds == set(V1BETA2_KINDS)
    assert any(path.parent == DIST for path in FILES) and any(path.parent == GOLDEN for path in FILES)


@pytest.mark.parametrize("path, doc", _cases())
def test_every_object_converts_and_validates(path, doc):
    before = json.dumps(doc, sort_keys=True, default=str)
    converted = to_v1beta2(doc)
    assert json.dumps(doc, sort_keys=True, default=str) == before  # the input is not mutated
    assert converted["apiVersion"] == V1BETA2_KINDS[doc["kind"]]
    assert converted["metadata"] == doc["metadata"]
    expected = [] if path.parent == DIST else GOLDEN_GAPS.get((path.name, doc["kind"], doc["metadata"]["name"]), [])
    assert required_gaps(doc) == expected
    problems = validate_documents([converted], era="current")
    assert [line.split(": ")[1] for line in problems] == expected  # valid, but for the values left empty


def test_the_output_shares_nothing_with_the_input():
    doc = next(d for d in _objects(DIST / "bravo.k8s.yaml") if d["kind"] == "KubeadmControlPlane")
    original = copy.deepcopy(doc)
    converted = to_v1beta2(doc)
    converted["metadata"]["labels"]["x"] = "y"
    converted["spec"]["kubeadmConfigSpec"]["users"][0]["name"] = "changed"
    converted["spec"]["kubeadmConfigSpec"]["preKubeadmCommands"].append("changed")
    assert doc == original


def test_v1beta2_and_other_objects_are_returned_unchanged():
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {}}
    assert to_v1beta2(secret) is secret
    v1beta2 = {"apiVersion": "cluster.x-k8s.io/v1beta2", "kind": "Cluster", "metadata": {"name": "c"},
               "spec": {"anything": True}}
    assert to_v1beta2(v1beta2) is v1beta2
    other_group = {"apiVersion": "example.com/v1beta1", "kind": "Cluster", "metadata": {"name": "c"}, "spec": {}}
    assert to_v1beta2(other_group) is other_group


def test_other_versions_of_the_kinds_are_errors():
    with pytest.raises(ConversionError, match=r"^Cluster c: apiVersion: no v1beta2 conversion known from "
                                              r"cluster.x-k8s.io/v1alpha4$"):
        to_v1beta2({"apiVersion": "cluster.x-k8s.io/v1alpha4", "kind": "Cluster", "metadata": {"name": "c"}})


def test_status_and_unknown_top_level_fields_are_errors():
    base = {"apiVersion": "cluster.x-k8s.io/v1beta1", "kind": "MachineHealthCheck", "metadata": {"name": "m"},
            "spec": {"clusterName": "c"}}
    for key in ("status", "data"):
        with pytest.raises(ConversionError, match=rf"^MachineHealthCheck m: {key}: no v1beta2 conversion known$"):
            to_v1beta2({**base, key: {}})


def _with_path(doc: dict, path: str, value) -> dict:
    """``doc`` with ``value`` set at a dotted v1beta1 path (``[]`` meaning a one-item list)."""
    node = doc
    parts = path.split(".")
    for part in parts[:-1]:
        if part.endswith("[]"):
            node = node.setdefault(part[:-2], [{}])[0]
        else:
            node = node.setdefault(part, {})
    node[parts[-1]] = value
    return doc


@pytest.mark.parametrize("kind, path", [(kind, path) for kind, paths in DROPPED.items() for path in paths])
def test_every_dropped_field_is_accepted_and_gone(kind, path):
    api_version = V1BETA2_KINDS[kind].replace("/v1beta2", "/v1beta1")
    doc = _with_path({"apiVersion": api_version, "kind": kind, "metadata": {"name": "x"}}, path, "dropped-value")
    converted = to_v1beta2(doc)
    assert "dropped-value" not in json.dumps(converted)


def test_a_dropped_field_must_be_listed(monkeypatch):
    from constructs_lib.constructs.cluster_api import conversion
    allowed = dict(conversion._ALLOWED)
    allowed["MachineDeployment"] = frozenset(p for p in allowed["MachineDeployment"] if p != "spec.revisionHistoryLimit")
    monkeypatch.setattr(conversion, "_ALLOWED", allowed)
    with pytest.raises(AssertionError, match="spec.revisionHistoryLimit is dropped but not listed in DROPPED"):
        to_v1beta2({"apiVersion": "cluster.x-k8s.io/v1beta1", "kind": "MachineDeployment", "metadata": {"name": "x"},
                    "spec": {"revisionHistoryLimit": 1}})


def test_dropped_has_a_reason_for_every_field_and_the_docs_list_them():
    text = (ROOT / "docs" / "v1beta2.md").read_text()
    assert set(DROPPED) == set(V1BETA2_KINDS)
    for kind, paths in DROPPED.items():
        for path, reason in paths.items():
            assert reason.strip(), (kind, path)
            relative = path.removeprefix("spec.kubeadmConfigSpec.").removeprefix("spec.template.spec.")
            leaf = relative.rpartition(".")[2]
            assert relative in text or leaf in text, (kind, path)


def test_required_gaps_name_what_v1beta2_requires():
    cluster = {"apiVersion": "infrastructure.cluster.x-k8s.io/v1beta1", "kind": "VSphereCluster",
               "metadata": {"name": "c"}, "spec": {"server": "", "thumbprint": "", "identityRef": {"kind": "Secret"}}}
    assert required_gaps(cluster) == ["spec.identityRef.name", "spec.server"]
    deployment = {"apiVersion": "cluster.x-k8s.io/v1beta1", "kind": "MachineDeployment", "metadata": {"name": "m"},
                  "spec": {"clusterName": "c", "selector": {}, "template": {"spec": {"clusterName": "c"}}}}
    assert sorted(required_gaps(deployment)) == ["spec.selector", "spec.template.spec.bootstrap",
                                                 "spec.template.spec.infrastructureRef"]
    assert required_gaps({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}}) == []


_DURATIONS = {"timeout", "nodeDrainTimeout", "nodeVolumeDetachTimeout", "nodeDeletionTimeout", "nodeStartupTimeout",
              "ttl", "timeoutForControlPlane", "retryPeriod", "minHealthyPeriod", "guestSoftPowerOffTimeout"}
_SPECIAL = {"token": "abcdef.0123456789abcdef", "apiVersion": "example.com/v1", "cpu": "1", "memory": "1Gi",
            "divisor": "1m", "certificateAuthorityData": "Y2E="}


def _sample(schema: dict, key: str = ""):
    """A value for every field the schema declares (the v1beta1 schema: every field a user can set)."""
    if "properties" in schema:
        return {name: _sample(sub, name) for name, sub in schema["properties"].items()}
    kind = schema.get("type")
    if kind == "array":
        return [_sample(schema.get("items", {}), key)]
    if kind == "object":
        extra = schema.get("additionalProperties")
        return {"k": True if isinstance(extra, dict) and extra.get("type") == "boolean" else "v"}
    if kind in ("integer", "boolean", "number"):
        return True if kind == "boolean" else 1
    if key in _SPECIAL:
        return _SPECIAL[key]
    if key in _DURATIONS:
        return "1m30s"
    if schema.get("format") == "date-time":
        return "2026-01-02T03:04:05Z"
    return 1 if schema.get("x-kubernetes-int-or-string") else "x"


@pytest.mark.parametrize("kind", sorted(V1BETA2_KINDS))
def test_every_v1beta1_field_has_a_conversion(kind):
    """A v1beta1 object with every field of its schema set converts, into fields the v1beta2 schema knows."""
    from constructs_lib.crd import load_crd_schema, validate_object
    group = V1BETA2_KINDS[kind].rpartition("/")[0]
    versions = ("v1alpha1", "v1beta1") if kind == "IPAddressClaim" else ("v1beta1",)
    for version in versions:
        spec = _sample(load_crd_schema(f"{group}/{version}", kind, era="current")["properties"]["spec"])
        if kind == "Cluster":
            del spec["topology"]  # ClusterClass topologies are not converted here: we emit none
        doc = {"apiVersion": f"{group}/{version}", "kind": kind, "metadata": {"name": "x"}, "spec": spec}
        converted = to_v1beta2(doc)
        unknown = [path for path, problem in validate_object(converted, era="current") if "unknown field" in problem]
        assert unknown == []
