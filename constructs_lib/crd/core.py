"""The schemas of the core Kubernetes kinds (Secret, ConfigMap, Job, Pod, RBAC, ...), from the
OpenAPI of one Kubernetes release, in the dialect of the CRD schemas.

They come from the ``kubernetes-validate`` package, which ships the JSON schemas generated from
the upstream OpenAPI (``api/openapi-spec/swagger.json``) of every Kubernetes release since 1.25:
its ``_definitions.json`` of :data:`KUBERNETES_VERSION` is read once per process, and each
definition is turned, when first needed, into a structural schema that the validator of
:mod:`constructs_lib.crd` walks like a CRD's: ``type: [T, "null"]`` becomes ``type: T``,
``$ref`` the referenced definition, ``IntOrString`` ``x-kubernetes-int-or-string``, ``Quantity``
a quantity (a number or a string such as ``500m``, ``1Gi``), and a definition without properties
(``RawExtension``, ``FieldsV1``, ``JSON``) accepts anything. The list types and map keys, the
required fields and the ``format``\\ s (``byte`` of a Secret's ``data``, ``int32``,
``date-time``) stay as upstream declares them; the upstream defaults of list-map keys are added
(a container port's ``protocol`` is ``TCP``).

The API server judges core objects by its own code, not by this OpenAPI; what the OpenAPI says
(fields, types, required fields, formats, list keys) is what its decoding and server-side apply
enforce, which is what Flux's apply of our manifests meets.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Optional

__all__ = ["KUBERNETES_VERSION", "core_schema", "is_core_group", "core_kinds"]

KUBERNETES_VERSION = "1.33.0"
"""The Kubernetes release whose OpenAPI judges the core kinds: a release every current management
cluster serves (Cluster API 1.14 and CAPV 1.16 support management clusters from 1.31 on, and no
core field we emit is newer)."""

_PACKAGE = "kubernetes_validate"
_QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity"
_INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
_KEY_DEFAULTS = {  # upstream defaults of list-map key fields (openapi v3), absent from the v2 schemas
    ("io.k8s.api.core.v1.ContainerPort", "protocol"): "TCP",
    ("io.k8s.api.core.v1.ServicePort", "protocol"): "TCP",
    ("io.k8s.api.core.v1.EndpointPort", "protocol"): "TCP",
    ("io.k8s.api.discovery.v1.EndpointPort", "protocol"): "TCP",
}
_KEPT = ("format", "required", "minItems", "maxItems", "minLength", "maxLength", "minimum", "maximum",
         "x-kubernetes-list-type", "x-kubernetes-list-map-keys", "x-kubernetes-map-type")


@lru_cache(maxsize=None)
def _definitions(version: str = KUBERNETES_VERSION) -> dict:
    # The package's data only: importing it would import its validator (jsonschema and more).
    spec = find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the kubernetes-validate package is not installed")
    path = Path(list(spec.submodule_search_locations)[0], "kubernetes-json-schema", f"v{version}-local",
                "_definitions.json")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:  # a kubernetes-validate without the release
        raise RuntimeError(f"kubernetes-validate ships no schemas of Kubernetes {version}") from exc
    return json.loads(text)["$defs"]


@lru_cache(maxsize=None)
def _kinds(version: str = KUBERNETES_VERSION) -> dict[tuple[str, str], str]:
    """``(apiVersion, kind)`` -> the name of its definition."""
    found = {}
    for name, definition in _definitions(version).items():
        gvks = definition.get("x-kubernetes-group-version-kind") or []
        if len(gvks) != 1:
            continue  # DeleteOptions, WatchEvent: one definition for every group
        gvk = gvks[0]
        api_version = f"{gvk['group']}/{gvk['version']}" if gvk["group"] else gvk["version"]
        found[(api_version, gvk["kind"])] = name
    return found


def core_kinds(version: str = KUBERNETES_VERSION) -> frozenset[tuple[str, str]]:
    """The ``(apiVersion, kind)`` pairs of the core kinds of the release."""
    return frozenset(_kinds(version))


@lru_cache(maxsize=None)
def _groups(version: str = KUBERNETES_VERSION) -> frozenset[str]:
    return frozenset(api_version.rpartition("/")[0] for api_version, _ in _kinds(version))


def is_core_group(group: str, version: str = KUBERNETES_VERSION) -> bool:
    """Whether an API group is one of Kubernetes itself (``""``, ``batch``, ``*.k8s.io``...)."""
    return group in _groups(version) or "." not in group or group.endswith(".k8s.io")


def core_schema(api_version: str, kind: str, version: str = KUBERNETES_VERSION) -> Optional[dict]:
    """The structural schema of a core kind, ``None`` when the release serves no such kind."""
    name = _kinds(version).get((api_version, kind))
    return None if name is None else _Converter.of(version).definition(name)


class _Converter:
    _instances: dict[str, "_Converter"] = {}

    def __init__(self, version: str):
        self.version = version
        self.done: dict[str, dict] = {}

    @classmethod
    def of(cls, version: str) -> "_Converter":
        if version not in cls._instances:
            cls._instances[version] = cls(version)
        return cls._instances[version]

    def definition(self, name: str) -> dict:
        if name in self.done:
            return self.done[name]
        if name == _QUANTITY:
            self.done[name] = {"x-kubernetes-quantity": True}
            return self.done[name]
        if name == _INT_OR_STRING:
            self.done[name] = {"x-kubernetes-int-or-string": True}
            return self.done[name]
        out: dict = {}
        self.done[name] = out  # before its properties: definitions may refer to themselves
        self._fill(out, _definitions(self.version)[name], name)
        return out

    def node(self, source: dict, owner: str = "") -> dict:
        ref = source.get("$ref")
        if isinstance(ref, str):
            return self.definition(ref.rpartition("/")[2])
        out: dict = {}
        self._fill(out, source, owner)
        return out

    def _fill(self, out: dict, source: dict, owner: str) -> None:
        if "oneOf" in source:  # the two of the release: IntOrString and Quantity, inlined
            kinds = {t for alt in source["oneOf"] for t in _types(alt)}
            out["x-kubernetes-int-or-string" if "integer" in kinds else "x-kubernetes-quantity"] = True
            return
        types = _types(source)
        if types:
            out["type"] = types[0]
        for key in _KEPT:
            if key in source:
                out[key] = source[key]
        if "properties" in source:
            out["properties"] = {key: self.node(sub, owner) for key, sub in source["properties"].items()}
            for (definition, key), default in _KEY_DEFAULTS.items():
                if definition == owner and key in out["properties"]:
                    out["properties"][key] = dict(out["properties"][key], default=default)
        if isinstance(source.get("items"), dict):
            out["items"] = self.node(source["items"])
        extra = source.get("additionalProperties")
        if isinstance(extra, dict):
            out["additionalProperties"] = self.node(extra)
        if out.get("type") == "object" and "properties" not in out and "additionalProperties" not in out:
            out["x-kubernetes-preserve-unknown-fields"] = True  # RawExtension, FieldsV1, JSON


def _types(source: dict) -> list[str]:
    kind = source.get("type")
    kinds = kind if isinstance(kind, list) else [kind] if isinstance(kind, str) else []
    return [k for k in kinds if k != "null"]
