"""The IPAM Job and its claims across the generations of Cluster API versions.

Cluster API 1.11 made ``v1beta2`` the version of its kinds and of the IPAM claims, CAPV 1.16 of
its own; the cluster context says which version each kind is emitted in. For releases of each
generation (the chart's, v1beta1, Cluster API in v1beta2 beside CAPV in v1beta1, all v1beta2):

* the IPAddressClaims are emitted in the generation's IPAM version, valid for its schemas;
* the Job names the IPAddresses ``ipaddresses.VERSION.ipam.cluster.x-k8s.io`` in that version (in
  its ConfigMap's ``resources.env``, which the script parses and never sources), and its script, run
  against a fake management cluster serving only the generation's versions (``served_kubectl.py``,
  in front of ``tests/fixtures/scripts/fake_kubectl_apply.py``), reads them there and applies every
  object in the version it is written in; a Job of one generation fails, applying nothing, where
  its version is not served;
* the Role is the same in every generation (RBAC rules have no versions) and grants what the
  script does;
* moving a cluster from one generation to another keeps the Job as it is, under the same name (the
  name covers what the objects mean, not their versions), and changes its ConfigMap in place, in
  spelling only; a change of meaning renames both.

The cleanup Job's generations are tested with its script (``test_scripts.py``).
"""
from __future__ import annotations

import dataclasses
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from cdk8s import App, Chart

from constructs_lib.config import load_values_text
from constructs_lib.config.releases import CHART_ERA, CURRENT, ManagementCluster, schema_era, served_api_versions
from constructs_lib.constructs.cluster_api.conversion import to_v1beta2
from constructs_lib.constructs.context import ClusterContext
from constructs_lib.constructs.documents import chart_documents
from constructs_lib.constructs.jobs.cleanup import kubectl_resource
from constructs_lib.constructs.jobs.ipam import (
    IpAddressClaims,
    IpamAssignJob,
    assign_job_props,
    chart_role_rules,
)
from constructs_lib.constructs.jobs.ipam_placeholders import (
    CONTROL_PLANE_IP_PLACEHOLDER,
    KUBEVIP_CONTENT_PLACEHOLDER,
    LOAD_BALANCER_CIDRS_PLACEHOLDER,
)
from constructs_lib.crd import validate_documents

HERE = Path(__file__).resolve().parent
TESTS = HERE.parents[1]
SERVED_KUBECTL = HERE / "served_kubectl.py"
BACKEND = TESTS / "fixtures/scripts/fake_kubectl_apply.py"
BOTH = (TESTS / "cases/ipam-both.yaml").read_text()
CP_IP, LB_IP = "10.0.30.7", "10.0.40.9"

# Releases of each generation and, worked out by hand from the releases' tables, the version of
# the IPAM claims and addresses, of Cluster and KubeadmControlPlane, and of VSphereCluster.
GENERATIONS = {
    "chart-era": (CHART_ERA, "v1alpha1", "v1beta1", "v1beta1"),
    "v1beta1": (ManagementCluster(cluster_api="1.10", capv="1.13", flux="2.9"), "v1alpha1", "v1beta1", "v1beta1"),
    "capi-v1beta2": (ManagementCluster(cluster_api="1.11", capv="1.14", flux="2.9"), "v1beta2", "v1beta2", "v1beta1"),
    "v1beta2": (CURRENT, "v1beta2", "v1beta2", "v1beta2"),
}
IDS = sorted(GENERATIONS)


def context(generation: str, control_plane: bool = True, load_balancer: bool = True) -> ClusterContext:
    values = load_values_text(BOTH, "ipam-both.yaml").values
    return ClusterContext(name="test", namespace="default", values=values, ipam_control_plane=control_plane,
                          ipam_load_balancer=load_balancer, namespaced_secrets=True,
                          management_cluster=GENERATIONS[generation][0])


def synthesized(build) -> list[dict]:
    chart = Chart(App(), "generation", disable_resource_name_hashes=True)
    build(chart)
    return chart_documents(chart)


