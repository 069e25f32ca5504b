"""Byte-exact reimplementations of the Go/Sprig functions the chart's names depend on.

The chart derives object names from content hashes computed over text produced by Go's
``encoding/json`` (``mustToJson``), ``fmt`` ``%q`` (``quote``) and ``sigs.k8s.io/yaml``
(``toYaml``). A migrated cluster keeps its names only if those bytes are reproduced exactly.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re

__all__ = ["go_json", "go_quote", "sha1_8", "to_yaml", "b64enc"]

_JSON_HTML_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JSON_HTML_RE = re.compile("[<>&\u2028\u2029]")


def go_json(value) -> str:
    """``json.Marshal`` as Go does it: sorted map keys, no spaces, HTML-safe escaping."""
    text = json.dumps(_go_json_ready(value), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return _JSON_HTML_RE.sub(lambda m: _JSON_HTML_ESCAPES[m.group(0)], text)


def _go_json_ready(value):
    if isinstance(value, dict):
        return {str(k): _go_json_ready(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_go_json_ready(v) for v in value]
    return value


def go_quote(text: str) -> str:
    """``strconv.Quote`` (what Sprig's ``quote`` and ``%q`` produce) for valid UTF-8 text."""
    if text.isascii():  # the common case (JSON, base64): one C-level pass over the text
        return '"' + text.translate(_ASCII_QUOTE) + '"'
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[ch])
        elif _go_printable(ch):
            out.append(ch)
        elif code < 0x10000:
            out.append(f"\\x{code:02x}" if code < 0x80 else f"\\u{code:04x}")
        else:
            out.append(f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


_SHORT_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}
# What the loop of go_quote yields for the ASCII characters it changes: ``"`` and ``\`` are
# escaped, control characters get their short escape or ``\xNN``; printable ones stay.
_ASCII_QUOTE = {code: ('\\"' if chr(code) == '"' else "\\\\" if chr(code) == "\\" else
                       _SHORT_ESCAPES.get(chr(code), f"\\x{code:02x}"))
                for code in (*range(0x20), 0x22, 0x5C, 0x7F)}


def _go_printable(ch: str) -> bool:
    # strconv.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
    import unicodedata

    if ch == " ":
        return True
    return unicodedata.category(ch)[0] in "LMNPS"


