"""Shared helpers of the configuration tests: the chart's reference files and a valid base values set.

(No conftest.py in this directory on purpose: a second module named ``conftest`` would replace
tests/conftest.py in ``sys.modules`` and break ``from conftest import ...`` in the other tests.)
"""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
CHART = SHARED / "reference" / "chart" / "cluster-vsphere-0.9.7"
REFERENCE_VALUES = sorted((SHARED / "reference" / "values").glob("*.yaml"))

# The smallest file the chart accepts (the reference defaults.yaml without comments), with the
# vCenter server today's CAPV requires (VSphereCluster v1beta2: docs/v1beta2.md).
BASE = {
    "baseDomain": "example.test",
    "vcenter": {"server": "https://vcenter.example.test"},
    "connectivity": {
        "network": {
            "controlPlaneEndpoint": {"host": "10.0.10.5"},
            "loadBalancers": {"cidrBlocks": ["10.0.10.64/27"]},
        }
    },
}

# BASE completed for a cluster file on the neutral defaults (deployment.defaults absent): what a
# working cluster needs beyond the chart's defaults (docs/defaults.md).
_MACHINE = {"template": "flatcar-stable-4230.2.3-kube-v1.33.4",
            "network": {"devices": [{"networkName": "vm-network", "dhcp4": True}]}}
NEUTRAL_BASE = {
    **BASE,
    "vcenter": {"server": "https://vcenter.example.test", "datacenter": "dc1", "datastore": "ds1"},
    "controlPlane": {"machineTemplate": dict(_MACHINE)},
    "nodeClasses": {"default": dict(_MACHINE)},
    "nodePools": {"worker": {"class": "default", "replicas": 2}},
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


@lru_cache(maxsize=None)
def _chart_values_text() -> str:
    return (CHART / "values.yaml").read_text()


def chart_values_yaml() -> dict:
    """The chart's values.yaml, parsed by PyYAML (independently of our loader); a fresh copy."""
    return yaml.safe_load(_chart_values_text())


def chart_schema() -> dict:
    """The chart's values.schema.json."""
    return json.loads((CHART / "values.schema.json").read_text())
