"""cluster-vsphere for cdk8s: Cluster API clusters on vSphere, declared as typed constructs.

Public API (imported lazily, so that ``constructs_lib.config`` stays free of cdk8s and jsii)::

    from constructs_lib import VsphereCluster, VsphereClusterProps, ClusterValues, load_values_file

* :class:`VsphereCluster` -- every object of one cluster, inside any cdk8s Chart; it checks its
  props (values with the rules of a values file) and raises :class:`ConfigError`;
* :class:`VsphereClusterChart` -- a Chart holding one VsphereCluster;
* :class:`VsphereClusterProps` -- its typed props (name, values, namespace, options);
  ``VsphereClusterProps.from_cluster_file(path)`` builds them from a cluster file as the commands do;
* :class:`ClusterValues` -- the typed configuration (the chart's values, snake_case; ``help()``
  lists every field with its meaning and default);
* :func:`load_values_file` / :func:`load_values_text` -- chart values files into ClusterValues;
* :func:`load_cluster_file` -- a ``clusters/NAME.yaml`` file (values plus ``deployment``);
* :class:`ConfigError` -- every problem of a values file, with field paths;
* :class:`IpamAssignJob` / :class:`IpamAssignJobProps` -- the IPAM assignment Job on its own;
* :class:`EncryptionKeyJob` / :class:`EncryptionKeyJobProps` -- the Job that creates a cluster's
  encryption-at-rest key in the management cluster once;
* :class:`ManagementCluster` (``CURRENT``, ``CHART_ERA``) -- the declared controller releases
  (``VsphereClusterProps.management_cluster``);
* :func:`neutral_values` -- ClusterValues on the neutral defaults (``ClusterValues.defaults()``
  are the chart's).
"""
from __future__ import annotations

import importlib
import os

_EXPORTS = {
    "VsphereCluster": ".constructs.cluster",
    "VsphereClusterChart": ".constructs.cluster",
    "VsphereClusterProps": ".constructs.cluster",
    "ClusterValues": ".config",
    "ConfigError": ".config",
    "load_values_file": ".config",
    "load_values_text": ".config",
    "load_cluster_file": ".config.cluster_file",
    "ClusterFile": ".config.cluster_file",
    "Deployment": ".config.cluster_file",
    "IpamAssignJob": ".constructs.jobs.ipam",
    "IpamAssignJobProps": ".constructs.jobs.ipam",
    "EncryptionKeyJob": ".constructs.jobs.encryption_key",
    "EncryptionKeyJobProps": ".constructs.jobs.encryption_key",
    "ManagementCluster": ".config",
    "CURRENT": ".config",
    "CHART_ERA": ".config",
    "neutral_values": ".config",
}

__all__ = sorted(_EXPORTS)


def quiet_node_warnings() -> None:
    """jsii prints a banner on every start because Node 20 is past its end of life; the runtime
    still works. Its switch lists the Node majors to stay quiet about, so add ours."""
    name = "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"
    versions = [v for v in os.environ.get(name, "").split(",") if v.strip()]
    if "20" not in versions:
        os.environ[name] = ",".join(versions + ["20"])


quiet_node_warnings()  # before anything starts the jsii runtime


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
