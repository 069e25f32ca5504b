"""``validate --manifests``: any manifest files judged as the declared releases' API servers would.

The releases come from ``--management-cluster clusterApi=1.6,capv=1.9,flux=2.2``, else from a
file's own ``# Releases: ...`` line (every manifest file synth writes has one), else they are
today's (:data:`~constructs_lib.config.CURRENT`). Every problem of every object of every file is
reported, each naming the file, the object and the field.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml

from ..config.cluster_file import parse_management_cluster
from ..config.errors import FieldError
from ..config.releases import CURRENT, ManagementCluster
from .synth import release_problems

RELEASES_LINE = re.compile(r"^# Releases: (\S.*)$", re.M)
_SPEC_ITEM = re.compile(r"^\s*([A-Za-z]+)\s*=\s*(\S+?)\s*$")


def parse_releases(spec: str, source: str) -> tuple[Optional[ManagementCluster], list[FieldError]]:
    """``clusterApi=1.6,capv=1.9,flux=2.2`` (each part optional: today's release where missing)."""
    raw, errors = {}, []
    for item in (part for part in spec.split(",") if part.strip()):
        match = _SPEC_ITEM.match(item)
        if not match:
            errors.append(FieldError(source, "", f"has {item.strip()!r}", "",
                                     "comma-separated KEY=RELEASE, e.g. clusterApi=1.6,capv=1.9,flux=2.2"))
            continue
        raw[match.group(1)] = match.group(2)
    if errors:
        return None, errors
    management_cluster, errors = parse_management_cluster(raw, source)
    return (None if errors else management_cluster), errors


@dataclass
class ManifestCheck:
    """What ``validate --manifests`` found: objects judged, and every problem."""

    objects: int = 0
    errors: list[str] = field(default_factory=list)


def check_manifest_files(paths: list[str], declared: Optional[ManagementCluster] = None) -> ManifestCheck:
    """Every object of every file in ``paths`` against the CRDs of the releases (``declared``,
    else the file's ``# Releases:`` line, else today's)."""
    result = ManifestCheck()
    for path in paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            result.errors.append(f"{path}: cannot be read ({getattr(exc, 'strerror', None) or exc})")
            continue
        releases = declared
        if releases is None:
            releases = CURRENT
            line = RELEASES_LINE.search(text)
            if line:
                found, errors = parse_releases(line.group(1), f"{path}: # Releases")
                result.errors += [str(e) for e in errors]
                releases = found or CURRENT
        try:
            documents = [d for d in yaml.safe_load_all(text) if d is not None]
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            result.errors.append(f"{path}: is not a YAML manifest stream{where}: "
                                 f"{getattr(exc, 'problem', None) or exc}")
            continue
        objects = [d for d in documents if isinstance(d, dict)]
        result.errors += [f"{path}: document {i + 1}: is not a mapping (an object with apiVersion and kind)"
                          for i, d in enumerate(documents) if not isinstance(d, dict)]
        result.objects += len(objects)
        result.errors += [f"{path}: {problem}" for problem in release_problems(objects, releases)]
    return result
