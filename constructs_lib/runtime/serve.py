"""A worker's side of the conversation with :class:`~.workers.WorkerPool` (forked or started).

The pool writes pickles to the worker's requests: the task first (a function the worker imports
by reference), then ``(position, item)`` for each item. The worker writes ``(position, task(item))``
for each as soon as it is made.
"""
from __future__ import annotations

import pickle
from typing import BinaryIO


def serve_requests(requests: BinaryIO, results: BinaryIO) -> None:
    """Read the task, then run it on each item as it comes and write its output as soon as it is
    made, until ``requests`` ends (before anything is sent: without work). A worker is one of a
    pool that keeps every CPU busy: its jsii creates go to node in one go
    (:func:`~.pipelined_creates.write_at_once`)."""
    from .pipelined_creates import write_at_once

    write_at_once()
    try:
        task = pickle.load(requests)
    except EOFError:
        return
    while True:
        try:
            position, item = pickle.load(requests)
        except EOFError:  # no more items
            return
        pickle.dump((position, task(item)), results, protocol=pickle.HIGHEST_PROTOCOL)
        results.flush()
