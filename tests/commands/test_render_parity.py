"""Our manifests against the reference chart's, field by field.

* the reference values files (not IPAM) against their goldens;
* every user-style values file of ``tests/cases`` against the chart rendered by Helm;
* the cases the chart cannot render as intended (header ``# chart-defect: ID``) against what the
  chart evidently meant, one dedicated test per defect.

Differences allowed everywhere: the shell scripts (ignore file), the KubeadmConfigTemplate name
hash (compared without it) and the cleanup Job's pod template, which is ours by design. Any other
differing field fails the test, whatever the overall percentage. Every object we emit must also
pass the strict CRD schema check.
"""
from __future__ import annotations

import base64
import re
import tomllib

import pytest
import yaml

from constructs_lib.crd import validate_documents
from parity_support import (
    NON_IPAM_REFERENCES,
    REFERENCE,
    assert_parity,
    case_files,
    case_header,
    compare,
    helm_render,
    helm_render_chart,
    non_equal_leaves,
    our_documents,
    patched_chart,
    release_of,
    unexpected,
)

REFERENCE_MINIMUM = 99.5
CASE_MINIMUM = 99.0

KNOWN_CHART_DEFECTS = {"proxy-secret-helper", "registry-toml"}


def _cases(defect: str | None) -> list:
    return [path for path in case_files() if case_header(path.read_text(), "chart-defect") == defect]


# --- reference values files -------------------------------------------------------------------

@pytest.mark.parametrize("name", NON_IPAM_REFERENCES)
def test_reference_values_match_the_golden_render(name, tmp_path):
    text = (REFERENCE / "values" / f"{name}.yaml").read_text()
    documents = our_documents(text, source=f"{name}.yaml")
    result = compare((REFERENCE / "golden" / f"{name}.yaml").read_text(), documents, tmp_path)
    assert_parity(result, REFERENCE_MINIMUM, name)
    assert unexpected(result) == []
    assert validate_documents(documents) == []


# --- user-style cases ---------------------------------------------------------------------------

def test_the_cases_cover_the_values_surface():
    """A guard against the case directory shrinking: the branches the cases are written for."""
    texts = {path.stem: path.read_text() for path in case_files()}
    assert len(_cases(None)) >= 12
    joined = "\n".join(texts.values())
    for needle in ("nodePools: null", "default: null", "worker: null", "identitytoken:", "auth:", "password:",
                   "usernamePrefix:", "caFile:", "enableEncryptionProvider: true", "sshTrustedUserCAKeys: []",
                   "osUsers: []", "enabled: false", "enabled: true", "enableAdmissionPlugins:", "featureGates:",
                   "certSANs:", "clusterDescription:", "clusterLabels:", "helmReleases:", "port: 8443",
                   "allowAllEgress: true", "organization:", "kubernetesVersion:", "thumbprint:", "datacenter:",
                   "managementCluster:", "customVMXKeys:", "# release:"):
        assert needle in joined, f"no case sets {needle!r}"
    for name, text in texts.items():
        defect = case_header(text, "chart-defect")
        assert defect is None or defect in KNOWN_CHART_DEFECTS, f"{name}: no dedicated test for {defect!r}"


@pytest.mark.parametrize("path", _cases(None), ids=lambda p: p.stem)
def test_case_matches_the_chart(path, tmp_path):
    text = path.read_text()
    name, namespace = release_of(text)
    documents = our_documents(text, name, namespace, source=path.name)
    result = compare(helm_render(text, name, namespace), documents, tmp_path)
    assert_parity(result, CASE_MINIMUM, path.name)
    assert unexpected(result) == []
    assert validate_documents(documents) == []


# --- cases the chart cannot render as intended ---------------------------------------------------

