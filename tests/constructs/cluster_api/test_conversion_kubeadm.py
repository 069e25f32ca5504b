"""KubeadmControlPlane, KubeadmConfigTemplate and their KubeadmConfigSpec: v1beta1 -> v1beta2 as
Cluster API v1.14.0 converts them (api/bootstrap/kubeadm/v1beta1/conversion.go, zz_generated.conversion.go,
bootstrap/kubeadm/webhooks/conversion/kubeadmconfig.go, api/controlplane/kubeadm/v1beta1/conversion.go,
controlplane/kubeadm/webhooks/conversion/kubeadmcontrolplane.go). Expectations are written from that code.
"""
from __future__ import annotations

import pytest

from constructs_lib.constructs.cluster_api.conversion import ConversionError, to_v1beta2

INFRA_REF = {"apiVersion": "infrastructure.cluster.x-k8s.io/v1beta1", "kind": "VSphereMachineTemplate",
             "name": "test-control-plane-1", "namespace": "org-a"}
INFRA_REF_V1BETA2 = {"apiGroup": "infrastructure.cluster.x-k8s.io", "kind": "VSphereMachineTemplate",
                     "name": "test-control-plane-1"}


def kcp(spec: dict) -> dict:
    return {"apiVersion": "controlplane.cluster.x-k8s.io/v1beta1", "kind": "KubeadmControlPlane",
            "metadata": {"name": "test", "namespace": "org-a"}, "spec": spec}


def kct(config_spec: dict, metadata: dict | None = None) -> dict:
    template = {"spec": config_spec} | ({"metadata": metadata} if metadata else {})
    return {"apiVersion": "bootstrap.cluster.x-k8s.io/v1beta1", "kind": "KubeadmConfigTemplate",
            "metadata": {"name": "test-worker", "namespace": "org-a"}, "spec": {"template": template}}


def config_spec_of_kcp(config_spec: dict) -> dict:
    out = to_v1beta2(kcp({"kubeadmConfigSpec": config_spec}))
    assert out["apiVersion"] == "controlplane.cluster.x-k8s.io/v1beta2"
    return out.get("spec", {}).get("kubeadmConfigSpec", {})


def config_spec_of_kct(config_spec: dict) -> dict:
    out = to_v1beta2(kct(config_spec))
    assert out["apiVersion"] == "bootstrap.cluster.x-k8s.io/v1beta2"
    return out.get("spec", {}).get("template", {}).get("spec", {})


def test_control_plane_top_level_fields():
    # ConvertKubeadmControlPlaneV1Beta1ToHub: machineTemplate.infrastructureRef ->
    # machineTemplate.spec.infrastructureRef (contract-versioned); replicas and version copied.
    out = to_v1beta2(kcp({"replicas": 3, "version": "v1.33.4", "machineTemplate": {"infrastructureRef": INFRA_REF}}))
    assert out == {"apiVersion": "controlplane.cluster.x-k8s.io/v1beta2", "kind": "KubeadmControlPlane",
                   "metadata": {"name": "test", "namespace": "org-a"},
                   "spec": {"replicas": 3, "version": "v1.33.4",
                            "machineTemplate": {"spec": {"infrastructureRef": INFRA_REF_V1BETA2}}}}


def test_control_plane_machine_template_moves_under_spec():
    # Convert_v1beta1_KubeadmControlPlaneMachineTemplate_To_v1beta2_KubeadmControlPlaneMachineTemplate:
    # readinessGates (made when non-nil), taints (appended), node*Timeout -> spec.deletion.*Seconds.
    out = to_v1beta2(kcp({"machineTemplate": {
        "metadata": {"labels": {"a": "b"}}, "infrastructureRef": INFRA_REF,
        "readinessGates": [], "nodeDrainTimeout": "2m", "nodeDeletionTimeout": "10s",
        "taints": [{"key": "k", "effect": "NoSchedule", "propagation": "OnInitialization"}]}}))
    assert out["spec"]["machineTemplate"] == {
        "metadata": {"labels": {"a": "b"}},
        # readinessGates: [] is a non-nil empty slice: omitted, but spec is not zero anyway.
        "spec": {"infrastructureRef": INFRA_REF_V1BETA2,
                 "deletion": {"nodeDrainTimeoutSeconds": 120, "nodeDeletionTimeoutSeconds": 10},
                 "taints": [{"key": "k", "effect": "NoSchedule", "propagation": "OnInitialization"}]}}


