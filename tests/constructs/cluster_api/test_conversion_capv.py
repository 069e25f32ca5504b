"""VSphereCluster and VSphereMachineTemplate: v1beta1 -> v1beta2 as CAPV v1.16.1 converts them
(api/govmomi/v1beta1/conversion.go ConvertTo, zz_generated.conversion.go). Expectations are written from that code.
"""
from __future__ import annotations

import pytest

from constructs_lib.constructs.cluster_api.conversion import ConversionError, to_v1beta2

GROUP = "infrastructure.cluster.x-k8s.io"


def doc(kind: str, spec: dict) -> dict:
    return {"apiVersion": f"{GROUP}/v1beta1", "kind": kind, "metadata": {"name": "test", "namespace": "org-a"},
            "spec": spec}


def machine_spec(spec: dict) -> dict:
    out = to_v1beta2(doc("VSphereMachineTemplate", {"template": {"spec": spec}}))
    assert out["apiVersion"] == f"{GROUP}/v1beta2"
    return out["spec"]["template"]["spec"]


def test_vsphere_cluster_as_we_emit_it():
    spec = {"controlPlaneEndpoint": {"host": "10.10.230.10", "port": 6443},
            "identityRef": {"kind": "Secret", "name": "vsphere-platform"},
            "server": "https://vcenter.example.internal", "thumbprint": "F7:CF"}
    assert to_v1beta2(doc("VSphereCluster", spec))["spec"] == spec


def test_vsphere_cluster_bools_and_selector():
    # VSphereCluster.ConvertTo: disableClusterModule and clusterModules[].controlPlane false -> nil
    # (Convert_bool_To_Pointer_bool without conversion data); failureDomainSelector is a pointer in both
    # versions: {} stays {}. An empty server is left out (string, omitempty).
    out = to_v1beta2(doc("VSphereCluster", {
        "server": "", "disableClusterModule": False, "failureDomainSelector": {},
        "clusterModules": [{"controlPlane": False, "targetObjectName": "md", "moduleUUID": "u1"},
                           {"controlPlane": True, "targetObjectName": "kcp", "moduleUUID": "u2"}]}))
    assert out["spec"] == {
        "clusterModules": [{"targetObjectName": "md", "moduleUUID": "u1"},
                           {"controlPlane": True, "targetObjectName": "kcp", "moduleUUID": "u2"}],
        "failureDomainSelector": {}}


def test_machine_template_as_we_emit_it():
    spec = {"cloneMode": "fullClone", "datacenter": "dc1", "datastore": "vsanDatastore", "diskGiB": 50,
            "memoryMiB": 16384, "network": {"devices": [{"dhcp4": True, "networkName": "platform-prod-capv"}]},
            "numCPUs": 4, "resourcePool": "platform-prod", "server": "https://vcenter.example.internal",
            "template": "flatcar-stable-3602.2.3-kube-v1.24.11", "thumbprint": "F7:CF"}
    assert machine_spec(spec) == spec


def test_machine_template_metadata():
    out = to_v1beta2(doc("VSphereMachineTemplate", {"template": {"metadata": {"annotations": {"a": "b"}},
                                                                 "spec": {"template": "t"}}}))
    assert out["spec"] == {"template": {"metadata": {"annotations": {"a": "b"}}, "spec": {"template": "t"}}}


