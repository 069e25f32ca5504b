#!/usr/bin/env bash
# Chooses the kubeconfig of the kube-vip static pod on a control-plane node (Kubernetes 1.29 and
# later; docs/kube-vip.md).
#
# From kubeadm 1.29, admin.conf has its rights through a ClusterRoleBinding that `kubeadm init`
# creates through the control-plane address, the address kube-vip is to bring up, which it cannot
# do without rights. Only super-admin.conf (system:masters, written on the init node alone) works
# before that binding exists, so on that node kube-vip runs with it until init is done.
#
# Usage: bash kube-vip-kubeconfig.sh pre-kubeadm|post-kubeadm
#   pre-kubeadm   on the node about to run `kubeadm init` with kubeadm 1.29 or later, point the
#                 pod's kubeconfig volume at super-admin.conf; on any other node change nothing
#   post-kubeadm  point it at admin.conf again (nothing to do where it already is)
# Both are idempotent: the manifest is rewritten only when its kubeconfig changes.
#
# KUBE_VIP_MANIFEST and KUBEADM_SCRIPT override /etc/kubernetes/manifests/kube-vip.yaml and
# /etc/kubeadm.sh, the script Cluster API's Ignition bootstrap runs (pre-kubeadm commands,
# `kubeadm init` or `kubeadm join`, post-kubeadm commands).
set -euo pipefail

manifest="${KUBE_VIP_MANIFEST:-/etc/kubernetes/manifests/kube-vip.yaml}"
kubeadm_script="${KUBEADM_SCRIPT:-/etc/kubeadm.sh}"
admin_conf=/etc/kubernetes/admin.conf
super_admin_conf=/etc/kubernetes/super-admin.conf
tmp=""
trap '[[ -z $tmp ]] || rm -f "$tmp"' EXIT

log() {
  echo "kube-vip-kubeconfig: $*" >&2
}

fail() {
  log "$*"
  exit 1
}

# Whether the manifest has a hostPath `path: FILE` line.
mounts() {
  grep -Eq "^[[:space:]]*path: ${1//./\\.}[[:space:]]*\$" "$manifest"
}

# Points the kubeconfig volume at $1 (from $2), unless it already is.
use_kubeconfig() {
  local to=$1 from=$2
  [[ -f $manifest ]] || fail "no kube-vip manifest at $manifest"
  if mounts "$to"; then
    log "kube-vip already uses $to"
    return
  fi
  mounts "$from" || fail "$manifest mounts neither $from nor $to"
  # Written beside the manifest, then renamed over it: kubelet skips files whose name starts
  # with a dot and never reads a half-written manifest; cp -p keeps its mode and owner.
  tmp="$(dirname "$manifest")/.$(basename "$manifest").tmp"
  cp -p "$manifest" "$tmp"
  sed -e "s|^\([[:space:]]*path: \)${from//./\\.}[[:space:]]*\$|\1${to}|" "$manifest" > "$tmp"
  mv "$tmp" "$manifest"
  tmp=""
  log "kube-vip now uses $to"
}

# Cluster API's Ignition bootstrap writes one kubeadm command line into $kubeadm_script.
runs_kubeadm_init() {
  [[ -f $kubeadm_script ]] || fail "no $kubeadm_script: cannot tell whether this node runs kubeadm init or join"
  grep -Eq '^[[:space:]]*kubeadm[[:space:]]+init([[:space:]]|$)' "$kubeadm_script"
}

# Whether kubeadm writes super-admin.conf (1.29 and later, pre-releases included).
kubeadm_has_super_admin() {
  local version
  version="$(kubeadm version -o short)" || fail "cannot run kubeadm version"
  [[ $version =~ ^v?([0-9]+)\.([0-9]+)\. ]] || fail "cannot read kubeadm's version from '$version'"
  local major=${BASH_REMATCH[1]} minor=${BASH_REMATCH[2]}
  if ((major > 1 || (major == 1 && minor >= 29))); then
    return 0
  fi
  log "kubeadm $version writes no super-admin.conf"
  return 1
}

if [[ $# -ne 1 ]]; then
  fail "expected one argument, pre-kubeadm or post-kubeadm; got: $*"
fi
case "$1" in
  pre-kubeadm)
    if ! runs_kubeadm_init; then
      log "this node joins the cluster: kube-vip keeps $admin_conf"
    elif kubeadm_has_super_admin; then
      use_kubeconfig "$super_admin_conf" "$admin_conf"
    fi
    ;;
  post-kubeadm)
    use_kubeconfig "$admin_conf" "$super_admin_conf"
    ;;
  *)
    fail "expected pre-kubeadm or post-kubeadm; got: $1"
    ;;
esac
