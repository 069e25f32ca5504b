"""IPAM: the claims and objects against the chart, the assignment Job, its script, and what Flux
does with all of it across apply, Job run, re-apply and upgrade.

The script runs under bash with a fake ``kubectl`` (tests/fixtures/scripts/fake_kubectl_apply.py)
that keeps objects in a JSON file and merges what is applied to it, as a forced server-side apply
does, behind one serving only the API versions of the releases (constructs/jobs/served_kubectl.py:
every IPAM resource must be named with its version). Flux's apply is simulated the same way,
honouring ``kustomize.toolkit.fluxcd.io/ssa``. These cases are of the chart's releases (v1alpha1
claims, v1beta1 objects); constructs/jobs/test_job_api_generations.py runs the Job of each generation.
"""
from __future__ import annotations

import base64
import copy
import dataclasses
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from constructs_lib.config.releases import CHART_ERA, served_api_versions
from constructs_lib.crd import validate_documents
from constructs_lib.constructs.jobs.ipam_placeholders import ALL as PLACEHOLDERS
from parity_support import CASES_DIR, REFERENCE, compare, helm_render, non_equal_leaves, our_documents

ROOT = Path(__file__).resolve().parents[2]
FAKE_KUBECTL = Path(__file__).resolve().parents[1] / "fixtures/scripts/fake_kubectl_apply.py"
SERVED_KUBECTL = Path(__file__).resolve().parent / "jobs/served_kubectl.py"
IPAM_API = "ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim"
# synth() declares no releases: the chart's API versions, IPAddresses read as v1alpha1.
IPADDRESSES = "ipaddresses.v1alpha1.ipam.cluster.x-k8s.io"
CLAIMS = "ipaddressclaims.v1alpha1.ipam.cluster.x-k8s.io"
SSA = "kustomize.toolkit.fluxcd.io/ssa"
MINIMUM = 97.0
CP_IP, LB_IP = "10.0.30.7", "10.0.40.9"

IPAM_CASES = ["ipam-load-balancer", "ipam-both", "ipam-api-unavailable"]


def synth(values_text: str, ipam: bool = True, namespaced: bool = True, **props) -> list[dict]:
    """Our objects for a values file, as ``synth`` writes them (``namespaced``) or as ``render`` does."""
    return our_documents(values_text, ipam_api_available=ipam, namespaced_secrets=namespaced, **props)


def capabilities(text: str) -> bool:
    return re.search(r"^# capabilities:.*" + re.escape(IPAM_API), text, re.M) is not None


def by_kind(documents: list[dict], kind: str) -> list[dict]:
    return [d for d in documents if d["kind"] == kind]


def one(documents: list[dict], kind: str, name: str | None = None) -> dict:
    found = [d for d in documents if d["kind"] == kind and (name is None or d["metadata"]["name"] == name)]
    assert len(found) == 1, f"{kind} {name}: {len(found)} found"
    return found[0]


def ipam_job(documents: list[dict]) -> dict:
    return one([d for d in documents if re.fullmatch(r".+-ipam-[0-9a-f]{8}", d["metadata"]["name"])], "Job")


# --- against the chart --------------------------------------------------------------------------

PARITY_FILES = [pytest.param(REFERENCE / "values/ipam-controlplane.yaml", REFERENCE / "golden/ipam-controlplane.yaml",
                             id="ipam-controlplane")] + [
    pytest.param(CASES_DIR / f"{case}.yaml", None, id=case) for case in IPAM_CASES]

# Differences we make on purpose in non-Job objects (docs/chart-deviations.md): the chart's null
# first certSAN while the address is unknown is left out, so the list is one shorter and shifted.
ALLOWED = re.compile(r"^KubeadmControlPlane/[a-z0-9-]+:spec\.kubeadmConfigSpec\.clusterConfiguration\.apiServer\.certSANs")


