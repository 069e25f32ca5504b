"""The two sets of defaults (``deployment.defaults``): neutral (a cluster file's default) and the
chart's (what migrate writes); the fields a neutral cluster file must name; the notices about
Giant Swarm's defaults still in effect on the chart's."""
from __future__ import annotations

import copy

import pytest
import yaml

from config_helpers import dump
from constructs_lib.config import (ClusterValues, ConfigError, chart_default_notices, chart_values,
                                   defaults_mapping, load_values_text, neutral_values)
from constructs_lib.config.cluster_file import load_cluster_text
from constructs_lib.config.defaults import GS_SSH_CA_COMMENT, required_field_errors

SOURCE = "clusters/delta.yaml"
MACHINE = {"template": "flatcar-stable-4230.2.3-kube-v1.33.4",
           "network": {"devices": [{"networkName": "vm-network", "dhcp4": True}]}}
MINIMAL = {
    "baseDomain": "k8s.example.test",
    "cluster": {"kubernetesVersion": "v1.33.4"},
    "vcenter": {"server": "https://vcenter.example.test", "datacenter": "dc1", "datastore": "ds1"},
    "controlPlane": {"machineTemplate": copy.deepcopy(MACHINE)},
    "connectivity": {"network": {"controlPlaneEndpoint": {"host": "10.0.10.5"},
                                 "loadBalancers": {"cidrBlocks": ["10.0.10.64/27"]}}},
    "nodeClasses": {"general": copy.deepcopy(MACHINE)},
    "nodePools": {"apps": {"class": "general", "replicas": 3}},
}


def without(values: dict, *path: str) -> dict:
    out = copy.deepcopy(values)
    current = out
    for key in path[:-1]:
        current = current[key]
    del current[path[-1]]
    return out


def load(values: dict, deployment: str = ""):
    return load_cluster_text(dump(values) + (f"deployment:\n{deployment}" if deployment else ""), SOURCE, "delta")


def errors(values: dict, deployment: str = "") -> dict[str, str]:
    with pytest.raises(ConfigError) as caught:
        load(values, deployment)
    return {e.path: str(e) for e in caught.value.errors}


def test_a_minimal_neutral_cluster_file_loads_without_giant_swarms_defaults():
    cluster = load(MINIMAL)
    values = cluster.values
    assert cluster.deployment.defaults == "neutral"
    assert values.ssh_trusted_user_ca_keys == ()
    assert values.os_users == ()
    assert values.internal.teleport.enabled is False
    assert list(values.node_pools) == ["apps"]
    assert list(values.node_classes) == ["general"]
    assert values.control_plane.machine_template["template"] == MACHINE["template"]
    assert values.connectivity.network.control_plane_endpoint.ip_pool_name == ""
    assert cluster.warnings == () and cluster.notices == ()
    assert load(MINIMAL, "  defaults: neutral\n").values == values


def test_the_typed_neutral_defaults_are_the_mapping_the_files_are_merged_onto():
    neutral = neutral_values()
    assert neutral.to_values_dict() == ClusterValues.from_values_dict(defaults_mapping("neutral")).to_values_dict()
    assert neutral.ssh_trusted_user_ca_keys == () and neutral.os_users == () and not neutral.internal.teleport.enabled
    assert neutral.node_pools == {} and neutral.node_classes == {}
    assert "template" not in neutral.control_plane.machine_template
    assert neutral.cluster.kubernetes_version == "v1.33.4"
    assert chart_values() == ClusterValues.defaults()
    assert defaults_mapping("chart") == ClusterValues.defaults().to_values_dict()
    with pytest.raises(ValueError):
        defaults_mapping("gs")


@pytest.mark.parametrize("path, field", [
    (("vcenter", "server"), "vcenter.server"),
    (("vcenter", "datacenter"), "vcenter.datacenter"),
    (("connectivity", "network", "controlPlaneEndpoint"), "connectivity.network.controlPlaneEndpoint.host"),
    (("controlPlane", "machineTemplate", "template"), "controlPlane.machineTemplate.template"),
    (("controlPlane", "machineTemplate", "network"), "controlPlane.machineTemplate.network.devices"),
    (("nodeClasses", "general", "template"), "nodeClasses.general.template"),
    (("nodeClasses", "general", "network"), "nodeClasses.general.network.devices"),
    (("baseDomain",), "baseDomain"),
])
def test_each_required_field_is_named_with_what_to_put_there(path, field):
    found = errors(without(MINIMAL, *path))
    assert list(found) == [field]
    assert found[field].startswith(f"{SOURCE}: {field}: is missing: ")


def test_all_missing_fields_are_reported_at_once():
    values = without(without(MINIMAL, "vcenter", "server"), "connectivity", "network", "controlPlaneEndpoint")
    found = errors(values)
    assert set(found) == {"vcenter.server", "connectivity.network.controlPlaneEndpoint.host"}
    assert "https://" in found["vcenter.server"]
    assert "ipPoolName" in found["connectivity.network.controlPlaneEndpoint.host"]


