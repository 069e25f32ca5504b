"""What v1beta2 requires and v1beta1 left optional is an input error naming the values field."""
from __future__ import annotations

import dataclasses

from constructs_lib.config.generations import v1beta2_value_errors
from constructs_lib.config.model import ClusterValues
from constructs_lib.config.releases import CHART_ERA, CURRENT, ManagementCluster

DEVICE = {"networkName": "vm-net", "dhcp4": True}


def values(server="https://vc.example.test", template="flatcar", devices=(DEVICE,)) -> ClusterValues:
    base = ClusterValues.defaults()
    machine = {"template": template, "network": {"devices": list(devices)}} if template is not None else {}
    return dataclasses.replace(
        base, vcenter=dataclasses.replace(base.vcenter, server=server),
        control_plane=dataclasses.replace(base.control_plane, machine_template=dict(machine)),
        node_classes={"default": dict(machine)})


def paths(mc, v) -> list[str]:
    return [e.path for e in v1beta2_value_errors(mc, v, "clusters/a.yaml")]


def test_complete_values_have_no_gap():
    assert paths(CURRENT, values()) == []


def test_a_vcenter_server_is_required_from_capv_1_16():
    [error] = v1beta2_value_errors(CURRENT, values(server=""), "clusters/a.yaml")
    assert error.path == "vcenter.server"
    assert "VSphereCluster and VSphereMachineTemplate v1beta2 (CAPV ≥ 1.16" in str(error)
    assert "spec.server" in str(error)


def test_v1beta1_releases_accept_the_gaps_as_the_chart_did():
    gaps = values(server="", template="", devices=())
    assert paths(CHART_ERA, gaps) == []
    assert paths(ManagementCluster(cluster_api="1.14", capv="1.15"), gaps) == []


def test_every_machine_class_names_its_template_and_a_network_device():
    assert paths(CURRENT, values(template="", devices=())) == [
        "controlPlane.machineTemplate.template", "controlPlane.machineTemplate.network.devices",
        "nodeClasses.default.template", "nodeClasses.default.network.devices"]
    assert paths(CURRENT, values(devices=({"dhcp4": True},))) == [
        "controlPlane.machineTemplate.network.devices[0].networkName",
        "nodeClasses.default.network.devices[0].networkName"]


def test_a_release_that_is_no_release_has_its_own_error_and_no_gap():
    assert paths(ManagementCluster(capv="latest"), values(server="")) == []


def test_a_class_value_the_v1beta2_schema_refuses_names_the_field():
    v = values()
    v = dataclasses.replace(v, node_classes={"default": {**v.node_classes["default"], "cloneMode": "0"}})
    [error] = v1beta2_value_errors(CURRENT, v, "clusters/a.yaml")
    assert error.path == "nodeClasses.default.cloneMode"
    assert "must be one of 'fullClone', 'linkedClone'" in str(error) and "'0'" in str(error)
    assert paths(CHART_ERA, v) == []



def _loaded():
    from pathlib import Path

    from constructs_lib.config.cluster_file import load_cluster_file

    return load_cluster_file(Path(__file__).parents[2] / "clusters" / "alpha.yaml", "clusters/alpha.yaml")


def test_checked_values_that_passed_for_a_release_are_not_checked_again_for_it(monkeypatch):
    from constructs_lib.config import generations

    cluster = _loaded()  # its loader checked it for the releases it declares
    calls = []
    real = generations.v1beta2_value_errors
    monkeypatch.setattr(generations, "v1beta2_value_errors", lambda *a: calls.append(a[0]) or real(*a))
    declared = cluster.deployment.management_cluster
    other = dataclasses.replace(declared, cluster_api="1.13")
    assert other != declared
    for mc in (declared, other, other):
        assert generations.release_value_errors(mc, cluster.values, "code", "clusterApi") == []
    assert calls == [other]  # once for the other release set, never again for the declared one
    # values changed in code are not the checked ones: checked every time
    changed = dataclasses.replace(cluster.values)
    for _ in range(2):
        generations.release_value_errors(declared, changed, "code", "clusterApi")
    assert calls[1:] == [declared, declared]


def test_values_that_failed_for_a_release_are_checked_again():
    from constructs_lib.config.checked import checked_values
    from constructs_lib.config.generations import release_value_errors

    values = _loaded().values
    gap = checked_values(dataclasses.replace(values, vcenter=dataclasses.replace(values.vcenter, server="")), "code")
    first = release_value_errors(CURRENT, gap, "code", "clusterApi")
    assert [e.path for e in first] == ["vcenter.server"]
    assert release_value_errors(CURRENT, gap, "code", "clusterApi") == first
