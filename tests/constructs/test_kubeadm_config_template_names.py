"""KubeadmConfigTemplate names: the hash suffix changes exactly when the template's content does.

Cluster API does not roll a MachineDeployment's machines when its KubeadmConfigTemplate changes,
only when the MachineDeployment points at another one; the content-derived name does that. The
name must therefore be stable for the same content (across runs and processes), and change for
every change of the content -- and for nothing else.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import yaml

from parity_support import ROOT, our_documents

BASE = {
    "baseDomain": "example.test",
    "connectivity": {"network": {"controlPlaneEndpoint": {"host": "10.0.10.5"},
                                 "loadBalancers": {"cidrBlocks": ["10.0.10.64/27"]}}},
    "nodeClasses": {"big": {"template": "flatcar-big", "numCPUs": 8,
                            "network": {"devices": [{"networkName": "workers", "dhcp4": True}]}}},
    "nodePools": {"worker": {"class": "default", "replicas": 2}, "infra": {"class": "big", "replicas": 1}},
}


def overlay(base: dict, extra: dict) -> dict:
    out = json.loads(json.dumps(base))
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = overlay(out[key], value)
        else:
            out[key] = value
    return out


def templates(values: dict, name: str = "test") -> dict[str, tuple[str, str]]:
    """pool -> (KubeadmConfigTemplate name, canonical JSON of its spec), checking the references."""
    documents = our_documents(yaml.safe_dump(values), name=name)
    found = {}
    for doc in documents:
        if doc["kind"] == "KubeadmConfigTemplate":
            pool = doc["spec"]["template"]["spec"]["joinConfiguration"]["nodeRegistration"]["kubeletExtraArgs"][
                "node-labels"].split("=", 1)[1]
            found[pool] = (doc["metadata"]["name"], json.dumps(doc["spec"], sort_keys=True))
    for doc in documents:
        if doc["kind"] == "MachineDeployment":
            pool = doc["metadata"]["name"][len(name) + 1:]
            assert doc["spec"]["template"]["spec"]["bootstrap"]["configRef"]["name"] == found[pool][0]
    return found


def test_same_content_same_name_across_runs():
    first, second = templates(BASE), templates(json.loads(json.dumps(BASE)))
    assert first == second
    for pool, (name, _) in first.items():
        assert name.startswith(f"test-{pool}-") and len(name) == len(f"test-{pool}-") + 8


def test_same_name_in_another_process():
    """No per-process state (hash seeds, dict order) reaches the name."""
    values_file = ROOT / "tests" / "cases" / "node-pools-many.yaml"
    env = {**os.environ, "PYTHONHASHSEED": "12345", "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION": "20"}
    out = subprocess.run([sys.executable, "-m", "constructs_lib", "render", str(values_file)], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    theirs = sorted(d["metadata"]["name"] for d in yaml.safe_load_all(out) if d and d["kind"] == "KubeadmConfigTemplate")
    ours = sorted(d["metadata"]["name"] for d in our_documents(values_file.read_text())
                  if d["kind"] == "KubeadmConfigTemplate")
    assert theirs == ours and len(ours) == 4


# Changes of what every pool's nodes are configured with: every template changes, and its name.
CONTENT_CHANGES = {
    "os user added": {"osUsers": [{"name": "giantswarm", "sudo": "ALL=(ALL) NOPASSWD:ALL"}, {"name": "ops"}]},
    "ssh CA key changed": {"sshTrustedUserCAKeys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOther ca@example.test"]},
    "no ssh CA keys": {"sshTrustedUserCAKeys": []},
    "teleport off": {"internal": {"teleport": {"enabled": False}}},
    "teleport proxy": {"internal": {"teleport": {"proxyAddr": "teleport.example.test:3080"}}},
    "registry mirror": {"connectivity": {"containerRegistries": {"docker.io": [{"endpoint": "mirror.example.test"}]}}},
    "sandbox image": {"internal": {"sandboxContainerImage": {"tag": "3.10"}}},
    "proxy on": {"proxy": {"enabled": True, "secretName": "test-systemd-proxy"}},
    "base domain": {"baseDomain": "other.example.test"},
    "management cluster": {"managementCluster": "gauss"},
}

# Changes that leave every template's content alone: no name may change.
UNRELATED_CHANGES = {
    "replicas": {"nodePools": {"worker": {"replicas": 7}, "infra": {"replicas": 0}}},
    "another pool added": {"nodePools": {"extra": {"class": "big", "replicas": 1}}},
    "class of a pool": {"nodePools": {"infra": {"class": "default"}}},
    "node class content": {"nodeClasses": {"big": {"numCPUs": 16}, "default": {"memoryMiB": 4096}}},
    "control plane": {"controlPlane": {"replicas": 3, "resourceRatio": 4}},
    "kubernetes version": {"cluster": {"kubernetesVersion": "v1.25.16"}},
    "api server flags": {"apiServer": {"featureGates": "ExpandedDNSConfig=true", "certSANs": ["api.example.test"]},
                         "oidc": {"issuerUrl": "https://dex.example.test", "clientId": "k8s"}},
    "encryption off": {"cluster": {"enableEncryptionProvider": False}},
    "metadata": {"organization": "acme", "clusterDescription": "other", "clusterLabels": {"team": "a"}},
    "vcenter": {"vcenter": {"datacenter": "DC2", "password": "changed"}},
    "release intervals": {"helmReleases": {"cilium": {"interval": "1m"}}},
}


@pytest.mark.parametrize("change", sorted(CONTENT_CHANGES))
def test_content_change_renames_every_template(change):
    before, after = templates(BASE), templates(overlay(BASE, CONTENT_CHANGES[change]))
    assert sorted(before) == sorted(after) == ["infra", "worker"]
    for pool in before:
        assert after[pool][1] != before[pool][1], "the change is expected to change the content"
        assert after[pool][0] != before[pool][0]


@pytest.mark.parametrize("change", sorted(UNRELATED_CHANGES))
def test_unrelated_change_keeps_the_names(change):
    before, after = templates(BASE), templates(overlay(BASE, UNRELATED_CHANGES[change]))
    for pool in before:
        assert after[pool] == before[pool]


def test_a_pools_own_content_renames_only_its_template():
    """The pool's name is the one thing of its own in its template (the node-pool label): a renamed
    pool gets another template, the other pools keep theirs."""
    renamed = overlay(BASE, {"nodePools": {"infra": None, "infra-2": {"class": "big", "replicas": 1}}})
    before, after = templates(BASE), templates(renamed)
    assert after["worker"] == before["worker"]
    assert after["infra-2"][1] != before["infra"][1]
    assert after["infra-2"][0] != before["infra"][0]


def test_names_equal_exactly_when_contents_equal():
    """Across every variant above: one name per content, one content per name."""
    by_name: dict[str, set[str]] = {}
    by_content: dict[str, set[str]] = {}
    variants = [BASE] + [overlay(BASE, change) for change in (*CONTENT_CHANGES.values(), *UNRELATED_CHANGES.values())]
    for values in variants:
        for pool, (name, content) in templates(values).items():
            suffix = name.rsplit("-", 1)[1]
            by_name.setdefault(suffix, set()).add(content)
            by_content.setdefault(content, set()).add(suffix)
    assert all(len(contents) == 1 for contents in by_name.values())
    assert all(len(names) == 1 for names in by_content.values())
    assert len(by_content) == 2 * (1 + len(CONTENT_CHANGES)) + 1  # + the pool "extra"
