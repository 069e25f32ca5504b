"""Objects a cluster's manifests reference but this project does not emit: create them first.

The references are read from the objects themselves -- every ``contentFrom.secret`` of a kubeadm
config's ``files``, the VSphereCluster's ``identityRef``, the HelmReleases' ``valuesFrom`` and
``kubeConfig.secretRef``, and any ``secretRef``/``secretKeyRef``/secret volume or pull Secret --
minus the Secrets among those objects. :data:`KNOWN` then says, per name pattern, which keys the
Secret must hold and how to create it; a reference matching no pattern is still listed, with the
keys the objects read, so nothing referenced can be missed.

Not prerequisites:

* ``<cluster>-encryption-provider-config`` when the manifests hold the Job that creates it in the
  management cluster (``deployment.encryptionKey: generate``, :mod:`.jobs.encryption_key`):
  :func:`generated_secrets` lists it instead (:data:`GENERATED_BY_JOBS`).
* ``<cluster>-kubeconfig`` (read by every HelmRelease's ``kubeConfig.secretRef``): Cluster API's
  KubeadmControlPlane controller creates it once the control plane is up (:data:`CREATED_BY_CLUSTER_API`).
* Registry mirror credentials: the model has no external form of them; they are written into
  containerd's config.toml, which is the ``<cluster>-registry-configuration-<hash>`` Secret we emit.

:func:`prerequisites` takes a :class:`~.cluster.VsphereCluster` (its synthesized objects are
scanned), a :class:`~.context.ClusterContext` or props (the referencing parts -- kubeadm configs,
identity, HelmReleases -- are built from the same functions the constructs use and scanned), or
a list of manifests with ``documents=``.
"""
from __future__ import annotations

import shlex
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from . import naming
from .context import ClusterContext
from .node_config.kubeadm import control_plane_config_spec, worker_config_spec

__all__ = ["Prerequisite", "SecretReference", "CREATED_BY_CLUSTER_API", "KNOWN", "secret_references",
           "prerequisites", "prerequisites_from_documents", "GeneratedSecret", "GENERATED_BY_JOBS",
           "generated_secrets", "encryption_key_job_prefix"]

_SECRET_STORE_HINT = ("keep the values out of Git: a SOPS-encrypted Secret applied by a Kustomization with "
                      "decryption, or an ExternalSecret with this target name (README, vCenter credentials)")


@dataclass(frozen=True)
class SecretReference:
    """One place an object reads a Secret: ``key`` is ``None`` when the whole Secret is read."""

    name: str
    key: str | None
    reader: str
    """``Kind name: where``, e.g. ``KubeadmControlPlane alpha: file /etc/teleport-join-token``."""


@dataclass(frozen=True)
class _ReferencedSecret:
    """An object the cluster's manifests reference and do not contain."""

    kind: str
    namespace: str
    name: str
    keys: tuple[str, ...]
    """Keys the object must hold (sorted)."""
    read_by: tuple[str, ...]
    """Who reads it: ``Kind name: where`` for every reference, in order of the manifests."""
    purpose: str
    """What it holds."""

    def _lines(self) -> list[str]:
        lines = [f"{self.kind} {self.namespace}/{self.name} (keys: {', '.join(self.keys) or '-'}): {self.purpose}"]
        return lines + [f"  read by {reader}" for reader in self.read_by]


@dataclass(frozen=True)
class Prerequisite(_ReferencedSecret):
    """An object the cluster's manifests reference that must exist before they are applied."""

    how_to_create: str = ""
    """A one-line command creating it (values elided as ``…``), and where it normally comes from."""

    def describe(self) -> str:
        """A short multi-line text for ``validate``/``plan`` output."""
        return "\n".join([*self._lines(), f"  create: {self.how_to_create}"])


@dataclass(frozen=True)
class _Known:
    matches: Callable[[str, ClusterContext | None, str], bool]
    keys: tuple[str, ...]
    purpose: str
    how_to: Callable[[str, str], str]


def _kubectl(namespace: str, name: str, keys: Iterable[str], *, files: bool = False) -> str:
    option = "--from-file" if files else "--from-literal"
    parts = " ".join(f"{option}={key}=…" for key in keys)
    return f"kubectl -n {shlex.quote(namespace)} create secret generic {shlex.quote(name)} {parts}"


