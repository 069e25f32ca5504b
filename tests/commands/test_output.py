"""The output directory is never lost, half-written or emptied by accident: synth replaces its
manifests in one step, keeps everything else there, waits for another synth, survives SIGKILL at
any moment, and refuses to destroy every cluster unless asked to."""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import CLUSTERS, DIST, ROOT, copies_of_the_examples, tree
from constructs_lib.commands.cli import main
from constructs_lib.commands.output import manifest_names, output_lock, remove_leftovers, write_output

ENV = {**os.environ, "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}


def user_files(out: Path) -> None:
    """What a platform team keeps beside the manifests."""
    (out / "sops").mkdir(parents=True)
    (out / "sops" / "x.yaml").write_text("apiVersion: v1\nkind: Secret\n")
    (out / "README.md").write_text("# clusters\n")
    (out / "kustomization.yaml").write_text("resources: []\n")
    (out / "latest").symlink_to("sops")


def kept_user_files(out: Path) -> dict:
    return {name: data for name, data in tree(out).items() if not name.endswith(".k8s.yaml")}


def siblings(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name)


def test_manifests_replaced_and_every_other_entry_kept_as_it_is(tmp_path: Path):
    out = tmp_path / "dist"
    user_files(out)
    (out / "gone.k8s.yaml").write_text("old\n")
    inode = (out / "sops" / "x.yaml").stat().st_ino
    before = kept_user_files(out)
    write_output(out, {"a.k8s.yaml": "a\n", "b.k8s.yaml": "b\n"})
    assert manifest_names(out) == ["a.k8s.yaml", "b.k8s.yaml"]
    assert (out / "a.k8s.yaml").read_text() == "a\n"
    assert kept_user_files(out) == before
    assert (out / "sops" / "x.yaml").stat().st_ino == inode  # the same file, not a copy
    assert os.readlink(out / "latest") == "sops"
    assert siblings(out) == []  # no staging directory left


def test_an_output_directory_that_is_a_link_stays_a_link(tmp_path: Path):
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "README.md").write_text("kept\n")
    (tmp_path / "dist").symlink_to("real")
    write_output(tmp_path / "dist", {"a.k8s.yaml": "a\n"})
    assert os.readlink(tmp_path / "dist") == "real"
    assert sorted(p.name for p in (tmp_path / "real").iterdir()) == ["README.md", "a.k8s.yaml"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dist", "real"]


def test_only_manifests_can_be_written(tmp_path: Path):
    with pytest.raises(ValueError):
        write_output(tmp_path / "dist", {"kustomization.yaml": "x"})
    assert not (tmp_path / "dist").exists()


def test_a_killed_run_leaves_a_staging_directory_the_next_run_removes(tmp_path: Path):
    out = tmp_path / "dist"
    write_output(out, {"a.k8s.yaml": "a\n"})
    (tmp_path / ".dist.synth-abc123").mkdir()  # as a kill leaves it
    (tmp_path / ".dist.synth-abc123" / "a.k8s.yaml").write_text("half")
    (tmp_path / ".other").mkdir()
    remove_leftovers(out)
    assert siblings(out) == [".other"]


# Writes two full outputs in turn, forever; killed at a random moment by the test.
FLIP = """
import sys, time
from constructs_lib.commands.output import output_lock, write_output
out, count = sys.argv[1], int(sys.argv[2])
texts = [{f"c{i}.k8s.yaml": (tag * 2000) + "\\n" for i in range(count)} for tag in ("A", "B")]
started = time.monotonic()
with output_lock(out):
    write_output(out, texts[1])
print("ready", time.monotonic() - started, flush=True)  # one output written, and how long it took
while True:
    for files in texts:
        with output_lock(out):
            write_output(out, files)
"""


def whole_output(out: Path, count: int, user: dict) -> str:
    """``A`` or ``B`` when ``out`` holds one complete output of FLIP and the user's files."""
    assert out.is_dir(), "the output directory is missing"
    assert kept_user_files(out) == user
    names = manifest_names(out)
    assert names == sorted(f"c{i}.k8s.yaml" for i in range(count)), names
    texts = {(out / name).read_text() for name in names}
    assert len(texts) == 1, "a mix of two outputs"
    (text,) = texts
    assert text in ("A" * 2000 + "\n", "B" * 2000 + "\n"), "a half-written file"
    return text[0]


def test_sigkill_while_writing_never_leaves_the_output_absent_mixed_or_half_written(tmp_path: Path):
    out, count = tmp_path / "dist", 40
    user_files(out)
    user = kept_user_files(out)
    rng = random.Random(16)
    seen = set()
    for _ in range(25):
        process = subprocess.Popen([sys.executable, "-c", FLIP, str(out), str(count)], cwd=ROOT, env=ENV,
                                   stdout=subprocess.PIPE, text=True)
        word, took = process.stdout.readline().split()
        assert word == "ready"
        time.sleep(rng.uniform(0, 4 * float(took)))  # within the next few swaps, however fast they are
        process.kill()
        process.wait()
        process.stdout.close()
        if manifest_names(out):
            seen.add(whole_output(out, count, user))
    assert seen == {"A", "B"}  # every kill left a whole output, of either side of the swaps
    with output_lock(out):  # the next run cleans what the kills left
        write_output(out, {f"c{i}.k8s.yaml": "A" * 2000 + "\n" for i in range(count)})
    assert siblings(out) == []


def test_a_second_synth_waits_for_the_first(tmp_path: Path):
    out = tmp_path / "dist"
    lines: list[str] = []
    with output_lock(out):
        process = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--out", str(out), "--jobs", "1"],
                                   cwd=ROOT, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        def read() -> None:
            for line in process.stderr:
                lines.append(line)

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        deadline = time.monotonic() + 120
        while not any("waiting" in line for line in lines) and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert lines == [f"synth: waiting for another synth of {out} to finish\n"]
        time.sleep(0.5)
        assert process.poll() is None and not out.exists()
    assert process.wait(timeout=120) == 0, "".join(lines)
    reader.join()
    assert tree(out) == tree(DIST)


@pytest.fixture(scope="module")
def fleet_of_40(tmp_path_factory) -> tuple[Path, Path, dict, dict]:
    """40 cluster files, their output, and the output of the same files with other replicas."""
    base = tmp_path_factory.mktemp("forty")
    clusters = copies_of_the_examples(base / "clusters", tuple(f"-{i}" if i else "" for i in range(14)))
    names = sorted(clusters.iterdir())[:40]
    for extra in sorted(clusters.iterdir())[40:]:
        extra.unlink()
    assert len(names) == 40
    new = base / "new"
    assert main(["synth", "--clusters", str(clusters), "--out", str(new)]) == 0
    for path in names:  # the output before: every cluster with another description
        path.write_text(path.read_text().replace('clusterDescription: "', 'clusterDescription: "Before: '))
    old = base / "old"
    assert main(["synth", "--clusters", str(clusters), "--out", str(old)]) == 0
    for path in names:
        path.write_text(path.read_text().replace('clusterDescription: "Before: ', 'clusterDescription: "'))
    old_tree, new_tree = tree(old), tree(new)
    assert old_tree.keys() == new_tree.keys() and old_tree != new_tree
    return clusters, base, old_tree, new_tree


def test_sigkill_at_random_moments_of_a_synth_of_40_clusters(fleet_of_40, tmp_path: Path):
    clusters, base, old_tree, new_tree = fleet_of_40
    out = tmp_path / "output" / "dist"
    rng = random.Random(40)
    outcomes = []
    scratch = tmp_path / "tmp"  # what the killed processes leave in the temporary directory
    scratch.mkdir()
    env = {**ENV, "TMPDIR": str(scratch)}
    for round_ in range(6):
        shutil.rmtree(out, ignore_errors=True)
        shutil.copytree(base / "old", out)
        user_files(out)
        user = kept_user_files(out)
        command = [sys.executable, str(ROOT / "main.py"), "--clusters", str(clusters), "--out", str(out)]
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        started = time.monotonic()
        delay = rng.uniform(0.5, 6.0) if round_ else 60.0  # the first run is left to finish
        while process.poll() is None and time.monotonic() - started < delay:
            time.sleep(0.01)
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)  # the command and its workers
        process.wait()
        assert out.is_dir()
        manifests = {name: data for name, data in tree(out).items() if name.endswith(".k8s.yaml")}
        assert manifests in (old_tree, new_tree), "the output is neither the old one nor the new one"
        assert kept_user_files(out) == user
        outcomes.append("new" if manifests == new_tree else "old")
    assert outcomes[0] == "new"
    assert main(["synth", "--clusters", str(clusters), "--out", str(out)]) == 0  # cleans up after the kills
    assert siblings(out) == []


