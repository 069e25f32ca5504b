"""The shape of the chart's values: every accepted key, its type and its checks.

``VALUES_SPEC`` mirrors values.yaml, values.schema.json and the keys the templates read. The
walker in :mod:`.validate` checks a merged values mapping against it. The node types here carry
no logic; each check's reason is in :mod:`.rules`.

Keys the chart accepts but never reads are listed in :data:`IGNORED_CHART_KEYS` with the reason;
they load with a warning, typed as values.schema.json declares them (Helm would reject a wrong
type there too).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional, Union

from . import rules as r

__all__ = ["IGNORED_CHART_KEYS", "VALUES_SPEC", "MAX_NODES", "MAX_CONTROL_PLANE_REPLICAS", "MAX_RESOURCE_RATIO",
           "Str", "Int", "Bool", "List", "Obj", "Map", "Ignored", "Crd", "AnyValue", "Node"]

IGNORED_CHART_KEYS: dict[str, str] = {
    "cluster.name": (
        "no template reads it; the cluster's name is the Helm release name. The chart's own "
        "ci/ci-values.yaml sets it"),
    "kubeadm": (
        "declared in values.schema.json but no template reads it; OS users come from osUsers"),
    "template": (
        "declared in values.schema.json, an older node template format, but no template reads it; machines "
        "come from nodeClasses and controlPlane.machineTemplate"),
    "worker": (
        "declared in values.schema.json but no template reads it; worker pools come from nodePools"),
    "connectivity.network.containerRegistries": (
        "declared in values.schema.json at this path, but the templates read connectivity.containerRegistries"),
}
"""Values path -> why the chart ignores it. Such keys load with a warning and have no effect."""


MAX_NODES = 5000
"""Kubernetes' documented scalability limit: at most 5000 nodes in one cluster (all pools and the
control plane together; a pool's ``replicas`` is checked against it alone and the sum in
:mod:`.validate`)."""

MAX_CONTROL_PLANE_REPLICAS = 7
"""etcd (stacked on the control-plane machines) recommends at most 7 members."""

MAX_RESOURCE_RATIO = 800
"""Largest ``controlPlane.resourceRatio`` that keeps every per-CPU limit of kube-apiserver-patch.sh above 0."""


# --- node types ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Str:
    """A string; ``checks`` run in order and the first failure is reported.

    ``missing``: what a key removed with ``null`` means -- ``"zero"`` (the chart renders an
    empty string) or ``"required"`` (values.schema.json requires the key).
    """

    checks: tuple[Callable[[str], Optional[str]], ...] = ()
    missing: str = "zero"


@dataclass(frozen=True)
class Int:
    """An integer (never a boolean or a float); ``allowed`` describes the range."""

    minimum: Optional[int] = None
    maximum: Optional[int] = None
    odd: bool = False
    allowed: str = "must be an integer"
    missing: str = "required"


@dataclass(frozen=True)
class Bool:
    """``true`` or ``false`` (YAML booleans; the string ``"true"`` is not one)."""

    missing: str = "zero"


@dataclass(frozen=True)
class List:
    item: "Node"
    min_items: int = 0
    missing: str = "zero"


@dataclass(frozen=True)
class Obj:
    """A mapping with known keys. ``required``: keys values.schema.json requires. ``open``: other
    keys are accepted silently (only inside ignored subtrees, as the chart's schema allows)."""

    fields: dict[str, "Node"]
    required: frozenset[str] = frozenset()
    open: bool = False
    missing: str = "required"


@dataclass(frozen=True)
class Map:
    """A mapping from user-chosen names to values of one kind."""

    value: "Node"
    key_checks: tuple[Callable[[str], Optional[str]], ...] = ()
    missing: str = "zero"


@dataclass(frozen=True)
class Ignored:
    """A key the chart accepts and ignores; ``node`` is its schema type (``None``: anything)."""

    node: Optional["Node"]
    reason: str
    missing: str = "zero"


@dataclass(frozen=True)
class Crd:
    """A pass-through mapping checked against a Cluster API CRD schema: ``"machine"`` for
    VSphereMachineTemplate ``spec.template.spec``, ``"user"`` for a KubeadmConfig ``users`` item."""

    kind: str
    missing: str = "required"


@dataclass(frozen=True)
class AnyValue:
    missing: str = "zero"


Node = Union[Str, Int, Bool, List, Obj, Map, Ignored, Crd, AnyValue]


# --- the values -----------------------------------------------------------------------------

_LINE = (r.single_line,)
_PLAIN = Str(_LINE)


def _ignored(path: str, node: Optional[Node]) -> Ignored:
    return Ignored(node, IGNORED_CHART_KEYS[path])


def _registries(strict: bool) -> Map:
    """connectivity.containerRegistries (strict: with our extra checks) or the schema-only copy."""
    if strict:
        endpoint = Str((r.single_line, r.non_empty, r.toml_safe, r.registry_endpoint), missing="required")
        credentials = Obj({
            "username": Str((r.single_line, r.registry_username)),
            "password": Str(()),
            "auth": Str((r.single_line,)),
            "identitytoken": Str((r.single_line,)),
        }, missing="zero")
        key_checks = (r.single_line, r.toml_safe, r.registry_host)
    else:
        endpoint = Str((), missing="required")
        credentials = Obj({k: Str(()) for k in ("username", "password", "auth", "identitytoken")}, missing="zero")
        key_checks = ()
    mirror = Obj({"endpoint": endpoint, "credentials": credentials}, required=frozenset({"endpoint"}))
    return Map(List(mirror), key_checks=key_checks)


_SCHEMA_CIDRS = List(Str((r.single_line, r.ipv4_cidr)), min_items=1, missing="required")

# kubeadm fills in its own default for an empty repository or tag.
_IMAGE_REF = Obj({
    "imageRepository": Str((r.single_line, r.empty_or(r.image_repository))),
    "imageTag": Str((r.single_line, r.empty_or(r.image_tag))),
})

# Images we write as registry/name:tag: every part is needed.
_IMAGE_TOML = Obj({  # the sandbox image is written into config.toml
    "registry": Str((r.single_line, r.toml_safe, r.image_registry), missing="required"),
    "name": Str((r.single_line, r.toml_safe, r.image_name), missing="required"),
    "tag": Str((r.single_line, r.toml_safe, r.image_tag), missing="required"),
})

_IMAGE = Obj({
    "registry": Str((r.single_line, r.image_registry), missing="required"),
    "name": Str((r.single_line, r.image_name), missing="required"),
    "tag": Str((r.single_line, r.image_tag), missing="required"),
})

# --- addons and images: ours, not the chart's (every key may be left out: it keeps its default) ---
_ADDON = Obj({
    "chart": Str((r.single_line, r.dns_label)),
    "version": Str((r.single_line, r.chart_version)),
}, missing="zero")

_OUR_IMAGE = Obj({
    "registry": Str((r.single_line, r.image_registry)),
    "name": Str((r.single_line, r.image_name)),
    "tag": Str((r.single_line, r.image_tag)),
}, missing="zero")

_CATALOG_URL = Str((r.single_line, r.helm_repository_url))

_ADDONS = Obj({
    "cilium": _ADDON,
    "cloudProviderVsphere": _ADDON,
    "coredns": _ADDON,
    "networkPolicies": _ADDON,
    "catalogs": Obj({"default": _CATALOG_URL, "defaultTest": _CATALOG_URL, "cluster": _CATALOG_URL}, missing="zero"),
}, missing="zero")

_IMAGES = Obj({
    "kubeVip": _OUR_IMAGE,
    "cloudProviderKubeVip": _OUR_IMAGE,
    "kubeVipCloudProvider": _OUR_IMAGE,
}, missing="zero")

_RELEASE = Obj({"interval": Str((r.single_line, r.empty_or(r.go_duration)))}, missing="zero")

# The IPAM hook Job's bash scripts interpolate the load-balancer CIDRs (and our port passes the
# pool names and API host to its scripts), so these also reject "${".
_SHELL = (r.single_line, r.shell_safe)

VALUES_SPEC = Obj({
    "apiServer": Obj({
        "enableAdmissionPlugins": Str(_LINE + (r.admission_plugins,), missing="required"),
        "featureGates": Str(_LINE + (r.feature_gates,), missing="required"),
        "certSANs": List(Str(_LINE + (r.cert_san,))),
    }, required=frozenset({"enableAdmissionPlugins", "featureGates"})),
    "controllerManager": Obj({
        "featureGates": Str(_LINE + (r.feature_gates,), missing="required"),
    }, required=frozenset({"featureGates"})),
    # Annotation text: quotes are fine (escaped on output), line breaks are not.
    "clusterDescription": _PLAIN,
    # Both become label values on every object.
    "organization": Str(_LINE + (r.label_value,)),
    "servicePriority": Str(_LINE + (r.label_value,)),
    "clusterLabels": Map(Str(_LINE + (r.label_value,)), key_checks=(r.single_line, r.label_key)),
    "controlPlane": Obj({
        # etcd runs on every control-plane machine: an odd member count keeps a quorum through a
        # failure, and etcd recommends at most 7 members.
        "replicas": Int(minimum=1, maximum=MAX_CONTROL_PLANE_REPLICAS, odd=True,
                        allowed=f"must be an odd number from 1 to {MAX_CONTROL_PLANE_REPLICAS} (1, 3, 5 or 7)"),
        "machineTemplate": Crd("machine"),
        "etcd": _IMAGE_REF,
        "dns": _IMAGE_REF,
        "image": Obj({"repository": Str((r.single_line, r.empty_or(r.image_repository)))}),
        # Divides the node's CPU and memory in kube-apiserver-patch.sh (integer arithmetic): above
        # 800 the per-CPU in-flight request limits round down to 0, which kube-apiserver reads as
        # "no limit".
        "resourceRatio": Int(minimum=1, maximum=MAX_RESOURCE_RATIO,
                             allowed=f"must be an integer from 1 to {MAX_RESOURCE_RATIO}"),
    }),
    "nodePools": Map(
        Obj({
            "class": Str((r.single_line, r.non_empty), missing="required"),
            "replicas": Int(minimum=0, maximum=MAX_NODES,
                            allowed=f"must be an integer from 0 to {MAX_NODES} (Kubernetes supports at most "
                                    f"{MAX_NODES} nodes per cluster)"),
            # Ours, not the chart's: the pool's MachineDeployment version (default, and when null:
            # cluster.kubernetesVersion). The skew against the control plane is checked across
            # fields (rules.pool_version_problems).
            "kubernetesVersion": Str(_LINE + (r.pool_version,)),
        }),
        # <cluster>-<pool> object names and the giantswarm.io/node-pool label value.
        key_checks=(r.dns_label,),
    ),
    # One key per line of /etc/ssh/trusted-user-ca-keys.pem.
    "sshTrustedUserCAKeys": List(Str(_LINE + (r.non_empty,))),
    "osUsers": List(Crd("user")),
    "vcenter": Obj({
        "datacenter": _PLAIN,
        "username": _PLAIN,
        "password": Str(()),
        "datastore": _PLAIN,
        "server": _PLAIN,
        "thumbprint": Str(_LINE + (r.thumbprint,)),
        "region": _PLAIN,
        "zone": _PLAIN,
    }),
    "proxy": Obj({
        "secretName": Str(_LINE + (r.empty_or(r.dns_subdomain),)),
        "enabled": Bool(),
    }),
    "oidc": Obj({
        "issuerUrl": Str(_LINE + (r.empty_or(r.https_url),)),
        "caFile": Str(_LINE + (r.empty_or(r.absolute_path),)),
        "clientId": _PLAIN,
        "usernameClaim": _PLAIN,
        "groupsClaim": _PLAIN,
        "usernamePrefix": _PLAIN,
    }),
    "cluster": Obj({
        "kubernetesVersion": Str(_LINE + (r.kubernetes_version,), missing="required"),
        "enableEncryptionProvider": Bool(),
        "name": _ignored("cluster.name", None),
    }),
    "kubectlImage": _IMAGE,
    "connectivity": Obj({
        "network": Obj({
            "allowAllEgress": Bool(),
            "controlPlaneEndpoint": Obj({
                "host": Str(_SHELL + (r.empty_or(r.ip_address),)),
                "port": Int(minimum=1, maximum=65535, allowed="must be an integer from 1 to 65535"),
                # values.schema.json: DNS-1123 subdomain pattern whenever the key is present; a
                # null removes the default and means "no pool" (the model holds "" then).
                "ipPoolName": Str(_SHELL + (r.dns_subdomain,)),
            }),
            # values.schema.json anyOf (cidrBlocks or ipPoolName) is checked in validate.py.
            "loadBalancers": Obj({
                "cidrBlocks": List(Str(_SHELL + (r.ipv4_cidr,))),
                "ipPoolName": Str(_SHELL + (r.empty_or(r.dns_subdomain),)),
            }),
            "pods": Obj({"cidrBlocks": _SCHEMA_CIDRS}, required=frozenset({"cidrBlocks"})),
            "services": Obj({"cidrBlocks": _SCHEMA_CIDRS}, required=frozenset({"cidrBlocks"})),
            "containerRegistries": _ignored("connectivity.network.containerRegistries", _registries(strict=False)),
        }, required=frozenset({"pods", "services", "loadBalancers"})),
        "containerRegistries": _registries(strict=True),
    }, required=frozenset({"network"})),
    "internal": Obj({
        "teleport": Obj({
            # Written unquoted into /etc/teleport.yaml.
            "proxyAddr": Str(_LINE + (r.host_port,), missing="required"),
            "version": _PLAIN,
            "enabled": Bool(),
        }),
        "sandboxContainerImage": _IMAGE_TOML,
    }),
    "nodeClasses": Map(Crd("machine"), key_checks=(r.dns_label,)),
    # api.<cluster>.<baseDomain> is a certificate SAN and cilium's API host; also in teleport.yaml.
    "baseDomain": Str(_LINE + (r.empty_or(r.dns_subdomain),)),
    # teleport's "mc" label, compared with the cluster name.
    "managementCluster": Str(_LINE + (r.empty_or(r.dns_label),)),
    "helmReleases": Obj({
        "cilium": _RELEASE,
        "cpi": _RELEASE,
        "coredns": _RELEASE,
    }, missing="zero"),
    "addons": _ADDONS,
    "images": _IMAGES,
    "kubeadm": _ignored("kubeadm", Obj({
        "users": List(Obj({
            "authorizedKeys": List(Str(())),
            "name": Str(()),
        }, open=True, missing="zero")),
    }, open=True, missing="zero")),
    "template": _ignored("template", Obj({
        "cloneMode": Str(()),
        "diskGiB": Int(missing="zero"),
        "folder": Str(()),
        "memoryMiB": Int(missing="zero"),
        "networkName": Str(()),
        "numCPUs": Int(missing="zero"),
        "resourcePool": Str(()),
        "storagePolicyName": Str(()),
        "templateName": Str(()),
    }, open=True, missing="zero")),
    "worker": _ignored("worker", Obj({"replicas": Int(missing="zero")}, open=True, missing="zero")),
})
"""The values surface of cluster-vsphere 0.9.7 (see the module docs)."""


def spec_at(path: str) -> Any:
    """The node at a dotted path of fixed keys (for tests and tools)."""
    node: Any = VALUES_SPEC
    for part in path.split("."):
        if isinstance(node, Ignored):
            node = node.node
        node = node.fields[part]
    return node
