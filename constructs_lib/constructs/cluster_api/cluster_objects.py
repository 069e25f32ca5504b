"""The Cluster and its VSphereCluster infrastructure."""
from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from ..context import ClusterContext
from ..labels import description_annotations, watched_labels
from ..naming import INFRASTRUCTURE_API_VERSION
from .api_objects import api_object


def object_reference(ctx: ClusterContext, api_version: str, kind: str, name: str) -> dict:
    """A v1beta1 reference to an object of the cluster (v1beta2 spells it with ``apiGroup``)."""
    return {"apiVersion": api_version, "kind": kind, "name": name, "namespace": ctx.namespace}


class ClusterObjects(Construct):
    """``Cluster`` (networks, references, paused while IPAM assigns addresses) and ``VSphereCluster``."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        values, network = ctx.values, ctx.values.connectivity.network
        spec = {
            "clusterNetwork": {"pods": {"cidrBlocks": list(network.pods.cidr_blocks)},
                               "services": {"cidrBlocks": list(network.services.cidr_blocks)}},
            "controlPlaneRef": object_reference(ctx, "controlplane.cluster.x-k8s.io/v1beta1", "KubeadmControlPlane",
                                                ctx.name),
            "infrastructureRef": object_reference(ctx, INFRASTRUCTURE_API_VERSION, "VSphereCluster", ctx.name),
            "paused": ctx.ipam_paused(),
        }
        self.cluster = api_object(
            self, "cluster", ctx, "Cluster",
            ApiObjectMetadata(
                name=ctx.name, namespace=ctx.namespace,
                annotations={**description_annotations(values), **ctx.ipam_annotations("Cluster", ctx.name)},
                labels={**watched_labels(values, ctx.name), **values.cluster_labels},
            ),
            spec)
        endpoint = network.control_plane_endpoint
        self.vsphere_cluster = api_object(
            self, "vsphere-cluster", ctx, "VSphereCluster",
            ApiObjectMetadata(name=ctx.name, namespace=ctx.namespace, labels=ctx.labels,
                              annotations=ctx.ipam_annotations("VSphereCluster", ctx.name) or None),
            {
                "controlPlaneEndpoint": {"host": endpoint.host, "port": endpoint.port or 6443},
                "identityRef": {"kind": "Secret", "name": ctx.credentials_secret_name},
                "server": values.vcenter.server or None,
                "thumbprint": values.vcenter.thumbprint or None,
            })
