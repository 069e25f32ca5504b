"""Cluster files: ``clusters/NAME.yaml`` holds a chart values file plus an optional ``deployment``.

The cluster name is the file name (the chart's release name). Everything in the file is a value
of the chart ``cluster-vsphere`` 0.9.7, except the top-level ``deployment`` section, which says
how the manifests are deployed (what Helm took from its command line)::

    deployment:
      namespace: org-acme          # the release namespace (default: default)
      managementCluster:           # the controller releases it runs (default: today's)
        clusterApi: "1.14"
        capv: "1.16"
        flux: "2.9"
      apiVersions:                 # like helm --api-versions (default: what the releases serve)
        - ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim
      cleanupOnDelete: false       # run the deletion cleanup as a watcher (see README)
      jobNetworkPolicies: false    # CiliumNetworkPolicies for our Jobs
      vcenterCredentialsSecret: ""  # existing Secret with the vCenter credentials
      allowPlaintextCredentials: false
      defaults: neutral            # or chart: what the file is merged onto (see below)
      encryptionKey: generate      # or external: who makes the encryption-at-rest key (see below)

The file's values are merged onto one of two sets of defaults (:mod:`.defaults`, docs/defaults.md):
``neutral`` (the default) -- the chart's values.yaml without Giant Swarm's specifics; the file then
names what a working cluster needs (vCenter, templates, networks, the endpoint, baseDomain), each
missing one an error -- or ``chart`` -- the chart's values.yaml as Helm merges it (what ``migrate``
writes, so a migrated cluster keeps its objects); the same missing fields are then warnings.

Credentials stay out of Git: ``dist/`` is committed. The vCenter credentials come from an existing
Secret (``vcenterCredentialsSecret``, default ``<cluster>-credentials``, created out of band: see
README), and a literal ``vcenter.password`` or registry credential is an error unless the cluster
sets ``allowPlaintextCredentials: true``. So is the key for encryption at rest
(``cluster.enableEncryptionProvider``, the Secret ``<cluster>-encryption-provider-config``):
``encryptionKey: generate`` (the default with the neutral defaults) emits a Job that creates it in
the management cluster once; ``external`` (the default with the chart's) leaves it to you, as the
chart did (docs/encryption.md).

The declared releases (:mod:`.releases`) decide what the cluster may be: its
``cluster.kubernetesVersion`` must be one the declared Cluster API manages.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import ConfigError, FieldError, LoadResult
from .errors import key_path, render_value
from .fielddocs import with_field_docs
from .defaults import (CHART, DEFAULT_MODE, DEFAULTS_MODES, ENCRYPTION_KEY_DEFAULTS, chart_default_notices,
                       defaults_mode_error, required_field_errors)
from .loader import load_values_mapping, parse_values_text_lenient
from .generations import release_value_errors
from .releases import CAPV, CLUSTER_API, CURRENT, FLUX, ManagementCluster, release_errors

DEPLOYMENT_KEY = "deployment"
IPAM_API = "ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim"
GENERATE = "generate"
EXTERNAL = "external"
ENCRYPTION_KEYS = (GENERATE, EXTERNAL)
"""The values of ``deployment.encryptionKey`` (and of ``VsphereClusterProps.encryption_key``)."""
ENCRYPTION_KEY_ALLOWED = ("'generate' (a Job synth writes creates the Secret <cluster>-encryption-provider-config "
                          "in the management cluster once) or 'external' (you create it, e.g. with SOPS or an "
                          "ExternalSecret; see docs/encryption.md)")
_DNS_LABEL = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?\Z")
_API_VERSION = re.compile(r"^([a-z0-9.-]+/)?v[0-9]+[a-z0-9]*(/[A-Za-z0-9]+)?$")


@with_field_docs
@dataclass(frozen=True)
class Deployment:
    """How a cluster's manifests are deployed (a cluster file's ``deployment`` section)."""

    namespace: str = "default"
    """Namespace of the cluster's objects in the management cluster (Helm's release namespace)."""
    management_cluster: ManagementCluster = CURRENT
    """``managementCluster``: the releases of Cluster API, CAPV and Flux the management cluster
    runs (``clusterApi``, ``capv``, ``flux``; each missing one: today's release). The API
    versions emitted and the Kubernetes versions allowed follow from them."""
    api_versions: tuple[str, ...] | None = None
    """``apiVersions``: API versions the management cluster serves, as for ``helm --api-versions``.
    When given, it alone decides the IPAM branch (as with Helm), which needs
    ``ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim``; ``None`` (not given): the IPAM branch
    follows from ``management_cluster``."""
    cleanup_on_delete: bool = False
    """Run the deletion-cleanup Job as a watcher (default: emitted suspended)."""
    job_network_policies: bool = False
    """Add a CiliumNetworkPolicy for every Job we ship."""
    vcenter_credentials_secret: str = ""
    """Existing Secret holding ``username``, ``password`` and ``escapedPassword`` for vCenter
    (default: ``<cluster>-credentials`` when the file holds no password)."""
    allow_plaintext_credentials: bool = False
    """Accept a literal ``vcenter.password`` or registry credential in the cluster file; it then
    lands in ``dist/`` (base64 is no encryption) as with the chart."""
    defaults: str = DEFAULT_MODE
    """``defaults``: what the file's values are merged onto: ``"neutral"`` (the chart's values.yaml
    without Giant Swarm's specifics; the file must name what a working cluster needs) or
    ``"chart"`` (the chart's values.yaml, as Helm; what ``migrate`` writes). See docs/defaults.md."""
    encryption_key: str | None = None
    """``encryptionKey``: who makes the Secret ``<cluster>-encryption-provider-config`` the
    control-plane nodes read with ``cluster.enableEncryptionProvider``: ``"generate"`` (a Job we
    emit creates it in the management cluster once, never overwriting it) or ``"external"`` (you
    do, as with the chart). ``None`` (not given): as ``defaults`` says, ``generate`` with neutral,
    ``external`` with chart (:attr:`effective_encryption_key`). See docs/encryption.md."""

    @property
    def effective_encryption_key(self) -> str:
        """``encryption_key`` as in effect: the value given, else the default of ``defaults``
        (:data:`~.defaults.ENCRYPTION_KEY_DEFAULTS`)."""
        if self.encryption_key is not None:
            return self.encryption_key
        return ENCRYPTION_KEY_DEFAULTS[self.defaults if self.defaults in DEFAULTS_MODES else CHART]

    @property
    def ipam_api_available(self) -> bool:
        """Whether IP pools are used: ``apiVersions`` names the IPAddressClaim API, or, when not
        given, the declared Cluster API serves it."""
        if self.api_versions is not None:
            return IPAM_API in self.api_versions
        return self.management_cluster.ipam_api_available


_FIELDS = {"namespace": "namespace", "managementCluster": "management_cluster", "apiVersions": "api_versions",
           "cleanupOnDelete": "cleanup_on_delete", "jobNetworkPolicies": "job_network_policies",
           "vcenterCredentialsSecret": "vcenter_credentials_secret",
           "allowPlaintextCredentials": "allow_plaintext_credentials", "defaults": "defaults",
           "encryptionKey": "encryption_key"}
MANAGEMENT_CLUSTER_PATH = f"{DEPLOYMENT_KEY}.managementCluster"
_MANAGEMENT_CLUSTER_KEYS = {"clusterApi": CLUSTER_API, "capv": CAPV, "flux": FLUX}
MANAGEMENT_CLUSTER_PATHS = {attr: f"{MANAGEMENT_CLUSTER_PATH}.{key}" for key, attr in _MANAGEMENT_CLUSTER_KEYS.items()}
"""The field path of each :class:`ManagementCluster` field in a cluster file."""
_DNS_SUBDOMAIN = re.compile(r"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\Z")
_PLAINTEXT_HELP = ("keep credentials out of Git: put them into an existing Secret named by "
                   "deployment.vcenterCredentialsSecret (see README), or accept them in dist/ with "
                   "deployment.allowPlaintextCredentials: true")


@with_field_docs
@dataclass(frozen=True)
class ClusterFile:
    """A loaded cluster file."""

    name: str
    """The cluster's name: the file's name without ``.yaml``."""
    source: str
    """The file as named in messages (e.g. ``clusters/alpha.yaml``)."""
    values: object  # ClusterValues
    """The file's values merged onto its defaults (``deployment.defaults``; a checked ``ClusterValues``)."""
    deployment: Deployment = field(default_factory=Deployment)
    """The file's ``deployment`` section."""
    warnings: tuple[str, ...] = ()
    """Warnings about the file, e.g. keys the chart ignores."""
    notices: tuple[str, ...] = ()
    """With ``defaults: chart``: Giant Swarm's defaults still in effect (:func:`~.defaults.chart_default_notices`)."""

    @property
    def credentials_secret_name(self) -> str | None:
        """The existing Secret the cluster takes its vCenter credentials from, or ``None`` when
        the (allowed) plaintext values build it."""
        if self.deployment.vcenter_credentials_secret:
            return self.deployment.vcenter_credentials_secret
        return None if self.values.vcenter.password else f"{self.name}-credentials"


MAX_CLUSTER_NAME = 63 - len("-cleanup-helmreleases-hook")
"""37: the cleanup Job ``<cluster>-cleanup-helmreleases-hook`` must be a label value (Kubernetes
labels a Job's pods with its name; the CiliumNetworkPolicy selects them by it), at most 63."""


def cluster_name_errors(name: str, source: str, origin: str = "the file name") -> list[FieldError]:
    if isinstance(name, str) and _DNS_LABEL.fullmatch(name) and len(name) <= MAX_CLUSTER_NAME:
        return []
    return [FieldError(source, "", f"has an invalid cluster name {name!r} (taken from {origin})", "",
                       f"a DNS-1123 label of at most {MAX_CLUSTER_NAME} characters: lower-case letters, digits "
                       "and '-', starting and ending with a letter or digit")]


NAMESPACE_ALLOWED = "a namespace name (DNS-1123 label, at most 63 characters)"
SECRET_NAME_ALLOWED = "the name of a Secret in the cluster's namespace (DNS-1123 subdomain)"


def is_namespace_name(value) -> bool:
    return isinstance(value, str) and len(value) <= 63 and bool(_DNS_LABEL.fullmatch(value))


def is_secret_name(value) -> bool:
    return isinstance(value, str) and len(value) <= 253 and bool(_DNS_SUBDOMAIN.fullmatch(value))


def _unknown_key_error(source: str, path: str, key, known) -> FieldError:
    hint = difflib.get_close_matches(str(key), list(known), n=1)
    return FieldError(source, path, "is not a known key", "",
                      (f"did you mean {hint[0]!r}? " if hint else "") + f"known keys: {', '.join(known)}")


def parse_management_cluster(raw, source: str) -> tuple[ManagementCluster, list[FieldError]]:
    """``deployment.managementCluster``: each key missing takes today's release (:data:`CURRENT`)."""
    if raw is None:
        return CURRENT, []
    if not isinstance(raw, dict):
        return CURRENT, [FieldError(source, MANAGEMENT_CLUSTER_PATH, "is not a mapping", render_value(raw),
                                    f"a mapping with keys {', '.join(_MANAGEMENT_CLUSTER_KEYS)}, e.g. "
                                    "{clusterApi: \"1.14\", capv: \"1.16\", flux: \"2.9\"}")]
    errors, kwargs = [], {}
    for key, value in raw.items():
        if key in _MANAGEMENT_CLUSTER_KEYS:
            kwargs[_MANAGEMENT_CLUSTER_KEYS[key]] = value
        else:
            errors.append(_unknown_key_error(source, key_path(MANAGEMENT_CLUSTER_PATH, key), key,
                                             _MANAGEMENT_CLUSTER_KEYS))
    management_cluster = ManagementCluster(**kwargs)
    errors += release_errors(management_cluster, source, MANAGEMENT_CLUSTER_PATHS,
                             defaulted=frozenset(set(_MANAGEMENT_CLUSTER_KEYS.values()) - set(kwargs)))
    return management_cluster, errors


def parse_deployment(raw, source: str) -> tuple[Deployment, list[FieldError]]:
    if raw is None:
        return Deployment(), []
    if not isinstance(raw, dict):
        return Deployment(), [FieldError(source, DEPLOYMENT_KEY, "is not a mapping", render_value(raw),
                                         f"a mapping with keys {', '.join(_FIELDS)}")]
    errors, kwargs = [], {}
    for key, value in raw.items():
        path = key_path(DEPLOYMENT_KEY, key)
        if key not in _FIELDS:
            errors.append(_unknown_key_error(source, path, key, _FIELDS))
            continue
        attr = _FIELDS[key]
        if attr == "management_cluster":
            value, problems = parse_management_cluster(value, source)
            errors += problems  # kept with its problems: a valid clusterApi still decides the Kubernetes check
        elif attr == "namespace":
            if not is_namespace_name(value):
                errors.append(FieldError(source, path, "is invalid", render_value(value), NAMESPACE_ALLOWED))
                continue
        elif attr == "vcenter_credentials_secret":
            if not isinstance(value, str) or (value and not is_secret_name(value)):
                errors.append(FieldError(source, path, "is invalid", render_value(value), SECRET_NAME_ALLOWED))
                continue
        elif attr == "api_versions":
            if not isinstance(value, list) or not all(isinstance(v, str) and _API_VERSION.fullmatch(v) for v in value):
                errors.append(FieldError(source, path, "is invalid", render_value(value),
                                         "a list of API versions such as 'ipam.cluster.x-k8s.io/v1alpha1/IPAddressClaim'"))
                continue
            value = tuple(value)
        elif attr == "defaults":
            problem = defaults_mode_error(source, path, value)
            if problem is not None:
                errors.append(problem)
                continue
        elif attr == "encryption_key":
            if not isinstance(value, str) or value not in ENCRYPTION_KEYS:
                errors.append(FieldError(source, path, "is invalid", render_value(value), ENCRYPTION_KEY_ALLOWED))
                continue
        elif not isinstance(value, bool):
            errors.append(FieldError(source, path, "is invalid", render_value(value), "true or false"))
            continue
        kwargs[attr] = value
    return Deployment(**kwargs), errors


def load_cluster_text(text: str, source: str, name: str) -> ClusterFile:
    """Load a cluster file's text; raises :class:`ConfigError` with every problem found."""
    name_errors = cluster_name_errors(name, source)
    try:
        user, duplicates = parse_values_text_lenient(text, source)
    except ConfigError as exc:
        raise ConfigError(name_errors + exc.errors) from None
    deployment, errors = parse_deployment(user.pop(DEPLOYMENT_KEY, None), source)
    errors = name_errors + duplicates + errors
    defaults_path = f"{DEPLOYMENT_KEY}.defaults"
    mode_invalid = any(e.path == defaults_path for e in errors)
    # With an invalid defaults value the file is read as on the chart's, without the required-field
    # checks: its error alone says what to fix.
    mode = CHART if mode_invalid else deployment.defaults
    try:
        result: LoadResult = load_values_mapping(user, source, defaults=mode)
    except ConfigError as exc:
        # The typed values are not there; still name every literal credential the file holds.
        raise ConfigError(errors + exc.errors + raw_credential_errors(user, deployment, source)) from None
    errors += credential_errors(result.values, deployment, source)
    if not any(e.path in (DEPLOYMENT_KEY, MANAGEMENT_CLUSTER_PATH) for e in errors):
        # The declared Cluster API (or today's) decides which Kubernetes versions are managed; an
        # unknown or misspelt one has its own error and no range.
        errors += release_value_errors(deployment.management_cluster, result.values, source,
                                       cluster_api_field=MANAGEMENT_CLUSTER_PATHS[CLUSTER_API])
    if errors:
        raise ConfigError(errors)
    warnings = list(result.warnings)
    if mode == CHART and not mode_invalid:
        # The chart renders such values too (parity), but its output could not work.
        warnings += [f"{problem} (the chart renders this, but the cluster cannot work without it)"
                     for problem in required_field_errors(result.values.to_values_dict(), source)]
    if deployment.encryption_key is not None and not result.values.cluster.enable_encryption_provider:
        warnings.append(f"{source}: {DEPLOYMENT_KEY}.encryptionKey: has no effect: cluster.enableEncryptionProvider "
                        "is false, so the control plane reads no encryption key")
    notices = chart_default_notices(result.values, user) if mode == CHART else []
    return ClusterFile(name, source, result.values, deployment, tuple(warnings), tuple(notices))


def _plaintext_password_error(source: str) -> FieldError:
    return FieldError(source, "vcenter.password", "is a plaintext password", "", _PLAINTEXT_HELP)


def _plaintext_registry_error(source: str, host, index: int, key: str) -> FieldError:
    return FieldError(source, f"connectivity.containerRegistries.{host}[{index}].credentials.{key}",
                      "is a plaintext registry credential", "",
                      "registry credentials land in a Secret in dist/; accept that with "
                      "deployment.allowPlaintextCredentials: true, or use a mirror that needs none")


def credential_errors(values, deployment: Deployment, source: str) -> list[FieldError]:
    """Literal credentials the cluster file holds without opting in, and contradictions."""
    errors = []
    vcenter = values.vcenter
    if deployment.vcenter_credentials_secret and (vcenter.password or vcenter.username):
        key = "vcenter.password" if vcenter.password else "vcenter.username"
        errors.append(FieldError(source, key, "is set, but the credentials come from the Secret "
                                 f"{deployment.vcenter_credentials_secret!r}", render_value(getattr(
                                     vcenter, key.split(".")[1]), key),
                                 "put username and password into that Secret and remove them here"))
    if deployment.allow_plaintext_credentials:
        return errors
    if vcenter.password:
        errors.append(_plaintext_password_error(source))
    for host, mirrors in values.connectivity.container_registries.items():
        for index, mirror in enumerate(mirrors):
            credentials = mirror.credentials
            for key in _REGISTRY_SECRETS:
                if credentials is not None and getattr(credentials, key):
                    errors.append(_plaintext_registry_error(source, host, index, key))
    return errors


_REGISTRY_SECRETS = ("password", "auth", "identitytoken")


def raw_credential_errors(user: dict, deployment: Deployment, source: str) -> list[FieldError]:
    """:func:`credential_errors` on the file's mapping as written, for a file whose values do not
    load (wrong types elsewhere): the literal credentials are reported with the other problems."""
    def mapping(value, key):
        item = value.get(key) if isinstance(value, dict) else None
        return item if isinstance(item, dict) else {}

    def literal(value) -> bool:
        return isinstance(value, str) and value != ""

    errors = []
    vcenter = mapping(user, "vcenter")
    if deployment.vcenter_credentials_secret and (literal(vcenter.get("password")) or literal(vcenter.get("username"))):
        key = "vcenter.password" if literal(vcenter.get("password")) else "vcenter.username"
        errors.append(FieldError(source, key, "is set, but the credentials come from the Secret "
                                 f"{deployment.vcenter_credentials_secret!r}", render_value(vcenter[key[8:]], key),
                                 "put username and password into that Secret and remove them here"))
    if deployment.allow_plaintext_credentials:
        return errors
    if literal(vcenter.get("password")):
        errors.append(_plaintext_password_error(source))
    registries = mapping(mapping(user, "connectivity"), "containerRegistries")
    for host, mirrors in registries.items():
        for index, mirror in enumerate(mirrors if isinstance(mirrors, list) else []):
            credentials = mapping(mirror, "credentials")
            for key in _REGISTRY_SECRETS:
                if literal(credentials.get(key)):
                    errors.append(_plaintext_registry_error(source, host, index, key))
    return errors


def load_cluster_file(path: Path, display: str | None = None) -> ClusterFile:
    source = display or str(path)
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError([FieldError(source, "", f"cannot be read ({exc})", "", "a UTF-8 YAML file")]) from None
    return load_cluster_text(text, source, cluster_name_of(path))


def cluster_name_of(path: Path) -> str:
    name = Path(path).name
    for suffix in (".yaml", ".yml"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name

