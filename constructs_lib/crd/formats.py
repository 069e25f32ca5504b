"""The string ``format``\\ s the Kubernetes API server checks in custom resources, and ``byte`` and
``date-time`` of the core kinds.

The API server validates a CRD's string against its schema's ``format`` for the formats that
``k8s.io/apiextensions-apiserver`` supports (``pkg/apiserver/validation/formats.go``: the formats of
``go-openapi/strfmt`` frozen at Kubernetes 1.16) and ignores every other format (``idn-hostname``
of Cilium's policies, for one). Each checker here follows the strfmt check of the same name: Go's
``net.ParseIP``/``net.ParseCIDR``/``net.ParseMAC``, ``url.ParseRequestURI``, ``mail.ParseAddress``,
``base64.StdEncoding``, RFC 3339 dates and times, Go durations, and the regular expressions strfmt
uses for the UUIDs, colours and the like.

:func:`format_problem` is the one entry point: ``None`` when ``value`` is valid for ``format`` (or
the format is not one the API server checks), else what the value must be.
"""
from __future__ import annotations

import base64
import binascii
import datetime
import ipaddress
import re
from typing import Callable, Optional

__all__ = ["CHECKED_FORMATS", "INT_RANGES", "QUANTITY", "format_problem"]

INT_RANGES = {"int32": (-(2 ** 31), 2 ** 31 - 1), "int64": (-(2 ** 63), 2 ** 63 - 1)}
"""The range of an integer of each ``format`` (the API server keeps int32 and int64 in range)."""
QUANTITY = re.compile(r"^([+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+))"
                      r"(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$")
"""A Kubernetes quantity's text (``x-kubernetes-quantity``, and CEL's ``quantity()``): a number
(group 1) with an optional suffix (group 2)."""

_UUID = r"(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?%s[0-9a-f]{3}-?%s[0-9a-f]{3}-?[0-9a-f]{12}$"
_RX = {
    "bsonobjectid": re.compile(r"^[0-9a-fA-F]{24}$"),
    "uuid": re.compile(r"(?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$"),
    "uuid3": re.compile(_UUID % ("3", "[0-9a-f]")),
    "uuid4": re.compile(_UUID % ("4", "[89ab]")),
    "uuid5": re.compile(_UUID % ("5", "[89ab]")),
    "ssn": re.compile(r"^\d{3}[- ]?\d{2}[- ]?\d{4}$"),
    "hexcolor": re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$"),
    "rgbcolor": re.compile(r"^rgb\(\s*(0|[1-9]\d?|1\d\d?|2[0-4]\d|25[0-5])\s*,\s*(0|[1-9]\d?|1\d\d?|2[0-4]\d|25[0-5])"
                           r"\s*,\s*(0|[1-9]\d?|1\d\d?|2[0-4]\d|25[0-5])\s*\)$"),
}
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_TIME = re.compile(r"^(\d{2}):(\d{2}):(\d{2})(\.\d+)?([zZ]|[+-](\d{2}):(\d{2}))$")
_HOST_LABEL = re.compile(r"^(?!-)[\w-]{1,63}(?<!-)$", re.UNICODE)
_MAC = re.compile(r"^(?:[0-9a-fA-F]{2}(?P<sep>[:-])(?:[0-9a-fA-F]{2}(?P=sep)){4,18}[0-9a-fA-F]{2}"
                  r"|(?:[0-9a-fA-F]{4}\.){2,9}[0-9a-fA-F]{4})$")
_DURATION_GO = re.compile(r"^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$|^[-+]?0$")
_DURATION_UNITS = ("ns|us|µs|ms|s|m|h|d|w|nanoseconds?|microseconds?|milliseconds?|seconds?|minutes?|"
                   "hours?|days?|weeks?")
_DURATION_WORDS = re.compile(rf"^\s*(?:\d+\s*(?:{_DURATION_UNITS})\s*)+$")
_EMAIL_ADDR = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$|^\"[^\"]*\"@[A-Za-z0-9.-]+$")
_EMAIL_NAMED = re.compile(r"^[^<>]*<([^<>]+)>$")
_CARD = re.compile(r"^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}|(222[1-9]|22[3-9][0-9]|2[3-6][0-9]{2}|27[01][0-9]"
                   r"|2720)[0-9]{12}|6(?:011|5[0-9][0-9])[0-9]{12}|3[47][0-9]{13}|3(?:0[0-5]|[68][0-9])[0-9]{11}"
                   r"|(?:2131|1800|35\d{3})\d{11}|6[27][0-9]{14})$")


def _byte(value: str) -> bool:
    # Go's base64.StdEncoding: the standard alphabet with padding; it skips CR and LF
    try:
        base64.b64decode(value.replace("\r", "").replace("\n", ""), validate=True)
    except (binascii.Error, ValueError):
        return False
    return True


def _date(value: str) -> bool:
    match = _DATE.match(value)
    if not match:
        return False
    try:
        datetime.date(*map(int, match.groups()))
    except ValueError:
        return False
    return True


