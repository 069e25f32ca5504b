"""Cluster, MachineDeployment and MachineHealthCheck: cluster.x-k8s.io v1beta1 -> v1beta2.

Cluster API v1.14.0: ``api/core/v1beta1/conversion.go`` and ``zz_generated.conversion.go``
(the field conversions), ``core/webhooks/conversion/{cluster,machinedeployment,machinehealthcheck,
common}.go`` (the webhook's ``Convert*V1Beta1ToHub``: references, ``paused``, ``minReadySeconds``).
"""
from __future__ import annotations

from ._fields import INT_OR_STRING, LIST, NUM, PTR, SECONDS, STR, TIME, TRUE, Fields, copy_fields, put, seconds
from ._meta import DELETION, contract_reference, label_selector, machine_taint, object_meta, readiness_gate, \
    remediation_template_reference

__all__ = ["cluster_spec", "machine_deployment_spec", "machine_health_check_spec", "machine_spec"]

def cluster_spec(fields: Fields) -> dict:
    """``Convert_v1beta1_ClusterSpec_To_v1beta2_ClusterSpec`` + ``ConvertClusterV1Beta1ToHub``."""
    out = copy_fields(fields, {}, {"paused": TRUE})  # Convert_bool_To_Pointer_bool: false -> nil
    network = fields.sub("clusterNetwork")
    if network is not None:
        put(out, "clusterNetwork", _cluster_network(network))
    endpoint = fields.sub_or_empty("controlPlaneEndpoint")
    put(out, "controlPlaneEndpoint", copy_fields(endpoint, {}, {"host": STR, "port": NUM}))
    endpoint.done()
    for key in ("controlPlaneRef", "infrastructureRef"):
        put(out, key, contract_reference(fields.sub(key)))
    gates = fields.items("availabilityGates")
    if gates is not None:
        out["availabilityGates"] = [readiness_gate(gate) for gate in gates]
    fields.done()
    return out


def _cluster_network(fields: Fields) -> dict:
    """``apiServerPort`` *int32 -> int32; services/pods *NetworkRanges -> NetworkRanges."""
    out = copy_fields(fields, {}, {"apiServerPort": NUM})
    for key in ("services", "pods"):
        ranges = fields.sub(key)
        if ranges is not None:
            put(out, key, copy_fields(ranges, {}, {"cidrBlocks": LIST}))
            ranges.done()
    copy_fields(fields, out, {"serviceDomain": STR})
    fields.done()
    return out


def machine_spec(fields: Fields) -> dict:
    """MachineSpec: ``autoConvert_v1beta1_MachineSpec_To_v1beta2_MachineSpec`` with the references of
    ``convertMachineSpecToContractVersionedObjectReference``."""
    out = copy_fields(fields, {}, {"clusterName": STR})
    bootstrap = fields.sub_or_empty("bootstrap")
    bootstrap_out: dict = {}
    put(bootstrap_out, "configRef", contract_reference(bootstrap.sub("configRef")))
    copy_fields(bootstrap, bootstrap_out, {"dataSecretName": PTR})
    bootstrap.done()
    put(out, "bootstrap", bootstrap_out)
    put(out, "infrastructureRef", contract_reference(fields.sub("infrastructureRef")))
    copy_fields(fields, out, {"version": STR, "providerID": STR, "failureDomain": STR})
    gates = fields.items("readinessGates")
    if gates is not None:
        out["readinessGates"] = [readiness_gate(gate) for gate in gates]
    put(out, "deletion", copy_fields(fields, {}, DELETION))
    taints = fields.items("taints")
    if taints is not None:
        out["taints"] = [machine_taint(taint) for taint in taints]
    fields.done()
    return out


