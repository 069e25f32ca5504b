"""migrate: chart values -> cluster file, whose synth equals the chart-compatible render."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from conftest import ROOT
from constructs_lib.commands.cli import main
from constructs_lib.constructs.cluster import VsphereClusterProps
from constructs_lib.config.cluster_file import load_cluster_file
from constructs_lib.config import load_values_file
from constructs_lib.commands.migrate import capabilities_of
from constructs_lib.commands.synth import props_for, synth_documents

REFERENCE = ROOT.parent / "shared" / "reference"
VALUES = sorted((REFERENCE / "values").glob("*.yaml"))


def _comparable(docs: list[dict], namespace: str) -> list[dict]:
    """Secrets get their namespace in synth (Flux applies them as written), not in render."""
    out = []
    for doc in docs:
        doc = yaml.safe_load(yaml.safe_dump(doc))
        doc["metadata"].setdefault("namespace", namespace)
        out.append(doc)
    return out


@pytest.mark.parametrize("values", VALUES, ids=[v.stem for v in VALUES])
def test_migrated_cluster_synthesizes_like_render(values: Path, tmp_path: Path, capsys):
    clusters = tmp_path / "clusters"
    assert main(["migrate", str(values), "--name", "test", "--clusters", str(clusters)]) == 0
    cluster = load_cluster_file(clusters / "test.yaml")
    ours = synth_documents(props_for(cluster))
    loaded = load_values_file(values)
    api_versions = capabilities_of(values.read_text())
    rendered = synth_documents(VsphereClusterProps(
        name="test", values=loaded.values,
        ipam_api_available="ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim" in api_versions))
    if not loaded.values.vcenter.password:
        # Without a password in the values, the credentials come from the existing Secret.
        rendered = [d for d in rendered if d["metadata"]["name"] != "test-credentials"]
    assert _comparable(ours, "default") == _comparable(rendered, "default")


def test_cluster_file_keeps_only_what_differs(tmp_path: Path):
    values = tmp_path / "v.yaml"
    values.write_text("# capabilities: ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim\n"
                      "baseDomain: k8s.test\ncluster:\n  name: x\n  kubernetesVersion: v1.24.11\n"
                      "connectivity:\n  network:\n    controlPlaneEndpoint:\n      host: 10.0.0.1\n"
                      "    loadBalancers:\n      cidrBlocks: [10.0.0.64/28]\n"
                      "nodePools:\n  worker:\n    replicas: 2\n")
    assert main(["migrate", str(values), "--name", "x1", "--namespace", "org-a", "--clusters", str(tmp_path)]) == 0
    text = (tmp_path / "x1.yaml").read_text()
    data = yaml.safe_load(text)
    assert data["deployment"] == {"namespace": "org-a",
                                  "apiVersions": ["ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim"]}
    assert "nodePools" not in data  # equal to the chart's default pool
    assert data["cluster"] == {"kubernetesVersion": "v1.24.11"}
    assert "# Dropped cluster.name (was 'x')" in text
    assert "allowPlaintextCredentials" not in text
    assert main(["migrate", str(values), "--name", "x1", "--clusters", str(tmp_path)]) == 1  # no overwrite


def test_chart_output_comparison_reports_rollouts(tmp_path: Path, capsys):
    golden = REFERENCE / "golden" / "ci.yaml"
    assert main(["migrate", str(REFERENCE / "values" / "ci.yaml"), "--name", "test", "--dry-run",
                 "--chart-output", str(golden)]) == 0
    out = capsys.readouterr().out
    # Names and specs of the infrastructure match: no machine is re-created for them.
    assert "  = VSphereMachineTemplate test-default-92f83f03" in out
    assert "  = VSphereCluster test" in out
    # Our scripts differ from the chart's: the bootstrap template gets a new name, workers roll.
    assert "  + KubeadmConfigTemplate test-worker-" in out and "only in ours" in out
    assert "! MachineDeployment test-worker changes its machine template" in out
    assert "allowPlaintextCredentials: true" in out  # --dry-run prints the file
