"""A shorter way through the jsii runtime for the commands: the same values reach node.

Building a cluster hands a few hundred structs to node through jsii. For the jsii release this
project pins (:data:`JSII_VERSION`, and no other), the commands take shortcuts:

* **No relay process** (:func:`use_direct_runtime`). jsii starts node on a relay script that
  starts the kernel in a second node process and forwards its protocol channel (file descriptor
  3) to and from its own stdin and stdout, and the kernel's console output, wrapped, to stderr.
  ``direct-runtime.js`` runs the kernel in the one process: its channel reads stdin and writes
  stdout, and console output is wrapped the way the relay wraps it. Each call to node then crosses
  two pipes instead of four, and a runtime is one node process instead of two.
* **Structs sent by the fields they hold** (:func:`install_struct_fastpath`). jsii's Python
  runtime reads a struct for the wire by calling the property of every field its class declares,
  set or not; each property evaluates its ``typing`` annotation again, and with thousands of
  generated types most of them miss ``typing``'s small cache. The shortcut reads the values the
  struct holds (what those properties return) and leaves unset fields out instead of sending
  them as null: the kernel drops a null optional field the same way, so node builds the same
  objects. Everything that is not a plain struct, list, map or scalar takes jsii's own path.
  The lists and maps it makes are marked (:class:`WireList`, :class:`WireDict`) so that the
  request encoder passes them on as they are instead of copying them value by value once more (they hold nothing it would
  change: JSON values, and jsii objects the JSON encoder turns into references).
* **Objects released once a cluster is built** (:func:`objects_released`): jsii never frees an
  object, so a process that builds many clusters grows with each and node's garbage collector
  slows down; the commands release each cluster's objects on both sides once it is built.
* **A kernel assertion's message built only when it fails** (:data:`KERNEL_PATCHES`, applied to
  the copy of the kernel the direct runtime runs).

A further setting is about memory, not the wire: node's young generation is capped at
:data:`SEMI_SPACE_MB` MB per semi-space (node's default grows it to 16 MB), which keeps each jsii
runtime about 25 MB smaller at no measurable cost in time (``NODE_OPTIONS``, added to whatever
is set there).

With the direct runtime, node can also be started before jsii's Python package is imported
(:func:`prestart_runtime`, where a command or worker is about to build) and handed to jsii when
it starts its runtime (:func:`adopt_prestarted_runtime`): node boots while Python imports; and
the assemblies' loads can be written ahead of their answers (:func:`loads_pipelined`): node
loads them while Python imports the generated modules.

:func:`install` (the commands and each worker process, first thing) chooses the runtime before
node starts, without importing jsii, and marks the process; the structs' shortcut is put in
place where the commands build clusters (:func:`apply_if_installed`), and objects are released
only in a marked process. Code that imports the library keeps jsii as it is.
``CLUSTER_VSPHERE_JSII_FASTPATH=0`` turns all of them off.
"""
from __future__ import annotations

import atexit
import importlib.util
import json
import os
import platform
import shutil
import subprocess
import tempfile
from contextlib import contextmanager
from typing import Iterator, Optional

JSII_VERSION = "1.142.0"
"""The jsii release whose runtime internals the shortcuts were written against and tested with."""

SWITCH_VARIABLE = "CLUSTER_VSPHERE_JSII_FASTPATH"
RUNTIME_VARIABLE = "JSII_RUNTIME"  # jsii's own setting: the script node runs as the runtime
SEMI_SPACE_MB = 4

RELEASE_BATCH = 500
"""Release requests written before their answers are read (well within what the pipes hold)."""

_SCALARS = frozenset({str, int, float, bool, type(None)})
_DIRECT_RUNTIME = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "assets", "jsii", "direct-runtime.js")
_installed = False
_applied = False
_prestarted: Optional[subprocess.Popen] = None


def _jsii_directory() -> Optional[str]:
    spec = importlib.util.find_spec("jsii")  # finds the package without importing it
    locations = list(spec.submodule_search_locations or []) if spec else []
    return locations[0] if locations else None


def enabled() -> bool:
    """Whether the shortcuts apply: the pinned jsii release is installed and they are not off."""
    if os.environ.get(SWITCH_VARIABLE) == "0":
        return False
    directory = _jsii_directory()
    try:
        with open(os.path.join(directory, "_metadata.json"), encoding="utf-8") as metadata:
            return json.load(metadata).get("version") == JSII_VERSION
    except (TypeError, OSError, ValueError, AttributeError):
        return False


def install() -> bool:
    """Choose the direct runtime and mark this process for the structs' shortcut, if
    :func:`enabled`. Call it before the jsii runtime starts. Returns whether it did."""
    global _installed
    if not enabled():
        return False
    use_direct_runtime()
    limit_young_generation()
    _installed = True
    return True


