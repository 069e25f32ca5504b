"""A chart's objects as plain mappings, for constructs that embed other objects (the IPAM Job).

By default this is what ``chart.to_json()`` returns. A faster reader with the same result can
be put in place from outside (the commands use :mod:`constructs_lib.runtime.manifest_text`);
the constructs never depend on how the objects are read.
"""
from __future__ import annotations

from typing import Any, Callable, Optional

Reader = Callable[[Any], list]

_reader: Optional[Reader] = None


def chart_documents(chart: Any) -> list[dict]:
    """The manifests of ``chart`` as plain mappings, in emission order."""
    if _reader is not None:
        return _reader(chart)
    return list(chart.to_json())


def read_documents_with(reader: Optional[Reader]) -> None:
    """Use ``reader`` (a function of a chart, returning what ``chart.to_json()`` returns) from
    now on in this process; ``None`` restores ``chart.to_json()``."""
    global _reader
    _reader = reader
