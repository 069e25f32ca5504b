"""Mutated cluster files through the whole apply step: file name, ``deployment`` section, values,
synth of a directory, the written manifests.

``tests/config/test_fuzz.py`` fuzzes chart values files through the loader and the constructs;
this test reuses its mutations on *cluster files* (the ``deployment`` section included, with
drawn file names, next to a valid cluster) and runs the ``synth`` command on them. Every example
ends one of two ways, and nothing else may happen (no exception, no stray output):

* exit 0: the output directory holds one file per cluster, whose objects read back from the
  written YAML validate against their CRDs and carry the cluster's namespace;
* exit 1: every problem the loader reports (``ConfigError``) is printed as ``error: ...`` with
  the file's name, the output directory is byte for byte as it was.

No secret of the seed files is ever printed.
"""
from __future__ import annotations

import copy
import io
import os
import re
import subprocess
import sys
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import CLUSTERS, ROOT, tree

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "config"))
import test_fuzz as values_fuzz  # noqa: E402  (the mutations of the values fuzz test)

from constructs_lib.commands.cli import main  # noqa: E402
from constructs_lib.config.cluster_file import IPAM_API, cluster_name_of, load_cluster_text  # noqa: E402
from constructs_lib.config import ConfigError  # noqa: E402
from constructs_lib.commands.synth import release_problems  # noqa: E402
from constructs_lib.constructs.manifest_yaml import load_documents  # noqa: E402

COMPANION = "bravo.yaml"  # a valid cluster next to the mutated one
SECRET_MARK = "S3NTINEL"


def _cluster(path: Path) -> dict:
    return yaml.safe_load(path.read_text())


# Cluster files: the examples, and one with every deployment option and most of the values
# surface (the values fuzz test's rich seed, whose credentials are sentinels: opted in).
RICH = copy.deepcopy(values_fuzz.RICH)
RICH["deployment"] = {"namespace": "org-fuzz", "apiVersions": [IPAM_API], "cleanupOnDelete": True,
                      "jobNetworkPolicies": True, "allowPlaintextCredentials": True, "defaults": "chart",
                      # the chart's Kubernetes version: the releases of its time
                      "managementCluster": {"clusterApi": "1.6", "capv": "1.9", "flux": "2.2"}}
IPAM = copy.deepcopy(_cluster(CLUSTERS / "alpha.yaml"))
IPAM["deployment"].update({"apiVersions": [IPAM_API], "vcenterCredentialsSecret": "vsphere-fuzz"})
IPAM["connectivity"]["network"] = {"controlPlaneEndpoint": {"host": "", "ipPoolName": "cp-pool"},
                                   "loadBalancers": {"ipPoolName": "lb-pool", "cidrBlocks": []}}
SEEDS = [_cluster(CLUSTERS / "alpha.yaml"), _cluster(CLUSTERS / COMPANION), RICH, IPAM]
VALID_NAMES = ["alpha", "fuzz", "a", "z" * 37, "0day"]
INVALID_NAMES = ["z" * 38, "Bad_Name", "x-", "a.b", "ünï", "bravo"]  # bravo: the companion's name

OUT_BEFORE = {"old.k8s.yaml": "# from an earlier synth\n", "README.md": "kept\n"}


@st.composite
def gentle(draw, seed: dict) -> dict:
    """Deletions, numbers changed within a plausible range, flipped booleans, random text: half
    of these still load, so that the synth and the written files are exercised too."""
    values = copy.deepcopy(seed)
    for _ in range(draw(st.integers(1, 3))):
        paths = [path for path in values_fuzz._paths(values) if path]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, last = values_fuzz._get(values, path[:-1]), path[-1]
        old, how = parent[last], draw(st.sampled_from(["delete", "change", "change"]))
        if how == "delete":
            del parent[last]
        elif isinstance(old, bool):
            parent[last] = not old
        elif isinstance(old, int):
            parent[last] = draw(st.integers(0, max(2 * old, 8)))
        elif isinstance(old, str):
            parent[last] = draw(st.one_of(st.text(max_size=20), st.sampled_from(values_fuzz.HAZARDS),
                                          st.just(old[::-1])))
    return values


