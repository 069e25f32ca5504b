"""containerd's config per node image (docs/containerd.md).

* the containerd version of a VM template name, table-driven, and the config a cluster gets from
  the templates of its control plane and node classes;
* each config parses as TOML and holds only the keys and tables containerd documents for its
  config version (a small schema per version, below), with registry mirrors and credentials in
  their place: ``registry.mirrors``/``configs`` for the chart's config, ``hosts.toml`` files under
  ``config_path`` plus ``configs.<endpoint>.auth`` for containerd 2.x;
* clusters on the chart's templates (and every reference values file, every parity case) keep
  the chart's config byte for byte and get no ``hosts.toml`` file.
"""
from __future__ import annotations

import base64
import copy
import tomllib
from pathlib import Path

import pytest
import yaml

from chart_reference import REFERENCE
from constructs_lib.config import load_values_mapping, load_values_text
from constructs_lib.config.model import DEFAULT_VM_TEMPLATE
from constructs_lib.constructs.node_config import containerd
from parity_support import CASES_DIR

CHART_TEMPLATE = DEFAULT_VM_TEMPLATE  # flatcar-stable-3602.2.1-kube-v1.24.12-gs
OLD = "flatcar-stable-4230.2.3-kube-v1.33.4"
NEW = "flatcar-stable-4459.2.1-kube-v1.33.4"
BASE = REFERENCE / "values" / "ci.yaml"


@pytest.mark.parametrize("name, release, major", [
    (CHART_TEMPLATE, (3602, 2, 1), 1),
    ("flatcar-stable-3602.2.1-kube-v1.24.12-gpu", (3602, 2, 1), 1),
    ("flatcar-stable-3815.2.0-kube-v1.26.14", (3815, 2, 0), 1),
    (OLD, (4230, 2, 3), 1),
    ("flatcar-stable-4230.2.4-kube-v1.33.4", (4230, 2, 4), 1),
    ("flatcar-alpha-4230.0.1-kube-v1.33.4", (4230, 0, 1), 1),
    ("flatcar-alpha-4284.0.0-kube-v1.33.4", (4284, 0, 0), 2),   # Alpha 4284.0.0: containerd 2.0.1
    ("flatcar-beta-4459.1.0-kube-v1.33.4", (4459, 1, 0), 2),    # Beta 4459.1.0: containerd 2.0.5
    ("flatcar-stable-4459.2.0-kube-v1.33.4", (4459, 2, 0), 2),
    (NEW, (4459, 2, 1), 2),
    ("flatcar-alpha-4487.0.0-kube-v1.34.1", (4487, 0, 0), 2),
    ("flatcar-lts-4459.2.0", (4459, 2, 0), 2),
    ("flatcar-stable-10000.0.0-kube-v1.40.0", (10000, 0, 0), 2),
    ("ubuntu-2004-kube-v1.24.11", None, 1),
    ("ubuntu-2204-kube-v1.33.4", None, 1),
    ("flatcar-stable-latest", None, 1),
    ("flatcar-stable-4459.2", None, 1),
    ("flatcar-stable-4459.2.0x", None, 1),
    ("my-flatcar-stable-4459.2.0", None, 1),
    ("", None, 1),
    (None, None, 1),
])
def test_containerd_version_of_template_names(name, release, major):
    assert containerd.flatcar_release(name) == release
    assert containerd.containerd_major(name) == major


def _values(control_plane: str, *classes: str, registries: dict | None = None):
    """ci.yaml with these templates: the control plane's, and one class per pool (at least one)."""
    classes = classes or (control_plane,)
    user = yaml.safe_load(BASE.read_text())
    user["controlPlane"]["machineTemplate"]["template"] = control_plane
    template = user["nodeClasses"]["default"]
    user["nodeClasses"] = {f"class{i}": {**copy.deepcopy(template), "template": t} for i, t in enumerate(classes)}
    pool = user["nodePools"]["worker"]  # the chart's pool name: merged in from its defaults anyway
    user["nodePools"] = {"worker" if i == 0 else f"pool{i}": {**pool, "class": f"class{i}"}
                         for i in range(len(classes))}
    if registries is not None:
        user.setdefault("connectivity", {})["containerRegistries"] = registries
    return load_values_mapping(user, "test.yaml").values


