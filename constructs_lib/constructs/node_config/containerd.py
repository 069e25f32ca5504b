"""containerd's config.toml, with registry mirrors and credentials (docs/containerd.md).

The config is chosen per cluster from the Flatcar releases in the VM template names of its
machine templates (all nodes share the one config Secret):

* every node on containerd 1.x, or a template name that is not a Flatcar one: the chart's config
  (``version = 2``, ``registry.mirrors``), byte for byte;
* every node on containerd 2.x (Flatcar :data:`FIRST_CONTAINERD_2_FLATCAR` and later): config
  version 3, registry mirrors in ``hosts.toml`` files under ``config_path``;
* both: a version 2 config with ``config_path`` and the same ``hosts.toml`` files, which
  containerd 1.7 reads as is and containerd 2.x migrates to version 3 when it loads it.

:func:`hosts_files` gives the ``hosts.toml`` files the nodes need besides config.toml (none for the
chart's config).
"""
from __future__ import annotations

import json
import re

from ...assets import template
from ..go_functions import b64enc, go_quote

FIRST_CONTAINERD_2_FLATCAR = (4284, 0, 0)
"""The first Flatcar release whose image ships containerd 2.x (Alpha 4284.0.0; the first Stable
is 4459.2.0, and no Stable lies between: docs/containerd.md); the comparison is on the release
number, which Flatcar's channels share."""

CHART = "chart"
V3 = "v3"
V2_HOSTS = "v2-hosts"
"""The three configs :func:`config_kind` chooses between."""

CERTS_DIR = "/etc/containerd/certs.d"

_FLATCAR_TEMPLATE = re.compile(r"^flatcar-(?:stable|beta|alpha|lts)-(\d+)\.(\d+)\.(\d+)(?:-|$)")


def flatcar_release(template_name) -> tuple[int, int, int] | None:
    """The Flatcar release of a VM template name (``flatcar-stable-4230.2.3-kube-v1.33.4`` ->
    ``(4230, 2, 3)``), or ``None`` for a name that does not start with one."""
    match = _FLATCAR_TEMPLATE.match(template_name) if isinstance(template_name, str) else None
    return tuple(int(part) for part in match.groups()) if match else None


def containerd_major(template_name) -> int:
    """containerd's major version on a VM template: 2 from :data:`FIRST_CONTAINERD_2_FLATCAR`,
    else 1 (also for names that are not Flatcar's: the chart's assumption)."""
    release = flatcar_release(template_name)
    return 2 if release is not None and release >= FIRST_CONTAINERD_2_FLATCAR else 1


def template_names(values) -> list:
    """The VM templates of the nodes that read the config: the control plane's, then those of the
    node classes the node pools use, in pool order. A class no pool uses has no node (the chart's
    ``default`` class stays in the values of a file declaring other classes only); a pool moving
    to another class may change the config, and so the Secret's name: its nodes are replaced
    anyway."""
    classes = values.node_classes
    specs = [values.control_plane.machine_template]
    specs += [classes.get(pool.class_name) for pool in values.node_pools.values()]
    return [spec.get("template") for spec in specs if isinstance(spec, dict)]


def config_kind(values) -> str:
    """:data:`CHART`, :data:`V3` or :data:`V2_HOSTS` for the cluster's machine templates."""
    majors = {containerd_major(name) for name in template_names(values)} or {1}
    if majors == {1}:
        return CHART
    return V3 if majors == {2} else V2_HOSTS


def config_toml(values) -> str:
    """The cluster's /etc/containerd/config.toml (its hash names the Secret)."""
    kind = config_kind(values)
    if kind == CHART:
        return chart_config_toml(values)
    image = values.internal.sandbox_container_image
    sandbox = _toml_string(f"{image.registry}/{image.name}:{image.tag}")
    plugin = "io.containerd.cri.v1.images" if kind == V3 else "io.containerd.grpc.v1.cri"
    asset = "node/containerd-config-v3.toml.tmpl" if kind == V3 else "node/containerd-config-v2-hosts.toml.tmpl"
    return template(asset).substitute(sandbox_image=sandbox, auth=_auth_tables(values, plugin))


def hosts_files(values) -> list[tuple[str, str]]:
    """``(path, content)`` of the ``hosts.toml`` of every registry with mirrors, in sorted host
    order; none for the chart's config (its mirrors are in config.toml)."""
    if config_kind(values) == CHART:
        return []
    registries = values.connectivity.container_registries
    return [(f"{CERTS_DIR}/{host}/hosts.toml", hosts_toml(registries[host]))
            for host in sorted(registries) if registries[host]]


def hosts_toml(mirrors) -> str:
    """One registry's ``hosts.toml``: its mirrors in order, tried before the registry itself
    (``server`` left out: containerd uses the registry named by the directory)."""
    blocks = [f'[host.{_toml_string("https://" + m.endpoint)}]\n  capabilities = ["pull", "resolve"]\n'
              for m in mirrors]
    return "\n".join(blocks)


def _auth_tables(values, plugin: str) -> str:
    """``registry.configs."<endpoint>".auth`` of every mirror with credentials (the chart's keys:
    ``auth`` from username and password, else ``auth``, else ``identitytoken``)."""
    registries = values.connectivity.container_registries
    tables = []
    for host in sorted(registries):
        for mirror in registries[host]:
            if not _has_credentials(mirror):
                continue
            creds = mirror.credentials
            lines = [f"\n[plugins.{_toml_string(plugin)}.registry.configs.{_toml_string(mirror.endpoint)}.auth]"]
            if creds.username and creds.password:
                lines.append("auth = " + _toml_string(b64enc(f"{creds.username}:{creds.password}")))
            elif creds.auth:
                lines.append("auth = " + _toml_string(creds.auth))
            elif creds.identitytoken:
                lines.append("identitytoken = " + _toml_string(creds.identitytoken))
            tables.append("\n".join(lines) + "\n")
    return "".join(tables)


def _toml_string(text: str) -> str:
    """A TOML basic string: JSON's escapes (``\\"``, ``\\\\``, ``\\n``, ``\\uXXXX``) are TOML's;
    DEL, which JSON leaves as is and TOML forbids, is escaped too."""
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


# The chart's config (chart_config_toml).
_CONFIGS = '[plugins."io.containerd.grpc.v1.cri".registry.configs."{endpoint}".auth]\n      '
_MIRROR = '\n    [plugins."io.containerd.grpc.v1.cri".registry.mirrors."{host}"]\n      endpoint = [{endpoints}]'
_ENTRY_BREAK = "\n      "


def chart_config_toml(values) -> str:
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
