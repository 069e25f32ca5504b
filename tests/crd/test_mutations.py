"""The corpus of bad objects notices a broken validator: with each check broken on purpose (CEL
rules always true, formats ignored, list keys not compared, oneOf not evaluated, core kinds or
static Pods not read),
bad objects of that check get through, while the other checks still find theirs."""
from __future__ import annotations

import pytest

from constructs_lib import crd
from constructs_lib.crd import rules
from rule_corpus import BAD, GOOD

STATIC_PODS = crd._static_pod_problems  # its cache, cleared around each mutation
PERMISSIVE = {"type": "object", "x-kubernetes-preserve-unknown-fields": True}
MUTATIONS = {
    # check family -> (what to patch, the broken stand-in)
    "cel": [(crd, "_check_rules", lambda schema, value, path, found: None),
            (rules, "_evaluate", lambda program, view: (True, None))],
    "format": [(crd, "_format_problem", lambda name, value: None)],
    "unique": [(crd, "_validate_unique", lambda schema, value, path, found: None)],
    "alternatives": [(crd, "_validate_alternatives", lambda schema, value, path, found: None)],
    "core": [(crd, "_core_schema", lambda api_version, kind: PERMISSIVE)],
    "static-pod": [(crd, "_static_pod_problems", lambda text: ())],
}


def _caught(case) -> bool:
    problems = crd.validate_documents(case.documents, era=case.era)
    return any(f": {case.path}: " in p and case.words in p for p in problems)


def test_the_intact_validator_catches_every_bad_object():
    assert [c.id for c in BAD if not _caught(c)] == []


@pytest.mark.parametrize("check,patch", [(check, patch) for check, patches in MUTATIONS.items() for patch in patches],
                         ids=[f"{check}-{patch[1]}" for check, patches in MUTATIONS.items() for patch in patches])
def test_a_broken_check_lets_its_bad_objects_through(monkeypatch, check, patch):
    STATIC_PODS.cache_clear()
    module, name, broken = patch
    monkeypatch.setattr(module, name, broken)
    missed = {c.id for c in BAD if not _caught(c)}
    own = {c.id for c in BAD if c.check == check}
    assert missed, "no bad object got through: the corpus would not notice this broken check"
    assert own <= missed, own - missed  # each bad object of the family is found by that check alone
    # a check broken to accept everything still passes the good objects
    for _, documents, era in GOOD:
        assert crd.validate_documents(documents, era=era) == []
    STATIC_PODS.cache_clear()
