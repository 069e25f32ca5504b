"""Class docstrings that list a dataclass's fields, each with its type, default and meaning.

A field's meaning is the string literal written after it in the class body (an attribute
docstring), which ``help()`` does not show by itself. :func:`with_field_docs` gives a dataclass a
``__doc__`` that is composed on first use, from the class's source; importing the classes costs
nothing more than before.
"""
from __future__ import annotations

import dataclasses

__all__ = ["with_field_docs", "field_docs"]


def with_field_docs(cls: type) -> type:
    """Class decorator (above ``@dataclass``): ``help(cls)`` lists every field with its default
    and its attribute docstring, after the class's own docstring."""
    cls.__doc__ = _FieldsDoc(cls)
    return cls


class _FieldsDoc:
    """The ``__doc__`` of a decorated class. ``cls.__doc__`` calls ``__get__`` on whatever the
    class's ``__doc__`` holds, so the text is composed when someone first reads it."""

    def __init__(self, cls: type):
        self.cls = cls
        self.summary = cls.__dict__.get("__doc__") or ""
        self.text: str | None = None

    def __get__(self, instance, owner=None) -> str:
        if self.text is None:
            self.text = _compose(self.cls, self.summary)
        return self.text


def field_docs(cls: type) -> dict[str, str]:
    """Field name -> its attribute docstring (cleaned), read from the class's source; ``{}`` when
    the source is not available."""
    import ast
    import inspect
    import textwrap

    try:
        tree = ast.parse(textwrap.dedent(inspect.getsource(cls)))
    except (OSError, TypeError, SyntaxError):
        return {}
    body = next((node.body for node in tree.body if isinstance(node, ast.ClassDef)), [])
    docs = {}
    for statement, following in zip(body, body[1:]):
        if (isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
                and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)):
            docs[statement.target.id] = inspect.cleandoc(following.value.value)
    return docs


def default_text(f: dataclasses.Field) -> str:
    """A field's default as Python text: the value, ``Name()`` for a section made with its own
    defaults, ``(required)`` when there is none."""
    if f.default is not dataclasses.MISSING:
        return repr(f.default)
    if f.default_factory is dataclasses.MISSING:
        return "(required)"
    value = f.default_factory()
    if dataclasses.is_dataclass(value) and _is_plain(value):
        return f"{type(value).__name__}()"
    return repr(value)


def _is_plain(value) -> bool:
    """Whether a dataclass instance holds its class's defaults."""
    try:
        return value == type(value)()
    except TypeError:  # a class with required fields
        return False


def _compose(cls: type, summary: str) -> str:
    import inspect

    docs = field_docs(cls)
    lines = [inspect.cleandoc(summary), "", "Fields (name: type = default):", ""] if summary else \
        ["Fields (name: type = default):", ""]
    for f in dataclasses.fields(cls):
        kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", repr(f.type))
        lines.append(f"{f.name}: {kind} = {default_text(f)}")
        lines.extend("    " + line if line else "" for line in docs.get(f.name, "").splitlines())
    return "\n".join(lines)
