"""Secrets the cluster's nodes read: the kube-vip static pod and containerd's configuration."""
from __future__ import annotations

from cdk8s_plus_27 import k8s
from constructs import Construct

from ..context import ClusterContext
from ..go_functions import b64enc
from ..jobs.ipam_placeholders import KUBEVIP_CONTENT_PLACEHOLDER
from .kube_vip import pod_manifest


# The chart renders these Secrets without a namespace (Helm fills in the release namespace);
# `render` keeps that shape, `synth` writes the namespace (ClusterContext.namespaced_secrets)
# because Flux applies dist/ as it is.

class KubeVipSecret(Construct):
    """``<cluster>-kubevip-pod``: the kube-vip static pod announcing the control-plane address."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        host = ctx.values.connectivity.network.control_plane_endpoint.host
        content = pod_manifest(host, ctx.values.cluster.kubernetes_version, ctx.values.images.kube_vip.reference)
        assigned = ctx.ipam_assigned and ctx.ipam_control_plane
        self.resource = k8s.KubeSecret(
            self, "secret",
            metadata=k8s.ObjectMeta(name=ctx.kubevip_secret_name, namespace=ctx.secret_namespace, labels=ctx.labels,
                                    annotations=ctx.ipam_annotations("Secret", ctx.kubevip_secret_name) or None),
            # As the IPAM Job applies it: base64 of the manifest with the address filled in, which
            # only the Job can compute (stringData does not mix well with server-side apply).
            data={"content": KUBEVIP_CONTENT_PLACEHOLDER} if assigned else None,
            string_data=None if assigned else {"content": content},
        )


class ContainerdConfigSecret(Construct):
    """``<cluster>-registry-configuration-<hash>``: containerd's config.toml for every node."""

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        self.resource = k8s.KubeSecret(
            self, "secret",
            metadata=k8s.ObjectMeta(name=ctx.registry_secret_name, namespace=ctx.secret_namespace),
            data={"registry-config.toml": b64enc(ctx.containerd_config)},
        )