@pytest.mark.parametrize("values_file, golden", PARITY_FILES)
def test_objects_match_the_chart_apart_from_the_jobs(values_file, golden, tmp_path):
    text = values_file.read_text()
    reference = golden.read_text() if golden else helm_render(text)
    documents = synth(text, ipam=capabilities(text), namespaced=False)
    result = compare(reference, documents, tmp_path, exclude_kinds=("Job",))
    assert result["matched"] == result["resources"], result["report"]
    assert result["percent"] >= MINIMUM, result["report"]
    assert [leaf for leaf in non_equal_leaves(result) if not ALLOWED.match(leaf)] == []
    assert validate_documents(documents) == []


def test_the_reference_case_is_what_its_header_says():
    documents = synth((REFERENCE / "values/ipam-controlplane.yaml").read_text())
    claim = one(documents, "IPAddressClaim")
    assert claim["metadata"]["name"] == "test"
    assert claim["spec"]["poolRef"] == {"apiGroup": "ipam.cluster.x-k8s.io", "kind": "GlobalInClusterIPPool",
                                        "name": "mgmt-cp-pool"}
    assert "cluster.x-k8s.io/cluster-name" not in claim["metadata"]["labels"]
    assert one(documents, "Cluster")["spec"]["paused"] is True
    assert "suspend" not in one(documents, "HelmRelease", "test-cloud-provider-vsphere")["spec"]
    assert one(documents, "VSphereCluster")["spec"]["controlPlaneEndpoint"] == {"host": "", "port": 6443}


def test_load_balancer_only_claims_one_address_and_holds_the_cloud_provider():
    documents = synth((CASES_DIR / "ipam-load-balancer.yaml").read_text())
    assert [c["metadata"]["name"] for c in by_kind(documents, "IPAddressClaim")] == ["test-svc-lb"]
    cpi = one(documents, "HelmRelease", "test-cloud-provider-vsphere")
    assert cpi["spec"]["suspend"] is True and cpi["metadata"]["annotations"][SSA] == "IfNotPresent"
    # The control plane has its static address: Flux keeps managing those objects.
    for kind in ("VSphereCluster", "KubeadmControlPlane"):
        assert SSA not in one(documents, kind)["metadata"].get("annotations", {})
    rules = one(documents, "Role", "test-update-values-hook")["rules"]
    assert rules[-1] == {"apiGroups": ["helm.toolkit.fluxcd.io"], "resources": ["helmreleases"],
                         "resourceNames": ["test-cloud-provider-vsphere"], "verbs": ["get", "patch"]}


def test_without_the_ipam_api_pools_are_ignored():
    text = (CASES_DIR / "ipam-api-unavailable.yaml").read_text()
    documents = synth(text, ipam=False)
    assert by_kind(documents, "IPAddressClaim") == []
    assert "paused" not in one(documents, "Cluster")["spec"]
    assert not [d for d in documents if d["metadata"]["name"].startswith("test-ipam-")]
    assert not [d for d in documents if SSA in d["metadata"].get("annotations", {})]


# --- the Job ------------------------------------------------------------------------------------

BOTH = (CASES_DIR / "ipam-both.yaml").read_text()


def test_job_pod_is_restricted():
    pod = ipam_job(synth(BOTH))["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    assert container["securityContext"] == {
        "allowPrivilegeEscalation": False, "capabilities": {"drop": ["ALL"]}, "privileged": False,
        "readOnlyRootFilesystem": True, "runAsGroup": 1000, "runAsNonRoot": True, "runAsUser": 1000,
        "seccompProfile": {"type": "RuntimeDefault"}}
    assert container["resources"] == {"requests": {"cpu": "10m", "memory": "64Mi"},
                                      "limits": {"cpu": "100m", "memory": "256Mi"}}
    assert pod["securityContext"]["runAsUser"] == 1000 and pod["securityContext"]["runAsNonRoot"] is True
    assert pod["serviceAccountName"] == "test-update-values-hook"
    assert container["command"][:2] == ["/bin/bash", "-c"]


