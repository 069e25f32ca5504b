"""Values built in code are held to the rules of a values file (``checked_values``), and ``help()``
of every config dataclass lists its fields with their meaning and default."""
from __future__ import annotations

import dataclasses
import pickle
import pydoc
import re
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from config_helpers import BASE, REFERENCE_VALUES, REPO, dump
from constructs_lib.config import (ClusterSettings, ClusterValues, ConfigError, Connectivity, ControlPlane,
                                   HelmReleases, LoadBalancers, Network, NodePool, checked_values,
                                   load_values_file, load_values_mapping, load_values_text, model)
from constructs_lib.config.checked import is_checked
from constructs_lib.config.cluster_file import ClusterFile, Deployment, load_cluster_file
from constructs_lib.config.fielddocs import default_text, field_docs
from values_strategies import values_files

SOURCE = "VsphereClusterProps(name='alpha').values"


def valid() -> ClusterValues:
    """The smallest values that pass: the chart's defaults with a load-balancer range."""
    return ClusterValues(connectivity=Connectivity(network=Network(
        load_balancers=LoadBalancers(cidr_blocks=("10.0.10.64/27",)))))


def problems(values) -> list[tuple[str, str]]:
    """``(path, text)`` of every problem ``checked_values`` reports; every one names SOURCE."""
    with pytest.raises(ConfigError) as caught:
        checked_values(values, SOURCE)
    assert {error.source for error in caught.value.errors} == {SOURCE}
    return [(error.path, str(error)) for error in caught.value.errors]


def paths(values) -> list[str]:
    return [path for path, _ in problems(values)]


# --- what is checked ---------------------------------------------------------------------------

def test_an_even_control_plane_replica_count_is_refused():
    [(path, text)] = problems(dataclasses.replace(valid(), control_plane=ControlPlane(replicas=2)))
    assert path == "controlPlane.replicas"
    assert text.startswith(f"{SOURCE}: controlPlane.replicas: 2 is invalid: must be an odd number")


def test_a_pool_naming_a_missing_node_class_is_refused():
    [(path, text)] = problems(dataclasses.replace(valid(), node_pools={"worker": NodePool(class_name="big")}))
    assert path == "nodePools.worker.class"
    assert "'big' is invalid: must name a node class in nodeClasses (defined: 'default')" in text


def test_a_kubernetes_version_without_the_leading_v_is_refused_as_in_a_file():
    file_errors = pytest.raises(ConfigError, load_values_mapping,
                                {**BASE, "cluster": {"kubernetesVersion": "1.33"}}, "a.yaml").value.errors
    assert [e.path for e in file_errors] == ["cluster.kubernetesVersion"]
    [(path, text)] = problems(dataclasses.replace(valid(), cluster=ClusterSettings(kubernetes_version="1.33")))
    assert path == "cluster.kubernetesVersion"
    assert text == str(file_errors[0]).replace("a.yaml", SOURCE, 1)


@pytest.mark.parametrize("replicas", ["3", 3.0, True, None])
def test_a_wrongly_typed_value_is_a_config_error(replicas):
    assert paths(dataclasses.replace(valid(), control_plane=ControlPlane(replicas=replicas))) == \
        ["controlPlane.replicas"]


def test_every_problem_is_reported_at_once():
    values = dataclasses.replace(
        valid(), control_plane=ControlPlane(replicas=4), cluster=ClusterSettings(kubernetes_version="1.33"),
        node_pools={"worker": NodePool(class_name="big", replicas=-1)})
    assert sorted(paths(values)) == ["cluster.kubernetesVersion", "controlPlane.replicas",
                                     "nodePools.worker.class", "nodePools.worker.replicas"]


def test_the_chart_defaults_alone_do_not_pass_as_in_a_file():
    assert paths(ClusterValues.defaults()) == ["connectivity.network.loadBalancers"]


def test_a_wrong_object_in_place_of_a_section_is_a_config_error():
    assert paths(dataclasses.replace(valid(), control_plane="three")) == ["controlPlane"]
    assert paths(dataclasses.replace(valid(), helm_releases=HelmReleases(cilium="5m"))) == ["helmReleases.cilium"]
    assert paths(dataclasses.replace(valid(), node_pools={"worker": {"class_name": "default"}})) == [
        "nodePools.worker.class_name", "nodePools.worker.class", "nodePools.worker.replicas"]


def test_something_else_than_values_is_a_config_error():
    [(path, text)] = problems({"controlPlane": {"replicas": 3}})
    assert path == "" and "is not a ClusterValues" in text


def test_a_mapping_that_contains_itself_is_a_config_error():
    looping: dict = {}
    looping["self"] = looping
    [(_, text)] = problems(dataclasses.replace(valid(), node_classes={"default": looping}))
    assert "nested too deeply" in text


