"""A shorter way through the jsii runtime for the commands: the same values reach node.

Building a cluster hands a few hundred structs to node through jsii. For the jsii release this
project pins (:data:`JSII_VERSION`, and no other), the commands take two shortcuts:

* **Structs sent by the fields they hold** (:func:`install_struct_fastpath`). jsii's Python
  runtime reads a struct for the wire by calling the property of every field its class declares,
  set or not; each property evaluates its ``typing`` annotation again, and with thousands of
  generated types most of them miss ``typing``'s small cache. The shortcut reads the values the
  struct holds (what those properties return) and leaves unset fields out instead of sending
  them as null: the kernel drops a null optional field the same way, so node builds the same
  objects. Everything that is not a plain struct, list, map or scalar takes jsii's own path.
* **No relay process** (:func:`use_direct_runtime`). jsii starts node on a relay script that
  starts the kernel in a second node process and forwards its protocol channel (file descriptor
  3) to and from its own stdin and stdout, and the kernel's console output, wrapped, to stderr.
  ``direct-runtime.js`` runs the kernel in the one process: its channel reads stdin and writes
  stdout, and console output is wrapped the way the relay wraps it. Each call to node then crosses
  two pipes instead of four, and a runtime is one node process instead of two.

Both are set up by :func:`install` (the commands, and each worker process, before the runtime
starts); code that imports the library keeps jsii as it is. ``CLUSTER_VSPHERE_JSII_FASTPATH=0``
turns both off.
"""
from __future__ import annotations

import atexit
import importlib.metadata
import importlib.resources
import os
import shutil
import tempfile

JSII_VERSION = "1.142.0"
"""The jsii release whose runtime internals the shortcuts were written against and tested with."""

SWITCH_VARIABLE = "CLUSTER_VSPHERE_JSII_FASTPATH"
RUNTIME_VARIABLE = "JSII_RUNTIME"  # jsii's own setting: the script node runs as the runtime

_SCALARS = frozenset({str, int, float, bool, type(None)})


def enabled() -> bool:
    """Whether the shortcuts apply: the pinned jsii release is installed and they are not off."""
    if os.environ.get(SWITCH_VARIABLE) == "0":
        return False
    try:
        return importlib.metadata.version("jsii") == JSII_VERSION
    except importlib.metadata.PackageNotFoundError:
        return False


def install() -> bool:
    """Set up both shortcuts if :func:`enabled`; before the jsii runtime starts (the relay is
    chosen when node starts). Returns whether they were set up."""
    if not enabled():
        return False
    use_direct_runtime()
    install_struct_fastpath()
    return True


def install_struct_fastpath() -> None:
    """Send structs by their set fields (see the module docstring)."""
    from jsii import _kernel

    if getattr(_kernel._make_reference_for_native, "__jsii_original__", None) is None:
        _kernel._make_reference_for_native = struct_fastpath(_kernel._make_reference_for_native)


def struct_fastpath(original):
    """jsii's ``_make_reference_for_native(kernel, value)`` (``original``) with plain structs,
    lists, maps and scalars converted here; everything else is left to ``original``."""

    def make_reference(kernel, value):
        kind = type(value)
        if kind in _SCALARS:
            return value
        if kind is dict:
            return {"$jsii.map": {key: make_reference(kernel, item) for key, item in value.items()}}
        if kind is list:
            return [make_reference(kernel, item) for item in value]
        struct = struct_data(value)
        if struct is not None:
            fqn, fields = struct
            return {"$jsii.struct": {"fqn": fqn, "data": {name: make_reference(kernel, item) for name, item in fields}}}
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


def use_direct_runtime() -> None:
    """Have jsii run node on ``direct-runtime.js`` (unless ``JSII_RUNTIME`` is set already).

    The script sits next to jsii's own runtime files, copied as jsii copies them when it starts,
    into a directory removed when this process exits (worker processes inherit the setting and
    use the same directory while this process lives)."""
    if os.environ.get(RUNTIME_VARIABLE):
        return
    import jsii._embedded.jsii as embedded

    directory = tempfile.mkdtemp(prefix="cluster-vsphere-jsii-")
    atexit.register(shutil.rmtree, directory, True)
    package = importlib.resources.files(embedded)
    for resource, relative in embedded.EMBEDDED_FILES.items():
        target = os.path.join(directory, *relative.split("/"))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as out:
            out.write(package.joinpath(resource).read_bytes())
    script = os.path.join(directory, "bin", "direct-runtime.js")
    with open(script, "wb") as out:
        out.write(importlib.resources.files(__package__).joinpath("assets", "jsii", "direct-runtime.js").read_bytes())
    os.environ[RUNTIME_VARIABLE] = script
    # The relay starts the kernel with --preserve-symlinks (the assemblies it unpacks are linked
    # into one node_modules); node reads the same setting from the environment.
    os.environ["NODE_PRESERVE_SYMLINKS"] = "1"
