"""The bundle's eras: the current releases' schemas (HelmRelease v2, HelmRepository v1, Cluster API
v1beta2...), what each era serves, the served versions of the declared releases, and the
generated classes of the current Flux versions."""
from __future__ import annotations

import copy

import pytest

from constructs_lib import crd

HELM_RELEASE_V2 = {
    "apiVersion": "helm.toolkit.fluxcd.io/v2",
    "kind": "HelmRelease",
    "metadata": {"name": "c1-cilium", "namespace": "org-x", "labels": {"giantswarm.io/cluster": "c1"}},
    "spec": {
        "chart": {"spec": {"chart": "cilium", "version": "0.19.2",
                           "sourceRef": {"kind": "HelmRepository", "name": "c1-default"}}},
        "interval": "5m",
        "install": {"remediation": {"retries": 30}},
        "kubeConfig": {"secretRef": {"name": "c1-kubeconfig"}},
        "valuesFrom": [{"kind": "ConfigMap", "name": "c1-cilium-values"},
                       {"kind": "Secret", "name": "c1-cilium-secrets", "optional": True}],
        "values": {"ipam": {"mode": "kubernetes"}, "k8sServicePort": "6443", "hubble": {"relay": {"enabled": True}}},
        "dependsOn": [{"name": "c1-coredns"}],
        "releaseName": "cilium",
        "targetNamespace": "kube-system",
        "storageNamespace": "kube-system",
        "suspend": False,
    },
}
HELM_REPOSITORY_V1 = {
    "apiVersion": "source.toolkit.fluxcd.io/v1",
    "kind": "HelmRepository",
    "metadata": {"name": "c1-default", "namespace": "org-x"},
    "spec": {"interval": "10m", "url": "https://giantswarm.github.io/default-catalog"},
}
MACHINE_DEPLOYMENT_V1BETA2 = {
    "apiVersion": "cluster.x-k8s.io/v1beta2",
    "kind": "MachineDeployment",
    "metadata": {"name": "c1-worker", "namespace": "org-x"},
    "spec": {
        "clusterName": "c1",
        "replicas": 2,
        "selector": {"matchLabels": {"pool": "worker"}},
        "template": {
            "metadata": {"labels": {"pool": "worker"}},
            "spec": {
                "clusterName": "c1",
                "version": "v1.33.4",
                "bootstrap": {"configRef": {"apiGroup": "bootstrap.cluster.x-k8s.io", "kind": "KubeadmConfigTemplate",
                                            "name": "c1-worker"}},
                "infrastructureRef": {"apiGroup": "infrastructure.cluster.x-k8s.io",
                                      "kind": "VSphereMachineTemplate", "name": "c1-worker"},
            },
        },
    },
}


def _v2beta1(document: dict) -> dict:
    old = copy.deepcopy(document)
    old["apiVersion"] = "helm.toolkit.fluxcd.io/v2beta1"
    return old


def test_the_current_bundle_covers_what_we_emit_or_may_emit():
    capi = {("cluster.x-k8s.io", k) for k in ("Cluster", "MachineDeployment", "MachineHealthCheck")} | {
        ("bootstrap.cluster.x-k8s.io", "KubeadmConfigTemplate"),
        ("controlplane.cluster.x-k8s.io", "KubeadmControlPlane"),
        ("infrastructure.cluster.x-k8s.io", "VSphereCluster"),
        ("infrastructure.cluster.x-k8s.io", "VSphereMachineTemplate"),
    }
    expected = {(f"{group}/{version}", kind) for group, kind in capi for version in ("v1beta1", "v1beta2")}
    expected |= {(f"ipam.cluster.x-k8s.io/{v}", "IPAddressClaim") for v in ("v1alpha1", "v1beta1", "v1beta2")}
    expected |= {("helm.toolkit.fluxcd.io/v2", "HelmRelease"), ("source.toolkit.fluxcd.io/v1", "HelmRepository"),
                 ("cilium.io/v2", "CiliumNetworkPolicy"), ("cilium.io/v2", "CiliumClusterwideNetworkPolicy")}
    assert expected <= crd.known_kinds("current")
    assert {"helm.toolkit.fluxcd.io/v2", "source.toolkit.fluxcd.io/v1", "cluster.x-k8s.io/v1beta2"} \
        <= crd.served_api_versions("current")
    assert "helm.toolkit.fluxcd.io/v2beta1" not in crd.served_api_versions("current")
    assert {"helm.toolkit.fluxcd.io/v2beta1", "helm.toolkit.fluxcd.io/v2beta2"} <= crd.served_api_versions("2024")


