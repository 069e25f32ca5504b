"""Every kind of API-server check on hand-written objects (:mod:`rule_corpus`): each good object
passes, each bad one is reported exactly once for the field and with the words it breaks; our own
output passes them all; and the API versions the declared releases do not serve are refused."""
from __future__ import annotations

import copy
import datetime
from pathlib import Path

import pytest
import yaml

from constructs_lib import crd
from constructs_lib.commands.manifest_files import RELEASES_LINE, parse_releases
from constructs_lib.commands.synth import release_problems
from constructs_lib.config.releases import ManagementCluster
from rule_corpus import BAD, GOOD, HELM_RELEASE

DIST = Path(__file__).resolve().parents[2] / "dist"


@pytest.mark.parametrize("name,documents,era", GOOD, ids=[g[0] for g in GOOD])
def test_good_objects_pass(name, documents, era):
    assert crd.validate_documents(documents, era=era) == []


@pytest.mark.parametrize("case", BAD, ids=[c.id for c in BAD])
def test_bad_objects_are_named_by_field(case):
    problems = crd.validate_documents(case.documents, era=case.era)
    matching = [p for p in problems if f": {case.path}: " in p and case.words in p]
    assert len(matching) == 1, problems
    kind, name = case.documents[0]["kind"], case.documents[0]["metadata"]["name"]
    assert matching[0].startswith(f"{kind} "), matching
    assert f"/{name}: " in matching[0] or f"{kind} {name}: " in matching[0]


def test_the_corpus_covers_every_kind_of_check():
    assert {c.check for c in BAD} == {"cel", "format", "unique", "alternatives", "core", "static-pod",
                                         "unknown"}
    rules_broken = {c.id for c in BAD if c.check == "cel"}
    assert len(rules_broken) >= 11  # the 9 rules of the current CRDs, two of them in two versions


def _dist_files():
    for path in sorted(DIST.glob("*.k8s.yaml")):
        text = path.read_text()
        releases, errors = parse_releases(RELEASES_LINE.search(text).group(1), str(path))
        assert errors == []
        yield path, [d for d in yaml.safe_load_all(text) if d], releases


def test_our_output_passes_every_check_of_its_releases():
    kinds = set()
    for path, documents, releases in _dist_files():
        assert release_problems(documents, releases) == [], path
        kinds |= {(d["apiVersion"], d["kind"]) for d in documents}
    # core kinds are checked now: they are among what passed
    assert {("v1", "Secret"), ("v1", "ServiceAccount"), ("batch/v1", "Job"),
            ("rbac.authorization.k8s.io/v1", "Role"), ("rbac.authorization.k8s.io/v1", "RoleBinding")} <= kinds


def test_our_kube_vip_static_pods_are_validated(monkeypatch):
    seen = []
    original = crd._static_pod_problems
    monkeypatch.setattr(crd, "_static_pod_problems", lambda text: seen.append(text) or original(text))
    for _, documents, releases in _dist_files():
        release_problems(documents, releases)
    assert len(seen) == 3 and all("kind: Pod" in text and "kube-vip" in text for text in seen)


def test_a_hand_edited_static_pod_in_our_output_is_found():
    path, documents, releases = next(_dist_files())
    secret = next(d for d in documents if d["kind"] == "Secret" and d["metadata"]["name"].endswith("-kubevip-pod"))
    secret["stringData"]["content"] = secret["stringData"]["content"].replace("hostNetwork: true", "hostNetwork: 1")
    problems = release_problems(documents, releases)
    assert len(problems) == 1, problems
    assert problems[0].startswith("KubeadmControlPlane ")
    assert ": spec.kubeadmConfigSpec.files[0].contentFrom.secret: static Pod manifest " \
           "/etc/kubernetes/manifests/kube-vip.yaml (Secret " in problems[0]
    assert problems[0].endswith(": spec.hostNetwork: must be true or false")


def test_helm_release_v2beta1_is_not_served_by_flux_2_9():
    flux_2_9 = ManagementCluster(flux="2.9")
    assert "helm.toolkit.fluxcd.io/v2beta1" not in flux_2_9.served_api_versions()
    old = copy.deepcopy(HELM_RELEASE)
    old["apiVersion"] = "helm.toolkit.fluxcd.io/v2beta1"
    assert release_problems([old], flux_2_9) == [
        "HelmRelease org-x/c1-cilium: apiVersion: helm.toolkit.fluxcd.io/v2beta1 is not served by the declared releases"]
    assert release_problems([HELM_RELEASE], flux_2_9) == []
    # Flux 2.2 serves it (and its objects are judged by the 2024 CRDs)
    flux_2_2 = ManagementCluster(flux="2.2")
    assert "helm.toolkit.fluxcd.io/v2beta1" in flux_2_2.served_api_versions()
    old["spec"].pop("install"), old["spec"].pop("upgrade")  # v2beta1 knows no install or upgrade strategy
    assert release_problems([old], flux_2_2) == []


JUNK = [None, 5, "x", [], {}, True, 1.5, datetime.date(2026, 1, 15), [None], {"a": None}, {1: 2}, 2 ** 70, "%%%"]


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, path + (index,))


def test_any_value_anywhere_is_a_problem_or_fine_never_a_crash():
    """Each field of every good object replaced by values of every type: lines come back, no exception."""
    checked = 0
    for _, documents, era in GOOD:
        for position, document in enumerate(documents):
            for path in list(_paths(document))[1:]:
                for junk in JUNK[(checked % 3)::3]:
                    changed = copy.deepcopy(documents)
                    node = changed[position]
                    for key in path[:-1]:
                        node = node[key]
                    node[path[-1]] = junk
                    assert isinstance(crd.validate_documents(changed, era=era), list)
                    checked += 1
    assert checked > 1000
