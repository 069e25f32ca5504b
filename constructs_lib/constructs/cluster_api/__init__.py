"""Cluster API and CAPV objects of a cluster: Cluster and VSphereCluster, the KubeadmControlPlane,
the VSphereMachineTemplates, one MachineDeployment and KubeadmConfigTemplate per node pool, the
workers' MachineHealthCheck, and the vCenter credentials Secret they use."""
