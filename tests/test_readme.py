"""The README's first cluster: the file it shows is valid as written, its objects grant no third
party access, and every Secret they read is written or listed as a prerequisite."""
from __future__ import annotations

import re
import shutil

import yaml

from conftest import ROOT
from constructs_lib.commands.cli import main
from constructs_lib.constructs.manifest_yaml import load_documents
from constructs_lib.constructs.prerequisites import secret_references

README = (ROOT / "README.md").read_text()


def first_cluster_file() -> str:
    section = README.split("## A first cluster", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```yaml\n(.*?)```", section, re.S).group(1)


def test_the_first_cluster_validates_plans_and_synthesizes(tmp_path, capsys):
    clusters = tmp_path / "clusters"
    clusters.mkdir()
    (clusters / "first.yaml").write_text(first_cluster_file())
    assert "defaults" not in yaml.safe_load(first_cluster_file())["deployment"]  # neutral by default
    assert main(["validate", "--clusters", str(clusters)]) == 0
    captured = capsys.readouterr()
    assert "warning" not in captured.err and "notice" not in captured.err
    prerequisites, generated = captured.out.split("Generated in the management cluster (")
    assert set(re.findall(r"^  first: Secret org-platform/(\S+) ", prerequisites, re.M)) == {"first-credentials"}
    assert set(re.findall(r"^  first: Secret org-platform/(\S+) ", generated, re.M)) == {
        "first-encryption-provider-config"}  # made by the encryption-key Job synth writes
    listed = {"first-credentials", "first-encryption-provider-config"}
    out = tmp_path / "dist"
    assert main(["synth", "--clusters", str(clusters), "--out", str(out)]) == 0
    text = (out / "first.k8s.yaml").read_text()
    # No access of Giant Swarm's: their SSH CA, their OS user, their teleport (the add-on charts still
    # come from their public catalogs, and the chart's label keys stay).
    for access in ("vault-ca@vault.operations.giantswarm.io", "NOPASSWD", "teleport", "name: giantswarm",
                   "grasshopper-capv", "-gs\n"):
        assert access not in text, access
    documents = load_documents(text)
    emitted = {d["metadata"]["name"] for d in documents if d["kind"] == "Secret"}
    read = {ref.name for ref in secret_references(documents)}
    assert read - emitted - listed == {"first-kubeconfig"}  # the one Cluster API writes itself
    assert {d["kind"] for d in documents} >= {"Cluster", "KubeadmControlPlane", "MachineDeployment"}


def test_without_a_vcenter_server_or_an_endpoint_each_field_is_named(tmp_path, capsys):
    clusters = tmp_path / "clusters"
    clusters.mkdir()
    text = first_cluster_file().replace('  server: "https://vcenter.example.internal"\n', "")
    text = text.replace('      host: "10.10.0.10"\n', '      host: ""\n')
    (clusters / "first.yaml").write_text(text)
    shutil.copy(ROOT / "clusters" / "alpha.yaml", clusters / "alpha.yaml")  # a valid neighbour
    assert main(["validate", "--clusters", str(clusters)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"first\.yaml: vcenter\.server: is missing", err), err
    assert re.search(r"first\.yaml: connectivity\.network\.controlPlaneEndpoint\.host: is missing", err), err
    assert "alpha.yaml" not in err
