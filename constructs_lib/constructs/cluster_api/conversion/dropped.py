"""The v1beta1 fields v1beta2 has no place for, per kind, with the upstream reason.

Upstream drops them too: the conversion webhooks of Cluster API v1.14.0 and CAPV v1.16.1 do not
carry them into the hub (v1beta2) object, so a v1beta1 object stored by a current management
cluster has lost them. Every path is a v1beta1 field path (``[]`` for list items).
"""
from __future__ import annotations

__all__ = ["DROPPED"]

_GUIDE = "cluster-api v1.11.0 docs/book/src/developer/providers/migrations/v1.10-to-v1.11.md"
_REFERENCE = (f"v1beta2 references have apiGroup, kind and name only, the object is in the same namespace "
              f"(core/webhooks/conversion/common.go convertToContractVersionedObjectReference; {_GUIDE})")
_REMEDIATION = (f"MachineHealthCheckRemediationTemplateReference has kind, name and apiVersion only "
                f"(api/core/v1beta1/conversion.go; {_GUIDE})")
_TYPE_META = (f"removed: Cluster API applies the right apiVersion and kind when generating kubeadm config "
              f"files ({_GUIDE}, KubeadmConfig)")
_REF_FIELDS = ("namespace", "uid", "resourceVersion", "fieldPath")


def _references(*prefixes: str, reason: str = _REFERENCE) -> dict[str, str]:
    return {f"{prefix}.{field}": reason for prefix in prefixes for field in _REF_FIELDS}


def _kubeadm_config_spec(prefix: str) -> dict[str, str]:
    """KubeadmConfigSpec fields (api/bootstrap/kubeadm/v1beta1/zz_generated.conversion.go, "does not exist in peer-type")."""
    cluster = f"{prefix}.clusterConfiguration"
    return {
        f"{cluster}.apiVersion": _TYPE_META,
        f"{cluster}.kind": _TYPE_META,
        f"{prefix}.initConfiguration.apiVersion": _TYPE_META,
        f"{prefix}.initConfiguration.kind": _TYPE_META,
        f"{prefix}.joinConfiguration.apiVersion": _TYPE_META,
        f"{prefix}.joinConfiguration.kind": _TYPE_META,
        f"{cluster}.networking.serviceSubnet":
            f"removed as a duplicate of Cluster spec.clusterNetwork.services.cidrBlocks ({_GUIDE})",
        f"{cluster}.networking.podSubnet":
            f"removed as a duplicate of Cluster spec.clusterNetwork.pods.cidrBlocks ({_GUIDE})",
        f"{cluster}.networking.dnsDomain":
            f"removed as a duplicate of Cluster spec.clusterNetwork.serviceDomain ({_GUIDE})",
        f"{cluster}.kubernetesVersion": f"removed as a duplicate of Machine spec.version ({_GUIDE})",
        f"{cluster}.clusterName": f"removed as a duplicate of Cluster metadata.name ({_GUIDE})",
        f"{prefix}.useExperimentalRetryJoin":
            "deprecated since Cluster API v1.2, not in v1beta2 (api/bootstrap/kubeadm/v1beta1/conversion.go "
            "Convert_v1beta1_KubeadmConfigSpec_To_v1beta2_KubeadmConfigSpec)",
    }


_CAPV_TEST = "cluster-api-provider-vsphere v1.16.1 api/govmomi/v1beta1/conversion_test.go spokeVSphereMachineSpec"

DROPPED: dict[str, dict[str, str]] = {
    "Cluster": _references("spec.controlPlaneRef", "spec.infrastructureRef"),
    "MachineDeployment": {
        "spec.revisionHistoryLimit":
            f"removed: the MachineDeployment controller now cleans up all MachineSets without replicas ({_GUIDE})",
        "spec.progressDeadlineSeconds":
            "deprecated since Cluster API v1.9 and never used (api/core/v1beta1/conversion.go "
            "Convert_v1beta1_MachineDeploymentSpec_To_v1beta2_MachineDeploymentSpec)",
        **_references("spec.template.spec.bootstrap.configRef", "spec.template.spec.infrastructureRef"),
    },
    "MachineHealthCheck": _references("spec.remediationTemplate", reason=_REMEDIATION),
    "KubeadmControlPlane": {
        **_references("spec.machineTemplate.infrastructureRef"),
        **_kubeadm_config_spec("spec.kubeadmConfigSpec"),
    },
    "KubeadmConfigTemplate": _kubeadm_config_spec("spec.template.spec"),
    "VSphereCluster": {},
    "VSphereMachineTemplate": {
        "spec.template.spec.failureDomain": f"field has been dropped in v1beta2 ({_CAPV_TEST})",
        "spec.template.spec.network.preferredAPIServerCidr":
            f"deprecated, field has been dropped in v1beta2 ({_CAPV_TEST})",
    },
    "IPAddressClaim": {},
}
"""kind -> {v1beta1 field path: why v1beta2 has no such field}."""
