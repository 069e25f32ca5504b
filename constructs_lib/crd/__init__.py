"""The CRD schemas shipped with the package, and a strict validator for objects against them.

The bundle holds the ``openAPIV3Schema`` of every custom resource version we emit or may emit, per
era of the controllers' releases: ``schemas/2024/<group>/<Kind>.<version>.json`` for the releases
the chart was written for (Cluster API 1.6, CAPV 1.9, Flux 2.2, the in-cluster IPAM provider 0.1),
``schemas/current/...`` for the current ones (Cluster API 1.14, CAPV 1.16, Flux 2.9), and
``schemas/common/...`` for CRDs that belong to no era (Cilium's network policies).
``schemas/index.json`` records, per era, group and kind, the upstream release and every version
its CRD declares: whether the CRD serves it, deprecates it, and whether its schema is bundled.
``make imports`` generates them from the upstream CRDs with the typed classes.

Every function takes the ``era`` to look in (:data:`DEFAULT_ERA`, the chart's, unless told);
an object whose apiVersion and kind the era's CRDs do not serve, or for which no schema is
shipped, is an error. :func:`validate_documents` also takes the ``group/version`` strings the
declared releases serve (``served``) and refuses any other version of the groups they name.

Validation follows the API server where it matters to us: fields a schema does not declare are
errors (no silent pruning), null values of fields that are not ``nullable`` are pruned before
checking (as the API server does), ``x-kubernetes-int-or-string`` and
``x-kubernetes-preserve-unknown-fields`` are honoured, so are ``minProperties``/``maxProperties``
and the uniqueness of ``x-kubernetes-list-type`` ``set`` and ``map`` lists, and ``metadata`` is
checked against the subset of ObjectMeta that manifests may carry. Not evaluated:
``x-kubernetes-validations`` (CEL rules), ``anyOf``/``oneOf`` alternatives and the formats of
strings (integers keep their int32/int64 range).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Optional

__all__ = ["ERAS", "DEFAULT_ERA", "SchemaNotFound", "known_kinds", "served_api_versions", "load_crd_schema",
           "subschema", "validate_value", "validate_object", "validate_documents"]

ERAS = ("2024", "current")
"""The eras of the bundle: the releases the chart was written for, and the current releases."""
DEFAULT_ERA = "2024"
"""The era every function uses unless told otherwise: the chart's, whose versions we emit by default."""
_COMMON = "common"  # the CRDs of every era

_INT_RANGES = {"int32": (-(2 ** 31), 2 ** 31 - 1), "int64": (-(2 ** 63), 2 ** 63 - 1)}
_STRING_MAP = {"type": "object", "additionalProperties": {"type": "string"}}
_OBJECT_META = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "maxLength": 253, "pattern": r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$"},
        "generateName": {"type": "string"},
        "namespace": {"type": "string", "maxLength": 63, "pattern": r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},
        "labels": _STRING_MAP,
        "annotations": _STRING_MAP,
        "finalizers": {"type": "array", "items": {"type": "string"}},
        "ownerReferences": {"type": "array", "items": {
            "type": "object", "required": ["apiVersion", "kind", "name", "uid"],
            "properties": {k: {"type": "string"} for k in ("apiVersion", "kind", "name", "uid")}
            | {"controller": {"type": "boolean"}, "blockOwnerDeletion": {"type": "boolean"}}}},
    },
}
_CORE_GROUPS = ("rbac.authorization.k8s.io/", "networking.k8s.io/", "batch/", "apps/")


class SchemaNotFound(KeyError):
    """No schema is shipped for an apiVersion and kind in an era (its message says why)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def _bundle():
    return resources.files(__name__).joinpath("schemas")


@lru_cache(maxsize=None)
def _index() -> dict:
    return json.loads(_bundle().joinpath("index.json").read_text(encoding="utf-8"))


def _check_era(era: str) -> None:
    if era not in ERAS:
        raise ValueError(f"unknown CRD era {era!r} (one of {', '.join(ERAS)})")


def _kinds(era: str) -> Iterable[tuple[str, str, str, dict]]:
    """``(bundle, group, kind, index entry)`` of every kind of ``era``, the common ones included."""
    _check_era(era)
    for name in (era, _COMMON):
        for group, kinds in _index().get(name, {}).items():
            for kind, entry in kinds.items():
                yield name, group, kind, entry


@lru_cache(maxsize=None)
def known_kinds(era: str = DEFAULT_ERA) -> frozenset[tuple[str, str]]:
    """The ``(apiVersion, kind)`` pairs with a shipped schema in ``era``."""
    return frozenset((f"{group}/{version}", kind) for _, group, kind, entry in _kinds(era)
                     for version, info in entry["versions"].items() if info["schema"])


@lru_cache(maxsize=None)
def served_api_versions(era: str = DEFAULT_ERA) -> frozenset[str]:
    """The ``group/version`` strings the CRDs of ``era`` serve (those without a shipped schema too)."""
    return frozenset(f"{group}/{version}" for _, group, _, entry in _kinds(era)
                     for version, info in entry["versions"].items() if info["served"])


def _entry(era: str, group: str, kind: str) -> Optional[tuple[str, dict]]:
    for name in (era, _COMMON):
        entry = _index().get(name, {}).get(group, {}).get(kind)
        if entry is not None:
            return name, entry
    return None


def load_crd_schema(api_version: str, kind: str, *, era: str = DEFAULT_ERA) -> dict:
    """The ``openAPIV3Schema`` of ``kind`` at ``api_version`` in ``era``; raises
    :class:`SchemaNotFound` when the era's CRDs do not serve it or no schema is shipped for it."""
    return _load(api_version, kind, era)


