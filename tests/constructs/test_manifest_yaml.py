"""The manifest YAML writer: its own block writer must give exactly the bytes of ``yaml.dump_all``."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import DIST
from constructs_lib.constructs.manifest_yaml import dump_documents, dump_documents_with_pyyaml, load_documents

# Text that stresses YAML quoting: indicators, line breaks of every kind, unicode, YAML 1.1 words.
_TRICKY = st.sampled_from(["", "yes", "no", "on", "null", "~", "1e3", "0x1F", "12:30", "- a", "a: b", "#x", "'",
                           '"', "a\nb", "a\n", "\n", "a\n\n", " lead", "trail ", "\t", "a\r\nb", "\u2028",
                           "\x85", "é", "💾", "*alias", "&anchor", "!tag", "%", "@", "`", "{a}", "[a]", "|", ">"])
_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                     st.text(max_size=40), _TRICKY)
_KEYS = st.one_of(st.text(max_size=20), _TRICKY)
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                         st.dictionaries(_KEYS, inner, max_size=4)),
                       max_leaves=30)
_DOCUMENTS = st.lists(st.dictionaries(_KEYS, _VALUES, min_size=1, max_size=5), max_size=3)


@settings(max_examples=300, deadline=None, derandomize=True)  # the same examples on every run
@given(_DOCUMENTS)
def test_same_bytes_as_pyyaml(documents):
    assert dump_documents(documents) == dump_documents_with_pyyaml(documents)


def test_same_bytes_for_every_committed_manifest():
    for path in sorted(DIST.glob("*.k8s.yaml")):
        documents = load_documents(path.read_text())
        assert dump_documents(documents) == dump_documents_with_pyyaml(documents), path.name


def test_shared_objects_fall_back_to_pyyaml():
    shared = {"a": 1}
    documents = [{"x": shared, "y": shared}]
    assert dump_documents(documents) == dump_documents_with_pyyaml(documents)
    assert "&id001" in dump_documents(documents)


def test_equal_numbers_written_differently_stay_apart():
    # 0.0 == -0.0 and 1 == 1.0 == True: each keeps its own text.
    documents = [{"a": 0.0, "b": -0.0, "c": 1, "d": 1.0, "e": True, 0.0: "x", -0.0: "y"}]
    assert dump_documents(documents) == dump_documents_with_pyyaml(documents)
    assert "b: -0.0\n" in dump_documents(documents)


# Strings of the writer's plain fast path (written without asking the dumper), their neighbours
# just outside it, and the YAML 1.1 words it must leave to the dumper.
_PLAIN_LIKE = st.one_of(
    st.from_regex(r"[A-Za-z][A-Za-z0-9_./-]{0,30}", fullmatch=True),
    st.from_regex(r"[A-Za-z][A-Za-z0-9_./-]{120,140}", fullmatch=True),
    st.sampled_from(["yes", "Yes", "YES", "no", "NO", "on", "On", "OFF", "true", "False", "null", "Null", "NULL",
                     "y", "n", "Y", "N", "tRuE", "nan", "inf", "a-", "a/", "a.", "x_1", "a" * 127, "a" * 128,
                     "a" * 1023, "a" * 1024, "-a", ".a", "/a", "_a", "a:b", "a b", "a#b"]))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.tuples(_PLAIN_LIKE, _PLAIN_LIKE), min_size=1, max_size=6))
def test_plain_strings_as_keys_and_values_as_pyyaml_writes_them(pairs):
    documents = [dict(pairs), {"list": [value for _, value in pairs]}]
    assert dump_documents(documents) == dump_documents_with_pyyaml(documents)
