"""``plan``: what a synth would change in the output directory, object by object, field by field.

Objects are identified by kind, namespace and name. A changed object lists its changed field
paths with old and new values; Secret data is masked. Changes that roll machines or replace
objects are marked the way Terraform marks "forces replacement":

* a VSphereMachineTemplate or KubeadmConfigTemplate whose name changes (the name carries a hash of
  its content: the old template is destroyed, a new one added) is shown as one replacement;
* a KubeadmControlPlane whose version, machine template or kubeadm configuration changes, and a
  MachineDeployment whose machine template changes, roll their machines.

An object whose apiVersion changes (v1beta1 to v1beta2) is compared as Cluster API stores both
(:func:`comparable`): the change shows as ``apiVersion`` plus whatever the meaning changes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

SECRET_FIELDS = ("data", "stringData")
HASHED_KINDS = ("VSphereMachineTemplate", "KubeadmConfigTemplate")
_HASH_SUFFIX = re.compile(r"-[0-9a-f]{8}$")


@dataclass(frozen=True)
class FieldChange:
    path: str
    old: Any
    new: Any


@dataclass
class ObjectChange:
    """One object's change: ``+`` add, ``-`` destroy, ``~`` change, ``-/+`` replace."""

    action: str
    kind: str
    namespace: str
    name: str
    fields: list[FieldChange] = field(default_factory=list)
    new_name: str = ""
    note: str = ""

    @property
    def title(self) -> str:
        where = f"{self.namespace}/" if self.namespace else ""
        renamed = f" -> {self.new_name}" if self.new_name else ""
        return f"{self.kind} {where}{self.name}{renamed}"


@dataclass
class ClusterPlan:
    cluster: str
    changes: list[ObjectChange] = field(default_factory=list)


def _identity(doc: dict) -> tuple[str, str, str]:
    meta = doc.get("metadata") or {}
    return doc.get("kind", ""), meta.get("namespace") or "", meta.get("name", "")


def _masked(doc: dict) -> dict:
    if doc.get("kind") != "Secret":
        return doc
    return {k: ({key: MASK for key in v} if k in SECRET_FIELDS and isinstance(v, dict) else v) for k, v in doc.items()}


def field_changes(old: Any, new: Any, path: str = "") -> list[FieldChange]:
    """Leaf-level differences between two documents (lists compared item by item)."""
    if isinstance(old, dict) and isinstance(new, dict):
        out = []
        for key in list(old) + [k for k in new if k not in old]:
            sub = f"{path}.{key}" if path else str(key)
            out += field_changes(old.get(key, _ABSENT), new.get(key, _ABSENT), sub)
        return out
    if isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        out = []
        for index, (a, b) in enumerate(zip(old, new)):
            out += field_changes(a, b, f"{path}[{index}]")
        return out
    return [] if old == new else [FieldChange(path, old, new)]


class _Marker:
    def __init__(self, text: str):
        self.text = text

    def __repr__(self) -> str:
        return self.text


_ABSENT = _Marker("(absent)")
MASK = _Marker("***")
"""Shown in place of a Secret's values."""


def _secret_change(change: FieldChange, kind: str) -> FieldChange:
    if kind == "Secret" and change.path.split(".")[0] in SECRET_FIELDS:
        return FieldChange(change.path, MASK if change.old is not _ABSENT else change.old,
                           MASK if change.new is not _ABSENT else change.new)
    return change


_CONTROL_PLANE_ROLLS = ("spec.version", "spec.machineTemplate.infrastructureRef",
                        "spec.machineTemplate.spec.infrastructureRef", "spec.kubeadmConfigSpec")
"""KubeadmControlPlane fields whose change rolls the control plane (v1beta1 and v1beta2 paths)."""


def _rollout_note(kind: str, fields: list[FieldChange]) -> str:
    paths = [f.path for f in fields]
    if kind == "KubeadmControlPlane" and any(p.startswith(_CONTROL_PLANE_ROLLS) for p in paths):
        return "rolls the control-plane machines"
    if kind == "MachineDeployment" and any(p.startswith("spec.template.spec") for p in paths):
        return "rolls the machines of this pool"
    return ""


def comparable(old: dict, new: dict) -> tuple[dict, dict]:
    """``old`` and ``new`` in one API version: a Cluster API or CAPV object whose apiVersion
    changes is compared as Cluster API stores both, converted to v1beta2 (so a version's spelling
    is no change and rolls nothing); other objects as they are."""
    if old.get("apiVersion") == new.get("apiVersion"):
        return old, new
    from ..constructs.cluster_api.conversion import V1BETA2_KINDS, to_v1beta2

    if old.get("kind") not in V1BETA2_KINDS:
        return old, new
    return ({**to_v1beta2(old), "apiVersion": old.get("apiVersion")},
            {**to_v1beta2(new), "apiVersion": new.get("apiVersion")})