def test_control_plane_rollout_remediation_naming():
    # Convert_v1beta1_KubeadmControlPlaneSpec_To_v1beta2_KubeadmControlPlaneSpec and
    # Convert_v1beta1_RemediationStrategy_To_v1beta2_KubeadmControlPlaneRemediationSpec; the webhook then
    # replaces retryPeriodSeconds by Convert_Duration_To_Pointer_int32: "2m" -> 120.
    out = to_v1beta2(kcp({
        "rolloutBefore": {"certificatesExpiryDays": 21}, "rolloutAfter": "2026-01-02T03:04:05.678Z",
        "rolloutStrategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 0}},
        "remediationStrategy": {"maxRetry": 5, "retryPeriod": "2m", "minHealthyPeriod": "1h"},
        "machineNamingStrategy": {"template": "{{ .kubeadmControlPlane.name }}-{{ .random }}"}}))
    assert out["spec"] == {
        "rollout": {"before": {"certificatesExpiryDays": 21}, "after": "2026-01-02T03:04:05Z",
                    "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 0}}},
        "remediation": {"maxRetry": 5, "minHealthyPeriodSeconds": 3600, "retryPeriodSeconds": 120},
        "machineNaming": {"template": "{{ .kubeadmControlPlane.name }}-{{ .random }}"},
    }


@pytest.mark.parametrize("retry, expected", [("0s", {}), ("500ms", {"retryPeriodSeconds": 0})])
def test_control_plane_retry_period_zero(retry, expected):
    # Convert_Duration_To_Pointer_int32(in, hasRestored=false): a zero duration -> nil; a non-zero one ->
    # ConvertToSeconds, which truncates 500ms to 0 (kept, the pointer is set).
    out = to_v1beta2(kcp({"remediationStrategy": {"retryPeriod": retry, "maxRetry": 0}}))
    assert out["spec"]["remediation"] == {"maxRetry": 0, **expected}


def test_extra_args_become_sorted_lists():
    # ConvertToArgs: one Arg{Name, Value: &v} per key, sorted by name (then value); "" values kept.
    spec = config_spec_of_kcp({"clusterConfiguration": {
        "apiServer": {"extraArgs": {"profiling": "false", "feature-gates": "", "audit-log-maxage": "30"}},
        "controllerManager": {"extraArgs": {"bind-address": "0.0.0.0"}},
        "scheduler": {"extraArgs": {"b": "2", "a": "1"}},
        "etcd": {"local": {"extraArgs": {"listen-metrics-urls": "http://0.0.0.0:2381"},
                           "imageRepository": "giantswarm", "imageTag": "3.5.4-0-k8s"}}}})
    assert spec["clusterConfiguration"] == {
        "etcd": {"local": {"imageRepository": "giantswarm", "imageTag": "3.5.4-0-k8s",
                           "extraArgs": [{"name": "listen-metrics-urls", "value": "http://0.0.0.0:2381"}]}},
        "apiServer": {"extraArgs": [{"name": "audit-log-maxage", "value": "30"},
                                    {"name": "feature-gates", "value": ""},
                                    {"name": "profiling", "value": "false"}]},
        "controllerManager": {"extraArgs": [{"name": "bind-address", "value": "0.0.0.0"}]},
        "scheduler": {"extraArgs": [{"name": "a", "value": "1"}, {"name": "b", "value": "2"}]},
    }


def test_empty_extra_args_keep_the_struct_and_empty_volumes_do_not():
    # ConvertToArgs({}) is a non-nil empty slice: APIServer is not zero, serialized as {}.
    # convert_v1beta1_ExtraVolumes_To_v1beta2_ExtraVolumes: an empty list becomes nil, so the
    # ControllerManager stays zero and is omitted.
    spec = config_spec_of_kcp({"clusterConfiguration": {"apiServer": {"extraArgs": {}},
                                                        "controllerManager": {"extraVolumes": []}}})
    assert spec == {"clusterConfiguration": {"apiServer": {}}}


def test_cluster_configuration_drops_networking_version_and_type_meta():
    # autoConvert_v1beta1_ClusterConfiguration_To_v1beta2_ClusterConfiguration: TypeMeta, Networking,
    # KubernetesVersion and ClusterName "do not exist in peer-type"; the rest is copied.
    spec = config_spec_of_kcp({"clusterConfiguration": {
        "apiVersion": "kubeadm.k8s.io/v1beta3", "kind": "ClusterConfiguration",
        "networking": {"serviceSubnet": "172.31.0.0/16", "podSubnet": "10.244.0.0/16", "dnsDomain": "cluster.local"},
        "kubernetesVersion": "v1.33.4", "clusterName": "test",
        "imageRepository": "registry.k8s.io", "controlPlaneEndpoint": "api.test:6443",
        "dns": {"imageRepository": "r", "imageTag": "t"}, "certificatesDir": "/etc/kubernetes/pki",
        "featureGates": {"EtcdLearnerMode": True, "Off": False}, "certificateValidityPeriodDays": 365,
        "caCertificateValidityPeriodDays": 0, "encryptionAlgorithm": "RSA-2048"}})
    assert spec == {"clusterConfiguration": {
        "controlPlaneEndpoint": "api.test:6443", "dns": {"imageRepository": "r", "imageTag": "t"},
        "certificatesDir": "/etc/kubernetes/pki", "imageRepository": "registry.k8s.io",
        "featureGates": {"EtcdLearnerMode": True, "Off": False}, "certificateValidityPeriodDays": 365,
        "encryptionAlgorithm": "RSA-2048"}}


def test_extra_volumes_read_only_false_is_not_kept():
    # autoConvert sets ReadOnly = &in.ReadOnly, then RestoreBoolIntentKubeadmConfigSpec applies
    # clusterv1.Convert_bool_To_Pointer_bool without conversion data: false -> nil, true -> *true.
    volumes = [{"name": "auditlog", "hostPath": "/var/log/apiserver", "mountPath": "/var/log/apiserver",
                "pathType": "DirectoryOrCreate"},
               {"name": "encryption", "hostPath": "/etc/kubernetes/encryption", "mountPath": "/etc/kubernetes/encryption",
                "readOnly": False, "pathType": "DirectoryOrCreate"},
               {"name": "ro", "hostPath": "/ro", "mountPath": "/ro", "readOnly": True}]
    spec = config_spec_of_kcp({"clusterConfiguration": {"apiServer": {"extraVolumes": volumes}}})
    assert spec["clusterConfiguration"]["apiServer"]["extraVolumes"] == [
        {"name": "auditlog", "hostPath": "/var/log/apiserver", "mountPath": "/var/log/apiserver",
         "pathType": "DirectoryOrCreate"},
        {"name": "encryption", "hostPath": "/etc/kubernetes/encryption", "mountPath": "/etc/kubernetes/encryption",
         "pathType": "DirectoryOrCreate"},
        {"name": "ro", "hostPath": "/ro", "mountPath": "/ro", "readOnly": True}]


def test_read_only_and_append_come_from_the_first_item_with_the_same_key():
    # RestoreBoolIntentKubeadmConfigSpec looks the source volume up by hostPath and the source file by
    # path, and takes the first match: a later duplicate gets the first one's value.
    spec = config_spec_of_kcp({
        "clusterConfiguration": {"scheduler": {"extraVolumes": [
            {"name": "a", "hostPath": "/same", "mountPath": "/a", "readOnly": True},
            {"name": "b", "hostPath": "/same", "mountPath": "/b", "readOnly": False}]}},
        "files": [{"path": "/f", "content": "1", "append": False}, {"path": "/f", "content": "2", "append": True},
                  {"path": "/g", "content": "3", "append": True}]})
    assert spec["clusterConfiguration"]["scheduler"]["extraVolumes"] == [
        {"name": "a", "hostPath": "/same", "mountPath": "/a", "readOnly": True},
        {"name": "b", "hostPath": "/same", "mountPath": "/b", "readOnly": True}]
    assert spec["files"] == [{"path": "/f", "content": "1"}, {"path": "/f", "content": "2"},
                             {"path": "/g", "append": True, "content": "3"}]


def test_timeout_for_control_plane_moves_to_both_timeouts():
    # ConvertKubeadmConfigSpecV1Beta1ToHub: apiServer.timeoutForControlPlane ->
    # initConfiguration.timeouts.controlPlaneComponentHealthCheckSeconds, and the same value into
    # joinConfiguration.timeouts (even without a joinConfiguration); discovery.timeout ->
    # joinConfiguration.timeouts.tlsBootstrapSeconds.
    spec = config_spec_of_kcp({"clusterConfiguration": {"apiServer": {"timeoutForControlPlane": "4m0s"}}})
    assert spec == {"initConfiguration": {"timeouts": {"controlPlaneComponentHealthCheckSeconds": 240}},
                    "joinConfiguration": {"timeouts": {"controlPlaneComponentHealthCheckSeconds": 240}}}
    spec = config_spec_of_kct({"joinConfiguration": {"discovery": {"timeout": "5m"}}})
    assert spec == {"joinConfiguration": {"timeouts": {"tlsBootstrapSeconds": 300}}}


def test_control_plane_configuration_as_we_emit_it():
    spec = config_spec_of_kcp({
        "initConfiguration": {"skipPhases": ["addon/coredns", "addon/kube-proxy"],
                              "patches": {"directory": "/etc/kubernetes/patches"},
                              "nodeRegistration": {"criSocket": "/run/containerd/containerd.sock",
                                                   "kubeletExtraArgs": {"cloud-provider": "external",
                                                                        "anonymous-auth": "true"}}},
        "joinConfiguration": {"patches": {"directory": "/etc/kubernetes/patches"},
                              "nodeRegistration": {"criSocket": "/run/containerd/containerd.sock"}},
        "files": [{"path": "/etc/kubernetes/manifests/kube-vip.yaml", "permissions": "0600",
                   "contentFrom": {"secret": {"name": "test-kubevip-pod", "key": "content"}}},
                  {"path": "/opt/x.sh", "permissions": "0755", "encoding": "base64", "content": "ZWNobwo="}],
        "format": "ignition",
        "ignition": {"containerLinuxConfig": {"additionalConfig": "systemd: {}\n"}},
        "preKubeadmCommands": ["systemctl restart sshd"], "postKubeadmCommands": ["echo done"],
        "users": [{"name": "giantswarm", "sudo": "ALL=(ALL) NOPASSWD:ALL"}]})
    assert spec == {
        "initConfiguration": {"nodeRegistration": {"criSocket": "/run/containerd/containerd.sock",
                                                   "kubeletExtraArgs": [{"name": "anonymous-auth", "value": "true"},
                                                                        {"name": "cloud-provider", "value": "external"}]},
                              "skipPhases": ["addon/coredns", "addon/kube-proxy"],
                              "patches": {"directory": "/etc/kubernetes/patches"}},
        "joinConfiguration": {"nodeRegistration": {"criSocket": "/run/containerd/containerd.sock"},
                              "patches": {"directory": "/etc/kubernetes/patches"}},
        "files": [{"path": "/etc/kubernetes/manifests/kube-vip.yaml", "permissions": "0600",
                   "contentFrom": {"secret": {"name": "test-kubevip-pod", "key": "content"}}},
                  {"path": "/opt/x.sh", "permissions": "0755", "encoding": "base64", "content": "ZWNobwo="}],
        "preKubeadmCommands": ["systemctl restart sshd"], "postKubeadmCommands": ["echo done"],
        "users": [{"name": "giantswarm", "sudo": "ALL=(ALL) NOPASSWD:ALL"}],
        "format": "ignition",
        "ignition": {"containerLinuxConfig": {"additionalConfig": "systemd: {}\n"}},
    }


def test_users_every_field():
    # autoConvert_v1beta1_User_To_v1beta2_User: *string -> string ("" omitted), *bool copied (false kept),
    # passwdFrom *PasswdSource -> PasswdSource.
    spec = config_spec_of_kct({"users": [{
        "name": "ops", "gecos": "", "groups": "wheel,docker", "homeDir": "/home/ops", "inactive": False,
        "shell": "/bin/bash", "passwd": "$6$hash", "passwdFrom": {"secret": {"name": "s", "key": "k"}},
        "primaryGroup": "ops", "lockPassword": False, "sudo": "ALL=(ALL) NOPASSWD:ALL",
        "sshAuthorizedKeys": ["ssh-ed25519 AAAA"]}]})
    assert spec == {"users": [{
        "name": "ops", "groups": "wheel,docker", "homeDir": "/home/ops", "inactive": False, "shell": "/bin/bash",
        "passwd": "$6$hash", "passwdFrom": {"secret": {"name": "s", "key": "k"}}, "primaryGroup": "ops",
        "lockPassword": False, "sudo": "ALL=(ALL) NOPASSWD:ALL", "sshAuthorizedKeys": ["ssh-ed25519 AAAA"]}]}


def test_worker_template_as_we_emit_it():
    # KubeadmConfigTemplate: template.metadata and template.spec converted; node-labels is one kubelet arg.
    out = to_v1beta2(kct({
        "joinConfiguration": {"nodeRegistration": {
            "criSocket": "/run/containerd/containerd.sock",
            "kubeletExtraArgs": {"node-labels": "giantswarm.io/node-pool=worker", "cloud-provider": "external"}}},
        "format": "ignition", "postKubeadmCommands": ["usermod -aG root nobody"]}, metadata={"labels": {"a": "b"}}))
    assert out["spec"] == {"template": {
        "metadata": {"labels": {"a": "b"}},
        "spec": {"joinConfiguration": {"nodeRegistration": {
                     "criSocket": "/run/containerd/containerd.sock",
                     "kubeletExtraArgs": [{"name": "cloud-provider", "value": "external"},
                                          {"name": "node-labels", "value": "giantswarm.io/node-pool=worker"}]}},
                 "postKubeadmCommands": ["usermod -aG root nobody"], "format": "ignition"}}}


def test_ignition_strict_and_discovery_bools():
    # RestoreBoolIntentKubeadmConfigSpec: strict, unsafeSkipCAVerification, insecureSkipTLSVerify and
    # provideClusterInfo false -> nil; a containerLinuxConfig with nothing else left is zero (omitzero).
    spec = config_spec_of_kct({
        "ignition": {"containerLinuxConfig": {"strict": False}},
        "joinConfiguration": {"discovery": {
            "bootstrapToken": {"token": "abcdef.0123456789abcdef", "apiServerEndpoint": "10.0.0.1:6443",
                               "caCertHashes": ["sha256:x"], "unsafeSkipCAVerification": False},
            "tlsBootstrapToken": "t"}}})
    assert spec == {"joinConfiguration": {"discovery": {
        "bootstrapToken": {"token": "abcdef.0123456789abcdef", "apiServerEndpoint": "10.0.0.1:6443",
                           "caCertHashes": ["sha256:x"]},
        "tlsBootstrapToken": "t"}}}
    spec = config_spec_of_kct({"ignition": {"containerLinuxConfig": {"strict": True, "additionalConfig": "x"}},
                               "joinConfiguration": {"discovery": {"file": {
                                   "kubeConfigPath": "/k", "kubeConfig": {
                                       "cluster": {"server": "https://s", "insecureSkipTLSVerify": True,
                                                   "certificateAuthorityData": "Y2E="},
                                       "user": {"exec": {"command": "c", "provideClusterInfo": False,
                                                         "env": [{"name": "A", "value": "1"}]}}}}}}})
    assert spec == {
        "joinConfiguration": {"discovery": {"file": {"kubeConfigPath": "/k", "kubeConfig": {
            "cluster": {"server": "https://s", "insecureSkipTLSVerify": True, "certificateAuthorityData": "Y2E="},
            "user": {"exec": {"command": "c", "env": [{"name": "A", "value": "1"}]}}}}}},
        "ignition": {"containerLinuxConfig": {"additionalConfig": "x", "strict": True}},
    }


def test_node_registration_taints_bootstrap_tokens_and_pointers():
    # NodeRegistrationOptions.Taints []Taint -> *[]Taint: [] stays (no taints); corev1.Taint keeps key/effect.
    # BootstrapToken: ttl -> ttlSeconds, token kept as "id.secret". JoinControlPlane is a pointer: {} stays.
    # verbosity *int32 and ntp.enabled *bool copied as they are.
    spec = config_spec_of_kcp({
        "initConfiguration": {
            "nodeRegistration": {"taints": [], "ignorePreflightErrors": ["Swap"], "imagePullPolicy": "IfNotPresent",
                                 "imagePullSerial": False, "name": "n"},
            "bootstrapTokens": [{"token": "abcdef.0123456789abcdef", "ttl": "24h", "usages": ["signing"],
                                 "expires": "2026-01-01T00:00:00+00:00"}],
            "localAPIEndpoint": {"advertiseAddress": "10.0.0.2", "bindPort": 6443}},
        "joinConfiguration": {"controlPlane": {},
                              "nodeRegistration": {"taints": [{"key": "k", "effect": "NoSchedule"}]}},
        "verbosity": 0, "ntp": {"enabled": False, "servers": ["pool.ntp.org"]},
        "bootCommands": ["echo boot"], "mounts": [["/dev/sdb", "/data"]],
        "useExperimentalRetryJoin": True})
    assert spec == {
        "initConfiguration": {
            "bootstrapTokens": [{"token": "abcdef.0123456789abcdef", "ttlSeconds": 86400,
                                 "expires": "2026-01-01T00:00:00Z", "usages": ["signing"]}],
            "nodeRegistration": {"name": "n", "taints": [], "ignorePreflightErrors": ["Swap"],
                                 "imagePullPolicy": "IfNotPresent", "imagePullSerial": False},
            "localAPIEndpoint": {"advertiseAddress": "10.0.0.2", "bindPort": 6443}},
        "joinConfiguration": {"nodeRegistration": {"taints": [{"key": "k", "effect": "NoSchedule"}]},
                              "controlPlane": {}},
        "mounts": [["/dev/sdb", "/data"]], "bootCommands": ["echo boot"],
        "ntp": {"servers": ["pool.ntp.org"], "enabled": False}, "verbosity": 0,
    }


def test_disk_setup_layout_is_always_written():
    # autoConvert_v1beta1_Partition_To_v1beta2_Partition: v1.Convert_bool_To_Pointer_bool always sets
    # Layout, and the webhook does not restore it: layout false stays. tableType/partition/replaceFS
    # *string -> string.
    spec = config_spec_of_kct({"diskSetup": {
        "partitions": [{"device": "/dev/sdb", "tableType": "gpt", "diskLayout": [{"percentage": 100}]},
                       {"device": "/dev/sdc", "layout": True, "overwrite": False}],
        "filesystems": [{"device": "/dev/sdb1", "filesystem": "ext4", "label": "data", "partition": "",
                         "extraOpts": ["-F"]}]}})
    assert spec == {"diskSetup": {
        "partitions": [{"device": "/dev/sdb", "layout": False, "tableType": "gpt", "diskLayout": [{"percentage": 100}]},
                       {"device": "/dev/sdc", "layout": True, "overwrite": False}],
        "filesystems": [{"device": "/dev/sdb1", "filesystem": "ext4", "label": "data", "extraOpts": ["-F"]}]}}


def test_extra_envs_keep_their_go_form():
    # ExtraEnvs []EnvVar -> *[]EnvVar; corev1.EnvVar serializes name always, a ResourceFieldSelector's
    # resource always and its divisor (a resource.Quantity, never omitted) as "0" when unset.
    spec = config_spec_of_kcp({"clusterConfiguration": {"apiServer": {"extraEnvs": [
        {"name": "A", "value": "1"},
        {"name": "B", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu"}}},
        {"name": "C", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}}]}}})
    assert spec["clusterConfiguration"]["apiServer"]["extraEnvs"] == [
        {"name": "A", "value": "1"},
        {"name": "B", "valueFrom": {"resourceFieldRef": {"resource": "limits.cpu", "divisor": "0"}}},
        {"name": "C", "valueFrom": {"secretKeyRef": {"name": "s", "key": "k"}}}]


def test_unknown_kubeadm_field_names_the_object_and_path():
    with pytest.raises(ConversionError) as caught:
        to_v1beta2(kcp({"kubeadmConfigSpec": {"foo": 1}}))
    assert str(caught.value) == "KubeadmControlPlane test: spec.kubeadmConfigSpec.foo: no v1beta2 conversion known"
    with pytest.raises(ConversionError, match=r"^KubeadmConfigTemplate test-worker: "
                                              r"spec.template.spec.users\[1\].shells: no v1beta2 conversion known$"):
        to_v1beta2(kct({"users": [{"name": "a"}, {"name": "b", "shells": "/bin/sh"}]}))


def test_invalid_values_are_errors():
    with pytest.raises(ConversionError, match=r"initConfiguration.bootstrapTokens\[0\].token: the bootstrap token"):
        to_v1beta2(kcp({"kubeadmConfigSpec": {"initConfiguration": {"bootstrapTokens": [{"token": "nope"}]}}}))
    with pytest.raises(ConversionError, match=r"apiServer.extraArgs.profiling: must be a string"):
        to_v1beta2(kcp({"kubeadmConfigSpec": {"clusterConfiguration": {"apiServer": {"extraArgs": {"profiling": False}}}}}))
