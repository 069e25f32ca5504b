"""The controller releases running in the management cluster, and what follows from them.

A cluster file declares them the way Terraform pins providers (``deployment.managementCluster``);
every API version we emit follows from them, and so do the Kubernetes versions a cluster may run.

What each release serves and manages is read from the upstream repositories, at the tags named
beside each table:

* Cluster API (``kubernetes-sigs/cluster-api``): the Kubernetes versions of workload clusters from
  the core provider's table in ``docs/book/src/reference/versions.md``; the API versions from the
  CRDs (``config/crd/bases/``, ``core/config/crd/bases/`` from v1.14, and the kubeadm providers'
  ``bootstrap/kubeadm/config/crd/bases/``, ``controlplane/kubeadm/config/crd/bases/``).
* CAPV (``kubernetes-sigs/cluster-api-provider-vsphere``): the Cluster API releases each works with
  from ``README.md`` ("Compatibility with Cluster API"), ``metadata.yaml`` and ``go.mod``; the API
  versions from ``config/default/crd/bases/``.
* Flux: helm-controller's and source-controller's CRDs as shipped by each Flux release.

A release is written ``X.Y`` (any patch of that minor: the widest range it reaches) or ``X.Y.Z``
(that patch: a Kubernetes minor that the minor manages only from a later patch is refused), each
with an optional leading ``v``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, NamedTuple

from .errors import FieldError, render_value
from .fielddocs import with_field_docs

__all__ = [
    "ManagementCluster", "CHART_ERA", "CURRENT", "served_api_versions", "kubernetes_range",
    "kubernetes_version_errors", "release_errors", "known_releases", "parse_release", "minor_of",
    "CLUSTER_API", "CAPV", "FLUX", "IPAM_CLAIMS_API_VERSION", "KIND_GROUPS", "api_version_of",
]

Minor = tuple[int, int]

CLUSTER_API, CAPV, FLUX = "cluster_api", "capv", "flux"
"""The fields of :class:`ManagementCluster`, one per component."""

COMPONENT_NAMES = {CLUSTER_API: "Cluster API", CAPV: "CAPV", FLUX: "Flux"}

IPAM_CLAIMS_API_VERSION = "ipam.cluster.x-k8s.io/v1alpha1"
"""The version of the IPAddressClaims the chart's IPAM Job creates (and which every known
Cluster API release serves): the IPAM Job creates it before Cluster API 1.11, v1beta2 from then."""

KIND_GROUPS: Mapping[str, str] = {
    "Cluster": "cluster.x-k8s.io", "MachineDeployment": "cluster.x-k8s.io",
    "MachineHealthCheck": "cluster.x-k8s.io", "KubeadmConfigTemplate": "bootstrap.cluster.x-k8s.io",
    "KubeadmControlPlane": "controlplane.cluster.x-k8s.io", "IPAddressClaim": "ipam.cluster.x-k8s.io",
    "IPAddress": "ipam.cluster.x-k8s.io",
    "VSphereCluster": "infrastructure.cluster.x-k8s.io", "VSphereMachineTemplate": "infrastructure.cluster.x-k8s.io",
}
"""The API group of each Cluster API and CAPV kind we emit or the Jobs write."""

V1BETA2_FROM: Mapping[str, Minor] = {CLUSTER_API: (1, 11), CAPV: (1, 16)}
"""The first release whose storage version is v1beta2: Cluster API v1.11 (cluster-api v1.14.0
docs/book/src/reference/versions.md, "Cluster API release vs API versions"), CAPV v1.16
(cluster-api-provider-vsphere v1.16.1 metadata.yaml: contract v1beta2)."""

_RELEASE = re.compile(r"v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(?:\.(0|[1-9][0-9]*))?")
_KUBERNETES = re.compile(r"v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.")


def parse_release(text) -> tuple[int, int, int | None] | None:
    """``"1.14"`` -> ``(1, 14, None)``, ``"v1.14.2"`` -> ``(1, 14, 2)``; ``None`` for anything else."""
    match = _RELEASE.fullmatch(text) if isinstance(text, str) else None
    if match is None:
        return None
    major, minor, patch = match.groups()
    return int(major), int(minor), None if patch is None else int(patch)


def minor_of(release: str) -> Minor:
    """``"1.14"``, ``"1.14.2"`` or ``"v1.14.2"`` -> ``(1, 14)``; ``ValueError`` for anything else."""
    parsed = parse_release(release)
    if parsed is None:
        raise ValueError(f"{release!r} is not a release X.Y or X.Y.Z")
    return parsed[0], parsed[1]


# --- what upstream says ------------------------------------------------------------------------

class WorkloadKubernetes(NamedTuple):
    """The Kubernetes minors of the workload clusters one Cluster API minor manages."""

    lowest: Minor
    highest: Minor
    from_patch: Mapping[Minor, int] = {}
    """Kubernetes minor -> the first patch of the Cluster API minor that manages it ("✓ >= v1.12.8")."""


CLUSTER_API_WORKLOAD_KUBERNETES: Mapping[Minor, WorkloadKubernetes] = {
    # Every row: the minor's column of the core provider's table ("Core provider" / "Core Provider
    # (cluster-api-controller)", rows marked "only workload" included) in kubernetes-sigs/cluster-api
    # docs/book/src/reference/versions.md at the minor's latest tag; a threshold that only a later
    # minor's page states is taken from there (named).
    (1, 5): WorkloadKubernetes((1, 22), (1, 28), {(1, 28): 1}),   # v1.5.8; "v1.28 ✓ >= v1.5.1": v1.6.8
    (1, 6): WorkloadKubernetes((1, 23), (1, 29), {(1, 29): 1}),   # v1.6.8
    (1, 7): WorkloadKubernetes((1, 24), (1, 30), {(1, 30): 1}),   # v1.7.9
    (1, 8): WorkloadKubernetes((1, 25), (1, 31), {(1, 31): 1}),   # v1.8.12
    (1, 9): WorkloadKubernetes((1, 26), (1, 32), {(1, 32): 1}),   # v1.9.11
    (1, 10): WorkloadKubernetes((1, 27), (1, 33), {(1, 33): 1}),  # v1.10.10
    (1, 11): WorkloadKubernetes((1, 28), (1, 34), {(1, 34): 1}),  # v1.11.11
    (1, 12): WorkloadKubernetes((1, 29), (1, 36), {(1, 35): 1, (1, 36): 8}),  # v1.12.11 (to v1.35);
    #                                                   "v1.36 ✓ >= v1.12.8": v1.13.5 and v1.14.0
    (1, 13): WorkloadKubernetes((1, 30), (1, 36), {(1, 36): 1}),  # v1.13.5
    (1, 14): WorkloadKubernetes((1, 31), (1, 36)),                # v1.14.0
    # Announced, not released: v1.14.0 versions.md names 1.15 and 1.16 (v1beta1 unserved from
    # 1.16, April 2027) without their support tables; until those are published they are taken
    # to manage what 1.14 manages, so a cluster can declare them as soon as they ship.
    (1, 15): WorkloadKubernetes((1, 31), (1, 36)),
    (1, 16): WorkloadKubernetes((1, 31), (1, 36)),
}
"""The known Cluster API minors and the Kubernetes versions of the workload clusters each manages
(1.15 and 1.16 announced: see :data:`ANNOUNCED_CLUSTER_API`)."""

ANNOUNCED_CLUSTER_API: tuple[Minor, ...] = ((1, 15), (1, 16))
"""Cluster API minors that are announced but not released: their rows repeat 1.14's range."""

