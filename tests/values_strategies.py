"""Hypothesis strategies: chart values files across the whole values surface of cluster-vsphere 0.9.7.

Every drawn file is one our loader accepts and one the chart renders as intended. Text is drawn
from alphabets the chart can write into its YAML and TOML unharmed (it pastes many values
unquoted, or between double quotes without escaping): the values the chart mangles are covered
one by one in ``test_chart_deviations.py`` instead. Left out here: IPAM (the IPAM API and an
empty control-plane host; IP pool names are drawn, and stay unused as in the chart) and the proxy,
which the chart cannot render (see ``test_parity.py``).
"""
from __future__ import annotations

import yaml
from hypothesis import strategies as st

# Words a YAML 1.1 reader (go-yaml v2, PyYAML) takes for something other than a string.
_NON_STRINGS = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}


def _plain_safe(text: str) -> bool:
    """``text`` reads back as the same string when written unquoted into YAML."""
    if text.lower() in _NON_STRINGS or text != text.strip():
        return False
    try:
        return yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        return False


def _regex(pattern: str) -> st.SearchStrategy[str]:
    return st.from_regex(pattern, fullmatch=True).filter(_plain_safe)


# A name starting with a letter: never numeric-looking.
NAMES = _regex(r"[a-z][a-z0-9]{0,6}(-[a-z0-9]{1,5}){0,2}")
# Text for the quoted places (description): no quote or backslash, no leading/trailing space.
TEXT = _regex(r"[A-Za-z][A-Za-z0-9 ,.()/-]{0,30}[A-Za-z0-9.)]")
# Text pasted unquoted (vCenter names, paths): letters first, no ':' '#' or quotes.
PLAIN = _regex(r"[A-Za-z][A-Za-z0-9 ._/-]{0,14}[A-Za-z0-9]")
SECRET = st.text(alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E), min_size=1, max_size=20)
DOMAIN = st.lists(NAMES, min_size=1, max_size=3).map(lambda parts: ".".join(parts + ["test"]))
LABEL_VALUE = _regex(r"[a-z][a-z0-9-]{0,10}[a-z0-9]")
# Label values the chart quotes: these may look like numbers.
QUOTED_LABEL_VALUE = st.one_of(st.just(""), LABEL_VALUE, st.from_regex(r"[0-9][0-9A-Za-z._-]{0,8}[0-9]", fullmatch=True))
# An image tag that is not a number.
TAG = _regex(r"v[0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2}(-[0-9]-k8s|_vmware\.[0-9]{1,2})?")
REPOSITORY = st.builds(lambda host, path: f"{host}/{path}" if path else host,
                       DOMAIN, st.one_of(st.just(""), NAMES))
DURATION = st.sampled_from(["30s", "1m", "5m", "10m", "15m", "1h", "1h30m", "90s", "2h", "1.5h", "500ms", ""])
# Up to 1.28: from 1.29 the kube-vip objects differ from the chart's by design (docs/kube-vip.md).
KUBERNETES_VERSION = st.builds(lambda minor, patch, suffix: f"v1.{minor}.{patch}{suffix}",
                               st.integers(22, 28), st.integers(0, 20), st.sampled_from(["", "", "+vmware.1", "-rc.1"]))
RESERVED_LABELS = {"app", "giantswarm.io/cluster", "giantswarm.io/organization", "giantswarm.io/service-priority",
                   "cluster.x-k8s.io/cluster-name", "application.giantswarm.io/team", "helm.sh/chart",
                   "app.kubernetes.io/managed-by", "app.kubernetes.io/version",
                   "cluster-apps-operator.giantswarm.io/watching"}
ADMISSION_PLUGINS = ["NamespaceLifecycle", "LimitRanger", "ServiceAccount", "ResourceQuota", "PodSecurity",
                     "NodeRestriction", "DefaultStorageClass", "Priority", "DefaultTolerationSeconds",
                     "MutatingAdmissionWebhook", "ValidatingAdmissionWebhook", "PersistentVolumeClaimResize"]
FEATURE_GATES = ["ExpandedDNSConfig", "CSIMigrationvSphere", "GracefulNodeShutdown", "SeccompDefault",
                 "TopologyAwareHints", "StatefulSetAutoDeletePVC"]


