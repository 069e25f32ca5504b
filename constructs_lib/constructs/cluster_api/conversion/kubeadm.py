"""KubeadmConfigSpec and the two kinds holding one: KubeadmControlPlane and KubeadmConfigTemplate.

Cluster API v1.14.0: ``api/bootstrap/kubeadm/v1beta1/conversion.go`` and ``zz_generated.conversion.go``
(fields), ``bootstrap/kubeadm/webhooks/conversion/kubeadmconfig.go`` (``RestoreBoolIntentKubeadmConfigSpec``
and ``ConvertKubeadmConfigSpecV1Beta1ToHub``: bool intent, the timeouts that moved), ``kubeadmconfigtemplate.go``,
``api/controlplane/kubeadm/v1beta1/conversion.go`` and ``controlplane/kubeadm/webhooks/conversion/kubeadmcontrolplane.go``,
``api/bootstrap/kubeadm/v1beta2/conversion.go`` (``ConvertToArgs``).
"""
from __future__ import annotations

import base64
import binascii
import re
from typing import Any, Optional

from ._fields import (BOOL, INT_OR_STRING, LIST, MAP, MISSING, NUM, PTR, SECONDS, STR, TIME, TRUE, Fields, Ptr,
                      copy_fields, nanoseconds, put, seconds)
from ._meta import (DELETION, contract_reference, core_taint, env_var, machine_taint, object_meta, readiness_gate,
                    template_spec)

__all__ = ["kubeadm_config_spec", "kubeadm_control_plane_spec", "kubeadm_config_template_spec"]

_TOKEN = re.compile(r"([a-z0-9]{6})\.([a-z0-9]{16})")  # k8s.io/cluster-bootstrap BootstrapTokenPattern


def kubeadm_config_spec(fields: Fields) -> dict:
    """``Convert_v1beta1_KubeadmConfigSpec_To_v1beta2_KubeadmConfigSpec``, then the webhook's
    ``RestoreBoolIntentKubeadmConfigSpec`` and ``ConvertKubeadmConfigSpecV1Beta1ToHub`` (no conversion data)."""
    fields.drop("useExperimentalRetryJoin")
    out: dict = {}
    control_plane_timeout = None
    cluster = fields.sub("clusterConfiguration")
    if cluster is not None:
        cluster_out, control_plane_timeout = _cluster_configuration(cluster)
        put(out, "clusterConfiguration", cluster_out)
    init = fields.sub("initConfiguration")
    init_out = _init_configuration(init) if init is not None else {}
    join = fields.sub("joinConfiguration")
    join_out, discovery_timeout = _join_configuration(join) if join is not None else ({}, None)
    _move_timeouts(control_plane_timeout, discovery_timeout, init_out, join_out)
    put(out, "initConfiguration", init_out)
    put(out, "joinConfiguration", join_out)
    files = fields.items("files")
    if files is not None:
        appends = _first_by(files, "path", "append")
        out["files"] = [_file(item, appends) for item in files]
    disk_setup = fields.sub("diskSetup")
    if disk_setup is not None:
        put(out, "diskSetup", _disk_setup(disk_setup))
    copy_fields(fields, out, {"mounts": _mounts, "bootCommands": LIST, "preKubeadmCommands": LIST,
                              "postKubeadmCommands": LIST})
    users = fields.items("users")
    if users is not None:
        out["users"] = [_user(user) for user in users]
    ntp = fields.sub("ntp")
    if ntp is not None:
        put(out, "ntp", copy_fields(ntp, {}, {"servers": LIST, "enabled": PTR}))
        ntp.done()
    copy_fields(fields, out, {"format": STR, "verbosity": PTR})
    ignition = fields.sub("ignition")
    if ignition is not None:
        put(out, "ignition", _ignition(ignition))
    fields.done()
    return out


def _move_timeouts(control_plane: Optional[tuple[Fields, Any]], discovery: Optional[tuple[Fields, Any]],
                   init_out: dict, join_out: dict) -> None:
    """``ConvertKubeadmConfigSpecV1Beta1ToHub``: apiServer.timeoutForControlPlane -> the init *and* join
    ``timeouts.controlPlaneComponentHealthCheckSeconds``; discovery.timeout -> join ``timeouts.tlsBootstrapSeconds``."""
    control_plane_seconds = None
    if control_plane is not None:
        control_plane_seconds = seconds(control_plane[0], "timeoutForControlPlane", control_plane[1])
        init_out.setdefault("timeouts", {})["controlPlaneComponentHealthCheckSeconds"] = control_plane_seconds
    if discovery is not None or control_plane_seconds is not None:
        timeouts = join_out.get("timeouts", {})
        if control_plane_seconds is not None:
            timeouts["controlPlaneComponentHealthCheckSeconds"] = control_plane_seconds
        if discovery is not None:
            timeouts["tlsBootstrapSeconds"] = seconds(discovery[0], "timeout", discovery[1])
        put(join_out, "timeouts", timeouts)


