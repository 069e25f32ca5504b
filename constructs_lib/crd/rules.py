"""``x-kubernetes-validations``: the CEL rules of CRD schemas, evaluated as the API server does.

The evaluator is Google's CEL implementation for Python, ``cel-expr-python`` (the C++ runtime of
cel-spec, the sibling of the cel-go the API server embeds): it parses and type-checks a rule once
(:func:`compile_rule` caches every rule, message expression and fieldPath-free variant per process)
and evaluates it in microseconds. It brings the CEL standard library with its macros (``all``,
``exists``, ``exists_one``, ``map``, ``filter``, ``has``), and the extension libraries the API
server enables: strings (``lowerAscii``, ``split``, ``format``, ...), optionals (``.?``,
``orValue``), ``cel.bind``, ``math`` and ``base64``. The Kubernetes libraries are here, as
functions of an extension: lists (``isSorted``, ``sum``, ``min``, ``max``, ``indexOf``,
``lastIndexOf``), regular expressions (``find``, ``findAll``), URLs (``isURL``, ``url`` and its
getters), quantities (``isQuantity``, ``quantity`` and its comparisons and arithmetic) and IP
addresses and CIDRs (``isIP``, ``ip``, ``isCIDR``, ``cidr`` and their methods). A rule that
calls anything else does not compile: it is skipped and listed by :func:`unevaluated_rules`
(the tests see to it that every rule of the shipped schemas compiles).

How a rule is applied (``k8s.io/apiextensions-apiserver/pkg/apiserver/schema/cel``):

* it sits on a schema node; ``self`` is the value at that node, so a rule of a list's items is
  evaluated for each item and one of a map's values for each value; a field that is absent (or
  null, and so pruned) is not evaluated;
* ``self`` is the value as the API server holds it after decoding: nulls of non-nullable fields
  pruned, the schema's ``default``\\ s filled in, properties whose names CEL cannot spell escaped
  (``__dash__``, ``__dot__``, ``__slash__``, ``__underscores__``, ``__{keyword}__``);
* a rule that does not evaluate to true is an error at the node's path, extended by the rule's
  ``fieldPath``; its text is the ``messageExpression``'s value (when it evaluates to a non-empty
  string of one line), else ``message``, else ``failed rule: RULE``; a ``reason`` other than
  ``FieldValueInvalid`` names itself first (``Forbidden: ...``);
* a rule whose evaluation fails (no such key, no matching overload...) is an error too;
* transition rules (those using ``oldSelf``) compare an update with the stored object: a manifest
  is a create, so they are not evaluated, unless ``optionalOldSelf`` is set, in which case they
  are, with ``oldSelf`` an empty optional (as the API server does on create).

Cost limits are not estimated (our rules are far below them).
"""
from __future__ import annotations

import copy
import datetime
import ipaddress
import re
from fractions import Fraction
from functools import lru_cache
from typing import Any, NamedTuple, Optional
from urllib.parse import urlsplit

from .formats import QUANTITY
from .per_schema import per_schema

__all__ = ["CompiledRule", "compile_rule", "check_rules", "cel_view", "unevaluated_rules"]

_RESERVED = frozenset({"true", "false", "null", "in", "as", "break", "const", "continue", "else", "for",
                       "function", "if", "import", "let", "loop", "package", "namespace", "return", "var",
                       "void", "while"})
_IDENTIFIER = re.compile(r"^[a-zA-Z_.\-/][a-zA-Z0-9_.\-/]*$")
_OLD_SELF = re.compile(r"\boldSelf\b")
_REASONS = {"FieldValueRequired": "Required value: ", "FieldValueForbidden": "Forbidden: ",
            "FieldValueDuplicate": "Duplicate value: "}


class CompiledRule(NamedTuple):
    """A rule ready to evaluate: ``program`` is ``None`` when it could not be compiled (``error``
    says why) or when it is a transition rule that creates skip (``transition``)."""

    program: Any
    transition: bool
    error: Optional[str]


# --- the Kubernetes CEL libraries -------------------------------------------------------------

