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

import cdk8s_plus_27 as kplus
from cdk8s import ApiObject, ApiObjectMetadata, Duration, JsonPatch, Size
from constructs import Construct

from ...assets import read_text
from ...config.releases import CURRENT, api_version_of
from ..context import ClusterContext
from ..labels import FLUX_PRUNE_DISABLED
from ..node_config.files import encryption_config_file
from ..prerequisites import encryption_key_job_prefix
from .cleanup import kubectl_resource
from .ipam import NamedResource
from .job_network_policy import JobNetworkPolicy

PROVIDERS = ("secretbox", "aescbc")
"""The EncryptionConfiguration providers the Job can make a key for (32 bytes each)."""
JOB_TTL_SECONDS = 86400
SCRIPT = "scripts/encryption-key.sh"


def kubeadm_config_resource(api_version: str) -> str:
    """``kubeadmconfigs.VERSION.bootstrap.cluster.x-k8s.io`` for a ``bootstrap.cluster.x-k8s.io`` version."""
    group, _, version = api_version.rpartition("/")
    if group != "bootstrap.cluster.x-k8s.io" or not version:
        raise ValueError(f"{api_version!r} is not an apiVersion of bootstrap.cluster.x-k8s.io")
    return f"kubeadmconfigs.{version}.{group}"


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
    cluster_api_version: str = api_version_of(CURRENT, "Cluster")
    """The version the Job reads the Cluster in, also the owner reference's ``apiVersion``
    (default: today's releases' one; in VsphereCluster: the one the Cluster is emitted in)."""
    bootstrap_api_version: str = api_version_of(CURRENT, "KubeadmConfigTemplate")
    """The version the Job lists the KubeadmConfigs in (``bootstrap.cluster.x-k8s.io``, served
    alike with KubeadmConfigTemplates; default: today's releases' one)."""
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
        """The props for a cluster: its Secret, its ``kubectlImage``, its Cluster's API version."""
        file = encryption_config_file(ctx.name)
        image = ctx.values.kubectl_image
        return cls(cluster_name=ctx.name, namespace=ctx.namespace, image=image.reference,
                   cluster_api_version=ctx.api_version("Cluster"),
                   bootstrap_api_version=ctx.api_version("KubeadmConfigTemplate"), secret_name=file.secret_name,
                   secret_key=file.secret_key, labels=dict(ctx.labels), network_policy=network_policy)

    @property
    def secret(self) -> str:
        """The name of the Secret the Job creates."""
        return self.secret_name or encryption_config_file(self.cluster_name).secret_name

    @property
    def service_account_name(self) -> str:
        """Name of the ServiceAccount, Role and RoleBinding."""
        return encryption_key_job_prefix(self.cluster_name).rstrip("-")

    def content_hash(self, path: str = "") -> str:
        """Hash of everything the Job does (and of the construct ``path``, which cdk8s-plus writes
        into a pod label): a change of any of it makes a new Job."""
        text = json.dumps({**dataclasses.asdict(self), "script": encryption_key_script(), "path": path},
                          sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()[:8]

    def job_name(self, path: str = "") -> str:
        """``<cluster>-encryption-key-<hash>`` (at most 61 characters for a 37-character cluster name)."""
        return f"{encryption_key_job_prefix(self.cluster_name)}{self.content_hash(path)}"

    def environment(self) -> dict[str, str]:
        """The script's environment (see the script's header)."""
        return {
            "NAMESPACE": self.namespace,
            "CLUSTER_NAME": self.cluster_name,
            "CLUSTER_API_VERSION": self.cluster_api_version,
            # RESOURCE.VERSION.GROUP: the versions of the cluster's objects, not discovery's choice.
            "CLUSTER_RESOURCE": kubectl_resource(self.cluster_api_version, "Cluster"),
            "KUBEADMCONFIG_RESOURCE": kubeadm_config_resource(self.bootstrap_api_version),
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
    """ServiceAccount, Role and RoleBinding (least privilege) and the Job (cdk8s-plus) that creates
    the cluster's encryption-at-rest Secret once; optionally its CiliumNetworkPolicy. The Secret is
    not among the objects: it is made in the management cluster, never written to ``dist/``."""

    def __init__(self, scope: Construct, id: str, props: EncryptionKeyJobProps):
        super().__init__(scope, id)
        self.props = props
        sa_name, ns, labels = props.service_account_name, props.namespace, dict(props.labels)
        meta = ApiObjectMetadata(name=sa_name, namespace=ns, labels=labels)
        self.service_account = kplus.ServiceAccount(self, "service-account", metadata=meta)
        self.role = kplus.Role(self, "role", metadata=meta)
        for group, resource, name, verbs in props.role_rules():
            self.role.allow(list(verbs), NamedResource(group, resource, name))
        self.role_binding = kplus.RoleBinding(self, "role-binding", metadata=meta, role=self.role)
        self.role_binding.add_subjects(self.service_account)

        name = props.job_name(self.node.path)
        self.job = kplus.Job(
            self, "job", metadata=ApiObjectMetadata(name=name, namespace=ns, labels=labels),
            service_account=self.service_account, automount_service_account_token=True,
            ttl_after_finished=Duration.seconds(JOB_TTL_SECONDS), backoff_limit=6,
            restart_policy=kplus.RestartPolicy.NEVER,
            pod_metadata=ApiObjectMetadata(labels=dict(labels)),  # Kubernetes adds job-name
            security_context=kplus.PodSecurityContextProps(user=props.run_as, group=props.run_as,
                                                           ensure_non_root=True),
        )
        container = self.job.add_container(
            name="create-key", image=props.image, image_pull_policy=kplus.ImagePullPolicy.IF_NOT_PRESENT,
            command=["/bin/sh", "-c", encryption_key_script()],
            env_variables={k: kplus.EnvValue.from_value(v) for k, v in props.environment().items()},
            security_context=kplus.ContainerSecurityContextProps(
                read_only_root_filesystem=True, allow_privilege_escalation=False, privileged=False,
                ensure_non_root=True, user=props.run_as, group=props.run_as),
            # The chart's requests and limits of its hook Jobs.
            resources=kplus.ContainerResources(
                cpu=kplus.CpuResources(request=kplus.Cpu.millis(10), limit=kplus.Cpu.millis(100)),
                memory=kplus.MemoryResources(request=Size.mebibytes(64), limit=Size.mebibytes(256))),
        )
        container.mount("/tmp", kplus.Volume.from_empty_dir(self, "tmp-volume", "tmp"))
        # What cdk8s-plus has no prop for: drop every capability, the runtime's seccomp profile.
        pod_spec = "/spec/template/spec"
        ApiObject.of(self.job).add_json_patch(
            JsonPatch.add(f"{pod_spec}/containers/0/securityContext/capabilities", {"drop": ["ALL"]}),
            JsonPatch.add(f"{pod_spec}/containers/0/securityContext/seccompProfile", {"type": "RuntimeDefault"}),
            JsonPatch.add(f"{pod_spec}/securityContext/seccompProfile", {"type": "RuntimeDefault"}))
        self.network_policy = None
        if props.network_policy:
            self.network_policy = JobNetworkPolicy(self, "network-policy", name=name, namespace=ns, job_name=name,
                                                   labels=labels)
