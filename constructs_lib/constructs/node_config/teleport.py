"""Teleport node agent configuration."""
from __future__ import annotations

from ...assets import template


def teleport_yaml(values, cluster_name: str) -> str:
    """/etc/teleport.yaml. The ``cluster`` label is left out on the management cluster itself."""
    cluster_label = "" if values.management_cluster == cluster_name else f"    cluster: {cluster_name}\n"
    return template("node/teleport.yaml.tmpl").substitute(
        proxy_addr=values.internal.teleport.proxy_addr,
        management_cluster=values.management_cluster,
        cluster_label=cluster_label,
        base_domain=values.base_domain,
    )
