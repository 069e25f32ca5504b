"""Cluster, MachineDeployment, MachineHealthCheck: v1beta1 -> v1beta2 as Cluster API v1.14.0 converts them.

Every expected object is written from the upstream code named in its comment (api/core/v1beta1/
conversion.go and zz_generated.conversion.go, core/webhooks/conversion/*.go), not from our output.
"""
from __future__ import annotations

import pytest

from constructs_lib.constructs.cluster_api.conversion import ConversionError, to_v1beta2

META = {"name": "test", "namespace": "org-a", "labels": {"cluster.x-k8s.io/cluster-name": "test"}}


def v1beta1(kind: str, spec: dict, group: str = "cluster.x-k8s.io") -> dict:
    return {"apiVersion": f"{group}/v1beta1", "kind": kind, "metadata": dict(META), "spec": spec}


def spec_of(doc: dict) -> dict:
    out = to_v1beta2(doc)
    assert out["apiVersion"] == "cluster.x-k8s.io/v1beta2"
    assert out["metadata"] == META
    return out.get("spec", {})


# --- Cluster ---------------------------------------------------------------------------------

def test_cluster_references_become_contract_versioned():
    # convertToContractVersionedObjectReference (core/webhooks/conversion/common.go): apiGroup from
    # schema.ParseGroupVersion(apiVersion), kind, name; namespace/uid/resourceVersion/fieldPath gone.
    spec = spec_of(v1beta1("Cluster", {
        "controlPlaneRef": {"apiVersion": "controlplane.cluster.x-k8s.io/v1beta1", "kind": "KubeadmControlPlane",
                            "name": "test", "namespace": "org-a"},
        "infrastructureRef": {"apiVersion": "infrastructure.cluster.x-k8s.io/v1beta1", "kind": "VSphereCluster",
                              "name": "test", "namespace": "org-a", "uid": "1234", "resourceVersion": "7",
                              "fieldPath": "spec"},
    }))
    assert spec == {
        "controlPlaneRef": {"apiGroup": "controlplane.cluster.x-k8s.io", "kind": "KubeadmControlPlane", "name": "test"},
        "infrastructureRef": {"apiGroup": "infrastructure.cluster.x-k8s.io", "kind": "VSphereCluster", "name": "test"},
    }


def test_cluster_network_and_endpoint():
    # Convert_v1beta1_ClusterNetwork_To_v1beta2_ClusterNetwork: *int32 apiServerPort -> int32,
    # *NetworkRanges -> NetworkRanges; APIEndpoint copied.
    network = {"apiServerPort": 6443, "pods": {"cidrBlocks": ["10.244.0.0/16"]},
               "services": {"cidrBlocks": ["172.31.0.0/16"]}, "serviceDomain": "cluster.local"}
    spec = spec_of(v1beta1("Cluster", {"clusterNetwork": network,
                                       "controlPlaneEndpoint": {"host": "10.0.0.1", "port": 6443}}))
    assert spec == {"clusterNetwork": network, "controlPlaneEndpoint": {"host": "10.0.0.1", "port": 6443}}


def test_cluster_empty_values_are_left_out():
    # apiServerPort 0 -> int32 0 (omitempty); an endpoint {"", 0} is the zero struct (omitzero);
    # a core/v1 group ("v1") has no group: apiGroup "" is omitted.
    spec = spec_of(v1beta1("Cluster", {"clusterNetwork": {"apiServerPort": 0},
                                       "controlPlaneEndpoint": {"host": "", "port": 0},
                                       "controlPlaneRef": {"apiVersion": "v1", "kind": "Thing", "name": "x"}}))
    assert spec == {"controlPlaneRef": {"kind": "Thing", "name": "x"}}


@pytest.mark.parametrize("paused, expected", [(False, {}), (True, {"paused": True}), (None, {})])
def test_cluster_paused_false_is_not_kept(paused, expected):
    # ConvertClusterV1Beta1ToHub: clusterv1.Convert_bool_To_Pointer_bool(src.Spec.Paused, ok=false, ...):
    # false -> nil without conversion data, true -> *true.
    refs = {"infrastructureRef": {"apiVersion": "infrastructure.cluster.x-k8s.io/v1beta1", "kind": "VSphereCluster",
                                  "name": "test"}}
    spec = spec_of(v1beta1("Cluster", {"paused": paused, **refs}))
    assert {k: v for k, v in spec.items() if k == "paused"} == expected


