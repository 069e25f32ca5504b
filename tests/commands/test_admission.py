"""plan and synth refuse, before writing, the updates Cluster API's admission webhooks refuse, and
name the values field behind each; the output stays as it was."""
from __future__ import annotations

import copy
from pathlib import Path

import pytest

from conftest import DIST, tree
from constructs_lib.commands.admission import admission_refusals
from constructs_lib.commands.cli import main
from constructs_lib.constructs.manifest_yaml import load_documents


def _kcp(name: str = "bravo") -> dict:
    docs = load_documents((DIST / f"{name}.k8s.yaml").read_text())
    return next(d for d in docs if d["kind"] == "KubeadmControlPlane")


def _changed(doc: dict, path: str, value) -> dict:
    new = copy.deepcopy(doc)
    target = new
    *parents, last = path.split(".")
    for part in parents:
        target = target[part]
    target[last] = value
    return new


@pytest.mark.parametrize("path, value, refused", [
    ("spec.version", "v1.33.9", False),                      # a patch release
    ("spec.version", "v1.34.0", False),                      # the next minor
    ("spec.version", "v1.35.0", True),                       # skips v1.34
    ("spec.version", "v1.32.0", True),                       # goes down
    ("spec.replicas", 5, False),
    ("spec.kubeadmConfigSpec.clusterConfiguration.networking.serviceSubnet", "10.96.0.0/12", True),
    ("spec.kubeadmConfigSpec.clusterConfiguration.apiServer.certSANs", ["x.example"], False),
    ("spec.kubeadmConfigSpec.files", [], False),
    ("spec.kubeadmConfigSpec.clusterConfiguration.clusterName", "other", True),
])
def test_the_control_plane_webhook_rules(path, value, refused):
    old = _changed(_kcp("alpha"), "spec.version", "v1.33.4")
    refusals = admission_refusals("clusters/x.yaml", [old], [_changed(old, path, value)])
    assert bool(refusals) == refused, refusals
    if refused:
        assert path in refusals[0] and "webhook would refuse" in refusals[0]


def test_selector_and_cluster_name_of_pools_are_immutable():
    docs = load_documents((DIST / "alpha.k8s.yaml").read_text())
    pool = next(d for d in docs if d["kind"] == "MachineDeployment")
    moved = _changed(pool, "spec.clusterName", "other")
    assert "spec.clusterName: is immutable" in admission_refusals("c", [pool], [moved])[0]
    assert admission_refusals("c", [pool], [_changed(pool, "spec.replicas", 7)]) == []


def test_plan_and_synth_refuse_a_skipped_minor_and_a_services_cidr_change(tmp_path: Path, clusters_copy: Path,
                                                                          capsys):
    out = tmp_path / "dist"
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 0
    before = tree(out)
    alpha, bravo = clusters_copy / "alpha.yaml", clusters_copy / "bravo.yaml"
    alpha.write_text(alpha.read_text().replace('kubernetesVersion: "v1.33.4"', 'kubernetesVersion: "v1.35.1"'))
    bravo.write_text(bravo.read_text().replace("connectivity:\n  network:\n",
                                               "connectivity:\n  network:\n    services:\n"
                                               "      cidrBlocks: [\"10.96.0.0/12\"]\n", 1))
    for command in ("plan", "synth"):
        capsys.readouterr()
        assert main([command, "--clusters", str(clusters_copy), "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert "alpha.yaml: cluster.kubernetesVersion changed: KubeadmControlPlane org-platform/alpha: spec.version: " \
               "cannot update Kubernetes version from v1.33.4 to v1.35.1: skipping a minor version" in err
        assert "bravo.yaml: connectivity.network.services.cidrBlocks changed: KubeadmControlPlane " \
               "org-platform/bravo: spec.kubeadmConfigSpec.clusterConfiguration.networking.serviceSubnet: " \
               "cannot be modified" in err
        assert tree(out) == before
