"""Secrets stay secret: distinct sentinel values in every credential field, searched for everywhere.

The vCenter password, a registry's password, auth string and identity token, and an OS user's
password hash each get their own sentinel. None may appear (as written or base64-encoded) in
anything a command prints -- errors, warnings, summaries, plans -- nor in ``repr()``/``str()`` of
the loaded configuration or in a ``ConfigError``. Where the manifests need a credential
(``render``, or ``synth`` with ``allowPlaintextCredentials``) it lands base64-encoded in its Secret
and nowhere else; the password hash only in the ``users`` of the kubeadm configuration, as in the
chart.
"""
from __future__ import annotations

import base64
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from conftest import CLUSTERS, ROOT, tree
from constructs_lib.config.cluster_file import load_cluster_text
from constructs_lib.config import ConfigError, load_values_text
from constructs_lib.constructs.manifest_yaml import load_documents

VCENTER = "S3NTINEL-vcenter-password-71"
REGISTRY_PASSWORD = "S3NTINEL-registry-password-72"
REGISTRY_AUTH = "S3NTINEL-registry-auth-73"
REGISTRY_TOKEN = "S3NTINEL-registry-identitytoken-74"
PASSWD = "S3NTINEL-os-user-passwd-75"
SENTINELS = (VCENTER, REGISTRY_PASSWORD, REGISTRY_AUTH, REGISTRY_TOKEN, PASSWD)
# Their second values, for a plan that changes every secret.
CHANGED = {s: s.replace("S3NTINEL", "S3NTINEL-new") for s in SENTINELS}

ALPHA = (CLUSTERS / "alpha.yaml").read_text()
ENV = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20", PYTHONDONTWRITEBYTECODE="1")


def _forms(secret: str) -> list[str]:
    """The secret as written and base64-encoded (alone and at the three alignments of a blob)."""
    forms = [secret]
    for pad in (0, 1, 2):  # what base64 of text holding the secret at any offset contains
        forms.append(base64.b64encode(b"\n" * pad + secret.encode()).decode()[4 if pad else 0:][:-4])
    return forms


def assert_no_secret(text: str, where: str, secrets=SENTINELS) -> None:
    for secret in secrets:
        for form in _forms(secret):
            assert form not in text, f"{secret!r} (as {form!r}) appears in {where}:\n{text}"


def cluster_text(opt_in: bool = False, *replacements: tuple[str, str], append: str = "") -> str:
    """alpha.yaml with every credential set to its sentinel (and ``replacements`` applied)."""
    text = ALPHA.replace("vcenter:\n", f"vcenter:\n  username: svc-capv\n  password: {VCENTER}\n", 1)
    text = text.replace("connectivity:\n", (
        "connectivity:\n  containerRegistries:\n    docker.io:\n"
        "      - endpoint: mirror.example.internal\n"
        f"        credentials: {{username: bot, password: {REGISTRY_PASSWORD}}}\n"
        f"      - endpoint: mirror2.example.internal\n        credentials: {{auth: {REGISTRY_AUTH}}}\n"
        "    quay.io:\n      - endpoint: quay-mirror.example.internal\n"
        f"        credentials: {{identitytoken: {REGISTRY_TOKEN}}}\n"), 1)
    text += f"osUsers:\n  - name: ops\n    passwd: {PASSWD}\n    sudo: ALL=(ALL) NOPASSWD:ALL\n"
    if opt_in:
        text = text.replace("deployment:\n", "deployment:\n  allowPlaintextCredentials: true\n", 1)
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    assert all(s in text for s in SENTINELS)
    return text + append


def values_text(text: str) -> str:
    """A cluster file without its deployment section: a chart values file (for render)."""
    return re.sub(r"(?m)^deployment:\n(?:  .*\n)*", "", text)


# Problems that make every command print errors, one of them inside a registry mirror.
ERRORS = (("replicas: 2", "replicas: -1"), ("10.10.222.224/30", "10.10.222.224/33"),
          ("- endpoint: mirror2.example.internal", "- endpoint: 'mirror2.example.internal\"'"))
# An ignored chart key, for a warning.
WARNING = "worker:\n  replicas: 2\n"


