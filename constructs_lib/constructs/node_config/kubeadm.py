"""kubeadm configuration of control-plane and worker nodes, as camelCase data.

The control plane (KubeadmControlPlane) and the workers (KubeadmConfigTemplate) share most of
their node configuration but have distinct generated classes; the data built here is turned
into either class with :func:`constructs_lib.constructs.typed.to_struct`.
"""
from __future__ import annotations

from functools import lru_cache

from ...assets import read_text
from . import files as node_files
from . import kube_vip
from .files import NodeFile
from .ignition import additional_config

CRI_SOCKET = "/run/containerd/containerd.sock"
KUBELET_DIR_COMMAND = "/bin/test ! -d /var/lib/kubelet && (/bin/mkdir -p /var/lib/kubelet && /bin/chmod 0750 /var/lib/kubelet)"
# (The chart wrote a YAML comment after this command; the command itself is what nodes run.)
NODE_EXPORTER_COMMAND = "usermod -aG root nobody"
TLS_CIPHER_SUITES = ",".join([
    "TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
    "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_256_GCM_SHA384",
])
HEALTH_PATHS = "/healthz,/readyz,/livez,/metrics"


def kubelet_extra_args() -> dict[str, str]:
    """The kubelet flags every node gets (the chart's kubelet-args file); a fresh dict each call."""
    return dict(_kubelet_extra_args())


@lru_cache(maxsize=None)
def _kubelet_extra_args() -> tuple[tuple[str, str], ...]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    data = yaml.load(read_text("node/kubelet-args.yaml"), Loader=loader)
    return tuple((str(k), str(v)) for k, v in data.items())


def file_entry(node_file: NodeFile) -> dict:
    entry: dict = {"path": node_file.path, "permissions": node_file.permissions}
    if node_file.secret_name is not None:
        entry["contentFrom"] = {"secret": {"name": node_file.secret_name, "key": node_file.secret_key}}
    else:
        if node_file.encoding:
            entry["encoding"] = node_file.encoding
        entry["content"] = node_file.content
    return entry


def _shared_node_config(ctx) -> dict:
    """Users, Ignition: what control-plane and worker nodes have in common."""
    spec: dict = {}
    if ctx.values.os_users:
        spec["users"] = [dict(user) for user in ctx.values.os_users]
    spec["format"] = "ignition"
    spec["ignition"] = {"containerLinuxConfig": {
        "additionalConfig": additional_config(ctx.values.internal.teleport.enabled)}}
    return spec


def _ssh_restart(values) -> list[str]:
    return ["systemctl restart sshd"]


def control_plane_config_spec(ctx, proxy_secret_name: str) -> dict:
    """``KubeadmControlPlane.spec.kubeadmConfigSpec``."""
    values = ctx.values
    version = values.cluster.kubernetes_version
    kubelet_args = kubelet_extra_args()
    files = [node_files.kubevip_manifest_file(ctx.kubevip_secret_name), *kube_vip.files(version)]
    files += node_files.ssh_files(values)
    files += node_files.teleport_files(values, ctx.name)
    files.append(node_files.audit_policy_file())
    files += node_files.proxy_files(values, proxy_secret_name)
    files.append(node_files.containerd_config_file(ctx.registry_secret_name))
    files += node_files.containerd_hosts_files(values)
    files += node_files.apiserver_patch_files()
    if values.cluster.enable_encryption_provider:
        files.append(node_files.encryption_config_file(ctx.name))
    spec = {
        "clusterConfiguration": cluster_configuration(ctx),
        **_shared_node_config(ctx),
        "initConfiguration": {
            "skipPhases": ["addon/coredns", "addon/kube-proxy"],
            "patches": {"directory": node_files.PATCHES_DIR},
            "nodeRegistration": {"criSocket": CRI_SOCKET, "kubeletExtraArgs": kubelet_args},
        },
        "joinConfiguration": {
            "patches": {"directory": node_files.PATCHES_DIR},
            "nodeRegistration": {"criSocket": CRI_SOCKET, "kubeletExtraArgs": dict(kubelet_args)},
        },
        "files": [file_entry(f) for f in files],
        "preKubeadmCommands": [
            *_ssh_restart(values),
            f"bash {node_files.APISERVER_PATCH_SCRIPT} {values.control_plane.resource_ratio}",
            KUBELET_DIR_COMMAND,
            *node_files.restart_commands(values),
            *kube_vip.pre_kubeadm_commands(version),
        ],
    }
    post_commands = kube_vip.post_kubeadm_commands(version)
    if post_commands:
        spec["postKubeadmCommands"] = post_commands
    return spec


