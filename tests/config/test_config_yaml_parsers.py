"""Values files are read with libyaml when PyYAML has it: the result must be exactly the
pure-Python parser's (same values, same types, same duplicate keys and positions), and a file
libyaml rejects is reported in the pure-Python parser's words."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from constructs_lib.config import ConfigError
from constructs_lib.config import loader

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

pytestmark = pytest.mark.skipif(loader._CLoader is loader._PyLoader, reason="PyYAML without libyaml")

SAMPLES = {
    "scalars": (
        "a: y\nb: n\nc: on\nd: off\ne: 0x1f\nf: 017\ng: 0b101\nh: 1_000\ni: 1.5e+3\nj: .inf\nk: ~\n"
        "l: 2024-01-02\nm: '2024-01-02'\nn: 1:30\no: \"quoted\"\np: +12\nq: -0\nr: 3.\ns: .5\nt: Yes\n"
    ),
    "nesting": "top:\n  list: [1, {x: [a, b]}, \"c\"]\n  map: {k: v, n: null}\n  block: |\n    line\n    two\n",
    "anchors": "base: &b {cpu: 2, mem: 4}\nuse: *b\nmerged:\n  <<: *b\n  cpu: 8\n",
    "duplicates": "a: 1\nb:\n  c: 2\n  c: 3\na: 4\n",
    "empty": "",
    "comments-only": "# nothing\n",
    "integer keys": "1: one\n2.5: two\ntrue: three\n",
}


def _typed(value):
    """The value with every scalar's type made visible (``True == 1`` must not pass)."""
    if isinstance(value, dict):
        return {_typed(k): _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, value)


def _both(text: str):
    results = []
    for loader_class in (loader._CLoader, loader._PyLoader):
        document, duplicates = loader._parse(text, "a.yaml", loader_class)
        results.append((_typed(document), [str(e) for e in duplicates]))
    return results


def _files() -> list[Path]:
    found = sorted((ROOT / "clusters").glob("*.yaml")) + sorted((ROOT / "tests" / "cases").glob("*.yaml"))
    found += sorted((SHARED / "reference" / "values").glob("*.yaml"))
    found.append(SHARED / "reference" / "chart" / "cluster-vsphere-0.9.7" / "values.yaml")
    return [path for path in found if path.is_file()]


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_libyaml_reads_samples_like_the_python_parser(name):
    c_result, py_result = _both(SAMPLES[name])
    assert c_result == py_result


def test_duplicate_keys_are_found_at_the_same_places():
    for loader_class in (loader._CLoader, loader._PyLoader):
        _, duplicates = loader._parse(SAMPLES["duplicates"], "a.yaml", loader_class)
        assert [(e.message, e.line, e.column) for e in duplicates] == [
            ("duplicate key 'c' at line 4, column 3", 4, 3), ("duplicate key 'a' at line 5, column 1", 5, 1)]


def test_libyaml_reads_every_project_and_reference_file_like_the_python_parser():
    files = _files()
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        c_result, py_result = _both(text)
        assert c_result == py_result, path.name


@pytest.mark.parametrize("text, words", [
    ("a: [1, 2\nb: 3\n", "YAML syntax error at line"),
    ("a:\n\tb: 1\n", "found character '\\t' that cannot start any token"),
    ("a: b: c\n", "mapping values are not allowed here"),
])
def test_a_file_libyaml_rejects_is_reported_in_the_python_parsers_words(text, words):
    with pytest.raises(ConfigError) as c_info:
        loader._parse(text, "a.yaml", loader._CLoader)
    with pytest.raises(ConfigError) as info:
        loader.parse_values_text_lenient(text, "a.yaml")
    with pytest.raises(ConfigError) as py_info:
        loader._parse(text, "a.yaml", loader._PyLoader)
    assert [str(e) for e in info.value.errors] == [str(e) for e in py_info.value.errors]
    assert words in str(info.value.errors[0])
    assert c_info.value.errors  # libyaml rejects it too, in its own words


def test_the_parsers_differ_only_in_the_parser():
    assert issubclass(loader._CLoader, yaml.CSafeLoader)
    assert loader._CLoader.yaml_implicit_resolvers is loader._PyLoader.yaml_implicit_resolvers
    assert loader._CLoader.yaml_constructors is loader._PyLoader.yaml_constructors
