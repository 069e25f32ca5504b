"""Node pools: a MachineDeployment and its KubeadmConfigTemplate per pool."""
from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from constructs_lib.imports.io.x_k8s.cluster import (
    MachineDeployment,
    MachineDeploymentSpec,
    MachineDeploymentSpecSelector,
    MachineDeploymentSpecTemplate,
    MachineDeploymentSpecTemplateMetadata,
    MachineDeploymentSpecTemplateSpec,
    MachineDeploymentSpecTemplateSpecBootstrap,
    MachineDeploymentSpecTemplateSpecBootstrapConfigRef,
    MachineDeploymentSpecTemplateSpecInfrastructureRef,
)
from constructs_lib.imports.io.x_k8s.cluster.bootstrap import (
    KubeadmConfigTemplate,
    KubeadmConfigTemplateSpec,
    KubeadmConfigTemplateSpecTemplate,
    KubeadmConfigTemplateSpecTemplateSpec,
)

from ..context import ClusterContext
from ..labels import machine_template_labels
from ..naming import INFRASTRUCTURE_API_VERSION, kubeadm_config_template_name
from ..node_config.kubeadm import worker_config_spec
from ..typed import to_struct


class NodePool(Construct):
    """One pool of workers: its MachineDeployment and the KubeadmConfigTemplate it boots with."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext, pool_name: str, proxy_secret_name: str):
        super().__init__(scope, id)
        pool = ctx.values.node_pools[pool_name]
        config_spec = worker_config_spec(ctx, pool_name, proxy_secret_name)
        # KubeadmConfigTemplates are not rolled out when changed; a content-derived name is.
        self.config_template_name = kubeadm_config_template_name(ctx.name, pool_name, config_spec)
        self.config_template = KubeadmConfigTemplate(
            self, "kubeadm-config-template",
            metadata=ApiObjectMetadata(name=self.config_template_name, namespace=ctx.namespace, labels=ctx.labels),
            spec=KubeadmConfigTemplateSpec(template=KubeadmConfigTemplateSpecTemplate(
                spec=to_struct(KubeadmConfigTemplateSpecTemplateSpec, config_spec))),
        )
        self.machine_deployment = MachineDeployment(
            self, "machine-deployment",
            metadata=ApiObjectMetadata(name=f"{ctx.name}-{pool_name}", namespace=ctx.namespace, labels=ctx.labels),
            spec=MachineDeploymentSpec(
                cluster_name=ctx.name,
                replicas=pool.replicas,
                revision_history_limit=0,
                selector=MachineDeploymentSpecSelector(match_labels={}),
                template=MachineDeploymentSpecTemplate(
                    metadata=MachineDeploymentSpecTemplateMetadata(
                        labels=machine_template_labels(ctx.name, ctx.values.organization)),
                    spec=MachineDeploymentSpecTemplateSpec(
                        bootstrap=MachineDeploymentSpecTemplateSpecBootstrap(
                            config_ref=MachineDeploymentSpecTemplateSpecBootstrapConfigRef(
                                api_version="bootstrap.cluster.x-k8s.io/v1beta1", kind="KubeadmConfigTemplate",
                                name=self.config_template_name, namespace=ctx.namespace)),
                        cluster_name=ctx.name,
                        infrastructure_ref=MachineDeploymentSpecTemplateSpecInfrastructureRef(
                            api_version=INFRASTRUCTURE_API_VERSION, kind="VSphereMachineTemplate",
                            name=ctx.machine_template_name(pool.class_name), namespace=ctx.namespace),
                        version=ctx.values.cluster.kubernetes_version,
                    ),
                ),
            ),
        )