def served_exactly(ctx: ClusterContext) -> frozenset[str]:
    """A management cluster serving only the versions this cluster's objects are emitted in."""
    mc = ctx.management_cluster
    return frozenset({ctx.api_version(kind) for kind in ("Cluster", "KubeadmControlPlane", "VSphereCluster",
                                                         "IPAddress", "IPAddressClaim")}
                     | {mc.helm_release_api_version})


def test_kubectl_resource_is_resource_version_group():
    assert kubectl_resource("cluster.x-k8s.io/v1beta2", "Cluster") == "clusters.v1beta2.cluster.x-k8s.io"
    assert kubectl_resource("ipam.cluster.x-k8s.io/v1alpha1", "IPAddress") == \
        "ipaddresses.v1alpha1.ipam.cluster.x-k8s.io"
    assert kubectl_resource("helm.toolkit.fluxcd.io/v2beta1", "HelmRelease") == \
        "helmreleases.v2beta1.helm.toolkit.fluxcd.io"
    for bad in ("v1", "cluster.x-k8s.io", "cluster.x-k8s.io/"):
        with pytest.raises(ValueError):
            kubectl_resource(bad, "Cluster")


@pytest.mark.parametrize("generation", IDS)
def test_the_generations_are_what_the_context_says(generation):
    mc, ipam, capi, capv = GENERATIONS[generation]
    ctx = context(generation)
    assert ctx.api_version("IPAddressClaim") == ctx.api_version("IPAddress") == f"ipam.cluster.x-k8s.io/{ipam}"
    assert ctx.api_version("Cluster") == f"cluster.x-k8s.io/{capi}"
    assert ctx.api_version("KubeadmControlPlane") == f"controlplane.cluster.x-k8s.io/{capi}"
    assert ctx.api_version("VSphereCluster") == f"infrastructure.cluster.x-k8s.io/{capv}"
    assert served_exactly(ctx) <= served_api_versions(mc)


# --- the claims -----------------------------------------------------------------------------------

@pytest.mark.parametrize("generation", IDS)
def test_claims_are_emitted_in_the_ipam_version_of_the_generation(generation):
    mc, ipam, _, _ = GENERATIONS[generation]
    ctx = context(generation)
    claims = synthesized(lambda chart: IpAddressClaims(chart, "claims", ctx))
    pools = {"test": "cp-pool", "test-svc-lb": "lb-pool"}
    assert [c["metadata"]["name"] for c in claims] == list(pools)
    for claim in claims:
        assert claim["apiVersion"] == f"ipam.cluster.x-k8s.io/{ipam}" and claim["kind"] == "IPAddressClaim"
        assert claim["metadata"]["namespace"] == "default"
        # The same poolRef in every version (apiGroup is required from v1beta2). No clusterName and
        # no cluster-name label: the IPAM provider skips the claims of a paused Cluster, and the
        # Cluster stays paused until the Job has their addresses.
        assert claim["spec"] == {"poolRef": {"apiGroup": "ipam.cluster.x-k8s.io", "kind": "GlobalInClusterIPPool",
                                             "name": pools[claim["metadata"]["name"]]}}
        assert "cluster.x-k8s.io/cluster-name" not in claim["metadata"]["labels"]
    assert validate_documents(claims, era=lambda group: schema_era(mc, group), served=served_api_versions(mc)) == []


def test_the_chart_era_claims_are_the_typed_v1alpha1_ones():
    """The chart's releases still emit through the generated v1alpha1 class: the claims of today."""
    from constructs_lib.imports.io.x_k8s.cluster.ipam import IpAddressClaim

    ctx = context("chart-era")
    construct = IpAddressClaims(Chart(App(), "claims"), "claims", ctx)
    assert isinstance(construct.control_plane, IpAddressClaim) and isinstance(construct.load_balancer, IpAddressClaim)


# --- the Job and its script ----------------------------------------------------------------------

