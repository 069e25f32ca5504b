"""The Cluster and its VSphereCluster infrastructure."""
from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct

from constructs_lib.imports.io.x_k8s.cluster import (
    Cluster,
    ClusterSpec,
    ClusterSpecClusterNetwork,
    ClusterSpecClusterNetworkPods,
    ClusterSpecClusterNetworkServices,
    ClusterSpecControlPlaneRef,
    ClusterSpecInfrastructureRef,
)
from constructs_lib.imports.io.x_k8s.cluster.infrastructure import (
    VSphereCluster,
    VSphereClusterSpec,
    VSphereClusterSpecControlPlaneEndpoint,
    VSphereClusterSpecIdentityRef,
    VSphereClusterSpecIdentityRefKind,
)

from ..context import ClusterContext
from ..labels import description_annotations, watched_labels
from ..naming import INFRASTRUCTURE_API_VERSION


class ClusterObjects(Construct):
    """``Cluster`` (networks, references, paused while IPAM assigns addresses) and ``VSphereCluster``."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        values, network = ctx.values, ctx.values.connectivity.network
        self.cluster = Cluster(
            self, "cluster",
            metadata=ApiObjectMetadata(
                name=ctx.name, namespace=ctx.namespace,
                annotations={**description_annotations(values), **ctx.ipam_annotations("Cluster", ctx.name)},
                labels={**watched_labels(values, ctx.name), **values.cluster_labels},
            ),
            spec=ClusterSpec(
                cluster_network=ClusterSpecClusterNetwork(
                    pods=ClusterSpecClusterNetworkPods(cidr_blocks=list(network.pods.cidr_blocks)),
                    services=ClusterSpecClusterNetworkServices(cidr_blocks=list(network.services.cidr_blocks)),
                ),
                control_plane_ref=ClusterSpecControlPlaneRef(
                    api_version="controlplane.cluster.x-k8s.io/v1beta1", kind="KubeadmControlPlane",
                    name=ctx.name, namespace=ctx.namespace),
                infrastructure_ref=ClusterSpecInfrastructureRef(
                    api_version=INFRASTRUCTURE_API_VERSION, kind="VSphereCluster",
                    name=ctx.name, namespace=ctx.namespace),
                paused=ctx.ipam_paused(),
            ),
        )
        endpoint = network.control_plane_endpoint
        self.vsphere_cluster = VSphereCluster(
            self, "vsphere-cluster",
            metadata=ApiObjectMetadata(name=ctx.name, namespace=ctx.namespace, labels=ctx.labels,
                                       annotations=ctx.ipam_annotations("VSphereCluster", ctx.name) or None),
            spec=VSphereClusterSpec(
                control_plane_endpoint=VSphereClusterSpecControlPlaneEndpoint(
                    host=endpoint.host, port=endpoint.port or 6443),
                identity_ref=VSphereClusterSpecIdentityRef(
                    kind=VSphereClusterSpecIdentityRefKind.SECRET, name=ctx.credentials_secret_name),
                server=values.vcenter.server or None,
                thumbprint=values.vcenter.thumbprint or None,
            ),
        )
