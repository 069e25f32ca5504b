"""The commands work the same, shortcuts and all, from a checkout anywhere: here a copy in the
temporary directory, both under a path with a space, run with a venv that lies outside the copy
(whose editable install of the project points elsewhere)."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DIST, ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")

# Put on PYTHONPATH, so every process of a command imports it (the workers keep PYTHONPATH):
# it notes, one JSON line per event in $PROBE_REPORT, where the library's modules come from,
# each load the forking template records and each batch of pipelined loads whose answers are
# read. The command's own modules are patched as they are imported, from wherever they come.
PROBE = r'''
import importlib.abc, json, os, sys

ROOT = os.path.join(os.environ["PROBE_ROOT"], "")


def note(**what):
    with open(os.environ["PROBE_REPORT"], "a", encoding="utf-8") as report:
        report.write(json.dumps({"pid": os.getpid(), **what}) + "\n")


def pipelined(module):
    read_answers = module._PipelinedLoads.read_answers

    def noted(self):
        if self._sent:
            note(answered=list(self._sent), runtime=os.environ.get("JSII_RUNTIME"))
        read_answers(self)

    module._PipelinedLoads.read_answers = noted


def recorded(module):
    load = module._RecordedLoads.load

    def noted(self, request):
        answer = load(self, request)
        _, data, ahead = self.loads[-1]
        note(recorded=request.name, tarball=request.tarball, kept=data is not None, ahead=ahead)
        return answer

    module._RecordedLoads.load = noted


PATCHES = {"constructs_lib.runtime.jsii_fastpath": pipelined, "constructs_lib.runtime.forked_workers": recorded}


class Probe(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.partition(".")[0] not in ("constructs_lib", "imports"):
            return None
        spec = next((spec for finder in sys.meta_path if finder is not self and hasattr(finder, "find_spec")
                     for spec in [finder.find_spec(name, path, target)] if spec is not None), None)
        if spec is None:
            return None
        if not (spec.origin or "").startswith(ROOT):
            note(outside=name, origin=spec.origin)
        if name in PATCHES:
            exec_module = spec.loader.exec_module

            def patched(module):
                exec_module(module)
                PATCHES[name](module)

            spec.loader.exec_module = patched
        return spec


sys.meta_path.insert(0, Probe())
'''


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    """What the commands need of the checkout, copied into ``temp dir/main``: the commands run
    with ``temp dir`` as their temporary directory."""
    target = tmp_path_factory.mktemp("anywhere") / "temp dir" / "main"
    skip = shutil.ignore_patterns("__pycache__")
    for name in ("constructs_lib", "imports", "clusters", "dist"):
        if (ROOT / name).is_dir():  # imports/ may live inside constructs_lib/
            shutil.copytree(ROOT / name, target / name, ignore=skip)
    for name in ("main.py", "cdk8s.yaml"):
        shutil.copy2(ROOT / name, target / name)
    return target


def _synth(checkout: Path, tmp_path: Path, jobs: int, fork: str = "1") -> tuple[dict, list[dict]]:
    """``python main.py`` run in ``checkout`` with this venv's Python: the files written and the
    probe's notes."""
    probe = tmp_path / "probe dir"
    probe.mkdir()
    (probe / "sitecustomize.py").write_text(PROBE, encoding="utf-8")
    report, out = tmp_path / "probe report", tmp_path / "out dir"
    leave_out = ("CLUSTER_VSPHERE_JSII_FASTPATH", "JSII_RUNTIME", "NODE_OPTIONS", "CLUSTER_VSPHERE_TYPE_CHECKS")
    env = {k: v for k, v in os.environ.items() if k not in leave_out}
    env.update(PYTHONPATH=str(probe), PROBE_ROOT=str(checkout), PROBE_REPORT=str(report), TMPDIR=str(checkout.parent),
               CLUSTER_VSPHERE_FORK_WORKERS=fork)
    process = subprocess.run([sys.executable, "main.py", "--clusters", str(checkout / "clusters"), "--out", str(out),
                              "--jobs", str(jobs)], cwd=checkout, capture_output=True, text=True, env=env, timeout=120)
    assert process.returncode == 0, process.stderr
    notes = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert [note for note in notes if "outside" in note] == []  # the copy's own library, never the venv's
    runtimes = {note["runtime"] for note in notes if "answered" in note}
    assert len(runtimes) == 1  # the probe saw the library, and jsii ran the direct runtime from the temp dir
    assert runtimes.pop().startswith(str(checkout.parent / "cluster-vsphere-jsii-"))
    return {path.name: path.read_bytes() for path in sorted(out.iterdir())}, notes


def _committed() -> dict:
    return {path.name: path.read_bytes() for path in sorted(DIST.iterdir())}


def _answered(notes: list[dict]) -> dict[int, list[list[str]]]:
    """The batches of pipelined loads answered, by process."""
    batches: dict[int, list[list[str]]] = {}
    for note in notes:
        if "answered" in note:
            batches.setdefault(note["pid"], []).append(note["answered"])
    return batches


def test_the_copy_has_a_space_in_its_path_and_the_venv_lies_outside_it(checkout: Path):
    assert " " in checkout.parent.name
    assert not Path(sys.prefix).resolve().is_relative_to(checkout.resolve())


def test_forked_workers_load_ahead_and_write_the_committed_files(checkout: Path, tmp_path: Path):
    files, notes = _synth(checkout, tmp_path, jobs=2)
    assert files == _committed()
    recorded = [note for note in notes if "recorded" in note]
    generated = [note for note in recorded if note["tarball"].startswith(str(checkout))]
    assert len(generated) >= 5  # the copy's generated imports, loaded from the copy
    # Only the package the runtime wrote itself is kept for the workers; every assembly, the
    # copy's and the venv's, is written ahead to the workers' node processes.
    assert [note["recorded"] for note in recorded if note["kept"]] == ["cluster-vsphere-manifest-text"]
    assert all(note["ahead"] for note in recorded if not note["kept"])
    answered = _answered(notes)
    assert len(answered) == 2  # each worker read the answers to the loads written ahead
    ahead = sorted(note["recorded"] for note in recorded if note["ahead"])
    assert all(sorted(name for batch in batches for name in batch) == ahead for batches in answered.values())


def test_started_workers_load_ahead_and_write_the_committed_files(checkout: Path, tmp_path: Path):
    files, notes = _synth(checkout, tmp_path, jobs=2, fork="0")
    assert files == _committed()
    answered = _answered(notes)
    assert len(answered) == 2 and all(max(map(len, batches)) >= 5 for batches in answered.values())


def test_one_process_loads_ahead_and_writes_the_committed_files(checkout: Path, tmp_path: Path):
    files, notes = _synth(checkout, tmp_path, jobs=1)
    assert files == _committed()
    (batches,) = _answered(notes).values()
    assert max(map(len, batches)) >= 5
