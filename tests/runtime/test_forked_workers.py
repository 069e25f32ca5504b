"""Workers forked from a template process build what one process builds; whatever goes wrong
while forking, the pool falls back to starting its workers, and no process is left behind."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, copies_of_the_examples
from constructs_lib.runtime import forked_workers, jsii_fastpath
from constructs_lib.commands.synth import synth_fleet

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")

# Runs a pool of two workers in a fresh process (the test process has imported jsii, so it
# never forks), then reports what it saw as JSON. argv: fleet directory, what to do first.
POOL = """
import ctypes, json, os, sys
from pathlib import Path
from constructs_lib.runtime import forked_workers, jsii_fastpath
from constructs_lib.commands.synth import synth_fleet
from constructs_lib.runtime.workers import WorkerPool

fleet, first = Path(sys.argv[1]), sys.argv[2]
jsii_fastpath.install()
if first == "template-fails":
    def fail(nodes, preload=()):
        raise ImportError("no library")
    forked_workers._import_library = fail
pool = WorkerPool(2)
kinds = [type(process).__name__ for process in pool.processes]
if first == "kill-one":
    pool.processes[0].kill()
    pool.processes[0].wait()
result = synth_fleet(fleet, "fleet", pool=pool)
try:
    os.waitpid(-1, os.WNOHANG)
    children_left = True
except ChildProcessError:
    children_left = False
print(json.dumps({
    "kinds": kinds, "files": result.files, "errors": result.errors, "children_left": children_left,
    "subreaper": ctypes.CDLL(None).prctl(37, ctypes.byref(flag := ctypes.c_int()), 0, 0, 0) == 0 and flag.value,
    "jsii_here": jsii_fastpath._prestarted is not None or "cdk8s" in sys.modules}))