_SUFFIX = {"Ki": Fraction(2 ** 10), "Mi": Fraction(2 ** 20), "Gi": Fraction(2 ** 30), "Ti": Fraction(2 ** 40),
           "Pi": Fraction(2 ** 50), "Ei": Fraction(2 ** 60), "n": Fraction(1, 10 ** 9), "u": Fraction(1, 10 ** 6),
           "m": Fraction(1, 1000), "": Fraction(1), "k": Fraction(10 ** 3), "M": Fraction(10 ** 6),
           "G": Fraction(10 ** 9), "T": Fraction(10 ** 12), "P": Fraction(10 ** 15), "E": Fraction(10 ** 18)}
_QUANTITY_KEY = "__k8s_quantity__"
_URL_KEY = "__k8s_url__"
_IP_KEY = "__k8s_ip__"
_CIDR_KEY = "__k8s_cidr__"


def _parse_quantity(text: str) -> Optional[Fraction]:
    match = QUANTITY.match(text) if isinstance(text, str) else None
    if not match:
        return None
    number, suffix = match.group(1), match.group(2) or ""
    if suffix[:1] in ("e", "E"):
        return Fraction(number) * Fraction(10) ** int(suffix[1:])
    return Fraction(number) * _SUFFIX[suffix]


def _quantity(text: str) -> dict:
    value = _parse_quantity(text)
    if value is None:
        raise ValueError(f"quantities must match the regular expression {QUANTITY.pattern!r}: {text!r}")
    return {_QUANTITY_KEY: str(value)}


def _q(value: dict) -> Fraction:
    return Fraction(value[_QUANTITY_KEY])


def _as_integer(value: dict) -> int:
    number = _q(value)
    if number.denominator != 1 or not -(2 ** 63) <= number <= 2 ** 63 - 1:
        raise ValueError("cannot convert value to integer")
    return int(number)


def _url(text: str) -> dict:
    from .formats import format_problem  # noqa: PLC0415

    if format_problem("uri", text) is not None:
        raise ValueError(f"URL {text!r} must be an absolute URI or an absolute path")
    return {_URL_KEY: text}


def _is_url(text: str) -> bool:
    from .formats import format_problem  # noqa: PLC0415

    return format_problem("uri", text) is None


def _split(value: dict):
    return urlsplit(value[_URL_KEY])


def _port(value: dict) -> str:
    netloc = _split(value).netloc.rpartition("@")[2]
    if netloc.startswith("["):
        return netloc.partition("]")[2].lstrip(":")
    return netloc.rpartition(":")[2] if ":" in netloc else ""


def _ip(text: str) -> dict:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        raise ValueError(f"IP Address {text!r} parse error during conversion from string") from None
    if "%" in text:
        raise ValueError(f"IP address {text!r} with zone value is not allowed")
    return {_IP_KEY: text}


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return "%" not in text


def _cidr(text: str) -> dict:
    if not _is_cidr(text):
        raise ValueError(f"network address {text!r} parse error during conversion from string")
    return {_CIDR_KEY: text}


def _is_cidr(text: str) -> bool:
    try:
        ipaddress.ip_interface(text)
    except ValueError:
        return False
    return "/" in text and "%" not in text


def _address(value: dict):
    return ipaddress.ip_address(value[_IP_KEY])


def _interface(value: dict):
    return ipaddress.ip_interface(value[_CIDR_KEY])


def _contains_ip(cidr: dict, other) -> bool:
    address = _address(other) if isinstance(other, dict) else ipaddress.ip_address(_ip(other)[_IP_KEY])
    return address in _interface(cidr).network


def _contains_cidr(cidr: dict, other) -> bool:
    network = (_interface(other) if isinstance(other, dict) else _interface(_cidr(other))).network
    mine = _interface(cidr).network
    return network.version == mine.version and network.subnet_of(mine)


def _is_sorted(items: list) -> bool:
    return all(a <= b for a, b in zip(items, items[1:]))


def _min(items: list):
    if not items:
        raise ValueError("min called on empty list")
    return min(items)


def _max(items: list):
    if not items:
        raise ValueError("max called on empty list")
    return max(items)


def _index_of(items: list, item) -> int:
    for index, value in enumerate(items):
        if value == item and type(value) is type(item):
            return index
    return -1


def _last_index_of(items: list, item) -> int:
    found = _index_of(list(reversed(items)), item)
    return -1 if found < 0 else len(items) - 1 - found


def _find_all(text: str, pattern: str, limit: int = -1) -> list:
    found = [match.group(0) for match in re.finditer(pattern, text)]
    return found if limit < 0 else found[:limit]