KNOWN: tuple[_Known, ...] = (
    _Known(
        lambda name, ctx, cluster: name == (ctx.credentials_secret_name if ctx
                                            else naming.credentials_secret_name(cluster)),
        ("escapedPassword", "password", "username"),
        "vCenter credentials: CAPV's identity (VSphereCluster identityRef) and cloud-provider-vsphere's "
        "(HelmRelease valuesFrom); escapedPassword is the password with '.' and ',' escaped by a backslash",
        lambda ns, name: _kubectl(ns, name, ("username", "password", "escapedPassword")) + "; " + _SECRET_STORE_HINT),
    _Known(
        lambda name, ctx, cluster: name == f"{cluster}-teleport-join-token",
        ("joinToken",),
        "teleport node join token (/etc/teleport-join-token on every node)",
        lambda ns, name: ("created by teleport-operator on Giant Swarm management clusters; else "
                          + _kubectl(ns, name, ("joinToken",)) + "; " + _SECRET_STORE_HINT)),
    _Known(
        lambda name, ctx, cluster: name == f"{cluster}-encryption-provider-config",
        ("encryption",),
        "kube-apiserver EncryptionConfiguration (/etc/kubernetes/encryption/config.yaml on control-plane nodes)",
        lambda ns, name: ("created by encryption-provider-operator on Giant Swarm management clusters; or let a "
                          "Job synth writes create it there once (deployment.encryptionKey: generate, "
                          "docs/encryption.md); else "
                          + _kubectl(ns, name, ("encryption",), files=True)
                          + " (an EncryptionConfiguration YAML with a fresh aescbc/secretbox key); "
                          + _SECRET_STORE_HINT)),
    _Known(
        lambda name, ctx, cluster: ctx is not None and ctx.values.proxy.enabled
        and name == naming.proxy_secret_name(cluster, ctx.values),
        ("containerdProxy",),
        "systemd drop-in ([Service] Environment=HTTP_PROXY=… HTTPS_PROXY=… NO_PROXY=…) for containerd and "
        "teleport on every node",
        lambda ns, name: _kubectl(ns, name, ("containerdProxy",), files=True)
        + " (the drop-in file; it may hold proxy credentials: then " + _SECRET_STORE_HINT + ")"),
)
"""Known prerequisites by name: the keys they must hold, what they are, how to create them."""

CREATED_BY_CLUSTER_API: tuple[Callable[[str, str], bool], ...] = (
    # The workload cluster's admin kubeconfig (key "value"), written by the KubeadmControlPlane
    # controller; the HelmReleases wait for it. Never a prerequisite.
    lambda name, cluster: name == f"{cluster}-kubeconfig",
)
"""Referenced Secrets Cluster API creates itself (not prerequisites)."""


def encryption_key_job_prefix(cluster: str) -> str:
    """How the name of the Job that creates ``<cluster>-encryption-provider-config`` begins
    (``<cluster>-encryption-key-<hash>``, :class:`~.jobs.encryption_key.EncryptionKeyJob`)."""
    return f"{cluster}-encryption-key-"


@dataclass(frozen=True)
class _Generated:
    secret: Callable[[str], str]
    job_prefix: Callable[[str], str]
    keys: tuple[str, ...]
    purpose: str


GENERATED_BY_JOBS: tuple[_Generated, ...] = (
    _Generated(lambda cluster: f"{cluster}-encryption-provider-config", encryption_key_job_prefix, ("encryption",),
               "kube-apiserver EncryptionConfiguration (/etc/kubernetes/encryption/config.yaml on control-plane "
               "nodes)"),
)
"""Referenced Secrets that a Job among the manifests creates in the management cluster: not
prerequisites when the manifests hold the Job (a name beginning ``job_prefix(cluster)``)."""


@dataclass(frozen=True)
class GeneratedSecret(_ReferencedSecret):
    """A referenced Secret a Job of the manifests creates in the management cluster (once)."""

    job: str = ""
    """The Job that creates it."""

    def describe(self) -> str:
        """A short multi-line text for ``validate``/``plan`` output."""
        return "\n".join([*self._lines(), f"  generated in the management cluster by Job {self.namespace}/{self.job}: "
                           "once, never overwritten, kept until the Cluster is deleted (docs/encryption.md)"])


# --- scanning ---------------------------------------------------------------------------------

def _reader(doc: dict) -> str:
    metadata = doc.get("metadata") or {}
    return f"{doc.get('kind')} {metadata.get('name')}"


