"""VSphereMachineTemplates: one per node class, and one for the control plane."""
from __future__ import annotations

from cdk8s import ApiObject, ApiObjectMetadata
from constructs import Construct

from ..context import ClusterContext
from ..naming import CONTROL_PLANE_CLASS
from .api_objects import api_object


def machine_template_spec(ctx: ClusterContext, class_name: str) -> dict:
    """The template spec: vCenter placement, then the class's own fields (camelCase)."""
    vcenter = ctx.values.vcenter
    spec = {"datacenter": vcenter.datacenter, "datastore": vcenter.datastore,
            "server": vcenter.server, "thumbprint": vcenter.thumbprint}
    # The chart printed these unquoted: an empty value became null, which the API server drops.
    spec = {k: v for k, v in spec.items() if v}
    spec.update(ctx.node_class_spec(class_name))
    return spec


class MachineTemplates(Construct):
    """Every node class becomes a VSphereMachineTemplate named after a hash of its content.

    VSphereMachineTemplates are immutable: a changed class yields a new name, which rolls the
    machines that use it. Classes no pool uses are still emitted, as the chart does.
    """

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        self.templates: dict[str, ApiObject] = {}
        class_names = sorted(set(ctx.values.node_classes) | {CONTROL_PLANE_CLASS})
        for class_name in class_names:
            spec = machine_template_spec(ctx, class_name)
            self.templates[class_name] = api_object(
                self, class_name, ctx, "VSphereMachineTemplate",
                ApiObjectMetadata(name=ctx.machine_template_name(class_name), namespace=ctx.namespace,
                                  labels=ctx.labels),
                {"template": {"spec": spec}}, path=f"nodeClasses.{class_name}")
