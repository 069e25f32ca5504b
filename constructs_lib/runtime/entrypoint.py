"""How the commands run as a process (``python main.py``, ``python -m constructs_lib``).

Two things only a whole process can decide:

* **Under ``python -O``.** The classes jsii generates (``imports/``, cdk8s, cdk8s-plus) check
  the type of every argument with typeguard, inside ``if __debug__:``. The commands build their
  props from cluster files checked beforehand and check every object they emit against its CRD
  schema afterwards, so they run without those checks (about a fifth of their time); the tests
  and code that uses the library keep them. A command started without ``-O`` replaces itself
  with the same command under ``-O``; ``CLUSTER_VSPHERE_TYPE_CHECKS=1`` keeps the checks.
* **Start the jsii runtime while the cluster files load** (:func:`start_runtime_in_background`):
  node starts and loads the assemblies while this process reads and checks the files.
* **Exit without tearing the interpreter down.** Once the output is written and the exit handlers
  have run (jsii stops its node process and removes its files), freeing the hundred thousand
  objects of the generated modules one by one only costs time (about 0.1 s).
"""
from __future__ import annotations

import atexit
import importlib
import importlib.util
import os
import sys
import threading
from typing import Callable, NoReturn, Optional

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


def start_runtime_in_background() -> Optional[threading.Thread]:
    """Import the constructs (which starts node and loads the jsii assemblies) in a thread, unless
    they are imported already. Join the thread before building anything. A failure is left to the
    builder's own import, which raises it where it is reported."""
    if "constructs_lib.constructs.cluster" in sys.modules:
        return None
    from .jsii_fastpath import adopt_prestarted_runtime, loads_pipelined, prestart_runtime

    prestart_runtime()  # node boots while the thread imports jsii (with the commands' shortcuts)

    def start() -> None:
        try:
            adopt_prestarted_runtime()
            with loads_pipelined():  # node loads the assemblies while Python imports
                importlib.import_module("constructs_lib.constructs.cluster")
        except BaseException:  # noqa: BLE001  (reported by the import that needs it)
            pass

    thread = threading.Thread(target=start, name="jsii-start", daemon=True)
    thread.start()
    return thread


def exit_now(code: int) -> NoReturn:
    """Flush the output, run the exit handlers, and end the process with ``code``."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        code = code or 1  # e.g. stdout closed early: report it the way Python would
    atexit._run_exitfuncs()
    os._exit(code)


def run(main: Callable[[Optional[list[str]]], int], argv: Optional[list[str]] = None) -> NoReturn:
    """Run ``main(argv)`` (a command line; default ``argv``: ``sys.argv[1:]``) as this whole
    process, and exit with what it returns. ``main`` should import what it needs when called:
    the process may first be replaced by its optimized self."""
    reexec_optimized()
    missing = missing_packages()
    if missing:
        print(f"cluster-vsphere: {sys.executable} has no {', '.join(missing)}: run `make venv` once and use "
              ".venv/bin/python (or `make synth`)", file=sys.stderr)
        exit_now(1)
    from .jsii_fastpath import install

    install()
    exit_now(main(argv))


REQUIRED_PACKAGES = ("cdk8s", "cdk8s_plus_27", "constructs", "jsii", "yaml")


def missing_packages() -> list[str]:
    """The packages the commands need that this Python cannot import (looked up, not imported)."""
    return [name for name in REQUIRED_PACKAGES if importlib.util.find_spec(name) is None]
