"""The render command: the chart's stream for a values file, exit codes, no tracebacks."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, copies_of_the_examples
from constructs_lib.commands.cli import main
from constructs_lib.constructs.manifest_yaml import load_documents

VALUES = ROOT.parent / "shared" / "reference" / "values"


def _key(doc: dict) -> tuple:
    return doc["kind"], doc["metadata"]["name"]


def test_render_prints_one_stream_in_the_charts_shape(capsys):
    assert main(["render", str(VALUES / "ci.yaml")]) == 0
    docs = load_documents(capsys.readouterr().out)
    kinds = sorted({d["kind"] for d in docs})
    assert kinds == sorted({"Cluster", "VSphereCluster", "KubeadmControlPlane", "VSphereMachineTemplate",
                            "MachineDeployment", "KubeadmConfigTemplate", "MachineHealthCheck", "Secret",
                            "HelmRepository", "HelmRelease", "ServiceAccount", "Role", "RoleBinding", "Job"})
    # The chart leaves the namespace of its Secrets to Helm; render does too.
    assert all("namespace" not in d["metadata"] for d in docs if d["kind"] == "Secret")
    assert all(d["metadata"]["namespace"] == "default" for d in docs if d["kind"] != "Secret")


def test_render_name_and_namespace(capsys):
    assert main(["render", str(VALUES / "ci.yaml"), "--name", "prod1", "--namespace", "org-x"]) == 0
    docs = load_documents(capsys.readouterr().out)
    cluster = next(d for d in docs if d["kind"] == "Cluster")
    assert (cluster["metadata"]["name"], cluster["metadata"]["namespace"]) == ("prod1", "org-x")
    assert all(d["metadata"]["name"].startswith("prod1") for d in docs)


def test_render_invalid_values_exit_1_with_every_error(tmp_path: Path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text((VALUES / "ci.yaml").read_text()
                   .replace("replicas: 2", "replicas: two").replace("numCPUs: 2", "numCPU: 2", 1))
    assert main(["render", str(bad)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{bad}: nodePools.worker.replicas" in captured.err
    assert "numCPU" in captured.err and "did you mean 'numCPUs'" in captured.err


def test_render_invalid_name(capsys):
    assert main(["render", str(VALUES / "ci.yaml"), "--name", "Not_Valid"]) == 1
    assert "invalid cluster name 'Not_Valid'" in capsys.readouterr().err


def test_commands_run_as_processes_without_traceback(tmp_path: Path):
    """`python -m constructs_lib` and `python main.py` as users run them: exit codes, no traceback."""
    env = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    missing = subprocess.run([sys.executable, "-m", "constructs_lib", "render", str(tmp_path / "none.yaml")],
                             cwd=ROOT, env=env, capture_output=True, text=True)
    assert missing.returncode == 1
    assert "none.yaml: cannot be read" in missing.stderr and "Traceback" not in missing.stderr
    clusters = tmp_path / "c"
    clusters.mkdir()
    (clusters / "x.yaml").write_text("- a list\n")
    synth = subprocess.run([sys.executable, str(ROOT / "main.py"), "--clusters", str(clusters), "--out",
                            str(tmp_path / "out")], cwd=ROOT, env=env, capture_output=True, text=True)
    assert synth.returncode == 1
    assert "x.yaml" in synth.stderr and "Traceback" not in synth.stderr
    assert not (tmp_path / "out").exists()
    assert "end of life" not in synth.stderr.lower()


def test_a_fleet_command_leaves_the_cycle_collector_on_with_the_fleet_set_aside(tmp_path: Path, capsys):
    import gc

    fleet = copies_of_the_examples(tmp_path / "fleet", ("", "-two", "-three"))
    gc.unfreeze()  # whatever an earlier command set aside
    try:
        assert main(["validate", "--clusters", str(fleet), "--jobs", "2"]) == 0
        assert gc.isenabled() and gc.get_freeze_count() > 0  # off while the outputs arrived, on again
        (fleet / "broken.yaml").write_text("name: [\n")
        assert main(["validate", "--clusters", str(fleet), "--jobs", "2"]) == 1
        assert gc.isenabled()
    finally:
        gc.unfreeze()
    capsys.readouterr()


def test_render_names_a_bad_namespace(tmp_path: Path, capsys):
    values = tmp_path / "values.yaml"
    values.write_text("connectivity:\n  network:\n    loadBalancers:\n      cidrBlocks: [10.0.0.0/28]\n")
    assert main(["render", str(values), "--namespace", "Bad NS"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "namespace: 'Bad NS' is invalid: a namespace name (DNS-1123 label" in captured.err
