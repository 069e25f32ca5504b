"""Fixtures for the configuration tests."""
from __future__ import annotations

import copy
import json

import pytest
import yaml

from config_helpers import BASE, CHART, SHARED


@pytest.fixture(autouse=True, scope="session")
def _crd_schemas():
    """The loader's CRD checker. TODO(crd-bundle): until constructs_lib.crd is in the tree, read
    the CRDs from ../shared/crds through the stand-in adapter."""
    from constructs_lib.config import crdcheck

    try:
        import constructs_lib.crd  # noqa: F401
    except ImportError:
        from constructs_lib.config.crd_fallback import CrdDirectory, validate_value

        crdcheck._DEFAULT = crdcheck.SchemaCrdChecker(CrdDirectory(SHARED / "crds").subschema, validate_value)
    yield


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
