"""kube-vip on Kubernetes 1.29 and later (docs/kube-vip.md), and the chart's kube-vip below 1.29.

* ``kube-vip-kubeconfig.sh`` runs under bash on a temporary directory standing for a control-plane
  node: the kube-vip manifest, the script and the hosts file as our KubeadmControlPlane and Secret
  write them, ``/etc/kubeadm.sh`` as Cluster API's Ignition bootstrap writes it from our commands,
  and a fake ``kubeadm`` that keeps a copy of the manifest as it is while ``kubeadm init`` or
  ``kubeadm join`` runs;
* the objects of clusters from 1.29 (script, commands, hosts file, pod without hostAliases) and
  below 1.29 (the chart's objects, nothing of the above), IPAM included.
"""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from constructs_lib.constructs.jobs.ipam_placeholders import CONTROL_PLANE_IP_PLACEHOLDER
from constructs_lib.constructs.node_config import kube_vip
from constructs_lib.crd import validate_documents
from parity_support import CASES_DIR, REFERENCE, assert_parity, compare, helm_render, our_documents, unexpected

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "constructs_lib/assets/scripts/kube-vip-kubeconfig.sh"
MANIFEST = "/etc/kubernetes/manifests/kube-vip.yaml"
ADMIN, SUPER_ADMIN = "/etc/kubernetes/admin.conf", "/etc/kubernetes/super-admin.conf"
VIP = "10.10.222.10"
NEW, OLD = "v1.33.4", "v1.28.15"
FROM_1_29 = ["v1.29.0", "v1.30.0-rc.1", NEW]
BELOW_1_29 = ["v1.24.11", OLD]
NOT_IN_OLD_CLUSTERS = ("super-admin", "kube-vip.hosts", "kube-vip-kubeconfig", "etchosts")


def with_version(values_text: str, version: str) -> str:
    values = yaml.safe_load(values_text) or {}
    values.setdefault("cluster", {})["kubernetesVersion"] = version
    return yaml.safe_dump(values, sort_keys=False)


def ci_values(version: str) -> str:
    return with_version((REFERENCE / "values/ci.yaml").read_text(), version)


def one(documents: list[dict], kind: str, name: str | None = None) -> dict:
    found = [d for d in documents if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(found) == 1, f"{kind} {name}: {len(found)} found"
    return found[0]


def config_spec(documents: list[dict]) -> dict:
    return one(documents, "KubeadmControlPlane")["spec"]["kubeadmConfigSpec"]


def node_file(spec: dict, path: str) -> dict:
    (entry,) = [f for f in spec["files"] if f["path"] == path]
    return entry


def kubevip_pod(documents: list[dict]) -> str:
    return one(documents, "Secret", "test-kubevip-pod")["stringData"]["content"]


def kubeconfig_host_path(manifest_text: str) -> str:
    pod = yaml.safe_load(manifest_text)
    (volume,) = [v for v in pod["spec"]["volumes"] if v["name"] == "kubeconfig"]
    return volume["hostPath"]["path"]


@pytest.fixture(scope="module")
def new_cluster() -> list[dict]:
    return our_documents(ci_values(NEW))


# --- the script on a node -------------------------------------------------------------------------

FAKE_KUBEADM = """#!/bin/sh
printf '%s\\n' "$*" >> "$FAKE_KUBEADM_DIR/calls"
case "$1" in
  version) printf '%s\\n' "$FAKE_KUBEADM_VERSION" ;;
  init|join) cp "$KUBE_VIP_MANIFEST" "$FAKE_KUBEADM_DIR/manifest-during-$1" ;;
  *) echo "fake kubeadm: unexpected $*" >&2; exit 2 ;;
esac
"""


@dataclass
class Node:
    """A control-plane node's files below ``root``, written from the cluster's objects."""

    root: Path

    @property
    def manifest(self) -> Path:
        return self.root / MANIFEST.lstrip("/")

    @property
    def script(self) -> Path:
        return self.root / kube_vip.KUBECONFIG_SCRIPT.lstrip("/")

    @property
    def kubeadm_script(self) -> Path:
        return self.root / "etc/kubeadm.sh"

    @property
    def fake(self) -> Path:
        return self.root / "fake-kubeadm"

    def env(self, version: str) -> dict[str, str]:
        return {"PATH": f"{self.fake}{os.pathsep}{os.environ.get('PATH', os.defpath)}", "LC_ALL": "C",
                "KUBE_VIP_MANIFEST": str(self.manifest), "KUBEADM_SCRIPT": str(self.kubeadm_script),
                "FAKE_KUBEADM_DIR": str(self.fake), "FAKE_KUBEADM_VERSION": version}

    def run(self, *args: str, version: str = NEW) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", str(self.script), *args], env=self.env(version), capture_output=True,
                              text=True, timeout=60, check=False)

    def bootstrap(self, version: str = NEW) -> subprocess.CompletedProcess:
        """``/etc/kubeadm.sh``, as the kubeadm.service unit of the Ignition bootstrap runs it."""
        return subprocess.run(["bash", str(self.kubeadm_script)], env=self.env(version), capture_output=True,
                              text=True, timeout=60, check=False)

    def kubeadm_calls(self) -> list[str]:
        calls = self.fake / "calls"
        return calls.read_text().splitlines() if calls.exists() else []

    def during(self, subcommand: str) -> str:
        return (self.fake / f"manifest-during-{subcommand}").read_text()


