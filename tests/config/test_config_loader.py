"""Reading values files: YAML problems, the shape of every error, all errors at once, unknown keys,
ignored keys, and the model's coverage of the chart's values.yaml."""
from __future__ import annotations

import ast
import dataclasses
import inspect
import re
import typing

import pytest
import yaml

from config_helpers import BASE, CHART, chart_values_yaml, dump, overlay
from constructs_lib.config import (
    ClusterValues,
    ConfigError,
    FieldError,
    IGNORED_CHART_KEYS,
    load_values_file,
    load_values_text,
    parse_values_text,
)
from constructs_lib.config import model
from constructs_lib.config.loader import MAX_EXPANDED_NODES, load_values_mapping

SOURCE = "clusters/a.yaml"


def _errors(text: str, source: str = SOURCE) -> list[FieldError]:
    with pytest.raises(ConfigError) as info:
        load_values_text(text, source)
    return info.value.errors


def _errors_of(extra: dict) -> list[FieldError]:
    return _errors(dump(overlay(BASE, extra)))


def _by_path(errors: list[FieldError]) -> dict[str, FieldError]:
    return {error.path: error for error in errors}


# --- YAML ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, line, column", [
    ("a: [1, 2\nb: 3\n", 2, 2),                      # unclosed flow sequence
    ('nodePools:\n  worker:\n    class: "default\n', 4, 1),  # unclosed quote: reported at the end
    ("a:\n  b: 1\n c: 2\n", 3, 2),                   # bad indentation
    ("organization: a: b\n", 1, 16),                 # a second ':' on one line
    ("nodePools:\n\tworker: {}\n", 2, 1),            # a tab used for indentation
    ("organization: *nowhere\n", 1, 15),             # undefined alias
    ("clusterDescription: bell\x07\n", 1, 25),       # a control character
])
def test_syntax_errors_give_line_and_column(text, line, column):
    (error,) = _errors(text)
    assert (error.line, error.column) == (line, column)
    assert error.path == ""
    assert f"{SOURCE}: YAML syntax error at line {line}, column {column}: " in str(error)


def test_a_control_character_is_named_by_its_code():
    (error,) = _errors("clusterDescription: bell\x07\n")
    assert "character #x0007 is not allowed" in str(error)


def test_python_tags_are_refused_not_executed():
    (error,) = _errors("organization: !!python/object/apply:os.system [echo hi]\n")
    assert "YAML syntax error at line 1" in str(error)


@pytest.mark.parametrize("text, kind", [
    ("- a\n- b\n", "is a list"),
    ("just some text\n", "is a single value (str)"),
    ("42\n", "is a single value (int)"),
])
def test_a_document_that_is_not_a_mapping(text, kind):
    (error,) = _errors(text)
    assert str(error) == (f"{SOURCE}: {kind}: a values file must be a mapping of keys to values, "
                          "like the chart's values.yaml")


@pytest.mark.parametrize("text", ["", "# only a comment\n", "~\n", "null\n", "---\n"])
def test_an_empty_file_is_the_charts_defaults_which_lack_load_balancers(text):
    # values.schema.json requires loadBalancers.cidrBlocks or ipPoolName; the defaults have neither.
    errors = _errors(text)
    assert [e.path for e in errors] == ["connectivity.network.loadBalancers"]
    assert parse_values_text(text, SOURCE) == {}


def test_more_than_one_document():
    (error,) = _errors(dump(BASE) + "---\norganization: x\n")
    assert "holds more than one YAML document" in str(error)
    assert error.line == dump(BASE).count("\n") + 2  # where the second document's content starts


def test_a_trailing_document_separator_is_fine():
    assert load_values_text(dump(BASE) + "---\n", SOURCE).values.base_domain == "example.test"


def test_every_duplicate_key_is_reported_with_its_place():
    text = dump(BASE) + "organization: a\nnodePools:\n  worker: {replicas: 1}\n  worker: {replicas: 3}\norganization: b\n"
    errors = _errors(text)
    first = dump(BASE).count("\n")
    assert [(e.line, e.column) for e in errors] == [(first + 4, 3), (first + 5, 1)]
    assert [str(e) for e in errors] == [
        f"{SOURCE}: duplicate key 'worker' at line {first + 4}, column 3: each key may appear once per mapping "
        "(Helm would silently keep only the last one)",
        f"{SOURCE}: duplicate key 'organization' at line {first + 5}, column 1: each key may appear once per mapping "
        "(Helm would silently keep only the last one)",
    ]


