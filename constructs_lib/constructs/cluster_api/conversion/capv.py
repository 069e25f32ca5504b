"""VSphereCluster and VSphereMachineTemplate: infrastructure.cluster.x-k8s.io v1beta1 -> v1beta2.

CAPV v1.16.1: ``api/govmomi/v1beta1/conversion.go`` (``ConvertTo`` of both kinds: bool and int32
intent with no conversion data; ``Convert_v1beta1_VSphereMachineSpec_To_v1beta2_VSphereMachineSpec``)
and ``api/govmomi/v1beta1/zz_generated.conversion.go``.
"""
from __future__ import annotations

from ._fields import (INT, LIST, MAP, NONZERO, NUM, PTR, QUANTITY, STR, TRUE, Fields, Ptr, copy_fields, put,
                      seconds)
from ._meta import label_selector, template_spec

__all__ = ["vsphere_cluster_spec", "vsphere_machine_template_spec", "vsphere_machine_spec"]


def vsphere_cluster_spec(fields: Fields) -> dict:
    """``Convert_v1beta1_VSphereClusterSpec_To_v1beta2_VSphereClusterSpec`` + ``VSphereCluster.ConvertTo``."""
    out = copy_fields(fields, {}, {"server": STR, "thumbprint": STR})
    endpoint = fields.sub_or_empty("controlPlaneEndpoint")
    put(out, "controlPlaneEndpoint", copy_fields(endpoint, {}, {"host": STR, "port": NUM}))
    endpoint.done()
    identity = fields.sub("identityRef")
    if identity is not None:
        put(out, "identityRef", copy_fields(identity, {}, {"kind": STR, "name": STR}))
        identity.done()
    modules = fields.items("clusterModules")
    if modules is not None:
        out["clusterModules"] = [_cluster_module(module) for module in modules]
    copy_fields(fields, out, {"disableClusterModule": TRUE})
    selector = fields.sub("failureDomainSelector")
    if selector is not None:  # *metav1.LabelSelector in both versions: {} stays {}
        out["failureDomainSelector"] = Ptr(label_selector(selector))
    fields.done()
    return out


def _cluster_module(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"controlPlane": TRUE, "targetObjectName": STR, "moduleUUID": STR})
    fields.done()
    return out


def vsphere_machine_template_spec(fields: Fields) -> dict:
    """``VSphereMachineTemplate.ConvertTo``: the template's metadata and VSphereMachineSpec."""
    return template_spec(fields, vsphere_machine_spec)


_CLONE = {
    "template": STR, "cloneMode": STR, "snapshot": STR, "server": STR, "thumbprint": STR, "datacenter": STR,
    "folder": STR, "datastore": STR, "storagePolicyName": STR, "resourcePool": STR,
}
_SIZES = {
    "numCPUs": NUM, "numCoresPerSocket": NONZERO,  # int32 -> *int32: 0 becomes nil (ConvertTo)
}
_DISKS = {
    "memoryMiB": NUM, "diskGiB": NUM, "additionalDisksGiB": LIST, "customVMXKeys": MAP, "tagIDs": LIST,
}
_TAIL = {
    "os": STR, "hardwareVersion": STR,
}
_ENCRYPTION = {
    "nestedHV": PTR, "ftEncryptionMode": STR, "migrateEncryption": STR, "cryptoKeyID": STR, "cryptoProfile": STR,
}