@st.composite
def cluster_dirs(draw) -> dict[str, str]:
    """File name -> text of a clusters/ directory: one mutated cluster file, maybe a valid one."""
    seed = draw(st.sampled_from(SEEDS))
    mutation = values_fuzz.mutate(seed) if draw(st.booleans()) else gentle(seed)
    text = values_fuzz._dump(draw(mutation))
    if draw(st.integers(0, 9)) == 0:  # now and then, damage the text itself
        position = draw(st.integers(0, len(text)))
        text = text[:position] + draw(st.sampled_from(["\t", ":", "- ", "'", "\n  ", "*a", "{", "]"])) + text[position:]
    names = INVALID_NAMES if draw(st.integers(0, 4)) == 0 else VALID_NAMES
    name = draw(st.sampled_from(names)) + draw(st.sampled_from([".yaml", ".yaml", ".yml"]))
    files = {name: text}
    if name != COMPANION and draw(st.booleans()):
        files[COMPANION] = (CLUSTERS / COMPANION).read_text()
    return files


def _synth(clusters: Path, out: Path) -> tuple[int, str, str]:
    stdout, stderr = io.StringIO(), io.StringIO()
    with redirect_stdout(stdout), redirect_stderr(stderr):
        # The output's one cluster is never in the fleet drawn here: destroying it is meant.
        code = main(["synth", "--clusters", str(clusters), "--out", str(out), "--allow-destroy-all"])
    return code, stdout.getvalue(), stderr.getvalue()


def check_directory(files: dict[str, str]) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        clusters, out = Path(scratch) / "clusters", Path(scratch) / "out"
        clusters.mkdir()
        out.mkdir()
        for name, text in files.items():
            (clusters / name).write_text(text, encoding="utf-8")
        for name, text in OUT_BEFORE.items():
            (out / name).write_text(text)
        before = tree(out)

        # What the loader says about each file, on its own.
        expected_errors, namespaces, releases = [], {}, {}
        for name, text in files.items():
            source = f"{clusters}/{name}"
            try:
                cluster = load_cluster_text(text, source, cluster_name_of(Path(name)))
            except ConfigError as exc:
                expected_errors += [f"error: {error}" for error in exc.errors]
            else:
                namespaces[cluster.name] = cluster.deployment.namespace
                releases[cluster.name] = cluster.deployment.management_cluster

        code, stdout, stderr = _synth(clusters, out)  # any exception fails the example
        shown = f"exit {code}\n--- stdout\n{stdout}--- stderr\n{stderr}--- files\n{files}"
        assert SECRET_MARK not in stdout + stderr, "a secret was printed:\n" + shown
        assert "Traceback" not in stdout + stderr, shown
        if expected_errors:
            assert code == 1, shown
        assert code in (0, 1), shown
        if code == 1:
            assert stdout == "", shown
            lines = stderr.splitlines()
            assert lines[-1] == f"synth: {out} left unchanged.", shown
            assert any(line.startswith("error: ") for line in lines), shown
            for line in lines[:-1]:
                assert re.match(rf"(error|warning): {re.escape(str(clusters))}/[^/]+: ", line), shown
            for error in expected_errors:
                assert error in lines, f"missing {error!r}\n{shown}"
            assert tree(out) == before, shown
            assert not [p for p in Path(scratch).iterdir() if p.name.startswith(".out.")], "staging left behind"
            # A file that loads fails only for a reason of the fleet (never a bug found by the CRDs).
            assert expected_errors or "is emitted" in stderr or "a second time" in stderr, shown
            return
        assert stdout.startswith(f"synth: {len(files)} cluster(s)"), shown
        written = {p.name for p in out.iterdir()}
        assert written == {"README.md"} | {f"{name}.k8s.yaml" for name in namespaces}, shown
        for name, namespace in namespaces.items():
            documents = load_documents((out / f"{name}.k8s.yaml").read_text(encoding="utf-8"))
            assert documents, shown
            assert release_problems(documents, releases[name]) == [], shown
            assert {d["metadata"].get("namespace") for d in documents} == {namespace}, shown


