"""Updates Cluster API's admission webhooks refuse, found before anything is written.

The API server may accept an update whose schema is fine and still have Cluster API's webhook
refuse it; once that update is in Git, Flux fails on every interval until someone reverts it.
``plan`` and ``synth`` compare each object with what the output holds and refuse, naming the
values field behind it, what the webhooks of kubernetes-sigs/cluster-api v1.14.0 refuse:

* ``controlplane/kubeadm/webhooks/admission/kubeadmcontrolplane.go`` (``ValidateUpdate``): a
  KubeadmControlPlane field outside its list of mutable paths "cannot be modified", and the
  Kubernetes version may go up by one minor version at most ("Skipping a minor version is not
  allowed"); a version going down is refused too (Cluster API does not support downgrades);
* ``core/webhooks/admission/machinedeployment.go`` and ``machinehealthcheck.go``: ``spec.selector``
  and ``spec.clusterName`` of MachineDeployments and MachineHealthChecks are immutable.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

# The mutable paths of a KubeadmControlPlane (the webhook's allowedPaths, under spec; "*": anything below).
_KCP_MUTABLE = [p.split(".") for p in (
    "kubeadmConfigSpec.clusterConfiguration.etcd.*", "kubeadmConfigSpec.clusterConfiguration.dns.*",
    "kubeadmConfigSpec.clusterConfiguration.imageRepository", "kubeadmConfigSpec.clusterConfiguration.featureGates.*",
    "kubeadmConfigSpec.clusterConfiguration.apiServer.*", "kubeadmConfigSpec.clusterConfiguration.controllerManager.*",
    "kubeadmConfigSpec.clusterConfiguration.scheduler.*",
    "kubeadmConfigSpec.clusterConfiguration.certificateValidityPeriodDays",
    "kubeadmConfigSpec.clusterConfiguration.encryptionAlgorithm",
    "kubeadmConfigSpec.initConfiguration.nodeRegistration.*", "kubeadmConfigSpec.initConfiguration.patches.*",
    "kubeadmConfigSpec.initConfiguration.skipPhases", "kubeadmConfigSpec.initConfiguration.bootstrapTokens",
    "kubeadmConfigSpec.initConfiguration.localAPIEndpoint.*", "kubeadmConfigSpec.initConfiguration.timeouts.*",
    "kubeadmConfigSpec.joinConfiguration.nodeRegistration.*", "kubeadmConfigSpec.joinConfiguration.patches.*",
    "kubeadmConfigSpec.joinConfiguration.skipPhases", "kubeadmConfigSpec.joinConfiguration.caCertPath",
    "kubeadmConfigSpec.joinConfiguration.controlPlane.*", "kubeadmConfigSpec.joinConfiguration.discovery.*",
    "kubeadmConfigSpec.joinConfiguration.timeouts.*",
    "kubeadmConfigSpec.bootCommands", "kubeadmConfigSpec.preKubeadmCommands", "kubeadmConfigSpec.postKubeadmCommands",
    "kubeadmConfigSpec.files", "kubeadmConfigSpec.verbosity", "kubeadmConfigSpec.users", "kubeadmConfigSpec.ntp.*",
    "kubeadmConfigSpec.ignition.*", "kubeadmConfigSpec.diskSetup.*", "kubeadmConfigSpec.format",
    "kubeadmConfigSpec.mounts", "machineTemplate.*", "replicas", "version", "remediation.*",
    "machineNaming.*", "rollout.*", "rolloutAfter", "rolloutBefore.*", "rolloutStrategy.*")]

# Where an object field comes from in the values (the first prefix that matches).
_VALUES_FIELDS = [
    ("spec.version", "cluster.kubernetesVersion"),
    ("spec.kubeadmConfigSpec.clusterConfiguration.networking.serviceSubnet", "connectivity.network.services.cidrBlocks"),
    ("spec.kubeadmConfigSpec.clusterConfiguration.networking.podSubnet", "connectivity.network.pods.cidrBlocks"),
    ("spec.kubeadmConfigSpec.clusterConfiguration.networking.dnsDomain", "connectivity.network.dnsDomain"),
    ("spec.kubeadmConfigSpec.clusterConfiguration.controlPlaneEndpoint",
     "connectivity.network.controlPlaneEndpoint"),
]
_MINOR = re.compile(r"^v?(\d+)\.(\d+)")


def _mutable(path: list[str]) -> bool:
    """As the webhook's ``allowed``: the path itself, or anything below an entry ending in ``*``
    (which also allows that entry's parent: set or unset). Lists change as a whole."""
    return any(path[: len(allowed) - 1] == allowed[:-1] if allowed[-1] == "*" else path == allowed
               for allowed in _KCP_MUTABLE)


def _changed_paths(old: Any, new: Any, path: list[str]) -> Iterable[list[str]]:
    """The paths a JSON merge patch from ``old`` to ``new`` sets (lists are replaced whole)."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new), key=str):
            if old.get(key) != new.get(key):
                yield from _changed_paths(old.get(key), new.get(key), path + [str(key)])
    elif old != new:
        yield path


def _values_field(path: str) -> str:
    return next((field for prefix, field in _VALUES_FIELDS if path.startswith(prefix)), "")


def _minor(version: Any):
    match = _MINOR.match(version) if isinstance(version, str) else None
    return (int(match.group(1)), int(match.group(2))) if match else None


def _refusal(source: str, doc: dict, path: str, why: str) -> str:
    meta = doc.get("metadata") or {}
    field = _values_field(path)
    changed = f"{field} changed: " if field else ""
    return (f"{source}: {changed}{doc.get('kind')} {meta.get('namespace', '')}/{meta.get('name')}: {path}: {why} "
            f"(Cluster API's admission webhook would refuse the update; Flux would fail on it until it is reverted)")


def kubeadm_control_plane_refusals(source: str, old: dict, new: dict) -> list[str]:
    refusals = []
    for path in _changed_paths(old.get("spec") or {}, new.get("spec") or {}, []):
        if not _mutable(path):
            refusals.append(_refusal(source, new, "spec." + ".".join(path),
                                     "cannot be modified (not among the KubeadmControlPlane's mutable fields)"))
    before, after = (old.get("spec") or {}).get("version"), (new.get("spec") or {}).get("version")
    if before != after and _minor(before) and _minor(after):
        if _minor(after) > (_minor(before)[0], _minor(before)[1] + 1):
            refusals.append(_refusal(source, new, "spec.version", f"cannot update Kubernetes version from {before} "
                                     f"to {after}: skipping a minor version is not allowed (one minor at a time)"))
        elif _minor(after) < _minor(before):
            refusals.append(_refusal(source, new, "spec.version", f"cannot go down from {before} to {after}: "
                                     "Cluster API does not downgrade Kubernetes"))
    return refusals


def immutable_refusals(source: str, old: dict, new: dict) -> list[str]:
    refusals = []
    for field in ("selector", "clusterName"):
        if (old.get("spec") or {}).get(field) != (new.get("spec") or {}).get(field):
            refusals.append(_refusal(source, new, f"spec.{field}", "is immutable"))
    return refusals


def admission_refusals(source: str, old_docs: Iterable[dict], new_docs: Iterable[dict]) -> list[str]:
    """What the webhooks would refuse when ``new_docs`` replace ``old_docs`` (objects matched by
    kind, namespace and name)."""
    def key(doc: dict):
        meta = doc.get("metadata") or {}
        return doc.get("kind"), meta.get("namespace"), meta.get("name")

    old = {key(d): d for d in old_docs if isinstance(d, dict)}
    refusals = []
    for doc in new_docs:
        previous = old.get(key(doc))
        if previous is None:
            continue
        if doc.get("kind") == "KubeadmControlPlane":
            refusals += kubeadm_control_plane_refusals(source, previous, doc)
        elif doc.get("kind") in ("MachineDeployment", "MachineHealthCheck"):
            refusals += immutable_refusals(source, previous, doc)
    return refusals
