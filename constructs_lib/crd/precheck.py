"""A quick yes-or-no pass of the validator: whether a value has no problem at all under a schema.

The validator (:func:`constructs_lib.crd.validate_value` and the functions behind it) walks a
value beside its schema and names every problem with its field path. Nearly every object a
synth checks has none, and for those the walk's work is in reading the schema again at every
node (a dozen lookups of keywords the node does not have) and in spelling the paths it never
reports. :func:`passes` answers the same question from a checker built once per schema node (a
closure knowing which keywords the node has) and spells no path; where it says no, the
validator walks the value again for the messages. It is exact, not a heuristic: it accepts what
the validator accepts, rule for rule, and only that; the parts it does not redo itself (list
uniqueness, ``oneOf``/``anyOf``/``allOf``/``not``, CEL rules, formats) it asks the validator's own
functions, which :func:`configure` hands it.
"""
from __future__ import annotations

import datetime
import re
from typing import Any, Callable

from .formats import INT_RANGES, QUANTITY, format_problem
from .per_schema import per_schema

__all__ = ["configure", "passes"]

_Checker = Callable[[Any], bool]
_ALTERNATIVES = ("oneOf", "anyOf", "allOf", "not")
_STRING_CHECKS = ("enum", "minLength", "maxLength", "pattern", "format")
_CONTAINERS_AND_NUMBERS = frozenset({"object", "array", "integer", "number", "boolean"})
_slow: Callable[[dict, Any], bool]
_unique: Callable[[dict, list], bool]
_rules: Callable[[dict, Any], bool]


def configure(slow: Callable[[dict, Any], bool], unique: Callable[[dict, list], bool],
              rules: Callable[[dict, Any], bool]) -> None:
    """Hand over the validator's own answers: ``slow(schema, value)`` (no problem at all, by the
    full walk), ``unique(schema, items)`` (a set or map list's uniqueness) and ``rules(schema,
    value)`` (the node's CEL rules pass)."""
    global _slow, _unique, _rules
    _slow, _unique, _rules = slow, unique, rules


def passes(schema: dict, value: Any) -> bool:
    """Whether the validator finds no problem in ``value`` under the schema node ``schema``."""
    return _checker(schema)(value)


@per_schema
def _checker(schema: dict) -> _Checker:
    """The checker of one schema node: what the validator accepts there, and only that."""
    nullable = bool(schema.get("nullable"))
    with_rules = "x-kubernetes-validations" in schema
    if schema.get("x-kubernetes-int-or-string"):
        typed = _int_or_string
    elif schema.get("x-kubernetes-quantity"):
        typed = _quantity
    elif any(key in schema for key in _ALTERNATIVES):
        return lambda value: _slow(schema, value)  # rare: the validator decides
    elif not with_rules and schema.get("type") == "string" and not any(key in schema for key in _STRING_CHECKS):
        # any text (a YAML timestamp is read as its text)
        return lambda value: isinstance(value, str) or (nullable if value is None else isinstance(value, datetime.date))
    else:
        typed = _typed(schema)
        if not nullable and not with_rules and schema.get("type") in _CONTAINERS_AND_NUMBERS:
            # such a checker says no to None and to a YAML timestamp (its text is no mapping,
            # list, number or boolean) by itself: no wrapper needed
            return typed

    def check(value: Any) -> bool:
        if value is None:
            return nullable
        if isinstance(value, datetime.date):
            value = value.isoformat()  # as the validator reads an unquoted YAML timestamp
        if not typed(value):
            return False
        return not with_rules or _rules(schema, value)  # a value of the right type: its rules apply

    return check


def _int_or_string(value: Any) -> bool:
    return isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))


def _quantity(value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return False
    return not isinstance(value, str) or QUANTITY.match(value) is not None


def _typed(schema: dict) -> _Checker:
    kind = schema.get("type")
    if kind == "object":
        return _object(schema, strict=True)
    if kind is None and "properties" in schema:
        return _object(schema, strict=False)
    if kind == "array":
        return _array(schema)
    if kind == "string":
        return _string(schema)
    if kind == "integer":
        low, high = INT_RANGES.get(schema.get("format", ""), (None, None))
        low, high = schema.get("minimum", low), schema.get("maximum", high)
        return lambda value: (isinstance(value, int) and not isinstance(value, bool)
                              and (low is None or value >= low) and (high is None or value <= high))
    if kind == "number":
        return lambda value: isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return lambda value: isinstance(value, bool)
    return lambda value: True


def _object(schema: dict, strict: bool) -> _Checker:
    properties = schema.get("properties") or {}
    extra = schema.get("additionalProperties")
    extra_schema = extra if isinstance(extra, dict) else None
    unknown_allowed = bool(schema.get("x-kubernetes-preserve-unknown-fields")) or extra is True
    # a required field with a default is filled in by the API server
    required = [key for key in schema.get("required", []) if "default" not in (properties.get(key) or {})]
    least, most = schema.get("minProperties", 0), schema.get("maxProperties")
    counted = bool(least) or most is not None
    checkers: dict[str, _Checker] = {}  # key -> the checker of its schema, as met

    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return not strict  # no type and no mapping: nothing to check
        present = 0
        for key, item in value.items():
            sub = properties.get(key, extra_schema)
            if item is None and not (sub is not None and sub.get("nullable")):
                continue  # pruned, as the API server prunes nulls of non-nullable fields
            present += 1
            if sub is not None:
                checker = checkers.get(key)
                if checker is None:
                    checker = checkers[key] = _checker(sub)
                if not checker(item):
                    return False
            elif not unknown_allowed:
                return False
        for key in required:
            if value.get(key) is None and not (key in value and (properties.get(key, extra_schema) or {}).get("nullable")):
                return False
        return not counted or (present >= least and (most is None or present <= most))

    return check


def _array(schema: dict) -> _Checker:
    items = schema.get("items") or {}
    least, most = schema.get("minItems"), schema.get("maxItems")
    listed = schema.get("x-kubernetes-list-type") in ("set", "map")

    def check(value: Any) -> bool:
        if not isinstance(value, list):
            return False
        if (least is not None and len(value) < least) or (most is not None and len(value) > most):
            return False
        item_checker = _checker(items)
        if not all(item_checker(item) for item in value):
            return False
        return not listed or _distinct(schema, value) or _unique(schema, value)

    return check


def _distinct(schema: dict, items: list) -> bool:
    """The common case of a set or map list, told quickly: its items (a set) or their keys (a map)
    are strings, all different. Anything else is left to the validator's own check."""
    keys = schema.get("x-kubernetes-list-map-keys") if schema["x-kubernetes-list-type"] == "map" else None
    seen = set()
    for item in items:
        key = item if keys is None else tuple(item.get(k) for k in keys) if isinstance(item, dict) else None
        if not (isinstance(key, str) or (isinstance(key, tuple) and all(isinstance(k, str) for k in key))):
            return False
        if key in seen:
            return False
        seen.add(key)
    return True


def _string(schema: dict) -> _Checker:
    enum = schema.get("enum")
    shortest, longest = schema.get("minLength"), schema.get("maxLength")
    pattern = re.compile(schema["pattern"]).search if "pattern" in schema else None
    form = schema.get("format")
    if enum is None and shortest is None and longest is None and pattern is None and form is None:
        return lambda value: isinstance(value, str)

    def check(value: Any) -> bool:
        if not isinstance(value, str):
            return False
        if enum is not None and value not in enum:
            return False
        if (shortest is not None and len(value) < shortest) or (longest is not None and len(value) > longest):
            return False
        if pattern is not None and not pattern(value):
            return False
        return form is None or format_problem(form, value) is None

    return check
