"""CEL rules (``x-kubernetes-validations``) applied as the API server applies them: where a rule
sits and what ``self`` is there, the messages, fieldPath and reason, transition rules, and the
Kubernetes CEL libraries; every rule of the shipped schemas compiles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from constructs_lib import crd
from constructs_lib.crd import rules

SCHEMAS = Path(crd.__file__).parent / "schemas"


def _rules_of(schema, found):
    if isinstance(schema, dict):
        for spec in schema.get("x-kubernetes-validations", []):
            found.append(spec)
        for value in schema.values():
            _rules_of(value, found)
    elif isinstance(schema, list):
        for value in schema:
            _rules_of(value, found)
    return found


def _bundled_rules() -> list[dict]:
    found: list[dict] = []
    for path in sorted(SCHEMAS.rglob("*.json")):
        if path.name != "index.json":
            _rules_of(json.loads(path.read_text()), found)
    return found


def test_every_rule_of_the_shipped_schemas_compiles_and_none_is_a_transition_rule():
    bundled = _bundled_rules()
    assert len(bundled) >= 29  # 9 distinct rules, on 29 schema nodes of the current CRDs
    for spec in bundled:
        compiled = rules.compile_rule(spec["rule"], bool(spec.get("optionalOldSelf")))
        assert compiled.error is None and compiled.program is not None, spec
        assert not compiled.transition
    assert not set(rules.unevaluated_rules()) & {spec["rule"] for spec in bundled}


def _object(rule: dict, **properties) -> dict:
    return {"type": "object", "properties": properties or {"a": {"type": "string"}, "b": {"type": "string"}},
            "x-kubernetes-validations": [rule]}


def test_self_is_the_node_and_absent_fields_are_not_evaluated():
    schema = {"type": "object", "properties": {"spec": _object({"rule": "has(self.a) != has(self.b)",
                                                                "message": "one of a and b"})}}
    assert crd.validate_value(schema, {"spec": {"a": "x"}}) == []
    assert crd.validate_value(schema, {"spec": {"a": "x", "b": "y"}}) == [("spec", "one of a and b "
                                                                                   "(rule: has(self.a) != has(self.b))")]
    assert crd.validate_value(schema, {}) == []  # spec is absent: its rule is not evaluated
    assert crd.validate_value(schema, {"spec": None}) == []  # null: pruned, as absent


def test_rules_of_list_items_and_map_values_apply_to_each():
    item = {"type": "string", "x-kubernetes-validations": [{"rule": "self != 'bad'", "message": "no bad"}]}
    schema = {"type": "object", "properties": {"list": {"type": "array", "items": item},
                                               "map": {"type": "object", "additionalProperties": item}}}
    assert crd.validate_value(schema, {"list": ["ok", "bad", "fine", "bad"], "map": {"x": "ok", "y": "bad"}}) == [
        ("list[1]", "no bad (rule: self != 'bad')"), ("list[3]", "no bad (rule: self != 'bad')"),
        ("map.y", "no bad (rule: self != 'bad')")]


def test_self_holds_defaults_without_nulls_and_escaped_names():
    schema = _object({"rule": "self.mode == 'fast' && !has(self.gone) && self.__dash__x == 1 && self.__namespace__ == 'n'"},
                     mode={"type": "string", "default": "fast"}, gone={"type": "string"},
                     **{"-x": {"type": "integer"}, "namespace": {"type": "string"}})
    assert crd.validate_value(schema, {"gone": None, "-x": 1, "namespace": "n"}) == []
    assert crd.validate_value(schema, {"mode": "slow", "-x": 1, "namespace": "n"}) != []


def test_message_expression_field_path_and_reason():
    schema = _object({"rule": "self.a == self.b", "messageExpression": "'a is ' + self.a + ', b is ' + self.b",
                      "message": "unused", "fieldPath": ".b", "reason": "FieldValueForbidden"})
    assert crd.validate_value(schema, {"a": "1", "b": "2"}, "spec") == [
        ("spec.b", "Forbidden: a is 1, b is 2 (rule: self.a == self.b)")]
    # an empty messageExpression falls back to the message, a missing message to the rule
    schema = _object({"rule": "self.a == self.b", "messageExpression": "''", "message": "differ",
                      "fieldPath": ".m['k.x']"})
    assert crd.validate_value(schema, {"a": "1", "b": "2"}, "spec") == [("spec.m.k.x", "differ (rule: self.a == self.b)")]
    schema = _object({"rule": "self.a == self.b"})
    assert crd.validate_value(schema, {"a": "1", "b": "2"}, "spec") == [("spec", "failed rule: self.a == self.b")]


def test_an_evaluation_error_is_a_problem():
    schema = _object({"rule": "self.a == 'x' || self.b == 'y'"})
    assert crd.validate_value(schema, {"b": "z"}, "spec") == [
        ("spec", "rule evaluation error: NOT_FOUND: Key not found in map : \"a\" (rule: self.a == 'x' || self.b == 'y')")]


def test_rules_are_not_evaluated_over_values_of_the_wrong_type():
    schema = _object({"rule": "self.a.startsWith('x')"}, a={"type": "string"})
    assert crd.validate_value(schema, {"a": 5}, "spec") == [("spec.a", "must be a string")]


def test_transition_rules_are_skipped_on_create_unless_old_self_is_optional():
    schema = _object({"rule": "self.a == oldSelf.a", "message": "immutable"})
    assert crd.validate_value(schema, {"a": "1"}) == []
    optional = _object({"rule": "oldSelf.hasValue() ? self.a == oldSelf.value().a : self.a == 'new'",
                        "optionalOldSelf": True, "message": "a new object has a=new"})
    assert crd.validate_value(optional, {"a": "new"}) == []
    assert crd.validate_value(optional, {"a": "old"}, "spec") == [("spec", "a new object has a=new (rule: "
                                                                           "oldSelf.hasValue() ? self.a == oldSelf.value().a"
                                                                           " : self.a == 'new')")]


def test_a_rule_of_the_schema_root_sees_the_whole_object():
    schema = crd.load_crd_schema("helm.toolkit.fluxcd.io/v2", "HelmRelease", era="current")
    rooted = dict(schema, **{"x-kubernetes-validations": [
        {"rule": "self.metadata.name.startsWith(self.spec.releaseName) && self.kind == 'HelmRelease'",
         "message": "the name starts with the release name"}]})
    from test_eras import HELM_RELEASE_V2  # noqa: PLC0415

    found: list = []
    crd._validate_body(rooted, HELM_RELEASE_V2, found)
    assert found == [("", "the name starts with the release name (rule: self.metadata.name.startsWith("
                          "self.spec.releaseName) && self.kind == 'HelmRelease')")]
    renamed = dict(HELM_RELEASE_V2, metadata={"name": "cilium-c1"})
    found = []
    crd._validate_body(rooted, renamed, found)
    assert found == []


@pytest.mark.parametrize("rule", [
    # cel-go extensions the API server enables
    "'Ab,C'.lowerAscii().split(',') == ['ab', 'c']",
    "'%s-%d'.format(['a', 1]) == 'a-1'",
    "{'a': 1}.?b.orValue(2) == 2",
    "cel.bind(x, 2, x * x) == 4",
    "math.greatest([1, 5, 3]) == 5",
    "base64.decode('YQ==') == b'a'",
    # Kubernetes lists, regex, URLs, quantities, IPs and CIDRs
    "[1, 2, 2].isSorted() && [3, 1].sum() == 4 && [3, 1].min() == 1 && [3, 1].max() == 3",
    "['a', 'b', 'a'].indexOf('a') == 0 && ['a', 'b', 'a'].lastIndexOf('a') == 2",
    "'abc 123 def 456'.find('[0-9]+') == '123' && 'abc 123 def 456'.findAll('[0-9]+') == ['123', '456']",
    "isURL('https://example.com:8443/p?q=1') && url('https://example.com:8443/p?q=1').getHostname() == 'example.com'",
    "url('https://example.com:8443/p').getPort() == '8443' && url('https://example.com/p').getScheme() == 'https'",
    "!isURL('not a url')",
    "quantity('1Gi').isGreaterThan(quantity('1000Mi')) && quantity('500m').compareTo(quantity('0.5')) == 0",
    "quantity('1.5').add(quantity('500m')).asInteger() == 2 && isQuantity('2Gi') && !isQuantity('2GB')",
    "quantity('1k').sub(1).asApproximateFloat() == 999.0 && quantity('-1').sign() == -1",
    "isIP('10.0.0.1') && ip('10.0.0.1').family() == 4 && ip('::1').isLoopback() && !isIP('10.0.0.256')",
    "isCIDR('10.0.0.0/8') && cidr('10.0.0.0/8').containsIP('10.1.2.3') && cidr('10.0.0.0/8').prefixLength() == 8",
    "cidr('10.0.0.0/8').containsCIDR('10.1.0.0/16') && !cidr('10.0.0.0/16').containsCIDR('10.0.0.0/8')",
])
def test_the_kubernetes_cel_libraries(rule):
    schema = {"type": "object", "x-kubernetes-validations": [{"rule": rule}], "properties": {}}
    assert rules.compile_rule(rule).error is None
    assert crd.validate_value(schema, {}) == []
    negated = {"type": "object", "x-kubernetes-validations": [{"rule": f"!({rule})"}], "properties": {}}
    assert crd.validate_value(negated, {}) == [("", f"failed rule: !({rule})")]


def test_a_rule_that_does_not_compile_is_skipped_and_listed():
    rule = "self.a.semverMajor() == 1"
    schema = _object({"rule": rule})
    assert crd.validate_value(schema, {"a": "1.2.3"}) == []
    assert rule in rules.unevaluated_rules()
    assert "undeclared reference" in rules.unevaluated_rules()[rule]
    rules._FAILED.pop(rule)


def test_each_rule_is_compiled_once():
    rules.compile_rule.cache_clear()
    schema = {"type": "array", "items": {"type": "string", "x-kubernetes-validations": [{"rule": "self.size() < 3"}]}}
    assert len(crd.validate_value(schema, ["a", "bbb", "cc", "dddd"])) == 2
    info = rules.compile_rule.cache_info()
    # compiled for the first item, found compiled for the others (by the quick pass, then the walk)
    assert info.misses == 1 and info.hits >= 3


def test_defaults_fill_required_fields_and_nullable_nulls_stay():
    schema = {"type": "object", "required": ["provider"],
              "properties": {"provider": {"type": "string", "default": "cosign"},
                             "note": {"type": "string", "nullable": True, "default": "n"}},
              "x-kubernetes-validations": [{"rule": "self.provider == 'cosign' && self.note == null"}]}
    assert crd.validate_value(schema, {"note": None}) == []  # provider defaulted; a nullable null is not defaulted
    assert crd.validate_value(schema, {}) == [("", "failed rule: self.provider == 'cosign' && self.note == null")]
    del schema["properties"]["provider"]["default"]
    assert crd.validate_value(schema, {"note": None})[0] == ("provider", "is required")


@pytest.mark.parametrize("rules_and_messages,fields", [
    (["(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))"], {"chart", "chartRef"}),
    (["self.spec.replicas > 0 && self.metadata.name != ''"], {"spec", "metadata"}),
    (["has(self.a)", "'bad: ' + self.__namespace__"], {"a", "__namespace__"}),
    (["self.all(x, self.exists_one(y, x.name == y.name))"], None),
    (["size(self) < 3"], None),
    (["self['a'] == 1"], None),
    (["self.?a.orValue(1) == 1"], None),
    (["oldSelf == self.a"], {"a"}),
])
def test_the_fields_a_rule_reads(rules_and_messages, fields):
    rule, *message = rules_and_messages
    spec = {"rule": rule, **({"messageExpression": message[0]} if message else {})}
    found = rules.fields_read({"type": "object", "x-kubernetes-validations": [spec]})
    assert found == (None if fields is None else frozenset(fields))


def test_the_view_of_only_the_fields_read_judges_as_the_whole_view(monkeypatch):
    from rule_corpus import BAD, GOOD

    cases = [(documents, era) for _, documents, era in GOOD] + [(c.documents, c.era) for c in BAD]
    pruned = [crd.validate_documents(documents, era=era) for documents, era in cases]
    monkeypatch.setattr(rules, "fields_read", lambda schema: None)
    assert [crd.validate_documents(documents, era=era) for documents, era in cases] == pruned
    assert any(pruned) and not all(pruned)
