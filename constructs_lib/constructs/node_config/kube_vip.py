"""kube-vip, the static pod announcing the control-plane address, on Kubernetes 1.29 and later.

Below 1.29 the control plane gets the chart's pod and nothing else. From 1.29 (docs/kube-vip.md):

* kubeadm's admin.conf has no rights until ``kubeadm init`` has created its ClusterRoleBinding;
  the node running init points the pod at super-admin.conf before kubeadm starts and back at
  admin.conf once init is done (``kube-vip-kubeconfig.sh``). Every other node keeps admin.conf.
* kubelet may leave a static pod's ``hostAliases`` out of its /etc/hosts, so the pod mounts a hosts
  file of its own, in which ``kubernetes`` (the name kube-vip gives its local API server) is 127.0.0.1.
"""
from __future__ import annotations

import re

from ...assets import read_text, template
from .files import NodeFile

KUBECONFIG_SCRIPT = "/opt/kube-vip-kubeconfig.sh"
HOSTS_FILE = "/etc/kube-vip.hosts"
HOSTS = "127.0.0.1 localhost kubernetes\n"

_MINOR = re.compile(r"^v(\d+)\.(\d+)\.")


def uses_super_admin(kubernetes_version: str) -> bool:
    """Whether kubeadm of this version (``v1.29.0`` and later, pre-releases too) has super-admin.conf."""
    match = _MINOR.match(kubernetes_version)
    if match is None:
        raise ValueError(f"not a Kubernetes version: {kubernetes_version!r}")
    return (int(match.group(1)), int(match.group(2))) >= (1, 29)


DEFAULT_IMAGE = "docker.io/giantswarm/kube-vip:v0.6.4"
"""The chart's kube-vip static pod image (the default of the values key ``images.kubeVip``)."""


def pod_manifest(vip_address: str, kubernetes_version: str, image: str = DEFAULT_IMAGE) -> str:
    """The static pod written to /etc/kubernetes/manifests/kube-vip.yaml (``image``: ``images.kubeVip``)."""
    name = "kube-vip-pod-hosts-file.yaml.tmpl" if uses_super_admin(kubernetes_version) else "kube-vip-pod.yaml.tmpl"
    return template(f"node/{name}").substitute(vip_address=vip_address, image=image)


def files(kubernetes_version: str) -> list[NodeFile]:
    """The pod's hosts file and the kubeconfig script; none below 1.29."""
    if not uses_super_admin(kubernetes_version):
        return []
    return [
        NodeFile(HOSTS_FILE, "0644", content=HOSTS),
        NodeFile(KUBECONFIG_SCRIPT, "0700", content=read_text("scripts/kube-vip-kubeconfig.sh")),
    ]


def pre_kubeadm_commands(kubernetes_version: str) -> list[str]:
    return [f"bash {KUBECONFIG_SCRIPT} pre-kubeadm"] if uses_super_admin(kubernetes_version) else []


def post_kubeadm_commands(kubernetes_version: str) -> list[str]:
    return [f"bash {KUBECONFIG_SCRIPT} post-kubeadm"] if uses_super_admin(kubernetes_version) else []
