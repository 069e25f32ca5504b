"""What is derived from a schema node is derived once per node, by the node's identity."""
from __future__ import annotations

from constructs_lib.crd.per_schema import per_schema


def test_derived_once_per_node_and_apart_for_equal_nodes():
    calls = []

    @per_schema
    def keys(schema: dict) -> tuple:
        """The node's keys."""
        calls.append(schema)
        return tuple(schema)

    node, twin = {"type": "string"}, {"type": "string"}
    assert keys(node) == keys(node) == ("type",)
    assert keys(twin) == ("type",)
    assert len(calls) == 2 and calls[0] is node and calls[1] is twin  # equal, but another node
    assert keys.__doc__ == "The node's keys." and keys.__wrapped__(node) == ("type",)