def worker_config_spec(ctx, pool_name: str, proxy_secret_name: str) -> dict:
    """``KubeadmConfigTemplate.spec.template.spec`` of one node pool."""
    values = ctx.values
    files = node_files.ssh_files(values) + node_files.teleport_files(values, ctx.name)
    files.append(node_files.containerd_config_file(ctx.registry_secret_name))
    files += node_files.containerd_hosts_files(values)
    files += node_files.proxy_files(values, proxy_secret_name)
    return {
        **_shared_node_config(ctx),
        "joinConfiguration": {"nodeRegistration": {
            "criSocket": CRI_SOCKET,
            "kubeletExtraArgs": {**kubelet_extra_args(), "node-labels": f"giantswarm.io/node-pool={pool_name}"},
        }},
        "files": [file_entry(f) for f in files],
        "preKubeadmCommands": [*_ssh_restart(values), KUBELET_DIR_COMMAND, *node_files.restart_commands(values)],
        "postKubeadmCommands": [NODE_EXPORTER_COMMAND],
    }


def api_server_cert_sans(ctx) -> list[str]:
    """The control-plane endpoint first (the IPAM step replaces it in place), then the rest."""
    values = ctx.values
    host = values.connectivity.network.control_plane_endpoint.host
    sans = [host] if host else []
    sans += ["localhost", "127.0.0.1", f"api.{ctx.name}.{values.base_domain}"]
    sans += [san for san in values.api_server.cert_sans if san is not None]
    return sans


def api_server_extra_args(values) -> dict[str, str]:
    args = {
        "audit-log-maxage": "30",
        "audit-log-maxbackup": "30",
        "audit-log-maxsize": "100",
        "audit-log-path": "/var/log/apiserver/audit.log",
        "audit-policy-file": "/etc/kubernetes/policies/audit-policy.yaml",
        "cloud-provider": "external",
        "enable-admission-plugins": values.api_server.enable_admission_plugins,
    }
    if values.cluster.enable_encryption_provider:
        args["encryption-provider-config"] = "/etc/kubernetes/encryption/config.yaml"
    args["feature-gates"] = values.api_server.feature_gates
    args["kubelet-preferred-address-types"] = "InternalIP"
    oidc = values.oidc
    if oidc.issuer_url:
        args["oidc-issuer-url"] = oidc.issuer_url
        args["oidc-client-id"] = oidc.client_id
        args["oidc-username-claim"] = oidc.username_claim
        args["oidc-groups-claim"] = oidc.groups_claim
        if oidc.username_prefix:
            args["oidc-username-prefix"] = oidc.username_prefix
        if oidc.ca_file:
            args["oidc-ca-file"] = oidc.ca_file
    args.update({
        "profiling": "false",
        "requestheader-allowed-names": "front-proxy-client",
        "runtime-config": "api/all=true",
        "tls-cipher-suites": TLS_CIPHER_SUITES,
    })
    # The chart wrote some of these unquoted: an empty value became null, which the API server
    # drops. Leaving empty flags out gives the same stored object.
    return {k: v for k, v in args.items() if v != "" or k == "feature-gates"}


def cluster_configuration(ctx) -> dict:
    values = ctx.values
    cp = values.control_plane
    volumes = [
        {"name": "auditlog", "hostPath": "/var/log/apiserver", "mountPath": "/var/log/apiserver",
         "pathType": "DirectoryOrCreate"},
        {"name": "policies", "hostPath": "/etc/kubernetes/policies", "mountPath": "/etc/kubernetes/policies",
         "pathType": "DirectoryOrCreate"},
    ]
    if values.cluster.enable_encryption_provider:
        volumes.append({"name": "encryption", "hostPath": "/etc/kubernetes/encryption",
                        "mountPath": "/etc/kubernetes/encryption", "readOnly": False,
                        "pathType": "DirectoryOrCreate"})
    return {
        "apiServer": {
            "certSANs": api_server_cert_sans(ctx),
            "extraArgs": api_server_extra_args(values),
            "extraVolumes": volumes,
        },
        "controllerManager": {"extraArgs": {
            "authorization-always-allow-paths": HEALTH_PATHS,
            "bind-address": "0.0.0.0",
            "cloud-provider": "external",
            "enable-hostpath-provisioner": "true",
            "terminated-pod-gc-threshold": "125",
            "feature-gates": values.controller_manager.feature_gates,
            "profiling": "false",
        }},
        "dns": {"imageRepository": cp.dns.image_repository, "imageTag": cp.dns.image_tag},
        "etcd": {"local": {
            "extraArgs": {"listen-metrics-urls": "http://0.0.0.0:2381"},
            "imageRepository": cp.etcd.image_repository,
            "imageTag": cp.etcd.image_tag,
        }},
        "imageRepository": cp.image.repository,
        "scheduler": {"extraArgs": {"authorization-always-allow-paths": HEALTH_PATHS, "bind-address": "0.0.0.0"}},
        "networking": {"serviceSubnet": ",".join(values.connectivity.network.services.cidr_blocks)},
    }
