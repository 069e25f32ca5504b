"""cluster-vsphere for cdk8s: Cluster API clusters on vSphere, declared as typed constructs."""