def test_cluster_availability_gates_are_copied():
    gates = [{"conditionType": "example.com/Ready", "polarity": "Positive"}]
    assert spec_of(v1beta1("Cluster", {"availabilityGates": gates})) == {"availabilityGates": gates}


def test_cluster_reference_with_two_slashes_is_an_error():
    # schema.ParseGroupVersion fails: "failed to convert object: failed to parse apiVersion".
    with pytest.raises(ConversionError, match=r"Cluster test: spec.controlPlaneRef.apiVersion: failed to parse"):
        to_v1beta2(v1beta1("Cluster", {"controlPlaneRef": {"apiVersion": "a/b/c", "kind": "K", "name": "n"}}))


def test_cluster_topology_has_no_conversion_here():
    with pytest.raises(ConversionError, match=r"^Cluster test: spec.topology: no v1beta2 conversion known$"):
        to_v1beta2(v1beta1("Cluster", {"topology": {"class": "x"}}))


# --- MachineDeployment -------------------------------------------------------------------------

MD_TEMPLATE = {
    "metadata": {"labels": {"giantswarm.io/cluster": "test"}},
    "spec": {
        "bootstrap": {"configRef": {"apiVersion": "bootstrap.cluster.x-k8s.io/v1beta1", "kind": "KubeadmConfigTemplate",
                                    "name": "test-worker-1", "namespace": "org-a"}},
        "clusterName": "test",
        "infrastructureRef": {"apiVersion": "infrastructure.cluster.x-k8s.io/v1beta1",
                              "kind": "VSphereMachineTemplate", "name": "test-default-2", "namespace": "org-a"},
        "version": "v1.33.4",
    },
}
MD_TEMPLATE_V1BETA2 = {
    "metadata": {"labels": {"giantswarm.io/cluster": "test"}},
    "spec": {
        "bootstrap": {"configRef": {"apiGroup": "bootstrap.cluster.x-k8s.io", "kind": "KubeadmConfigTemplate",
                                    "name": "test-worker-1"}},
        "clusterName": "test",
        "infrastructureRef": {"apiGroup": "infrastructure.cluster.x-k8s.io", "kind": "VSphereMachineTemplate",
                              "name": "test-default-2"},
        "version": "v1.33.4",
    },
}


def test_machine_deployment_as_we_emit_it():
    # revisionHistoryLimit: "does not exist in peer-type", removed (v1.10-to-v1.11 migration guide);
    # selector copied: matchLabels {} is a non-nil map, so the LabelSelector is not zero and stays {};
    # the template's references become contract-versioned (convertMachineSpecToContractVersionedObjectReference).
    spec = spec_of(v1beta1("MachineDeployment", {
        "clusterName": "test", "replicas": 2, "revisionHistoryLimit": 0, "selector": {"matchLabels": {}},
        "template": MD_TEMPLATE}))
    assert spec == {"clusterName": "test", "replicas": 2, "selector": {}, "template": MD_TEMPLATE_V1BETA2}


def test_machine_deployment_zero_replicas_is_kept_and_an_absent_selector_is_left_out():
    # Replicas *int32 -> *int32 (unsafe copy): 0 kept. Selector {} (zero LabelSelector): omitzero.
    spec = spec_of(v1beta1("MachineDeployment", {"clusterName": "test", "replicas": 0, "selector": {},
                                                 "template": MD_TEMPLATE}))
    assert spec == {"clusterName": "test", "replicas": 0, "template": MD_TEMPLATE_V1BETA2}


