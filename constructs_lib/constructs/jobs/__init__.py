"""The Jobs we ship, each with its ServiceAccount, Role and RoleBinding (cdk8s-plus-27): the IPAM
assignment (:mod:`.ipam`) and the deletion cleanup (:mod:`.cleanup`), optionally fenced by a
CiliumNetworkPolicy (:mod:`.job_network_policy`)."""
