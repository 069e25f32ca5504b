"""Shared helpers of the configuration tests: the chart's reference files and a valid base values set."""
from __future__ import annotations

import copy
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
CHART = SHARED / "reference" / "chart" / "cluster-vsphere-0.9.7"
REFERENCE_VALUES = sorted((SHARED / "reference" / "values").glob("*.yaml"))

# The smallest file the chart accepts (the reference defaults.yaml without comments).
BASE = {
    "baseDomain": "example.test",
    "connectivity": {
        "network": {
            "controlPlaneEndpoint": {"host": "10.0.10.5"},
            "loadBalancers": {"cidrBlocks": ["10.0.10.64/27"]},
        }
    },
}


def overlay(base: dict, extra: dict) -> dict:
    """``extra`` laid over ``base`` key by key (a test-local helper, independent of the merge code)."""
    out = copy.deepcopy(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = overlay(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def dump(values: dict) -> str:
    return yaml.safe_dump(values, sort_keys=False)