def _library():
    from cel_expr_python import cel  # noqa: PLC0415 (compiled library: loaded on first rule)

    T = cel.Type
    opaque = T.Map(T.STRING, T.STRING)
    dyn_list = T.List(T.DYN)

    def fn(name, *overloads):
        return cel.FunctionDecl(name, [cel.Overload(f"k8s_{name}_{i}", ret, params, is_member=member, impl=impl)
                                       for i, (ret, params, member, impl) in enumerate(overloads)])

    q = _q
    return cel.CelExtension("kubernetes", [
        # lists
        fn("isSorted", (T.BOOL, [dyn_list], True, _is_sorted)),
        fn("sum", (T.DYN, [dyn_list], True, lambda items: sum(items[1:], items[0]) if items else 0)),
        fn("min", (T.DYN, [dyn_list], True, _min)),
        fn("max", (T.DYN, [dyn_list], True, _max)),
        fn("indexOf", (T.INT, [dyn_list, T.DYN], True, _index_of)),
        fn("lastIndexOf", (T.INT, [dyn_list, T.DYN], True, _last_index_of)),
        # regular expressions
        fn("find", (T.STRING, [T.STRING, T.STRING], True,
                    lambda text, pattern: (m.group(0) if (m := re.search(pattern, text)) else ""))),
        fn("findAll", (dyn_list, [T.STRING, T.STRING], True, _find_all),
           (dyn_list, [T.STRING, T.STRING, T.INT], True, _find_all)),
        # URLs
        fn("isURL", (T.BOOL, [T.STRING], False, _is_url)),
        fn("url", (opaque, [T.STRING], False, _url)),
        fn("getScheme", (T.STRING, [opaque], True, lambda u: _split(u).scheme)),
        fn("getHost", (T.STRING, [opaque], True, lambda u: _split(u).netloc.rpartition("@")[2])),
        fn("getHostname", (T.STRING, [opaque], True, lambda u: (_split(u).hostname or ""))),
        fn("getPort", (T.STRING, [opaque], True, _port)),
        fn("getEscapedPath", (T.STRING, [opaque], True, lambda u: _split(u).path)),
        fn("getQuery", (T.DYN, [opaque], True, lambda u: _query(_split(u).query))),
        # quantities
        fn("isQuantity", (T.BOOL, [T.STRING], False, lambda text: _parse_quantity(text) is not None)),
        fn("quantity", (opaque, [T.STRING], False, _quantity)),
        fn("sign", (T.INT, [opaque], True, lambda a: (q(a) > 0) - (q(a) < 0))),
        fn("isInteger", (T.BOOL, [opaque], True, lambda a: q(a).denominator == 1 and abs(q(a)) < 2 ** 63)),
        fn("asInteger", (T.INT, [opaque], True, _as_integer)),
        fn("asApproximateFloat", (T.DOUBLE, [opaque], True, lambda a: float(q(a)))),
        fn("add", (opaque, [opaque, opaque], True, lambda a, b: {_QUANTITY_KEY: str(q(a) + q(b))}),
           (opaque, [opaque, T.INT], True, lambda a, b: {_QUANTITY_KEY: str(q(a) + b)})),
        fn("sub", (opaque, [opaque, opaque], True, lambda a, b: {_QUANTITY_KEY: str(q(a) - q(b))}),
           (opaque, [opaque, T.INT], True, lambda a, b: {_QUANTITY_KEY: str(q(a) - b)})),
        fn("compareTo", (T.INT, [opaque, opaque], True, lambda a, b: (q(a) > q(b)) - (q(a) < q(b)))),
        fn("isGreaterThan", (T.BOOL, [opaque, opaque], True, lambda a, b: q(a) > q(b))),
        fn("isLessThan", (T.BOOL, [opaque, opaque], True, lambda a, b: q(a) < q(b))),
        # IP addresses and CIDRs
        fn("isIP", (T.BOOL, [T.STRING], False, _is_ip)),
        fn("ip", (opaque, [T.STRING], False, _ip),
           (opaque, [opaque], True, lambda c: {_IP_KEY: str(_interface(c).ip)})),
        fn("family", (T.INT, [opaque], True,
                      lambda v: (_address(v) if _IP_KEY in v else _interface(v)).version)),
        fn("isUnspecified", (T.BOOL, [opaque], True, lambda v: _address(v).is_unspecified)),
        fn("isLoopback", (T.BOOL, [opaque], True, lambda v: _address(v).is_loopback)),
        fn("isLinkLocalMulticast", (T.BOOL, [opaque], True,
                                    lambda v: _address(v).is_multicast and _address(v).is_link_local)),
        fn("isLinkLocalUnicast", (T.BOOL, [opaque], True,
                                  lambda v: not _address(v).is_multicast and _address(v).is_link_local)),
        fn("isGlobalUnicast", (T.BOOL, [opaque], True, lambda v: not (
            _address(v).is_multicast or _address(v).is_loopback or _address(v).is_link_local
            or _address(v).is_unspecified or str(_address(v)) == "255.255.255.255"))),
        fn("isCIDR", (T.BOOL, [T.STRING], False, _is_cidr)),
        fn("cidr", (opaque, [T.STRING], False, _cidr)),
        fn("containsIP", (T.BOOL, [opaque, T.DYN], True, _contains_ip)),
        fn("containsCIDR", (T.BOOL, [opaque, T.DYN], True, _contains_cidr)),
        fn("prefixLength", (T.INT, [opaque], True, lambda c: _interface(c).network.prefixlen)),
        fn("masked", (opaque, [opaque], True, lambda c: {_CIDR_KEY: str(_interface(c).network)})),
    ])