@pytest.mark.parametrize("path", _cases("proxy-secret-helper"), ids=lambda p: p.stem)
def test_proxy_case_matches_the_chart_with_its_missing_helper(path, tmp_path):
    """0.9.7 includes the helper ``containerdProxySecret`` without defining it, so no values with
    ``proxy.enabled: true`` render; with the helper of the chart's later releases they do."""
    text = path.read_text()
    name, namespace = release_of(text)
    with pytest.raises(Exception, match="error calling include"):
        helm_render(text, name, namespace)
    documents = our_documents(text, name, namespace, source=path.name)
    reference = helm_render_chart(text, patched_chart(tmp_path), name, namespace)
    result = compare(reference, documents, tmp_path / "parity")
    assert_parity(result, CASE_MINIMUM, path.name)
    assert unexpected(result) == []
    assert validate_documents(documents) == []

    values = yaml.safe_load(text)
    secret = values["proxy"]["secretName"]
    teleport = values.get("internal", {}).get("teleport", {}).get("enabled", True)
    drop_ins = {"/etc/systemd/system/containerd.service.d/99-http-proxy.conf"}
    if teleport:
        drop_ins.add("/etc/systemd/system/teleport.service.d/99-http-proxy.conf")
    restarts = ["systemctl daemon-reload", "systemctl restart containerd"] + (
        ["systemctl restart teleport"] if teleport else [])
    for spec in _kubeadm_config_specs(documents):
        proxy_files = [f for f in spec["files"] if f["path"].endswith("99-http-proxy.conf")]
        assert {f["path"] for f in proxy_files} == drop_ins
        assert all(f["contentFrom"]["secret"] == {"name": secret, "key": "containerdProxy"} for f in proxy_files)
        assert spec["preKubeadmCommands"][-len(restarts):] == restarts


@pytest.mark.parametrize("path", _cases("registry-toml"), ids=lambda p: p.stem)
def test_registry_credentials_give_valid_toml_where_the_chart_glues_lines(path, tmp_path):
    text = path.read_text()
    name, namespace = release_of(text)
    reference = helm_render(text, name, namespace)
    documents = our_documents(text, name, namespace, source=path.name)

    chart_toml = _registry_toml(yaml.safe_load_all(reference))
    ours_toml = _registry_toml(documents)
    with pytest.raises(tomllib.TOMLDecodeError):
        tomllib.loads(chart_toml)
    parsed = tomllib.loads(ours_toml)
    # Ours is the chart's text with a line break wherever a table was glued onto a value.
    assert ours_toml == re.sub(r'"(\[plugins\.)', '"\n      \\1', chart_toml)
    configs = parsed["plugins"]["io.containerd.grpc.v1.cri"]["registry"]["configs"]
    assert configs == {
        "registry-1.docker.io": {"auth": {"auth": base64.b64encode(b"docker-user:docker-pass").decode()}},
        "docker-mirror.example.test": {"auth": {"identitytoken": "token-for-docker-mirror"}},
        "ghcr-mirror.example.test": {"auth": {"auth": "Z2hjcjpnaGNyLXBhc3M="}},
        "quay-mirror.example.test": {"auth": {"auth": base64.b64encode(b"robot:robot-secret").decode()}},
    }

    # Everything else matches, once the Secret's name hash (over the different text) is set aside.
    result = compare(reference, documents, tmp_path, unhash=("KubeadmConfigTemplate", "Secret"))
    assert_parity(result, CASE_MINIMUM, path.name)
    assert unexpected(result, allowed=(r"^Secret/[a-z0-9-]+-registry-configuration-HASH:data\.registry-config\.toml$",)) == []
    assert validate_documents(documents) == []


def _kubeadm_config_specs(documents) -> list[dict]:
    specs = []
    for doc in documents:
        if doc["kind"] == "KubeadmControlPlane":
            specs.append(doc["spec"]["kubeadmConfigSpec"])
        elif doc["kind"] == "KubeadmConfigTemplate":
            specs.append(doc["spec"]["template"]["spec"])
    assert specs
    return specs


def _registry_toml(documents) -> str:
    found = [doc["data"]["registry-config.toml"] for doc in documents
             if doc and doc["kind"] == "Secret" and "registry-config.toml" in doc.get("data", {})]
    assert len(found) == 1
    return base64.b64decode(found[0]).decode()