def test_job_is_named_after_its_content_and_cleaned_up():
    first = ipam_job(synth(BOTH))
    assert first["spec"]["ttlSecondsAfterFinished"] == 86400
    config_map = one(synth(BOTH), "ConfigMap", first["metadata"]["name"])
    # Updated in place when only the spelling of its objects changes (the name covers their meaning).
    assert config_map["immutable"] is False
    assert synth(BOTH) == synth(BOTH)
    changed = ipam_job(synth(BOTH.replace("replicas: 3\nnodePools", "replicas: 5\nnodePools")))
    assert changed["metadata"]["name"] != first["metadata"]["name"]
    # A change that does not reach the objects the Job applies keeps the Job.
    same = ipam_job(synth(BOTH.replace("    replicas: 3\n", "    replicas: 4\n")))
    assert same["metadata"]["name"] == first["metadata"]["name"]


def test_role_grants_only_what_the_script_uses():
    rules = one(synth(BOTH), "Role", "test-update-values-hook")["rules"]
    assert {verb for rule in rules for verb in rule["verbs"]} == {"get", "list", "patch"}
    assert [rule for rule in rules if "resourceNames" not in rule] == [
        {"apiGroups": ["ipam.cluster.x-k8s.io"], "resources": ["ipaddresses"], "verbs": ["get", "list"]}]


def test_network_policy_is_optional():
    plain = synth(BOTH, namespaced=False)
    confined = synth(BOTH, namespaced=False, job_network_policies=True)
    job = ipam_job(confined)["metadata"]["name"]
    assert [p for p in by_kind(plain, "CiliumNetworkPolicy") if p["metadata"]["name"] == job] == []
    policy = one(confined, "CiliumNetworkPolicy", job)
    assert policy["spec"]["endpointSelector"] == {"matchLabels": {"job-name": job}}
    assert validate_documents(confined) == []


def test_objects_the_job_applies_validate_once_filled_in():
    documents = synth(BOTH)
    data = one(documents, "ConfigMap", ipam_job(documents)["metadata"]["name"])["data"]
    assert set(data) == {"objects.yaml", "cluster.yaml", "kube-vip-pod.yaml", "resources.env"}
    assert data["resources.env"] == f"IPADDRESS_RESOURCE={IPADDRESSES}\nIPADDRESSCLAIM_RESOURCE={CLAIMS}\n"
    filled = "".join(data[k] for k in ("objects.yaml", "cluster.yaml"))
    kubevip = base64.b64encode(data["kube-vip-pod.yaml"].replace(PLACEHOLDERS[0], CP_IP).encode()).decode()
    filled = filled.replace(PLACEHOLDERS[0], CP_IP).replace(PLACEHOLDERS[1], f"{LB_IP}/32").replace(
        PLACEHOLDERS[2], kubevip)
    applied = [d for d in yaml.safe_load_all(filled) if d]
    assert [(d["kind"], d["metadata"]["name"]) for d in applied] == [
        ("VSphereCluster", "test"), ("Secret", "test-kubevip-pod"), ("KubeadmControlPlane", "test"),
        ("HelmRelease", "test-cloud-provider-vsphere"), ("Cluster", "test")]
    assert validate_documents(applied) == []
    assert not any(p in filled for p in PLACEHOLDERS)


# --- the script ---------------------------------------------------------------------------------

