"""Single-value checks. Each returns ``None`` when the value is fine, else the allowed text.

Every check states in words what would be accepted, for the ``allowed`` part of an error.
Checks take a ``str`` (the type was checked before) unless their name says otherwise.

One rule spans two fields and is kept here with the version format it builds on: the Kubernetes
version skew between the control plane and each node pool (:func:`kubelet_skew`,
:func:`pool_version_problems`, for the cross-field checks of :mod:`.validate`).
"""
from __future__ import annotations

import ipaddress
import re
from typing import Any, Callable, NamedTuple, Optional

from .errors import join_path, key_path

Check = Callable[[str], Optional[str]]

# --- hazards: characters that would break the text a value is pasted into ---------------------

_LINE_BREAKS = re.compile("[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def single_line(value: str) -> Optional[str]:
    """No line breaks: the value is written into one line of YAML, a flag, a file or a label."""
    if _LINE_BREAKS.search(value):
        return "must be a single line (no line breaks)"
    if _CONTROL.search(value):
        return "must not contain control characters"
    return None


def toml_safe(value: str) -> Optional[str]:
    """No ``"`` or ``\\``: the value is pasted between double quotes into containerd's config.toml
    (registry hosts and endpoints, the sandbox image), where either would end or escape the string."""
    if '"' in value or "\\" in value:
        return 'must not contain " or \\ (it is written inside a double-quoted string in containerd\'s config.toml)'
    return None


def shell_safe(value: str) -> Optional[str]:
    """No ``${``: the value is pasted into a bash script (the IPAM hook Job), where ``${...}``
    would be expanded by the shell instead of being taken literally."""
    if "${" in value:
        return "must not contain '${' (the value is used in a shell script, which would expand it)"
    return None


# --- names ----------------------------------------------------------------------------------

_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$")
# values.schema.json's pattern for ipPoolName (a DNS-1123 subdomain, without the length limit).
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$")


def dns_label(value: str) -> Optional[str]:
    if len(value) <= 63 and _DNS_LABEL.fullmatch(value):
        return None
    return ("must be a DNS-1123 label: at most 63 lowercase letters, digits and '-', "
            "starting and ending with a letter or digit")


def dns_subdomain(value: str) -> Optional[str]:
    if len(value) <= 253 and _DNS_SUBDOMAIN.fullmatch(value):
        return None
    return ("must be a DNS-1123 subdomain: lowercase letters, digits, '-' and '.', each part starting "
            "and ending with a letter or digit, at most 253 characters")


def empty_or(check: Check) -> Check:
    """``check``, but the empty string is also accepted (and the allowed text says so)."""

    def wrapped(value: str) -> Optional[str]:
        if value == "":
            return None
        problem = check(value)
        return None if problem is None else f"{problem}; or empty"

    wrapped.__name__ = f"empty_or_{check.__name__}"
    return wrapped


def non_empty(value: str) -> Optional[str]:
    return "must not be empty" if value == "" else None


# --- Kubernetes labels ----------------------------------------------------------------------

_LABEL_NAME = re.compile(r"^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$")


def label_key(value: str) -> Optional[str]:
    prefix, _, name = value.rpartition("/")
    ok = (0 < len(name) <= 63 and _LABEL_NAME.fullmatch(name)
          and (prefix == "" and "/" not in value or dns_subdomain(prefix) is None))
    if ok:
        return None
    return ("must be a Kubernetes label key: an optional DNS subdomain prefix and '/', then a name of at most "
            "63 letters, digits, '-', '_' or '.', starting and ending with a letter or digit")


def label_value(value: str) -> Optional[str]:
    if value == "" or (len(value) <= 63 and _LABEL_NAME.fullmatch(value)):
        return None
    return ("must be a Kubernetes label value: empty, or at most 63 letters, digits, '-', '_' or '.', "
            "starting and ending with a letter or digit")


# --- networks -------------------------------------------------------------------------------

# values.schema.json $defs.cidrBlocks: dotted quad with an optional mask. We also require the mask
# (every consumer -- Cluster clusterNetwork, kube-vip's cidrGlobal, the DNS address -- needs it)
# and reject leading zeros, which Go's net package refuses.
_CIDR = re.compile(r"^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}"
                   r"/([0-9]|[12][0-9]|3[0-2])$")
CIDR_ALLOWED = "must be an IPv4 CIDR: address/prefix-length, e.g. 10.244.0.0/16"


def ipv4_cidr(value: str) -> Optional[str]:
    return None if _CIDR.fullmatch(value) else CIDR_ALLOWED


def ip_address(value: str) -> Optional[str]:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return "must be an IP address, e.g. 10.0.10.5"
    return None


def cert_san(value: str) -> Optional[str]:
    """kubeadm accepts an IP address, a DNS-1123 subdomain, or a wildcard ``*.`` subdomain."""
    if ip_address(value) is None:
        return None
    name = value[2:] if value.startswith("*.") else value
    if dns_subdomain(name) is None:
        return None
    return "must be an IP address or a DNS name (lowercase, optionally starting with '*.'), as kubeadm requires"


_HOST = r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*"
_HOST_PORT = re.compile(rf"^{_HOST}(:[0-9]{{1,5}})?$")


def host_port(value: str) -> Optional[str]:
    return None if _HOST_PORT.fullmatch(value) else "must be host or host:port, e.g. teleport.example.com:443"


def registry_host(value: str) -> Optional[str]:
    if value == "*" or _HOST_PORT.fullmatch(value):
        return None
    return "must be a registry host name, optionally with :port (e.g. docker.io), or '*'"


_ENDPOINT = re.compile(rf"^{_HOST}(:[0-9]{{1,5}})?(/[^\s]*)?$")


def registry_endpoint(value: str) -> Optional[str]:
    if value.startswith(("http://", "https://")):
        return "must not include a scheme (the chart writes https:// in front of it), e.g. registry-1.docker.io"
    if _ENDPOINT.fullmatch(value):
        return None
    return "must be host[:port][/path] without scheme, e.g. registry-1.docker.io"


def registry_username(value: str) -> Optional[str]:
    if ":" in value:
        return "must not contain ':' (username and password are joined as username:password)"
    return None


# --- images ---------------------------------------------------------------------------------
# The distribution/reference grammar.

_DOMAIN = r"(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9])(?:\.(?:[A-Za-z0-9]|[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]))*(?::[0-9]+)?"
_PATH_COMPONENT = r"[a-z0-9]+(?:(?:[._]|__|[-]*)[a-z0-9]+)*"
_REPOSITORY = re.compile(rf"^(?:{_DOMAIN}/)?{_PATH_COMPONENT}(?:/{_PATH_COMPONENT})*$")
_REGISTRY = re.compile(rf"^{_DOMAIN}(?:/{_PATH_COMPONENT})*$")
_IMAGE_NAME = re.compile(rf"^{_PATH_COMPONENT}(?:/{_PATH_COMPONENT})*$")
_TAG = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$")


def image_repository(value: str) -> Optional[str]:
    if _REPOSITORY.fullmatch(value):
        return None
    return "must be an image repository without tag, e.g. registry.k8s.io or projects.registry.vmware.com/tkg"


def image_registry(value: str) -> Optional[str]:
    if _REGISTRY.fullmatch(value):
        return None
    return "must be a registry host with optional :port and path, without trailing '/', e.g. quay.io"


def image_name(value: str) -> Optional[str]:
    if _IMAGE_NAME.fullmatch(value):
        return None
    return "must be an image path in the registry (lowercase, '/'-separated), e.g. giantswarm/pause"


def image_tag(value: str) -> Optional[str]:
    if _TAG.fullmatch(value):
        return None
    return "must be an image tag: up to 128 letters, digits, '_', '.' or '-', not starting with '.' or '-'"


# --- Kubernetes and Flux formats ------------------------------------------------------------

_K8S_VERSION = re.compile(r"^v(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"
                          r"(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$")


def kubernetes_version(value: str) -> Optional[str]:
    return None if _K8S_VERSION.fullmatch(value) else "must be a Kubernetes version like v1.24.12"


def pool_version(value: str) -> Optional[str]:
    """``nodePools.<pool>.kubernetesVersion``: a version, or the key left out (the pool then takes
    ``cluster.kubernetesVersion``; the skew against it is :func:`pool_version_problems`)."""
    if _K8S_VERSION.fullmatch(value):
        return None
    return "must be a Kubernetes version vX.Y.Z like v1.33.4, or left out to take cluster.kubernetesVersion"


# Flux's pattern for HelmRelease spec.interval (a Go duration limited to ms, s, m, h).
_DURATION = re.compile(r"^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$")


def go_duration(value: str) -> Optional[str]:
    return None if _DURATION.fullmatch(value) else "must be a duration like 5m, 30s or 1h30m (units ms, s, m, h)"


_BOOL_WORDS = "(1|t|T|TRUE|true|True|0|f|F|FALSE|false|False)"
_FEATURE_GATES = re.compile(rf"^\s*[A-Za-z0-9]+\s*=\s*{_BOOL_WORDS}\s*(,\s*[A-Za-z0-9]+\s*=\s*{_BOOL_WORDS}\s*)*$")


def feature_gates(value: str) -> Optional[str]:
    if value == "" or _FEATURE_GATES.fullmatch(value):
        return None
    return "must be empty or a comma-separated list of Name=true|false, e.g. 'ExpandedDNSConfig=true'"


_PLUGINS = re.compile(r"^[A-Za-z0-9]+(,[A-Za-z0-9]+)*$")


def admission_plugins(value: str) -> Optional[str]:
    if value == "" or _PLUGINS.fullmatch(value):
        return None
    return "must be a comma-separated list of admission plugin names, e.g. 'NamespaceLifecycle,LimitRanger'"


_THUMBPRINT = re.compile(r"^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})*$")


def thumbprint(value: str) -> Optional[str]:
    if value == "" or (_THUMBPRINT.fullmatch(value) and (len(value) + 1) // 3 in (20, 32)):
        return None
    return ("must be empty or the SHA-1 or SHA-256 fingerprint as colon-separated hex bytes, "
            "e.g. F7:CF:F9:...:6E:16")


def https_url(value: str) -> Optional[str]:
    if re.fullmatch(r"^https://[^\s/]+(/\S*)?$", value):
        return None
    return "must be an https:// URL (kube-apiserver accepts only https issuers)"


def absolute_path(value: str) -> Optional[str]:
    return None if value.startswith("/") else "must be an absolute file path on the control-plane nodes"


_CHART_VERSION_RE = re.compile(
    r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)"
    r"(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$")
_HELM_REPOSITORY_URL_RE = re.compile(r"^https?://[^\s/]+(/\S*)?$")


def chart_version(value: str) -> Optional[str]:
    """An exact SemVer version: the HelmRelease pins it (no range, so every render is the same)."""
    if _CHART_VERSION_RE.fullmatch(value):
        return None
    return "must be an exact chart version (SemVer without 'v'), e.g. 0.19.2"


def helm_repository_url(value: str) -> Optional[str]:
    """A Flux HelmRepository (type default) URL: http(s), the index.yaml is fetched from there."""
    if _HELM_REPOSITORY_URL_RE.fullmatch(value) and '"' not in value:
        return None
    return "must be an http:// or https:// URL of a Helm repository, e.g. https://giantswarm.github.io/default-catalog"


# --- the Kubernetes version skew between the control plane and the node pools ----------------

SKEW_POLICY_URL = "https://kubernetes.io/releases/version-skew-policy/#kubelet"

KUBELET_SKEW_FROM = ((1, 28), 3)
"""From Kubernetes 1.28 kubelet may be up to three minor versions older than kube-apiserver
(KEP-3935); before, two (:data:`KUBELET_SKEW_BEFORE`)."""
KUBELET_SKEW_BEFORE = 2

SKEW_POLICY = ("kubelet must not be newer than kube-apiserver, and may be up to three minor versions older "
               "than kube-apiserver from Kubernetes 1.28, two before (the Kubernetes version skew policy, "
               + SKEW_POLICY_URL + ")")
"""The policy, as quoted in messages."""


def version_parts(value: Any) -> Optional[tuple[int, int, int]]:
    """``"v1.33.4"`` -> ``(1, 33, 4)`` (a pre-release or build suffix is left out); ``None`` for
    anything that is no Kubernetes version."""
    match = _K8S_VERSION.fullmatch(value) if isinstance(value, str) else None
    return None if match is None else (int(match.group(1)), int(match.group(2)), int(match.group(3)))


def kubelet_skew_limit(api_server: tuple[int, int]) -> int:
    """How many minor versions kubelet may be older than a kube-apiserver of minor ``api_server``."""
    since, skew = KUBELET_SKEW_FROM
    return skew if api_server >= since else KUBELET_SKEW_BEFORE


class Problem(NamedTuple):
    """One problem of a rule across fields: the field (values path), its value, what is wrong and
    what is allowed (as :class:`~.errors.FieldError` words them)."""

    path: str
    value: Any
    message: str
    allowed: str


def kubelet_skew(api_server: str, kubelet: str) -> Optional[tuple[str, str]]:
    """``(message, allowed)`` when a kubelet of version ``kubelet`` may not run against a
    kube-apiserver of version ``api_server`` (:data:`SKEW_POLICY`; a newer patch release of the same
    minor is refused too: a pool is never newer than its control plane), else ``None`` (also when
    either is no version: that has its own error)."""
    server, node = version_parts(api_server), version_parts(kubelet)
    if server is None or node is None:
        return None
    limit = kubelet_skew_limit(server[:2])
    lowest = f"v{server[0]}.{max(server[1] - limit, 0)}.0"
    allowed = f"a version from {lowest} to {api_server}: {SKEW_POLICY}"
    if node > server:
        return (f"is newer than cluster.kubernetesVersion {api_server!r} (the control plane's kube-apiserver)",
                f"{allowed}. To upgrade, raise cluster.kubernetesVersion first, with the pools pinned to "
                "the version they run, and move the pools once the control plane runs the new version "
                "(README, \"Upgrading Kubernetes\")")
    if node[0] != server[0] or server[1] - node[1] > limit:
        behind = (f"{server[1] - node[1]} minor versions older than" if node[0] == server[0]
                  else "of an older major version than")
        return (f"is {behind} cluster.kubernetesVersion {api_server!r} (the control plane's kube-apiserver)",
                f"{allowed}. Move the pool up first (raise this pin, or remove it to follow "
                "cluster.kubernetesVersion) before the control plane goes further")
    return None


def pool_version_problems(values: Any) -> list[Problem]:
    """Every ``nodePools.<pool>.kubernetesVersion`` of a merged values mapping that
    :func:`kubelet_skew` refuses against ``cluster.kubernetesVersion`` (pools without it take that
    version and are fine; a value that is no version has its own error)."""
    cluster = values.get("cluster") if isinstance(values, dict) else None
    pools = values.get("nodePools") if isinstance(values, dict) else None
    api_server = cluster.get("kubernetesVersion") if isinstance(cluster, dict) else None
    if not isinstance(pools, dict) or version_parts(api_server) is None:
        return []
    problems = []
    for name, pool in pools.items():
        version = pool.get("kubernetesVersion") if isinstance(pool, dict) else None
        found = kubelet_skew(api_server, version) if isinstance(version, str) else None
        if found is not None:
            problems.append(Problem(join_path(key_path("nodePools", name), "kubernetesVersion"), version, *found))
    return problems