def _walk(node: Any, reader: str) -> Iterator[SecretReference]:
    if isinstance(node, list):
        for item in node:
            yield from _walk(item, reader)
        return
    if not isinstance(node, dict):
        return
    secret = (node.get("contentFrom") or {}).get("secret") if isinstance(node.get("contentFrom"), dict) else None
    if isinstance(secret, dict) and secret.get("name"):
        yield SecretReference(secret["name"], secret.get("key"), f"{reader}: file {node.get('path')}")
    identity = node.get("identityRef")
    if isinstance(identity, dict) and identity.get("kind") == "Secret" and identity.get("name"):
        for key in ("username", "password"):  # what CAPV reads from an identity Secret
            yield SecretReference(identity["name"], key, f"{reader}: identityRef")
    for item in node.get("valuesFrom") or ():
        if isinstance(item, dict) and item.get("kind") == "Secret" and item.get("name"):
            where = item.get("targetPath") or "values"
            yield SecretReference(item["name"], item.get("valuesKey") or "values.yaml", f"{reader}: valuesFrom {where}")
    kube_config = node.get("kubeConfig")
    if isinstance(kube_config, dict) and isinstance(kube_config.get("secretRef"), dict):
        ref = kube_config["secretRef"]
        yield SecretReference(ref["name"], ref.get("key") or "value", f"{reader}: kubeConfig")
    for field in ("secretKeyRef", "secretRef"):
        ref = node.get(field)
        if isinstance(ref, dict) and ref.get("name"):
            yield SecretReference(ref["name"], ref.get("key"), f"{reader}: {field}")
    volume = node.get("secret")
    if isinstance(volume, dict) and volume.get("secretName"):
        yield SecretReference(volume["secretName"], None, f"{reader}: volume")
    for pull in node.get("imagePullSecrets") or ():
        if isinstance(pull, dict) and pull.get("name"):
            yield SecretReference(pull["name"], ".dockerconfigjson", f"{reader}: imagePullSecrets")
    for key, value in node.items():
        if key in ("contentFrom", "identityRef", "valuesFrom", "kubeConfig", "secretKeyRef", "secretRef",
                   "imagePullSecrets") or (key == "secret" and isinstance(value, dict) and "secretName" in value):
            continue
        yield from _walk(value, reader)


def secret_references(documents: Iterable[dict]) -> list[SecretReference]:
    """Every Secret reference in ``documents``, in their order (duplicates kept)."""
    refs: list[SecretReference] = []
    for doc in documents:
        refs += _walk(doc.get("spec"), _reader(doc))
    return refs


def _generating_jobs(documents: Iterable[dict], cluster: str) -> dict[str, tuple[_Generated, str]]:
    """Secret name -> (its :data:`GENERATED_BY_JOBS` entry, the Job among ``documents`` creating it)."""
    jobs = [doc.get("metadata", {}).get("name") or "" for doc in documents if doc.get("kind") == "Job"]
    found = {}
    for entry in GENERATED_BY_JOBS:
        job = next((name for name in jobs if name.startswith(entry.job_prefix(cluster))), None)
        if job is not None:
            found[entry.secret(cluster)] = (entry, job)
    return found


def generated_secrets(documents: list[dict], cluster: str, namespace: str) -> list[GeneratedSecret]:
    """The Secrets ``documents`` reference that a Job among them creates in the management
    cluster (not prerequisites), in order of first reference."""
    generating = _generating_jobs(documents, cluster)
    grouped: dict[str, list[SecretReference]] = {}
    for ref in secret_references(documents):
        if ref.name in generating:
            grouped.setdefault(ref.name, []).append(ref)
    out = []
    for name, refs in grouped.items():
        entry, job = generating[name]
        keys = set(entry.keys) | {r.key for r in refs if r.key}
        out.append(GeneratedSecret("Secret", namespace, name, tuple(sorted(keys)),
                                   tuple(dict.fromkeys(r.reader for r in refs)), entry.purpose, job))
    return out


def prerequisites_from_documents(documents: list[dict], cluster: str, namespace: str,
                                 ctx: ClusterContext | None = None, *,
                                 generated: Iterable[str] = ()) -> list[Prerequisite]:
    """The Secrets ``documents`` reference and do not contain, minus those Cluster API creates and
    those a Job among them creates (:func:`generated_secrets`; ``generated`` names more), in order
    of first reference."""
    emitted = {doc["metadata"]["name"] for doc in documents if doc.get("kind") == "Secret"}
    emitted |= set(_generating_jobs(documents, cluster)) | set(generated)
    grouped: dict[str, list[SecretReference]] = {}
    for ref in secret_references(documents):
        if ref.name in emitted or any(created(ref.name, cluster) for created in CREATED_BY_CLUSTER_API):
            continue
        grouped.setdefault(ref.name, []).append(ref)
    out = []
    for name, refs in grouped.items():
        known = next((k for k in KNOWN if k.matches(name, ctx, cluster)), None)
        keys = set(known.keys if known else ()) | {r.key for r in refs if r.key}
        readers = tuple(dict.fromkeys(r.reader for r in refs))
        if known:
            purpose, how_to = known.purpose, known.how_to(namespace, name)
        else:
            purpose = "referenced by the manifests (no entry in prerequisites.KNOWN)"
            how_to = _kubectl(namespace, name, sorted(keys)) + "; " + _SECRET_STORE_HINT
        out.append(Prerequisite("Secret", namespace, name, tuple(sorted(keys)), readers, purpose, how_to))
    return out


