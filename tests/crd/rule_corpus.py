"""Hand-written objects for the API-server checks, as a user's hand edit of a dist file would
give them: for each kind of check one object that keeps it (:data:`GOOD`) and objects that break
it (:data:`BAD`, each with the field and the words of the problem it must be reported with and the
check that finds it)."""
from __future__ import annotations

import base64
import copy
from typing import Any, Callable, NamedTuple

from test_crd import MACHINE_DEPLOYMENT
from test_eras import HELM_RELEASE_V2, MACHINE_DEPLOYMENT_V1BETA2

KUBE_VIP_POD = """\
apiVersion: v1
kind: Pod
metadata:
  name: kube-vip
  namespace: kube-system
spec:
  containers:
  - name: kube-vip
    image: docker.io/giantswarm/kube-vip:v0.6.4
    imagePullPolicy: IfNotPresent
    args: [manager]
    env:
    - name: vip_arp
      value: "true"
    - name: port
      value: "6443"
    securityContext:
      capabilities:
        add: [NET_ADMIN, NET_RAW]
    volumeMounts:
    - mountPath: /etc/kubernetes/admin.conf
      name: kubeconfig
  hostNetwork: true
  hostAliases:
  - hostnames: [kubernetes]
    ip: 127.0.0.1
  volumes:
  - name: kubeconfig
    hostPath:
      path: /etc/kubernetes/admin.conf
      type: FileOrCreate
"""

KCP_V1BETA2 = {
    "apiVersion": "controlplane.cluster.x-k8s.io/v1beta2",
    "kind": "KubeadmControlPlane",
    "metadata": {"name": "c1", "namespace": "org-x"},
    "spec": {
        "replicas": 3,
        "version": "v1.33.4",
        "machineTemplate": {"spec": {"infrastructureRef": {
            "apiGroup": "infrastructure.cluster.x-k8s.io", "kind": "VSphereMachineTemplate", "name": "c1-cp"}}},
        "rollout": {"after": "2026-01-15T12:00:00Z"},
        "kubeadmConfigSpec": {
            "clusterConfiguration": {
                "apiServer": {"extraArgs": [{"name": "audit-log-maxage", "value": "30"},
                                            {"name": "audit-log-maxbackup", "value": "30"}]},
                "scheduler": {"extraArgs": [{"name": "bind-address", "value": "0.0.0.0"}]},
            },
            "initConfiguration": {"nodeRegistration": {"kubeletExtraArgs": [{"name": "node-ip", "value": "1.2.3.4"}]}},
            "diskSetup": {"partitions": [{"device": "/dev/sdb", "layout": True},
                                         {"device": "/dev/sdc", "diskLayout": [{"percentage": 60, "partitionType": "LVM"},
                                                                               {"percentage": 40}]}]},
            "files": [
                {"path": "/etc/kubernetes/manifests/kube-vip.yaml", "content": KUBE_VIP_POD, "permissions": "0600"},
                {"path": "/etc/kube-vip.hosts", "content": "127.0.0.1 localhost kubernetes\n"},
                {"path": "/etc/kubernetes/manifests/kube-vip-b64.yaml", "encoding": "base64",
                 "content": base64.b64encode(KUBE_VIP_POD.encode()).decode()},
            ],
        },
    },
}
KCP_V1BETA1 = {
    "apiVersion": "controlplane.cluster.x-k8s.io/v1beta1",
    "kind": "KubeadmControlPlane",
    "metadata": {"name": "c1", "namespace": "org-x"},
    "spec": {
        "replicas": 1,
        "version": "v1.33.4",
        "machineTemplate": {"infrastructureRef": {"apiVersion": "infrastructure.cluster.x-k8s.io/v1beta1",
                                                  "kind": "VSphereMachineTemplate", "name": "c1-cp"}},
        "kubeadmConfigSpec": {
            "clusterConfiguration": {"apiServer": {"extraArgs": {"audit-log-maxage": "30"}}},
            "diskSetup": {"partitions": [{"device": "/dev/sdb", "layout": False,
                                          "diskLayout": [{"percentage": 100, "partitionType": "Linux"}]}]},
            "joinConfiguration": {"discovery": {"file": {"kubeConfigPath": "/etc/kubernetes/discovery.conf",
                                                         "kubeConfig": {"cluster": {
                "server": "https://10.0.0.1:6443", "certificateAuthorityData": "LS0tLS1CRUdJTg=="}, "user": {}}}}},
            "files": [{"path": "/etc/kubernetes/manifests/kube-vip.yaml",
                       "contentFrom": {"secret": {"name": "c1-kubevip-pod", "key": "content"}}}],
        },
    },
}
KUBEVIP_SECRET = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "c1-kubevip-pod", "namespace": "org-x"},
                  "stringData": {"content": KUBE_VIP_POD}}
