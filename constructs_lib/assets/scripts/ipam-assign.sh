#!/usr/bin/env bash
# Waits for the addresses of the cluster's IPAddressClaims, then applies the objects that need
# them (rendered with placeholders into $MANIFESTS_DIR) and, last, the Cluster, which resumes it.
#
# Environment:
#   NAMESPACE                 namespace of the claims and the objects
#   CONTROL_PLANE_CLAIM       claim of the control-plane address ("" = none)
#   LOAD_BALANCER_CLAIM       claim of the first Service load-balancer address ("" = none)
#   LOAD_BALANCER_CIDRS       static load-balancer ranges, comma-separated, appended after it
#   MANIFESTS_DIR             objects.yaml, cluster.yaml, kube-vip-pod.yaml (default /manifests)
#   FIELD_MANAGER             server-side apply field manager (default ipam-assign)
#   TIMEOUT_SECONDS           how long to wait for each address (default 900)
#   POLL_SECONDS              pause between two looks (default 2)
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

# Prints the address of the IPAddress named after the claim once the IPAM provider created it.
wait_for_address() {
  local claim="$1" waited=0 address=""
  echo "waiting for IPAddress ${NAMESPACE}/${claim}" >&2
  while :; do
    address="$(kubectl get ipaddress --ignore-not-found -n "$NAMESPACE" "$claim" -o 'jsonpath={.spec.address}')"
    if [ -n "$address" ]; then
      break
    fi
    if [ "$waited" -ge "$TIMEOUT_SECONDS" ]; then
      fail "no address for IPAddressClaim ${NAMESPACE}/${claim} after ${TIMEOUT_SECONDS}s;" \
        "check that its pool exists and has free addresses (kubectl describe ipaddressclaim -n ${NAMESPACE} ${claim})"
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

apply() {
  local file="$1"
  sed "${substitutions[@]}" "$MANIFESTS_DIR/$file" \
    | kubectl apply --server-side --force-conflicts --field-manager="$FIELD_MANAGER" -n "$NAMESPACE" -f -
}

# The objects first, the Cluster (which resumes reconciliation) last.
apply objects.yaml
apply cluster.yaml
echo "addresses assigned; Cluster resumed"
