"""The commands: ``synth``, ``validate``, ``plan``, ``migrate`` and ``render``.

They read cluster files, print, choose exit codes and write the output directory; the constructs
below them do none of that. ``python -m constructs_lib`` and ``python main.py`` run :func:`main`
through :func:`constructs_lib.runtime.entrypoint.run`.
"""
from __future__ import annotations

from typing import Optional


def main(argv: Optional[list[str]] = None) -> int:
    """The command line (:mod:`.cli`), imported only when it runs."""
    from .cli import main as cli_main

    return cli_main(argv)