KCT_V1BETA2 = {
    "apiVersion": "bootstrap.cluster.x-k8s.io/v1beta2",
    "kind": "KubeadmConfigTemplate",
    "metadata": {"name": "c1-worker", "namespace": "org-x"},
    "spec": {"template": {"spec": {
        "joinConfiguration": {"nodeRegistration": {"kubeletExtraArgs": [{"name": "node-labels", "value": "a=b"},
                                                                         {"name": "max-pods", "value": "110"}]}},
    }}},
}
MHC_V1BETA2 = {
    "apiVersion": "cluster.x-k8s.io/v1beta2",
    "kind": "MachineHealthCheck",
    "metadata": {"name": "c1-control-plane", "namespace": "org-x"},
    "spec": {"clusterName": "c1", "selector": {"matchLabels": {"cluster.x-k8s.io/control-plane": ""}},
             "checks": {"nodeStartupTimeoutSeconds": 480,
                        "unhealthyNodeConditions": [{"type": "Ready", "status": "Unknown", "timeoutSeconds": 300}],
                        "unhealthyMachineConditions": [{"type": "EtcdMemberHealthy", "status": "False",
                                                        "timeoutSeconds": 300}]}},
}
MHC_V1BETA1 = {
    "apiVersion": "cluster.x-k8s.io/v1beta1",
    "kind": "MachineHealthCheck",
    "metadata": {"name": "c1-control-plane", "namespace": "org-x"},
    "spec": {"clusterName": "c1", "selector": {"matchLabels": {}}, "maxUnhealthy": "40%",
             "unhealthyConditions": [{"type": "Ready", "status": "Unknown", "timeout": "300s"}],
             "unhealthyMachineConditions": [{"type": "EtcdMemberHealthy", "status": "False", "timeout": "300s"}]},
}
HELM_RELEASE = copy.deepcopy(HELM_RELEASE_V2)
HELM_RELEASE["spec"]["install"]["strategy"] = {"name": "RetryOnFailure", "retryInterval": "5m"}
HELM_RELEASE["spec"]["upgrade"] = {"strategy": {"name": "RemediateOnFailure"}}
HELM_RELEASE["spec"]["chart"]["spec"]["verify"] = {"secretRef": {"name": "cosign-keys"}}  # provider: its default
SECRET = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "c1-credentials", "namespace": "org-x"},
          "type": "Opaque", "data": {"username": "YWRtaW4=", "password": "c2VjcmV0\n"},
          "stringData": {"note": "plain text"}}
CONFIG_MAP = {"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c1-values", "namespace": "org-x"},
              "data": {"values.yaml": "a: 1\n"}, "binaryData": {"blob": "AAEC"}}
SERVICE_ACCOUNT = {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "c1-job", "namespace": "org-x"},
                   "automountServiceAccountToken": True}
ROLE = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role", "metadata": {"name": "c1-job", "namespace": "org-x"},
        "rules": [{"apiGroups": ["cluster.x-k8s.io"], "resources": ["clusters"], "verbs": ["get", "list"]}]}