def _octets(first: int) -> st.SearchStrategy[str]:
    return st.tuples(st.integers(0, 255), st.integers(0, 255)).map(lambda o: f"{first}.{o[0]}.{o[1]}")


@st.composite
def cidrs(draw, first: int, min_prefix: int, max_prefix: int, min_size: int = 1, max_size: int = 3) -> list[str]:
    """IPv4 CIDRs inside ``first.0.0.0/8`` (pods, services and load balancers use distinct ones)."""
    count = draw(st.integers(min_size, max_size))
    return [f"{draw(_octets(first))}.0/{draw(st.integers(min_prefix, max_prefix))}" for _ in range(count)]


@st.composite
def thumbprints(draw) -> str:
    """A SHA-1 or SHA-256 fingerprint with at least one hex letter (see test_chart_deviations.py
    for an all-decimal one, which the chart writes as a YAML 1.1 number)."""
    groups = draw(st.sampled_from([20, 32]))
    octets = draw(st.lists(st.integers(0, 255), min_size=groups, max_size=groups))
    octets[draw(st.integers(0, groups - 1))] = draw(st.integers(0xA0, 0xFF))
    return ":".join(f"{o:02X}" for o in octets)


def ssh_keys() -> st.SearchStrategy[str]:
    body = st.from_regex(r"AAAA[A-Za-z0-9+/]{20,40}", fullmatch=True)
    return st.builds(lambda kind, b, who: f"{kind} {b} {who}@example.test",
                     st.sampled_from(["ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256"]), body, NAMES)


@st.composite
def os_users(draw) -> dict:
    user = {"name": draw(NAMES)}
    optional = {
        "sudo": st.sampled_from(["ALL=(ALL) NOPASSWD:ALL", "ALL=(ALL) ALL"]),
        "groups": st.lists(NAMES, min_size=1, max_size=3).map(",".join),
        "shell": st.sampled_from(["/bin/bash", "/bin/sh", "/usr/bin/zsh"]),
        "sshAuthorizedKeys": st.lists(ssh_keys(), min_size=1, max_size=2),
        "lockPassword": st.booleans(),
        "primaryGroup": NAMES,
        "gecos": TEXT,
        "homeDir": NAMES.map(lambda n: f"/home/{n}"),
        "inactive": st.booleans(),
    }
    for key in draw(st.lists(st.sampled_from(sorted(optional)), unique=True, max_size=4)):
        user[key] = draw(optional[key])
    return user


@st.composite
def network_devices(draw) -> dict:
    device = {"networkName": draw(PLAIN), "dhcp4": draw(st.booleans())}
    optional = {
        "dhcp6": st.booleans(),
        "nameservers": st.lists(_octets(10).map(lambda p: p + ".53"), min_size=1, max_size=2),
        "searchDomains": st.lists(DOMAIN, min_size=1, max_size=2),
        "mtu": st.integers(1280, 9000),
        "gateway4": _octets(10).map(lambda p: p + ".1"),
        "ipAddrs": st.lists(_octets(10).map(lambda p: p + ".10/24"), min_size=1, max_size=2),
        "routes": st.lists(st.fixed_dictionaries({
            "metric": st.integers(0, 500),
            "to": _octets(10).map(lambda p: p + ".0/24"),
            "via": _octets(10).map(lambda p: p + ".254"),
        }), min_size=1, max_size=2),
    }
    for key in draw(st.lists(st.sampled_from(sorted(optional)), unique=True, max_size=3)):
        device[key] = draw(optional[key])
    return device