def run_job(job: dict, config_map: dict, state_file: Path, tmp_path: Path, **env_overrides) -> subprocess.CompletedProcess:
    """Run the Job's container command under bash, its ConfigMap as the mounted directory, against
    a management cluster serving the API versions of the chart's releases."""
    (container,) = job["spec"]["template"]["spec"]["containers"]
    manifests = tmp_path / "manifests"
    shutil.rmtree(manifests, ignore_errors=True)
    manifests.mkdir()
    for name, text in config_map["data"].items():
        (manifests / name).write_text(text)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    kubectl = bin_dir / "kubectl"
    kubectl.write_text(f"#!/bin/sh\nexec {shlex.quote(sys.executable)} {shlex.quote(str(SERVED_KUBECTL))} \"$@\"\n")
    kubectl.chmod(0o755)
    env = {e["name"]: e["value"] for e in container["env"]}
    env.update(MANIFESTS_DIR=str(manifests), POLL_SECONDS="0", HOME=str(tmp_path),
               PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", FAKE_KUBECTL_STATE=str(state_file),
               FAKE_KUBECTL_LOG=str(tmp_path / "kubectl.log"), FAKE_KUBECTL_BACKEND=str(FAKE_KUBECTL),
               FAKE_KUBECTL_SERVED=",".join(sorted(served_api_versions(CHART_ERA))),
               **env_overrides)
    return subprocess.run(container["command"], env=env, capture_output=True, text=True, timeout=60, check=False)


def new_state(path: Path, objects: dict | None = None, polls: int = 0) -> Path:
    path.write_text(json.dumps({"objects": objects or {}, "addresses": {
        "test": {"address": CP_IP, "polls": polls}, "test-svc-lb": {"address": LB_IP, "polls": polls}}}))
    return path


def job_and_config_map(documents: list[dict]) -> tuple[dict, dict]:
    job = ipam_job(documents)
    return job, one(documents, "ConfigMap", job["metadata"]["name"])


def test_script_waits_for_the_addresses_then_fills_them_in(tmp_path):
    job, config_map = job_and_config_map(synth(BOTH))
    state = new_state(tmp_path / "state.json", polls=3)
    result = run_job(job, config_map, state, tmp_path)
    assert result.returncode == 0, result.stderr
    objects = json.loads(state.read_text())["objects"]
    assert objects["VSphereCluster/default/test"]["spec"]["controlPlaneEndpoint"]["host"] == CP_IP
    kcp = objects["KubeadmControlPlane/default/test"]["spec"]["kubeadmConfigSpec"]["clusterConfiguration"]
    assert kcp["apiServer"]["certSANs"][:2] == [CP_IP, "localhost"]
    pod = yaml.safe_load(base64.b64decode(objects["Secret/default/test-kubevip-pod"]["data"]["content"]))
    env = {e["name"]: e.get("value") for e in pod["spec"]["containers"][0]["env"]}
    assert env["vip_address"] == CP_IP
    cpi = objects["HelmRelease/default/test-cloud-provider-vsphere"]["spec"]
    assert cpi["suspend"] is False
    assert cpi["values"]["kube-vip-cloud-provider"]["cidrGlobal"] == f"{LB_IP}/32"
    assert objects["Cluster/default/test"]["spec"]["paused"] is False
    log = [json.loads(line) for line in (tmp_path / "kubectl.log").read_text().splitlines()]
    assert sum(1 for call in log if call[:2] == ["get", IPADDRESSES]) == 8  # 3 misses + 1 hit, twice
    assert [call for call in log if call[0] == "apply"][-1][-2:] == ["-f", "-"]


def test_script_appends_the_static_ranges(tmp_path):
    job, config_map = job_and_config_map(synth((CASES_DIR / "ipam-load-balancer.yaml").read_text()))
    state = new_state(tmp_path / "state.json")
    assert run_job(job, config_map, state, tmp_path).returncode == 0
    cpi = json.loads(state.read_text())["objects"]["HelmRelease/default/test-cloud-provider-vsphere"]["spec"]
    assert cpi["values"]["kube-vip-cloud-provider"]["cidrGlobal"] == f"{LB_IP}/32,10.0.20.0/28,10.0.21.0/28"


def test_script_is_idempotent(tmp_path):
    job, config_map = job_and_config_map(synth(BOTH))
    state = new_state(tmp_path / "state.json")
    assert run_job(job, config_map, state, tmp_path).returncode == 0
    after_first = json.loads(state.read_text())["objects"]
    assert run_job(job, config_map, state, tmp_path).returncode == 0
    assert json.loads(state.read_text())["objects"] == after_first


