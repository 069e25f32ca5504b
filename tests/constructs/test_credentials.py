"""Credentials: never plaintext in dist/ unless a cluster opts in; kept for CAPV on deletion."""
from __future__ import annotations

import base64
from pathlib import Path

import pytest

from conftest import CLUSTERS, tree
from constructs_lib.commands.cli import main
from constructs_lib.config.cluster_file import load_cluster_text
from constructs_lib.config import ConfigError
from constructs_lib.commands.synth import props_for, synth_documents

PASSWORD = "S3NTINEL-pw-4711"
TOKEN = "S3NTINEL-token-0815"
BASE = (CLUSTERS / "alpha.yaml").read_text()


def _with(extra_values: str = "", deployment: str = "") -> str:
    text = BASE.replace("deployment:\n  namespace: org-platform\n",
                        "deployment:\n  namespace: org-platform\n" + deployment)
    return text + extra_values


def _with_password(text: str, password: str = PASSWORD) -> str:
    return text.replace("vcenter:\n", f"vcenter:\n  username: svc-capv\n  password: \"{password}\"\n", 1)


def _objects(text: str, name: str = "alpha") -> list[dict]:
    return synth_documents(props_for(load_cluster_text(text, "clusters/alpha.yaml", name)))


def _errors(text: str) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_cluster_text(text, "clusters/alpha.yaml", "alpha")
    return [str(e) for e in info.value.errors]


def test_default_reads_the_existing_secret_and_emits_none():
    docs = _objects(BASE)
    assert not [d for d in docs if d["kind"] == "Secret" and d["metadata"]["name"] == "alpha-credentials"]
    vsphere_cluster = next(d for d in docs if d["kind"] == "VSphereCluster")
    assert vsphere_cluster["spec"]["identityRef"] == {"kind": "Secret", "name": "alpha-credentials"}
    cpi = next(d for d in docs if d["kind"] == "HelmRelease" and d["metadata"]["name"].endswith("cloud-provider-vsphere"))
    assert {v["name"] for v in cpi["spec"]["valuesFrom"] if v["kind"] == "Secret"} == {"alpha-credentials"}
    assert {v["valuesKey"] for v in cpi["spec"]["valuesFrom"]} == {"username", "escapedPassword"}


def test_named_secret_is_referenced_everywhere():
    docs = _objects(_with(deployment="  vcenterCredentialsSecret: vsphere-org\n"))
    assert not [d for d in docs if d["kind"] == "Secret" and "credentials" in d["metadata"]["name"]]
    assert next(d for d in docs if d["kind"] == "VSphereCluster")["spec"]["identityRef"]["name"] == "vsphere-org"
    cpi = next(d for d in docs if d["kind"] == "HelmRelease" and d["metadata"]["name"].endswith("cloud-provider-vsphere"))
    assert {v["name"] for v in cpi["spec"]["valuesFrom"]} == {"vsphere-org"}


def test_literal_password_is_refused_without_naming_its_value():
    errors = _errors(_with_password(BASE))
    assert len(errors) == 1
    assert errors[0].startswith("clusters/alpha.yaml: vcenter.password: is a plaintext password")
    assert "vcenterCredentialsSecret" in errors[0] and "allowPlaintextCredentials" in errors[0]
    assert PASSWORD not in errors[0]


def test_literal_registry_credentials_are_refused():
    registry = ("  containerRegistries:\n    docker.io:\n      - endpoint: mirror.example.internal\n"
                f"        credentials:\n          username: bot\n          password: {PASSWORD}\n"
                f"      - endpoint: other.example.internal\n        credentials:\n          identitytoken: {TOKEN}\n")
    text = BASE.replace("connectivity:\n", "connectivity:\n" + registry, 1)
    errors = _errors(text)
    joined = "\n".join(errors)
    assert "connectivity.containerRegistries.docker.io[0].credentials.password: is a plaintext" in joined
    assert "connectivity.containerRegistries.docker.io[1].credentials.identitytoken: is a plaintext" in joined
    assert PASSWORD not in joined and TOKEN not in joined


def test_plaintext_opt_in_builds_the_charts_secret_kept_on_prune():
    docs = _objects(_with_password(_with(deployment="  allowPlaintextCredentials: true\n"), "p.w,d"))
    (secret,) = [d for d in docs if d["kind"] == "Secret" and d["metadata"]["name"] == "alpha-credentials"]
    data = {k: base64.b64decode(v).decode() for k, v in secret["data"].items()}
    assert data == {"username": "svc-capv", "password": "p.w,d", "escapedPassword": "p\\.w\\,d"}
    # Flux must not delete it while CAPV removes the VMs; CAPV deletes it afterwards.
    assert secret["metadata"]["annotations"] == {"kustomize.toolkit.fluxcd.io/prune": "disabled"}
    assert secret["metadata"]["namespace"] == "org-platform"


def test_secret_reference_and_literal_credentials_contradict():
    errors = _errors(_with_password(_with(deployment="  vcenterCredentialsSecret: vsphere-org\n")))
    assert any("vcenter.password: '***' is set, but the credentials come from the Secret 'vsphere-org'" in e
               for e in errors), errors
    assert all(PASSWORD not in e for e in errors)


def test_synth_with_literal_password_fails_and_leaves_dist(tmp_path: Path, clusters_copy: Path, capsys):
    out = tmp_path / "dist"
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 0
    before = tree(out)
    alpha = clusters_copy / "alpha.yaml"
    alpha.write_text(_with_password(alpha.read_text()))
    capsys.readouterr()
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 1
    captured = capsys.readouterr()
    assert "alpha.yaml: vcenter.password" in captured.err
    assert PASSWORD not in captured.err + captured.out
    assert tree(out) == before


def test_render_keeps_the_charts_behaviour(tmp_path: Path, capsys):
    values = tmp_path / "values.yaml"
    values.write_text("baseDomain" + _with_password(BASE).split("baseDomain", 1)[1])
    assert main(["render", str(values)]) == 0
    out = capsys.readouterr().out
    assert base64.b64encode(PASSWORD.encode()).decode() in out
