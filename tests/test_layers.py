"""The package's layers and the direction of their imports.

``constructs_lib`` is four layers over two leaves: the commands use the runtime, the runtime
uses the constructs, the constructs use the values model (``config``), and everything may use
the CRD schemas (``crd``), the assets and the generated classes (``imports``). Every import
counts, also those made inside functions and through ``importlib.import_module``; no layer
imports one above it, and no module imports itself back through others.
"""
from __future__ import annotations

import ast
import graphlib
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "constructs_lib"
LAYERS = {"commands": 4, "runtime": 3, "constructs": 2, "config": 1, "crd": 0, "assets": 0, "imports": 0}
"""Rank of each subpackage: a module may import modules of its own rank or below."""


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "__pycache__" not in p.parts}


def imported(name: str, path: Path, known: set[str]) -> set[str]:
    """The package's modules that ``name`` imports, anywhere in its text."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()

    def add(target: str, names=()) -> None:
        submodules = {f"{target}.{member}" for member in names} & known
        found.update(submodules)  # ``from pkg import module`` imports the module
        if target in known and (not names or len(submodules) < len(names)):
            found.add(target)  # and the package only where a name is taken from it

    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            if node.level:
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            add(target, [alias.name for alias in node.names])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                add(alias.name)
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            add(node.args[0].value)
    found.discard(name)
    return found


def graph() -> dict[str, set[str]]:
    known = set(modules())
    return {name: imported(name, path, known) for name, path in modules().items()}


def layer(name: str):
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else None  # None: the package itself and __main__


def test_every_module_belongs_to_a_layer():
    loose = [name for name in modules() if layer(name) not in LAYERS and name not in (
        "constructs_lib", "constructs_lib.__main__")]
    assert loose == []


def test_no_layer_imports_one_above_it():
    upward = []
    for name, targets in graph().items():
        if layer(name) not in LAYERS:
            continue  # the package's front door composes every layer
        upward += [f"{name} -> {target}" for target in sorted(targets)
                   if layer(target) in LAYERS and LAYERS[layer(target)] > LAYERS[layer(name)]]
    assert upward == []


def test_no_import_cycle():
    graphlib.TopologicalSorter(graph()).prepare()  # raises CycleError naming the cycle


def test_the_check_sees_imports_inside_functions_and_import_module(tmp_path: Path):
    path = tmp_path / "probe.py"
    path.write_text("def f():\n    from ..commands import cli\n    import importlib\n"
                    "    importlib.import_module('constructs_lib.runtime.workers')\n")
    known = {"constructs_lib.commands", "constructs_lib.commands.cli", "constructs_lib.runtime.workers"}
    assert imported("constructs_lib.constructs.probe", path, known) == {
        "constructs_lib.commands.cli", "constructs_lib.runtime.workers"}


def test_a_cycle_is_noticed():
    with pytest.raises(graphlib.CycleError):
        graphlib.TopologicalSorter({"a": {"b"}, "b": {"c"}, "c": {"a"}}).prepare()
