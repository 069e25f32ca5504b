"""The controller releases running in the management cluster, and what follows from them.

A cluster file declares them the way Terraform pins providers (``deployment.managementCluster``);
every API version we emit follows from them, and so do the Kubernetes versions a cluster may run.
"""
from __future__ import annotations

from dataclasses import dataclass

from .fielddocs import with_field_docs

__all__ = ["ManagementCluster", "CHART_ERA", "CURRENT"]


def minor_of(release: str) -> tuple[int, int]:
    """``"1.14"``, ``"1.14.2"`` or ``"v1.14.2"`` -> ``(1, 14)``."""
    major, minor = release.lstrip("v").split(".")[:2]
    return int(major), int(minor)


@with_field_docs
@dataclass(frozen=True)
class ManagementCluster:
    """The releases of the controllers in the management cluster (``deployment.managementCluster``)."""

    cluster_api: str = "1.14"
    """``clusterApi``: the Cluster API release (core, kubeadm bootstrap and control plane), ``X.Y`` or ``X.Y.Z``."""
    capv: str = "1.16"
    """``capv``: the release of Cluster API Provider vSphere, ``X.Y`` or ``X.Y.Z``."""
    flux: str = "2.9"
    """``flux``: the Flux release (helm-controller and source-controller come with it), ``X.Y`` or ``X.Y.Z``."""

    @property
    def helm_release_api_version(self) -> str:
        """HelmRelease ``v2`` from Flux 2.3 (GA), the chart's ``v2beta1`` before."""
        return "helm.toolkit.fluxcd.io/v2" if minor_of(self.flux) >= (2, 3) else "helm.toolkit.fluxcd.io/v2beta1"

    @property
    def helm_repository_api_version(self) -> str:
        """HelmRepository ``v1`` from Flux 2.3 (GA), the chart's ``v1beta2`` before."""
        return ("source.toolkit.fluxcd.io/v1" if minor_of(self.flux) >= (2, 3)
                else "source.toolkit.fluxcd.io/v1beta2")


CHART_ERA = ManagementCluster(cluster_api="1.6", capv="1.9", flux="2.2")
"""The releases of the chart's time (January 2024): they give exactly the chart's objects."""

CURRENT = ManagementCluster()
"""The releases running in management clusters today: the default."""
