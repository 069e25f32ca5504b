#!/usr/bin/env bash
# Sizes kube-apiserver to this machine. kubeadm applies the JSON patch kube-apiserver+json.json
# to the apiserver's static pod; this writes it from kube-apiserver+json.tpl, with the in-flight
# request limits and the CPU and memory requests derived from the machine's CPU count and memory,
# each divided by RATIO (controlPlane.resourceRatio).
#
# Usage: bash kube-apiserver-patch.sh RATIO
# PATCHES_DIR, CPUINFO and MEMINFO override /etc/kubernetes/patches, /proc/cpuinfo, /proc/meminfo.
set -euo pipefail

patches_dir="${PATCHES_DIR:-/etc/kubernetes/patches}"
cpuinfo="${CPUINFO:-/proc/cpuinfo}"
meminfo="${MEMINFO:-/proc/meminfo}"

if [[ $# -ne 1 || ! $1 =~ ^[1-9][0-9]*$ ]]; then
  echo "kube-apiserver-patch: expected one argument, the resource ratio (a positive integer); got: $*" >&2
  exit 1
fi
ratio=$1

cpus=$(grep -c '^processor' "$cpuinfo" || true)
memory_kib=$(awk '$1 == "MemTotal:" { print $2; exit }' "$meminfo" || true)
if [[ ! $cpus =~ ^[1-9][0-9]*$ || ! $memory_kib =~ ^[0-9]+$ ]]; then
  echo "kube-apiserver-patch: cannot read the CPU count from $cpuinfo or MemTotal from $meminfo" >&2
  exit 1
fi
memory_mib=$((memory_kib / 1024))

max_requests=$((cpus * (1600 / ratio)))
max_mutating=$((cpus * (800 / ratio)))
cpu_request="$((cpus * (1000 / ratio)))m"
memory_request="$((memory_mib / ratio))Mi"
echo "kube-apiserver-patch: ${cpus} CPUs, ${memory_mib}Mi, ratio ${ratio}:" \
  "max-requests-inflight=${max_requests} max-mutating-requests-inflight=${max_mutating}" \
  "cpu=${cpu_request} memory=${memory_request}"

# Write next to the target, then rename: kubeadm never sees a half-written patch, and a failure
# leaves the previous one in place.
target="${patches_dir}/kube-apiserver+json.json"
trap 'rm -f "${target}.tmp"' EXIT
sed -e "s/\$MAX_REQUESTS_INFLIGHT/${max_requests}/g" \
    -e "s/\$MAX_MUTATING_REQUESTS_INFLIGHT/${max_mutating}/g" \
    -e "s/\$API_SERVER_CPU_REQUEST/${cpu_request}/g" \
    -e "s/\$API_SERVER_MEMORY_REQUEST/${memory_request}/g" \
    "${patches_dir}/kube-apiserver+json.tpl" > "${target}.tmp"
mv "${target}.tmp" "${target}"
