"""Read a chart values file into a :class:`ClusterValues`, reporting every problem at once.

Steps: parse the YAML (YAML 1.1 as Helm reads it, timestamps kept as text, duplicate keys
rejected), merge the document onto the chart's defaults (:mod:`.merge`), check the result
(:mod:`.validate`), then build the model. Any problem raises :class:`ConfigError` listing all
of them; no other exception escapes for bad input.

An empty file (or one holding only comments, or a lone ``null``) means "no values": the
chart's defaults, checked like any other file. The defaults alone do not pass: values.schema.json
requires ``connectivity.network.loadBalancers`` to have ``cidrBlocks`` or ``ipPoolName``.

Keys in :data:`IGNORED_CHART_KEYS` are accepted and ignored, each with a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

import yaml

from .checked import mark_checked
from .crdcheck import CrdChecker
from .defaults import CHART, NEUTRAL, required_field_errors, shared_defaults_mapping
from .errors import ConfigError, FieldError
from .merge import merge_values
from .model import ClusterValues
from .spec import IGNORED_CHART_KEYS
from .validate import validate_values

__all__ = ["LoadResult", "load_values_file", "load_values_text", "load_values_mapping", "parse_values_text",
           "parse_values_text_lenient", "chart_defaults",
           "merged_values", "MAX_EXPANDED_NODES"]

MAX_EXPANDED_NODES = 200_000
"""Upper bound on YAML nodes after expanding aliases (guards against alias bombs)."""


@dataclass(frozen=True)
class LoadResult:
    """A loaded values file.

    Attributes:
        values: the typed configuration (file merged onto the chart defaults).
        warnings: human-readable warnings, each naming the file and field.
        ignored: values path -> value as written, for each key the chart ignores.
        user_values: the file's own mapping as parsed (before merging), for diffs and migration.
    """

    values: ClusterValues
    warnings: list[str] = field(default_factory=list)
    ignored: dict[str, Any] = field(default_factory=dict)
    user_values: dict = field(default_factory=dict, repr=False)


def chart_defaults() -> dict:
    """The chart's values.yaml as a fresh mapping."""
    return ClusterValues.defaults().to_values_dict()


def _shared_defaults(defaults: str = CHART) -> dict:
    """The defaults of ``defaults`` (``"chart"`` or ``"neutral"``), made once: :func:`merge_values`
    reads them and copies what it takes, so every file of a fleet can be merged onto the same
    mapping (never handed out)."""
    return shared_defaults_mapping(defaults)


def merged_values(user_values: dict, defaults: str = CHART) -> dict:
    """``user_values`` coalesced onto the defaults (the chart's unless told), as Helm does."""
    return merge_values(_shared_defaults(defaults), user_values)