def bootstrap_script(spec: dict, subcommand: str, root: Path) -> str:
    """``/etc/kubeadm.sh`` as Cluster API's Ignition bootstrap writes it (``clc.go``): the pre-kubeadm
    commands, the kubeadm command, the success marker and the post-kubeadm commands. Our kube-vip
    commands run the node's copy of the script; the others stay in the text, as comments."""
    def command(line: str) -> str:
        if kube_vip.KUBECONFIG_SCRIPT in line:
            return line.replace(kube_vip.KUBECONFIG_SCRIPT, str(root / kube_vip.KUBECONFIG_SCRIPT.lstrip("/")))
        return f"true  # {line}"

    lines = ["#!/bin/bash", "set -e", *map(command, spec["preKubeadmCommands"]), "",
             f"kubeadm {subcommand} --config /etc/kubeadm.yml ",
             f"mkdir -p {root}/run/cluster-api && echo success > {root}/run/cluster-api/bootstrap-success.complete",
             "true  # mv /etc/kubeadm.yml /tmp/",
             *map(command, spec.get("postKubeadmCommands", []))]
    return "\n".join(lines) + "\n"


def make_node(tmp_path: Path, documents: list[dict], subcommand: str = "init") -> Node:
    spec = config_spec(documents)
    node = Node(tmp_path / "node")
    for entry in (node_file(spec, kube_vip.KUBECONFIG_SCRIPT), node_file(spec, kube_vip.HOSTS_FILE)):
        path = node.root / entry["path"].lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(entry["content"])
        path.chmod(int(entry["permissions"], 8))
    assert node_file(spec, MANIFEST)["contentFrom"]["secret"] == {"name": "test-kubevip-pod", "key": "content"}
    node.manifest.parent.mkdir(parents=True)
    node.manifest.write_text(kubevip_pod(documents))
    node.manifest.chmod(int(node_file(spec, MANIFEST)["permissions"], 8))
    node.kubeadm_script.write_text(bootstrap_script(spec, subcommand, node.root))
    node.fake.mkdir()
    (node.fake / "kubeadm").write_text(FAKE_KUBEADM)
    (node.fake / "kubeadm").chmod(0o755)
    return node


def snapshot(path: Path) -> tuple[bytes, int, int, int]:
    """Content, inode, modification time and mode: a rewrite changes the inode."""
    st = path.stat()
    return path.read_bytes(), st.st_ino, st.st_mtime_ns, stat.S_IMODE(st.st_mode)


def manifests_dir(node: Node) -> list[str]:
    return sorted(p.name for p in node.manifest.parent.iterdir())


def test_the_script_is_what_the_control_plane_gets(new_cluster):
    assert node_file(config_spec(new_cluster), kube_vip.KUBECONFIG_SCRIPT)["content"] == SCRIPT.read_text()


