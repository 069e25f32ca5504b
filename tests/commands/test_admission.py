"""plan and synth refuse, before writing, the updates Cluster API's admission webhooks refuse, and
name the values field behind each; the output stays as it was. They also refuse a pool newer than
its control plane (or further behind than the version skew policy allows), and a step that moves
the control plane and its pools to a new minor version together is warned about."""
from __future__ import annotations

import copy
import re
from pathlib import Path

import pytest

from conftest import DIST, ROOT, tree
from constructs_lib.commands.admission import admission_refusals, upgrade_warnings
from constructs_lib.commands.cli import main
from constructs_lib.constructs.manifest_yaml import load_documents


def _kcp(name: str = "bravo") -> dict:
    docs = load_documents((DIST / f"{name}.k8s.yaml").read_text())
    return next(d for d in docs if d["kind"] == "KubeadmControlPlane")


def _changed(doc: dict, path: str, value) -> dict:
    new = copy.deepcopy(doc)
    target = new
    *parents, last = path.split(".")
    for part in parents:
        target = target[part]
    target[last] = value
    return new


@pytest.mark.parametrize("path, value, refused", [
    ("spec.version", "v1.33.9", False),                      # a patch release
    ("spec.version", "v1.34.0", False),                      # the next minor
    ("spec.version", "v1.35.0", True),                       # skips v1.34
    ("spec.version", "v1.32.0", True),                       # goes down
    ("spec.replicas", 5, False),
    ("spec.kubeadmConfigSpec.clusterConfiguration.networking.serviceSubnet", "10.96.0.0/12", True),
    ("spec.kubeadmConfigSpec.clusterConfiguration.apiServer.certSANs", ["x.example"], False),
    ("spec.kubeadmConfigSpec.files", [], False),
    ("spec.kubeadmConfigSpec.clusterConfiguration.clusterName", "other", True),
])
def test_the_control_plane_webhook_rules(path, value, refused):
    old = _changed(_kcp("bravo"), "spec.version", "v1.33.4")  # chart-era releases: v1beta1
    refusals = admission_refusals("clusters/x.yaml", [old], [_changed(old, path, value)])
    assert bool(refusals) == refused, refusals
    if refused:
        assert path in refusals[0] and "webhook would refuse" in refusals[0]


@pytest.mark.parametrize("path, value, refused", [
    ("spec.version", "v1.35.0", True),
    ("spec.kubeadmConfigSpec.clusterConfiguration.certificatesDir", "/etc/other", True),
    ("spec.kubeadmConfigSpec.clusterConfiguration.apiServer.certSANs", ["x.example"], False),
    ("spec.machineTemplate.spec.infrastructureRef.name", "alpha-control-plane-00000000", False),
])
def test_the_control_plane_webhook_rules_in_v1beta2(path, value, refused):
    old = _changed(_kcp("alpha"), "spec.version", "v1.33.4")  # today's releases: v1beta2
    assert old["apiVersion"] == "controlplane.cluster.x-k8s.io/v1beta2"
    refusals = admission_refusals("clusters/x.yaml", [old], [_changed(old, path, value)])
    assert bool(refusals) == refused, refusals


def test_a_switch_to_v1beta2_is_judged_as_cluster_api_stores_both():
    from constructs_lib.constructs.cluster_api.conversion import to_v1beta2

    old = _kcp("bravo")  # v1beta1, with clusterConfiguration.networking (v1beta2 has no home for it)
    new = to_v1beta2(old)
    assert "networking" in old["spec"]["kubeadmConfigSpec"]["clusterConfiguration"]
    assert admission_refusals("clusters/x.yaml", [old], [new]) == []
    skipped = _changed(new, "spec.version", "v1.99.0")
    assert "skipping a minor version is not allowed" in admission_refusals("clusters/x.yaml", [old], [skipped])[0]


def test_selector_and_cluster_name_of_pools_are_immutable():
    docs = load_documents((DIST / "alpha.k8s.yaml").read_text())
    pool = next(d for d in docs if d["kind"] == "MachineDeployment")
    moved = _changed(pool, "spec.clusterName", "other")
    assert "spec.clusterName: is immutable" in admission_refusals("c", [pool], [moved])[0]
    assert admission_refusals("c", [pool], [_changed(pool, "spec.replicas", 7)]) == []


