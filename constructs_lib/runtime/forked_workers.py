"""Worker processes forked from one process that imported the library once.

A worker started as ``python -m constructs_lib.runtime.workers`` imports jsii's Python package and every
generated module (about 0.6 s of CPU) before it can build a cluster, and so does every other
worker. On Linux, :func:`fork_workers` starts the first workers of a command another way:

1. the coordinator forks a short-lived *template* process and, for as long as it lives, is the
   "child subreaper" of its descendants (``PR_SET_CHILD_SUBREAPER``);
2. the template starts one node process per worker (they boot meanwhile) and imports the
   library with the jsii kernel's requests recorded, and each assembly load written to every
   node without waiting for an answer: importing only loads assemblies
   (:class:`_RecordedLoads`; any other request is an error);
3. it forks the workers and exits: the workers and their node processes become the
   coordinator's children, which waits for them and reads their exit codes like any child's;
4. each worker hands its own node process to jsii, reads the answers to those loads and serves
   (:func:`~.serve.serve_requests`) until its requests end.

Anything unusual (another platform, a thread or a jsii runtime already in the coordinator, a
template that fails) gives None, and the caller starts ``python -m constructs_lib.runtime.workers``.
"""
from __future__ import annotations

import ctypes
import importlib
import os
import signal
import sys
import threading
import traceback
from typing import Optional

from .jsii_fastpath import is_temporary, load_request_line, loads_pipelined, temporary_package

_PR_SET_CHILD_SUBREAPER = 36  # linux/prctl.h


class ForkedWorker:
    """A forked worker, with the interface of the :class:`subprocess.Popen` of a started one:
    ``stdin`` (requests), ``stdout`` (results), ``stderr``, ``pid``, :meth:`poll`, :meth:`wait`,
    :meth:`kill`, ``returncode``. Its node process (``node_pid``) is waited for with it."""

    def __init__(self, pid: int, node_pid: Optional[int], requests: int, results: int, errors: int):
        self.pid, self.node_pid = pid, node_pid
        self.stdin = os.fdopen(requests, "wb")
        self.stdout = os.fdopen(results, "rb")
        self.stderr = os.fdopen(errors, "rb")
        self.returncode: Optional[int] = None

    def poll(self) -> Optional[int]:
        if self.returncode is None:
            pid, status = _waitpid(self.pid, os.WNOHANG)
            if pid:
                self._ended(status)
        return self.returncode

    def wait(self) -> int:
        if self.returncode is None:
            self._ended(_waitpid(self.pid, 0)[1])
        return self.returncode

    def kill(self) -> None:
        if self.returncode is None:
            _kill(self.pid)
        if self.node_pid is not None:
            _kill(self.node_pid)

    def _ended(self, status: int) -> None:
        self.returncode = os.waitstatus_to_exitcode(status)
        if self.node_pid is not None:  # it ends once its worker's end closes its input
            _waitpid(self.node_pid, 0)
            self.node_pid = None


def _waitpid(pid: int, options: int) -> tuple[int, int]:
    try:
        return os.waitpid(pid, options)
    except ChildProcessError:  # waited for already
        return pid, 0


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def available() -> bool:
    """Whether workers can be forked here: Linux, no other thread, no jsii runtime imported."""
    return (sys.platform.startswith("linux") and hasattr(os, "fork") and threading.active_count() == 1
            and "jsii" not in sys.modules)


def fork_workers(count: int, preload: tuple[str, ...] = ()) -> Optional[Forking]:
    """Start forking ``count`` workers (see the module docstring); None if it cannot be done
    here. The template works while the caller goes on; :meth:`Forking.workers` waits for it.
    ``preload``: modules the template imports too (e.g. the one that defines the workers' task)."""
    if not available() or not _set_subreaper(True):
        return None
    try:
        return Forking(count, preload)
    except OSError:
        _set_subreaper(False)
        return None


def _set_subreaper(on: bool) -> bool:
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_CHILD_SUBREAPER, int(on), 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


class Forking:
    """The template process at work (the coordinator is a subreaper until it has ended)."""

    def __init__(self, count: int, preload: tuple[str, ...] = ()):
        # Each worker: requests (the coordinator writes), results and stderr (the worker writes).
        self._pipes = [(os.pipe(), os.pipe(), os.pipe()) for _ in range(count)]
        report_read, report_write = os.pipe()
        self._ours = [fd for (requests, results, errors) in self._pipes
                      for fd in (requests[1], results[0], errors[0])]
        theirs = [fd for (requests, results, errors) in self._pipes for fd in (requests[0], results[1], errors[1])]
        sys.stdout.flush()
        sys.stderr.flush()
        try:
            self._template = os.fork()
        except OSError:
            _close(self._ours + theirs + [report_read, report_write])
            raise
        if self._template == 0:
            try:
                _close(self._ours + [report_read])
                _template(self._pipes, report_write, preload)
            finally:
                os._exit(1)  # never back into the coordinator's code
        _close(theirs + [report_write])
        self._report = report_read

    def workers(self) -> Optional[list[ForkedWorker]]:
        """The workers, once the template has forked them and ended; None if it failed (then
        none is left running)."""
        try:
            with os.fdopen(self._report, "rb") as report:
                lines = report.read().decode("utf-8", "replace").splitlines()
            _waitpid(self._template, 0)
        finally:
            _set_subreaper(False)
        started = [tuple(int(n) if n != "-" else None for n in line.split()) for line in lines
                   if line.count(" ") == 1]
        if len(started) < len(self._pipes):
            for pids in started:
                for pid in pids:
                    if pid is not None:
                        _kill(pid)
                        _waitpid(pid, 0)
            _close(self._ours)
            return None
        return [ForkedWorker(pid, node_pid, requests[1], results[0], errors[0])
                for (pid, node_pid), (requests, results, errors) in zip(started, self._pipes)]