CLUSTER_API_WITHOUT_V1BETA1: Minor = (1, 16)
"""kubernetes-sigs/cluster-api v1.14.0 docs/book/src/reference/versions.md, "Cluster API release vs
API versions": "v1beta1 ... in v1.16, April 2027 v1beta1 will stop to be served"."""

CAPV_CLUSTER_API: Mapping[Minor, tuple[Minor, Minor | None]] = {
    # CAPV minor: (lowest, highest Cluster API minor it works with; None: no upper limit known).
    # The lowest is the Cluster API minor the release is built with (go.mod's replace of
    # sigs.k8s.io/cluster-api at the CAPV tag, also the minor of its CI in README.md).
    # 1.8 to 1.11: README.md "Compatibility with Cluster API and Kubernetes Versions" marks every
    # other Cluster API minor incompatible (at v1.9.6 for 1.8, v1.12.1 for 1.9 to 1.11).
    (1, 8): ((1, 5), (1, 5)),     # go.mod v1.8.10: cluster-api v1.5.2
    (1, 9): ((1, 6), (1, 6)),     # go.mod v1.9.6: v1.6.1
    (1, 10): ((1, 7), (1, 7)),    # go.mod v1.10.4: v1.7.3
    (1, 11): ((1, 8), (1, 8)),    # go.mod v1.11.3: v1.8.2
    # 1.12 on: README.md "Compatibility with Cluster API" (v1.15.3, v1.17.0-rc.2) gives the rule
    # for the combinations beyond CI: the contract CAPV implements (metadata.yaml at v1.16.1:
    # v1beta1 to 1.15, v1beta2 from 1.16) must be one Cluster API supports (cluster-api versions.md at v1.14.0:
    # v1beta1 up to 1.10, v1beta2 "compatible with v1beta1 (temporarily)" from 1.11, until 1.16),
    # and the Cluster API version CAPV requires must be served (v1beta1 by 1.12 and 1.13, served
    # up to 1.15; v1beta2 from 1.14, served from 1.11).
    (1, 12): ((1, 9), (1, 15)),   # go.mod v1.12.1: v1.9.1
    (1, 13): ((1, 10), (1, 15)),  # go.mod v1.13.1: v1.10.1
    (1, 14): ((1, 11), (1, 15)),  # go.mod v1.14.0: v1.11.1
    (1, 15): ((1, 12), (1, 15)),  # go.mod v1.15.3: v1.12.5
    (1, 16): ((1, 13), None),     # go.mod v1.16.1: v1.13.1; contract v1beta2
}
"""The known CAPV minors and the Cluster API minors each works with."""

