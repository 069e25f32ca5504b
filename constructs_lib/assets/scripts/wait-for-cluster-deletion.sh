# Deletion cleanup, part 1 (watcher mode only, WAIT_FOR_CLUSTER_DELETION=true): hand this Job's
# ServiceAccount, Role and RoleBinding to the Job, so that they are garbage-collected with it,
# then wait until the Cluster is gone. Needs NAMESPACE, CLUSTER_NAME and JOB_NAME.
set -eu
if [ "${WAIT_FOR_CLUSTER_DELETION:-false}" = "true" ]; then
  job_uid=$(kubectl get job -n "${NAMESPACE}" "${JOB_NAME}" -o jsonpath='{.metadata.uid}')
  owner="{\"apiVersion\":\"batch/v1\",\"kind\":\"Job\",\"name\":\"${JOB_NAME}\",\"uid\":\"${job_uid}\"}"
  for kind in serviceaccount role rolebinding; do
    kubectl patch -n "${NAMESPACE}" "${kind}" "${JOB_NAME}" --type=merge \
      -p "{\"metadata\":{\"ownerReferences\":[${owner}]}}"
  done
  echo "Waiting for the deletion of Cluster ${CLUSTER_NAME}"
  kubectl wait -n "${NAMESPACE}" --for=delete "clusters.cluster.x-k8s.io/${CLUSTER_NAME}" --timeout=-1s
fi
