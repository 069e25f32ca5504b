#!/bin/sh
# Teleport's dynamic "role" label: prints control-plane on a node running the kube-apiserver
# static pod, worker on any other node whose kubelet runs, and an empty line before kubelet runs.
# KUBERNETES_MANIFESTS_DIR overrides /etc/kubernetes/manifests.
manifests="${KUBERNETES_MANIFESTS_DIR:-/etc/kubernetes/manifests}"

if ! systemctl is-active --quiet kubelet.service; then
  echo ""
elif [ -e "${manifests}/kube-apiserver.yaml" ]; then
  echo "control-plane"
else
  echo "worker"
fi
