"""How the commands run as a process (``python main.py``, ``python -m constructs_lib``).

Two things only a whole process can decide:

* **Under ``python -O``.** The classes jsii generates (``imports/``, cdk8s, cdk8s-plus) check
  the type of every argument with typeguard, inside ``if __debug__:``. The commands build their
  props from cluster files checked beforehand and check every object they emit against its CRD
  schema afterwards, so they run without those checks (about a fifth of their time); the tests
  and code that uses the library keep them. A command started without ``-O`` replaces itself
  with the same command under ``-O``; ``CLUSTER_VSPHERE_TYPE_CHECKS=1`` keeps the checks.
* **Exit without tearing the interpreter down.** Once the output is written and the exit handlers
  have run (jsii stops its node process and removes its files), freeing the hundred thousand
  objects of the generated modules one by one only costs time (about 0.1 s).
"""
from __future__ import annotations

import atexit
import os
import sys
from typing import NoReturn, Optional

TYPE_CHECKS_VARIABLE = "CLUSTER_VSPHERE_TYPE_CHECKS"


def reexec_optimized() -> None:
    """Replace this process by the same command under ``-O``, unless it already is (or is asked
    not to be). Call it before anything is printed or imported."""
    if sys.flags.optimize or os.environ.get(TYPE_CHECKS_VARIABLE) == "1" or not sys.executable:
        return
    try:
        os.execv(sys.executable, [sys.executable, "-O", *sys.orig_argv[1:]])
    except OSError:
        pass  # run as started: slower, not different


def exit_now(code: int) -> NoReturn:
    """Flush the output, run the exit handlers, and end the process with ``code``."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        code = code or 1  # e.g. stdout closed early: report it the way Python would
    atexit._run_exitfuncs()
    os._exit(code)


def run(argv: Optional[list[str]] = None) -> NoReturn:
    """Run the command line ``argv`` (default: ``sys.argv[1:]``) as this whole process."""
    reexec_optimized()
    from .cli import main

    exit_now(main(argv))