# --- sources ----------------------------------------------------------------------------------

def _referencing_parts(ctx: ClusterContext, proxy_secret_name: str) -> list[dict]:
    """The objects of a cluster that reference Secrets, with only their referencing fields, built
    by the functions the constructs use (tests check them against the full synthesized output)."""
    from .flux.addons import _secret_values  # the cloud provider's valuesFrom

    kubeconfig = {"secretRef": {"name": f"{ctx.name}-kubeconfig"}}
    docs = [
        {"kind": "VSphereCluster", "metadata": {"name": ctx.name},
         "spec": {"identityRef": {"kind": "Secret", "name": ctx.credentials_secret_name}}},
        {"kind": "KubeadmControlPlane", "metadata": {"name": ctx.name},
         "spec": {"kubeadmConfigSpec": control_plane_config_spec(ctx, proxy_secret_name)}},
    ]
    for pool in sorted(ctx.values.node_pools):
        spec = worker_config_spec(ctx, pool, proxy_secret_name)
        docs.append({"kind": "KubeadmConfigTemplate",
                     "metadata": {"name": naming.kubeadm_config_template_name(ctx.name, pool, spec)},
                     "spec": {"template": {"spec": spec}}})
    docs.append({"kind": "HelmRelease", "metadata": {"name": ctx.cloud_provider_release_name},
                 "spec": {"kubeConfig": kubeconfig, "valuesFrom": _secret_values(
                     ctx.credentials_secret_name, ("username", "global.config.username"),
                     ("escapedPassword", "global.config.password"))}})
    if not ctx.external_credentials_secret:
        docs.append({"kind": "Secret", "metadata": {"name": ctx.credentials_secret_name}})
    docs += [{"kind": "Secret", "metadata": {"name": ctx.kubevip_secret_name}},
             {"kind": "Secret", "metadata": {"name": ctx.registry_secret_name}}]
    return docs


def reference_context(name: str, namespace: str, values, credentials_secret_name: str | None,
                      namespaced_secrets: bool = True) -> ClusterContext:
    """A cluster's context with only what decides its Secret references (the IPAM flags do not):
    for the commands, which have loaded cluster files but build no construct in this process."""
    return ClusterContext(name=name, namespace=namespace, values=values,
                          external_credentials_secret=credentials_secret_name or "",
                          namespaced_secrets=namespaced_secrets)


def _context_of_props(props: Any) -> ClusterContext:
    return reference_context(props.name, props.namespace, props.values, props.credentials_secret_name,
                             props.namespaced_secrets)


def prerequisites(source: Any, *, documents: list[dict] | None = None) -> list[Prerequisite]:
    """The objects ``source``'s manifests reference that we do not emit (see the module docs).

    ``source``: a ``VsphereCluster`` construct (its own API objects are scanned), a
    ``ClusterContext`` or ``VsphereClusterProps`` (the referencing parts are built and scanned;
    props are taken as given -- ``VsphereClusterProps.from_cluster_file`` checks them). With
    ``documents`` (a cluster's synthesized manifests) those are scanned instead. A generated
    encryption key is known from the Job among the objects or from the props'
    ``encryption_key``; a ``ClusterContext`` does not say, so the Secret is listed for it.
    """
    generated: list[str] = []
    if isinstance(source, ClusterContext):
        ctx = source
    elif isinstance(getattr(source, "context", None), ClusterContext):  # a VsphereCluster
        ctx = source.context
        if documents is None:
            documents = _construct_documents(source)
    elif hasattr(source, "values") and hasattr(source, "name"):
        ctx = _context_of_props(source)
        if getattr(source, "encryption_key", None) == "generate" and source.values.cluster.enable_encryption_provider:
            generated = [entry.secret(source.name) for entry in GENERATED_BY_JOBS]
    else:
        raise TypeError("expected a VsphereCluster, ClusterContext or VsphereClusterProps, "
                        f"not {type(source).__name__}")
    if documents is None:
        documents = _referencing_parts(ctx, naming.proxy_secret_name(ctx.name, ctx.values))
    return prerequisites_from_documents(documents, ctx.name, ctx.namespace, ctx, generated=generated)


def _construct_documents(construct: Any) -> list[dict]:
    from cdk8s import ApiObject

    return [child.to_json() for child in construct.node.find_all() if isinstance(child, ApiObject)]
