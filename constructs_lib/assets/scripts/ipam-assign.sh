#!/usr/bin/env bash
# Waits for the addresses of the cluster's IPAddressClaims, then applies the objects that need
# them (rendered with placeholders into $MANIFESTS_DIR) and, last, the Cluster, which resumes it.
#
# Environment:
#   NAMESPACE                 namespace of the claims and the objects
#   CONTROL_PLANE_CLAIM       claim of the control-plane address ("" = none)
#   LOAD_BALANCER_CLAIM       claim of the first Service load-balancer address ("" = none)
#   LOAD_BALANCER_CIDRS       static load-balancer ranges, comma-separated, appended after it
#   MANIFESTS_DIR             objects.yaml, cluster.yaml, kube-vip-pod.yaml, resources.env
#                             (default /manifests)
#   FIELD_MANAGER             server-side apply field manager (default ipam-assign)
#   TIMEOUT_SECONDS           how long to wait for each address (default 900)
#   POLL_SECONDS              pause between two looks (default 2)
#
# $MANIFESTS_DIR/resources.env, KEY=VALUE lines (blank lines and "#" comments aside):
#   IPADDRESS_RESOURCE        the IPAddresses' resource with its version, RESOURCE.VERSION.GROUP,
#                             e.g. ipaddresses.v1beta2.ipam.cluster.x-k8s.io
#   IPADDRESSCLAIM_RESOURCE   the claims' resource, likewise (named in the timeout message)
#
# Every object is read and written in the API version it was emitted in, never in the one kubectl's
# discovery prefers (which changed from v1beta1 to v1beta2 with Cluster API 1.11): the IPAddresses
# by their fully qualified resource (the version comes from the cluster's declared releases, through
# resources.env), the applied objects by the apiVersion each document names. The versions are in the
# mounted ConfigMap, not in the environment, so that the Job's pod template is the same whatever
# versions the objects are spelled in. The file is parsed, never sourced: only the two keys above,
# each value made of [a-z0-9.-] only, are taken, and anything else in it stops the script.
#
# Idempotent: a second run applies the same objects and changes nothing. Nothing it logs is secret.
set -euo pipefail

: "${NAMESPACE:?NAMESPACE must be set}"
CONTROL_PLANE_CLAIM="${CONTROL_PLANE_CLAIM:-}"
LOAD_BALANCER_CLAIM="${LOAD_BALANCER_CLAIM:-}"
LOAD_BALANCER_CIDRS="${LOAD_BALANCER_CIDRS:-}"
MANIFESTS_DIR="${MANIFESTS_DIR:-/manifests}"
FIELD_MANAGER="${FIELD_MANAGER:-ipam-assign}"
TIMEOUT_SECONDS="${TIMEOUT_SECONDS:-900}"
POLL_SECONDS="${POLL_SECONDS:-2}"

CONTROL_PLANE_PLACEHOLDER="IPAM-CONTROL-PLANE-ADDRESS"
LOAD_BALANCER_PLACEHOLDER="IPAM-LOAD-BALANCER-CIDRS"
KUBEVIP_PLACEHOLDER="IPAM-KUBEVIP-POD-BASE64"

fail() {
  echo "ipam-assign: $*" >&2
  exit 1
}

case "$TIMEOUT_SECONDS$POLL_SECONDS" in
  *[!0-9]*) fail "TIMEOUT_SECONDS and POLL_SECONDS must be whole numbers of seconds" ;;
esac

# The resources, from resources.env; the environment's values, if any, are not taken.
RESOURCES_FILE="$MANIFESTS_DIR/resources.env"
IPADDRESS_RESOURCE=""
IPADDRESSCLAIM_RESOURCE=""
if [ ! -r "$RESOURCES_FILE" ]; then
  fail "cannot read ${RESOURCES_FILE} (the resources to read, with their versions)"
fi
line_number=0
while IFS= read -r line || [ -n "$line" ]; do
  line_number=$((line_number + 1))
  case "$line" in
    "" | "#"*) continue ;;
    *=*) ;;
    *) fail "${RESOURCES_FILE}:${line_number}: not KEY=VALUE: ${line@Q}" ;;
  esac
  key="${line%%=*}"
  value="${line#*=}"
  case "$value" in
    "" | *[!a-z0-9.-]*) fail "${RESOURCES_FILE}:${line_number}: ${key@Q} is not a resource name: ${value@Q}" ;;
  esac
  case "$key" in
    IPADDRESS_RESOURCE) IPADDRESS_RESOURCE="$value" ;;
    IPADDRESSCLAIM_RESOURCE) IPADDRESSCLAIM_RESOURCE="$value" ;;
    *) fail "${RESOURCES_FILE}:${line_number}: unknown key ${key@Q}" ;;
  esac
