"""Mutated values files: every one either synthesizes into objects that pass their CRD schemas, or is
refused with a :class:`ConfigError` -- never a crash, never an invalid object, never a leaked secret.

Valid files (our base file, the reference values files, the example clusters and a file using most
of the values surface, with sentinel secrets) are mutated: types swapped, keys deleted, nulled,
renamed or added, strings and numbers replaced by junk (unicode, quotes, newlines, ``${...}``,
huge numbers, nested structures), and sometimes the YAML text itself is corrupted.
"""
from __future__ import annotations

import copy
import math

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from config_helpers import BASE, REFERENCE_VALUES, REPO, overlay
from constructs_lib.constructs.cluster import VsphereClusterProps
from constructs_lib.config import ConfigError, chart_defaults, load_values_text
from constructs_lib.crd import validate_documents
from constructs_lib.commands.synth import synth_documents

SOURCE = "clusters/fuzz.yaml"
SENTINELS = ("S3NTINEL-pw-xyz", "S3NTINEL-reg-pw", "S3NTINEL-reg-auth", "S3NTINEL-reg-token", "S3NTINEL-passwd")

RICH = overlay(BASE, {
    "clusterDescription": 'The "rich" cluster',
    "organization": "acme",
    "clusterLabels": {"environment": "test", "example.com/team": "core"},
    "apiServer": {"certSANs": ["api.example.test", "10.0.10.6"], "featureGates": "ExpandedDNSConfig=true"},
    "controllerManager": {"featureGates": "ExpandedDNSConfig=true"},
    "controlPlane": {"replicas": 3, "resourceRatio": 4,
                     "machineTemplate": {"numCPUs": 4, "memoryMiB": 16384, "diskGiB": 50, "cloneMode": "fullClone",
                                         "customVMXKeys": {"disk.enableUUID": "TRUE"}}},
    "nodeClasses": {"big": {"template": "flatcar-big", "numCPUs": 8, "memoryMiB": 32768,
                            "network": {"devices": [{"networkName": "net-a", "dhcp4": True,
                                                     "nameservers": ["10.0.0.53"]}]}}},
    "nodePools": {"infra": {"class": "big", "replicas": 3}},
    "osUsers": [{"name": "giantswarm", "sudo": "ALL=(ALL) NOPASSWD:ALL", "passwd": SENTINELS[4],
                 "sshAuthorizedKeys": ["ssh-ed25519 AAAAC3Nza ops@example.test"]}],
    "vcenter": {"server": "https://vcenter.example.test", "username": "admin@vsphere.local",
                "password": SENTINELS[0], "datacenter": "dc1", "datastore": "ds1",
                "thumbprint": "F7:CF:F9:E5:99:39:FF:C1:D7:14:F1:3F:8A:42:21:95:3B:A1:6E:16",
                "region": "k8s-region", "zone": "k8s-zone"},
    "oidc": {"issuerUrl": "https://dex.example.test", "clientId": "kubectl", "usernameClaim": "email",
             "groupsClaim": "groups", "usernamePrefix": "oidc:", "caFile": "/etc/ssl/oidc.pem"},
    "cluster": {"kubernetesVersion": "v1.24.11", "enableEncryptionProvider": False},
    "connectivity": {
        "network": {"allowAllEgress": True, "pods": {"cidrBlocks": ["10.100.0.0/16"]},
                    "services": {"cidrBlocks": ["172.20.0.0/16"]}},
        "containerRegistries": {
            "docker.io": [{"endpoint": "registry-1.docker.io",
                           "credentials": {"username": "bob", "password": SENTINELS[1]}},
                          {"endpoint": "mirror.example.test:5000/v2", "credentials": {"auth": SENTINELS[2]}}],
            "quay.io": [{"endpoint": "quay-mirror.example.test", "credentials": {"identitytoken": SENTINELS[3]}}],
        },
    },
    "internal": {"teleport": {"proxyAddr": "teleport.example.test:443"},
                 "sandboxContainerImage": {"registry": "registry.example.test", "name": "pause", "tag": "3.9"}},
    "kubectlImage": {"registry": "registry.example.test", "name": "tools/kubectl", "tag": "1.24.0"},
    "managementCluster": "mgmt",
    "helmReleases": {"cilium": {"interval": "1m"}, "coredns": {"interval": "1h30m"}},
    "proxy": {"enabled": False, "secretName": "proxy-env"},
})


