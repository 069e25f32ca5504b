"""The encryption-key Job (``deployment.encryptionKey: generate``, docs/encryption.md).

* its script, run for real under sh, dash and bash against a fake ``kubectl`` that keeps Secrets,
  the Cluster and KubeadmConfigs in a JSON file: it creates the Secret once, never overwrites one,
  treats a concurrent create as success, refuses to make a second key for a cluster whose
  control plane already has one, and writes an EncryptionConfiguration with a 32-byte key;
* the objects synthesized for ``generate`` and ``external`` (and the chart's defaults), and the
  Job's own script run with the environment it is emitted with;
* the prerequisites: a generated Secret is not one, :func:`generated_secrets` names its Job.
"""
from __future__ import annotations

import base64
import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from constructs_lib.config.cluster_file import load_cluster_text
from constructs_lib.config.releases import CHART_ERA, CURRENT, ManagementCluster
from constructs_lib.constructs.cluster import VsphereCluster, VsphereClusterChart, VsphereClusterProps
from constructs_lib.constructs.jobs.encryption_key import (PROVIDERS, EncryptionKeyJob, EncryptionKeyJobProps,
                                                           encryption_key_script)
from constructs_lib.constructs.labels import FLUX_PRUNE_DISABLED
from constructs_lib.constructs.prerequisites import generated_secrets, prerequisites

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "constructs_lib/assets/scripts/encryption-key.sh"

NAMESPACE, CLUSTER = "org-acme", "acme"
SECRET = f"{CLUSTER}-encryption-provider-config"
CLUSTER_UID = "0b4f8a6e-2c1d-4e5f-9a7b-3c2d1e0f9a8b"
# Cluster API 1.10 / CAPV 1.13: everything emitted as v1beta1 (today's releases: v1beta2).
V1BETA1 = ManagementCluster(cluster_api="1.10", capv="1.13", flux="2.9")

POSIX_SHELLS = [pytest.param(shell, id=shell) for shell in ("sh", "dash", "bash") if shutil.which(shell)]
if shutil.which("sh") and shutil.which("dash") and Path(shutil.which("sh")).resolve() == Path(
        shutil.which("dash")).resolve():
    POSIX_SHELLS = [p for p in POSIX_SHELLS if p.id != "dash"]

# --- a fake kubectl -----------------------------------------------------------------------------

