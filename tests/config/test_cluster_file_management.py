"""A cluster file's ``deployment.managementCluster``: parsing, its errors, the Kubernetes versions
the declared Cluster API manages, and the IPAM branch following from it (or from ``apiVersions``);
the same rules for props built in code."""
from __future__ import annotations

import dataclasses

import pytest

from config_helpers import BASE, NEUTRAL_BASE, dump, overlay
from constructs_lib.config import ConfigError
from constructs_lib.config.cluster_file import Deployment, load_cluster_text, parse_deployment
from constructs_lib.config.releases import CHART_ERA, CURRENT, ManagementCluster

SOURCE = "clusters/alpha.yaml"
IPAM = "ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim"


def text(deployment: str | None = None, kubernetes: str | None = "v1.33.1", extra: dict | None = None) -> str:
    values = overlay(NEUTRAL_BASE, extra or {})
    if kubernetes:
        values = overlay(values, {"cluster": {"kubernetesVersion": kubernetes}})
    return dump(values) + (f"deployment:\n{deployment}" if deployment else "")


def load(deployment: str | None = None, kubernetes: str | None = "v1.33.1", extra: dict | None = None):
    return load_cluster_text(text(deployment, kubernetes, extra), SOURCE, "alpha")


def errors(deployment: str | None = None, kubernetes: str | None = "v1.33.1", extra: dict | None = None) -> dict:
    with pytest.raises(ConfigError) as caught:
        load(deployment, kubernetes, extra)
    return {e.path: str(e) for e in caught.value.errors}


# --- parsing ------------------------------------------------------------------------------------

@pytest.mark.parametrize("spelling", ['"1.14"', '"1.14.0"', '"v1.14.0"', "'1.14.2'", "v1.14.0"])
def test_each_spelling_is_accepted(spelling):
    mc = load(f"  managementCluster:\n    clusterApi: {spelling}\n").deployment.management_cluster
    assert mc == ManagementCluster(cluster_api=spelling.strip("'\""), capv="1.16", flux="2.9")


def test_without_a_declaration_the_current_releases_apply():
    assert load().deployment.management_cluster == CURRENT
    assert load("  namespace: org-a\n").deployment.management_cluster == CURRENT
    assert load("  managementCluster:\n").deployment.management_cluster == CURRENT  # null
    assert load("  managementCluster: {}\n").deployment.management_cluster == CURRENT


def test_each_missing_key_takes_the_current_release():
    mc = load('  managementCluster:\n    flux: "2.2"\n').deployment.management_cluster
    assert mc == ManagementCluster(cluster_api="1.14", capv="1.16", flux="2.2")
    mc = load('  managementCluster: {clusterApi: "1.13", capv: "1.15"}\n').deployment.management_cluster
    assert mc == ManagementCluster(cluster_api="1.13", capv="1.15", flux="2.9")


def test_the_chart_era_loads_with_the_charts_kubernetes():
    cluster = load('  managementCluster: {clusterApi: "1.6", capv: "1.9", flux: "2.2"}\n', kubernetes="v1.28.3")
    assert cluster.deployment.management_cluster == CHART_ERA


@pytest.mark.parametrize("key, number, shown", [("clusterApi", "1.10", "1.1"), ("capv", "1.16", "1.16"),
                                                ("flux", "2", "2")])
def test_a_yaml_number_is_refused_with_a_hint_to_quote_it(key, number, shown):
    found = errors(f"  managementCluster:\n    {key}: {number}\n")
    path = f"deployment.managementCluster.{key}"
    assert list(found) == [path]
    assert found[path].startswith(f"{SOURCE}: {path}: {shown} is not a string: ")
    assert "in quotes (YAML reads an unquoted 1.10 as the number 1.1)" in found[path]


@pytest.mark.parametrize("key, value, message", [
    ("clusterApi", "2.0", "'2.0' is not a known Cluster API release: one of the known Cluster API releases 1.5 to "
     "1.16"),
    ("clusterApi", "1.4.2", "'1.4.2' is not a known Cluster API release: one of the known Cluster API releases 1.5 "
     "to 1.16"),
    ("capv", "1.99", "'1.99' is not a known CAPV release: one of the known CAPV releases 1.8 to 1.16"),
    ("flux", "3.1", "'3.1' is not a known Flux release: one of the known Flux releases 2.0 to 2.9"),
    ("flux", "1.x", "'1.x' is not a Flux release: one of the known Flux releases 2.0 to 2.9"),
    ("capv", "latest", "'latest' is not a CAPV release: one of the known CAPV releases 1.8 to 1.16"),
])
def test_an_unknown_release_lists_the_known(key, value, message):
    found = errors(f'  managementCluster:\n    {key}: "{value}"\n')
    path = f"deployment.managementCluster.{key}"
    assert found == {path: f"{SOURCE}: {path}: {message}, as X.Y or X.Y.Z"}


