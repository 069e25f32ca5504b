"""The add-ons' chart versions and catalogs and the kube-vip images: values of ours (``addons``,
``images``) whose defaults are the chart's pins. Each setting changes exactly its field in the
output; the defaults give today's output and leave the chart's values mapping alone."""
from __future__ import annotations

import dataclasses

import pytest
import yaml

from config_helpers import BASE, overlay
from constructs_lib.config import ConfigError, load_values_text
from constructs_lib.config.model import AddonChart, Addons, ClusterValues, Image, Images
from constructs_lib.constructs.flux import addons as addons_module
from constructs_lib.constructs.node_config import kube_vip
from parity_support import our_documents


def _text(extra: dict) -> str:
    return yaml.safe_dump(overlay(BASE, extra), sort_keys=False)


def _load(extra: dict) -> ClusterValues:
    return load_values_text(_text(extra), "values.yaml").values


def _errors(extra: dict) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_values_text(_text(extra), "values.yaml")
    return [str(e) for e in info.value.errors]


def test_defaults_are_the_charts_pins():
    values = ClusterValues.defaults()
    assert values.addons == Addons()
    assert (values.addons.cilium, values.addons.cloud_provider_vsphere, values.addons.coredns,
            values.addons.network_policies) == (
        AddonChart("cilium", "0.19.2"), AddonChart("cloud-provider-vsphere", "1.5.1"),
        AddonChart("coredns-app", "1.21.0"), AddonChart("network-policies", "0.0.3"))
    assert addons_module.CATALOGS == {
        "default": "https://giantswarm.github.io/default-catalog",
        "default-test": "https://giantswarm.github.io/default-test-catalog",
        "cluster": "https://giantswarm.github.io/cluster-catalog",
    }
    assert values.images.kube_vip.reference == kube_vip.DEFAULT_IMAGE == "docker.io/giantswarm/kube-vip:v0.6.4"
    assert addons_module.KUBE_VIP_IMAGE == ("docker.io/giantswarm/kube-vip", "v0.6.3")
    assert addons_module.KUBE_VIP_CLOUD_PROVIDER_IMAGE == ("docker.io/giantswarm/kube-vip-cloud-provider", "v0.0.4")


def test_defaults_are_not_written_so_the_chart_mapping_stays_values_yaml():
    out = ClusterValues.defaults().to_values_dict()
    assert "addons" not in out and "images" not in out
    assert "addons" not in _load({}).to_values_dict()


def test_only_changed_leaves_are_written_and_the_rest_keep_their_defaults():
    values = _load({"addons": {"cilium": {"version": "1.0.0"}, "catalogs": {"cluster": "https://charts.example/c"}},
                    "images": {"kubeVip": {"tag": "v0.8.0"}}})
    assert values.addons.cilium == AddonChart("cilium", "1.0.0")
    assert values.addons.catalogs.cluster == "https://charts.example/c"
    assert values.addons.catalogs.default == "https://giantswarm.github.io/default-catalog"
    assert values.images.kube_vip == Image("docker.io", "giantswarm/kube-vip", "v0.8.0")
    out = values.to_values_dict()
    assert out["addons"] == {"cilium": {"version": "1.0.0"}, "catalogs": {"cluster": "https://charts.example/c"}}
    assert out["images"] == {"kubeVip": {"tag": "v0.8.0"}}
    assert ClusterValues.from_values_dict(out) == values


def test_a_null_leaf_keeps_its_default():
    values = _load({"addons": {"coredns": {"version": None}}, "images": {"kubeVip": None}})
    assert values.addons == Addons() and values.images == Images()


def test_round_trip_of_every_field_changed():
    values = dataclasses.replace(
        ClusterValues.defaults(),
        addons=Addons(AddonChart("a", "1.0.0"), AddonChart("b", "2.0.0"), AddonChart("c", "3.0.0"),
                      AddonChart("d", "4.0.0"), dataclasses.replace(Addons().catalogs, default="https://x.example")),
        images=Images(Image("r.example", "a/b", "1"), Image("r.example", "c/d", "2"), Image("r.example", "e/f", "3")))
    assert ClusterValues.from_values_dict(values.to_values_dict()) == values


@pytest.mark.parametrize("extra, path", [
    ({"addons": {"cilium": {"version": "v1.0"}}}, "addons.cilium.version"),
    ({"addons": {"coredns": {"version": ">=1.0.0"}}}, "addons.coredns.version"),
    ({"addons": {"networkPolicies": {"chart": "Network Policies"}}}, "addons.networkPolicies.chart"),
    ({"addons": {"catalogs": {"default": "ftp://charts.example"}}}, "addons.catalogs.default"),
    ({"addons": {"catalogs": {"defaultTest": "https://a b"}}}, "addons.catalogs.defaultTest"),
    ({"images": {"kubeVip": {"tag": "-bad"}}}, "images.kubeVip.tag"),
    ({"images": {"cloudProviderKubeVip": {"registry": "https://docker.io"}}}, "images.cloudProviderKubeVip.registry"),
    ({"images": {"kubeVipCloudProvider": {"name": "Giantswarm/X"}}}, "images.kubeVipCloudProvider.name"),
    ({"addons": {"cilium": {"versoin": "1.0.0"}}}, "addons.cilium.versoin"),
])
def test_invalid_settings_are_refused_at_their_path(extra, path):
    errors = _errors(extra)
    assert len(errors) == 1 and f": {path}: " in errors[0], errors


# --- the output ---------------------------------------------------------------------------------