def manifests(ctx: ClusterContext) -> dict[str, str]:
    """Small stand-ins for the objects the Job applies, each in the version ``ctx`` emits it in,
    with the placeholders where the real ones have them."""
    def meta(name):
        return {"name": name, "namespace": "default"}

    endpoint = {"host": CONTROL_PLANE_IP_PLACEHOLDER, "port": 6443}
    objects = [
        {"apiVersion": ctx.api_version("VSphereCluster"), "kind": "VSphereCluster", "metadata": meta("test"),
         "spec": {"controlPlaneEndpoint": endpoint, "server": "https://vcenter.example.test"}},
        {"apiVersion": "v1", "kind": "Secret", "metadata": meta("test-kubevip-pod"),
         "data": {"content": KUBEVIP_CONTENT_PLACEHOLDER}},
        {"apiVersion": ctx.api_version("KubeadmControlPlane"), "kind": "KubeadmControlPlane", "metadata": meta("test"),
         "spec": {"kubeadmConfigSpec": {"clusterConfiguration": {
             "apiServer": {"certSANs": [CONTROL_PLANE_IP_PLACEHOLDER, "localhost"]}}}}},
        {"apiVersion": ctx.management_cluster.helm_release_api_version, "kind": "HelmRelease",
         "metadata": meta("test-cloud-provider-vsphere"),
         "spec": {"suspend": False,
                  "values": {"kube-vip-cloud-provider": {"cidrGlobal": LOAD_BALANCER_CIDRS_PLACEHOLDER}}}},
    ]
    cluster = {"apiVersion": ctx.api_version("Cluster"), "kind": "Cluster", "metadata": meta("test"),
               "spec": {"paused": False, "controlPlaneEndpoint": endpoint}}
    return {"objects.yaml": yaml.safe_dump_all(objects), "cluster.yaml": yaml.safe_dump(cluster),
            "kube-vip-pod.yaml": f"env:\n- name: vip_address\n  value: {CONTROL_PLANE_IP_PLACEHOLDER}\n"}


def job_documents(ctx: ClusterContext) -> list[dict]:
    return synthesized(lambda chart: IpamAssignJob(chart, "assign", assign_job_props(ctx, manifests(ctx))))


def one(documents: list[dict], kind: str) -> dict:
    (found,) = [d for d in documents if d["kind"] == kind]
    return found


def job_env(documents: list[dict]) -> dict[str, str]:
    (container,) = one(documents, "Job")["spec"]["template"]["spec"]["containers"]
    return {e["name"]: e["value"] for e in container["env"]}


def ipam_job(documents: list[dict]) -> tuple[dict, dict]:
    """The IPAM Job and its ConfigMap (``<cluster>-ipam-<hash>``)."""
    (job,) = [d for d in documents if d["kind"] == "Job" and "-ipam-" in d["metadata"]["name"]]
    (config_map,) = [d for d in documents
                     if d["kind"] == "ConfigMap" and d["metadata"]["name"] == job["metadata"]["name"]]
    return job, config_map


def job_resources(documents: list[dict]) -> dict[str, str]:
    """The resources the script reads, from its ConfigMap's ``resources.env``."""
    _, config_map = ipam_job(documents)
    return dict(line.split("=", 1) for line in config_map["data"]["resources.env"].splitlines())


def run_job(documents: list[dict], tmp_path: Path, served: frozenset[str], config_map: dict | None = None,
            **env_overrides: str) -> tuple[subprocess.CompletedProcess, list[list[str]], dict]:
    """The IPAM Job's command with its environment and its ConfigMap (or ``config_map``) mounted,
    against a management cluster serving ``served``; the result, the kubectl calls as made, the
    objects afterwards."""
    job, own_config_map = ipam_job(documents)
    config_map = config_map or own_config_map
    (container,) = job["spec"]["template"]["spec"]["containers"]
    mounted = tmp_path / "manifests"
    mounted.mkdir()
    for name, text in config_map["data"].items():
        (mounted / name).write_text(text)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    kubectl = bin_dir / "kubectl"
    kubectl.write_text(f'#!/bin/sh\nexec {shlex.quote(sys.executable)} {shlex.quote(str(SERVED_KUBECTL))} "$@"\n')
    kubectl.chmod(0o755)
    state, log = tmp_path / "state.json", tmp_path / "kubectl.log"
    state.write_text(json.dumps({"objects": {}, "addresses": {"test": {"address": CP_IP, "polls": 1},
                                                              "test-svc-lb": {"address": LB_IP, "polls": 0}}}))
    env = {e["name"]: e["value"] for e in container["env"]} | {
        "MANIFESTS_DIR": str(mounted), "POLL_SECONDS": "0", "HOME": str(tmp_path),
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}", "FAKE_KUBECTL_STATE": str(state),
        "FAKE_KUBECTL_LOG": str(log), "FAKE_KUBECTL_BACKEND": str(BACKEND),
        "FAKE_KUBECTL_SERVED": ",".join(sorted(served))} | env_overrides
    result = subprocess.run(container["command"], env=env, capture_output=True, text=True, timeout=60, check=False)
    assert "fake kubectl:" not in result.stderr, f"unexpected kubectl call:\n{result.stderr}"
    calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
    return result, calls, json.loads(state.read_text())["objects"]