def machine_deployment_spec(fields: Fields) -> dict:
    """``Convert_v1beta1_MachineDeploymentSpec_To_v1beta2_MachineDeploymentSpec`` + ``ConvertMachineDeploymentV1Beta1ToHub``."""
    out = copy_fields(fields, {}, {"clusterName": STR, "replicas": PTR})
    rollout = copy_fields(fields, {}, {"rolloutAfter": (TIME, "after")})
    remediation: dict = {}
    deletion: dict = {}
    strategy = fields.sub("strategy")
    if strategy is not None:
        put(rollout, "strategy", _strategy(strategy, deletion, remediation))
    put(out, "rollout", rollout)
    put(out, "selector", label_selector(fields.sub("selector")))
    template = fields.sub_or_empty("template")
    template_out: dict = {}
    put(template_out, "metadata", object_meta(template.sub("metadata")))
    spec = machine_spec(template.sub_or_empty("spec"))
    copy_fields(fields, spec, {"minReadySeconds": PTR})  # dst.Spec.Template.Spec.MinReadySeconds = src.Spec.MinReadySeconds
    put(template_out, "spec", spec)
    template.done()
    put(out, "template", template_out)
    naming = fields.sub("machineNamingStrategy")
    if naming is not None:
        put(out, "machineNaming", copy_fields(naming, {}, {"template": STR}))
        naming.done()
    put(out, "remediation", remediation)
    put(out, "deletion", deletion)
    copy_fields(fields, out, {"paused": TRUE})
    fields.drop("revisionHistoryLimit", "progressDeadlineSeconds")
    fields.done()
    return out


def _strategy(fields: Fields, deletion: dict, remediation: dict) -> dict:
    """strategy -> rollout.strategy; rollingUpdate.deletePolicy -> deletion.order; remediation -> remediation."""
    out = copy_fields(fields, {}, {"type": STR})
    rolling = fields.sub("rollingUpdate")
    if rolling is not None:
        put(out, "rollingUpdate", copy_fields(rolling, {}, {"maxUnavailable": INT_OR_STRING,
                                                            "maxSurge": INT_OR_STRING}))
        copy_fields(rolling, deletion, {"deletePolicy": (STR, "order")})
        rolling.done()
    strategy_remediation = fields.sub("remediation")
    if strategy_remediation is not None:
        copy_fields(strategy_remediation, remediation, {"maxInFlight": INT_OR_STRING})
        strategy_remediation.done()
    fields.done()
    return out


def machine_health_check_spec(fields: Fields) -> dict:
    """``Convert_v1beta1_MachineHealthCheckSpec_To_v1beta2_MachineHealthCheckSpec``."""
    out = copy_fields(fields, {}, {"clusterName": STR})
    put(out, "selector", label_selector(fields.sub("selector")))
    checks: dict = {}
    for key, target in (("unhealthyConditions", "unhealthyNodeConditions"),
                        ("unhealthyMachineConditions", "unhealthyMachineConditions")):
        conditions = [_condition(item) for item in fields.items(key) or ()]
        if conditions:  # built with append: an empty list stays nil
            checks[target] = conditions
    copy_fields(fields, checks, {"nodeStartupTimeout": (SECONDS, "nodeStartupTimeoutSeconds")})
    put(out, "checks", checks)
    remediation: dict = {}
    trigger = copy_fields(fields, {}, {"maxUnhealthy": (INT_OR_STRING, "unhealthyLessThanOrEqualTo"),
                                       "unhealthyRange": (STR, "unhealthyInRange")})
    put(remediation, "triggerIf", trigger)
    template = fields.sub("remediationTemplate")
    if template is not None:
        put(remediation, "templateRef", remediation_template_reference(template))
    put(out, "remediation", remediation)
    fields.done()
    return out


def _condition(fields: Fields) -> dict:
    """{type, status, timeout} -> {type, status, timeoutSeconds}; ``ConvertToSeconds(&c.Timeout)`` is never nil."""
    out = copy_fields(fields, {}, {"type": STR, "status": STR})
    timeout = fields.take("timeout")
    out["timeoutSeconds"] = 0 if timeout is None else seconds(fields, "timeout", timeout)
    fields.done()
    return out

