"""Static files shipped with the library: node data files and our own scripts."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from string import Template


@lru_cache(maxsize=None)
def read_text(relative_path: str) -> str:
    """Text of an asset, e.g. ``node/sshd_config`` or ``scripts/set-hostname.sh`` (cached)."""
    return resources.files(__package__).joinpath(relative_path).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def template(relative_path: str) -> Template:
    """An asset holding ``${name}`` placeholders, as a :class:`string.Template` (cached)."""
    return Template(read_text(relative_path))
