# Deletion cleanup, part 1 (watcher mode only, WAIT_FOR_CLUSTER_DELETION=true): hand this Job's
# ServiceAccount, Role and RoleBinding to the Job, so that they are garbage-collected with it,
# then wait until the Cluster is gone. Needs NAMESPACE, CLUSTER_NAME, JOB_NAME and
# CLUSTER_RESOURCE, the Cluster's resource in the version the cluster's objects are written in
# (RESOURCE.VERSION.GROUP, e.g. clusters.v1beta2.cluster.x-k8s.io: never left to kubectl's
# discovery, whose preferred version changes with the Cluster API release).
set -eu
if [ "${WAIT_FOR_CLUSTER_DELETION:-false}" = "true" ]; then
  case "${CLUSTER_RESOURCE:-}" in
    clusters.v[0-9]*.cluster.x-k8s.io) ;;
    *) echo "CLUSTER_RESOURCE must name the Cluster resource with its version, e.g." \
         "clusters.v1beta2.cluster.x-k8s.io (got '${CLUSTER_RESOURCE:-}')" >&2
       exit 1 ;;
  esac
  job_uid=$(kubectl get job -n "${NAMESPACE}" "${JOB_NAME}" -o jsonpath='{.metadata.uid}')
  owner="{\"apiVersion\":\"batch/v1\",\"kind\":\"Job\",\"name\":\"${JOB_NAME}\",\"uid\":\"${job_uid}\"}"
  for kind in serviceaccount role rolebinding; do
    kubectl patch -n "${NAMESPACE}" "${kind}" "${JOB_NAME}" --type=merge \
      -p "{\"metadata\":{\"ownerReferences\":[${owner}]}}"
  done
  echo "Waiting for the deletion of Cluster ${CLUSTER_NAME}"
  kubectl wait -n "${NAMESPACE}" --for=delete "${CLUSTER_RESOURCE}/${CLUSTER_NAME}" --timeout=-1s
fi
