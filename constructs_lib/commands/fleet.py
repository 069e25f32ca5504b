"""A directory of cluster files (``clusters/``): listed in name order and loaded all at once."""
from __future__ import annotations

from pathlib import Path

from ..config import ConfigError, FieldError
from ..config.cluster_file import ClusterFile, cluster_name_of, load_cluster_file


def cluster_files(directory: Path) -> list[Path]:
    """The cluster files of a directory, in name order (hidden files skipped)."""
    return sorted(p for p in Path(directory).iterdir()
                  if p.is_file() and p.suffix in (".yaml", ".yml") and not p.name.startswith("."))


def load_fleet(directory: Path, display_dir: str | None = None) -> tuple[list[ClusterFile], list[str], list[str]]:
    """Load every cluster file of ``directory``: (clusters, errors, warnings), every problem of
    every file; pure Python, so bad input is reported before any cluster is built (the commands
    start the jsii runtime meanwhile, in a thread or in worker processes)."""
    clusters, errors, warnings, seen = [], [], [], {}
    for path in cluster_files(directory):
        display = f"{display_dir}/{path.name}" if display_dir else str(path)
        name = cluster_name_of(path)
        duplicate = name in seen
        if duplicate:
            errors.append(str(FieldError(display, "", f"declares the cluster {name!r} a second time", "",
                                         f"one file per cluster ({seen[name]} declares it too); remove one")))
        seen.setdefault(name, display)
        try:
            cluster = load_cluster_file(path, display)
        except ConfigError as exc:
            errors.extend(str(error) for error in exc.errors)
            continue
        if duplicate:
            continue
        clusters.append(cluster)
        warnings.extend(cluster.warnings)
    return clusters, errors, warnings