def sha1_8(text: str) -> str:
    """First eight hex digits of the SHA-1 of ``text`` (Sprig ``sha1sum | trunc 8``)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def b64enc(text: str) -> str:
    """Sprig ``b64enc``: standard base64 of the UTF-8 bytes."""
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


# --- toYaml -------------------------------------------------------------------------------
# Helm's toYaml is sigs.k8s.io/yaml.Marshal (a JSON round trip, then go-yaml v2) with the final
# newline trimmed. Values reach it after a JSON round trip: maps have string keys, sorted
# byte-wise, and every number is a float64. go-yaml wraps long scalars at 80 columns.

_BEST_WIDTH = 80


def to_yaml(value) -> str:
    """Helm ``toYaml``: block-style YAML as go-yaml v2 writes it, without the final newline."""
    out: list[str] = []
    _node(value, 0, out, prefix="")
    return "\n".join(out)


def _node(value, indent: int, out: list[str], prefix: str) -> None:
    """Emit ``value`` whose first line starts with ``prefix`` (already indented)."""
    if isinstance(value, dict) and value:
        first = True
        for key in sorted(value, key=lambda k: str(k).encode("utf-8")):
            lead = prefix if first else " " * indent
            first = False
            _entry(_key(str(key)), value[key], indent, out, lead)
    elif isinstance(value, (list, tuple)) and value:
        first = True
        for item in value:
            lead = prefix if first else " " * indent
            first = False
            _item(item, indent, out, lead)
    else:
        out.extend(_scalar_lines(value, prefix, indent))


def _entry(key: str, value, indent: int, out: list[str], lead: str) -> None:
    head = f"{lead}{key}:"
    if isinstance(value, dict) and value:
        out.append(head)
        _node(value, indent + 2, out, " " * (indent + 2))
    elif isinstance(value, (list, tuple)) and value:
        out.append(head)
        # go-yaml v2 does not indent a sequence under its mapping key.
        _node(value, indent, out, " " * indent)
    else:
        out.extend(_scalar_lines(value, head + " ", indent + 2))


def _item(item, indent: int, out: list[str], lead: str) -> None:
    _node(item, indent + 2, out, lead + "- ") if _is_collection(item) else \
        out.extend(_scalar_lines(item, lead + "- ", indent + 2))


def _is_collection(value) -> bool:
    return isinstance(value, (dict, list, tuple)) and bool(value)


def _scalar_lines(value, prefix: str, indent: int) -> list[str]:
    """The lines of a scalar written after ``prefix``; ``indent`` is the continuation indent."""
    if isinstance(value, dict):
        return [prefix + "{}"]
    if isinstance(value, (list, tuple)):
        return [prefix + "[]"]
    if not isinstance(value, str):
        return [prefix + _non_string(value)]
    style = _string_style(value)
    if style == "literal":
        return [prefix + _literal_header(value)] + _literal_body(value, indent)
    return _wrapped(value, style, prefix, indent)


def _key(text: str) -> str:
    # Keys are simple keys: never wrapped, never block scalars.
    style = _string_style(text)
    if style == "literal":
        style = "double"
    return "".join(_wrapped(text, style, "", 0, allow_breaks=False))


def _non_string(value) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return _number(value)


def _number(value) -> str:
    number = float(value)
    if math.isinf(number):
        return ".inf" if number > 0 else "-.inf"
    if math.isnan(number):
        return ".nan"
    if number == int(number) and abs(number) < 1e21:
        return str(int(number))
    # Go's strconv.FormatFloat(f, 'g', -1, 64), which go-yaml uses for float64.
    text = repr(number)
    if "e" in text:
        mantissa, exp = text.split("e")
        sign = "-" if exp.startswith("-") else "+"
        text = f"{mantissa}e{sign}{exp.lstrip('+-').zfill(2)}"
    return text


# -- scalar style, after go-yaml's encoder (stringv) and emitter (analyze/select_scalar_style) --

_RESOLVE_MAP = {
    "", "~", "null", "Null", "NULL",
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
    "true", "True", "TRUE", "false", "False", "FALSE",
    "on", "On", "ON", "off", "Off", "OFF",
    ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ".nan", ".NaN", ".NAN", "<<",
}
_YAML_STYLE_FLOAT = re.compile(r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")
_BASE60_FLOAT = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")
_TIMESTAMP = re.compile(r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(([Tt]| +)[0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]*)?"
                        r"(Z|[-+][0-9]{1,2}(:[0-9]{2})?)?)?$")
_GO_INT = re.compile(r"^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[1-9][0-9]*|0)$")


def _resolves_to_non_string(text: str) -> bool:
    """True when go-yaml would read the plain scalar back as something other than a string."""
    if text in _RESOLVE_MAP:
        return True
    first = text[0]
    if first in "+-0123456789":
        if first not in "+-" and _TIMESTAMP.match(text):
            return True
        plain = text.replace("_", "")
        if _GO_INT.match(plain) or _YAML_STYLE_FLOAT.match(plain):
            return True
        if plain.startswith(("0b", "-0b")):
            return True
    elif first == ".":
        if _YAML_STYLE_FLOAT.match(text) or re.match(r"^\.[0-9]", text):
            return True
    return _BASE60_FLOAT.match(text) is not None


def _special(ch: str) -> bool:
    code = ord(ch)
    if ch == "\n":
        return False
    if code == 0x09 or code < 0x20 or code == 0x7F or 0x80 <= code <= 0x9F:
        return True
    return ch in "\ufeff" or 0xD800 <= code <= 0xDFFF or code in (0xFFFE, 0xFFFF)


def _string_style(text: str) -> str:
    if "\n" in text:
        return "literal" if _block_allowed(text) else "double"
    if not text or _resolves_to_non_string(text):
        return "double"
    if any(_special(ch) for ch in text):
        return "double"
    return "plain" if _plain_allowed(text) else "single"


def _block_allowed(text: str) -> bool:
    if any(_special(ch) for ch in text):
        return False
    if text.endswith(" ") or " \n" in text:
        return False
    return True


def _plain_allowed(text: str) -> bool:
    if text.startswith(("---", "...")):
        return False
    if text[0] in " " or text[-1] in " ":
        return False
    for i, ch in enumerate(text):
        followed_by_blank = i + 1 >= len(text) or text[i + 1] in " \t\n"
        if i == 0:
            if ch in "#,[]{}&*!|>'\"%@`":
                return False
            if ch in "?:-" and followed_by_blank:
                return False
        else:
            if ch == ":" and followed_by_blank:
                return False
            if ch == "#" and text[i - 1] in " \t":
                return False
    return True


def _literal_header(text: str) -> str:
    indicator = "2" if text[0] in " \n" else ""
    if not text.endswith("\n"):
        chomp = "-"
    elif text.endswith("\n\n") or text == "\n":
        chomp = "+"
    else:
        chomp = ""
    return "|" + indicator + chomp


def _literal_body(text: str, indent: int) -> list[str]:
    body = text[:-1] if text.endswith("\n") else text
    pad = " " * indent
    return [pad + line if line else "" for line in body.split("\n")]


def _wrapped(text: str, style: str, prefix: str, indent: int, allow_breaks: bool = True) -> list[str]:
    """Write a flow scalar after ``prefix`` as go-yaml does, breaking at spaces past column 80."""
    if style == "plain":
        open_, close, body = "", "", text
    elif style == "single":
        open_, close, body = "'", "'", text
    else:
        open_, close, body = '"', '"', text
    lines: list[str] = []
    line = prefix + open_
    spaces = False
    n = len(body)
    for i, ch in enumerate(body):
        if ch == " ":
            nxt_space = i + 1 < n and body[i + 1] == " "
            can_break = allow_breaks and not spaces and len(line) > _BEST_WIDTH
            if style == "plain":
                can_break = can_break and not nxt_space
            elif style == "single":
                can_break = can_break and i != 0 and i != n - 1 and not nxt_space
            else:
                can_break = can_break and i != 0 and i != n - 1
            if can_break:
                lines.append(line)
                line = " " * indent
                if style == "double" and nxt_space:
                    line += "\\"
            else:
                line += ch
            spaces = True
            continue
        spaces = False
        if style == "single" and ch == "'":
            line += "''"
        elif style == "double":
            line += _double_escape(ch)
        else:
            line += ch
    lines.append(line + close)
    return lines


def _double_escape(ch: str) -> str:
    escapes = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0",
               "\a": "\\a", "\b": "\\b", "\v": "\\v", "\f": "\\f", "\x1b": "\\e",
               "\x85": "\\N", "\xa0": "\\_", "\u2028": "\\L", "\u2029": "\\P"}
    if ch in escapes:
        return escapes[ch]
    code = ord(ch)
    if _special(ch) or code == 0xFEFF:
        if code <= 0xFF:
            return f"\\x{code:02X}"
        if code <= 0xFFFF:
            return f"\\u{code:04X}"
        return f"\\U{code:08X}"
    return ch
