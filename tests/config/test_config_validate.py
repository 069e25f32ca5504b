"""Validation: the chart's values.schema.json surface and constraints, its render-time failure, the CRD
checks of pass-through maps, and our own rules for values that would break what they land in."""
from __future__ import annotations

import copy

import pytest

from config_helpers import BASE, chart_schema, chart_values_yaml, dump, overlay
from constructs_lib.config import ConfigError, FieldError, load_values_mapping, load_values_text, validate_values
from constructs_lib.config import rules
from constructs_lib.config.spec import VALUES_SPEC, Crd, Ignored, List, Map, Obj, Str

SOURCE = "clusters/v.yaml"


def _load(values: dict):
    return load_values_mapping(copy.deepcopy(values), SOURCE)


def _errors(values: dict) -> list[FieldError]:
    with pytest.raises(ConfigError) as info:
        _load(values)
    return info.value.errors


def _paths(values: dict) -> list[str]:
    return [error.path for error in _errors(values)]


def _set(values: dict, path: tuple, value) -> dict:
    """A copy of ``values`` with ``value`` at ``path`` (str keys and int list indexes), creating
    mappings and one-item lists on the way."""
    out = copy.deepcopy(values)
    current = out
    for part, following in zip(path, path[1:]):
        if isinstance(current, list):
            while len(current) <= part:
                current.append({} if not isinstance(following, int) else [])
            current = current[part]
            continue
        if not isinstance(current.get(part), (dict, list)):
            current[part] = [] if isinstance(following, int) else {}
        current = current[part]
    if isinstance(current, list):
        while len(current) <= path[-1]:
            current.append(None)
    current[path[-1]] = value
    return out