@pytest.mark.parametrize("generation", IDS)
def test_job_names_the_ipam_resources_in_the_generation_version(generation):
    _, ipam, _, _ = GENERATIONS[generation]
    documents = job_documents(context(generation))
    assert job_resources(documents) == {"IPADDRESS_RESOURCE": f"ipaddresses.{ipam}.ipam.cluster.x-k8s.io",
                                        "IPADDRESSCLAIM_RESOURCE": f"ipaddressclaims.{ipam}.ipam.cluster.x-k8s.io"}
    # In the ConfigMap, not in the Job: no version anywhere in its pod template.
    assert not [name for name in job_env(documents) if name.endswith("_RESOURCE")]
    job, _ = ipam_job(documents)
    assert not re.search(r"v1(alpha|beta)[0-9]", json.dumps(job["spec"]["template"]["spec"]["containers"][0]["env"]))


@pytest.mark.parametrize("generation", IDS)
def test_script_reads_and_applies_every_object_in_its_version(generation, tmp_path):
    _, ipam, capi, capv = GENERATIONS[generation]
    ctx = context(generation)
    result, calls, objects = run_job(job_documents(ctx), tmp_path, served_exactly(ctx))
    assert result.returncode == 0, result.stderr
    gets = [call for call in calls if call[0] == "get"]
    assert gets == [["get", f"ipaddresses.{ipam}.ipam.cluster.x-k8s.io", "--ignore-not-found", "-n", "default",
                     claim, "-o", "jsonpath={.spec.address}"]
                    for claim in ("test", "test", "test-svc-lb")]  # one miss, then the address; then the other
    assert [call[0] for call in calls] == ["get", "get", "get", "apply", "apply"]
    assert {key: obj["apiVersion"] for key, obj in objects.items()} == {
        "VSphereCluster/default/test": f"infrastructure.cluster.x-k8s.io/{capv}",
        "Secret/default/test-kubevip-pod": "v1",
        "KubeadmControlPlane/default/test": f"controlplane.cluster.x-k8s.io/{capi}",
        "HelmRelease/default/test-cloud-provider-vsphere": ctx.management_cluster.helm_release_api_version,
        "Cluster/default/test": f"cluster.x-k8s.io/{capi}"}
    assert objects["VSphereCluster/default/test"]["spec"]["controlPlaneEndpoint"]["host"] == CP_IP
    assert objects["Cluster/default/test"]["spec"]["controlPlaneEndpoint"]["host"] == CP_IP
    assert objects["KubeadmControlPlane/default/test"]["spec"]["kubeadmConfigSpec"]["clusterConfiguration"][
        "apiServer"]["certSANs"] == [CP_IP, "localhost"]
    assert objects["HelmRelease/default/test-cloud-provider-vsphere"]["spec"]["values"][
        "kube-vip-cloud-provider"]["cidrGlobal"] == f"{LB_IP}/32"  # the case has no static range