def _date_time(value: str) -> bool:
    date, sep, time = value.partition("T") if "T" in value else value.partition("t")
    if not sep or not _date(date):
        return False
    match = _TIME.match(time)
    if not match:
        return False
    hour, minute, second = int(match.group(1)), int(match.group(2)), int(match.group(3))
    if hour > 23 or minute > 59 or second > 60:
        return False
    return match.group(6) is None or (int(match.group(6)) <= 23 and int(match.group(7)) <= 59)


def _hostname(value: str) -> bool:
    # RFC 1034 section 3.1 as strfmt reads it: labels of letters, digits and hyphens (letters of
    # any script), not starting or ending with a hyphen; at most 255 characters in all
    if not value or len(value) > 255:
        return False
    labels = value[:-1].split(".") if value.endswith(".") else value.split(".")
    return all(_HOST_LABEL.match(label) and "_" not in label for label in labels)


def _ip(value: str, version: int) -> bool:
    if "%" in value:  # Go's net.ParseIP takes no zone
        return False
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return False
    # strfmt: an ipv4 is what net.ParseIP parses and holds a dot, an ipv6 holds a colon
    return ("." in value and address.version == 4) if version == 4 else ":" in value


def _cidr(value: str) -> bool:
    address, slash, prefix = value.partition("/")
    if not slash or not prefix.isdigit() or "%" in address:
        return False
    try:
        ipaddress.ip_network(value, strict=False)  # net.ParseCIDR allows host bits
    except ValueError:
        return False
    return True


def _uri(value: str) -> bool:
    # url.ParseRequestURI: an absolute URI (scheme:...) or an absolute path, no spaces or controls
    if not value or any(c.isspace() or ord(c) < 0x20 or ord(c) == 0x7F for c in value):
        return False
    return value.startswith("/") or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", value) is not None


def _email(value: str) -> bool:
    named = _EMAIL_NAMED.match(value.strip())
    address = named.group(1) if named else value
    return _EMAIL_ADDR.match(address) is not None and ".." not in address.split("@")[-1]


def _duration(value: str) -> bool:
    return bool(_DURATION_GO.match(value) or _DURATION_WORDS.match(value))


def _luhn(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


def _creditcard(value: str) -> bool:
    digits = re.sub(r"[^0-9]", "", value)
    return bool(_CARD.match(digits)) and _luhn(digits)


def _isbn10(value: str) -> bool:
    digits = re.sub(r"[\s-]", "", value)
    if not re.fullmatch(r"[0-9]{9}[0-9X]", digits):
        return False
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
    return total % 11 == 0


def _isbn13(value: str) -> bool:
    digits = re.sub(r"[\s-]", "", value)
    if not re.fullmatch(r"[0-9]{13}", digits):
        return False
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(digits[:12]))
    return (10 - total % 10) % 10 == int(digits[12])


_CHECKS: dict[str, tuple[Callable[[str], bool], str]] = {
    "byte": (_byte, "base64-encoded data"),
    "date": (_date, "a date (RFC 3339 full-date, e.g. 2006-01-02)"),
    "date-time": (_date_time, "a date and time (RFC 3339, e.g. 2006-01-02T15:04:05Z)"),
    "duration": (_duration, "a duration (e.g. 1h30m)"),
    "uri": (_uri, "an absolute URI or an absolute path"),
    "email": (_email, "an email address"),
    "hostname": (_hostname, "a host name (RFC 1034)"),
    "ipv4": (lambda v: _ip(v, 4), "an IPv4 address"),
    "ipv6": (lambda v: _ip(v, 6), "an IPv6 address"),
    "cidr": (_cidr, "a CIDR (address/prefix length)"),
    "mac": (lambda v: _MAC.match(v) is not None, "a MAC address"),
    "creditcard": (_creditcard, "a credit card number"),
    "isbn": (lambda v: _isbn10(v) or _isbn13(v), "an ISBN-10 or ISBN-13"),
    "isbn10": (_isbn10, "an ISBN-10"),
    "isbn13": (_isbn13, "an ISBN-13"),
    "password": (lambda v: True, "any string"),
}
_CHECKS["datetime"] = _CHECKS["date-time"]
for _name, _rx in _RX.items():
    _CHECKS[_name] = (_rx.match, {"bsonobjectid": "a BSON object id (24 hex digits)", "ssn": "a U.S. social security number",
                                  "hexcolor": "a hex colour (#RGB or #RRGGBB)",
                                  "rgbcolor": "an RGB colour (rgb(R,G,B))"}.get(_name, f"a {_name.upper()}"))

CHECKED_FORMATS = frozenset(_CHECKS)
"""The string formats checked: those the API server checks in custom resources."""


def format_problem(format: str, value: str) -> Optional[str]:
    """What ``value`` must be, when it is not valid for ``format``; ``None`` when it is valid or the
    API server does not check the format."""
    check = _CHECKS.get(format)
    if check is None or check[0](value):
        return None
    return f"must be {check[1]} (format {format})"
