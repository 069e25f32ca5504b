"""Core Kubernetes kinds against the OpenAPI of one release (from kubernetes-validate), and the
static Pod manifests among the node files of kubeadm control planes and configs."""
from __future__ import annotations

import base64
import copy
import gzip

from constructs_lib import crd
from constructs_lib.crd import core
from rule_corpus import JOB, KCP_V1BETA1, KCP_V1BETA2, KUBE_VIP_POD, KUBEVIP_SECRET, SECRET

FILES = "spec.kubeadmConfigSpec.files"


def test_the_release_and_its_kinds():
    assert crd.KUBERNETES_VERSION == core.KUBERNETES_VERSION == "1.33.0"
    kinds = core.core_kinds()
    assert {("v1", "Secret"), ("v1", "ConfigMap"), ("v1", "ServiceAccount"), ("v1", "Pod"), ("batch/v1", "Job"),
            ("rbac.authorization.k8s.io/v1", "Role"), ("rbac.authorization.k8s.io/v1", "ClusterRole"),
            ("networking.k8s.io/v1", "NetworkPolicy"), ("apps/v1", "Deployment")} <= kinds
    assert ("batch/v1beta1", "CronJob") not in kinds  # removed in 1.25
    assert core.is_core_group("") and core.is_core_group("batch") and core.is_core_group("policy.k8s.io")
    assert not core.is_core_group("cluster.x-k8s.io")


def test_the_converted_schemas():
    pod = core.core_schema("v1", "Pod")
    containers = pod["properties"]["spec"]["properties"]["containers"]
    assert containers["x-kubernetes-list-type"] == "map" and containers["x-kubernetes-list-map-keys"] == ["name"]
    port = containers["items"]["properties"]["ports"]["items"]
    assert port["properties"]["protocol"] == {"type": "string", "default": "TCP"}
    assert containers["items"]["properties"]["resources"]["properties"]["limits"]["additionalProperties"] == {
        "x-kubernetes-quantity": True}
    assert core.core_schema("v1", "Secret")["properties"]["data"]["additionalProperties"] == {
        "type": "string", "format": "byte"}
    # the same definition is converted once
    assert core.core_schema("batch/v1", "Job")["properties"]["spec"]["properties"]["template"]["properties"]["spec"] \
        is pod["properties"]["spec"]
    assert core.core_schema("v1", "Widget") is None


def test_int_or_string_and_free_form_fields():
    job = copy.deepcopy(JOB)
    container = job["spec"]["template"]["spec"]["containers"][0]
    container["livenessProbe"] = {"httpGet": {"port": "http", "path": "/healthz"}}
    container["readinessProbe"] = {"tcpSocket": {"port": 8080}}
    assert crd.validate_object(job) == []
    container["readinessProbe"] = {"tcpSocket": {"port": 8.5}}
    assert crd.validate_object(job) == [("spec.template.spec.containers[0].readinessProbe.tcpSocket.port",
                                         "must be an integer or a string")]


def test_core_objects_keep_the_metadata_subset_and_era_does_not_matter():
    secret = copy.deepcopy(SECRET)
    secret["metadata"]["uid"] = "x"
    assert crd.validate_object(secret) == crd.validate_object(secret, era="current") == [
        ("metadata.uid", "unknown field (not declared by the schema)")]


def test_inline_static_pods_in_every_encoding():
    for encoding, content in (("", KUBE_VIP_POD), ("base64", base64.b64encode(KUBE_VIP_POD.encode()).decode()),
                              ("gzip+base64", base64.b64encode(gzip.compress(KUBE_VIP_POD.encode())).decode())):
        kcp = copy.deepcopy(KCP_V1BETA2)
        kcp["spec"]["kubeadmConfigSpec"]["files"] = [{"path": "/etc/kubernetes/manifests/p.yaml", "content": content,
                                                       **({"encoding": encoding} if encoding else {})}]
        assert crd.validate_object(kcp, era="current") == [], encoding
        bad = content.replace("name: kube-vip\n", "name: kube-vip\n  labelz: {}\n", 1) if not encoding else \
            base64.b64encode((gzip.compress if "gzip" in encoding else bytes)(
                KUBE_VIP_POD.replace("kind: Pod\n", "kind: Pod\nspex: {}\n").encode())).decode()
        kcp["spec"]["kubeadmConfigSpec"]["files"][0]["content"] = bad
        problems = crd.validate_object(kcp, era="current")
        assert len(problems) == 1 and problems[0][0] == f"{FILES}[0].content", (encoding, problems)
        assert problems[0][1].startswith("static Pod manifest /etc/kubernetes/manifests/p.yaml: "), problems


