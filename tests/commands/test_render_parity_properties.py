"""Property: for any values file across the chart's values surface, our manifests match the chart's.

The values are drawn by :mod:`values_strategies` (valid for our loader, written with text the
chart does not mangle). The run is derandomized -- the same examples on every run -- and bounded
so that it takes well under a minute.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from constructs_lib.config import load_values_text
from constructs_lib.crd import validate_documents
from parity_support import assert_parity, compare, helm_render, our_documents, unexpected
from values_strategies import dump, values_files

PROPERTY_MINIMUM = 99.0


@settings(max_examples=30, deadline=None, derandomize=True, database=None, print_blob=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                                 HealthCheck.function_scoped_fixture])
@given(drawn=values_files())
def test_drawn_values_render_like_the_chart(drawn, tmp_path_factory):
    values, name, namespace = drawn
    text = dump(values)
    loaded = load_values_text(text, "drawn.yaml")  # raises ConfigError if the strategy drew invalid values
    assert loaded.warnings == []
    documents = our_documents(text, name, namespace, source="drawn.yaml")
    result = compare(helm_render(text, name, namespace), documents, tmp_path_factory.mktemp("parity"))
    assert_parity(result, PROPERTY_MINIMUM, f"values:\n{text}")
    assert unexpected(result) == [], text
    assert validate_documents(documents) == [], text
