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
from constructs_lib.commands.migrate import capabilities_of, cluster_file_text
from constructs_lib.commands.synth import props_for, synth_documents
from constructs_lib.config import load_values_text
from constructs_lib.config.cluster_file import load_cluster_text
from constructs_lib.config.releases import CHART_ERA

REFERENCE = ROOT.parent / "shared" / "reference"
VALUES = sorted((REFERENCE / "values").glob("*.yaml"))


def _comparable(docs: list[dict], namespace: str) -> list[dict]:
    """Secrets get their namespace in synth (Flux applies them as written), not in render; so does
    Flux's ``force`` of the cleanup Job (re-created when its pod template changes)."""
    out = []
    for doc in docs:
        doc = yaml.safe_load(yaml.safe_dump(doc))
        doc["metadata"].setdefault("namespace", namespace)
        annotations = doc["metadata"].get("annotations") or {}
        if doc["kind"] == "Job" and annotations.pop("kustomize.toolkit.fluxcd.io/force", None) == "enabled" \
                and not annotations:
            del doc["metadata"]["annotations"]
        out.append(doc)
    return out


@pytest.mark.parametrize("values", VALUES, ids=[v.stem for v in VALUES])
def test_migrated_cluster_synthesizes_like_render(values: Path, tmp_path: Path, capsys):
    clusters = tmp_path / "clusters"
    assert main(["migrate", str(values), "--name", "test", "--clusters", str(clusters)]) == 0
    cluster = load_cluster_file(clusters / "test.yaml")
    assert cluster.deployment.management_cluster == CHART_ERA
    ours = synth_documents(props_for(cluster))
    loaded = load_values_file(values)
    api_versions = capabilities_of(values.read_text())
    rendered = synth_documents(VsphereClusterProps(
        name="test", values=loaded.values, management_cluster=CHART_ERA,
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
                                  "managementCluster": {"clusterApi": "1.6", "capv": "1.9", "flux": "2.2"},
                                  "apiVersions": ["ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim"],
                                  "defaults": "chart"}
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


POOLED = ("baseDomain: k8s.test\nconnectivity:\n  network:\n    controlPlaneEndpoint:\n      host: 10.0.0.1\n"
          "    loadBalancers:\n      ipPoolName: lb-pool\n")


def test_cluster_file_declares_the_chart_era_and_the_capabilities_even_when_empty():
    """The chart without --api-versions ignored IP pools; the migrated file says so, although the
    declared Cluster API 1.6 serves IPAddressClaims."""
    text = cluster_file_text("x1", load_values_text(POOLED, "v.yaml"))
    deployment = yaml.safe_load(text)["deployment"]
    assert deployment == {"managementCluster": {"clusterApi": "1.6", "capv": "1.9", "flux": "2.2"},
                          "apiVersions": [], "defaults": "chart"}
    assert "managementCluster:\n    clusterApi: '1.6'\n" in text  # quoted: YAML would read 1.6 as a number
    cluster = load_cluster_text(text, "clusters/x1.yaml", "x1")
    assert cluster.deployment.management_cluster == CHART_ERA
    assert CHART_ERA.ipam_api_available and not cluster.deployment.ipam_api_available
    props = props_for(cluster)
    assert props.ipam_api_available is False and props.management_cluster == CHART_ERA
    # Without apiVersions, the same file would use the pool (the releases serve the claims).
    without = load_cluster_text(text.replace("  apiVersions: []\n", ""), "clusters/x1.yaml", "x1")
    assert without.deployment.api_versions is None and without.deployment.ipam_api_available


def test_cluster_file_with_capabilities_keeps_the_ipam_branch():
    text = cluster_file_text("x1", load_values_text(POOLED, "v.yaml"),
                             api_versions=["ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim"])
    cluster = load_cluster_text(text, "clusters/x1.yaml", "x1")
    assert cluster.deployment.api_versions == ("ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim",)
    assert props_for(cluster).ipam_api_available is True


def test_migrated_file_loads_with_the_chart_default_kubernetes_version():
    """v1.24.12, the chart's default, is managed by Cluster API 1.6 (not by today's releases)."""
    loaded = load_values_text(POOLED, "v.yaml")
    assert loaded.values.cluster.kubernetes_version == "v1.24.12"
    cluster = load_cluster_text(cluster_file_text("x1", loaded), "clusters/x1.yaml", "x1")
    assert cluster.values.cluster.kubernetes_version == "v1.24.12"


@pytest.mark.parametrize("kubernetes, cluster_api, capv", [
    ("v1.24.12", "1.6", "1.9"), ("v1.29.4", "1.6", "1.9"), ("v1.30.1", "1.7", "1.10"), ("v1.33.0", "1.10", "1.13"),
    ("v1.22.3", "1.5", "1.8"),
])
def test_a_kubernetes_the_chart_era_does_not_manage_gets_the_nearest_cluster_api(kubernetes, cluster_api, capv):
    values = POOLED + f"cluster:\n  kubernetesVersion: {kubernetes}\n"
    text = cluster_file_text("x1", load_values_text(values, "v.yaml"))
    assert yaml.safe_load(text)["deployment"]["managementCluster"] == {"clusterApi": cluster_api, "capv": capv,
                                                                       "flux": "2.2"}
    cluster = load_cluster_text(text, "clusters/x1.yaml", "x1")  # it loads: the releases manage the version
    assert cluster.deployment.management_cluster.flux == "2.2"  # the chart's HelmRelease/HelmRepository versions


def test_the_migrated_file_is_on_the_chart_defaults_and_loads_to_the_same_values():
    loaded = load_values_text(POOLED + "nodePools:\n  extra:\n    class: default\n    replicas: 1\n", "v.yaml")
    text = cluster_file_text("x1", loaded)
    assert yaml.safe_load(text)["deployment"]["defaults"] == "chart"
    cluster = load_cluster_text(text, "clusters/x1.yaml", "x1")
    assert cluster.deployment.defaults == "chart"
    assert cluster.values == loaded.values
    assert set(cluster.values.node_pools) == {"worker", "extra"}  # the chart's pool stays, as with Helm
    assert any(n.startswith("sshTrustedUserCAKeys: ") for n in cluster.notices)
