"""Fixtures for the configuration tests."""
from __future__ import annotations

import copy
import json

import pytest
import yaml

from config_helpers import BASE, CHART, SHARED


@pytest.fixture
def base_values() -> dict:
    return copy.deepcopy(BASE)


@pytest.fixture(scope="session")
def chart_values_yaml() -> dict:
    return yaml.safe_load((CHART / "values.yaml").read_text())


@pytest.fixture(scope="session")
def chart_schema() -> dict:
    import json

    return json.loads((CHART / "values.schema.json").read_text())
