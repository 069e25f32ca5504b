"""A fleet built by worker processes is the fleet built in one process, in file order; a worker
that fails costs its clusters a clear error, never a traceback or a silent gap."""
from __future__ import annotations

import os
import subprocess
import sys
from functools import partial
from pathlib import Path

import pytest

from conftest import CLUSTERS, ROOT, copies_of_the_examples
from constructs_lib.runtime import workers
from constructs_lib.commands.cli import main
from constructs_lib.commands.fleet import load_fleet
from constructs_lib.commands.synth import synth_fleet, synth_released, worker_pool
from constructs_lib.runtime.workers import IN_FLIGHT, MIN_CLUSTERS_PER_WORKER, WorkerPool, worker_count


@pytest.fixture(scope="module")
def fleet(tmp_path_factory) -> Path:
    """The example clusters, each also under two more names (nine clusters)."""
    return copies_of_the_examples(tmp_path_factory.mktemp("fleet"), ("", "-two", "-three"))


def test_workers_build_what_one_process_builds(fleet: Path):
    here = synth_fleet(fleet, "fleet", jobs=1)
    seen = []
    in_workers = synth_fleet(fleet, "fleet", jobs=2, progress=lambda i, n, s: seen.append((i, n, s)))
    assert here.errors == [] and in_workers.errors == []
    assert list(in_workers.files) == list(here.files) and len(here.files) == 9
    assert in_workers.files == here.files
    assert in_workers.documents == here.documents
    assert [c.source for c in in_workers.clusters] == [c.source for c in here.clusters]
    # progress counts every cluster once, in the order they are done
    assert [i for i, _, _ in seen] == list(range(1, 10)) and {n for _, n, _ in seen} == {9}
    assert sorted(s for _, _, s in seen) == sorted(c.source for c in here.clusters)


def test_a_failed_worker_reports_each_cluster_it_held_and_the_others_are_built(fleet: Path):
    clusters, errors, _ = load_fleet(fleet, "fleet")
    assert errors == []
    pool = worker_pool(2)
    pool.processes[0].kill()
    pool.processes[0].wait()
    kept, failed = {}, {}
    pool.run(clusters, partial(synth_released, validate=True), kept.__setitem__, failed.__setitem__)
    held = list(range(IN_FLIGHT))  # what the first worker was handed before anything came back
    assert sorted(failed) == held and sorted(kept) == list(range(IN_FLIGHT, len(clusters)))
    assert set(failed.values()) == {"exit code -9"}
    assert all(output.errors == [] and output.documents for output in kept.values())  # the other worker's


def test_the_fleet_names_each_cluster_a_failed_worker_held(fleet: Path):
    pool = worker_pool(2)
    pool.processes[0].kill()
    pool.processes[0].wait()
    result = synth_fleet(fleet, "fleet", pool=pool)
    clusters, _, _ = load_fleet(fleet, "fleet")
    assert result.errors == [f"{clusters[position].source}: cannot be synthesized: a worker process failed "
                             "(exit code -9)" for position in range(IN_FLIGHT)]
    assert len(result.files) == len(clusters) - IN_FLIGHT


def test_a_worker_builds_at_most_its_limit_then_a_fresh_one_takes_over(fleet: Path, monkeypatch):
    here = synth_fleet(fleet, "fleet", jobs=1)
    monkeypatch.setattr(workers, "MAX_CLUSTERS_PER_WORKER", 2)
    started = []
    start = workers._start_worker
    monkeypatch.setattr(workers, "_start_worker", lambda: started.append(1) or start())
    in_turns = synth_fleet(fleet, "fleet", jobs=2)
    assert in_turns.errors == [] and in_turns.files == here.files and in_turns.documents == here.documents
    assert len(started) == 5  # 9 clusters, at most 2 per worker


# Stands in for a worker: answers each cluster after a delay, with the delay as its text.
FAKE_WORKER = """
import pickle, sys, time
from constructs_lib.commands.synth import ClusterOutput
delay = float(sys.argv[1])
pickle.load(sys.stdin.buffer)
while True:
    try:
        position, cluster = pickle.load(sys.stdin.buffer)
    except EOFError:
        break
    time.sleep(delay)
    pickle.dump((position, ClusterOutput(text=sys.argv[1])), sys.stdout.buffer)
    sys.stdout.buffer.flush()
"""


def test_a_worker_that_builds_faster_is_handed_more(fleet: Path, monkeypatch):
    clusters, errors, _ = load_fleet(fleet, "fleet")
    delays = iter(["0.5", "0"])
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    monkeypatch.setattr(workers, "_start_worker", lambda: subprocess.Popen(
        [sys.executable, "-c", FAKE_WORKER, next(delays)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=env))
    kept = {}
    WorkerPool(2).run(clusters, partial(synth_released, validate=True), kept.__setitem__, pytest.fail)
    assert sorted(kept) == list(range(len(clusters))) == list(range(9))
    by_slow = [position for position, output in kept.items() if output.text == "0.5"]
    assert by_slow == list(range(IN_FLIGHT))  # its first two; the fast one built the other seven


def test_a_closed_pool_ends_its_workers_cleanly():
    pool = WorkerPool(1)
    pool.close()
    assert pool.processes[0].wait(timeout=60) == 0


@pytest.mark.parametrize("jobs, clusters, cpus, expected", [
    (1, 500, 8, 1),
    (3, 500, 1, 3),                          # asked for: as many as asked
    (4, 2, 8, 2),                            # never more workers than clusters
    (None, 500, 2, 2),                       # auto: one per CPU
    (None, 2 * MIN_CLUSTERS_PER_WORKER, 8, 2),
    (None, MIN_CLUSTERS_PER_WORKER - 1, 8, 1),  # too few clusters: none
    (None, 1, 1, 1),
])
def test_worker_count(monkeypatch, jobs, clusters, cpus, expected):
    monkeypatch.setattr(workers, "available_cpus", lambda: cpus)
    assert worker_count(jobs, clusters) == expected


def test_jobs_option(tmp_path: Path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["synth", "--jobs", "0", "--clusters", str(CLUSTERS), "--out", str(tmp_path / "out")])
    assert info.value.code == 2
    assert "'0' is neither a positive whole number nor 'auto'" in capsys.readouterr().err
    assert main(["validate", "--jobs", "auto", "--clusters", str(CLUSTERS)]) == 0
    # auto is the default of every command that builds a fleet
    from constructs_lib.commands.cli import build_parser
    for command in ("synth", "validate", "plan"):
        assert build_parser().parse_args([command]).jobs is None
    assert main(["synth", "-j", "2", "--clusters", str(CLUSTERS), "--out", str(tmp_path / "out")]) == 0
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        p.stem + ".k8s.yaml" for p in CLUSTERS.glob("*.yaml"))