def _leaves(node, prefix=""):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, f"{prefix}.{key}" if prefix else key)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, f"{prefix}[{index}]")
    else:
        yield prefix, node


def _indexed(documents):
    return {(d["kind"], d["metadata"]["name"]): dict(_leaves(d)) for d in documents}


@pytest.fixture(scope="module")
def default_documents():
    return our_documents(_text({}))


def test_the_defaults_give_todays_output(default_documents):
    releases = {d["metadata"]["name"]: d["spec"]["chart"]["spec"] for d in default_documents if d["kind"] == "HelmRelease"}
    assert {name: (spec["chart"], spec["version"]) for name, spec in releases.items()} == {
        "test-cilium": ("cilium", "0.19.2"), "test-cloud-provider-vsphere": ("cloud-provider-vsphere", "1.5.1"),
        "test-coredns": ("coredns-app", "1.21.0"), "test-network-policies": ("network-policies", "0.0.3")}
    pod = next(d for d in default_documents if d["kind"] == "Secret" and d["metadata"]["name"] == "test-kubevip-pod")
    assert yaml.safe_load(pod["stringData"]["content"])["spec"]["containers"][0]["image"] == \
        "docker.io/giantswarm/kube-vip:v0.6.4"


CPI = ("HelmRelease", "test-cloud-provider-vsphere")


@pytest.mark.parametrize("extra, changed", [
    ({"addons": {"cilium": {"version": "1.2.3"}}}, {("HelmRelease", "test-cilium"): {"spec.chart.spec.version": "1.2.3"}}),
    ({"addons": {"cilium": {"chart": "cilium-x"}}}, {("HelmRelease", "test-cilium"): {"spec.chart.spec.chart": "cilium-x"}}),
    ({"addons": {"cloudProviderVsphere": {"version": "1.9.0"}}}, {CPI: {"spec.chart.spec.version": "1.9.0"}}),
    ({"addons": {"cloudProviderVsphere": {"chart": "cpi"}}}, {CPI: {"spec.chart.spec.chart": "cpi"}}),
    ({"addons": {"coredns": {"version": "1.22.0"}}}, {("HelmRelease", "test-coredns"): {"spec.chart.spec.version": "1.22.0"}}),
    ({"addons": {"coredns": {"chart": "coredns"}}}, {("HelmRelease", "test-coredns"): {"spec.chart.spec.chart": "coredns"}}),
    ({"addons": {"networkPolicies": {"version": "0.1.0"}}},
     {("HelmRelease", "test-network-policies"): {"spec.chart.spec.version": "0.1.0"}}),
    ({"addons": {"networkPolicies": {"chart": "np"}}},
     {("HelmRelease", "test-network-policies"): {"spec.chart.spec.chart": "np"}}),
    ({"addons": {"catalogs": {"default": "https://charts.example/default"}}},
     {("HelmRepository", "test-default"): {"spec.url": "https://charts.example/default"}}),
    ({"addons": {"catalogs": {"defaultTest": "https://charts.example/test"}}},
     {("HelmRepository", "test-default-test"): {"spec.url": "https://charts.example/test"}}),
    ({"addons": {"catalogs": {"cluster": "http://charts.example/cluster"}}},
     {("HelmRepository", "test-cluster"): {"spec.url": "http://charts.example/cluster"}}),
    ({"images": {"cloudProviderKubeVip": {"registry": "registry.example:5000", "tag": "v0.7.0"}}},
     {CPI: {"spec.values.kube-vip.image.repository": "registry.example:5000/giantswarm/kube-vip",
            "spec.values.kube-vip.image.tag": "v0.7.0"}}),
    ({"images": {"kubeVipCloudProvider": {"name": "mirror/kvcp", "tag": "v0.0.5"}}},
     {CPI: {"spec.values.kube-vip-cloud-provider.image.repository": "docker.io/mirror/kvcp",
            "spec.values.kube-vip-cloud-provider.image.tag": "v0.0.5"}}),
])
def test_each_setting_changes_exactly_its_field(default_documents, extra, changed):
    before, after = _indexed(default_documents), _indexed(our_documents(_text(extra)))
    assert set(before) == set(after)
    diff = {}
    for key, leaves in after.items():
        delta = {path: value for path, value in leaves.items() if before[key].get(path) != value}
        assert set(leaves) == set(before[key]), key
        if delta:
            diff[key] = delta
    assert diff == changed


def test_the_kube_vip_pod_image_changes_only_the_pod(default_documents):
    extra = {"images": {"kubeVip": {"registry": "registry.example", "tag": "v0.8.0"}}}
    before, after = _indexed(default_documents), _indexed(our_documents(_text(extra)))
    changed = {key for key in after if after[key] != before[key]}
    assert changed == {("Secret", "test-kubevip-pod")}
    key = ("Secret", "test-kubevip-pod")
    old, new = before[key]["stringData.content"], after[key]["stringData.content"]
    assert new == old.replace("image: docker.io/giantswarm/kube-vip:v0.6.4", "image: registry.example/giantswarm/kube-vip:v0.8.0")
    assert new != old


@pytest.mark.parametrize("version", ["v1.24.12", "v1.30.2"])
def test_both_kube_vip_pod_templates_take_the_image(version):
    text = kube_vip.pod_manifest("10.0.0.1", version, "registry.example/kv:1")
    assert yaml.safe_load(text)["spec"]["containers"][0]["image"] == "registry.example/kv:1"
    assert "image: docker.io/giantswarm/kube-vip:v0.6.4" in kube_vip.pod_manifest("10.0.0.1", version)
