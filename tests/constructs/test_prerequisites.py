"""Prerequisites: every Secret the cluster's objects reference is either emitted or listed (with
its keys and how to create it); the kubeconfig Cluster API writes is neither."""
from __future__ import annotations

import dataclasses

import pytest

from conftest import CLUSTERS
from constructs_lib.commands.synth import synth_documents
from constructs_lib.constructs.cluster import VsphereCluster, VsphereClusterChart, VsphereClusterProps
from constructs_lib.constructs.context import ClusterContext
from constructs_lib.constructs.prerequisites import Prerequisite, generated_secrets, prerequisites, secret_references
from parity_support import case_files, our_documents, release_of

EXAMPLES = sorted(CLUSTERS.glob("*.yaml"))


def _names(found: list[Prerequisite]) -> list[str]:
    return [p.name for p in found]


def _loose_secret_names(node, parent_key: str = "") -> set[str]:
    """Every name a mapping under a key mentioning "secret" (or a Secret-kind mapping) gives: an
    independent, cruder scan than prerequisites._walk, so a reference shape it misses shows up."""
    found: set[str] = set()
    if isinstance(node, dict):
        if isinstance(node.get("name"), str) and ("secret" in parent_key.lower() or node.get("kind") == "Secret"):
            found.add(node["name"])
        if isinstance(node.get("secretName"), str):
            found.add(node["secretName"])
        for key, value in node.items():
            found |= _loose_secret_names(value, key)
    elif isinstance(node, list):
        for item in node:
            found |= _loose_secret_names(item, parent_key)
    return found


def _covered(documents: list[dict], found: list[Prerequisite], cluster: str) -> None:
    emitted = {d["metadata"]["name"] for d in documents if d["kind"] == "Secret"}
    listed = set(_names(found))
    referenced = {r.name for r in secret_references(documents)}
    loose = set().union(*(_loose_secret_names(d.get("spec")) for d in documents)) - {None}
    assert loose <= referenced, f"references the scan missed: {sorted(loose - referenced)}"
    assert {f"{cluster}-kubeconfig"} | {n for n in emitted if "registry-configuration" in n} <= loose
    generated = {g.name for g in generated_secrets(documents, cluster, documents[0]["metadata"].get("namespace", ""))}
    assert referenced - emitted - generated - {f"{cluster}-kubeconfig"} == listed
    assert not listed & generated
    assert not listed & emitted
    assert f"{cluster}-kubeconfig" in referenced and f"{cluster}-kubeconfig" not in listed


@pytest.fixture(scope="module")
def examples():
    out = {}
    for path in EXAMPLES:
        props = VsphereClusterProps.from_cluster_file(path)
        out[path.stem] = (props, synth_documents(props))
    return out


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_every_reference_is_emitted_or_listed(examples, path):
    props, documents = examples[path.stem]
    found = prerequisites(props, documents=documents)
    _covered(documents, found, props.name)
    # Built from the constructs' functions without synthesizing: the same list.
    assert prerequisites(props) == found


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_examples_list_what_their_settings_need(examples, path):
    props, documents = examples[path.stem]
    values, name = props.values, props.name
    expected = [props.credentials_secret_name] if props.credentials_secret_name else []
    if values.internal.teleport.enabled:
        expected.append(f"{name}-teleport-join-token")
    if values.cluster.enable_encryption_provider and props.encryption_key != "generate":
        expected.append(f"{name}-encryption-provider-config")
    if values.proxy.enabled:
        expected.append(props.proxy_secret_name)
    found = prerequisites(props)
    assert sorted(_names(found)) == sorted(expected)
    assert all(p.namespace == props.namespace and p.kind == "Secret" for p in found)
    credentials = next(p for p in found if p.name == props.credentials_secret_name)
    assert credentials.keys == ("escapedPassword", "password", "username")
    assert {r.split(":")[0] for r in credentials.read_by} == {
        f"VSphereCluster {name}", f"HelmRelease {name}-cloud-provider-vsphere"}
    assert credentials.how_to_create.startswith(f"kubectl -n {props.namespace} create secret generic "
                                                f"{props.credentials_secret_name} ")
    assert "SOPS" in credentials.how_to_create and "ExternalSecret" in credentials.how_to_create


