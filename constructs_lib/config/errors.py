"""Errors of a values file: where (file, field path), what was found (masked), what is allowed.

Paths use the chart's camelCase names joined with dots, list positions as ``[i]``:
``connectivity.network.services.cidrBlocks[0]``. Map keys are written as they are, so a
registry host or label key containing dots reads naturally (``containerRegistries.docker.io``).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Sequence

__all__ = [
    "FieldError",
    "ConfigError",
    "MASK",
    "SECRET_KEYS",
    "is_secret_path",
    "render_value",
    "join_path",
    "key_path",
]

MASK = "'***'"
"""What a secret value looks like in any message."""

SECRET_KEYS = frozenset({"password", "auth", "identitytoken", "passwd", "credentials"})
"""Keys whose values are never shown: ``vcenter.password``, a registry's ``credentials`` and its
``password``/``auth``/``identitytoken``, and an OS user's ``passwd`` hash. Matched at any depth, so
a secret is also hidden when it sits inside a value shown for a wrong type one level up."""

_MAX_REPR = 120


def join_path(parent: str, key: Any) -> str:
    """``parent.key``, or ``parent[i]`` for a list index (an ``int``)."""
    if isinstance(key, int) and not isinstance(key, bool):
        return f"{parent}[{key}]"
    return f"{parent}.{key}" if parent else str(key)


def key_path(parent: str, key: Any) -> str:
    """``parent.key`` for a mapping key of any YAML type: an integer key reads ``nodePools.1``, not
    the list index ``nodePools[1]``; booleans and null as YAML writes them."""
    if key is None:
        text = "null"
    elif isinstance(key, bool):
        text = "true" if key else "false"
    else:
        text = str(key)
    return f"{parent}.{text}" if parent else text


def _last_key(path: str) -> str:
    tail = path.rsplit(".", 1)[-1]
    return tail.split("[", 1)[0]


def is_secret_path(path: str) -> bool:
    """True when the field at ``path`` holds a secret (its last key is one of :data:`SECRET_KEYS`)."""
    return _last_key(path) in SECRET_KEYS


def render_value(value: Any, path: str = "") -> str:
    """A short, YAML-flavoured rendering of ``value`` for messages, with secrets masked.

    Strings are shown with Python's quoting (so a newline shows as ``\\n``), booleans and null
    the YAML way, containers in flow style; anything longer than 120 characters is cut.
    """
    if path and is_secret_path(path):
        return MASK
    text = _render(value)
    if len(text) > _MAX_REPR:
        text = text[: _MAX_REPR - 3] + "..."
    return text


def _render(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return repr(value)
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, dict):
        items = []
        for key, item in value.items():
            shown = MASK if str(key) in SECRET_KEYS else _render(item)
            items.append(f"{key}: {shown}")
        return "{" + ", ".join(items) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_render(item) for item in value) + "]"
    return f"<{type(value).__name__}>"


def _printable(text: str) -> str:
    """``text`` with line breaks and other control characters escaped (``\\n``, ``\\x1b``): a
    mapping key or file name holding one must not break the one-line message or the terminal."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


@dataclass(frozen=True)
class FieldError:
    """One problem in one values file.

    Attributes:
        source: the file as the user named it (e.g. ``clusters/a.yaml``).
        path: the field, in the chart's dotted camelCase form with ``[i]`` list indexes; empty
            for problems of the whole document (syntax errors).
        message: what is wrong, e.g. ``is invalid`` or ``is not a known key``.
        value_repr: the offending value as shown to the user, already masked if secret; empty when
            no value is shown (unknown keys, syntax errors).
        allowed: what would be accepted, in words.
        line: 1-based line of the problem when known (syntax errors), else ``None``.
        column: 1-based column of the problem when known, else ``None``.
    """

    source: str
    path: str
    message: str
    value_repr: str
    allowed: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        source, path = _printable(self.source), _printable(self.path)
        head = f"{source}: {path}: " if path else f"{source}: "
        body = f"{self.value_repr} {self.message}" if self.value_repr else self.message
        return head + (f"{body}: {self.allowed}" if self.allowed else body)


class ConfigError(Exception):
    """A values file (or several) could not be loaded; ``errors`` lists every problem found."""

    def __init__(self, errors: Iterable[FieldError]):
        self.errors: list[FieldError] = list(errors)
        super().__init__(str(self))

    def __str__(self) -> str:
        count = len(self.errors)
        noun = "error" if count == 1 else "errors"
        return f"{count} {noun} in values:\n" + "\n".join(f"  {error}" for error in self.errors)

    @property
    def sources(self) -> Sequence[str]:
        """The files the errors belong to, in first-seen order."""
        seen: dict[str, None] = {}
        for error in self.errors:
            seen.setdefault(error.source, None)
        return list(seen)