def load_values_file(path: "str | Path", crd: Optional[CrdChecker] = None, defaults: str = CHART) -> LoadResult:
    """Load a values file; errors name the file as ``path`` was given."""
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ConfigError([FieldError(source, "", f"cannot be read ({exc.strerror or exc})", "", "")]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError([FieldError(source, "", f"is not UTF-8 text (byte {exc.start})", "",
                                      "save the file as UTF-8")]) from None
    return load_values_text(text, source, crd=crd, defaults=defaults)


def load_values_text(text: str, source: str, crd: Optional[CrdChecker] = None, defaults: str = CHART) -> LoadResult:
    """Load values from YAML ``text``; ``source`` names it in messages (e.g. ``clusters/a.yaml``)."""
    user, duplicates = parse_values_text_lenient(text, source)
    try:
        result = load_values_mapping(user, source, crd=crd, defaults=defaults)
    except ConfigError as exc:
        raise ConfigError(duplicates + exc.errors) from None
    if duplicates:
        raise ConfigError(duplicates)
    return result


def load_values_mapping(user: dict, source: str, crd: Optional[CrdChecker] = None,
                        defaults: str = CHART) -> LoadResult:
    """Load values already parsed into a mapping (the user's keys, before merging onto the defaults).

    ``defaults``: ``"chart"`` (the chart's values.yaml, as Helm; what render and a values file
    use) or ``"neutral"`` (:mod:`.defaults`: without Giant Swarm's specifics; then the values must
    name what a working cluster needs, see :func:`~.defaults.required_field_errors`)."""
    try:
        merged = merge_values(_shared_defaults(defaults), user)
        errors = validate_values(merged, source, crd)
        if defaults == NEUTRAL:
            required = required_field_errors(merged, source)
            covered = [e.path for e in required]
            # The CRD check's bare "is required" for a field named here says less than ours.
            errors = [e for e in errors if not (e.allowed == "is required" and any(
                path == e.path or path.startswith(e.path + ".") for path in covered))] + required
    except RecursionError:
        raise ConfigError([FieldError(source, "", "is nested too deeply", "", "")]) from None
    if errors:
        raise ConfigError(errors)
    warnings, ignored = _ignored_keys(user, source)
    values = ClusterValues.from_values_dict(merged)
    if crd is None:  # checked with the standard rules: the constructs do not check them again
        mark_checked(values)
    return LoadResult(values, warnings, ignored, user)


def _ignored_keys(user: dict, source: str) -> tuple[list[str], dict[str, Any]]:
    warnings = []
    ignored = {}
    for path, reason in IGNORED_CHART_KEYS.items():
        current: Any = user
        parts = path.split(".")
        for part in parts[:-1]:
            current = current.get(part) if isinstance(current, dict) else None
        if isinstance(current, dict) and parts[-1] in current:
            ignored[path] = current[parts[-1]]
            warnings.append(f"{source}: {path}: the chart ignores this key; it has no effect ({reason})")
    return warnings, ignored


# --- YAML ----------------------------------------------------------------------------------

class _HelmReading:
    """Reads scalars as Helm's YAML library does (YAML 1.1 without timestamps or base-60
    numbers; y/n are booleans) and records duplicate keys instead of overwriting."""

    def __init__(self, stream):
        super().__init__(stream)
        self.duplicates: list[tuple[Any, Any]] = []

    def construct_mapping(self, node, deep=False):
        if isinstance(node, yaml.MappingNode):
            self.flatten_mapping(node)
            seen = set()
            for key_node, _ in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    key = self.construct_object(key_node, deep=True)
                    try:
                        if key in seen:
                            self.duplicates.append((key, key_node.start_mark))
                        seen.add(key)
                    except TypeError:
                        pass
        return super().construct_mapping(node, deep=deep)


class _PyLoader(_HelmReading, yaml.SafeLoader):
    """The pure-Python parser with Helm's reading."""


_PyLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
                           "tag:yaml.org,2002:bool")]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_PyLoader.add_implicit_resolver(
    "tag:yaml.org,2002:bool",
    re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$"),
    list("yYnNtTfFoO"))
_PyLoader.add_implicit_resolver(
    "tag:yaml.org,2002:int",
    re.compile(r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+)$"),
    list("-+0123456789"))
_PyLoader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9_]+(?:[eE][-+][0-9]+)?"
               r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))
# PyYAML only maps yes/no/on/off/true/false; go-yaml also reads y/n.
_PyLoader.add_constructor(
    "tag:yaml.org,2002:bool",
    lambda loader, node: loader.construct_scalar(node).lower() in ("y", "yes", "true", "on"))


if hasattr(yaml, "CSafeLoader"):
    class _CLoader(_HelmReading, yaml.CSafeLoader):
        """libyaml's parser (about three times faster) with the same resolvers and constructors."""

        yaml_implicit_resolvers = _PyLoader.yaml_implicit_resolvers
        yaml_constructors = _PyLoader.yaml_constructors
else:  # PyYAML built without libyaml
    _CLoader = _PyLoader


def _syntax_error(source: str, exc: yaml.YAMLError, text: str) -> FieldError:
    if isinstance(exc, yaml.reader.ReaderError):
        before = text[: exc.position]
        line, column = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
        return FieldError(source, "", f"YAML syntax error at line {line}, column {column}: "
                                      f"character #x{_code(exc.character):04x} is not allowed in YAML", "", "",
                          line=line, column=column)
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or getattr(exc, "context", None) or "invalid YAML"
    if "maximum nesting depth" in problem:  # libyaml's limit, where the Python parser recurses too deep
        return FieldError(source, "", "is nested too deeply", "", "")
    if mark is not None:
        line, column = mark.line + 1, mark.column + 1
        return FieldError(source, "", f"YAML syntax error at line {line}, column {column}: {problem}", "", "",
                          line=line, column=column)
    return FieldError(source, "", f"YAML syntax error: {problem}", "", "")


