"""A ``kubectl`` for the Jobs' script tests that serves some API versions only, as a management
cluster of given releases does, in front of one of the fakes keeping the state
(``tests/fixtures/scripts/fake_kubectl.py``, ``fake_kubectl_apply.py``).

Environment:

* ``FAKE_KUBECTL_SERVED``: the ``group/version`` pairs served, comma-separated;
* ``FAKE_KUBECTL_BACKEND``: the fake that keeps the state and answers the call;
* ``FAKE_KUBECTL_LOG``: every call, as the script made it, one JSON list a line (the backend logs
  the calls as it receives them to the same path with ``.backend`` appended).

A resource of the Cluster API, CAPV, IPAM or Flux groups must be named ``RESOURCE.VERSION.GROUP``
(``clusters.v1beta2.cluster.x-k8s.io``): a short name (``ipaddress``) or ``RESOURCE.GROUP`` leaves
the version to kubectl's discovery, and fails the call (exit 2, ``fake kubectl:``) so that the test
fails. A version that is not served is refused as kubectl refuses it (exit 1). An ``apply``'s
documents must each have a served ``apiVersion``. The call is then handed to the backend with the
resource named as the backend knows it.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

WATCHED_GROUPS = frozenset({
    "cluster.x-k8s.io", "bootstrap.cluster.x-k8s.io", "controlplane.cluster.x-k8s.io",
    "infrastructure.cluster.x-k8s.io", "ipam.cluster.x-k8s.io", "helm.toolkit.fluxcd.io", "source.toolkit.fluxcd.io",
})
"""The API groups whose versions differ across the releases the Jobs run with."""

BACKEND_NAMES = {
    ("ipaddresses", "ipam.cluster.x-k8s.io"): "ipaddress",
    ("clusters", "cluster.x-k8s.io"): "clusters.cluster.x-k8s.io",
    ("helmreleases", "helm.toolkit.fluxcd.io"): "helmreleases.helm.toolkit.fluxcd.io",
    ("helmcharts", "source.toolkit.fluxcd.io"): "helmcharts.source.toolkit.fluxcd.io",
}
"""(resource, group) -> the name the backends understand."""

SHORT_NAMES = frozenset({
    "cluster", "clusters", "cl", "ipaddress", "ipaddresses", "ipaddressclaim", "ipaddressclaims",
    "kubeadmcontrolplane", "kubeadmcontrolplanes", "kcp", "vspherecluster", "vsphereclusters",
    "helmrelease", "helmreleases", "hr", "helmchart", "helmcharts", "hc",
})
"""Names kubectl resolves to one of those groups in whatever version discovery prefers."""

FLAGS_WITH_VALUE = frozenset({"-n", "--namespace", "-l", "--selector", "-o", "--output", "-p", "--patch",
                              "-f", "--filename"})

VERSIONED = re.compile(r"([a-z0-9]+)\.(v[0-9]+(?:(?:alpha|beta)[0-9]+)?)\.([a-z0-9.-]+)")
GROUPED = re.compile(r"([a-z0-9]+)\.([a-z0-9.-]+)")


def fail(message: str, code: int) -> None:
    print(message, file=sys.stderr)
    sys.exit(code)


def translate(argv: list[str], served: frozenset[str]) -> list[str]:
    """``argv`` with each pinned resource checked and renamed for the backend."""
    out, args = [], iter(argv)
    for arg in args:
        if arg in FLAGS_WITH_VALUE:
            out += [arg, next(args, "")]
            continue
        if arg.startswith("-"):
            out.append(arg)
            continue
        resource, slash, name = arg.partition("/")
        versioned = VERSIONED.fullmatch(resource)
        grouped = GROUPED.fullmatch(resource)
        if versioned and versioned.group(3) in WATCHED_GROUPS:
            plural, version, group = versioned.groups()
            if f"{group}/{version}" not in served:
                fail(f'error: the server doesn\'t have a resource type "{resource}"', 1)
            if (plural, group) not in BACKEND_NAMES:
                fail(f"fake kubectl: no backend knows {resource!r}: {argv}", 2)
            out.append(BACKEND_NAMES[plural, group] + slash + name)
        elif resource in SHORT_NAMES or (grouped and grouped.group(2) in WATCHED_GROUPS):
            fail(f"fake kubectl: {resource!r} leaves the version to kubectl's discovery: {argv}", 2)
        else:
            out.append(arg)
    return out


def check_applied(text: str, served: frozenset[str]) -> None:
    import yaml  # only here: most calls need no YAML, and every call starts a new interpreter

    for document in yaml.safe_load_all(text):
        if not document:
            continue
        api_version = document.get("apiVersion", "")
        if api_version.rpartition("/")[0] in WATCHED_GROUPS and api_version not in served:
            fail(f'error: resource mapping not found for name: "{document["metadata"]["name"]}" '
                 f'namespace: "" from "STDIN": no matches for kind "{document["kind"]}" in version "{api_version}"', 1)


def main() -> None:
    argv = sys.argv[1:]
    log = os.environ["FAKE_KUBECTL_LOG"]
    with open(log, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(argv) + "\n")
    served = frozenset(v for v in os.environ["FAKE_KUBECTL_SERVED"].split(",") if v)
    backend_argv = translate(argv, served)
    backend = [sys.executable, os.environ["FAKE_KUBECTL_BACKEND"], *backend_argv]
    env = {**os.environ, "FAKE_KUBECTL_LOG": f"{log}.backend"}
    if argv[:1] == ["apply"]:
        applied = sys.stdin.read()
        check_applied(applied, served)
        result = subprocess.run(backend, input=applied, text=True, env=env, check=False)
    else:
        result = subprocess.run(backend, env=env, check=False)
    sys.exit(result.returncode)


if __name__ == "__main__":
    main()
