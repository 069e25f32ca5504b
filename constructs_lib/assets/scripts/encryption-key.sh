#!/bin/sh
# Creates the Secret $SECRET_NAME holding a kube-apiserver EncryptionConfiguration with a fresh
# random key, once: an existing Secret is never read, changed or replaced (docs/encryption.md).
#
# 1. A server-side dry run of the create says whether the Secret exists, without reading it
#    (this Job may create Secrets, never get, list, update or delete them). It exists: done.
# 2. Waits for the Cluster, the Secret's owner (garbage-collected once the Cluster is gone).
# 3. Refuses when a control-plane machine of the cluster already got its bootstrap data from the
#    Secret: the Secret was lost, and a new key could not read what the old one encrypted.
# 4. Makes 32 random bytes the key and creates the Secret; AlreadyExists (a concurrent create)
#    counts as success, the other Secret is left as it is.
#
# Environment:
#   NAMESPACE             namespace of the Cluster and the Secret
#   CLUSTER_NAME          the Cluster (cluster.x-k8s.io) that owns the Secret
#   CLUSTER_RESOURCE      the Cluster's group-qualified resource (clusters.cluster.x-k8s.io); the
#                         owner reference takes the apiVersion the Cluster is read in
#   KUBEADMCONFIG_RESOURCE  the KubeadmConfigs' resource (kubeadmconfigs.bootstrap.cluster.x-k8s.io)
#   SECRET_NAME           the Secret to create (<cluster>-encryption-provider-config)
#   SECRET_KEY            its key holding the configuration (default encryption)
#   SECRET_LABELS         the Secret's labels, a JSON object (default {})
#   SECRET_ANNOTATIONS    the Secret's annotations, a JSON object (default {})
#   PROVIDER              secretbox (default) or aescbc
#   TIMEOUT_SECONDS       how long to wait for the Cluster (default 900)
#   POLL_SECONDS          pause between two looks (default 2)
#   RANDOM_SOURCE         where the key's 32 bytes come from (default /dev/urandom)
#
# Resources are named RESOURCE.VERSION.GROUP, never left to kubectl's discovery.
# Never traced (no set -x): the key lives in this shell's variables only and reaches kubectl on
# its standard input, never in a command's arguments, a file or the log.
set -eu

: "${NAMESPACE:?NAMESPACE must be set}"
: "${CLUSTER_NAME:?CLUSTER_NAME must be set}"
: "${CLUSTER_RESOURCE:?CLUSTER_RESOURCE must be set}"
: "${KUBEADMCONFIG_RESOURCE:?KUBEADMCONFIG_RESOURCE must be set}"
: "${SECRET_NAME:?SECRET_NAME must be set}"
SECRET_KEY="${SECRET_KEY:-encryption}"
SECRET_LABELS="${SECRET_LABELS:-}"
SECRET_ANNOTATIONS="${SECRET_ANNOTATIONS:-}"
PROVIDER="${PROVIDER:-secretbox}"
TIMEOUT_SECONDS="${TIMEOUT_SECONDS:-900}"
POLL_SECONDS="${POLL_SECONDS:-2}"
RANDOM_SOURCE="${RANDOM_SOURCE:-/dev/urandom}"
if [ -z "$SECRET_LABELS" ]; then
  SECRET_LABELS='{}'
fi
if [ -z "$SECRET_ANNOTATIONS" ]; then
  SECRET_ANNOTATIONS='{}'
fi

fail() {
  echo "encryption-key: $*" >&2
  exit 1
}

case "$PROVIDER" in
  secretbox | aescbc) ;;
  *) fail "PROVIDER must be secretbox or aescbc, not '$PROVIDER'" ;;
esac
case "$TIMEOUT_SECONDS" in
  '' | *[!0-9]*) fail "TIMEOUT_SECONDS must be a whole number of seconds" ;;
esac
case "$POLL_SECONDS" in
  '' | *[!0-9]*) fail "POLL_SECONDS must be a whole number of seconds" ;;
esac

SECRET="Secret ${NAMESPACE}/${SECRET_NAME}"

# The Secret as JSON: $1 its ownerReferences (a JSON list), $2 its data (a JSON object). printf is
# a shell builtin: the data never becomes a process argument.
secret_manifest() {
  printf '{"apiVersion":"v1","kind":"Secret","type":"Opaque","metadata":{"name":"%s","namespace":"%s","labels":%s,"annotations":%s,"ownerReferences":%s},"data":%s}\n' \
    "$SECRET_NAME" "$NAMESPACE" "$SECRET_LABELS" "$SECRET_ANNOTATIONS" "$1" "$2"
}

