"""MachineHealthCheck of the workers."""
from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ..context import ClusterContext
from ..labels import CLUSTER_NAME_LABEL
from .api_objects import api_object


class WorkerHealthCheck(Construct):
    """Replaces workers that stay not Ready for 10 minutes, while at most 40% are unhealthy."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        self.resource = api_object(
            self, "machine-health-check", ctx, "MachineHealthCheck",
            ApiObjectMetadata(name=ctx.name, namespace=ctx.namespace, labels=ctx.labels),
            {
                "clusterName": ctx.name,
                "maxUnhealthy": "40%",
                "nodeStartupTimeout": "20m0s",
                "selector": {"matchExpressions": [
                    {"key": CLUSTER_NAME_LABEL, "operator": "In", "values": [ctx.name]},
                    {"key": "cluster.x-k8s.io/control-plane", "operator": "DoesNotExist"},
                ]},
                "unhealthyConditions": [
                    {"type": "Ready", "status": "Unknown", "timeout": "10m0s"},
                    {"type": "Ready", "status": "False", "timeout": "10m0s"},
                ],
            })
