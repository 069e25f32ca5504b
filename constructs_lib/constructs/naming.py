"""Object names of a cluster, including the chart's content-hash suffixes.

Every hash is computed here, from the exact text it covers, so that a cluster migrated from the
chart keeps the names of its immutable templates and no machine is rolled.
"""
from __future__ import annotations

from .go_functions import b64enc, go_json, go_quote, sha1_8, to_yaml

INFRASTRUCTURE_API_VERSION = "infrastructure.cluster.x-k8s.io/v1beta1"
CONTROL_PLANE_CLASS = "control-plane"


def machine_template_spec_text(vcenter, node_class: dict) -> str:
    """The text the chart hashes for a VSphereMachineTemplate (its ``mtSpec`` helper)."""
    return (
        f"datacenter: {vcenter.datacenter}\n"
        f"datastore: {vcenter.datastore}\n"
        f"server: {vcenter.server}\n"
        f"thumbprint: {vcenter.thumbprint}\n"
        f"{to_yaml(node_class)}"
    )


def machine_template_hash(vcenter, node_class: dict) -> str:
    """The chart's ``mtRevision``: sha1 of the quoted JSON of the spec text and API version."""
    inputs = {"spec": machine_template_spec_text(vcenter, node_class),
              "infrastructureApiVersion": INFRASTRUCTURE_API_VERSION}
    return sha1_8(go_quote(go_json(inputs)))


def machine_template_name(cluster: str, class_name: str, vcenter, node_class: dict) -> str:
    return f"{cluster}-{class_name}-{machine_template_hash(vcenter, node_class)}"


def registry_secret_name(cluster: str, config_toml: str) -> str:
    """The chart's ``containerdConfigSecretName``: hash of the quoted base64 of config.toml."""
    return f"{cluster}-registry-configuration-{sha1_8(go_quote(b64enc(config_toml)))}"


def kubeadm_config_template_name(cluster: str, pool: str, spec: dict) -> str:
    """Our KubeadmConfigTemplate name: the hash covers the whole emitted template spec.

    The chart hashes its own template text (which embeds its scripts); ours hashes the canonical
    JSON of what we emit, so the name changes exactly when the template's content changes.
    """
    return f"{cluster}-{pool}-{sha1_8(go_json(spec))}"


def proxy_secret_name(cluster: str, values) -> str:
    """The Secret with the ``containerdProxy`` systemd drop-in when ``proxy.enabled`` is set:
    ``proxy.secretName``, else ``<cluster>-systemd-proxy`` (as in the chart's later releases)."""
    return values.proxy.secret_name or f"{cluster}-systemd-proxy"


def credentials_secret_name(cluster: str) -> str:
    return f"{cluster}-credentials"


def kubevip_secret_name(cluster: str) -> str:
    return f"{cluster}-kubevip-pod"