@lru_cache(maxsize=None)
def _load(api_version: str, kind: str, era: str) -> dict:
    _check_era(era)
    group, _, version = api_version.rpartition("/")
    found = _entry(era, group, kind)
    if found is None:
        if any(kind in _index()[name].get(group, {}) for name in _index()):
            raise SchemaNotFound(f"{api_version} {kind} is not served by the {era} CRDs (they hold no {kind})")
        raise SchemaNotFound(f"no CRD schema is shipped for {kind} {api_version}")
    name, entry = found
    info = entry["versions"].get(version)
    if info is None or not info["served"]:
        served = ", ".join(v for v, i in entry["versions"].items() if i["served"])
        raise SchemaNotFound(f"{api_version} {kind} is not served by the {era} CRDs "
                             f"({entry['release']} serves {served})")
    if not info["schema"]:
        raise SchemaNotFound(f"no CRD schema is shipped for {kind} {api_version} (in the {era} CRDs)")
    text = _bundle().joinpath(name, group, f"{kind}.{version}.json").read_text(encoding="utf-8")
    return json.loads(text)


def subschema(api_version: str, kind: str, dotted_path: str, *, era: str = DEFAULT_ERA) -> dict:
    """The schema of the field at ``dotted_path`` (e.g. ``spec.template.spec``) of a kind."""
    schema = load_crd_schema(api_version, kind, era=era)
    for part in dotted_path.split(".") if dotted_path else []:
        schema = schema["properties"][part]
    return schema


def _join(path: str, key: Any) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else (f"{path}.{key}" if path else str(key))


def validate_value(schema: dict, value: Any, path: str = "") -> list[tuple[str, str]]:
    """Strict structural validation of ``value``; returns ``(field path, problem)`` pairs."""
    found: list[tuple[str, str]] = []
    _validate(schema, value, path, found)
    return found


def validate_object(document: Any, *, era: str = DEFAULT_ERA,
                    served: Optional[frozenset[str]] = None) -> list[tuple[str, str]]:
    """Problems of one manifest against its CRD in ``era``; objects of kinds without a shipped
    schema (core Kubernetes kinds) are only checked for apiVersion, kind and metadata.

    ``served``, when given, holds the ``group/version`` strings the management cluster serves
    (from its declared releases): an object of a group it names at another version is an error.
    Objects of other groups (core Kubernetes, Cilium) are not affected by it."""
    if not isinstance(document, dict):
        return [("", "is not a mapping")]
    api_version, kind = document.get("apiVersion"), document.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return [("", "has no apiVersion or kind")]
    found: list[tuple[str, str]] = []
    if "name" not in (document.get("metadata") or {}):
        found.append(("metadata.name", "is required"))
    _validate(_OBJECT_META, document.get("metadata"), "metadata", found)
    if served is not None and api_version not in served \
            and api_version.rpartition("/")[0] in _groups(frozenset(served)):
        found.append(("apiVersion", f"{api_version} is not served by the declared releases"))
        return found
    try:
        schema = load_crd_schema(api_version, kind, era=era)
    except SchemaNotFound as missing:
        if "." in api_version.rpartition("/")[0] and not api_version.startswith(_CORE_GROUPS):
            found.append(("apiVersion", str(missing)))  # a custom resource (the bundle's are all)
        return found
    body = {k: v for k, v in document.items() if k not in ("apiVersion", "kind", "metadata")}
    body_schema = dict(schema, properties={k: v for k, v in schema.get("properties", {}).items()
                                           if k not in ("apiVersion", "kind", "metadata")})
    body_schema.pop("required", None)
    _validate(body_schema, body, "", found)
    for key in schema.get("required", []):
        if key not in document:
            found.append((key, "is required"))
    return found


@lru_cache(maxsize=16)
def _groups(served: frozenset[str]) -> frozenset[str]:
    return frozenset(api_version.rpartition("/")[0] for api_version in served)


