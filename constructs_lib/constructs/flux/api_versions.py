"""The Flux API versions we emit, and the generated classes that spell each.

HelmRelease ``helm.toolkit.fluxcd.io/v2beta1`` and HelmRepository ``source.toolkit.fluxcd.io/v1beta2``
are the chart's (Flux 2.2); ``v2`` and ``v1`` are GA since Flux 2.3 and the only ones Flux 2.8+
serves. Every field we set is spelt the same in both generations, so the constructs build one
spec and only the class changes (:func:`~constructs_lib.config.releases.ManagementCluster.helm_release_api_version`
chooses). ``cdk8s import`` names the first version of a CRD without a suffix and later ones with it.
"""
from __future__ import annotations

from constructs_lib.imports.io.fluxcd.toolkit import helm, source

_HELM_RELEASE = {
    "helm.toolkit.fluxcd.io/v2beta1": ("HelmRelease", "HelmReleaseSpec"),
    "helm.toolkit.fluxcd.io/v2": ("HelmReleaseV2", "HelmReleaseV2Spec"),
}
_HELM_REPOSITORY = {
    "source.toolkit.fluxcd.io/v1beta2": ("HelmRepository", "HelmRepositorySpec"),
    "source.toolkit.fluxcd.io/v1": ("HelmRepositoryV1", "HelmRepositoryV1Spec"),
}


def helm_release_classes(api_version: str) -> tuple[type, type]:
    """The object class and spec struct class of a HelmRelease of ``api_version``."""
    object_class, spec_class = _HELM_RELEASE[api_version]
    return getattr(helm, object_class), getattr(helm, spec_class)


def helm_repository_classes(api_version: str) -> tuple[type, type]:
    """The object class and spec struct class of a HelmRepository of ``api_version``."""
    object_class, spec_class = _HELM_REPOSITORY[api_version]
    return getattr(source, object_class), getattr(source, spec_class)
