"""Encryption at rest: the Job that creates the cluster's encryption key once (docs/encryption.md).

With ``cluster.enableEncryptionProvider`` every control-plane node reads its kube-apiserver
EncryptionConfiguration from the key ``encryption`` of the Secret
``<cluster>-encryption-provider-config`` in the management cluster. Nothing in ``dist/`` may hold
it (the directory is committed), and it must never change once a node has it (a new key cannot
read what the old one encrypted). With ``deployment.encryptionKey: generate`` the
:class:`EncryptionKeyJob` makes it in the management cluster, where it stays:

* the Job creates the Secret only when it does not exist: a server-side dry run of the create
  tells it, so its Role has ``create`` on Secrets and no verb that reads, updates or deletes one;
  a concurrent create (``AlreadyExists``) counts as success;
* it never makes a second key: when the Secret is missing but a control-plane KubeadmConfig of
  the cluster already took its bootstrap data from it, the Job fails with what to restore;
* the key is 32 bytes from ``/dev/urandom`` (``secretbox``, or ``aescbc``), ``identity`` last so
  data written before encryption stays readable; it exists only in the pod's shell and in the
  Secret (never in an argument, a file or the log);
* the Secret is owned by the Cluster (no controller, no ``blockOwnerDeletion``): Kubernetes'
  garbage collector deletes it once the Cluster object is gone, that is after Cluster API has
  deleted every machine, never while one may still boot from it. It carries Flux's
  ``prune: disabled``, and Flux never applied it, so no prune of ``dist/`` touches it;
* the Job is named after its content (``<cluster>-encryption-key-<hash>``), as the IPAM Job:
  a changed Job is a new one, since a Job's pod template cannot be updated. Flux re-creates it
  when ``ttlSecondsAfterFinished`` removed it; the run finds the Secret and does nothing.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field

from cdk8s_plus_27 import k8s
from constructs import Construct

from ...assets import read_text
from ..context import ClusterContext
from ..labels import FLUX_PRUNE_DISABLED
from ..node_config.files import encryption_config_file
from ..prerequisites import encryption_key_job_prefix
from .cleanup import job_resources, restricted_container_security_context
from .job_network_policy import JobNetworkPolicy

PROVIDERS = ("secretbox", "aescbc")
"""The EncryptionConfiguration providers the Job can make a key for (32 bytes each)."""
JOB_TTL_SECONDS = 86400
SCRIPT = "scripts/encryption-key.sh"


def encryption_key_script() -> str:
    """The Job's script (``/bin/sh -c``): POSIX sh, head, base64, tr, wc and kubectl."""
    return read_text(SCRIPT)


