"""The typed model: chart defaults, field documentation, round trips, masking of secrets."""
from __future__ import annotations

import ast
import dataclasses
import inspect

import pytest

from config_helpers import REFERENCE_VALUES, chart_values_yaml
from constructs_lib.config import (
    ClusterValues,
    HelmReleases,
    RegistryCredentials,
    RegistryMirror,
    ReleaseSettings,
    Vcenter,
    load_values_file,
)
from constructs_lib.config import model


def test_defaults_are_the_charts_values_yaml():
    # Independent check: the chart's own file, parsed by PyYAML, against our model's defaults.
    assert ClusterValues.defaults().to_values_dict() == chart_values_yaml()


def test_defaults_cover_every_key_of_values_yaml():
    def paths(value, prefix=""):
        if isinstance(value, dict):
            for key, item in value.items():
                yield from paths(item, f"{prefix}.{key}" if prefix else key)
        else:
            yield prefix

    ours = set(paths(ClusterValues.defaults().to_values_dict()))
    assert set(paths(chart_values_yaml())) == ours


def test_template_only_keys_have_chart_fallbacks():
    values = ClusterValues.defaults()
    assert values.base_domain == ""
    assert values.management_cluster == ""
    assert values.helm_releases == HelmReleases(ReleaseSettings("5m"), ReleaseSettings("10m"), ReleaseSettings("10m"))


def test_template_only_keys_are_written_when_set():
    values = dataclasses.replace(
        ClusterValues.defaults(), base_domain="example.test", management_cluster="mgmt",
        helm_releases=HelmReleases(cilium=ReleaseSettings("1m")))
    out = values.to_values_dict()
    assert out["baseDomain"] == "example.test"
    assert out["managementCluster"] == "mgmt"
    assert out["helmReleases"] == {"cilium": {"interval": "1m"}}


def test_exact_field_names_of_the_root():
    names = [f.name for f in dataclasses.fields(ClusterValues)]
    assert names == [
        "api_server", "controller_manager", "cluster_description", "organization", "service_priority",
        "cluster_labels", "control_plane", "node_pools", "ssh_trusted_user_ca_keys", "os_users", "vcenter",
        "proxy", "oidc", "cluster", "kubectl_image", "connectivity", "internal", "node_classes", "base_domain",
        "management_cluster", "helm_releases", "addons", "images",
    ]


def _dataclasses():
    return [obj for _, obj in inspect.getmembers(model, inspect.isclass)
            if dataclasses.is_dataclass(obj) and obj.__module__ == model.__name__]


@pytest.mark.parametrize("cls", _dataclasses(), ids=lambda c: c.__name__)
def test_every_field_has_a_docstring(cls):
    tree = ast.parse(inspect.getsource(cls))
    body = tree.body[0].body
    documented = set()
    for statement, following in zip(body, body[1:]):
        if isinstance(statement, ast.AnnAssign) and isinstance(following, ast.Expr) \
                and isinstance(following.value, ast.Constant) and isinstance(following.value.value, str) \
                and following.value.value.strip():
            documented.add(statement.target.id)
    fields = {f.name for f in dataclasses.fields(cls)}
    assert fields - documented == set()


def test_dataclasses_are_frozen():
    for cls in _dataclasses():
        assert cls.__dataclass_params__.frozen, cls.__name__


@pytest.mark.parametrize("path", REFERENCE_VALUES, ids=lambda p: p.name)
def test_round_trip_through_values_dict(path):
    values = load_values_file(path).values
    assert ClusterValues.from_values_dict(values.to_values_dict()) == values


def test_to_values_dict_is_a_fresh_copy():
    values = ClusterValues.defaults()
    out = values.to_values_dict()
    out["nodeClasses"]["default"]["template"] = "changed"
    out["controlPlane"]["machineTemplate"]["network"]["devices"].append({})
    assert values.node_classes["default"]["template"] != "changed"
    assert len(values.control_plane.machine_template["network"]["devices"]) == 1


def test_defaults_do_not_share_mutable_state():
    first, second = ClusterValues.defaults(), ClusterValues.defaults()
    first.node_classes["default"]["template"] = "changed"
    assert second.node_classes["default"]["template"] != "changed"


SENTINELS = ("SENTINEL-VC-PASSWORD", "SENTINEL-REG-PASSWORD", "SENTINEL-REG-AUTH", "SENTINEL-REG-TOKEN",
             "SENTINEL-USER-PASSWD")


def _with_secrets() -> ClusterValues:
    values = ClusterValues.defaults()
    creds = RegistryCredentials("bob", SENTINELS[1], SENTINELS[2], SENTINELS[3])
    return dataclasses.replace(
        values,
        vcenter=Vcenter(username="admin", password=SENTINELS[0]),
        os_users=({"name": "giantswarm", "passwd": SENTINELS[4]},),
        connectivity=dataclasses.replace(values.connectivity, container_registries={
            "docker.io": (RegistryMirror("registry-1.docker.io", creds),)}),
    )


def test_secrets_never_in_repr_or_str():
    values = _with_secrets()
    shown = [repr(values), str(values), repr(values.vcenter), str(values.vcenter), repr(values.connectivity),
             repr(values.connectivity.container_registries), str(values.connectivity.container_registries["docker.io"][0]),
             repr(values.connectivity.container_registries["docker.io"][0].credentials)]
    for text in shown:
        for sentinel in SENTINELS:
            assert sentinel not in text
    assert "admin" in repr(values)  # the rest is still shown
    assert "bob" in repr(values)
    # ...and the secrets are still there for the code that writes them.
    assert values.vcenter.password == SENTINELS[0]
    assert values.to_values_dict()["vcenter"]["password"] == SENTINELS[0]
