"""The management cluster's releases: what each serves, the Kubernetes versions it manages, which
releases work together (constructs_lib.config.releases)."""
from __future__ import annotations

import pytest

from constructs_lib.config.releases import (
    ANNOUNCED_CLUSTER_API, CAPV_CLUSTER_API, CHART_ERA, CLUSTER_API_WORKLOAD_KUBERNETES, CURRENT, FLUX_MINORS,
    KIND_GROUPS, ManagementCluster,
    kubernetes_range, kubernetes_version_errors, minor_of, parse_release, release_errors, served_api_versions)

PATHS = {"cluster_api": "mc.clusterApi", "capv": "mc.capv", "flux": "mc.flux"}


def problems(mc: ManagementCluster) -> dict[str, str]:
    return {e.path: str(e) for e in release_errors(mc, "f.yaml", PATHS)}


@pytest.mark.parametrize("text, parsed", [
    ("1.14", (1, 14, None)), ("1.14.2", (1, 14, 2)), ("v1.14.2", (1, 14, 2)), ("v1.14", (1, 14, None)),
    ("2.0", (2, 0, None)), ("1.10.0", (1, 10, 0)),
])
def test_accepted_spellings(text, parsed):
    assert parse_release(text) == parsed
    assert minor_of(text) == parsed[:2]


@pytest.mark.parametrize("text", ["1", "1.x", "x.14", "01.14", "1.14.2.1", "1.14-rc.1", " 1.14", "V1.14", "", 1.14,
                                  14, None, "1.14\n"])
def test_refused_spellings(text):
    assert parse_release(text) is None
    with pytest.raises(ValueError):
        minor_of(text)


def test_the_defaults_are_todays_releases_and_the_chart_era():
    assert (CURRENT.cluster_api, CURRENT.capv, CURRENT.flux) == ("1.14", "1.16", "2.9")
    assert (CHART_ERA.cluster_api, CHART_ERA.capv, CHART_ERA.flux) == ("1.6", "1.9", "2.2")
    assert problems(CURRENT) == {} and problems(CHART_ERA) == {}


def test_known_releases():
    assert sorted(CLUSTER_API_WORKLOAD_KUBERNETES) == [(1, minor) for minor in range(5, 17)]
    assert ANNOUNCED_CLUSTER_API == ((1, 15), (1, 16))
    assert sorted(CAPV_CLUSTER_API) == [(1, minor) for minor in range(8, 17)]
    assert FLUX_MINORS == tuple((2, minor) for minor in range(10))


# --- Kubernetes versions of workload clusters ------------------------------------------------------

@pytest.mark.parametrize("cluster_api, lowest, highest", [
    ("1.14", "v1.31", "v1.36"), ("1.13", "v1.30", "v1.36"), ("1.12", "v1.29", "v1.36"), ("1.11", "v1.28", "v1.34"),
    ("1.10", "v1.27", "v1.33"), ("1.9", "v1.26", "v1.32"), ("1.8", "v1.25", "v1.31"), ("1.7", "v1.24", "v1.30"),
    ("1.6", "v1.23", "v1.29"), ("1.5", "v1.22", "v1.28"),
])
def test_a_minor_manages_what_its_latest_patch_manages(cluster_api, lowest, highest):
    mc = ManagementCluster(cluster_api=cluster_api)
    assert kubernetes_range(mc) == mc.kubernetes_range == (lowest, highest)


@pytest.mark.parametrize("cluster_api, lowest, highest", [
    ("1.12.0", "v1.29", "v1.34"), ("1.12.1", "v1.29", "v1.35"), ("v1.12.7", "v1.29", "v1.35"),
    ("1.12.8", "v1.29", "v1.36"), ("1.12.11", "v1.29", "v1.36"), ("1.13.0", "v1.30", "v1.35"),
    ("1.13.1", "v1.30", "v1.36"), ("1.6.0", "v1.23", "v1.28"), ("1.6.1", "v1.23", "v1.29"),
    ("1.5.0", "v1.22", "v1.27"), ("1.14.0", "v1.31", "v1.36"),
])
def test_a_patch_manages_what_the_book_says_from_that_patch(cluster_api, lowest, highest):
    assert kubernetes_range(ManagementCluster(cluster_api=cluster_api)) == (lowest, highest)


def test_each_minor_manages_a_window_moving_by_one():
    for (major, minor), row in CLUSTER_API_WORKLOAD_KUBERNETES.items():
        if (major, minor) in ANNOUNCED_CLUSTER_API:
            assert row == CLUSTER_API_WORKLOAD_KUBERNETES[(1, 14)]  # no table yet: 1.14's
            continue
        assert row.lowest == (1, minor + 17), (major, minor)
        assert all(row.lowest <= k <= row.highest for k in row.from_patch)