def _text(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


# --- values.schema.json ------------------------------------------------------------------------

MAP_KEY = "docker.io"  # the key used where the schema has additionalProperties

# Valid values for the schema's properties that values.yaml does not give (or gives as the
# default, which would not show that the key is read). Everything else takes values.yaml's value.
SAMPLES = {
    "cluster.kubernetesVersion": "v1.25.3",
    "apiServer.certSANs[0]": "api.example.test",
    "apiServer.enableAdmissionPlugins": "NamespaceLifecycle,LimitRanger",
    "apiServer.featureGates": "ExpandedDNSConfig=true",
    "controllerManager.featureGates": "ExpandedDNSConfig=false",
    "controlPlane.etcd.imageRepository": "registry.example.test/etcd",
    "controlPlane.etcd.imageTag": "3.5.9-0",
    "controlPlane.replicas": 3,
    "connectivity.network.allowAllEgress": True,
    "connectivity.network.controlPlaneEndpoint.host": "10.0.10.9",
    "connectivity.network.controlPlaneEndpoint.port": 443,
    "connectivity.network.controlPlaneEndpoint.ipPoolName": "cp-pool",
    "connectivity.network.pods.cidrBlocks[0]": "10.100.0.0/16",
    "connectivity.network.services.cidrBlocks[0]": "172.20.0.0/16",
    "connectivity.network.loadBalancers.cidrBlocks[0]": "10.0.20.0/28",
    "connectivity.network.loadBalancers.ipPoolName": "lb-pool",
    f"connectivity.network.containerRegistries.{MAP_KEY}[0].endpoint": "mirror.example.test",
    "internal.teleport.proxyAddr": "teleport.example.test:3080",
    "internal.teleport.version": "15.0.0",
    "internal.teleport.enabled": False,
    "internal.sandboxContainerImage.name": "tkg/pause",
    "internal.sandboxContainerImage.registry": "registry.example.test",
    "internal.sandboxContainerImage.tag": "3.7",
    "kubectlImage.name": "tools/kubectl",
    "kubectlImage.registry": "registry.example.test",
    "kubectlImage.tag": "1.25.0",
    "organization": "acme",
    "vcenter.thumbprint": "F7:CF:F9:E5:99:39:FF:C1:D7:14:F1:3F:8A:42:21:95:3B:A1:6E:16",
    "vcenter.server": "https://vcenter.example.test",
}
FALLBACK = {"string": "example", "integer": 4, "boolean": True}


def _resolve_ref(schema: dict, root: dict) -> dict:
    if "$ref" in schema:
        target = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            target = target[part]
        merged = dict(target)
        merged.update({k: v for k, v in schema.items() if k != "$ref"})
        return merged
    return schema


def _schema_properties(schema: dict, root: dict, prefix: tuple = ()):
    """(path, schema) of every property values.schema.json declares, parents first; list items as
    index 0, additionalProperties as MAP_KEY; the branches of anyOf are followed."""
    schema = _resolve_ref(schema, root)
    for branch in schema.get("anyOf", []):
        yield from _schema_properties(branch, root, prefix)
    for key, child in (schema.get("properties") or {}).items():
        child = _resolve_ref(child, root)
        yield prefix + (key,), child
        yield from _schema_properties(child, root, prefix + (key,))
    if isinstance(schema.get("additionalProperties"), dict):
        child = _resolve_ref(schema["additionalProperties"], root)
        yield prefix + (MAP_KEY,), child
        yield from _schema_properties(child, root, prefix + (MAP_KEY,))
    if isinstance(schema.get("items"), dict):
        child = _resolve_ref(schema["items"], root)
        yield prefix + (0,), child
        yield from _schema_properties(child, root, prefix + (0,))


def _schema_type(schema: dict):
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = [k for k in kind if k != "null"][0]
    return kind


SCHEMA = chart_schema()
PROPERTIES = {}
for _path, _schema in _schema_properties(SCHEMA, SCHEMA):
    PROPERTIES.setdefault(_path, _schema)
LEAVES = {p: s for p, s in PROPERTIES.items() if _schema_type(s) in ("string", "integer", "boolean")}


def _values_yaml_at(path: tuple):
    current = chart_values_yaml()
    for part in path:
        try:
            current = current[part]
        except (KeyError, IndexError, TypeError):
            return None
    return current


def _sample(path: tuple, schema: dict):
    text = _text(path)
    if text in SAMPLES:
        return SAMPLES[text]
    found = _values_yaml_at(path)
    if found is not None and not isinstance(found, (dict, list)):
        return found
    return FALLBACK[_schema_type(schema)]


def _ignored_prefix(text: str, ignored) -> bool:
    return any(text == key or text.startswith(key + ".") or text.startswith(key + "[") for key in ignored)


def test_the_schema_walk_finds_the_whole_surface():
    # A guard for the walker itself: it sees nested, referenced, anyOf and map-valued properties.
    texts = {_text(p) for p in PROPERTIES}
    assert {"cluster.kubernetesVersion", "connectivity.network.pods.cidrBlocks[0]",
            "connectivity.network.loadBalancers.ipPoolName",
            f"connectivity.network.containerRegistries.{MAP_KEY}[0].credentials.identitytoken",
            "kubeadm.users[0].authorizedKeys[0]", "template.storagePolicyName", "worker.replicas",
            "internal.sandboxContainerImage.tag"} <= texts
    assert len(LEAVES) > 50


@pytest.mark.parametrize("path", sorted(LEAVES, key=_text), ids=_text)
def test_every_property_of_the_schema_is_accepted_and_read(path):
    value = _sample(path, LEAVES[path])
    values = _set(BASE, path, value)
    if "credentials" in path:  # a mirror's credentials need the mirror's endpoint beside them
        values = _set(values, path[:path.index("credentials")] + ("endpoint",), "mirror.example.test")
    result = _load(values)
    text = _text(path)
    if _ignored_prefix(text, result.ignored):
        return  # a key the chart ignores: accepted with a warning (see test_config_loader.py)
    current = result.values.to_values_dict()
    for part in path:
        current = current[part]
    assert current == value


# Values of the wrong JSON type for each schema type.
WRONG = {"string": 5, "integer": "5", "boolean": "true", "array": "x", "object": "x"}


@pytest.mark.parametrize("path", sorted(PROPERTIES, key=_text), ids=_text)
def test_every_schema_type_is_enforced(path):
    kind = _schema_type(PROPERTIES[path])
    assert _text(path) in _paths(_set(BASE, path, WRONG[kind]))


PATTERNS = sorted((p for p, s in PROPERTIES.items() if "pattern" in s), key=_text)


def test_the_schema_has_patterns_and_no_enums():
    # If a new chart version brings enums, they need a test like the patterns below.
    assert [_text(p) for p in PATTERNS] == [
        "connectivity.network.controlPlaneEndpoint.ipPoolName", "connectivity.network.loadBalancers.ipPoolName",
        "connectivity.network.pods.cidrBlocks[0]", "connectivity.network.services.cidrBlocks[0]",
    ] or "connectivity.network.loadBalancers.cidrBlocks[0]" in [_text(p) for p in PATTERNS]
    assert not [p for p, s in PROPERTIES.items() if "enum" in s]


@pytest.mark.parametrize("path", PATTERNS, ids=_text)
@pytest.mark.parametrize("bad", ["Not_Valid", "a..b", "-lead", "10.0.0.256/16", "10.0.0.0/33", "", " 10.0.0.0/8"])
def test_schema_patterns_are_enforced(path, bad):
    import re

    pattern = PROPERTIES[path]["pattern"]
    if re.search(pattern, bad):
        pytest.skip("the schema's pattern accepts this value")
    text = _text(path)
    if bad == "" and text == "connectivity.network.loadBalancers.ipPoolName":
        _load(_set(BASE, path, bad))  # "" is "no pool" here; the anyOf is satisfied by cidrBlocks
        return
    errors = {e.path: e for e in _errors(_set(BASE, path, bad))}
    assert text in errors
    assert errors[text].value_repr == repr(bad)


@pytest.mark.parametrize("path", ["connectivity.network.pods.cidrBlocks", "connectivity.network.services.cidrBlocks"])
def test_schema_min_items_is_enforced(path):
    errors = {e.path: e for e in _errors(_set(BASE, tuple(path.split(".")), []))}
    assert "at least 1 item" in errors[path].allowed


@pytest.mark.parametrize("path", [
    "apiServer.enableAdmissionPlugins", "apiServer.featureGates", "controllerManager.featureGates",
    "connectivity.network", "connectivity.network.pods", "connectivity.network.services",
    "connectivity.network.loadBalancers", "connectivity.network.pods.cidrBlocks",
])
def test_schema_required_keys_are_enforced(path):
    # A null removes the chart's default; the schema then misses a required key.
    errors = {e.path: e for e in _errors(_set(BASE, tuple(path.split(".")), None))}
    assert errors[path].message == "is missing"


def test_registry_endpoint_is_required():
    values = overlay(BASE, {"connectivity": {"containerRegistries": {"docker.io": [{"credentials": {}}]}}})
    assert _paths(values) == ["connectivity.containerRegistries.docker.io[0].endpoint"]


@pytest.mark.parametrize("path", [
    ("internal", "extra"),
    ("connectivity", "containerRegistries", "docker.io", 0, "extra"),
    ("connectivity", "containerRegistries", "docker.io", 0, "credentials", "token"),
])
def test_schema_additional_properties_false_is_enforced(path):
    values = overlay(BASE, {"connectivity": {"containerRegistries": {"docker.io": [{"endpoint": "mirror.test"}]}}})
    errors = {e.path: e for e in _errors(_set(values, path, "x"))}
    assert errors[_text(path)].message == "is not a known key"


def test_load_balancers_any_of():
    neither = _set(BASE, ("connectivity", "network", "loadBalancers"), {"cidrBlocks": []})
    (error,) = _errors(neither)
    assert error.path == "connectivity.network.loadBalancers"
    assert "give cidrBlocks" in error.allowed and "or ipPoolName" in error.allowed
    pool_only = _set(BASE, ("connectivity", "network", "loadBalancers"), {"cidrBlocks": [], "ipPoolName": "lb"})
    assert _load(pool_only).values.connectivity.network.load_balancers.ip_pool_name == "lb"


# --- the chart's render-time failure --------------------------------------------------------

@pytest.mark.parametrize("cidr", ["172.31.0.0/25", "172.31.0.0/28", "10.96.0.0/32"])
def test_services_network_narrower_than_24_is_an_error(cidr):
    # The chart's clusterDNS helper fails the render: the DNS address is <first three octets>.10.
    values = _set(BASE, ("connectivity", "network", "services", "cidrBlocks"), [cidr])
    (error,) = _errors(values)
    assert error.path == "connectivity.network.services.cidrBlocks[0]"
    assert "prefix length must be /24 or shorter" in error.allowed


@pytest.mark.parametrize("cidrs", [["172.31.0.0/24"], ["172.31.0.0/12"], ["172.31.0.0/16", "10.96.0.0/28"]])
def test_services_network_of_24_or_wider_is_fine(cidrs):
    # Only the first CIDR matters to the chart.
    values = _set(BASE, ("connectivity", "network", "services", "cidrBlocks"), cidrs)
    assert _load(values).values.connectivity.network.services.cidr_blocks == tuple(cidrs)


# --- pass-through maps against the CRD schemas ---------------------------------------------

@pytest.mark.parametrize("extra, path, allowed", [
    ({"nodeClasses": {"default": {"numCPUs": "four"}}}, "nodeClasses.default.numCPUs", "must be an integer"),
    ({"nodeClasses": {"default": {"numCPUs": 2 ** 31}}}, "nodeClasses.default.numCPUs",
     "must be an integer from -2147483648 to 2147483647"),
    ({"nodeClasses": {"default": {"memoryMiB": 1.5}}}, "nodeClasses.default.memoryMiB", "must be an integer"),
    ({"nodeClasses": {"default": {"template": ["x"]}}}, "nodeClasses.default.template", "must be a string"),
    ({"nodeClasses": {"default": {"powerOffMode": "gentle"}}}, "nodeClasses.default.powerOffMode",
     "must be one of 'hard', 'soft', 'trySoft'"),
    ({"nodeClasses": {"default": {"network": {"devices": [{"dhcp4": True}]}}}},
     "nodeClasses.default.network.devices[0].networkName", "is required"),
    ({"nodeClasses": {"default": {"network": {"devices": "net"}}}}, "nodeClasses.default.network.devices",
     "must be a list"),
    ({"nodeClasses": {"default": {"customVMXKeys": {"a.b": 1}}}}, "nodeClasses.default.customVMXKeys.a.b",
     "must be a string"),
    ({"nodeClasses": {"big": {"network": {"devices": [{"networkName": "n"}]}}}}, "nodeClasses.big.template",
     "is required"),
    ({"controlPlane": {"machineTemplate": {"diskGiB": "25G"}}}, "controlPlane.machineTemplate.diskGiB",
     "must be an integer"),
    ({"controlPlane": {"machineTemplate": {"template": None}}}, "controlPlane.machineTemplate.template",
     "is required"),
    ({"osUsers": [{"sudo": "ALL"}]}, "osUsers[0].name", "is required"),
    ({"osUsers": [{"name": "ops", "lockPassword": "yes"}]}, "osUsers[0].lockPassword", "must be true or false"),
    ({"osUsers": [{"name": "ops", "sshAuthorizedKeys": "ssh-ed25519 AAAA"}]}, "osUsers[0].sshAuthorizedKeys",
     "must be a list"),
])
def test_pass_through_maps_are_checked_against_the_crds(extra, path, allowed):
    errors = {e.path: e for e in _errors(overlay(BASE, extra))}
    assert path in errors, errors
    assert allowed in errors[path].allowed


@pytest.mark.parametrize("extra", [
    {"nodeClasses": "default"}, {"nodeClasses": {"default": "x"}}, {"controlPlane": {"machineTemplate": []}},
    {"osUsers": {"name": "ops"}}, {"osUsers": ["ops"]},
])
def test_pass_through_maps_of_the_wrong_shape(extra):
    assert _errors(overlay(BASE, extra))


def test_a_full_node_class_is_accepted():
    spec = {"template": "tpl", "cloneMode": "linkedClone", "diskGiB": 40, "numCPUs": 4, "numCoresPerSocket": 2,
            "memoryMiB": 8192, "additionalDisksGiB": [10], "customVMXKeys": {"disk.enableUUID": "TRUE"},
            "folder": "f", "resourcePool": "rp", "storagePolicyName": "sp", "hardwareVersion": "vmx-17",
            "tagIDs": ["urn:vmomi:InventoryServiceTag:x:GLOBAL"], "os": "Linux",
            "pciDevices": [{"deviceId": 1, "vendorId": 2}],
            "network": {"devices": [{"networkName": "n", "dhcp4": False, "ipAddrs": ["10.0.0.5/24"],
                                     "gateway4": "10.0.0.1", "nameservers": ["10.0.0.53"], "mtu": 9000,
                                     "routes": [{"to": "10.1.0.0/16", "via": "10.0.0.254", "metric": 10}]}]}}
    values = _load(overlay(BASE, {"nodeClasses": {"big": spec}})).values
    assert values.node_classes["big"] == spec


class RecordingChecker:
    """A CrdChecker that reports one problem and records what it was asked."""

    def __init__(self):
        self.calls = []

    def check(self, kind, value, path):
        self.calls.append((kind, path))
        return [(path + ".numCPUs", "must be small")] if kind == "machine" else []


def test_validate_values_uses_the_given_crd_checker():
    from constructs_lib.config import merged_values

    checker = RecordingChecker()
    errors = validate_values(merged_values(copy.deepcopy(BASE)), SOURCE, checker)
    assert sorted(checker.calls) == [("machine", "controlPlane.machineTemplate"), ("machine", "nodeClasses.default"),
                                     ("user", "osUsers[0]")]
    assert [e.path for e in errors] == ["controlPlane.machineTemplate.numCPUs", "nodeClasses.default.numCPUs"]


# --- our rules ----------------------------------------------------------------------------------

@pytest.mark.parametrize("cidr", ["10.0.0.0", "10.0.0.0/33", "10.0.0.256/16", "010.0.0.0/8", "10.0.0.0/8/8",
                                  "10.0.0/8", "fd00::/64", "banana", "10.0.0.0 /8", "10.0.0.0/08x"])
@pytest.mark.parametrize("section", ["pods", "services", "loadBalancers"])
def test_malformed_cidrs(section, cidr):
    values = _set(BASE, ("connectivity", "network", section, "cidrBlocks"), [cidr])
    errors = {e.path: e for e in _errors(values)}
    path = f"connectivity.network.{section}.cidrBlocks[0]"
    assert errors[path].allowed.startswith(rules.CIDR_ALLOWED) or "must be" in errors[path].allowed
    assert errors[path].value_repr == repr(cidr)


def test_overlapping_pod_and_service_networks():
    values = overlay(BASE, {"connectivity": {"network": {"pods": {"cidrBlocks": ["10.0.0.0/8"]},
                                                         "services": {"cidrBlocks": ["10.96.0.0/12"]}}}})
    (error,) = _errors(values)
    assert error.path == "connectivity.network.pods.cidrBlocks[0]"
    assert "must not overlap the services network" in error.allowed


@pytest.mark.parametrize("name", ["Worker", "my_pool", "-pool", "pool-", "p" * 64, "", "pool.one", "pööl", "1 2"])
def test_invalid_pool_names(name):
    values = overlay(BASE, {"nodePools": {name: {"class": "default", "replicas": 1}}})
    errors = {e.path: e for e in _errors(values)}
    assert errors[f"nodePools.{name}"].message == "is an invalid name"
    assert "DNS-1123 label" in errors[f"nodePools.{name}"].allowed


@pytest.mark.parametrize("name", ["Big", "big_one", "b" * 64])
def test_invalid_class_names(name):
    values = overlay(BASE, {"nodeClasses": {name: {"template": "t", "network": {"devices": [{"networkName": "n"}]}}}})
    assert f"nodeClasses.{name}" in _paths(values)


def test_a_pool_naming_a_missing_class():
    values = overlay(BASE, {"nodeClasses": {"large": {"template": "t", "network": {"devices": [{"networkName": "n"}]}}},
                            "nodePools": {"worker": {"class": "larg"}}})
    (error,) = _errors(values)
    assert error.path == "nodePools.worker.class"
    assert error.allowed == "must name a node class in nodeClasses (defined: 'large', 'default'); did you mean 'large'?"


def test_the_control_plane_class_name_is_reserved():
    values = overlay(BASE, {"nodeClasses": {"control-plane": {"template": "t",
                                                              "network": {"devices": [{"networkName": "n"}]}}}})
    (error,) = _errors(values)
    assert (error.path, error.message) == ("nodeClasses.control-plane", "is a reserved name")


@pytest.mark.parametrize("path, value, allowed", [
    ("nodePools.worker.replicas", -1, "must be an integer from 0 to 5000"),
    ("nodePools.worker.replicas", 5001, "must be an integer from 0 to 5000"),
    ("nodePools.worker.replicas", 10 ** 30, "must be an integer from 0 to 5000"),
    ("nodePools.worker.replicas", 2.0, "must be an integer from 0 to 5000"),
    ("nodePools.worker.replicas", True, "must be an integer from 0 to 5000"),
    ("nodePools.worker.replicas", "3", "(without quotes)"),
    ("controlPlane.replicas", 0, "must be an odd number from 1 to 7"),
    ("controlPlane.replicas", 2, "must be an odd number from 1 to 7"),
    ("controlPlane.replicas", 9, "must be an odd number from 1 to 7"),
    ("controlPlane.replicas", -3, "must be an odd number from 1 to 7"),
    ("controlPlane.resourceRatio", 0, "must be an integer from 1 to 800"),
    ("controlPlane.resourceRatio", 801, "must be an integer from 1 to 800"),
    ("connectivity.network.controlPlaneEndpoint.port", 0, "must be an integer from 1 to 65535"),
    ("connectivity.network.controlPlaneEndpoint.port", 65536, "must be an integer from 1 to 65535"),
])
def test_numbers_out_of_range(path, value, allowed):
    errors = {e.path: e for e in _errors(_set(BASE, tuple(path.split(".")), value))}
    assert allowed in errors[path].allowed


@pytest.mark.parametrize("path, value", [
    ("nodePools.worker.replicas", 0), ("nodePools.worker.replicas", 4999), ("controlPlane.replicas", 7),
    ("controlPlane.resourceRatio", 800), ("connectivity.network.controlPlaneEndpoint.port", 65535),
])
def test_numbers_at_the_limits_are_fine(path, value):
    _load(_set(BASE, tuple(path.split(".")), value))


def test_all_pools_together_stay_within_the_node_limit():
    pools = {"a": {"class": "default", "replicas": 3000}, "b": {"class": "default", "replicas": 1999}}
    values = overlay(BASE, {"nodePools": {**pools, "worker": None}, "controlPlane": {"replicas": 3}})
    (error,) = _errors(values)
    assert error.path == "nodePools"
    assert "found 5002" in error.allowed
    values["nodePools"]["b"]["replicas"] = 1997
    _load(values)


@pytest.mark.parametrize("extra, path", [
    ({"clusterLabels": {"giantswarm.io/cluster": "x"}}, "clusterLabels.giantswarm.io/cluster"),
    ({"clusterLabels": {"bad key!": "x"}}, "clusterLabels.bad key!"),
    ({"clusterLabels": {"team": "has space"}}, "clusterLabels.team"),
    ({"clusterLabels": {"team": 5}}, "clusterLabels.team"),
    ({"organization": "Acme Corp"}, "organization"),
    ({"cluster": {"kubernetesVersion": "1.24.12"}}, "cluster.kubernetesVersion"),
    ({"apiServer": {"featureGates": "A=maybe"}}, "apiServer.featureGates"),
    ({"apiServer": {"certSANs": ["under_score.example"]}}, "apiServer.certSANs[0]"),
    ({"apiServer": {"enableAdmissionPlugins": "A, B"}}, "apiServer.enableAdmissionPlugins"),
    ({"vcenter": {"thumbprint": "F7:CF"}}, "vcenter.thumbprint"),
    ({"oidc": {"issuerUrl": "http://dex.test", "clientId": "k"}}, "oidc.issuerUrl"),
    ({"oidc": {"issuerUrl": "https://dex.test"}}, "oidc.clientId"),
    ({"oidc": {"caFile": "relative/ca.pem"}}, "oidc.caFile"),
    ({"proxy": {"enabled": True}}, "proxy.secretName"),
    ({"proxy": {"enabled": "true"}}, "proxy.enabled"),
    ({"helmReleases": {"cpi": {"interval": "10 min"}}}, "helmReleases.cpi.interval"),
    ({"baseDomain": "Example.TEST"}, "baseDomain"),
    ({"managementCluster": "mgmt.one"}, "managementCluster"),
    ({"kubectlImage": {"tag": "1.23.5:latest"}}, "kubectlImage.tag"),
    ({"kubectlImage": {"registry": "quay.io/"}}, "kubectlImage.registry"),
    ({"internal": {"teleport": {"proxyAddr": "https://teleport.test:443"}}}, "internal.teleport.proxyAddr"),
    ({"connectivity": {"network": {"controlPlaneEndpoint": {"host": "api.example.test"}}}},
     "connectivity.network.controlPlaneEndpoint.host"),
    ({"connectivity": {"containerRegistries": {"docker.io": [{"endpoint": "https://mirror.test"}]}}},
     "connectivity.containerRegistries.docker.io[0].endpoint"),
    ({"connectivity": {"containerRegistries": {"docker.io": [{"endpoint": "m.test",
                                                               "credentials": {"username": "a:b"}}]}}},
     "connectivity.containerRegistries.docker.io[0].credentials.username"),
    ({"connectivity": {"containerRegistries": {"docker.io": {"endpoint": "m.test"}}}},
     "connectivity.containerRegistries.docker.io"),
    ({"sshTrustedUserCAKeys": [""]}, "sshTrustedUserCAKeys[0]"),
])
def test_single_value_rules(extra, path):
    errors = {e.path: e for e in _errors(overlay(BASE, extra))}
    assert path in errors, list(errors)
    assert errors[path].allowed


def test_a_quoted_boolean_gets_a_hint():
    errors = {e.path: e for e in _errors(overlay(BASE, {"internal": {"teleport": {"enabled": "false"}}}))}
    assert "write it without quotes" in errors["internal.teleport.enabled"].allowed


# --- values that would break the text they land in --------------------------------------------

SAMPLE_KEYS = {"nodePools": "pool", "clusterLabels": "team", "connectivity.containerRegistries": "docker.io",
               "nodeClasses": "default"}


def _text_fields(node=VALUES_SPEC, path: tuple = ()):
    """(path, Str node) of every string our spec reads (not ignored keys, not CRD pass-throughs)."""
    if isinstance(node, Str):
        yield path, node
    elif isinstance(node, Obj):
        for key, child in node.fields.items():
            yield from _text_fields(child, path + (key,))
    elif isinstance(node, Map):
        yield from _text_fields(node.value, path + (SAMPLE_KEYS[".".join(path)],))
    elif isinstance(node, List):
        yield from _text_fields(node.item, path + (0,))
    elif isinstance(node, (Ignored, Crd)):
        return


TEXT_FIELDS = dict(_text_fields())
MAP_PATHS = [("nodePools",), ("clusterLabels",), ("connectivity", "containerRegistries"), ("nodeClasses",)]


def test_the_text_field_walk_sees_the_whole_spec():
    texts = {_text(p) for p in TEXT_FIELDS}
    assert {"vcenter.password", "connectivity.containerRegistries.docker.io[0].credentials.password",
            "nodePools.pool.class", "clusterLabels.team", "apiServer.certSANs[0]", "baseDomain"} <= texts
    assert len(TEXT_FIELDS) > 45


# Passwords reach nodes and Secrets only base64-encoded (or in a Secret's value), so any character is
# fine there; test_passwords_take_any_character checks that they stay accepted.
LINE_FIELDS = [path for path in TEXT_FIELDS if path[-1] != "password"]


@pytest.mark.parametrize("path", sorted(LINE_FIELDS, key=_text), ids=_text)
@pytest.mark.parametrize("hazard", ["line\nbreak", "trailing newline\n", "carriage\rreturn", "nul\x00", "esc\x1b[0m",
                                    "line\u2028separator"])
def test_no_text_field_takes_a_line_break_or_control_character(path, hazard):
    # Every value lands in a line of YAML, TOML, a flag, a label, a shell argument or a Secret that
    # a config file is made from: a line break there would split it.
    assert _text(path) in _paths(_set(BASE, path, hazard))


@pytest.mark.parametrize("path", sorted(set(TEXT_FIELDS) - set(LINE_FIELDS), key=_text), ids=_text)
def test_passwords_take_any_character(path):
    values = _set(BASE, path, "p\nw\x00\u2028'\"")
    if "credentials" in path:
        values = _set(values, path[:path.index("credentials")] + ("endpoint",), "mirror.example.test")
    _load(values)


@pytest.mark.parametrize("path", MAP_PATHS, ids=lambda p: ".".join(p))
def test_no_name_takes_a_line_break(path):
    values = _set(BASE, path + ("bad\nname",), {})
    assert ".".join(path) + ".bad\nname" in _paths(values)


TOML_FIELDS = [
    ("connectivity", "containerRegistries", "docker.io", 0, "endpoint"),
    ("internal", "sandboxContainerImage", "registry"),
    ("internal", "sandboxContainerImage", "name"),
    ("internal", "sandboxContainerImage", "tag"),
]


@pytest.mark.parametrize("path", TOML_FIELDS, ids=_text)
@pytest.mark.parametrize("hazard", ['mirror"x', "mirror\\x", 'a"]\n[x'])
def test_values_written_into_toml_strings_take_no_quote_or_backslash(path, hazard):
    assert _text(path) in _paths(_set(BASE, path, hazard))


@pytest.mark.parametrize("host", ['docker.io"', "docker\\io", 'docker.io"]\n[plugins'])
def test_registry_hosts_take_no_quote_or_backslash(host):
    values = overlay(BASE, {"connectivity": {"containerRegistries": {host: [{"endpoint": "mirror.test"}]}}})
    errors = {e.path: e for e in _errors(values)}
    assert errors[f"connectivity.containerRegistries.{host}"].message == "is an invalid name"


SHELL_FIELDS = [
    (("connectivity", "network", "loadBalancers", "cidrBlocks"), ["${IFS}"]),
    (("connectivity", "network", "loadBalancers", "cidrBlocks"), ["10.0.0.0/24${x}"]),
    (("connectivity", "network", "loadBalancers", "ipPoolName"), "${pool}"),
    (("connectivity", "network", "controlPlaneEndpoint", "host"), "${HOST}"),
    (("connectivity", "network", "controlPlaneEndpoint", "host"), "$(reboot)"),
    (("connectivity", "network", "controlPlaneEndpoint", "ipPoolName"), "pool${x}"),
]


@pytest.mark.parametrize("path, value", SHELL_FIELDS)
def test_values_used_in_shell_scripts_take_no_expansion(path, value):
    paths = _paths(_set(BASE, path, value))
    assert any(p.startswith(_text(path)) for p in paths)


def test_free_text_keeps_quotes_and_dollars():
    # The description is an annotation value, emitted by a YAML writer: quotes and ${...} are fine.
    description = 'Team "core" cluster: ${not expanded} \'quoted\' #1'
    values = _load(overlay(BASE, {"clusterDescription": description})).values
    assert values.cluster_description == description


def test_unicode_text_is_kept():
    values = _load(overlay(BASE, {"clusterDescription": "Zürich – 東京 ✓"})).values
    assert values.cluster_description == "Zürich – 東京 ✓"


def test_rules_reach_values_loaded_from_text_too():
    text = dump(BASE) + "organization: |\n  acme\n"
    with pytest.raises(ConfigError) as info:
        load_values_text(text, SOURCE)
    (error,) = info.value.errors
    assert (error.path, error.value_repr) == ("organization", "'acme\\n'")


@pytest.mark.parametrize("check, value", [
    (rules.dns_label, "abc\n"), (rules.dns_subdomain, "a.b\n"), (rules.kubernetes_version, "v1.24.12\n"),
    (rules.go_duration, "5m\n"), (rules.ipv4_cidr, "10.0.0.0/24\n"), (rules.image_tag, "v1\n"),
])
def test_a_trailing_line_break_does_not_pass_a_pattern(check, value):
    assert check(value.rstrip("\n")) is None
    assert check(value) is not None
