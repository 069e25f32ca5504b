"""nodePools.<pool>.kubernetesVersion: a pool's own Kubernetes version, never newer than the
control plane's and no older than the Kubernetes version skew policy allows.

The file's camelCase key loads into ``NodePool.kubernetes_version`` (``None`` when not given: the
pool takes ``cluster.kubernetesVersion``); a value that is no vX.Y.Z is an error of the spec, the
skew against ``cluster.kubernetesVersion`` one of the rules across fields
(:func:`constructs_lib.config.rules.pool_version_problems`). A pool without the key synthesizes
exactly as before the key existed.
"""
from __future__ import annotations

import dataclasses

import pytest
import yaml

from config_helpers import NEUTRAL_BASE, dump, overlay
from constructs_lib.config import ClusterValues, ConfigError, NodePool, checked_values
from constructs_lib.config import rules
from constructs_lib.config.cluster_file import load_cluster_text
from constructs_lib.config.errors import FieldError
from constructs_lib.config.loader import merged_values
from constructs_lib.config.validate import validate_values

SOURCE = "clusters/test.yaml"


def cluster_text(cluster_version: str = "v1.33.4", **pools) -> str:
    """A valid cluster file (neutral defaults) running ``cluster_version``; ``pools``: pool name ->
    its extra keys, e.g. ``worker={"kubernetesVersion": "v1.32.1"}``."""
    values = overlay(NEUTRAL_BASE, {"cluster": {"kubernetesVersion": cluster_version}})
    for name, extra in pools.items():
        values["nodePools"][name] = {"class": "default", "replicas": 1, **extra}
    return dump(values)


def load_errors(text: str) -> list[FieldError]:
    try:
        load_cluster_text(text, SOURCE, "test")
    except ConfigError as exc:
        return exc.errors
    return []


def problems(text: str) -> list[rules.Problem]:
    """The skew problems of a cluster file's values, merged onto the neutral defaults."""
    return rules.pool_version_problems(merged_values(yaml.safe_load(text), "neutral"))


# --- the loader mapping ------------------------------------------------------------------------

def test_the_file_key_loads_into_the_snake_case_prop_and_a_pool_without_it_takes_the_cluster_version():
    text = cluster_text("v1.33.4", worker={}, old={"kubernetesVersion": "v1.32.7"})
    values = load_cluster_text(text, SOURCE, "test").values
    assert values.node_pools["old"].kubernetes_version == "v1.32.7"
    assert values.node_pools["worker"].kubernetes_version is None
    assert values.pool_kubernetes_version("old") == "v1.32.7"
    assert values.pool_kubernetes_version("worker") == "v1.33.4"


def test_a_null_removes_the_pin():
    text = cluster_text("v1.33.4", worker={"kubernetesVersion": None})
    values = load_cluster_text(text, SOURCE, "test").values
    assert values.node_pools["worker"].kubernetes_version is None
    assert values.pool_kubernetes_version("worker") == "v1.33.4"


def test_the_values_mapping_holds_the_key_only_when_given_and_round_trips():
    values = load_cluster_text(cluster_text("v1.33.4", worker={}, old={"kubernetesVersion": "v1.32.7"}),
                               SOURCE, "test").values
    pools = values.to_values_dict()["nodePools"]
    assert pools["worker"] == {"class": "default", "replicas": 1}
    assert pools["old"] == {"class": "default", "replicas": 1, "kubernetesVersion": "v1.32.7"}
    assert ClusterValues.from_values_dict(values.to_values_dict()) == values
    # The chart's defaults (values.yaml) gain no key.
    assert ClusterValues.defaults().to_values_dict()["nodePools"] == {"worker": {"class": "default", "replicas": 2}}