def test_an_empty_clusters_directory_does_not_empty_the_output(tmp_path: Path, capsys):
    out = tmp_path / "dist"
    shutil.copytree(DIST, out)
    user_files(out)
    before, user = tree(out), kept_user_files(out)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["synth", "--clusters", str(empty), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert f"error: {out}: this would destroy every cluster it holds (alpha, bravo, charlie) and keep none" in err
    assert "--allow-destroy-all" in err and err.endswith(f"synth: {out} left unchanged.\n")
    assert tree(out) == before
    # plan shows what would go, and refuses too
    assert main(["plan", "--clusters", str(empty), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "- Cluster org-platform/alpha" in captured.out and "to destroy." in captured.out
    assert "would destroy every cluster" in captured.err
    # a directory of other clusters keeps none of them either
    other = copies_of_the_examples(tmp_path / "other", ("-x",))
    assert main(["synth", "--clusters", str(other), "--out", str(out)]) == 1
    assert tree(out) == before
    capsys.readouterr()
    # asked for explicitly: the manifests go, the user's files stay
    assert main(["plan", "--clusters", str(empty), "--out", str(out), "--allow-destroy-all"]) == 2
    assert main(["synth", "--clusters", str(empty), "--out", str(out), "--allow-destroy-all"]) == 0
    assert manifest_names(out) == [] and kept_user_files(out) == user
    assert "0 cluster(s), 0 objects written" in capsys.readouterr().out


def test_a_cluster_file_dropped_from_a_fleet_is_still_destroyed_without_asking(tmp_path: Path):
    clusters = copies_of_the_examples(tmp_path / "clusters", ("",))
    out = tmp_path / "dist"
    shutil.copytree(DIST, out)
    (clusters / "bravo.yaml").unlink()
    assert main(["synth", "--clusters", str(clusters), "--out", str(out)]) == 0
    assert manifest_names(out) == ["alpha.k8s.yaml", "charlie.k8s.yaml"]


def project_copy(target: Path) -> Path:
    """The files `cdk8s synth` runs, with this checkout's venv and node packages."""
    for name in ("constructs_lib", "imports", "clusters", "dist", "scripts"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("main.py", "cdk8s.yaml"):
        shutil.copy(ROOT / name, target / name)
    for name in (".venv", "node_modules"):
        (target / name).symlink_to(ROOT / name)
    return target


def test_cdk8s_synth_with_an_invalid_cluster_file_keeps_dist(tmp_path: Path):
    assert (ROOT / "node_modules" / ".bin" / "cdk8s").exists(), "the npm packages are missing: `make test` installs them"
    project = project_copy(tmp_path / "project")
    user_files(project / "dist")
    before = tree(project / "dist")
    cdk8s = [str(project / "node_modules" / ".bin" / "cdk8s"), "synth", "--no-check-upgrade"]
    with open(project / "clusters" / "alpha.yaml", "a", encoding="utf-8") as handle:
        handle.write("bogusKey: 1\n")
    failed = subprocess.run(cdk8s, cwd=project, env=ENV, capture_output=True, text=True, timeout=300)
    assert failed.returncode != 0
    assert "clusters/alpha.yaml: bogusKey: is not a known key" in failed.stderr
    assert "synth: dist left unchanged." in failed.stderr
    assert "    at " not in failed.stderr and "Traceback" not in failed.stderr  # no stack trace of any kind
    assert tree(project / "dist") == before
    shutil.copy(CLUSTERS / "alpha.yaml", project / "clusters" / "alpha.yaml")
    done = subprocess.run(cdk8s, cwd=project, env=ENV, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert [line.strip() for line in done.stdout.splitlines() if line.strip().startswith("- ")] == [
        f"- .cdk8s-out/{name}.k8s.yaml" for name in ("alpha", "bravo", "charlie")]
    assert tree(project / "dist") == before  # the same manifests, and the user's files
    assert tree(project / ".cdk8s-out") == tree(DIST)


def test_the_cdk8s_app_says_how_to_get_the_venv(tmp_path: Path):
    project = project_copy(tmp_path / "project")
    (project / ".venv").unlink()
    run = subprocess.run([str(project / "scripts" / "cdk8s-app")], cwd=project, env=ENV, capture_output=True,
                         text=True, timeout=60)
    assert "run 'make venv' (or 'make synth') once" in run.stderr
    assert run.returncode == 0 and not (project / ".cdk8s-out").exists()  # the CLI reports the failure


def test_a_python_without_the_dependencies_gets_a_message_not_a_traceback(tmp_path: Path):
    probe = ("import sys; sys.path.insert(0, sys.argv[1]); import importlib.util as u\n"
             "real = u.find_spec\n"
             "u.find_spec = lambda name, *a: None if name == 'cdk8s' else real(name, *a)\n"
             "from constructs_lib.commands import main; from constructs_lib.runtime.entrypoint import run\n"
             "run(main, ['synth', '--out', sys.argv[2]])\n")
    run = subprocess.run([sys.executable, "-O", "-c", probe, str(ROOT), str(tmp_path / "out")], env=ENV,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 1
    assert "has no cdk8s: run `make venv` once and use .venv/bin/python" in run.stderr
    assert "Traceback" not in run.stderr and not (tmp_path / "out").exists()