def direct_runtime_installed() -> bool:
    """Whether :func:`install` marked this process and jsii runs node on ``direct-runtime.js``
    (set here, or inherited by a worker process)."""
    return _installed and os.path.basename(os.environ.get(RUNTIME_VARIABLE, "")) == os.path.basename(_DIRECT_RUNTIME)


def runtime_command() -> list[str]:
    """The command jsii starts its runtime with (``JSII_NODE``, its heap option, ``JSII_RUNTIME``)."""
    return [os.environ.get("JSII_NODE", "node"), "--max-old-space-size=4069", os.environ.get(RUNTIME_VARIABLE, "")]


def prestart_runtime() -> None:
    """Start jsii's node process now, if :func:`install` set up the direct runtime: node boots
    while Python imports jsii and the generated modules, instead of after. jsii takes it over
    when it starts its runtime (:func:`adopt_prestarted_runtime`); one never taken is ended when
    this process exits."""
    global _prestarted
    if _prestarted is not None:
        return
    _prestarted = start_runtime_process()
    if _prestarted is not None:
        atexit.register(_end_unused_prestarted)


def start_runtime_process() -> Optional[subprocess.Popen]:
    """A node process started as jsii starts its runtime, if :func:`install` set up the direct
    runtime; None otherwise, or if it cannot start (jsii then tries again itself, and reports
    it its own way)."""
    if not _installed or not os.environ.get(RUNTIME_VARIABLE):
        return None
    environment = dict(os.environ, JSII_AGENT=f"Python/{platform.python_version()}")  # as jsii sets it
    try:
        return subprocess.Popen(runtime_command(), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=environment)
    except OSError:
        return None


def hand_over(process: subprocess.Popen) -> None:
    """Have jsii start its runtime with ``process`` (from :func:`start_runtime_process`)."""
    global _prestarted
    _prestarted = process
    adopt_prestarted_runtime()


def adopt_prestarted_runtime() -> None:
    """Have jsii start its runtime with the process :func:`prestart_runtime` started: jsii's
    provider module is given a ``subprocess`` whose ``Popen`` returns that process for the very
    command jsii runs (anything else is started as usual)."""
    if _prestarted is None:
        return
    from jsii._kernel.providers import process as provider

    if not isinstance(provider.subprocess, _WithPrestarted):
        provider.subprocess = _WithPrestarted()


class _WithPrestarted:
    """The ``subprocess`` module, but for the one prestarted process."""

    def __getattr__(self, name):
        return getattr(subprocess, name)

    def Popen(self, args, *more, **options):  # noqa: N802  (subprocess's name)
        global _prestarted
        if _prestarted is not None and list(args) == runtime_command():
            process, _prestarted = _prestarted, None
            return process
        return subprocess.Popen(args, *more, **options)


def _end_unused_prestarted() -> None:
    global _prestarted
    process, _prestarted = _prestarted, None
    if process is not None:
        process.kill()
        process.wait()


def limit_young_generation() -> None:
    """Cap node's semi-spaces (see the module docstring), unless ``NODE_OPTIONS`` sets them."""
    options = os.environ.get("NODE_OPTIONS", "")
    if "--max-semi-space-size" not in options:
        os.environ["NODE_OPTIONS"] = f"{options} --max-semi-space-size={SEMI_SPACE_MB}".strip()


def apply_if_installed() -> None:
    """Put the structs' shortcut in place if :func:`install` marked this process; once (it is
    called for every cluster, and registering the encoder's hooks again resets its caches)."""
    global _applied
    if _installed and not _applied:
        install_struct_fastpath()
        _applied = True


@contextmanager
def objects_released() -> Iterator[None]:
    """Have the jsii runtime forget, once the block is done, the objects Python made in it
    (only where :func:`install` marked this process).

    jsii never frees an object: its Python side maps every object Python makes (with ``create``)
    to its reference, and the kernel keeps every object it has handed out, so a process that
    builds cluster after cluster grows with each, and node's garbage collector has more to go
    through with each. Here the block's references leave Python's map and the kernel gets a
    ``del`` request for each (the protocol's own request; they are written in batches and their
    answers read after each batch). Objects node returned by reference (e.g. a ``Quantity``
    from ``Quantity.fromString``) are not in Python's map and stay. Use it where nothing Python
    made in the block is used afterwards.
    """
    if not _installed:
        yield
        return
    from jsii import _reference_map

    references = _reference_map._refs._refs
    mark = len(references)  # a dict keeps insertion order: the block's references come last
    try:
        yield
    finally:
        made = list(references)[mark:]
        try:
            _delete(made)
        except (OSError, ValueError, RuntimeError):
            pass  # a runtime that cannot answer keeps them; its next call reports it the usual way
        else:
            for ref in made:
                del references[ref]


