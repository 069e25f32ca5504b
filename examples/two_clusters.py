"""Two clusters and an object of our own in one cdk8s chart.

A platform team's app: it reuses the VsphereCluster construct with typed props, adds a ConfigMap
that lists the clusters, and synthesizes everything into one manifest file.

    python examples/two_clusters.py [OUTDIR]     # writes OUTDIR/platform.k8s.yaml (default: examples/dist)
"""
from __future__ import annotations

import dataclasses
import sys

# constructs_lib first: importing it quiets jsii's Node end-of-life banner before cdk8s starts jsii.
from constructs_lib import ClusterValues, VsphereCluster, VsphereClusterProps
from constructs_lib.config import LoadBalancers, NodePool

from cdk8s import App, Chart  # noqa: E402  (isort: skip)
from cdk8s_plus_27 import k8s  # noqa: E402
from constructs import Construct  # noqa: E402


def cluster_values(endpoint: str, lb_cidr: str, workers: int) -> ClusterValues:
    """The chart's defaults with this cluster's addresses and worker count."""
    defaults = ClusterValues.defaults()
    network = defaults.connectivity.network
    network = dataclasses.replace(
        network,
        control_plane_endpoint=dataclasses.replace(network.control_plane_endpoint, host=endpoint),
        load_balancers=LoadBalancers(cidr_blocks=(lb_cidr,)),
    )
    return dataclasses.replace(
        defaults,
        base_domain="k8s.example.internal",
        vcenter=dataclasses.replace(defaults.vcenter, server="https://vcenter.example.internal"),  # today's CAPV needs it
        cluster=dataclasses.replace(defaults.cluster, kubernetes_version="v1.33.4"),  # today's Cluster API manages it
        organization="platform",
        connectivity=dataclasses.replace(defaults.connectivity, network=network),
        node_pools={"worker": NodePool(class_name="default", replicas=workers)},
    )


class PlatformChart(Chart):
    def __init__(self, scope: Construct, id: str):
        super().__init__(scope, id, disable_resource_name_hashes=True)
        clusters = {
            "edge-1": cluster_values("10.20.0.10", "10.20.0.64/28", workers=2),
            "edge-2": cluster_values("10.20.1.10", "10.20.1.64/28", workers=3),
        }
        for name, values in clusters.items():
            VsphereCluster(self, name, VsphereClusterProps(
                name=name, values=values, namespace="org-edge", namespaced_secrets=True,
                credentials_secret_name="vsphere-edge"))
        k8s.KubeConfigMap(self, "inventory",
                          metadata=k8s.ObjectMeta(name="edge-clusters", namespace="org-edge"),
                          data={"clusters": "\n".join(sorted(clusters)) + "\n"})


def main(outdir: str = "examples/dist") -> None:
    app = App(outdir=outdir)
    PlatformChart(app, "platform")
    app.synth()


if __name__ == "__main__":
    main(*sys.argv[1:2])
