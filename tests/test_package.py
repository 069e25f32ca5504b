"""The library: installs with pip beside an app's own versions and its own ``imports/``, imports
without path tricks, composes inside another chart."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import tomllib
import venv
import zipfile
from pathlib import Path

import pytest
import yaml
from packaging.requirements import Requirement

from conftest import ROOT
from constructs_lib.commands.synth import release_problems
from constructs_lib.config import CURRENT

APP_VERSIONS = {"cdk8s": "2.70.110", "jsii": "1.141.0", "constructs": "10.8.0"}
"""What an app may already hold: older than requirements.txt's pins, within the declared ranges."""


def _files(top: Path) -> set[str]:
    return {p.relative_to(top).as_posix() for p in top.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def _packages(top: Path) -> set[str]:
    return {".".join(p.parent.relative_to(top).parts) for p in top.rglob("__init__.py")
            if "__pycache__" not in p.parts}


def _run(*command, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}  # nothing of this checkout
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, env=env, **kwargs)


def test_example_app_synthesizes(tmp_path: Path):
    env = dict(os.environ)
    env.pop("JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION", None)  # the library quiets jsii itself
    run = subprocess.run([sys.executable, str(ROOT / "examples" / "two_clusters.py"), str(tmp_path)],
                         cwd=tmp_path, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "end-of-life" not in run.stderr
    docs = [d for d in yaml.safe_load_all((tmp_path / "platform.k8s.yaml").read_text()) if d]
    clusters = sorted(d["metadata"]["name"] for d in docs if d["kind"] == "Cluster")
    assert clusters == ["edge-1", "edge-2"]
    inventory = next(d for d in docs if d["kind"] == "ConfigMap")
    assert inventory["data"]["clusters"] == "edge-1\nedge-2\n"
    workers = {d["metadata"]["name"]: d["spec"]["replicas"] for d in docs if d["kind"] == "MachineDeployment"}
    assert workers == {"edge-1-worker": 2, "edge-2-worker": 3}
    assert not [d for d in docs if d["kind"] == "Secret" and d["metadata"]["name"].endswith("-credentials")]
    assert release_problems(docs, CURRENT) == []  # the example declares no releases: today's


def test_dependencies_are_ranges_holding_the_pinned_releases():
    """pyproject.toml declares compatible ranges; requirements.txt pins releases inside them."""
    declared = [Requirement(r) for r in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]]
    pins = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        if "==" in line and not line.startswith("#"):
            name, version = line.split("==")
            pins[name.strip().lower()] = version.strip()
    for requirement in declared:
        operators = {spec.operator for spec in requirement.specifier}
        assert operators == {">=", "<"}, f"{requirement}: a lower and an upper bound, no pin"
        assert requirement.specifier.contains(pins[requirement.name.lower()]), requirement
    for name, version in APP_VERSIONS.items():
        assert next(r for r in declared if r.name == name).specifier.contains(version), name


