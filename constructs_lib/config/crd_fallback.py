"""TODO(crd-bundle): stand-in for ``constructs_lib.crd`` until that package is in the tree.

Reads CRD schemas straight from a directory of CRD YAML files (the tests point it at
``../shared/crds``) and validates values strictly against an OpenAPI v3 structural schema.
Only the tests use it (see ``tests/config/conftest.py``); the loader uses the package bundle
through :func:`constructs_lib.config.crdcheck.default_crd_checker`. Delete this module once
``constructs_lib.crd`` provides ``subschema`` and ``validate_value``.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

__all__ = ["CrdDirectory", "validate_value"]

_INT_RANGES = {"int32": (-(2 ** 31), 2 ** 31 - 1), "int64": (-(2 ** 63), 2 ** 63 - 1)}


class CrdDirectory:
    """``subschema(api_version, kind, dotted_path)`` over the CRD files under ``root``."""

    def __init__(self, root: "str | Path"):
        self._schemas: dict[tuple[str, str], dict] = {}
        for path in sorted(Path(root).rglob("*.yaml")):
            document = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
            if not isinstance(document, dict) or document.get("kind") != "CustomResourceDefinition":
                continue
            spec = document["spec"]
            for version in spec.get("versions", []):
                schema = (version.get("schema") or {}).get("openAPIV3Schema")
                if schema:
                    self._schemas[(f"{spec['group']}/{version['name']}", spec["names"]["kind"])] = schema

    def subschema(self, api_version: str, kind: str, dotted_path: str) -> dict:
        schema = self._schemas[(api_version, kind)]
        for part in dotted_path.split(".") if dotted_path else []:
            schema = schema["properties"][part]
        return schema


def _join(path: str, key: Any) -> str:
    return f"{path}[{key}]" if isinstance(key, int) else (f"{path}.{key}" if path else str(key))


def validate_value(schema: dict, value: Any, path: str) -> list[tuple[str, str]]:
    """Strict structural validation: unknown fields are errors. Returns ``(path, message)`` pairs."""
    found: list[tuple[str, str]] = []
    _validate(schema, value, path, found)
    return found


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
    if kind == "object":
        if not isinstance(value, dict):
            found.append((path, "must be a mapping"))
            return
        properties = schema.get("properties") or {}
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            if key in properties:
                _validate(properties[key], item, _join(path, key), found)
            elif isinstance(extra, dict):
                _validate(extra, item, _join(path, key), found)
            elif not schema.get("x-kubernetes-preserve-unknown-fields") and extra is not True:
                found.append((_join(path, key), "unknown field"))
        for key in schema.get("required", []):
            if key not in value:
                found.append((_join(path, key), "is required"))
    elif kind == "array":
        if not isinstance(value, list):
            found.append((path, "must be a list"))
            return
        if "minItems" in schema and len(value) < schema["minItems"]:
            found.append((path, f"must have at least {schema['minItems']} items"))
        for index, item in enumerate(value):
            _validate(schema.get("items") or {}, item, _join(path, index), found)
    elif kind == "string":
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
    elif kind == "integer":
        if isinstance(value, bool) or not isinstance(value, int):
            found.append((path, "must be an integer"))
            return
        low, high = _INT_RANGES.get(schema.get("format", ""), (None, None))
        low = schema.get("minimum", low)
        high = schema.get("maximum", high)
        if (low is not None and value < low) or (high is not None and value > high):
            found.append((path, f"must be an integer from {low} to {high}"))
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            found.append((path, "must be a number"))
    elif kind == "boolean":
        if not isinstance(value, bool):
            found.append((path, "must be true or false"))