def validate_documents(documents: Iterable[Any], *, era: "str | Callable[[str], str]" = DEFAULT_ERA,
                       served: Optional[frozenset[str]] = None) -> list[str]:
    """One line per problem: ``Kind namespace/name: field: problem`` (see :func:`validate_object`).
    ``era``: one era for every object, or a function of an object's API group giving its era
    (declared releases of several eras: e.g. Cluster API of the chart's time beside today's Flux)."""
    era_of = era if callable(era) else (lambda group: era)
    if not callable(era):
        _check_era(era)
    served = frozenset(served) if served is not None else None
    lines = []
    for document in documents:
        meta = (document.get("metadata") or {}) if isinstance(document, dict) else {}
        where = f"{document.get('kind', '?') if isinstance(document, dict) else '?'} " \
                f"{(meta.get('namespace') + '/') if meta.get('namespace') else ''}{meta.get('name', '?')}"
        api_version = document.get("apiVersion") if isinstance(document, dict) else None
        group = api_version.rpartition("/")[0] if isinstance(api_version, str) else ""
        lines += [f"{where}: {path or '(object)'}: {problem}"
                  for path, problem in validate_object(document, era=era_of(group), served=served)]
    return lines


def _validate(schema: dict, value: Any, path: str, found: list) -> None:
    if value is None:
        if not schema.get("nullable"):
            found.append((path, "must not be null"))
        return
    if schema.get("x-kubernetes-int-or-string"):
        if not (isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))):
            found.append((path, "must be an integer or a string"))
        return
    kind = schema.get("type")
    if kind == "object" or (kind is None and isinstance(value, dict) and "properties" in schema):
        _validate_object(schema, value, path, found)
    elif kind == "array":
        if not isinstance(value, list):
            found.append((path, "must be a list"))
            return
        if "minItems" in schema and len(value) < schema["minItems"]:
            found.append((path, f"must have at least {schema['minItems']} items"))
        if "maxItems" in schema and len(value) > schema["maxItems"]:
            found.append((path, f"must have at most {schema['maxItems']} items"))
        for index, item in enumerate(value):
            _validate(schema.get("items") or {}, item, _join(path, index), found)
        if schema.get("x-kubernetes-list-type") in ("set", "map"):
            _validate_unique(schema, value, path, found)
    elif kind == "string":
        _validate_string(schema, value, path, found)
    elif kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            found.append((path, "must be an integer"))
            return
        low, high = _INT_RANGES.get(schema.get("format", ""), (None, None))
        low, high = schema.get("minimum", low), schema.get("maximum", high)
        if (low is not None and value < low) or (high is not None and value > high):
            found.append((path, f"must be an integer from {low} to {high}"))
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            found.append((path, "must be a number"))
    elif kind == "boolean":
        if not isinstance(value, bool):
            found.append((path, "must be true or false"))


def _validate_object(schema: dict, value: Any, path: str, found: list) -> None:
    if not isinstance(value, dict):
        found.append((path, "must be a mapping"))
        return
    properties = schema.get("properties") or {}
    extra = schema.get("additionalProperties")
    present = set()
    for key, item in value.items():
        sub = properties.get(key, extra if isinstance(extra, dict) else None)
        if item is None and not (sub or {}).get("nullable"):
            continue  # pruned, as the API server prunes nulls of non-nullable fields
        present.add(key)
        if sub is not None:
            _validate(sub, item, _join(path, key), found)
        elif not schema.get("x-kubernetes-preserve-unknown-fields") and extra is not True:
            found.append((_join(path, key), "unknown field (not declared by the schema)"))
    for key in schema.get("required", []):
        if key not in present:
            found.append((_join(path, key), "is required"))
    if len(present) < schema.get("minProperties", 0):
        found.append((path, f"must have at least {_fields(schema['minProperties'])}"))
    if "maxProperties" in schema and len(present) > schema["maxProperties"]:
        found.append((path, f"must have at most {_fields(schema['maxProperties'])}"))


def _fields(count: int) -> str:
    return f"{count} field" if count == 1 else f"{count} fields"


def _validate_unique(schema: dict, value: list, path: str, found: list) -> None:
    """The items of a ``set`` list, and the keys of a ``map`` list's items, are unique."""
    keys = schema.get("x-kubernetes-list-map-keys") if schema["x-kubernetes-list-type"] == "map" else None
    seen = set()
    for index, item in enumerate(value):
        if keys is not None:
            if not isinstance(item, dict):
                continue  # reported by the items' schema
            key = tuple(item.get(k) for k in keys)
            what = "duplicate entry for " + ", ".join(f"{k}={v!r}" for k, v in zip(keys, key))
        else:
            key, what = item, "duplicate value (the list is a set)"
        key = json.dumps(key, sort_keys=True)
        if key in seen:
            found.append((_join(path, index), what))
        seen.add(key)


def _validate_string(schema: dict, value: Any, path: str, found: list) -> None:
    if not isinstance(value, str):
        found.append((path, "must be a string"))
        return
    if "enum" in schema and value not in schema["enum"]:
        found.append((path, "must be one of " + ", ".join(map(repr, schema["enum"]))))
    if "minLength" in schema and len(value) < schema["minLength"]:
        found.append((path, f"must be at least {schema['minLength']} characters long"))
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        found.append((path, f"must be at most {schema['maxLength']} characters long"))
    if "pattern" in schema and not re.search(schema["pattern"], value):
        found.append((path, f"must match {schema['pattern']}"))
