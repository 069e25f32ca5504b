"""plan and validate: a readable diff against the output directory, Terraform-style exit codes."""
from __future__ import annotations

import re
from pathlib import Path

from conftest import DIST
from constructs_lib.commands.cli import main
from constructs_lib.commands.plan import diff_cluster, format_plan, Plan


def _plan(capsys, clusters: Path, out: Path = DIST) -> tuple[int, str]:
    """The exit code and the plan (what plan prints after the prerequisites, see test_prerequisites_come_first)."""
    capsys.readouterr()
    code = main(["plan", "--clusters", str(clusters), "--out", str(out)])
    return code, _without_prerequisites(capsys.readouterr().out)


def _without_prerequisites(out: str) -> str:
    lines = out.splitlines(keepends=True)
    while lines and lines[0].startswith(("Prerequisites (", "Generated in the management cluster (")):
        lines = lines[1:]
        while lines and lines[0].startswith("  "):
            lines = lines[1:]
    return "".join(lines)


def test_prerequisites_come_first(capsys, clusters_copy: Path):
    capsys.readouterr()
    assert main(["plan", "--clusters", str(clusters_copy), "--out", str(DIST)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Prerequisites (referenced, not written by synth: create them in the management cluster):\n"
                          "  alpha: Secret org-platform/alpha-credentials (keys: escapedPassword, password, username)")
    assert "  bravo: Secret org-platform/vsphere-platform (keys: escapedPassword, password, username): vCenter" in out
    assert "    create: kubectl -n org-platform create secret generic alpha-credentials" in out
    assert _without_prerequisites(out).startswith("No changes.")


def test_no_changes_right_after_synth(capsys, clusters_copy: Path):
    code, out = _plan(capsys, clusters_copy)
    assert code == 0
    assert out.strip().endswith("Plan: 0 to add, 0 to change, 0 to destroy.")


def test_replica_change_names_field_old_and_new(capsys, clusters_copy: Path):
    alpha = clusters_copy / "alpha.yaml"
    alpha.write_text(alpha.read_text().replace("    replicas: 2\n", "    replicas: 4\n"))
    code, out = _plan(capsys, clusters_copy)
    assert code == 2
    assert "cluster alpha:\n  ~ MachineDeployment org-platform/alpha-worker\n      spec.replicas: 2 -> 4\n" in out
    assert out.strip().endswith("Plan: 0 to add, 1 to change, 0 to destroy.")
    assert "# rolls" not in out and out.endswith("No machine rolls.\nPlan: 0 to add, 1 to change, 0 to destroy.\n")


def test_node_class_change_marks_the_replacement(capsys, clusters_copy: Path):
    bravo = clusters_copy / "bravo.yaml"
    text = bravo.read_text()
    bravo.write_text(text.replace("    diskGiB: 100\n", "    diskGiB: 120\n"))
    code, out = _plan(capsys, clusters_copy)
    assert code == 2
    match = re.search(r"-/\+ VSphereMachineTemplate org-platform/bravo-memory-([0-9a-f]{8}) -> "
                      r"bravo-memory-([0-9a-f]{8})  # forces replacement", out)
    assert match and match.group(1) != match.group(2)
    assert "      spec.template.spec.diskGiB: 100 -> 120\n" in out
    assert "~ MachineDeployment org-platform/bravo-memory  # rolls the machines of this pool" in out
    assert "Plan: 1 to add, 1 to change, 1 to destroy." in out


def test_new_and_removed_clusters(capsys, clusters_copy: Path):
    (clusters_copy / "alpha.yaml").rename(clusters_copy / "delta.yaml")
    code, out = _plan(capsys, clusters_copy)
    assert code == 2
    assert "cluster alpha:\n  - Cluster org-platform/alpha" in out
    assert "cluster delta:\n  + Cluster org-platform/delta" in out
    objects = len(re.findall(r"^  - ", out.split("cluster bravo")[0], re.M))
    assert f"Plan: {objects} to add, 0 to change, {objects} to destroy." in out


def test_secret_values_are_masked():
    old = [{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {"password": "b2xk"}}]
    new = [{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {"password": "bmV3"}}]
    text = format_plan(Plan([diff_cluster("c", old, new)]))
    assert "data.password: *** -> ***" in text
    assert "b2xk" not in text and "bmV3" not in text


def test_kubernetes_version_change_rolls_the_control_plane(capsys, clusters_copy: Path):
    alpha = clusters_copy / "alpha.yaml"
    alpha.write_text(alpha.read_text().replace('kubernetesVersion: "v1.33.4"', 'kubernetesVersion: "v1.34.2"'))
    code, out = _plan(capsys, clusters_copy)
    assert code == 2
    assert "~ KubeadmControlPlane org-platform/alpha  # rolls the control-plane machines" in out
    assert "spec.version: 'v1.33.4' -> 'v1.34.2'" in out
    assert "Machines roll: KubeadmControlPlane org-platform/alpha, MachineDeployment org-platform/alpha-worker." in out


def test_plan_error_exit_1(capsys, clusters_copy: Path):
    (clusters_copy / "alpha.yaml").write_text("nodePools:\n  worker:\n    replicas: many\n")
    capsys.readouterr()
    assert main(["plan", "--clusters", str(clusters_copy)]) == 1
    assert "alpha.yaml: nodePools.worker.replicas" in capsys.readouterr().err


def test_validate(capsys, clusters_copy: Path):
    assert main(["validate", "--clusters", str(clusters_copy)]) == 0
    assert f"validate: {len(list(clusters_copy.glob('*.yaml')))} cluster(s)" in capsys.readouterr().out
    bravo = clusters_copy / "bravo.yaml"
    bravo.write_text(bravo.read_text().replace("numCPUs: 8", "numCPUs: eight").replace("class: \"memory\"",
                                                                                     "class: \"huge\""))
    assert main(["validate", "--clusters", str(clusters_copy)]) == 1
    err = capsys.readouterr().err
    assert "bravo.yaml: nodeClasses.memory.numCPUs" in err
    assert "bravo.yaml: nodePools.memory.class" in err


def test_embedded_file_change_names_the_line():
    old = [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"f": "a\nb\nc\n"}}]
    new = [{"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"f": "a\nB\nc\n"}}]
    text = format_plan(Plan([diff_cluster("c", old, new)]))
    assert "      data.f: line 2: 'b' -> 'B'\n" in text


def test_raising_the_declared_flux_changes_api_versions_in_place_and_rolls_nothing(capsys, clusters_copy: Path):
    bravo = clusters_copy / "bravo.yaml"
    text = bravo.read_text()
    assert 'flux: "2.2"' in text
    bravo.write_text(text.replace('flux: "2.2"', 'flux: "2.9"'))
    code, out = _plan(capsys, clusters_copy)
    assert code == 2
    changes = re.findall(r"^  (\S+) (\S+) (\S+)", out, re.M)
    assert changes and {action for action, _, _ in changes} == {"~"}
    assert {kind for _, kind, _ in changes} == {"HelmRelease", "HelmRepository", "Job"}
    assert "  ~ HelmRelease org-platform/bravo-cilium\n" \
           "      apiVersion: 'helm.toolkit.fluxcd.io/v2beta1' -> 'helm.toolkit.fluxcd.io/v2'\n" in out
    assert "      apiVersion: 'source.toolkit.fluxcd.io/v1beta2' -> 'source.toolkit.fluxcd.io/v1'\n" in out
    # The cleanup Job names the resources in the new versions (Flux re-creates it: force).
    assert "  ~ Job org-platform/bravo-cleanup-helmreleases-hook\n" \
           "      spec.template.spec.containers[0].env[5].value: 'helmreleases.v2beta1.helm.toolkit.fluxcd.io' -> " \
           "'helmreleases.v2.helm.toolkit.fluxcd.io'\n" in out
    job_lines = 2  # HELMRELEASE_RESOURCE and HELMCHART_RESOURCE
    assert len(re.findall(r"^      ", out, re.M)) == len(changes) - 1 + job_lines  # else the apiVersion alone
    assert out.endswith(f"No machine rolls.\nPlan: 0 to add, {len(changes)} to change, 0 to destroy.\n")


def test_the_cleanup_job_written_for_flux_is_recreated_when_it_must_change():
    from constructs_lib.constructs.manifest_yaml import load_documents

    for path in sorted(DIST.glob("*.k8s.yaml")):
        (job,) = [d for d in load_documents(path.read_text())
                  if d["kind"] == "Job" and d["metadata"]["name"].endswith("-cleanup-helmreleases-hook")]
        assert job["metadata"]["annotations"]["kustomize.toolkit.fluxcd.io/force"] == "enabled", path.name
