"""What the validator derives from a schema node, derived once per node.

Schema nodes are dicts (unhashable), read once from the bundle and never changed; what is made
from one (a checker, the body schema of an object, the fields its CEL rules read) is kept by the
node's identity. The cache holds the node too, so its ``id`` cannot be reused while cached.
"""
from __future__ import annotations

from typing import Callable, TypeVar

__all__ = ["per_schema"]

T = TypeVar("T")


def per_schema(derive: Callable[[dict], T]) -> Callable[[dict], T]:
    """``derive(schema)``, computed on the first call for each schema node and kept."""
    cache: dict[int, tuple[dict, T]] = {}

    def derived(schema: dict) -> T:
        entry = cache.get(id(schema))
        if entry is None or entry[0] is not schema:
            entry = cache[id(schema)] = (schema, derive(schema))
        return entry[1]

    derived.__doc__, derived.__name__, derived.__wrapped__ = derive.__doc__, derive.__name__, derive
    return derived