def test_recursive_alias_and_alias_bombs():
    (error,) = _errors("a: &a [*a]\n")
    assert "YAML syntax error" in str(error) or "recursive YAML alias" in str(error)
    bomb = "a: &a [x,x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 10) + "]\n" for i in range(6))
    (error,) = _errors(bomb)
    assert f"expands to too many values through YAML aliases: at most {MAX_EXPANDED_NODES} values" in str(error)


def test_deep_nesting_is_an_error_not_a_crash():
    (error,) = _errors("organization: " + "[" * 5000 + "]" * 5000 + "\n")
    assert str(error) == f"{SOURCE}: is nested too deeply"


def test_yaml_is_read_as_helm_reads_it():
    values = load_values_text(dump(BASE) + "clusterDescription: 2001-12-14\n"
                                            "internal:\n  teleport:\n    enabled: n\n"
                                            "cluster:\n  enableEncryptionProvider: off\n", SOURCE).values
    assert values.cluster_description == "2001-12-14"  # no timestamps
    assert values.internal.teleport.enabled is False  # go-yaml reads y/n as booleans
    assert values.cluster.enable_encryption_provider is False


def test_mapping_keys_that_are_not_strings_are_named_as_keys():
    errors = _errors(dump(BASE) + "nodePools:\n  2: {class: default, replicas: 1}\n"
                                  "  false: {class: default, replicas: 1}\n")
    shown = _by_path(errors)
    assert set(shown) == {"nodePools.2", "nodePools.false"}
    assert str(shown["nodePools.2"]) == f"{SOURCE}: nodePools.2: 2 is an invalid key: keys must be strings (quote the key in YAML)"


def test_files_that_cannot_be_read(tmp_path):
    missing = tmp_path / "none.yaml"
    with pytest.raises(ConfigError) as info:
        load_values_file(missing)
    assert str(info.value.errors[0]).startswith(f"{missing}: cannot be read")
    latin1 = tmp_path / "latin1.yaml"
    latin1.write_bytes(dump(BASE).encode() + b"clusterDescription: caf\xe9\n")
    with pytest.raises(ConfigError) as info:
        load_values_file(latin1)
    assert str(info.value.errors[0]) == f"{latin1}: is not UTF-8 text (byte {len(dump(BASE)) + 23}): save the file as UTF-8"


def test_file_text_and_mapping_loaders_agree(tmp_path):
    extra = {"nodePools": {"infra": {"class": "default", "replicas": 1}}, "organization": "acme"}
    path = tmp_path / "a.yaml"
    path.write_text(dump(overlay(BASE, extra)))
    from_file = load_values_file(path).values
    assert from_file == load_values_text(path.read_text(), SOURCE).values
    assert from_file == load_values_mapping(overlay(BASE, extra), SOURCE).values
    assert from_file.node_pools["infra"].replicas == 1


# --- the shape of an error ---------------------------------------------------------------------

def test_an_error_names_file_field_value_and_what_is_allowed():
    (error,) = _errors_of({"nodePools": {"worker": {"replicas": -1}}})
    assert error.source == SOURCE
    assert error.path == "nodePools.worker.replicas"
    assert error.value_repr == "-1"
    assert error.allowed.startswith("must be an integer from 0 to 5000")
    assert str(error) == f"{SOURCE}: nodePools.worker.replicas: -1 is invalid: {error.allowed}"


def test_strings_are_shown_quoted_so_invisible_characters_show():
    (error,) = _errors_of({"organization": "acme\n"})
    assert error.value_repr == "'acme\\n'"
    assert "must be a single line" in error.allowed


def test_long_values_are_shortened():
    (error,) = _errors_of({"organization": "x" * 500})
    assert len(error.value_repr) <= 120 and error.value_repr.endswith("...")


