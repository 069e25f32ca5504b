"""Test support: the reference chart rendered by the real Helm engine, and the parity measure.

Both come from ``../shared`` (the chart, ``tools/render_chart.py`` and
``tools/manifest_parity.py``), which sits beside the project in development and CI.
"""
from __future__ import annotations

import importlib.util
import sys
from functools import lru_cache
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "reference"
IGNORE_SHELL_SCRIPTS = REFERENCE / "ignore-shell-scripts.example.yaml"


def _load_tool(name: str):
    path = SHARED / "tools" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"shared_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@lru_cache(maxsize=None)
def render_tool():
    return _load_tool("render_chart")


@lru_cache(maxsize=None)
def parity_tool():
    return _load_tool("manifest_parity")


def helm_render(values_text: str, name: str = "test", namespace: str = "default") -> str:
    """The multi-document stream ``helm template`` prints for the chart."""
    rendered = render_tool().render(values_text, name=name, namespace=namespace)
    return "".join(f"---\n# Source: {path}\n{body}\n" for path, body in sorted(rendered.items()) if body.strip())


def parity(reference_text: str, candidate_text: str, tmp_path: Path, unhash=("KubeadmConfigTemplate",),
           ignore_file: Path | None = IGNORE_SHELL_SCRIPTS, exclude_kinds=()) -> dict:
    """Run the parity tool; returns matched/total resources and equal/total fields, plus its report."""
    import contextlib
    import io

    ref, cand = tmp_path / "reference.yaml", tmp_path / "candidate.yaml"
    ref.write_text(_without_kinds(reference_text, exclude_kinds))
    cand.write_text(_without_kinds(candidate_text, exclude_kinds))
    args = [str(ref), str(cand), "--verbose"]
    if ignore_file:
        args += ["--ignore-file", str(ignore_file)]
    for kind in unhash:
        args += ["--unhash", kind]
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        parity_tool().main(args)
    report = out.getvalue()
    last = report.strip().splitlines()[-1]
    # "parity: resources M/N, fields E/T (P%)"
    resources, fields = last.split("resources ")[1].split(", fields ")
    matched, total = (int(x) for x in resources.split("/"))
    equal, leaves = (int(x) for x in fields.split(" ")[0].split("/"))
    return {"matched": matched, "resources": total, "equal": equal, "fields": leaves,
            "percent": 100.0 * equal / leaves if leaves else 100.0, "report": report}


def _without_kinds(text: str, kinds) -> str:
    if not kinds:
        return text
    docs = [d for d in yaml.safe_load_all(text) if d and d.get("kind") not in kinds]
    return yaml.safe_dump_all(docs, sort_keys=False)