def test_script_times_out_with_a_clear_message(tmp_path):
    job, config_map = job_and_config_map(synth(BOTH))
    state = tmp_path / "state.json"
    state.write_text(json.dumps({"objects": {}, "addresses": {}}))
    result = run_job(job, config_map, state, tmp_path, TIMEOUT_SECONDS="0")
    assert result.returncode == 1
    assert "no address for IPAddressClaim default/test after 0s" in result.stderr
    assert f"kubectl describe {CLAIMS} -n default test" in result.stderr
    assert json.loads(state.read_text())["objects"] == {}


def test_script_refuses_what_is_not_an_address(tmp_path):
    job, config_map = job_and_config_map(synth(BOTH))
    state = tmp_path / "state.json"
    state.write_text(json.dumps({"objects": {}, "addresses": {"test": {"address": "10.0.0.1/|e", "polls": 0}}}))
    result = run_job(job, config_map, state, tmp_path)
    assert result.returncode == 1 and "which is not an IP address" in result.stderr
    assert json.loads(state.read_text())["objects"] == {}


def test_script_passes_bash_checks():
    script = (ROOT / "constructs_lib/assets/scripts/ipam-assign.sh").read_text()
    assert script.startswith("#!/usr/bin/env bash\n") and "set -euo pipefail" in script
    # The script and the placeholders it replaces agree.
    for placeholder in PLACEHOLDERS:
        assert f'="{placeholder}"' in script
    assert subprocess.run(["bash", "-n", "-c", script], check=False).returncode == 0


# --- Flux: apply, Job, re-apply, upgrade --------------------------------------------------------

def flux_apply(state_file: Path, documents: list[dict]) -> None:
    """What kustomize-controller does with dist/: a forced server-side apply of every object, except
    that an object annotated ``ssa: IfNotPresent`` is only created when missing."""
    state = json.loads(state_file.read_text())
    for doc in documents:
        meta = doc["metadata"]
        key = f"{doc['kind']}/{meta.get('namespace', 'default')}/{meta['name']}"
        if key in state["objects"] and meta.get("annotations", {}).get(SSA) == "IfNotPresent":
            continue
        live = state["objects"].get(key, {})
        merged = copy.deepcopy(live)
        merged.update(copy.deepcopy(doc))
        state["objects"][key] = merged
    state_file.write_text(json.dumps(state))


def live(state_file: Path, key: str) -> dict:
    return json.loads(state_file.read_text())["objects"][key]


def test_flux_reapply_keeps_the_assignment_and_upgrades_reach_the_objects(tmp_path):
    state = new_state(tmp_path / "state.json")
    dist = synth(BOTH)
    flux_apply(state, dist)
    assert live(state, "Cluster/default/test")["spec"]["paused"] is True
    assert live(state, "HelmRelease/default/test-cloud-provider-vsphere")["spec"]["suspend"] is True

    job, config_map = job_and_config_map(dist)
    assert run_job(job, config_map, state, tmp_path).returncode == 0
    assigned = json.loads(state.read_text())["objects"]

    # Every interval Flux applies dist/ again: nothing the Job assigned is undone.
    flux_apply(state, dist)
    flux_apply(state, dist)
    assert json.loads(state.read_text())["objects"] == assigned

    # An upgrade: more control-plane replicas and a new Kubernetes version.
    upgraded_text = BOTH.replace("replicas: 3\nnodePools", "replicas: 5\nnodePools") + \
        "cluster:\n  kubernetesVersion: v1.25.16\n"
    upgraded = synth(upgraded_text)
    flux_apply(state, upgraded)
    kcp_key = "KubeadmControlPlane/default/test"
    assert live(state, kcp_key)["spec"]["replicas"] == 3  # Flux leaves it to the Job...
    new_job, new_config_map = job_and_config_map(upgraded)
    assert new_job["metadata"]["name"] != job["metadata"]["name"]  # ...which is a new Job, so it runs
    assert run_job(new_job, new_config_map, state, tmp_path).returncode == 0
    kcp = live(state, kcp_key)
    assert (kcp["spec"]["replicas"], kcp["spec"]["version"]) == (5, "v1.25.16")
    assert kcp["spec"]["kubeadmConfigSpec"]["clusterConfiguration"]["apiServer"]["certSANs"][0] == CP_IP
    assert live(state, "VSphereCluster/default/test")["spec"]["controlPlaneEndpoint"]["host"] == CP_IP
    assert live(state, "Cluster/default/test")["spec"]["paused"] is False
    # The machine templates and pools were upgraded by Flux directly.
    assert any(key.startswith("MachineDeployment/") and live(state, key)["spec"]["template"]["spec"]["version"]
               == "v1.25.16" for key in json.loads(state.read_text())["objects"])