def test_pyproject_lists_every_package():
    """setuptools gets the packages as a list (the generated ones are mapped from imports/io):
    it must name every package of constructs_lib/ and of imports/io/, and nothing else."""
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert setuptools["package-dir"] == {"constructs_lib.imports.io": "imports/io"}
    on_disk = {f"constructs_lib.{p}".rstrip(".") for p in _packages(ROOT / "constructs_lib")}
    on_disk |= {f"constructs_lib.imports.{p}" for p in _packages(ROOT / "imports") if p.split(".")[0] == "io"}
    assert sorted(setuptools["packages"]) == sorted(on_disk)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    # Built from a copy of what the wheel is made of: setuptools keeps a build/ folder in the
    # source tree, whose files of an earlier build would ship too (and it stays out of the checkout).
    source = tmp_path_factory.mktemp("source")
    for name in ("constructs_lib", "imports"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    out = tmp_path_factory.mktemp("wheels")
    build = _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", out, source)
    assert build.returncode == 0, build.stderr
    (built,) = out.glob("*.whl")
    return built


def test_the_wheel_claims_no_top_level_name_but_constructs_lib(wheel: Path):
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        top_level = next(archive.read(n).decode() for n in names if n.endswith(".dist-info/top_level.txt"))
    assert top_level.split() == ["constructs_lib"]
    assert {n.split("/")[0] for n in names if ".dist-info/" not in n} == {"constructs_lib"}
    # Every file ships: the library's (with its schemas and assets) and the generated classes with
    # their jsii assemblies, these under constructs_lib/imports/.
    expected = {f"constructs_lib/{f}" for f in _files(ROOT / "constructs_lib")}
    expected |= {f"constructs_lib/imports/{f}" for f in _files(ROOT / "imports") if f.startswith("io/")}
    assert sorted(n for n in names if ".dist-info/" not in n) == sorted(expected)


@pytest.fixture(scope="module")
def app_python(wheel: Path, tmp_path_factory) -> Path:
    """A fresh environment that holds an app's older releases of cdk8s, jsii and constructs (from
    PyPI), into which the wheel is installed with its dependencies."""
    env_dir = tmp_path_factory.mktemp("app-env")
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    pip = (python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check")
    preinstall = _run(*pip, *(f"{name}=={version}" for name, version in APP_VERSIONS.items()))
    assert preinstall.returncode == 0, preinstall.stderr
    install = _run(*pip, wheel)
    assert install.returncode == 0, install.stderr
    return python


def test_installing_keeps_the_apps_releases_and_ships_package_data(app_python: Path, tmp_path: Path):
    probe = textwrap.dedent("""
        import importlib.metadata, importlib.util, json
        import constructs_lib
        from constructs_lib.assets import read_text
        from constructs_lib.crd import known_kinds
        from constructs_lib.imports.io.x_k8s.cluster import Cluster
        assert "site-packages" in constructs_lib.__file__, constructs_lib.__file__
        assert len(known_kinds()) == 15
        assert read_text("scripts/kube-apiserver-patch.sh").startswith("#!")
        print(json.dumps({
            "versions": {n: importlib.metadata.version(n) for n in ("cdk8s", "jsii", "constructs")},
            "top_level_imports": importlib.util.find_spec("imports") is not None,
            "kind": Cluster.GVK.kind,
        }))
    """)
    run = _run(app_python, "-c", probe, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {"versions": APP_VERSIONS, "top_level_imports": False, "kind": "Cluster"}


APP = '''
import dataclasses
import sys

import imports
from cdk8s import App, Chart
from imports.k8s import KubeNamespace

from constructs_lib import ClusterValues, VsphereCluster, VsphereClusterProps
from constructs_lib.config import LoadBalancers

defaults = ClusterValues.defaults()
network = defaults.connectivity.network
network = dataclasses.replace(
    network,
    control_plane_endpoint=dataclasses.replace(network.control_plane_endpoint, host="10.20.0.10"),
    load_balancers=LoadBalancers(cidr_blocks=("10.20.0.64/28",)),
)
values = dataclasses.replace(defaults, connectivity=dataclasses.replace(defaults.connectivity, network=network),
                             vcenter=dataclasses.replace(defaults.vcenter, server="https://vcenter.example.test"),
                             cluster=dataclasses.replace(defaults.cluster, kubernetes_version="v1.33.4"))

app = App(outdir=sys.argv[1])
chart = Chart(app, "platform", disable_resource_name_hashes=True)
KubeNamespace(chart, "namespace", name="org-edge")
VsphereCluster(chart, "edge-1", VsphereClusterProps(name="edge-1", values=values, namespace="org-edge"))
app.synth()
print(imports.__file__)
print(" ".join(sorted(m for m in sys.modules if m.split(".")[0] == "imports")))
'''

APP_IMPORTS = '''
from cdk8s import ApiObject, ApiObjectMetadata


class KubeNamespace(ApiObject):
    """The app's own class, as `cdk8s import k8s` would generate it (much reduced)."""

    def __init__(self, scope, id, *, name):
        super().__init__(scope, id, api_version="v1", kind="Namespace", metadata=ApiObjectMetadata(name=name))
'''


def test_an_app_with_its_own_imports_synthesizes_a_cluster(app_python: Path, tmp_path: Path):
    """Every cdk8s app has a top-level package ``imports`` of its own; the library leaves it alone."""
    (tmp_path / "imports" / "k8s").mkdir(parents=True)
    (tmp_path / "imports" / "__init__.py").write_text("")
    (tmp_path / "imports" / "k8s" / "__init__.py").write_text(APP_IMPORTS)
    (tmp_path / "main.py").write_text(APP)
    run = _run(app_python, "main.py", "dist", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [str(tmp_path / "imports" / "__init__.py"), "imports imports.k8s"]
    docs = [d for d in yaml.safe_load_all((tmp_path / "dist" / "platform.k8s.yaml").read_text()) if d]
    assert ("Namespace", "org-edge") in {(d["kind"], d["metadata"]["name"]) for d in docs}
    (cluster,) = [d for d in docs if d["kind"] == "Cluster"]
    assert (cluster["metadata"]["name"], cluster["metadata"]["namespace"]) == ("edge-1", "org-edge")
    (infrastructure,) = [d for d in docs if d["kind"] == "VSphereCluster"]
    assert infrastructure["spec"]["controlPlaneEndpoint"]["host"] == "10.20.0.10"
