"""The Jobs we ship, each with its ServiceAccount, Role and RoleBinding (cdk8s-plus-27): the IPAM
assignment (:mod:`.ipam`), the deletion cleanup (:mod:`.cleanup`) and the encryption key
(:mod:`.encryption_key`), optionally fenced by a CiliumNetworkPolicy (:mod:`.job_network_policy`)."""