def test_flux_v2_objects_validate_in_the_current_era():
    assert crd.validate_documents([HELM_RELEASE_V2, HELM_REPOSITORY_V1], era="current") == []


def test_unknown_fields_fail_in_the_current_era():
    doc = copy.deepcopy(HELM_RELEASE_V2)
    doc["spec"]["install"]["remediaton"] = {}
    doc["spec"]["chart"]["spec"]["sourceRef"]["kind"] = "HelmRepo"
    assert crd.validate_documents([doc], era="current") == [
        "HelmRelease org-x/c1-cilium: spec.chart.spec.sourceRef.kind: must be one of "
        "'HelmRepository', 'GitRepository', 'Bucket'",
        "HelmRelease org-x/c1-cilium: spec.install.remediaton: unknown field (not declared by the schema)",
    ]


def test_v2beta1_is_not_served_in_the_current_era_but_in_2024():
    old = _v2beta1(HELM_RELEASE_V2)
    assert crd.validate_documents([old], era="current") == [
        "HelmRelease org-x/c1-cilium: apiVersion: helm.toolkit.fluxcd.io/v2beta1 HelmRelease is not served by "
        "the current CRDs (fluxcd/helm-controller v1.6.3 serves v2)"]
    assert crd.validate_documents([old]) == crd.validate_documents([old], era="2024") == []
    assert crd.validate_documents([HELM_RELEASE_V2]) == [
        "HelmRelease org-x/c1-cilium: apiVersion: helm.toolkit.fluxcd.io/v2 HelmRelease is not served by "
        "the 2024 CRDs (fluxcd/helm-controller v0.37.4 serves v2beta1, v2beta2)"]
    with pytest.raises(crd.SchemaNotFound, match="not served by the current CRDs"):
        crd.load_crd_schema("helm.toolkit.fluxcd.io/v2beta1", "HelmRelease", era="current")


def test_kinds_and_versions_without_a_schema_in_an_era():
    pool = {"apiVersion": "ipam.cluster.x-k8s.io/v1alpha2", "kind": "InClusterIPPool", "metadata": {"name": "p"}}
    assert crd.validate_object(pool) == []
    assert crd.validate_object(pool, era="current") == [
        ("apiVersion", "ipam.cluster.x-k8s.io/v1alpha2 InClusterIPPool is not served by the current CRDs "
                       "(they hold no InClusterIPPool)")]
    beta2 = copy.deepcopy(HELM_RELEASE_V2)
    beta2["apiVersion"] = "helm.toolkit.fluxcd.io/v2beta2"  # served in 2024, but we never emitted it
    assert crd.validate_object(beta2) == [
        ("apiVersion", "no CRD schema is shipped for HelmRelease helm.toolkit.fluxcd.io/v2beta2 (in the 2024 CRDs)")]
    with pytest.raises(ValueError, match="unknown CRD era"):
        crd.validate_documents([HELM_RELEASE_V2], era="2026")


def test_cilium_policies_belong_to_every_era():
    policy = {"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy", "metadata": {"name": "p", "namespace": "n"},
              "spec": {"endpointSelector": {}, "egress": [{"toEntities": ["kube-apiserver"]}]}}
    assert crd.validate_object(policy) == crd.validate_object(policy, era="current") == []


def test_declared_releases_refuse_the_versions_they_do_not_serve():
    served = frozenset({"helm.toolkit.fluxcd.io/v2", "source.toolkit.fluxcd.io/v1", "cluster.x-k8s.io/v1beta1"})
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s", "namespace": "org-x"}}
    documents = [_v2beta1(HELM_RELEASE_V2), HELM_REPOSITORY_V1, secret]
    assert crd.validate_documents(documents, era="current", served=served) == [
        "HelmRelease org-x/c1-cilium: apiVersion: helm.toolkit.fluxcd.io/v2beta1 "
        "is not served by the declared releases"]
    # a set of the caller's own type does as well; groups it does not name are not its concern
    assert crd.validate_documents([HELM_RELEASE_V2, HELM_REPOSITORY_V1, secret], era="current",
                                  served=set(served)) == []
    assert crd.validate_documents([HELM_RELEASE_V2], era="current", served=frozenset()) == []


