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

Validation follows the API server (``docs/validation.md`` tells it at length):

* structure: fields a schema does not declare are errors (no silent pruning), null values of
  fields that are not ``nullable`` are pruned before checking (as the API server does), types,
  enums, patterns, lengths, item counts, ``minProperties``/``maxProperties``,
  ``x-kubernetes-int-or-string`` and ``x-kubernetes-preserve-unknown-fields``; ``metadata`` is
  checked against the subset of ObjectMeta that manifests may carry;
* list types: the items of ``x-kubernetes-list-type: set`` lists are unique, and so are the keys
  of ``map`` lists' items, over every field of ``x-kubernetes-list-map-keys`` (a key field left
  out counts with its default);
* formats: the string formats the API server checks in custom resources (``byte``, ``date-time``,
  ``date``, ``duration``, ``uri``, ``email``, ``hostname``, ``ipv4``, ``ipv6``, ``cidr``, ``mac``,
  the UUIDs...; :mod:`.formats`), others (``idn-hostname``) are ignored as it ignores them;
  integers keep their int32/int64 range;
* CEL rules: every ``x-kubernetes-validations`` rule, evaluated with Google's ``cel-expr-python``
  and the Kubernetes CEL libraries where it sits, with ``self`` the value there (:mod:`.rules`):
  messages, ``messageExpression``, ``fieldPath`` and ``reason`` honoured; transition rules
  (``oldSelf``) are not evaluated, a manifest being a create, unless ``optionalOldSelf`` is set;
  rules are not evaluated over a value of the wrong type (the API server does not either);
* core kinds (Secret, ConfigMap, ServiceAccount, Role, RoleBinding, Job, Pod, ...): against the
  OpenAPI of Kubernetes :data:`KUBERNETES_VERSION` (:mod:`.core`, from kubernetes-validate),
  with the same strictness; a core apiVersion and kind that release does not serve is an error;
* static Pods: a node file of a KubeadmControlPlane, KubeadmConfigTemplate or KubeadmConfig under
  :data:`STATIC_POD_DIRECTORY`, inline (plain, ``base64`` or ``gzip+base64``) or from a Secret of
  the same manifests (``contentFrom.secret``), is parsed and validated as a v1 Pod; its problems
  name the file entry and the field inside the Pod.

Every value first meets a quick pass (:mod:`.precheck`) that tells only whether the walk below
would find a problem; the walk, which names each problem with its field path, runs where it would.

Not evaluated: ``anyOf``/``oneOf``/``allOf``/``not`` alternatives (no bundled schema uses them
outside the core IntOrString and Quantity, which are handled), the API server's own Go
validation of core kinds beyond their OpenAPI (e.g. that a container port is below 65536), and
CEL cost limits.
"""
from __future__ import annotations

import base64
import binascii
import datetime
import gzip
import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any, Callable, Iterable, Mapping, Optional

import yaml

from .core import KUBERNETES_VERSION, core_schema, is_core_group
from . import precheck
from .formats import INT_RANGES, QUANTITY, format_problem as _format_problem
from .per_schema import per_schema
from .rules import check_rules as _check_rules

__all__ = ["ERAS", "DEFAULT_ERA", "KUBERNETES_VERSION", "SchemaNotFound", "known_kinds", "served_api_versions",
           "load_crd_schema", "subschema", "validate_value", "validate_object", "validate_documents",
           "STATIC_POD_DIRECTORY"]

ERAS = ("2024", "current")
"""The eras of the bundle: the releases the chart was written for, and the current releases."""
DEFAULT_ERA = "2024"
"""The era every function uses unless told otherwise: the chart's, whose versions we emit by default."""
_COMMON = "common"  # the CRDs of every era

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
STATIC_POD_DIRECTORY = "/etc/kubernetes/manifests/"
"""Where kubelet reads static Pod manifests: node files written there are validated as Pods."""
_NODE_FILES = {  # kind -> the path of its node files (the same in v1beta1 and v1beta2)
    "KubeadmControlPlane": ("spec", "kubeadmConfigSpec", "files"),
    "KubeadmControlPlaneTemplate": ("spec", "template", "spec", "kubeadmConfigSpec", "files"),
    "KubeadmConfigTemplate": ("spec", "template", "spec", "files"),
    "KubeadmConfig": ("spec", "files"),
}
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
    """Strict validation of ``value`` against a schema node (structure, formats, list keys and the
    node's CEL rules); returns ``(field path, problem)`` pairs."""
    found: list[tuple[str, str]] = []
    _walk(schema, value, path, found)
    return found