REGISTRIES = {
    "docker.io": [
        {"endpoint": "docker-mirror.example.test", "credentials": {"username": "robot", "password": "secret"}},
        {"endpoint": "registry-1.docker.io"},
    ],
    "quay.io": [{"endpoint": "quay-mirror.example.test", "credentials": {"identitytoken": "tok-quay"}}],
    "ghcr.io": [{"endpoint": "ghcr-mirror.example.test:5000", "credentials": {"auth": "Z2hjcjpwYXNz"}}],
    "gcr.io": [],
}
AUTH = {
    "docker-mirror.example.test": {"auth": {"auth": base64.b64encode(b"robot:secret").decode()}},
    "quay-mirror.example.test": {"auth": {"identitytoken": "tok-quay"}},
    "ghcr-mirror.example.test:5000": {"auth": {"auth": "Z2hjcjpwYXNz"}},
}
MIRRORS = {
    "docker.io": ["https://docker-mirror.example.test", "https://registry-1.docker.io"],
    "ghcr.io": ["https://ghcr-mirror.example.test:5000"],
    "quay.io": ["https://quay-mirror.example.test"],
}


@pytest.mark.parametrize("control_plane, classes, kind", [
    (CHART_TEMPLATE, [CHART_TEMPLATE], containerd.CHART),
    (OLD, [OLD, "ubuntu-2204-kube-v1.33.4"], containerd.CHART),
    ("ubuntu-2204-kube-v1.33.4", ["ubuntu-2204-kube-v1.33.4"], containerd.CHART),
    (NEW, [NEW], containerd.V3),
    (NEW, [NEW, "flatcar-alpha-4487.0.0-kube-v1.34.1"], containerd.V3),
    (NEW, [OLD], containerd.V2_HOSTS),
    (OLD, [NEW], containerd.V2_HOSTS),
    (NEW, [NEW, "ubuntu-2204-kube-v1.33.4"], containerd.V2_HOSTS),  # unknown counts as containerd 1
])
def test_config_chosen_from_the_templates_of_all_nodes(control_plane, classes, kind):
    values = _values(control_plane, *classes)
    assert containerd.template_names(values) == [control_plane, *classes]
    assert containerd.config_kind(values) == kind


def test_classes_no_pool_uses_do_not_count():
    user = yaml.safe_load(BASE.read_text())
    user["controlPlane"]["machineTemplate"]["template"] = NEW
    user["nodeClasses"] = {"new": {**user["nodeClasses"]["default"], "template": NEW},
                           "spare": {**user["nodeClasses"]["default"], "template": OLD}}
    user["nodePools"] = {"worker": {**user["nodePools"]["worker"], "class": "new"}}
    values = load_values_mapping(user, "test.yaml").values
    assert "default" in values.node_classes  # the chart's class, merged in, with its 3602 template
    assert containerd.template_names(values) == [NEW, NEW]
    assert containerd.config_kind(values) == containerd.V3