def test_seeds_synthesize_cleanly():
    for index, seed in enumerate(SEEDS):
        files = {f"seed{index}.yaml": values_fuzz._dump(seed)}
        with tempfile.TemporaryDirectory() as scratch:
            clusters = Path(scratch) / "clusters"
            clusters.mkdir()
            for name, text in files.items():
                (clusters / name).write_text(text)
            code, stdout, stderr = _synth(clusters, Path(scratch) / "out")
            assert (code, stderr) == (0, ""), stderr
            documents = load_documents((Path(scratch) / "out" / f"seed{index}.k8s.yaml").read_text())
            releases = load_cluster_text(files[f"seed{index}.yaml"], "seed", f"seed{index}").deployment.management_cluster
            assert release_problems(documents, releases) == []


@settings(max_examples=50, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cluster_dirs())
def test_mutated_cluster_files_synthesize_cleanly_or_fail_with_located_errors(files):
    check_directory(files)


# Hand-picked mutations of every kind, through the real command as a process.
ALPHA = (CLUSTERS / "alpha.yaml").read_text()
PROCESS_FILES = {
    "types.yaml": ALPHA.replace("replicas: 2", "replicas: {x: 1}").replace("numCPUs: 2", "numCPUs: '2'", 1),
    "deleted.yaml": ALPHA.replace('    class: "default"\n', "").replace('      cidrBlocks:\n        - "10.10.222.224/30"\n', ""),
    "junk.yaml": ALPHA.replace("organization: platform", "organization: \"\\u2028${x}\\x1b[31m\"")
                      .replace("diskGiB: 25", "diskGiB: 1e400", 1),
    "huge.yaml": ALPHA.replace("memoryMiB: 8192", f"memoryMiB: {10 ** 30}", 1).replace("replicas: 2", "replicas: .inf"),
    "unicode.yaml": ALPHA.replace("  worker:\n", "  wörker:\n").replace("namespace: org-platform", "namespace: ørg"),
    "ok-unicode.yaml": ALPHA.replace('clusterDescription: "Development cluster of the platform team"',
                                     'clusterDescription: "ünïcödé \U0001F600 \\"quoted\\" ${not expanded}"'),
}


def test_synth_process_on_mutated_files(tmp_path):
    clusters, out = tmp_path / "clusters", tmp_path / "out"
    clusters.mkdir()
    for name, text in PROCESS_FILES.items():
        (clusters / name).write_text(text, encoding="utf-8")
    out.mkdir()
    (out / "old.k8s.yaml").write_text("# from an earlier synth\n")
    before = tree(out)
    env = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    process = subprocess.run([sys.executable, "-m", "constructs_lib", "synth", "--clusters", "clusters", "--out", "out"],
                             cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert process.returncode == 1, process.stdout + process.stderr
    assert process.stdout == "" and "Traceback" not in process.stderr
    errors = [line for line in process.stderr.splitlines() if line.startswith("error: ")]
    assert {line.split(":")[1].strip() for line in errors} == {
        f"clusters/{name}" for name in PROCESS_FILES if not name.startswith("ok-")}, process.stderr
    for name in PROCESS_FILES:
        if not name.startswith("ok-"):
            text = (clusters / name).read_text()
            with pytest.raises(ConfigError) as info:
                load_cluster_text(text, f"clusters/{name}", cluster_name_of(Path(name)))
            assert {f"error: {e}" for e in info.value.errors} <= set(errors)
    assert tree(out) == before