def diff_cluster(cluster: str, old_docs: Iterable[dict], new_docs: Iterable[dict]) -> ClusterPlan:
    old = {_identity(d): d for d in old_docs}
    new = {_identity(d): d for d in new_docs}
    plan = ClusterPlan(cluster)
    added = [k for k in new if k not in old]
    removed = [k for k in old if k not in new]
    # A hashed template whose name changed is a replacement of the same template.
    for key in list(removed):
        kind, namespace, name = key
        if kind not in HASHED_KINDS or not _HASH_SUFFIX.search(name):
            continue
        stem = _HASH_SUFFIX.sub("", name)
        match = next((k for k in added if k[0] == kind and k[1] == namespace and _HASH_SUFFIX.sub("", k[2]) == stem
                      and _HASH_SUFFIX.search(k[2])), None)
        if match:
            removed.remove(key)
            added.remove(match)
            pair = comparable(_masked(old[key]), _masked(new[match]))
            fields = [_secret_change(c, kind) for c in field_changes(*pair) if c.path != "metadata.name"]
            plan.changes.append(ObjectChange("-/+", kind, namespace, name, fields, new_name=match[2],
                                             note="forces replacement: new template, machines using it roll"))
    for key in new:
        if key in old:
            fields = [_secret_change(c, key[0]) for c in field_changes(*comparable(old[key], new[key]))]
            if fields:
                plan.changes.append(ObjectChange("~", *key, fields=fields, note=_rollout_note(key[0], fields)))
        elif key in added:
            plan.changes.append(ObjectChange("+", *key))
    for key in removed:
        plan.changes.append(ObjectChange("-", *key))
    return plan


@dataclass
class Plan:
    clusters: list[ClusterPlan] = field(default_factory=list)

    def counts(self) -> tuple[int, int, int]:
        add = change = destroy = 0
        for cluster in self.clusters:
            for c in cluster.changes:
                add += c.action in ("+", "-/+")
                change += c.action == "~"
                destroy += c.action in ("-", "-/+")
        return add, change, destroy

    @property
    def has_changes(self) -> bool:
        return any(c.changes for c in self.clusters)

    def rolling(self) -> list[ObjectChange]:
        """The changes after which Cluster API replaces machines (a control plane or a pool whose
        machine spec changes); an API version's spelling or a label never rolls one."""
        return [c for cluster in self.clusters for c in cluster.changes if c.action == "~" and c.note]


def _show(value: Any) -> str:
    if isinstance(value, _Marker):
        return value.text
    text = repr(value) if isinstance(value, str) else str(value).replace("True", "true").replace("False", "false")
    return text if len(text) <= 100 else text[:97] + "..."


def _show_change(change: FieldChange) -> str:
    old, new = change.old, change.new
    if isinstance(old, str) and isinstance(new, str) and ("\n" in old or "\n" in new):
        # Embedded files: name the first line that differs instead of two long, equal-looking prefixes.
        old_lines, new_lines = old.split("\n"), new.split("\n")
        index = next((i for i, (a, b) in enumerate(zip(old_lines, new_lines)) if a != b),
                     min(len(old_lines), len(new_lines)))
        differing = sum(a != b for a, b in zip(old_lines, new_lines)) + abs(len(old_lines) - len(new_lines))
        pick = lambda lines: _show(lines[index]) if index < len(lines) else "(absent)"  # noqa: E731
        more = f" (and {differing - 1} more line(s))" if differing > 1 else ""
        return f"{change.path}: line {index + 1}: {pick(old_lines)} -> {pick(new_lines)}{more}"
    return f"{change.path}: {_show(old)} -> {_show(new)}"


def format_plan(plan: Plan) -> str:
    lines = []
    for cluster in plan.clusters:
        if not cluster.changes:
            continue
        lines.append(f"cluster {cluster.cluster}:")
        for change in cluster.changes:
            note = f"  # {change.note}" if change.note else ""
            lines.append(f"  {change.action} {change.title}{note}")
            lines += [f"      {_show_change(f)}" for f in change.fields]
    add, change, destroy = plan.counts()
    if not plan.has_changes:
        lines.append("No changes. The output directory matches the cluster files.")
    else:
        rolling = plan.rolling()
        lines.append("No machine rolls." if not rolling else
                     f"Machines roll: {', '.join(c.title for c in rolling)}.")
    lines.append(f"Plan: {add} to add, {change} to change, {destroy} to destroy.")
    return "\n".join(lines) + "\n"