FLUX_MINORS: tuple[Minor, ...] = tuple((2, minor) for minor in range(10))
"""The known Flux minors: 2.0 to 2.9."""

_KNOWN: Mapping[str, tuple[Minor, ...]] = {
    CLUSTER_API: tuple(CLUSTER_API_WORKLOAD_KUBERNETES), CAPV: tuple(CAPV_CLUSTER_API), FLUX: FLUX_MINORS}


class Served(NamedTuple):
    """One API version, served from one release of a component to another (``None``: still served)."""

    api_version: str
    component: str
    first: Minor
    last: Minor | None


SERVED_API_VERSIONS: tuple[Served, ...] = (
    # Cluster API: every kind we emit of a group (Cluster, MachineDeployment, MachineHealthCheck;
    # KubeadmConfigTemplate; KubeadmControlPlane) is served in the same versions. CRDs at v1.5.8,
    # v1.6.8, ..., v1.13.5 (config/crd/bases/, bootstrap/kubeadm/..., controlplane/kubeadm/...) and
    # v1.14.0 (core/config/crd/bases/ ...): v1alpha4 served to 1.5 (served: false from v1.6.8),
    # v1beta2 from v1.11.11; v1beta1 until 1.16 (versions.md, see CLUSTER_API_WITHOUT_V1BETA1).
    *(Served(f"{group}/{version}", CLUSTER_API, first, last)
      for group in ("cluster.x-k8s.io", "bootstrap.cluster.x-k8s.io", "controlplane.cluster.x-k8s.io")
      for version, first, last in (("v1alpha4", (1, 0), (1, 5)), ("v1beta1", (1, 0), (1, 15)),
                                   ("v1beta2", (1, 11), None))),
    # IPAddressClaim: config/crd/bases/ipam.cluster.x-k8s.io_ipaddressclaims.yaml ships with core
    # from v1.2.0 (listed in config/crd/kustomization.yaml) with v1alpha1; v1beta1 from v1.6.8,
    # v1beta2 from v1.11.11; v1alpha1 is still served at v1.14.0 (core/config/crd/bases/).
    Served("ipam.cluster.x-k8s.io/v1alpha1", CLUSTER_API, (1, 2), None),
    Served("ipam.cluster.x-k8s.io/v1beta1", CLUSTER_API, (1, 6), (1, 15)),
    Served("ipam.cluster.x-k8s.io/v1beta2", CLUSTER_API, (1, 11), None),
    # CAPV VSphereCluster, VSphereMachineTemplate: config/default/crd/bases/ at v1.8.10 ...
    # v1.17.0-rc.2: v1alpha3 and v1alpha4 served to 1.8 (served: false from v1.9.6), v1beta1
    # served throughout (deprecated from v1.16.1), v1beta2 from v1.16.1.
    Served("infrastructure.cluster.x-k8s.io/v1alpha3", CAPV, (1, 0), (1, 8)),
    Served("infrastructure.cluster.x-k8s.io/v1alpha4", CAPV, (1, 0), (1, 8)),
    Served("infrastructure.cluster.x-k8s.io/v1beta1", CAPV, (1, 0), None),
    Served("infrastructure.cluster.x-k8s.io/v1beta2", CAPV, (1, 16), None),
    # Flux (helm-controller HelmRelease, source-controller HelmRepository): v2beta1 removed in 2.7,
    # v2beta2 removed in 2.8, v1beta2 removed in 2.8; v2 and v1 GA in 2.3.
    Served("helm.toolkit.fluxcd.io/v2beta1", FLUX, (2, 0), (2, 6)),
    Served("helm.toolkit.fluxcd.io/v2beta2", FLUX, (2, 2), (2, 7)),
    Served("helm.toolkit.fluxcd.io/v2", FLUX, (2, 3), None),
    Served("source.toolkit.fluxcd.io/v1beta2", FLUX, (2, 0), (2, 7)),
    Served("source.toolkit.fluxcd.io/v1", FLUX, (2, 3), None),
)
"""The API versions of the kinds we emit, and the releases serving each (older versions that no
known release serves are left out)."""