def test_script_text_is_clean():
    text = SCRIPT.read_text()
    assert text.startswith("#!/usr/bin/env bash\n")
    assert text.endswith("\n") and not text.endswith("\n\n")
    assert "\r" not in text and all(line == line.rstrip() for line in text.splitlines())
    result = subprocess.run(["bash", "-n", str(SCRIPT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    # The production paths, which the tests override.
    assert 'manifest="${KUBE_VIP_MANIFEST:-/etc/kubernetes/manifests/kube-vip.yaml}"' in text
    assert 'kubeadm_script="${KUBEADM_SCRIPT:-/etc/kubeadm.sh}"' in text


def _shellcheck() -> str | None:
    beside_python = Path(sys.executable).parent / "shellcheck"
    return str(beside_python) if beside_python.exists() else shutil.which("shellcheck")


@pytest.mark.skipif(_shellcheck() is None, reason="shellcheck is not installed (requirements-dev.txt has it)")
def test_shellcheck():
    result = subprocess.run([_shellcheck(), "--severity=style", "--shell=bash", str(SCRIPT)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("version", FROM_1_29)
def test_init_node_runs_kubeadm_init_with_super_admin_then_goes_back_to_admin(tmp_path, new_cluster, version):
    node = make_node(tmp_path, new_cluster, "init")
    before = snapshot(node.manifest)
    result = node.bootstrap(version)
    assert result.returncode == 0, result.stderr
    assert (node.root / "run/cluster-api/bootstrap-success.complete").exists()
    assert node.kubeadm_calls() == ["version -o short", "init --config /etc/kubeadm.yml"]
    assert kubeconfig_host_path(node.during("init")) == SUPER_ADMIN
    # Only the volume's host path changed: kube-vip still reads the file as admin.conf.
    changed = [(a, b) for a, b in zip(before[0].decode().splitlines(), node.during("init").splitlines()) if a != b]
    assert changed == [(f"      path: {ADMIN}", f"      path: {SUPER_ADMIN}")]
    # After init: admin.conf again, the manifest as written, its mode kept, no temporary file left.
    after = snapshot(node.manifest)
    assert after[0] == before[0] and after[3] == before[3] == 0o600
    assert manifests_dir(node) == ["kube-vip.yaml"]
    assert "kube-vip now uses /etc/kubernetes/super-admin.conf" in result.stderr
    assert "kube-vip now uses /etc/kubernetes/admin.conf" in result.stderr


@pytest.mark.parametrize("version", FROM_1_29)
def test_join_node_keeps_admin_conf_throughout(tmp_path, new_cluster, version):
    node = make_node(tmp_path, new_cluster, "join")
    before = snapshot(node.manifest)
    result = node.bootstrap(version)
    assert result.returncode == 0, result.stderr
    assert node.kubeadm_calls() == ["join --config /etc/kubeadm.yml"]
    assert node.during("join").encode() == before[0]
    assert snapshot(node.manifest) == before  # never rewritten
    assert "this node joins the cluster" in result.stderr


@pytest.mark.parametrize("subcommand", ["init", "join"])
def test_a_second_run_changes_nothing(tmp_path, new_cluster, subcommand):
    node = make_node(tmp_path, new_cluster, subcommand)
    for step in ("pre-kubeadm", "post-kubeadm"):
        first = node.run(step)
        assert first.returncode == 0, first.stderr
        state = snapshot(node.manifest)
        second = node.run(step)
        assert second.returncode == 0, second.stderr
        assert snapshot(node.manifest) == state
        assert manifests_dir(node) == ["kube-vip.yaml"]
        if subcommand == "init":
            assert kubeconfig_host_path(state[0].decode()) == (SUPER_ADMIN if step == "pre-kubeadm" else ADMIN)
            assert "kube-vip already uses" in second.stderr


@pytest.mark.parametrize("version", ["v1.28.15", "v1.27.0", "1.28.2"])
def test_kubeadm_below_1_29_changes_nothing(tmp_path, new_cluster, version):
    node = make_node(tmp_path, new_cluster, "init")
    before = snapshot(node.manifest)
    result = node.bootstrap(version)
    assert result.returncode == 0, result.stderr
    assert kubeconfig_host_path(node.during("init")) == ADMIN
    assert snapshot(node.manifest) == before
    assert "writes no super-admin.conf" in result.stderr


def test_the_kubeadm_commands_of_the_bootstrap_do_not_look_like_init(tmp_path, new_cluster):
    # Our own commands are in /etc/kubeadm.sh as well; only the kubeadm command line counts.
    node = make_node(tmp_path, new_cluster, "join")
    text = node.kubeadm_script.read_text()
    assert "pre-kubeadm" in text and "post-kubeadm" in text
    node.kubeadm_script.write_text(text + "# kubeadm init runs on the first node only\necho kubeadm init\n")
    result = node.run("pre-kubeadm")
    assert result.returncode == 0, result.stderr
    assert kubeconfig_host_path(node.manifest.read_text()) == ADMIN


@pytest.mark.parametrize("args", [[], ["init"], ["pre-kubeadm", "post-kubeadm"], [""]], ids=repr)
def test_bad_arguments_are_refused(tmp_path, new_cluster, args):
    node = make_node(tmp_path, new_cluster)
    before = snapshot(node.manifest)
    result = node.run(*args)
    assert result.returncode != 0
    assert "pre-kubeadm or post-kubeadm" in result.stderr
    assert snapshot(node.manifest) == before


def test_init_node_without_manifest_fails(tmp_path, new_cluster):
    node = make_node(tmp_path, new_cluster)
    node.manifest.unlink()
    for step in ("pre-kubeadm", "post-kubeadm"):
        result = node.run(step)
        assert result.returncode != 0
        assert f"no kube-vip manifest at {node.manifest}" in result.stderr


def test_a_manifest_with_another_kubeconfig_is_left_alone(tmp_path, new_cluster):
    node = make_node(tmp_path, new_cluster)
    node.manifest.write_text(node.manifest.read_text().replace(f"path: {ADMIN}", "path: /etc/kubernetes/kube-vip.conf"))
    before = snapshot(node.manifest)
    for step in ("pre-kubeadm", "post-kubeadm"):
        result = node.run(step)
        assert result.returncode != 0
        assert "mounts neither" in result.stderr
        assert snapshot(node.manifest) == before
    assert manifests_dir(node) == ["kube-vip.yaml"]


def test_pre_kubeadm_needs_the_bootstrap_script(tmp_path, new_cluster):
    node = make_node(tmp_path, new_cluster)
    node.kubeadm_script.unlink()
    result = node.run("pre-kubeadm")
    assert result.returncode != 0
    assert "cannot tell whether this node runs kubeadm init or join" in result.stderr


@pytest.mark.parametrize("version", ["", "unknown", "v1"])
def test_an_unreadable_kubeadm_version_fails(tmp_path, new_cluster, version):
    node = make_node(tmp_path, new_cluster)
    before = snapshot(node.manifest)
    result = node.run("pre-kubeadm", version=version)
    assert result.returncode != 0
    assert "cannot read kubeadm's version" in result.stderr
    assert snapshot(node.manifest) == before


# --- the objects ----------------------------------------------------------------------------------

@pytest.mark.parametrize("version, expected", [
    ("v1.28.99", False), ("v1.3.0", False), ("v1.24.12", False), ("v1.29.0-alpha.1", True), ("v1.29.0", True),
    ("v1.100.0", True), ("v2.0.0", True), ("v1.33.4+vmware.1", True)])
def test_the_version_threshold(version, expected):
    assert kube_vip.uses_super_admin(version) is expected


@pytest.mark.parametrize("version", FROM_1_29)
def test_from_1_29_the_control_plane_gets_the_script_commands_and_hosts_file(version):
    documents = our_documents(ci_values(version))
    spec = config_spec(documents)
    assert [f["path"] for f in spec["files"][:3]] == [MANIFEST, kube_vip.HOSTS_FILE, kube_vip.KUBECONFIG_SCRIPT]
    assert node_file(spec, kube_vip.HOSTS_FILE) == {"path": kube_vip.HOSTS_FILE, "permissions": "0644",
                                                    "content": "127.0.0.1 localhost kubernetes\n"}
    assert node_file(spec, kube_vip.KUBECONFIG_SCRIPT)["permissions"] == "0700"
    assert spec["preKubeadmCommands"][-1] == "bash /opt/kube-vip-kubeconfig.sh pre-kubeadm"
    assert spec["postKubeadmCommands"] == ["bash /opt/kube-vip-kubeconfig.sh post-kubeadm"]
    # The rest is the chart's (as on 1.28), and the workers get nothing of it.
    old_spec = config_spec(our_documents(ci_values(OLD)))
    assert spec["preKubeadmCommands"][:-1] == old_spec["preKubeadmCommands"]
    assert [f for f in spec["files"] if f["path"] not in (kube_vip.HOSTS_FILE, kube_vip.KUBECONFIG_SCRIPT)] == \
        old_spec["files"]
    for template in (d for d in documents if d["kind"] == "KubeadmConfigTemplate"):
        assert "kube-vip" not in yaml.safe_dump(template)
    assert validate_documents(documents) == []


def test_from_1_29_the_pod_resolves_kubernetes_through_its_hosts_file(new_cluster):
    pod = yaml.safe_load(kubevip_pod(new_cluster))
    spec = pod["spec"]
    assert "hostAliases" not in spec and spec["hostNetwork"] is True
    (container,) = spec["containers"]
    assert container["volumeMounts"] == [{"mountPath": ADMIN, "name": "kubeconfig"},
                                         {"mountPath": "/etc/hosts", "name": "etchosts", "readOnly": True}]
    assert spec["volumes"] == [{"hostPath": {"path": ADMIN, "type": "FileOrCreate"}, "name": "kubeconfig"},
                               {"hostPath": {"path": kube_vip.HOSTS_FILE, "type": "File"}, "name": "etchosts"}]
    hosts = node_file(config_spec(new_cluster), kube_vip.HOSTS_FILE)["content"]
    assert {name: line.split()[0] for line in hosts.splitlines() for name in line.split()[1:]} == {
        "localhost": "127.0.0.1", "kubernetes": "127.0.0.1"}
    # Apart from name resolution, the chart's pod (as on 1.28, see below).
    chart_pod = yaml.safe_load(kubevip_pod(our_documents(ci_values(OLD))))
    assert chart_pod["spec"].pop("hostAliases") == [{"hostnames": ["kubernetes"], "ip": "127.0.0.1"}]
    chart_pod["spec"]["containers"][0]["volumeMounts"] = container["volumeMounts"]
    chart_pod["spec"]["volumes"] = spec["volumes"]
    assert pod == chart_pod
    assert "super-admin" not in kubevip_pod(new_cluster)


@pytest.mark.parametrize("version", BELOW_1_29)
@pytest.mark.parametrize("values", ["ci", "api-server-flags", "oidc-encryption", "teleport-off-proxy-disabled"])
def test_below_1_29_the_objects_are_the_chart_s(values, version, tmp_path):
    source = REFERENCE / "values/ci.yaml" if values == "ci" else CASES_DIR / f"{values}.yaml"
    text = with_version(source.read_text(), version)
    documents = our_documents(text)
    reference = helm_render(text)
    result = compare(reference, documents, tmp_path)
    assert_parity(result, 99.0, values)
    assert unexpected(result) == []
    chart_secret = one([d for d in yaml.safe_load_all(reference) if d], "Secret", "test-kubevip-pod")
    assert kubevip_pod(documents) == chart_secret["stringData"]["content"]
    assert "postKubeadmCommands" not in config_spec(documents)
    assert one(documents, "KubeadmControlPlane")["spec"]["version"] == version
    assert [word for word in NOT_IN_OLD_CLUSTERS if word in yaml.safe_dump_all(documents)] == []


# --- IPAM ---------------------------------------------------------------------------------------

def ipam_documents(version: str | None) -> list[dict]:
    text = (CASES_DIR / "ipam-both.yaml").read_text()
    if version:
        text = with_version(text, version)
    return our_documents(text, ipam_api_available=True, namespaced_secrets=True)


def ipam_manifests(documents: list[dict]) -> dict[str, str]:
    (config_map,) = [d for d in documents
                     if d["kind"] == "ConfigMap" and d["metadata"]["name"].startswith("test-ipam-")]
    return config_map["data"]


@pytest.mark.parametrize("version", [None, OLD, NEW], ids=["default", "1.28", "1.33"])
def test_the_ipam_job_applies_the_pod_of_the_cluster_s_version(version):
    documents = ipam_documents(version)
    effective = version or one(documents, "KubeadmControlPlane")["spec"]["version"]
    manifests = ipam_manifests(documents)
    # The Job fills the address into the same pod the Secret holds without IPAM.
    assert manifests["kube-vip-pod.yaml"].replace(CONTROL_PLANE_IP_PLACEHOLDER, VIP) == \
        kube_vip.pod_manifest(VIP, effective)
    pod = yaml.safe_load(manifests["kube-vip-pod.yaml"])
    applied = [d for d in yaml.safe_load_all(manifests["objects.yaml"]) if d]
    applied_spec = one(applied, "KubeadmControlPlane")["spec"]["kubeadmConfigSpec"]
    # What Flux creates first and what the Job applies agree on the node configuration.
    assert applied_spec["files"] == config_spec(documents)["files"]
    assert applied_spec.get("postKubeadmCommands") == config_spec(documents).get("postKubeadmCommands")
    if kube_vip.uses_super_admin(effective):
        assert "hostAliases" not in pod["spec"]
        assert applied_spec["postKubeadmCommands"] == ["bash /opt/kube-vip-kubeconfig.sh post-kubeadm"]
        assert kube_vip.HOSTS_FILE in [f["path"] for f in applied_spec["files"]]
    else:
        assert pod["spec"]["hostAliases"] == [{"hostnames": ["kubernetes"], "ip": "127.0.0.1"}]
        assert "postKubeadmCommands" not in applied_spec
        assert [word for word in NOT_IN_OLD_CLUSTERS if word in yaml.safe_dump_all(documents)] == []
    assert validate_documents(documents) == []
