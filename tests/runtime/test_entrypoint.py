"""The commands as processes: restarted under ``-O`` unless asked not to be, and ended with the
exit handlers run and the output flushed."""
from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT
from constructs_lib.runtime.entrypoint import TYPE_CHECKS_VARIABLE

PROBE = ("import sys; from constructs_lib.runtime.entrypoint import reexec_optimized; "
         "print('started', flush=True) if not sys.flags.optimize else None; "
         "reexec_optimized(); print('optimize', sys.flags.optimize)")


def _run(code: str, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          env={k: v for k, v in {**os.environ, **env}.items() if v is not None})


def test_a_command_restarts_itself_under_O():
    process = _run(PROBE, **{TYPE_CHECKS_VARIABLE: None})
    assert process.returncode == 0, process.stderr
    assert process.stdout == "started\noptimize 1\n"  # the first process printed once, then was replaced


def test_type_checks_can_be_kept():
    process = _run(PROBE, **{TYPE_CHECKS_VARIABLE: "1"})
    assert process.stdout == "started\noptimize 0\n"


def test_exit_now_flushes_runs_exit_handlers_and_keeps_the_code():
    process = _run("import atexit, sys; from constructs_lib.runtime.entrypoint import exit_now; "
                   "atexit.register(lambda: print('handler ran')); "
                   "sys.stdout.write('unflushed '); exit_now(3)")
    assert process.returncode == 3
    assert process.stdout == "unflushed handler ran\n"


def test_main_py_runs_optimized_and_exits_with_the_commands_code(tmp_path):
    clusters = tmp_path / "c"
    clusters.mkdir()
    (clusters / "x.yaml").write_text("- a list\n")
    process = subprocess.run([sys.executable, "-X", "importtime", str(ROOT / "main.py"), "--clusters", str(clusters),
                              "--out", str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True,
                             env={k: v for k, v in os.environ.items() if k != TYPE_CHECKS_VARIABLE})
    assert process.returncode == 1
    assert "x.yaml" in process.stderr and "Traceback" not in process.stderr
    # -X importtime survives the restart: the interpreter's options are kept.
    assert process.stderr.count("import time:") > 10


def test_the_runtime_starts_in_the_background_once():
    process = _run("import sys; from constructs_lib.runtime.entrypoint import start_runtime_in_background as start; "
                   "thread = start(); assert thread is not None; thread.join(); "
                   "assert 'constructs_lib.constructs.cluster' in sys.modules and 'cdk8s' in sys.modules; "
                   "assert start() is None; print('ok')")
    assert process.returncode == 0, process.stderr
    assert process.stdout == "ok\n"


def test_the_commands_runtime_loads_the_assemblies_while_python_imports():
    # With the commands' shortcuts installed, the background start writes the assemblies' loads
    # ahead: many are in flight when their answers are read.
    process = _run(
        "from constructs_lib.runtime import jsii_fastpath as f; assert f.install()\n"
        "in_flight = []; read = f._PipelinedLoads.read_answers\n"
        "def counting(self):\n"
        "    in_flight.append(len(self._sent)); read(self)\n"
        "f._PipelinedLoads.read_answers = counting\n"
        "from constructs_lib.runtime.entrypoint import start_runtime_in_background as start\n"
        "start().join(); import cdk8s; cdk8s.App(); print(max(in_flight))",
        CLUSTER_VSPHERE_JSII_FASTPATH=None, JSII_RUNTIME=None)
    assert process.returncode == 0, process.stderr
    assert int(process.stdout) >= 5