# --- the declared releases ---------------------------------------------------------------------

@with_field_docs
@dataclass(frozen=True)
class ManagementCluster:
    """The releases of the controllers in the management cluster (``deployment.managementCluster``)."""

    cluster_api: str = "1.14"
    """``clusterApi``: the Cluster API release (core, kubeadm bootstrap and control plane), ``X.Y`` or
    ``X.Y.Z``; known: 1.5 to 1.14, and the announced 1.15 and 1.16 (1.16 serves no v1beta1). It decides
    the Kubernetes versions a cluster may run and the API version of every Cluster API object."""
    capv: str = "1.16"
    """``capv``: the release of Cluster API Provider vSphere, ``X.Y`` or ``X.Y.Z``; known: 1.8 to 1.16,
    each working with some Cluster API releases only."""
    flux: str = "2.9"
    """``flux``: the Flux release (helm-controller and source-controller come with it), ``X.Y`` or
    ``X.Y.Z``; known: 2.0 to 2.9."""

    @property
    def helm_release_api_version(self) -> str:
        """HelmRelease ``v2`` from Flux 2.3 (GA), the chart's ``v2beta1`` before."""
        return "helm.toolkit.fluxcd.io/v2" if minor_of(self.flux) >= (2, 3) else "helm.toolkit.fluxcd.io/v2beta1"

    @property
    def helm_repository_api_version(self) -> str:
        """HelmRepository ``v1`` from Flux 2.3 (GA), the chart's ``v1beta2`` before."""
        return ("source.toolkit.fluxcd.io/v1" if minor_of(self.flux) >= (2, 3)
                else "source.toolkit.fluxcd.io/v1beta2")

    @property
    def ipam_api_available(self) -> bool:
        """Whether the management cluster serves the IPAddressClaims the IPAM Job creates
        (``ipam.cluster.x-k8s.io/v1alpha1``): its CRDs ship with Cluster API's core from 1.2, so
        with every known release."""
        return IPAM_CLAIMS_API_VERSION in served_api_versions(self)

    def api_version(self, kind: str) -> str:
        """The ``apiVersion`` to emit a Cluster API or CAPV ``kind`` in (see :func:`api_version_of`)."""
        return api_version_of(self, kind)

    @property
    def kubernetes_range(self) -> tuple[str, str]:
        """The lowest and highest Kubernetes minor of a workload cluster the declared Cluster API
        manages, e.g. ``("v1.31", "v1.36")``."""
        return kubernetes_range(self)

    def served_api_versions(self) -> frozenset[str]:
        """See :func:`served_api_versions`."""
        return served_api_versions(self)


CHART_ERA = ManagementCluster(cluster_api="1.6", capv="1.9", flux="2.2")
"""The releases of the chart's time (January 2024): they give exactly the chart's objects."""

CURRENT = ManagementCluster()
"""The releases running in management clusters today: the default."""


