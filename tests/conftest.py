"""Shared fixtures: the project root, the example clusters and a scratch copy of them."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

ROOT = Path(__file__).resolve().parents[1]
CLUSTERS = ROOT / "clusters"
DIST = ROOT / "dist"


@pytest.fixture
def clusters_copy(tmp_path: Path) -> Path:
    """A writable copy of clusters/."""
    target = tmp_path / "clusters"
    shutil.copytree(CLUSTERS, target)
    return target


def copies_of_the_examples(target: Path, suffixes: tuple[str, ...]) -> Path:
    """``target`` holding each example cluster once per suffix (``alpha``, ``alpha-two``, ...)."""
    target.mkdir(parents=True, exist_ok=True)
    for path in sorted(CLUSTERS.glob("*.yaml")):
        for suffix in suffixes:
            shutil.copy(path, target / f"{path.stem}{suffix}.yaml")
    return target


def tree(directory: Path) -> dict[str, bytes]:
    """Every file below ``directory`` (relative path -> bytes)."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}