@st.composite
def machine_specs(draw) -> dict:
    """A node class (VSphereMachineTemplate spec.template.spec fields, camelCase)."""
    spec = {"template": draw(_regex(r"(flatcar|ubuntu)-[a-z0-9.-]{1,20}[a-z0-9]")),
            "network": {"devices": draw(st.lists(network_devices(), min_size=1, max_size=2))}}
    optional = {
        "numCPUs": st.integers(1, 64),
        "numCoresPerSocket": st.integers(1, 16),
        "memoryMiB": st.integers(1024, 262144),
        "diskGiB": st.integers(10, 2000),
        "additionalDisksGiB": st.lists(st.integers(1, 500), min_size=1, max_size=3),
        "cloneMode": st.sampled_from(["linkedClone", "fullClone"]),
        "folder": PLAIN,
        "resourcePool": PLAIN,
        "storagePolicyName": PLAIN,
        "hardwareVersion": st.sampled_from(["vmx-15", "vmx-17", "vmx-19"]),
        "os": st.sampled_from(["Linux", "Windows"]),
        "customVMXKeys": st.dictionaries(_regex(r"[a-z][A-Za-z0-9]{1,8}\.[a-z][A-Za-z0-9]{1,8}"),
                                         st.sampled_from(["TRUE", "FALSE", "64", "on", "value x"]),
                                         min_size=1, max_size=3),
        "tagIDs": st.lists(NAMES.map(lambda n: f"urn:vmomi:InventoryServiceTag:{n}:GLOBAL"), min_size=1, max_size=2),
        "pciDevices": st.lists(st.fixed_dictionaries({"deviceId": st.integers(1, 65535),
                                                      "vendorId": st.integers(1, 65535)}), min_size=1, max_size=2),
    }
    for key in draw(st.lists(st.sampled_from(sorted(optional)), unique=True, max_size=6)):
        spec[key] = draw(optional[key])
    return spec


@st.composite
def registries(draw) -> dict:
    """``connectivity.containerRegistries``: host -> mirrors, some with credentials.

    Only the last credentials entry (in the chart's order: hosts sorted, mirrors as listed) may use
    username/password or an identity token: after either, the chart glues the next auth table onto
    the same line (see registries-credentials-chained.yaml).
    """
    hosts = draw(st.lists(st.sampled_from(["docker.io", "quay.io", "gcr.io", "ghcr.io", "registry.k8s.io",
                                           "registry.example.test:5000", "*"]), unique=True, min_size=1, max_size=3))
    endpoint = st.builds(lambda host, port, path: host + port + path, DOMAIN,
                         st.sampled_from(["", ":5000", ":443"]), st.sampled_from(["", "/v2", "/mirror/docker"]))
    kinds = st.sampled_from(["none", "none", "auth", "userpass", "token", "empty", "partial", "mixed"])
    out: dict = {}
    for host in hosts:
        out[host] = [{"endpoint": draw(endpoint), "kind": draw(kinds)} for _ in range(draw(st.integers(1, 3)))]
    ordered = [m for host in sorted(out) for m in out[host] if m["kind"] != "none"]
    for mirror in ordered[:-1]:
        if mirror["kind"] in ("userpass", "token"):
            mirror["kind"] = "auth"
    for mirrors in out.values():
        for mirror in mirrors:
            kind = mirror.pop("kind")
            if kind == "auth":
                mirror["credentials"] = {"auth": draw(st.from_regex(r"[A-Za-z0-9+/]{8,24}={0,2}", fullmatch=True))}
            elif kind == "userpass":
                mirror["credentials"] = {"username": draw(NAMES), "password": draw(SECRET)}
            elif kind == "token":
                mirror["credentials"] = {"identitytoken": draw(_regex(r"[A-Za-z0-9._-]{4,30}"))}
            elif kind == "empty":
                mirror["credentials"] = {"username": "", "password": ""}
            elif kind == "partial":  # no password: the chart writes an empty auth table
                mirror["credentials"] = {"username": draw(NAMES)}
            elif kind == "mixed":  # auth wins over an identity token
                mirror["credentials"] = {"auth": "dXNlcjpwYXNz", "identitytoken": draw(NAMES)}
    return out


@st.composite
def releases(draw) -> tuple[str, str]:
    name = draw(st.sampled_from(["test", "alpha", "wc-01", "prod-eu", "gauss"]))
    namespace = draw(st.sampled_from(["default", "org-acme", "org-giantswarm"]))
    return name, namespace


@st.composite
def values_files(draw) -> tuple[dict, str, str]:
    """(values mapping, release name, namespace)."""
    name, namespace = draw(releases())
    values: dict = {"baseDomain": draw(DOMAIN)}
    sections = {
        "metadata": _metadata, "apiServer": _api_server, "controlPlane": _control_plane, "nodes": _nodes,
        "ssh": _ssh, "vcenter": _vcenter, "oidc": _oidc, "cluster": _cluster, "images": _images,
        "internal": _internal, "helmReleases": _helm_releases, "managementCluster": _management_cluster,
        "proxy": _proxy,
    }
    for section in draw(st.lists(st.sampled_from(sorted(sections)), unique=True, min_size=3)):
        sections[section](draw, values, name)
    _connectivity(draw, values)
    return values, name, namespace