def validate_object(document: Any, *, era: str = DEFAULT_ERA, served: Optional[frozenset[str]] = None,
                    secrets: Optional[Mapping[tuple[str, str], dict]] = None) -> list[tuple[str, str]]:
    """Problems of one manifest: a custom resource against its CRD in ``era``, a core Kubernetes
    object against the OpenAPI of :data:`KUBERNETES_VERSION`; the static Pod manifests among the
    node files of a kubeadm control plane or config (see :data:`STATIC_POD_DIRECTORY`) as Pods.

    ``served``, when given, holds the ``group/version`` strings the management cluster serves
    (from its declared releases): an object of a group it names at another version is an error.
    Objects of other groups (core Kubernetes, Cilium) are not affected by it.

    ``secrets``, when given, maps ``(namespace, name)`` to the Secrets of the same manifests: a
    node file whose content comes from one of them (``contentFrom.secret``) is read from it."""
    if not isinstance(document, dict):
        return [("", "is not a mapping")]
    api_version, kind = document.get("apiVersion"), document.get("kind")
    if not isinstance(api_version, str) or not isinstance(kind, str):
        return [("", "has no apiVersion or kind")]
    found: list[tuple[str, str]] = []
    meta = document.get("metadata")
    if not isinstance(meta, dict) or "name" not in meta:
        found.append(("metadata.name", "is required"))
    _walk(_OBJECT_META, document.get("metadata"), "metadata", found)
    group = api_version.rpartition("/")[0]
    if served is not None and api_version not in served and group in _groups(frozenset(served)):
        found.append(("apiVersion", f"{api_version} is not served by the declared releases"))
        return found
    try:
        schema = load_crd_schema(api_version, kind, era=era)
    except SchemaNotFound as missing:
        if is_core_group(group):
            schema = _core_schema(api_version, kind)
            if schema is None:
                found.append(("apiVersion", f"{api_version} {kind} is not served by Kubernetes "
                                            f"{KUBERNETES_VERSION.rpartition('.')[0]}"))
                return found
        else:
            found.append(("apiVersion", str(missing)))  # a custom resource (the bundle's are all)
            return found
    _validate_body(schema, document, found)
    if kind in _NODE_FILES and group.endswith("cluster.x-k8s.io"):
        _validate_node_files(document, _NODE_FILES[kind], secrets or {}, found)
    return found


def _core_schema(api_version: str, kind: str) -> Optional[dict]:
    return core_schema(api_version, kind)


def _validate_body(schema: dict, document: dict, found: list) -> None:
    """Everything of an object but apiVersion, kind and metadata (checked by the caller), and the
    rules of the schema's root, whose ``self`` is the whole object."""
    body = {k: v for k, v in document.items() if k not in ("apiVersion", "kind", "metadata")}
    body_schema, rules_schema = _body_schemas(schema)
    before = len(found)
    _walk(body_schema, body, "", found)
    for key in schema.get("required", []):
        if key not in document:
            found.append((key, "is required"))
    if rules_schema is not None and not _has_type_error(found, before):
        meta = document.get("metadata") if isinstance(document.get("metadata"), dict) else {}
        root = dict(body, apiVersion=document["apiVersion"], kind=document["kind"],
                    metadata={k: meta[k] for k in ("name", "generateName") if k in meta})
        _check_rules(rules_schema, root, "", found)


@per_schema
def _body_schemas(schema: dict) -> tuple[dict, Optional[dict]]:
    """The schema of an object's body (without apiVersion, kind, metadata and the root's
    required fields and rules) and, when the root has rules, the schema they are checked with
    (``self`` the whole object, its metadata as given); made once per schema."""
    body_schema = {k: v for k, v in schema.items() if k not in ("required", "x-kubernetes-validations")}
    body_schema["properties"] = {k: v for k, v in schema.get("properties", {}).items()
                                 if k not in ("apiVersion", "kind", "metadata")}
    rules_schema = None
    if "x-kubernetes-validations" in schema:
        rules_schema = dict(body_schema, **{
            "x-kubernetes-validations": schema["x-kubernetes-validations"],
            "properties": dict(schema.get("properties", {}), metadata={
                "type": "object", "x-kubernetes-preserve-unknown-fields": True})})
    return body_schema, rules_schema


@lru_cache(maxsize=16)
def _groups(served: frozenset[str]) -> frozenset[str]:
    return frozenset(api_version.rpartition("/")[0] for api_version in served)


