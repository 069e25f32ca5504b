"""The shipped CRD schemas and the strict validator."""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from constructs_lib import crd

ROOT = Path(__file__).resolve().parents[2]
CRDS = {"2024": ROOT.parent / "shared" / "crds", "current": ROOT.parent / "shared" / "crds-current"}

MACHINE_DEPLOYMENT = {
    "apiVersion": "cluster.x-k8s.io/v1beta1",
    "kind": "MachineDeployment",
    "metadata": {"name": "c1-worker", "namespace": "default", "labels": {"app": "x"}},
    "spec": {
        "clusterName": "c1",
        "replicas": 2,
        "selector": {"matchLabels": {}},
        "template": {
            "metadata": {"labels": {"a": "b"}},
            "spec": {
                "clusterName": "c1",
                "version": "v1.24.11",
                "bootstrap": {"configRef": {"kind": "KubeadmConfigTemplate", "name": "t"}},
                "infrastructureRef": {"kind": "VSphereMachineTemplate", "name": "m"},
            },
        },
    },
}


@lru_cache(maxsize=None)
def _upstream_crds(era: str) -> dict:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    docs = (yaml.load(path.read_text(), Loader=loader) for path in CRDS[era].rglob("*.yaml"))
    return {(doc["spec"]["group"], doc["spec"]["names"]["kind"]): doc for doc in docs}


def _upstream_crd(era: str, group: str, kind: str) -> dict:
    """The era's CRD; an era-independent one (Cilium's) from the era directory that holds it."""
    found = [_upstream_crds(e)[(group, kind)] for e in (era, *CRDS) if (group, kind) in _upstream_crds(e)]
    return found[0]


def _upstream_schema(era: str, api_version: str, kind: str) -> dict:
    group, version = api_version.split("/")
    doc = _upstream_crd(era, group, kind)
    return next(v for v in doc["spec"]["versions"] if v["name"] == version)["schema"]["openAPIV3Schema"]


@pytest.mark.parametrize("era,api_version,kind",
                         [(era, *pair) for era in crd.ERAS for pair in sorted(crd.known_kinds(era))])
def test_bundle_is_the_upstream_schema(era, api_version, kind):
    """The committed bundle holds exactly the openAPIV3Schema of the upstream CRD version."""
    expected = json.loads(json.dumps(_upstream_schema(era, api_version, kind)))
    assert crd.load_crd_schema(api_version, kind, era=era) == expected


def test_index_records_every_declared_version_as_upstream():
    index = json.loads((ROOT / "constructs_lib" / "crd" / "schemas" / "index.json").read_text())
    assert sorted(index) == ["2024", "common", "current"]
    for name, groups in index.items():
        for group, kinds in groups.items():
            for kind, entry in kinds.items():
                upstream = _upstream_crd("2024" if name == "common" else name, group, kind)["spec"]["versions"]
                assert {v: (i["served"], i["deprecated"]) for v, i in entry["versions"].items()} == {
                    v["name"]: (v["served"], v.get("deprecated", False)) for v in upstream}, (name, kind)


def test_the_2024_bundle_is_the_default_and_unchanged():
    assert crd.DEFAULT_ERA == "2024"
    assert crd.known_kinds() == crd.known_kinds("2024")
    assert len(crd.known_kinds()) == 15


def test_bundle_covers_every_kind_we_emit():
    expected = {
        ("cluster.x-k8s.io/v1beta1", k) for k in ("Cluster", "MachineDeployment", "MachineHealthCheck")
    } | {
        ("bootstrap.cluster.x-k8s.io/v1beta1", "KubeadmConfigTemplate"),
        ("controlplane.cluster.x-k8s.io/v1beta1", "KubeadmControlPlane"),
        ("infrastructure.cluster.x-k8s.io/v1beta1", "VSphereCluster"),
        ("infrastructure.cluster.x-k8s.io/v1beta1", "VSphereMachineTemplate"),
        ("ipam.cluster.x-k8s.io/v1alpha1", "IPAddressClaim"),
        ("helm.toolkit.fluxcd.io/v2beta1", "HelmRelease"),
        ("source.toolkit.fluxcd.io/v1beta2", "HelmRepository"),
        ("cilium.io/v2", "CiliumNetworkPolicy"),
    }
    assert expected <= crd.known_kinds()


def test_valid_object_passes():
    assert crd.validate_object(MACHINE_DEPLOYMENT) == []


def test_undeclared_field_is_an_error():
    doc = copy.deepcopy(MACHINE_DEPLOYMENT)
    doc["spec"]["template"]["spec"]["nodeDrainTimeoutt"] = "10m"
    assert crd.validate_object(doc) == [
        ("spec.template.spec.nodeDrainTimeoutt", "unknown field (not declared by the schema)")]


def test_undeclared_top_level_and_metadata_fields_are_errors():
    doc = copy.deepcopy(MACHINE_DEPLOYMENT)
    doc["status2"] = {}
    doc["metadata"]["labelz"] = {}
    paths = [p for p, _ in crd.validate_object(doc)]
    assert paths == ["metadata.labelz", "status2"]


def test_null_values_are_pruned_not_rejected():
    """The API server drops nulls of non-nullable fields; a required field that is null is missing."""
    doc = copy.deepcopy(MACHINE_DEPLOYMENT)
    doc["spec"]["paused"] = None
    assert crd.validate_object(doc) == []
    doc["spec"]["clusterName"] = None
    assert crd.validate_object(doc) == [("spec.clusterName", "is required")]


def test_types_enums_and_int_or_string():
    doc = copy.deepcopy(MACHINE_DEPLOYMENT)
    doc["spec"]["replicas"] = "2"
    doc["spec"]["strategy"] = {"type": "Sideways", "rollingUpdate": {"maxSurge": "25%", "maxUnavailable": 0}}
    problems = dict(crd.validate_object(doc))
    assert problems["spec.replicas"] == "must be an integer"
    assert problems["spec.strategy.type"].startswith("must be one of")
    assert "spec.strategy.rollingUpdate.maxSurge" not in problems
    doc["spec"]["replicas"] = 2
    doc["spec"]["strategy"] = {"rollingUpdate": {"maxSurge": True}}
    assert crd.validate_object(doc) == [("spec.strategy.rollingUpdate.maxSurge", "must be an integer or a string")]


def test_kind_without_schema_and_bad_metadata():
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "Bad_Name"}, "data": {}}
    assert [p for p, _ in crd.validate_object(secret)] == ["metadata.name"]
    unknown = {"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}}
    assert crd.validate_object(unknown) == [("apiVersion", "no CRD schema is shipped for Widget example.com/v1")]


def test_validate_documents_names_the_object():
    doc = copy.deepcopy(MACHINE_DEPLOYMENT)
    doc["spec"]["bogus"] = 1
    assert crd.validate_documents([doc]) == [
        "MachineDeployment default/c1-worker: spec.bogus: unknown field (not declared by the schema)"]