@pytest.mark.parametrize("job, server", [("v1beta2", "v1beta1"), ("v1beta1", "v1beta2")])
def test_a_job_fails_where_its_ipam_version_is_not_served(job, server, tmp_path):
    # Releases declared other than they are: the Job stops at its first read and applies nothing.
    job_ctx = context(job)
    served = served_exactly(context(server))
    result, calls, objects = run_job(job_documents(job_ctx), tmp_path, served)
    assert result.returncode != 0
    resource = job_resources(job_documents(job_ctx))["IPADDRESS_RESOURCE"]
    assert f'the server doesn\'t have a resource type "{resource}"' in result.stderr
    assert f"cannot read IPAddress default/test as {resource}" in result.stderr
    assert [call[0] for call in calls] == ["get"] and objects == {}


def with_resources_file(documents: list[dict], text: str) -> dict:
    """The Job's ConfigMap with ``text`` as its ``resources.env``."""
    _, config_map = ipam_job(documents)
    return {**config_map, "data": {**config_map["data"], "resources.env": text}}


V1BETA2_RESOURCES = ("IPADDRESS_RESOURCE=ipaddresses.v1beta2.ipam.cluster.x-k8s.io\n"
                     "IPADDRESSCLAIM_RESOURCE=ipaddressclaims.v1beta2.ipam.cluster.x-k8s.io\n")


@pytest.mark.parametrize("value", ["ipaddress", "ipaddresses.ipam.cluster.x-k8s.io", "ipaddresses.v1beta2",
                                   "ipaddresses.v1beta2.ipam.example.test"])
def test_script_refuses_a_resource_without_its_version(value, tmp_path):
    documents = job_documents(context("v1beta2"))
    text = V1BETA2_RESOURCES.replace("ipaddresses.v1beta2.ipam.cluster.x-k8s.io", value)
    result, calls, objects = run_job(documents, tmp_path, served_exactly(context("v1beta2")),
                                     config_map=with_resources_file(documents, text))
    assert result.returncode == 1
    assert "IPADDRESS_RESOURCE and IPADDRESSCLAIM_RESOURCE must name the resources with their version" in result.stderr
    assert calls == [] and objects == {}


