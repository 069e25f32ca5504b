"""Check merged values against :data:`.spec.VALUES_SPEC` and the chart's cross-field rules.

:func:`validate_values` returns every problem at once; nothing is raised for bad input.
Node classes, the control plane's machine template and OS users are checked strictly against
the Cluster API CRD schemas (see :mod:`.crdcheck`).
"""
from __future__ import annotations

import difflib
import ipaddress
import re
from typing import Any, Callable, Optional

from . import rules
from .crdcheck import CrdChecker, default_crd_checker
from .errors import FieldError, join_path, key_path, render_value
from .model import CONTROL_PLANE_CLASS
from .spec import MAX_NODES, VALUES_SPEC, AnyValue, Bool, Crd, Ignored, Int, List, Map, Node, Obj, Str

__all__ = ["validate_values", "RESERVED_LABEL_KEYS"]

RESERVED_LABEL_KEYS = frozenset({
    "app",
    "app.kubernetes.io/managed-by",
    "app.kubernetes.io/version",
    "application.giantswarm.io/team",
    "cluster-apps-operator.giantswarm.io/watching",
    "cluster.x-k8s.io/cluster-name",
    "giantswarm.io/cluster",
    "giantswarm.io/organization",
    "giantswarm.io/service-priority",
    "helm.sh/chart",
})
"""Labels the chart itself puts on the Cluster; a ``clusterLabels`` entry with one of these keys
would give the object the same key twice."""


class _Collector:
    def __init__(self, source: str, crd: CrdChecker):
        self.source = source
        self.crd = crd
        self.errors: list[FieldError] = []

    def add(self, path: str, value: Any, allowed: str, message: str = "is invalid", show: bool = True) -> None:
        shown = render_value(value, path) if show else ""
        self.errors.append(FieldError(self.source, path, message, shown, allowed))

    def missing(self, path: str, allowed: str) -> None:
        self.errors.append(FieldError(self.source, path, "is missing", "", allowed))


def crd_field_errors(kind: str, value: Any, path: str, source: str,
                     crd: Optional[CrdChecker] = None) -> list[FieldError]:
    """The problems of one pass-through mapping ``value`` (at values path ``path``) against the CRD
    schema ``kind`` of :data:`~.crdcheck.CRD_SCHEMAS`, reported as a values file's are."""
    out = _Collector(source, crd or default_crd_checker())
    _check_crd(Crd(kind), value, path, out)
    return out.errors


def validate_values(values: Any, source: str, crd: Optional[CrdChecker] = None) -> list[FieldError]:
    """Every problem of ``values`` (the user's file already merged onto the chart's defaults)."""
    out = _Collector(source, crd or default_crd_checker())
    _walk(VALUES_SPEC, values, "", out)
    if isinstance(values, dict):
        _cross_checks(values, out)
    return out.errors


# --- the walker ------------------------------------------------------------------------------

_TYPE_WORDS = {dict: "a mapping", list: "a list", str: "a string", bool: "a boolean", int: "an integer",
               float: "a number", type(None): "null"}


def _kind(value: Any) -> str:
    return _TYPE_WORDS.get(type(value), type(value).__name__)


def _walk(node: Node, value: Any, path: str, out: _Collector) -> None:
    if isinstance(node, Ignored):
        if node.node is not None:
            _walk(node.node, value, path, out)
    elif isinstance(node, Str):
        _check_str(node.checks, value, path, out)
    elif isinstance(node, Int):
        _check_int(node, value, path, out)
    elif isinstance(node, Bool):
        if not isinstance(value, bool):
            hint = ""
            if isinstance(value, str) and value.strip().lower() in ("true", "false", "yes", "no", "on", "off"):
                hint = " (write it without quotes: a quoted string is not a boolean)"
            out.add(path, value, "must be true or false" + hint)
    elif isinstance(node, List):
        if not isinstance(value, list):
            out.add(path, value, f"must be a list (found {_kind(value)})")
            return
        if len(value) < node.min_items:
            out.add(path, value, f"must be a list of at least {node.min_items} item(s)")
        for index, item in enumerate(value):
            _walk(node.item, item, join_path(path, index), out)
    elif isinstance(node, Obj):
        _check_obj(node, value, path, out)
    elif isinstance(node, Map):
        if not _is_mapping(value, path, out):
            return
        for key, item, item_path in _string_keyed_items(value, path, out):
            key_problem = _first_problem(node.key_checks, key)
            if key_problem:
                out.add(item_path, key, key_problem, message="is an invalid name")
            _walk(node.value, item, item_path, out)
    elif isinstance(node, Crd):
        _check_crd(node, value, path, out)
    elif isinstance(node, AnyValue):
        pass
    else:  # pragma: no cover - a spec bug, not bad input
        raise TypeError(f"unknown spec node {node!r}")


