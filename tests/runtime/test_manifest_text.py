"""A chart's manifests read as one JSON text are the documents jsii returns value by value."""
from __future__ import annotations

import gzip
import io
import json
import subprocess
import tarfile

import pytest
from cdk8s import ApiObject, App, Chart, JsonPatch

from conftest import CLUSTERS, ROOT
from constructs_lib.runtime import manifest_text
from constructs_lib.constructs.cluster import VsphereClusterChart
from constructs_lib.commands.fleet import load_fleet
from constructs_lib.runtime.manifest_text import ManifestText, chart_documents
from constructs_lib.commands.synth import props_for


def _same(ours: list[dict], theirs: list[dict]) -> None:
    # Key order is part of the result (the YAML writer keeps it), so compare the JSON texts.
    assert json.dumps(ours) == json.dumps(theirs)


def test_every_example_cluster_reads_the_same_as_jsii_returns_it():
    clusters, errors, _ = load_fleet(CLUSTERS)
    assert clusters and not errors
    app = App()
    for cluster in clusters:
        chart = VsphereClusterChart(app, cluster.name, props_for(cluster))
        documents = chart_documents(chart)
        assert len(documents) > 10
        _same(documents, list(chart.to_json()))


def test_null_fields_are_left_out_as_jsii_leaves_them_out_and_nulls_in_lists_stay():
    chart = Chart(App(), "nulls")
    config = ApiObject(chart, "config", api_version="v1", kind="ConfigMap")
    config.add_json_patch(JsonPatch.add("/data", {"kept": "x", "dropped": None,
                                                  "nested": {"dropped": None, "list": [1, None, {"a": None}]}}))
    expected = list(chart.to_json())
    assert expected[0]["data"] == {"kept": "x", "nested": {"list": [1, None, {}]}}  # what jsii does
    _same(chart_documents(chart), expected)


def test_the_script_leaves_out_null_fields_of_objects_and_keeps_nulls_in_lists():
    # What jsii's kernel does with a result it sends value by value; cdk8s sanitizes its own
    # objects before, so this is checked on the script itself.
    script = ROOT / "constructs_lib" / "assets" / "jsii" / "manifest-text.js"
    probe = (f"const {{ ManifestText }} = require({json.dumps(str(script))});"
             "process.stdout.write(ManifestText.of({ toJson: () => "
             "[{ a: null, b: [1, null, { c: null, d: 'x' }], e: { f: null } }] }));")
    process = subprocess.run(["node", "-e", probe], capture_output=True, text=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert json.loads(process.stdout) == [{"b": [1, None, {"d": "x"}], "e": {}}]


def test_only_a_chart_is_accepted():
    with pytest.raises(Exception, match="expects a cdk8s Chart"):
        ManifestText.of("not a chart")


def test_the_package_is_the_same_bytes_every_time_and_declares_the_class():
    tarball = manifest_text.package_tarball()
    assert tarball == manifest_text.package_tarball()  # the kernel's package cache is keyed by them
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(tarball))) as tar:
        assert tar.getnames() == ["package/package.json", "package/.jsii", "package/index.js"]
        package = json.load(tar.extractfile("package/package.json"))
        assembly = json.load(tar.extractfile("package/.jsii"))
    assert (package["name"], package["version"], package["main"]) == (
        manifest_text.ASSEMBLY, manifest_text.VERSION, "index.js")
    assert (assembly["name"], assembly["version"], assembly["schema"]) == (
        manifest_text.ASSEMBLY, manifest_text.VERSION, "jsii/0.10.0")
    (declared,) = assembly["types"].values()
    assert declared["fqn"] == ManifestText.__jsii_type__
    assert [(m["name"], m["static"], m["returns"]["type"]) for m in declared["methods"]] == [
        ("of", True, {"primitive": "string"})]