@contextmanager
def loads_pipelined() -> Iterator[None]:
    """While the block imports jsii modules, each assembly's load request is written to node
    without waiting for its answer; the answers are read when the block ends (only where
    :func:`install` marked this process).

    Importing the generated modules loads about ten assemblies, one request each, and jsii waits
    for node to unpack and load one before Python imports the next module: Python's imports and
    node's loads took turns. Written ahead, node loads while Python imports. Importing sends
    node nothing but loads; any other request first waits for every answer, then goes to jsii.
    A package in a temporary file is loaded the usual way (:func:`is_temporary`). A failed load
    raises when the answers are read.
    """
    if not _installed:
        yield
        return
    from jsii._runtime import kernel

    jsii_provider = kernel.provider
    pipeline = _PipelinedLoads(jsii_provider)
    kernel.provider = pipeline
    try:
        yield
    finally:
        kernel.provider = jsii_provider
        pipeline.read_answers()


def load_request_line(request) -> bytes:
    """A ``LoadRequest`` as jsii writes it to the kernel: one JSON line."""
    return json.dumps({"api": "load", "name": request.name, "version": request.version,
                       "tarball": request.tarball}).encode() + b"\n"


_temporary_packages: set[str] = set()


@contextmanager
def temporary_package(data: bytes, prefix: str = "") -> Iterator[str]:
    """The path of a package file holding ``data`` for one load, removed when the block ends:
    for a package put together here (e.g. :mod:`.manifest_text`), which is nowhere on disk.
    While it exists, :func:`is_temporary` knows it for what it is."""
    handle, path = tempfile.mkstemp(prefix=prefix, suffix=".tgz")
    path = os.path.abspath(path)
    try:
        with os.fdopen(handle, "wb") as package:
            package.write(data)
        _temporary_packages.add(path)
        yield path
    finally:
        _temporary_packages.discard(path)
        os.unlink(path)


def is_temporary(path: str) -> bool:
    """Whether an assembly's package is a file :func:`temporary_package` wrote: one that is
    deleted as soon as its load returns, so it can be neither loaded later nor recorded by its
    path. Where a file lies says nothing of this (a checkout or its venv may well be in the
    temporary directory), so only the files written here count."""
    return os.path.abspath(path) in _temporary_packages


class _PipelinedLoads:
    """jsii's kernel provider, with loads written ahead of their answers (:func:`loads_pipelined`)."""

    def __init__(self, provider):
        self._provider = provider
        self._sent: list[str] = []

    def load(self, request):
        from jsii._kernel.types import LoadResponse

        if is_temporary(request.tarball):  # its loader may delete it once the load returns
            self.read_answers()
            return self._provider.load(request)
        process = self._provider._process  # started (and greeted) by jsii on first use
        process._process.stdin.write(load_request_line(request))
        process._process.stdin.flush()
        self._sent.append(request.name)
        return LoadResponse(assembly=request.name, types=0)  # as the recorded loads answer too

    def expect(self, names: list[str]) -> None:
        """Answers are due for loads of ``names`` written ahead by another process (e.g. the
        template of :mod:`.forked_workers`, to this process's node before it took it over)."""
        self._sent.extend(names)

    def read_answers(self) -> None:
        sent, self._sent = self._sent, []
        if not sent:
            return
        stdout = self._provider._process._process.stdout
        for name in sent:
            _expect_ok(stdout.readline(), f"load {name}")

    def __getattr__(self, name):
        self.read_answers()
        return getattr(self._provider, name)


def _delete(refs: list[str]) -> None:
    """Send the kernel a ``del`` request for each reference, in batches of :data:`RELEASE_BATCH`."""
    from jsii._runtime import kernel

    process = kernel.provider._process
    for start in range(0, len(refs), RELEASE_BATCH):
        batch = refs[start:start + RELEASE_BATCH]
        process._process.stdin.write(b"".join(
            json.dumps({"api": "del", "objref": {"$jsii.byref": ref}}).encode() + b"\n" for ref in batch))
        process._process.stdin.flush()
        for ref in batch:
            _expect_ok(process._process.stdout.readline(), f"release {ref}")


def _expect_ok(line: bytes, what: str) -> None:
    """Check one answer of the kernel's (``{"ok":...}``) without parsing it; raise with its error."""
    if not line.startswith(b'{"ok":'):
        answer = json.loads(line) if line.strip() else {"error": "no answer"}
        raise RuntimeError(f"the jsii kernel did not {what}: {answer.get('error', answer)}")


def install_struct_fastpath() -> None:
    """Send structs by their set fields, lists and maps without a second copy (see the module docstring)."""
    from jsii import _kernel
    from jsii._runtime import kernel

    if getattr(_kernel._make_reference_for_native, "__jsii_original__", None) is None:
        _kernel._make_reference_for_native = struct_fastpath(_kernel._make_reference_for_native)
    pass_wire_lists_as_they_are(kernel.provider._process._serializer)