def _first_problem(checks: tuple[Callable[[str], Optional[str]], ...], value: str) -> Optional[str]:
    for check in checks:
        problem = check(value)
        if problem:
            return problem
    return None


def _check_str(checks, value: Any, path: str, out: _Collector) -> None:
    if not isinstance(value, str):
        hint = ""
        if isinstance(value, (int, float, bool)):
            hint = " (put it in quotes in YAML so it is read as text)"
        out.add(path, value, f"must be a string (found {_kind(value)}){hint}")
        return
    problem = _first_problem(checks, value)
    if problem:
        out.add(path, value, problem)


def _check_int(node: Int, value: Any, path: str, out: _Collector) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        hint = " (without quotes)" if isinstance(value, str) and value.strip().lstrip("-").isdigit() else ""
        out.add(path, value, node.allowed + hint)
        return
    if (node.minimum is not None and value < node.minimum) or (node.maximum is not None and value > node.maximum) \
            or (node.odd and value % 2 == 0):
        out.add(path, value, node.allowed)


def _is_mapping(value: Any, path: str, out: _Collector) -> bool:
    if isinstance(value, dict):
        return True
    out.add(path, value, f"must be a mapping (found {_kind(value)})")
    return False


def _string_keyed_items(mapping: dict, path: str, out: _Collector):
    """``(key, item, item path)`` of the mapping's string keys; each other key is reported instead."""
    for key, item in mapping.items():
        item_path = key_path(path, key)
        if not isinstance(key, str):
            out.add(item_path, key, "keys must be strings (quote the key in YAML)", message="is an invalid key")
            continue
        yield key, item, item_path


def _check_obj(node: Obj, value: Any, path: str, out: _Collector) -> None:
    if not _is_mapping(value, path, out):
        return
    for key, item, item_path in _string_keyed_items(value, path, out):
        child = node.fields.get(key)
        if child is not None:
            _walk(child, item, item_path, out)
        elif not node.open:
            out.add(item_path, key, _unknown_key_hint(key, node), message="is not a known key", show=False)
    for key, child in node.fields.items():
        if key in value:
            continue
        if key in node.required or child.missing == "required":
            out.missing(join_path(path, key),
                        "required by the chart (a null in the values file removes the chart's default; give a value)")


def _unknown_key_hint(key: str, node: Obj) -> str:
    known = [k for k, child in node.fields.items() if not isinstance(child, Ignored)]
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if not close:
        lowered = {k.lower(): k for k in known}
        close = [lowered[key.lower()]] if key.lower() in lowered else []
    if close:
        return f"did you mean {close[0]!r}?"
    return "known keys here: " + ", ".join(known)


def _check_crd(node: Crd, value: Any, path: str, out: _Collector) -> None:
    if not _is_mapping(value, path, out):
        return
    for error_path, message in out.crd.check(node.kind, value, path):
        shown = _lookup(value, path, error_path)
        if _UNKNOWN_FIELD.search(message):
            # Never show the value of an unknown key: it may be a misspelt secret.
            out.errors.append(FieldError(out.source, error_path, "is not a known key", "", message))
        elif shown is _NOT_FOUND:
            out.errors.append(FieldError(out.source, error_path, "is invalid", "", message))
        else:
            out.add(error_path, shown, message)


_NOT_FOUND = object()
_UNKNOWN_FIELD = re.compile(r"unknown (?:field|key|property)", re.IGNORECASE)


