"""Helm's coalescing of a values file onto the chart defaults."""
from __future__ import annotations

import copy

import pytest

from config_helpers import BASE, dump, overlay
from constructs_lib.config import ConfigError, load_values_text, merge_values


def test_maps_merge_recursively_lists_and_scalars_replace():
    defaults = {"a": {"x": 1, "y": [1, 2], "z": {"deep": 1, "keep": 2}}, "b": "s"}
    user = {"a": {"y": [3], "z": {"deep": 9}, "new": True}, "b": "t"}
    assert merge_values(defaults, user) == {
        "a": {"x": 1, "y": [3], "z": {"deep": 9, "keep": 2}, "new": True}, "b": "t"}


def test_null_deletes_a_default_key_at_any_depth():
    defaults = {"a": {"x": 1, "y": 2}, "b": 1}
    assert merge_values(defaults, {"a": {"x": None}, "b": None}) == {"a": {"y": 2}}


def test_null_without_default_is_absent():
    assert merge_values({"a": 1}, {"b": None, "c": {"d": None, "e": 1}}) == {"a": 1, "c": {"e": 1}}


def test_lists_are_taken_as_written():
    # Nothing inside a list is merged or deleted.
    assert merge_values({"l": [{"a": 1}]}, {"l": [{"a": None}]}) == {"l": [{"a": None}]}


def test_type_mismatch_keeps_the_users_value():
    assert merge_values({"a": {"x": 1}, "b": "s"}, {"a": "flat", "b": {"k": 1}}) == {"a": "flat", "b": {"k": 1}}


def test_inputs_are_not_modified():
    defaults = {"a": {"x": [1]}, "b": {"c": 1}}
    user = {"a": {"y": 2}, "b": None}
    before = copy.deepcopy((defaults, user))
    merged = merge_values(defaults, user)
    merged["a"]["x"].append(2)
    assert (defaults, user) == before


def test_order_user_keys_first_then_remaining_defaults():
    merged = merge_values({"worker": 1, "other": 2}, {"infra": 3, "worker": 4})
    assert list(merged) == ["infra", "worker", "other"]


def _load(extra: dict):
    return load_values_text(dump(overlay(BASE, extra)), "clusters/m.yaml")


def test_extra_pool_keeps_the_default_pool():
    values = _load({"nodePools": {"infra": {"class": "default", "replicas": 1}}}).values
    assert {name: (p.class_name, p.replicas) for name, p in values.node_pools.items()} == {
        "infra": ("default", 1), "worker": ("default", 2)}


def test_pool_override_merges_into_the_default_pool():
    values = _load({"nodePools": {"worker": {"replicas": 5}}}).values
    assert values.node_pools["worker"].class_name == "default"
    assert values.node_pools["worker"].replicas == 5


def test_null_deletes_the_default_pool():
    values = _load({"nodePools": {"worker": None, "infra": {"class": "default", "replicas": 1}}}).values
    assert list(values.node_pools) == ["infra"]


def test_extra_class_keeps_the_default_class_and_network_merges_into_it():
    devices = [{"networkName": "other-net", "dhcp4": True}]
    values = _load({"nodeClasses": {
        "big": {"template": "tpl", "numCPUs": 8, "network": {"devices": devices}},
        "default": {"network": {"devices": devices}},
    }}).values
    assert set(values.node_classes) == {"big", "default"}
    # The default class keeps its template; its device list is replaced, not merged.
    assert values.node_classes["default"] == {"network": {"devices": devices},
                                              "template": "flatcar-stable-3602.2.1-kube-v1.24.12-gs"}


def test_machine_template_merges_and_null_removes_a_key():
    values = _load({"controlPlane": {"machineTemplate": {"numCPUs": 4, "resourcePool": None}}}).values
    template = values.control_plane.machine_template
    assert template["numCPUs"] == 4 and template["memoryMiB"] == 8192
    assert "resourcePool" not in template


def test_lists_replace_defaults_in_files():
    values = _load({"sshTrustedUserCAKeys": [], "osUsers": [{"name": "ops"}]}).values
    assert values.ssh_trusted_user_ca_keys == ()
    assert values.os_users == ({"name": "ops"},)


def test_null_on_a_string_gives_the_empty_value_the_chart_renders():
    values = _load({"servicePriority": None, "clusterLabels": None}).values
    assert values.service_priority == ""
    assert values.cluster_labels == {}


@pytest.mark.parametrize("extra, path", [
    ({"apiServer": {"featureGates": None}}, "apiServer.featureGates"),
    ({"controlPlane": {"replicas": None}}, "controlPlane.replicas"),
    ({"apiServer": None}, "apiServer"),
    ({"connectivity": {"network": {"pods": None}}}, "connectivity.network.pods"),
])
def test_null_removing_something_required_is_an_error(extra, path):
    with pytest.raises(ConfigError) as info:
        _load(extra)
    assert [e.path for e in info.value.errors] == [path]
    assert "clusters/m.yaml: " + path + ": is missing: required by the chart" in str(info.value)


def test_null_removing_the_class_of_a_pool_is_reported_on_the_pool():
    with pytest.raises(ConfigError) as info:
        _load({"nodeClasses": {"default": None}})
    assert [e.path for e in info.value.errors] == ["nodePools.worker.class"]
    assert "defined: none" in str(info.value)