FAKE_KUBECTL = r'''
"""A stand-in for kubectl that understands exactly the calls of encryption-key.sh (exit 2 on any
other). State (FAKE_KUBECTL_STATE, JSON): {"secrets": {NAME: manifest}, "cluster": {"uid", "polls"}
or null, "kubeadmconfigs": [{"name", "labels", "dataSecretName", "files": [secret names]}],
"resources": {"cluster": R, "kubeadmconfig": R}, "namespace": NS, "forbidden": ["dry-run"|"create"],
"appears_before_create": manifest or null}. Every call is logged (FAKE_KUBECTL_LOG) with its stdin."""
import base64, json, os, sys

def out(text, code=0, err=False):
    (sys.stderr if err else sys.stdout).write(text)
    sys.exit(code)

def usage(why):
    out(f"fake kubectl: {why}: {sys.argv[1:]}\n", 2, err=True)

def selector_matches(labels, selector):
    for term in selector.split(","):
        key, sep, value = term.partition("=")
        if key not in labels or (sep and labels[key] != value):
            return False
    return True

argv = sys.argv[1:]
stdin = sys.stdin.read() if "-f" in argv else None
with open(os.environ["FAKE_KUBECTL_LOG"], "a") as log:
    log.write(json.dumps({"argv": argv, "stdin": stdin}) + "\n")
path = os.environ["FAKE_KUBECTL_STATE"]
state = json.load(open(path))
ns = state["namespace"]

if argv[:1] == ["create"]:
    dry = "--dry-run=server" in argv
    expected = ["create"] + (["--dry-run=server"] if dry else []) + ["-n", ns, "-o", "name", "-f", "-"]
    if argv != expected:
        usage("unexpected create")
    manifest = json.loads(stdin)
    if manifest.get("kind") != "Secret" or manifest["metadata"].get("namespace") != ns:
        usage("not a Secret of the namespace")
    name = manifest["metadata"]["name"]
    if ("dry-run" if dry else "create") in state.get("forbidden", []):
        out(f'Error from server (Forbidden): secrets is forbidden: User cannot create resource "secrets"\n', 1, err=True)
    if not dry and state.get("appears_before_create"):
        state["secrets"][name] = state.pop("appears_before_create")
        json.dump(state, open(path, "w"))
    if name in state["secrets"]:
        out(f'Error from server (AlreadyExists): error when creating "STDIN": secrets "{name}" already exists\n',
            1, err=True)
    if dry:
        out(f"secret/{name}\n")
    for value in manifest.get("data", {}).values():
        base64.b64decode(value, validate=True)
    state["secrets"][name] = manifest
    json.dump(state, open(path, "w"))
    out(f"secret/{name}\n")

if argv[:1] == ["get"] and len(argv) == 8 and argv[1] == state["resources"]["cluster"]:
    if argv[2:] != ["-n", ns, os.environ["EXPECT_CLUSTER"], "--ignore-not-found", "-o",
                    "jsonpath={.apiVersion} {.metadata.uid}"]:
        usage("unexpected get of the Cluster")
    cluster = state.get("cluster")
    if cluster is None:
        out("")
    if cluster.get("polls", 0) > 0:
        cluster["polls"] -= 1
        json.dump(state, open(path, "w"))
        out("")
    out(f"{cluster.get('apiVersion', 'cluster.x-k8s.io/v1beta2')} {cluster['uid']}")

if argv[:1] == ["get"] and len(argv) == 8 and argv[1] == state["resources"]["kubeadmconfig"]:
    jsonpath = ('jsonpath={range .items[*]}{.metadata.name}{";"}{.status.dataSecretName}{";"}'
                '{.spec.files[*].contentFrom.secret.name}{"\\n"}{end}')
    if argv[2:4] != ["-n", ns] or argv[4] != "-l" or argv[6:] != ["-o", jsonpath]:
        usage("unexpected list of KubeadmConfigs")
    lines = [f"{c['name']};{c.get('dataSecretName', '')};{' '.join(c.get('files', []))}\n"
             for c in state.get("kubeadmconfigs", []) if selector_matches(c.get("labels", {}), argv[5])]
    out("".join(lines))

usage("unexpected command")
'''


def kubeadm_config(name: str, *, cluster: str = CLUSTER, control_plane: bool = True, bootstrapped: bool = True,
                   reads_the_secret: bool = True) -> dict:
    labels = {"cluster.x-k8s.io/cluster-name": cluster}
    if control_plane:
        labels["cluster.x-k8s.io/control-plane"] = ""
    files = [f"{cluster}-registry-configuration-1a2b3c4d"] + ([f"{cluster}-encryption-provider-config"]
                                                               if reads_the_secret else [])
    return {"name": name, "labels": labels, "dataSecretName": name if bootstrapped else "", "files": files}


class Fake:
    """The fake kubectl on PATH, its state and its log."""

    def __init__(self, tmp_path: Path, *, secrets: dict | None = None, cluster: dict | None = None,
                 kubeadmconfigs: list | None = None, generation: ManagementCluster = CURRENT, **extra):
        self.tmp = tmp_path
        self.bin = tmp_path / "bin"
        self.bin.mkdir(parents=True, exist_ok=True)
        (tmp_path / "fake_kubectl.py").write_text(FAKE_KUBECTL)
        kubectl = self.bin / "kubectl"
        kubectl.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{tmp_path / "fake_kubectl.py"}" "$@"\n')
        kubectl.chmod(0o755)
        self.state_file = tmp_path / "state.json"
        self.log = tmp_path / "kubectl.log"
        self.env = job_environment(generation)
        self.state_file.write_text(json.dumps({
            "namespace": NAMESPACE, "secrets": secrets or {},
            "cluster": {"uid": CLUSTER_UID, "polls": 0} if cluster is None else cluster,
            "kubeadmconfigs": kubeadmconfigs or [],
            "resources": {"cluster": self.env["CLUSTER_RESOURCE"], "kubeadmconfig": self.env["KUBEADMCONFIG_RESOURCE"]},
            **extra}))

    @property
    def state(self) -> dict:
        return json.loads(self.state_file.read_text())

    @property
    def secrets(self) -> dict:
        return self.state["secrets"]

    def calls(self) -> list[dict]:
        return [json.loads(line) for line in self.log.read_text().splitlines()] if self.log.exists() else []

    def run(self, shell: str = "sh", command: list[str] | None = None, env: dict | None = None,
            **overrides: str) -> subprocess.CompletedProcess:
        """The Job's command (default ``SHELL -c SCRIPT``) with the Job's environment."""
        environment = {**(env if env is not None else self.env), "HOME": str(self.tmp), "POLL_SECONDS": "0",
                       "PATH": f"{self.bin}{os.pathsep}{os.environ.get('PATH', os.defpath)}", "LC_ALL": "C",
                       "FAKE_KUBECTL_STATE": str(self.state_file), "FAKE_KUBECTL_LOG": str(self.log),
                       "EXPECT_CLUSTER": CLUSTER, **overrides}
        command = command or [shell, "-c", encryption_key_script()]
        result = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=60, check=False)
        assert "fake kubectl:" not in result.stderr, result.stderr
        return result