def _seeds() -> list[dict]:
    seeds = [BASE, RICH]
    for path in REFERENCE_VALUES + sorted((REPO / "clusters").glob("*.yaml")):
        document = yaml.safe_load(path.read_text())
        document.pop("deployment", None)
        seeds.append(document)
    return seeds


SEEDS = _seeds()

# Text that breaks the YAML, TOML, shell or flags a value lands in, or that YAML reads as no string.
HAZARDS = ["", " ", "a\nb", "tail\n", 'q"uote', "q'uote", "${HOME}", "$(id)", "`id`", "back\\slash", "a: b", "#c",
           "- x", "{}", "[", "\u2028", "nul\x00", "tab\t", "\x1b[31m", "ünïcödé", "\U0001F600", "yes", "null", "~",
           "0x1F", "1e3", "010", ".inf", "*", "&anchor", "%", "@", "\ufeff", "x" * 300, "v1.2.3", "10.0.0.0/8",
           "10.0.0.1", "10.0.0.0/30", "0.0.0.0/0", "-", "a..b", "UPPER", "under_score", "control-plane", "default",
           "https://x.example.test", "/etc/passwd", "5m", "-1", "65536"]
NUMBERS = [0, -1, 1, 2, 4, 2 ** 31, 2 ** 31 - 1, 2 ** 63, 10 ** 30, -(10 ** 30), 65536, 1.5, math.inf, -math.inf,
           math.nan]
KEYS = ["replicas", "class", "password", "network", "devices", "template", "cidrBlocks", "host", "endpoint",
        "credentials", "enabled", "name", "interval", "numCPUs", "replica", "Replicas", "nodepools", "worker",
        "control-plane", "unknownKey", "", "a.b", "x y", "ü"]

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.sampled_from(NUMBERS), st.floats(allow_nan=True),
    st.text(max_size=12), st.sampled_from(HAZARDS),
)
JUNK = st.recursive(
    SCALARS,
    lambda children: st.one_of(st.lists(children, max_size=3),
                               st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=6)), children,
                                               max_size=3)),
    max_leaves=6,
)


def _paths(value, prefix=()):
    """Every path into ``value`` (tuples of keys and list indexes), parents before children."""
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, prefix + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, prefix + (index,))


def _get(value, path):
    for part in path:
        value = value[part]
    return value


def _misspell(draw, key) -> object:
    text = str(key)
    how = draw(st.sampled_from(["drop", "case", "add", "random", "number"]))
    if how == "drop" and len(text) > 1:
        index = draw(st.integers(0, len(text) - 1))
        return text[:index] + text[index + 1:]
    if how == "case":
        return text.swapcase() or "X"
    if how == "add":
        return text + draw(st.sampled_from(["s", "_", " ", "\n", "-x"]))
    if how == "number":
        return draw(st.sampled_from([0, 1, True, 1.5]))
    return draw(st.text(max_size=8))


def _new_value(draw, old):
    """A replacement for ``old``: junk, or a targeted change of the same kind."""
    if isinstance(old, bool) or draw(st.booleans()):
        return draw(JUNK)
    if isinstance(old, str):
        how = draw(st.sampled_from(["append", "prepend", "hazard", "text", "number", "list"]))
        if how == "append":
            return old + draw(st.sampled_from(HAZARDS))
        if how == "prepend":
            return draw(st.sampled_from(HAZARDS)) + old
        if how == "hazard":
            return draw(st.sampled_from(HAZARDS))
        if how == "text":
            return draw(st.text(min_size=1, max_size=20))
        if how == "number":
            return draw(st.sampled_from(NUMBERS))
        return [old]
    if isinstance(old, int):
        return draw(st.sampled_from([old + 1, old - 1, -old, old * 2 ** 40, str(old), float(old), old % 2 == 0,
                                     *NUMBERS]))
    if isinstance(old, list):
        how = draw(st.sampled_from(["empty", "double", "first", "junk-item", "dict"]))
        if how == "empty":
            return []
        if how == "double":
            return old + copy.deepcopy(old)
        if how == "first":
            return old[0] if old else None
        if how == "junk-item":
            return old + [draw(JUNK)]
        return {str(i): item for i, item in enumerate(old)}
    if isinstance(old, dict):
        how = draw(st.sampled_from(["empty", "list", "values", "junk"]))
        if how == "empty":
            return {}
        if how == "list":
            return [old]
        if how == "values":
            return list(old.values())
        return draw(JUNK)
    return draw(JUNK)