def test_every_error_of_a_file_is_reported_at_once():
    extra = {
        "nodePools": {"worker": {"replicas": "two"}, "Bad_Pool": {"class": "default", "replicas": 1}},
        "controlPlane": {"replicas": 2, "replica": 3},
        "connectivity": {"network": {"pods": {"cidrBlocks": ["10.0.0.0/33"]},
                                     "services": {"cidrBlocks": ["172.31.0.0/25"]}}},
        "internal": {"teleport": {"enabled": "yes"}},
        "vcenter": {"thumbprint": "not-a-fingerprint"},
        "nodeClasses": {"default": {"numCPUs": "four"}},
        "helmReleases": {"cilium": {"interval": "5 minutes"}},
        "vcentre": {},
    }
    errors = _errors_of(extra)
    assert sorted(e.path for e in errors) == sorted([
        "nodePools.worker.replicas", "nodePools.Bad_Pool", "controlPlane.replicas", "controlPlane.replica",
        "connectivity.network.pods.cidrBlocks[0]", "connectivity.network.services.cidrBlocks[0]",
        "internal.teleport.enabled", "vcenter.thumbprint", "nodeClasses.default.numCPUs",
        "helmReleases.cilium.interval", "vcentre",
    ])
    text = str(ConfigError(errors))
    assert text.startswith(f"{len(errors)} errors in values:\n")
    assert all(f"  {SOURCE}: " in line for line in text.splitlines()[1:])
    assert all(error.source == SOURCE for error in errors)


def test_config_error_lists_its_sources():
    errors = [FieldError("b.yaml", "x", "is invalid", "1", "y"), FieldError("a.yaml", "x", "is invalid", "1", "y"),
              FieldError("b.yaml", "z", "is invalid", "1", "y")]
    assert list(ConfigError(errors).sources) == ["b.yaml", "a.yaml"]
    assert str(ConfigError(errors[:1])) == "1 error in values:\n  b.yaml: x: 1 is invalid: y"


# --- unknown keys ------------------------------------------------------------------------------

@pytest.mark.parametrize("extra, path, suggestion", [
    ({"nodepools": {}}, "nodepools", "nodePools"),
    ({"vcentre": {"server": "x"}}, "vcentre", "vcenter"),
    ({"controlPlane": {"replica": 3}}, "controlPlane.replica", "replicas"),
    ({"connectivity": {"network": {"loadBalancer": {}}}}, "connectivity.network.loadBalancer", "loadBalancers"),
    ({"internal": {"teleport": {"enable": True}}}, "internal.teleport.enable", "enabled"),
    ({"helmReleases": {"cilium": {"intervall": "5m"}}}, "helmReleases.cilium.intervall", "interval"),
    ({"nodePools": {"worker": {"clas": "default"}}}, "nodePools.worker.clas", "class"),
    ({"nodeClasses": {"default": {"numCPU": 2}}}, "nodeClasses.default.numCPU", "numCPUs"),
    ({"controlPlane": {"machineTemplate": {"memoryMib": 2}}}, "controlPlane.machineTemplate.memoryMib", "memoryMiB"),
    ({"nodeClasses": {"default": {"network": {"devices": [{"networkName": "n", "nameserver": ["10.0.0.53"]}]}}}},
     "nodeClasses.default.network.devices[0].nameserver", "nameservers"),
    ({"osUsers": [{"name": "ops", "sshAuthorizedKey": ["k"]}]}, "osUsers[0].sshAuthorizedKey", "sshAuthorizedKeys"),
    ({"connectivity": {"containerRegistries": {"docker.io": [{"endpont": "mirror.test"}]}}},
     "connectivity.containerRegistries.docker.io[0].endpont", "endpoint"),
])
def test_unknown_keys_are_errors_with_a_did_you_mean(extra, path, suggestion):
    shown = _by_path(_errors_of(extra))
    assert path in shown, shown
    error = shown[path]
    assert error.message == "is not a known key"
    assert f"did you mean {suggestion!r}?" in str(error)
    assert error.value_repr == ""  # the value of an unknown key is never shown (a misspelt secret?)


def test_an_unknown_key_without_a_close_match_lists_the_known_ones():
    (error,) = _errors_of({"proxy": {"zzz": 1}})
    assert str(error) == f"{SOURCE}: proxy.zzz: is not a known key: known keys here: secretName, enabled"


# --- keys the chart ignores ---------------------------------------------------------------------

def test_keys_the_chart_ignores_load_with_a_warning():
    extra = {"cluster": {"name": "test"}, "worker": {"replicas": 3}, "template": {"numCPUs": 2},
             "kubeadm": {"users": [{"name": "x"}]}}
    result = load_values_text(dump(overlay(BASE, extra)), SOURCE)
    assert sorted(result.ignored) == ["cluster.name", "kubeadm", "template", "worker"]
    assert len(result.warnings) == 4
    for warning in result.warnings:
        assert warning.startswith(SOURCE + ": ") and "the chart ignores this key" in warning
    assert result.values == load_values_text(dump(BASE), SOURCE).values