def _first_by(items: list[Fields], key: str, flag: str) -> dict[str, Any]:
    """``RestoreBoolIntentKubeadmConfigSpec`` takes a bool from the *first* item with the same ``key``."""
    first: dict[str, Any] = {}
    for item in items:
        first.setdefault(item.data.get(key) or "", item.data.get(flag))
    return first


def _cluster_configuration(fields: Fields) -> tuple[dict, Optional[tuple[Fields, Any]]]:
    """``autoConvert_v1beta1_ClusterConfiguration_To_v1beta2_ClusterConfiguration``."""
    fields.drop("apiVersion", "kind", "kubernetesVersion", "clusterName")
    out: dict = {}
    put(out, "etcd", _etcd(fields.sub_or_empty("etcd")))
    networking = fields.sub("networking")
    if networking is not None:
        networking.drop("serviceSubnet", "podSubnet", "dnsDomain")
        networking.done()
    copy_fields(fields, out, {"controlPlaneEndpoint": STR})
    api_server = fields.sub_or_empty("apiServer")
    timeout = api_server.take("timeoutForControlPlane")  # moved to the init/join timeouts
    api_server_out = _component(api_server)
    copy_fields(api_server, api_server_out, {"certSANs": LIST})
    api_server.done()
    put(out, "apiServer", api_server_out)
    for key in ("controllerManager", "scheduler"):
        component = fields.sub_or_empty(key)
        put(out, key, _component(component))
        component.done()
    dns = fields.sub_or_empty("dns")
    put(out, "dns", copy_fields(dns, {}, {"imageRepository": STR, "imageTag": STR}))
    dns.done()
    copy_fields(fields, out, {"certificatesDir": STR, "imageRepository": STR, "featureGates": MAP,
                              "certificateValidityPeriodDays": NUM, "caCertificateValidityPeriodDays": NUM,
                              "encryptionAlgorithm": STR})
    fields.done()
    return out, (None if timeout is None else (api_server, timeout))


def _args(fields: Fields, key: str) -> Any:
    """map[string]string -> []Arg{name, value}: ``ConvertToArgs`` sorts by name, then value."""
    value = fields.take(key)
    if value is None:
        return MISSING
    if not isinstance(value, dict):
        raise fields.error(key, "must be a mapping")
    pairs = []
    for name, arg in value.items():
        if arg is None:
            continue  # null map values are pruned by the API server
        if not isinstance(arg, str):
            raise fields.source.error(f"{fields.at(key)}.{name}", "must be a string")
        pairs.append((str(name), arg))
    pairs.sort()
    return [({"name": name} if name else {}) | {"value": arg} for name, arg in pairs]


def _envs(fields: Fields, key: str) -> Any:
    """[]EnvVar -> *[]EnvVar: an empty list stays (a pointer to an empty slice)."""
    items = fields.items(key)
    return MISSING if items is None else Ptr([env_var(item) for item in items])


def _component(fields: Fields) -> dict:
    """extraArgs, extraEnvs, extraVolumes of apiServer, controllerManager and scheduler."""
    out = copy_fields(fields, {}, {"extraArgs": _args, "extraEnvs": _envs})
    volumes = fields.items("extraVolumes")
    if volumes:  # convert_v1beta1_ExtraVolumes_To_v1beta2_ExtraVolumes: an empty list becomes nil
        read_only = _first_by(volumes, "hostPath", "readOnly")
        out["extraVolumes"] = [_volume(volume, read_only) for volume in volumes]
    return out


def _volume(fields: Fields, read_only: dict[str, Any]) -> dict:
    out = copy_fields(fields, {}, {"name": STR, "hostPath": STR, "mountPath": STR})
    TRUE(fields, "readOnly")  # checked here, taken from the first volume of the same hostPath
    if read_only[fields.data.get("hostPath") or ""] is True:
        out["readOnly"] = True
    copy_fields(fields, out, {"pathType": STR})
    fields.done()
    return out