def _lookup(value: Any, base: str, path: str) -> Any:
    """The value at ``path`` inside ``value`` (which sits at ``base``), if the path resolves."""
    if not path.startswith(base):
        return _NOT_FOUND
    rest = path[len(base):]
    current = value
    while rest:
        if rest.startswith("["):
            end = rest.find("]")
            if end < 0 or not isinstance(current, list):
                return _NOT_FOUND
            try:
                current = current[int(rest[1:end])]
            except (ValueError, IndexError):
                return _NOT_FOUND
            rest = rest[end + 1:]
        elif rest.startswith("."):
            rest = rest[1:]
            if not isinstance(current, dict):
                return _NOT_FOUND
            # Keys may contain dots (customVMXKeys): take the longest key that matches.
            match = None
            for key in current:
                if isinstance(key, str) and rest.startswith(key) and (len(rest) == len(key) or rest[len(key)] in ".["):
                    if match is None or len(key) > len(match):
                        match = key
            if match is None:
                return _NOT_FOUND
            current = current[match]
            rest = rest[len(match):]
        else:
            return _NOT_FOUND
    return current


# --- rules across fields --------------------------------------------------------------------

def value_at(values: Any, *keys: str) -> Any:
    """The value at ``keys`` in nested mappings; ``None`` where a key is missing or a level is no mapping."""
    current: Any = values
    for key in keys:
        if not isinstance(current, dict) or key not in current:
            return None
        current = current[key]
    return current


def _cross_checks(values: dict, out: _Collector) -> None:
    _check_load_balancers(values, out)
    _check_service_cidr(values, out)
    _check_network_overlap(values, out)
    _check_pool_classes(values, out)
    _check_node_count(values, out)
    _check_control_plane_class(values, out)
    _check_cluster_labels(values, out)
    _check_proxy(values, out)
    _check_oidc(values, out)
    _check_pool_versions(values, out)


def _check_pool_versions(values: dict, out: _Collector) -> None:
    """Pools pinned to a Kubernetes version the control plane's kube-apiserver does not support."""
    for problem in rules.pool_version_problems(values):
        out.add(problem.path, problem.value, problem.allowed, message=problem.message)


def _check_load_balancers(values: dict, out: _Collector) -> None:
    # values.schema.json: loadBalancers anyOf [{required: [cidrBlocks]} with >= 1 CIDR,
    # {required: [ipPoolName]} matching the DNS-1123 subdomain pattern].
    lb = value_at(values, "connectivity", "network", "loadBalancers")
    if not isinstance(lb, dict):
        return
    cidrs = lb.get("cidrBlocks")
    pool = lb.get("ipPoolName")
    has_cidrs = isinstance(cidrs, list) and len(cidrs) > 0
    has_pool = isinstance(pool, str) and pool != ""
    if not (has_cidrs or has_pool):
        out.add("connectivity.network.loadBalancers", lb,
                "give cidrBlocks (at least one IPv4 CIDR, e.g. 10.0.10.64/27) or ipPoolName "
                "(a GlobalInClusterIPPool name, a DNS-1123 subdomain), or both")


def _check_service_cidr(values: dict, out: _Collector) -> None:
    # The chart's clusterDNS helper fails the render when the first services CIDR is smaller
    # than /24: the DNS address is its first three octets followed by .10.
    cidrs = value_at(values, "connectivity", "network", "services", "cidrBlocks")
    if not isinstance(cidrs, list) or not cidrs or not isinstance(cidrs[0], str) or rules.ipv4_cidr(cidrs[0]):
        return
    address, prefix = cidrs[0].split("/")
    if int(prefix) > 24:
        octets = address.rsplit(".", 1)[0]
        out.add("connectivity.network.services.cidrBlocks[0]", cidrs[0],
                f"prefix length must be /24 or shorter (the cluster DNS address is {octets}.10)")


def _networks(values: dict, section: str) -> list[tuple[int, ipaddress.IPv4Network]]:
    cidrs = value_at(values, "connectivity", "network", section, "cidrBlocks")
    found = []
    if isinstance(cidrs, list):
        for index, cidr in enumerate(cidrs):
            if isinstance(cidr, str) and rules.ipv4_cidr(cidr) is None:
                found.append((index, ipaddress.IPv4Network(cidr, strict=False)))
    return found


