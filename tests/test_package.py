"""The library: installs with pip, imports without path tricks, composes inside another chart."""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import yaml

from conftest import ROOT
from constructs_lib.crd import validate_documents


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
    assert validate_documents(docs) == []


def test_pip_install_ships_package_data_and_imports(tmp_path: Path):
    """A wheel of the project, installed into a fresh environment whose dependencies are this
    one's, imports from outside the source tree and finds its schemas, scripts and imports."""
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(wheels),
                            str(ROOT)], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    (wheel,) = wheels.glob("*.whl")
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    site = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                          capture_output=True, text=True, check=True).stdout.strip()
    # Dependencies: this environment's site-packages, but not the project's source tree.
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    install = subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
                             capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    probe = ("import constructs_lib, imports.io.x_k8s.cluster as c\n"
             "from constructs_lib.crd import known_kinds\n"
             "from constructs_lib.assets import read_text\n"
             "assert 'site-packages' in constructs_lib.__file__, constructs_lib.__file__\n"
             "assert len(known_kinds()) == 15\n"
             "assert read_text('scripts/kube-apiserver-patch.sh').startswith('#!')\n"
             "from constructs_lib import VsphereClusterProps\n"
             "print(c.Cluster.GVK.kind)\n")
    run = subprocess.run([str(python), "-c", probe], cwd=tmp_path, capture_output=True, text=True,
                         env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Cluster"