def test_cluster_api_1_16_which_serves_no_v1beta1_is_accepted():
    mc = load('  managementCluster:\n    clusterApi: "1.16"\n').deployment.management_cluster
    assert mc == ManagementCluster(cluster_api="1.16", capv="1.16", flux="2.9")
    found = errors('  managementCluster:\n    clusterApi: "1.17"\n')
    assert list(found) == ["deployment.managementCluster.clusterApi"]
    assert "'1.17' is not a known Cluster API release: one of the known Cluster API releases 1.5 to 1.16" in \
        found["deployment.managementCluster.clusterApi"]


def test_an_unknown_key_gets_a_did_you_mean():
    found = errors('  managementCluster:\n    clusterAPI: "1.14"\n')
    assert found == {"deployment.managementCluster.clusterAPI": (
        f"{SOURCE}: deployment.managementCluster.clusterAPI: is not a known key: did you mean 'clusterApi'? "
        "known keys: clusterApi, capv, flux")}
    assert "did you mean 'managementCluster'?" in errors("  managementcluster: {}\n")["deployment.managementcluster"]


def test_a_section_that_is_no_mapping_is_one_error():
    found = errors('  managementCluster: "1.14"\n', kubernetes="v1.24.12")
    assert list(found) == ["deployment.managementCluster"]
    assert "is not a mapping: a mapping with keys clusterApi, capv, flux" in found["deployment.managementCluster"]


def test_incompatible_capv_names_both_fields_and_what_works():
    found = errors('  managementCluster:\n    capv: "1.9"\n')
    assert found == {"deployment.managementCluster.capv": (
        f"{SOURCE}: deployment.managementCluster.capv: '1.9' does not work with "
        "deployment.managementCluster.clusterApi '1.14': CAPV 1.9 works with Cluster API 1.6; Cluster API 1.14 works "
        "with CAPV 1.12 to 1.16")}


def test_a_defaulted_release_is_marked_in_the_message():
    found = errors('  managementCluster:\n    clusterApi: "1.6"\n', kubernetes="v1.28.0")
    assert list(found) == ["deployment.managementCluster.capv"]
    assert "capv: '1.16' (the default) does not work with deployment.managementCluster.clusterApi '1.6'" in \
        found["deployment.managementCluster.capv"]


def test_every_problem_is_reported_at_once():
    found = errors('  namespace: "Org A"\n  managementCluster:\n    clusterApi: 1.10\n    capv: "1.99"\n'
                   '    flux: "3.1"\n    extra: 1\n', extra={"controlPlane": {"replicas": 2}})
    assert sorted(found) == ["controlPlane.replicas", "deployment.managementCluster.capv",
                             "deployment.managementCluster.clusterApi", "deployment.managementCluster.extra",
                             "deployment.managementCluster.flux", "deployment.namespace"]
    assert all(message.startswith(f"{SOURCE}: ") for message in found.values())


# --- Kubernetes versions -------------------------------------------------------------------------

def test_kubernetes_outside_the_current_range_is_refused():
    found = errors(kubernetes="v1.24.12")
    assert list(found) == ["cluster.kubernetesVersion"]
    assert found["cluster.kubernetesVersion"].startswith(
        f"{SOURCE}: cluster.kubernetesVersion: 'v1.24.12' is not managed by Cluster API 1.14, which manages "
        "workload clusters v1.31 to v1.36: ")
    assert errors("  defaults: chart\n", kubernetes=None)  # the chart's default v1.24.12 too
    # The neutral defaults' Kubernetes is one today's Cluster API manages.
    assert load(kubernetes=None).values.cluster.kubernetes_version == "v1.33.4"


def test_kubernetes_follows_the_declared_cluster_api():
    assert load(kubernetes="v1.33.0").values.cluster.kubernetes_version == "v1.33.0"
    assert load('  managementCluster: {clusterApi: "1.6", capv: "1.9", flux: "2.2"}\n', kubernetes="v1.28.3")
    assert load('  managementCluster: {clusterApi: "1.6", capv: "1.9"}\n  defaults: chart\n',
                kubernetes=None)  # the chart's v1.24.12
    found = errors('  managementCluster: {clusterApi: "1.6", capv: "1.9"}\n', kubernetes="v1.33.0")
    assert "'v1.33.0' is not managed by Cluster API 1.6, which manages workload clusters v1.23 to v1.29" in \
        found["cluster.kubernetesVersion"]


def test_a_declared_patch_uses_its_own_range():
    assert load('  managementCluster: {clusterApi: "1.13.1", capv: "1.16"}\n', kubernetes="v1.36.0")
    found = errors('  managementCluster: {clusterApi: "1.13.0", capv: "1.16"}\n', kubernetes="v1.36.0")
    assert "which manages workload clusters v1.30 to v1.35 (v1.36 from 1.13.1)" in found["cluster.kubernetesVersion"]


def test_the_range_is_checked_beside_other_deployment_problems():
    found = errors('  managementCluster:\n    capv: "1.9"\n', kubernetes="v1.24.12")
    assert sorted(found) == ["cluster.kubernetesVersion", "deployment.managementCluster.capv"]


def test_no_range_error_when_the_cluster_api_is_not_known():
    assert list(errors('  managementCluster:\n    clusterApi: "1.99"\n', kubernetes="v1.24.12")) == [
        "deployment.managementCluster.clusterApi"]


