"""Manifest streams as YAML: what ``dist/`` files and the IPAM Job's ConfigMap hold, byte-stable."""
from __future__ import annotations

import re

import yaml

try:  # the C emitter is several times faster; fall back to the pure-Python one
    _BaseDumper = yaml.CSafeDumper
except AttributeError:  # pragma: no cover - libyaml missing
    _BaseDumper = yaml.SafeDumper


class _ManifestDumper(_BaseDumper):
    """Block-style YAML; multi-line strings as literal blocks so embedded files stay readable."""


def _represent_str(dumper, value: str):
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_ManifestDumper.add_representer(str, _represent_str)


_DUMP_OPTIONS = {"Dumper": _ManifestDumper, "sort_keys": False, "default_flow_style": False,
                 "allow_unicode": True, "width": 1 << 20}


def dump_documents(documents: list[dict]) -> str:
    """One multi-document YAML stream, each document introduced by ``---``.

    The bytes are those of ``yaml.dump_all`` with :class:`_ManifestDumper`. Most of that
    function's time goes into building a node graph in Python, so the block structure is written
    here directly and only the text of each distinct scalar is taken from the dumper (and kept).
    Any stream this writer does not cover exactly (shared or unusual objects, keep-chomped block
    scalars, complex keys) is handed to ``yaml.dump_all`` as a whole.
    """
    try:
        return _BlockWriter().stream(documents)
    except _NotCovered:
        return dump_documents_with_pyyaml(documents)


def dump_documents_with_pyyaml(documents: list[dict]) -> str:
    """:func:`dump_documents` by ``yaml.dump_all`` alone (the reference for its bytes)."""
    return yaml.dump_all(documents, explicit_start=True, **_DUMP_OPTIONS)


class _NotCovered(Exception):
    """The stream holds something only ``yaml.dump_all`` writes exactly."""


_LONGEST_SCALAR = 1 << 16  # far below the line width: no scalar is ever folded
# (type, value) -> how the dumper writes a scalar: (" text", None) on the line of its key or
# dash, or (" |hints", [body lines, relative to the content indentation]) for a block scalar.
_SCALARS: dict = {}
_KEYS: dict = {}  # (type, key) -> the text of a mapping key
# Line breaks other than "\n": the dumper may break a scalar there and indent what follows.
_OTHER_BREAKS = re.compile("[\r\x85\u2028\u2029]")


# Strings the dumper writes as they are (plain, unquoted): a letter, then letters, digits and
# ``_ . / -``, and not one of the words YAML 1.1 reads as a boolean or null. Written without
# asking the dumper, which matters for a first run (every scalar is new then).
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_./-]*")
_NOT_PLAIN_WORDS = frozenset(
    "yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL".split())


def _plain(value, longest: int = 1024) -> bool:
    return value.__class__ is str and len(value) < longest and _PLAIN.fullmatch(value) is not None \
        and value not in _NOT_PLAIN_WORDS


def _cache_key(value) -> tuple:
    # 0.0 == -0.0 (and hash alike), but YAML writes them differently: floats go by their text.
    return (float, repr(value)) if value.__class__ is float else (value.__class__, value)


def _scalar(value) -> tuple[str, list[str] | None]:
    cache_key = _cache_key(value)
    try:
        return _SCALARS[cache_key]
    except KeyError:
        pass
    if _plain(value):
        result = _SCALARS[cache_key] = (" " + value, None)
        return result
    if value.__class__ not in (str, int, bool, float, type(None)) or (
            value.__class__ is str and len(value) > _LONGEST_SCALAR):
        raise _NotCovered
    text = yaml.dump({"k": value}, **_DUMP_OPTIONS)
    if not text.startswith("k: ") or not text.endswith("\n") or _OTHER_BREAKS.search(text):
        raise _NotCovered
    first, *body = text[3:-1].split("\n")
    if body:  # a block scalar: "|" with hints, content lines indented by two spaces
        if not first.startswith("|") or "+" in first or any(line and not line.startswith("  ")
                                                             for line in body):
            raise _NotCovered
        result = (" " + first, [line[2:] for line in body])
    else:
        result = (" " + first, None)
    _SCALARS[cache_key] = result
    return result


def _key(key) -> str:
    cache_key = _cache_key(key)
    try:
        return _KEYS[cache_key]
    except KeyError:
        pass
    if _plain(key, 128):  # a longer key is written as a complex key ("? key")
        _KEYS[cache_key] = key
        return key
    if key.__class__ not in (str, int, bool, float, type(None)) or (
            key.__class__ is str and len(key) > _LONGEST_SCALAR):
        raise _NotCovered
    text = yaml.dump({key: 0}, **_DUMP_OPTIONS)
    if not text.endswith(": 0\n") or "\n" in text[:-1] or text.startswith("? ") or _OTHER_BREAKS.search(text):
        raise _NotCovered  # a complex key ("? ...") or a multi-line one
    _KEYS[cache_key] = text[:-4]
    return text[:-4]


class _BlockWriter:
    """Block-style YAML as the dumper writes it (two-space indent, sequences not indented
    under their key, empty collections as ``{}`` and ``[]``)."""

    def __init__(self):
        self.lines: list[str] = []
        self.seen: set[int] = set()  # collections of the current document (the dumper aliases repeats)

    def stream(self, documents) -> str:
        lines = self.lines
        for document in documents:
            if document.__class__ is not dict or not document:
                raise _NotCovered
            self.seen = {id(document)}
            lines.append("---")
            self.mapping(document, 0, None)
        return "\n".join(lines) + "\n" if lines else yaml.dump_all([], explicit_start=True, **_DUMP_OPTIONS)

    def _enter(self, collection) -> None:
        if id(collection) in self.seen:
            raise _NotCovered
        self.seen.add(id(collection))

    def mapping(self, mapping: dict, indent: int, lead: str | None) -> None:
        lines = self.lines
        pad = " " * indent
        for key, value in mapping.items():
            prefix = (pad if lead is None else lead) + _key(key) + ":"
            lead = None
            cls = value.__class__
            if cls is dict:
                self._enter(value)
                if value:
                    lines.append(prefix)
                    self.mapping(value, indent + 2, None)
                else:
                    lines.append(prefix + " {}")
            elif cls is list:
                self._enter(value)
                if value:
                    lines.append(prefix)
                    self.sequence(value, indent, None)
                else:
                    lines.append(prefix + " []")
            else:
                self.scalar(value, indent + 2, prefix)

    def sequence(self, sequence: list, indent: int, lead: str | None) -> None:
        lines = self.lines
        pad = " " * indent
        for item in sequence:
            prefix = (pad if lead is None else lead) + "-"
            lead = None
            cls = item.__class__
            if cls is dict:
                self._enter(item)
                if item:
                    self.mapping(item, indent + 2, prefix + " ")
                else:
                    lines.append(prefix + " {}")
            elif cls is list:
                self._enter(item)
                if item:
                    self.sequence(item, indent + 2, prefix + " ")
                else:
                    lines.append(prefix + " []")
            else:
                self.scalar(item, indent + 2, prefix)

    def scalar(self, value, indent: int, prefix: str) -> None:
        head, body = _scalar(value)
        self.lines.append(prefix + head)
        if body is not None:
            pad = " " * indent
            self.lines.extend([pad + line if line else "" for line in body])


def load_documents(text: str) -> list[dict]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return [doc for doc in yaml.load_all(text, Loader=loader) if doc]

