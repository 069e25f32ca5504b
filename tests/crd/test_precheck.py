"""The quick pass says yes exactly where the validator's walk finds no problem: over the corpus
of good and bad objects, our dist/ objects, and thousands of random edits of them."""
from __future__ import annotations

import copy
import datetime
import random
from pathlib import Path

import pytest
import yaml

from constructs_lib import crd
from constructs_lib.crd import precheck
from rule_corpus import BAD, GOOD

ROOT = Path(__file__).resolve().parents[2]


def _schema(document: dict, era: str) -> dict | None:
    api_version, kind = document["apiVersion"], document["kind"]
    for name in (era, *crd.ERAS):
        try:
            return crd.load_crd_schema(api_version, kind, era=name)
        except crd.SchemaNotFound:
            continue
    return crd.core_schema(api_version, kind)


def _pairs(document: dict, era: str):
    """(schema node, value) pairs the validator walks for one object: metadata and body."""
    schema = _schema(document, era)
    if schema is None:  # a kind no release serves (one of the bad objects): metadata only
        return [(crd._OBJECT_META, document.get("metadata"))]
    body_schema, _ = crd._body_schemas(schema)
    body = {k: v for k, v in document.items() if k not in ("apiVersion", "kind", "metadata")}
    return [(crd._OBJECT_META, document.get("metadata")), (body_schema, body)]


def _walk_finds_nothing(schema: dict, value) -> bool:
    found: list = []
    crd._validate(schema, value, "", found)
    return not found


def _agree(schema: dict, value) -> bool:
    return precheck.passes(schema, value) == _walk_finds_nothing(schema, value)


def _dist_documents() -> list[dict]:
    documents = []
    for path in sorted((ROOT / "dist").glob("*.k8s.yaml")):
        documents += [d for d in yaml.safe_load_all(path.read_text()) if d]
    return documents


def test_the_corpus_is_judged_alike():
    cases = [(name, documents, era) for name, documents, era in GOOD] + [(c.id, c.documents, c.era) for c in BAD]
    disagree = [name for name, documents, era in cases for document in documents
                for schema, value in _pairs(document, era) if not _agree(schema, value)]
    assert disagree == []
    # the bad ones are bad for the quick pass too (it is no weaker than the walk)
    assert not all(precheck.passes(s, v) for c in BAD for d in c.documents for s, v in _pairs(d, c.era))


def test_our_objects_pass_both():
    documents = _dist_documents()
    assert len(documents) > 50
    for document in documents:
        for schema, value in _pairs(document, "current"):
            assert precheck.passes(schema, value) and _walk_finds_nothing(schema, value), document["kind"]


def _places(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _places(item, (*path, index))


_EDITS = ("null", "number", "text", "flag", "list", "mapping", "drop", "unknown key", "repeat item", "empty text",
          "timestamp")


def _edited(value, path, edit):
    changed = copy.deepcopy(value)
    if not path:
        return None if edit == "null" else changed
    parent = changed
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    replacement = {"null": None, "number": 12345, "text": "some-text", "flag": True, "list": [],
                   "mapping": {}, "empty text": "", "timestamp": datetime.date(2024, 1, 31)}.get(edit)
    if edit in ("drop",) and isinstance(parent, dict):
        del parent[last]
    elif edit == "unknown key" and isinstance(parent[last], dict):
        parent[last]["zzUnknownField"] = 1
    elif edit == "repeat item" and isinstance(parent[last], list) and parent[last]:
        parent[last].append(copy.deepcopy(parent[last][0]))
    elif replacement is not None or edit == "null":
        parent[last] = replacement
    return changed


@pytest.mark.parametrize("seed", range(4))
def test_random_edits_of_our_objects_are_judged_alike(seed):
    chance = random.Random(seed)
    documents = _dist_documents()
    checked = rejected = 0
    for document in documents:
        for schema, value in _pairs(document, "current"):
            places = list(_places(value))
            for _ in range(12):
                changed = _edited(value, chance.choice(places), chance.choice(_EDITS))
                assert _agree(schema, changed), (document["kind"], changed)
                checked += 1
                rejected += not precheck.passes(schema, changed)
    assert checked > 1000 and rejected > checked // 10  # the edits do break objects, often