def test_an_unmanaged_version_names_the_field_the_release_and_the_range():
    [error] = kubernetes_version_errors(CURRENT, "v1.24.12", "clusters/a.yaml")
    assert error.path == "cluster.kubernetesVersion"
    assert str(error).startswith("clusters/a.yaml: cluster.kubernetesVersion: 'v1.24.12' is not managed by Cluster "
                                 "API 1.14, which manages workload clusters v1.31 to v1.36: ")
    assert "deployment.managementCluster.clusterApi a Cluster API release that manages v1.24: 1.5 to 1.7" in str(error)


def test_a_version_a_later_patch_manages_says_so():
    [error] = kubernetes_version_errors(ManagementCluster(cluster_api="1.12.3"), "v1.36.0", "f.yaml")
    assert "which manages workload clusters v1.29 to v1.35 (v1.36 from 1.12.8)" in str(error)


@pytest.mark.parametrize("mc, version", [
    (CURRENT, "v1.31.0"), (CURRENT, "v1.36.9"), (CURRENT, "v1.33.1"), (CHART_ERA, "v1.24.12"), (CHART_ERA, "v1.28.3"),
    (CHART_ERA, "v1.23.0"), (ManagementCluster(cluster_api="1.12"), "v1.36.0"),
])
def test_managed_versions_pass(mc, version):
    assert kubernetes_version_errors(mc, version, "f.yaml") == []


@pytest.mark.parametrize("mc, version", [
    (CURRENT, "v1.30.14"), (CURRENT, "v1.37.0"), (CHART_ERA, "v1.22.17"), (CHART_ERA, "v1.30.0"),
    (ManagementCluster(cluster_api="1.12.7"), "v1.36.0"),
])
def test_unmanaged_versions_fail(mc, version):
    assert [e.path for e in kubernetes_version_errors(mc, version, "f.yaml")] == ["cluster.kubernetesVersion"]


def test_no_range_error_without_a_known_release_or_a_version():
    assert kubernetes_version_errors(ManagementCluster(cluster_api="1.99"), "v1.24.0", "f.yaml") == []
    assert kubernetes_version_errors(ManagementCluster(cluster_api=1.1), "v1.24.0", "f.yaml") == []
    assert kubernetes_version_errors(CURRENT, "1.24", "f.yaml") == []  # the values check reports the format


# --- releases that are not known, or do not work together -----------------------------------------

@pytest.mark.parametrize("mc, path, text", [
    (ManagementCluster(cluster_api="2.0"), "mc.clusterApi", "'2.0' is not a known Cluster API release: one of the "
     "known Cluster API releases 1.5 to 1.16"),
    (ManagementCluster(cluster_api="1.4"), "mc.clusterApi", "'1.4' is not a known Cluster API release"),
    (ManagementCluster(cluster_api="1.17"), "mc.clusterApi", "'1.17' is not a known Cluster API release"),
    (ManagementCluster(capv="1.99"), "mc.capv", "'1.99' is not a known CAPV release: one of the known CAPV releases "
     "1.8 to 1.16"),
    (ManagementCluster(capv="1.17"), "mc.capv", "is not a known CAPV release"),
    (ManagementCluster(flux="3.1"), "mc.flux", "'3.1' is not a known Flux release: one of the known Flux releases "
     "2.0 to 2.9"),
    (ManagementCluster(flux="1.x"), "mc.flux", "'1.x' is not a Flux release: one of the known Flux releases 2.0 to "
     "2.9"),
    (ManagementCluster(flux=2.1), "mc.flux", "2.1 is not a string: one of the known Flux releases 2.0 to 2.9, as "
     "X.Y or X.Y.Z, in quotes (YAML reads an unquoted 1.10 as the number 1.1)"),
])
def test_unknown_releases_list_the_known(mc, path, text):
    found = problems(mc)
    assert list(found) == [path]
    assert text in found[path]


@pytest.mark.parametrize("cluster_api", ["1.15", "1.16", "1.16.0"])
def test_announced_cluster_api_releases_are_accepted(cluster_api):
    mc = ManagementCluster(cluster_api=cluster_api, capv="1.16")
    assert problems(mc) == {}
    assert mc.kubernetes_range == ("v1.31", "v1.36")


