"""containerd's config.toml, with registry mirrors and credentials."""
from __future__ import annotations

from ...assets import template
from ..go_functions import b64enc, go_quote

_CONFIGS = '[plugins."io.containerd.grpc.v1.cri".registry.configs."{endpoint}".auth]\n      '
_MIRROR = '\n    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."{host}"]\n      endpoint = [{endpoints}]'
_ENTRY_BREAK = "\n      "


def config_toml(values) -> str:
    """The bytes the chart writes to /etc/containerd/config.toml (its hash names the Secret).

    Registries are visited in sorted host order, as Helm ranges over maps. One deviation from the
    chart: where its template glued the next registry's table onto an ``auth`` or
    ``identitytoken`` line (invalid TOML), a line break is inserted. Configs the chart wrote
    correctly keep their exact bytes, and so their Secret name.
    """
    registries = values.connectivity.container_registries
    image = values.internal.sandbox_container_image
    mirrors = "".join(
        _MIRROR.format(host=host, endpoints="".join(f'"https://{m.endpoint}",' for m in registries[host]))
        for host in sorted(registries)
    )
    entries = [_auth_entry(m) for host in sorted(registries) for m in registries[host] if _has_credentials(m)]
    configs = ""
    for index, (text, ends_with_break) in enumerate(entries):
        configs += text
        if not ends_with_break and index + 1 < len(entries):
            configs += _ENTRY_BREAK
    return template("node/containerd-config.toml.tmpl").substitute(
        sandbox_image=f"{image.registry}/{image.name}:{image.tag}", mirrors=mirrors, configs=configs)


def _has_credentials(mirror) -> bool:
    # The chart's `with $value.credentials` holds for any non-empty mapping, even one whose values
    # are all empty: it then writes the endpoint's auth table with nothing in it.
    return mirror.credentials is not None


def _auth_entry(mirror) -> tuple[str, bool]:
    """One registry's auth table, and whether the chart's text already ends with a line break."""
    creds = mirror.credentials
    head = _CONFIGS.format(endpoint=mirror.endpoint)
    if creds.username and creds.password:
        return head + "auth = " + go_quote(b64enc(f"{creds.username}:{creds.password}")), False
    if creds.auth:
        return head + "auth = " + go_quote(creds.auth) + _ENTRY_BREAK, True
    if creds.identitytoken:
        return head + "identitytoken = " + go_quote(creds.identitytoken), False
    return head, True
