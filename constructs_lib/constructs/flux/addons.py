"""Flux add-ons installed into the workload cluster: chart repositories and HelmReleases."""
from __future__ import annotations

import re

from cdk8s import ApiObjectMetadata
from constructs import Construct

from .api_versions import helm_release_classes, helm_repository_classes

from ...config.model import Addons as _AddonsValues, Images as _ImagesValues
from ..context import ClusterContext
from ..jobs.ipam_placeholders import LOAD_BALANCER_CIDRS_PLACEHOLDER
from ..labels import description_annotations, watched_labels
from ..typed import to_struct

# The chart's pins are the defaults of the values ``addons`` and ``images`` (config/model.py);
# these names keep them importable. The constructs read the values.
_ADDONS, _IMAGES = _AddonsValues(), _ImagesValues()


def catalogs(addons: _AddonsValues) -> dict[str, str]:
    """HelmRepository name suffix -> URL, in the order the chart emits them."""
    c = addons.catalogs
    return {"default": c.default, "default-test": c.default_test, "cluster": c.cluster}


def _repository(image) -> tuple[str, str]:
    return f"{image.registry}/{image.name}", image.tag


CATALOGS = catalogs(_ADDONS)
CILIUM_VERSION = _ADDONS.cilium.version
CLOUD_PROVIDER_VSPHERE_VERSION = _ADDONS.cloud_provider_vsphere.version
COREDNS_VERSION = _ADDONS.coredns.version
NETWORK_POLICIES_VERSION = _ADDONS.network_policies.version
KUBE_VIP_CLOUD_PROVIDER_IMAGE = _repository(_IMAGES.kube_vip_cloud_provider)
KUBE_VIP_IMAGE = _repository(_IMAGES.cloud_provider_kube_vip)
NODE_INTERFACE = "ens192"

_CONTROL_PLANE_TOLERATIONS = [
    {"key": "node-role.kubernetes.io/master", "effect": "NoSchedule", "operator": "Exists"},
    {"key": "node-role.kubernetes.io/control-plane", "effect": "NoSchedule", "operator": "Exists"},
    {"key": "node.cloudprovider.kubernetes.io/uninitialized", "effect": "NoSchedule", "operator": "Equal",
     "value": "true"},
]


def cluster_dns_ip(services_cidr: str) -> str:
    """The cluster DNS Service address: the .10 of the (at least /24) services network."""
    return re.sub(r"^(\d+\.\d+\.\d+).*$", r"\1.10", services_cidr)


def cilium_values(ctx: ClusterContext) -> dict:
    """Cilium replacing kube-proxy, talking to the API server through its DNS name."""
    values = {
        "ipam": {"mode": "kubernetes"},
        "k8sServiceHost": f"api.{ctx.name}.{ctx.values.base_domain}",
        "k8sServicePort": "6443",
        "kubeProxyReplacement": "strict",
        "hubble": {
            "relay": {"enabled": True, "tolerations": [dict(t) for t in _CONTROL_PLANE_TOLERATIONS]},
            "ui": {"tolerations": [dict(t) for t in _CONTROL_PLANE_TOLERATIONS]},
        },
    }
    if ctx.values.connectivity.network.allow_all_egress:
        values["defaultPolicies"] = {"enabled": True, "tolerations": [
            {"effect": "NoSchedule", "operator": "Exists"},
            {"effect": "NoExecute", "operator": "Exists"},
            {"key": "CriticalAddonsOnly", "operator": "Exists"},
        ]}
    values["extraPolicies"] = {"allowEgressToCoreDNS": {"enabled": True}}
    return values


def load_balancer_cidrs(ctx: ClusterContext) -> str:
    """kube-vip-cloud-provider's ``cidrGlobal``; once IPAM assigned the pool's address, that address
    comes first (as a /32, as in the chart), then the static ranges."""
    static = ",".join(ctx.values.connectivity.network.load_balancers.cidr_blocks)
    if ctx.ipam_load_balancer and ctx.ipam_assigned:
        return LOAD_BALANCER_CIDRS_PLACEHOLDER
    return static


def cloud_provider_values(ctx: ClusterContext) -> dict:
    """cloud-provider-vsphere with kube-vip announcing Service load balancers."""
    vcenter = ctx.values.vcenter
    cloud_provider, kube_vip = (_repository(ctx.values.images.kube_vip_cloud_provider),
                                _repository(ctx.values.images.cloud_provider_kube_vip))
    return {
        "global": {"config": {
            "enabled": True,
            "clusterId": ctx.name,
            "vcenter": vcenter.server,
            "datacenter": vcenter.datacenter,
            "region": vcenter.region,
            "zone": vcenter.zone,
            "thumbprint": vcenter.thumbprint,
        }},
        "kube-vip-cloud-provider": {
            "cidrGlobal": load_balancer_cidrs(ctx),
            "image": {"repository": cloud_provider[0], "tag": cloud_provider[1]},
        },
        "kube-vip": {
            "env": {"vip_interface": NODE_INTERFACE},
            "image": {"repository": kube_vip[0], "tag": kube_vip[1]},
        },
    }