def validate_documents(documents: Iterable[Any], *, era: "str | Callable[[str], str]" = DEFAULT_ERA,
                       served: Optional[frozenset[str]] = None) -> list[str]:
    """One line per problem: ``Kind namespace/name: field: problem`` (see :func:`validate_object`).
    ``era``: one era for every object, or a function of an object's API group giving its era
    (declared releases of several eras: e.g. Cluster API of the chart's time beside today's Flux).
    Node files may take their content from the Secrets among ``documents``."""
    era_of = era if callable(era) else (lambda group: era)
    if not callable(era):
        _check_era(era)
    served = frozenset(served) if served is not None else None
    documents = list(documents)
    secrets = {}
    for document in documents:
        if isinstance(document, dict) and document.get("apiVersion") == "v1" and document.get("kind") == "Secret":
            meta = document.get("metadata") if isinstance(document.get("metadata"), dict) else {}
            key = (meta.get("namespace") or "", meta.get("name"))
            if all(isinstance(part, str) for part in key):
                secrets[key] = document
    lines = []
    for document in documents:
        meta = (document.get("metadata") or {}) if isinstance(document, dict) else {}
        meta = meta if isinstance(meta, dict) else {}
        where = f"{document.get('kind', '?') if isinstance(document, dict) else '?'} " \
                f"{(str(meta.get('namespace')) + '/') if meta.get('namespace') else ''}{meta.get('name', '?')}"
        api_version = document.get("apiVersion") if isinstance(document, dict) else None
        group = api_version.rpartition("/")[0] if isinstance(api_version, str) else ""
        lines += [f"{where}: {path or '(object)'}: {problem}"
                  for path, problem in validate_object(document, era=era_of(group), served=served, secrets=secrets)]
    return lines


# --- static Pods among node files ---------------------------------------------------------------

def _validate_node_files(document: dict, parts: tuple[str, ...], secrets: Mapping, found: list) -> None:
    files: Any = document
    for part in parts:
        files = files.get(part) if isinstance(files, dict) else None
    if not isinstance(files, list):
        return
    meta = document.get("metadata") if isinstance(document.get("metadata"), dict) else {}
    namespace = meta.get("namespace") if isinstance(meta.get("namespace"), str) else ""
    base = ".".join(parts)
    for index, entry in enumerate(files):
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) \
                or not entry["path"].startswith(STATIC_POD_DIRECTORY):
            continue
        where, origin, text = f"{base}[{index}]", "", None
        if isinstance(entry.get("content"), str):
            where += ".content"
            text, problem = _decode(entry["content"], entry.get("encoding"))
        elif isinstance(entry.get("contentFrom"), dict) and isinstance(entry["contentFrom"].get("secret"), dict):
            ref = entry["contentFrom"]["secret"]
            where += ".contentFrom.secret"
            secret = secrets.get((namespace, ref.get("name"))) if isinstance(ref.get("name"), str) else None
            if secret is None:
                continue  # a Secret of another source: nothing to read here
            origin = f" (Secret {ref.get('name')}, key {ref.get('key')})"
            text, problem = _secret_value(secret, ref.get("key"))
        else:
            continue
        if problem is not None:
            found.append((where, f"static Pod manifest {entry['path']}{origin}: {problem}"))
            continue
        found += [(where, f"static Pod manifest {entry['path']}{origin}: {field or '(object)'}: {message}")
                  for field, message in _static_pod_problems(text)]


def _decode(content: str, encoding: Any) -> tuple[Optional[str], Optional[str]]:
    if encoding in (None, ""):
        return content, None
    try:
        if encoding == "base64":
            return _b64(content).decode("utf-8"), None
        if encoding == "gzip+base64":
            return gzip.decompress(_b64(content)).decode("utf-8"), None
    except (binascii.Error, OSError, EOFError, UnicodeDecodeError, ValueError) as exc:
        return None, f"cannot be decoded as {encoding} ({exc})"
    return None, None if encoding == "gzip" else f"has an unknown encoding {encoding!r}"


def _b64(text: str) -> bytes:
    """Go's base64.StdEncoding, as Cluster API's bootstrap decodes: strict, but for line breaks."""
    return base64.b64decode(text.replace("\r", "").replace("\n", ""), validate=True)