@pytest.mark.parametrize("path", case_files(), ids=lambda p: p.stem)
def test_cases_every_reference_is_emitted_or_listed(path):
    text = path.read_text()
    name, namespace = release_of(text)
    documents = our_documents(text, name=name, namespace=namespace)
    props_like = _props_of_case(text, name, namespace)
    found = prerequisites(props_like, documents=documents)
    _covered(documents, found, name)
    assert prerequisites(props_like) == found


def _props_of_case(text: str, name: str, namespace: str) -> VsphereClusterProps:
    from constructs_lib.config import load_values_text

    return VsphereClusterProps(name=name, values=load_values_text(text, "values.yaml").values, namespace=namespace,
                               management_cluster=None)


TELEPORT_ENCRYPTION_PROXY = """\
baseDomain: example.test
proxy: {enabled: true, secretName: corp-proxy}
cluster: {enableEncryptionProvider: true}
internal: {teleport: {enabled: true}}
nodePools: {worker: {class: default, replicas: 2}, big: {class: default, replicas: 1}}
connectivity:
  network:
    controlPlaneEndpoint: {host: "10.0.10.5"}
    loadBalancers: {cidrBlocks: ["10.0.10.64/27"]}
"""


@pytest.fixture(scope="module")
def everything_on():
    props = dataclasses.replace(_props_of_case(TELEPORT_ENCRYPTION_PROXY, "demo", "org-demo"),
                                credentials_secret_name="vsphere-demo", namespaced_secrets=True)
    return props, synth_documents(props)


def test_teleport_encryption_and_proxy(everything_on):
    props, documents = everything_on
    found = {p.name: p for p in prerequisites(props, documents=documents)}
    _covered(documents, list(found.values()), "demo")
    assert set(found) == {"vsphere-demo", "demo-teleport-join-token", "demo-encryption-provider-config", "corp-proxy"}
    assert found["demo-teleport-join-token"].keys == ("joinToken",)
    assert found["demo-encryption-provider-config"].keys == ("encryption",)
    assert found["demo-encryption-provider-config"].read_by == (
        "KubeadmControlPlane demo: file /etc/kubernetes/encryption/config.yaml",)
    proxy = found["corp-proxy"]
    assert proxy.keys == ("containerdProxy",)
    readers = set(proxy.read_by)
    assert "KubeadmControlPlane demo: file /etc/systemd/system/containerd.service.d/99-http-proxy.conf" in readers
    assert "KubeadmControlPlane demo: file /etc/systemd/system/teleport.service.d/99-http-proxy.conf" in readers
    assert sum(r.startswith("KubeadmConfigTemplate demo-big-") for r in readers) == 2
    assert sum(r.startswith("KubeadmConfigTemplate demo-worker-") for r in readers) == 2
    assert all(p.namespace == "org-demo" for p in found.values())
    for p in found.values():
        assert p.how_to_create.count("kubectl -n org-demo create secret generic ") == 1
        assert p.name in p.describe() and "create: " in p.describe()
    assert prerequisites(props) == list(found.values())


def test_off_switches_remove_their_secrets():
    text = TELEPORT_ENCRYPTION_PROXY.replace("enabled: true, secretName: corp-proxy", "enabled: false") \
        .replace("enableEncryptionProvider: true", "enableEncryptionProvider: false") \
        .replace("teleport: {enabled: true}", "teleport: {enabled: false}")
    props = _props_of_case(text, "demo", "org-demo")
    documents = synth_documents(props)
    found = prerequisites(props, documents=documents)
    _covered(documents, found, "demo")
    assert found == []  # the credentials Secret <name>-credentials is emitted from the values


def test_the_construct_property_and_the_context(everything_on):
    from cdk8s import App

    props, _ = everything_on
    chart = VsphereClusterChart(App(), "demo", props)
    cluster = chart.cluster
    assert isinstance(cluster, VsphereCluster)
    assert cluster.prerequisites == prerequisites(props)
    assert prerequisites(cluster.context) == prerequisites(props)
    assert isinstance(cluster.context, ClusterContext)


def test_other_sources_are_refused():
    with pytest.raises(TypeError):
        prerequisites("demo")
