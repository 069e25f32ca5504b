"""The CRD schemas shipped with the package, and a strict validator for objects against them.

``schemas/<group>/<Kind>.<version>.json`` hold the ``openAPIV3Schema`` of every custom resource
version we emit; ``make imports`` generates them from the upstream CRDs with the typed classes.

Validation follows the API server where it matters to us: fields a schema does not declare are
errors (no silent pruning), null values of fields that are not ``nullable`` are pruned before
checking (as the API server does), ``x-kubernetes-int-or-string`` and
``x-kubernetes-preserve-unknown-fields`` are honoured, and ``metadata`` is checked against the
subset of ObjectMeta that manifests may carry.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

__all__ = ["SchemaNotFound", "known_kinds", "load_crd_schema", "subschema", "validate_value", "validate_object",
           "validate_documents"]

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


class SchemaNotFound(KeyError):
    """No schema is shipped for an apiVersion and kind."""


def _bundle():
    return resources.files(__name__).joinpath("schemas")


@lru_cache(maxsize=None)
def known_kinds() -> frozenset[tuple[str, str]]:
    """The ``(apiVersion, kind)`` pairs with a shipped schema."""
    found = set()
    for group in _bundle().iterdir():
        for entry in group.iterdir():
            kind, version, _ = entry.name.rsplit(".", 2)
            found.add((f"{group.name}/{version}", kind))
    return frozenset(found)


@lru_cache(maxsize=None)
def load_crd_schema(api_version: str, kind: str) -> dict:
    """The ``openAPIV3Schema`` of ``kind`` at ``api_version`` (raises :class:`SchemaNotFound`)."""
    group, _, version = api_version.rpartition("/")
    entry = _bundle().joinpath(group, f"{kind}.{version}.json")
    if not group or not entry.is_file():
        raise SchemaNotFound(f"no CRD schema for {kind} {api_version}")
    return json.loads(entry.read_text(encoding="utf-8"))


def subschema(api_version: str, kind: str, dotted_path: str) -> dict:
    """The schema of the field at ``dotted_path`` (e.g. ``spec.template.spec``) of a kind."""
    schema = load_crd_schema(api_version, kind)
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


def validate_object(document: Any) -> list[tuple[str, str]]:
    """Problems of one manifest against its CRD; objects of kinds without a shipped schema
    (core Kubernetes kinds) are only checked for apiVersion, kind and metadata."""
    if not isinstance(document, dict):
        return [("", "is not a mapping")]
    api_version, kind = document.get("apiVersion"), document.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return [("", "has no apiVersion or kind")]
    found: list[tuple[str, str]] = []
    if "name" not in (document.get("metadata") or {}):
        found.append(("metadata.name", "is required"))
    _validate(_OBJECT_META, document.get("metadata"), "metadata", found)
    try:
        schema = load_crd_schema(api_version, kind)
    except SchemaNotFound:
        if "." in api_version.split("/")[0] and "/" in api_version and not api_version.startswith(
                ("rbac.authorization.k8s.io/", "networking.k8s.io/", "batch/", "apps/")):
            found.append(("apiVersion", f"no CRD schema is shipped for {kind} {api_version}"))
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


def validate_documents(documents: Iterable[Any]) -> list[str]:
    """One line per problem: ``Kind namespace/name: field: problem``."""
    lines = []
    for document in documents:
        meta = (document.get("metadata") or {}) if isinstance(document, dict) else {}
        where = f"{document.get('kind', '?') if isinstance(document, dict) else '?'} " \
                f"{(meta.get('namespace') + '/') if meta.get('namespace') else ''}{meta.get('name', '?')}"
        lines += [f"{where}: {path or '(object)'}: {problem}" for path, problem in validate_object(document)]
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
