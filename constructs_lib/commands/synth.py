"""From cluster files to manifests, in memory: the shared core of render, synth and validate."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from ..config.cluster_file import ClusterFile, load_cluster_file
from .fleet import cluster_files
from ..config import ConfigError
from ..config.releases import ManagementCluster, schema_era
from ..crd import validate_documents
from ..constructs.manifest_yaml import dump_documents
from .output import MANIFEST_SUFFIX

if TYPE_CHECKING:
    from cdk8s import App

    from ..constructs.cluster import VsphereClusterProps

# The jsii runtime (node, cdk8s and the imported classes) is imported where a cluster is built,
# not here: a fleet synthesized by worker processes never starts it in the coordinating process.


def props_for(cluster: ClusterFile) -> VsphereClusterProps:
    """The props of a loaded cluster file (:meth:`VsphereClusterProps.from_cluster`)."""
    from ..constructs.cluster import VsphereClusterProps

    return VsphereClusterProps.from_cluster(cluster)


def synth_documents(props: VsphereClusterProps, app: App | None = None) -> list[dict]:
    """The manifests of one cluster, as plain mappings in emission order."""
    from cdk8s import App

    from ..constructs.cluster import VsphereClusterChart
    from ..runtime.jsii_fastpath import apply_if_installed
    from ..runtime.manifest_text import chart_documents, install
    from ..runtime.pipelined_creates import creates_pipelined

    apply_if_installed()  # the commands' shortcuts through jsii (same output)
    install()
    app = app or App()
    with creates_pipelined():
        chart = VsphereClusterChart(app, props.name, props)
        return chart_documents(chart)


def release_problems(documents: list[dict], management_cluster: ManagementCluster) -> list[str]:
    """Every problem of ``documents`` judged as the declared releases' API servers would: each
    object against the CRD schemas of its group's era, and an API version they do not serve."""
    return validate_documents(documents, era=partial(schema_era, management_cluster),
                              served=management_cluster.served_api_versions())


def releases_line(management_cluster: ManagementCluster) -> str:
    """The header line naming the releases a manifest file was synthesized for (``validate
    --manifests`` judges the file by them)."""
    mc = management_cluster
    return f"# Releases: clusterApi={mc.cluster_api}, capv={mc.capv}, flux={mc.flux}\n"


def manifest_text(cluster: ClusterFile, documents: list[dict]) -> str:
    header = (f"# Cluster {cluster.name}: synthesized from {Path(cluster.source).name} by "
              f"`python main.py`; do not edit.\n") + releases_line(cluster.deployment.management_cluster)
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


def _shared(value, strings: dict):
    """``value`` with equal strings replaced by one instance of each.

    The clusters of a fleet repeat the same scripts, files and keys; a fleet's documents stay in
    memory until the output is written, and sharing their strings keeps that small.
    """
    cls = value.__class__
    if cls is str:
        return strings.setdefault(value, value)
    if cls is dict:
        return {strings.setdefault(k, k) if k.__class__ is str else k: _shared(v, strings)
                for k, v in value.items()}
    if cls is list:
        return [_shared(v, strings) for v in value]
    return value


@dataclass
class ClusterOutput:
    """What one cluster file became: its documents and manifest text, or its errors."""

    documents: Optional[list[dict]] = None
    text: Optional[str] = None
    errors: list[str] = field(default_factory=list)


def synth_cluster(cluster: ClusterFile, app: App | None = None, validate: bool = True) -> ClusterOutput:
    """Build one loaded cluster file; never raises for bad input. With ``validate`` every
    object is checked against its CRD schema (a problem there means a bug or a value the config
    checks let through, and is an error of the cluster)."""
    try:
        documents = synth_documents(props_for(cluster), app)
    except Exception as exc:  # a construct or jsii failure must not surface as a traceback
        return ClusterOutput(errors=[build_error(cluster.source, exc)])
    if validate:
        problems = release_problems(documents, cluster.deployment.management_cluster)
        if problems:
            return ClusterOutput(errors=[f"{cluster.source}: cluster {cluster.name}: {p}" for p in problems])
    return ClusterOutput(documents, manifest_text(cluster, documents))


def synth_released(cluster: ClusterFile, validate: bool = True) -> ClusterOutput:
    """:func:`synth_cluster` in an App of its own, after which the commands' jsii runtime
    forgets every object made for it (:func:`~.jsii_fastpath.objects_released`): a process
    that builds a whole fleet neither grows nor slows down cluster after cluster."""
    from cdk8s import App

    from ..runtime.jsii_fastpath import objects_released

    with objects_released():
        return synth_cluster(cluster, App(), validate)