def test_plan_and_synth_refuse_a_skipped_minor_and_a_services_cidr_change(tmp_path: Path, clusters_copy: Path,
                                                                          capsys):
    out = tmp_path / "dist"
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 0
    before = tree(out)
    alpha, bravo = clusters_copy / "alpha.yaml", clusters_copy / "bravo.yaml"
    alpha.write_text(alpha.read_text().replace('kubernetesVersion: "v1.33.4"', 'kubernetesVersion: "v1.35.1"'))
    bravo.write_text(bravo.read_text().replace("connectivity:\n  network:\n",
                                               "connectivity:\n  network:\n    services:\n"
                                               "      cidrBlocks: [\"10.96.0.0/12\"]\n", 1))
    for command in ("plan", "synth"):
        capsys.readouterr()
        assert main([command, "--clusters", str(clusters_copy), "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert "alpha.yaml: cluster.kubernetesVersion changed: KubeadmControlPlane org-platform/alpha: spec.version: " \
               "cannot update Kubernetes version from v1.33.4 to v1.35.1: skipping a minor version" in err
        assert "bravo.yaml: connectivity.network.services.cidrBlocks changed: KubeadmControlPlane " \
               "org-platform/bravo: spec.kubeadmConfigSpec.clusterConfiguration.networking.serviceSubnet: " \
               "cannot be modified" in err
        assert tree(out) == before


# --- the pools' Kubernetes versions against the control plane's --------------------------------

def _alpha() -> list[dict]:
    return load_documents((DIST / "alpha.k8s.yaml").read_text())


def _with_versions(docs: list[dict], control_plane: str | None = None, **pools: str) -> list[dict]:
    """``docs`` with the KubeadmControlPlane at ``control_plane`` and each pool (``worker=...``) at its version."""
    docs = copy.deepcopy(docs)
    for doc in docs:
        if doc["kind"] == "KubeadmControlPlane" and control_plane:
            doc["spec"]["version"] = control_plane
        if doc["kind"] == "MachineDeployment" and doc["metadata"]["name"].split("-", 1)[1] in pools:
            doc["spec"]["template"]["spec"]["version"] = pools[doc["metadata"]["name"].split("-", 1)[1]]
    return docs


def _with_pool(docs: list[dict], pool: str, version: str) -> list[dict]:
    """``docs`` with one more MachineDeployment, ``alpha-<pool>``, at ``version``."""
    docs = copy.deepcopy(docs)
    md = copy.deepcopy(next(d for d in docs if d["kind"] == "MachineDeployment"))
    md["metadata"]["name"] = f"alpha-{pool}"
    md["spec"]["template"]["spec"]["version"] = version
    return docs + [md]


@pytest.mark.parametrize("control_plane, pool, refused", [
    ("v1.33.4", "v1.33.4", False),
    ("v1.33.4", "v1.32.0", False),   # the control plane went first
    ("v1.33.4", "v1.30.9", False),   # three minors older: allowed from 1.28
    ("v1.33.4", "v1.29.0", True),    # four
    ("v1.33.4", "v1.34.0", True),    # kubelet newer than kube-apiserver
    ("v1.33.4", "v1.33.5", True),    # never newer, not even by a patch
])
def test_a_pool_is_never_newer_than_the_control_plane_nor_further_behind_than_the_skew_policy(
        control_plane, pool, refused):
    old = _alpha()
    new = _with_versions(old, control_plane, worker=pool)
    assert bool(admission_refusals("clusters/alpha.yaml", old, new)) == refused
    # Judged on the output alone: the same for a new cluster.
    assert bool(admission_refusals("clusters/alpha.yaml", [], new)) == refused


def test_the_refusal_names_the_values_fields_the_objects_and_the_policy():
    new = _with_versions(_alpha(), "v1.33.4", worker="v1.34.0")
    [refusal] = admission_refusals("clusters/alpha.yaml", [], new)
    assert refusal.startswith(
        "clusters/alpha.yaml: nodePools.worker.kubernetesVersion against cluster.kubernetesVersion: MachineDeployment "
        "org-platform/alpha-worker: spec.template.spec.version: v1.34.0 is newer than KubeadmControlPlane "
        "org-platform/alpha spec.version v1.33.4: kubelet must not be newer than kube-apiserver, and may be up to "
        "three minor versions older than kube-apiserver from Kubernetes 1.28, two before (the Kubernetes version "
        "skew policy, https://kubernetes.io/releases/version-skew-policy/#kubelet); raise cluster.kubernetesVersion "
        "first")
    [behind] = admission_refusals("clusters/alpha.yaml", [], _with_versions(_alpha(), "v1.33.4", worker="v1.29.0"))
    assert "v1.29.0 is older than the version skew policy allows against KubeadmControlPlane org-platform/alpha " \
           "spec.version v1.33.4" in behind
    assert behind.endswith("raise nodePools.worker.kubernetesVersion (or remove it to follow cluster.kubernetesVersion) "
                           "before the control plane goes further")


def test_the_versions_are_read_where_v1beta1_and_v1beta2_both_keep_them():
    new = _with_versions(_alpha(), "v1.33.4", worker="v1.34.0")
    for doc in new:
        doc["apiVersion"] = doc["apiVersion"].replace("/v1beta1", "/v1beta2")
        if doc["kind"] == "Cluster":  # v1beta2: a reference by API group, without namespace
            doc["spec"]["controlPlaneRef"] = {"apiGroup": "controlplane.cluster.x-k8s.io",
                                              "kind": "KubeadmControlPlane", "name": "alpha"}
    assert len(admission_refusals("clusters/alpha.yaml", [], new)) == 1


def test_odd_documents_give_no_refusal_and_no_traceback():
    docs = _alpha()
    broken = [d if d["kind"] != "MachineDeployment" else {**d, "spec": {"template": None}} for d in docs]
    assert admission_refusals("c", [], broken) == []
    no_version = [d if d["kind"] != "KubeadmControlPlane" else {**d, "spec": {"version": 133}} for d in docs]
    assert admission_refusals("c", [], no_version) == []
    assert upgrade_warnings("c", [{"kind": "KubeadmControlPlane"}, "text"], [None, {"spec": []}] + broken) == []


def test_moving_the_control_plane_and_the_pools_to_a_new_minor_in_one_step_warns_with_the_two_step_order():
    old = _alpha()
    one_step = _with_versions(old, "v1.34.1", worker="v1.34.1")
    assert admission_refusals("clusters/alpha.yaml", old, one_step) == []  # allowed, but:
    [warning] = upgrade_warnings("clusters/alpha.yaml", old, one_step)
    assert warning == (
        "clusters/alpha.yaml: cluster.kubernetesVersion and nodePools.worker.kubernetesVersion: MachineDeployment "
        "org-platform/alpha-worker: spec.template.spec.version: v1.33.4 -> v1.34.1 in the same step as "
        "KubeadmControlPlane org-platform/alpha spec.version v1.33.4 -> v1.34.1: Cluster API rolls both at once, so "
        "the pool's new machines may run kubelet v1.34.1 while kube-apiserver still runs v1.33.4 (kubelet must not "
        "be newer than kube-apiserver). Upgrade in two steps: first raise cluster.kubernetesVersion with "
        "nodePools.worker.kubernetesVersion: \"v1.33.4\", synth and commit, and wait until the control plane runs "
        "v1.34.1 (kubectl get kcp); then remove the pin")


def test_a_pool_added_at_the_new_minor_while_the_control_plane_moves_warns_too():
    old = _alpha()
    new = _with_pool(_with_versions(old, "v1.34.1", worker="v1.33.4"), "gpu", "v1.34.1")
    [warning] = upgrade_warnings("clusters/alpha.yaml", old, new)
    assert "nodePools.gpu.kubernetesVersion: MachineDeployment org-platform/alpha-gpu: spec.template.spec.version: " \
           "v1.34.1 (a new pool) in the same step" in warning
    assert 'nodePools.gpu.kubernetesVersion: "v1.33.4"' in warning


@pytest.mark.parametrize("control_plane, pools", [
    ("v1.34.1", {"worker": "v1.33.4"}),   # step 1: the control plane, the pool pinned
    ("v1.33.4", {"worker": "v1.33.4"}),   # nothing moves
    ("v1.33.9", {"worker": "v1.33.9"}),   # a patch release of both: the same minor
    ("v1.34.1", {"worker": "v1.33.9"}),   # the pool takes a patch of the minor kube-apiserver runs now
])
def test_no_warning_when_the_pools_stay_at_what_the_control_plane_runs_now(control_plane, pools):
    old = _alpha()
    assert upgrade_warnings("clusters/alpha.yaml", old, _with_versions(old, control_plane, **pools)) == []


def test_step_two_moves_the_pools_without_a_warning_and_a_new_cluster_has_none():
    step_one = _with_versions(_alpha(), "v1.34.1", worker="v1.33.4")
    step_two = _with_versions(step_one, worker="v1.34.1")
    assert upgrade_warnings("clusters/alpha.yaml", step_one, step_two) == []
    assert admission_refusals("clusters/alpha.yaml", step_one, step_two) == []
    assert upgrade_warnings("clusters/alpha.yaml", [], step_two) == []


def _edit(path: Path, *replacements: tuple[str, str]) -> None:
    text = path.read_text()
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text)


_CP_TEMPLATE = ('  machineTemplate:\n    template: "flatcar-stable-4459.2.1-kube-v1.33.4"',
                '  machineTemplate:\n    template: "flatcar-stable-4459.2.1-kube-v1.34.1"')
_POOL_PIN = ('    class: "default"\n    replicas: 2\n',
             '    class: "default"\n    replicas: 2\n    kubernetesVersion: "v1.33.4"\n')


def _readme_step_one_plan() -> str:
    """The plan the README's "Upgrading Kubernetes" shows for step 1."""
    section = (ROOT / "README.md").read_text().split("## Upgrading Kubernetes\n", 1)[1].split("\n## ", 1)[0]
    return re.search(r"^```\n(cluster .*?)^```", section, re.S | re.M).group(1)


def test_the_two_step_upgrade_plans_and_synthesizes_control_plane_first_then_pools(tmp_path: Path,
                                                                                   clusters_copy: Path, capsys):
    out = tmp_path / "dist"
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 0
    alpha = clusters_copy / "alpha.yaml"
    # Step 1: the control plane (version and its VM template); the pool pinned to what it runs.
    _edit(alpha, ('kubernetesVersion: "v1.33.4"', 'kubernetesVersion: "v1.34.1"'), _CP_TEMPLATE, _POOL_PIN)
    capsys.readouterr()
    assert main(["plan", "--clusters", str(clusters_copy), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert "spec.version: 'v1.33.4' -> 'v1.34.1'" in captured.out
    assert "Machines roll: KubeadmControlPlane org-platform/alpha.\n" in captured.out
    assert "MachineDeployment" not in captured.out.split("cluster alpha:", 1)[1]
    # The README shows today's releases' v1beta2 KubeadmControlPlane (its template reference under
    # machineTemplate.spec); v1beta1 keeps it one level up.
    shown = "cluster alpha:" + captured.out.split("cluster alpha:", 1)[1]
    assert shown.replace("spec.machineTemplate.infrastructureRef", "spec.machineTemplate.spec.infrastructureRef") \
        == _readme_step_one_plan()
    assert "error" not in captured.err
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 0
    # Step 2, once the control plane runs v1.34.1: the pin goes, the node class takes the new template.
    _edit(alpha, (_POOL_PIN[1], _POOL_PIN[0]),
          ('nodeClasses:\n  default:\n    template: "flatcar-stable-4459.2.1-kube-v1.33.4"',
           'nodeClasses:\n  default:\n    template: "flatcar-stable-4459.2.1-kube-v1.34.1"'))
    capsys.readouterr()
    assert main(["plan", "--clusters", str(clusters_copy), "--out", str(out)]) == 2
    captured = capsys.readouterr()
    assert "spec.template.spec.version: 'v1.33.4' -> 'v1.34.1'" in captured.out
    assert "Machines roll: MachineDeployment org-platform/alpha-worker.\n" in captured.out
    assert "error" not in captured.err
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 0


def test_plan_and_synth_refuse_a_pool_pinned_newer_than_the_control_plane(tmp_path: Path, clusters_copy: Path,
                                                                           capsys):
    out = tmp_path / "dist"
    assert main(["synth", "--clusters", str(clusters_copy), "--out", str(out)]) == 0
    before = tree(out)
    _edit(clusters_copy / "alpha.yaml", (_POOL_PIN[0], _POOL_PIN[1].replace("v1.33.4", "v1.34.0")))
    for command in ("plan", "synth"):
        capsys.readouterr()
        assert main([command, "--clusters", str(clusters_copy), "--out", str(out)]) == 1
        err = capsys.readouterr().err
        assert "alpha.yaml: nodePools.worker.kubernetesVersion" in err
        assert "kubelet must not be newer than kube-apiserver" in err and "Traceback" not in err
        assert tree(out) == before


def test_hand_edited_manifests_with_odd_names_or_versions_give_no_traceback():
    old = _with_versions(_alpha(), worker="not-a-version")
    for doc in old:
        if doc["kind"] == "Cluster":
            doc["metadata"]["name"] = ["alpha"]
    new = _with_versions(_alpha(), "v1.34.1", worker="v1.34.1")
    for doc in new:
        if doc["kind"] == "MachineDeployment":
            doc["spec"]["clusterName"] = {"x": 1}
    assert [r.split(": ", 2)[2] for r in admission_refusals("c", old, new)] == [
        "spec.clusterName: is immutable (Cluster API's admission webhook would refuse the update; Flux would fail "
        "on it until it is reverted)"]
    assert upgrade_warnings("c", old, new) == []  # the pool's cluster cannot be told: nothing to compare
    [warning] = upgrade_warnings("c", old, _with_versions(_alpha(), "v1.34.1", worker="v1.34.1"))
    assert "not-a-version -> v1.34.1" in warning and 'kubernetesVersion: "v1.33.4"' in warning
