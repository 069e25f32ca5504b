"""``validate --manifests``: manifest files (ours or hand-edited) judged as the declared releases'
API servers would; every problem named with file, object and field; exit 1, never a traceback."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DIST
from constructs_lib.commands.cli import main


def _validate(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["validate", *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_our_output_is_valid_by_the_releases_each_file_names(capsys):
    code, out, err = _validate(capsys, "--manifests", *sorted(str(p) for p in DIST.glob("*.k8s.yaml")))
    assert (code, err) == (0, "")
    assert out.startswith("validate: 3 file(s), ")
    assert "# Releases: clusterApi=1.6, capv=1.9, flux=2.2\n" in (DIST / "bravo.k8s.yaml").read_text()


def test_declared_releases_override_the_files_own(capsys):
    # bravo is on the chart era's releases: today's Flux no longer serves its HelmRelease version.
    code, _, err = _validate(capsys, "--manifests", str(DIST / "bravo.k8s.yaml"),
                             "--management-cluster", "clusterApi=1.14,capv=1.16,flux=2.9")
    assert code == 1
    assert f"error: {DIST / 'bravo.k8s.yaml'}: HelmRelease org-platform/bravo-cilium: apiVersion: " \
           "helm.toolkit.fluxcd.io/v2beta1 is not served by the declared releases" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("edit, expected", [
    (lambda t: t.replace("  replicas: 2\n", "  replicas: 2\n  replicaz: 3\n", 1), "spec.replicaz: "),
    (lambda t: t.replace("apiVersion: helm.toolkit.fluxcd.io/v2\n", "apiVersion: helm.toolkit.fluxcd.io/v2beta1\n", 1),
     "apiVersion: helm.toolkit.fluxcd.io/v2beta1 is not served by the declared releases"),
    (lambda t: t.replace("  replicas: 2\n", "  replicas: two\n", 1), "spec.replicas: "),
])
def test_a_hand_edit_is_named_by_file_object_and_field(tmp_path: Path, capsys, edit, expected):
    edited = tmp_path / "alpha.k8s.yaml"
    text = (DIST / "alpha.k8s.yaml").read_text()
    edited.write_text(edit(text))
    assert edited.read_text() != text
    code, _, err = _validate(capsys, "--manifests", str(edited))
    assert code == 1
    assert f"error: {edited}: " in err and expected in err, err


def test_unreadable_files_and_bad_specs_are_errors_not_tracebacks(tmp_path: Path, capsys):
    broken = tmp_path / "broken.yaml"
    broken.write_text("a: [\n")
    code, _, err = _validate(capsys, "--manifests", str(broken), str(tmp_path / "missing.yaml"))
    assert code == 1
    assert f"{broken}: is not a YAML manifest stream at line" in err
    assert f"{tmp_path / 'missing.yaml'}: cannot be read" in err
    code, _, err = _validate(capsys, "--manifests", str(DIST / "alpha.k8s.yaml"), "--management-cluster", "flux=9.9")
    assert code == 1 and "--management-cluster: " in err and "flux" in err
    assert "Traceback" not in err
