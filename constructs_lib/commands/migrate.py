"""``migrate``: a chart values file becomes a cluster file; the chart's output is compared with ours.

The cluster file keeps only what differs from the chart's defaults, in the order of the chart's
values.yaml, so that it reads as the cluster's own settings. Keys the chart ignores are dropped
with a comment. The ``deployment`` section carries what Helm took from its command line
(namespace, ``--api-versions``), the credential choice, ``defaults: chart`` (the values stay
merged onto the chart's values.yaml, see docs/defaults.md), and the releases of the chart's time
(:data:`~constructs_lib.config.releases.CHART_ERA`) as the management cluster's (see
:func:`migration_releases`): with them and the capabilities list written out (also when empty),
switching from the chart changes no object.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..config import ClusterValues, LoadResult
from ..config.releases import (CAPV_CLUSTER_API, CHART_ERA, CLUSTER_API_WORKLOAD_KUBERNETES, ManagementCluster,
                               kubernetes_version_errors, minor_of)
from ..config.spec import IGNORED_CHART_KEYS
from .plan import field_changes

_CAPABILITIES = re.compile(r"^#\s*capabilities:\s*(\S+)\s*$", re.MULTILINE)
HELM_ONLY_LABELS = ("helm.sh/chart", "app.kubernetes.io/managed-by")
HELM_ONLY_ANNOTATION_PREFIX = "helm.sh/"


def capabilities_of(values_text: str) -> list[str]:
    """API versions named by a ``# capabilities: a,b`` comment line (as passed to ``--api-versions``)."""
    match = _CAPABILITIES.search(values_text)
    return [v for v in match.group(1).split(",") if v] if match else []


def values_delta(current: Any, defaults: Any) -> Any:
    """The part of ``current`` that differs from ``defaults`` (``None`` marks a removed default)."""
    if isinstance(current, dict) and isinstance(defaults, dict):
        out = {}
        for key, value in current.items():
            if key not in defaults:
                out[key] = value
            elif value != defaults[key]:
                out[key] = values_delta(value, defaults[key])
        for key in defaults:
            if key not in current:
                out[key] = None
        return out
    return current


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(str, lambda d, v: d.represent_scalar(
    "tag:yaml.org,2002:str", v, style="|" if "\n" in v else None))


def _dump(data: dict) -> str:
    return yaml.dump(data, Dumper=_Dumper, sort_keys=False, default_flow_style=False, allow_unicode=True,
                     width=100)


def migration_releases(kubernetes_version: str) -> ManagementCluster:
    """The releases a migrated file declares: those of the chart's time (:data:`CHART_ERA`). A
    cluster whose Kubernetes version their Cluster API does not manage was run by another one:
    then the known Cluster API release nearest to the chart's that manages it, with the CAPV
    release built for it, and still the chart's Flux: every known Cluster API and CAPV release
    serves the ``v1beta1`` objects the chart made, and Flux 2.2 its HelmReleases and
    HelmRepositories."""
    if not kubernetes_version_errors(CHART_ERA, kubernetes_version, ""):
        return CHART_ERA
    chart_minor = minor_of(CHART_ERA.cluster_api)[1]
    for cluster_api in sorted(CLUSTER_API_WORKLOAD_KUBERNETES, key=lambda m: abs(m[1] - chart_minor)):
        capv = max((c for c, (lowest, highest) in CAPV_CLUSTER_API.items()
                    if lowest <= cluster_api and (highest is None or cluster_api <= highest)),
                   key=lambda c: CAPV_CLUSTER_API[c][0])  # the one built for the nearest Cluster API
        releases = ManagementCluster(cluster_api="%d.%d" % cluster_api, capv="%d.%d" % capv, flux=CHART_ERA.flux)
        if not kubernetes_version_errors(releases, kubernetes_version, ""):
            return releases
    return CHART_ERA  # no known release manages it: loading the file says so