def test_without_if_not_present_a_reapply_would_undo_the_assignment(tmp_path):
    # The reason for the annotation: the same sequence with it removed re-pauses the cluster.
    state = new_state(tmp_path / "state.json")
    dist = synth(BOTH)
    plain = copy.deepcopy(dist)
    for doc in plain:
        doc["metadata"].get("annotations", {}).pop(SSA, None)
    flux_apply(state, plain)
    job, config_map = job_and_config_map(dist)
    assert run_job(job, config_map, state, tmp_path).returncode == 0
    flux_apply(state, plain)
    assert live(state, "Cluster/default/test")["spec"]["paused"] is True
    assert live(state, "VSphereCluster/default/test")["spec"]["controlPlaneEndpoint"]["host"] == ""


def test_the_job_construct_works_alone_in_another_chart():
    from cdk8s import Chart, Testing

    from constructs_lib import IpamAssignJob, IpamAssignJobProps

    chart = Chart(Testing.app(), "other", disable_resource_name_hashes=True)
    IpamAssignJob(chart, "ipam", IpamAssignJobProps(
        name_prefix="edge", namespace="sites", image="registry.example.test/kubectl:1.30",
        manifests={"objects.yaml": "", "cluster.yaml": ""},
        role_rules=(("ipam.cluster.x-k8s.io", "ipaddresses", None, ("get", "list")),
                    ("cluster.x-k8s.io", "clusters", "edge", ("get", "patch"))),
        service_account_name="edge-ipam", load_balancer_claim="edge-lb", timeout_seconds=60))
    documents = Testing.synth(chart)
    assert sorted((d["kind"], d["metadata"]["name"]) for d in documents) == sorted([
        ("ServiceAccount", "edge-ipam"), ("Role", "edge-ipam"), ("RoleBinding", "edge-ipam"),
        ("ConfigMap", ipam_job(documents)["metadata"]["name"]), ("Job", ipam_job(documents)["metadata"]["name"])])
    assert one(documents, "Role")["rules"] == [
        {"apiGroups": ["ipam.cluster.x-k8s.io"], "resources": ["ipaddresses"], "verbs": ["get", "list"]},
        {"apiGroups": ["cluster.x-k8s.io"], "resources": ["clusters"], "resourceNames": ["edge"],
         "verbs": ["get", "patch"]}]
    env = {e["name"]: e["value"] for e in ipam_job(documents)["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert (env["LOAD_BALANCER_CLAIM"], env["CONTROL_PLANE_CLAIM"], env["TIMEOUT_SECONDS"]) == ("edge-lb", "", "60")
    # Without an IPAM version in the props: today's releases', in the ConfigMap, not in the Job.
    assert one(documents, "ConfigMap")["data"]["resources.env"] == (
        "IPADDRESS_RESOURCE=ipaddresses.v1beta2.ipam.cluster.x-k8s.io\n"
        "IPADDRESSCLAIM_RESOURCE=ipaddressclaims.v1beta2.ipam.cluster.x-k8s.io\n")
    assert not [name for name in env if name.endswith("_RESOURCE")]
    assert all(d["metadata"]["namespace"] == "sites" for d in documents)


def standalone_props(**changes):
    from constructs_lib import IpamAssignJobProps

    props = IpamAssignJobProps(
        name_prefix="edge", namespace="sites", image="registry.example.test/kubectl:1.30",
        manifests={"objects.yaml": "", "cluster.yaml": ""},
        role_rules=(("ipam.cluster.x-k8s.io", "ipaddresses", None, ("get", "list")),),
        service_account_name="edge-ipam", load_balancer_claim="edge-lb")
    return dataclasses.replace(props, **changes)


def standalone(props) -> list[dict]:
    from cdk8s import Chart, Testing

    from constructs_lib import IpamAssignJob

    chart = Chart(Testing.app(), "other", disable_resource_name_hashes=True)
    IpamAssignJob(chart, "ipam", props)
    return Testing.synth(chart)


def test_the_ipam_version_is_in_the_config_map_only():
    """Another IPAM version changes resources.env and nothing else: not the name, not the Job."""
    today, before = (standalone(standalone_props(ipam_api_version=v))
                     for v in ("ipam.cluster.x-k8s.io/v1beta2", "ipam.cluster.x-k8s.io/v1alpha1"))
    assert ipam_job(today) == ipam_job(before)
    assert [d for d in today if d["kind"] != "ConfigMap"] == [d for d in before if d["kind"] != "ConfigMap"]
    data = {label: one(docs, "ConfigMap")["data"] for label, docs in (("today", today), ("before", before))}
    assert data["today"]["objects.yaml"] == data["before"]["objects.yaml"]
    assert data["before"]["resources.env"] == data["today"]["resources.env"].replace("v1beta2", "v1alpha1")


def test_the_name_covers_what_the_manifests_mean_not_how_they_are_written():
    cluster = {"apiVersion": "cluster.x-k8s.io/v1beta1", "kind": "Cluster", "metadata": {"name": "edge"},
               "spec": {"paused": False, "infrastructureRef": {
                   "apiVersion": "infrastructure.cluster.x-k8s.io/v1beta1", "kind": "VSphereCluster", "name": "edge",
                   "namespace": "sites"}}}
    v1beta2 = {"apiVersion": "cluster.x-k8s.io/v1beta2", "kind": "Cluster", "metadata": {"name": "edge"},
               "spec": {"paused": False, "infrastructureRef": {
                   "apiGroup": "infrastructure.cluster.x-k8s.io", "kind": "VSphereCluster", "name": "edge"}}}

    def name(cluster_text: str, **changes) -> str:
        props = standalone_props(manifests={"objects.yaml": "", "cluster.yaml": cluster_text}, **changes)
        return ipam_job(standalone(props))["metadata"]["name"]

    spelled = name(yaml.safe_dump(cluster))
    # The same Cluster in v1beta2, or written otherwise: the same meaning, the same name.
    assert name(yaml.safe_dump(v1beta2)) == spelled
    assert name(json.dumps(cluster, indent=1)) == spelled
    # Another meaning: another name. A Cluster left paused, another group, an unknown version
    # (no known conversion: its version is its meaning), another setting of the Job.
    assert name(yaml.safe_dump({**v1beta2, "spec": {**v1beta2["spec"], "paused": True}})) != spelled
    assert name(yaml.safe_dump({**v1beta2, "apiVersion": "example.test/v1beta2"})) != spelled
    assert name(yaml.safe_dump({**cluster, "apiVersion": "cluster.x-k8s.io/v1alpha4"})) != spelled
    assert name(yaml.safe_dump(cluster), timeout_seconds=60) != spelled
    # A file that is no stream of objects counts as its text.
    assert name("not: [yaml") != name("not:  [yaml")


def test_the_manifests_cannot_hold_the_resources_file():
    with pytest.raises(ValueError, match="resources.env is the construct's own file"):
        standalone_props(manifests={"objects.yaml": "", "cluster.yaml": "", "resources.env": ""})
