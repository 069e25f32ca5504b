"""Kubernetes resource quantities as the conversion webhooks write them back.

A ``resource.Quantity`` read from JSON is parsed (``ParseQuantity``) and marshalled again
(``MarshalJSON`` -> ``CanonicalizeBytes``), so ``"1024Mi"`` comes back as ``"1Gi"`` and
``"1.5"`` as ``"1500m"``, while strings already in canonical form are kept as written
(k8s.io/apimachinery ``pkg/api/resource/quantity.go``, ``amount.go``, ``suffix.go``).
A Go zero ``Quantity`` (a field never set) marshals as ``"0"``: :data:`ZERO`.
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction

__all__ = ["canonical", "ZERO"]

ZERO = "0"
_DEC_SI, _BIN_SI, _DEC_EXP = "DecimalSI", "BinarySI", "DecimalExponent"
_DECIMAL = {"n": -9, "u": -6, "m": -3, "": 0, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18}
_BINARY = {"Ki": 10, "Mi": 20, "Gi": 30, "Ti": 40, "Pi": 50, "Ei": 60}
_DECIMAL_SUFFIX = {e: s for s, e in _DECIMAL.items()}
_BINARY_SUFFIX = {e: s for s, e in _BINARY.items()}
_SUFFIX_CHARS = set("eEinumkKMGTP")
_DIGITS = set("0123456789")
_MAX_INT64 = 2 ** 63 - 1
_NANO = 10 ** 9


def _split(text: str) -> tuple[bool, str, str, str, str]:
    """``parseQuantityString``: sign, value (number text), numerator, denominator, suffix."""
    positive, pos, end = True, 0, len(text)
    if text[:1] in ("-", "+"):
        positive, pos = text[0] == "+", 1
    while True:  # leading zeros
        if pos >= end:
            return positive, "0", "0", "", ""
        if text[pos] != "0":
            break
        pos += 1
    start = pos
    while pos < end and text[pos] in _DIGITS:
        pos += 1
    num = text[start:pos] or "0"
    if pos >= end:
        return positive, text, num, "", ""
    denom = ""
    if text[pos] == ".":
        pos += 1
        start = pos
        while pos < end and text[pos] in _DIGITS:
            pos += 1
        denom = text[start:pos]
        if pos >= end:
            return positive, text, num, denom, ""
    value, suffix_start = text[:pos], pos
    while pos < end and text[pos] in _SUFFIX_CHARS:
        pos += 1
    if pos < end and text[pos] in "+-":
        pos += 1
    while pos < end and text[pos] in _DIGITS:
        pos += 1
    if pos < end:
        raise ValueError(f"quantities must match the regular expression of Kubernetes ({text!r})")
    return positive, value, num, denom, text[suffix_start:]


def _interpret(suffix: str) -> tuple[int, int, str]:
    if suffix in _DECIMAL:
        return 10, _DECIMAL[suffix], _DEC_SI
    if suffix in _BINARY:
        return 2, _BINARY[suffix], _BIN_SI
    if len(suffix) > 1 and suffix[0] in "eE":
        try:
            return 10, int(suffix[1:], 10), _DEC_EXP
        except ValueError:
            pass
    raise ValueError(f"unable to parse quantity's suffix ({suffix!r})")


def _parse(text: str) -> tuple[Fraction, str] | str:
    """``ParseQuantity``: the exact amount and format, or the text itself when Go keeps it."""
    if text == "":
        raise ValueError("quantities must match the regular expression of Kubernetes ('')")
    if text == "0":
        return text
    positive, value, num, denom, suffix = _split(text)
    base, exponent, form = _interpret(suffix)
    mantissa, scale = 1, 0
    if form in (_DEC_EXP, _DEC_SI):
        scale, precision = exponent, 18 - (len(num) + len(denom))
    elif exponent >= 0 and not denom:
        mantissa = 1 << exponent
        precision = 15 - len(num) - exponent * 3 // 10 - 1
    else:
        precision = -1
    if precision >= 0:
        scale -= len(denom)
        if scale >= -9:
            shifted = num + denom
            number = int(shifted)
            result = number * mantissa
            if result <= _MAX_INT64:
                if form == _BIN_SI:
                    if exponent % 10 == 0 and number & 0x07:
                        return text
                elif scale % 3 == 0 and not shifted.endswith("000") and shifted[0] != "0":
                    return text
                amount = Fraction(result if positive else -result) * Fraction(10) ** scale
                return amount, form
    try:
        amount = Fraction(Decimal(value))
    except InvalidOperation:
        raise ValueError(f"unable to parse quantity's numeric part ({text!r})") from None
    amount *= Fraction(10) ** exponent if base == 10 else 2 ** exponent
    negative, amount = amount < 0, abs(amount)
    if amount:
        amount = Fraction(-(-amount.numerator * _NANO // amount.denominator), _NANO)  # round up to nano
    if form == _BIN_SI and amount > _MAX_INT64:
        amount = Fraction(_MAX_INT64)
    if form == _BIN_SI and 0 < amount < 1:
        form = _DEC_SI
    return (-amount if negative else amount), form


def _decimal(amount: Fraction, form: str) -> str:
    """``AsCanonicalBytes``: the digits without trailing zeros, the exponent lowered to a multiple of 3."""
    exponent = 0
    while amount.denominator != 1:  # denominators are 2^a * 5^b, at most 10^9 after parsing
        amount *= 10
        exponent -= 1
    digits = amount.numerator
    while digits % 10 == 0:
        digits //= 10
        exponent += 1
    shift = exponent % 3
    digits, exponent = digits * 10 ** shift, exponent - shift
    if form == _DEC_EXP:
        return f"{digits}e{exponent}" if exponent else str(digits)
    if exponent not in _DECIMAL_SUFFIX:
        raise ValueError("quantity outside the range of the decimal SI suffixes")
    return f"{digits}{_DECIMAL_SUFFIX[exponent]}"


def _format(amount: Fraction, form: str) -> str:
    """``CanonicalizeBytes``."""
    if amount == 0:
        return ZERO
    if form == _BIN_SI and (-1024 < amount < 1024 or amount.denominator != 1):
        form = _DEC_SI
    if form != _BIN_SI:
        return _decimal(amount, form)
    number, times = abs(amount.numerator), 0
    while number >= 1024 and number % 1024 == 0:
        number //= 1024
        times += 1
    return f"{'-' if amount < 0 else ''}{number}{_BINARY_SUFFIX[times * 10]}"


def canonical(value: object) -> str:
    """The string a Quantity read from ``value`` (a string or a JSON number) marshals to."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError("a quantity must be a string or a number")
    parsed = _parse((value if isinstance(value, str) else repr(value)).strip())
    return parsed if isinstance(parsed, str) else _format(*parsed)
