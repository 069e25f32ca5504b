"""Objects created through jsii without waiting for each answer: one more shortcut of the
commands (:mod:`.jsii_fastpath`), for the pinned jsii release only.

Building a cluster is some fifty ``create`` requests and one request that reads the chart's
objects back; jsii writes each request and waits for its answer, so Python and node take turns
fifty times, each turn two pipe writes and two wake-ups. An answer to ``create`` is the new
object's reference, and the kernel numbers its objects in order (``FQN@N``, one number more per
object, jsii :data:`~.jsii_fastpath.JSII_VERSION` ``ObjectTable.makeId``): once one answer has
been read, the references of the next objects are known before node answers. Inside
:func:`creates_pipelined`, a ``create`` is written with the reference it will get and its answer
is read later, together with the others, before any other request (or when the block ends), and
checked against that reference. The direct runtime (``direct-runtime.js``) writes the answers of
requests it already holds at once. A process building alone writes each create as it comes (node
builds while Python goes on); a worker process, one of a pool that keeps every CPU busy, writes
them in one go when their answers are needed (:func:`write_at_once`).

A create is written ahead only when nothing can call back into Python while node runs it: not
for a class that overrides jsii members or implements a jsii interface in Python (its methods
are callbacks), nor for any create after one in the block. The first create, and the first after
any other request (which may number objects of its own), waits for its answer. A create that
fails in node raises when the answers are read (with jsii's own error), and the objects that were
never made are forgotten, so releasing the block's objects does not ask for them. The objects
built are those jsii builds without the shortcut; ``CLUSTER_VSPHERE_JSII_FASTPATH=0`` turns it
off with the others.
"""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
from typing import Iterator

from . import jsii_fastpath

MAX_AHEAD = 500
"""Creates written before their answers are read. Node holds their answers until it waits for
input, then writes them at once: well within what the pipe back holds (64 KB, some 80 bytes an
answer), so node never waits on Python while Python waits to write."""

_streamed = True


def write_at_once() -> None:
    """From now on, in this process, creates written ahead are kept until their answers are
    needed and then written to node in one go, instead of as they come. For a worker process:
    with a worker per CPU every CPU is busy, and node working while Python builds only adds
    wake-ups (about 1.4 ms of CPU per cluster); a process building alone gains from it (node
    works beside Python: about 10 % less time per cluster)."""
    global _streamed
    _streamed = False


_NUMBER = re.compile(r"@(\d+)$")  # the object number at the end of a reference (FQN@N)


@contextmanager
def creates_pipelined() -> Iterator[None]:
    """Within the block, jsii ``create`` requests are written ahead of their answers (see the
    module's text); only in a process :func:`~.jsii_fastpath.install` marked, with the direct
    runtime. An exception of the block's own is raised as it is, after the answers are read."""
    if not jsii_fastpath.direct_runtime_installed():
        yield
        return
    from jsii._runtime import kernel

    provider = kernel.provider
    pipeline = _PipelinedCreates(provider)
    kernel.provider = pipeline
    try:
        yield
    except BaseException:
        kernel.provider = provider
        pipeline.read_answers(raise_errors=False)
        raise
    kernel.provider = provider
    pipeline.read_answers()


class _PipelinedCreates:
    """jsii's kernel provider, with creates written ahead of their answers."""

    def __init__(self, provider):
        self._provider = provider
        self._next_number = None  # the number the kernel gives its next object, once known
        self._ahead: list = []  # the references promised for the creates written ahead
        self._held: list[bytes] = []  # their requests, until written (see write_at_once)
        self._callbacks_possible = False

    def create(self, request):
        from jsii._kernel.types import Callback, CreateResponse

        if request.overrides or request.fqn == "Object":  # methods of Python's: node calls them back
            self._callbacks_possible = True
        if self._callbacks_possible or self._next_number is None or len(self._ahead) >= MAX_AHEAD:
            self.read_answers()
            response = self._provider.create(request)
            self._next_number = None if isinstance(response, Callback) else _number(response.ref) + 1
            return response
        process = self._provider._process
        from jsii._kernel.providers.process import jdefault

        line = json.dumps(_request(process, request), default=jdefault).encode("utf8") + b"\n"
        if _streamed:
            process._process.stdin.write(line)  # flushed when the answers are read
        else:
            self._held.append(line)
        promised = CreateResponse(ref=f"{request.fqn}@{self._next_number}")
        self._next_number += 1
        self._ahead.append(promised)
        return promised

    def read_answers(self, raise_errors: bool = True) -> None:
        """Read the answers of the creates written ahead; raise the first error (jsii's)."""
        ahead, self._ahead = self._ahead, []
        if not ahead:
            return
        process = self._provider._process
        if self._held:
            held, self._held = self._held, []
            process._process.stdin.write(b"".join(held))
        process._process.stdin.flush()
        first_error, missing = None, []
        for promised in ahead:
            try:
                _check_answer(process._next_message(), promised)
            except Exception as error:  # noqa: BLE001  (jsii's errors, raised once all are read)
                missing.append(promised.ref)
                first_error = first_error or error
        if missing:
            self._next_number = None
            _forget(missing)
        if first_error is not None and raise_errors:
            raise first_error

    def __getattr__(self, name):
        # Any other request: the answers first; it may number objects of its own.
        self.read_answers()
        self._next_number = None
        return getattr(self._provider, name)


def _request(process, request) -> dict:
    """The create request as jsii's encoder gives it: arguments the structs' shortcut put in wire
    form (:class:`~.jsii_fastpath.WireList`, which the encoder keeps as they are) are taken as
    they are, without the encoder's pass over the request."""
    if type(request.args) is jsii_fastpath.WireList and not request.overrides:
        return {"fqn": request.fqn, "args": request.args, "overrides": [],
                "interfaces": None if request.interfaces is None else list(request.interfaces), "api": "create"}
    return process._serializer.unstructure(request)


def _number(ref: str) -> int:
    match = _NUMBER.search(ref)
    if match is None:
        raise RuntimeError(f"the jsii kernel answered a create with the reference {ref!r}, not FQN@N")
    return int(match.group(1))


def _check_answer(message, promised) -> None:
    from jsii._kernel.types import ObjRef
    from jsii.errors import JavaScriptError, JSIIError

    answer = message.get("ok") if isinstance(message, dict) else None
    if isinstance(answer, ObjRef):
        if answer.ref != promised.ref or answer.interfaces:
            raise RuntimeError(f"the jsii kernel made {answer.ref} where {promised.ref} was expected "
                               "(objects written ahead of their answers)")
        return
    if isinstance(message, dict) and "error" in message:
        error = (JSIIError if message.get("name") == "@jsii/kernel.Fault" else RuntimeError)(message["error"])
        raise error from JavaScriptError(message.get("stack", ""))
    raise RuntimeError(f"the jsii kernel answered a create written ahead with {str(message)[:200]}")


def _forget(refs: list[str]) -> None:
    """Drop from jsii's map of Python objects the references node never made."""
    from jsii import _reference_map

    references = _reference_map._refs._refs
    for ref in refs:
        references.pop(ref, None)
