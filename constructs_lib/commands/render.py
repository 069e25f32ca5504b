"""``render``: the chart's command. One chart values file in, the objects ``helm template`` of
cluster-vsphere 0.9.7 prints out, in the chart's shape (release name and namespace as Helm takes
them; Secrets without a namespace, as Helm fills it in when it applies them).

No cluster file, no ``deployment`` section and no declared releases: what Helm took from its
command line comes from ours (``--name``, ``--namespace``, ``--api-versions``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ..config import ConfigError, load_values_file
from ..config.cluster_file import IPAM_API, cluster_name_errors


@dataclass
class RenderResult:
    """The manifest stream (``None`` when anything was wrong), every error, every warning."""

    text: Optional[str] = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def render_values_file(path: str, name: str = "test", namespace: str = "default",
                       api_versions: tuple[str, ...] | list[str] = ()) -> RenderResult:
    """What ``helm template NAME cluster-vsphere -f PATH -n NAMESPACE --api-versions ...`` prints."""
    name_errors = cluster_name_errors(name, path, origin="--name")
    try:
        loaded = load_values_file(path)
    except ConfigError as exc:
        return RenderResult(errors=[str(e) for e in name_errors + exc.errors])
    if name_errors:
        return RenderResult(errors=[str(e) for e in name_errors])
    from ..constructs.cluster import VsphereClusterProps  # starts the jsii runtime: only for valid input
    from ..constructs.manifest_yaml import dump_documents
    from .synth import build_error, synth_documents

    # No releases declared, as with Helm: the chart's API versions, whatever Kubernetes version.
    props = VsphereClusterProps(name=name, values=loaded.values, namespace=namespace,
                                ipam_api_available=IPAM_API in api_versions, management_cluster=None)
    try:
        documents = synth_documents(props)
    except ConfigError as exc:  # e.g. a --namespace that is no DNS label
        return RenderResult(errors=[str(e) for e in exc.errors], warnings=list(loaded.warnings))
    except Exception as exc:  # never a traceback for input problems
        return RenderResult(errors=[build_error(path, exc)], warnings=list(loaded.warnings))
    return RenderResult(dump_documents(documents), warnings=list(loaded.warnings))
