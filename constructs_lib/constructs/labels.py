"""The chart's labels and annotations, less the Helm-only ones."""
from __future__ import annotations

CHART_NAME = "cluster-vsphere"
#: The chart version these manifests reproduce; kept in labels so a migration changes nothing.
CHART_VERSION = "0.9.7"
TEAM = "rocket"
DESCRIPTION_ANNOTATION = "cluster.giantswarm.io/description"
CLUSTER_NAME_LABEL = "cluster.x-k8s.io/cluster-name"


def selector_labels(cluster: str, organization: str) -> dict[str, str]:
    """The chart's ``labels.selector`` less ``app.kubernetes.io/managed-by``."""
    return {
        "app": CHART_NAME,
        CLUSTER_NAME_LABEL: cluster,
        "giantswarm.io/cluster": cluster,
        "giantswarm.io/organization": organization,
        "application.giantswarm.io/team": TEAM,
    }


def machine_template_labels(cluster: str, organization: str) -> dict[str, str]:
    """Labels of MachineDeployment machine templates, exactly as the chart wrote them.

    They include ``app.kubernetes.io/managed-by: Helm``: changing any label of a
    MachineDeployment's template would roll every machine of the pool, so it stays.
    """
    labels = selector_labels(cluster, organization)
    return {"app": labels.pop("app"), "app.kubernetes.io/managed-by": "Helm", **labels}


def common_labels(cluster: str, organization: str) -> dict[str, str]:
    """The chart's ``labels.common`` less the Helm-only ``managed-by`` and ``helm.sh/chart``."""
    return {**selector_labels(cluster, organization), "app.kubernetes.io/version": CHART_VERSION}


def watched_labels(values, cluster: str) -> dict[str, str]:
    """Labels of objects the cluster-apps-operator watches (Cluster and two HelmReleases)."""
    return {
        "cluster-apps-operator.giantswarm.io/watching": "",
        "giantswarm.io/service-priority": values.service_priority,
        **common_labels(cluster, values.organization),
    }


def description_annotations(values) -> dict[str, str]:
    return {DESCRIPTION_ANNOTATION: values.cluster_description}


FLUX_PRUNE_DISABLED = {"kustomize.toolkit.fluxcd.io/prune": "disabled"}
"""Annotation that makes Flux leave an object in place when it prunes the rest of a cluster."""

FLUX_FORCE = {"kustomize.toolkit.fluxcd.io/force": "enabled"}
"""Annotation that makes Flux delete and re-create an object whose update the API server refuses
as a change of an immutable field (fluxcd/kustomize-controller#787): a Job's pod template."""

FLUX_SSA_IF_NOT_PRESENT = {"kustomize.toolkit.fluxcd.io/ssa": "IfNotPresent"}
"""Annotation that makes Flux create an object when it is missing and never update it afterwards
(the IPAM Job applies the objects whose fields it assigns; see docs/ipam.md)."""