def _etcd(fields: Fields) -> dict:
    out: dict = {}
    local = fields.sub("local")
    if local is not None:
        put(out, "local", copy_fields(local, {}, {
            "imageRepository": STR, "imageTag": STR, "dataDir": STR, "extraArgs": _args, "extraEnvs": _envs,
            "serverCertSANs": LIST, "peerCertSANs": LIST}))
        local.done()
    external = fields.sub("external")
    if external is not None:
        put(out, "external", copy_fields(external, {}, {"endpoints": LIST, "caFile": STR, "certFile": STR,
                                                         "keyFile": STR}))
        external.done()
    fields.done()
    return out


def _init_configuration(fields: Fields) -> dict:
    fields.drop("apiVersion", "kind")
    out: dict = {}
    tokens = fields.items("bootstrapTokens")
    if tokens is not None:
        out["bootstrapTokens"] = [_bootstrap_token(token) for token in tokens]
    put(out, "nodeRegistration", _node_registration(fields.sub_or_empty("nodeRegistration")))
    put(out, "localAPIEndpoint", _api_endpoint(fields.sub_or_empty("localAPIEndpoint")))
    copy_fields(fields, out, {"skipPhases": LIST})
    _patches(fields, out)
    fields.done()
    return out


def _join_configuration(fields: Fields) -> tuple[dict, Optional[tuple[Fields, Any]]]:
    fields.drop("apiVersion", "kind")
    out: dict = {}
    put(out, "nodeRegistration", _node_registration(fields.sub_or_empty("nodeRegistration")))
    copy_fields(fields, out, {"caCertPath": STR})
    discovery = fields.sub_or_empty("discovery")
    timeout = discovery.take("timeout")  # moved to timeouts.tlsBootstrapSeconds
    put(out, "discovery", _discovery(discovery))
    control_plane = fields.sub("controlPlane")
    if control_plane is not None:  # a pointer in both versions: {} stays {}
        join_control_plane: dict = {}
        put(join_control_plane, "localAPIEndpoint", _api_endpoint(control_plane.sub_or_empty("localAPIEndpoint")))
        control_plane.done()
        out["controlPlane"] = Ptr(join_control_plane)
    copy_fields(fields, out, {"skipPhases": LIST})
    _patches(fields, out)
    fields.done()
    return out, (None if timeout is None else (discovery, timeout))


def _patches(fields: Fields, out: dict) -> None:
    patches = fields.sub("patches")
    if patches is not None:
        put(out, "patches", copy_fields(patches, {}, {"directory": STR}))
        patches.done()


def _api_endpoint(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"advertiseAddress": STR, "bindPort": NUM})
    fields.done()
    return out


def _node_registration(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"name": STR, "criSocket": STR})
    taints = fields.items("taints")
    if taints is not None:  # []Taint -> *[]Taint: an empty list (no taints at all) stays
        out["taints"] = Ptr([core_taint(taint) for taint in taints])
    copy_fields(fields, out, {"kubeletExtraArgs": _args, "ignorePreflightErrors": LIST, "imagePullPolicy": STR,
                              "imagePullSerial": PTR})
    fields.done()
    return out


def _bootstrap_token(fields: Fields) -> dict:
    out: dict = {}
    token = fields.take("token")
    if token is not None:  # BootstrapTokenString: UnmarshalJSON refuses anything but "abcdef.0123456789abcdef"
        if not isinstance(token, str) or not _TOKEN.fullmatch(token.replace('"', "")):
            raise fields.error("token", 'the bootstrap token was not of the form "[a-z0-9]{6}.[a-z0-9]{16}"')
        out["token"] = token.replace('"', "")
    copy_fields(fields, out, {"description": STR, "ttl": (SECONDS, "ttlSeconds"), "expires": TIME,
                              "usages": LIST, "groups": LIST})
    fields.done()
    return out


def _discovery(fields: Fields) -> dict:
    out: dict = {}
    token = fields.sub("bootstrapToken")
    if token is not None:
        put(out, "bootstrapToken", copy_fields(token, {}, {
            "token": STR, "apiServerEndpoint": STR, "caCertHashes": LIST, "unsafeSkipCAVerification": TRUE}))
        token.done()
    file = fields.sub("file")
    if file is not None:
        put(out, "file", _file_discovery(file))
    copy_fields(fields, out, {"tlsBootstrapToken": STR})
    fields.done()
    return out