ROLE_BINDING = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "RoleBinding",
                "metadata": {"name": "c1-job", "namespace": "org-x"},
                "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "c1-job"},
                "subjects": [{"kind": "ServiceAccount", "name": "c1-job", "namespace": "org-x"}]}
JOB = {"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "c1-ipam", "namespace": "org-x"},
       "spec": {"backoffLimit": 6, "ttlSecondsAfterFinished": 86400, "template": {"spec": {
           "serviceAccountName": "c1-job", "restartPolicy": "OnFailure",
           "containers": [{"name": "kubectl", "image": "docker.io/giantswarm/kubectl:1.33.4",
                           "command": ["/bin/sh", "-c", "echo ok"],
                           "ports": [{"containerPort": 8080}, {"containerPort": 8080, "protocol": "UDP"}],
                           "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}, "limits": {"cpu": 1}},
                           "securityContext": {"runAsNonRoot": True, "runAsUser": 1000}}]}}}}
NETWORK_POLICY = {"apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
                  "metadata": {"name": "c1-deny", "namespace": "org-x"},
                  "spec": {"podSelector": {}, "policyTypes": ["Ingress"]}}
CLUSTER_ROLE = {"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRole", "metadata": {"name": "c1-read"},
                "rules": [{"nonResourceURLs": ["/healthz"], "verbs": ["get"]}]}


CILIUM_POLICY = {"apiVersion": "cilium.io/v2", "kind": "CiliumNetworkPolicy",
                 "metadata": {"name": "c1-egress", "namespace": "kube-system"},
                 "spec": {"endpointSelector": {}, "egress": [{"toEntities": ["kube-apiserver"]},
                                                             {"toCIDRSet": [{"cidr": "10.0.0.0/8", "except": []}]}]}}


class Case(NamedTuple):
    id: str
    documents: list
    era: str
    path: str
    words: str
    check: str  # cel, format, unique, alternatives, core, static-pod, unknown


def edit(document: dict, change: Callable[[dict], Any]) -> dict:
    """A deep copy of ``document`` changed by ``change`` (which edits it in place)."""
    changed = copy.deepcopy(document)
    change(changed)
    return changed


def _set(path: str, value: Any) -> Callable[[dict], None]:
    def change(document: dict) -> None:
        parts = path.split(".")
        node = document
        for part in parts[:-1]:
            node = node[int(part)] if isinstance(node, list) else node[part]
        if isinstance(node, list):
            node[int(parts[-1])] = value
        else:
            node[parts[-1]] = value
    return change


KCS = "spec.kubeadmConfigSpec"
GOOD = [
    ("kcp-v1beta2", [KCP_V1BETA2], "current"),
    ("kcp-v1beta1-with-kubevip-secret", [KCP_V1BETA1, KUBEVIP_SECRET], "current"),
    ("kct-v1beta2", [KCT_V1BETA2], "current"),
    ("mhc-v1beta2", [MHC_V1BETA2], "current"),
    ("mhc-v1beta1", [MHC_V1BETA1], "current"),
    ("helm-release-v2", [HELM_RELEASE], "current"),
    ("machine-deployment-v1beta2", [MACHINE_DEPLOYMENT_V1BETA2], "current"),
    ("machine-deployment-v1beta1", [MACHINE_DEPLOYMENT], "2024"),
    ("cilium-policy", [CILIUM_POLICY], "2024"),
    ("core-kinds", [SECRET, CONFIG_MAP, SERVICE_ACCOUNT, ROLE, ROLE_BINDING, JOB, NETWORK_POLICY, CLUSTER_ROLE], "current"),
]

