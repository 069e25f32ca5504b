"""Strict checks of the pass-through mappings against the Cluster API CRD schemas.

* node classes and ``controlPlane.machineTemplate``: VSphereMachineTemplate ``spec.template.spec``
  (infrastructure.cluster.x-k8s.io/v1beta1);
* ``osUsers`` items: KubeadmConfigTemplate ``spec.template.spec.users`` items
  (bootstrap.cluster.x-k8s.io/v1beta1);
* ``machine-v1beta2``: the same machine classes against the v1beta2 schema of CAPV 1.16, for the
  clusters whose declared CAPV stores v1beta2.

The schemas and the strict validator come from :mod:`constructs_lib.crd` (the schema bundle
shipped in the package): ``subschema(api_version, kind, dotted_path, era=...)`` and
``validate_value(schema, value, path) -> [(field path, message)]``. This module fixes which
schema applies where and turns the validator's findings into values paths such as
``nodeClasses.default.network.devices[0].networkName``, adding a did-you-mean for unknown keys.
"""
from __future__ import annotations

import difflib
import re
from typing import Any, Callable, Optional, Protocol

__all__ = ["CrdChecker", "SchemaCrdChecker", "default_crd_checker", "CRD_SCHEMAS"]

CRD_SCHEMAS: dict[str, tuple[str, str, str, bool, str]] = {
    # kind -> (apiVersion, kind, dotted path in the object, take the array's items, schema era)
    "machine": ("infrastructure.cluster.x-k8s.io/v1beta1", "VSphereMachineTemplate", "spec.template.spec", False,
                "2024"),
    "user": ("bootstrap.cluster.x-k8s.io/v1beta1", "KubeadmConfigTemplate", "spec.template.spec.users", True, "2024"),
    # what CAPV 1.16 stores a machine class as (config/generations.py)
    "machine-v1beta2": ("infrastructure.cluster.x-k8s.io/v1beta2", "VSphereMachineTemplate", "spec.template.spec",
                        False, "current"),
}


class CrdChecker(Protocol):
    def check(self, kind: str, value: Any, path: str) -> list[tuple[str, str]]:
        """Problems of ``value`` (found at values path ``path``) as ``(values path, allowed text)``."""


class SchemaCrdChecker:
    """A :class:`CrdChecker` over ``subschema``/``validate_value`` functions."""

    def __init__(self, subschema: Callable[..., dict],
                 validate_value: Callable[[dict, Any, str], list[tuple[str, str]]]):
        self._subschema = subschema
        self._validate_value = validate_value
        self._schemas: dict[str, dict] = {}

    def schema(self, kind: str) -> dict:
        if kind not in self._schemas:
            api_version, crd_kind, dotted, items, era = CRD_SCHEMAS[kind]
            schema = self._subschema(api_version, crd_kind, dotted, era=era)
            self._schemas[kind] = schema["items"] if items else schema
        return self._schemas[kind]

    def check(self, kind: str, value: Any, path: str) -> list[tuple[str, str]]:
        schema = self.schema(kind)
        found = []
        for error_path, message in self._validate_value(schema, value, path):
            found.append((error_path, _with_hint(schema, path, error_path, message)))
        return found


_UNKNOWN = re.compile(r"unknown (?:field|key|property)", re.IGNORECASE)


def _with_hint(schema: dict, base: str, error_path: str, message: str) -> str:
    """Add "did you mean ...?" to an unknown-key message when the validator did not."""
    if not _UNKNOWN.search(message) or "did you mean" in message.lower():
        return message
    parent_schema = _schema_at(schema, _relative_parts(base, error_path)[:-1])
    parts = _relative_parts(base, error_path)
    if parent_schema is None or not parts or not isinstance(parts[-1], str):
        return message
    known = list((parent_schema.get("properties") or {}).keys())
    close = difflib.get_close_matches(parts[-1], known, n=1, cutoff=0.6)
    if close:
        return f"{message}; did you mean {close[0]!r}?"
    if known:
        return f"{message}; known keys here: {', '.join(sorted(known))}"
    return message


def _relative_parts(base: str, path: str) -> list:
    rest = path[len(base):] if path.startswith(base) else path
    return [int(m.group(1)) if m.group(1) is not None else m.group(2)
            for m in re.finditer(r"\[(\d+)\]|\.?([^.\[\]]+)", rest)]


def _schema_at(schema: dict, parts: list) -> Optional[dict]:
    current: Optional[dict] = schema
    for part in parts:
        if current is None:
            return None
        if isinstance(part, int):
            current = current.get("items")
        else:
            props = current.get("properties") or {}
            if part in props:
                current = props[part]
            elif isinstance(current.get("additionalProperties"), dict):
                current = current["additionalProperties"]
            else:
                return None
    return current


_DEFAULT: Optional[CrdChecker] = None


def default_crd_checker() -> CrdChecker:
    """The checker over the package's schema bundle (:mod:`constructs_lib.crd`)."""
    global _DEFAULT
    if _DEFAULT is None:
        from constructs_lib.crd import subschema, validate_value  # noqa: PLC0415 (deferred: heavy data)

        _DEFAULT = SchemaCrdChecker(subschema, validate_value)
    return _DEFAULT
