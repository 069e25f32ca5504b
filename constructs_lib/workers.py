"""Build the clusters of a fleet in worker processes, one per CPU.

Building a cluster is a conversation between Python and the jsii runtime (node), one call at a
time, so one process keeps about one CPU busy. A fleet is split between worker processes
(``python -m constructs_lib.workers``), each with its own jsii runtime; the coordinating
process never starts one. It sends each worker a chunk of the loaded cluster files (at most
:data:`MAX_CLUSTERS_PER_WORKER`; a fresh worker takes the next chunk) and receives, cluster by
cluster, what :func:`~.synth.synth_cluster` made of them. The result is the same as building
every cluster in one process: the outputs are put back in file order.
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
from typing import BinaryIO, Callable, Optional

from .cluster_file import ClusterFile
from .synth import ClusterOutput, synth_cluster

MIN_CLUSTERS_PER_WORKER = 4
"""A worker costs one more start of Python and node (about a second, on another CPU); below
this many clusters per worker, one process is as fast."""

_PACKAGE_ROOT = str(Path(__file__).resolve().parent.parent)


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


Progress = Callable[[int, int, str], None]


MAX_CLUSTERS_PER_WORKER = 125
"""A worker process builds at most this many clusters, then ends and a fresh one takes the next
chunk: jsii keeps every object a runtime has built (about 0.3 MB per cluster in node), so a
long-lived worker only grows. The restart costs a second of CPU per chunk."""


def chunks(clusters: int, workers: int) -> list[range]:
    """Positions ``0..clusters-1`` in consecutive chunks of at most :data:`MAX_CLUSTERS_PER_WORKER`,
    as many as a multiple of ``workers`` (so that the last round keeps every worker busy), of
    sizes differing by one at most."""
    per_round = workers * MAX_CLUSTERS_PER_WORKER
    count = min(clusters, workers * max(1, -(-clusters // per_round))) or 1
    size, extra = divmod(clusters, count)
    bounds, first = [], 0
    for index in range(count):
        last = first + size + (1 if index < extra else 0)
        bounds.append(range(first, last))
        first = last
    return [chunk for chunk in bounds if chunk]


class _Worker:
    """One worker process and the last lines of its stderr (for the error of a failed worker)."""

    def __init__(self):
        self.process = _start_worker()
        self.stderr_tail: deque = deque(maxlen=20)
        self.threads = [_daemon(_collect_stderr, self.process.stderr, self.stderr_tail)]
        self.chunk: range = range(0)

    def start(self, clusters: list[ClusterFile], chunk: range, validate: bool, received: queue.Queue) -> None:
        """Send the worker its chunk; its outputs, then ``(self, None)``, arrive on ``received``."""
        self.chunk = chunk
        self.threads.append(_daemon(_read_outputs, self.process.stdout, received, self))
        request = (validate, [(position, clusters[position]) for position in chunk])
        try:
            self.process.stdin.write(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # the worker ended already; its clusters are reported as missing
        _close_quietly(self.process.stdin)

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

    def __init__(self, workers: int):
        self.workers = [_Worker() for _ in range(workers)]

    @property
    def processes(self) -> list[subprocess.Popen]:
        """The processes started with the pool (later chunks run in fresh ones)."""
        return [worker.process for worker in self.workers]

    def close(self) -> None:
        """Let the workers end without work (they exit cleanly once their stdin closes)."""
        for worker in self.workers:
            _close_quietly(worker.process.stdin)

    def synth(self, clusters: list[ClusterFile], validate: bool, keep: Callable[[int, ClusterOutput], None],
              progress: Optional[Progress] = None) -> None:
        """:func:`~.synth.synth_cluster` of every cluster, in :func:`chunks` built by the workers
        (at most one process per worker at a time): ``keep`` receives (position in
        ``clusters``, output) of each, in the order they are built."""
        pending = deque(chunks(len(clusters), len(self.workers)))
        received: queue.Queue = queue.Queue()
        kept = [False] * len(clusters)
        used: list[_Worker] = []
        try:
            for worker in self.workers:
                if pending:
                    worker.start(clusters, pending.popleft(), validate, received)
                    used.append(worker)
                else:
                    _close_quietly(worker.process.stdin)
            active = len(used)
            done = 0
            while active:
                worker, output = received.get()
                if output is None:  # this worker's outputs ended: its slot takes the next chunk
                    active -= 1
                    if pending:
                        fresh = _Worker()
                        fresh.start(clusters, pending.popleft(), validate, received)
                        used.append(fresh)
                        active += 1
                    continue
                position, result = output
                if not kept[position]:
                    kept[position] = True
                    keep(position, result)
                    done += 1
                    if progress:
                        progress(done, len(clusters), clusters[position].source)
            for worker in used:
                worker.finish()
        finally:
            for worker in self.workers + used:
                worker.kill()
        for worker in used:
            detail = worker.failure()
            for position in worker.chunk:
                if not kept[position]:
                    keep(position, ClusterOutput(errors=[
                        f"{clusters[position].source}: cannot be synthesized: a worker process failed ({detail})"]))


def _start_worker() -> subprocess.Popen:
    env = dict(os.environ)
    # The worker imports this very package (and imports/ next to it), wherever it was loaded from.
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_PACKAGE_ROOT, env.get("PYTHONPATH", "")) if p)
    command = [sys.executable, *(["-O"] if sys.flags.optimize else []), "-m", "constructs_lib.workers"]
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
    """The worker: start the jsii runtime, read the request, build each cluster, write each
    output as soon as it is built. No request (stdin closed) ends it without work."""
    from .jsii_fastpath import adopt_prestarted_runtime, prestart_runtime

    prestart_runtime()  # node boots while jsii and the generated modules are imported
    adopt_prestarted_runtime()
    from cdk8s import App  # the jsii runtime starts here, while the coordinator loads the files

    from . import cluster  # noqa: F401  (the imported classes, loaded before the request comes)

    try:
        validate, shares = pickle.load(requests)
    except EOFError:
        return
    app = App()
    for position, cluster in shares:
        pickle.dump((position, synth_cluster(cluster, app, validate)), results, protocol=pickle.HIGHEST_PROTOCOL)
        results.flush()


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