def _metadata(draw, values: dict, name: str) -> None:
    values["clusterDescription"] = draw(st.one_of(st.just(""), TEXT))
    values["organization"] = draw(QUOTED_LABEL_VALUE)
    values["servicePriority"] = draw(st.sampled_from(["highest", "high", "medium", "low"]))
    keys = st.builds(lambda prefix, key: prefix + key, st.sampled_from(["", "example.com/", "team.example.test/"]),
                     st.one_of(LABEL_VALUE, _regex(r"[A-Z][A-Za-z0-9_.-]{0,8}[a-z0-9]"))) \
        .filter(lambda k: k not in RESERVED_LABELS)
    values["clusterLabels"] = draw(st.dictionaries(keys, QUOTED_LABEL_VALUE, max_size=3))


def _api_server(draw, values: dict, name: str) -> None:
    gates = st.lists(st.tuples(st.sampled_from(FEATURE_GATES), st.booleans()), unique_by=lambda g: g[0], max_size=3) \
        .map(lambda gs: ",".join(f"{g}={'true' if on else 'false'}" for g, on in gs))
    sans = st.one_of(DOMAIN, _octets(10).map(lambda p: p + ".1"))
    values["apiServer"] = {
        "enableAdmissionPlugins": draw(st.lists(st.sampled_from(ADMISSION_PLUGINS), unique=True,
                                                max_size=6).map(",".join)),
        "featureGates": draw(gates),
        "certSANs": draw(st.lists(sans, max_size=3)),
    }
    values["controllerManager"] = {"featureGates": draw(gates)}


def _control_plane(draw, values: dict, name: str) -> None:
    values["controlPlane"] = {
        "replicas": draw(st.sampled_from([1, 3, 5])),
        "machineTemplate": draw(machine_specs()),
        "etcd": {"imageRepository": draw(REPOSITORY), "imageTag": draw(TAG)},
        "dns": {"imageRepository": draw(REPOSITORY), "imageTag": draw(TAG)},
        "image": {"repository": draw(REPOSITORY)},
        "resourceRatio": draw(st.integers(1, 16)),
    }


def _nodes(draw, values: dict, name: str) -> None:
    class_names = draw(st.lists(st.one_of(st.sampled_from(["default", "gpu", "infra"]), NAMES)
                                .filter(lambda n: n != "control-plane"), unique=True, max_size=3))
    classes: dict = {c: draw(machine_specs()) for c in class_names}
    keep_default = "default" in classes or draw(st.booleans())
    if not keep_default:
        classes["default"] = None
    available = [c for c in classes if classes[c] is not None] + (["default"] if keep_default else [])
    values["nodeClasses"] = classes
    pools: dict = {}
    if available:
        for pool in draw(st.lists(st.one_of(st.sampled_from(["worker", "infra"]), NAMES), unique=True, max_size=3)):
            pools[pool] = {"class": draw(st.sampled_from(sorted(set(available)))), "replicas": draw(st.integers(0, 7))}
    if "worker" not in pools and (not keep_default or draw(st.booleans())):
        pools["worker"] = None  # drop the chart's default pool
    values["nodePools"] = pools


def _ssh(draw, values: dict, name: str) -> None:
    values["sshTrustedUserCAKeys"] = draw(st.lists(ssh_keys(), max_size=3))
    values["osUsers"] = draw(st.lists(os_users(), unique_by=lambda u: u["name"], max_size=3))


def _vcenter(draw, values: dict, name: str) -> None:
    values["vcenter"] = {
        "server": draw(st.one_of(st.just(""), DOMAIN, DOMAIN.map(lambda d: f"https://{d}"))),
        "username": draw(st.one_of(st.just(""), NAMES.map(lambda n: f"{n}@vsphere.local"))),
        "password": draw(st.one_of(st.just(""), SECRET)),
        "datacenter": draw(st.one_of(st.just(""), PLAIN)),
        "datastore": draw(st.one_of(st.just(""), PLAIN)),
        "thumbprint": draw(st.one_of(st.just(""), thumbprints())),
        "region": draw(st.one_of(st.just(""), NAMES)),
        "zone": draw(st.one_of(st.just(""), NAMES)),
    }


