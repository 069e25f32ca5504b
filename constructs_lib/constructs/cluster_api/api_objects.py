"""One Cluster API or CAPV object, in the API version the declared releases store.

The constructs say what an object means once, in the v1beta1 spelling (the chart's, which every
name hash covers); :func:`api_object` emits it as that version's typed class, or converts it the
way Cluster API's conversion webhook does (:mod:`.conversion`) and emits the v1beta2 class
(``ClusterV1Beta2``, ...). Both generations are the same object to Cluster API: it stores v1beta2
either way, so switching versions changes no stored field and rolls no machine.
"""
from __future__ import annotations

from functools import lru_cache

from cdk8s import ApiObject, ApiObjectMetadata
from constructs import Construct

# Imported here, not on first use: the commands load every jsii assembly the constructs import
# once, ahead, before they fork their workers.
from constructs_lib.imports.io.x_k8s import cluster as core
from constructs_lib.imports.io.x_k8s.cluster import bootstrap, controlplane, infrastructure

from ..context import ClusterContext
from ..typed import to_struct
from .conversion import to_v1beta2

_MODULES = {
    "cluster.x-k8s.io": core,
    "bootstrap.cluster.x-k8s.io": bootstrap,
    "controlplane.cluster.x-k8s.io": controlplane,
    "infrastructure.cluster.x-k8s.io": infrastructure,
}


@lru_cache(maxsize=None)
def typed_classes(api_version: str, kind: str) -> tuple[type, type]:
    """The generated object class and spec struct of ``kind`` in ``api_version``: the v1beta1
    ones carry the bare name (``Cluster``, ``ClusterSpec``), the v1beta2 ones cdk8s import's
    version suffix (``ClusterV1Beta2``, ``ClusterV1Beta2Spec``)."""
    group, version = api_version.split("/")
    module = _MODULES[group]
    name = kind if version == "v1beta1" else f"{kind}{version[0].upper()}{version[1:].replace('beta', 'Beta')}"
    return getattr(module, name), getattr(module, f"{name}Spec")


def spec_of(ctx: ClusterContext, kind: str, name: str, spec: dict) -> tuple[str, dict]:
    """``(apiVersion, spec)`` of one object whose v1beta1 ``spec`` is given, as the cluster emits it."""
    api_version = ctx.api_version(kind)
    if api_version.endswith("/v1beta1"):
        return api_version, spec
    group = api_version.split("/")[0]
    converted = to_v1beta2({"apiVersion": f"{group}/v1beta1", "kind": kind,
                            "metadata": {"name": name, "namespace": ctx.namespace}, "spec": spec})
    return converted["apiVersion"], converted.get("spec", {})  # an empty spec is left out


def api_object(scope: Construct, id: str, ctx: ClusterContext, kind: str, metadata: ApiObjectMetadata,
               spec: dict, path: str = "") -> ApiObject:
    """The typed object ``kind`` with ``metadata`` and the v1beta1 ``spec`` (camelCase), in the
    version ``ctx`` emits ``kind`` in. ``path`` names the values the spec comes from in the error
    of an unknown field."""
    api_version, spec = spec_of(ctx, kind, metadata.name, spec)
    object_class, spec_class = typed_classes(api_version, kind)
    return object_class(scope, id, metadata=metadata, spec=to_struct(spec_class, spec, path=path))