def test_v1beta1_cluster_api_objects_validate_in_both_eras():
    from test_crd import MACHINE_DEPLOYMENT  # noqa: PLC0415

    assert crd.validate_object(MACHINE_DEPLOYMENT, era="current") == []
    assert crd.validate_object(MACHINE_DEPLOYMENT, era="2024") == []


def test_current_schema_features_min_properties_list_maps_and_cel():
    assert crd.validate_object(MACHINE_DEPLOYMENT_V1BETA2, era="current") == []
    doc = copy.deepcopy(MACHINE_DEPLOYMENT_V1BETA2)
    doc["spec"]["template"]["metadata"] = {}  # minProperties: 1
    doc["spec"]["template"]["spec"]["taints"] = [
        {"key": "a", "effect": "NoSchedule", "propagation": "Always"},
        {"key": "a", "effect": "NoExecute", "propagation": "Always"},
        {"key": "a", "effect": "NoSchedule", "propagation": "OnInitialization"},
    ]  # a list map keyed by key and effect
    assert crd.validate_object(doc, era="current") == [
        ("spec.template.metadata", "must have at least 1 field"),
        ("spec.template.spec.taints[2]", "duplicate entry for key='a', effect='NoSchedule'"),
    ]
    # CEL rules (x-kubernetes-validations) are evaluated: "either chart or chartRef" (more in test_cel_rules.py)
    both = copy.deepcopy(HELM_RELEASE_V2)
    both["spec"]["chartRef"] = {"kind": "OCIRepository", "name": "cilium"}
    assert crd.validate_object(both, era="current") == [
        ("spec", "either chart or chartRef must be set (rule: (has(self.chart) && !has(self.chartRef)) || "
                 "(!has(self.chart) && has(self.chartRef)))")]


def test_set_lists_hold_unique_values():
    schema = {"type": "array", "x-kubernetes-list-type": "set", "items": {"type": "string"}}
    assert crd.validate_value(schema, ["a", "b", "a"], "x") == [("x[2]", "duplicate value (the list is a set)")]
    assert crd.validate_value(dict(schema, **{"x-kubernetes-list-type": "atomic"}), ["a", "a"], "x") == []


def test_every_bundled_schema_validates_without_failing():
    """A near-empty object of every bundled kind: problems are reported, never raised."""
    for era in crd.ERAS:
        for api_version, kind in crd.known_kinds(era):
            doc = {"apiVersion": api_version, "kind": kind, "metadata": {"name": "x"}, "spec": {}}
            assert isinstance(crd.validate_object(doc, era=era), list)


def test_generated_classes_of_the_current_flux_versions_synthesize():
    from cdk8s import ApiObjectMetadata, Chart, Testing  # noqa: PLC0415

    from constructs_lib.imports.io.fluxcd.toolkit import helm, source  # noqa: PLC0415

    assert helm.HelmRelease.GVK.api_version == "helm.toolkit.fluxcd.io/v2beta1"
    assert source.HelmRepository.GVK.api_version == "source.toolkit.fluxcd.io/v1beta2"
    chart = Chart(Testing.app(), "flux")
    helm.HelmReleaseV2(chart, "release", metadata=ApiObjectMetadata(name="c1-cilium", namespace="org-x"),
                       spec=helm.HelmReleaseV2Spec(
                           interval="5m",
                           chart=helm.HelmReleaseV2SpecChart(spec=helm.HelmReleaseV2SpecChartSpec(
                               chart="cilium", version="0.19.2",
                               source_ref=helm.HelmReleaseV2SpecChartSpecSourceRef(
                                   kind=helm.HelmReleaseV2SpecChartSpecSourceRefKind.HELM_REPOSITORY,
                                   name="c1-default"))),
                           install=helm.HelmReleaseV2SpecInstall(
                               remediation=helm.HelmReleaseV2SpecInstallRemediation(retries=30)),
                           release_name="cilium"))
    source.HelmRepositoryV1(chart, "repository", metadata=ApiObjectMetadata(name="c1-default", namespace="org-x"),
                            spec=source.HelmRepositoryV1Spec(interval="10m", url="https://example.org/charts"))
    release, repository = Testing.synth(chart)
    assert (release["apiVersion"], release["kind"]) == ("helm.toolkit.fluxcd.io/v2", "HelmRelease")
    assert release["spec"]["chart"]["spec"]["sourceRef"] == {"kind": "HelmRepository", "name": "c1-default"}
    assert (repository["apiVersion"], repository["kind"]) == ("source.toolkit.fluxcd.io/v1", "HelmRepository")
    assert crd.validate_documents([release, repository], era="current") == []
