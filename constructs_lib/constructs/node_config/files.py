"""The files written to a node, in the order the chart lists them."""
from __future__ import annotations

from dataclasses import dataclass

from ...assets import read_text
from ..go_functions import b64enc
from .containerd import config_toml  # noqa: F401  (re-exported for callers building the Secret)
from .containerd import hosts_files as containerd_hosts
from .teleport import teleport_yaml

PATCHES_DIR = "/etc/kubernetes/patches"
APISERVER_PATCH_SCRIPT = f"{PATCHES_DIR}/kube-apiserver-patch.sh"


@dataclass(frozen=True)
class NodeFile:
    """One entry of a kubeadm config's ``files``: inline content or a reference to a Secret key."""

    path: str
    permissions: str
    content: str | None = None
    encoding: str | None = None
    secret_name: str | None = None
    secret_key: str | None = None


def ssh_files(values) -> list[NodeFile]:
    """Trusted SSH user CA keys and the sshd configuration; none without CA keys."""
    keys = [key for key in values.ssh_trusted_user_ca_keys]
    if not keys:
        return []
    return [
        NodeFile("/etc/ssh/trusted-user-ca-keys.pem", "0600", content="".join(f"{key}\n" for key in keys)),
        NodeFile("/etc/ssh/sshd_config", "0600", content=read_text("node/sshd_config") + "\n"),
    ]


def teleport_files(values, cluster_name: str) -> list[NodeFile]:
    """The teleport join token (from the Secret teleport-operator creates), role script, config."""
    if not values.internal.teleport.enabled:
        return []
    return [
        NodeFile("/etc/teleport-join-token", "0644",
                 secret_name=f"{cluster_name}-teleport-join-token", secret_key="joinToken"),
        NodeFile("/opt/teleport-node-role.sh", "0755", encoding="base64",
                 content=b64enc(read_text("scripts/teleport-node-role.sh"))),
        NodeFile("/etc/teleport.yaml", "0644", encoding="base64",
                 content=b64enc(teleport_yaml(values, cluster_name))),
    ]


def audit_policy_file() -> NodeFile:
    return NodeFile("/etc/kubernetes/policies/audit-policy.yaml", "0600", encoding="base64",
                    content=b64enc(read_text("node/audit-policy.yaml")))


def containerd_config_file(secret_name: str) -> NodeFile:
    return NodeFile("/etc/containerd/config.toml", "0600", secret_name=secret_name, secret_key="registry-config.toml")


def containerd_hosts_files(values) -> list[NodeFile]:
    """The registry mirrors of containerd 2.x nodes (``certs.d/<host>/hosts.toml``; none for 1.x)."""
    return [NodeFile(path, "0644", content=text) for path, text in containerd_hosts(values)]


def proxy_files(values, proxy_secret_name: str) -> list[NodeFile]:
    """systemd drop-ins giving containerd (and teleport) the HTTP proxy environment."""
    if not values.proxy.enabled:
        return []
    files = [NodeFile("/etc/systemd/system/containerd.service.d/99-http-proxy.conf", "0600",
                      secret_name=proxy_secret_name, secret_key="containerdProxy")]
    if values.internal.teleport.enabled:
        files.append(NodeFile("/etc/systemd/system/teleport.service.d/99-http-proxy.conf", "0600",
                              secret_name=proxy_secret_name, secret_key="containerdProxy"))
    return files


def apiserver_patch_files() -> list[NodeFile]:
    """The kubeadm patch template and our script that fills it from the node's CPU and memory."""
    return [
        NodeFile(f"{PATCHES_DIR}/kube-apiserver+json.tpl", "0600",
                 content=read_text("node/kube-apiserver+json.tpl").rstrip("\n")),
        NodeFile(APISERVER_PATCH_SCRIPT, "0600", content=read_text("scripts/kube-apiserver-patch.sh").rstrip("\n")),
    ]


def encryption_config_file(cluster_name: str) -> NodeFile:
    return NodeFile("/etc/kubernetes/encryption/config.yaml", "0600",
                    secret_name=f"{cluster_name}-encryption-provider-config", secret_key="encryption")


def kubevip_manifest_file(secret_name: str) -> NodeFile:
    return NodeFile("/etc/kubernetes/manifests/kube-vip.yaml", "0600", secret_name=secret_name, secret_key="content")


def restart_commands(values) -> list[str]:
    """After the proxy drop-ins are written, the services they affect must be restarted."""
    if not values.proxy.enabled:
        return []
    commands = ["systemctl daemon-reload", "systemctl restart containerd"]
    if values.internal.teleport.enabled:
        commands.append("systemctl restart teleport")
    return commands
