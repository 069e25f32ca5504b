"""Go durations as Cluster API converts them: ``metav1.Duration`` strings to whole seconds.

:func:`parse_duration` is Go's ``time.ParseDuration`` (``time/format.go``), float arithmetic of
fractions included, so that ``1.5h`` or ``0.1s`` give the nanoseconds Go gives.
:func:`to_seconds` is ``ConvertToSeconds`` of Cluster API v1.14.0
(``api/core/v1beta2/conversion.go``): ``math.Trunc(d.Seconds())``, capped at ``MaxInt32``.
"""
from __future__ import annotations

import math

__all__ = ["parse_duration", "to_seconds", "duration_seconds"]

_UNITS = {
    b"ns": 1, b"us": 1_000, "µs".encode(): 1_000, "μs".encode(): 1_000,  # U+00B5 and U+03BC
    b"ms": 1_000_000, b"s": 1_000_000_000, b"m": 60_000_000_000, b"h": 3_600_000_000_000,
}
_MAX = 1 << 63
_MAX_INT32 = 2 ** 31 - 1
_MIN_INT32 = -(2 ** 31)
_DIGITS = b"0123456789"


def _leading_int(s: bytes) -> tuple[int, bytes]:
    x, i = 0, 0
    while i < len(s) and s[i] in _DIGITS:
        if x > _MAX // 10:
            raise ValueError
        x = x * 10 + s[i] - 48
        if x > _MAX:
            raise ValueError
        i += 1
    return x, s[i:]


def _leading_fraction(s: bytes) -> tuple[int, float, bytes]:
    x, scale, i, overflow = 0, 1.0, 0, False
    while i < len(s) and s[i] in _DIGITS:
        if not overflow:
            if x > (_MAX - 1) // 10:
                overflow = True
            else:
                y = x * 10 + s[i] - 48
                if y > _MAX:
                    overflow = True
                else:
                    x, scale = y, scale * 10
        i += 1
    return x, scale, s[i:]


def parse_duration(text: str) -> int:
    """Nanoseconds of a Go duration string (``"10m0s"``, ``"1.5h"``, ``"-3s"``); ValueError if invalid."""
    s = text.encode()
    neg = False
    if s[:1] in (b"-", b"+"):
        neg, s = s[:1] == b"-", s[1:]
    if s == b"0":
        return 0
    if not s:
        raise ValueError(f"invalid duration {text!r}")
    total = 0
    while s:
        if not (s[:1] == b"." or s[0] in _DIGITS):
            raise ValueError(f"invalid duration {text!r}")
        before = len(s)
        try:
            v, s = _leading_int(s)
        except ValueError:
            raise ValueError(f"invalid duration {text!r}") from None
        pre = before != len(s)
        post, f, scale = False, 0, 1.0
        if s[:1] == b".":
            s = s[1:]
            before = len(s)
            f, scale, s = _leading_fraction(s)
            post = before != len(s)
        if not pre and not post:
            raise ValueError(f"invalid duration {text!r}")
        i = 0
        while i < len(s) and not (s[i:i + 1] == b"." or s[i] in _DIGITS):
            i += 1
        if i == 0:
            raise ValueError(f"missing unit in duration {text!r}")
        unit = _UNITS.get(s[:i])
        if unit is None:
            raise ValueError(f"unknown unit {s[:i].decode(errors='replace')!r} in duration {text!r}")
        s = s[i:]
        if v > _MAX // unit:
            raise ValueError(f"invalid duration {text!r}")
        v *= unit
        if f > 0:
            v += int(float(f) * (float(unit) / scale))  # Go: uint64(float64(f) * (float64(unit) / scale))
            if v > _MAX:
                raise ValueError(f"invalid duration {text!r}")
        total += v
        if total > _MAX:
            raise ValueError(f"invalid duration {text!r}")
    if neg:
        return -total
    if total > _MAX - 1:
        raise ValueError(f"invalid duration {text!r}")
    return total


def to_seconds(nanoseconds: int) -> int:
    """``ConvertToSeconds``: ``math.Trunc(d.Seconds())`` as int32, durations above MaxInt32 seconds capped."""
    sec = abs(nanoseconds) // 1_000_000_000 * (1 if nanoseconds >= 0 else -1)  # Go: d / Second
    nsec = nanoseconds - sec * 1_000_000_000                                  # Go: d % Second
    seconds = math.trunc(float(sec) + float(nsec) / 1e9)                      # Go: Duration.Seconds()
    if seconds > _MAX_INT32:
        return _MAX_INT32
    if seconds < _MIN_INT32:
        raise ValueError("duration below the int32 range of seconds")  # Go's conversion is undefined there
    return seconds


def duration_seconds(text: str) -> int:
    """Whole seconds of a ``metav1.Duration`` string, as Cluster API's conversion stores them."""
    return to_seconds(parse_duration(text))