# --- the schemas: the keys and tables we may emit, per config version, from containerd's docs ---
# docs/cri/config.md (1.x: version 2, plugin io.containerd.grpc.v1.cri; 2.x: version 3, plugins
# io.containerd.cri.v1.images and io.containerd.cri.v1.runtime), docs/cri/registry.md (configs.auth),
# docs/hosts.md (hosts.toml). A dict is a table, "*" any key of it; a type is a leaf value.
_AUTH = {"*": {"auth": {"auth": str, "identitytoken": str, "username": str, "password": str}}}
_RUNC = {"runtimes": {"runc": {"runtime_type": str, "options": {"SystemdCgroup": bool}}}}
V2_SCHEMA = {
    "version": int, "subreaper": bool, "oom_score": int, "disabled_plugins": list,
    "plugins": {
        "io.containerd.runtime.v1.linux": {"shim": str, "runtime": str, "no_shim": bool},
        "io.containerd.grpc.v1.cri": {
            "sandbox_image": str,
            "containerd": _RUNC,
            "registry": {"config_path": str, "mirrors": {"*": {"endpoint": list}}, "configs": _AUTH},
        },
    },
}
V3_SCHEMA = {
    "version": int, "oom_score": int, "disabled_plugins": list,
    "plugins": {
        "io.containerd.cri.v1.images": {"pinned_images": {"sandbox": str},
                                        "registry": {"config_path": str, "configs": _AUTH}},
        "io.containerd.cri.v1.runtime": {"containerd": _RUNC},
    },
}
HOSTS_SCHEMA = {"server": str, "host": {"*": {"capabilities": list, "skip_verify": bool, "override_path": bool}}}


def conforms(document: dict, schema: dict, where: str = "") -> list[str]:
    """Where ``document`` has a key the schema lacks, or a value of another type."""
    problems = []
    for key, value in document.items():
        expected = schema.get(key, schema.get("*"))
        path = f"{where}.{key}" if where else key
        if expected is None:
            problems.append(f"{path}: not in the schema")
        elif isinstance(expected, dict):
            problems += conforms(value, expected, path) if isinstance(value, dict) else [f"{path}: not a table"]
        elif not isinstance(value, expected):
            problems.append(f"{path}: {type(value).__name__}, expected {expected.__name__}")
    return problems


def test_the_schema_check_finds_keys_of_the_other_version():
    chart = tomllib.loads(containerd.config_toml(_values(CHART_TEMPLATE, registries=REGISTRIES)))
    assert conforms(chart, V2_SCHEMA) == []
    assert "plugins.io.containerd.grpc.v1.cri: not in the schema" in conforms(chart, V3_SCHEMA)
    assert conforms({"version": "3"}, V3_SCHEMA) == ["version: str, expected int"]


@pytest.mark.parametrize("registries", [None, {}, REGISTRIES], ids=["default", "none", "mirrors"])
def test_containerd_2_config_is_version_3(registries):
    values = _values(NEW, NEW, registries=registries)
    parsed = tomllib.loads(containerd.config_toml(values))
    assert conforms(parsed, V3_SCHEMA) == []
    assert parsed["version"] == 3
    images = parsed["plugins"]["io.containerd.cri.v1.images"]
    assert images["registry"]["config_path"] == containerd.CERTS_DIR
    assert images["pinned_images"]["sandbox"] == "quay.io/giantswarm/pause:3.9"
    runc = parsed["plugins"]["io.containerd.cri.v1.runtime"]["containerd"]["runtimes"]["runc"]
    assert runc == {"runtime_type": "io.containerd.runc.v2", "options": {"SystemdCgroup": True}}
    assert images["registry"].get("configs", {}) == (AUTH if registries == REGISTRIES else {})


def test_both_containerd_versions_get_a_version_2_config_with_config_path():
    values = _values(OLD, NEW, registries=REGISTRIES)
    text = containerd.config_toml(values)
    parsed = tomllib.loads(text)
    assert conforms(parsed, V2_SCHEMA) == []
    assert parsed["version"] == 2
    cri = parsed["plugins"]["io.containerd.grpc.v1.cri"]
    # containerd 2.x refuses mirrors next to config_path; the v1 runtime plugin is gone in 2.0.
    assert "mirrors" not in cri["registry"] and "io.containerd.runtime.v1.linux" not in parsed["plugins"]
    assert cri["registry"]["config_path"] == containerd.CERTS_DIR
    assert cri["registry"]["configs"] == AUTH
    assert cri["sandbox_image"] == "quay.io/giantswarm/pause:3.9"
    assert cri["containerd"]["runtimes"]["runc"]["runtime_type"] == "io.containerd.runc.v2"