def _oidc(draw, values: dict, name: str) -> None:
    # Without an issuer the other fields are ignored.
    issuer = draw(st.one_of(st.just(""), DOMAIN.map(lambda d: f"https://{d}"), DOMAIN.map(lambda d: f"https://{d}/dex")))
    oidc = {"issuerUrl": issuer, "clientId": draw(NAMES)}
    optional = {"usernameClaim": st.sampled_from(["email", "sub", "preferred_username"]),
                "groupsClaim": st.sampled_from(["groups", "roles"]),
                "usernamePrefix": st.sampled_from(["oidc:", "-", "dex:"]),
                "caFile": st.sampled_from(["/etc/ssl/certs/oidc-ca.pem", "/etc/kubernetes/pki/oidc.crt"])}
    for key in draw(st.lists(st.sampled_from(sorted(optional)), unique=True)):
        oidc[key] = draw(optional[key])
    values["oidc"] = oidc


def _cluster(draw, values: dict, name: str) -> None:
    values["cluster"] = {"kubernetesVersion": draw(KUBERNETES_VERSION),
                         "enableEncryptionProvider": draw(st.booleans())}


def _images(draw, values: dict, name: str) -> None:
    values["kubectlImage"] = {"registry": draw(DOMAIN), "name": draw(NAMES.map(lambda n: f"giantswarm/{n}")),
                              "tag": draw(TAG)}


def _internal(draw, values: dict, name: str) -> None:
    values["internal"] = {
        "teleport": {"enabled": draw(st.booleans()),
                     "proxyAddr": draw(st.builds(lambda d, p: d + p, DOMAIN, st.sampled_from(["", ":443", ":3080"]))),
                     "version": draw(st.sampled_from(["14.1.3", "15.0.0"]))},
        "sandboxContainerImage": {"registry": draw(DOMAIN), "name": draw(NAMES.map(lambda n: f"giantswarm/{n}")),
                                  "tag": draw(st.sampled_from(["3.9", "3.10", "latest"]))},
    }


def _helm_releases(draw, values: dict, name: str) -> None:
    values["helmReleases"] = {release: {"interval": draw(DURATION)}
                              for release in draw(st.lists(st.sampled_from(["cilium", "cpi", "coredns"]),
                                                           unique=True, min_size=1))}


def _management_cluster(draw, values: dict, name: str) -> None:
    values["managementCluster"] = draw(st.one_of(st.just(name), NAMES))


def _proxy(draw, values: dict, name: str) -> None:
    values["proxy"] = {"enabled": False, "secretName": draw(st.one_of(st.just(""), NAMES))}


def _connectivity(draw, values: dict) -> None:
    network = {
        "allowAllEgress": draw(st.booleans()),
        "controlPlaneEndpoint": {"host": draw(_octets(192).map(lambda p: p + ".10")),
                                 "port": draw(st.sampled_from([6443, 443, 8443, 16443]))},
        "loadBalancers": {"cidrBlocks": draw(cidrs(192, 24, 32))},
    }
    # IP pools are used only where the IPAM API is served (not here) and the host is empty.
    if draw(st.booleans()):
        network["controlPlaneEndpoint"]["ipPoolName"] = draw(st.one_of(st.none(), NAMES))
    if draw(st.booleans()):
        network["loadBalancers"]["ipPoolName"] = draw(NAMES)
    network |= {
        "pods": {"cidrBlocks": draw(cidrs(10, 8, 24, max_size=2))},
        "services": {"cidrBlocks": draw(cidrs(172, 12, 24, max_size=2))},
    }
    values["connectivity"] = {"network": network}
    if draw(st.booleans()):
        values["connectivity"]["containerRegistries"] = draw(registries())


def dump(values: dict) -> str:
    return yaml.safe_dump(values, sort_keys=False, allow_unicode=False, width=1 << 16)


__all__ = ["values_files", "dump", "thumbprints", "machine_specs", "registries"]
