"""How a values file combines with the chart's defaults: Helm's coalescing, reproduced.

``merge_values(defaults, user)`` returns a new mapping; neither input is changed.

* Two mappings merge key by key, recursively: the user's value wins for every key it gives;
  keys only in the defaults are kept. So ``nodePools: {infra: ...}`` keeps the default
  ``worker`` pool, and ``nodeClasses: {default: {network: ...}}`` keeps the default class's
  ``template``.
* Lists and scalars replace the default entirely (``certSANs: [a]`` is exactly ``[a]``; a
  list of network devices is never merged item by item).
* A user ``null`` deletes the key: the default is dropped, and a key without default is left
  out. (Helm keeps a ``null`` that has no default to delete, but nothing in the chart can use
  one -- a ``null`` pool or class breaks rendering -- so "null means absent" is equivalent
  wherever the chart works.) Inside lists, nothing is merged or deleted.
* A mapping where the default is a scalar, or a scalar where the default is a mapping, is the
  user's value unchanged (Helm only warns); validation then reports the wrong type.

Order: keys keep the order of the user's file; keys only in the defaults follow in the
defaults' order. (Helm ranges over maps in sorted key order; consumers sort where it matters.)
"""
from __future__ import annotations

import copy
from typing import Any, Mapping

__all__ = ["merge_values"]


def merge_values(defaults: Mapping[str, Any], user: Mapping[str, Any]) -> dict:
    """``user`` coalesced onto ``defaults`` with Helm's semantics (see module docs)."""
    out: dict = {}
    for key, value in user.items():
        if value is None:
            continue
        default = defaults.get(key)
        if isinstance(value, Mapping) and isinstance(default, Mapping):
            out[key] = merge_values(default, value)
        else:
            out[key] = _without_nulls(value)
    for key, default in defaults.items():
        if key not in user:
            out[key] = copy.deepcopy(default)
    return out


def _without_nulls(value: Any) -> Any:
    """A copy of a user value with ``null`` map entries dropped (lists are kept as written)."""
    if isinstance(value, Mapping):
        return {k: _without_nulls(v) for k, v in value.items() if v is not None}
    # Helm does not look inside lists: items are taken as written.
    return copy.deepcopy(value)