def served_api_versions(mc: ManagementCluster) -> frozenset[str]:
    """The API versions (``group/version``) the declared releases serve for the kinds we emit
    (:data:`SERVED_API_VERSIONS`), e.g. ``"helm.toolkit.fluxcd.io/v2"``."""
    minors = {component: minor_of(getattr(mc, component)) for component in COMPONENT_NAMES}
    return frozenset(s.api_version for s in SERVED_API_VERSIONS
                     if s.first <= minors[s.component] and (s.last is None or minors[s.component] <= s.last))


def api_version_of(mc: ManagementCluster, kind: str) -> str:
    """The ``apiVersion`` of a Cluster API or CAPV ``kind`` (:data:`KIND_GROUPS`) for the declared
    releases: ``v1beta2`` from the release that made it the storage version (:data:`V1BETA2_FROM`),
    else ``v1beta1`` (IPAddressClaims: the chart's ``v1alpha1``). ``KeyError`` for another kind."""
    group = KIND_GROUPS[kind]
    component = CAPV if group == "infrastructure.cluster.x-k8s.io" else CLUSTER_API
    if minor_of(getattr(mc, component)) >= V1BETA2_FROM[component]:
        return f"{group}/v1beta2"
    return IPAM_CLAIMS_API_VERSION if group == "ipam.cluster.x-k8s.io" else f"{group}/v1beta1"


def _text(minor: Minor, prefix: str = "") -> str:
    return f"{prefix}{minor[0]}.{minor[1]}"


def _workload_range(cluster_api: str) -> tuple[Minor, Minor]:
    """The lowest and highest Kubernetes minor the (known) Cluster API release manages."""
    major, minor, patch = parse_release(cluster_api)
    row = CLUSTER_API_WORKLOAD_KUBERNETES[(major, minor)]
    highest = row.highest
    if patch is not None:
        while highest > row.lowest and row.from_patch.get(highest, 0) > patch:
            highest = (highest[0], highest[1] - 1)
    return row.lowest, highest


def kubernetes_range(mc: ManagementCluster) -> tuple[str, str]:
    """``("v1.31", "v1.36")``: the Kubernetes minors of the workload clusters the declared Cluster
    API manages; a release ``X.Y`` reaches what its latest patch manages, ``X.Y.Z`` what that
    patch manages. ``KeyError`` for a Cluster API release that is not known."""
    lowest, highest = _workload_range(mc.cluster_api)
    return _text(lowest, "v"), _text(highest, "v")


def _span(minors: list[Minor]) -> str:
    """``[(1, 5), (1, 6), (1, 7)]`` -> ``"1.5 to 1.7"``; minors with gaps are listed."""
    if len(minors) == 1:
        return _text(minors[0])
    if all(b == (a[0], a[1] + 1) for a, b in zip(minors, minors[1:])):
        return f"{_text(minors[0])} to {_text(minors[-1])}"
    return ", ".join(_text(minor) for minor in minors)


def kubernetes_version_errors(mc: ManagementCluster, version, source: str, path: str = "cluster.kubernetesVersion",
                              cluster_api_field: str = "deployment.managementCluster.clusterApi") -> list[FieldError]:
    """The error of a workload cluster's Kubernetes ``version`` that the declared Cluster API does
    not manage (none for a version that is no ``vX.Y.Z``, or a Cluster API release that is not
    known: those have their own errors)."""
    match = _KUBERNETES.match(version) if isinstance(version, str) else None
    parsed = parse_release(mc.cluster_api)
    if match is None or parsed is None or parsed[:2] not in CLUSTER_API_WORKLOAD_KUBERNETES:
        return []
    wanted = (int(match.group(1)), int(match.group(2)))
    lowest, highest = _workload_range(mc.cluster_api)
    if lowest <= wanted <= highest:
        return []
    row = CLUSTER_API_WORKLOAD_KUBERNETES[parsed[:2]]
    later_patch = ""
    if wanted in row.from_patch and wanted <= row.highest:
        later_patch = f" ({_text(wanted, 'v')} from {parsed[0]}.{parsed[1]}.{row.from_patch[wanted]})"
    managing = [minor for minor, r in CLUSTER_API_WORKLOAD_KUBERNETES.items() if r.lowest <= wanted <= r.highest]
    allowed = f"a version from {_text(lowest, 'v')} to {_text(highest, 'v')}, or "
    allowed += (f"in {cluster_api_field} a Cluster API release that manages {_text(wanted, 'v')}: {_span(managing)}"
                if managing else f"a management cluster that manages it (no known Cluster API release manages "
                f"{_text(wanted, 'v')})")
    return [FieldError(source, path, f"is not managed by Cluster API {mc.cluster_api}, which manages workload "
                       f"clusters {_text(lowest, 'v')} to {_text(highest, 'v')}{later_patch}",
                       render_value(version), allowed)]