def test_values_built_in_code_take_the_prop_and_are_held_to_the_same_format():
    base = load_cluster_text(cluster_text("v1.33.4", worker={}), SOURCE, "test").values
    pinned = dataclasses.replace(base, node_pools={"worker": NodePool("default", 1, kubernetes_version="v1.32.0")})
    assert checked_values(pinned, "props.values").pool_kubernetes_version("worker") == "v1.32.0"
    wrong = dataclasses.replace(base, node_pools={"worker": NodePool("default", 1, kubernetes_version="1.32")})
    with pytest.raises(ConfigError) as caught:
        checked_values(wrong, "props.values")
    assert [str(e) for e in caught.value.errors] == [
        "props.values: nodePools.worker.kubernetesVersion: '1.32' is invalid: must be a Kubernetes version vX.Y.Z "
        "like v1.33.4, or left out to take cluster.kubernetesVersion"]


def test_help_names_the_key_and_the_default():
    doc = NodePool.__doc__
    assert "kubernetes_version: str | None = None" in doc
    assert "``kubernetesVersion``: the pool's Kubernetes version" in doc


# --- the format (spec) ---------------------------------------------------------------------------

@pytest.mark.parametrize("value, shown", [
    ("v1.33", "'v1.33'"), ("1.33.4", "'1.33.4'"), ("", "''"), ("latest", "'latest'"),
])
def test_a_pool_version_that_is_no_version_is_an_error_naming_file_field_value_and_what_is_allowed(value, shown):
    errors = load_errors(cluster_text("v1.33.4", worker={"kubernetesVersion": value}))
    assert [str(e) for e in errors] == [
        f"{SOURCE}: nodePools.worker.kubernetesVersion: {shown} is invalid: must be a Kubernetes version vX.Y.Z "
        "like v1.33.4, or left out to take cluster.kubernetesVersion"]


def test_a_number_is_told_to_be_quoted():
    errors = load_errors(cluster_text("v1.33.4", worker={"kubernetesVersion": 1.33}))
    assert [e.path for e in errors] == ["nodePools.worker.kubernetesVersion"]
    assert "must be a string (found a number) (put it in quotes" in str(errors[0])


def test_every_bad_pool_version_is_reported_at_once_with_the_other_problems():
    text = cluster_text("v1.33.4", a={"kubernetesVersion": "v1.33"}, b={"kubernetesVersion": "x"},
                        c={"kubernetesVersion": "v1.32.0", "replicas": -1})
    assert [e.path for e in load_errors(text)] == [
        "nodePools.a.kubernetesVersion", "nodePools.b.kubernetesVersion", "nodePools.c.replicas"]


def test_a_valid_pin_loads():
    assert load_errors(cluster_text("v1.33.4", worker={"kubernetesVersion": "v1.33.4"})) == []
    assert load_errors(cluster_text("v1.33.4", worker={"kubernetesVersion": "v1.31.0"})) == []


# --- the skew policy (rules) ---------------------------------------------------------------------

@pytest.mark.parametrize("control_plane, pool, refused", [
    ("v1.33.4", "v1.33.4", False),   # the same version
    ("v1.33.4", "v1.33.1", False),   # an older patch
    ("v1.33.4", "v1.30.0", False),   # three minors older: allowed from 1.28
    ("v1.33.4", "v1.29.9", True),    # four minors older
    ("v1.33.4", "v1.34.0", True),    # a newer minor: kubelet newer than kube-apiserver
    ("v1.33.4", "v1.33.5", True),    # a newer patch: never newer than the control plane
    ("v1.33.4", "v2.0.0", True),     # a newer major
    ("v1.33.4", "v0.33.4", True),    # an older major
    ("v1.28.0", "v1.25.3", False),   # three minors older at 1.28
    ("v1.28.0", "v1.24.3", True),
    ("v1.27.9", "v1.25.0", False),   # two minors older before 1.28
    ("v1.27.9", "v1.24.9", True),    # three minors older before 1.28
    ("v1.33.4", "v1.33", False),     # no version: its own error, not a skew one
    ("v1.33", "v1.30.0", False),
])
def test_the_kubelet_skew_rule(control_plane, pool, refused):
    assert (rules.kubelet_skew(control_plane, pool) is not None) == refused


