"""The two sets of defaults a cluster file is merged onto: ``neutral`` and ``chart``.

``chart`` is the chart's values.yaml, unchanged: Giant Swarm's defaults (their SSH CA, a
``giantswarm`` OS user with sudo, teleport to ``teleport.giantswarm.io``, a ``worker`` pool of a
``default`` class cloned from their template on their network ``grasshopper-capv``, Kubernetes
1.24). Migrated clusters declare it (``deployment.defaults: chart``) and keep the chart's output.

``neutral`` (the default of a cluster file) is the chart's values.yaml with every Giant Swarm
specific value taken out (see :data:`NEUTRAL_OVERRIDES` and docs/defaults.md): a cluster file
then declares what its cluster needs, and :func:`required_field_errors` names whatever is missing.

    from constructs_lib.config import neutral_values, chart_values
    values = dataclasses.replace(neutral_values(), ...)
"""
from __future__ import annotations

import copy
from functools import lru_cache
from typing import Any

from .errors import FieldError, key_path, render_value
from .model import DEFAULT_SSH_CA_KEY, ClusterValues
from .validate import value_at

__all__ = ["DEFAULTS_MODES", "DEFAULT_MODE", "NEUTRAL", "CHART", "NEUTRAL_OVERRIDES", "NEUTRAL_KUBERNETES_VERSION",
           "ENCRYPTION_KEY_DEFAULTS", "defaults_mapping", "neutral_values", "chart_values", "required_field_errors",
           "chart_default_notices", "defaults_mode_error"]

NEUTRAL = "neutral"
CHART = "chart"
DEFAULTS_MODES = (NEUTRAL, CHART)
DEFAULT_MODE = NEUTRAL
"""A cluster file without ``deployment.defaults`` is merged onto the neutral defaults."""

ENCRYPTION_KEY_DEFAULTS = {NEUTRAL: "generate", CHART: "external"}
"""``deployment.encryptionKey`` of a cluster file that does not set it, per ``deployment.defaults``:
with the neutral defaults a Job we emit creates the encryption-at-rest key in the management
cluster; with the chart's, as the chart, nothing does (the Secret comes from elsewhere: parity).
See docs/encryption.md."""

NEUTRAL_KUBERNETES_VERSION = "v1.33.4"
"""Kubernetes of the neutral defaults: one today's Cluster API (1.14) manages."""

GS_SSH_CA_COMMENT = "vault-ca@vault.operations.giantswarm.io"
GS_OS_USER = "giantswarm"
GS_TELEPORT_PROXY = "teleport.giantswarm.io:443"
GS_TEMPLATE = "flatcar-stable-3602.2.1-kube-v1.24.12-gs"
GS_NETWORK = "grasshopper-capv"
GS_IP_POOL = "wc-cp-ips"

NEUTRAL_OVERRIDES: dict[str, Any] = {
    "sshTrustedUserCAKeys": [],
    "osUsers": [],
    "internal.teleport.enabled": False,
    "nodePools": {},
    "nodeClasses": {},
    "controlPlane.machineTemplate.template": None,
    "controlPlane.machineTemplate.network": None,
    "connectivity.network.controlPlaneEndpoint.ipPoolName": None,  # None: the key is left out (no pool)
    "cluster.kubernetesVersion": NEUTRAL_KUBERNETES_VERSION,
}
"""Dotted values path -> neutral default; every other key keeps the chart's default (the
reasons, key by key, are in docs/defaults.md). ``None`` leaves the key out, as a ``null`` in a
values file removes a default."""


def _chart_mapping() -> dict:
    return ClusterValues.defaults().to_values_dict()


def _neutral_mapping() -> dict:
    values = _chart_mapping()
    for path, value in NEUTRAL_OVERRIDES.items():
        *parents, last = path.split(".")
        current = values
        for part in parents:
            current = current[part]
        if value is None:
            current.pop(last, None)
        else:
            current[last] = copy.deepcopy(value)
    return values


@lru_cache(maxsize=None)
def _shared(mode: str) -> dict:
    return _chart_mapping() if mode == CHART else _neutral_mapping()