def known_releases(component: str) -> str:
    """``"1.5 to 1.14"``: the known releases of ``component`` (:data:`CLUSTER_API`, ...)."""
    return _span(list(_KNOWN[component]))


def _works_with(capv: Minor) -> str:
    lowest, highest = CAPV_CLUSTER_API[capv]
    if highest is None:
        return f"Cluster API {_text(lowest)} and later"
    return f"Cluster API {_text(lowest)}" + ("" if highest == lowest else f" to {_text(highest)}")


def release_errors(mc: ManagementCluster, source: str, paths: Mapping[str, str],
                   defaulted: frozenset[str] = frozenset(), from_yaml: bool = True) -> list[FieldError]:
    """Every problem of the declared releases: each must be a known release ``X.Y`` or ``X.Y.Z``
    of its component (Cluster API below 1.16), and CAPV must work with the Cluster API release.
    ``paths`` names each field (:data:`CLUSTER_API`, ...) in messages, ``defaulted`` the fields
    that were not given (their value is the default); ``from_yaml``: a value that is no string
    was read from YAML (the message says to quote it)."""
    errors, minors = [], {}
    for component, name in COMPONENT_NAMES.items():
        value, path = getattr(mc, component), paths[component]
        shown = render_value(value) + (" (the default)" if component in defaulted else "")
        known = f"one of the known {name} releases {known_releases(component)}, as X.Y or X.Y.Z"
        if not isinstance(value, str):
            errors.append(FieldError(source, path, "is not a string", shown, f"{known}, in quotes (YAML reads "
                                     "an unquoted 1.10 as the number 1.1)" if from_yaml else f"{known}, a str"))
            continue
        parsed = parse_release(value)
        if parsed is None:
            errors.append(FieldError(source, path, f"is not a {name} release", shown, known))
        elif parsed[:2] not in _KNOWN[component]:
            errors.append(FieldError(source, path, f"is not a known {name} release", shown, known))
        else:
            minors[component] = parsed[:2]
    if CLUSTER_API in minors and CAPV in minors:
        capi, capv = minors[CLUSTER_API], minors[CAPV]
        lowest, highest = CAPV_CLUSTER_API[capv]
        if not (lowest <= capi and (highest is None or capi <= highest)):
            partners = [m for m, (lo, hi) in CAPV_CLUSTER_API.items() if lo <= capi and (hi is None or capi <= hi)]
            shown = render_value(mc.capv) + (" (the default)" if CAPV in defaulted else "")
            errors.append(FieldError(
                source, paths[CAPV], f"does not work with {paths[CLUSTER_API]} {mc.cluster_api!r}", shown,
                f"CAPV {_text(capv)} works with {_works_with(capv)}; Cluster API {_text(capi)} works with "
                + (f"CAPV {_span(partners)}" if partners else "no known CAPV release")))
    return errors


_GROUP_COMPONENTS = {
    "cluster.x-k8s.io": CLUSTER_API, "bootstrap.cluster.x-k8s.io": CLUSTER_API,
    "controlplane.cluster.x-k8s.io": CLUSTER_API, "ipam.cluster.x-k8s.io": CLUSTER_API,
    "infrastructure.cluster.x-k8s.io": CAPV,
    "helm.toolkit.fluxcd.io": FLUX, "source.toolkit.fluxcd.io": FLUX,
}
"""The component whose release serves each API group we emit."""


def schema_era(mc: ManagementCluster, group: str) -> str:
    """The CRD schemas to judge an object of ``group`` by (the bundle of
    :mod:`constructs_lib.crd`): those of the chart's releases (``"2024"``) when the declared
    release of the group's component is no newer than them, else the current releases'."""
    component = _GROUP_COMPONENTS.get(group)
    if component is None:
        return "2024"  # e.g. Cilium: the same in every era
    return "2024" if minor_of(getattr(mc, component)) <= minor_of(getattr(CHART_ERA, component)) else "current"
