"""The add-ons Flux installs into the workload cluster: HelmRepositories and HelmReleases for
Cilium, cloud-provider-vsphere, CoreDNS and the network policies."""