def cluster_file_text(name: str, loaded: LoadResult, namespace: str = "default",
                      api_versions: list[str] | None = None) -> str:
    """The text of ``clusters/NAME.yaml`` for the values of ``loaded``."""
    values: ClusterValues = loaded.values
    delta = values_delta(values.to_values_dict(), ClusterValues.defaults().to_values_dict())
    lines = [f"# Cluster {name}, migrated from a values file of the chart cluster-vsphere 0.9.7.",
             "# Only the settings that differ from the chart's defaults are kept."]
    for path, value in sorted(loaded.ignored.items()):
        lines.append(f"# Dropped {path} (was {value!r}): {IGNORED_CHART_KEYS[path]}.")
    releases = migration_releases(values.cluster.kubernetes_version)
    if releases == CHART_ERA:
        lines.append("# deployment.managementCluster: the releases of the chart's time, which keep the chart's "
                     "objects;")
    else:
        lines.append(f"# deployment.managementCluster: the chart's Flux {releases.flux}, which keeps the chart's "
                     f"objects, and Cluster API {releases.cluster_api},")
        lines.append(f"# which manages Kubernetes {values.cluster.kubernetes_version} (the chart's time's "
                     f"{CHART_ERA.cluster_api} does not);")
    lines.append("# raise them to those your management cluster runs (see README), then review with plan.")
    lines.append("# deployment.defaults: chart -- the values are merged onto the chart's values.yaml (Giant Swarm's")
    lines.append("# defaults) as with Helm; `validate` lists those still in effect (docs/defaults.md).")
    deployment: dict[str, Any] = {}
    if namespace != "default":
        deployment["namespace"] = namespace
    deployment["managementCluster"] = {"clusterApi": releases.cluster_api, "capv": releases.capv,
                                       "flux": releases.flux}
    deployment["apiVersions"] = list(api_versions or ())  # as given to Helm, also when none
    deployment["defaults"] = "chart"  # merged onto the chart's values.yaml, as with Helm (docs/defaults.md)
    plaintext = bool(values.vcenter.password) or any(
        m.credentials and (m.credentials.password or m.credentials.auth or m.credentials.identitytoken)
        for mirrors in values.connectivity.container_registries.values() for m in mirrors)
    if plaintext:
        lines.append("# This file holds credentials in plaintext, as the values file did. Move the vCenter")
        lines.append("# credentials into a Secret (deployment.vcenterCredentialsSecret, see README) and")
        lines.append("# remove allowPlaintextCredentials before committing it.")
        deployment["allowPlaintextCredentials"] = True
    else:
        lines.append(f"# vCenter credentials are read from the existing Secret {name}-credentials.")
    text = "\n".join(lines) + "\n" + _dump({"deployment": deployment})
    return text + (_dump(delta) if delta else "")


# --- comparison with the chart's output -------------------------------------------------------

@dataclass
class ObjectComparison:
    kind: str
    name: str
    status: str  # "same", "differs", "only-chart", "only-ours"
    paths: list[str] = field(default_factory=list)


def _without_helm_metadata(doc: dict, namespace: str) -> dict:
    doc = yaml.safe_load(yaml.safe_dump(doc))
    meta = doc.setdefault("metadata", {})
    meta.setdefault("namespace", namespace)
    for key in ("labels", "annotations"):
        entries = meta.get(key) or {}
        for k in list(entries):
            if k in HELM_ONLY_LABELS or k.startswith(HELM_ONLY_ANNOTATION_PREFIX):
                del entries[k]
        if key in meta and not entries:
            del meta[key]
    return doc


def _helm_hook(doc: dict) -> bool:
    return "helm.sh/hook" in ((doc.get("metadata") or {}).get("annotations") or {})


def compare_with_chart(chart_docs: list[dict], our_docs: list[dict], namespace: str) -> list[ObjectComparison]:
    chart = {(d["kind"], d["metadata"]["name"]): _without_helm_metadata(d, namespace) for d in chart_docs}
    ours = {(d["kind"], d["metadata"]["name"]): _without_helm_metadata(d, namespace) for d in our_docs}
    out = []
    for key, doc in chart.items():
        if key not in ours:
            out.append(ObjectComparison(*key, "only-chart"))
            continue
        paths = [c.path for c in field_changes(doc, ours[key])]
        out.append(ObjectComparison(*key, "differs" if paths else "same", paths))
    out += [ObjectComparison(*key, "only-ours") for key in ours if key not in chart]
    return out


def rollout_report(comparisons: list[ObjectComparison]) -> list[str]:
    """What would roll when Flux applies our objects in place of the chart's."""
    notes = []
    by_kind: dict[str, list[ObjectComparison]] = {}
    for c in comparisons:
        by_kind.setdefault(c.kind, []).append(c)
    for c in by_kind.get("VSphereMachineTemplate", []):
        if c.status == "only-ours":
            notes.append(f"VSphereMachineTemplate {c.name} is new: the machines of its class roll")
    for c in by_kind.get("KubeadmControlPlane", []):
        if c.status == "differs" and any(p.startswith(("spec.version", "spec.machineTemplate", "spec.kubeadmConfigSpec"))
                                         for p in c.paths):
            notes.append(f"KubeadmControlPlane {c.name} changes ({', '.join(c.paths[:3])}...): "
                         "the control-plane machines roll")
    for c in by_kind.get("MachineDeployment", []):
        if c.status == "differs" and any(p.startswith("spec.template.spec") for p in c.paths):
            notes.append(f"MachineDeployment {c.name} changes its machine template "
                         f"({', '.join(c.paths[:3])}): its machines roll")
    return notes


def format_comparison(comparisons: list[ObjectComparison]) -> str:
    marks = {"same": "=", "differs": "~", "only-chart": "-", "only-ours": "+"}
    lines = []
    for c in comparisons:
        lines.append(f"  {marks[c.status]} {c.kind} {c.name}" + {
            "same": "", "differs": f": {len(c.paths)} field(s) differ", "only-chart": ": only in the chart's output",
            "only-ours": ": only in ours"}[c.status])
        lines += [f"      {p}" for p in c.paths[:12]]
        if len(c.paths) > 12:
            lines.append(f"      ... and {len(c.paths) - 12} more")
    same = sum(c.status == "same" for c in comparisons)
    lines.append(f"{same} of {len(comparisons)} objects identical.")
    return "\n".join(lines) + "\n"
