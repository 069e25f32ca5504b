"""Where we knowingly differ from the chart: values it writes into YAML unquoted or unescaped, so
that the API server (or any YAML reader) gets something else than the user wrote, and values
layouts it cannot render. Each test shows the chart's result and ours; docs/chart-deviations.md
lists them. (The proxy and the registry credentials are in test_parity.py.)
"""
from __future__ import annotations

import re

import pytest
import yaml

from constructs_lib.crd import validate_documents
from parity_support import documents_text, helm_render, our_documents, render_tool

BASE = """\
baseDomain: example.test
connectivity:
  network:
    controlPlaneEndpoint:
      host: "10.0.10.5"
    loadBalancers:
      cidrBlocks: ["10.0.10.64/27"]
"""


def chart_documents(text: str) -> list[dict]:
    return [doc for doc in yaml.safe_load_all(helm_render(text)) if doc]


def the(documents: list[dict], kind: str) -> list[dict]:
    found = [doc for doc in documents if doc["kind"] == kind]
    assert found, kind
    return found


def cluster_configuration(documents: list[dict]) -> dict:
    return the(documents, "KubeadmControlPlane")[0]["spec"]["kubeadmConfigSpec"]["clusterConfiguration"]


def round_trip(documents: list[dict]) -> list[dict]:
    """Our documents as a YAML reader sees our output file."""
    return [doc for doc in yaml.safe_load_all(documents_text(documents)) if doc]


# --- values the chart writes unquoted ---------------------------------------------------------

DECIMAL_THUMBPRINT = "11:22:33:44:55:11:22:33:44:55:11:22:33:44:55:11:22:33:44:55"


def test_all_decimal_thumbprint_stays_a_string():
    """The chart writes ``thumbprint: 11:22:...`` unquoted; a YAML 1.1 reader takes that for a
    base-60 integer, which the CRDs (type string) reject. We always write the string."""
    text = BASE + f'vcenter:\n  thumbprint: "{DECIMAL_THUMBPRINT}"\n'
    chart = chart_documents(text)
    assert isinstance(the(chart, "VSphereCluster")[0]["spec"]["thumbprint"], int)
    assert any(error.endswith("spec.thumbprint: must be a string") for error in validate_documents(chart))

    ours = round_trip(our_documents(text))
    assert the(ours, "VSphereCluster")[0]["spec"]["thumbprint"] == DECIMAL_THUMBPRINT
    templates = the(ours, "VSphereMachineTemplate")
    assert {t["spec"]["template"]["spec"]["thumbprint"] for t in templates} == {DECIMAL_THUMBPRINT}
    assert validate_documents(ours) == []
    # The template names hash the chart's text, so they are the chart's all the same.
    assert sorted(t["metadata"]["name"] for t in templates) == \
        sorted(t["metadata"]["name"] for t in the(chart, "VSphereMachineTemplate"))


NUMERIC_LOOKING = [
    pytest.param('oidc:\n  issuerUrl: "https://dex.example.test"\n  clientId: "12345"\n',
                 ("apiServer", "extraArgs", "oidc-client-id"), "12345", id="oidc-client-id"),
    pytest.param('oidc:\n  issuerUrl: "https://dex.example.test"\n  clientId: "k8s"\n  usernameClaim: "true"\n',
                 ("apiServer", "extraArgs", "oidc-username-claim"), "true", id="oidc-username-claim"),
    pytest.param('controlPlane:\n  dns:\n    imageTag: "1.10"\n', ("dns", "imageTag"), "1.10", id="dns-image-tag"),
    pytest.param('controlPlane:\n  etcd:\n    imageTag: "3.5"\n', ("etcd", "local", "imageTag"), "3.5",
                 id="etcd-image-tag"),
    pytest.param('apiServer:\n  certSANs: ["1234"]\n', ("apiServer", "certSANs", -1), "1234", id="cert-san"),
]


@pytest.mark.parametrize("extra, path, written", NUMERIC_LOOKING)
def test_numeric_looking_values_stay_strings(extra, path, written):
    """The chart pastes these unquoted: kube-apiserver flags, image tags and SANs that look like
    numbers or booleans turn into numbers or booleans, which the KubeadmControlPlane CRD rejects."""
    text = BASE + extra
    chart_value = _at(cluster_configuration(chart_documents(text)), path)
    assert not isinstance(chart_value, str)
    assert any("must be a string" in error for error in validate_documents(chart_documents(text)))

    ours = round_trip(our_documents(text))
    assert _at(cluster_configuration(ours), path) == written
    assert validate_documents(ours) == []


def _at(node, path):
    for key in path:
        node = node[key]
    return node