def job_environment(management_cluster: ManagementCluster = CURRENT) -> dict[str, str]:
    """The environment of the Job emitted for cluster ``acme`` in ``org-acme``."""
    (container,) = job_of(standalone_documents(management_cluster))["spec"]["template"]["spec"]["containers"]
    return {e["name"]: e["value"] for e in container["env"]}


def standalone_documents(management_cluster: ManagementCluster = CURRENT, **props) -> list[dict]:
    from cdk8s import App, Chart

    from constructs_lib.config import load_values_text
    from constructs_lib.constructs.context import ClusterContext
    from constructs_lib.constructs.documents import chart_documents

    values = load_values_text(CHART_VALUES, "values.yaml").values
    ctx = ClusterContext(name=CLUSTER, namespace=NAMESPACE, values=values, management_cluster=management_cluster)
    chart = Chart(App(), "encryption", disable_resource_name_hashes=True)
    EncryptionKeyJob(chart, "key", dataclasses.replace(EncryptionKeyJobProps.of_cluster(ctx), **props))
    return chart_documents(chart)


def job_of(documents: list[dict]) -> dict:
    (job,) = [d for d in documents if d["kind"] == "Job" and "-encryption-key-" in d["metadata"]["name"]]
    return job


def configuration(secret: dict) -> dict:
    return yaml.safe_load(base64.b64decode(secret["data"]["encryption"]))


def key_of(secret: dict) -> bytes:
    (provider,) = configuration(secret)["resources"][0]["providers"][0].values()
    return base64.b64decode(provider["keys"][0]["secret"], validate=True)


CHART_VALUES = """\
baseDomain: example.test
connectivity:
  network:
    controlPlaneEndpoint: {host: "10.0.10.5"}
    loadBalancers: {cidrBlocks: ["10.0.10.64/27"]}
"""

# --- the script ---------------------------------------------------------------------------------


def test_script_text_is_clean():
    text = SCRIPT.read_text()
    assert text.startswith("#!/bin/sh\n") and text.endswith("\n") and not text.endswith("\n\n")
    assert "\r" not in text and all(line == line.rstrip() for line in text.split("\n"))
    # Never traced: the key is in the shell's variables.
    code = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    assert not [line for line in code if re.search(r"\bset\s+(-\w*x|-o\s+xtrace)", line)]
    assert encryption_key_script() == text


