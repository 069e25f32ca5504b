"""The control plane: KubeadmControlPlane with its node configuration."""
from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from constructs_lib.imports.io.x_k8s.cluster.controlplane import (
    KubeadmControlPlane,
    KubeadmControlPlaneSpec,
    KubeadmControlPlaneSpecKubeadmConfigSpec,
    KubeadmControlPlaneSpecMachineTemplate,
    KubeadmControlPlaneSpecMachineTemplateInfrastructureRef,
)

from ..context import ClusterContext
from ..naming import CONTROL_PLANE_CLASS, INFRASTRUCTURE_API_VERSION
from ..node_config.kubeadm import control_plane_config_spec
from ..typed import to_struct


class ControlPlane(Construct):
    """``KubeadmControlPlane``: replicas, Kubernetes version, machine template, kubeadm config."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext, proxy_secret_name: str):
        super().__init__(scope, id)
        values = ctx.values
        self.kubeadm_config_spec = control_plane_config_spec(ctx, proxy_secret_name)
        self.resource = KubeadmControlPlane(
            self, "kubeadm-control-plane",
            metadata=ApiObjectMetadata(name=ctx.name, namespace=ctx.namespace, labels=ctx.labels,
                                       annotations=ctx.ipam_annotations("KubeadmControlPlane", ctx.name) or None),
            spec=KubeadmControlPlaneSpec(
                kubeadm_config_spec=to_struct(KubeadmControlPlaneSpecKubeadmConfigSpec, self.kubeadm_config_spec),
                machine_template=KubeadmControlPlaneSpecMachineTemplate(
                    infrastructure_ref=KubeadmControlPlaneSpecMachineTemplateInfrastructureRef(
                        api_version=INFRASTRUCTURE_API_VERSION, kind="VSphereMachineTemplate",
                        name=ctx.machine_template_name(CONTROL_PLANE_CLASS), namespace=ctx.namespace),
                ),
                replicas=values.control_plane.replicas,
                version=values.cluster.kubernetes_version,
            ),
        )