def _query(query: str) -> dict:
    from urllib.parse import parse_qs  # noqa: PLC0415

    return {key: values for key, values in parse_qs(query, keep_blank_values=True).items()}


@lru_cache(maxsize=None)
def _env():
    from cel_expr_python import cel  # noqa: PLC0415
    from cel_expr_python.ext import ext_bindings, ext_encoders, ext_math, ext_optional, ext_strings  # noqa: PLC0415

    return cel.NewEnv(variables={"self": cel.Type.DYN, "oldSelf": cel.Type.DYN},
                      extensions=[ext_strings.ExtStrings(), ext_optional.ExtOptional(), ext_bindings.ExtBindings(),
                                  ext_math.ExtMath(), ext_encoders.ExtEncoders(), _library()])


# --- compiling and evaluating -----------------------------------------------------------------

_FAILED: dict[str, str] = {}


@lru_cache(maxsize=None)
def compile_rule(rule: str, optional_old_self: bool = False) -> CompiledRule:
    """The compiled program of a rule (or of a ``messageExpression``), once per process."""
    transition = bool(_OLD_SELF.search(rule))
    if transition and not optional_old_self:
        return CompiledRule(None, True, None)
    text = f"cel.bind(oldSelf, optional.none(), {rule})" if transition else rule
    try:
        return CompiledRule(_env().compile(text), transition, None)
    except Exception as exc:  # noqa: BLE001 (the library raises RuntimeError with the checker's text)
        error = " ".join(str(exc).split())
        _FAILED[rule] = error
        return CompiledRule(None, transition, error)


def unevaluated_rules() -> dict[str, str]:
    """Rules met so far that could not be compiled (rule -> why), and so were not evaluated."""
    return dict(_FAILED)


def _evaluate(program, view) -> tuple[Any, Optional[str]]:
    try:
        result = program.eval(data={"self": view})
        if result.type().name() == "ERROR" and "Non-CEL value type" in str(result.value()):
            result = program.eval(data={"self": _plain(view)})  # e.g. YAML timestamps, read as text
        if result.type().name() == "ERROR":
            return None, str(result.value())
        return result.value(), None
    except Exception as exc:  # noqa: BLE001 (a value the library cannot take: a problem, not a crash)
        return None, str(exc) or type(exc).__name__


def _plain(value: Any) -> Any:
    """``value`` with what JSON cannot hold as JSON would have it (dates as their text...)."""
    if isinstance(value, dict):
        return {str(k) if not isinstance(k, (str, int, bool)) else k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(v) for v in value]
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return value


def _escape(name: str) -> Optional[str]:
    if name in _RESERVED:
        return f"__{name}__"
    if not _IDENTIFIER.match(name):
        return None  # CEL cannot reach it: left out of self
    if "_" not in name and "." not in name and "-" not in name and "/" not in name:
        return name
    return (name.replace("__", "__underscores__").replace(".", "__dot__").replace("-", "__dash__")
            .replace("/", "__slash__"))


