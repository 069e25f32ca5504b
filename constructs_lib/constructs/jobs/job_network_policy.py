"""A CiliumNetworkPolicy confining a Job's pods to the API server and cluster DNS."""
from __future__ import annotations

from cdk8s import ApiObjectMetadata
from constructs import Construct


#: Label Kubernetes puts on the pods of a Job (``job-name`` works on every supported release).
JOB_NAME_LABEL = "job-name"


class JobNetworkPolicy(Construct):
    """Egress of the Job's pods only to the kube-apiserver entity and to kube-dns on port 53."""

    def __init__(self, scope: Construct, id: str, *, name: str, namespace: str, job_name: str,
                 labels: dict[str, str] | None = None):
        super().__init__(scope, id)
        # Imported here: the Cilium classes are 1.8 MB of Python that only policies need.
        from constructs_lib.imports.io.cilium import (
            CiliumNetworkPolicy,
            CiliumNetworkPolicySpec,
            CiliumNetworkPolicySpecEgress,
            CiliumNetworkPolicySpecEgressToEndpoints,
            CiliumNetworkPolicySpecEgressToEntities,
            CiliumNetworkPolicySpecEgressToPorts,
            CiliumNetworkPolicySpecEgressToPortsPorts,
            CiliumNetworkPolicySpecEgressToPortsPortsProtocol,
            CiliumNetworkPolicySpecEgressToPortsRules,
            CiliumNetworkPolicySpecEgressToPortsRulesDns,
            CiliumNetworkPolicySpecEndpointSelector,
        )
        dns_ports = [CiliumNetworkPolicySpecEgressToPortsPorts(port="53", protocol=protocol)
                     for protocol in (CiliumNetworkPolicySpecEgressToPortsPortsProtocol.UDP,
                                      CiliumNetworkPolicySpecEgressToPortsPortsProtocol.TCP)]
        self.resource = CiliumNetworkPolicy(
            self, "policy",
            metadata=ApiObjectMetadata(name=name, namespace=namespace, labels=labels),
            spec=CiliumNetworkPolicySpec(
                endpoint_selector=CiliumNetworkPolicySpecEndpointSelector(match_labels={JOB_NAME_LABEL: job_name}),
                egress=[
                    CiliumNetworkPolicySpecEgress(
                        to_entities=[CiliumNetworkPolicySpecEgressToEntities.KUBE_HYPHEN_APISERVER]),
                    CiliumNetworkPolicySpecEgress(
                        to_endpoints=[CiliumNetworkPolicySpecEgressToEndpoints(match_labels={
                            "k8s:io.kubernetes.pod.namespace": "kube-system", "k8s:k8s-app": "kube-dns"})],
                        to_ports=[CiliumNetworkPolicySpecEgressToPorts(
                            ports=dns_ports,
                            rules=CiliumNetworkPolicySpecEgressToPortsRules(
                                dns=[CiliumNetworkPolicySpecEgressToPortsRulesDns(match_pattern="*")]))]),
                ],
            ),
        )