def test_a_pool_newer_than_the_control_plane_quotes_the_skew_policy_and_the_upgrade_order():
    [problem] = problems(cluster_text("v1.33.4", worker={"kubernetesVersion": "v1.34.0"}))
    assert problem.path == "nodePools.worker.kubernetesVersion" and problem.value == "v1.34.0"
    assert str(FieldError(SOURCE, problem.path, problem.message, "'v1.34.0'", problem.allowed)) == (
        f"{SOURCE}: nodePools.worker.kubernetesVersion: 'v1.34.0' is newer than cluster.kubernetesVersion 'v1.33.4' "
        "(the control plane's kube-apiserver): a version from v1.30.0 to v1.33.4: kubelet must not be newer than "
        "kube-apiserver, and may be up to three minor versions older than kube-apiserver from Kubernetes 1.28, two "
        "before (the Kubernetes version skew policy, https://kubernetes.io/releases/version-skew-policy/#kubelet). "
        "To upgrade, raise cluster.kubernetesVersion first, with the pools pinned to the version they run, and move "
        "the pools once the control plane runs the new version (README, \"Upgrading Kubernetes\")")


def test_a_pool_too_far_behind_names_how_far_and_the_lowest_version_allowed():
    def problem(control_plane, pool):
        [found] = problems(cluster_text(control_plane, worker={"kubernetesVersion": pool}))
        return found

    late = problem("v1.33.4", "v1.29.9")
    assert late.message == ("is 4 minor versions older than cluster.kubernetesVersion 'v1.33.4' (the control plane's "
                            "kube-apiserver)")
    assert late.allowed.startswith("a version from v1.30.0 to v1.33.4: kubelet must not be newer")
    assert "raise this pin, or remove it to follow cluster.kubernetesVersion" in late.allowed
    assert problem("v1.27.9", "v1.24.0").allowed.startswith("a version from v1.25.0 to v1.27.9")


def test_pools_without_a_pin_and_pins_within_the_policy_have_no_problem():
    text = cluster_text("v1.33.4", worker={}, same={"kubernetesVersion": "v1.33.4"},
                        behind={"kubernetesVersion": "v1.30.2"})
    assert problems(text) == []


def test_every_pool_out_of_skew_is_one_problem():
    text = cluster_text("v1.33.4", a={"kubernetesVersion": "v1.34.0"}, b={"kubernetesVersion": "v1.28.0"},
                        c={"kubernetesVersion": "v1.32.0"})
    found = problems(text)
    assert [(p.path, p.value) for p in found] == [
        ("nodePools.a.kubernetesVersion", "v1.34.0"), ("nodePools.b.kubernetesVersion", "v1.28.0")]


@pytest.mark.parametrize("values", [
    None, [], {"cluster": "x"}, {"cluster": {"kubernetesVersion": 1}, "nodePools": {"a": {"kubernetesVersion": "v1.0.0"}}},
    {"cluster": {"kubernetesVersion": "v1.33.4"}, "nodePools": {"a": None, 1: {"kubernetesVersion": 2}, "b": []}},
    {"cluster": {"kubernetesVersion": "v1.33.4"}, "nodePools": ["a"]},
])
def test_bad_shapes_have_no_skew_problem_and_no_traceback(values):
    assert rules.pool_version_problems(values) == []


# --- the skew at load: the rule across fields, with the other problems ---------------------------

def _skew_checked_at_load() -> bool:
    mapping = merged_values({"cluster": {"kubernetesVersion": "v1.33.4"},
                             "nodePools": {"w": {"class": "default", "kubernetesVersion": "v1.34.0"}}})
    return any(e.path == "nodePools.w.kubernetesVersion" for e in validate_values(mapping, "x"))


@pytest.mark.skipif(not _skew_checked_at_load(),
                    reason="validate's cross-field checks do not call rules.pool_version_problems yet")