@dataclass(frozen=True)
class EncryptionKeyJobProps:
    """Props of :class:`EncryptionKeyJob`."""

    cluster_name: str
    """The Cluster owning the Secret; prefixes the names (``<cluster>-encryption-key``)."""
    namespace: str
    """Namespace of the Cluster, the Secret and the Job."""
    image: str
    """Image with POSIX sh, head, base64, tr, wc and kubectl (in VsphereCluster: ``kubectlImage``)."""
    secret_name: str = ""
    """The Secret to create (default: ``<cluster>-encryption-provider-config``, what the
    control-plane nodes read)."""
    secret_key: str = "encryption"
    """Its key holding the EncryptionConfiguration (default: ``encryption``)."""
    provider: str = "secretbox"
    """``secretbox`` (XSalsa20-Poly1305, the default) or ``aescbc`` (AES-CBC); either takes a 32-byte key."""
    labels: dict[str, str] = field(default_factory=dict)
    """Labels of every object, the Secret's too (default: none)."""
    timeout_seconds: int = 900
    """How long the Job waits for the Cluster before it fails with a message (default: 900)."""
    run_as: int = 1000
    """User and group of the Job's pod (default: 1000, as the chart's hook Jobs)."""
    network_policy: bool = False
    """Also emit a CiliumNetworkPolicy letting the pod reach only the API server and DNS (default: off)."""

    def __post_init__(self):
        if self.provider not in PROVIDERS:
            raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}, not {self.provider!r}")

    @classmethod
    def of_cluster(cls, ctx: ClusterContext, *, network_policy: bool = False) -> "EncryptionKeyJobProps":
        """The props for a cluster: its Secret and its ``kubectlImage``."""
        file = encryption_config_file(ctx.name)
        image = ctx.values.kubectl_image
        return cls(cluster_name=ctx.name, namespace=ctx.namespace, image=image.reference,
                   secret_name=file.secret_name, secret_key=file.secret_key, labels=dict(ctx.labels),
                   network_policy=network_policy)

    @property
    def secret(self) -> str:
        """The name of the Secret the Job creates."""
        return self.secret_name or encryption_config_file(self.cluster_name).secret_name

    @property
    def service_account_name(self) -> str:
        """Name of the ServiceAccount, Role and RoleBinding."""
        return encryption_key_job_prefix(self.cluster_name).rstrip("-")

    def content_hash(self) -> str:
        """Hash of everything the Job does: a change of any of it makes a new Job."""
        text = json.dumps({**dataclasses.asdict(self), "script": encryption_key_script()},
                          sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()[:8]

    def job_name(self) -> str:
        """``<cluster>-encryption-key-<hash>`` (at most 61 characters for a 37-character cluster name)."""
        return f"{encryption_key_job_prefix(self.cluster_name)}{self.content_hash()}"

    def environment(self) -> dict[str, str]:
        """The script's environment (see the script's header)."""
        return {
            "NAMESPACE": self.namespace,
            "CLUSTER_NAME": self.cluster_name,
            # RESOURCE.GROUP, no version: the script reads the Cluster's metadata and the
            # KubeadmConfigs' files and status, spelt alike in v1beta1 and v1beta2, and the owner
            # reference takes the apiVersion the Cluster is served in. So the Job (whose pod
            # template cannot change) stays the same when the declared releases move.
            "CLUSTER_RESOURCE": "clusters.cluster.x-k8s.io",
            "KUBEADMCONFIG_RESOURCE": "kubeadmconfigs.bootstrap.cluster.x-k8s.io",
            "SECRET_NAME": self.secret,
            "SECRET_KEY": self.secret_key,
            "SECRET_LABELS": json.dumps(self.labels, sort_keys=True, separators=(",", ":")),
            "SECRET_ANNOTATIONS": json.dumps(FLUX_PRUNE_DISABLED, sort_keys=True, separators=(",", ":")),
            "PROVIDER": self.provider,
            "TIMEOUT_SECONDS": str(self.timeout_seconds),
            "HOME": "/tmp",  # kubectl's cache; the root filesystem is read-only
        }

    def role_rules(self) -> tuple[tuple[str, str, str | None, tuple[str, ...]], ...]:
        """``(api group, resource, name or None, verbs)``: what the script calls, nothing more.
        ``create`` cannot be limited to a name (RBAC has no name for an object not made yet);
        nothing lets the Job read, change or delete a Secret."""
        return (
            ("", "secrets", None, ("create",)),
            ("cluster.x-k8s.io", "clusters", self.cluster_name, ("get",)),
            ("bootstrap.cluster.x-k8s.io", "kubeadmconfigs", None, ("list",)),
        )


class EncryptionKeyJob(Construct):
    """ServiceAccount, Role and RoleBinding (least privilege) and the Job that creates the
    cluster's encryption-at-rest Secret once; optionally its CiliumNetworkPolicy. The Secret is
    not among the objects: it is made in the management cluster, never written to ``dist/``.
    Built from the Kubernetes classes (``k8s.Kube*``) as the cleanup Job is: one object per
    resource, nothing that lingers in the jsii runtime after the cluster is built."""

    def __init__(self, scope: Construct, id: str, props: EncryptionKeyJobProps):
        super().__init__(scope, id)
        self.props = props
        sa_name, ns, labels = props.service_account_name, props.namespace, dict(props.labels)
        meta = k8s.ObjectMeta(name=sa_name, namespace=ns, labels=labels)
        self.service_account = k8s.KubeServiceAccount(self, "service-account", metadata=meta)
        self.role = k8s.KubeRole(self, "role", metadata=meta, rules=[
            k8s.PolicyRule(api_groups=[group], resources=[resource], verbs=list(verbs),
                           resource_names=[name] if name else None)
            for group, resource, name, verbs in props.role_rules()])
        self.role_binding = k8s.KubeRoleBinding(
            self, "role-binding", metadata=meta,
            subjects=[k8s.Subject(kind="ServiceAccount", name=sa_name, namespace=ns)],
            role_ref=k8s.RoleRef(kind="Role", name=sa_name, api_group="rbac.authorization.k8s.io"))
        name = props.job_name()
        self.job = k8s.KubeJob(
            self, "job", metadata=k8s.ObjectMeta(name=name, namespace=ns, labels=labels),
            spec=k8s.JobSpec(
                backoff_limit=6, ttl_seconds_after_finished=JOB_TTL_SECONDS,
                template=k8s.PodTemplateSpec(
                    metadata=k8s.ObjectMeta(labels=dict(labels)),  # Kubernetes adds job-name
                    spec=k8s.PodSpec(
                        restart_policy="Never", service_account_name=sa_name,
                        automount_service_account_token=True,
                        security_context=k8s.PodSecurityContext(
                            run_as_user=props.run_as, run_as_group=props.run_as, run_as_non_root=True,
                            seccomp_profile=k8s.SeccompProfile(type="RuntimeDefault")),
                        containers=[k8s.Container(
                            name="create-key", image=props.image, image_pull_policy="IfNotPresent",
                            command=["/bin/sh", "-c", encryption_key_script()],
                            env=[k8s.EnvVar(name=k, value=v) for k, v in props.environment().items()],
                            security_context=restricted_container_security_context(props.run_as),
                            resources=job_resources(),  # the chart's requests and limits of its hook Jobs
                            volume_mounts=[k8s.VolumeMount(name="tmp", mount_path="/tmp")],
                        )],
                        volumes=[k8s.Volume(name="tmp", empty_dir=k8s.EmptyDirVolumeSource())],
                    ),
                ),
            ),
        )
        self.network_policy = None
        if props.network_policy:
            self.network_policy = JobNetworkPolicy(self, "network-policy", name=name, namespace=ns, job_name=name,
                                                   labels=labels)
