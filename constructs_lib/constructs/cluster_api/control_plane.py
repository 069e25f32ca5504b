"""The control plane: KubeadmControlPlane with its node configuration."""
from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ..context import ClusterContext
from ..naming import CONTROL_PLANE_CLASS, INFRASTRUCTURE_API_VERSION
from ..node_config.kubeadm import control_plane_config_spec
from .api_objects import api_object
from .cluster_objects import object_reference


class ControlPlane(Construct):
    """``KubeadmControlPlane``: replicas, Kubernetes version, machine template, kubeadm config."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext, proxy_secret_name: str):
        super().__init__(scope, id)
        values = ctx.values
        self.kubeadm_config_spec = control_plane_config_spec(ctx, proxy_secret_name)
        self.resource = api_object(
            self, "kubeadm-control-plane", ctx, "KubeadmControlPlane",
            ApiObjectMetadata(name=ctx.name, namespace=ctx.namespace, labels=ctx.labels,
                              annotations=ctx.ipam_annotations("KubeadmControlPlane", ctx.name) or None),
            {
                "kubeadmConfigSpec": self.kubeadm_config_spec,
                "machineTemplate": {"infrastructureRef": object_reference(
                    ctx, INFRASTRUCTURE_API_VERSION, "VSphereMachineTemplate",
                    ctx.machine_template_name(CONTROL_PLANE_CLASS))},
                "replicas": values.control_plane.replicas,
                "version": values.cluster.kubernetes_version,
            })
