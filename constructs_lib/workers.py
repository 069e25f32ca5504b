"""Build the clusters of a fleet in worker processes, one per CPU.

Building a cluster is a conversation between Python and the jsii runtime (node), one call at a
time, so one process keeps about one CPU busy. A fleet is split between worker processes
(``python -m constructs_lib.workers``), each with its own jsii runtime; the coordinating
process never starts one. It sends each worker its share of the loaded cluster files and
receives, cluster by cluster, what :func:`~.synth.synth_cluster` made of them. The result is the
same as building every cluster in one process: the outputs are put back in file order.
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


class WorkerPool:
    """Worker processes, started before the cluster files are loaded: their start (Python, node,
    the jsii assemblies) overlaps with the loading. Use :meth:`synth` once, or :meth:`close`."""

    def __init__(self, workers: int):
        self.processes = [_start_worker() for _ in range(workers)]
        self.stderr_tails = [deque(maxlen=20) for _ in self.processes]
        self.threads = [_daemon(_collect_stderr, process.stderr, tail)
                        for process, tail in zip(self.processes, self.stderr_tails)]

    def close(self) -> None:
        """Let the workers end without work (they exit cleanly once their stdin closes)."""
        for process in self.processes:
            _close_quietly(process.stdin)

    def synth(self, clusters: list[ClusterFile], validate: bool, keep: Callable[[int, ClusterOutput], None],
              progress: Optional[Progress] = None) -> None:
        """:func:`~.synth.synth_cluster` of every cluster, shared between the workers: ``keep``
        receives (position in ``clusters``, output) of each, in the order they are built."""
        workers = len(self.processes)
        shares = [list(range(first, len(clusters), workers)) for first in range(workers)]
        received: queue.Queue = queue.Queue()
        kept = [False] * len(clusters)
        try:
            for process, share in zip(self.processes, shares):
                self.threads.append(_daemon(_read_outputs, process.stdout, received))
                request = (validate, [(position, clusters[position]) for position in share])
                try:
                    process.stdin.write(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
                except OSError:
                    pass  # the worker ended already; its clusters are reported below
                _close_quietly(process.stdin)
            done = finished = 0
            while finished < workers:
                item = received.get()
                if item is None:  # one worker's output ended
                    finished += 1
                    continue
                position, output = item
                if not kept[position]:
                    kept[position] = True
                    keep(position, output)
                    done += 1
                    if progress:
                        progress(done, len(clusters), clusters[position].source)
            for thread in self.threads:
                thread.join()
            for process in self.processes:
                process.wait()
        finally:
            for process in self.processes:
                if process.poll() is None:
                    process.kill()
                    process.wait()
        for process, tail, share in zip(self.processes, self.stderr_tails, shares):
            detail = _failure(process.returncode, tail)
            for position in share:
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


def _read_outputs(stream: BinaryIO, received: queue.Queue) -> None:
    try:
        while True:
            try:
                received.put(pickle.load(stream))
            except EOFError:
                return
            except (pickle.UnpicklingError, OSError, ValueError, AttributeError, ImportError):
                return  # a truncated or garbled stream: its clusters count as missing
    finally:
        received.put(None)


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