@pytest.mark.parametrize("shell", POSIX_SHELLS)
def test_script_syntax(shell):
    result = subprocess.run([shell, "-n", str(SCRIPT)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def _shellcheck() -> str | None:
    beside_python = Path(sys.executable).parent / "shellcheck"
    return str(beside_python) if beside_python.exists() else shutil.which("shellcheck")


@pytest.mark.skipif(_shellcheck() is None, reason="shellcheck is not installed (requirements-dev.txt has it)")
def test_shellcheck():
    result = subprocess.run([_shellcheck(), "--severity=style", "--shell=sh", str(SCRIPT)], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("shell", POSIX_SHELLS)
def test_creates_the_secret_once(tmp_path, shell):
    fake = Fake(tmp_path)
    result = fake.run(shell)
    assert result.returncode == 0, result.stderr
    assert f"created Secret {NAMESPACE}/{SECRET}" in result.stderr
    secret = fake.secrets[SECRET]
    assert secret["type"] == "Opaque" and set(secret["data"]) == {"encryption"}
    meta = secret["metadata"]
    assert (meta["name"], meta["namespace"]) == (SECRET, NAMESPACE)
    assert meta["annotations"] == FLUX_PRUNE_DISABLED
    assert meta["labels"]["cluster.x-k8s.io/cluster-name"] == CLUSTER
    # Owned by the Cluster, not controlled: garbage-collected after the Cluster is gone.
    assert meta["ownerReferences"] == [{"apiVersion": "cluster.x-k8s.io/v1beta2", "kind": "Cluster",
                                        "name": CLUSTER, "uid": CLUSTER_UID}]
    assert [c["argv"][:2] for c in fake.calls()] == [
        ["create", "--dry-run=server"], ["get", "clusters.cluster.x-k8s.io"],
        ["get", "kubeadmconfigs.bootstrap.cluster.x-k8s.io"], ["create", "-n"]]
    before = fake.state_file.read_text()
    # Again (Flux re-creates the Job after its TTL): the dry run finds it, nothing else happens.
    again = fake.run(shell)
    assert again.returncode == 0, again.stderr
    assert f"Secret {NAMESPACE}/{SECRET} exists: left as it is" in again.stderr
    assert fake.state_file.read_text() == before
    assert [c["argv"][:2] for c in fake.calls()[4:]] == [["create", "--dry-run=server"]]


def test_the_configuration_parses_with_a_32_byte_key_and_identity_last(tmp_path):
    fake = Fake(tmp_path)
    assert fake.run().returncode == 0
    config = configuration(fake.secrets[SECRET])
    assert config["apiVersion"] == "apiserver.config.k8s.io/v1" and config["kind"] == "EncryptionConfiguration"
    (resource,) = config["resources"]
    assert resource["resources"] == ["secrets"]
    assert [list(p) for p in resource["providers"]] == [["secretbox"], ["identity"]]
    assert resource["providers"][-1] == {"identity": {}}
    (key,) = resource["providers"][0]["secretbox"]["keys"]
    assert key["name"] == "key1" and re.fullmatch(r"[A-Za-z0-9+/]{43}=", key["secret"])
    assert len(key_of(fake.secrets[SECRET])) == 32


def test_aescbc_is_the_other_provider(tmp_path):
    fake = Fake(tmp_path)
    assert fake.run(PROVIDER="aescbc").returncode == 0
    providers = configuration(fake.secrets[SECRET])["resources"][0]["providers"]
    assert [list(p) for p in providers] == [["aescbc"], ["identity"]] and len(key_of(fake.secrets[SECRET])) == 32
    result = fake.run(PROVIDER="aesgcm")
    assert result.returncode != 0 and "PROVIDER must be secretbox or aescbc" in result.stderr


def test_every_new_secret_has_a_new_key(tmp_path):
    keys = set()
    for run in range(3):
        fake = Fake(tmp_path / str(run))
        assert fake.run().returncode == 0
        keys.add(key_of(fake.secrets[SECRET]))
    assert len(keys) == 3


@pytest.mark.parametrize("shell", POSIX_SHELLS)
def test_an_existing_secret_is_never_read_nor_overwritten(tmp_path, shell):
    existing = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": SECRET, "namespace": NAMESPACE},
                "data": {"encryption": base64.b64encode(b"the key the nodes have").decode()}}
    fake = Fake(tmp_path, secrets={SECRET: existing})
    result = fake.run(shell)
    assert result.returncode == 0, result.stderr
    assert fake.secrets == {SECRET: existing}
    (call,) = fake.calls()
    assert call["argv"][:2] == ["create", "--dry-run=server"]
    assert json.loads(call["stdin"])["data"] == {}  # the dry run carries no key


def test_a_concurrent_create_counts_as_success(tmp_path):
    other = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": SECRET, "namespace": NAMESPACE},
             "data": {"encryption": base64.b64encode(b"made by the other run").decode()}}
    fake = Fake(tmp_path, appears_before_create=other)
    result = fake.run()
    assert result.returncode == 0, result.stderr
    assert "was created meanwhile by someone else: left as it is" in result.stderr
    assert fake.secrets == {SECRET: other}


def test_the_key_is_in_no_argument_and_no_output(tmp_path):
    fake = Fake(tmp_path)
    result = fake.run("bash")
    assert result.returncode == 0
    secret = fake.secrets[SECRET]
    key = base64.b64encode(key_of(secret)).decode()
    data = secret["data"]["encryption"]
    for text in [result.stdout, result.stderr, *(json.dumps(c["argv"]) for c in fake.calls())]:
        assert key not in text and data not in text
    assert key in base64.b64decode(json.loads(fake.calls()[-1]["stdin"])["data"]["encryption"]).decode()


@pytest.mark.parametrize("configs, refused", [
    pytest.param([kubeadm_config("acme-cp-1")], ["acme-cp-1"], id="a control-plane machine has the key"),
    pytest.param([kubeadm_config("acme-cp-1"), kubeadm_config("acme-cp-2")], ["acme-cp-1", "acme-cp-2"],
                 id="two have it"),
    pytest.param([kubeadm_config("acme-cp-1", bootstrapped=False)], [], id="waiting for the Secret"),
    pytest.param([kubeadm_config("acme-cp-1", reads_the_secret=False)], [], id="encryption newly turned on"),
    pytest.param([kubeadm_config("acme-md-1", control_plane=False)], [], id="a worker"),
    pytest.param([kubeadm_config("other-cp-1", cluster="other")], [], id="another cluster"),
])
def test_no_second_key_for_a_control_plane_that_has_one(tmp_path, configs, refused):
    fake = Fake(tmp_path, kubeadmconfigs=configs)
    result = fake.run()
    if refused:
        assert result.returncode == 1
        assert f"Secret {NAMESPACE}/{SECRET} is missing, but the control-plane KubeadmConfig(s) {' '.join(refused)} " \
               "already took their" in result.stderr
        assert "Restore the Secret" in result.stderr
        assert fake.secrets == {}
        assert [c["argv"][:2] for c in fake.calls()].count(["create", "-n"]) == 0
    else:
        assert result.returncode == 0, result.stderr
        assert SECRET in fake.secrets


def test_waits_for_the_cluster(tmp_path):
    fake = Fake(tmp_path, cluster={"uid": CLUSTER_UID, "polls": 3})
    result = fake.run()
    assert result.returncode == 0, result.stderr
    assert [c["argv"][1] for c in fake.calls()].count("clusters.cluster.x-k8s.io") == 4
    assert fake.secrets[SECRET]["metadata"]["ownerReferences"][0]["uid"] == CLUSTER_UID


def test_no_cluster_no_secret(tmp_path):
    fake = Fake(tmp_path, cluster={"uid": CLUSTER_UID, "polls": 10**6})
    result = fake.run(TIMEOUT_SECONDS="2")
    assert result.returncode == 1
    assert f"Cluster {NAMESPACE}/{CLUSTER} not found after 2s" in result.stderr
    assert fake.secrets == {}


@pytest.mark.parametrize("content", [b"", b"x" * 31], ids=["empty", "31 bytes"])
def test_too_little_randomness_makes_no_key(tmp_path, content):
    source = tmp_path / "random"
    source.write_bytes(content)
    fake = Fake(tmp_path)
    result = fake.run(RANDOM_SOURCE=str(source))
    assert result.returncode == 1 and f"cannot read 32 random bytes from {source}" in result.stderr
    assert fake.secrets == {}


@pytest.mark.parametrize("where", ["dry-run", "create"])
def test_other_api_errors_fail_loudly(tmp_path, where):
    fake = Fake(tmp_path, forbidden=[where])
    result = fake.run()
    assert result.returncode == 1
    assert "Error from server (Forbidden)" in result.stderr
    assert ("cannot check whether" if where == "dry-run" else "cannot create") in result.stderr
    assert fake.secrets == {}


@pytest.mark.parametrize("variable", ["NAMESPACE", "CLUSTER_NAME", "CLUSTER_RESOURCE", "KUBEADMCONFIG_RESOURCE",
                                      "SECRET_NAME"])
def test_a_missing_setting_is_named(tmp_path, variable):
    fake = Fake(tmp_path)
    env = {k: v for k, v in fake.env.items() if k != variable}
    result = fake.run(env=env)
    assert result.returncode != 0 and f"{variable} must be set" in result.stderr
    assert fake.calls() == []


# --- the construct ------------------------------------------------------------------------------

CLUSTER_FILE = """\
deployment:
  namespace: org-acme
baseDomain: k8s.example.test
cluster:
  kubernetesVersion: "v1.32.4"
vcenter: {server: "https://vcenter.example.test", datacenter: dc1, datastore: ds1}
controlPlane:
  machineTemplate:
    template: flatcar-stable-4459.2.1-kube-v1.32.4
    network: {devices: [{networkName: vm-network, dhcp4: true}]}
connectivity:
  network:
    controlPlaneEndpoint: {host: "10.0.10.5"}
    loadBalancers: {cidrBlocks: ["10.0.10.64/27"]}
nodeClasses:
  default:
    template: flatcar-stable-4459.2.1-kube-v1.32.4
    network: {devices: [{networkName: vm-network, dhcp4: true}]}
nodePools:
  worker: {class: default, replicas: 2}
"""


def props_of(text: str = CLUSTER_FILE, name: str = CLUSTER) -> VsphereClusterProps:
    return VsphereClusterProps.from_cluster(load_cluster_text(text, f"clusters/{name}.yaml", name))


def with_deployment(line: str, text: str = CLUSTER_FILE) -> str:
    return text.replace("deployment:\n", f"deployment:\n  {line}\n", 1)


def synth(props: VsphereClusterProps) -> list[dict]:
    from constructs_lib.commands.synth import synth_documents

    return synth_documents(props)


def encryption_objects(documents: list[dict]) -> list[tuple[str, str]]:
    return [(d["kind"], d["metadata"]["name"]) for d in documents if "-encryption-key" in d["metadata"]["name"]]


@pytest.fixture(scope="module")
def generated():
    props = props_of()
    return props, synth(props)


def test_generate_emits_the_job_and_never_the_secret(generated):
    props, documents = generated
    assert props.encryption_key == "generate"  # the neutral defaults' default
    job = job_of(documents)["metadata"]["name"]
    assert re.fullmatch(rf"{CLUSTER}-encryption-key-[0-9a-f]{{8}}", job)
    assert encryption_objects(documents) == [("ServiceAccount", f"{CLUSTER}-encryption-key"),
                                             ("Role", f"{CLUSTER}-encryption-key"),
                                             ("RoleBinding", f"{CLUSTER}-encryption-key"), ("Job", job)]
    assert SECRET not in {d["metadata"]["name"] for d in documents if d["kind"] == "Secret"}
    # Still read by the control plane, from the Secret the Job makes.
    (kcp,) = [d for d in documents if d["kind"] == "KubeadmControlPlane"]
    files = kcp["spec"]["kubeadmConfigSpec"]["files"]
    assert {"path": "/etc/kubernetes/encryption/config.yaml", "permissions": "0600",
            "contentFrom": {"secret": {"name": SECRET, "key": "encryption"}}} in files


def test_the_role_grants_create_on_secrets_and_reads_no_secret(generated):
    _, documents = generated
    (role,) = [d for d in documents if d["kind"] == "Role" and d["metadata"]["name"] == f"{CLUSTER}-encryption-key"]
    assert role["rules"] == [
        {"apiGroups": [""], "resources": ["secrets"], "verbs": ["create"]},
        {"apiGroups": ["cluster.x-k8s.io"], "resourceNames": [CLUSTER], "resources": ["clusters"], "verbs": ["get"]},
        {"apiGroups": ["bootstrap.cluster.x-k8s.io"], "resources": ["kubeadmconfigs"], "verbs": ["list"]}]
    (binding,) = [d for d in documents if d["kind"] == "RoleBinding" and "encryption-key" in d["metadata"]["name"]]
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": f"{CLUSTER}-encryption-key",
                                    "namespace": NAMESPACE}]