def _file_discovery(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"kubeConfigPath": STR})
    kube_config = fields.sub("kubeConfig")
    if kube_config is not None:
        kube_config_out: dict = {}
        cluster = kube_config.sub("cluster")
        if cluster is not None:
            put(kube_config_out, "cluster", copy_fields(cluster, {}, {
                "server": STR, "tlsServerName": STR, "insecureSkipTLSVerify": TRUE,
                "certificateAuthorityData": _bytes, "proxyURL": STR}))
            cluster.done()
        put(kube_config_out, "user", _kube_config_user(kube_config.sub_or_empty("user")))
        kube_config.done()
        put(out, "kubeConfig", kube_config_out)
    fields.done()
    return out


def _kube_config_user(fields: Fields) -> dict:
    out: dict = {}
    provider = fields.sub("authProvider")
    if provider is not None:
        put(out, "authProvider", copy_fields(provider, {}, {"name": STR, "config": MAP}))
        provider.done()
    execute = fields.sub("exec")
    if execute is not None:
        exec_out = copy_fields(execute, {}, {"command": STR, "args": LIST})
        env = execute.items("env")
        if env is not None:
            exec_out["env"] = [_exec_env(item) for item in env]
        copy_fields(execute, exec_out, {"apiVersion": STR, "provideClusterInfo": TRUE})
        execute.done()
        put(out, "exec", exec_out)
    fields.done()
    return out


def _exec_env(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"name": STR, "value": STR})
    fields.done()
    return out


def _bytes(fields: Fields, key: str) -> Any:
    """[]byte: base64 in JSON, decoded and encoded again (an empty one is non-nil but omitted)."""
    value = fields.take(key)
    if value is None:
        return MISSING
    if not isinstance(value, str):
        raise fields.error(key, "must be a base64 string")
    try:
        data = base64.b64decode(value.replace("\r", "").replace("\n", ""), validate=True)
    except (binascii.Error, ValueError):
        raise fields.error(key, "is not valid base64") from None
    return base64.b64encode(data).decode() if data else []



def _mounts(fields: Fields, key: str) -> Any:
    """[]MountPoints ([][]string), copied."""
    value = fields.take(key)
    if value is None:
        return MISSING
    if not isinstance(value, list) or not all(item is None or isinstance(item, list) for item in value):
        raise fields.error(key, "must be a list of lists")
    return [None if item is None else ["" if entry is None else entry for entry in item] for item in value]



def _file(fields: Fields, appends: dict[str, Any]) -> dict:
    out = copy_fields(fields, {}, {"path": STR, "owner": STR, "permissions": STR, "encoding": STR})
    TRUE(fields, "append")  # checked here, taken from the first file of the same path
    if appends[fields.data.get("path") or ""] is True:
        out["append"] = True
    copy_fields(fields, out, {"content": STR})
    source = fields.sub("contentFrom")
    if source is not None:
        put(out, "contentFrom", _secret_source(source))
    copy_fields(fields, out, {"contentFormat": STR})
    fields.done()
    return out


def _secret_source(fields: Fields) -> dict:
    """FileSource / PasswdSource: {secret: {name, key}}."""
    secret = fields.sub_or_empty("secret")
    out: dict = {}
    put(out, "secret", copy_fields(secret, {}, {"name": STR, "key": STR}))
    secret.done()
    fields.done()
    return out


def _user(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"name": STR, "gecos": STR, "groups": STR, "homeDir": STR, "inactive": PTR,
                                   "shell": STR, "passwd": STR})
    source = fields.sub("passwdFrom")
    if source is not None:
        put(out, "passwdFrom", _secret_source(source))
    copy_fields(fields, out, {"primaryGroup": STR, "lockPassword": PTR, "sudo": STR, "sshAuthorizedKeys": LIST})
    fields.done()
    return out


def _disk_setup(fields: Fields) -> dict:
    out: dict = {}
    partitions = fields.items("partitions")
    if partitions is not None:
        out["partitions"] = [_partition(item) for item in partitions]
    filesystems = fields.items("filesystems")
    if filesystems is not None:
        out["filesystems"] = [_filesystem(item) for item in filesystems]
    fields.done()
    return out


def _partition(fields: Fields) -> dict:
    """``layout`` bool -> *bool is not restored by the webhook: it is always set, false included."""
    out = copy_fields(fields, {}, {"device": STR, "layout": BOOL, "overwrite": PTR, "tableType": STR})
    layouts = fields.items("diskLayout")
    if layouts is not None:
        out["diskLayout"] = [_disk_layout(item) for item in layouts]
    fields.done()
    return out