"""


@pytest.fixture(scope="module")
def fleet(tmp_path_factory) -> Path:
    """The example clusters, each also under a second name (six clusters)."""
    return copies_of_the_examples(tmp_path_factory.mktemp("fleet"), ("", "-two"))


@pytest.fixture(scope="module")
def built_here(fleet: Path):
    return synth_fleet(fleet, "fleet", jobs=1)


def _pool(fleet: Path, first: str = "-") -> dict:
    env = {k: v for k, v in os.environ.items() if k != "CLUSTER_VSPHERE_FORK_WORKERS"}
    process = subprocess.run([sys.executable, "-c", POOL, str(fleet), first], cwd=ROOT, capture_output=True,
                             text=True, env=env, timeout=300)
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout)


def test_forked_workers_build_what_one_process_builds_and_leave_nothing_behind(fleet, built_here):
    seen = _pool(fleet)
    assert seen["kinds"] == ["ForkedWorker", "ForkedWorker"]
    assert seen["errors"] == [] and seen["files"] == built_here.files and len(seen["files"]) == 6
    assert seen["children_left"] is False  # workers, their node processes and the template: all waited for
    assert seen["subreaper"] == 0  # only while the template lives
    assert seen["jsii_here"] is False  # the coordinator never started a jsii runtime


def test_a_template_that_fails_leaves_the_pool_to_start_its_workers(fleet, built_here):
    seen = _pool(fleet, "template-fails")
    assert seen["kinds"] == ["Popen", "Popen"]
    assert seen["errors"] == [] and seen["files"] == built_here.files
    assert seen["children_left"] is False and seen["subreaper"] == 0


def test_a_forked_worker_that_dies_costs_its_clusters_a_clear_error(fleet, built_here):
    seen = _pool(fleet, "kill-one")
    assert seen["kinds"] == ["ForkedWorker", "ForkedWorker"]
    failed = [error for error in seen["errors"] if "a worker process failed (exit code -9)" in error]
    assert failed and len(failed) == len(seen["errors"])
    built = {name: text for name, text in built_here.files.items() if name not in seen["files"]}
    assert len(built) == len(failed)  # every cluster either built as in one process, or reported
    assert all(seen["files"][name] == built_here.files[name] for name in seen["files"])
    assert seen["children_left"] is False


def test_workers_are_not_forked_where_jsii_or_another_thread_runs():
    assert "jsii" in sys.modules and forked_workers.available() is False
    assert forked_workers.fork_workers(2) is None
    code = ("import sys, threading, time; from constructs_lib.runtime import forked_workers as f; a = f.available(); "
            "threading.Thread(target=time.sleep, args=(1,), daemon=True).start(); print(a, f.available())")
    process = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert process.stdout == "True False\n", process.stderr


def test_the_recorder_answers_loads_keeps_a_temporary_package_and_refuses_anything_else():
    import cdk8s
    from jsii._kernel.types import CreateRequest, LoadRequest

    recorder = forked_workers._RecordedLoads()
    installed = next((Path(cdk8s.__file__).parent / "_jsii").glob("*.tgz"))  # stays where it is
    with jsii_fastpath.temporary_package(b"package bytes") as temporary:  # deleted once loaded
        answer = recorder.load(LoadRequest(name="a", version="1.0.0", tarball=temporary))
    recorder.load(LoadRequest(name="cdk8s", version="2", tarball=str(installed)))
    assert (answer.assembly, answer.types) == ("a", 0)
    assert [(request.name, data, ahead) for request, data, ahead in recorder.loads] == [
        ("a", b"package bytes", False), ("cdk8s", None, False)]


def test_a_package_file_in_the_temporary_directory_is_recorded_by_its_path(tmp_path):
    # e.g. an assembly of a venv or a checkout that lies there: it stays where it is
    from jsii._kernel.types import LoadRequest

    package = tmp_path / "a.tgz"
    package.write_bytes(b"package bytes")
    recorder = forked_workers._RecordedLoads()
    recorder.load(LoadRequest(name="a", version="1.0.0", tarball=str(package)))
    assert [(request.tarball, data) for request, data, _ in recorder.loads] == [(str(package), None)]
    with pytest.raises(RuntimeError, match="asked to create"):
        recorder.create(CreateRequest(fqn="x.Y"))


def test_loads_are_written_ahead_to_every_node_only_when_each_worker_has_one():
    import io

    import cdk8s
    from jsii._kernel.types import LoadRequest

    class Node:
        def __init__(self):
            self.stdin = io.BytesIO()

    installed = str(next((Path(cdk8s.__file__).parent / "_jsii").glob("*.tgz")))
    nodes = [Node(), Node()]
    recorder = forked_workers._RecordedLoads(nodes)
    recorder.load(LoadRequest(name="cdk8s", version="2", tarball=installed))
    lines = [json.loads(line) for line in nodes[0].stdin.getvalue().splitlines()]
    assert lines == [{"api": "load", "name": "cdk8s", "version": "2", "tarball": installed}]
    assert nodes[1].stdin.getvalue() == nodes[0].stdin.getvalue()
    assert recorder.loads[0][2] is True
    half = forked_workers._RecordedLoads([Node(), None])  # one worker without a node: none ahead
    half.load(LoadRequest(name="cdk8s", version="2", tarball=installed))
    assert half.loads[0][2] is False


def test_the_command_writes_the_same_files_with_forked_and_started_workers(fleet, built_here, tmp_path):
    outputs = {}
    for fork in ("1", "0"):
        out = tmp_path / f"fork-{fork}"
        process = subprocess.run(
            [sys.executable, "-m", "constructs_lib", "synth", "--clusters", str(fleet), "--out", str(out), "--jobs", "2"],
            cwd=ROOT, capture_output=True, text=True, timeout=300,
            env={**os.environ, "CLUSTER_VSPHERE_FORK_WORKERS": fork})
        assert process.returncode == 0, process.stderr
        outputs[fork] = {path.name: path.read_text() for path in sorted(out.iterdir())}
    assert outputs["1"] == outputs["0"] == built_here.files