def shared_defaults_mapping(mode: str) -> dict:
    """The defaults of ``mode``, made once and shared (never to be changed); for the loader."""
    if mode not in DEFAULTS_MODES:
        raise ValueError(f"defaults must be one of {', '.join(DEFAULTS_MODES)}, not {mode!r}")
    return _shared(mode)


def defaults_mapping(mode: str = CHART) -> dict:
    """The camelCase defaults mapping of ``mode`` (``"neutral"`` or ``"chart"``), fresh."""
    return copy.deepcopy(shared_defaults_mapping(mode))


def neutral_values() -> ClusterValues:
    """The neutral defaults, typed: the chart's values without Giant Swarm's specifics. Not a
    working cluster by themselves (no vCenter, template, network, endpoint, pools)."""
    return ClusterValues.from_values_dict(defaults_mapping(NEUTRAL))


def chart_values() -> ClusterValues:
    """The chart's defaults, typed (``ClusterValues.defaults()``)."""
    return ClusterValues.defaults()


def defaults_mode_error(source: str, path: str, value: Any) -> FieldError | None:
    """The error for a ``defaults`` value that is not one of :data:`DEFAULTS_MODES`."""
    if isinstance(value, str) and value in DEFAULTS_MODES:
        return None
    return FieldError(source, path, "is invalid", render_value(value),
                      "'neutral' (the default: the file declares its cluster) or 'chart' (merged onto the "
                      "chart's values.yaml, Giant Swarm's defaults; what migrate writes)")


# --- required fields ---------------------------------------------------------------------------

def _blank(value: Any) -> bool:
    return not isinstance(value, str) or value.strip() == ""


def _machine_template_errors(template: Any, path: str, what: str, source: str) -> list[FieldError]:
    errors = []
    if not isinstance(template, dict):
        return errors  # the type checks report it
    if _blank(template.get("template")):
        errors.append(FieldError(source, f"{path}.template", "is missing", "",
                                 f"the name or inventory path of the vSphere VM template to clone {what} from, "
                                 f"e.g. 'flatcar-stable-4230.2.3-kube-{NEUTRAL_KUBERNETES_VERSION}'"))
    devices = value_at(template, "network", "devices")
    if not isinstance(devices, list) or not devices:
        errors.append(FieldError(source, f"{path}.network.devices", "is missing", "",
                                 f"at least one network device for {what}, e.g. "
                                 "[{networkName: 'my-vm-network', dhcp4: true}]"))
    return errors


def required_field_errors(values: dict, source: str) -> list[FieldError]:
    """What a working cluster needs and the merged ``values`` (camelCase) leave empty (vCenter
    server and datacenter, a template and a network device for the control plane and each node
    class, the control-plane endpoint, ``baseDomain``), each
    naming the field and what to put there. Errors with the neutral defaults; with the chart's,
    the cluster file's loader reports them as warnings (the chart renders such values too)."""
    if not isinstance(values, dict):
        return []
    errors = []
    for key, allowed in (("server", "the URL or address of the vCenter API, e.g. 'https://vcenter.example.com'"),
                         ("datacenter", "the name of the vSphere datacenter the machines are created in")):
        if _blank(value_at(values, "vcenter", key)):
            errors.append(FieldError(source, f"vcenter.{key}", "is missing", "", allowed))
    errors += _machine_template_errors(value_at(values, "controlPlane", "machineTemplate"),
                                       "controlPlane.machineTemplate", "the control-plane machines", source)
    classes = values.get("nodeClasses")
    if isinstance(classes, dict):
        # Every class, used by a pool or not: each becomes a VSphereMachineTemplate, whose CRD
        # requires both.
        for name, spec in classes.items():
            errors += _machine_template_errors(spec, key_path("nodeClasses", name),
                                               f"the machines of the class {name!r}", source)
    endpoint = value_at(values, "connectivity", "network", "controlPlaneEndpoint")
    if isinstance(endpoint, dict) and _blank(endpoint.get("host")) and _blank(endpoint.get("ipPoolName")):
        errors.append(FieldError(source, "connectivity.network.controlPlaneEndpoint.host", "is missing", "",
                                 "the control-plane endpoint: an IP address (e.g. '10.0.10.5'), or, with an IP "
                                 "pool, connectivity.network.controlPlaneEndpoint.ipPoolName (the name of a "
                                 "GlobalInClusterIPPool, see docs/ipam.md)"))
    if _blank(values.get("baseDomain")):
        errors.append(FieldError(source, "baseDomain", "is missing", "",
                                 "the DNS zone of the cluster, e.g. 'k8s.example.com': the API server's name "
                                 "api.<cluster>.<baseDomain> is in its certificate and is cilium's "
                                 "k8sServiceHost"))
    return errors


