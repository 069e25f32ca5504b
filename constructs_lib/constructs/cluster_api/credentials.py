"""The vCenter credentials Secret that CAPV (the cluster's identity) and the cloud provider read."""
from __future__ import annotations

from cdk8s_plus_27 import k8s
from constructs import Construct

from ..context import ClusterContext
from ..go_functions import b64enc
from ..labels import FLUX_PRUNE_DISABLED


def escape_password(password: str) -> str:
    """The password as Flux's ``valuesFrom`` needs it: ``.`` and ``,`` escaped (fluxcd/flux2#2625)."""
    return password.replace(".", "\\.").replace(",", "\\,")



# Like the chart, `render` leaves the namespace out (Helm fills it in); `synth` writes it
# (ClusterContext.namespaced_secrets) because Flux applies dist/ as it is.

class CredentialsSecret(Construct):
    """``<cluster>-credentials``: vCenter username and password for CAPV and the cloud provider.

    Flux leaves it in place when it prunes the cluster: CAPV still needs the credentials while it
    removes the cluster's VMs, and deletes this Secret itself (the cluster's identity) once the
    VSphereCluster is gone.
    """

    def __init__(self, scope: Construct, id: str, ctx: ClusterContext):
        super().__init__(scope, id)
        vcenter = ctx.values.vcenter
        self.resource = k8s.KubeSecret(
            self, "secret",
            metadata=k8s.ObjectMeta(name=ctx.credentials_secret_name, namespace=ctx.secret_namespace, labels=ctx.labels,
                                    annotations=dict(FLUX_PRUNE_DISABLED)),
            data={
                "username": b64enc(vcenter.username),
                "password": b64enc(vcenter.password),
                "escapedPassword": b64enc(escape_password(vcenter.password)),
            },
        )
