"""Manifest streams: stable YAML emission and the atomic write of an output directory."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import yaml

try:  # the C emitter is several times faster; fall back to the pure-Python one
    _BaseDumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - libyaml missing
    _BaseDumper = yaml.SafeDumper

MANIFEST_SUFFIX = ".k8s.yaml"


class _ManifestDumper(_BaseDumper):
    """Block-style YAML; multi-line strings as literal blocks so embedded files stay readable."""


def _represent_str(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_ManifestDumper.add_representer(str, _represent_str)


def dump_documents(documents: list[dict]) -> str:
    """One multi-document YAML stream, each document introduced by ``---``."""
    return yaml.dump_all(documents, Dumper=_ManifestDumper, sort_keys=False, default_flow_style=False,
                         allow_unicode=True, width=1 << 20, explicit_start=True)


def load_documents(text: str) -> list[dict]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return [doc for doc in yaml.load_all(text, Loader=loader) if doc]


def write_directory_atomically(out_dir: Path, files: dict[str, str]) -> None:
    """Make ``out_dir`` hold exactly ``files`` (name -> text), all or nothing.

    The new content is written to a sibling directory first and swapped in with renames, so a
    reader (or a failure half-way) never sees a mix of old and new manifests. Files in
    ``out_dir`` that are not manifests (e.g. a README) are carried over.
    """
    out_dir = Path(out_dir)
    parent = out_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=parent))
    try:
        if out_dir.is_dir():
            for entry in out_dir.iterdir():
                if entry.is_file() and not entry.name.endswith(MANIFEST_SUFFIX):
                    shutil.copy2(entry, staging / entry.name)
        for name, text in sorted(files.items()):
            with open(staging / name, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        os.chmod(staging, 0o755)
        if out_dir.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=parent))
            os.rename(out_dir, retired / "dir")
            os.rename(staging, out_dir)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.rename(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