def test_static_pod_manifests_that_are_not_pods():
    kcp = copy.deepcopy(KCP_V1BETA2)
    files = kcp["spec"]["kubeadmConfigSpec"]["files"]
    files[:] = [
        {"path": "/etc/kubernetes/manifests/a.yaml", "content": "a: [\n"},
        {"path": "/etc/kubernetes/manifests/b.yaml", "content": KUBE_VIP_POD + "---\n" + KUBE_VIP_POD},
        {"path": "/etc/kubernetes/manifests/c.yaml", "content": "just text"},
        {"path": "/etc/kubernetes/manifests/d.yaml", "content": "%%%", "encoding": "base64"},
        {"path": "/etc/kubernetes/other/e.yaml", "content": "not: [a pod"},  # not a static Pod: not read
    ]
    problems = crd.validate_object(kcp, era="current")
    assert [p for p, _ in problems] == [f"{FILES}[{i}].content" for i in range(4)]
    assert problems[0][1].startswith("static Pod manifest /etc/kubernetes/manifests/a.yaml: (object): is not YAML at line")
    assert problems[1][1].endswith("holds 2 documents; kubelet reads one Pod")
    assert problems[2][1].endswith("must be a v1 Pod, not str")
    assert problems[3][1].startswith("static Pod manifest /etc/kubernetes/manifests/d.yaml: cannot be decoded as "
                                     "base64 (")


def test_static_pods_from_secrets_of_the_same_manifests():
    assert crd.validate_documents([KCP_V1BETA1, KUBEVIP_SECRET], era="current") == []
    broken = copy.deepcopy(KUBEVIP_SECRET)
    broken["stringData"]["content"] = KUBE_VIP_POD.replace("hostNetwork: true", "hostNetwork: 1")
    assert crd.validate_documents([KCP_V1BETA1, broken], era="current") == [
        f"KubeadmControlPlane org-x/c1: {FILES}[0].contentFrom.secret: static Pod manifest "
        "/etc/kubernetes/manifests/kube-vip.yaml (Secret c1-kubevip-pod, key content): spec.hostNetwork: "
        "must be true or false"]
    # from data (base64) as well; a missing key is named; a Secret of another namespace is not read
    encoded = {"apiVersion": "v1", "kind": "Secret", "metadata": dict(KUBEVIP_SECRET["metadata"]),
               "data": {"content": base64.b64encode(broken["stringData"]["content"].encode()).decode()}}
    assert len(crd.validate_documents([KCP_V1BETA1, encoded], era="current")) == 1
    encoded["data"] = {"other": "YQ=="}
    assert crd.validate_documents([KCP_V1BETA1, encoded], era="current") == [
        f"KubeadmControlPlane org-x/c1: {FILES}[0].contentFrom.secret: static Pod manifest "
        "/etc/kubernetes/manifests/kube-vip.yaml (Secret c1-kubevip-pod, key content): the Secret has no key 'content'"]
    elsewhere = copy.deepcopy(broken)
    elsewhere["metadata"]["namespace"] = "org-y"
    assert crd.validate_documents([KCP_V1BETA1, elsewhere], era="current") == []
    assert crd.validate_object(KCP_V1BETA1, era="current") == []  # alone: the Secret is not known


def test_identical_static_pods_are_validated_once():
    crd._static_pod_problems.cache_clear()
    documents = [copy.deepcopy(KCP_V1BETA2) for _ in range(5)]
    for index, document in enumerate(documents):
        document["metadata"]["name"] = f"c{index}"
    assert crd.validate_documents(documents, era="current") == []
    info = crd._static_pod_problems.cache_info()
    # two files in each of five objects, both the same manifest (one of them base64-encoded)
    assert info.misses == 1 and info.hits == 9