def cel_view(schema: Optional[dict], value: Any, only: Optional[frozenset] = None) -> Any:
    """``value`` as the API server gives it to CEL (see the module's text). ``only``: the names
    (as CEL spells them) of the fields of a mapping to put in the view, when no rule can read
    others (:func:`fields_read`); all of them when None."""
    if schema is None or value is None or schema.get("x-kubernetes-int-or-string"):
        return value
    if isinstance(value, dict):
        properties = schema.get("properties")
        extra = schema.get("additionalProperties")
        if properties:
            view = {}
            for key, item in value.items():
                sub = properties.get(key, extra if isinstance(extra, dict) else None)
                if item is None and not (sub or {}).get("nullable"):
                    continue
                name = _escape(key) if key in properties else key
                if name is not None and (only is None or name in only):
                    view[name] = cel_view(sub, item)
            for key, sub in properties.items():
                if "default" in sub and (key not in value or (value[key] is None and not sub.get("nullable"))):
                    name = _escape(key)
                    if name is not None and (only is None or name in only):
                        view[name] = cel_view(sub, copy.deepcopy(sub["default"]))
            return view
        if isinstance(extra, dict):
            return {key: cel_view(extra, item) for key, item in value.items()
                    if (item is not None or extra.get("nullable")) and (only is None or key in only)}
        return value
    if isinstance(value, list):
        items = schema.get("items")
        return [cel_view(items, item) for item in value] if items else value
    if schema.get("type") == "number" and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _field_path(path: str, field_path: str) -> str:
    """``path`` extended by a rule's ``fieldPath`` (``.a.b``, ``.a['b']``)."""
    for match in re.finditer(r"\.([^.\[\]]+)|\['((?:[^'\\]|\\.)*)'\]|\[(\d+)\]", field_path):
        dotted, quoted, index = match.groups()
        if index is not None:
            path = f"{path}[{index}]"
        else:
            key = dotted if dotted is not None else quoted
            path = f"{path}.{key}" if path else key
    return path


_SELF = re.compile(r"\bself\b")
_SELF_FIELD = re.compile(r"\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)")


@per_schema
def fields_read(schema: dict) -> Optional[frozenset]:
    """The fields of ``self`` the rules of a schema node can read, when every ``self`` in their
    rules and message expressions is followed by a field name (``self.spec``, ``has(self.x)``):
    nothing else of ``self`` can reach CEL. None when a rule reads ``self`` another way
    (``self.all(...)``, ``size(self)``, ``self[...]``, ``self.?x``): then the whole value."""
    fields: set = set()
    for spec in schema.get("x-kubernetes-validations", []):
        for text in (spec.get("rule"), spec.get("messageExpression")):
            if not isinstance(text, str):
                continue
            for occurrence in _SELF.finditer(text):
                field = _SELF_FIELD.match(text, occurrence.end())
                if field is None or text[field.end():].lstrip().startswith("("):
                    return None  # self as a whole, or a method of it
                fields.add(field.group(1))
    return frozenset(fields)


def check_rules(schema: dict, value: Any, path: str, found: list) -> None:
    """Evaluate the ``x-kubernetes-validations`` of the schema node ``schema`` on ``value``; append
    ``(field path, problem)`` for each rule that fails."""
    view = None
    for spec in schema["x-kubernetes-validations"]:
        rule = spec.get("rule")
        if not isinstance(rule, str):
            continue
        compiled = compile_rule(rule, bool(spec.get("optionalOldSelf")))
        if compiled.program is None:
            continue  # a transition rule (a create has no old object), or one that does not compile
        if view is None:
            view = cel_view(schema, value, fields_read(schema) if isinstance(value, dict) else None)
        result, error = _evaluate(compiled.program, view)
        if error is not None:
            found.append((path, f"rule evaluation error: {error} (rule: {rule})"))
            continue
        if result is True:
            continue
        message = spec.get("message") or f"failed rule: {rule.strip()}"
        expression = spec.get("messageExpression")
        if isinstance(expression, str):
            compiled_message = compile_rule(expression)
            if compiled_message.program is not None:
                text, error = _evaluate(compiled_message.program, view)
                if error is None and isinstance(text, str) and text.strip() and "\n" not in text:
                    message = text
        where = _field_path(path, spec["fieldPath"]) if isinstance(spec.get("fieldPath"), str) else path
        reason = _REASONS.get(spec.get("reason", ""), "")
        suffix = "" if message == f"failed rule: {rule.strip()}" else f" (rule: {rule})"
        found.append((where, f"{reason}{message}{suffix}"))
