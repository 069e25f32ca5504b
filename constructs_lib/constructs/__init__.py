"""The constructs: every object of a cluster, built from its typed configuration.

:mod:`.cluster` composes them into :class:`~.cluster.VsphereCluster`; each part is a construct of
its own, grouped by concern:

* :mod:`.cluster_api` -- Cluster API and CAPV objects: Cluster, VSphereCluster, control plane,
  machine templates, node pools, health check, vCenter credentials;
* :mod:`.node_config` -- what lands on a node: kubeadm and Ignition configuration, files,
  containerd, kube-vip (pure functions, and the Secrets that carry them);
* :mod:`.flux` -- the Flux HelmRepositories and HelmReleases of the add-ons;
* :mod:`.jobs` -- the Jobs we ship: IPAM assignment and deletion cleanup (cdk8s-plus), with their
  network policy.

Shared by all: :mod:`.context` (what every part derives from the props), :mod:`.naming` (object
names and the chart's hash suffixes, computed with :mod:`.go_functions`, Go's and Sprig's text
functions byte for byte), :mod:`.labels`, :mod:`.typed` (mappings into the generated classes),
:mod:`.documents` and :mod:`.manifest_yaml` (a chart's objects as data and as YAML).

The constructs import the values model (:mod:`constructs_lib.config`) and nothing above them:
not the commands, not the runtime that speeds the commands up.
"""