def struct_fastpath(original):
    """jsii's ``_make_reference_for_native(kernel, value)`` (``original``) with plain structs,
    lists, maps and scalars converted here; everything else is left to ``original``."""

    def make_reference(kernel, value):
        kind = type(value)
        if kind in _SCALARS:
            return value
        if kind is dict:
            return WireDict({"$jsii.map": {key: make_reference(kernel, item) for key, item in value.items()}})
        if kind is list:
            return WireList([make_reference(kernel, item) for item in value])
        struct = struct_data(value)
        if struct is not None:
            fqn, fields = struct
            return WireDict({"$jsii.struct": {"fqn": fqn,
                                              "data": {name: make_reference(kernel, item) for name, item in fields}}})
        # Enums, jsii objects, other mappings and sequences, functions: jsii's way (once
        # installed, its recursion comes back here through the module attribute).
        return original(kernel, value)

    make_reference.__jsii_original__ = original
    return make_reference


def struct_data(value):
    """``(fqn, [(jsii field name, value), ...])`` of a generated struct: the fields it holds, in
    the order its class declares them. None if ``value`` is anything else (left to jsii)."""
    kind = type(value)
    fqn = getattr(kind, "__jsii_type__", None)
    mapping = getattr(kind, "__jsii_name_mapping__", None)
    if fqn is None or mapping is None:
        return None
    values = getattr(value, "__dict__", {}).get("_values")
    if type(values) is not dict or not values.keys() <= mapping.keys():
        return None
    return fqn, [(jsii_name, values[name]) for name, jsii_name in mapping.items() if name in values]


class WireList(list):
    """A list already in the form jsii puts on the wire."""


class WireDict(dict):
    """A map or struct already in the form jsii puts on the wire."""


def pass_wire_lists_as_they_are(converter) -> None:
    """Have jsii's request encoder (a cattrs converter) keep :class:`WireList` and
    :class:`WireDict` values as they are."""
    converter.register_unstructure_hook(WireList, _as_is)
    converter.register_unstructure_hook(WireDict, _as_is)


def _as_is(value):
    return value


KERNEL_PATCHES = [
    # computeSerializationType checks that it was given type information with an assertion whose
    # message, the value formatted by util.inspect, was built on every call (most calls miss
    # the kernel's cache: their type reference is a fresh object): now only when it fails.
    ("(0,B.default)(null!=e,`Kernel error: expected type information, got ${(0,K.inspect)(e)}`)",
     "null!=e||(0,B.default)(!1,`Kernel error: expected type information, got ${(0,K.inspect)(e)}`)"),
]
"""Edits of the kernel's ``lib/program.js`` (jsii :data:`JSII_VERSION`) that change its cost, not
what it does: each applies where its text occurs exactly once (else the file is left as it is)."""


def patch_kernel(path: str) -> int:
    """Apply :data:`KERNEL_PATCHES` to the kernel at ``path``; how many applied."""
    with open(path, encoding="utf-8") as source:
        text = source.read()
    applied = 0
    for old, new in KERNEL_PATCHES:
        if text.count(old) == 1:
            text = text.replace(old, new)
            applied += 1
    if applied:
        with open(path, "w", encoding="utf-8") as target:
            target.write(text)
    return applied


def use_direct_runtime() -> None:
    """Have jsii run node on ``direct-runtime.js`` (unless ``JSII_RUNTIME`` is set already).

    The script sits next to jsii's own runtime files (``lib/program.js``, the kernel, and what
    it loads from its directory), copied as jsii copies them when it starts, into a directory
    removed when this process exits; worker processes inherit the setting and use the same
    directory while this process lives."""
    if os.environ.get(RUNTIME_VARIABLE):
        return
    embedded = os.path.join(_jsii_directory(), "_embedded", "jsii")
    directory = tempfile.mkdtemp(prefix="cluster-vsphere-jsii-")
    atexit.register(shutil.rmtree, directory, True)
    for name in os.listdir(embedded):
        folder, separator, file_name = name.partition("__")  # jsii's names: lib__program.js is lib/program.js
        if not separator or not folder:
            continue
        os.makedirs(os.path.join(directory, folder), exist_ok=True)
        shutil.copyfile(os.path.join(embedded, name), os.path.join(directory, folder, file_name))
    patch_kernel(os.path.join(directory, "lib", "program.js"))
    script = os.path.join(directory, "bin", "direct-runtime.js")
    os.makedirs(os.path.dirname(script), exist_ok=True)
    shutil.copyfile(_DIRECT_RUNTIME, script)
    os.environ[RUNTIME_VARIABLE] = script
    # The relay starts the kernel with --preserve-symlinks (the assemblies it unpacks are linked
    # into one node_modules); node reads the same setting from the environment.
    os.environ["NODE_PRESERVE_SYMLINKS"] = "1"