def vsphere_machine_spec(fields: Fields) -> dict:
    """``Convert_v1beta1_VSphereMachineSpec_To_v1beta2_VSphereMachineSpec``: the clone spec, then providerID,
    powerOffMode, guestSoftPowerOffTimeout -> guestSoftPowerOffTimeoutSeconds, namingStrategy -> naming."""
    out = copy_fields(fields, {}, _CLONE)
    put(out, "network", _network(fields.sub_or_empty("network")))
    copy_fields(fields, out, _SIZES)
    put(out, "resources", _resources(fields.sub_or_empty("resources")))
    copy_fields(fields, out, _DISKS)
    devices = fields.items("pciDevices")
    if devices is not None:
        out["pciDevices"] = [_pci_device(device) for device in devices]
    copy_fields(fields, out, _TAIL)
    disks = fields.items("dataDisks")
    if disks is not None:
        out["dataDisks"] = [_data_disk(disk) for disk in disks]
    copy_fields(fields, out, _ENCRYPTION)
    copy_fields(fields, out, {"providerID": STR, "powerOffMode": STR})
    timeout = fields.take("guestSoftPowerOffTimeout")
    if timeout is not None:  # ptr.Deref(ConvertToSeconds(...), 0) into an int32: 0 is left out
        value = seconds(fields, "guestSoftPowerOffTimeout", timeout)
        if value:
            out["guestSoftPowerOffTimeoutSeconds"] = value
    naming = fields.sub("namingStrategy")
    if naming is not None:
        put(out, "naming", copy_fields(naming, {}, {"template": STR}))
        naming.done()
    fields.drop("failureDomain")
    fields.done()
    return out


def _network(fields: Fields) -> dict:
    out: dict = {}
    devices = fields.items("devices")
    if devices is not None:
        out["devices"] = [_device(device) for device in devices]
    routes = fields.items("routes")
    if routes is not None:  # top-level routes: metric 0 becomes nil (ConvertTo)
        out["routes"] = [_route(route, NONZERO) for route in routes]
    fields.drop("preferredAPIServerCidr")
    fields.done()
    return out


def _route(fields: Fields, metric) -> dict:
    out = copy_fields(fields, {}, {"to": STR, "via": STR, "metric": metric})
    fields.done()
    return out


def _device(fields: Fields) -> dict:
    """dhcp4, dhcp6, skipIPAllocation: false becomes nil. The metric of a device's routes is only
    restored when the conversion data holds as many devices, so with none it stays set, 0 included."""
    out = copy_fields(fields, {}, {
        "networkName": STR, "deviceName": STR, "dhcp4": TRUE, "dhcp6": TRUE, "gateway4": STR, "gateway6": STR,
        "ipAddrs": LIST, "mtu": PTR, "macAddr": STR, "nameservers": LIST})
    routes = fields.items("routes")
    if routes is not None:
        out["routes"] = [_route(route, INT) for route in routes]
    copy_fields(fields, out, {"searchDomains": LIST})
    pools = fields.items("addressesFromPools")
    if pools is not None:
        out["addressesFromPools"] = [_pool_reference(pool) for pool in pools]
    for key in ("dhcp4Overrides", "dhcp6Overrides"):
        overrides = fields.sub(key)
        if overrides is not None:
            out[key] = Ptr(copy_fields(overrides, {}, {
                "hostname": PTR, "routeMetric": PTR, "sendHostname": PTR, "useDNS": PTR, "useDomains": PTR,
                "useHostname": PTR, "useMTU": PTR, "useNTP": PTR, "useRoutes": PTR}))
            overrides.done()
    copy_fields(fields, out, {"skipIPAllocation": TRUE})
    fields.done()
    return out


def _pool_reference(fields: Fields) -> dict:
    """corev1.TypedLocalObjectReference -> IPPoolReference (``apiGroup`` *string -> string)."""
    out = copy_fields(fields, {}, {"apiGroup": STR, "kind": STR, "name": STR})
    fields.done()
    return out


def _resources(fields: Fields) -> dict:
    out: dict = {}
    for key in ("requests", "limits"):
        put(out, key, _resource_spec(fields.sub_or_empty(key)))
    shares = fields.sub_or_empty("shares")
    put(out, "shares", copy_fields(shares, {}, {"cpu": NUM, "memory": NUM}))
    shares.done()
    fields.done()
    return out


def _resource_spec(fields: Fields) -> dict:
    """cpu and memory are resource.Quantity values: once one is set, both are written (an unset one as "0")."""
    present = any(fields.data.get(key) is not None for key in ("cpu", "memory"))
    out = copy_fields(fields, {}, {"cpu": QUANTITY, "memory": QUANTITY})
    fields.done()
    return out if present else {}


def _pci_device(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"deviceId": PTR, "vendorId": PTR, "vGPUProfile": STR, "customLabel": STR})
    fields.done()
    return out


def _data_disk(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"name": STR, "sizeGiB": NUM, "provisioningMode": STR})
    fields.done()
    return out