def _disk_layout(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"percentage": NUM, "partitionType": STR})
    fields.done()
    return out


def _filesystem(fields: Fields) -> dict:
    out = copy_fields(fields, {}, {"device": STR, "filesystem": STR, "label": STR, "partition": STR,
                                   "overwrite": PTR, "replaceFS": STR, "extraOpts": LIST})
    fields.done()
    return out


def _ignition(fields: Fields) -> dict:
    out: dict = {}
    config = fields.sub("containerLinuxConfig")
    if config is not None:
        put(out, "containerLinuxConfig", copy_fields(config, {}, {"additionalConfig": STR, "strict": TRUE}))
        config.done()
    fields.done()
    return out


def kubeadm_control_plane_spec(fields: Fields) -> dict:
    """``Convert_v1beta1_KubeadmControlPlaneSpec_To_v1beta2_KubeadmControlPlaneSpec`` + ``ConvertKubeadmControlPlaneV1Beta1ToHub``."""
    out = copy_fields(fields, {}, {"replicas": PTR, "version": STR})
    put(out, "machineTemplate", _machine_template(fields.sub_or_empty("machineTemplate")))
    put(out, "kubeadmConfigSpec", kubeadm_config_spec(fields.sub_or_empty("kubeadmConfigSpec")))
    put(out, "rollout", _rollout(fields))
    remediation = fields.sub("remediationStrategy")
    if remediation is not None:
        put(out, "remediation", _remediation(remediation))
    naming = fields.sub("machineNamingStrategy")
    if naming is not None:
        put(out, "machineNaming", copy_fields(naming, {}, {"template": STR}))
        naming.done()
    fields.done()
    return out


def _machine_template(fields: Fields) -> dict:
    """metadata stays; infrastructureRef, readinessGates, node*Timeout and taints move under ``spec``."""
    out: dict = {}
    put(out, "metadata", object_meta(fields.sub("metadata")))
    spec: dict = {}
    put(spec, "infrastructureRef", contract_reference(fields.sub("infrastructureRef")))
    gates = fields.items("readinessGates")
    if gates is not None:
        spec["readinessGates"] = [readiness_gate(gate) for gate in gates]
    put(spec, "deletion", copy_fields(fields, {}, DELETION))
    taints = [machine_taint(taint) for taint in fields.items("taints") or ()]
    if taints:  # built with append: an empty list stays nil
        spec["taints"] = taints
    put(out, "spec", spec)
    fields.done()
    return out


def _rollout(fields: Fields) -> dict:
    """rolloutBefore, rolloutAfter, rolloutStrategy -> rollout.{before, after, strategy}."""
    out: dict = {}
    before = fields.sub("rolloutBefore")
    if before is not None:
        put(out, "before", copy_fields(before, {}, {"certificatesExpiryDays": NUM}))
        before.done()
    copy_fields(fields, out, {"rolloutAfter": (TIME, "after")})
    strategy = fields.sub("rolloutStrategy")
    if strategy is not None:
        strategy_out = copy_fields(strategy, {}, {"type": STR})
        rolling = strategy.sub("rollingUpdate")
        if rolling is not None:
            put(strategy_out, "rollingUpdate", copy_fields(rolling, {}, {"maxSurge": INT_OR_STRING}))
            rolling.done()
        strategy.done()
        put(out, "strategy", strategy_out)
    return out


def _remediation(fields: Fields) -> dict:
    """retryPeriod (a metav1.Duration value) -> retryPeriodSeconds only when not zero
    (``Convert_Duration_To_Pointer_int32`` with no conversion data)."""
    out = copy_fields(fields, {}, {"maxRetry": PTR, "minHealthyPeriod": (SECONDS, "minHealthyPeriodSeconds")})
    retry = fields.take("retryPeriod")
    if retry is not None and nanoseconds(fields, "retryPeriod", retry) != 0:
        out["retryPeriodSeconds"] = seconds(fields, "retryPeriod", retry)
    fields.done()
    return out


def kubeadm_config_template_spec(fields: Fields) -> dict:
    """``ConvertKubeadmConfigTemplateV1Beta1ToHub``: the template's metadata and KubeadmConfigSpec."""
    return template_spec(fields, kubeadm_config_spec)