# --- IPAM -----------------------------------------------------------------------------------------

def test_ipam_follows_the_management_cluster_unless_api_versions_are_given():
    assert load().deployment.api_versions is None
    assert load().deployment.ipam_api_available  # Cluster API 1.14 serves IPAddressClaims
    assert load("  apiVersions: []\n").deployment.api_versions == ()
    assert not load("  apiVersions: []\n").deployment.ipam_api_available
    assert load(f"  apiVersions: [{IPAM}]\n").deployment.ipam_api_available
    assert not load("  apiVersions: [cilium.io/v2]\n").deployment.ipam_api_available


def test_deployment_ipam_derivation():
    assert Deployment().ipam_api_available
    assert not Deployment(management_cluster=ManagementCluster(cluster_api="1.1")).ipam_api_available
    assert Deployment(management_cluster=ManagementCluster(cluster_api="1.1"), api_versions=(IPAM,)).ipam_api_available
    assert not Deployment(api_versions=()).ipam_api_available


def test_parse_deployment_keeps_the_declaration():
    deployment, problems = parse_deployment({"managementCluster": {"clusterApi": "1.13", "capv": "1.16"},
                                             "apiVersions": [IPAM]}, SOURCE)
    assert problems == []
    assert deployment.management_cluster == ManagementCluster(cluster_api="1.13", capv="1.16", flux="2.9")
    assert deployment.api_versions == (IPAM,)


# --- props built in code ---------------------------------------------------------------------------

def code_props(**changes):
    from constructs_lib.config import load_values_text
    from constructs_lib.constructs.cluster import VsphereClusterProps

    values = load_values_text(dump(BASE), "v.yaml").values
    return dataclasses.replace(VsphereClusterProps(name="alpha", values=values), **changes)


def with_kubernetes(props, version: str):
    cluster = dataclasses.replace(props.values.cluster, kubernetes_version=version)
    return dataclasses.replace(props, values=dataclasses.replace(props.values, cluster=cluster))


def test_props_hold_the_same_kubernetes_rule():
    from constructs_lib.constructs.cluster import checked_props

    with pytest.raises(ConfigError) as caught:
        checked_props(code_props())  # the chart's default v1.24.12 with today's releases
    [error] = caught.value.errors
    assert (error.source, error.path) == ("VsphereClusterProps(name='alpha').values", "cluster.kubernetesVersion")
    assert "is not managed by Cluster API 1.14, which manages workload clusters v1.31 to v1.36" in str(error)
    assert "management_cluster.cluster_api" in str(error)
    assert checked_props(code_props(management_cluster=CHART_ERA))
    assert checked_props(with_kubernetes(code_props(), "v1.33.0"))


def test_props_releases_are_checked():
    from constructs_lib.constructs.cluster import checked_props

    with pytest.raises(ConfigError) as caught:
        checked_props(with_kubernetes(code_props(management_cluster=ManagementCluster(capv="1.99", flux=2.9)),
                                      "v1.33.0"))
    assert [e.path for e in caught.value.errors] == ["management_cluster.capv", "management_cluster.flux"]
    with pytest.raises(ConfigError) as caught:
        checked_props(code_props(management_cluster="1.14", ipam_api_available="yes"))
    assert [e.path for e in caught.value.errors] == ["ipam_api_available", "management_cluster"]


def test_props_ipam_follows_the_management_cluster_unless_given():
    from constructs_lib.config.model import LoadBalancers
    from constructs_lib.constructs.cluster import cluster_context

    props = code_props()
    network = dataclasses.replace(props.values.connectivity.network,
                                  load_balancers=LoadBalancers(ip_pool_name="lb-pool"))
    values = dataclasses.replace(props.values, connectivity=dataclasses.replace(props.values.connectivity,
                                                                                network=network))
    props = dataclasses.replace(props, values=values)
    assert props.ipam_api_available is None
    assert cluster_context(props).ipam_load_balancer  # Cluster API 1.14 serves IPAddressClaims
    assert not cluster_context(dataclasses.replace(props, ipam_api_available=False)).ipam_load_balancer
    old = dataclasses.replace(props, management_cluster=ManagementCluster(cluster_api="1.1"))
    assert not cluster_context(old).ipam_load_balancer
    assert cluster_context(dataclasses.replace(old, ipam_api_available=True)).ipam_load_balancer


def test_props_from_a_cluster_file_carry_the_declaration():
    from constructs_lib.constructs.cluster import VsphereClusterProps

    declared = '  managementCluster: {clusterApi: "1.6", capv: "1.9", flux: "2.2"}\n'
    props = VsphereClusterProps.from_cluster(load(declared, kubernetes="v1.24.12"))
    assert props.management_cluster == CHART_ERA and props.ipam_api_available is None
    props = VsphereClusterProps.from_cluster(load(declared + "  apiVersions: []\n", kubernetes="v1.24.12"))
    assert props.ipam_api_available is False
    props = VsphereClusterProps.from_cluster(load(declared + f"  apiVersions: [{IPAM}]\n", kubernetes="v1.24.12"))
    assert props.ipam_api_available is True