def test_cluster_api_1_16_serves_no_v1beta1_and_everything_is_v1beta2():
    mc = ManagementCluster(cluster_api="1.16", capv="1.16")
    served = mc.served_api_versions()
    assert "cluster.x-k8s.io/v1beta1" not in served and "cluster.x-k8s.io/v1beta2" in served
    assert {mc.api_version(kind) for kind in KIND_GROUPS} <= served


def test_a_release_after_the_announced_ones_is_refused():
    found = problems(ManagementCluster(cluster_api="v1.17.2", capv="1.16"))
    assert list(found) == ["mc.clusterApi"]
    assert "'v1.17.2' is not a known Cluster API release: one of the known Cluster API releases 1.5 to 1.16" in \
        found["mc.clusterApi"]


@pytest.mark.parametrize("mc, kind, api_version", [
    (CURRENT, "Cluster", "cluster.x-k8s.io/v1beta2"),
    (CURRENT, "KubeadmConfigTemplate", "bootstrap.cluster.x-k8s.io/v1beta2"),
    (CURRENT, "VSphereMachineTemplate", "infrastructure.cluster.x-k8s.io/v1beta2"),
    (CURRENT, "IPAddressClaim", "ipam.cluster.x-k8s.io/v1beta2"),
    (ManagementCluster(cluster_api="1.11", capv="1.14"), "KubeadmControlPlane", "controlplane.cluster.x-k8s.io/v1beta2"),
    (ManagementCluster(cluster_api="1.11", capv="1.14"), "VSphereCluster", "infrastructure.cluster.x-k8s.io/v1beta1"),
    (ManagementCluster(cluster_api="1.10", capv="1.13"), "MachineDeployment", "cluster.x-k8s.io/v1beta1"),
    (ManagementCluster(cluster_api="1.10", capv="1.13"), "IPAddressClaim", "ipam.cluster.x-k8s.io/v1alpha1"),
    (CHART_ERA, "MachineHealthCheck", "cluster.x-k8s.io/v1beta1"),
])
def test_each_kind_is_emitted_in_the_storage_version_of_the_declared_release(mc, kind, api_version):
    assert mc.api_version(kind) == api_version
    assert api_version in mc.served_api_versions()


@pytest.mark.parametrize("cluster_api, capv", [
    ("1.5", "1.8"), ("1.6", "1.9"), ("1.7", "1.10"), ("1.8", "1.11"), ("1.9", "1.12"), ("1.14", "1.12"),
    ("1.10", "1.13"), ("1.11", "1.14"), ("1.14", "1.14"), ("1.12", "1.15"), ("1.13", "1.16"), ("1.14", "1.16"),
    ("1.14.0", "v1.16.1"),
])
def test_releases_that_work_together(cluster_api, capv):
    assert problems(ManagementCluster(cluster_api=cluster_api, capv=capv)) == {}


@pytest.mark.parametrize("cluster_api, capv, allowed", [
    ("1.7", "1.9", "CAPV 1.9 works with Cluster API 1.6; Cluster API 1.7 works with CAPV 1.10"),
    ("1.5", "1.9", "CAPV 1.9 works with Cluster API 1.6; Cluster API 1.5 works with CAPV 1.8"),
    ("1.10", "1.14", "CAPV 1.14 works with Cluster API 1.11 to 1.15; Cluster API 1.10 works with CAPV 1.12 to 1.13"),
    ("1.12", "1.16", "CAPV 1.16 works with Cluster API 1.13 and later; Cluster API 1.12 works with CAPV 1.12 to 1.15"),
    ("1.14", "1.9", "CAPV 1.9 works with Cluster API 1.6; Cluster API 1.14 works with CAPV 1.12 to 1.16"),
])
def test_incompatible_releases_name_both_fields_and_what_works(cluster_api, capv, allowed):
    found = problems(ManagementCluster(cluster_api=cluster_api, capv=capv))
    assert list(found) == ["mc.capv"]
    assert found["mc.capv"] == (f"f.yaml: mc.capv: {capv!r} does not work with mc.clusterApi {cluster_api!r}: "
                                f"{allowed}")


def test_every_problem_at_once():
    found = problems(ManagementCluster(cluster_api="1.x", capv=1.16, flux="9.9"))
    assert list(found) == ["mc.clusterApi", "mc.capv", "mc.flux"]


# --- the API versions the releases serve --------------------------------------------------------

def flux(minor: str) -> frozenset[str]:
    return served_api_versions(ManagementCluster(flux=minor))