# --- notices for clusters on the chart's defaults ---------------------------------------------

def chart_default_notices(values: ClusterValues, user: dict | None = None) -> list[str]:
    """Giant Swarm's defaults still in effect in ``values`` (a cluster on ``defaults: chart``),
    one line each; empty when none is left.

    ``user``: the file's own mapping (before merging), when known: then the ``worker`` pool is
    reported only when the file does not declare it (the chart's phantom pool); without it, a
    ``worker`` pool of 2 machines of the class ``default`` (the chart's) is reported."""
    notices = []
    if any(GS_SSH_CA_COMMENT in key or key == DEFAULT_SSH_CA_KEY for key in values.ssh_trusted_user_ca_keys):
        notices.append(f"sshTrustedUserCAKeys: trusts Giant Swarm's SSH CA ({GS_SSH_CA_COMMENT}) for user "
                       "certificates on every node (the chart's default); set your own CA keys, or []")
    for user in values.os_users:
        if isinstance(user, dict) and user.get("name") == GS_OS_USER:
            notices.append(f"osUsers: creates the OS user {GS_OS_USER!r} with {user.get('sudo') or 'no'} sudo on "
                           "every node (the chart's default); set your own users, or []")
    teleport = values.internal.teleport
    if teleport.enabled and teleport.proxy_addr == GS_TELEPORT_PROXY:
        notices.append(f"internal.teleport: every node joins Giant Swarm's teleport at {GS_TELEPORT_PROXY} "
                       "(the chart's default); set internal.teleport.enabled: false, or your own proxyAddr")
    pool = values.node_pools.get("worker")
    user_pools = user.get("nodePools") if isinstance(user, dict) else None
    if user is not None:
        phantom = pool is not None and not (isinstance(user_pools, dict) and "worker" in user_pools)
    else:
        phantom = pool is not None and pool.class_name == "default" and pool.replicas == 2
    if phantom:
        notices.append("nodePools.worker: the chart's default pool (2 machines of the class 'default') is in "
                       "effect; declare it in the file to keep it, or remove it with "
                       "'worker: null'")
    templates = [("controlPlane.machineTemplate", values.control_plane.machine_template)]
    templates += [(key_path("nodeClasses", name), spec) for name, spec in values.node_classes.items()]
    for path, spec in templates:
        if not isinstance(spec, dict):
            continue
        if spec.get("template") == GS_TEMPLATE:
            notices.append(f"{path}.template: Giant Swarm's VM template {GS_TEMPLATE!r} (the chart's default); "
                           "name your own template")
        devices = value_at(spec, "network", "devices")
        if isinstance(devices, list) and any(isinstance(d, dict) and d.get("networkName") == GS_NETWORK
                                             for d in devices):
            notices.append(f"{path}.network.devices: Giant Swarm's vSphere network {GS_NETWORK!r} (the chart's "
                           "default); name your own network")
    endpoint = values.connectivity.network.control_plane_endpoint
    if not endpoint.host and endpoint.ip_pool_name == GS_IP_POOL:
        notices.append(f"connectivity.network.controlPlaneEndpoint.ipPoolName: the control-plane address comes "
                       f"from the IP pool {GS_IP_POOL!r} (the chart's default); set host or your own pool")
    return notices