@pytest.mark.parametrize("control_plane, classes", [(NEW, [NEW]), (OLD, [NEW])])
def test_mirrors_are_hosts_toml_files_under_config_path(control_plane, classes):
    values = _values(control_plane, *classes, registries=REGISTRIES)
    files = containerd.hosts_files(values)
    assert [path for path, _ in files] == [f"/etc/containerd/certs.d/{host}/hosts.toml" for host in sorted(MIRRORS)]
    for (path, text), host in zip(files, sorted(MIRRORS)):
        parsed = tomllib.loads(text)
        assert conforms(parsed, HOSTS_SCHEMA) == []
        assert list(parsed["host"]) == MIRRORS[host]  # in the values' order, tried before the registry
        assert all(h == {"capabilities": ["pull", "resolve"]} for h in parsed["host"].values())
        assert "secret" not in text and "Z2hjcjpwYXNz" not in text and "tok-quay" not in text  # no credentials


def test_chart_templates_keep_the_charts_config_and_get_no_hosts_files():
    values = _values(CHART_TEMPLATE, CHART_TEMPLATE, registries=REGISTRIES)
    text = containerd.config_toml(values)
    assert text == containerd.chart_config_toml(values)
    assert text.startswith("version = 2\n") and '[plugins."io.containerd.runtime.v1.linux"]' in text
    parsed = tomllib.loads(text)
    assert conforms(parsed, V2_SCHEMA) == []
    registry = parsed["plugins"]["io.containerd.grpc.v1.cri"]["registry"]
    assert {host: m["endpoint"] for host, m in registry["mirrors"].items()} == {**MIRRORS, "gcr.io": []}
    assert registry["configs"] == AUTH and "config_path" not in registry
    assert containerd.hosts_files(values) == []


def _reference_values_files() -> list[Path]:
    return sorted((REFERENCE / "values").glob("*.yaml")) + sorted(CASES_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", _reference_values_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_reference_values_files_keep_the_charts_config(path):
    values = load_values_text(path.read_text(), path.name).values
    assert containerd.config_kind(values) == containerd.CHART
    assert containerd.config_toml(values) == containerd.chart_config_toml(values)
    assert containerd.hosts_files(values) == []


def test_a_containerd_2_cluster_gets_the_version_3_secret_and_its_hosts_files():
    from constructs_lib.constructs.go_functions import b64enc
    from constructs_lib.crd import validate_documents
    from parity_support import our_documents

    user = yaml.safe_load(BASE.read_text())
    user["controlPlane"]["machineTemplate"]["template"] = NEW
    user["nodeClasses"]["default"]["template"] = NEW
    user.setdefault("connectivity", {})["containerRegistries"] = REGISTRIES
    values = load_values_mapping(user, "test.yaml").values
    documents = our_documents(yaml.safe_dump(user), name="test")
    assert validate_documents(documents) == []
    secret = next(d for d in documents if d["kind"] == "Secret" and "-registry-configuration-" in d["metadata"]["name"])
    assert secret["data"]["registry-config.toml"] == b64enc(containerd.config_toml(values))

    specs = [d["spec"]["kubeadmConfigSpec"] for d in documents if d["kind"] == "KubeadmControlPlane"]
    specs += [d["spec"]["template"]["spec"] for d in documents if d["kind"] == "KubeadmConfigTemplate"]
    expected = [{"path": path, "content": text} for path, text in containerd.hosts_files(values)]
    found = [[{"path": f["path"], "content": f.get("content")} for f in spec["files"]
              if f["path"].startswith(containerd.CERTS_DIR + "/")] for spec in specs]
    assert expected and found == [expected] * len(specs)