def test_machine_template_network_intent():
    # VSphereMachineTemplate.ConvertTo without conversion data:
    # * devices' dhcp4/dhcp6/skipIPAllocation: false -> nil, true kept;
    # * top-level routes' metric: Convert_int32_To_Pointer_int32 -> 0 becomes nil;
    # * a device's routes are only restored when the restored object has as many devices, so their
    #   metric keeps the pointer autoConvert set (v1.Convert_int32_To_Pointer_int32): 0 included.
    # preferredAPIServerCidr "does not exist in peer-type" (dropped).
    spec = machine_spec({"template": "t", "network": {
        "preferredAPIServerCidr": "10.0.0.0/24",
        "routes": [{"to": "0.0.0.0/0", "via": "10.0.0.1", "metric": 0}, {"to": "10.1.0.0/16", "via": "10.0.0.2", "metric": 5}],
        "devices": [{"networkName": "n1", "dhcp4": False, "dhcp6": True, "skipIPAllocation": False,
                     "routes": [{"to": "10.2.0.0/16", "via": "10.0.0.3"}],
                     "ipAddrs": ["10.0.0.10/24"], "gateway4": "10.0.0.1", "nameservers": ["8.8.8.8"], "mtu": 1500,
                     "macAddr": "00:50:56:00:00:01", "deviceName": "eth0", "searchDomains": ["example.com"],
                     "addressesFromPools": [{"apiGroup": "ipam.cluster.x-k8s.io", "kind": "InClusterIPPool", "name": "p"}],
                     "dhcp4Overrides": {"useDNS": False, "routeMetric": 100}, "dhcp6Overrides": {}}]}})
    assert spec["network"] == {
        "devices": [{"networkName": "n1", "deviceName": "eth0", "dhcp6": True, "gateway4": "10.0.0.1",
                     "ipAddrs": ["10.0.0.10/24"], "mtu": 1500, "macAddr": "00:50:56:00:00:01",
                     "nameservers": ["8.8.8.8"], "routes": [{"to": "10.2.0.0/16", "via": "10.0.0.3", "metric": 0}],
                     "searchDomains": ["example.com"],
                     "addressesFromPools": [{"apiGroup": "ipam.cluster.x-k8s.io", "kind": "InClusterIPPool", "name": "p"}],
                     "dhcp4Overrides": {"routeMetric": 100, "useDNS": False}, "dhcp6Overrides": {}}],
        "routes": [{"to": "0.0.0.0/0", "via": "10.0.0.1"}, {"to": "10.1.0.0/16", "via": "10.0.0.2", "metric": 5}],
    }


def test_machine_template_moved_and_dropped_fields():
    # Convert_v1beta1_VSphereMachineSpec_To_v1beta2_VSphereMachineSpec: guestSoftPowerOffTimeout ->
    # guestSoftPowerOffTimeoutSeconds, namingStrategy.template -> naming.template; providerID *string ->
    # string; failureDomain dropped (conversion_test.go: "field has been dropped in v1beta2");
    # numCoresPerSocket int32 -> *int32 with 0 -> nil (ConvertTo).
    spec = machine_spec({"template": "t", "guestSoftPowerOffTimeout": "2m30s", "powerOffMode": "trySoft",
                         "namingStrategy": {"template": "{{ .machine.name }}"}, "providerID": "",
                         "failureDomain": "zone-a", "numCoresPerSocket": 0})
    assert spec == {"template": "t", "powerOffMode": "trySoft", "guestSoftPowerOffTimeoutSeconds": 150,
                    "naming": {"template": "{{ .machine.name }}"}}
    spec = machine_spec({"template": "t", "numCoresPerSocket": 2, "guestSoftPowerOffTimeout": "0s"})
    assert spec == {"template": "t", "numCoresPerSocket": 2}  # 0 seconds in an int32: omitted


def test_machine_template_every_other_field_is_copied():
    spec = {"template": "t", "snapshot": "s", "folder": "f", "storagePolicyName": "gold",
            "additionalDisksGiB": [10, 20], "customVMXKeys": {"guestinfo.x": "y"}, "tagIDs": ["urn:tag"],
            "pciDevices": [{"deviceId": 1, "vendorId": 2, "customLabel": "gpu"}, {"vGPUProfile": "grid"}],
            "os": "Linux", "hardwareVersion": "vmx-19",
            "dataDisks": [{"name": "d1", "sizeGiB": 10, "provisioningMode": "Thin"}],
            "nestedHV": False, "ftEncryptionMode": "ftEncryptionOpportunistic", "migrateEncryption": "opportunistic",
            "cryptoKeyID": "k", "cryptoProfile": "p"}
    assert machine_spec(spec) == spec


def test_machine_template_resources_are_canonical_quantities():
    # VirtualMachineResourceSpec holds two resource.Quantity values (never omitted: an unset one marshals
    # as "0"); parsed and canonicalized: "1000m" -> "1", "4096Mi" -> "4Gi"; limits unset: zero, omitted.
    spec = machine_spec({"template": "t", "resources": {"requests": {"cpu": "1000m", "memory": "4096Mi"},
                                                        "limits": {}, "shares": {"cpu": 2000, "memory": 0}}})
    assert spec["resources"] == {"requests": {"cpu": "1", "memory": "4Gi"}, "shares": {"cpu": 2000}}
    spec = machine_spec({"template": "t", "resources": {"limits": {"cpu": 2}}})
    assert spec["resources"] == {"limits": {"cpu": "2", "memory": "0"}}


def test_machine_template_unknown_field():
    with pytest.raises(ConversionError, match=r"^VSphereMachineTemplate test: spec.template.spec.network"
                                              r".devices\[0\].dhcp: no v1beta2 conversion known$"):
        machine_spec({"template": "t", "network": {"devices": [{"networkName": "n", "dhcp": True}]}})