def run(argv: list[str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *argv], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=300)


def run_all(jobs: dict) -> dict:
    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(jobs, pool.map(lambda job: run(*job), jobs.values())))


def project(directory: Path, text: str) -> Path:
    (directory / "clusters").mkdir(parents=True)
    (directory / "clusters" / "alpha.yaml").write_text(text)
    (directory / "dist").mkdir()
    (directory / "dist" / "alpha.k8s.yaml").write_text("# an earlier synth\n")
    return directory


SYNTH = ["-m", "constructs_lib", "synth", "--clusters", "clusters", "--out", "dist"]
VALIDATE = ["-m", "constructs_lib", "validate", "--clusters", "clusters"]
PLAN = ["-m", "constructs_lib", "plan", "--clusters", "clusters", "--out", "dist"]
MAIN = [str(ROOT / "main.py")]


# --- where the secrets land in manifests ----------------------------------------------------

def _leaves(value, path=""):
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, f"{path}[{index}]")
    elif isinstance(value, str):
        yield path, value


def secret_places(documents: list[dict]) -> dict[str, set[str]]:
    """sentinel -> the places it occurs: ``Kind name path`` for text, ``... (base64)`` inside a
    Secret's data; a base64 form anywhere else is recorded as ``... (base64 elsewhere)``."""
    places: dict[str, set[str]] = {s: set() for s in SENTINELS}
    for doc in documents:
        name = re.sub(r"-[0-9a-f]{8}$", "-HASH", doc["metadata"]["name"])
        for path, text in _leaves(doc):
            where = f"{doc['kind']} {name} {path}"
            decoded = ""
            if doc["kind"] == "Secret" and path.startswith("data."):
                decoded = base64.b64decode(text).decode()
            for secret in SENTINELS:
                if secret in text:
                    places[secret].add(where)
                if secret in decoded or any(form in decoded for form in _forms(secret)[1:]):
                    places[secret].add(where + " (base64)")  # the toml holds user:password base64'd
                elif any(form in text for form in _forms(secret)[1:]):
                    places[secret].add(where + " (base64 elsewhere)")
    return places


def expected_places(cluster: str) -> dict[str, set[str]]:
    registry = {f"Secret {cluster}-registry-configuration-HASH data.registry-config.toml (base64)"}
    return {
        VCENTER: {f"Secret {cluster}-credentials data.password (base64)",
                  f"Secret {cluster}-credentials data.escapedPassword (base64)"},
        REGISTRY_PASSWORD: registry, REGISTRY_AUTH: registry, REGISTRY_TOKEN: registry,
        PASSWD: {f"KubeadmControlPlane {cluster} spec.kubeadmConfigSpec.users[0].passwd",
                 f"KubeadmConfigTemplate {cluster}-worker-HASH spec.template.spec.users[0].passwd"},
    }


# --- commands ---------------------------------------------------------------------------------

def test_plaintext_credentials_are_refused_by_field_never_by_value(tmp_path):
    jobs = {}
    for name, argv in {"synth": SYNTH, "validate": VALIDATE, "plan": PLAN, "main.py": MAIN}.items():
        jobs[name] = (argv, project(tmp_path / name, cluster_text(False, *ERRORS)))
    before = {name: tree(cwd / "dist") for name, (_, cwd) in jobs.items()}
    for name, process in run_all(jobs).items():
        output = process.stdout + process.stderr
        assert process.returncode == 1, output
        assert "Traceback" not in output
        for field in ("vcenter.password: is a plaintext password",
                      "connectivity.containerRegistries.docker.io[0].credentials.password: is a plaintext",
                      "connectivity.containerRegistries.docker.io[1].credentials.auth: is a plaintext",
                      "connectivity.containerRegistries.quay.io[0].credentials.identitytoken: is a plaintext",
                      "nodePools.worker.replicas: -1 is invalid",
                      "connectivity.containerRegistries.docker.io[1].endpoint: 'mirror2.example.internal\"' is invalid"):
            assert f"clusters/alpha.yaml: {field}" in process.stderr, (name, process.stderr)
        assert_no_secret(output, f"the output of {name}")
        assert tree(jobs[name][1] / "dist") == before[name]