@st.composite
def mutate(draw, values: dict) -> dict:
    values = copy.deepcopy(values)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(values) if p]
        if not paths:
            values = {draw(st.sampled_from(KEYS)): draw(JUNK)}
            continue
        path = draw(st.sampled_from(paths))
        parent, last = _get(values, path[:-1]), path[-1]
        op = draw(st.sampled_from(["replace", "replace", "replace", "delete", "null", "rename", "add", "wrap"]))
        if op == "replace":
            parent[last] = _new_value(draw, parent[last])
        elif op == "delete":
            del parent[last]
        elif op == "null":
            parent[last] = None
        elif op == "rename" and isinstance(parent, dict):
            new_key = _misspell(draw, last)
            item = parent.pop(last)
            parent[new_key] = item
        elif op == "add" and isinstance(_get(values, path), dict):
            _get(values, path)[draw(st.one_of(st.sampled_from(KEYS), st.text(max_size=8)))] = draw(JUNK)
        elif op == "wrap":
            parent[last] = draw(st.sampled_from([[parent[last]], {"x": parent[last]}]))
    return values


def _dump(values) -> str:
    return yaml.safe_dump(values, sort_keys=False, allow_unicode=True, width=1 << 16)


@st.composite
def fuzz_cases(draw) -> tuple[str, bool]:
    """(values file text, whether the management cluster serves the IPAM API)."""
    seed = draw(st.sampled_from(SEEDS))
    if draw(st.booleans()):
        seed = _full(seed)  # every key written out, as a migrated file would be
    text = _dump(draw(mutate(seed)))
    if draw(st.integers(0, 9)) == 0:  # now and then, damage the text itself
        position = draw(st.integers(0, len(text)))
        text = text[:position] + draw(st.sampled_from(["\t", ":", "- ", "'", '"', "\n  ", "&a ", "*a", "{", "]"])) \
            + text[position:]
    return text, draw(st.booleans())


def _full(seed: dict) -> dict:
    from constructs_lib.config import merge_values

    return merge_values(chart_defaults(), seed)


def _no_secret(text: str, where: str) -> None:
    for sentinel in SENTINELS:
        assert sentinel not in text, f"a secret appears in {where}"


def check_case(text: str, ipam: bool) -> None:
    try:
        loaded = load_values_text(text, SOURCE)
    except ConfigError as exc:
        assert exc.errors, "a ConfigError without errors"
        for error in exc.errors:
            assert error.source == SOURCE
            assert str(error).startswith(SOURCE + ": ")
        _no_secret(str(exc), "an error message")
        return
    _no_secret(repr(loaded.values) + str(loaded.values) + "\n".join(loaded.warnings), "repr() or warnings")
    documents = synth_documents(VsphereClusterProps(name="fuzz", values=loaded.values, ipam_api_available=ipam,
                                                      management_cluster=None))
    problems = validate_documents(documents)
    assert problems == [], "the file loaded but synthesized invalid objects:\n" + "\n".join(problems) + \
        "\n--- values file ---\n" + text


@pytest.mark.parametrize("seed", range(len(SEEDS)))
def test_seeds_are_valid_and_synthesize_cleanly(seed):
    # The mutations start from files that load and synthesize: what fails is due to the mutation.
    text = _dump(SEEDS[seed])
    loaded = load_values_text(text, SOURCE)
    assert validate_documents(synth_documents(VsphereClusterProps(name="fuzz", values=loaded.values,
                                                                 management_cluster=None))) == []
    assert load_values_text(_dump(_full(SEEDS[seed])), SOURCE).values == loaded.values


def test_the_rich_seed_holds_every_sentinel():
    text = _dump(RICH)
    assert all(sentinel in text for sentinel in SENTINELS)


@settings(max_examples=60, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(fuzz_cases())
def test_mutated_values_synthesize_cleanly_or_fail_with_config_error(case):
    check_case(*case)
