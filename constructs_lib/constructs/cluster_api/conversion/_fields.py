"""Reading v1beta1 fields and writing v1beta2 ones with the Go semantics the webhooks have.

A converted object is built as a plain dict holding only the fields a Go struct would hold as
non-zero, then :func:`finalize` serializes it the way ``encoding/json`` marshals the v1beta2 types
(every one of their spec fields is ``omitempty`` or ``omitzero``):

* scalars in the dict are emitted as they are: rules leave out the zero values of non-pointer
  fields (``""``, ``0``, ``false``) and keep those of pointer fields;
* a nested dict (a struct, or a map) is emitted when it holds at least one key, even if all its
  keys end up omitted: a non-nil empty slice or map makes a Go struct non-zero (``omitzero``);
* a list (a slice) is emitted when not empty; its items are always emitted;
* :class:`Ptr` marks a pointer to a struct or a slice: emitted whenever set, ``{}``/``[]`` included.
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import Any, Optional

from . import quantity
from .durations import parse_duration, to_seconds

MISSING = object()
"""What a rule returns for a field the v1beta2 struct leaves at its zero value."""


class ConversionError(ValueError):
    """A v1beta1 field this module cannot convert: ``Kind name: field.path: problem``."""


class Ptr:
    """A pointer to a struct or slice in the v1beta2 object: serialized even when empty."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value


class Source:
    """The object being converted: its kind and name for errors, and the fields dropped so far."""

    __slots__ = ("kind", "name", "dropped", "allowed")

    def __init__(self, kind: str, name: str, allowed: frozenset[str]):
        self.kind, self.name, self.allowed = kind, name, allowed
        self.dropped: list[str] = []

    def error(self, path: str, problem: str) -> ConversionError:
        return ConversionError(f"{self.kind} {self.name}: {path}: {problem}")


_INDEX = re.compile(r"\[\d+\]")