_ARGS = f"{KCS}.clusterConfiguration.apiServer.extraArgs"
BAD = [
    # CEL: every rule family of the current CRDs
    # (a list map keyed by name and value: an argument given twice with two values is the rule's)
    Case("cel-extra-args-unique", [edit(KCP_V1BETA2, _set(f"{_ARGS}.1", {"name": "audit-log-maxage", "value": "31"}))],
         "current", _ARGS, "extraArgs name must be unique", "cel"),
    Case("cel-kubelet-extra-args-unique", [edit(KCT_V1BETA2, _set(
        "spec.template.spec.joinConfiguration.nodeRegistration.kubeletExtraArgs.1.name", "node-labels"))], "current",
         "spec.template.spec.joinConfiguration.nodeRegistration.kubeletExtraArgs", "must be unique", "cel"),
    Case("cel-partition-layout-xor", [edit(KCP_V1BETA2, _set(f"{KCS}.diskSetup.partitions.0.diskLayout",
                                                               [{"percentage": 100}]))], "current",
         f"{KCS}.diskSetup.partitions[0]", "exactly one of the fields in [layout diskLayout] must be set", "cel"),
    Case("cel-partition-type", [edit(KCP_V1BETA2, _set(f"{KCS}.diskSetup.partitions.1.diskLayout.0.partitionType",
                                                         "ext4"))], "current",
         f"{KCS}.diskSetup.partitions[1].diskLayout[0].partitionType", "partitionType must be one of", "cel"),
    Case("cel-partition-type-v1beta1", [edit(KCP_V1BETA1, _set(f"{KCS}.diskSetup.partitions.0.diskLayout.0.partitionType",
                                                                 "xfs")), KUBEVIP_SECRET], "current",
         f"{KCS}.diskSetup.partitions[0].diskLayout[0].partitionType", "partitionType must be one of", "cel"),
    Case("cel-reserved-condition-v1beta2", [edit(MHC_V1BETA2, _set("spec.checks.unhealthyMachineConditions.0.type",
                                                                     "Ready"))], "current",
         "spec.checks.unhealthyMachineConditions[0].type", "type must not be one of", "cel"),
    Case("cel-reserved-condition-v1beta1", [edit(MHC_V1BETA1, _set("spec.unhealthyMachineConditions.0.type",
                                                                     "Available"))], "current",
         "spec.unhealthyMachineConditions[0].type", "type must not be one of", "cel"),
    Case("cel-chart-xor-chart-ref", [edit(HELM_RELEASE, _set("spec.chartRef", {"kind": "OCIRepository",
                                                                                "name": "cilium"}))], "current",
         "spec", "either chart or chartRef must be set", "cel"),
    Case("cel-install-strategy", [edit(HELM_RELEASE, _set("spec.install.strategy.name", "RemediateOnFailure"))],
         "current", "spec.install.strategy", ".retryInterval cannot be set when .name is 'RemediateOnFailure'", "cel"),
    Case("cel-upgrade-strategy", [edit(HELM_RELEASE, _set("spec.upgrade.strategy.retryInterval", "1m"))], "current",
         "spec.upgrade.strategy", ".retryInterval can only be set when .name is 'RetryOnFailure'", "cel"),
    Case("cel-kube-config-none", [edit(HELM_RELEASE, _set("spec.kubeConfig", {}))], "current",
         "spec.kubeConfig", "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef", "cel"),
    Case("cel-kube-config-both", [edit(HELM_RELEASE, _set("spec.kubeConfig.configMapRef", {"name": "c1-kubeconfig"}))],
         "current", "spec.kubeConfig", "exactly one of spec.kubeConfig.configMapRef or spec.kubeConfig.secretRef", "cel"),
    # formats
    Case("format-date-time", [edit(KCP_V1BETA2, _set("spec.rollout.after", "next tuesday"))], "current",
         "spec.rollout.after", "format date-time", "format"),
    Case("format-date-time-v1beta1", [edit(MACHINE_DEPLOYMENT, _set("spec.rolloutAfter", "2026-13-01T00:00:00Z"))],
         "2024", "spec.rolloutAfter", "format date-time", "format"),
    Case("format-byte-crd", [edit(KCP_V1BETA1, _set(
        f"{KCS}.joinConfiguration.discovery.file.kubeConfig.cluster.certificateAuthorityData", "-----BEGIN")),
        KUBEVIP_SECRET], "current",
         f"{KCS}.joinConfiguration.discovery.file.kubeConfig.cluster.certificateAuthorityData", "format byte", "format"),
    Case("format-byte-secret", [edit(SECRET, _set("data.password", "secret"))], "current",
         "data.password", "must be base64-encoded data (format byte)", "format"),
    Case("format-byte-config-map", [edit(CONFIG_MAP, _set("binaryData.blob", "not base64!"))], "current",
         "binaryData.blob", "format byte", "format"),
    # list-type map and set uniqueness
    Case("unique-taints-two-keys", [edit(MACHINE_DEPLOYMENT_V1BETA2, _set("spec.template.spec.taints", [
        {"key": "a", "effect": "NoSchedule", "propagation": "Always"},
        {"key": "a", "effect": "NoExecute", "propagation": "Always"},
        {"key": "a", "effect": "NoSchedule", "propagation": "OnInitialization"}]))], "current",
         "spec.template.spec.taints[2]", "duplicate entry for key='a', effect='NoSchedule'", "unique"),
    Case("unique-extra-args-two-keys", [edit(KCP_V1BETA2, lambda d: d["spec"]["kubeadmConfigSpec"][
        "clusterConfiguration"]["scheduler"]["extraArgs"].append({"name": "bind-address", "value": "0.0.0.0"}))],
         "current", f"{KCS}.clusterConfiguration.scheduler.extraArgs[1]",
         "duplicate entry for name='bind-address', value='0.0.0.0'", "unique"),
    Case("unique-container-names", [edit(JOB, lambda d: d["spec"]["template"]["spec"]["containers"].append(
        {"name": "kubectl", "image": "x"}))], "current",
         "spec.template.spec.containers[1]", "duplicate entry for name='kubectl'", "unique"),
    Case("unique-ports-defaulted-protocol", [edit(JOB, _set("spec.template.spec.containers.0.ports.1.protocol",
                                                              "TCP"))], "current",
         "spec.template.spec.containers[0].ports[1]", "duplicate entry for containerPort=8080, protocol='TCP'", "unique"),
    Case("unique-env-names", [edit(JOB, _set("spec.template.spec.containers.0.env",
                                              [{"name": "A", "value": "1"}, {"name": "A", "value": "2"}]))], "current",
         "spec.template.spec.containers[0].env[1]", "duplicate entry for name='A'", "unique"),
    # oneOf alternatives (value validations of Cilium's policies)
    Case("alternatives-both-selectors", [edit(CILIUM_POLICY, _set("spec.nodeSelector", {}))], "2024",
         "spec", "must match exactly one of endpointSelector set; nodeSelector set (2 match)", "alternatives"),
    Case("alternatives-no-cidr", [edit(CILIUM_POLICY, _set("spec.egress.1.toCIDRSet.0", {"except": []}))], "current",
         "spec.egress[1].toCIDRSet[0]", "must match exactly one of cidr set; cidrGroupRef set (0 match)", "alternatives"),
    # core kinds
    Case("core-secret-unknown-field", [edit(SECRET, _set("stringdata", {"a": "b"}))], "current",
         "stringdata", "unknown field", "core"),
    Case("core-secret-type", [edit(SECRET, _set("immutable", "yes"))], "current",
         "immutable", "must be true or false", "core"),
    Case("core-config-map-data", [edit(CONFIG_MAP, _set("data.count", 3))], "current",
         "data.count", "must be a string", "core"),
    Case("core-service-account", [edit(SERVICE_ACCOUNT, _set("automountServiceAccountToken", "true"))], "current",
         "automountServiceAccountToken", "must be true or false", "core"),
    Case("core-role-verbs-required", [edit(ROLE, lambda d: d["rules"][0].pop("verbs"))], "current",
         "rules[0].verbs", "is required", "core"),
    Case("core-role-binding-role-ref", [edit(ROLE_BINDING, lambda d: d.pop("roleRef"))], "current",
         "roleRef", "is required", "core"),
    Case("core-cluster-role", [edit(CLUSTER_ROLE, _set("rules.0.verb", ["get"]))], "current",
         "rules[0].verb", "unknown field", "core"),
    Case("core-job-container-field", [edit(JOB, _set("spec.template.spec.containers.0.imagePullPolice", "Always"))],
         "current", "spec.template.spec.containers[0].imagePullPolice", "unknown field", "core"),
    Case("core-job-int32", [edit(JOB, _set("spec.backoffLimit", 2 ** 31))], "current",
         "spec.backoffLimit", "must be an integer from", "core"),
    Case("core-job-quantity", [edit(JOB, _set("spec.template.spec.containers.0.resources.requests.memory", "64MB"))],
         "current", "spec.template.spec.containers[0].resources.requests.memory", "must be a quantity", "core"),
    Case("core-network-policy", [edit(NETWORK_POLICY, lambda d: d["spec"].pop("podSelector"))], "current",
         "spec.podSelector", "is required", "core"),
    Case("core-unknown-kind", [edit(SECRET, _set("kind", "Secert"))], "current",
         "apiVersion", "v1 Secert is not served by Kubernetes", "core"),
    # static Pod manifests among node files
    Case("static-pod-inline", [edit(KCP_V1BETA2, _set(f"{KCS}.files.0.content", KUBE_VIP_POD.replace(
        "    imagePullPolicy: IfNotPresent\n", "    imagePullPolicy: IfNotPresent\n    imagePullPolice: Always\n")))],
         "current", f"{KCS}.files[0].content",
         "static Pod manifest /etc/kubernetes/manifests/kube-vip.yaml: spec.containers[0].imagePullPolice: unknown field",
         "static-pod"),
    Case("static-pod-base64", [edit(KCP_V1BETA2, _set(f"{KCS}.files.2.content", base64.b64encode(
        KUBE_VIP_POD.replace("hostNetwork: true", "hostNetwork: yes please").encode()).decode()))], "current",
         f"{KCS}.files[2].content",
         "static Pod manifest /etc/kubernetes/manifests/kube-vip-b64.yaml: spec.hostNetwork: must be true or false",
         "static-pod"),
    Case("static-pod-from-secret", [KCP_V1BETA1, edit(KUBEVIP_SECRET, _set("stringData.content", KUBE_VIP_POD.replace(
        "  - name: port\n", "  - name: vip_arp\n")))], "current",
         f"{KCS}.files[0].contentFrom.secret",
         "static Pod manifest /etc/kubernetes/manifests/kube-vip.yaml (Secret c1-kubevip-pod, key content): "
         "spec.containers[0].env[1]: duplicate entry for name='vip_arp'", "static-pod"),
    Case("static-pod-not-a-pod", [edit(KCP_V1BETA2, _set(f"{KCS}.files.0.content",
                                                           KUBE_VIP_POD.replace("kind: Pod", "kind: Deployment")))],
         "current", f"{KCS}.files[0].content", "must be a v1 Pod, not v1 Deployment", "static-pod"),
    Case("static-pod-kct", [edit(KCT_V1BETA2, _set("spec.template.spec.files", [
        {"path": "/etc/kubernetes/manifests/agent.yaml",
         "content": "apiVersion: v1\nkind: Pod\nmetadata:\n  name: agent\nspec:\n  containers:\n  - image: x\n"}]))],
         "current", "spec.template.spec.files[0].content",
         "static Pod manifest /etc/kubernetes/manifests/agent.yaml: spec.containers[0].name: is required", "static-pod"),
    # unknown fields, of custom resources
    Case("unknown-field-v1beta2", [edit(KCP_V1BETA2, _set(f"{KCS}.clusterConfiguration.apiServer.extraArgz", []))],
         "current", f"{KCS}.clusterConfiguration.apiServer.extraArgz", "unknown field", "unknown"),
    Case("unknown-field-helm-release", [edit(HELM_RELEASE, _set("spec.install.remediaton", {}))], "current",
         "spec.install.remediaton", "unknown field", "unknown"),
]
