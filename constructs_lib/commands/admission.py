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

They also refuse an output no webhook refuses but Kubernetes does not support: a MachineDeployment
whose ``spec.template.spec.version`` (its kubelet) is newer than the KubeadmControlPlane's
``spec.version`` (kube-apiserver), or older than the Kubernetes version skew policy allows
(:func:`~constructs_lib.config.rules.kubelet_skew`: three minor versions from Kubernetes 1.28,
two before). The versions are read at those paths, which v1beta1 and v1beta2 share.

:func:`upgrade_warnings` finds what works but is not the recommended order: a step that raises
the control plane to a new minor version and moves pools to it too. Without ClusterClass,
Cluster API rolls the KubeadmControlPlane and the MachineDeployments at the same time, so new
workers may join while kube-apiserver still runs the old version; the Cluster API book ("Upgrading
management and workload clusters") upgrades the control plane first, then the workers.
"""
from __future__ import annotations

from typing import Any, Iterable

from ..config.rules import SKEW_POLICY, kubelet_skew, version_parts
from .plan import comparable

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
    """``(major, minor)`` of a Kubernetes version (``v1.33.4``), None for anything else."""
    parts = version_parts(version)
    return None if parts is None else parts[:2]


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
    kind, namespace and name), and the pools' versions against the control plane's
    (:func:`version_skew_refusals`)."""
    new_docs = [d for d in new_docs if isinstance(d, dict)]
    old = {_key(d): d for d in old_docs if isinstance(d, dict)}
    refusals = []
    for doc in new_docs:
        previous = old.get(_key(doc))
        if previous is None:
            continue
        # An object moving from v1beta1 to v1beta2 is judged as the webhook sees it: both stored as v1beta2.
        before, after = comparable(previous, doc)
        if doc.get("kind") == "KubeadmControlPlane":
            refusals += kubeadm_control_plane_refusals(source, before, after)
        elif doc.get("kind") in ("MachineDeployment", "MachineHealthCheck"):
            refusals += immutable_refusals(source, before, after)
    return refusals + version_skew_refusals(source, new_docs)


# --- the Kubernetes versions of the pools against the control plane's ------------------------

def _meta(doc: dict) -> dict:
    meta = doc.get("metadata")
    return meta if isinstance(meta, dict) else {}


def _key(doc: dict) -> tuple:
    """Kind, namespace and name (as text when a hand-edited manifest holds something else there)."""
    meta = _meta(doc)
    return tuple(v if v is None or isinstance(v, str) else repr(v)
                 for v in (doc.get("kind"), meta.get("namespace"), meta.get("name")))


def _spec(doc: Any) -> dict:
    spec = doc.get("spec") if isinstance(doc, dict) else None
    return spec if isinstance(spec, dict) else {}


def _pool_version(md: Any) -> Any:
    """A MachineDeployment's ``spec.template.spec.version`` (v1beta1 and v1beta2)."""
    template = _spec(md).get("template")
    return _spec(template).get("version")


def _title(doc: dict) -> str:
    meta = _meta(doc)
    return f"{doc.get('kind')} {meta.get('namespace', '')}/{meta.get('name')}"


def _pool_field(md: dict) -> str:
    """The values field behind a MachineDeployment's version: ``nodePools.<pool>.kubernetesVersion``
    (the MachineDeployment is ``<cluster>-<pool>``)."""
    name, cluster = str(_meta(md).get("name", "")), str(_spec(md).get("clusterName", ""))
    pool = name[len(cluster) + 1:] if cluster and name.startswith(cluster + "-") else "<pool>"
    return f"nodePools.{pool}.kubernetesVersion"


def _pools_with_control_planes(docs: Iterable[dict]) -> list[tuple[dict, dict]]:
    """Each MachineDeployment with the KubeadmControlPlane of its cluster (its Cluster's
    ``spec.controlPlaneRef.name``, else the KubeadmControlPlane named like the cluster, as we emit)."""
    docs = [d for d in docs if isinstance(d, dict)]
    by_key = {_key(d): d for d in docs}
    pairs = []
    for md in docs:
        if md.get("kind") != "MachineDeployment":
            continue
        namespace, cluster = _key(md)[1], _spec(md).get("clusterName")
        cluster = cluster if isinstance(cluster, str) else None
        ref = _spec(by_key.get(("Cluster", namespace, cluster))).get("controlPlaneRef")
        name = ref.get("name") if isinstance(ref, dict) and ref.get("kind") == "KubeadmControlPlane" else cluster
        kcp = by_key.get(("KubeadmControlPlane", namespace, name)) if isinstance(name, str) else None
        if kcp is not None:
            pairs.append((md, kcp))
    return pairs


def version_skew_refusals(source: str, docs: Iterable[dict]) -> list[str]:
    """Each MachineDeployment of ``docs`` whose version is newer than its KubeadmControlPlane's, or
    older than the version skew policy allows (:func:`~constructs_lib.config.rules.kubelet_skew`)."""
    refusals = []
    for md, kcp in _pools_with_control_planes(docs):
        pool, control_plane = _pool_version(md), _spec(kcp).get("version")
        if kubelet_skew(control_plane, pool) is None:
            continue
        field = _pool_field(md)
        if version_parts(pool) > version_parts(control_plane):
            why, fix = "newer than", ("raise cluster.kubernetesVersion first, with the pool pinned to the version "
                                      "it runs, and move the pool once the control plane runs the new version")
        else:
            why, fix = "older than the version skew policy allows against", (
                f"raise {field} (or remove it to follow cluster.kubernetesVersion) before the control plane goes "
                "further")
        refusals.append(f"{source}: {field} against cluster.kubernetesVersion: {_title(md)}: "
                        f"spec.template.spec.version: {pool} is {why} {_title(kcp)} spec.version {control_plane}: "
                        f"{SKEW_POLICY}; {fix}")
    return refusals


def upgrade_warnings(source: str, old_docs: Iterable[dict], new_docs: Iterable[dict]) -> list[str]:
    """The pools a step moves to a new minor version together with the control plane: each
    MachineDeployment whose new version's minor is above the one the KubeadmControlPlane runs
    before the step, while that step raises the KubeadmControlPlane's minor version. Cluster API
    (without ClusterClass) rolls both at once, so the pool's new machines may join while
    kube-apiserver still runs the old version. Not refused: the recommended order is two steps."""
    old = {_key(d): d for d in old_docs if isinstance(d, dict)}
    warnings = []
    for md, kcp in _pools_with_control_planes(new_docs):
        before, after, pool = _spec(old.get(_key(kcp))).get("version"), _spec(kcp).get("version"), _pool_version(md)
        if None in (_minor(before), _minor(after), _minor(pool)) or not _minor(before) < _minor(after):
            continue  # no minor upgrade of the control plane (or a new cluster)
        if _minor(pool) <= _minor(before):
            continue  # the pool stays at what kube-apiserver runs now: the control plane goes first
        previous = old.get(_key(md))
        was = _pool_version(previous) if previous is not None else None
        moved = f"{was} -> {pool}" if isinstance(was, str) else f"{pool} (a new pool)"
        pin = was if _minor(was) is not None and _minor(was) <= _minor(before) else before
        field = _pool_field(md)
        warnings.append(
            f"{source}: cluster.kubernetesVersion and {field}: {_title(md)}: spec.template.spec.version: "
            f"{moved} in the same step as {_title(kcp)} spec.version {before} -> {after}: Cluster API rolls "
            f"both at once, so the pool's new machines may run kubelet {pool} while kube-apiserver still runs "
            f"{before} (kubelet must not be newer than kube-apiserver). Upgrade in two steps: first raise "
            f"cluster.kubernetesVersion with {field}: \"{pin}\", synth and commit, and wait until the control "
            f"plane runs {after} (kubectl get kcp); then remove the pin")
    return warnings
