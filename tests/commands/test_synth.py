"""The apply step: clusters/ -> dist/, deterministic, valid, in sync, written all or nothing."""
from __future__ import annotations

from pathlib import Path

import yaml

from conftest import CLUSTERS, DIST, tree
from constructs_lib.commands.cli import main
from constructs_lib.crd import validate_documents
from constructs_lib.constructs.manifest_yaml import load_documents
from constructs_lib.commands.synth import release_problems, synth_fleet
from constructs_lib.config import CHART_ERA, CURRENT


def test_dist_is_in_sync_with_clusters():
    """dist/ is committed: it must be exactly what clusters/ synthesizes to (run `make synth`)."""
    result = synth_fleet(CLUSTERS, "clusters")
    assert result.errors == []
    committed = {p.name: p.read_text(encoding="utf-8") for p in DIST.glob("*.k8s.yaml")}
    assert sorted(committed) == sorted(result.files), "dist/ and clusters/ name different clusters"
    for name, text in result.files.items():
        assert committed[name] == text, f"dist/{name} is stale: run `make synth`"


def test_two_synths_are_byte_identical(tmp_path: Path):
    assert main(["synth", "--clusters", str(CLUSTERS), "--out", str(tmp_path / "a")]) == 0
    assert main(["synth", "--clusters", str(CLUSTERS), "--out", str(tmp_path / "b")]) == 0
    first, second = tree(tmp_path / "a"), tree(tmp_path / "b")
    assert first and first == second


def test_every_synthesized_object_validates_against_its_crd():
    result = synth_fleet(CLUSTERS)
    assert result.errors == []
    assert {c.deployment.management_cluster for c in result.clusters} == {CHART_ERA, CURRENT}  # both eras
    for cluster in result.clusters:
        documents = result.documents[cluster.name]
        assert release_problems(documents, cluster.deployment.management_cluster) == [], cluster.name
        # and judged by the other era's releases, a current cluster's Flux objects are refused
        if cluster.deployment.management_cluster == CURRENT:
            assert any("HelmRelease" in p and "not served" in p for p in release_problems(documents, CHART_ERA))


def test_one_file_per_cluster_named_after_the_cluster():
    result = synth_fleet(CLUSTERS)
    for cluster in result.clusters:
        docs = load_documents(result.files[f"{cluster.name}.k8s.yaml"])
        (capi_cluster,) = [d for d in docs if d["kind"] == "Cluster"]
        assert capi_cluster["metadata"]["name"] == cluster.name
        assert capi_cluster["metadata"]["namespace"] == cluster.deployment.namespace
        # Flux applies the file as written: every object carries its namespace.
        assert all(d["metadata"].get("namespace") == cluster.deployment.namespace for d in docs)


def test_synth_replaces_the_output_directory(tmp_path: Path, clusters_copy: Path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "gone.k8s.yaml").write_text("stale")
    (out / "alpha.k8s.yaml").write_text("old")  # a cluster the fleet keeps: not all are destroyed
    (out / "README.md").write_text("kept")
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["README.md"] + [p.stem + ".k8s.yaml" for p in clusters_copy.glob("*.yaml")])
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")], "staging left behind"


def test_failing_cluster_leaves_output_untouched(tmp_path: Path, clusters_copy: Path, capsys):
    out = tmp_path / "out"
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 0
    before = tree(out)
    alpha = clusters_copy / "alpha.yaml"
    alpha.write_text(alpha.read_text().replace("replicas: 2", "replicas: -2"))
    (clusters_copy / "zulu.yaml").write_text("nodePools: [\n")
    capsys.readouterr()
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "alpha.yaml: nodePools.worker.replicas" in err
    assert "zulu.yaml" in err and "line" in err
    assert "left unchanged" in err
    assert tree(out) == before


def test_header_names_the_source():
    text = (DIST / "alpha.k8s.yaml").read_text()
    assert text.splitlines()[0].startswith("# Cluster alpha: synthesized from alpha.yaml")
    assert all(isinstance(d, dict) for d in yaml.safe_load_all(text) if d is not None)