class Fields:
    """One v1beta1 mapping being converted: its fields are taken one by one, :meth:`done` refuses the rest."""

    __slots__ = ("data", "path", "source", "_left")

    def __init__(self, data: dict, path: str, source: Source):
        self.data, self.path, self.source = data, path, source
        self._left = set(data)

    def at(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def error(self, key: str, problem: str) -> ConversionError:
        return self.source.error(self.at(key), problem)

    def take(self, key: str) -> Any:
        """The value of ``key`` (None when absent or null, as Go decodes both)."""
        self._left.discard(key)
        return self.data.get(key)

    def sub(self, key: str) -> Optional["Fields"]:
        """The mapping at ``key`` (None when absent: a nil pointer)."""
        value = self.take(key)
        if value is None:
            return None
        if not isinstance(value, dict):
            raise self.error(key, "must be a mapping")
        return Fields(value, self.at(key), self.source)

    def sub_or_empty(self, key: str) -> "Fields":
        """The mapping at ``key`` of a non-pointer struct field (an empty one when absent)."""
        return self.sub(key) or Fields({}, self.at(key), self.source)

    def items(self, key: str) -> Optional[list["Fields"]]:
        """The mappings of the list at ``key`` (None when absent: a nil slice)."""
        value = self.take(key)
        if value is None:
            return None
        if not isinstance(value, list):
            raise self.error(key, "must be a list")
        found = []
        for index, item in enumerate(value):
            path = f"{self.at(key)}[{index}]"
            if item is None:
                item = {}  # a null item decodes to the zero struct
            if not isinstance(item, dict):
                raise self.source.error(path, "must be a mapping")
            found.append(Fields(item, path, self.source))
        return found

    def drop(self, *keys: str) -> None:
        """Fields v1beta2 has no place for (each must be listed in :data:`~.dropped.DROPPED`)."""
        for key in keys:
            path = self.at(key)
            pattern = _INDEX.sub("[]", path) if "[" in path else path
            if pattern not in self.source.allowed:
                raise AssertionError(f"{self.source.kind} {pattern} is dropped but not listed in DROPPED")
            if key in self.data:
                self.source.dropped.append(path)
            self._left.discard(key)

    def done(self) -> None:
        """Refuses the fields nobody took: there is no known v1beta2 home for them."""
        if self._left:
            key = sorted(self._left)[0]
            raise self.error(key, "no v1beta2 conversion known")


def copy_fields(fields: Fields, out: dict, table: dict[str, Any]) -> dict:
    """Applies ``table`` (v1beta1 key -> rule, or (rule, v1beta2 key)) to ``fields``, into ``out``."""
    for key, rule in table.items():
        name = key
        if isinstance(rule, tuple):
            rule, name = rule
        value = rule(fields, key)
        if value is not MISSING:
            out[name] = value
    return out


def put(out: dict, key: str, struct: dict) -> None:
    """A non-pointer struct field (``omitzero``): kept only when non-zero."""
    if struct:
        out[key] = struct


# --- rules: v1beta1 field -> v1beta2 value (or MISSING) ---------------------------------------

def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def STR(fields: Fields, key: str) -> Any:
    """string or *string -> string (omitempty): ``""`` and nil are left out."""
    value = fields.take(key)
    if value is None or value == "":
        return MISSING
    if not isinstance(value, str):
        raise fields.error(key, "must be a string")
    return value


def NUM(fields: Fields, key: str) -> Any:
    """int32/int64 or *int32 -> int (omitempty): 0 and nil are left out."""
    value = fields.take(key)
    if value is None:
        return MISSING
    if not _is_int(value):
        raise fields.error(key, "must be an integer")
    return value if value else MISSING


def PTR(fields: Fields, key: str) -> Any:
    """A pointer copied as it is (``*int32``, ``*bool``, ``*string``): zero values kept."""
    value = fields.take(key)
    return MISSING if value is None else value


def INT_OR_STRING(fields: Fields, key: str) -> Any:
    """*intstr.IntOrString copied as it is."""
    value = fields.take(key)
    if value is None:
        return MISSING
    if not (_is_int(value) or isinstance(value, str)):
        raise fields.error(key, "must be an integer or a string")
    return value


def TRUE(fields: Fields, key: str) -> Any:
    """bool -> *bool as ``clusterv1.Convert_bool_To_Pointer_bool`` with no conversion data: true stays, false goes."""
    value = fields.take(key)
    if value is None or value is False:
        return MISSING
    if value is not True:
        raise fields.error(key, "must be true or false")
    return True


def BOOL(fields: Fields, key: str) -> Any:
    """bool -> *bool as apimachinery's ``Convert_bool_To_Pointer_bool``: always set, false included."""
    value = fields.take(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise fields.error(key, "must be true or false")
    return value


def NONZERO(fields: Fields, key: str) -> Any:
    """int32 -> *int32 as ``clusterv1.Convert_int32_To_Pointer_int32`` with no conversion data: 0 goes."""
    return NUM(fields, key)


def INT(fields: Fields, key: str) -> Any:
    """int32 -> *int32 as apimachinery's ``Convert_int32_To_Pointer_int32``: always set, 0 included."""
    value = fields.take(key)
    if value is None:
        return 0
    if not _is_int(value):
        raise fields.error(key, "must be an integer")
    return value


def LIST(fields: Fields, key: str) -> Any:
    """[]string (or []int32) copied: an empty list is kept (non-nil), null items decode to ``""``."""
    value = fields.take(key)
    if value is None:
        return MISSING
    if not isinstance(value, list):
        raise fields.error(key, "must be a list")
    return ["" if item is None else item for item in value]


def MAP(fields: Fields, key: str) -> Any:
    """map[string]T copied; null values are pruned by the API server before conversion."""
    value = fields.take(key)
    if value is None:
        return MISSING
    if not isinstance(value, dict):
        raise fields.error(key, "must be a mapping")
    return {k: v for k, v in value.items() if v is not None}


def SECONDS(fields: Fields, key: str) -> Any:
    """*metav1.Duration -> *int32 seconds (``clusterv1.ConvertToSeconds``): nil stays nil, 0s stays 0."""
    value = fields.take(key)
    return MISSING if value is None else seconds(fields, key, value)


def TIME(fields: Fields, key: str) -> Any:
    """*metav1.Time or metav1.Time -> metav1.Time (``omitzero``): RFC 3339 in UTC, whole seconds."""
    value = fields.take(key)
    if value is None:
        return MISSING
    formatted = go_time(fields, key, value)
    return MISSING if formatted is None else formatted


def QUANTITY(fields: Fields, key: str) -> Any:
    """resource.Quantity, which is never omitted: an unset one marshals as ``"0"``."""
    value = fields.take(key)
    if value is None:
        return quantity.ZERO
    try:
        return quantity.canonical(value)
    except ValueError as problem:
        raise fields.error(key, str(problem)) from None


# --- value helpers ---------------------------------------------------------------------------

def nanoseconds(fields: Fields, key: str, value: Any) -> int:
    """A ``metav1.Duration`` JSON value (a Go duration string) in nanoseconds."""
    if not isinstance(value, str):
        raise fields.error(key, "must be a duration string such as 10m0s")
    try:
        return parse_duration(value)
    except ValueError as problem:
        raise fields.error(key, str(problem)) from None


def seconds(fields: Fields, key: str, value: Any) -> int:
    try:
        return to_seconds(nanoseconds(fields, key, value))
    except ValueError as problem:
        raise fields.error(key, str(problem)) from None


_RFC3339 = re.compile(r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})")


def go_time(fields: Fields, key: str, value: Any) -> Optional[str]:
    """``metav1.Time``: parsed as RFC 3339, written ``t.UTC().Format(time.RFC3339)``; None for the zero time."""
    if isinstance(value, _dt.datetime):  # YAML timestamps arrive parsed
        moment = value if value.tzinfo else value.replace(tzinfo=_dt.timezone.utc)
    elif isinstance(value, str) and (match := _RFC3339.fullmatch(value)):
        year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
        zone = match.group(8)
        offset = _dt.timedelta(0) if zone == "Z" else \
            (1 if zone[0] == "+" else -1) * _dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6]))
        try:
            moment = _dt.datetime(year, month, day, hour, minute, second, tzinfo=_dt.timezone(offset))
        except ValueError as problem:
            raise fields.error(key, f"not an RFC 3339 time: {problem}") from None
    else:
        raise fields.error(key, "must be an RFC 3339 time such as 2024-03-09T09:00:00Z")
    utc = moment.astimezone(_dt.timezone.utc).replace(microsecond=0)
    if utc == _dt.datetime(1, 1, 1, tzinfo=_dt.timezone.utc):
        return None
    return utc.strftime("%Y-%m-%dT%H:%M:%SZ")


# --- serialization -----------------------------------------------------------------------------

def finalize(struct: dict) -> dict:
    """The JSON form of a built struct (see the module docstring); always new containers."""
    out = {}
    for key, value in struct.items():
        if type(value) is Ptr:
            out[key] = _value(value.value)
        elif isinstance(value, dict):
            if value:
                out[key] = finalize(value)
        elif isinstance(value, list):
            if value:
                out[key] = [_value(item) for item in value]
        else:
            out[key] = value
    return out


def _value(value: Any) -> Any:
    if type(value) is Ptr:
        return _value(value.value)
    if isinstance(value, dict):
        return finalize(value)
    if isinstance(value, list):
        return [_value(item) for item in value]
    return value


def copy_plain(value: Any) -> Any:
    """A copy of plain YAML data (dicts, lists and scalars)."""
    if isinstance(value, dict):
        return {k: copy_plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [copy_plain(v) for v in value]
    return value