def test_ignored_keys_are_still_type_checked_as_the_schema_declares():
    shown = _by_path(_errors_of({"worker": {"replicas": "three"}, "template": {"diskGiB": "big"}}))
    assert set(shown) == {"worker.replicas", "template.diskGiB"}


def test_every_ignored_key_is_declared_by_the_chart():
    schema_paths = set(_schema_property_paths())
    values_paths = set(_leaf_and_branch_paths(chart_values_yaml()))
    for path in IGNORED_CHART_KEYS:
        assert path in schema_paths or path in values_paths or path == "cluster.name", path


def _schema_property_paths():
    import json

    schema = json.loads((CHART / "values.schema.json").read_text())

    def walk(node, prefix):
        for key, child in (node.get("properties") or {}).items():
            path = f"{prefix}.{key}" if prefix else key
            yield path
            yield from walk(child, path)

    return walk(schema, "")


def _leaf_and_branch_paths(value, prefix=""):
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            yield path
            yield from _leaf_and_branch_paths(item, path)


# --- the model covers values.yaml --------------------------------------------------------------

# Keys the templates read but values.yaml does not declare, with the chart's fallbacks.
TEMPLATE_ONLY = {"baseDomain": "", "managementCluster": "", "helmReleases.cilium.interval": "5m",
                 "helmReleases.cpi.interval": "10m", "helmReleases.coredns.interval": "10m"}

# Our sections (not the chart's): leaf -> default, the pins the chart hard-codes.
OUR_SECTIONS = {
    "addons.cilium.chart": "cilium", "addons.cilium.version": "0.19.2",
    "addons.cloudProviderVsphere.chart": "cloud-provider-vsphere", "addons.cloudProviderVsphere.version": "1.5.1",
    "addons.coredns.chart": "coredns-app", "addons.coredns.version": "1.21.0",
    "addons.networkPolicies.chart": "network-policies", "addons.networkPolicies.version": "0.0.3",
    "addons.catalogs.default": "https://giantswarm.github.io/default-catalog",
    "addons.catalogs.defaultTest": "https://giantswarm.github.io/default-test-catalog",
    "addons.catalogs.cluster": "https://giantswarm.github.io/cluster-catalog",
    **{f"images.{image}.{part}": value
       for image, ref in {"kubeVip": ("docker.io", "giantswarm/kube-vip", "v0.6.4"),
                          "cloudProviderKubeVip": ("docker.io", "giantswarm/kube-vip", "v0.6.3"),
                          "kubeVipCloudProvider": ("docker.io", "giantswarm/kube-vip-cloud-provider", "v0.0.4")}.items()
       for part, value in zip(("registry", "name", "tag"), ref)},
}

# Fields holding user-named maps or pass-through structures: their values are compared whole.
_OPAQUE = (dict, tuple)


def _field_docs(cls) -> dict[str, str]:
    body = ast.parse(inspect.getsource(cls)).body[0].body
    docs = {}
    for statement, following in zip(body, body[1:]):
        if isinstance(statement, ast.AnnAssign) and isinstance(following, ast.Expr) \
                and isinstance(following.value, ast.Constant) and isinstance(following.value.value, str):
            docs[statement.target.id] = following.value.value.strip()
    return docs


def _expected_paths() -> dict[str, object]:
    """values path -> default, for every key of values.yaml (parsed here by PyYAML) and the extras.

    Descends only into the chart's own sections: user-named maps (nodePools, nodeClasses,
    clusterLabels, containerRegistries) and pass-through structures are single fields.
    """
    out: dict[str, object] = {}

    def walk(value, prefix, cls):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else key
            out[path] = item
            f = _field_for(cls, key)
            if f is not None and dataclasses.is_dataclass(_type_of(cls, f)) and isinstance(item, dict):
                walk(item, path, _type_of(cls, f))

    walk(chart_values_yaml(), "", ClusterValues)
    out.update(TEMPLATE_ONLY)
    out["helmReleases"] = {}
    for release in ("cilium", "cpi", "coredns"):
        out[f"helmReleases.{release}"] = {}
    out.update(OUR_SECTIONS)
    for path in OUR_SECTIONS:  # their sections, only written when they differ (see model docs)
        parts = path.split(".")
        for end in range(1, len(parts)):
            out.setdefault(".".join(parts[:end]), {})
    return out