def test_errors_and_warnings_of_an_opted_in_file_hide_its_secrets(tmp_path):
    # Secrets as they should be written, and secrets where a wrong type makes the value shown.
    wrong_types = cluster_text(True, (f"password: {VCENTER}", f"password: [{VCENTER}, 1]"),
                               (f"{{auth: {REGISTRY_AUTH}}}", f"{{auth: {{nested: {REGISTRY_AUTH}}}}}"),
                               (f"{{identitytoken: {REGISTRY_TOKEN}}}", f"[{REGISTRY_TOKEN}]"),
                               (f"passwd: {PASSWD}", f"passwd: {{hash: {PASSWD}}}"))
    jobs = {
        "synth": (SYNTH, project(tmp_path / "synth", cluster_text(True, *ERRORS))),
        "validate": (VALIDATE, project(tmp_path / "validate", cluster_text(True, *ERRORS))),
        "plan": (PLAN, project(tmp_path / "plan", cluster_text(True, *ERRORS))),
        "wrong-types": (VALIDATE, project(tmp_path / "wrong-types", wrong_types)),
    }
    results = run_all(jobs)
    for name in ("synth", "validate", "plan"):
        process = results[name]
        assert process.returncode == 1
        assert "clusters/alpha.yaml: nodePools.worker.replicas: -1 is invalid" in process.stderr
        assert "plaintext" not in process.stderr  # opted in
        assert_no_secret(process.stdout + process.stderr, f"the output of {name}")
    process = results["wrong-types"]
    assert process.returncode == 1
    for shown in ("vcenter.password: '***' is invalid",
                  "connectivity.containerRegistries.docker.io[1].credentials.auth: '***' is invalid",
                  "connectivity.containerRegistries.quay.io[0].credentials: '***' is invalid",
                  "osUsers[0].passwd: '***' is invalid"):
        assert f"clusters/alpha.yaml: {shown}" in process.stderr, process.stderr
    assert_no_secret(process.stdout + process.stderr, "errors about secrets of the wrong type")


def test_render_errors_hide_secrets(tmp_path):
    values = tmp_path / "values.yaml"
    values.write_text(values_text(cluster_text(False, *ERRORS)))
    process = run(["-m", "constructs_lib", "render", str(values), "--name", "Bad_Name"], tmp_path)
    assert process.returncode == 1
    assert "invalid cluster name 'Bad_Name'" in process.stderr
    assert "nodePools.worker.replicas: -1 is invalid" in process.stderr
    assert_no_secret(process.stdout + process.stderr, "render's errors")


def test_secrets_land_only_in_their_secrets_and_plan_masks_changes(tmp_path):
    """render (the chart's behaviour) and synth with the opt-in: base64 in the Secrets only; then
    a plan that changes every secret shows none of the old or new values."""
    values = tmp_path / "values.yaml"
    values.write_text(values_text(cluster_text(False)))
    opted_in = project(tmp_path / "opted-in", cluster_text(True, append=WARNING))
    results = run_all({"render": (["-m", "constructs_lib", "render", str(values), "--name", "beta"], tmp_path),
                       "synth": (SYNTH, opted_in)})

    render = results["render"]
    assert render.returncode == 0, render.stderr
    assert secret_places(load_documents(render.stdout)) == expected_places("beta")
    assert_no_secret(render.stderr, "render's warnings")

    synth = results["synth"]
    assert synth.returncode == 0, synth.stderr
    assert "warning: clusters/alpha.yaml: worker: the chart ignores this key" in synth.stderr
    assert_no_secret(synth.stdout + synth.stderr, "synth's summary and warnings")
    written = (opted_in / "dist" / "alpha.k8s.yaml").read_text()
    assert secret_places(load_documents(written)) == expected_places("alpha")

    cluster_file = opted_in / "clusters" / "alpha.yaml"
    text = cluster_file.read_text()
    for old, new in CHANGED.items():
        text = text.replace(old, new)
    sudo = "    sudo: ALL=(ALL) NOPASSWD:ALL\n"
    text = text.replace(sudo, sudo + "  - name: second\n    passwd: S3NTINEL-new-second-user\n")  # users grow
    cluster_file.write_text(text)
    plan = run(PLAN, opted_in)
    assert plan.returncode == 2, plan.stdout + plan.stderr
    out = plan.stdout
    assert "  ~ Secret org-platform/alpha-credentials\n      data.escapedPassword: *** -> ***\n" \
           "      data.password: *** -> ***\n" in out
    assert "-/+ KubeadmConfigTemplate org-platform/alpha-worker-" in out
    assert "spec.kubeadmConfigSpec.users: [{'name': 'ops', 'passwd': ***, " in out
    assert_no_secret(out + plan.stderr, "the plan", SENTINELS + tuple(CHANGED.values()) + ("S3NTINEL-new-second",))


