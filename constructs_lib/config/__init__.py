"""Typed configuration of one cluster: the cluster-vsphere 0.9.7 chart's values, loaded and checked.

Pure Python (no cdk8s, no jsii), so loading and validating a fleet of values files is fast.

    from constructs_lib.config import load_values_file, ConfigError
    try:
        result = load_values_file("clusters/a.yaml")
    except ConfigError as exc:
        print(exc)            # every problem, one per line, secrets masked
    else:
        values = result.values    # ClusterValues
        result.warnings           # e.g. keys the chart ignores

Modules: :mod:`.model` (dataclasses and defaults), :mod:`.merge` (Helm's coalescing),
:mod:`.defaults` (the neutral and the chart's defaults), :mod:`.loader` (YAML -> model), :mod:`.spec` (accepted keys and types), :mod:`.validate` (all
checks), :mod:`.rules` (single-value checks), :mod:`.crdcheck` (pass-through maps vs. CRDs),
:mod:`.checked` (values built in code, held to a file's rules), :mod:`.cluster_file` (cluster
files), :mod:`.releases` (the management cluster's releases and what follows from them),
:mod:`.fielddocs` (``help()`` lists each dataclass field), :mod:`.errors`.
"""
from .errors import ConfigError, FieldError, MASK
from .checked import checked_values
from .loader import (
    LoadResult,
    chart_defaults,
    load_values_file,
    load_values_mapping,
    load_values_text,
    merged_values,
    parse_values_text,
)
from .defaults import (
    DEFAULTS_MODES,
    NEUTRAL_OVERRIDES,
    chart_default_notices,
    chart_values,
    defaults_mapping,
    neutral_values,
    required_field_errors,
)
from .merge import merge_values
from .model import (
    CONTROL_PLANE_CLASS,
    RELEASE_INTERVAL_DEFAULTS,
    ApiServer,
    CidrBlocks,
    ClusterSettings,
    ClusterValues,
    Connectivity,
    ControllerManager,
    ControlPlane,
    ControlPlaneEndpoint,
    ControlPlaneImage,
    HelmReleases,
    Image,
    ImageRef,
    Internal,
    LoadBalancers,
    Network,
    NodePool,
    Oidc,
    Proxy,
    RegistryCredentials,
    RegistryMirror,
    ReleaseSettings,
    Teleport,
    Vcenter,
)
from .releases import CHART_ERA, CURRENT, ManagementCluster, served_api_versions
from .spec import IGNORED_CHART_KEYS
from .validate import RESERVED_LABEL_KEYS, validate_values

__all__ = [
    "ConfigError", "FieldError", "MASK", "LoadResult", "load_values_file", "load_values_text", "load_values_mapping",
    "parse_values_text", "checked_values",
    "chart_defaults", "merged_values", "merge_values", "validate_values", "IGNORED_CHART_KEYS",
    "RESERVED_LABEL_KEYS", "CONTROL_PLANE_CLASS", "RELEASE_INTERVAL_DEFAULTS",
    "ApiServer", "CidrBlocks", "ClusterSettings", "ClusterValues", "Connectivity", "ControllerManager", "ControlPlane",
    "ControlPlaneEndpoint", "ControlPlaneImage", "HelmReleases", "Image", "ImageRef", "Internal", "LoadBalancers",
    "Network", "NodePool", "Oidc", "Proxy", "RegistryCredentials", "RegistryMirror", "ReleaseSettings", "Teleport",
    "Vcenter", "ManagementCluster", "CHART_ERA", "CURRENT", "served_api_versions",
    "DEFAULTS_MODES", "NEUTRAL_OVERRIDES", "chart_default_notices", "chart_values", "defaults_mapping",
    "neutral_values", "required_field_errors",
]
