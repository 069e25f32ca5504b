"""Placeholders in the objects the IPAM Job applies; its script replaces them with the addresses.

They are plain tokens (no ``$``, quotes or slashes) so that they survive YAML dumping unchanged
and a ``sed`` substitution can replace them safely.
"""
from __future__ import annotations

CONTROL_PLANE_IP_PLACEHOLDER = "IPAM-CONTROL-PLANE-ADDRESS"
"""The control-plane address from the claim ``<cluster>``."""

LOAD_BALANCER_CIDRS_PLACEHOLDER = "IPAM-LOAD-BALANCER-CIDRS"
"""``<address>/32`` from the claim ``<cluster>-svc-lb``, then the static ``cidrBlocks`` (comma-separated)."""

KUBEVIP_CONTENT_PLACEHOLDER = "IPAM-KUBEVIP-POD-BASE64"
"""base64 of the kube-vip static pod with the control-plane address filled in."""

ALL = (CONTROL_PLANE_IP_PLACEHOLDER, LOAD_BALANCER_CIDRS_PLACEHOLDER, KUBEVIP_CONTENT_PLACEHOLDER)
