"""Moving a cluster from v1beta1-era releases (Cluster API 1.10, CAPV 1.13) to today's (1.14, 1.16):
its Cluster API and CAPV objects become v1beta2, keep every name, mean what Cluster API stored
before (its own conversion of the v1beta1 objects), validate against the current CRDs, and the
plan changes them in place without rolling a machine."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from chart_reference import REFERENCE
from conftest import ROOT
from constructs_lib.commands.cli import main
from constructs_lib.config.releases import KIND_GROUPS
from constructs_lib.constructs.cluster_api.conversion import to_v1beta2

CASES = sorted((REFERENCE / "values").glob("*.yaml")) + sorted((ROOT / "tests" / "cases").glob("*.yaml"))
V1BETA1_ERA = {"clusterApi": "1.10", "capv": "1.13", "flux": "2.9"}
KUBERNETES = "v1.33.4"  # managed by both Cluster API 1.10 and 1.14


def cluster_file(values_path: Path, releases: dict | None) -> str:
    """A values file as a user's cluster file: the chart's defaults, a Kubernetes version both
    releases manage, and the declared releases (``None``: the defaults, today's)."""
    values = yaml.safe_load(values_path.read_text()) or {}
    values.setdefault("cluster", {})["kubernetesVersion"] = KUBERNETES
    vcenter = values.setdefault("vcenter", {})
    vcenter.setdefault("server", "https://vcenter.example.test")  # v1beta2 requires it (see below)
    vcenter.setdefault("datacenter", "dc1")
    deployment = {"defaults": "chart", "allowPlaintextCredentials": True}
    if releases is not None:
        deployment["managementCluster"] = releases
    return yaml.safe_dump({**values, "deployment": deployment}, sort_keys=False)


def documents(out: Path) -> dict[tuple[str, str, str], dict]:
    docs = {}
    for path in sorted(out.glob("*.k8s.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc:
                docs[(path.name, doc["kind"], doc["metadata"]["name"])] = doc
    return docs


@pytest.fixture(scope="module")
def switched(tmp_path_factory) -> dict:
    """Every case synthesized with v1beta1-era releases, planned and synthesized again with today's."""
    base = tmp_path_factory.mktemp("switch")
    clusters, out = base / "clusters", base / "dist"
    clusters.mkdir()
    names = {}
    for index, path in enumerate(CASES):
        name = f"c{index:02d}"
        names[name] = path.name
        (clusters / f"{name}.yaml").write_text(cluster_file(path, V1BETA1_ERA))
    assert main(["synth", "--clusters", str(clusters), "--out", str(out)]) == 0
    before = documents(out)
    for index, path in enumerate(CASES):
        (clusters / f"c{index:02d}.yaml").write_text(cluster_file(path, None))
    return {"clusters": clusters, "out": out, "before": before, "names": names}


def test_the_plan_changes_in_place_and_rolls_no_machine(switched, capsys):
    capsys.readouterr()
    assert main(["plan", "--clusters", str(switched["clusters"]), "--out", str(switched["out"])]) == 2
    out = capsys.readouterr().out
    out = out[out.index("cluster c00:"):]  # after the prerequisites
    actions = re.findall(r"^  (\S+) (\S+) \S+", out, re.M)
    assert actions and {action for action, _ in actions} == {"~"}
    assert set(KIND_GROUPS) - {"IPAddressClaim", "IPAddress"} <= {kind for _, kind in actions}
    assert "No machine rolls.\n" in out
    assert re.search(rf"^Plan: 0 to add, {len(actions)} to change, 0 to destroy\.$", out, re.M)
    # every changed Cluster API object changes its apiVersion and nothing Cluster API stores
    for block in re.split(r"^  ~ ", out, flags=re.M)[1:]:
        title, *fields = block.rstrip("\n").split("\n")
        if title.split()[0] in KIND_GROUPS:
            assert [f.split(":")[0].strip() for f in fields if f.startswith("      ")] == ["apiVersion"], block


def test_the_new_objects_are_cluster_apis_conversion_of_the_old(switched):
    assert main(["synth", "--clusters", str(switched["clusters"]), "--out", str(switched["out"])]) == 0
    after = documents(switched["out"])
    assert after.keys() == switched["before"].keys()  # no object renamed, added or removed
    converted = 0
    for key, old in switched["before"].items():
        new = after[key]
        if old["kind"] in KIND_GROUPS:
            assert new["apiVersion"].endswith("/v1beta2"), key
            assert new == to_v1beta2(old), (switched["names"][key[0].split(".")[0]], key)
            converted += 1
        else:
            assert new == old or old["kind"] in ("ConfigMap", "Secret", "Job"), key
    assert converted > 7 * len(CASES)


def test_the_new_objects_validate_against_the_current_crds(switched, capsys):
    assert main(["synth", "--clusters", str(switched["clusters"]), "--out", str(switched["out"])]) == 0
    files = [str(p) for p in sorted(switched["out"].glob("*.k8s.yaml"))]
    capsys.readouterr()
    assert main(["validate", "--manifests", *files]) == 0, capsys.readouterr().out