def test_the_job_pod_is_restricted_and_pinned(generated):
    props, documents = generated
    job = job_of(documents)
    assert job["spec"]["ttlSecondsAfterFinished"] == 86400 and job["spec"]["backoffLimit"] == 6
    pod = job["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["image"] == props.values.kubectl_image.reference == "quay.io/giantswarm/kubectl:1.23.5"
    assert container["command"] == ["/bin/sh", "-c", encryption_key_script()]
    assert container["securityContext"] == {
        "allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "privileged": False,
        "readOnlyRootFilesystem": True, "runAsGroup": 1000, "runAsNonRoot": True, "runAsUser": 1000,
        "seccompProfile": {"type": "RuntimeDefault"}}
    assert container["resources"] == {"requests": {"cpu": "10m", "memory": "64Mi"},
                                      "limits": {"cpu": "100m", "memory": "256Mi"}}
    assert pod["serviceAccountName"] == f"{CLUSTER}-encryption-key" and pod["restartPolicy"] == "Never"
    env = {e["name"]: e["value"] for e in container["env"]}
    assert env["SECRET_NAME"] == SECRET and env["SECRET_KEY"] == "encryption" and env["PROVIDER"] == "secretbox"
    assert json.loads(env["SECRET_ANNOTATIONS"]) == FLUX_PRUNE_DISABLED
    assert json.loads(env["SECRET_LABELS"])["giantswarm.io/cluster"] == CLUSTER


def test_the_emitted_job_runs_against_the_fake_kubectl(generated, tmp_path):
    _, documents = generated
    (container,) = job_of(documents)["spec"]["template"]["spec"]["containers"]
    env = {e["name"]: e["value"] for e in container["env"]}
    fake = Fake(tmp_path)
    result = fake.run(command=container["command"], env=env)
    assert result.returncode == 0, result.stderr
    secret = fake.secrets[SECRET]
    assert secret["metadata"]["labels"] == json.loads(env["SECRET_LABELS"])
    assert len(key_of(secret)) == 32
    assert fake.run(command=container["command"], env=env).returncode == 0  # and once only
    assert fake.secrets == {SECRET: secret}


def test_output_is_byte_identical_across_runs(generated):
    from constructs_lib.constructs.manifest_yaml import dump_documents

    props, documents = generated
    assert dump_documents(synth(props)) == dump_documents(documents)


def test_a_changed_job_is_a_new_job(generated):
    props, documents = generated
    values = dataclasses.replace(props.values, kubectl_image=dataclasses.replace(props.values.kubectl_image,
                                                                                 tag="1.33.4"))
    changed = job_of(synth(dataclasses.replace(props, values=values)))["metadata"]["name"]
    assert changed != job_of(documents)["metadata"]["name"]


def test_the_network_policy_is_optional(generated):
    props, documents = generated
    assert not [d for d in documents if d["kind"] == "CiliumNetworkPolicy" and "encryption-key" in d["metadata"]["name"]]
    confined = synth(props_of(with_deployment("jobNetworkPolicies: true")))
    job = job_of(confined)["metadata"]["name"]
    (policy,) = [d for d in confined if d["kind"] == "CiliumNetworkPolicy" and d["metadata"]["name"] == job]
    assert policy["spec"]["endpointSelector"] == {"matchLabels": {"job-name": job}}


def test_the_objects_pass_the_api_server_checks_of_their_releases(generated):
    from constructs_lib.commands.synth import release_problems
    from constructs_lib.crd import validate_documents

    props, documents = generated
    assert validate_documents([d for d in documents if "-encryption-key" in d["metadata"]["name"]]) == []
    assert release_problems(documents, props.management_cluster) == []


@pytest.mark.parametrize("text", [
    pytest.param(with_deployment("encryptionKey: external"), id="external"),
    pytest.param(with_deployment("defaults: chart"), id="chart defaults"),
    pytest.param(with_deployment("encryptionKey: generate", CLUSTER_FILE.replace(
        'cluster:\n  kubernetesVersion: "v1.32.4"\n',
        'cluster:\n  kubernetesVersion: "v1.32.4"\n  enableEncryptionProvider: false\n')), id="encryption off"),
])
def test_no_job_without_generate_and_encryption(text):
    documents = synth(props_of(text))
    assert encryption_objects(documents) == []


def test_chart_defaults_keep_the_charts_objects():
    # The chart's behaviour (parity): nothing more than with an explicit external.
    chart = synth(props_of(with_deployment("defaults: chart")))
    external = synth(props_of(with_deployment("defaults: chart\n  encryptionKey: external")))
    assert chart == external


def test_the_longest_cluster_name_gives_a_valid_job_name():
    name = "c" * 37
    documents = synth(props_of(name=name))
    job = job_of(documents)["metadata"]["name"]
    assert len(job) <= 63 and job.startswith(f"{name}-encryption-key-")


@pytest.mark.parametrize("served", ["cluster.x-k8s.io/v1beta2", "cluster.x-k8s.io/v1beta1"])
def test_the_owner_reference_takes_the_version_the_cluster_is_served_in(tmp_path, served):
    env = job_environment()
    assert (env["CLUSTER_RESOURCE"], env["KUBEADMCONFIG_RESOURCE"]) == (
        "clusters.cluster.x-k8s.io", "kubeadmconfigs.bootstrap.cluster.x-k8s.io")
    assert "CLUSTER_API_VERSION" not in env
    fake = Fake(tmp_path, cluster={"uid": CLUSTER_UID, "apiVersion": served})
    assert fake.run().returncode == 0
    assert fake.secrets[SECRET]["metadata"]["ownerReferences"][0]["apiVersion"] == served


def test_the_job_is_the_same_for_every_generation_of_the_releases():
    # Its pod template cannot change, and no version is in it: moving the declared releases from
    # v1beta1 to v1beta2 keeps the Job as it is (no new Job, nothing for Flux to re-create).
    assert job_of(standalone_documents(CURRENT)) == job_of(standalone_documents(V1BETA1)) == \
        job_of(standalone_documents(CHART_ERA))


def test_the_construct_works_alone():
    documents = standalone_documents(provider="aescbc", timeout_seconds=60, network_policy=True)
    kinds = sorted(d["kind"] for d in documents)
    assert kinds == ["CiliumNetworkPolicy", "Job", "Role", "RoleBinding", "ServiceAccount"]
    env = {e["name"]: e["value"] for e in job_of(documents)["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert (env["PROVIDER"], env["TIMEOUT_SECONDS"]) == ("aescbc", "60")
    assert all(d["metadata"]["namespace"] == NAMESPACE for d in documents)
    assert PROVIDERS == ("secretbox", "aescbc")
    with pytest.raises(ValueError, match="provider must be one of secretbox, aescbc"):
        EncryptionKeyJobProps(cluster_name=CLUSTER, namespace=NAMESPACE, image="kubectl:1", provider="aesgcm")


# --- prerequisites ------------------------------------------------------------------------------

def test_a_generated_secret_is_no_prerequisite(generated):
    props, documents = generated
    assert SECRET not in [p.name for p in prerequisites(props, documents=documents)]
    assert prerequisites(props) == prerequisites(props, documents=documents)
    (found,) = generated_secrets(documents, CLUSTER, NAMESPACE)
    assert (found.name, found.namespace, found.keys) == (SECRET, NAMESPACE, ("encryption",))
    assert found.job == job_of(documents)["metadata"]["name"]
    assert found.read_by == (f"KubeadmControlPlane {CLUSTER}: file /etc/kubernetes/encryption/config.yaml",)
    text = found.describe()
    assert f"Secret {NAMESPACE}/{SECRET} (keys: encryption)" in text
    assert f"generated in the management cluster by Job {NAMESPACE}/{found.job}: once, never overwritten" in text


def test_an_external_secret_is_a_prerequisite():
    props = props_of(with_deployment("encryptionKey: external"))
    documents = synth(props)
    (listed,) = [p for p in prerequisites(props, documents=documents) if p.name == SECRET]
    assert listed.keys == ("encryption",)
    assert "deployment.encryptionKey: generate" in listed.how_to_create
    assert listed.how_to_create.count(f"kubectl -n {NAMESPACE} create secret generic ") == 1
    assert generated_secrets(documents, CLUSTER, NAMESPACE) == []
    assert prerequisites(props) == prerequisites(props, documents=documents)


def test_the_construct_and_its_context(generated):
    from cdk8s import App

    props, _ = generated
    cluster = VsphereClusterChart(App(), CLUSTER, props).cluster
    assert isinstance(cluster, VsphereCluster) and isinstance(cluster.encryption_key, EncryptionKeyJob)
    assert SECRET not in [p.name for p in cluster.prerequisites]
    # A context does not say whether the key is generated: the Secret stays listed for it.
    assert SECRET in [p.name for p in prerequisites(cluster.context)]


def test_props_built_in_code_default_to_external():
    props = dataclasses.replace(props_of(), encryption_key="external")
    assert SECRET in [p.name for p in prerequisites(props)]
    assert VsphereClusterProps(name="x").encryption_key == "external"
