# Deletion cleanup, part 2: once the workload cluster is gone, helm-controller can no longer
# uninstall this cluster's HelmReleases, and their finalizers would keep them (and the HelmCharts
# built from the cluster's HelmRepositories) forever. Remove those finalizers, then the HelmCharts.
# Needs NAMESPACE, CLUSTER_NAME, HELMRELEASE_RESOURCE and HELMCHART_RESOURCE (each
# RESOURCE.VERSION.GROUP in the version of the cluster's objects, e.g.
# helmreleases.v2.helm.toolkit.fluxcd.io); safe to run again.
set -eu
case "${HELMRELEASE_RESOURCE:-} ${HELMCHART_RESOURCE:-}" in
  "helmreleases.v"[0-9]*".helm.toolkit.fluxcd.io helmcharts.v"[0-9]*".source.toolkit.fluxcd.io") ;;
  *) echo "HELMRELEASE_RESOURCE and HELMCHART_RESOURCE must name the resources with their version," \
       "e.g. helmreleases.v2.helm.toolkit.fluxcd.io and helmcharts.v1.source.toolkit.fluxcd.io" \
       "(got '${HELMRELEASE_RESOURCE:-}' and '${HELMCHART_RESOURCE:-}')" >&2
     exit 1 ;;
esac

# remove_finalizers RESOURCE NAME: an object deleted since it was listed needs nothing more; any
# other failure stops the script.
remove_finalizers() {
  kubectl patch -n "${NAMESPACE}" "$1" "$2" --type=merge -p '{"metadata":{"finalizers":null}}' && return 0
  remaining=$(kubectl get -n "${NAMESPACE}" "$1" "$2" --ignore-not-found -o name) || return 1
  [ -z "${remaining}" ]
}

releases=$(kubectl get "${HELMRELEASE_RESOURCE}" -n "${NAMESPACE}" \
  -l "giantswarm.io/cluster=${CLUSTER_NAME}" -o 'jsonpath={.items[*].metadata.name}')
for release in ${releases}; do
  echo "Removing the finalizers of HelmRelease ${release}"
  remove_finalizers "${HELMRELEASE_RESOURCE}" "${release}"
done

charts=$(kubectl get "${HELMCHART_RESOURCE}" -n "${NAMESPACE}" --no-headers \
  -o 'custom-columns=NAME:.metadata.name,SOURCE:.spec.sourceRef.name')
echo "${charts}" | while read -r chart source; do
  case "${source}" in
    "${CLUSTER_NAME}-default" | "${CLUSTER_NAME}-default-test" | "${CLUSTER_NAME}-cluster")
      echo "Removing the finalizers of HelmChart ${chart} and deleting it"
      remove_finalizers "${HELMCHART_RESOURCE}" "${chart}"
      kubectl delete -n "${NAMESPACE}" "${HELMCHART_RESOURCE}" "${chart}" --ignore-not-found=true
      ;;
  esac
done
