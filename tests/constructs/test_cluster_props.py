"""VsphereCluster checks its props (values with the rules of a values file), props come from a
cluster file as the commands build them, help() documents every prop, and the README's example
runs as written."""
from __future__ import annotations

import dataclasses
import os
import pydoc
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import CLUSTERS, ROOT
from constructs_lib import ClusterValues, ConfigError, VsphereCluster, VsphereClusterChart, VsphereClusterProps
from constructs_lib.commands.synth import props_for, synth_documents
from constructs_lib.config import (ClusterSettings, Connectivity, ControlPlane, ControlPlaneEndpoint, LoadBalancers,
                                   Network, NodePool, Vcenter)
from constructs_lib.config.cluster_file import load_cluster_file
from constructs_lib.config.fielddocs import default_text, field_docs

from cdk8s import App, Chart  # noqa: E402  (after constructs_lib, which quiets jsii's banner)


def code_values(**changes) -> ClusterValues:
    values = ClusterValues(
        base_domain="k8s.example.internal",
        vcenter=Vcenter(server="https://vcenter.example.internal"),  # today's CAPV requires it
        cluster=ClusterSettings(kubernetes_version="v1.33.4"),  # one today's Cluster API manages
        connectivity=Connectivity(network=Network(
            control_plane_endpoint=ControlPlaneEndpoint(host="10.10.223.10"),
            load_balancers=LoadBalancers(cidr_blocks=["10.10.223.64/28"]))),  # a list, as code may give it
        node_pools={"worker": NodePool(replicas=3), "infra": NodePool(class_name="default", replicas=1)},
    )
    return dataclasses.replace(values, **changes)


def refused(props: VsphereClusterProps, chart: bool = False) -> ConfigError:
    """The ConfigError building ``props`` raises; nothing is left in the App."""
    app = App()
    with pytest.raises(ConfigError) as caught:
        if chart:
            VsphereClusterChart(app, "c", props)
        else:
            VsphereCluster(Chart(app, "platform"), "c", props)
    assert all(not child.node.children for child in app.node.children)
    if chart:
        assert app.node.children == []
    return caught.value


@pytest.mark.parametrize("changes, path", [
    ({"control_plane": ControlPlane(replicas=2)}, "controlPlane.replicas"),
    ({"node_pools": {"worker": NodePool(class_name="big")}}, "nodePools.worker.class"),
    ({"cluster": ClusterSettings(kubernetes_version="1.33")}, "cluster.kubernetesVersion"),
    ({"control_plane": ControlPlane(replicas="3")}, "controlPlane.replicas"),
], ids=["even-replicas", "missing-class", "version-without-v", "replicas-as-text"])
def test_invalid_values_raise_a_config_error_naming_the_field(changes, path):
    error = refused(VsphereClusterProps(name="alpha", values=code_values(**changes)))
    assert [e.path for e in error.errors] == [path]
    assert f"VsphereClusterProps(name='alpha').values: {path}: " in str(error)


def test_the_chart_checks_too_and_lists_every_problem():
    props = VsphereClusterProps(name="Alpha_1", namespace="org platform", job_network_policies="yes",
                                values=code_values(control_plane=ControlPlane(replicas=4),
                                                   node_pools={"worker": NodePool(class_name="big")}))
    error = refused(props, chart=True)
    assert [e.path for e in error.errors] == ["name", "namespace", "job_network_policies",
                                              "controlPlane.replicas", "nodePools.worker.class"]
    assert str(error).startswith("5 errors in values:\n  VsphereClusterProps(name='Alpha_1'): name: "
                                 "'Alpha_1' is an invalid cluster name")


def test_values_built_in_code_synthesize():
    props = VsphereClusterProps(name="delta", values=code_values(), namespace="org-platform",
                                credentials_secret_name="delta-credentials")
    app = App()
    cluster = VsphereCluster(Chart(app, "platform", disable_resource_name_hashes=True), "delta", props)
    assert cluster.props.values.connectivity.network.load_balancers.cidr_blocks == ("10.10.223.64/28",)
    documents = [d for chart in app.charts for d in chart.to_json()]
    pools = {d["metadata"]["name"]: d["spec"]["replicas"] for d in documents if d["kind"] == "MachineDeployment"}
    assert pools == {"delta-worker": 3, "delta-infra": 1}
    assert {d["metadata"]["namespace"] for d in documents if d["kind"] != "Secret"} == {"org-platform"}


def test_from_cluster_file_gives_what_the_commands_build():
    path = CLUSTERS / "alpha.yaml"
    props = VsphereClusterProps.from_cluster_file(path)
    commands = props_for(load_cluster_file(path))
    assert props == commands
    assert (props.name, props.namespace, props.namespaced_secrets) == ("alpha", "org-platform", True)
    assert synth_documents(props) == synth_documents(commands)


def test_from_cluster_file_takes_a_namespace_and_a_text_path():
    props = VsphereClusterProps.from_cluster_file(str(CLUSTERS / "bravo.yaml"), namespace="org-other")
    assert props.name == "bravo" and props.namespace == "org-other"


def test_from_cluster_file_reports_every_problem_of_the_file(tmp_path: Path):
    text = (CLUSTERS / "alpha.yaml").read_text()
    broken = tmp_path / "alpha.yaml"
    broken.write_text(text.replace("replicas: 1", "replicas: 2").replace('class: "default"', 'class: "big"')
                      + "  extra:\n    class: default\n    replicas: -1\n")
    with pytest.raises(ConfigError) as caught:
        VsphereClusterProps.from_cluster_file(broken)
    assert {e.source for e in caught.value.errors} == {str(broken)}
    assert sorted(e.path for e in caught.value.errors) == [
        "controlPlane.replicas", "nodePools.extra.replicas", "nodePools.worker.class"]


def test_help_shows_every_prop_with_its_meaning_and_default():
    text = " ".join(pydoc.render_doc(VsphereClusterProps, renderer=pydoc.plaintext).replace(" |", " ").split())
    docs = field_docs(VsphereClusterProps)
    for f in dataclasses.fields(VsphereClusterProps):
        first_sentence = re.split(r"(?<=[.;:])\s", " ".join(docs[f.name].split()), maxsplit=1)[0]
        assert f"{f.name}: " in text and first_sentence in text, f.name
        assert f"= {default_text(f)}" in text, f.name
    assert "name: str = (required)" in text
    assert "values: ClusterValues = ClusterValues()" in text
    assert "from_cluster_file(path" in text


# --- the README's example --------------------------------------------------------------------

def readme_example() -> str:
    """The first ```python block of the README's section on using the constructs."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Using the constructs in your own chart\n", 1)[1].split("\n## ", 1)[0]
    return re.search(r"```python\n(.*?)```", section, re.DOTALL).group(1)


def test_the_readme_example_runs_as_written(tmp_path: Path):
    shutil.copytree(CLUSTERS, tmp_path / "clusters")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    run = subprocess.run([sys.executable, "-c", readme_example()], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    written = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()
                     and not p.is_relative_to(tmp_path / "clusters"))
    assert written == ["out/platform.k8s.yaml"]
    documents = list(yaml.safe_load_all((tmp_path / written[0]).read_text()))
    clusters = sorted(d["metadata"]["name"] for d in documents if d["kind"] == "Cluster")
    assert clusters == ["alpha", "delta"]