def _check_network_overlap(values: dict, out: _Collector) -> None:
    # Pod and Service addresses must not overlap, or traffic to one is routed to the other.
    services = _networks(values, "services")
    for index, pods in _networks(values, "pods"):
        for service_index, service in services:
            if pods.overlaps(service):
                path = f"connectivity.network.pods.cidrBlocks[{index}]"
                out.add(path, str(values["connectivity"]["network"]["pods"]["cidrBlocks"][index]),
                        f"must not overlap the services network "
                        f"connectivity.network.services.cidrBlocks[{service_index}] ({service})")


def _check_pool_classes(values: dict, out: _Collector) -> None:
    pools = values.get("nodePools")
    classes = values.get("nodeClasses")
    if not isinstance(pools, dict):
        return
    names = [k for k in classes if isinstance(k, str)] if isinstance(classes, dict) else []
    for pool_name, pool in pools.items():
        if not isinstance(pool, dict):
            continue
        class_name = pool.get("class")
        if isinstance(class_name, str) and class_name and class_name not in names:
            available = ", ".join(repr(n) for n in names) or "none"
            hint = difflib.get_close_matches(class_name, names, n=1, cutoff=0.6)
            extra = f"; did you mean {hint[0]!r}?" if hint else ""
            out.add(join_path(key_path("nodePools", pool_name), "class"), class_name,
                    f"must name a node class in nodeClasses (defined: {available}){extra}")


def _check_node_count(values: dict, out: _Collector) -> None:
    # Each pool is bounded on its own by the spec; together they must stay within one cluster's limit.
    pools = values.get("nodePools")
    replicas = value_at(values, "controlPlane", "replicas")
    if not isinstance(pools, dict):
        return
    counts = [p.get("replicas") for p in pools.values() if isinstance(p, dict)] + [replicas]
    if not all(isinstance(c, int) and not isinstance(c, bool) and 0 <= c <= MAX_NODES for c in counts):
        return  # reported per field
    total = sum(counts)
    if total > MAX_NODES:
        out.add("nodePools", {name: pool.get("replicas") for name, pool in pools.items() if isinstance(pool, dict)},
                f"must not add up to more than {MAX_NODES} nodes together with controlPlane.replicas "
                f"(found {total}; Kubernetes supports at most {MAX_NODES} nodes per cluster)",
                message="has too many replicas")


def _check_control_plane_class(values: dict, out: _Collector) -> None:
    # The chart merges controlPlane.machineTemplate into the node classes as "control-plane";
    # a user class of that name would replace it and leave the control plane referring to a
    # machine template that is never created.
    classes = values.get("nodeClasses")
    if isinstance(classes, dict) and CONTROL_PLANE_CLASS in classes:
        out.add(join_path("nodeClasses", CONTROL_PLANE_CLASS), CONTROL_PLANE_CLASS,
                f"must not be used as a class name ('{CONTROL_PLANE_CLASS}' is the control plane's machine "
                "template; set controlPlane.machineTemplate instead)", message="is a reserved name")


def _check_cluster_labels(values: dict, out: _Collector) -> None:
    labels = values.get("clusterLabels")
    if not isinstance(labels, dict):
        return
    for key in labels:
        if key in RESERVED_LABEL_KEYS:
            out.add(key_path("clusterLabels", key), key,
                    "must not be a label the chart sets itself (" + ", ".join(sorted(RESERVED_LABEL_KEYS)) + ")",
                    message="is a reserved label key")


def _check_proxy(values: dict, out: _Collector) -> None:
    # The proxy drop-ins are read from this Secret; without a name they cannot be written.
    proxy = values.get("proxy")
    if isinstance(proxy, dict) and proxy.get("enabled") is True and proxy.get("secretName", "") == "":
        out.add("proxy.secretName", proxy.get("secretName", ""),
                "must name the Secret holding the containerdProxy drop-in when proxy.enabled is true")


def _check_oidc(values: dict, out: _Collector) -> None:
    # kube-apiserver refuses to start with an OIDC issuer but no client ID.
    oidc = values.get("oidc")
    if isinstance(oidc, dict) and isinstance(oidc.get("issuerUrl"), str) and oidc.get("issuerUrl"):
        if oidc.get("clientId", "") == "":
            out.add("oidc.clientId", oidc.get("clientId", ""),
                    "must be set when oidc.issuerUrl is set (kube-apiserver needs --oidc-client-id)")