def _secret_value(secret: dict, key: Any) -> tuple[Optional[str], Optional[str]]:
    string_data = secret.get("stringData") if isinstance(secret.get("stringData"), dict) else {}
    data = secret.get("data") if isinstance(secret.get("data"), dict) else {}
    if not isinstance(key, str):
        return None, "names no key"
    if isinstance(string_data.get(key), str):
        return string_data[key], None
    if isinstance(data.get(key), str):
        try:
            return _b64(data[key]).decode("utf-8"), None
        except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
            return None, f"data.{key} cannot be decoded ({exc})"
    return None, f"the Secret has no key {key!r}"


@lru_cache(maxsize=256)
def _static_pod_problems(text: Optional[str]) -> tuple[tuple[str, str], ...]:
    """Problems of a static Pod manifest's text (cached: nodes of a cluster share their manifests)."""
    if text is None:
        return ()
    try:
        documents = [d for d in yaml.load_all(text, Loader=_LOADER) if d is not None]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        return (("", f"is not YAML{where}: {getattr(exc, 'problem', None) or exc}"),)
    if len(documents) != 1:
        return (("", f"holds {len(documents)} documents; kubelet reads one Pod"),)
    pod = documents[0]
    if not isinstance(pod, dict) or (pod.get("apiVersion"), pod.get("kind")) != ("v1", "Pod"):
        got = f"{pod.get('apiVersion')} {pod.get('kind')}" if isinstance(pod, dict) else type(pod).__name__
        return (("", f"must be a v1 Pod, not {got}"),)
    return tuple(validate_object(pod))


# --- the validator ------------------------------------------------------------------------------

class _TypeError(tuple):
    """A ``(path, problem)`` of a value of the wrong type. As the API server does, the CEL rules
    are not evaluated over such a value (of a node holding one): they would only fail to evaluate."""


def _has_type_error(found: list, since: int) -> bool:
    return any(type(problem) is _TypeError for problem in found[since:])


def _walk(schema: dict, value: Any, path: str, found: list) -> None:
    """:func:`_validate`, once the quick pass (:mod:`.precheck`) has found something to report."""
    if not precheck.passes(schema, value):
        _validate(schema, value, path, found)


def _validate(schema: dict, value: Any, path: str, found: list) -> None:
    if value is None:
        if not schema.get("nullable"):
            found.append((path, "must not be null"))
        return
    if isinstance(value, datetime.date):
        value = value.isoformat()  # an unquoted YAML timestamp: the API server's YAML reading keeps the text
    before = len(found)
    if schema.get("x-kubernetes-int-or-string"):
        if not (isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))):
            found.append(_TypeError((path, "must be an integer or a string")))
    elif schema.get("x-kubernetes-quantity"):
        if isinstance(value, bool) or not isinstance(value, (str, int, float)) \
                or (isinstance(value, str) and not QUANTITY.match(value)):
            found.append(_TypeError((path, "must be a quantity (a number, or a string such as 500m, 1.5, 2Gi)")))
    else:
        _validate_typed(schema, value, path, found)
        if ("oneOf" in schema or "anyOf" in schema or "allOf" in schema or "not" in schema) \
                and not _has_type_error(found, before):
            _validate_alternatives(schema, value, path, found)
    if "x-kubernetes-validations" in schema and not _has_type_error(found, before):
        _check_rules(schema, value, path, found)


def _validate_alternatives(schema: dict, value: Any, path: str, found: list) -> None:
    """``oneOf``, ``anyOf``, ``allOf`` and ``not``: in a structural schema they hold value
    validations only (which fields are required, enums, patterns...) over fields the node declares."""
    if "oneOf" in schema:
        matching = sum(_matches(alternative, value) for alternative in schema["oneOf"])
        if matching != 1:
            found.append((path, f"must match exactly one of {_describe(schema['oneOf'])} ({matching} match)"))
    if "anyOf" in schema and not any(_matches(alternative, value) for alternative in schema["anyOf"]):
        found.append((path, f"must match at least one of {_describe(schema['anyOf'])}"))
    for alternative in schema.get("allOf", []):
        if not _matches(alternative, value):
            found.append((path, f"must match {_describe([alternative])}"))
    if "not" in schema and _matches(schema["not"], value):
        found.append((path, f"must not match {_describe([schema['not']])}"))


def _describe(alternatives: list) -> str:
    texts = []
    for alternative in alternatives:
        if set(alternative) <= {"required", "properties"} and alternative.get("required") \
                and not any((alternative.get("properties") or {}).values()):
            texts.append(" and ".join(alternative["required"]) + " set")
        else:
            texts.append(json.dumps(alternative, sort_keys=True))
    return "; ".join(texts)


