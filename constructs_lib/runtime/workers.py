"""Build the clusters of a fleet in worker processes, one per CPU.

Building a cluster is a conversation between Python and the jsii runtime (node), one call at a
time, so one process keeps about one CPU busy. A fleet is split between worker processes, each
with its own jsii runtime; the coordinating process never starts one. The first workers are
forked from a process that imported the library once (:mod:`.forked_workers`, on Linux), or
else started as ``python -m constructs_lib.runtime.workers``. The coordinator hands each worker the next
item (a loaded cluster file) whenever the worker returns one (a worker holds :data:`IN_FLIGHT` at
a time and builds at most :data:`MAX_CLUSTERS_PER_WORKER`, then a fresh one takes its place) and
receives, item by item, what the task made of them. The task is any function the workers can
import (pickled by reference; the commands pass theirs, :func:`constructs_lib.commands.synth.
synth_released`): the pool knows nothing of what it builds. The result is the same as running
the task on every item in one process: the caller puts the outputs back in order.
"""
from __future__ import annotations

import os
import pickle
import queue
import subprocess
import sys
import threading
from collections import deque
from pathlib import Path
from typing import Any, BinaryIO, Callable, Optional

from .forked_workers import fork_workers

MIN_CLUSTERS_PER_WORKER = 4
"""A worker costs one more start of Python and node (about a second, on another CPU); below
this many clusters per worker, one process is as fast."""

_PACKAGE_ROOT = str(Path(__file__).resolve().parents[2])


def available_cpus() -> int:
    """CPUs this process may run on (its affinity, e.g. a container's CPU set)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def worker_count(jobs: Optional[int], clusters: int) -> int:
    """Worker processes for ``clusters`` cluster files: ``jobs`` if given (at most one per
    cluster), else one per CPU while each gets at least :data:`MIN_CLUSTERS_PER_WORKER`; 1
    means no worker (the clusters are built in the calling process)."""
    if jobs is None:
        jobs = min(available_cpus(), clusters // MIN_CLUSTERS_PER_WORKER)
    return max(1, min(jobs, clusters))


FORK_VARIABLE = "CLUSTER_VSPHERE_FORK_WORKERS"
"""Set to ``0``: the first workers too are started as ``python -m constructs_lib.runtime.workers``
instead of forked (:mod:`.forked_workers`)."""

Progress = Callable[[int, int, int], None]
"""Called as (items done, items in all, position of the item just done)."""
Task = Callable[[Any], Any]
"""What a worker does with each item: a function defined at module level (pickled by reference)."""


MAX_CLUSTERS_PER_WORKER = 500
"""A worker process builds at most this many clusters, then ends and a fresh one takes its place.
With the commands' jsii shortcuts a worker releases what it made for each cluster
(:func:`~.synth.synth_released`) and stays the same size; without them jsii keeps every object
(about 0.4 MB per cluster in node), and this bounds the growth. A fresh start costs about a
second of CPU."""

IN_FLIGHT = 2
"""Clusters a worker holds at a time: the one it builds and the next, so that it never waits for
the coordinator between two."""


class _Worker:
    """One worker process, the positions sent to it and how many came back, and the last lines
    of its stderr (for the error of a failed worker)."""

    def __init__(self, process=None):
        self.process = process or _start_worker()
        self.stderr_tail: deque = deque(maxlen=20)
        self.threads = [_daemon(_collect_stderr, self.process.stderr, self.stderr_tail)]
        self.sent: list[int] = []
        self.returned = 0
        self.requests_open = True

    def open(self, task: Task, received: queue.Queue) -> None:
        """Start the conversation; the worker's outputs, then ``(self, None)``, arrive on ``received``."""
        self.threads.append(_daemon(_read_outputs, self.process.stdout, received, self))
        self._write(task)

    def send(self, position: int, item: Any) -> None:
        self.sent.append(position)
        self._write((position, item))

    def end_requests(self) -> None:
        """No more clusters: the worker ends once it has built those it holds."""
        if self.requests_open:
            self.requests_open = False
            _close_quietly(self.process.stdin)

    def _write(self, message) -> None:
        try:
            self.process.stdin.write(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
            self.process.stdin.flush()
        except OSError:
            pass  # the worker ended already; what was sent to it is reported as missing

    def finish(self) -> None:
        for thread in self.threads:
            thread.join()
        self.process.wait()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def failure(self) -> str:
        return _failure(self.process.returncode, self.stderr_tail)


class WorkerPool:
    """Worker processes, started before the cluster files are loaded: their start (Python, node,
    the jsii assemblies) overlaps with the loading. Use :meth:`synth` once, or :meth:`close`."""

    def __init__(self, workers: int, preload: tuple[str, ...] = ()):
        """``workers`` processes; ``preload``: modules a forked template imports for all of them
        (the module of the task they will run)."""
        self._count = workers
        self._forking = fork_workers(workers, preload) if os.environ.get(FORK_VARIABLE) != "0" else None
        self._workers: Optional[list[_Worker]] = None if self._forking else [_Worker() for _ in range(workers)]

    @property
    def workers(self) -> list[_Worker]:
        """The workers started with the pool (once forked, if they are: see :mod:`.forked_workers`)."""
        if self._workers is None:
            forked = self._forking.workers()
            self._workers = [_Worker(process) for process in forked or [None] * self._count]
        return self._workers

    @property
    def processes(self) -> list[subprocess.Popen]:
        """The processes started with the pool (fresh ones may take their places later)."""
        return [worker.process for worker in self.workers]

    def close(self) -> None:
        """Let the workers end without work (they exit cleanly once their stdin closes)."""
        for worker in self.workers:
            worker.end_requests()

    def run(self, items: list, task: Task, keep: Callable[[int, Any], None],
            failed: Callable[[int, str], None], progress: Optional[Progress] = None) -> None:
        """``task(item)`` for every item, run by the workers: each is handed the next item in
        order as it returns one (a worker that builds faster builds more), at most
        :data:`MAX_CLUSTERS_PER_WORKER` per process, after which a fresh process takes its place.
        ``keep`` receives (position in ``items``, output) of each, in the order they are built;
        ``failed`` (position, what happened) of each item a failed worker did not return."""
        pending = deque(range(len(items)))
        received: queue.Queue = queue.Queue()
        kept = [False] * len(items)
        used: list[_Worker] = []
        broken: list[_Worker] = []

        def feed(worker: _Worker) -> None:
            while pending and len(worker.sent) < MAX_CLUSTERS_PER_WORKER \
                    and len(worker.sent) - worker.returned < IN_FLIGHT:
                position = pending.popleft()
                worker.send(position, items[position])
            if worker.requests_open and (not pending or len(worker.sent) >= MAX_CLUSTERS_PER_WORKER):
                worker.end_requests()

        def start(worker: _Worker) -> None:
            used.append(worker)
            worker.open(task, received)
            feed(worker)

        try:
            for worker in self.workers:
                start(worker)
            ended = done = 0
            while ended < len(used):  # every worker started, the fresh ones too, ends once
                worker, output = received.get()
                if output is None:
                    ended += 1
                    if worker.returned < len(worker.sent):
                        broken.append(worker)
                else:
                    worker.returned += 1
                    feed(worker)
                    position, result = output
                    if not kept[position]:
                        kept[position] = True
                        keep(position, result)
                        done += 1
                        if progress:
                            progress(done, len(items), position)
                # A worker at its limit finishes what it holds while a fresh one starts (a failed
                # worker's place is not taken: the others build what is left).
                if pending and sum(w.requests_open for w in used) < len(self.workers):
                    start(_Worker())
            for worker in used:
                worker.finish()
        finally:
            for worker in self.workers + used:
                worker.kill()
        for worker in broken:
            for position in worker.sent[worker.returned:]:
                failed(position, worker.failure())
        for position in pending:  # no worker was left to take these
            failed(position, broken[-1].failure() if broken else "no worker left")


def _start_worker() -> subprocess.Popen:
    env = dict(os.environ)
    # The worker imports this very package (with its generated classes), wherever it was loaded from.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH", "")) if p)
    command = [sys.executable, *(["-O"] if sys.flags.optimize else []), "-m", "constructs_lib.runtime.workers"]
    return subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=env)


