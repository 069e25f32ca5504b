"""From cluster files to manifests, in memory: the shared core of render, synth and validate."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cdk8s import App

from .cluster import VsphereClusterChart, VsphereClusterProps
from .cluster_file import ClusterFile, cluster_files, load_cluster_file
from .config import ConfigError
from .crd import validate_documents
from .output import MANIFEST_SUFFIX, dump_documents


def props_for(cluster: ClusterFile) -> VsphereClusterProps:
    d = cluster.deployment
    return VsphereClusterProps(
        name=cluster.name, values=cluster.values, namespace=d.namespace,
        ipam_api_available=d.ipam_api_available, cleanup_on_delete=d.cleanup_on_delete,
        job_network_policies=d.job_network_policies, namespaced_secrets=True,
        credentials_secret_name=cluster.credentials_secret_name)


def synth_documents(props: VsphereClusterProps, app: App | None = None) -> list[dict]:
    """The manifests of one cluster, as plain mappings in emission order."""
    app = app or App()
    chart = VsphereClusterChart(app, props.name, props)
    return list(chart.to_json())


def manifest_text(cluster: ClusterFile, documents: list[dict]) -> str:
    header = (f"# Cluster {cluster.name}: synthesized from {Path(cluster.source).name} by "
              f"`python main.py`; do not edit.\n")
    return header + dump_documents(documents)


@dataclass
class FleetResult:
    """Output files (name -> text) of every cluster that synthesized, and the problems of the rest."""

    files: dict[str, str] = field(default_factory=dict)
    documents: dict[str, list[dict]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    clusters: list[ClusterFile] = field(default_factory=list)


def build_error(source: str, exc: Exception) -> str:
    """A one-line message for an unexpected failure while building a cluster (no traceback)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return f"{source}: cannot be synthesized: {text}"


def synth_fleet(clusters_dir: Path, display_dir: str | None = None, progress=None,
                validate: bool = True) -> FleetResult:
    """Load and synthesize every cluster file of ``clusters_dir``; never raises for bad input.

    With ``validate`` every object is checked against its CRD schema; a problem there is an
    error of the cluster (it means a bug or a value the config checks let through).
    """
    result = FleetResult()
    paths = cluster_files(clusters_dir)
    app = App()
    for index, path in enumerate(paths, 1):
        display = f"{display_dir}/{path.name}" if display_dir else str(path)
        if progress:
            progress(index, len(paths), display)
        try:
            cluster = load_cluster_file(path, display)
        except ConfigError as exc:
            result.errors.extend(str(error) for error in exc.errors)
            continue
        result.warnings.extend(cluster.warnings)
        try:
            documents = synth_documents(props_for(cluster), app)
        except Exception as exc:  # a construct or jsii failure must not surface as a traceback
            result.errors.append(build_error(display, exc))
            continue
        if validate:
            problems = validate_documents(documents)
            if problems:
                result.errors.extend(f"{display}: cluster {cluster.name}: {p}" for p in problems)
                continue
        result.clusters.append(cluster)
        result.documents[cluster.name] = documents
        result.files[cluster.name + MANIFEST_SUFFIX] = manifest_text(cluster, documents)
    return result