def _is_empty(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null" and node.value in ("", "~", "null")


def _code(character: Any) -> int:
    if isinstance(character, int):  # PyYAML's Reader passes ord(character) for text input
        return character
    if isinstance(character, str) and character:
        return ord(character[0])
    if isinstance(character, (bytes, bytearray)) and character:
        return character[0]
    return 0


def _expanded_size(node: yaml.Node) -> Optional[int]:
    """Number of nodes once aliases are expanded; ``None`` for a recursive alias."""
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(current: yaml.Node) -> int:
        key = id(current)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise _Recursive
        active.add(key)
        total = 1
        if isinstance(current, yaml.SequenceNode):
            for child in current.value:
                total += size(child)
                if total > MAX_EXPANDED_NODES:
                    break
        elif isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                total += size(key_node) + size(value_node)
                if total > MAX_EXPANDED_NODES:
                    break
        active.discard(key)
        sizes[key] = total
        return total

    try:
        return size(node)
    except _Recursive:
        return None


class _Recursive(Exception):
    pass


def parse_values_text(text: str, source: str) -> dict:
    """The mapping a values file holds; ``{}`` for an empty document. Raises :class:`ConfigError`."""
    document, duplicates = parse_values_text_lenient(text, source)
    if duplicates:
        raise ConfigError(duplicates)
    return document


def parse_values_text_lenient(text: str, source: str) -> tuple[dict, list[FieldError]]:
    """Like :func:`parse_values_text`, but duplicate keys are returned as errors next to the
    mapping (the last occurrence wins, as in Helm) so that the rest of the file can still be
    checked and every problem reported at once. Raises :class:`ConfigError` for anything else.

    Files are read with libyaml; a file it rejects is read again with the pure-Python parser,
    whose messages name the problem in the same words for every installation."""
    try:
        return _parse(text, source, _CLoader)
    except ConfigError as c_error:
        if _CLoader is _PyLoader:
            raise
        _parse(text, source, _PyLoader)  # raises its own ConfigError for nearly every such file
        raise c_error from None


def _parse(text: str, source: str, loader_class: type) -> tuple[dict, list[FieldError]]:
    try:
        loader = loader_class(text)
    except yaml.YAMLError as exc:
        raise ConfigError([_syntax_error(source, exc, text)]) from None
    try:
        nodes = []
        while loader.check_node():
            node = loader.get_node()
            if nodes and _is_empty(node):
                continue  # a trailing "---" with nothing after it
            nodes.append(node)
            if len(nodes) > 1:
                raise ConfigError([FieldError(
                    source, "", "holds more than one YAML document", "",
                    "a values file is a single document (remove the extra '---' separator)",
                    line=nodes[1].start_mark.line + 1, column=nodes[1].start_mark.column + 1)])
        if not nodes:
            return {}, []
        size = _expanded_size(nodes[0])
        if size is None:
            raise ConfigError([FieldError(source, "", "contains a recursive YAML alias", "",
                                          "an alias must not refer to a node that contains it")])
        if size > MAX_EXPANDED_NODES:
            raise ConfigError([FieldError(source, "", "expands to too many values through YAML aliases", "",
                                          f"at most {MAX_EXPANDED_NODES} values")])
        document = loader.construct_document(nodes[0])
    except yaml.YAMLError as exc:
        raise ConfigError([_syntax_error(source, exc, text)]) from None
    except RecursionError:
        raise ConfigError([FieldError(source, "", "is nested too deeply", "", "")]) from None
    finally:
        loader.dispose()
    duplicates = [
        FieldError(source, "", f"duplicate key {key!r} at line {mark.line + 1}, column {mark.column + 1}", "",
                   "each key may appear once per mapping (Helm would silently keep only the last one)",
                   line=mark.line + 1, column=mark.column + 1)
        for key, mark in sorted(loader.duplicates, key=lambda found: (found[1].line, found[1].column))]
    if document is None:
        return {}, duplicates
    if not isinstance(document, dict):
        kind = "a list" if isinstance(document, list) else f"a single value ({type(document).__name__})"
        raise ConfigError(duplicates + [FieldError(
            source, "", f"is {kind}", "", "a values file must be a mapping of keys to values, like the chart's values.yaml")])
    return document, duplicates