# 1. Does it exist? Nothing is created by a dry run.
if output="$(secret_manifest '[]' '{}' | kubectl create --dry-run=server -n "$NAMESPACE" -o name -f - 2>&1)"; then
  echo "${SECRET} does not exist yet: creating it" >&2
else
  case "$output" in
    *"(AlreadyExists)"*)
      echo "${SECRET} exists: left as it is" >&2
      exit 0
      ;;
    *) fail "cannot check whether ${SECRET} exists: ${output}" ;;
  esac
fi

# 2. The owner: the Cluster, applied with this Job.
waited=0
step="$POLL_SECONDS"
if [ "$step" -eq 0 ]; then
  step=1
fi
while :; do
  found="$(kubectl get "$CLUSTER_RESOURCE" -n "$NAMESPACE" "$CLUSTER_NAME" --ignore-not-found \
    -o 'jsonpath={.apiVersion} {.metadata.uid}')" || fail "cannot read Cluster ${NAMESPACE}/${CLUSTER_NAME}"
  if [ -n "$found" ]; then
    cluster_api_version="${found%% *}"
    uid="${found#* }"
    break
  fi
  if [ "$waited" -ge "$TIMEOUT_SECONDS" ]; then
    fail "Cluster ${NAMESPACE}/${CLUSTER_NAME} not found after ${TIMEOUT_SECONDS}s; ${SECRET} is created once it exists"
  fi
  sleep "$POLL_SECONDS"
  waited=$((waited + step))
done
case "$uid" in
  ""|*[!0-9a-f-]*) fail "Cluster ${NAMESPACE}/${CLUSTER_NAME} has the unexpected uid '${uid}'" ;;
esac
case "$cluster_api_version" in
  cluster.x-k8s.io/v[0-9]*) ;;
  *) fail "Cluster ${NAMESPACE}/${CLUSTER_NAME} has the unexpected apiVersion '${cluster_api_version}'" ;;
esac

# 3. No control-plane machine may already hold a key from a Secret that is gone.
configs="$(kubectl get "$KUBEADMCONFIG_RESOURCE" -n "$NAMESPACE" \
  -l "cluster.x-k8s.io/cluster-name=${CLUSTER_NAME},cluster.x-k8s.io/control-plane" \
  -o 'jsonpath={range .items[*]}{.metadata.name}{";"}{.status.dataSecretName}{";"}{.spec.files[*].contentFrom.secret.name}{"\n"}{end}')" \
  || fail "cannot list the control-plane KubeadmConfigs of Cluster ${NAMESPACE}/${CLUSTER_NAME}"
bootstrapped=""
while IFS=';' read -r kubeadm_config data_secret secrets; do
  if [ -z "$data_secret" ]; then
    continue
  fi
  case " ${secrets} " in
    *" ${SECRET_NAME} "*) bootstrapped="${bootstrapped} ${kubeadm_config}" ;;
  esac
done <<EOF
$configs
EOF
if [ -n "$bootstrapped" ]; then
  fail "${SECRET} is missing, but the control-plane KubeadmConfig(s)${bootstrapped} already took their" \
    "encryption key from it: a new key could not decrypt what that one encrypted, so none is made." \
    "Restore the Secret (its key '${SECRET_KEY}' is /etc/kubernetes/encryption/config.yaml of a control-plane node)."
fi

# 4. The key: 32 random bytes, base64 (44 characters, one '=').
key="$(head -c 32 "$RANDOM_SOURCE" 2>/dev/null | base64 | tr -d '\n')"
key_bytes="$(printf '%s' "$key" | base64 -d 2>/dev/null | wc -c)"
if [ "${#key}" -ne 44 ] || [ "$((key_bytes))" -ne 32 ]; then
  fail "cannot read 32 random bytes from ${RANDOM_SOURCE}"
fi
# identity last: what was written before encryption was on stays readable.
config="apiVersion: apiserver.config.k8s.io/v1
kind: EncryptionConfiguration
resources:
  - resources:
      - secrets
    providers:
      - ${PROVIDER}:
          keys:
            - name: key1
              secret: ${key}
      - identity: {}"
data="$(printf '%s\n' "$config" | base64 | tr -d '\n')"
owner="$(printf '[{"apiVersion":"%s","kind":"Cluster","name":"%s","uid":"%s"}]' "$cluster_api_version" "$CLUSTER_NAME" "$uid")"
if output="$(secret_manifest "$owner" "{\"${SECRET_KEY}\":\"${data}\"}" | kubectl create -n "$NAMESPACE" -o name -f - 2>&1)"; then
  echo "created ${SECRET} (a new ${PROVIDER} key)" >&2
else
  case "$output" in
    *"(AlreadyExists)"*) echo "${SECRET} was created meanwhile by someone else: left as it is" >&2 ;;
    *) fail "cannot create ${SECRET}: ${output}" ;;
  esac
fi
