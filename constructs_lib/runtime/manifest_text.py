"""A chart's manifests read from node as one JSON text instead of value by value.

``chart.to_json()`` returns a cluster's objects through jsii one value at a time: node types,
checks and wraps every map, list and scalar of the result, and Python unwraps them again (a
cluster's objects hold a few thousand values). :func:`chart_documents` asks node for the same
result as one string, ``JSON.stringify(chart.toJson())``, and parses it here: the same documents
(jsii leaves null fields of objects out, and so does the text; nulls in lists stay), at a
fraction of the cost.

The node side is a jsii module of its own, ``cluster-vsphere-manifest-text`` (one class,
``ManifestText``, with one static method, ``of(chart)``, in ``assets/jsii/manifest-text.js``).
Its package (``package.json``, the jsii assembly and the script) is put together here and loaded
into the jsii runtime when this module is first imported; it works with any jsii runtime.
"""
from __future__ import annotations

import base64
import gzip
import hashlib
import io
import json
import os
import tarfile
from typing import Any

import jsii

from .jsii_fastpath import temporary_package

ASSEMBLY = "cluster-vsphere-manifest-text"
VERSION = "1.0.0"
_SCRIPT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "assets", "jsii", "manifest-text.js")
_CLASS = f"{ASSEMBLY}.ManifestText"

_TYPES = {
    _CLASS: {
        "assembly": ASSEMBLY,
        "fqn": _CLASS,
        "kind": "class",
        "name": "ManifestText",
        "docs": {"summary": "A chart's manifests as one JSON text."},
        "methods": [{
            "name": "of",
            "static": True,
            "docs": {"summary": "JSON.stringify(chart.toJson()), null fields of objects left out."},
            "parameters": [{"name": "chart", "type": {"primitive": "any"}}],
            "returns": {"type": {"primitive": "string"}},
        }],
    },
}


def assembly() -> dict:
    """The jsii assembly (``.jsii``) that declares ``ManifestText`` to the jsii kernel."""
    return {
        "schema": "jsii/0.10.0",
        "name": ASSEMBLY,
        "version": VERSION,
        "description": "A cdk8s chart's manifests as one JSON text",
        "homepage": "https://github.com/cdk8s-team/cdk8s",
        "repository": {"type": "git", "url": "https://github.com/cdk8s-team/cdk8s.git"},
        "author": {"name": "cluster-vsphere for cdk8s", "roles": ["author"]},
        "license": "Apache-2.0",
        "jsiiVersion": "5.9.0",
        "targets": {"js": {"npm": ASSEMBLY}},
        "types": _TYPES,
        "fingerprint": base64.b64encode(
            hashlib.sha256(json.dumps(_TYPES, sort_keys=True).encode()).digest()).decode(),
    }


def package_tarball() -> bytes:
    """The module as an npm package tarball (``package/...``), the form the jsii kernel loads;
    the same bytes on every call (the kernel's package cache is keyed by them)."""
    with open(_SCRIPT, "rb") as script:
        files = {
            "package/package.json": json.dumps({"name": ASSEMBLY, "version": VERSION, "main": "index.js",
                                                "license": "Apache-2.0"}, indent=2).encode(),
            "package/.jsii": json.dumps(assembly(), indent=2).encode(),
            "package/index.js": script.read(),
        }
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size, info.mode, info.mtime = len(data), 0o644, 0
            tar.addfile(info, io.BytesIO(data))
    packed = io.BytesIO()
    with gzip.GzipFile(fileobj=packed, mode="wb", mtime=0) as gz:
        gz.write(raw.getvalue())
    return packed.getvalue()


def _load_into_runtime() -> None:
    with temporary_package(package_tarball(), prefix=f"{ASSEMBLY}-") as path:
        jsii.kernel.load(ASSEMBLY, VERSION, path)  # the kernel extracts it; the file is not needed after


_load_into_runtime()


class ManifestText(metaclass=jsii.JSIIMeta, jsii_type=_CLASS):
    """The node class (``assets/jsii/manifest-text.js``)."""

    @jsii.member(jsii_name="of")
    @classmethod
    def of(cls, chart: Any) -> str:
        """``JSON.stringify(chart.toJson())``, null fields of objects left out."""
        return jsii.sinvoke(cls, "of", [chart])


def chart_documents(chart: Any) -> list[dict]:
    """The manifests of ``chart`` as plain mappings in emission order: what ``chart.to_json()``
    returns, read as one JSON text."""
    return json.loads(ManifestText.of(chart))


def install() -> None:
    """Let the constructs of this process read a chart's objects this way too (the IPAM Job
    embeds objects it builds in a chart of its own; see :mod:`constructs_lib.constructs.documents`)."""
    from ..constructs.documents import read_documents_with

    read_documents_with(chart_documents)