def test_secrets_are_not_shown():
    secret = "S3NTINEL-password"
    values = dataclasses.replace(valid(), vcenter=dataclasses.replace(valid().vcenter, password=secret),
                                 control_plane=ControlPlane(replicas=2))
    assert all(secret not in text for _, text in problems(values))


# --- what code-built values may look like --------------------------------------------------

def test_values_built_in_code_come_back_as_a_file_gives_them():
    values = dataclasses.replace(
        valid(),
        api_server=dataclasses.replace(valid().api_server, cert_sans=["api.example.test"]),  # a list
        node_pools={"worker": NodePool(replicas=3), "infra": {"class": "default", "replicas": 1}},
        node_classes={"default": {"template": "flatcar", "numCPUs": 4,
                                  "network": {"devices": [{"networkName": "net", "dhcp4": True}]}}})
    checked = checked_values(values, SOURCE)
    assert checked.api_server.cert_sans == ("api.example.test",)
    assert checked.node_pools == {"worker": NodePool("default", 3), "infra": NodePool("default", 1)}
    assert checked.node_classes == values.node_classes and checked.node_classes is not values.node_classes
    assert is_checked(checked) and not is_checked(values)
    assert checked_values(checked, SOURCE) is checked


def test_valid_values_are_unchanged():
    values = valid()
    assert checked_values(values, SOURCE) == values


def _loadable_files() -> list[Path]:
    return sorted((REPO / "tests" / "cases").glob("*.yaml")) + REFERENCE_VALUES


@pytest.mark.parametrize("path", _loadable_files(), ids=lambda p: p.name)
def test_every_loadable_file_passes_again_when_its_values_come_from_code(path):
    loaded = load_values_file(path).values
    copy = dataclasses.replace(loaded)  # equal, but built in code: checked again
    assert not is_checked(copy)
    assert checked_values(copy, SOURCE) == loaded


@settings(max_examples=40, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(drawn=values_files())
def test_drawn_values_pass_again_when_they_come_from_code(drawn):
    loaded = load_values_text(dump(drawn[0]), "drawn.yaml").values
    assert checked_values(dataclasses.replace(loaded), SOURCE) == loaded


# --- values from a file are not checked twice -------------------------------------------------

def test_values_loaded_from_a_file_are_not_checked_again():
    cluster = load_cluster_file(REPO / "clusters" / "alpha.yaml")
    assert is_checked(cluster.values)
    assert checked_values(cluster.values, SOURCE) is cluster.values
    assert is_checked(pickle.loads(pickle.dumps(cluster)).values)  # as worker processes receive them


def test_changed_values_are_checked_again():
    loaded = load_cluster_file(REPO / "clusters" / "alpha.yaml").values
    changed = dataclasses.replace(loaded, control_plane=dataclasses.replace(loaded.control_plane, replicas=2))
    assert not is_checked(changed)
    assert paths(changed) == ["controlPlane.replicas"]


def test_the_check_of_code_built_values_is_fast():
    values = dataclasses.replace(load_cluster_file(REPO / "clusters" / "bravo.yaml").values)
    checked_values(values, SOURCE)
    start = time.perf_counter()
    for _ in range(20):
        checked_values(values, SOURCE)
    assert (time.perf_counter() - start) / 20 < 0.02  # about 0.5 ms; a cluster's synthesis takes far longer


# --- help() ------------------------------------------------------------------------------------

def config_dataclasses() -> list[type]:
    return [getattr(model, name) for name in model.__all__ if isinstance(getattr(model, name), type)] + [
        Deployment, ClusterFile]


def first_sentence(text: str) -> str:
    return re.split(r"(?<=[.;:])\s", " ".join(text.split()), maxsplit=1)[0]


def assert_help_lists_every_field(cls: type) -> None:
    text = " ".join(pydoc.render_doc(cls, renderer=pydoc.plaintext).replace(" |", " ").split())
    docs = field_docs(cls)
    for f in dataclasses.fields(cls):
        assert docs.get(f.name), f"{cls.__name__}.{f.name} has no attribute docstring"
        assert f"{f.name}: " in text, f.name
        assert " ".join(f"= {default_text(f)}".split()) in text, f.name
        assert first_sentence(docs[f.name]) in text, f.name


@pytest.mark.parametrize("cls", config_dataclasses(), ids=lambda c: c.__name__)
def test_help_shows_each_fields_meaning_and_default(cls):
    assert_help_lists_every_field(cls)


def test_help_of_the_main_classes_in_words():
    assert "replicas: int = 1\n    ``replicas``: number of control-plane machines" in ControlPlane.__doc__
    assert "class_name: str = 'default'\n    ``class``: name of the node class" in NodePool.__doc__
    assert "control_plane: ControlPlane = ControlPlane()" in ClusterValues.__doc__
    assert ClusterValues.__doc__.startswith("All values of one cluster")
    assert valid().__doc__ == ClusterValues.__doc__