def _matches(alternative: dict, value: Any) -> bool:
    """Whether ``value`` meets a value-validation schema (unknown fields are not its concern)."""
    found: list = []
    schema = dict(alternative)
    if isinstance(value, dict) and "type" not in schema:
        schema.setdefault("x-kubernetes-preserve-unknown-fields", True)
        if "properties" in schema or "required" in schema:
            schema["type"] = "object"
    _validate(schema, value, "", found)
    return not found


def _validate_typed(schema: dict, value: Any, path: str, found: list) -> None:
    kind = schema.get("type")
    if kind == "object" or (kind is None and isinstance(value, dict) and "properties" in schema):
        _validate_object(schema, value, path, found)
    elif kind == "array":
        if not isinstance(value, list):
            found.append(_TypeError((path, "must be a list")))
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
            found.append(_TypeError((path, "must be an integer")))
            return
        low, high = INT_RANGES.get(schema.get("format", ""), (None, None))
        low, high = schema.get("minimum", low), schema.get("maximum", high)
        if (low is not None and value < low) or (high is not None and value > high):
            found.append((path, f"must be an integer from {low} to {high}"))
    elif kind == "number":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            found.append(_TypeError((path, "must be a number")))
    elif kind == "boolean":
        if not isinstance(value, bool):
            found.append(_TypeError((path, "must be true or false")))


def _validate_object(schema: dict, value: Any, path: str, found: list) -> None:
    if not isinstance(value, dict):
        found.append(_TypeError((path, "must be a mapping")))
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
        if key not in present and "default" not in (properties.get(key) or {}):  # a default fills it in
            found.append((_join(path, key), "is required"))
    if len(present) < schema.get("minProperties", 0):
        found.append((path, f"must have at least {_fields(schema['minProperties'])}"))
    if "maxProperties" in schema and len(present) > schema["maxProperties"]:
        found.append((path, f"must have at most {_fields(schema['maxProperties'])}"))


def _fields(count: int) -> str:
    return f"{count} field" if count == 1 else f"{count} fields"


def _validate_unique(schema: dict, value: list, path: str, found: list) -> None:
    """The items of a ``set`` list, and the keys of a ``map`` list's items, are unique; a key field
    an item leaves out counts with its default, as the API server fills it in first."""
    keys = schema.get("x-kubernetes-list-map-keys") if schema["x-kubernetes-list-type"] == "map" else None
    if keys is not None:
        fields = (schema.get("items") or {}).get("properties") or {}
        defaults = {k: (fields.get(k) or {}).get("default") for k in keys}
    seen = set()
    for index, item in enumerate(value):
        if keys is not None:
            if not isinstance(item, dict):
                continue  # reported by the items' schema
            key = tuple(item[k] if item.get(k) is not None else defaults[k] for k in keys)
            what = "duplicate entry for " + ", ".join(f"{k}={v!r}" for k, v in zip(keys, key))
        else:
            key, what = item, "duplicate value (the list is a set)"
        try:
            key = json.dumps(key, sort_keys=True, default=str)
        except TypeError:  # keys of several types in one mapping
            key = repr(key)
        if key in seen:
            found.append((_join(path, index), what))
        seen.add(key)


def _validate_string(schema: dict, value: Any, path: str, found: list) -> None:
    if not isinstance(value, str):
        found.append(_TypeError((path, "must be a string")))
        return
    if "enum" in schema and value not in schema["enum"]:
        found.append((path, "must be one of " + ", ".join(map(repr, schema["enum"]))))
    if "minLength" in schema and len(value) < schema["minLength"]:
        found.append((path, f"must be at least {schema['minLength']} characters long"))
    if "maxLength" in schema and len(value) > schema["maxLength"]:
        found.append((path, f"must be at most {schema['maxLength']} characters long"))
    if "pattern" in schema and not re.search(schema["pattern"], value):
        found.append((path, f"must match {schema['pattern']}"))
    if "format" in schema:
        problem = _format_problem(schema["format"], value)
        if problem is not None:
            found.append((path, problem))


def _problems(check: Callable[..., None]) -> Callable[..., bool]:
    def none_found(schema: dict, value: Any) -> bool:
        found: list = []
        check(schema, value, "", found)
        return not found
    return none_found


precheck.configure(slow=_problems(_validate), unique=_problems(_validate_unique), rules=_problems(_check_rules))