def coredns_values(ctx: ClusterContext) -> dict:
    network = ctx.values.connectivity.network
    return {"cluster": {
        "calico": {"CIDR": network.pods.cidr_blocks[0]},
        "kubernetes": {
            "API": {"clusterIPRange": network.services.cidr_blocks[0]},
            "DNS": {"IP": cluster_dns_ip(network.services.cidr_blocks[0])},
        },
    }}


class AddonRelease(Construct):
    """A Flux HelmRelease installing one app into the workload cluster's kube-system."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext, *, release: str, chart: str,
                 version: str, repository: str, interval: str, labels: dict, values: dict | None = None,
                 depends_on_cilium: bool = True, values_from: list | None = None, suspend: bool | None = None):
        super().__init__(scope, id)
        name = f"{ctx.name}-{id}"
        # Spelt the same in every HelmRelease version we emit (v2beta1 and v2): only the class differs.
        spec = {
            "suspend": suspend,
            "releaseName": release,
            "targetNamespace": "kube-system",
            "storageNamespace": "kube-system",
            "chart": {"spec": {"chart": chart, "version": version,
                               "sourceRef": {"kind": "HelmRepository", "name": f"{ctx.name}-{repository}"}}},
            "dependsOn": [{"name": f"{ctx.name}-cilium", "namespace": ctx.namespace}] if depends_on_cilium else None,
            "kubeConfig": {"secretRef": {"name": f"{ctx.name}-kubeconfig"}},
            "interval": interval,
            "install": {"remediation": {"retries": 30}},
            "valuesFrom": values_from,
            "values": values,  # the app's own values, passed through as they are
        }
        release_class, spec_class = helm_release_classes(ctx.management_cluster.helm_release_api_version)
        self.resource = release_class(
            self, "helm-release",
            metadata=ApiObjectMetadata(
                name=name, namespace=ctx.namespace,
                annotations={**description_annotations(ctx.values), **ctx.ipam_annotations("HelmRelease", name)},
                labels=labels),
            spec=to_struct(spec_class, spec),
        )


def _secret_values(credentials: str, *pairs: tuple[str, str]) -> list[dict]:
    """``valuesFrom`` entries taking each ``(key, target path)`` from the Secret ``credentials``."""
    return [{"kind": "Secret", "name": credentials, "valuesKey": key, "targetPath": target} for key, target in pairs]


class Addons(Construct):
    """Chart repositories, Cilium, cloud-provider-vsphere, CoreDNS and the network policies."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        values = ctx.values
        intervals = values.helm_releases
        restrict_egress = not values.connectivity.network.allow_all_egress
        repository_class, repository_spec = helm_repository_classes(ctx.management_cluster.helm_repository_api_version)
        addons, urls = values.addons, catalogs(values.addons)
        for name in ("default", "default-test") + (("cluster",) if restrict_egress else ()):
            repository_class(
                self, f"repository-{name}",
                metadata=ApiObjectMetadata(
                    name=f"{ctx.name}-{name}", namespace=ctx.namespace,
                    annotations=description_annotations(values), labels=ctx.labels),
                spec=repository_spec(interval="10m", url=urls[name]),
            )
        self.cilium = AddonRelease(
            self, "cilium", ctx, release="cilium", chart=addons.cilium.chart, version=addons.cilium.version,
            repository="default", interval=intervals.cilium.interval, labels=watched_labels(values, ctx.name),
            values=cilium_values(ctx), depends_on_cilium=False)
        credentials = ctx.credentials_secret_name
        self.cloud_provider = AddonRelease(
            self, "cloud-provider-vsphere", ctx, release="cloud-provider-vsphere",
            chart=addons.cloud_provider_vsphere.chart, version=addons.cloud_provider_vsphere.version,
            repository="default", interval=intervals.cpi.interval,
            labels=watched_labels(values, ctx.name), values=cloud_provider_values(ctx),
            # Held until the IPAM Job knows the load-balancer range, then explicitly resumed by it.
            suspend=(not ctx.ipam_assigned) if ctx.ipam_load_balancer else None,
            values_from=_secret_values(credentials, ("username", "global.config.username"),
                                       ("escapedPassword", "global.config.password")))
        self.coredns = AddonRelease(
            self, "coredns", ctx, release="coredns", chart=addons.coredns.chart, version=addons.coredns.version,
            repository="default", interval=intervals.coredns.interval, labels=ctx.labels,
            values=coredns_values(ctx))
        if restrict_egress:
            # The chart reads the CoreDNS interval here; kept so that migrated releases do not change.
            self.network_policies = AddonRelease(
                self, "network-policies", ctx, release="network-policies",
                chart=addons.network_policies.chart, version=addons.network_policies.version,
                repository="cluster", interval=intervals.coredns.interval,
                labels=ctx.labels)
