"""The Ignition (Container Linux Config) additions every Flatcar node boots with."""
from __future__ import annotations

from textwrap import indent

from ...assets import read_text

_SET_HOSTNAME_FILE = """storage:
  files:
  - path: /opt/set-hostname
    filesystem: root
    mode: 0744
    contents:
      inline: |
"""


def additional_config(teleport_enabled: bool) -> str:
    """``ignition.containerLinuxConfig.additionalConfig``: the hostname script and systemd units.

    The units are the chart's bytes; the hostname script is our own.
    """
    text = _SET_HOSTNAME_FILE + indent(read_text("scripts/set-hostname.sh"), " " * 8)
    text += read_text("node/ignition-units.yaml")
    if teleport_enabled:
        text += read_text("node/ignition-teleport-unit.yaml")
    return text.rstrip("\n")