def _close_quietly(stream) -> None:
    try:
        stream.close()
    except OSError:
        pass


def _daemon(target, *args) -> threading.Thread:
    thread = threading.Thread(target=target, args=args, daemon=True)
    thread.start()
    return thread


def _read_outputs(stream: BinaryIO, received: queue.Queue, worker: _Worker) -> None:
    try:
        while True:
            try:
                received.put((worker, pickle.load(stream)))
            except EOFError:
                return
            except (pickle.UnpicklingError, OSError, ValueError, AttributeError, ImportError):
                return  # a truncated or garbled stream: its clusters count as missing
    finally:
        received.put((worker, None))


def _collect_stderr(stream: BinaryIO, tail: deque) -> None:
    for line in stream:
        text = line.decode("utf-8", "replace").strip()
        if text:
            tail.append(text)


def _failure(returncode: Optional[int], tail: deque) -> str:
    lines = [line for line in tail if not line.startswith("Traceback") and not line.startswith("File ")]
    reason = f"exit code {returncode}"
    return f"{reason}: {lines[-1]}" if lines else reason


def serve(requests: BinaryIO, results: BinaryIO) -> None:
    """The worker started as ``python -m constructs_lib.runtime.workers``: start the jsii runtime and
    import the library, then :func:`serve_requests`."""
    from .jsii_fastpath import adopt_prestarted_runtime, loads_pipelined, prestart_runtime

    prestart_runtime()  # node boots while jsii and the generated modules are imported
    adopt_prestarted_runtime()
    with loads_pipelined():  # node loads the assemblies while Python imports, and the coordinator loads the files
        from ..constructs import cluster  # noqa: F401  (the imported classes, loaded before the request comes)

    from .serve import serve_requests

    serve_requests(requests, results)


if __name__ == "__main__":
    from .entrypoint import exit_now
    from .jsii_fastpath import install

    install()

    # Results travel on the original stdout only; anything printed goes to stderr.
    _results = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    serve(sys.stdin.buffer, _results)
    _results.close()
    exit_now(0)