def test_plan_masks_a_changed_password_hash(tmp_path):
    from constructs_lib.commands.cli import _mask_secret_fields
    from constructs_lib.commands.plan import Plan, diff_cluster, format_plan

    old = {"apiVersion": "x/v1", "kind": "KubeadmControlPlane", "metadata": {"name": "a", "namespace": "n"},
           "spec": {"kubeadmConfigSpec": {"users": [{"name": "ops", "passwd": PASSWD}]}}}
    new = {**old, "spec": {"kubeadmConfigSpec": {"users": [{"name": "ops", "passwd": CHANGED[PASSWD]}]}}}
    plan = Plan([diff_cluster("a", [old], [new])])
    _mask_secret_fields(plan)
    text = format_plan(plan)
    assert "spec.kubeadmConfigSpec.users[0].passwd: *** -> ***" in text
    assert_no_secret(text, "the plan", (PASSWD, CHANGED[PASSWD]))


# --- in process: the configuration objects and their errors ------------------------------------

def test_repr_and_str_of_loaded_configuration_hide_secrets():
    cluster = load_cluster_text(cluster_text(True, append=WARNING), "clusters/alpha.yaml", "alpha")
    assert cluster.values.vcenter.password == VCENTER  # the sentinels are really loaded
    loaded = load_values_text(values_text(cluster_text(False)), "values.yaml")
    registries = cluster.values.connectivity.container_registries
    objects = [cluster, cluster.values, cluster.deployment, cluster.values.vcenter, loaded, loaded.values,
               cluster.values.connectivity, registries, *[m for ms in registries.values() for m in ms],
               *[m.credentials for ms in registries.values() for m in ms]]
    for item in objects:
        assert_no_secret(repr(item), f"repr() of {type(item).__name__}")
        assert_no_secret(str(item), f"str() of {type(item).__name__}")
    assert cluster.warnings and loaded.warnings is not None
    assert_no_secret("\n".join(cluster.warnings) + "\n".join(loaded.warnings), "the warnings")


@pytest.mark.parametrize("opt_in", [False, True])
def test_config_errors_hide_secrets(opt_in):
    texts = [
        cluster_text(opt_in, *ERRORS),
        cluster_text(opt_in, ("vcenter:\n", "vcenter:\n  paswsord: x\n")),
        cluster_text(opt_in, (f"password: {VCENTER}", f"password: {{{VCENTER}: 1}}")),
        cluster_text(opt_in, ("credentials: {username: bot,", "credentials: {username: [bot],")),
        cluster_text(opt_in, (f"{{auth: {REGISTRY_AUTH}}}", f"{REGISTRY_AUTH}")),
        cluster_text(opt_in, ("quay.io:\n", "quay.io: 3\n  other.io:\n")),
        cluster_text(opt_in, ("deployment:\n", "deployment:\n  vcenterCredentialsSecret: vsphere\n")),
        cluster_text(opt_in, (f"passwd: {PASSWD}", f"passwd: {PASSWD}\n    sudo: [x]")),
        cluster_text(opt_in, append=f"vcenter:\n  password: {VCENTER}\n"),  # a duplicate key
    ]
    for text in texts:
        with pytest.raises(ConfigError) as info:
            load_cluster_text(text, "clusters/alpha.yaml", "alpha")
        exc = info.value
        shown = "\n".join([str(exc), repr(exc), *map(repr, exc.errors), *map(str, exc.args)])
        assert_no_secret(shown, "a ConfigError")
