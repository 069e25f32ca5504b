"""``validate --manifests`` judges hand-edited manifest files by every check the API server makes
(CEL rules, formats, list keys, core kinds, the static Pods among node files, served versions):
exit 1, each problem named by file, object and field, never a traceback; our output exits 0."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DIST
from constructs_lib.commands.cli import main

ALPHA = DIST / "alpha.k8s.yaml"  # today's releases: clusterApi=1.14, capv=1.16, flux=2.9

V1BETA2_CONTROL_PLANE = """\
# Releases: clusterApi=1.14, capv=1.16, flux=2.9
---
apiVersion: controlplane.cluster.x-k8s.io/v1beta2
kind: KubeadmControlPlane
metadata:
  name: hand
  namespace: org-platform
spec:
  replicas: 3
  version: v1.33.4
  machineTemplate:
    spec:
      infrastructureRef:
        apiGroup: infrastructure.cluster.x-k8s.io
        kind: VSphereMachineTemplate
        name: hand-control-plane
  kubeadmConfigSpec:
    clusterConfiguration:
      apiServer:
        extraArgs:
        - name: audit-log-maxage
          value: "30"
        - name: audit-log-maxage
          value: "31"
    files:
    - path: /etc/kubernetes/manifests/kube-vip.yaml
      content: |
        apiVersion: v1
        kind: Pod
        metadata:
          name: kube-vip
          namespace: kube-system
        spec:
          containers:
          - name: kube-vip
            image: docker.io/giantswarm/kube-vip:v0.6.4
            securityContext:
              privilegd: true
          hostNetwork: true
"""


def _validate(capsys, *paths) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["validate", "--manifests", *map(str, paths)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_our_output_passes_every_check(capsys):
    code, out, err = _validate(capsys, *sorted(DIST.glob("*.k8s.yaml")))
    assert (code, err) == (0, "")
    assert out.startswith("validate: 3 file(s), ") and out.rstrip().endswith("objects valid.")


EDITS = [
    ("cel", lambda t: t.replace("  name: alpha-cilium\n  namespace: org-platform\nspec:\n",
                                "  name: alpha-cilium\n  namespace: org-platform\nspec:\n  chartRef:\n"
                                "    kind: OCIRepository\n    name: cilium\n", 1),
     "HelmRelease org-platform/alpha-cilium: spec: either chart or chartRef must be set (rule: "),
    ("cel-kube-config", lambda t: t.replace("  kubeConfig:\n    secretRef:\n      name: alpha-kubeconfig\n",
                                            "  kubeConfig:\n    configMapRef:\n      name: alpha-kubeconfig\n"
                                            "    secretRef:\n      name: alpha-kubeconfig\n", 1),
     "HelmRelease org-platform/alpha-cilium: spec.kubeConfig: exactly one of spec.kubeConfig.configMapRef or "
     "spec.kubeConfig.secretRef must be specified"),
    ("format", lambda t: t.replace("  registry-config.toml: dmVyc2lvbiA9IDMK", "  registry-config.toml: version = 3 ", 1),
     "Secret org-platform/alpha-registry-configuration-8e9ec553: data.registry-config.toml: "
     "must be base64-encoded data (format byte)"),
    ("unique", lambda t: t.replace("        - name: CLUSTER_NAME\n          value: alpha\n",
                                   "        - name: NAMESPACE\n          value: alpha\n", 1),
     ".env[1]: duplicate entry for name='NAMESPACE'"),
    ("core", lambda t: t.replace("        name: post-delete-job\n", "        name: post-delete-job\n"
                                                                    "        imagePullPolice: Always\n", 1),
     "Job org-platform/alpha-cleanup-helmreleases-hook: spec.template.spec.containers[0].imagePullPolice: "
     "unknown field (not declared by the schema)"),
    ("core-kind", lambda t: t.replace("kind: ServiceAccount\n", "kind: ServiceAcount\n", 1),
     ": apiVersion: v1 ServiceAcount is not served by Kubernetes 1.33"),
    ("static-pod", lambda t: t.replace("    spec:\n      containers:\n      - args:\n        - manager\n",
                                       "    spec:\n      containers:\n      - args:\n        - manager\n"
                                       "        argz: []\n", 1),
     "KubeadmControlPlane org-platform/alpha: spec.kubeadmConfigSpec.files[0].contentFrom.secret: static Pod manifest "
     "/etc/kubernetes/manifests/kube-vip.yaml (Secret alpha-kubevip-pod, key content): spec.containers[0].argz: "
     "unknown field (not declared by the schema)"),
    ("served", lambda t: t.replace("apiVersion: helm.toolkit.fluxcd.io/v2\n", "apiVersion: helm.toolkit.fluxcd.io/v2beta1\n", 1),
     "apiVersion: helm.toolkit.fluxcd.io/v2beta1 is not served by the declared releases"),
]


@pytest.mark.parametrize("check,edit,expected", [(e[0], e[1], e[2]) for e in EDITS], ids=[e[0] for e in EDITS])
def test_a_hand_edit_breaking_a_check_exits_1_naming_file_object_and_field(tmp_path: Path, capsys, check, edit,
                                                                           expected):
    edited = tmp_path / "alpha.k8s.yaml"
    text = ALPHA.read_text()
    edited.write_text(edit(text))
    assert edited.read_text() != text, "the edit did not apply: the dist file changed"
    code, _, err = _validate(capsys, edited)
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith(f"error: {edited}: ")]
    assert any(expected in line for line in lines), err
    assert "Traceback" not in err


def test_a_hand_written_v1beta2_file_names_each_problem(tmp_path: Path, capsys):
    path = tmp_path / "hand.k8s.yaml"
    path.write_text(V1BETA2_CONTROL_PLANE)
    code, _, err = _validate(capsys, path)
    assert code == 1 and "Traceback" not in err
    prefix = f"error: {path}: KubeadmControlPlane org-platform/hand: "
    pod = "spec.kubeadmConfigSpec.files[0].content: static Pod manifest /etc/kubernetes/manifests/kube-vip.yaml: "
    assert err.splitlines() == [
        prefix + "spec.kubeadmConfigSpec.clusterConfiguration.apiServer.extraArgs: extraArgs name must be unique "
                 "(rule: self.all(x, self.exists_one(y, x.name == y.name)))",
        prefix + pod + "spec.containers[0].securityContext.privilegd: unknown field (not declared by the schema)",
    ], err
