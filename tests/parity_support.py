"""Rendering a values file both ways -- the reference chart (Helm) and our constructs -- and comparing.

Used by the parity tests: the reference values files, the user-style cases in ``tests/cases`` and
the property-based comparison.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

from chart_reference import REFERENCE, ROOT, helm_render, parity, render_tool

os.environ.setdefault("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", "20")

CHART_DIR = REFERENCE / "chart" / "cluster-vsphere-0.9.7"
CASES_DIR = ROOT / "tests" / "cases"
NON_IPAM_REFERENCES = ("ci", "defaults", "teleport-off-oidc")

# Where a case states the chart's defect, what the chart evidently meant instead.
_PROXY_SECRET_HELPER = """
{{/* Not defined in 0.9.7 although its templates include it; taken from the chart's later releases. */}}
{{- define "containerdProxySecret" -}}
{{- $defaultContainerdProxySecret := printf "%s-systemd-proxy" (include "resource.default.name" . ) -}}
{{ .Values.proxy.secretName | default $defaultContainerdProxySecret }}
{{- end -}}
"""


def case_files() -> list[Path]:
    """The user-style values files of ``tests/cases`` (IPAM cases, ``ipam-*.yaml``, are tested elsewhere)."""
    return sorted(p for p in CASES_DIR.glob("*.yaml") if not p.name.startswith("ipam-"))


def case_header(text: str, key: str) -> str | None:
    """A ``# key: value`` header line of a case file (e.g. ``# release: name/namespace``)."""
    match = re.search(rf"^# {re.escape(key)}:\s*(.+?)\s*$", text, re.M)
    return match.group(1) if match else None


def release_of(text: str) -> tuple[str, str]:
    """The release name and namespace a case is rendered with (header ``# release: NAME/NAMESPACE``)."""
    release = case_header(text, "release")
    if not release:
        return "test", "default"
    name, _, namespace = release.partition("/")
    return name, namespace or "default"


def our_documents(values_text: str, name: str = "test", namespace: str = "default",
                  source: str = "values.yaml", **props) -> list[dict]:
    """Our manifests for a chart values file, synthesized in-process (``props``: further
    VsphereClusterProps, e.g. ``ipam_api_available``; by default with no releases declared, as
    render builds them: the chart's API versions, as the chart's output is compared with them)."""
    from constructs_lib.constructs.cluster import VsphereClusterProps
    from constructs_lib.config import load_values_text
    from constructs_lib.commands.synth import synth_documents

    loaded = load_values_text(values_text, source)
    props.setdefault("management_cluster", None)
    return synth_documents(VsphereClusterProps(name=name, values=loaded.values, namespace=namespace, **props))


def documents_text(documents: list[dict]) -> str:
    from constructs_lib.constructs.manifest_yaml import dump_documents

    return dump_documents(documents)


def patched_chart(tmp_path: Path) -> Path:
    """A copy of the reference chart with the helper its proxy branch needs (see ``_PROXY_SECRET_HELPER``)."""
    target = tmp_path / "chart-with-proxy-helper"
    if not target.exists():
        shutil.copytree(CHART_DIR, target, ignore=shutil.ignore_patterns("__pycache__"))
        for path in target.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
        helpers = target / "templates" / "_helpers.tpl"
        helpers.write_text(helpers.read_text() + _PROXY_SECRET_HELPER)
    return target


def helm_render_chart(values_text: str, chart_dir: Path, name: str = "test", namespace: str = "default") -> str:
    """Like :func:`chart_reference.helm_render`, for another copy of the chart."""
    rendered = render_tool().render(values_text, chart_dir=chart_dir, name=name, namespace=namespace)
    return "".join(f"---\n# Source: {path}\n{body}\n" for path, body in sorted(rendered.items()) if body.strip())


def compare(reference_text: str, documents: list[dict], tmp_path: Path, **kwargs) -> dict:
    """The parity of our documents against a reference stream (see :func:`chart_reference.parity`)."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    return parity(reference_text, documents_text(documents), tmp_path, **kwargs)


def differences(result: dict) -> str:
    """The resource lines and differing leaves of a parity report, for assertion messages."""
    lines = result["report"].splitlines()
    keep = [line for line in lines if not line.startswith("OK ")]
    return "\n".join(keep)


def assert_parity(result: dict, minimum: float, label: str = "") -> None:
    where = f"{label}: " if label else ""
    assert result["matched"] == result["resources"], (
        f"{where}{result['resources'] - result['matched']} reference resource(s) not produced\n"
        + differences(result))
    assert result["percent"] >= minimum, (
        f"{where}parity {result['percent']:.2f}% < {minimum}%\n" + differences(result))


# The deletion-cleanup Job differs from the chart's hook Job by design (its pod template's labels,
# its script, environment and security context); nothing else may differ.
BY_DESIGN = re.compile(r"^Job/[a-z0-9-]+-cleanup-helmreleases-hook:")


def unexpected(result: dict, allowed: tuple[str, ...] = ()) -> list[str]:
    """Differing reference leaves that are neither by design nor in ``allowed`` (regexes)."""
    return [leaf for leaf in non_equal_leaves(result)
            if not BY_DESIGN.match(leaf) and not any(re.search(pattern, leaf) for pattern in allowed)]


def non_equal_leaves(result: dict) -> list[str]:
    """``Kind/name:path`` of every reference leaf that is missing or different (extras excluded)."""
    out, owner = [], ""
    for line in result["report"].splitlines():
        head = re.match(r"^(?:DIFF|OK|MISSING)\s+(\S+) (?:\S+/)?(\S+) \(", line)
        if head:
            owner = f"{head.group(1)}/{head.group(2)}"
            continue
        leaf = re.match(r"^\s{4}(?:different|missing)\s+(\S+?): ref=", line)
        if leaf:
            out.append(f"{owner}:{leaf.group(1)}")
    return out


__all__ = ["BY_DESIGN", "CASES_DIR", "CHART_DIR", "NON_IPAM_REFERENCES", "REFERENCE", "assert_parity", "case_files",
           "case_header", "compare", "differences", "documents_text", "helm_render", "helm_render_chart",
           "non_equal_leaves", "our_documents", "patched_chart", "release_of", "unexpected"]