def _field_for(cls, key):
    for f in dataclasses.fields(cls):
        if model.values_key(f) == key:
            return f
    return None


def _type_of(cls, f):
    return typing.get_type_hints(cls)[f.name]


def _resolve(path: str):
    """(owning class, field, default value as a values mapping) for a values path."""
    cls, value = ClusterValues, ClusterValues.defaults()
    parts = path.split(".")
    for index, key in enumerate(parts):
        f = _field_for(cls, key)
        assert f is not None, f"values key {'.'.join(parts[:index + 1])} is not a field of {cls.__name__}"
        value = getattr(value, f.name)
        if index < len(parts) - 1:
            cls = _type_of(cls, f)
    return cls, f, value


@pytest.mark.parametrize("path", sorted(_expected_paths()))
def test_every_values_key_is_a_documented_snake_case_field_with_the_charts_default(path):
    cls, f, default = _resolve(path)
    assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", f.name), f"{cls.__name__}.{f.name} is not snake_case"
    doc = _field_docs(cls).get(f.name, "")
    assert doc, f"{cls.__name__}.{f.name} has no docstring"
    assert doc.startswith(f"``{path.split('.')[-1]}``"), f"{cls.__name__}.{f.name}: the docstring names its key first"
    expected = _expected_paths()[path]
    if path.startswith(("helmReleases", "addons", "images")) and isinstance(expected, dict):
        return  # only written when set (see model docs); the intervals are checked one by one
    assert model._to_values(default) == expected, path


def test_no_field_without_a_values_key():
    """The reverse direction: every field of the model is a key of values.yaml or a template-only key."""
    expected = set(_expected_paths())

    def walk(cls, prefix):
        for f in dataclasses.fields(cls):
            path = f"{prefix}.{model.values_key(f)}" if prefix else model.values_key(f)
            tp = _type_of(cls, f)
            if dataclasses.is_dataclass(tp) and path.split(".")[0] not in ("nodePools",):
                yield path
                yield from walk(tp, path)
            else:
                yield path

    ours = set(walk(ClusterValues, ""))
    assert ours - expected == set()
    assert expected - ours == set()


def test_field_names_are_snake_case_and_keys_are_their_camel_case():
    for cls in [obj for _, obj in inspect.getmembers(model, inspect.isclass)
                if dataclasses.is_dataclass(obj) and obj.__module__ == model.__name__]:
        for f in dataclasses.fields(cls):
            assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", f.name), f"{cls.__name__}.{f.name}"
            if "key" not in f.metadata:
                head, *rest = f.name.split("_")
                assert model.values_key(f) == head + "".join(w.capitalize() for w in rest)


def test_values_yaml_itself_loads_to_the_defaults_apart_from_load_balancers():
    text = (CHART / "values.yaml").read_text()
    errors = _errors(text)
    assert [e.path for e in errors] == ["connectivity.network.loadBalancers"]
    with_lb = yaml.safe_load(text)
    with_lb["connectivity"]["network"]["loadBalancers"]["cidrBlocks"] = ["10.0.10.64/27"]
    values = load_values_text(dump(with_lb), SOURCE).values
    assert values.to_values_dict() == with_lb


def test_files_merged_one_after_another_share_defaults_they_never_change():
    """Every file of a fleet is merged onto one copy of the chart defaults: what one file sets
    (nested keys, lists, maps) must not reach the defaults, nor the next file."""
    from constructs_lib.config.loader import chart_defaults, merged_values

    pristine = chart_defaults()
    merged = merged_values({})
    assert merged == pristine
    merged["clusterLabels"]["leak"] = "x"  # changing a merge result changes nothing shared
    merged["controlPlane"]["replicas"] = 7
    assert merged_values({}) == pristine
    first = load_values_mapping(overlay(BASE, {"controlPlane": {"replicas": 5}, "osUsers": [{"name": "ops"}],
                                               "clusterLabels": {"team": "a"},
                                               "internal": {"teleport": {"enabled": False}}}), "first.yaml")
    first.values.cluster_labels["added"] = "after"  # a caller changing its result changes nothing shared
    second = load_values_mapping(BASE, "second.yaml")
    assert chart_defaults() == pristine
    assert second.values == load_values_mapping(BASE, "third.yaml").values
    assert second.values.control_plane.replicas == pristine["controlPlane"]["replicas"] != 5
    assert second.values.cluster_labels == pristine["clusterLabels"]