def synth_fleet(clusters_dir: Path, display_dir: str | None = None, progress=None,
                validate: bool = True, loaded: dict[str, ClusterFile] | None = None,
                jobs: int | None = 1, pool=None) -> FleetResult:
    """Load and synthesize every cluster file of ``clusters_dir``; never raises for bad input.

    With ``validate`` every object is checked against its CRD schema. ``loaded`` (displayed
    source -> cluster, from :func:`~.cluster_file.load_fleet`) spares a second load. ``jobs``
    is the number of worker processes (:mod:`.workers`); ``None`` picks one per CPU for fleets
    large enough to gain from it; 1 builds every cluster in this process. ``pool``: workers
    started already (``jobs`` is then ignored). The result does not depend on either. Two
    objects with the same identity (in one cluster or across clusters) are an error: Flux
    cannot apply both.
    """
    from ..runtime.workers import worker_count

    result = FleetResult()
    clusters: list[ClusterFile] = []
    for path in cluster_files(clusters_dir):
        display = f"{display_dir}/{path.name}" if display_dir else str(path)
        try:
            clusters.append((loaded or {}).get(display) or load_cluster_file(path, display))
        except ConfigError as exc:
            result.errors.extend(str(error) for error in exc.errors)
    strings: dict[str, str] = {}
    outputs: list[Optional[ClusterOutput]] = [None] * len(clusters)

    def keep(position: int, output: ClusterOutput) -> None:
        # Shared as each cluster arrives: a fleet's documents stay in memory until written.
        if output.documents is not None:
            output.documents = _shared(output.documents, strings)
        outputs[position] = output

    if pool is None and (workers := worker_count(jobs, len(clusters))) > 1:
        pool = worker_pool(workers)
    if pool is not None:
        def failed(position: int, detail: str) -> None:
            keep(position, ClusterOutput(errors=[
                f"{clusters[position].source}: cannot be synthesized: a worker process failed ({detail})"]))

        def reported(done: int, total: int, position: int) -> None:
            if progress:
                progress(done, total, clusters[position].source)

        pool.run(clusters, partial(synth_released, validate=validate), keep, failed, reported)
    else:
        _synth_here(clusters, validate, keep, progress)
    for cluster, output in zip(clusters, outputs):
        result.warnings.extend(cluster.warnings)
        if output.errors:
            result.errors.extend(output.errors)
            continue
        result.clusters.append(cluster)
        result.documents[cluster.name] = output.documents
        result.files[cluster.name + MANIFEST_SUFFIX] = output.text
    result.errors.extend(identity_collisions(result.clusters, result.documents))
    return result


def worker_pool(workers: int):
    """Worker processes (:mod:`constructs_lib.runtime.workers`) ready to run :func:`synth_released`."""
    from ..runtime.workers import WorkerPool

    return WorkerPool(workers, preload=(__name__,))


def _synth_here(clusters: list[ClusterFile], validate: bool, keep, progress) -> None:
    """Every cluster built in this process (the jsii runtime starts here unless a command
    started it already)."""
    for position, cluster in enumerate(clusters):
        if progress:
            progress(position + 1, len(clusters), cluster.source)
        keep(position, synth_released(cluster, validate))


def identity_collisions(clusters: list[ClusterFile], documents: dict[str, list[dict]]) -> list[str]:
    """Objects emitted twice (same API group, kind, namespace and name), e.g. cluster ``a`` with
    pool ``b-c`` and cluster ``a-b`` with pool ``c`` in one namespace."""
    owners: dict[tuple, ClusterFile] = {}
    errors = []
    for cluster in clusters:
        for document in documents.get(cluster.name, []):
            metadata = document.get("metadata") or {}
            group = str(document.get("apiVersion", "")).rpartition("/")[0]
            key = (group, document.get("kind"), metadata.get("namespace"), metadata.get("name"))
            if key not in owners:
                owners[key] = cluster
                continue
            other = owners[key]
            what = "is emitted twice" if other is cluster else \
                f"is also emitted by cluster {other.name!r} ({other.source})"
            errors.append(f"{cluster.source}: {key[1]} {key[2]}/{key[3]} {what}: rename a node pool "
                          "or a cluster so that object names differ")
    return errors