done < "$RESOURCES_FILE"
case "$IPADDRESS_RESOURCE $IPADDRESSCLAIM_RESOURCE" in
  "ipaddresses.v"[0-9]*".ipam.cluster.x-k8s.io ipaddressclaims.v"[0-9]*".ipam.cluster.x-k8s.io") ;;
  *) fail "${RESOURCES_FILE}: IPADDRESS_RESOURCE and IPADDRESSCLAIM_RESOURCE must name the resources with their version," \
       "e.g. ipaddresses.v1beta2.ipam.cluster.x-k8s.io (got ${IPADDRESS_RESOURCE@Q} and ${IPADDRESSCLAIM_RESOURCE@Q})" ;;
esac

# Prints the address of the IPAddress named after the claim once the IPAM provider created it.
wait_for_address() {
  local claim="$1" waited=0 address=""
  echo "waiting for IPAddress ${NAMESPACE}/${claim}" >&2
  while :; do
    # spec.address is the same field in every version. This runs in a command substitution, where
    # bash does not apply set -e: a failing kubectl (a version the management cluster does not
    # serve, a refused read) stops the script here, instead of passing for an address not there yet.
    if ! address="$(kubectl get "$IPADDRESS_RESOURCE" --ignore-not-found -n "$NAMESPACE" "$claim" -o 'jsonpath={.spec.address}')"; then
      fail "cannot read IPAddress ${NAMESPACE}/${claim} as ${IPADDRESS_RESOURCE} (see kubectl's error above)"
    fi
    if [ -n "$address" ]; then
      break
    fi
    if [ "$waited" -ge "$TIMEOUT_SECONDS" ]; then
      fail "no address for IPAddressClaim ${NAMESPACE}/${claim} after ${TIMEOUT_SECONDS}s;" \
        "check that its pool exists and has free addresses (kubectl describe ${IPADDRESSCLAIM_RESOURCE} -n ${NAMESPACE} ${claim})"
    fi
    sleep "$POLL_SECONDS"
    waited=$((waited + POLL_SECONDS))
  done
  # An address goes into YAML and a sed expression: accept IPv4 and IPv6 characters only.
  case "$address" in
    *[!0-9A-Fa-f.:]*) fail "IPAddress ${NAMESPACE}/${claim} holds ${address@Q}, which is not an IP address" ;;
  esac
  echo "IPAddress ${NAMESPACE}/${claim}: ${address}" >&2
  printf '%s' "$address"
}

substitutions=()
if [ -n "$CONTROL_PLANE_CLAIM" ]; then
  control_plane_ip="$(wait_for_address "$CONTROL_PLANE_CLAIM")"
  kubevip_pod="$(sed -e "s/${CONTROL_PLANE_PLACEHOLDER}/${control_plane_ip}/g" "$MANIFESTS_DIR/kube-vip-pod.yaml"; echo x)"
  kubevip_base64="$(printf '%s' "${kubevip_pod%x}" | base64 | tr -d '\n')"
  substitutions+=(-e "s/${CONTROL_PLANE_PLACEHOLDER}/${control_plane_ip}/g" -e "s|${KUBEVIP_PLACEHOLDER}|${kubevip_base64}|g")
fi
if [ -n "$LOAD_BALANCER_CLAIM" ]; then
  load_balancer_cidrs="$(wait_for_address "$LOAD_BALANCER_CLAIM")/32"
  if [ -n "$LOAD_BALANCER_CIDRS" ]; then
    load_balancer_cidrs="${load_balancer_cidrs},${LOAD_BALANCER_CIDRS}"
  fi
  substitutions+=(-e "s|${LOAD_BALANCER_PLACEHOLDER}|${load_balancer_cidrs}|g")
fi
if [ "${#substitutions[@]}" -eq 0 ]; then
  fail "neither CONTROL_PLANE_CLAIM nor LOAD_BALANCER_CLAIM is set: nothing to assign"
fi

# Server-side apply maps each document by its own apiVersion: the objects are written in the
# version the cluster's objects are emitted in, whatever version kubectl would prefer.
apply() {
  local file="$1"
  sed "${substitutions[@]}" "$MANIFESTS_DIR/$file" \
    | kubectl apply --server-side --force-conflicts --field-manager="$FIELD_MANAGER" -n "$NAMESPACE" -f -
}

# The objects first, the Cluster (which resumes reconciliation) last.
apply objects.yaml
apply cluster.yaml
echo "addresses assigned; Cluster resumed"
