"""Node pools: a MachineDeployment and its KubeadmConfigTemplate per pool."""
from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ..context import ClusterContext
from ..labels import machine_template_labels
from ..naming import INFRASTRUCTURE_API_VERSION, kubeadm_config_template_name
from ..node_config.kubeadm import worker_config_spec
from .api_objects import api_object
from .cluster_objects import object_reference


class NodePool(Construct):
    """One pool of workers: its MachineDeployment and the KubeadmConfigTemplate it boots with."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext, pool_name: str, proxy_secret_name: str):
        super().__init__(scope, id)
        pool = ctx.values.node_pools[pool_name]
        config_spec = worker_config_spec(ctx, pool_name, proxy_secret_name)
        # KubeadmConfigTemplates are not rolled out when changed; a content-derived name is. The
        # hash covers the v1beta1 spelling whatever version is emitted: the name follows the meaning.
        self.config_template_name = kubeadm_config_template_name(ctx.name, pool_name, config_spec)
        self.config_template = api_object(
            self, "kubeadm-config-template", ctx, "KubeadmConfigTemplate",
            ApiObjectMetadata(name=self.config_template_name, namespace=ctx.namespace, labels=ctx.labels),
            {"template": {"spec": config_spec}})
        self.machine_deployment = api_object(
            self, "machine-deployment", ctx, "MachineDeployment",
            ApiObjectMetadata(name=f"{ctx.name}-{pool_name}", namespace=ctx.namespace, labels=ctx.labels),
            {
                "clusterName": ctx.name,
                "replicas": pool.replicas,
                "revisionHistoryLimit": 0,
                "selector": {"matchLabels": {}},
                "template": {
                    "metadata": {"labels": machine_template_labels(ctx.name, ctx.values.organization)},
                    "spec": {
                        "bootstrap": {"configRef": object_reference(
                            ctx, "bootstrap.cluster.x-k8s.io/v1beta1", "KubeadmConfigTemplate",
                            self.config_template_name)},
                        "clusterName": ctx.name,
                        "infrastructureRef": object_reference(
                            ctx, INFRASTRUCTURE_API_VERSION, "VSphereMachineTemplate",
                            ctx.machine_template_name(pool.class_name)),
                        "version": ctx.values.pool_kubernetes_version(pool_name),
                    },
                },
            })