def test_machine_deployment_strategy_rollout_deletion_remediation():
    # Convert_v1beta1_MachineDeploymentSpec_To_v1beta2_MachineDeploymentSpec: strategy.type and
    # rollingUpdate.{maxUnavailable,maxSurge} -> rollout.strategy; deletePolicy -> deletion.order;
    # strategy.remediation.maxInFlight -> remediation.maxInFlight; rolloutAfter -> rollout.after;
    # machineNamingStrategy -> machineNaming. ConvertMachineDeploymentV1Beta1ToHub: minReadySeconds ->
    # template.spec.minReadySeconds, paused true -> *true. progressDeadlineSeconds: dropped ("never used").
    spec = spec_of(v1beta1("MachineDeployment", {
        "clusterName": "test",
        "strategy": {"type": "RollingUpdate",
                     "rollingUpdate": {"maxUnavailable": 0, "maxSurge": "25%", "deletePolicy": "Oldest"},
                     "remediation": {"maxInFlight": 1}},
        "rolloutAfter": "2026-03-09T10:00:00+01:00",
        "machineNamingStrategy": {"template": "{{ .machineSet.name }}-{{ .random }}"},
        "minReadySeconds": 30,
        "progressDeadlineSeconds": 600,
        "paused": True,
        "selector": {"matchLabels": {"a": "b"}},
        "template": MD_TEMPLATE,
    }))
    template = {"metadata": MD_TEMPLATE_V1BETA2["metadata"], "spec": {**MD_TEMPLATE_V1BETA2["spec"], "minReadySeconds": 30}}
    assert spec == {
        "clusterName": "test",
        "rollout": {"after": "2026-03-09T09:00:00Z",  # metav1.Time marshals t.UTC() in RFC 3339
                    "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 0, "maxSurge": "25%"}}},
        "selector": {"matchLabels": {"a": "b"}},
        "template": template,
        "machineNaming": {"template": "{{ .machineSet.name }}-{{ .random }}"},
        "remediation": {"maxInFlight": 1},
        "deletion": {"order": "Oldest"},
        "paused": True,
    }


def test_machine_deployment_minimal_strategy_and_zero_min_ready_seconds():
    # A rollingUpdate with nothing set leaves rollout.strategy.rollingUpdate zero (omitzero);
    # MinReadySeconds *int32 copied as is: 0 stays; paused false -> nil.
    spec = spec_of(v1beta1("MachineDeployment", {
        "clusterName": "test", "strategy": {"type": "OnDelete", "rollingUpdate": {}}, "minReadySeconds": 0,
        "paused": False, "template": {"spec": {"clusterName": "test"}}}))
    assert spec == {"clusterName": "test", "rollout": {"strategy": {"type": "OnDelete"}},
                    "template": {"spec": {"clusterName": "test", "minReadySeconds": 0}}}


def test_machine_spec_durations_move_to_deletion_in_whole_seconds():
    # Convert_v1beta1_MachineSpec_To_v1beta2_MachineSpec: node*Timeout -> deletion.node*TimeoutSeconds
    # with ConvertToSeconds = math.Trunc(d.Seconds()): "1s5ms" -> 1 (the migration guide's example), "0s" -> 0.
    spec = spec_of(v1beta1("MachineDeployment", {"clusterName": "test", "template": {"spec": {
        "clusterName": "test", "nodeDrainTimeout": "1s5ms", "nodeVolumeDetachTimeout": "5m",
        "nodeDeletionTimeout": "0s", "failureDomain": "", "providerID": "", "version": "",
        "bootstrap": {"dataSecretName": ""},
        "readinessGates": [{"conditionType": "example.com/Gate"}],
        "taints": [{"key": "k", "value": "v", "effect": "NoSchedule", "propagation": "Always"}]}}}))
    # version/providerID/failureDomain: *string -> string, "" omitted; dataSecretName *string copied ("" kept).
    assert spec["template"]["spec"] == {
        "clusterName": "test",
        "bootstrap": {"dataSecretName": ""},
        "readinessGates": [{"conditionType": "example.com/Gate"}],
        "deletion": {"nodeDrainTimeoutSeconds": 1, "nodeVolumeDetachTimeoutSeconds": 300,
                     "nodeDeletionTimeoutSeconds": 0},
        "taints": [{"key": "k", "value": "v", "effect": "NoSchedule", "propagation": "Always"}],
    }


def test_machine_deployment_unknown_template_field():
    with pytest.raises(ConversionError,
                       match=r"^MachineDeployment test: spec.template.spec.foo: no v1beta2 conversion known$"):
        to_v1beta2(v1beta1("MachineDeployment", {"template": {"spec": {"foo": 1}}}))


def test_a_bad_duration_is_an_error():
    # metav1.Duration.UnmarshalJSON: time.ParseDuration("10") fails (missing unit).
    with pytest.raises(ConversionError, match=r"spec.template.spec.nodeDrainTimeout: missing unit"):
        to_v1beta2(v1beta1("MachineDeployment", {"template": {"spec": {"nodeDrainTimeout": "10"}}}))


# --- MachineHealthCheck -----------------------------------------------------------------------

def test_machine_health_check_as_we_emit_it():
    # Convert_v1beta1_MachineHealthCheckSpec_To_v1beta2_MachineHealthCheckSpec: unhealthyConditions ->
    # checks.unhealthyNodeConditions with timeoutSeconds = ConvertToSeconds(&c.Timeout); nodeStartupTimeout
    # -> checks.nodeStartupTimeoutSeconds; maxUnhealthy -> remediation.triggerIf.unhealthyLessThanOrEqualTo.
    selector = {"matchExpressions": [
        {"key": "cluster.x-k8s.io/cluster-name", "operator": "In", "values": ["test"]},
        {"key": "cluster.x-k8s.io/control-plane", "operator": "DoesNotExist"}]}
    spec = spec_of(v1beta1("MachineHealthCheck", {
        "clusterName": "test", "maxUnhealthy": "40%", "nodeStartupTimeout": "20m0s", "selector": selector,
        "unhealthyConditions": [{"type": "Ready", "status": "Unknown", "timeout": "10m0s"},
                                {"type": "Ready", "status": "False", "timeout": "10m0s"}]}))
    assert spec == {
        "clusterName": "test",
        "selector": selector,
        "checks": {"unhealthyNodeConditions": [{"type": "Ready", "status": "Unknown", "timeoutSeconds": 600},
                                               {"type": "Ready", "status": "False", "timeoutSeconds": 600}],
                   "nodeStartupTimeoutSeconds": 1200},
        "remediation": {"triggerIf": {"unhealthyLessThanOrEqualTo": "40%"}},
    }


def test_machine_health_check_other_fields():
    # unhealthyMachineConditions -> checks.unhealthyMachineConditions; a condition without timeout gets
    # timeoutSeconds 0 (ConvertToSeconds of a zero metav1.Duration is never nil); unhealthyRange ->
    # triggerIf.unhealthyInRange; remediationTemplate -> remediation.templateRef {kind, name, apiVersion};
    # an empty unhealthyConditions list is looped with append: nil, so checks has no node conditions.
    spec = spec_of(v1beta1("MachineHealthCheck", {
        "clusterName": "test", "unhealthyConditions": [], "unhealthyRange": "[1-3]", "maxUnhealthy": 2,
        "unhealthyMachineConditions": [{"type": "example.com/Broken", "status": "True"}],
        "remediationTemplate": {"apiVersion": "infrastructure.cluster.x-k8s.io/v1beta1", "kind": "Remediation",
                                "name": "r", "namespace": "org-a"}}))
    assert spec == {
        "clusterName": "test",
        "checks": {"unhealthyMachineConditions": [{"type": "example.com/Broken", "status": "True", "timeoutSeconds": 0}]},
        "remediation": {"triggerIf": {"unhealthyLessThanOrEqualTo": 2, "unhealthyInRange": "[1-3]"},
                        "templateRef": {"kind": "Remediation", "name": "r",
                                        "apiVersion": "infrastructure.cluster.x-k8s.io/v1beta1"}},
    }


def test_machine_health_check_zero_node_startup_timeout_is_kept():
    # *metav1.Duration -> *int32: "0s" is a set pointer, 0 is kept.
    spec = spec_of(v1beta1("MachineHealthCheck", {"clusterName": "test", "nodeStartupTimeout": "0s"}))
    assert spec == {"clusterName": "test", "checks": {"nodeStartupTimeoutSeconds": 0}}