def test_the_loader_reports_every_pool_out_of_skew_at_once():
    text = cluster_text("v1.33.4", a={"kubernetesVersion": "v1.34.0"}, b={"kubernetesVersion": "v1.29.0"},
                        c={"kubernetesVersion": "v1.32.0", "replicas": -1})
    errors = load_errors(text)
    assert sorted(e.path for e in errors) == [
        "nodePools.a.kubernetesVersion", "nodePools.b.kubernetesVersion", "nodePools.c.replicas"]
    shown = {e.path: str(e) for e in errors}
    assert shown["nodePools.a.kubernetesVersion"].startswith(
        f"{SOURCE}: nodePools.a.kubernetesVersion: 'v1.34.0' is newer than cluster.kubernetesVersion 'v1.33.4'")
    assert shown["nodePools.b.kubernetesVersion"].startswith(
        f"{SOURCE}: nodePools.b.kubernetesVersion: 'v1.29.0' is 4 minor versions older than")
    assert all("kubelet must not be newer than kube-apiserver" in shown[f"nodePools.{p}.kubernetesVersion"]
               for p in "ab")
    # Values built in code are held to it too.
    values = load_cluster_text(cluster_text("v1.33.4", worker={}), SOURCE, "test").values
    ahead = dataclasses.replace(values, node_pools={"worker": NodePool("default", 1, kubernetes_version="v1.34.0")})
    with pytest.raises(ConfigError) as caught:
        checked_values(ahead, "props.values")
    assert [e.path for e in caught.value.errors] == ["nodePools.worker.kubernetesVersion"]


# --- the synthesized objects ---------------------------------------------------------------------

def _documents(pools: dict) -> list[dict]:
    from parity_support import our_documents

    values = overlay(NEUTRAL_BASE, {"cluster": {"kubernetesVersion": "v1.33.4"}})
    values["nodePools"] = pools
    return our_documents(dump(values), name="test")


def _by_name(documents: list[dict]) -> dict:
    return {(d["kind"], d["metadata"]["name"]): d for d in documents}


def test_a_pool_without_the_key_synthesizes_as_before_and_a_pin_to_the_cluster_version_changes_nothing():
    plain = _documents({"worker": {"class": "default", "replicas": 2}})
    pinned = _documents({"worker": {"class": "default", "replicas": 2, "kubernetesVersion": "v1.33.4"}})
    assert plain == pinned
    md = _by_name(plain)["MachineDeployment", "test-worker"]
    kcp = _by_name(plain)["KubeadmControlPlane", "test"]
    assert md["spec"]["template"]["spec"]["version"] == kcp["spec"]["version"] == "v1.33.4"


def test_a_pin_changes_only_the_version_of_its_machine_deployment():
    plain = _by_name(_documents({"worker": {"class": "default", "replicas": 2},
                                 "infra": {"class": "default", "replicas": 1}}))
    pinned = _by_name(_documents({"worker": {"class": "default", "replicas": 2, "kubernetesVersion": "v1.32.7"},
                                  "infra": {"class": "default", "replicas": 1}}))
    assert plain.keys() == pinned.keys()  # the same names: no KubeadmConfigTemplate hash moves
    changed = [key for key in plain if plain[key] != pinned[key]]
    assert changed == [("MachineDeployment", "test-worker")]
    assert pinned["MachineDeployment", "test-worker"]["spec"]["template"]["spec"]["version"] == "v1.32.7"
    assert pinned["MachineDeployment", "test-infra"]["spec"]["template"]["spec"]["version"] == "v1.33.4"
    assert pinned["KubeadmControlPlane", "test"]["spec"]["version"] == "v1.33.4"
    unpinned = dict(plain["MachineDeployment", "test-worker"]["spec"]["template"]["spec"], version="v1.32.7")
    assert pinned["MachineDeployment", "test-worker"]["spec"]["template"]["spec"] == unpinned