def _close(fds) -> None:
    for fd in fds:
        try:
            os.close(fd)
        except OSError:
            pass


def _template(pipes, report_write: int, preload: tuple[str, ...]) -> None:
    """The template process: import once, fork the workers (reporting each), exit."""
    from . import jsii_fastpath

    nodes = [jsii_fastpath.start_runtime_process() for _ in pipes]
    forked = 0
    try:
        loads = _import_library(nodes, preload)
        for index in range(len(pipes)):
            pid = os.fork()
            if pid == 0:
                _worker(index, pipes, nodes, loads, report_write)  # never returns
            forked += 1
            node = nodes[index]
            os.write(report_write, f"{pid} {node.pid if node is not None else '-'}\n".encode())
    except BaseException:  # noqa: BLE001  (the coordinator starts its workers the usual way)
        for node in nodes[forked:]:  # those no worker took
            if node is not None:
                node.kill()
                node.wait()
        os._exit(1)
    os._exit(0)


def _import_library(nodes, preload: tuple[str, ...] = ()) -> list:
    """Import what a worker needs, the jsii kernel's loads recorded (see :class:`_RecordedLoads`)."""
    from jsii._runtime import kernel

    recorder = _RecordedLoads(nodes)
    kernel.provider = recorder
    from cdk8s import App  # noqa: F401

    from ..constructs import cluster  # noqa: F401
    from . import manifest_text  # noqa: F401

    for name in preload:
        importlib.import_module(name)
    return recorder.loads


class _RecordedLoads:
    """Stands in for jsii's kernel provider while the library is imported without a jsii
    runtime: it answers each assembly load as the kernel would and records it. When every worker
    has a node process, the load is also written to each of them at once (each worker reads the
    answers later), so that node loads while Python imports; a package in a temporary file
    (:func:`~.jsii_fastpath.is_temporary`: deleted once loaded) is kept (its bytes) for the worker
    to load itself. Any other request is an error."""

    def __init__(self, nodes=()):
        self.loads: list = []  # (request, package bytes or None, written to the nodes)
        self._nodes = list(nodes) if nodes and all(node is not None for node in nodes) else []

    def load(self, request):
        from jsii._kernel.types import LoadResponse

        data, ahead = None, False
        if is_temporary(request.tarball):
            with open(request.tarball, "rb") as package:
                data = package.read()
        elif self._nodes:
            line = load_request_line(request)
            for node in self._nodes:
                node.stdin.write(line)
                node.stdin.flush()
            ahead = True
        self.loads.append((request, data, ahead))
        return LoadResponse(assembly=request.name, types=0)

    def __getattr__(self, name):
        raise RuntimeError(f"the jsii kernel was asked to {name} while the library was imported")


def _replay(loads) -> None:
    """Load the recorded assemblies into this worker's runtime: read the answers to the loads
    written ahead, send the others."""
    from jsii._runtime import kernel

    written_ahead = [request.name for request, _, ahead in loads if ahead]  # only to a node the fastpath started
    with loads_pipelined():
        if written_ahead:
            kernel.provider.expect(written_ahead)
        for request, data, ahead in loads:
            if ahead:
                continue
            if data is None:
                kernel.provider.load(request)
                continue
            with temporary_package(data) as path:  # loaded before the call returns
                kernel.load(request.name, request.version, path)


def _worker(index: int, pipes, nodes, loads, report_write: int) -> None:
    """A forked worker: keep its own ends and node process, replay the loads, serve."""
    requests, results, errors = pipes[index]
    try:
        for other, (r, s, e) in enumerate(pipes):
            if other != index:
                _close([r[0], s[1], e[1]])
        for other, node in enumerate(nodes):
            if other != index and node is not None:
                for stream in (node.stdin, node.stdout, node.stderr):
                    stream.close()
        _close([report_write])
        os.dup2(errors[1], 1)  # printed output and tracebacks reach the coordinator's stderr tail
        os.dup2(errors[1], 2)
        _close([errors[1]])
        sys.stdout = sys.stderr
        from jsii._kernel.providers import ProcessProvider
        from jsii._runtime import kernel

        from . import jsii_fastpath
        from .serve import serve_requests

        kernel.provider = ProcessProvider()
        if nodes[index] is not None:
            jsii_fastpath.hand_over(nodes[index])
        _replay(loads)
        with os.fdopen(requests[0], "rb") as incoming, os.fdopen(results[1], "wb") as outgoing:
            serve_requests(incoming, outgoing)
    except BaseException:  # noqa: BLE001  (reported through stderr and the exit code)
        traceback.print_exc()
        sys.stderr.flush()
        os._exit(1)
    sys.stderr.flush()
    os._exit(0)
