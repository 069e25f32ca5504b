# Deletion cleanup, part 2: once the workload cluster is gone, helm-controller can no longer
# uninstall this cluster's HelmReleases, and their finalizers would keep them (and the HelmCharts
# built from the cluster's HelmRepositories) forever. Remove those finalizers, then the HelmCharts.
# Needs NAMESPACE and CLUSTER_NAME; safe to run again.
set -eu

# remove_finalizers RESOURCE NAME: an object deleted since it was listed needs nothing more; any
# other failure stops the script.
remove_finalizers() {
  kubectl patch -n "${NAMESPACE}" "$1" "$2" --type=merge -p '{"metadata":{"finalizers":null}}' && return 0
  remaining=$(kubectl get -n "${NAMESPACE}" "$1" "$2" --ignore-not-found -o name) || return 1
  [ -z "${remaining}" ]
}

releases=$(kubectl get helmreleases.helm.toolkit.fluxcd.io -n "${NAMESPACE}" \
  -l "giantswarm.io/cluster=${CLUSTER_NAME}" -o 'jsonpath={.items[*].metadata.name}')
for release in ${releases}; do
  echo "Removing the finalizers of HelmRelease ${release}"
  remove_finalizers helmreleases.helm.toolkit.fluxcd.io "${release}"
done

charts=$(kubectl get helmcharts.source.toolkit.fluxcd.io -n "${NAMESPACE}" --no-headers \
  -o 'custom-columns=NAME:.metadata.name,SOURCE:.spec.sourceRef.name')
echo "${charts}" | while read -r chart source; do
  case "${source}" in
    "${CLUSTER_NAME}-default" | "${CLUSTER_NAME}-default-test" | "${CLUSTER_NAME}-cluster")
      echo "Removing the finalizers of HelmChart ${chart} and deleting it"
      remove_finalizers helmcharts.source.toolkit.fluxcd.io "${chart}"
      kubectl delete -n "${NAMESPACE}" helmcharts.source.toolkit.fluxcd.io "${chart}" --ignore-not-found=true
      ;;
  esac
done