def test_wildcard_cert_san_is_written_as_given():
    """``- *.example.test`` unquoted is a YAML alias: the chart's output does not parse."""
    text = BASE + 'apiServer:\n  certSANs: ["*.example.test"]\n'
    with pytest.raises(yaml.YAMLError):
        chart_documents(text)
    ours = round_trip(our_documents(text))
    assert cluster_configuration(ours)["apiServer"]["certSANs"][-1] == "*.example.test"
    assert validate_documents(ours) == []


def test_empty_control_plane_host_leaves_no_null_san():
    """Without an API address (and no IPAM API to claim one) the chart's first certSAN is null,
    which the API server refuses in a list of strings; we leave it out."""
    text = BASE.replace('host: "10.0.10.5"', 'host: ""')
    chart = chart_documents(text)
    assert cluster_configuration(chart)["apiServer"]["certSANs"][0] is None
    assert any("certSANs[0]: must not be null" in error for error in validate_documents(chart))

    ours = round_trip(our_documents(text))
    assert cluster_configuration(ours)["apiServer"]["certSANs"] == cluster_configuration(chart)["apiServer"]["certSANs"][1:]
    assert validate_documents(ours) == []


# --- text the chart puts between double quotes without escaping -------------------------------------

def test_description_with_double_quotes():
    """``description: "{{ .Values.clusterDescription }}"``: a double quote ends the YAML string
    early and the chart's output does not parse; ours carries the text as written."""
    description = 'Team "A" cluster'
    text = BASE + yaml.safe_dump({"clusterDescription": description})
    with pytest.raises(yaml.YAMLError):
        chart_documents(text)
    _assert_description(round_trip(our_documents(text)), description)


def test_description_with_backslashes():
    """Inside the chart's double quotes a backslash starts an escape: ``C:\\new`` reaches the
    annotation as ``C:`` + newline + ``ew``; ours carries the text as written."""
    description = r"share C:\new\tmp"
    text = BASE + yaml.safe_dump({"clusterDescription": description})
    chart = the(chart_documents(text), "Cluster")[0]["metadata"]["annotations"]["cluster.giantswarm.io/description"]
    assert chart == "share C:\new\tmp"
    _assert_description(round_trip(our_documents(text)), description)


def _assert_description(documents: list[dict], description: str) -> None:
    annotated = [doc for doc in documents if "cluster.giantswarm.io/description" in (doc["metadata"].get("annotations") or {})]
    assert {doc["kind"] for doc in annotated} == {"Cluster", "HelmRelease", "HelmRepository"}
    assert {doc["metadata"]["annotations"]["cluster.giantswarm.io/description"] for doc in annotated} == {description}
    assert validate_documents(documents) == []


# --- layouts the chart mishandles ----------------------------------------------------------------

def test_node_classes_removed_whole():
    """``nodeClasses: null`` makes the chart fail (it merges the control plane into a missing map);
    we render what ``nodeClasses: {default: null}`` renders in both: the control plane's template only."""
    removed = BASE + "nodePools: null\nnodeClasses: null\n"
    emptied = BASE + "nodePools: null\nnodeClasses:\n  default: null\n"
    with pytest.raises(Exception, match="wrong type"):
        helm_render(removed)
    ours = our_documents(removed)
    assert ours == our_documents(emptied)
    assert [t["metadata"]["name"] for t in the(ours, "VSphereMachineTemplate")] == \
        [t["metadata"]["name"] for t in the(chart_documents(emptied), "VSphereMachineTemplate")]


def test_class_placement_written_once():
    """A class that sets ``datastore`` (or datacenter, server, thumbprint) gets the key twice in the
    chart's VSphereMachineTemplate (vCenter's, then the class's): a strict YAML reader refuses the
    object, a lenient one keeps the last. We write it once, with the class's value; the name hashes
    the same text as the chart's."""
    text = BASE + ('vcenter:\n  datastore: "ds-shared"\n'
                   'nodeClasses:\n  default:\n    datastore: "ds-fast"\n')
    rendered = render_tool().render(text, name="test", namespace="default")
    chart_text = rendered["cluster-vsphere/templates/vspheremachinetemplate.yaml"]
    default_doc = next(doc for doc in chart_text.split("---") if "name: test-default-" in doc)
    assert re.findall(r"(?m)^\s+datastore: (\S+)$", default_doc) == ["ds-shared", "ds-fast"]

    ours = {t["metadata"]["name"]: t for t in the(our_documents(text), "VSphereMachineTemplate")}
    chart = {t["metadata"]["name"]: t for t in the(chart_documents(text), "VSphereMachineTemplate")}
    assert sorted(ours) == sorted(chart)
    default = next(name for name in ours if name.startswith("test-default-"))
    assert ours[default]["spec"]["template"]["spec"]["datastore"] == "ds-fast"
    assert documents_text([ours[default]]).count("datastore:") == 1