@pytest.mark.parametrize("text, message", [
    ("", "must name the resources with their version"),
    ("IPADDRESS_RESOURCE=ipaddresses.v1beta2.ipam.cluster.x-k8s.io\n", "must name the resources with their version"),
    (V1BETA2_RESOURCES + "OTHER=value\n", "resources.env:3: unknown key 'OTHER'"),
    (V1BETA2_RESOURCES + "IPADDRESS_RESOURCE\n", "resources.env:3: not KEY=VALUE"),
    (V1BETA2_RESOURCES + "IPADDRESS_RESOURCE=\n", "resources.env:3: 'IPADDRESS_RESOURCE' is not a resource name"),
    (V1BETA2_RESOURCES.replace("\n", "\r\n"), "resources.env:1: 'IPADDRESS_RESOURCE' is not a resource name"),
    (V1BETA2_RESOURCES + "IPADDRESS_RESOURCE=$(touch SOURCED)\n", "is not a resource name"),
    (V1BETA2_RESOURCES + "IPADDRESS_RESOURCE=ipaddresses.v1beta2.ipam.cluster.x-k8s.io;touch SOURCED\n",
     "is not a resource name"),
    ("touch SOURCED\n" + V1BETA2_RESOURCES, "resources.env:1: not KEY=VALUE"),
])
def test_script_parses_the_resources_file_and_never_runs_it(text, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # where a "touch SOURCED" run by the script would leave its file
    documents = job_documents(context("v1beta2"))
    result, calls, objects = run_job(documents, tmp_path, served_exactly(context("v1beta2")),
                                     config_map=with_resources_file(documents, text))
    assert result.returncode == 1 and message in result.stderr, result.stderr
    assert calls == [] and objects == {}
    assert not list(tmp_path.rglob("SOURCED")), "the file's text was run"


def test_script_stops_without_the_resources_file(tmp_path):
    documents = job_documents(context("v1beta2"))
    _, config_map = ipam_job(documents)
    data = {name: text for name, text in config_map["data"].items() if name != "resources.env"}
    result, calls, objects = run_job(documents, tmp_path, served_exactly(context("v1beta2")),
                                     config_map={**config_map, "data": data})
    assert result.returncode == 1
    assert "resources.env (the resources to read, with their versions)" in result.stderr
    assert calls == [] and objects == {}


def test_script_takes_comments_blank_lines_and_a_missing_last_newline_but_not_the_environment(tmp_path):
    documents = job_documents(context("v1beta2"))
    text = "# the resources, with their versions\n\n" + V1BETA2_RESOURCES.rstrip("\n")
    # The environment's values are not taken: the file is what the releases say.
    result, calls, objects = run_job(documents, tmp_path, served_exactly(context("v1beta2")),
                                     config_map=with_resources_file(documents, text),
                                     IPADDRESS_RESOURCE="ipaddresses.v1alpha1.ipam.cluster.x-k8s.io")
    assert result.returncode == 0, result.stderr
    assert {call[1] for call in calls if call[0] == "get"} == {"ipaddresses.v1beta2.ipam.cluster.x-k8s.io"}
    assert objects["Cluster/default/test"]["spec"]["controlPlaneEndpoint"]["host"] == CP_IP


def test_the_role_is_the_same_in_every_generation_and_grants_what_the_script_does():
    roles = {generation: one(job_documents(context(generation)), "Role")["rules"] for generation in IDS}
    assert all(rules == roles["chart-era"] for rules in roles.values())
    for generation in IDS:
        ctx = context(generation)
        assert chart_role_rules(ctx) == chart_role_rules(context("chart-era"))
        rules = roles[generation]

        def allowed(group: str, resource: str, name: str, verb: str) -> bool:
            return any(group in r["apiGroups"] and resource in r["resources"] and verb in r["verbs"]
                       and name in r.get("resourceNames", [name]) for r in rules)

        # The reads: the IPAddresses by name, in the group of the pinned resource.
        plural, _, group = job_resources(job_documents(ctx))["IPADDRESS_RESOURCE"].split(".", 2)
        assert allowed(group, plural, "test", "get") and allowed(group, plural, "test-svc-lb", "get")
        # The server-side applies (a patch, after a get), of every object in the version it is in.
        for text in manifests(ctx).values():
            for doc in yaml.safe_load_all(text):
                if doc and "kind" in doc:
                    api_group = doc["apiVersion"].rpartition("/")[0]
                    resource = doc["kind"].lower() + "s"
                    for verb in ("get", "patch"):
                        assert allowed(api_group, resource, doc["metadata"]["name"], verb), (generation, doc["kind"])


# --- the Job of a whole cluster -------------------------------------------------------------------

# A Kubernetes version each generation's Cluster API manages.
KUBERNETES = {"chart-era": "v1.27.16", "v1beta1": "v1.31.4", "capi-v1beta2": "v1.31.4", "v1beta2": "v1.31.4"}


def synth_cluster(generation: str) -> list[dict]:
    from constructs_lib.commands.synth import synth_documents
    from constructs_lib.constructs.cluster import VsphereClusterProps

    text = BOTH + f"cluster:\n  kubernetesVersion: {KUBERNETES[generation]}\n"
    values = load_values_text(text, "ipam-both.yaml").values
    return synth_documents(VsphereClusterProps(name="test", values=values, namespace="default",
                                               ipam_api_available=True, namespaced_secrets=True,
                                               management_cluster=GENERATIONS[generation][0]))


@pytest.mark.parametrize("generation", IDS)
def test_a_cluster_job_assigns_the_addresses_in_the_versions_of_its_objects(generation, tmp_path):
    mc, ipam, capi, capv = GENERATIONS[generation]
    ctx = context(generation)
    documents = synth_cluster(generation)
    assert {d["apiVersion"] for d in documents if d["kind"] == "IPAddressClaim"} == {f"ipam.cluster.x-k8s.io/{ipam}"}
    _, config_map = ipam_job(documents)
    held = [d for text in config_map["data"].values() for d in yaml.safe_load_all(text) if d and "kind" in d
            and d["kind"] != "Pod"]
    assert {d["kind"]: d["apiVersion"] for d in held} == {
        "VSphereCluster": f"infrastructure.cluster.x-k8s.io/{capv}", "Secret": "v1",
        "KubeadmControlPlane": f"controlplane.cluster.x-k8s.io/{capi}", "HelmRelease": mc.helm_release_api_version,
        "Cluster": f"cluster.x-k8s.io/{capi}"}
    result, calls, objects = run_job(documents, tmp_path, served_exactly(ctx))
    assert result.returncode == 0, result.stderr
    assert {call[1] for call in calls if call[0] == "get"} == {f"ipaddresses.{ipam}.ipam.cluster.x-k8s.io"}
    assert objects["VSphereCluster/default/test"]["spec"]["controlPlaneEndpoint"]["host"] == CP_IP
    assert objects["KubeadmControlPlane/default/test"]["spec"]["kubeadmConfigSpec"]["clusterConfiguration"][
        "apiServer"]["certSANs"][0] == CP_IP
    assert objects["Cluster/default/test"]["spec"]["paused"] is False
    assert objects["HelmRelease/default/test-cloud-provider-vsphere"]["spec"]["values"][
        "kube-vip-cloud-provider"]["cidrGlobal"] == f"{LB_IP}/32"
    # Filled in, every object is valid for the schemas of its version.
    assert validate_documents(list(objects.values()), era=lambda group: schema_era(mc, group),
                              served=served_api_versions(mc)) == []


# --- moving a cluster to new releases ---------------------------------------------------------------

V1BETA1_ERA = GENERATIONS["v1beta1"][0]
# Releases a cluster moves to today's from: v1beta1 throughout (and, Flux older too, HelmRelease
# v2beta1), or Cluster API already in v1beta2 beside CAPV in v1beta1. Each must keep the Job.
SWITCHES = {"v1beta1": V1BETA1_ERA, "capi-v1beta2": GENERATIONS["capi-v1beta2"][0],
            "v1beta1-flux-v2beta1": ManagementCluster(cluster_api="1.10", capv="1.13", flux="2.2")}


def synth_with(mc: ManagementCluster, text: str = BOTH, kubernetes: str = "v1.31.4") -> list[dict]:
    """The whole cluster (both addresses from pools) with the releases ``mc``."""
    from constructs_lib.commands.synth import synth_documents
    from constructs_lib.constructs.cluster import VsphereClusterProps

    values = load_values_text(text + f"cluster:\n  kubernetesVersion: {kubernetes}\n", "ipam-both.yaml").values
    return synth_documents(VsphereClusterProps(name="test", values=values, namespace="default",
                                               ipam_api_available=True, namespaced_secrets=True,
                                               management_cluster=mc))


def as_stored(doc: dict) -> dict:
    """An object as Cluster API stores it (its v1beta2 conversion), its API group without version."""
    converted = to_v1beta2(doc)
    return {**converted, "apiVersion": converted["apiVersion"].rpartition("/")[0]}


@pytest.fixture(scope="module")
def today() -> list[dict]:
    return synth_with(CURRENT)


@pytest.mark.parametrize("switch", sorted(SWITCHES))
def test_new_releases_keep_the_job_and_respell_its_config_map(switch, today):
    before = synth_with(SWITCHES[switch])
    (job_before, map_before), (job_today, map_today) = ipam_job(before), ipam_job(today)
    assert job_before["metadata"]["name"] == job_today["metadata"]["name"]
    # The same Job, byte for byte (a Job's pod template cannot change), and the same RBAC objects.
    assert job_before == job_today
    assert ([d for d in before if d["metadata"]["name"] == "test-update-values-hook"]
            == [d for d in today if d["metadata"]["name"] == "test-update-values-hook"] != [])
    # The ConfigMap keeps its name and changes in place (not immutable), in spelling only.
    assert map_before["metadata"] == map_today["metadata"] and map_today["immutable"] is False
    assert map_before["data"].keys() == map_today["data"].keys()
    ipam = SWITCHES[switch].api_version("IPAddress").rpartition("/")[2]
    assert map_before["data"]["resources.env"] == V1BETA2_RESOURCES.replace("v1beta2", ipam)
    assert map_today["data"]["resources.env"] == V1BETA2_RESOURCES
    assert map_before["data"]["objects.yaml"] != map_today["data"]["objects.yaml"]  # respelled...
    for name in ("objects.yaml", "cluster.yaml", "kube-vip-pod.yaml"):
        old = [d for d in yaml.safe_load_all(map_before["data"][name]) if d]
        new = [d for d in yaml.safe_load_all(map_today["data"][name]) if d]
        assert [(d["kind"], d["metadata"]["name"]) for d in old] == [(d["kind"], d["metadata"]["name"]) for d in new]
        for old_doc, new_doc in zip(old, new):
            old_stored, new_stored = as_stored(old_doc), as_stored(new_doc)
            if old_doc["kind"] == "Cluster":
                # Both resume the Cluster explicitly (a v1beta2 conversion leaves a false out).
                assert old_doc["spec"]["paused"] is False and new_doc["spec"]["paused"] is False
                old_stored["spec"].pop("paused", None)
                new_stored["spec"].pop("paused")
            assert old_stored == new_stored, (name, old_doc["kind"])  # ...to the same objects


@pytest.mark.parametrize("switch", sorted(SWITCHES))
def test_the_plan_of_new_releases_changes_the_config_map_in_place(switch, today):
    from constructs_lib.commands.plan import diff_cluster

    before = synth_with(SWITCHES[switch])
    name = ipam_job(today)[0]["metadata"]["name"]
    changes = {(c.action, c.kind, c.name): c for c in diff_cluster("test", before, today).changes}
    assert {action for action, _, _ in changes} == {"~"}
    assert ("~", "Job", name) not in changes
    assert {c.path.split(".")[0] for c in changes["~", "ConfigMap", name].fields} == {"data"}


@pytest.mark.parametrize("switch", sorted(SWITCHES))
def test_the_kept_job_reads_what_its_config_map_says(switch, today, tmp_path):
    """The one Job with the ConfigMap of each side of the switch: it reads the IPAddresses in the
    version of the ConfigMap it has, against a management cluster serving only that side's versions."""
    before = synth_with(SWITCHES[switch])
    for label, documents, mc in (("before", before, SWITCHES[switch]), ("today", today, CURRENT)):
        ctx = dataclasses.replace(context("v1beta2"), management_cluster=mc)
        work = tmp_path / label
        work.mkdir()
        result, calls, objects = run_job(before, work, served_exactly(ctx), config_map=ipam_job(documents)[1])
        assert result.returncode == 0, result.stderr
        ipam = mc.api_version("IPAddress").rpartition("/")[2]
        assert {call[1] for call in calls if call[0] == "get"} == {f"ipaddresses.{ipam}.ipam.cluster.x-k8s.io"}
        assert objects["Cluster/default/test"]["apiVersion"] == mc.api_version("Cluster")
        assert objects["Cluster/default/test"]["spec"]["paused"] is False
        assert objects["VSphereCluster/default/test"]["spec"]["controlPlaneEndpoint"]["host"] == CP_IP


MEANING_CHANGES = {
    "control-plane replicas": {"text": BOTH.replace("controlPlane:\n  replicas: 3", "controlPlane:\n  replicas: 5")},
    "kubernetes version": {"kubernetes": "v1.32.5"},
    "static load-balancer range": {"text": BOTH.replace("cidrBlocks: []", "cidrBlocks: [10.0.20.0/28]")},
}


@pytest.mark.parametrize("change", sorted(MEANING_CHANGES))
def test_a_change_of_meaning_renames_the_job_and_its_config_map_in_every_generation(change, today):
    name = ipam_job(today)[0]["metadata"]["name"]
    renamed = {}
    for label, mc in (("v1beta1", V1BETA1_ERA), ("today", CURRENT)):
        job, config_map = ipam_job(synth_with(mc, **MEANING_CHANGES[change]))
        assert job["metadata"]["name"] == config_map["metadata"]["name"] != name
        renamed[label] = job["metadata"]["name"]
    # The new meaning, in either spelling, is again one name.
    assert renamed["v1beta1"] == renamed["today"]