def test_an_ip_pool_is_an_endpoint():
    values = copy.deepcopy(MINIMAL)
    values["connectivity"]["network"]["controlPlaneEndpoint"] = {"ipPoolName": "cp-pool"}
    assert load(values).values.connectivity.network.control_plane_endpoint.ip_pool_name == "cp-pool"


def test_an_unused_class_needs_a_template_and_a_network_too():
    values = copy.deepcopy(MINIMAL)
    values["nodeClasses"]["spare"] = {"numCPUs": 2}  # still a VSphereMachineTemplate
    found = errors(values)
    assert list(found) == ["nodeClasses.spare.template", "nodeClasses.spare.network.devices"]
    assert "the machines of the class 'spare'" in found["nodeClasses.spare.template"]


def test_a_pool_naming_a_missing_class_is_still_an_error():
    values = copy.deepcopy(MINIMAL)
    values["nodePools"]["apps"]["class"] = "generl"
    found = errors(values)
    assert list(found) == ["nodePools.apps.class"] and "did you mean 'general'" in found["nodePools.apps.class"]


def test_chart_defaults_give_exactly_the_values_the_chart_defaults_give():
    cluster = load(MINIMAL, "  defaults: chart\n")
    assert cluster.deployment.defaults == "chart"
    assert cluster.values == load_values_text(dump(MINIMAL), "v.yaml").values
    assert "worker" in cluster.values.node_pools  # the chart's pool, merged as Helm does
    assert cluster.values.internal.teleport.enabled


def test_with_chart_defaults_the_missing_fields_are_warnings():
    values = without(MINIMAL, "vcenter", "server")
    # ... on releases whose objects are v1beta1 (today's CAPV requires the server: an error)
    assert list(errors(values, "  defaults: chart\n")) == ["vcenter.server"]
    cluster = load(values, '  defaults: chart\n  managementCluster: {clusterApi: "1.10", capv: "1.13"}\n')
    assert cluster.values == load_values_text(dump(values), "v.yaml").values
    assert [w for w in cluster.warnings if "vcenter.server" in w] == [
        f"{SOURCE}: vcenter.server: is missing: the URL or address of the vCenter API, e.g. "
        "'https://vcenter.example.com' (the chart renders this, but the cluster cannot work without it)"]
    # The chart's default template, network and IP pool are there: no warning, but notices.
    assert not any("template" in w or "controlPlaneEndpoint" in w for w in cluster.warnings)


@pytest.mark.parametrize("value", ["gs", "Chart", "true", "[]", "1"])
def test_a_bad_defaults_value_is_an_error(value):
    found = errors(MINIMAL, f"  defaults: {value}\n")
    assert list(found) == ["deployment.defaults"]
    assert "is invalid: 'neutral' (the default" in found["deployment.defaults"]
    assert "'chart'" in found["deployment.defaults"]


def test_notices_name_giant_swarms_defaults_still_in_effect():
    notices = chart_default_notices(ClusterValues.defaults())
    text = "\n".join(notices)
    assert len(notices) == 9
    assert notices[0].startswith("sshTrustedUserCAKeys: ") and GS_SSH_CA_COMMENT in notices[0]
    assert notices[1].startswith("osUsers: ") and "'giantswarm'" in notices[1] and "NOPASSWD" in notices[1]
    assert notices[2].startswith("internal.teleport: ") and "teleport.giantswarm.io:443" in notices[2]
    assert notices[3].startswith("nodePools.worker: ")
    assert "controlPlane.machineTemplate.template: " in text and "nodeClasses.default.template: " in text
    assert "nodeClasses.default.network.devices: " in text and "grasshopper-capv" in text
    assert "controlPlane.machineTemplate.network.devices: " in text
    assert notices[-1].startswith("connectivity.network.controlPlaneEndpoint.ipPoolName: ") and "wc-cp-ips" in text
    assert all("\n" not in n for n in notices)


def test_notices_of_a_cluster_file_on_the_chart_defaults():
    cluster = load(MINIMAL, "  defaults: chart\n")
    notices = cluster.notices
    assert any(n.startswith("sshTrustedUserCAKeys: ") for n in notices)
    assert any(n.startswith("nodePools.worker: ") for n in notices)  # the phantom pool
    assert not any("controlPlane.machineTemplate" in n for n in notices)  # its own template
    declared = copy.deepcopy(MINIMAL)
    declared.update(sshTrustedUserCAKeys=[], osUsers=[], internal={"teleport": {"enabled": False}},
                    nodePools={"worker": {"class": "general", "replicas": 2}}, nodeClasses={"default": None,
                                                                                         **MINIMAL["nodeClasses"]})
    assert load(declared, "  defaults: chart\n").notices == ()
    assert load(MINIMAL).notices == ()  # neutral: none


def test_required_field_errors_of_the_chart_defaults():
    paths = [e.path for e in required_field_errors(defaults_mapping("chart"), "v.yaml")]
    assert paths == ["vcenter.server", "vcenter.datacenter", "baseDomain"]
