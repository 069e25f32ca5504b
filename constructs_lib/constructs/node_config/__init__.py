"""What lands on a node: files, Ignition config, users, kubelet arguments.

Pure functions from the typed config to plain text and data; the constructs wrap them into the
typed KubeadmControlPlane and KubeadmConfigTemplate classes.
"""