def test_flux_helm_release_versions():
    assert "helm.toolkit.fluxcd.io/v2beta1" not in flux("2.9")
    assert "helm.toolkit.fluxcd.io/v2beta1" in flux("2.2") and "helm.toolkit.fluxcd.io/v2beta1" in flux("2.6")
    assert "helm.toolkit.fluxcd.io/v2beta1" not in flux("2.7")
    assert "helm.toolkit.fluxcd.io/v2beta2" in flux("2.2") and "helm.toolkit.fluxcd.io/v2beta2" in flux("2.7")
    assert "helm.toolkit.fluxcd.io/v2beta2" not in flux("2.1") and "helm.toolkit.fluxcd.io/v2beta2" not in flux("2.8")
    assert "helm.toolkit.fluxcd.io/v2" not in flux("2.2") and "helm.toolkit.fluxcd.io/v2" in flux("2.3")
    assert "helm.toolkit.fluxcd.io/v2" in flux("2.9.1")


def test_flux_helm_repository_versions():
    assert "source.toolkit.fluxcd.io/v1beta2" in flux("2.0") and "source.toolkit.fluxcd.io/v1beta2" in flux("2.7")
    assert "source.toolkit.fluxcd.io/v1beta2" not in flux("2.8")
    assert "source.toolkit.fluxcd.io/v1" not in flux("2.2") and "source.toolkit.fluxcd.io/v1" in flux("2.3")


def test_what_we_emit_is_served_by_every_known_flux():
    for major, minor in FLUX_MINORS:
        mc = ManagementCluster(flux=f"{major}.{minor}")
        served = mc.served_api_versions()
        assert mc.helm_release_api_version in served and mc.helm_repository_api_version in served, mc.flux


def test_cluster_api_versions():
    groups = ("cluster.x-k8s.io", "bootstrap.cluster.x-k8s.io", "controlplane.cluster.x-k8s.io")
    for group in groups:
        assert {f"{group}/v1beta1", f"{group}/v1beta2"} <= served_api_versions(CURRENT)
        assert f"{group}/v1beta1" in served_api_versions(CHART_ERA)
        assert f"{group}/v1beta2" not in served_api_versions(ManagementCluster("1.10", "1.13"))
        assert f"{group}/v1beta2" in served_api_versions(ManagementCluster("1.11", "1.14"))
        assert f"{group}/v1alpha4" in served_api_versions(ManagementCluster("1.5", "1.8"))
        assert f"{group}/v1alpha4" not in served_api_versions(CHART_ERA)


def test_ipam_versions_and_availability():
    for minor in CLUSTER_API_WORKLOAD_KUBERNETES:
        mc = ManagementCluster(cluster_api=f"{minor[0]}.{minor[1]}")
        assert "ipam.cluster.x-k8s.io/v1alpha1" in served_api_versions(mc) and mc.ipam_api_available
    assert "ipam.cluster.x-k8s.io/v1beta1" not in served_api_versions(ManagementCluster("1.5", "1.8"))
    assert "ipam.cluster.x-k8s.io/v1beta1" in served_api_versions(CHART_ERA)
    assert "ipam.cluster.x-k8s.io/v1beta2" in served_api_versions(CURRENT)
    # The IPAM CRDs ship with core from Cluster API 1.2: an older core serves no claims.
    assert not ManagementCluster(cluster_api="1.1").ipam_api_available
    assert ManagementCluster(cluster_api="1.2").ipam_api_available


def test_capv_versions():
    assert {"infrastructure.cluster.x-k8s.io/v1beta1", "infrastructure.cluster.x-k8s.io/v1beta2"} <= \
        served_api_versions(CURRENT)
    chart_era = served_api_versions(CHART_ERA)
    assert "infrastructure.cluster.x-k8s.io/v1beta1" in chart_era
    assert "infrastructure.cluster.x-k8s.io/v1beta2" not in chart_era
    assert "infrastructure.cluster.x-k8s.io/v1alpha4" not in chart_era
    assert "infrastructure.cluster.x-k8s.io/v1alpha4" in served_api_versions(ManagementCluster("1.5", "1.8"))


def test_the_chart_eras_objects_are_all_served():
    assert {"cluster.x-k8s.io/v1beta1", "bootstrap.cluster.x-k8s.io/v1beta1", "controlplane.cluster.x-k8s.io/v1beta1",
            "infrastructure.cluster.x-k8s.io/v1beta1", "ipam.cluster.x-k8s.io/v1alpha1",
            "helm.toolkit.fluxcd.io/v2beta1", "source.toolkit.fluxcd.io/v1beta2"} <= served_api_versions(CHART_ERA)
    assert "helm.toolkit.fluxcd.io/v2beta1" not in served_api_versions(CURRENT)
    assert "source.toolkit.fluxcd.io/v1beta2" not in served_api_versions(CURRENT)
