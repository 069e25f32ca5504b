"""A cluster file's ``deployment.encryptionKey``: its default per ``deployment.defaults``, its
errors, the warning when encryption is off, and its way into ``VsphereClusterProps.encryption_key``
(checked there too, for props built in code)."""
from __future__ import annotations

import dataclasses

import pytest

from config_helpers import BASE, NEUTRAL_BASE, dump, overlay
from constructs_lib.config import ConfigError
from constructs_lib.config.cluster_file import Deployment, load_cluster_text, parse_deployment
from constructs_lib.config.defaults import ENCRYPTION_KEY_DEFAULTS

SOURCE = "clusters/alpha.yaml"
PATH = "deployment.encryptionKey"


def text(deployment: str = "", base: dict = NEUTRAL_BASE, extra: dict | None = None) -> str:
    values = overlay(overlay(base, {"cluster": {"kubernetesVersion": "v1.33.1"}}), extra or {})
    return dump(values) + (f"deployment:\n{deployment}" if deployment else "")


def load(deployment: str = "", **kwargs):
    return load_cluster_text(text(deployment, **kwargs), SOURCE, "alpha")


def errors(deployment: str, **kwargs) -> dict[str, str]:
    with pytest.raises(ConfigError) as caught:
        load(deployment, **kwargs)
    return {e.path: str(e) for e in caught.value.errors}


def test_the_defaults_decide_the_default():
    assert ENCRYPTION_KEY_DEFAULTS == {"neutral": "generate", "chart": "external"}
    neutral = load().deployment
    assert neutral.encryption_key is None and neutral.effective_encryption_key == "generate"
    chart = load("  defaults: chart\n", base=BASE).deployment
    assert chart.encryption_key is None and chart.effective_encryption_key == "external"
    assert load("  defaults: neutral\n").deployment.effective_encryption_key == "generate"


@pytest.mark.parametrize("defaults, base", [("neutral", NEUTRAL_BASE), ("chart", BASE)])
@pytest.mark.parametrize("value", ["generate", "external"])
def test_a_value_given_wins_over_the_defaults(defaults, base, value):
    deployment = load(f"  defaults: {defaults}\n  encryptionKey: {value}\n", base=base).deployment
    assert deployment.encryption_key == deployment.effective_encryption_key == value


def test_the_dataclass_follows_the_same_rule():
    assert Deployment().effective_encryption_key == "generate"
    assert Deployment(defaults="chart").effective_encryption_key == "external"
    assert Deployment(defaults="chart", encryption_key="generate").effective_encryption_key == "generate"
    assert parse_deployment({"encryptionKey": "external"}, SOURCE) == (Deployment(encryption_key="external"), [])


@pytest.mark.parametrize("raw, shown", [
    ("Generate", "'Generate'"), ("auto", "'auto'"), ("''", "''"), ("true", "true"), ("1", "1"), ("null", "null"),
    ("[generate]", "['generate']"), ("{generate: true}", "{generate: true}"),
])
def test_an_invalid_value_is_an_error_naming_both_choices(raw, shown):
    found = errors(f"  encryptionKey: {raw}\n")
    assert list(found) == [PATH]
    assert found[PATH].startswith(f"{SOURCE}: {PATH}: {shown} is invalid: ")
    assert "'generate' (a Job synth writes creates the Secret <cluster>-encryption-provider-config" in found[PATH]
    assert "'external' (you create it" in found[PATH]


def test_it_is_reported_with_the_files_other_problems():
    found = errors("  encryptionKey: yes-please\n  cleanupOnDelete: sometimes\n",
                   extra={"controlPlane": {"replicas": -1}})
    assert {PATH, "deployment.cleanupOnDelete", "controlPlane.replicas"} <= set(found)


def test_a_misspelt_key_gets_a_hint():
    found = errors("  encryptionkey: generate\n")
    assert list(found) == ["deployment.encryptionkey"]
    assert "did you mean 'encryptionKey'?" in found["deployment.encryptionkey"]


@pytest.mark.parametrize("value", ["generate", "external"])
def test_without_encryption_a_value_given_is_a_warning(value):
    off = {"cluster": {"enableEncryptionProvider": False}}
    cluster = load(f"  encryptionKey: {value}\n", extra=off)
    assert cluster.warnings == (f"{SOURCE}: {PATH}: has no effect: cluster.enableEncryptionProvider is false, so "
                                "the control plane reads no encryption key",)
    assert load(extra=off).warnings == ()  # not given: nothing to say
    assert load(f"  encryptionKey: {value}\n").warnings == ()


@pytest.mark.parametrize("deployment, expected", [
    ("", "generate"), ("  encryptionKey: external\n", "external"), ("  defaults: chart\n", "external"),
    ("  defaults: chart\n  encryptionKey: generate\n", "generate"),
])
def test_the_props_carry_it(deployment, expected):
    from constructs_lib.constructs.cluster import VsphereClusterProps

    base = BASE if "chart" in deployment else NEUTRAL_BASE
    props = VsphereClusterProps.from_cluster(load(deployment, base=base))
    assert props.encryption_key == expected


@pytest.mark.parametrize("value", ["Generate", "", None, True, 1, ["generate"]])
def test_props_built_in_code_are_checked(value):
    from constructs_lib.constructs.cluster import VsphereClusterProps, checked_props

    props = dataclasses.replace(VsphereClusterProps.from_cluster(load()), encryption_key=value)
    with pytest.raises(ConfigError) as caught:
        checked_props(props)
    (error,) = caught.value.errors
    assert error.path == "encryption_key"
    assert "'generate' or 'external'" in str(error)


def test_validate_lists_no_prerequisite_for_a_generated_key(tmp_path, capsys):
    from constructs_lib.commands.cli import main

    clusters = tmp_path / "clusters"
    clusters.mkdir()
    (clusters / "alpha.yaml").write_text(text())
    (clusters / "bravo.yaml").write_text(text("  encryptionKey: external\n"))
    assert main(["validate", "--clusters", str(clusters)]) == 0
    out = capsys.readouterr().out
    assert "  bravo: Secret default/bravo-encryption-provider-config " in out
    prerequisites, generated = out.split("Generated in the management cluster (")
    assert "  bravo: Secret default/bravo-encryption-provider-config " in prerequisites
    assert "alpha: Secret default/alpha-encryption-provider-config" not in prerequisites
    assert "  alpha: Secret default/alpha-encryption-provider-config (keys: encryption)" in generated
    assert "generated in the management cluster by Job default/alpha-encryption-key-" in generated
