"""MachineHealthCheck of the workers."""
from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from constructs_lib.imports.io.x_k8s.cluster import (
    MachineHealthCheck,
    MachineHealthCheckSpec,
    MachineHealthCheckSpecMaxUnhealthy,
    MachineHealthCheckSpecSelector,
    MachineHealthCheckSpecSelectorMatchExpressions,
    MachineHealthCheckSpecUnhealthyConditions,
)

from ..context import ClusterContext
from ..labels import CLUSTER_NAME_LABEL
from ..typed import factory_value


class WorkerHealthCheck(Construct):
    """Replaces workers that stay not Ready for 10 minutes, while at most 40% are unhealthy."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        self.resource = MachineHealthCheck(
            self, "machine-health-check",
            metadata=ApiObjectMetadata(name=ctx.name, namespace=ctx.namespace, labels=ctx.labels),
            spec=MachineHealthCheckSpec(
                cluster_name=ctx.name,
                max_unhealthy=factory_value(MachineHealthCheckSpecMaxUnhealthy, "40%"),
                node_startup_timeout="20m0s",
                selector=MachineHealthCheckSpecSelector(match_expressions=[
                    MachineHealthCheckSpecSelectorMatchExpressions(
                        key=CLUSTER_NAME_LABEL, operator="In", values=[ctx.name]),
                    MachineHealthCheckSpecSelectorMatchExpressions(
                        key="cluster.x-k8s.io/control-plane", operator="DoesNotExist"),
                ]),
                unhealthy_conditions=[
                    MachineHealthCheckSpecUnhealthyConditions(type="Ready", status="Unknown", timeout="10m0s"),
                    MachineHealthCheckSpecUnhealthyConditions(type="Ready", status="False", timeout="10m0s"),
                ],
            ),
        )
