from __future__ import annotations

from pkgutil import extend_path
__path__ = extend_path(__path__, __name__)

import abc
import builtins
import datetime
import enum
import typing

import jsii
import publication
import typing_extensions

from jsii._type_checking import cached_type_hints, check_type


from ._jsii import *

class _LazyImport:
    def __init__(self, module_name: str) -> None:
        self._module_name = module_name
        self._module: typing.Any = None
    def __getattr__(self, name: str) -> typing.Any:
        if self._module is None:
            import importlib
            self._module = importlib.import_module(self._module_name)
        return getattr(self._module, name)

if typing.TYPE_CHECKING:

    import cdk8s as _cdk8s_d3d9af27
    import constructs as _constructs_77d1e7e8
else:

    _cdk8s_d3d9af27 = _LazyImport("cdk8s")
    _constructs_77d1e7e8 = _LazyImport("constructs")


class Cluster(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.Cluster",
):
    '''Cluster is the Schema for the clusters API.

    :schema: Cluster
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "Cluster" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: ClusterSpec defines the desired state of Cluster.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12f403876894de4593b8d3d89aa8c7826b085cf291b99811e7bbe3cb548ced1f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClusterProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "Cluster".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: ClusterSpec defines the desired state of Cluster.
        '''
        props = ClusterProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "Cluster".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class ClusterProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["ClusterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Cluster is the Schema for the clusters API.

        :param metadata: 
        :param spec: ClusterSpec defines the desired state of Cluster.

        :schema: Cluster
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = ClusterSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b950168730ca4d005e364edc946393cea86500ccebca761ec7e0635aa4a9783)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: Cluster#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["ClusterSpec"]:
        '''ClusterSpec defines the desired state of Cluster.

        :schema: Cluster#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["ClusterSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_network": "clusterNetwork",
        "control_plane_endpoint": "controlPlaneEndpoint",
        "control_plane_ref": "controlPlaneRef",
        "infrastructure_ref": "infrastructureRef",
        "paused": "paused",
        "topology": "topology",
    },
)
class ClusterSpec:
    def __init__(
        self,
        *,
        cluster_network: typing.Optional[typing.Union["ClusterSpecClusterNetwork", typing.Dict[builtins.str, typing.Any]]] = None,
        control_plane_endpoint: typing.Optional[typing.Union["ClusterSpecControlPlaneEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        control_plane_ref: typing.Optional[typing.Union["ClusterSpecControlPlaneRef", typing.Dict[builtins.str, typing.Any]]] = None,
        infrastructure_ref: typing.Optional[typing.Union["ClusterSpecInfrastructureRef", typing.Dict[builtins.str, typing.Any]]] = None,
        paused: typing.Optional[builtins.bool] = None,
        topology: typing.Optional[typing.Union["ClusterSpecTopology", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterSpec defines the desired state of Cluster.

        :param cluster_network: Cluster network configuration.
        :param control_plane_endpoint: ControlPlaneEndpoint represents the endpoint used to communicate with the control plane.
        :param control_plane_ref: ControlPlaneRef is an optional reference to a provider-specific resource that holds the details for provisioning the Control Plane for a Cluster.
        :param infrastructure_ref: InfrastructureRef is a reference to a provider-specific resource that holds the details for provisioning infrastructure for a cluster in said provider.
        :param paused: Paused can be used to prevent controllers from processing the Cluster and all its associated objects.
        :param topology: This encapsulates the topology for the cluster. NOTE: It is required to enable the ClusterTopology feature gate flag to activate managed topologies support; this feature is highly experimental, and parts of it might still be not implemented.

        :schema: ClusterSpec
        '''
        if isinstance(cluster_network, dict):
            cluster_network = ClusterSpecClusterNetwork(**cluster_network)
        if isinstance(control_plane_endpoint, dict):
            control_plane_endpoint = ClusterSpecControlPlaneEndpoint(**control_plane_endpoint)
        if isinstance(control_plane_ref, dict):
            control_plane_ref = ClusterSpecControlPlaneRef(**control_plane_ref)
        if isinstance(infrastructure_ref, dict):
            infrastructure_ref = ClusterSpecInfrastructureRef(**infrastructure_ref)
        if isinstance(topology, dict):
            topology = ClusterSpecTopology(**topology)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a1b3f48316c6951cf8aa40dcee2a1747328a4d35e5f477a309674b4aa0f59e2f)
            check_type(argname="argument cluster_network", value=cluster_network, expected_type=type_hints["cluster_network"])
            check_type(argname="argument control_plane_endpoint", value=control_plane_endpoint, expected_type=type_hints["control_plane_endpoint"])
            check_type(argname="argument control_plane_ref", value=control_plane_ref, expected_type=type_hints["control_plane_ref"])
            check_type(argname="argument infrastructure_ref", value=infrastructure_ref, expected_type=type_hints["infrastructure_ref"])
            check_type(argname="argument paused", value=paused, expected_type=type_hints["paused"])
            check_type(argname="argument topology", value=topology, expected_type=type_hints["topology"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_network is not None:
            self._values["cluster_network"] = cluster_network
        if control_plane_endpoint is not None:
            self._values["control_plane_endpoint"] = control_plane_endpoint
        if control_plane_ref is not None:
            self._values["control_plane_ref"] = control_plane_ref
        if infrastructure_ref is not None:
            self._values["infrastructure_ref"] = infrastructure_ref
        if paused is not None:
            self._values["paused"] = paused
        if topology is not None:
            self._values["topology"] = topology

    @builtins.property
    def cluster_network(self) -> typing.Optional["ClusterSpecClusterNetwork"]:
        '''Cluster network configuration.

        :schema: ClusterSpec#clusterNetwork
        '''
        result = self._values.get("cluster_network")
        return typing.cast(typing.Optional["ClusterSpecClusterNetwork"], result)

    @builtins.property
    def control_plane_endpoint(
        self,
    ) -> typing.Optional["ClusterSpecControlPlaneEndpoint"]:
        '''ControlPlaneEndpoint represents the endpoint used to communicate with the control plane.

        :schema: ClusterSpec#controlPlaneEndpoint
        '''
        result = self._values.get("control_plane_endpoint")
        return typing.cast(typing.Optional["ClusterSpecControlPlaneEndpoint"], result)

    @builtins.property
    def control_plane_ref(self) -> typing.Optional["ClusterSpecControlPlaneRef"]:
        '''ControlPlaneRef is an optional reference to a provider-specific resource that holds the details for provisioning the Control Plane for a Cluster.

        :schema: ClusterSpec#controlPlaneRef
        '''
        result = self._values.get("control_plane_ref")
        return typing.cast(typing.Optional["ClusterSpecControlPlaneRef"], result)

    @builtins.property
    def infrastructure_ref(self) -> typing.Optional["ClusterSpecInfrastructureRef"]:
        '''InfrastructureRef is a reference to a provider-specific resource that holds the details for provisioning infrastructure for a cluster in said provider.

        :schema: ClusterSpec#infrastructureRef
        '''
        result = self._values.get("infrastructure_ref")
        return typing.cast(typing.Optional["ClusterSpecInfrastructureRef"], result)

    @builtins.property
    def paused(self) -> typing.Optional[builtins.bool]:
        '''Paused can be used to prevent controllers from processing the Cluster and all its associated objects.

        :schema: ClusterSpec#paused
        '''
        result = self._values.get("paused")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def topology(self) -> typing.Optional["ClusterSpecTopology"]:
        '''This encapsulates the topology for the cluster.

        NOTE: It is required to enable the ClusterTopology feature gate flag to activate managed topologies support; this feature is highly experimental, and parts of it might still be not implemented.

        :schema: ClusterSpec#topology
        '''
        result = self._values.get("topology")
        return typing.cast(typing.Optional["ClusterSpecTopology"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecClusterNetwork",
    jsii_struct_bases=[],
    name_mapping={
        "api_server_port": "apiServerPort",
        "pods": "pods",
        "service_domain": "serviceDomain",
        "services": "services",
    },
)
class ClusterSpecClusterNetwork:
    def __init__(
        self,
        *,
        api_server_port: typing.Optional[jsii.Number] = None,
        pods: typing.Optional[typing.Union["ClusterSpecClusterNetworkPods", typing.Dict[builtins.str, typing.Any]]] = None,
        service_domain: typing.Optional[builtins.str] = None,
        services: typing.Optional[typing.Union["ClusterSpecClusterNetworkServices", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Cluster network configuration.

        :param api_server_port: APIServerPort specifies the port the API Server should bind to. Defaults to 6443. Default: 6443.
        :param pods: The network ranges from which Pod networks are allocated.
        :param service_domain: Domain name for services.
        :param services: The network ranges from which service VIPs are allocated.

        :schema: ClusterSpecClusterNetwork
        '''
        if isinstance(pods, dict):
            pods = ClusterSpecClusterNetworkPods(**pods)
        if isinstance(services, dict):
            services = ClusterSpecClusterNetworkServices(**services)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cff8a9bdb812c2ace50c8cfac14fa5c977af84651444f2df147fdac58a3afd46)
            check_type(argname="argument api_server_port", value=api_server_port, expected_type=type_hints["api_server_port"])
            check_type(argname="argument pods", value=pods, expected_type=type_hints["pods"])
            check_type(argname="argument service_domain", value=service_domain, expected_type=type_hints["service_domain"])
            check_type(argname="argument services", value=services, expected_type=type_hints["services"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_server_port is not None:
            self._values["api_server_port"] = api_server_port
        if pods is not None:
            self._values["pods"] = pods
        if service_domain is not None:
            self._values["service_domain"] = service_domain
        if services is not None:
            self._values["services"] = services

    @builtins.property
    def api_server_port(self) -> typing.Optional[jsii.Number]:
        '''APIServerPort specifies the port the API Server should bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: ClusterSpecClusterNetwork#apiServerPort
        '''
        result = self._values.get("api_server_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def pods(self) -> typing.Optional["ClusterSpecClusterNetworkPods"]:
        '''The network ranges from which Pod networks are allocated.

        :schema: ClusterSpecClusterNetwork#pods
        '''
        result = self._values.get("pods")
        return typing.cast(typing.Optional["ClusterSpecClusterNetworkPods"], result)

    @builtins.property
    def service_domain(self) -> typing.Optional[builtins.str]:
        '''Domain name for services.

        :schema: ClusterSpecClusterNetwork#serviceDomain
        '''
        result = self._values.get("service_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def services(self) -> typing.Optional["ClusterSpecClusterNetworkServices"]:
        '''The network ranges from which service VIPs are allocated.

        :schema: ClusterSpecClusterNetwork#services
        '''
        result = self._values.get("services")
        return typing.cast(typing.Optional["ClusterSpecClusterNetworkServices"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecClusterNetwork(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecClusterNetworkPods",
    jsii_struct_bases=[],
    name_mapping={"cidr_blocks": "cidrBlocks"},
)
class ClusterSpecClusterNetworkPods:
    def __init__(self, *, cidr_blocks: typing.Sequence[builtins.str]) -> None:
        '''The network ranges from which Pod networks are allocated.

        :param cidr_blocks: 

        :schema: ClusterSpecClusterNetworkPods
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0e3a1027535be3d4a449595793e559382d798dae2635c929152e726d797a48fb)
            check_type(argname="argument cidr_blocks", value=cidr_blocks, expected_type=type_hints["cidr_blocks"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cidr_blocks": cidr_blocks,
        }

    @builtins.property
    def cidr_blocks(self) -> typing.List[builtins.str]:
        '''
        :schema: ClusterSpecClusterNetworkPods#cidrBlocks
        '''
        result = self._values.get("cidr_blocks")
        assert result is not None, "Required property 'cidr_blocks' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecClusterNetworkPods(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecClusterNetworkServices",
    jsii_struct_bases=[],
    name_mapping={"cidr_blocks": "cidrBlocks"},
)
class ClusterSpecClusterNetworkServices:
    def __init__(self, *, cidr_blocks: typing.Sequence[builtins.str]) -> None:
        '''The network ranges from which service VIPs are allocated.

        :param cidr_blocks: 

        :schema: ClusterSpecClusterNetworkServices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ad94cdb560f3ad24b5d3f74c7388c4cb94e9ceb9a59ffc5905d609b4ad33140)
            check_type(argname="argument cidr_blocks", value=cidr_blocks, expected_type=type_hints["cidr_blocks"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cidr_blocks": cidr_blocks,
        }

    @builtins.property
    def cidr_blocks(self) -> typing.List[builtins.str]:
        '''
        :schema: ClusterSpecClusterNetworkServices#cidrBlocks
        '''
        result = self._values.get("cidr_blocks")
        assert result is not None, "Required property 'cidr_blocks' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecClusterNetworkServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecControlPlaneEndpoint",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port"},
)
class ClusterSpecControlPlaneEndpoint:
    def __init__(self, *, host: builtins.str, port: jsii.Number) -> None:
        '''ControlPlaneEndpoint represents the endpoint used to communicate with the control plane.

        :param host: The hostname on which the API server is serving.
        :param port: The port on which the API server is serving.

        :schema: ClusterSpecControlPlaneEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e018d8714304cbfdb3daadc3daa15ca3a04a9e1f5e8c2495e82bb09551ee07d)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
            "port": port,
        }

    @builtins.property
    def host(self) -> builtins.str:
        '''The hostname on which the API server is serving.

        :schema: ClusterSpecControlPlaneEndpoint#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> jsii.Number:
        '''The port on which the API server is serving.

        :schema: ClusterSpecControlPlaneEndpoint#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecControlPlaneEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecControlPlaneRef",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "field_path": "fieldPath",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "resource_version": "resourceVersion",
        "uid": "uid",
    },
)
class ClusterSpecControlPlaneRef:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        field_path: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        resource_version: typing.Optional[builtins.str] = None,
        uid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ControlPlaneRef is an optional reference to a provider-specific resource that holds the details for provisioning the Control Plane for a Cluster.

        :param api_version: API version of the referent.
        :param field_path: If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.
        :param kind: Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
        :param resource_version: Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
        :param uid: UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: ClusterSpecControlPlaneRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__01d271e047bc9290f5a2712c998281e00bc5cefc0ff474350b206bc90812e460)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument resource_version", value=resource_version, expected_type=type_hints["resource_version"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if field_path is not None:
            self._values["field_path"] = field_path
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if resource_version is not None:
            self._values["resource_version"] = resource_version
        if uid is not None:
            self._values["uid"] = uid

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''API version of the referent.

        :schema: ClusterSpecControlPlaneRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def field_path(self) -> typing.Optional[builtins.str]:
        '''If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.

        :schema: ClusterSpecControlPlaneRef#fieldPath
        '''
        result = self._values.get("field_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind of the referent.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: ClusterSpecControlPlaneRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ClusterSpecControlPlaneRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ClusterSpecControlPlaneRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_version(self) -> typing.Optional[builtins.str]:
        '''Specific resourceVersion to which this reference is made, if any.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency

        :schema: ClusterSpecControlPlaneRef#resourceVersion
        '''
        result = self._values.get("resource_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''UID of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: ClusterSpecControlPlaneRef#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecControlPlaneRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecInfrastructureRef",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "field_path": "fieldPath",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "resource_version": "resourceVersion",
        "uid": "uid",
    },
)
class ClusterSpecInfrastructureRef:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        field_path: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        resource_version: typing.Optional[builtins.str] = None,
        uid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''InfrastructureRef is a reference to a provider-specific resource that holds the details for provisioning infrastructure for a cluster in said provider.

        :param api_version: API version of the referent.
        :param field_path: If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.
        :param kind: Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
        :param resource_version: Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
        :param uid: UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: ClusterSpecInfrastructureRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4017be25b1b7004091a249e2f3f6f8ab28f0f4a94163bc519671d5eeac57d85)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument resource_version", value=resource_version, expected_type=type_hints["resource_version"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if field_path is not None:
            self._values["field_path"] = field_path
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if resource_version is not None:
            self._values["resource_version"] = resource_version
        if uid is not None:
            self._values["uid"] = uid

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''API version of the referent.

        :schema: ClusterSpecInfrastructureRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def field_path(self) -> typing.Optional[builtins.str]:
        '''If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.

        :schema: ClusterSpecInfrastructureRef#fieldPath
        '''
        result = self._values.get("field_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind of the referent.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: ClusterSpecInfrastructureRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ClusterSpecInfrastructureRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ClusterSpecInfrastructureRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_version(self) -> typing.Optional[builtins.str]:
        '''Specific resourceVersion to which this reference is made, if any.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency

        :schema: ClusterSpecInfrastructureRef#resourceVersion
        '''
        result = self._values.get("resource_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''UID of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: ClusterSpecInfrastructureRef#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecInfrastructureRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopology",
    jsii_struct_bases=[],
    name_mapping={
        "class_": "class",
        "version": "version",
        "control_plane": "controlPlane",
        "rollout_after": "rolloutAfter",
        "variables": "variables",
        "workers": "workers",
    },
)
class ClusterSpecTopology:
    def __init__(
        self,
        *,
        class_: builtins.str,
        version: builtins.str,
        control_plane: typing.Optional[typing.Union["ClusterSpecTopologyControlPlane", typing.Dict[builtins.str, typing.Any]]] = None,
        rollout_after: typing.Optional[datetime.datetime] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ClusterSpecTopologyVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        workers: typing.Optional[typing.Union["ClusterSpecTopologyWorkers", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''This encapsulates the topology for the cluster.

        NOTE: It is required to enable the ClusterTopology feature gate flag to activate managed topologies support; this feature is highly experimental, and parts of it might still be not implemented.

        :param class_: The name of the ClusterClass object to create the topology.
        :param version: The Kubernetes version of the cluster.
        :param control_plane: ControlPlane describes the cluster control plane.
        :param rollout_after: RolloutAfter performs a rollout of the entire cluster one component at a time, control plane first and then machine deployments. Deprecated: This field has no function and is going to be removed in the next apiVersion.
        :param variables: Variables can be used to customize the Cluster through patches. They must comply to the corresponding VariableClasses defined in the ClusterClass.
        :param workers: Workers encapsulates the different constructs that form the worker nodes for the cluster.

        :schema: ClusterSpecTopology
        '''
        if isinstance(control_plane, dict):
            control_plane = ClusterSpecTopologyControlPlane(**control_plane)
        if isinstance(workers, dict):
            workers = ClusterSpecTopologyWorkers(**workers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97169c8ce4cd40a3b32a7a60afbf3dd723fdb9687220eb8476ce9d80ef29733b)
            check_type(argname="argument class_", value=class_, expected_type=type_hints["class_"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
            check_type(argname="argument control_plane", value=control_plane, expected_type=type_hints["control_plane"])
            check_type(argname="argument rollout_after", value=rollout_after, expected_type=type_hints["rollout_after"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument workers", value=workers, expected_type=type_hints["workers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "class_": class_,
            "version": version,
        }
        if control_plane is not None:
            self._values["control_plane"] = control_plane
        if rollout_after is not None:
            self._values["rollout_after"] = rollout_after
        if variables is not None:
            self._values["variables"] = variables
        if workers is not None:
            self._values["workers"] = workers

    @builtins.property
    def class_(self) -> builtins.str:
        '''The name of the ClusterClass object to create the topology.

        :schema: ClusterSpecTopology#class
        '''
        result = self._values.get("class_")
        assert result is not None, "Required property 'class_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def version(self) -> builtins.str:
        '''The Kubernetes version of the cluster.

        :schema: ClusterSpecTopology#version
        '''
        result = self._values.get("version")
        assert result is not None, "Required property 'version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def control_plane(self) -> typing.Optional["ClusterSpecTopologyControlPlane"]:
        '''ControlPlane describes the cluster control plane.

        :schema: ClusterSpecTopology#controlPlane
        '''
        result = self._values.get("control_plane")
        return typing.cast(typing.Optional["ClusterSpecTopologyControlPlane"], result)

    @builtins.property
    def rollout_after(self) -> typing.Optional[datetime.datetime]:
        '''RolloutAfter performs a rollout of the entire cluster one component at a time, control plane first and then machine deployments.

        Deprecated: This field has no function and is going to be removed in the next apiVersion.

        :schema: ClusterSpecTopology#rolloutAfter
        '''
        result = self._values.get("rollout_after")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def variables(self) -> typing.Optional[typing.List["ClusterSpecTopologyVariables"]]:
        '''Variables can be used to customize the Cluster through patches.

        They must comply to the corresponding VariableClasses defined in the ClusterClass.

        :schema: ClusterSpecTopology#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ClusterSpecTopologyVariables"]], result)

    @builtins.property
    def workers(self) -> typing.Optional["ClusterSpecTopologyWorkers"]:
        '''Workers encapsulates the different constructs that form the worker nodes for the cluster.

        :schema: ClusterSpecTopology#workers
        '''
        result = self._values.get("workers")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkers"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopology(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyControlPlane",
    jsii_struct_bases=[],
    name_mapping={
        "machine_health_check": "machineHealthCheck",
        "metadata": "metadata",
        "node_deletion_timeout": "nodeDeletionTimeout",
        "node_drain_timeout": "nodeDrainTimeout",
        "node_volume_detach_timeout": "nodeVolumeDetachTimeout",
        "replicas": "replicas",
    },
)
class ClusterSpecTopologyControlPlane:
    def __init__(
        self,
        *,
        machine_health_check: typing.Optional[typing.Union["ClusterSpecTopologyControlPlaneMachineHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["ClusterSpecTopologyControlPlaneMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        node_deletion_timeout: typing.Optional[builtins.str] = None,
        node_drain_timeout: typing.Optional[builtins.str] = None,
        node_volume_detach_timeout: typing.Optional[builtins.str] = None,
        replicas: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''ControlPlane describes the cluster control plane.

        :param machine_health_check: MachineHealthCheck allows to enable, disable and override the MachineHealthCheck configuration in the ClusterClass for this control plane.
        :param metadata: Metadata is the metadata applied to the ControlPlane and the Machines of the ControlPlane if the ControlPlaneTemplate referenced by the ClusterClass is machine based. If not, it is applied only to the ControlPlane. At runtime this metadata is merged with the corresponding metadata from the ClusterClass.
        :param node_deletion_timeout: NodeDeletionTimeout defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion. A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds. Default: 10 seconds.
        :param node_drain_timeout: NodeDrainTimeout is the total amount of time that the controller will spend on draining a node. The default value is 0, meaning that the node can be drained without any time limitations. NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout: NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.
        :param replicas: Replicas is the number of control plane nodes. If the value is nil, the ControlPlane object is created without the number of Replicas and it's assumed that the control plane controller does not implement support for this field. When specified against a control plane provider that lacks support for this field, this value will be ignored.

        :schema: ClusterSpecTopologyControlPlane
        '''
        if isinstance(machine_health_check, dict):
            machine_health_check = ClusterSpecTopologyControlPlaneMachineHealthCheck(**machine_health_check)
        if isinstance(metadata, dict):
            metadata = ClusterSpecTopologyControlPlaneMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0b46d6aae5afcce781a841717c18cd4f2da636cd891ad4a2d690494ce69a413)
            check_type(argname="argument machine_health_check", value=machine_health_check, expected_type=type_hints["machine_health_check"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument node_deletion_timeout", value=node_deletion_timeout, expected_type=type_hints["node_deletion_timeout"])
            check_type(argname="argument node_drain_timeout", value=node_drain_timeout, expected_type=type_hints["node_drain_timeout"])
            check_type(argname="argument node_volume_detach_timeout", value=node_volume_detach_timeout, expected_type=type_hints["node_volume_detach_timeout"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if machine_health_check is not None:
            self._values["machine_health_check"] = machine_health_check
        if metadata is not None:
            self._values["metadata"] = metadata
        if node_deletion_timeout is not None:
            self._values["node_deletion_timeout"] = node_deletion_timeout
        if node_drain_timeout is not None:
            self._values["node_drain_timeout"] = node_drain_timeout
        if node_volume_detach_timeout is not None:
            self._values["node_volume_detach_timeout"] = node_volume_detach_timeout
        if replicas is not None:
            self._values["replicas"] = replicas

    @builtins.property
    def machine_health_check(
        self,
    ) -> typing.Optional["ClusterSpecTopologyControlPlaneMachineHealthCheck"]:
        '''MachineHealthCheck allows to enable, disable and override the MachineHealthCheck configuration in the ClusterClass for this control plane.

        :schema: ClusterSpecTopologyControlPlane#machineHealthCheck
        '''
        result = self._values.get("machine_health_check")
        return typing.cast(typing.Optional["ClusterSpecTopologyControlPlaneMachineHealthCheck"], result)

    @builtins.property
    def metadata(self) -> typing.Optional["ClusterSpecTopologyControlPlaneMetadata"]:
        '''Metadata is the metadata applied to the ControlPlane and the Machines of the ControlPlane if the ControlPlaneTemplate referenced by the ClusterClass is machine based.

        If not, it is applied only to the ControlPlane. At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :schema: ClusterSpecTopologyControlPlane#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ClusterSpecTopologyControlPlaneMetadata"], result)

    @builtins.property
    def node_deletion_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDeletionTimeout defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion.

        A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds.

        :default: 10 seconds.

        :schema: ClusterSpecTopologyControlPlane#nodeDeletionTimeout
        '''
        result = self._values.get("node_deletion_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_drain_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDrainTimeout is the total amount of time that the controller will spend on draining a node.

        The default value is 0, meaning that the node can be drained without any time limitations. NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``

        :schema: ClusterSpecTopologyControlPlane#nodeDrainTimeout
        '''
        result = self._values.get("node_drain_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_volume_detach_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: ClusterSpecTopologyControlPlane#nodeVolumeDetachTimeout
        '''
        result = self._values.get("node_volume_detach_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''Replicas is the number of control plane nodes.

        If the value is nil, the ControlPlane object is created without the number of Replicas and it's assumed that the control plane controller does not implement support for this field. When specified against a control plane provider that lacks support for this field, this value will be ignored.

        :schema: ClusterSpecTopologyControlPlane#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyControlPlane(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyControlPlaneMachineHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "enable": "enable",
        "max_unhealthy": "maxUnhealthy",
        "node_startup_timeout": "nodeStartupTimeout",
        "remediation_template": "remediationTemplate",
        "unhealthy_conditions": "unhealthyConditions",
        "unhealthy_range": "unhealthyRange",
    },
)
class ClusterSpecTopologyControlPlaneMachineHealthCheck:
    def __init__(
        self,
        *,
        enable: typing.Optional[builtins.bool] = None,
        max_unhealthy: typing.Optional["ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy"] = None,
        node_startup_timeout: typing.Optional[builtins.str] = None,
        remediation_template: typing.Optional[typing.Union["ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        unhealthy_conditions: typing.Optional[typing.Sequence[typing.Union["ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        unhealthy_range: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MachineHealthCheck allows to enable, disable and override the MachineHealthCheck configuration in the ClusterClass for this control plane.

        :param enable: Enable controls if a MachineHealthCheck should be created for the target machines. If false: No MachineHealthCheck will be created. If not set(default): A MachineHealthCheck will be created if it is defined here or in the associated ClusterClass. If no MachineHealthCheck is defined then none will be created. If true: A MachineHealthCheck is guaranteed to be created. Cluster validation will block if ``enable`` is true and no MachineHealthCheck definition is available.
        :param max_unhealthy: Any further remediation is only allowed if at most "MaxUnhealthy" machines selected by "selector" are not healthy.
        :param node_startup_timeout: Machines older than this duration without a node will be considered to have failed and will be remediated. If you wish to disable this feature, set the value explicitly to 0.
        :param remediation_template: RemediationTemplate is a reference to a remediation template provided by an infrastructure provider. This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.
        :param unhealthy_conditions: UnhealthyConditions contains a list of the conditions that determine whether a node is considered unhealthy. The conditions are combined in a logical OR, i.e. if any of the conditions is met, the node is unhealthy.
        :param unhealthy_range: Any further remediation is only allowed if the number of machines selected by "selector" as not healthy is within the range of "UnhealthyRange". Takes precedence over MaxUnhealthy. Eg. "[3-5]" - This means that remediation will be allowed only when: (a) there are at least 3 unhealthy machines (and) (b) there are at most 5 unhealthy machines

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheck
        '''
        if isinstance(remediation_template, dict):
            remediation_template = ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate(**remediation_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0d4ffe1491b1a1adfb8cda920b71a75d4a373602e6876fe005ecba932b5b661)
            check_type(argname="argument enable", value=enable, expected_type=type_hints["enable"])
            check_type(argname="argument max_unhealthy", value=max_unhealthy, expected_type=type_hints["max_unhealthy"])
            check_type(argname="argument node_startup_timeout", value=node_startup_timeout, expected_type=type_hints["node_startup_timeout"])
            check_type(argname="argument remediation_template", value=remediation_template, expected_type=type_hints["remediation_template"])
            check_type(argname="argument unhealthy_conditions", value=unhealthy_conditions, expected_type=type_hints["unhealthy_conditions"])
            check_type(argname="argument unhealthy_range", value=unhealthy_range, expected_type=type_hints["unhealthy_range"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable is not None:
            self._values["enable"] = enable
        if max_unhealthy is not None:
            self._values["max_unhealthy"] = max_unhealthy
        if node_startup_timeout is not None:
            self._values["node_startup_timeout"] = node_startup_timeout
        if remediation_template is not None:
            self._values["remediation_template"] = remediation_template
        if unhealthy_conditions is not None:
            self._values["unhealthy_conditions"] = unhealthy_conditions
        if unhealthy_range is not None:
            self._values["unhealthy_range"] = unhealthy_range

    @builtins.property
    def enable(self) -> typing.Optional[builtins.bool]:
        '''Enable controls if a MachineHealthCheck should be created for the target machines.

        If false: No MachineHealthCheck will be created.
        If not set(default): A MachineHealthCheck will be created if it is defined here or in the associated ClusterClass. If no MachineHealthCheck is defined then none will be created.
        If true: A MachineHealthCheck is guaranteed to be created. Cluster validation will block if ``enable`` is true and no MachineHealthCheck definition is available.

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheck#enable
        '''
        result = self._values.get("enable")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_unhealthy(
        self,
    ) -> typing.Optional["ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy"]:
        '''Any further remediation is only allowed if at most "MaxUnhealthy" machines selected by "selector" are not healthy.

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheck#maxUnhealthy
        '''
        result = self._values.get("max_unhealthy")
        return typing.cast(typing.Optional["ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy"], result)

    @builtins.property
    def node_startup_timeout(self) -> typing.Optional[builtins.str]:
        '''Machines older than this duration without a node will be considered to have failed and will be remediated.

        If you wish to disable this feature, set the value explicitly to 0.

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheck#nodeStartupTimeout
        '''
        result = self._values.get("node_startup_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def remediation_template(
        self,
    ) -> typing.Optional["ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate"]:
        '''RemediationTemplate is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheck#remediationTemplate
        '''
        result = self._values.get("remediation_template")
        return typing.cast(typing.Optional["ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate"], result)

    @builtins.property
    def unhealthy_conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions"]]:
        '''UnhealthyConditions contains a list of the conditions that determine whether a node is considered unhealthy.

        The conditions are combined in a logical OR, i.e. if any of the conditions is met, the node is unhealthy.

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheck#unhealthyConditions
        '''
        result = self._values.get("unhealthy_conditions")
        return typing.cast(typing.Optional[typing.List["ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions"]], result)

    @builtins.property
    def unhealthy_range(self) -> typing.Optional[builtins.str]:
        '''Any further remediation is only allowed if the number of machines selected by "selector" as not healthy is within the range of "UnhealthyRange".

        Takes precedence over MaxUnhealthy. Eg. "[3-5]" - This means that remediation will be allowed only when: (a) there are at least 3 unhealthy machines (and) (b) there are at most 5 unhealthy machines

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheck#unhealthyRange
        '''
        result = self._values.get("unhealthy_range")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyControlPlaneMachineHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy",
):
    '''Any further remediation is only allowed if at most "MaxUnhealthy" machines selected by "selector" are not healthy.

    :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c75b618029cac6b6e74003f4df58b3309a8069160d6721dbff7c441d57ea430c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3ebc859239e49dd6f34649a5d5e54777d901f21a5c0cd95837f6cb63b0deebd)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "field_path": "fieldPath",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "resource_version": "resourceVersion",
        "uid": "uid",
    },
)
class ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        field_path: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        resource_version: typing.Optional[builtins.str] = None,
        uid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RemediationTemplate is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.

        :param api_version: API version of the referent.
        :param field_path: If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.
        :param kind: Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
        :param resource_version: Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
        :param uid: UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d040d16ea2f702cfc0d12200d1babd07ad1ac9c67cc96a94672ba41c49fa6e29)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument resource_version", value=resource_version, expected_type=type_hints["resource_version"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if field_path is not None:
            self._values["field_path"] = field_path
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if resource_version is not None:
            self._values["resource_version"] = resource_version
        if uid is not None:
            self._values["uid"] = uid

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''API version of the referent.

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def field_path(self) -> typing.Optional[builtins.str]:
        '''If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate#fieldPath
        '''
        result = self._values.get("field_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind of the referent.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_version(self) -> typing.Optional[builtins.str]:
        '''Specific resourceVersion to which this reference is made, if any.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate#resourceVersion
        '''
        result = self._values.get("resource_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''UID of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions",
    jsii_struct_bases=[],
    name_mapping={"status": "status", "timeout": "timeout", "type": "type"},
)
class ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions:
    def __init__(
        self,
        *,
        status: builtins.str,
        timeout: builtins.str,
        type: builtins.str,
    ) -> None:
        '''UnhealthyCondition represents a Node condition type and value with a timeout specified as a duration.

        When the named condition has been in the given status for at least the timeout value, a node is considered unhealthy.

        :param status: 
        :param timeout: 
        :param type: 

        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e793a83796a8819186d64a9730a3629c7820f12505c92897bb5229d40cc9a07)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
            "timeout": timeout,
            "type": type,
        }

    @builtins.property
    def status(self) -> builtins.str:
        '''
        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def timeout(self) -> builtins.str:
        '''
        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions#timeout
        '''
        result = self._values.get("timeout")
        assert result is not None, "Required property 'timeout' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyControlPlaneMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class ClusterSpecTopologyControlPlaneMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata is the metadata applied to the ControlPlane and the Machines of the ControlPlane if the ControlPlaneTemplate referenced by the ClusterClass is machine based.

        If not, it is applied only to the ControlPlane. At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :param annotations: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations
        :param labels: Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterSpecTopologyControlPlaneMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c137b44b4487cf079214d6c7185fa3b4332cb41b46e429390daf3600716c591)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations

        :schema: ClusterSpecTopologyControlPlaneMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterSpecTopologyControlPlaneMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyControlPlaneMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyVariables",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "definition_from": "definitionFrom",
    },
)
class ClusterSpecTopologyVariables:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Any,
        definition_from: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ClusterVariable can be used to customize the Cluster through patches.

        Each ClusterVariable is associated with a Variable definition in the ClusterClass ``status`` variables.

        :param name: Name of the variable.
        :param value: Value of the variable. Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111
        :param definition_from: DefinitionFrom specifies where the definition of this Variable is from. DefinitionFrom is ``inline`` when the definition is from the ClusterClass ``.spec.variables`` or the name of a patch defined in the ClusterClass ``.spec.patches`` where the patch is external and provides external variables. This field is mandatory if the variable has ``DefinitionsConflict: true`` in ClusterClass ``status.variables[]``

        :schema: ClusterSpecTopologyVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f9a64d07be3f974014c87b57d9605fb9355eacd82e9126ee2a06e07f755b2b52)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument definition_from", value=definition_from, expected_type=type_hints["definition_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if definition_from is not None:
            self._values["definition_from"] = definition_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the variable.

        :schema: ClusterSpecTopologyVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Any:
        '''Value of the variable.

        Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterSpecTopologyVariables#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def definition_from(self) -> typing.Optional[builtins.str]:
        '''DefinitionFrom specifies where the definition of this Variable is from.

        DefinitionFrom is ``inline`` when the definition is from the ClusterClass ``.spec.variables`` or the name of a patch defined in the ClusterClass ``.spec.patches`` where the patch is external and provides external variables. This field is mandatory if the variable has ``DefinitionsConflict: true`` in ClusterClass ``status.variables[]``

        :schema: ClusterSpecTopologyVariables#definitionFrom
        '''
        result = self._values.get("definition_from")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkers",
    jsii_struct_bases=[],
    name_mapping={
        "machine_deployments": "machineDeployments",
        "machine_pools": "machinePools",
    },
)
class ClusterSpecTopologyWorkers:
    def __init__(
        self,
        *,
        machine_deployments: typing.Optional[typing.Sequence[typing.Union["ClusterSpecTopologyWorkersMachineDeployments", typing.Dict[builtins.str, typing.Any]]]] = None,
        machine_pools: typing.Optional[typing.Sequence[typing.Union["ClusterSpecTopologyWorkersMachinePools", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Workers encapsulates the different constructs that form the worker nodes for the cluster.

        :param machine_deployments: MachineDeployments is a list of machine deployments in the cluster.
        :param machine_pools: MachinePools is a list of machine pools in the cluster.

        :schema: ClusterSpecTopologyWorkers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0d8da2d10ad8e76cc7267dd2b61cb0f2da1f6537437b084d0583d0df93b4c53d)
            check_type(argname="argument machine_deployments", value=machine_deployments, expected_type=type_hints["machine_deployments"])
            check_type(argname="argument machine_pools", value=machine_pools, expected_type=type_hints["machine_pools"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if machine_deployments is not None:
            self._values["machine_deployments"] = machine_deployments
        if machine_pools is not None:
            self._values["machine_pools"] = machine_pools

    @builtins.property
    def machine_deployments(
        self,
    ) -> typing.Optional[typing.List["ClusterSpecTopologyWorkersMachineDeployments"]]:
        '''MachineDeployments is a list of machine deployments in the cluster.

        :schema: ClusterSpecTopologyWorkers#machineDeployments
        '''
        result = self._values.get("machine_deployments")
        return typing.cast(typing.Optional[typing.List["ClusterSpecTopologyWorkersMachineDeployments"]], result)

    @builtins.property
    def machine_pools(
        self,
    ) -> typing.Optional[typing.List["ClusterSpecTopologyWorkersMachinePools"]]:
        '''MachinePools is a list of machine pools in the cluster.

        :schema: ClusterSpecTopologyWorkers#machinePools
        '''
        result = self._values.get("machine_pools")
        return typing.cast(typing.Optional[typing.List["ClusterSpecTopologyWorkersMachinePools"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeployments",
    jsii_struct_bases=[],
    name_mapping={
        "class_": "class",
        "name": "name",
        "failure_domain": "failureDomain",
        "machine_health_check": "machineHealthCheck",
        "metadata": "metadata",
        "min_ready_seconds": "minReadySeconds",
        "node_deletion_timeout": "nodeDeletionTimeout",
        "node_drain_timeout": "nodeDrainTimeout",
        "node_volume_detach_timeout": "nodeVolumeDetachTimeout",
        "replicas": "replicas",
        "strategy": "strategy",
        "variables": "variables",
    },
)
class ClusterSpecTopologyWorkersMachineDeployments:
    def __init__(
        self,
        *,
        class_: builtins.str,
        name: builtins.str,
        failure_domain: typing.Optional[builtins.str] = None,
        machine_health_check: typing.Optional[typing.Union["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["ClusterSpecTopologyWorkersMachineDeploymentsMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        node_deletion_timeout: typing.Optional[builtins.str] = None,
        node_drain_timeout: typing.Optional[builtins.str] = None,
        node_volume_detach_timeout: typing.Optional[builtins.str] = None,
        replicas: typing.Optional[jsii.Number] = None,
        strategy: typing.Optional[typing.Union["ClusterSpecTopologyWorkersMachineDeploymentsStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
        variables: typing.Optional[typing.Union["ClusterSpecTopologyWorkersMachineDeploymentsVariables", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''MachineDeploymentTopology specifies the different parameters for a set of worker nodes in the topology.

        This set of nodes is managed by a MachineDeployment object whose lifecycle is managed by the Cluster controller.

        :param class_: Class is the name of the MachineDeploymentClass used to create the set of worker nodes. This should match one of the deployment classes defined in the ClusterClass object mentioned in the ``Cluster.Spec.Class`` field.
        :param name: Name is the unique identifier for this MachineDeploymentTopology. The value is used with other unique identifiers to create a MachineDeployment's Name (e.g. cluster's name, etc). In case the name is greater than the allowed maximum length, the values are hashed together.
        :param failure_domain: FailureDomain is the failure domain the machines will be created in. Must match a key in the FailureDomains map stored on the cluster object.
        :param machine_health_check: MachineHealthCheck allows to enable, disable and override the MachineHealthCheck configuration in the ClusterClass for this MachineDeployment.
        :param metadata: Metadata is the metadata applied to the MachineDeployment and the machines of the MachineDeployment. At runtime this metadata is merged with the corresponding metadata from the ClusterClass.
        :param min_ready_seconds: Minimum number of seconds for which a newly created machine should be ready. Defaults to 0 (machine will be considered available as soon as it is ready) Default: 0 (machine will be considered available as soon as it is ready)
        :param node_deletion_timeout: NodeDeletionTimeout defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion. A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds. Default: 10 seconds.
        :param node_drain_timeout: NodeDrainTimeout is the total amount of time that the controller will spend on draining a node. The default value is 0, meaning that the node can be drained without any time limitations. NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout: NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.
        :param replicas: Replicas is the number of worker nodes belonging to this set. If the value is nil, the MachineDeployment is created without the number of Replicas (defaulting to 1) and it's assumed that an external entity (like cluster autoscaler) is responsible for the management of this value.
        :param strategy: The deployment strategy to use to replace existing machines with new ones.
        :param variables: Variables can be used to customize the MachineDeployment through patches.

        :schema: ClusterSpecTopologyWorkersMachineDeployments
        '''
        if isinstance(machine_health_check, dict):
            machine_health_check = ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck(**machine_health_check)
        if isinstance(metadata, dict):
            metadata = ClusterSpecTopologyWorkersMachineDeploymentsMetadata(**metadata)
        if isinstance(strategy, dict):
            strategy = ClusterSpecTopologyWorkersMachineDeploymentsStrategy(**strategy)
        if isinstance(variables, dict):
            variables = ClusterSpecTopologyWorkersMachineDeploymentsVariables(**variables)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__530b31ce3ed548899bd0f613b5540ff307b663febbd778e432e2b6725b288987)
            check_type(argname="argument class_", value=class_, expected_type=type_hints["class_"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument failure_domain", value=failure_domain, expected_type=type_hints["failure_domain"])
            check_type(argname="argument machine_health_check", value=machine_health_check, expected_type=type_hints["machine_health_check"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument node_deletion_timeout", value=node_deletion_timeout, expected_type=type_hints["node_deletion_timeout"])
            check_type(argname="argument node_drain_timeout", value=node_drain_timeout, expected_type=type_hints["node_drain_timeout"])
            check_type(argname="argument node_volume_detach_timeout", value=node_volume_detach_timeout, expected_type=type_hints["node_volume_detach_timeout"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "class_": class_,
            "name": name,
        }
        if failure_domain is not None:
            self._values["failure_domain"] = failure_domain
        if machine_health_check is not None:
            self._values["machine_health_check"] = machine_health_check
        if metadata is not None:
            self._values["metadata"] = metadata
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if node_deletion_timeout is not None:
            self._values["node_deletion_timeout"] = node_deletion_timeout
        if node_drain_timeout is not None:
            self._values["node_drain_timeout"] = node_drain_timeout
        if node_volume_detach_timeout is not None:
            self._values["node_volume_detach_timeout"] = node_volume_detach_timeout
        if replicas is not None:
            self._values["replicas"] = replicas
        if strategy is not None:
            self._values["strategy"] = strategy
        if variables is not None:
            self._values["variables"] = variables

    @builtins.property
    def class_(self) -> builtins.str:
        '''Class is the name of the MachineDeploymentClass used to create the set of worker nodes.

        This should match one of the deployment classes defined in the ClusterClass object mentioned in the ``Cluster.Spec.Class`` field.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#class
        '''
        result = self._values.get("class_")
        assert result is not None, "Required property 'class_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the unique identifier for this MachineDeploymentTopology.

        The value is used with other unique identifiers to create a MachineDeployment's Name (e.g. cluster's name, etc). In case the name is greater than the allowed maximum length, the values are hashed together.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def failure_domain(self) -> typing.Optional[builtins.str]:
        '''FailureDomain is the failure domain the machines will be created in.

        Must match a key in the FailureDomains map stored on the cluster object.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#failureDomain
        '''
        result = self._values.get("failure_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def machine_health_check(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck"]:
        '''MachineHealthCheck allows to enable, disable and override the MachineHealthCheck configuration in the ClusterClass for this MachineDeployment.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#machineHealthCheck
        '''
        result = self._values.get("machine_health_check")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck"], result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsMetadata"]:
        '''Metadata is the metadata applied to the MachineDeployment and the machines of the MachineDeployment.

        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsMetadata"], result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''Minimum number of seconds for which a newly created machine should be ready.

        Defaults to 0 (machine will be considered available as soon as it is ready)

        :default: 0 (machine will be considered available as soon as it is ready)

        :schema: ClusterSpecTopologyWorkersMachineDeployments#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_deletion_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDeletionTimeout defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion.

        A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds.

        :default: 10 seconds.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#nodeDeletionTimeout
        '''
        result = self._values.get("node_deletion_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_drain_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDrainTimeout is the total amount of time that the controller will spend on draining a node.

        The default value is 0, meaning that the node can be drained without any time limitations. NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``

        :schema: ClusterSpecTopologyWorkersMachineDeployments#nodeDrainTimeout
        '''
        result = self._values.get("node_drain_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_volume_detach_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#nodeVolumeDetachTimeout
        '''
        result = self._values.get("node_volume_detach_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''Replicas is the number of worker nodes belonging to this set.

        If the value is nil, the MachineDeployment is created without the number of Replicas (defaulting to 1) and it's assumed that an external entity (like cluster autoscaler) is responsible for the management of this value.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def strategy(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategy"]:
        '''The deployment strategy to use to replace existing machines with new ones.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategy"], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsVariables"]:
        '''Variables can be used to customize the MachineDeployment through patches.

        :schema: ClusterSpecTopologyWorkersMachineDeployments#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsVariables"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachineDeployments(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "enable": "enable",
        "max_unhealthy": "maxUnhealthy",
        "node_startup_timeout": "nodeStartupTimeout",
        "remediation_template": "remediationTemplate",
        "unhealthy_conditions": "unhealthyConditions",
        "unhealthy_range": "unhealthyRange",
    },
)
class ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck:
    def __init__(
        self,
        *,
        enable: typing.Optional[builtins.bool] = None,
        max_unhealthy: typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy"] = None,
        node_startup_timeout: typing.Optional[builtins.str] = None,
        remediation_template: typing.Optional[typing.Union["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        unhealthy_conditions: typing.Optional[typing.Sequence[typing.Union["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        unhealthy_range: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MachineHealthCheck allows to enable, disable and override the MachineHealthCheck configuration in the ClusterClass for this MachineDeployment.

        :param enable: Enable controls if a MachineHealthCheck should be created for the target machines. If false: No MachineHealthCheck will be created. If not set(default): A MachineHealthCheck will be created if it is defined here or in the associated ClusterClass. If no MachineHealthCheck is defined then none will be created. If true: A MachineHealthCheck is guaranteed to be created. Cluster validation will block if ``enable`` is true and no MachineHealthCheck definition is available.
        :param max_unhealthy: Any further remediation is only allowed if at most "MaxUnhealthy" machines selected by "selector" are not healthy.
        :param node_startup_timeout: Machines older than this duration without a node will be considered to have failed and will be remediated. If you wish to disable this feature, set the value explicitly to 0.
        :param remediation_template: RemediationTemplate is a reference to a remediation template provided by an infrastructure provider. This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.
        :param unhealthy_conditions: UnhealthyConditions contains a list of the conditions that determine whether a node is considered unhealthy. The conditions are combined in a logical OR, i.e. if any of the conditions is met, the node is unhealthy.
        :param unhealthy_range: Any further remediation is only allowed if the number of machines selected by "selector" as not healthy is within the range of "UnhealthyRange". Takes precedence over MaxUnhealthy. Eg. "[3-5]" - This means that remediation will be allowed only when: (a) there are at least 3 unhealthy machines (and) (b) there are at most 5 unhealthy machines

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck
        '''
        if isinstance(remediation_template, dict):
            remediation_template = ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate(**remediation_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b720c6953658ad91604ee9dd60e640aace3f632ff5f138ff6af42f1b0639d8db)
            check_type(argname="argument enable", value=enable, expected_type=type_hints["enable"])
            check_type(argname="argument max_unhealthy", value=max_unhealthy, expected_type=type_hints["max_unhealthy"])
            check_type(argname="argument node_startup_timeout", value=node_startup_timeout, expected_type=type_hints["node_startup_timeout"])
            check_type(argname="argument remediation_template", value=remediation_template, expected_type=type_hints["remediation_template"])
            check_type(argname="argument unhealthy_conditions", value=unhealthy_conditions, expected_type=type_hints["unhealthy_conditions"])
            check_type(argname="argument unhealthy_range", value=unhealthy_range, expected_type=type_hints["unhealthy_range"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enable is not None:
            self._values["enable"] = enable
        if max_unhealthy is not None:
            self._values["max_unhealthy"] = max_unhealthy
        if node_startup_timeout is not None:
            self._values["node_startup_timeout"] = node_startup_timeout
        if remediation_template is not None:
            self._values["remediation_template"] = remediation_template
        if unhealthy_conditions is not None:
            self._values["unhealthy_conditions"] = unhealthy_conditions
        if unhealthy_range is not None:
            self._values["unhealthy_range"] = unhealthy_range

    @builtins.property
    def enable(self) -> typing.Optional[builtins.bool]:
        '''Enable controls if a MachineHealthCheck should be created for the target machines.

        If false: No MachineHealthCheck will be created.
        If not set(default): A MachineHealthCheck will be created if it is defined here or in the associated ClusterClass. If no MachineHealthCheck is defined then none will be created.
        If true: A MachineHealthCheck is guaranteed to be created. Cluster validation will block if ``enable`` is true and no MachineHealthCheck definition is available.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck#enable
        '''
        result = self._values.get("enable")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def max_unhealthy(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy"]:
        '''Any further remediation is only allowed if at most "MaxUnhealthy" machines selected by "selector" are not healthy.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck#maxUnhealthy
        '''
        result = self._values.get("max_unhealthy")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy"], result)

    @builtins.property
    def node_startup_timeout(self) -> typing.Optional[builtins.str]:
        '''Machines older than this duration without a node will be considered to have failed and will be remediated.

        If you wish to disable this feature, set the value explicitly to 0.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck#nodeStartupTimeout
        '''
        result = self._values.get("node_startup_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def remediation_template(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate"]:
        '''RemediationTemplate is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck#remediationTemplate
        '''
        result = self._values.get("remediation_template")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate"], result)

    @builtins.property
    def unhealthy_conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions"]]:
        '''UnhealthyConditions contains a list of the conditions that determine whether a node is considered unhealthy.

        The conditions are combined in a logical OR, i.e. if any of the conditions is met, the node is unhealthy.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck#unhealthyConditions
        '''
        result = self._values.get("unhealthy_conditions")
        return typing.cast(typing.Optional[typing.List["ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions"]], result)

    @builtins.property
    def unhealthy_range(self) -> typing.Optional[builtins.str]:
        '''Any further remediation is only allowed if the number of machines selected by "selector" as not healthy is within the range of "UnhealthyRange".

        Takes precedence over MaxUnhealthy. Eg. "[3-5]" - This means that remediation will be allowed only when: (a) there are at least 3 unhealthy machines (and) (b) there are at most 5 unhealthy machines

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck#unhealthyRange
        '''
        result = self._values.get("unhealthy_range")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy",
):
    '''Any further remediation is only allowed if at most "MaxUnhealthy" machines selected by "selector" are not healthy.

    :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fe28df75253427c586071617249f8c73613f684a66456ac301f72691733f27c6)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02f1c39a581bbbf6baf083c67130c377029559f3464e52ad6544802cf2553490)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "field_path": "fieldPath",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "resource_version": "resourceVersion",
        "uid": "uid",
    },
)
class ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        field_path: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        resource_version: typing.Optional[builtins.str] = None,
        uid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RemediationTemplate is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.

        :param api_version: API version of the referent.
        :param field_path: If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.
        :param kind: Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
        :param resource_version: Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
        :param uid: UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ee94c1c42a065aaf707a8191a4141b3c294eadc0bfe109b872901ff21cb1abdd)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument resource_version", value=resource_version, expected_type=type_hints["resource_version"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if field_path is not None:
            self._values["field_path"] = field_path
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if resource_version is not None:
            self._values["resource_version"] = resource_version
        if uid is not None:
            self._values["uid"] = uid

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''API version of the referent.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def field_path(self) -> typing.Optional[builtins.str]:
        '''If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate#fieldPath
        '''
        result = self._values.get("field_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind of the referent.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_version(self) -> typing.Optional[builtins.str]:
        '''Specific resourceVersion to which this reference is made, if any.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate#resourceVersion
        '''
        result = self._values.get("resource_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''UID of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions",
    jsii_struct_bases=[],
    name_mapping={"status": "status", "timeout": "timeout", "type": "type"},
)
class ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions:
    def __init__(
        self,
        *,
        status: builtins.str,
        timeout: builtins.str,
        type: builtins.str,
    ) -> None:
        '''UnhealthyCondition represents a Node condition type and value with a timeout specified as a duration.

        When the named condition has been in the given status for at least the timeout value, a node is considered unhealthy.

        :param status: 
        :param timeout: 
        :param type: 

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__23adec96a7a11930bbbcdff90a0840ffbbb1fdbc1f4bc648c4db717f21c2a1b5)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
            "timeout": timeout,
            "type": type,
        }

    @builtins.property
    def status(self) -> builtins.str:
        '''
        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def timeout(self) -> builtins.str:
        '''
        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions#timeout
        '''
        result = self._values.get("timeout")
        assert result is not None, "Required property 'timeout' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class ClusterSpecTopologyWorkersMachineDeploymentsMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata is the metadata applied to the MachineDeployment and the machines of the MachineDeployment.

        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :param annotations: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations
        :param labels: Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1a6a70ea4dc3b36abd47c5fb1bd01a29011cee438268ab0ec1490fc83d91009c)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachineDeploymentsMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsStrategy",
    jsii_struct_bases=[],
    name_mapping={"rolling_update": "rollingUpdate", "type": "type"},
)
class ClusterSpecTopologyWorkersMachineDeploymentsStrategy:
    def __init__(
        self,
        *,
        rolling_update: typing.Optional[typing.Union["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate", typing.Dict[builtins.str, typing.Any]]] = None,
        type: typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyType"] = None,
    ) -> None:
        '''The deployment strategy to use to replace existing machines with new ones.

        :param rolling_update: Rolling update config params. Present only if MachineDeploymentStrategyType = RollingUpdate.
        :param type: Type of deployment. Allowed values are RollingUpdate and OnDelete. The default is RollingUpdate.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategy
        '''
        if isinstance(rolling_update, dict):
            rolling_update = ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate(**rolling_update)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c0ffee0d76031c381c9b66eccbb14dcde3e373b3f68c59d9f7f082d4dfdab713)
            check_type(argname="argument rolling_update", value=rolling_update, expected_type=type_hints["rolling_update"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if rolling_update is not None:
            self._values["rolling_update"] = rolling_update
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def rolling_update(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate"]:
        '''Rolling update config params.

        Present only if MachineDeploymentStrategyType = RollingUpdate.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategy#rollingUpdate
        '''
        result = self._values.get("rolling_update")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate"], result)

    @builtins.property
    def type(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyType"]:
        '''Type of deployment.

        Allowed values are RollingUpdate and OnDelete. The default is RollingUpdate.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategy#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachineDeploymentsStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate",
    jsii_struct_bases=[],
    name_mapping={
        "delete_policy": "deletePolicy",
        "max_surge": "maxSurge",
        "max_unavailable": "maxUnavailable",
    },
)
class ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate:
    def __init__(
        self,
        *,
        delete_policy: typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateDeletePolicy"] = None,
        max_surge: typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge"] = None,
        max_unavailable: typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable"] = None,
    ) -> None:
        '''Rolling update config params.

        Present only if MachineDeploymentStrategyType = RollingUpdate.

        :param delete_policy: DeletePolicy defines the policy used by the MachineDeployment to identify nodes to delete when downscaling. Valid values are "Random, "Newest", "Oldest" When no value is supplied, the default DeletePolicy of MachineSet is used
        :param max_surge: The maximum number of machines that can be scheduled above the desired number of machines. Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines. Default: 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.
        :param max_unavailable: The maximum number of machines that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines. Default: 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__373f78a629366852a60df99faf774b2bdaea6f3f700b03d4cd6ec0c875c9b92b)
            check_type(argname="argument delete_policy", value=delete_policy, expected_type=type_hints["delete_policy"])
            check_type(argname="argument max_surge", value=max_surge, expected_type=type_hints["max_surge"])
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if delete_policy is not None:
            self._values["delete_policy"] = delete_policy
        if max_surge is not None:
            self._values["max_surge"] = max_surge
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable

    @builtins.property
    def delete_policy(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateDeletePolicy"]:
        '''DeletePolicy defines the policy used by the MachineDeployment to identify nodes to delete when downscaling.

        Valid values are "Random, "Newest", "Oldest" When no value is supplied, the default DeletePolicy of MachineSet is used

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate#deletePolicy
        '''
        result = self._values.get("delete_policy")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateDeletePolicy"], result)

    @builtins.property
    def max_surge(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge"]:
        '''The maximum number of machines that can be scheduled above the desired number of machines.

        Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.

        :default: 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate#maxSurge
        '''
        result = self._values.get("max_surge")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge"], result)

    @builtins.property
    def max_unavailable(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable"]:
        '''The maximum number of machines that can be unavailable during the update.

        Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

        :default: 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateDeletePolicy"
)
class ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateDeletePolicy(
    enum.Enum,
):
    '''DeletePolicy defines the policy used by the MachineDeployment to identify nodes to delete when downscaling.

    Valid values are "Random, "Newest", "Oldest" When no value is supplied, the default DeletePolicy of MachineSet is used

    :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateDeletePolicy
    '''

    RANDOM = "RANDOM"
    '''Random.'''
    NEWEST = "NEWEST"
    '''Newest.'''
    OLDEST = "OLDEST"
    '''Oldest.'''


class ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge",
):
    '''The maximum number of machines that can be scheduled above the desired number of machines.

    Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.

    :default: 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.

    :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6457dc6e91790dc91e3ee994426662b55b80ac22968bc3a7c7ac5462c22390a2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92ea2f7908fbca98f6aee9e6e6926b6eba345925e2b2c53861d3821eccc59e49)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable",
):
    '''The maximum number of machines that can be unavailable during the update.

    Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

    :default: 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

    :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__94acd923954f7c6eb9420bb7bbd851b6ff8bfd7450648548d239b19f95d57c47)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__807935fe46e62e9f0fdacc8a62ecfdac9865bd48cd8f64b4c75375652cb40ca2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsStrategyType"
)
class ClusterSpecTopologyWorkersMachineDeploymentsStrategyType(enum.Enum):
    '''Type of deployment.

    Allowed values are RollingUpdate and OnDelete. The default is RollingUpdate.

    :schema: ClusterSpecTopologyWorkersMachineDeploymentsStrategyType
    '''

    ROLLING_UPDATE = "ROLLING_UPDATE"
    '''RollingUpdate.'''
    ON_DELETE = "ON_DELETE"
    '''OnDelete.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsVariables",
    jsii_struct_bases=[],
    name_mapping={"overrides": "overrides"},
)
class ClusterSpecTopologyWorkersMachineDeploymentsVariables:
    def __init__(
        self,
        *,
        overrides: typing.Optional[typing.Sequence[typing.Union["ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Variables can be used to customize the MachineDeployment through patches.

        :param overrides: Overrides can be used to override Cluster level variables.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12a492ef979cb1814dc918ea2b17b09f5d0baad2b299129befdbf2359f6e0bb1)
            check_type(argname="argument overrides", value=overrides, expected_type=type_hints["overrides"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if overrides is not None:
            self._values["overrides"] = overrides

    @builtins.property
    def overrides(
        self,
    ) -> typing.Optional[typing.List["ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides"]]:
        '''Overrides can be used to override Cluster level variables.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsVariables#overrides
        '''
        result = self._values.get("overrides")
        return typing.cast(typing.Optional[typing.List["ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachineDeploymentsVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "definition_from": "definitionFrom",
    },
)
class ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Any,
        definition_from: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ClusterVariable can be used to customize the Cluster through patches.

        Each ClusterVariable is associated with a Variable definition in the ClusterClass ``status`` variables.

        :param name: Name of the variable.
        :param value: Value of the variable. Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111
        :param definition_from: DefinitionFrom specifies where the definition of this Variable is from. DefinitionFrom is ``inline`` when the definition is from the ClusterClass ``.spec.variables`` or the name of a patch defined in the ClusterClass ``.spec.patches`` where the patch is external and provides external variables. This field is mandatory if the variable has ``DefinitionsConflict: true`` in ClusterClass ``status.variables[]``

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed5e7c5ea83ae3765ed52b31c06004db3739e7b4fbde8b71965d5d49fed0807b)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument definition_from", value=definition_from, expected_type=type_hints["definition_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if definition_from is not None:
            self._values["definition_from"] = definition_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the variable.

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Any:
        '''Value of the variable.

        Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def definition_from(self) -> typing.Optional[builtins.str]:
        '''DefinitionFrom specifies where the definition of this Variable is from.

        DefinitionFrom is ``inline`` when the definition is from the ClusterClass ``.spec.variables`` or the name of a patch defined in the ClusterClass ``.spec.patches`` where the patch is external and provides external variables. This field is mandatory if the variable has ``DefinitionsConflict: true`` in ClusterClass ``status.variables[]``

        :schema: ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides#definitionFrom
        '''
        result = self._values.get("definition_from")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachinePools",
    jsii_struct_bases=[],
    name_mapping={
        "class_": "class",
        "name": "name",
        "failure_domains": "failureDomains",
        "metadata": "metadata",
        "min_ready_seconds": "minReadySeconds",
        "node_deletion_timeout": "nodeDeletionTimeout",
        "node_drain_timeout": "nodeDrainTimeout",
        "node_volume_detach_timeout": "nodeVolumeDetachTimeout",
        "replicas": "replicas",
        "variables": "variables",
    },
)
class ClusterSpecTopologyWorkersMachinePools:
    def __init__(
        self,
        *,
        class_: builtins.str,
        name: builtins.str,
        failure_domains: typing.Optional[typing.Sequence[builtins.str]] = None,
        metadata: typing.Optional[typing.Union["ClusterSpecTopologyWorkersMachinePoolsMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        node_deletion_timeout: typing.Optional[builtins.str] = None,
        node_drain_timeout: typing.Optional[builtins.str] = None,
        node_volume_detach_timeout: typing.Optional[builtins.str] = None,
        replicas: typing.Optional[jsii.Number] = None,
        variables: typing.Optional[typing.Union["ClusterSpecTopologyWorkersMachinePoolsVariables", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''MachinePoolTopology specifies the different parameters for a pool of worker nodes in the topology.

        This pool of nodes is managed by a MachinePool object whose lifecycle is managed by the Cluster controller.

        :param class_: Class is the name of the MachinePoolClass used to create the pool of worker nodes. This should match one of the deployment classes defined in the ClusterClass object mentioned in the ``Cluster.Spec.Class`` field.
        :param name: Name is the unique identifier for this MachinePoolTopology. The value is used with other unique identifiers to create a MachinePool's Name (e.g. cluster's name, etc). In case the name is greater than the allowed maximum length, the values are hashed together.
        :param failure_domains: FailureDomains is the list of failure domains the machine pool will be created in. Must match a key in the FailureDomains map stored on the cluster object.
        :param metadata: Metadata is the metadata applied to the MachinePool. At runtime this metadata is merged with the corresponding metadata from the ClusterClass.
        :param min_ready_seconds: Minimum number of seconds for which a newly created machine pool should be ready. Defaults to 0 (machine will be considered available as soon as it is ready) Default: 0 (machine will be considered available as soon as it is ready)
        :param node_deletion_timeout: NodeDeletionTimeout defines how long the controller will attempt to delete the Node that the MachinePool hosts after the MachinePool is marked for deletion. A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds. Default: 10 seconds.
        :param node_drain_timeout: NodeDrainTimeout is the total amount of time that the controller will spend on draining a node. The default value is 0, meaning that the node can be drained without any time limitations. NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout: NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.
        :param replicas: Replicas is the number of nodes belonging to this pool. If the value is nil, the MachinePool is created without the number of Replicas (defaulting to 1) and it's assumed that an external entity (like cluster autoscaler) is responsible for the management of this value.
        :param variables: Variables can be used to customize the MachinePool through patches.

        :schema: ClusterSpecTopologyWorkersMachinePools
        '''
        if isinstance(metadata, dict):
            metadata = ClusterSpecTopologyWorkersMachinePoolsMetadata(**metadata)
        if isinstance(variables, dict):
            variables = ClusterSpecTopologyWorkersMachinePoolsVariables(**variables)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e9010e9f30df7b427436209014630bd6a264893564b4daa649b6dfa4c020b61f)
            check_type(argname="argument class_", value=class_, expected_type=type_hints["class_"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument failure_domains", value=failure_domains, expected_type=type_hints["failure_domains"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument node_deletion_timeout", value=node_deletion_timeout, expected_type=type_hints["node_deletion_timeout"])
            check_type(argname="argument node_drain_timeout", value=node_drain_timeout, expected_type=type_hints["node_drain_timeout"])
            check_type(argname="argument node_volume_detach_timeout", value=node_volume_detach_timeout, expected_type=type_hints["node_volume_detach_timeout"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "class_": class_,
            "name": name,
        }
        if failure_domains is not None:
            self._values["failure_domains"] = failure_domains
        if metadata is not None:
            self._values["metadata"] = metadata
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if node_deletion_timeout is not None:
            self._values["node_deletion_timeout"] = node_deletion_timeout
        if node_drain_timeout is not None:
            self._values["node_drain_timeout"] = node_drain_timeout
        if node_volume_detach_timeout is not None:
            self._values["node_volume_detach_timeout"] = node_volume_detach_timeout
        if replicas is not None:
            self._values["replicas"] = replicas
        if variables is not None:
            self._values["variables"] = variables

    @builtins.property
    def class_(self) -> builtins.str:
        '''Class is the name of the MachinePoolClass used to create the pool of worker nodes.

        This should match one of the deployment classes defined in the ClusterClass object mentioned in the ``Cluster.Spec.Class`` field.

        :schema: ClusterSpecTopologyWorkersMachinePools#class
        '''
        result = self._values.get("class_")
        assert result is not None, "Required property 'class_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the unique identifier for this MachinePoolTopology.

        The value is used with other unique identifiers to create a MachinePool's Name (e.g. cluster's name, etc). In case the name is greater than the allowed maximum length, the values are hashed together.

        :schema: ClusterSpecTopologyWorkersMachinePools#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def failure_domains(self) -> typing.Optional[typing.List[builtins.str]]:
        '''FailureDomains is the list of failure domains the machine pool will be created in.

        Must match a key in the FailureDomains map stored on the cluster object.

        :schema: ClusterSpecTopologyWorkersMachinePools#failureDomains
        '''
        result = self._values.get("failure_domains")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachinePoolsMetadata"]:
        '''Metadata is the metadata applied to the MachinePool.

        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :schema: ClusterSpecTopologyWorkersMachinePools#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachinePoolsMetadata"], result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''Minimum number of seconds for which a newly created machine pool should be ready.

        Defaults to 0 (machine will be considered available as soon as it is ready)

        :default: 0 (machine will be considered available as soon as it is ready)

        :schema: ClusterSpecTopologyWorkersMachinePools#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_deletion_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDeletionTimeout defines how long the controller will attempt to delete the Node that the MachinePool hosts after the MachinePool is marked for deletion.

        A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds.

        :default: 10 seconds.

        :schema: ClusterSpecTopologyWorkersMachinePools#nodeDeletionTimeout
        '''
        result = self._values.get("node_deletion_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_drain_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDrainTimeout is the total amount of time that the controller will spend on draining a node.

        The default value is 0, meaning that the node can be drained without any time limitations. NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``

        :schema: ClusterSpecTopologyWorkersMachinePools#nodeDrainTimeout
        '''
        result = self._values.get("node_drain_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_volume_detach_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: ClusterSpecTopologyWorkersMachinePools#nodeVolumeDetachTimeout
        '''
        result = self._values.get("node_volume_detach_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''Replicas is the number of nodes belonging to this pool.

        If the value is nil, the MachinePool is created without the number of Replicas (defaulting to 1) and it's assumed that an external entity (like cluster autoscaler) is responsible for the management of this value.

        :schema: ClusterSpecTopologyWorkersMachinePools#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional["ClusterSpecTopologyWorkersMachinePoolsVariables"]:
        '''Variables can be used to customize the MachinePool through patches.

        :schema: ClusterSpecTopologyWorkersMachinePools#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional["ClusterSpecTopologyWorkersMachinePoolsVariables"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachinePools(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachinePoolsMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class ClusterSpecTopologyWorkersMachinePoolsMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Metadata is the metadata applied to the MachinePool.

        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :param annotations: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations
        :param labels: Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterSpecTopologyWorkersMachinePoolsMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74d4f6241a2babadaa488ca02e4fe60138a9757ef796d6ff1fb0fb76f5e019cd)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations

        :schema: ClusterSpecTopologyWorkersMachinePoolsMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterSpecTopologyWorkersMachinePoolsMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachinePoolsMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachinePoolsVariables",
    jsii_struct_bases=[],
    name_mapping={"overrides": "overrides"},
)
class ClusterSpecTopologyWorkersMachinePoolsVariables:
    def __init__(
        self,
        *,
        overrides: typing.Optional[typing.Sequence[typing.Union["ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Variables can be used to customize the MachinePool through patches.

        :param overrides: Overrides can be used to override Cluster level variables.

        :schema: ClusterSpecTopologyWorkersMachinePoolsVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6fe8252c4eb4f3eacd1cfff5b0433268f0876f4602520b0da5374b9549b3c82b)
            check_type(argname="argument overrides", value=overrides, expected_type=type_hints["overrides"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if overrides is not None:
            self._values["overrides"] = overrides

    @builtins.property
    def overrides(
        self,
    ) -> typing.Optional[typing.List["ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides"]]:
        '''Overrides can be used to override Cluster level variables.

        :schema: ClusterSpecTopologyWorkersMachinePoolsVariables#overrides
        '''
        result = self._values.get("overrides")
        return typing.cast(typing.Optional[typing.List["ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachinePoolsVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "value": "value",
        "definition_from": "definitionFrom",
    },
)
class ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Any,
        definition_from: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ClusterVariable can be used to customize the Cluster through patches.

        Each ClusterVariable is associated with a Variable definition in the ClusterClass ``status`` variables.

        :param name: Name of the variable.
        :param value: Value of the variable. Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111
        :param definition_from: DefinitionFrom specifies where the definition of this Variable is from. DefinitionFrom is ``inline`` when the definition is from the ClusterClass ``.spec.variables`` or the name of a patch defined in the ClusterClass ``.spec.patches`` where the patch is external and provides external variables. This field is mandatory if the variable has ``DefinitionsConflict: true`` in ClusterClass ``status.variables[]``

        :schema: ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8801ff54ae083357fce733a1d98507f929f2f26f931885017100bfe2b519b22)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument definition_from", value=definition_from, expected_type=type_hints["definition_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }
        if definition_from is not None:
            self._values["definition_from"] = definition_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the variable.

        :schema: ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Any:
        '''Value of the variable.

        Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(typing.Any, result)

    @builtins.property
    def definition_from(self) -> typing.Optional[builtins.str]:
        '''DefinitionFrom specifies where the definition of this Variable is from.

        DefinitionFrom is ``inline`` when the definition is from the ClusterClass ``.spec.variables`` or the name of a patch defined in the ClusterClass ``.spec.patches`` where the patch is external and provides external variables. This field is mandatory if the variable has ``DefinitionsConflict: true`` in ClusterClass ``status.variables[]``

        :schema: ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides#definitionFrom
        '''
        result = self._values.get("definition_from")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterV1Beta2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterV1Beta2",
):
    '''Cluster is the Schema for the clusters API.

    :schema: ClusterV1Beta2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["ClusterV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "ClusterV1Beta2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: spec is the desired state of Cluster.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7ce35572289c7583ff7792d75bb58e23628d4a0a73bb30c06b9d0e03cb33685)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = ClusterV1Beta2Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["ClusterV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "ClusterV1Beta2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: spec is the desired state of Cluster.
        :param metadata: 
        '''
        props = ClusterV1Beta2Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "ClusterV1Beta2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class ClusterV1Beta2Props:
    def __init__(
        self,
        *,
        spec: typing.Union["ClusterV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Cluster is the Schema for the clusters API.

        :param spec: spec is the desired state of Cluster.
        :param metadata: 

        :schema: ClusterV1Beta2
        '''
        if isinstance(spec, dict):
            spec = ClusterV1Beta2Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__71ed44ec7e4346b6e60289e43510d18826e718b0c12751d9ebabecfda22188a7)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "ClusterV1Beta2Spec":
        '''spec is the desired state of Cluster.

        :schema: ClusterV1Beta2#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("ClusterV1Beta2Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: ClusterV1Beta2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2Spec",
    jsii_struct_bases=[],
    name_mapping={
        "availability_gates": "availabilityGates",
        "cluster_network": "clusterNetwork",
        "control_plane_endpoint": "controlPlaneEndpoint",
        "control_plane_ref": "controlPlaneRef",
        "infrastructure_ref": "infrastructureRef",
        "paused": "paused",
        "topology": "topology",
    },
)
class ClusterV1Beta2Spec:
    def __init__(
        self,
        *,
        availability_gates: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecAvailabilityGates", typing.Dict[builtins.str, typing.Any]]]] = None,
        cluster_network: typing.Optional[typing.Union["ClusterV1Beta2SpecClusterNetwork", typing.Dict[builtins.str, typing.Any]]] = None,
        control_plane_endpoint: typing.Optional[typing.Union["ClusterV1Beta2SpecControlPlaneEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        control_plane_ref: typing.Optional[typing.Union["ClusterV1Beta2SpecControlPlaneRef", typing.Dict[builtins.str, typing.Any]]] = None,
        infrastructure_ref: typing.Optional[typing.Union["ClusterV1Beta2SpecInfrastructureRef", typing.Dict[builtins.str, typing.Any]]] = None,
        paused: typing.Optional[builtins.bool] = None,
        topology: typing.Optional[typing.Union["ClusterV1Beta2SpecTopology", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''spec is the desired state of Cluster.

        :param availability_gates: availabilityGates specifies additional conditions to include when evaluating Cluster Available condition. If this field is not defined and the Cluster implements a managed topology, availabilityGates from the corresponding ClusterClass will be used, if any.
        :param cluster_network: clusterNetwork represents the cluster network configuration.
        :param control_plane_endpoint: controlPlaneEndpoint represents the endpoint used to communicate with the control plane.
        :param control_plane_ref: controlPlaneRef is an optional reference to a provider-specific resource that holds the details for provisioning the Control Plane for a Cluster.
        :param infrastructure_ref: infrastructureRef is a reference to a provider-specific resource that holds the details for provisioning infrastructure for a cluster in said provider.
        :param paused: paused can be used to prevent controllers from processing the Cluster and all its associated objects.
        :param topology: topology encapsulates the topology for the cluster. NOTE: It is required to enable the ClusterTopology feature gate flag to activate managed topologies support.

        :schema: ClusterV1Beta2Spec
        '''
        if isinstance(cluster_network, dict):
            cluster_network = ClusterV1Beta2SpecClusterNetwork(**cluster_network)
        if isinstance(control_plane_endpoint, dict):
            control_plane_endpoint = ClusterV1Beta2SpecControlPlaneEndpoint(**control_plane_endpoint)
        if isinstance(control_plane_ref, dict):
            control_plane_ref = ClusterV1Beta2SpecControlPlaneRef(**control_plane_ref)
        if isinstance(infrastructure_ref, dict):
            infrastructure_ref = ClusterV1Beta2SpecInfrastructureRef(**infrastructure_ref)
        if isinstance(topology, dict):
            topology = ClusterV1Beta2SpecTopology(**topology)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b778448852367aa5d3e65ac87b3c229c118cb7def9aef790d3e1d1d4fdaf842c)
            check_type(argname="argument availability_gates", value=availability_gates, expected_type=type_hints["availability_gates"])
            check_type(argname="argument cluster_network", value=cluster_network, expected_type=type_hints["cluster_network"])
            check_type(argname="argument control_plane_endpoint", value=control_plane_endpoint, expected_type=type_hints["control_plane_endpoint"])
            check_type(argname="argument control_plane_ref", value=control_plane_ref, expected_type=type_hints["control_plane_ref"])
            check_type(argname="argument infrastructure_ref", value=infrastructure_ref, expected_type=type_hints["infrastructure_ref"])
            check_type(argname="argument paused", value=paused, expected_type=type_hints["paused"])
            check_type(argname="argument topology", value=topology, expected_type=type_hints["topology"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if availability_gates is not None:
            self._values["availability_gates"] = availability_gates
        if cluster_network is not None:
            self._values["cluster_network"] = cluster_network
        if control_plane_endpoint is not None:
            self._values["control_plane_endpoint"] = control_plane_endpoint
        if control_plane_ref is not None:
            self._values["control_plane_ref"] = control_plane_ref
        if infrastructure_ref is not None:
            self._values["infrastructure_ref"] = infrastructure_ref
        if paused is not None:
            self._values["paused"] = paused
        if topology is not None:
            self._values["topology"] = topology

    @builtins.property
    def availability_gates(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecAvailabilityGates"]]:
        '''availabilityGates specifies additional conditions to include when evaluating Cluster Available condition.

        If this field is not defined and the Cluster implements a managed topology, availabilityGates
        from the corresponding ClusterClass will be used, if any.

        :schema: ClusterV1Beta2Spec#availabilityGates
        '''
        result = self._values.get("availability_gates")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecAvailabilityGates"]], result)

    @builtins.property
    def cluster_network(self) -> typing.Optional["ClusterV1Beta2SpecClusterNetwork"]:
        '''clusterNetwork represents the cluster network configuration.

        :schema: ClusterV1Beta2Spec#clusterNetwork
        '''
        result = self._values.get("cluster_network")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecClusterNetwork"], result)

    @builtins.property
    def control_plane_endpoint(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecControlPlaneEndpoint"]:
        '''controlPlaneEndpoint represents the endpoint used to communicate with the control plane.

        :schema: ClusterV1Beta2Spec#controlPlaneEndpoint
        '''
        result = self._values.get("control_plane_endpoint")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecControlPlaneEndpoint"], result)

    @builtins.property
    def control_plane_ref(self) -> typing.Optional["ClusterV1Beta2SpecControlPlaneRef"]:
        '''controlPlaneRef is an optional reference to a provider-specific resource that holds the details for provisioning the Control Plane for a Cluster.

        :schema: ClusterV1Beta2Spec#controlPlaneRef
        '''
        result = self._values.get("control_plane_ref")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecControlPlaneRef"], result)

    @builtins.property
    def infrastructure_ref(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecInfrastructureRef"]:
        '''infrastructureRef is a reference to a provider-specific resource that holds the details for provisioning infrastructure for a cluster in said provider.

        :schema: ClusterV1Beta2Spec#infrastructureRef
        '''
        result = self._values.get("infrastructure_ref")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecInfrastructureRef"], result)

    @builtins.property
    def paused(self) -> typing.Optional[builtins.bool]:
        '''paused can be used to prevent controllers from processing the Cluster and all its associated objects.

        :schema: ClusterV1Beta2Spec#paused
        '''
        result = self._values.get("paused")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def topology(self) -> typing.Optional["ClusterV1Beta2SpecTopology"]:
        '''topology encapsulates the topology for the cluster.

        NOTE: It is required to enable the ClusterTopology
        feature gate flag to activate managed topologies support.

        :schema: ClusterV1Beta2Spec#topology
        '''
        result = self._values.get("topology")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopology"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecAvailabilityGates",
    jsii_struct_bases=[],
    name_mapping={"condition_type": "conditionType", "polarity": "polarity"},
)
class ClusterV1Beta2SpecAvailabilityGates:
    def __init__(
        self,
        *,
        condition_type: builtins.str,
        polarity: typing.Optional["ClusterV1Beta2SpecAvailabilityGatesPolarity"] = None,
    ) -> None:
        '''ClusterAvailabilityGate contains the type of a Cluster condition to be used as availability gate.

        :param condition_type: conditionType refers to a condition with matching type in the Cluster's condition list. If the conditions doesn't exist, it will be treated as unknown. Note: Both Cluster API conditions or conditions added by 3rd party controllers can be used as availability gates.
        :param polarity: polarity of the conditionType specified in this availabilityGate. Valid values are Positive, Negative and omitted. When omitted, the default behaviour will be Positive. A positive polarity means that the condition should report a true status under normal conditions. A negative polarity means that the condition should report a false status under normal conditions.

        :schema: ClusterV1Beta2SpecAvailabilityGates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2caccc7af5352c1daeb06699f37864d4e3f7526786320b414ad01f77d7788cb)
            check_type(argname="argument condition_type", value=condition_type, expected_type=type_hints["condition_type"])
            check_type(argname="argument polarity", value=polarity, expected_type=type_hints["polarity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "condition_type": condition_type,
        }
        if polarity is not None:
            self._values["polarity"] = polarity

    @builtins.property
    def condition_type(self) -> builtins.str:
        '''conditionType refers to a condition with matching type in the Cluster's condition list.

        If the conditions doesn't exist, it will be treated as unknown.
        Note: Both Cluster API conditions or conditions added by 3rd party controllers can be used as availability gates.

        :schema: ClusterV1Beta2SpecAvailabilityGates#conditionType
        '''
        result = self._values.get("condition_type")
        assert result is not None, "Required property 'condition_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def polarity(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecAvailabilityGatesPolarity"]:
        '''polarity of the conditionType specified in this availabilityGate.

        Valid values are Positive, Negative and omitted.
        When omitted, the default behaviour will be Positive.
        A positive polarity means that the condition should report a true status under normal conditions.
        A negative polarity means that the condition should report a false status under normal conditions.

        :schema: ClusterV1Beta2SpecAvailabilityGates#polarity
        '''
        result = self._values.get("polarity")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecAvailabilityGatesPolarity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecAvailabilityGates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iox-k8scluster.ClusterV1Beta2SpecAvailabilityGatesPolarity")
class ClusterV1Beta2SpecAvailabilityGatesPolarity(enum.Enum):
    '''polarity of the conditionType specified in this availabilityGate.

    Valid values are Positive, Negative and omitted.
    When omitted, the default behaviour will be Positive.
    A positive polarity means that the condition should report a true status under normal conditions.
    A negative polarity means that the condition should report a false status under normal conditions.

    :schema: ClusterV1Beta2SpecAvailabilityGatesPolarity
    '''

    POSITIVE = "POSITIVE"
    '''Positive.'''
    NEGATIVE = "NEGATIVE"
    '''Negative.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecClusterNetwork",
    jsii_struct_bases=[],
    name_mapping={
        "api_server_port": "apiServerPort",
        "pods": "pods",
        "service_domain": "serviceDomain",
        "services": "services",
    },
)
class ClusterV1Beta2SpecClusterNetwork:
    def __init__(
        self,
        *,
        api_server_port: typing.Optional[jsii.Number] = None,
        pods: typing.Optional[typing.Union["ClusterV1Beta2SpecClusterNetworkPods", typing.Dict[builtins.str, typing.Any]]] = None,
        service_domain: typing.Optional[builtins.str] = None,
        services: typing.Optional[typing.Union["ClusterV1Beta2SpecClusterNetworkServices", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''clusterNetwork represents the cluster network configuration.

        :param api_server_port: apiServerPort specifies the port the API Server should bind to. Defaults to 6443. Default: 6443.
        :param pods: pods is the network ranges from which Pod networks are allocated.
        :param service_domain: serviceDomain is the domain name for services.
        :param services: services is the network ranges from which service VIPs are allocated.

        :schema: ClusterV1Beta2SpecClusterNetwork
        '''
        if isinstance(pods, dict):
            pods = ClusterV1Beta2SpecClusterNetworkPods(**pods)
        if isinstance(services, dict):
            services = ClusterV1Beta2SpecClusterNetworkServices(**services)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7d47cfb922d78b8ccc87a8241bc4ee853dcacbd04ece923ca5ec561e52c6b765)
            check_type(argname="argument api_server_port", value=api_server_port, expected_type=type_hints["api_server_port"])
            check_type(argname="argument pods", value=pods, expected_type=type_hints["pods"])
            check_type(argname="argument service_domain", value=service_domain, expected_type=type_hints["service_domain"])
            check_type(argname="argument services", value=services, expected_type=type_hints["services"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_server_port is not None:
            self._values["api_server_port"] = api_server_port
        if pods is not None:
            self._values["pods"] = pods
        if service_domain is not None:
            self._values["service_domain"] = service_domain
        if services is not None:
            self._values["services"] = services

    @builtins.property
    def api_server_port(self) -> typing.Optional[jsii.Number]:
        '''apiServerPort specifies the port the API Server should bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: ClusterV1Beta2SpecClusterNetwork#apiServerPort
        '''
        result = self._values.get("api_server_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def pods(self) -> typing.Optional["ClusterV1Beta2SpecClusterNetworkPods"]:
        '''pods is the network ranges from which Pod networks are allocated.

        :schema: ClusterV1Beta2SpecClusterNetwork#pods
        '''
        result = self._values.get("pods")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecClusterNetworkPods"], result)

    @builtins.property
    def service_domain(self) -> typing.Optional[builtins.str]:
        '''serviceDomain is the domain name for services.

        :schema: ClusterV1Beta2SpecClusterNetwork#serviceDomain
        '''
        result = self._values.get("service_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def services(self) -> typing.Optional["ClusterV1Beta2SpecClusterNetworkServices"]:
        '''services is the network ranges from which service VIPs are allocated.

        :schema: ClusterV1Beta2SpecClusterNetwork#services
        '''
        result = self._values.get("services")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecClusterNetworkServices"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecClusterNetwork(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecClusterNetworkPods",
    jsii_struct_bases=[],
    name_mapping={"cidr_blocks": "cidrBlocks"},
)
class ClusterV1Beta2SpecClusterNetworkPods:
    def __init__(self, *, cidr_blocks: typing.Sequence[builtins.str]) -> None:
        '''pods is the network ranges from which Pod networks are allocated.

        :param cidr_blocks: cidrBlocks is a list of CIDR blocks.

        :schema: ClusterV1Beta2SpecClusterNetworkPods
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0843ea24131a0d2c51bd0ac6c8312ccb6944be5c6db944ed9aa13fc242cc898a)
            check_type(argname="argument cidr_blocks", value=cidr_blocks, expected_type=type_hints["cidr_blocks"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cidr_blocks": cidr_blocks,
        }

    @builtins.property
    def cidr_blocks(self) -> typing.List[builtins.str]:
        '''cidrBlocks is a list of CIDR blocks.

        :schema: ClusterV1Beta2SpecClusterNetworkPods#cidrBlocks
        '''
        result = self._values.get("cidr_blocks")
        assert result is not None, "Required property 'cidr_blocks' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecClusterNetworkPods(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecClusterNetworkServices",
    jsii_struct_bases=[],
    name_mapping={"cidr_blocks": "cidrBlocks"},
)
class ClusterV1Beta2SpecClusterNetworkServices:
    def __init__(self, *, cidr_blocks: typing.Sequence[builtins.str]) -> None:
        '''services is the network ranges from which service VIPs are allocated.

        :param cidr_blocks: cidrBlocks is a list of CIDR blocks.

        :schema: ClusterV1Beta2SpecClusterNetworkServices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4916f24f911efa9cb81ba54a23674184162dd16076f0fedd9bf9b708c0957287)
            check_type(argname="argument cidr_blocks", value=cidr_blocks, expected_type=type_hints["cidr_blocks"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cidr_blocks": cidr_blocks,
        }

    @builtins.property
    def cidr_blocks(self) -> typing.List[builtins.str]:
        '''cidrBlocks is a list of CIDR blocks.

        :schema: ClusterV1Beta2SpecClusterNetworkServices#cidrBlocks
        '''
        result = self._values.get("cidr_blocks")
        assert result is not None, "Required property 'cidr_blocks' is missing"
        return typing.cast(typing.List[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecClusterNetworkServices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecControlPlaneEndpoint",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port"},
)
class ClusterV1Beta2SpecControlPlaneEndpoint:
    def __init__(
        self,
        *,
        host: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''controlPlaneEndpoint represents the endpoint used to communicate with the control plane.

        :param host: host is the hostname on which the API server is serving.
        :param port: port is the port on which the API server is serving.

        :schema: ClusterV1Beta2SpecControlPlaneEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65b582475203877a1c92b51fe9ed6316f0962fafe6554194dd08cc786a16190c)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if host is not None:
            self._values["host"] = host
        if port is not None:
            self._values["port"] = port

    @builtins.property
    def host(self) -> typing.Optional[builtins.str]:
        '''host is the hostname on which the API server is serving.

        :schema: ClusterV1Beta2SpecControlPlaneEndpoint#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''port is the port on which the API server is serving.

        :schema: ClusterV1Beta2SpecControlPlaneEndpoint#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecControlPlaneEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecControlPlaneRef",
    jsii_struct_bases=[],
    name_mapping={"api_group": "apiGroup", "kind": "kind", "name": "name"},
)
class ClusterV1Beta2SpecControlPlaneRef:
    def __init__(
        self,
        *,
        api_group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''controlPlaneRef is an optional reference to a provider-specific resource that holds the details for provisioning the Control Plane for a Cluster.

        :param api_group: apiGroup is the group of the resource being referenced. apiGroup must be fully qualified domain name. The corresponding version for this reference will be looked up from the contract labels of the corresponding CRD of the resource being referenced.
        :param kind: kind of the resource being referenced. kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.
        :param name: name of the resource being referenced. name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecControlPlaneRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__046e6eec65df30f41545742d5381cf0f6b71e95dc1e87f140b0627830f765f3a)
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_group": api_group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_group(self) -> builtins.str:
        '''apiGroup is the group of the resource being referenced.

        apiGroup must be fully qualified domain name.
        The corresponding version for this reference will be looked up from the contract
        labels of the corresponding CRD of the resource being referenced.

        :schema: ClusterV1Beta2SpecControlPlaneRef#apiGroup
        '''
        result = self._values.get("api_group")
        assert result is not None, "Required property 'api_group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind of the resource being referenced.

        kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecControlPlaneRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the resource being referenced.

        name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecControlPlaneRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecControlPlaneRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecInfrastructureRef",
    jsii_struct_bases=[],
    name_mapping={"api_group": "apiGroup", "kind": "kind", "name": "name"},
)
class ClusterV1Beta2SpecInfrastructureRef:
    def __init__(
        self,
        *,
        api_group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''infrastructureRef is a reference to a provider-specific resource that holds the details for provisioning infrastructure for a cluster in said provider.

        :param api_group: apiGroup is the group of the resource being referenced. apiGroup must be fully qualified domain name. The corresponding version for this reference will be looked up from the contract labels of the corresponding CRD of the resource being referenced.
        :param kind: kind of the resource being referenced. kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.
        :param name: name of the resource being referenced. name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecInfrastructureRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2fe005c6668bc8a4e6eb30df148bccfc5860c71769dd9244054d116317b3be7a)
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_group": api_group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_group(self) -> builtins.str:
        '''apiGroup is the group of the resource being referenced.

        apiGroup must be fully qualified domain name.
        The corresponding version for this reference will be looked up from the contract
        labels of the corresponding CRD of the resource being referenced.

        :schema: ClusterV1Beta2SpecInfrastructureRef#apiGroup
        '''
        result = self._values.get("api_group")
        assert result is not None, "Required property 'api_group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind of the resource being referenced.

        kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecInfrastructureRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the resource being referenced.

        name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecInfrastructureRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecInfrastructureRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopology",
    jsii_struct_bases=[],
    name_mapping={
        "class_ref": "classRef",
        "version": "version",
        "control_plane": "controlPlane",
        "variables": "variables",
        "workers": "workers",
    },
)
class ClusterV1Beta2SpecTopology:
    def __init__(
        self,
        *,
        class_ref: typing.Union["ClusterV1Beta2SpecTopologyClassRef", typing.Dict[builtins.str, typing.Any]],
        version: builtins.str,
        control_plane: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlane", typing.Dict[builtins.str, typing.Any]]] = None,
        variables: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyVariables", typing.Dict[builtins.str, typing.Any]]]] = None,
        workers: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkers", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''topology encapsulates the topology for the cluster.

        NOTE: It is required to enable the ClusterTopology
        feature gate flag to activate managed topologies support.

        :param class_ref: classRef is the ref to the ClusterClass that should be used for the topology.
        :param version: version is the Kubernetes version of the cluster.
        :param control_plane: controlPlane describes the cluster control plane.
        :param variables: variables can be used to customize the Cluster through patches. They must comply to the corresponding VariableClasses defined in the ClusterClass.
        :param workers: workers encapsulates the different constructs that form the worker nodes for the cluster.

        :schema: ClusterV1Beta2SpecTopology
        '''
        if isinstance(class_ref, dict):
            class_ref = ClusterV1Beta2SpecTopologyClassRef(**class_ref)
        if isinstance(control_plane, dict):
            control_plane = ClusterV1Beta2SpecTopologyControlPlane(**control_plane)
        if isinstance(workers, dict):
            workers = ClusterV1Beta2SpecTopologyWorkers(**workers)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fcc777e19d81b196d5cbd6832d28ee106e8e565c1e50bb35934fdeaec12f9af8)
            check_type(argname="argument class_ref", value=class_ref, expected_type=type_hints["class_ref"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
            check_type(argname="argument control_plane", value=control_plane, expected_type=type_hints["control_plane"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
            check_type(argname="argument workers", value=workers, expected_type=type_hints["workers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "class_ref": class_ref,
            "version": version,
        }
        if control_plane is not None:
            self._values["control_plane"] = control_plane
        if variables is not None:
            self._values["variables"] = variables
        if workers is not None:
            self._values["workers"] = workers

    @builtins.property
    def class_ref(self) -> "ClusterV1Beta2SpecTopologyClassRef":
        '''classRef is the ref to the ClusterClass that should be used for the topology.

        :schema: ClusterV1Beta2SpecTopology#classRef
        '''
        result = self._values.get("class_ref")
        assert result is not None, "Required property 'class_ref' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyClassRef", result)

    @builtins.property
    def version(self) -> builtins.str:
        '''version is the Kubernetes version of the cluster.

        :schema: ClusterV1Beta2SpecTopology#version
        '''
        result = self._values.get("version")
        assert result is not None, "Required property 'version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def control_plane(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlane"]:
        '''controlPlane describes the cluster control plane.

        :schema: ClusterV1Beta2SpecTopology#controlPlane
        '''
        result = self._values.get("control_plane")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlane"], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyVariables"]]:
        '''variables can be used to customize the Cluster through patches.

        They must comply to the corresponding
        VariableClasses defined in the ClusterClass.

        :schema: ClusterV1Beta2SpecTopology#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyVariables"]], result)

    @builtins.property
    def workers(self) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkers"]:
        '''workers encapsulates the different constructs that form the worker nodes for the cluster.

        :schema: ClusterV1Beta2SpecTopology#workers
        '''
        result = self._values.get("workers")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkers"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopology(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyClassRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "namespace": "namespace"},
)
class ClusterV1Beta2SpecTopologyClassRef:
    def __init__(
        self,
        *,
        name: builtins.str,
        namespace: typing.Optional[builtins.str] = None,
    ) -> None:
        '''classRef is the ref to the ClusterClass that should be used for the topology.

        :param name: name is the name of the ClusterClass that should be used for the topology. name must be a valid ClusterClass name and because of that be at most 253 characters in length and it must consist only of lower case alphanumeric characters, hyphens (-) and periods (.), and must start and end with an alphanumeric character.
        :param namespace: namespace is the namespace of the ClusterClass that should be used for the topology. If namespace is empty or not set, it is defaulted to the namespace of the Cluster object. namespace must be a valid namespace name and because of that be at most 63 characters in length and it must consist only of lower case alphanumeric characters or hyphens (-), and must start and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecTopologyClassRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f4753fa86a9c9b1bb948e4ed6f91525dfe146a6c43e4022d089495e66bf4c09a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if namespace is not None:
            self._values["namespace"] = namespace

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the ClusterClass that should be used for the topology.

        name must be a valid ClusterClass name and because of that be at most 253 characters in length
        and it must consist only of lower case alphanumeric characters, hyphens (-) and periods (.), and must start
        and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecTopologyClassRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''namespace is the namespace of the ClusterClass that should be used for the topology.

        If namespace is empty or not set, it is defaulted to the namespace of the Cluster object.
        namespace must be a valid namespace name and because of that be at most 63 characters in length
        and it must consist only of lower case alphanumeric characters or hyphens (-), and must start
        and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecTopologyClassRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyClassRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlane",
    jsii_struct_bases=[],
    name_mapping={
        "deletion": "deletion",
        "health_check": "healthCheck",
        "metadata": "metadata",
        "readiness_gates": "readinessGates",
        "replicas": "replicas",
        "rollout": "rollout",
        "taints": "taints",
        "variables": "variables",
    },
)
class ClusterV1Beta2SpecTopologyControlPlane:
    def __init__(
        self,
        *,
        deletion: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneDeletion", typing.Dict[builtins.str, typing.Any]]] = None,
        health_check: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        readiness_gates: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneReadinessGates", typing.Dict[builtins.str, typing.Any]]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        rollout: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneRollout", typing.Dict[builtins.str, typing.Any]]] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
        variables: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneVariables", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''controlPlane describes the cluster control plane.

        :param deletion: deletion contains configuration options for Machine deletion.
        :param health_check: healthCheck allows to enable, disable and override control plane health check configuration from the ClusterClass for this control plane.
        :param metadata: metadata is the metadata applied to the ControlPlane and the Machines of the ControlPlane if the ControlPlaneTemplate referenced by the ClusterClass is machine based. If not, it is applied only to the ControlPlane. At runtime this metadata is merged with the corresponding metadata from the ClusterClass.
        :param readiness_gates: readinessGates specifies additional conditions to include when evaluating Machine Ready condition. This field can be used e.g. to instruct the machine controller to include in the computation for Machine's ready computation a condition, managed by an external controllers, reporting the status of special software/hardware installed on the Machine. If this field is not defined, readinessGates from the corresponding ControlPlaneClass will be used, if any. NOTE: Specific control plane provider implementations might automatically extend the list of readinessGates; e.g. the kubeadm control provider adds ReadinessGates for the APIServerPodHealthy, SchedulerPodHealthy conditions, etc.
        :param replicas: replicas is the number of control plane nodes. If the value is not set, the ControlPlane object is created without the number of Replicas and it's assumed that the control plane controller does not implement support for this field. When specified against a control plane provider that lacks support for this field, this value will be ignored.
        :param rollout: rollout allows you to configure the behavior of rolling updates to the control plane.
        :param taints: taints are the node taints that Cluster API will manage. This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes, e.g. the node controller might add the node.kubernetes.io/not-ready taint. Only those taints defined in this list will be added or removed by core Cluster API controllers. There can be at most 64 taints. A pod would have to tolerate all existing taints to run on the corresponding node. NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.
        :param variables: variables can be used to customize the ControlPlane through patches.

        :schema: ClusterV1Beta2SpecTopologyControlPlane
        '''
        if isinstance(deletion, dict):
            deletion = ClusterV1Beta2SpecTopologyControlPlaneDeletion(**deletion)
        if isinstance(health_check, dict):
            health_check = ClusterV1Beta2SpecTopologyControlPlaneHealthCheck(**health_check)
        if isinstance(metadata, dict):
            metadata = ClusterV1Beta2SpecTopologyControlPlaneMetadata(**metadata)
        if isinstance(rollout, dict):
            rollout = ClusterV1Beta2SpecTopologyControlPlaneRollout(**rollout)
        if isinstance(variables, dict):
            variables = ClusterV1Beta2SpecTopologyControlPlaneVariables(**variables)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__213d5afe8cd3baa3cd5648e16399eef23127bd6fc52c9540fb39fa20bb8b4410)
            check_type(argname="argument deletion", value=deletion, expected_type=type_hints["deletion"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument readiness_gates", value=readiness_gates, expected_type=type_hints["readiness_gates"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument rollout", value=rollout, expected_type=type_hints["rollout"])
            check_type(argname="argument taints", value=taints, expected_type=type_hints["taints"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if deletion is not None:
            self._values["deletion"] = deletion
        if health_check is not None:
            self._values["health_check"] = health_check
        if metadata is not None:
            self._values["metadata"] = metadata
        if readiness_gates is not None:
            self._values["readiness_gates"] = readiness_gates
        if replicas is not None:
            self._values["replicas"] = replicas
        if rollout is not None:
            self._values["rollout"] = rollout
        if taints is not None:
            self._values["taints"] = taints
        if variables is not None:
            self._values["variables"] = variables

    @builtins.property
    def deletion(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneDeletion"]:
        '''deletion contains configuration options for Machine deletion.

        :schema: ClusterV1Beta2SpecTopologyControlPlane#deletion
        '''
        result = self._values.get("deletion")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneDeletion"], result)

    @builtins.property
    def health_check(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheck"]:
        '''healthCheck allows to enable, disable and override control plane health check configuration from the ClusterClass for this control plane.

        :schema: ClusterV1Beta2SpecTopologyControlPlane#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheck"], result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneMetadata"]:
        '''metadata is the metadata applied to the ControlPlane and the Machines of the ControlPlane if the ControlPlaneTemplate referenced by the ClusterClass is machine based.

        If not, it
        is applied only to the ControlPlane.
        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :schema: ClusterV1Beta2SpecTopologyControlPlane#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneMetadata"], result)

    @builtins.property
    def readiness_gates(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneReadinessGates"]]:
        '''readinessGates specifies additional conditions to include when evaluating Machine Ready condition.

        This field can be used e.g. to instruct the machine controller to include in the computation for Machine's ready
        computation a condition, managed by an external controllers, reporting the status of special software/hardware installed on the Machine.

        If this field is not defined, readinessGates from the corresponding ControlPlaneClass will be used, if any.

        NOTE: Specific control plane provider implementations might automatically extend the list of readinessGates;
        e.g. the kubeadm control provider adds ReadinessGates for the APIServerPodHealthy, SchedulerPodHealthy conditions, etc.

        :schema: ClusterV1Beta2SpecTopologyControlPlane#readinessGates
        '''
        result = self._values.get("readiness_gates")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneReadinessGates"]], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''replicas is the number of control plane nodes.

        If the value is not set, the ControlPlane object is created without the number of Replicas
        and it's assumed that the control plane controller does not implement support for this field.
        When specified against a control plane provider that lacks support for this field, this value will be ignored.

        :schema: ClusterV1Beta2SpecTopologyControlPlane#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def rollout(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneRollout"]:
        '''rollout allows you to configure the behavior of rolling updates to the control plane.

        :schema: ClusterV1Beta2SpecTopologyControlPlane#rollout
        '''
        result = self._values.get("rollout")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneRollout"], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneTaints"]]:
        '''taints are the node taints that Cluster API will manage.

        This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes,
        e.g. the node controller might add the node.kubernetes.io/not-ready taint.
        Only those taints defined in this list will be added or removed by core Cluster API controllers.

        There can be at most 64 taints.
        A pod would have to tolerate all existing taints to run on the corresponding node.

        NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.

        :schema: ClusterV1Beta2SpecTopologyControlPlane#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneTaints"]], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneVariables"]:
        '''variables can be used to customize the ControlPlane through patches.

        :schema: ClusterV1Beta2SpecTopologyControlPlane#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneVariables"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlane(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneDeletion",
    jsii_struct_bases=[],
    name_mapping={
        "node_deletion_timeout_seconds": "nodeDeletionTimeoutSeconds",
        "node_drain_timeout_seconds": "nodeDrainTimeoutSeconds",
        "node_volume_detach_timeout_seconds": "nodeVolumeDetachTimeoutSeconds",
    },
)
class ClusterV1Beta2SpecTopologyControlPlaneDeletion:
    def __init__(
        self,
        *,
        node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''deletion contains configuration options for Machine deletion.

        :param node_deletion_timeout_seconds: nodeDeletionTimeoutSeconds defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion. A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds. Default: 10 seconds.
        :param node_drain_timeout_seconds: nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a node. The default value is 0, meaning that the node can be drained without any time limitations. NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout_seconds: nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneDeletion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8e07a8d80867708cfb03ddadb3c4567fe13a28138029d9893628dc57986cfd84)
            check_type(argname="argument node_deletion_timeout_seconds", value=node_deletion_timeout_seconds, expected_type=type_hints["node_deletion_timeout_seconds"])
            check_type(argname="argument node_drain_timeout_seconds", value=node_drain_timeout_seconds, expected_type=type_hints["node_drain_timeout_seconds"])
            check_type(argname="argument node_volume_detach_timeout_seconds", value=node_volume_detach_timeout_seconds, expected_type=type_hints["node_volume_detach_timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_deletion_timeout_seconds is not None:
            self._values["node_deletion_timeout_seconds"] = node_deletion_timeout_seconds
        if node_drain_timeout_seconds is not None:
            self._values["node_drain_timeout_seconds"] = node_drain_timeout_seconds
        if node_volume_detach_timeout_seconds is not None:
            self._values["node_volume_detach_timeout_seconds"] = node_volume_detach_timeout_seconds

    @builtins.property
    def node_deletion_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeDeletionTimeoutSeconds defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion.

        A duration of 0 will retry deletion indefinitely.
        Defaults to 10 seconds.

        :default: 10 seconds.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneDeletion#nodeDeletionTimeoutSeconds
        '''
        result = self._values.get("node_deletion_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_drain_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a node.

        The default value is 0, meaning that the node can be drained without any time limitations.
        NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``

        :schema: ClusterV1Beta2SpecTopologyControlPlaneDeletion#nodeDrainTimeoutSeconds
        '''
        result = self._values.get("node_drain_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_volume_detach_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneDeletion#nodeVolumeDetachTimeoutSeconds
        '''
        result = self._values.get("node_volume_detach_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneDeletion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "checks": "checks",
        "enabled": "enabled",
        "remediation": "remediation",
    },
)
class ClusterV1Beta2SpecTopologyControlPlaneHealthCheck:
    def __init__(
        self,
        *,
        checks: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        remediation: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''healthCheck allows to enable, disable and override control plane health check configuration from the ClusterClass for this control plane.

        :param checks: checks are the checks that are used to evaluate if a Machine is healthy. If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined, and as a consequence the checks and remediation fields from Cluster will be used instead of the corresponding fields in ClusterClass. Independent of this configuration the MachineHealthCheck controller will always flag Machines with ``cluster.x-k8s.io/remediate-machine`` annotation and Machines with deleted Nodes as unhealthy. Furthermore, if checks.nodeStartupTimeoutSeconds is not set it is defaulted to 10 minutes and evaluated accordingly.
        :param enabled: enabled controls if a MachineHealthCheck should be created for the target machines. If false: No MachineHealthCheck will be created. If not set(default): A MachineHealthCheck will be created if it is defined here or in the associated ClusterClass. If no MachineHealthCheck is defined then none will be created. If true: A MachineHealthCheck is guaranteed to be created. Cluster validation will block if ``enable`` is true and no MachineHealthCheck definition is available.
        :param remediation: remediation configures if and how remediations are triggered if a Machine is unhealthy. If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined, and as a consequence the checks and remediation fields from cluster will be used instead of the corresponding fields in ClusterClass. If an health check override is defined and remediation or remediation.triggerIf is not set, remediation will always be triggered for unhealthy Machines. If an health check override is defined and remediation or remediation.templateRef is not set, the OwnerRemediated condition will be set on unhealthy Machines to trigger remediation via the owner of the Machines, for example a MachineSet or a KubeadmControlPlane.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheck
        '''
        if isinstance(checks, dict):
            checks = ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks(**checks)
        if isinstance(remediation, dict):
            remediation = ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation(**remediation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1fa6b5773840bc6483b1cd8eaec8179696336412e8ba9cde9f566b217703075c)
            check_type(argname="argument checks", value=checks, expected_type=type_hints["checks"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument remediation", value=remediation, expected_type=type_hints["remediation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if checks is not None:
            self._values["checks"] = checks
        if enabled is not None:
            self._values["enabled"] = enabled
        if remediation is not None:
            self._values["remediation"] = remediation

    @builtins.property
    def checks(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks"]:
        '''checks are the checks that are used to evaluate if a Machine is healthy.

        If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined,
        and as a consequence the checks and remediation fields from Cluster will be used instead of the
        corresponding fields in ClusterClass.

        Independent of this configuration the MachineHealthCheck controller will always
        flag Machines with ``cluster.x-k8s.io/remediate-machine`` annotation and
        Machines with deleted Nodes as unhealthy.

        Furthermore, if checks.nodeStartupTimeoutSeconds is not set it
        is defaulted to 10 minutes and evaluated accordingly.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheck#checks
        '''
        result = self._values.get("checks")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''enabled controls if a MachineHealthCheck should be created for the target machines.

        If false: No MachineHealthCheck will be created.

        If not set(default): A MachineHealthCheck will be created if it is defined here or
        in the associated ClusterClass. If no MachineHealthCheck is defined then none will be created.

        If true: A MachineHealthCheck is guaranteed to be created. Cluster validation will
        block if ``enable`` is true and no MachineHealthCheck definition is available.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheck#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def remediation(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation"]:
        '''remediation configures if and how remediations are triggered if a Machine is unhealthy.

        If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined,
        and as a consequence the checks and remediation fields from cluster will be used instead of the
        corresponding fields in ClusterClass.

        If an health check override is defined and remediation or remediation.triggerIf is not set,
        remediation will always be triggered for unhealthy Machines.

        If an health check override is defined and remediation or remediation.templateRef is not set,
        the OwnerRemediated condition will be set on unhealthy Machines to trigger remediation via
        the owner of the Machines, for example a MachineSet or a KubeadmControlPlane.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheck#remediation
        '''
        result = self._values.get("remediation")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks",
    jsii_struct_bases=[],
    name_mapping={
        "node_startup_timeout_seconds": "nodeStartupTimeoutSeconds",
        "unhealthy_machine_conditions": "unhealthyMachineConditions",
        "unhealthy_node_conditions": "unhealthyNodeConditions",
    },
)
class ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks:
    def __init__(
        self,
        *,
        node_startup_timeout_seconds: typing.Optional[jsii.Number] = None,
        unhealthy_machine_conditions: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        unhealthy_node_conditions: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''checks are the checks that are used to evaluate if a Machine is healthy.

        If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined,
        and as a consequence the checks and remediation fields from Cluster will be used instead of the
        corresponding fields in ClusterClass.

        Independent of this configuration the MachineHealthCheck controller will always
        flag Machines with ``cluster.x-k8s.io/remediate-machine`` annotation and
        Machines with deleted Nodes as unhealthy.

        Furthermore, if checks.nodeStartupTimeoutSeconds is not set it
        is defaulted to 10 minutes and evaluated accordingly.

        :param node_startup_timeout_seconds: nodeStartupTimeoutSeconds allows to set the maximum time for MachineHealthCheck to consider a Machine unhealthy if a corresponding Node isn't associated through a ``Spec.ProviderID`` field. The duration set in this field is compared to the greatest of: - Cluster's infrastructure ready condition timestamp (if and when available) - Control Plane's initialized condition timestamp (if and when available) - Machine's infrastructure ready condition timestamp (if and when available) - Machine's metadata creation timestamp Defaults to 10 minutes. If you wish to disable this feature, set the value explicitly to 0. Default: 10 minutes.
        :param unhealthy_machine_conditions: unhealthyMachineConditions contains a list of the machine conditions that determine whether a machine is considered unhealthy. The conditions are combined in a logical OR, i.e. if any of the conditions is met, the machine is unhealthy.
        :param unhealthy_node_conditions: unhealthyNodeConditions contains a list of conditions that determine whether a node is considered unhealthy. The conditions are combined in a logical OR, i.e. if any of the conditions is met, the node is unhealthy.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ec7948149d746b94a04a6743e0305ec0a29bf0cf2c12cf77e6988f0e34b79503)
            check_type(argname="argument node_startup_timeout_seconds", value=node_startup_timeout_seconds, expected_type=type_hints["node_startup_timeout_seconds"])
            check_type(argname="argument unhealthy_machine_conditions", value=unhealthy_machine_conditions, expected_type=type_hints["unhealthy_machine_conditions"])
            check_type(argname="argument unhealthy_node_conditions", value=unhealthy_node_conditions, expected_type=type_hints["unhealthy_node_conditions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_startup_timeout_seconds is not None:
            self._values["node_startup_timeout_seconds"] = node_startup_timeout_seconds
        if unhealthy_machine_conditions is not None:
            self._values["unhealthy_machine_conditions"] = unhealthy_machine_conditions
        if unhealthy_node_conditions is not None:
            self._values["unhealthy_node_conditions"] = unhealthy_node_conditions

    @builtins.property
    def node_startup_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeStartupTimeoutSeconds allows to set the maximum time for MachineHealthCheck to consider a Machine unhealthy if a corresponding Node isn't associated through a ``Spec.ProviderID`` field.

        The duration set in this field is compared to the greatest of:

        - Cluster's infrastructure ready condition timestamp (if and when available)
        - Control Plane's initialized condition timestamp (if and when available)
        - Machine's infrastructure ready condition timestamp (if and when available)
        - Machine's metadata creation timestamp

        Defaults to 10 minutes.
        If you wish to disable this feature, set the value explicitly to 0.

        :default: 10 minutes.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks#nodeStartupTimeoutSeconds
        '''
        result = self._values.get("node_startup_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unhealthy_machine_conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions"]]:
        '''unhealthyMachineConditions contains a list of the machine conditions that determine whether a machine is considered unhealthy.

        The conditions are combined in a
        logical OR, i.e. if any of the conditions is met, the machine is unhealthy.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks#unhealthyMachineConditions
        '''
        result = self._values.get("unhealthy_machine_conditions")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions"]], result)

    @builtins.property
    def unhealthy_node_conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions"]]:
        '''unhealthyNodeConditions contains a list of conditions that determine whether a node is considered unhealthy.

        The conditions are combined in a
        logical OR, i.e. if any of the conditions is met, the node is unhealthy.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks#unhealthyNodeConditions
        '''
        result = self._values.get("unhealthy_node_conditions")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions",
    jsii_struct_bases=[],
    name_mapping={
        "status": "status",
        "timeout_seconds": "timeoutSeconds",
        "type": "type",
    },
)
class ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions:
    def __init__(
        self,
        *,
        status: "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditionsStatus",
        timeout_seconds: jsii.Number,
        type: builtins.str,
    ) -> None:
        '''UnhealthyMachineCondition represents a Machine condition type and value with a timeout specified as a duration.

        When the named condition has been in the given
        status for at least the timeout value, a machine is considered unhealthy.

        :param status: status of the condition, one of True, False, Unknown.
        :param timeout_seconds: timeoutSeconds is the duration that a machine must be in a given status for, after which the machine is considered unhealthy. For example, with a value of "3600", the machine must match the status for at least 1 hour before being considered unhealthy.
        :param type: type of Machine condition.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a8d1d14f5bca160cef2457eae9f7d5ef3edb74e591ab264ffed1871fa8224f05)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
            "timeout_seconds": timeout_seconds,
            "type": type,
        }

    @builtins.property
    def status(
        self,
    ) -> "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditionsStatus":
        '''status of the condition, one of True, False, Unknown.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditionsStatus", result)

    @builtins.property
    def timeout_seconds(self) -> jsii.Number:
        '''timeoutSeconds is the duration that a machine must be in a given status for, after which the machine is considered unhealthy.

        For example, with a value of "3600", the machine must match the status
        for at least 1 hour before being considered unhealthy.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        assert result is not None, "Required property 'timeout_seconds' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''type of Machine condition.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditionsStatus"
)
class ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditionsStatus(
    enum.Enum,
):
    '''status of the condition, one of True, False, Unknown.

    :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditionsStatus
    '''

    TRUE = "TRUE"
    '''True.'''
    FALSE = "FALSE"
    '''False.'''
    UNKNOWN = "UNKNOWN"
    '''Unknown.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions",
    jsii_struct_bases=[],
    name_mapping={
        "status": "status",
        "timeout_seconds": "timeoutSeconds",
        "type": "type",
    },
)
class ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions:
    def __init__(
        self,
        *,
        status: builtins.str,
        timeout_seconds: jsii.Number,
        type: builtins.str,
    ) -> None:
        '''UnhealthyNodeCondition represents a Node condition type and value with a timeout specified as a duration.

        When the named condition has been in the given
        status for at least the timeout value, a node is considered unhealthy.

        :param status: status of the condition, one of True, False, Unknown.
        :param timeout_seconds: timeoutSeconds is the duration that a node must be in a given status for, after which the node is considered unhealthy. For example, with a value of "3600", the node must match the status for at least 1 hour before being considered unhealthy.
        :param type: type of Node condition.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f8d77413832d1c4672e312c344b0a40e62acc947804791665596e311a6e5c3f4)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
            "timeout_seconds": timeout_seconds,
            "type": type,
        }

    @builtins.property
    def status(self) -> builtins.str:
        '''status of the condition, one of True, False, Unknown.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def timeout_seconds(self) -> jsii.Number:
        '''timeoutSeconds is the duration that a node must be in a given status for, after which the node is considered unhealthy.

        For example, with a value of "3600", the node must match the status
        for at least 1 hour before being considered unhealthy.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        assert result is not None, "Required property 'timeout_seconds' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''type of Node condition.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation",
    jsii_struct_bases=[],
    name_mapping={"template_ref": "templateRef", "trigger_if": "triggerIf"},
)
class ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation:
    def __init__(
        self,
        *,
        template_ref: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef", typing.Dict[builtins.str, typing.Any]]] = None,
        trigger_if: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''remediation configures if and how remediations are triggered if a Machine is unhealthy.

        If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined,
        and as a consequence the checks and remediation fields from cluster will be used instead of the
        corresponding fields in ClusterClass.

        If an health check override is defined and remediation or remediation.triggerIf is not set,
        remediation will always be triggered for unhealthy Machines.

        If an health check override is defined and remediation or remediation.templateRef is not set,
        the OwnerRemediated condition will be set on unhealthy Machines to trigger remediation via
        the owner of the Machines, for example a MachineSet or a KubeadmControlPlane.

        :param template_ref: templateRef is a reference to a remediation template provided by an infrastructure provider. This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.
        :param trigger_if: triggerIf configures if remediations are triggered. If this field is not set, remediations are always triggered.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation
        '''
        if isinstance(template_ref, dict):
            template_ref = ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef(**template_ref)
        if isinstance(trigger_if, dict):
            trigger_if = ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf(**trigger_if)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15a049090a7e9aac41e57ee8f82ddfcfda8cf5d8f4568ce7ad5c62959f0685d2)
            check_type(argname="argument template_ref", value=template_ref, expected_type=type_hints["template_ref"])
            check_type(argname="argument trigger_if", value=trigger_if, expected_type=type_hints["trigger_if"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if template_ref is not None:
            self._values["template_ref"] = template_ref
        if trigger_if is not None:
            self._values["trigger_if"] = trigger_if

    @builtins.property
    def template_ref(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef"]:
        '''templateRef is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller
        creates a new object from the template referenced and hands off remediation of the machine to
        a controller that lives outside of Cluster API.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation#templateRef
        '''
        result = self._values.get("template_ref")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef"], result)

    @builtins.property
    def trigger_if(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf"]:
        '''triggerIf configures if remediations are triggered.

        If this field is not set, remediations are always triggered.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation#triggerIf
        '''
        result = self._values.get("trigger_if")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "name": "name"},
)
class ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''templateRef is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller
        creates a new object from the template referenced and hands off remediation of the machine to
        a controller that lives outside of Cluster API.

        :param api_version: apiVersion of the remediation template. apiVersion must be fully qualified domain name followed by / and a version. NOTE: This field must be kept in sync with the APIVersion of the remediation template.
        :param kind: kind of the remediation template. kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.
        :param name: name of the remediation template. name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d17d23f72aede30e3ed35bde0c18675b5adcc444683b320ea3b1ac88c90722b)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''apiVersion of the remediation template.

        apiVersion must be fully qualified domain name followed by / and a version.
        NOTE: This field must be kept in sync with the APIVersion of the remediation template.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind of the remediation template.

        kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the remediation template.

        name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf",
    jsii_struct_bases=[],
    name_mapping={
        "unhealthy_in_range": "unhealthyInRange",
        "unhealthy_less_than_or_equal_to": "unhealthyLessThanOrEqualTo",
    },
)
class ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf:
    def __init__(
        self,
        *,
        unhealthy_in_range: typing.Optional[builtins.str] = None,
        unhealthy_less_than_or_equal_to: typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo"] = None,
    ) -> None:
        '''triggerIf configures if remediations are triggered.

        If this field is not set, remediations are always triggered.

        :param unhealthy_in_range: unhealthyInRange specifies that remediations are only triggered if the number of unhealthy Machines is in the configured range. Takes precedence over unhealthyLessThanOrEqualTo. Eg. "[3-5]" - This means that remediation will be allowed only when: (a) there are at least 3 unhealthy Machines (and) (b) there are at most 5 unhealthy Machines
        :param unhealthy_less_than_or_equal_to: unhealthyLessThanOrEqualTo specifies that remediations are only triggered if the number of unhealthy Machines is less than or equal to the configured value. unhealthyInRange takes precedence if set.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__092f3da26d4625a440c827bf64bced3323682198324e7d406e219a99915106f0)
            check_type(argname="argument unhealthy_in_range", value=unhealthy_in_range, expected_type=type_hints["unhealthy_in_range"])
            check_type(argname="argument unhealthy_less_than_or_equal_to", value=unhealthy_less_than_or_equal_to, expected_type=type_hints["unhealthy_less_than_or_equal_to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if unhealthy_in_range is not None:
            self._values["unhealthy_in_range"] = unhealthy_in_range
        if unhealthy_less_than_or_equal_to is not None:
            self._values["unhealthy_less_than_or_equal_to"] = unhealthy_less_than_or_equal_to

    @builtins.property
    def unhealthy_in_range(self) -> typing.Optional[builtins.str]:
        '''unhealthyInRange specifies that remediations are only triggered if the number of unhealthy Machines is in the configured range.

        Takes precedence over unhealthyLessThanOrEqualTo.
        Eg. "[3-5]" - This means that remediation will be allowed only when:
        (a) there are at least 3 unhealthy Machines (and)
        (b) there are at most 5 unhealthy Machines

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf#unhealthyInRange
        '''
        result = self._values.get("unhealthy_in_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unhealthy_less_than_or_equal_to(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo"]:
        '''unhealthyLessThanOrEqualTo specifies that remediations are only triggered if the number of unhealthy Machines is less than or equal to the configured value.

        unhealthyInRange takes precedence if set.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf#unhealthyLessThanOrEqualTo
        '''
        result = self._values.get("unhealthy_less_than_or_equal_to")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo",
):
    '''unhealthyLessThanOrEqualTo specifies that remediations are only triggered if the number of unhealthy Machines is less than or equal to the configured value.

    unhealthyInRange takes precedence if set.

    :schema: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__300a066c4a9dba7409a54590fd0b93fe715a0d56c8060194809d63d416b00bdb)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b9dab255571f8eaa9fdd008221e05b00114df999e299cc352c2db991a9c2bd6b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class ClusterV1Beta2SpecTopologyControlPlaneMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''metadata is the metadata applied to the ControlPlane and the Machines of the ControlPlane if the ControlPlaneTemplate referenced by the ClusterClass is machine based.

        If not, it
        is applied only to the ControlPlane.
        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :param annotations: annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations
        :param labels: labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterV1Beta2SpecTopologyControlPlaneMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5c48222bb0cf2c12a8eab69d261250f12a85d06828b9a1f3717d85c7008abd48)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not
        queryable and should be preserved when modifying objects.
        More info: http://kubernetes.io/docs/user-guide/annotations

        :schema: ClusterV1Beta2SpecTopologyControlPlaneMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers
        and services.
        More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterV1Beta2SpecTopologyControlPlaneMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneReadinessGates",
    jsii_struct_bases=[],
    name_mapping={"condition_type": "conditionType", "polarity": "polarity"},
)
class ClusterV1Beta2SpecTopologyControlPlaneReadinessGates:
    def __init__(
        self,
        *,
        condition_type: builtins.str,
        polarity: typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneReadinessGatesPolarity"] = None,
    ) -> None:
        '''MachineReadinessGate contains the type of a Machine condition to be used as a readiness gate.

        :param condition_type: conditionType refers to a condition with matching type in the Machine's condition list. If the conditions doesn't exist, it will be treated as unknown. Note: Both Cluster API conditions or conditions added by 3rd party controllers can be used as readiness gates.
        :param polarity: polarity of the conditionType specified in this readinessGate. Valid values are Positive, Negative and omitted. When omitted, the default behaviour will be Positive. A positive polarity means that the condition should report a true status under normal conditions. A negative polarity means that the condition should report a false status under normal conditions.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneReadinessGates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__adbc56aaa06a1172b15ee9faf3dc5b717905fe8d75770e1d67a3e38720772e53)
            check_type(argname="argument condition_type", value=condition_type, expected_type=type_hints["condition_type"])
            check_type(argname="argument polarity", value=polarity, expected_type=type_hints["polarity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "condition_type": condition_type,
        }
        if polarity is not None:
            self._values["polarity"] = polarity

    @builtins.property
    def condition_type(self) -> builtins.str:
        '''conditionType refers to a condition with matching type in the Machine's condition list.

        If the conditions doesn't exist, it will be treated as unknown.
        Note: Both Cluster API conditions or conditions added by 3rd party controllers can be used as readiness gates.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneReadinessGates#conditionType
        '''
        result = self._values.get("condition_type")
        assert result is not None, "Required property 'condition_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def polarity(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneReadinessGatesPolarity"]:
        '''polarity of the conditionType specified in this readinessGate.

        Valid values are Positive, Negative and omitted.
        When omitted, the default behaviour will be Positive.
        A positive polarity means that the condition should report a true status under normal conditions.
        A negative polarity means that the condition should report a false status under normal conditions.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneReadinessGates#polarity
        '''
        result = self._values.get("polarity")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyControlPlaneReadinessGatesPolarity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneReadinessGates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneReadinessGatesPolarity"
)
class ClusterV1Beta2SpecTopologyControlPlaneReadinessGatesPolarity(enum.Enum):
    '''polarity of the conditionType specified in this readinessGate.

    Valid values are Positive, Negative and omitted.
    When omitted, the default behaviour will be Positive.
    A positive polarity means that the condition should report a true status under normal conditions.
    A negative polarity means that the condition should report a false status under normal conditions.

    :schema: ClusterV1Beta2SpecTopologyControlPlaneReadinessGatesPolarity
    '''

    POSITIVE = "POSITIVE"
    '''Positive.'''
    NEGATIVE = "NEGATIVE"
    '''Negative.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneRollout",
    jsii_struct_bases=[],
    name_mapping={"after": "after"},
)
class ClusterV1Beta2SpecTopologyControlPlaneRollout:
    def __init__(self, *, after: typing.Optional[datetime.datetime] = None) -> None:
        '''rollout allows you to configure the behavior of rolling updates to the control plane.

        :param after: after is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the ControlPlane. Example: In the YAML the time can be specified in the RFC3339 format. To specify the rolloutAfter target as March 9, 2023, at 9 am UTC use "2023-03-09T09:00:00Z".

        :schema: ClusterV1Beta2SpecTopologyControlPlaneRollout
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c27d14bb35d58195687ae1b3c83d5a485f175aaabf485f0db18439194d83bc91)
            check_type(argname="argument after", value=after, expected_type=type_hints["after"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if after is not None:
            self._values["after"] = after

    @builtins.property
    def after(self) -> typing.Optional[datetime.datetime]:
        '''after is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the ControlPlane.

        Example: In the YAML the time can be specified in the RFC3339 format.
        To specify the rolloutAfter target as March 9, 2023, at 9 am UTC
        use "2023-03-09T09:00:00Z".

        :schema: ClusterV1Beta2SpecTopologyControlPlaneRollout#after
        '''
        result = self._values.get("after")
        return typing.cast(typing.Optional[datetime.datetime], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneRollout(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "propagation": "propagation",
        "value": "value",
    },
)
class ClusterV1Beta2SpecTopologyControlPlaneTaints:
    def __init__(
        self,
        *,
        effect: "ClusterV1Beta2SpecTopologyControlPlaneTaintsEffect",
        key: builtins.str,
        propagation: "ClusterV1Beta2SpecTopologyControlPlaneTaintsPropagation",
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MachineTaint defines a taint equivalent to corev1.Taint, but additionally having a propagation field.

        :param effect: effect is the effect for the taint. Valid values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: key is the taint key to be applied to a node. Must be a valid qualified name of maximum size 63 characters with an optional subdomain prefix of maximum size 253 characters, separated by a ``/``.
        :param propagation: propagation defines how this taint should be propagated to nodes. Valid values are 'Always' and 'OnInitialization'. Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation. OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.
        :param value: value is the taint value corresponding to the taint key. It must be a valid label value of maximum size 63 characters.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be66fcbe934b24b8a34a338ed01356b80072698193f6682f4f782f1fc8301915)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument propagation", value=propagation, expected_type=type_hints["propagation"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "effect": effect,
            "key": key,
            "propagation": propagation,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> "ClusterV1Beta2SpecTopologyControlPlaneTaintsEffect":
        '''effect is the effect for the taint.

        Valid values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyControlPlaneTaintsEffect", result)

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the taint key to be applied to a node.

        Must be a valid qualified name of maximum size 63 characters
        with an optional subdomain prefix of maximum size 253 characters,
        separated by a ``/``.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def propagation(self) -> "ClusterV1Beta2SpecTopologyControlPlaneTaintsPropagation":
        '''propagation defines how this taint should be propagated to nodes.

        Valid values are 'Always' and 'OnInitialization'.
        Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
        OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneTaints#propagation
        '''
        result = self._values.get("propagation")
        assert result is not None, "Required property 'propagation' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyControlPlaneTaintsPropagation", result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''value is the taint value corresponding to the taint key.

        It must be a valid label value of maximum size 63 characters.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneTaintsEffect"
)
class ClusterV1Beta2SpecTopologyControlPlaneTaintsEffect(enum.Enum):
    '''effect is the effect for the taint.

    Valid values are NoSchedule, PreferNoSchedule and NoExecute.

    :schema: ClusterV1Beta2SpecTopologyControlPlaneTaintsEffect
    '''

    NO_SCHEDULE = "NO_SCHEDULE"
    '''NoSchedule.'''
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    '''PreferNoSchedule.'''
    NO_EXECUTE = "NO_EXECUTE"
    '''NoExecute.'''


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneTaintsPropagation"
)
class ClusterV1Beta2SpecTopologyControlPlaneTaintsPropagation(enum.Enum):
    '''propagation defines how this taint should be propagated to nodes.

    Valid values are 'Always' and 'OnInitialization'.
    Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
    OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

    :schema: ClusterV1Beta2SpecTopologyControlPlaneTaintsPropagation
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_INITIALIZATION = "ON_INITIALIZATION"
    '''OnInitialization.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneVariables",
    jsii_struct_bases=[],
    name_mapping={"overrides": "overrides"},
)
class ClusterV1Beta2SpecTopologyControlPlaneVariables:
    def __init__(
        self,
        *,
        overrides: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''variables can be used to customize the ControlPlane through patches.

        :param overrides: overrides can be used to override Cluster level variables.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e672effee522b96dcbcd9240307ece2779bdfc1c33ee44735794105fd26b0830)
            check_type(argname="argument overrides", value=overrides, expected_type=type_hints["overrides"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if overrides is not None:
            self._values["overrides"] = overrides

    @builtins.property
    def overrides(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides"]]:
        '''overrides can be used to override Cluster level variables.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneVariables#overrides
        '''
        result = self._values.get("overrides")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides:
    def __init__(self, *, name: builtins.str, value: typing.Any) -> None:
        '''ClusterVariable can be used to customize the Cluster through patches.

        Each ClusterVariable is associated with a
        Variable definition in the ClusterClass ``status`` variables.

        :param name: name of the variable.
        :param value: value of the variable. Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8f28b062eb6eeaa6bd28ec3e7209e5466d78a8ee51f07c37452a24a7d64899b1)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the variable.

        :schema: ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Any:
        '''value of the variable.

        Note: the value will be validated against the schema of the corresponding ClusterClassVariable
        from the ClusterClass.
        Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a
        hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools,
        i.e. it is not possible to have no type field.
        Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyVariables",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterV1Beta2SpecTopologyVariables:
    def __init__(self, *, name: builtins.str, value: typing.Any) -> None:
        '''ClusterVariable can be used to customize the Cluster through patches.

        Each ClusterVariable is associated with a
        Variable definition in the ClusterClass ``status`` variables.

        :param name: name of the variable.
        :param value: value of the variable. Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterV1Beta2SpecTopologyVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__25de61580da8c082039b999e47b561536b447dd8f6c919856a27b2f19841b268)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the variable.

        :schema: ClusterV1Beta2SpecTopologyVariables#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Any:
        '''value of the variable.

        Note: the value will be validated against the schema of the corresponding ClusterClassVariable
        from the ClusterClass.
        Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a
        hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools,
        i.e. it is not possible to have no type field.
        Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterV1Beta2SpecTopologyVariables#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkers",
    jsii_struct_bases=[],
    name_mapping={
        "machine_deployments": "machineDeployments",
        "machine_pools": "machinePools",
    },
)
class ClusterV1Beta2SpecTopologyWorkers:
    def __init__(
        self,
        *,
        machine_deployments: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeployments", typing.Dict[builtins.str, typing.Any]]]] = None,
        machine_pools: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachinePools", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''workers encapsulates the different constructs that form the worker nodes for the cluster.

        :param machine_deployments: machineDeployments is a list of machine deployments in the cluster.
        :param machine_pools: machinePools is a list of machine pools in the cluster.

        :schema: ClusterV1Beta2SpecTopologyWorkers
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__26c27e67de8459d2b9362171ec2cd55bdf0a5985d5e3b6467b1024217976d766)
            check_type(argname="argument machine_deployments", value=machine_deployments, expected_type=type_hints["machine_deployments"])
            check_type(argname="argument machine_pools", value=machine_pools, expected_type=type_hints["machine_pools"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if machine_deployments is not None:
            self._values["machine_deployments"] = machine_deployments
        if machine_pools is not None:
            self._values["machine_pools"] = machine_pools

    @builtins.property
    def machine_deployments(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeployments"]]:
        '''machineDeployments is a list of machine deployments in the cluster.

        :schema: ClusterV1Beta2SpecTopologyWorkers#machineDeployments
        '''
        result = self._values.get("machine_deployments")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeployments"]], result)

    @builtins.property
    def machine_pools(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachinePools"]]:
        '''machinePools is a list of machine pools in the cluster.

        :schema: ClusterV1Beta2SpecTopologyWorkers#machinePools
        '''
        result = self._values.get("machine_pools")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachinePools"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeployments",
    jsii_struct_bases=[],
    name_mapping={
        "class_": "class",
        "name": "name",
        "deletion": "deletion",
        "failure_domain": "failureDomain",
        "health_check": "healthCheck",
        "metadata": "metadata",
        "min_ready_seconds": "minReadySeconds",
        "readiness_gates": "readinessGates",
        "replicas": "replicas",
        "rollout": "rollout",
        "taints": "taints",
        "variables": "variables",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeployments:
    def __init__(
        self,
        *,
        class_: builtins.str,
        name: builtins.str,
        deletion: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_domain: typing.Optional[builtins.str] = None,
        health_check: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck", typing.Dict[builtins.str, typing.Any]]] = None,
        metadata: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        readiness_gates: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates", typing.Dict[builtins.str, typing.Any]]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        rollout: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout", typing.Dict[builtins.str, typing.Any]]] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
        variables: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''MachineDeploymentTopology specifies the different parameters for a set of worker nodes in the topology.

        This set of nodes is managed by a MachineDeployment object whose lifecycle is managed by the Cluster controller.

        :param class_: class is the name of the MachineDeploymentClass used to create the set of worker nodes. This should match one of the deployment classes defined in the ClusterClass object mentioned in the ``Cluster.Spec.Class`` field.
        :param name: name is the unique identifier for this MachineDeploymentTopology. The value is used with other unique identifiers to create a MachineDeployment's Name (e.g. cluster's name, etc). In case the name is greater than the allowed maximum length, the values are hashed together.
        :param deletion: deletion contains configuration options for Machine deletion.
        :param failure_domain: failureDomain is the failure domain the machines will be created in. Must match a key in the FailureDomains map stored on the cluster object.
        :param health_check: healthCheck allows to enable, disable and override MachineDeployment health check configuration from the ClusterClass for this MachineDeployment.
        :param metadata: metadata is the metadata applied to the MachineDeployment and the machines of the MachineDeployment. At runtime this metadata is merged with the corresponding metadata from the ClusterClass.
        :param min_ready_seconds: minReadySeconds is the minimum number of seconds for which a newly created machine should be ready. Defaults to 0 (machine will be considered available as soon as it is ready) Default: 0 (machine will be considered available as soon as it
        :param readiness_gates: readinessGates specifies additional conditions to include when evaluating Machine Ready condition. This field can be used e.g. to instruct the machine controller to include in the computation for Machine's ready computation a condition, managed by an external controllers, reporting the status of special software/hardware installed on the Machine. If this field is not defined, readinessGates from the corresponding MachineDeploymentClass will be used, if any.
        :param replicas: replicas is the number of worker nodes belonging to this set. If the value is nil, the MachineDeployment is created without the number of Replicas (defaulting to 1) and it's assumed that an external entity (like cluster autoscaler) is responsible for the management of this value.
        :param rollout: rollout allows you to configure the behaviour of rolling updates to the MachineDeployment Machines. It allows you to define the strategy used during rolling replacements.
        :param taints: taints are the node taints that Cluster API will manage. This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes, e.g. the node controller might add the node.kubernetes.io/not-ready taint. Only those taints defined in this list will be added or removed by core Cluster API controllers. There can be at most 64 taints. A pod would have to tolerate all existing taints to run on the corresponding node. NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.
        :param variables: variables can be used to customize the MachineDeployment through patches.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments
        '''
        if isinstance(deletion, dict):
            deletion = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion(**deletion)
        if isinstance(health_check, dict):
            health_check = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck(**health_check)
        if isinstance(metadata, dict):
            metadata = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata(**metadata)
        if isinstance(rollout, dict):
            rollout = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout(**rollout)
        if isinstance(variables, dict):
            variables = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables(**variables)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5a1d36377893ded8953087b064c66b044c93ce98ce8c31d13287be21abc8704)
            check_type(argname="argument class_", value=class_, expected_type=type_hints["class_"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument deletion", value=deletion, expected_type=type_hints["deletion"])
            check_type(argname="argument failure_domain", value=failure_domain, expected_type=type_hints["failure_domain"])
            check_type(argname="argument health_check", value=health_check, expected_type=type_hints["health_check"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument readiness_gates", value=readiness_gates, expected_type=type_hints["readiness_gates"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument rollout", value=rollout, expected_type=type_hints["rollout"])
            check_type(argname="argument taints", value=taints, expected_type=type_hints["taints"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "class_": class_,
            "name": name,
        }
        if deletion is not None:
            self._values["deletion"] = deletion
        if failure_domain is not None:
            self._values["failure_domain"] = failure_domain
        if health_check is not None:
            self._values["health_check"] = health_check
        if metadata is not None:
            self._values["metadata"] = metadata
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if readiness_gates is not None:
            self._values["readiness_gates"] = readiness_gates
        if replicas is not None:
            self._values["replicas"] = replicas
        if rollout is not None:
            self._values["rollout"] = rollout
        if taints is not None:
            self._values["taints"] = taints
        if variables is not None:
            self._values["variables"] = variables

    @builtins.property
    def class_(self) -> builtins.str:
        '''class is the name of the MachineDeploymentClass used to create the set of worker nodes.

        This should match one of the deployment classes defined in the ClusterClass object
        mentioned in the ``Cluster.Spec.Class`` field.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#class
        '''
        result = self._values.get("class_")
        assert result is not None, "Required property 'class_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the unique identifier for this MachineDeploymentTopology.

        The value is used with other unique identifiers to create a MachineDeployment's Name
        (e.g. cluster's name, etc). In case the name is greater than the allowed maximum length,
        the values are hashed together.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def deletion(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion"]:
        '''deletion contains configuration options for Machine deletion.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#deletion
        '''
        result = self._values.get("deletion")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion"], result)

    @builtins.property
    def failure_domain(self) -> typing.Optional[builtins.str]:
        '''failureDomain is the failure domain the machines will be created in.

        Must match a key in the FailureDomains map stored on the cluster object.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#failureDomain
        '''
        result = self._values.get("failure_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def health_check(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck"]:
        '''healthCheck allows to enable, disable and override MachineDeployment health check configuration from the ClusterClass for this MachineDeployment.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#healthCheck
        '''
        result = self._values.get("health_check")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck"], result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata"]:
        '''metadata is the metadata applied to the MachineDeployment and the machines of the MachineDeployment.

        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata"], result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''minReadySeconds is the minimum number of seconds for which a newly created machine should be ready.

        Defaults to 0 (machine will be considered available as soon as it
        is ready)

        :default: 0 (machine will be considered available as soon as it

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def readiness_gates(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates"]]:
        '''readinessGates specifies additional conditions to include when evaluating Machine Ready condition.

        This field can be used e.g. to instruct the machine controller to include in the computation for Machine's ready
        computation a condition, managed by an external controllers, reporting the status of special software/hardware installed on the Machine.

        If this field is not defined, readinessGates from the corresponding MachineDeploymentClass will be used, if any.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#readinessGates
        '''
        result = self._values.get("readiness_gates")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates"]], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''replicas is the number of worker nodes belonging to this set.

        If the value is nil, the MachineDeployment is created without the number of Replicas (defaulting to 1)
        and it's assumed that an external entity (like cluster autoscaler) is responsible for the management
        of this value.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def rollout(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout"]:
        '''rollout allows you to configure the behaviour of rolling updates to the MachineDeployment Machines.

        It allows you to define the strategy used during rolling replacements.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#rollout
        '''
        result = self._values.get("rollout")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout"], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints"]]:
        '''taints are the node taints that Cluster API will manage.

        This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes,
        e.g. the node controller might add the node.kubernetes.io/not-ready taint.
        Only those taints defined in this list will be added or removed by core Cluster API controllers.

        There can be at most 64 taints.
        A pod would have to tolerate all existing taints to run on the corresponding node.

        NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints"]], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables"]:
        '''variables can be used to customize the MachineDeployment through patches.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeployments#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeployments(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion",
    jsii_struct_bases=[],
    name_mapping={
        "node_deletion_timeout_seconds": "nodeDeletionTimeoutSeconds",
        "node_drain_timeout_seconds": "nodeDrainTimeoutSeconds",
        "node_volume_detach_timeout_seconds": "nodeVolumeDetachTimeoutSeconds",
        "order": "order",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion:
    def __init__(
        self,
        *,
        node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
        order: typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletionOrder"] = None,
    ) -> None:
        '''deletion contains configuration options for Machine deletion.

        :param node_deletion_timeout_seconds: nodeDeletionTimeoutSeconds defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion. A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds. Default: 10 seconds.
        :param node_drain_timeout_seconds: nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a node. The default value is 0, meaning that the node can be drained without any time limitations. NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout_seconds: nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.
        :param order: order defines the order in which Machines are deleted when downscaling. Defaults to "Random". Valid values are "Random", "Newest", "Oldest" Default: Random". Valid values are "Random", "Newest", "Oldest"

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0a643d04dd29c846804bd1413d53fb4179675a2f39efa60db971c388452eb105)
            check_type(argname="argument node_deletion_timeout_seconds", value=node_deletion_timeout_seconds, expected_type=type_hints["node_deletion_timeout_seconds"])
            check_type(argname="argument node_drain_timeout_seconds", value=node_drain_timeout_seconds, expected_type=type_hints["node_drain_timeout_seconds"])
            check_type(argname="argument node_volume_detach_timeout_seconds", value=node_volume_detach_timeout_seconds, expected_type=type_hints["node_volume_detach_timeout_seconds"])
            check_type(argname="argument order", value=order, expected_type=type_hints["order"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_deletion_timeout_seconds is not None:
            self._values["node_deletion_timeout_seconds"] = node_deletion_timeout_seconds
        if node_drain_timeout_seconds is not None:
            self._values["node_drain_timeout_seconds"] = node_drain_timeout_seconds
        if node_volume_detach_timeout_seconds is not None:
            self._values["node_volume_detach_timeout_seconds"] = node_volume_detach_timeout_seconds
        if order is not None:
            self._values["order"] = order

    @builtins.property
    def node_deletion_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeDeletionTimeoutSeconds defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion.

        A duration of 0 will retry deletion indefinitely.
        Defaults to 10 seconds.

        :default: 10 seconds.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion#nodeDeletionTimeoutSeconds
        '''
        result = self._values.get("node_deletion_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_drain_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a node.

        The default value is 0, meaning that the node can be drained without any time limitations.
        NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion#nodeDrainTimeoutSeconds
        '''
        result = self._values.get("node_drain_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_volume_detach_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion#nodeVolumeDetachTimeoutSeconds
        '''
        result = self._values.get("node_volume_detach_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def order(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletionOrder"]:
        '''order defines the order in which Machines are deleted when downscaling.

        Defaults to "Random". Valid values are "Random", "Newest", "Oldest"

        :default: Random". Valid values are "Random", "Newest", "Oldest"

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion#order
        '''
        result = self._values.get("order")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletionOrder"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletionOrder"
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletionOrder(enum.Enum):
    '''order defines the order in which Machines are deleted when downscaling.

    Defaults to "Random". Valid values are "Random", "Newest", "Oldest"

    :default: Random". Valid values are "Random", "Newest", "Oldest"

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletionOrder
    '''

    RANDOM = "RANDOM"
    '''Random.'''
    NEWEST = "NEWEST"
    '''Newest.'''
    OLDEST = "OLDEST"
    '''Oldest.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck",
    jsii_struct_bases=[],
    name_mapping={
        "checks": "checks",
        "enabled": "enabled",
        "remediation": "remediation",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck:
    def __init__(
        self,
        *,
        checks: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks", typing.Dict[builtins.str, typing.Any]]] = None,
        enabled: typing.Optional[builtins.bool] = None,
        remediation: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''healthCheck allows to enable, disable and override MachineDeployment health check configuration from the ClusterClass for this MachineDeployment.

        :param checks: checks are the checks that are used to evaluate if a Machine is healthy. If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined, and as a consequence the checks and remediation fields from Cluster will be used instead of the corresponding fields in ClusterClass. Independent of this configuration the MachineHealthCheck controller will always flag Machines with ``cluster.x-k8s.io/remediate-machine`` annotation and Machines with deleted Nodes as unhealthy. Furthermore, if checks.nodeStartupTimeoutSeconds is not set it is defaulted to 10 minutes and evaluated accordingly.
        :param enabled: enabled controls if a MachineHealthCheck should be created for the target machines. If false: No MachineHealthCheck will be created. If not set(default): A MachineHealthCheck will be created if it is defined here or in the associated ClusterClass. If no MachineHealthCheck is defined then none will be created. If true: A MachineHealthCheck is guaranteed to be created. Cluster validation will block if ``enable`` is true and no MachineHealthCheck definition is available.
        :param remediation: remediation configures if and how remediations are triggered if a Machine is unhealthy. If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined, and as a consequence the checks and remediation fields from cluster will be used instead of the corresponding fields in ClusterClass. If an health check override is defined and remediation or remediation.triggerIf is not set, remediation will always be triggered for unhealthy Machines. If an health check override is defined and remediation or remediation.templateRef is not set, the OwnerRemediated condition will be set on unhealthy Machines to trigger remediation via the owner of the Machines, for example a MachineSet or a KubeadmControlPlane.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck
        '''
        if isinstance(checks, dict):
            checks = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks(**checks)
        if isinstance(remediation, dict):
            remediation = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation(**remediation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88c7904f1128f6a8edd3d842f7ad0ea03bf229d26b1ebb6439633966fb28b5d3)
            check_type(argname="argument checks", value=checks, expected_type=type_hints["checks"])
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument remediation", value=remediation, expected_type=type_hints["remediation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if checks is not None:
            self._values["checks"] = checks
        if enabled is not None:
            self._values["enabled"] = enabled
        if remediation is not None:
            self._values["remediation"] = remediation

    @builtins.property
    def checks(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks"]:
        '''checks are the checks that are used to evaluate if a Machine is healthy.

        If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined,
        and as a consequence the checks and remediation fields from Cluster will be used instead of the
        corresponding fields in ClusterClass.

        Independent of this configuration the MachineHealthCheck controller will always
        flag Machines with ``cluster.x-k8s.io/remediate-machine`` annotation and
        Machines with deleted Nodes as unhealthy.

        Furthermore, if checks.nodeStartupTimeoutSeconds is not set it
        is defaulted to 10 minutes and evaluated accordingly.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck#checks
        '''
        result = self._values.get("checks")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks"], result)

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''enabled controls if a MachineHealthCheck should be created for the target machines.

        If false: No MachineHealthCheck will be created.

        If not set(default): A MachineHealthCheck will be created if it is defined here or
        in the associated ClusterClass. If no MachineHealthCheck is defined then none will be created.

        If true: A MachineHealthCheck is guaranteed to be created. Cluster validation will
        block if ``enable`` is true and no MachineHealthCheck definition is available.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def remediation(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation"]:
        '''remediation configures if and how remediations are triggered if a Machine is unhealthy.

        If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined,
        and as a consequence the checks and remediation fields from cluster will be used instead of the
        corresponding fields in ClusterClass.

        If an health check override is defined and remediation or remediation.triggerIf is not set,
        remediation will always be triggered for unhealthy Machines.

        If an health check override is defined and remediation or remediation.templateRef is not set,
        the OwnerRemediated condition will be set on unhealthy Machines to trigger remediation via
        the owner of the Machines, for example a MachineSet or a KubeadmControlPlane.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck#remediation
        '''
        result = self._values.get("remediation")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks",
    jsii_struct_bases=[],
    name_mapping={
        "node_startup_timeout_seconds": "nodeStartupTimeoutSeconds",
        "unhealthy_machine_conditions": "unhealthyMachineConditions",
        "unhealthy_node_conditions": "unhealthyNodeConditions",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks:
    def __init__(
        self,
        *,
        node_startup_timeout_seconds: typing.Optional[jsii.Number] = None,
        unhealthy_machine_conditions: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        unhealthy_node_conditions: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''checks are the checks that are used to evaluate if a Machine is healthy.

        If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined,
        and as a consequence the checks and remediation fields from Cluster will be used instead of the
        corresponding fields in ClusterClass.

        Independent of this configuration the MachineHealthCheck controller will always
        flag Machines with ``cluster.x-k8s.io/remediate-machine`` annotation and
        Machines with deleted Nodes as unhealthy.

        Furthermore, if checks.nodeStartupTimeoutSeconds is not set it
        is defaulted to 10 minutes and evaluated accordingly.

        :param node_startup_timeout_seconds: nodeStartupTimeoutSeconds allows to set the maximum time for MachineHealthCheck to consider a Machine unhealthy if a corresponding Node isn't associated through a ``Spec.ProviderID`` field. The duration set in this field is compared to the greatest of: - Cluster's infrastructure ready condition timestamp (if and when available) - Control Plane's initialized condition timestamp (if and when available) - Machine's infrastructure ready condition timestamp (if and when available) - Machine's metadata creation timestamp Defaults to 10 minutes. If you wish to disable this feature, set the value explicitly to 0. Default: 10 minutes.
        :param unhealthy_machine_conditions: unhealthyMachineConditions contains a list of the machine conditions that determine whether a machine is considered unhealthy. The conditions are combined in a logical OR, i.e. if any of the conditions is met, the machine is unhealthy.
        :param unhealthy_node_conditions: unhealthyNodeConditions contains a list of conditions that determine whether a node is considered unhealthy. The conditions are combined in a logical OR, i.e. if any of the conditions is met, the node is unhealthy.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d4b6b5ae9eca181b4b5ad1217b2121c2d71705863c714e7cc964d2f8d3a66d2)
            check_type(argname="argument node_startup_timeout_seconds", value=node_startup_timeout_seconds, expected_type=type_hints["node_startup_timeout_seconds"])
            check_type(argname="argument unhealthy_machine_conditions", value=unhealthy_machine_conditions, expected_type=type_hints["unhealthy_machine_conditions"])
            check_type(argname="argument unhealthy_node_conditions", value=unhealthy_node_conditions, expected_type=type_hints["unhealthy_node_conditions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_startup_timeout_seconds is not None:
            self._values["node_startup_timeout_seconds"] = node_startup_timeout_seconds
        if unhealthy_machine_conditions is not None:
            self._values["unhealthy_machine_conditions"] = unhealthy_machine_conditions
        if unhealthy_node_conditions is not None:
            self._values["unhealthy_node_conditions"] = unhealthy_node_conditions

    @builtins.property
    def node_startup_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeStartupTimeoutSeconds allows to set the maximum time for MachineHealthCheck to consider a Machine unhealthy if a corresponding Node isn't associated through a ``Spec.ProviderID`` field.

        The duration set in this field is compared to the greatest of:

        - Cluster's infrastructure ready condition timestamp (if and when available)
        - Control Plane's initialized condition timestamp (if and when available)
        - Machine's infrastructure ready condition timestamp (if and when available)
        - Machine's metadata creation timestamp

        Defaults to 10 minutes.
        If you wish to disable this feature, set the value explicitly to 0.

        :default: 10 minutes.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks#nodeStartupTimeoutSeconds
        '''
        result = self._values.get("node_startup_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unhealthy_machine_conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions"]]:
        '''unhealthyMachineConditions contains a list of the machine conditions that determine whether a machine is considered unhealthy.

        The conditions are combined in a
        logical OR, i.e. if any of the conditions is met, the machine is unhealthy.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks#unhealthyMachineConditions
        '''
        result = self._values.get("unhealthy_machine_conditions")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions"]], result)

    @builtins.property
    def unhealthy_node_conditions(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions"]]:
        '''unhealthyNodeConditions contains a list of conditions that determine whether a node is considered unhealthy.

        The conditions are combined in a
        logical OR, i.e. if any of the conditions is met, the node is unhealthy.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks#unhealthyNodeConditions
        '''
        result = self._values.get("unhealthy_node_conditions")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions",
    jsii_struct_bases=[],
    name_mapping={
        "status": "status",
        "timeout_seconds": "timeoutSeconds",
        "type": "type",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions:
    def __init__(
        self,
        *,
        status: "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditionsStatus",
        timeout_seconds: jsii.Number,
        type: builtins.str,
    ) -> None:
        '''UnhealthyMachineCondition represents a Machine condition type and value with a timeout specified as a duration.

        When the named condition has been in the given
        status for at least the timeout value, a machine is considered unhealthy.

        :param status: status of the condition, one of True, False, Unknown.
        :param timeout_seconds: timeoutSeconds is the duration that a machine must be in a given status for, after which the machine is considered unhealthy. For example, with a value of "3600", the machine must match the status for at least 1 hour before being considered unhealthy.
        :param type: type of Machine condition.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b282fe223cda4280829c58cc9d57439aa72c9dd5c5ed46dd9572558b54e0fec)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
            "timeout_seconds": timeout_seconds,
            "type": type,
        }

    @builtins.property
    def status(
        self,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditionsStatus":
        '''status of the condition, one of True, False, Unknown.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditionsStatus", result)

    @builtins.property
    def timeout_seconds(self) -> jsii.Number:
        '''timeoutSeconds is the duration that a machine must be in a given status for, after which the machine is considered unhealthy.

        For example, with a value of "3600", the machine must match the status
        for at least 1 hour before being considered unhealthy.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        assert result is not None, "Required property 'timeout_seconds' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''type of Machine condition.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditionsStatus"
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditionsStatus(
    enum.Enum,
):
    '''status of the condition, one of True, False, Unknown.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditionsStatus
    '''

    TRUE = "TRUE"
    '''True.'''
    FALSE = "FALSE"
    '''False.'''
    UNKNOWN = "UNKNOWN"
    '''Unknown.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions",
    jsii_struct_bases=[],
    name_mapping={
        "status": "status",
        "timeout_seconds": "timeoutSeconds",
        "type": "type",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions:
    def __init__(
        self,
        *,
        status: builtins.str,
        timeout_seconds: jsii.Number,
        type: builtins.str,
    ) -> None:
        '''UnhealthyNodeCondition represents a Node condition type and value with a timeout specified as a duration.

        When the named condition has been in the given
        status for at least the timeout value, a node is considered unhealthy.

        :param status: status of the condition, one of True, False, Unknown.
        :param timeout_seconds: timeoutSeconds is the duration that a node must be in a given status for, after which the node is considered unhealthy. For example, with a value of "3600", the node must match the status for at least 1 hour before being considered unhealthy.
        :param type: type of Node condition.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b21bc5156c0091a45a6e59dbd735279703b39711d1b7e7f7ade8d07fe563b49d)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
            "timeout_seconds": timeout_seconds,
            "type": type,
        }

    @builtins.property
    def status(self) -> builtins.str:
        '''status of the condition, one of True, False, Unknown.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def timeout_seconds(self) -> jsii.Number:
        '''timeoutSeconds is the duration that a node must be in a given status for, after which the node is considered unhealthy.

        For example, with a value of "3600", the node must match the status
        for at least 1 hour before being considered unhealthy.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        assert result is not None, "Required property 'timeout_seconds' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''type of Node condition.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation",
    jsii_struct_bases=[],
    name_mapping={
        "max_in_flight": "maxInFlight",
        "template_ref": "templateRef",
        "trigger_if": "triggerIf",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation:
    def __init__(
        self,
        *,
        max_in_flight: typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight"] = None,
        template_ref: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef", typing.Dict[builtins.str, typing.Any]]] = None,
        trigger_if: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''remediation configures if and how remediations are triggered if a Machine is unhealthy.

        If one of checks and remediation fields are set, the system assumes that an healthCheck override is defined,
        and as a consequence the checks and remediation fields from cluster will be used instead of the
        corresponding fields in ClusterClass.

        If an health check override is defined and remediation or remediation.triggerIf is not set,
        remediation will always be triggered for unhealthy Machines.

        If an health check override is defined and remediation or remediation.templateRef is not set,
        the OwnerRemediated condition will be set on unhealthy Machines to trigger remediation via
        the owner of the Machines, for example a MachineSet or a KubeadmControlPlane.

        :param max_in_flight: maxInFlight determines how many in flight remediations should happen at the same time. Remediation only happens on the MachineSet with the most current revision, while older MachineSets (usually present during rollout operations) aren't allowed to remediate. Note: In general (independent of remediations), unhealthy machines are always prioritized during scale down operations over healthy ones. MaxInFlight can be set to a fixed number or a percentage. Example: when this is set to 20%, the MachineSet controller deletes at most 20% of the desired replicas. If not set, remediation is limited to all machines (bounded by replicas) under the active MachineSet's management.
        :param template_ref: templateRef is a reference to a remediation template provided by an infrastructure provider. This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.
        :param trigger_if: triggerIf configures if remediations are triggered. If this field is not set, remediations are always triggered.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation
        '''
        if isinstance(template_ref, dict):
            template_ref = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef(**template_ref)
        if isinstance(trigger_if, dict):
            trigger_if = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf(**trigger_if)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d6107698402017bd50a9c1443264b42daed9c6f1e2eec22c9669335d6a3ca5c)
            check_type(argname="argument max_in_flight", value=max_in_flight, expected_type=type_hints["max_in_flight"])
            check_type(argname="argument template_ref", value=template_ref, expected_type=type_hints["template_ref"])
            check_type(argname="argument trigger_if", value=trigger_if, expected_type=type_hints["trigger_if"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_in_flight is not None:
            self._values["max_in_flight"] = max_in_flight
        if template_ref is not None:
            self._values["template_ref"] = template_ref
        if trigger_if is not None:
            self._values["trigger_if"] = trigger_if

    @builtins.property
    def max_in_flight(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight"]:
        '''maxInFlight determines how many in flight remediations should happen at the same time.

        Remediation only happens on the MachineSet with the most current revision, while
        older MachineSets (usually present during rollout operations) aren't allowed to remediate.

        Note: In general (independent of remediations), unhealthy machines are always
        prioritized during scale down operations over healthy ones.

        MaxInFlight can be set to a fixed number or a percentage.
        Example: when this is set to 20%, the MachineSet controller deletes at most 20% of
        the desired replicas.

        If not set, remediation is limited to all machines (bounded by replicas)
        under the active MachineSet's management.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation#maxInFlight
        '''
        result = self._values.get("max_in_flight")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight"], result)

    @builtins.property
    def template_ref(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef"]:
        '''templateRef is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller
        creates a new object from the template referenced and hands off remediation of the machine to
        a controller that lives outside of Cluster API.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation#templateRef
        '''
        result = self._values.get("template_ref")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef"], result)

    @builtins.property
    def trigger_if(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf"]:
        '''triggerIf configures if remediations are triggered.

        If this field is not set, remediations are always triggered.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation#triggerIf
        '''
        result = self._values.get("trigger_if")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight",
):
    '''maxInFlight determines how many in flight remediations should happen at the same time.

    Remediation only happens on the MachineSet with the most current revision, while
    older MachineSets (usually present during rollout operations) aren't allowed to remediate.

    Note: In general (independent of remediations), unhealthy machines are always
    prioritized during scale down operations over healthy ones.

    MaxInFlight can be set to a fixed number or a percentage.
    Example: when this is set to 20%, the MachineSet controller deletes at most 20% of
    the desired replicas.

    If not set, remediation is limited to all machines (bounded by replicas)
    under the active MachineSet's management.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e4cde91b96a32573a32219bcb9f12427dce85e2bee92eb911374d552dc12b45)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c560a778377bd260ac16c5296e0c0409a20361299259809f42dd6f7fdde18e51)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "name": "name"},
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''templateRef is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller
        creates a new object from the template referenced and hands off remediation of the machine to
        a controller that lives outside of Cluster API.

        :param api_version: apiVersion of the remediation template. apiVersion must be fully qualified domain name followed by / and a version. NOTE: This field must be kept in sync with the APIVersion of the remediation template.
        :param kind: kind of the remediation template. kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.
        :param name: name of the remediation template. name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b92060e3b1a64321133cf740a28a7138a3c6556d47bdbe8bc378729ab1f22f87)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''apiVersion of the remediation template.

        apiVersion must be fully qualified domain name followed by / and a version.
        NOTE: This field must be kept in sync with the APIVersion of the remediation template.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind of the remediation template.

        kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the remediation template.

        name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf",
    jsii_struct_bases=[],
    name_mapping={
        "unhealthy_in_range": "unhealthyInRange",
        "unhealthy_less_than_or_equal_to": "unhealthyLessThanOrEqualTo",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf:
    def __init__(
        self,
        *,
        unhealthy_in_range: typing.Optional[builtins.str] = None,
        unhealthy_less_than_or_equal_to: typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo"] = None,
    ) -> None:
        '''triggerIf configures if remediations are triggered.

        If this field is not set, remediations are always triggered.

        :param unhealthy_in_range: unhealthyInRange specifies that remediations are only triggered if the number of unhealthy Machines is in the configured range. Takes precedence over unhealthyLessThanOrEqualTo. Eg. "[3-5]" - This means that remediation will be allowed only when: (a) there are at least 3 unhealthy Machines (and) (b) there are at most 5 unhealthy Machines
        :param unhealthy_less_than_or_equal_to: unhealthyLessThanOrEqualTo specifies that remediations are only triggered if the number of unhealthy Machines is less than or equal to the configured value. unhealthyInRange takes precedence if set.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1fa18ac2f6075ddc8144b8e03bbf689c8639b714af58db385e02830627d77ff6)
            check_type(argname="argument unhealthy_in_range", value=unhealthy_in_range, expected_type=type_hints["unhealthy_in_range"])
            check_type(argname="argument unhealthy_less_than_or_equal_to", value=unhealthy_less_than_or_equal_to, expected_type=type_hints["unhealthy_less_than_or_equal_to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if unhealthy_in_range is not None:
            self._values["unhealthy_in_range"] = unhealthy_in_range
        if unhealthy_less_than_or_equal_to is not None:
            self._values["unhealthy_less_than_or_equal_to"] = unhealthy_less_than_or_equal_to

    @builtins.property
    def unhealthy_in_range(self) -> typing.Optional[builtins.str]:
        '''unhealthyInRange specifies that remediations are only triggered if the number of unhealthy Machines is in the configured range.

        Takes precedence over unhealthyLessThanOrEqualTo.
        Eg. "[3-5]" - This means that remediation will be allowed only when:
        (a) there are at least 3 unhealthy Machines (and)
        (b) there are at most 5 unhealthy Machines

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf#unhealthyInRange
        '''
        result = self._values.get("unhealthy_in_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unhealthy_less_than_or_equal_to(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo"]:
        '''unhealthyLessThanOrEqualTo specifies that remediations are only triggered if the number of unhealthy Machines is less than or equal to the configured value.

        unhealthyInRange takes precedence if set.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf#unhealthyLessThanOrEqualTo
        '''
        result = self._values.get("unhealthy_less_than_or_equal_to")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo",
):
    '''unhealthyLessThanOrEqualTo specifies that remediations are only triggered if the number of unhealthy Machines is less than or equal to the configured value.

    unhealthyInRange takes precedence if set.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f9d2ebfda9bb6fac1fbf87d1b0766d41c85f9ab0acc3fd9bf62e4dfd57238ef)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8b4dd8bd5d509687542446861e26ca034631b77a51ff57cea79c7414e4d80d32)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''metadata is the metadata applied to the MachineDeployment and the machines of the MachineDeployment.

        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :param annotations: annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations
        :param labels: labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__320cd097bb041243732eef4194f6d12217f68a4ac267e69645ff0f3c05ab65ee)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not
        queryable and should be preserved when modifying objects.
        More info: http://kubernetes.io/docs/user-guide/annotations

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers
        and services.
        More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates",
    jsii_struct_bases=[],
    name_mapping={"condition_type": "conditionType", "polarity": "polarity"},
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates:
    def __init__(
        self,
        *,
        condition_type: builtins.str,
        polarity: typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGatesPolarity"] = None,
    ) -> None:
        '''MachineReadinessGate contains the type of a Machine condition to be used as a readiness gate.

        :param condition_type: conditionType refers to a condition with matching type in the Machine's condition list. If the conditions doesn't exist, it will be treated as unknown. Note: Both Cluster API conditions or conditions added by 3rd party controllers can be used as readiness gates.
        :param polarity: polarity of the conditionType specified in this readinessGate. Valid values are Positive, Negative and omitted. When omitted, the default behaviour will be Positive. A positive polarity means that the condition should report a true status under normal conditions. A negative polarity means that the condition should report a false status under normal conditions.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5b8d9c2ee61dfbb3465fb2aa59aabc0a1a8147070eca854c3ddce583786de721)
            check_type(argname="argument condition_type", value=condition_type, expected_type=type_hints["condition_type"])
            check_type(argname="argument polarity", value=polarity, expected_type=type_hints["polarity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "condition_type": condition_type,
        }
        if polarity is not None:
            self._values["polarity"] = polarity

    @builtins.property
    def condition_type(self) -> builtins.str:
        '''conditionType refers to a condition with matching type in the Machine's condition list.

        If the conditions doesn't exist, it will be treated as unknown.
        Note: Both Cluster API conditions or conditions added by 3rd party controllers can be used as readiness gates.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates#conditionType
        '''
        result = self._values.get("condition_type")
        assert result is not None, "Required property 'condition_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def polarity(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGatesPolarity"]:
        '''polarity of the conditionType specified in this readinessGate.

        Valid values are Positive, Negative and omitted.
        When omitted, the default behaviour will be Positive.
        A positive polarity means that the condition should report a true status under normal conditions.
        A negative polarity means that the condition should report a false status under normal conditions.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates#polarity
        '''
        result = self._values.get("polarity")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGatesPolarity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGatesPolarity"
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGatesPolarity(
    enum.Enum,
):
    '''polarity of the conditionType specified in this readinessGate.

    Valid values are Positive, Negative and omitted.
    When omitted, the default behaviour will be Positive.
    A positive polarity means that the condition should report a true status under normal conditions.
    A negative polarity means that the condition should report a false status under normal conditions.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGatesPolarity
    '''

    POSITIVE = "POSITIVE"
    '''Positive.'''
    NEGATIVE = "NEGATIVE"
    '''Negative.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout",
    jsii_struct_bases=[],
    name_mapping={"after": "after", "strategy": "strategy"},
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout:
    def __init__(
        self,
        *,
        after: typing.Optional[datetime.datetime] = None,
        strategy: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''rollout allows you to configure the behaviour of rolling updates to the MachineDeployment Machines.

        It allows you to define the strategy used during rolling replacements.

        :param after: after is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the MachineDeployment. Example: In the YAML the time can be specified in the RFC3339 format. To specify the rolloutAfter target as March 9, 2023, at 9 am UTC use "2023-03-09T09:00:00Z".
        :param strategy: strategy specifies how to roll out control plane Machines.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout
        '''
        if isinstance(strategy, dict):
            strategy = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy(**strategy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f6fbeb38385602ac1d8525482041c6ef4d2f79bc37060173a0a89c86a1b3ede8)
            check_type(argname="argument after", value=after, expected_type=type_hints["after"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if after is not None:
            self._values["after"] = after
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def after(self) -> typing.Optional[datetime.datetime]:
        '''after is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the MachineDeployment.

        Example: In the YAML the time can be specified in the RFC3339 format.
        To specify the rolloutAfter target as March 9, 2023, at 9 am UTC
        use "2023-03-09T09:00:00Z".

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout#after
        '''
        result = self._values.get("after")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def strategy(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy"]:
        '''strategy specifies how to roll out control plane Machines.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "rolling_update": "rollingUpdate"},
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy:
    def __init__(
        self,
        *,
        type: "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyType",
        rolling_update: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''strategy specifies how to roll out control plane Machines.

        :param type: type of rollout. Allowed values are RollingUpdate and OnDelete. Default is RollingUpdate. Default: RollingUpdate.
        :param rolling_update: rollingUpdate is the rolling update config params. Present only if type = RollingUpdate.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy
        '''
        if isinstance(rolling_update, dict):
            rolling_update = ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate(**rolling_update)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__99f1028cd1b8cbae2e3acd0cca480b5d8475e55b2ef82f3ee61657255cb58d3d)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument rolling_update", value=rolling_update, expected_type=type_hints["rolling_update"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if rolling_update is not None:
            self._values["rolling_update"] = rolling_update

    @builtins.property
    def type(
        self,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyType":
        '''type of rollout.

        Allowed values are RollingUpdate and OnDelete.
        Default is RollingUpdate.

        :default: RollingUpdate.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyType", result)

    @builtins.property
    def rolling_update(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate"]:
        '''rollingUpdate is the rolling update config params.

        Present only if
        type = RollingUpdate.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy#rollingUpdate
        '''
        result = self._values.get("rolling_update")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate",
    jsii_struct_bases=[],
    name_mapping={"max_surge": "maxSurge", "max_unavailable": "maxUnavailable"},
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate:
    def __init__(
        self,
        *,
        max_surge: typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge"] = None,
        max_unavailable: typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable"] = None,
    ) -> None:
        '''rollingUpdate is the rolling update config params.

        Present only if
        type = RollingUpdate.

        :param max_surge: maxSurge is the maximum number of machines that can be scheduled above the desired number of machines. Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines. Default: 1.
        :param max_unavailable: maxUnavailable is the maximum number of machines that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines. Default: 0.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d79cdf2eb97f4a6ce6a64ccf334df1d336e22c79ad44cfd6a5010ef7174ce04f)
            check_type(argname="argument max_surge", value=max_surge, expected_type=type_hints["max_surge"])
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_surge is not None:
            self._values["max_surge"] = max_surge
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable

    @builtins.property
    def max_surge(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge"]:
        '''maxSurge is the maximum number of machines that can be scheduled above the desired number of machines.

        Value can be an absolute number (ex: 5) or a percentage of
        desired machines (ex: 10%).
        This can not be 0 if MaxUnavailable is 0.
        Absolute number is calculated from percentage by rounding up.
        Defaults to 1.
        Example: when this is set to 30%, the new MachineSet can be scaled
        up immediately when the rolling update starts, such that the total
        number of old and new machines do not exceed 130% of desired
        machines. Once old machines have been killed, new MachineSet can
        be scaled up further, ensuring that total number of machines running
        at any time during the update is at most 130% of desired machines.

        :default: 1.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate#maxSurge
        '''
        result = self._values.get("max_surge")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge"], result)

    @builtins.property
    def max_unavailable(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable"]:
        '''maxUnavailable is the maximum number of machines that can be unavailable during the update.

        Value can be an absolute number (ex: 5) or a percentage of desired
        machines (ex: 10%).
        Absolute number is calculated from percentage by rounding down.
        This can not be 0 if MaxSurge is 0.
        Defaults to 0.
        Example: when this is set to 30%, the old MachineSet can be scaled
        down to 70% of desired machines immediately when the rolling update
        starts. Once new machines are ready, old MachineSet can be scaled
        down further, followed by scaling up the new MachineSet, ensuring
        that the total number of machines available at all times
        during the update is at least 70% of desired machines.

        :default: 0.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge",
):
    '''maxSurge is the maximum number of machines that can be scheduled above the desired number of machines.

    Value can be an absolute number (ex: 5) or a percentage of
    desired machines (ex: 10%).
    This can not be 0 if MaxUnavailable is 0.
    Absolute number is calculated from percentage by rounding up.
    Defaults to 1.
    Example: when this is set to 30%, the new MachineSet can be scaled
    up immediately when the rolling update starts, such that the total
    number of old and new machines do not exceed 130% of desired
    machines. Once old machines have been killed, new MachineSet can
    be scaled up further, ensuring that total number of machines running
    at any time during the update is at most 130% of desired machines.

    :default: 1.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__74dd2daa77cc25a29686ee39819ce5ba2887da72602be9f51bb1c18a99162bf0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__038b758d70211d6a92c557d0688539faa82f5508fd6b9c94f09d9a8ecfaa4883)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable",
):
    '''maxUnavailable is the maximum number of machines that can be unavailable during the update.

    Value can be an absolute number (ex: 5) or a percentage of desired
    machines (ex: 10%).
    Absolute number is calculated from percentage by rounding down.
    This can not be 0 if MaxSurge is 0.
    Defaults to 0.
    Example: when this is set to 30%, the old MachineSet can be scaled
    down to 70% of desired machines immediately when the rolling update
    starts. Once new machines are ready, old MachineSet can be scaled
    down further, followed by scaling up the new MachineSet, ensuring
    that the total number of machines available at all times
    during the update is at least 70% of desired machines.

    :default: 0.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e826a7a9b003eabb7d0e96de09c89d169b50abab2319309a2a17e3b6c0f0cdad)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1de141fe8e51e3f4b4718799a94157a33e1116feeda8683936ace5e2cd41d38c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyType"
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyType(enum.Enum):
    '''type of rollout.

    Allowed values are RollingUpdate and OnDelete.
    Default is RollingUpdate.

    :default: RollingUpdate.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyType
    '''

    ROLLING_UPDATE = "ROLLING_UPDATE"
    '''RollingUpdate.'''
    ON_DELETE = "ON_DELETE"
    '''OnDelete.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "propagation": "propagation",
        "value": "value",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints:
    def __init__(
        self,
        *,
        effect: "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsEffect",
        key: builtins.str,
        propagation: "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsPropagation",
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MachineTaint defines a taint equivalent to corev1.Taint, but additionally having a propagation field.

        :param effect: effect is the effect for the taint. Valid values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: key is the taint key to be applied to a node. Must be a valid qualified name of maximum size 63 characters with an optional subdomain prefix of maximum size 253 characters, separated by a ``/``.
        :param propagation: propagation defines how this taint should be propagated to nodes. Valid values are 'Always' and 'OnInitialization'. Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation. OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.
        :param value: value is the taint value corresponding to the taint key. It must be a valid label value of maximum size 63 characters.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e163ddc2de60b158671ccbd397404b39674913cd2f2cfa7682f357c9cc6a5e02)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument propagation", value=propagation, expected_type=type_hints["propagation"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "effect": effect,
            "key": key,
            "propagation": propagation,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(
        self,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsEffect":
        '''effect is the effect for the taint.

        Valid values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsEffect", result)

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the taint key to be applied to a node.

        Must be a valid qualified name of maximum size 63 characters
        with an optional subdomain prefix of maximum size 253 characters,
        separated by a ``/``.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def propagation(
        self,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsPropagation":
        '''propagation defines how this taint should be propagated to nodes.

        Valid values are 'Always' and 'OnInitialization'.
        Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
        OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints#propagation
        '''
        result = self._values.get("propagation")
        assert result is not None, "Required property 'propagation' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsPropagation", result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''value is the taint value corresponding to the taint key.

        It must be a valid label value of maximum size 63 characters.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsEffect"
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsEffect(enum.Enum):
    '''effect is the effect for the taint.

    Valid values are NoSchedule, PreferNoSchedule and NoExecute.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsEffect
    '''

    NO_SCHEDULE = "NO_SCHEDULE"
    '''NoSchedule.'''
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    '''PreferNoSchedule.'''
    NO_EXECUTE = "NO_EXECUTE"
    '''NoExecute.'''


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsPropagation"
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsPropagation(enum.Enum):
    '''propagation defines how this taint should be propagated to nodes.

    Valid values are 'Always' and 'OnInitialization'.
    Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
    OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsPropagation
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_INITIALIZATION = "ON_INITIALIZATION"
    '''OnInitialization.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables",
    jsii_struct_bases=[],
    name_mapping={"overrides": "overrides"},
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables:
    def __init__(
        self,
        *,
        overrides: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''variables can be used to customize the MachineDeployment through patches.

        :param overrides: overrides can be used to override Cluster level variables.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__041c8eb50b1cd88a8722431015db8057d7fc99826cdde5849973a9f921ab6de0)
            check_type(argname="argument overrides", value=overrides, expected_type=type_hints["overrides"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if overrides is not None:
            self._values["overrides"] = overrides

    @builtins.property
    def overrides(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides"]]:
        '''overrides can be used to override Cluster level variables.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables#overrides
        '''
        result = self._values.get("overrides")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides:
    def __init__(self, *, name: builtins.str, value: typing.Any) -> None:
        '''ClusterVariable can be used to customize the Cluster through patches.

        Each ClusterVariable is associated with a
        Variable definition in the ClusterClass ``status`` variables.

        :param name: name of the variable.
        :param value: value of the variable. Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4686cfd189dd2b7b046db23feafd7d9cb6ea5b50cb05e9bdefdc027fd6b3a26)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the variable.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Any:
        '''value of the variable.

        Note: the value will be validated against the schema of the corresponding ClusterClassVariable
        from the ClusterClass.
        Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a
        hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools,
        i.e. it is not possible to have no type field.
        Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachinePools",
    jsii_struct_bases=[],
    name_mapping={
        "class_": "class",
        "name": "name",
        "deletion": "deletion",
        "failure_domains": "failureDomains",
        "metadata": "metadata",
        "min_ready_seconds": "minReadySeconds",
        "replicas": "replicas",
        "taints": "taints",
        "variables": "variables",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachinePools:
    def __init__(
        self,
        *,
        class_: builtins.str,
        name: builtins.str,
        deletion: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_domains: typing.Optional[typing.Sequence[builtins.str]] = None,
        metadata: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        replicas: typing.Optional[jsii.Number] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
        variables: typing.Optional[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''MachinePoolTopology specifies the different parameters for a pool of worker nodes in the topology.

        This pool of nodes is managed by a MachinePool object whose lifecycle is managed by the Cluster controller.

        :param class_: class is the name of the MachinePoolClass used to create the pool of worker nodes. This should match one of the deployment classes defined in the ClusterClass object mentioned in the ``Cluster.Spec.Class`` field.
        :param name: name is the unique identifier for this MachinePoolTopology. The value is used with other unique identifiers to create a MachinePool's Name (e.g. cluster's name, etc). In case the name is greater than the allowed maximum length, the values are hashed together.
        :param deletion: deletion contains configuration options for Machine deletion.
        :param failure_domains: failureDomains is the list of failure domains the machine pool will be created in. Must match a key in the FailureDomains map stored on the cluster object.
        :param metadata: metadata is the metadata applied to the MachinePool. At runtime this metadata is merged with the corresponding metadata from the ClusterClass.
        :param min_ready_seconds: minReadySeconds is the minimum number of seconds for which a newly created machine pool should be ready. Defaults to 0 (machine will be considered available as soon as it is ready) Default: 0 (machine will be considered available as soon as it
        :param replicas: replicas is the number of nodes belonging to this pool. If the value is nil, the MachinePool is created without the number of Replicas (defaulting to 1) and it's assumed that an external entity (like cluster autoscaler) is responsible for the management of this value.
        :param taints: taints are the node taints that Cluster API will manage. This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes, e.g. the node controller might add the node.kubernetes.io/not-ready taint. Only those taints defined in this list will be added or removed by core Cluster API controllers. There can be at most 64 taints. A pod would have to tolerate all existing taints to run on the corresponding node. NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.
        :param variables: variables can be used to customize the MachinePool through patches.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools
        '''
        if isinstance(deletion, dict):
            deletion = ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion(**deletion)
        if isinstance(metadata, dict):
            metadata = ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata(**metadata)
        if isinstance(variables, dict):
            variables = ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables(**variables)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c700202c19e5ae8249a26c2e62016ff62d82fa32774ada1cf9f644efa8f74f18)
            check_type(argname="argument class_", value=class_, expected_type=type_hints["class_"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument deletion", value=deletion, expected_type=type_hints["deletion"])
            check_type(argname="argument failure_domains", value=failure_domains, expected_type=type_hints["failure_domains"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument taints", value=taints, expected_type=type_hints["taints"])
            check_type(argname="argument variables", value=variables, expected_type=type_hints["variables"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "class_": class_,
            "name": name,
        }
        if deletion is not None:
            self._values["deletion"] = deletion
        if failure_domains is not None:
            self._values["failure_domains"] = failure_domains
        if metadata is not None:
            self._values["metadata"] = metadata
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if replicas is not None:
            self._values["replicas"] = replicas
        if taints is not None:
            self._values["taints"] = taints
        if variables is not None:
            self._values["variables"] = variables

    @builtins.property
    def class_(self) -> builtins.str:
        '''class is the name of the MachinePoolClass used to create the pool of worker nodes.

        This should match one of the deployment classes defined in the ClusterClass object
        mentioned in the ``Cluster.Spec.Class`` field.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools#class
        '''
        result = self._values.get("class_")
        assert result is not None, "Required property 'class_' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the unique identifier for this MachinePoolTopology.

        The value is used with other unique identifiers to create a MachinePool's Name
        (e.g. cluster's name, etc). In case the name is greater than the allowed maximum length,
        the values are hashed together.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def deletion(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion"]:
        '''deletion contains configuration options for Machine deletion.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools#deletion
        '''
        result = self._values.get("deletion")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion"], result)

    @builtins.property
    def failure_domains(self) -> typing.Optional[typing.List[builtins.str]]:
        '''failureDomains is the list of failure domains the machine pool will be created in.

        Must match a key in the FailureDomains map stored on the cluster object.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools#failureDomains
        '''
        result = self._values.get("failure_domains")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata"]:
        '''metadata is the metadata applied to the MachinePool.

        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata"], result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''minReadySeconds is the minimum number of seconds for which a newly created machine pool should be ready.

        Defaults to 0 (machine will be considered available as soon as it
        is ready)

        :default: 0 (machine will be considered available as soon as it

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''replicas is the number of nodes belonging to this pool.

        If the value is nil, the MachinePool is created without the number of Replicas (defaulting to 1)
        and it's assumed that an external entity (like cluster autoscaler) is responsible for the management
        of this value.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints"]]:
        '''taints are the node taints that Cluster API will manage.

        This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes,
        e.g. the node controller might add the node.kubernetes.io/not-ready taint.
        Only those taints defined in this list will be added or removed by core Cluster API controllers.

        There can be at most 64 taints.
        A pod would have to tolerate all existing taints to run on the corresponding node.

        NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints"]], result)

    @builtins.property
    def variables(
        self,
    ) -> typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables"]:
        '''variables can be used to customize the MachinePool through patches.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePools#variables
        '''
        result = self._values.get("variables")
        return typing.cast(typing.Optional["ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachinePools(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion",
    jsii_struct_bases=[],
    name_mapping={
        "node_deletion_timeout_seconds": "nodeDeletionTimeoutSeconds",
        "node_drain_timeout_seconds": "nodeDrainTimeoutSeconds",
        "node_volume_detach_timeout_seconds": "nodeVolumeDetachTimeoutSeconds",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion:
    def __init__(
        self,
        *,
        node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''deletion contains configuration options for Machine deletion.

        :param node_deletion_timeout_seconds: nodeDeletionTimeoutSeconds defines how long the controller will attempt to delete the Node that the MachinePool hosts after the MachinePool is marked for deletion. A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds. Default: 10 seconds.
        :param node_drain_timeout_seconds: nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a node. The default value is 0, meaning that the node can be drained without any time limitations. NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout_seconds: nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5e8b189669362c6c0819b7d09fb960553a5b75f3a454062fbb12e4a97daf3519)
            check_type(argname="argument node_deletion_timeout_seconds", value=node_deletion_timeout_seconds, expected_type=type_hints["node_deletion_timeout_seconds"])
            check_type(argname="argument node_drain_timeout_seconds", value=node_drain_timeout_seconds, expected_type=type_hints["node_drain_timeout_seconds"])
            check_type(argname="argument node_volume_detach_timeout_seconds", value=node_volume_detach_timeout_seconds, expected_type=type_hints["node_volume_detach_timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_deletion_timeout_seconds is not None:
            self._values["node_deletion_timeout_seconds"] = node_deletion_timeout_seconds
        if node_drain_timeout_seconds is not None:
            self._values["node_drain_timeout_seconds"] = node_drain_timeout_seconds
        if node_volume_detach_timeout_seconds is not None:
            self._values["node_volume_detach_timeout_seconds"] = node_volume_detach_timeout_seconds

    @builtins.property
    def node_deletion_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeDeletionTimeoutSeconds defines how long the controller will attempt to delete the Node that the MachinePool hosts after the MachinePool is marked for deletion.

        A duration of 0 will retry deletion indefinitely.
        Defaults to 10 seconds.

        :default: 10 seconds.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion#nodeDeletionTimeoutSeconds
        '''
        result = self._values.get("node_deletion_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_drain_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a node.

        The default value is 0, meaning that the node can be drained without any time limitations.
        NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion#nodeDrainTimeoutSeconds
        '''
        result = self._values.get("node_drain_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_volume_detach_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion#nodeVolumeDetachTimeoutSeconds
        '''
        result = self._values.get("node_volume_detach_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''metadata is the metadata applied to the MachinePool.

        At runtime this metadata is merged with the corresponding metadata from the ClusterClass.

        :param annotations: annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations
        :param labels: labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fbe24f1cf4defb83a353513160764f01afcc44b4a5fc7d1984c40ac1ce68112f)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not
        queryable and should be preserved when modifying objects.
        More info: http://kubernetes.io/docs/user-guide/annotations

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers
        and services.
        More info: http://kubernetes.io/docs/user-guide/labels

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "propagation": "propagation",
        "value": "value",
    },
)
class ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints:
    def __init__(
        self,
        *,
        effect: "ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsEffect",
        key: builtins.str,
        propagation: "ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsPropagation",
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MachineTaint defines a taint equivalent to corev1.Taint, but additionally having a propagation field.

        :param effect: effect is the effect for the taint. Valid values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: key is the taint key to be applied to a node. Must be a valid qualified name of maximum size 63 characters with an optional subdomain prefix of maximum size 253 characters, separated by a ``/``.
        :param propagation: propagation defines how this taint should be propagated to nodes. Valid values are 'Always' and 'OnInitialization'. Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation. OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.
        :param value: value is the taint value corresponding to the taint key. It must be a valid label value of maximum size 63 characters.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__40c3f0feb07f3e128971a1071c88dcd1a1befcfe90f4e23299fd39195e1f0bff)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument propagation", value=propagation, expected_type=type_hints["propagation"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "effect": effect,
            "key": key,
            "propagation": propagation,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> "ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsEffect":
        '''effect is the effect for the taint.

        Valid values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsEffect", result)

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the taint key to be applied to a node.

        Must be a valid qualified name of maximum size 63 characters
        with an optional subdomain prefix of maximum size 253 characters,
        separated by a ``/``.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def propagation(
        self,
    ) -> "ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsPropagation":
        '''propagation defines how this taint should be propagated to nodes.

        Valid values are 'Always' and 'OnInitialization'.
        Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
        OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints#propagation
        '''
        result = self._values.get("propagation")
        assert result is not None, "Required property 'propagation' is missing"
        return typing.cast("ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsPropagation", result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''value is the taint value corresponding to the taint key.

        It must be a valid label value of maximum size 63 characters.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsEffect"
)
class ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsEffect(enum.Enum):
    '''effect is the effect for the taint.

    Valid values are NoSchedule, PreferNoSchedule and NoExecute.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsEffect
    '''

    NO_SCHEDULE = "NO_SCHEDULE"
    '''NoSchedule.'''
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    '''PreferNoSchedule.'''
    NO_EXECUTE = "NO_EXECUTE"
    '''NoExecute.'''


@jsii.enum(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsPropagation"
)
class ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsPropagation(enum.Enum):
    '''propagation defines how this taint should be propagated to nodes.

    Valid values are 'Always' and 'OnInitialization'.
    Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
    OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

    :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsPropagation
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_INITIALIZATION = "ON_INITIALIZATION"
    '''OnInitialization.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables",
    jsii_struct_bases=[],
    name_mapping={"overrides": "overrides"},
)
class ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables:
    def __init__(
        self,
        *,
        overrides: typing.Optional[typing.Sequence[typing.Union["ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''variables can be used to customize the MachinePool through patches.

        :param overrides: overrides can be used to override Cluster level variables.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5964ae41ffc796e0daa72740b7c27ae48d607a1eedc565f03601e70a6dbf6b40)
            check_type(argname="argument overrides", value=overrides, expected_type=type_hints["overrides"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if overrides is not None:
            self._values["overrides"] = overrides

    @builtins.property
    def overrides(
        self,
    ) -> typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides"]]:
        '''overrides can be used to override Cluster level variables.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables#overrides
        '''
        result = self._values.get("overrides")
        return typing.cast(typing.Optional[typing.List["ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides:
    def __init__(self, *, name: builtins.str, value: typing.Any) -> None:
        '''ClusterVariable can be used to customize the Cluster through patches.

        Each ClusterVariable is associated with a
        Variable definition in the ClusterClass ``status`` variables.

        :param name: name of the variable.
        :param value: value of the variable. Note: the value will be validated against the schema of the corresponding ClusterClassVariable from the ClusterClass. Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools, i.e. it is not possible to have no type field. Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f35552de07aeac06b009333e3ea69d0cb7f8024fac5150b283a008364202b35d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the variable.

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Any:
        '''value of the variable.

        Note: the value will be validated against the schema of the corresponding ClusterClassVariable
        from the ClusterClass.
        Note: We have to use apiextensionsv1.JSON instead of a custom JSON type, because controller-tools has a
        hard-coded schema for apiextensionsv1.JSON which cannot be produced by another type via controller-tools,
        i.e. it is not possible to have no type field.
        Ref: https://github.com/kubernetes-sigs/controller-tools/blob/d0e03a142d0ecdd5491593e941ee1d6b5d91dba6/pkg/crd/known_types.go#L106-L111

        :schema: ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(typing.Any, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachineDeployment(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineDeployment",
):
    '''MachineDeployment is the Schema for the machinedeployments API.

    :schema: MachineDeployment
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MachineDeploymentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "MachineDeployment" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: MachineDeploymentSpec defines the desired state of MachineDeployment.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7a3ad714d722e13850fd259e14ffb206435321712ea100bb14378ec0f5baf3f)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MachineDeploymentProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MachineDeploymentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "MachineDeployment".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: MachineDeploymentSpec defines the desired state of MachineDeployment.
        '''
        props = MachineDeploymentProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "MachineDeployment".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MachineDeploymentProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MachineDeploymentSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''MachineDeployment is the Schema for the machinedeployments API.

        :param metadata: 
        :param spec: MachineDeploymentSpec defines the desired state of MachineDeployment.

        :schema: MachineDeployment
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = MachineDeploymentSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ecb6cb49a11b78d0e007642f268fa00e5a7cbc82b244b71046f0700495832204)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: MachineDeployment#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["MachineDeploymentSpec"]:
        '''MachineDeploymentSpec defines the desired state of MachineDeployment.

        :schema: MachineDeployment#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["MachineDeploymentSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_name": "clusterName",
        "selector": "selector",
        "template": "template",
        "min_ready_seconds": "minReadySeconds",
        "paused": "paused",
        "progress_deadline_seconds": "progressDeadlineSeconds",
        "replicas": "replicas",
        "revision_history_limit": "revisionHistoryLimit",
        "rollout_after": "rolloutAfter",
        "strategy": "strategy",
    },
)
class MachineDeploymentSpec:
    def __init__(
        self,
        *,
        cluster_name: builtins.str,
        selector: typing.Union["MachineDeploymentSpecSelector", typing.Dict[builtins.str, typing.Any]],
        template: typing.Union["MachineDeploymentSpecTemplate", typing.Dict[builtins.str, typing.Any]],
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        paused: typing.Optional[builtins.bool] = None,
        progress_deadline_seconds: typing.Optional[jsii.Number] = None,
        replicas: typing.Optional[jsii.Number] = None,
        revision_history_limit: typing.Optional[jsii.Number] = None,
        rollout_after: typing.Optional[datetime.datetime] = None,
        strategy: typing.Optional[typing.Union["MachineDeploymentSpecStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''MachineDeploymentSpec defines the desired state of MachineDeployment.

        :param cluster_name: ClusterName is the name of the Cluster this object belongs to.
        :param selector: Label selector for machines. Existing MachineSets whose machines are selected by this will be the ones affected by this deployment. It must match the machine template's labels.
        :param template: Template describes the machines that will be created.
        :param min_ready_seconds: MinReadySeconds is the minimum number of seconds for which a Node for a newly created machine should be ready before considering the replica available. Defaults to 0 (machine will be considered available as soon as the Node is ready) Default: 0 (machine will be considered available as soon as the Node is ready)
        :param paused: Indicates that the deployment is paused.
        :param progress_deadline_seconds: The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s. Default: 600s.
        :param replicas: Number of desired machines. This is a pointer to distinguish between explicit zero and not specified. Defaults to: * if the Kubernetes autoscaler min size and max size annotations are set: - if it's a new MachineDeployment, use min size - if the replicas field of the old MachineDeployment is < min size, use min size - if the replicas field of the old MachineDeployment is > max size, use max size - if the replicas field of the old MachineDeployment is in the (min size, max size) range, keep the value from the oldMD * otherwise use 1 Note: Defaulting will be run whenever the replicas field is not set: * A new MachineDeployment is created with replicas not set. * On an existing MachineDeployment the replicas field was first set and is now unset. Those cases are especially relevant for the following Kubernetes autoscaler use cases: * A new MachineDeployment is created and replicas should be managed by the autoscaler * An existing MachineDeployment which initially wasn't controlled by the autoscaler should be later controlled by the autoscaler Default: if the Kubernetes autoscaler min size and max size annotations are set: - if it's a new MachineDeployment, use min size - if the replicas field of the old MachineDeployment is < min size, use min size - if the replicas field of the old MachineDeployment is > max size, use max size - if the replicas field of the old MachineDeployment is in the (min size, max size) range, keep the value from the oldMD * otherwise use 1 Note: Defaulting will be run whenever the replicas field is not set: * A new MachineDeployment is created with replicas not set. * On an existing MachineDeployment the replicas field was first set and is now unset. Those cases are especially relevant for the following Kubernetes autoscaler use cases: * A new MachineDeployment is created and replicas should be managed by the autoscaler * An existing MachineDeployment which initially wasn't controlled by the autoscaler should be later controlled by the autoscaler
        :param revision_history_limit: The number of old MachineSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1. Default: 1.
        :param rollout_after: RolloutAfter is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the MachineDeployment. Example: In the YAML the time can be specified in the RFC3339 format. To specify the rolloutAfter target as March 9, 2023, at 9 am UTC use "2023-03-09T09:00:00Z".
        :param strategy: The deployment strategy to use to replace existing machines with new ones.

        :schema: MachineDeploymentSpec
        '''
        if isinstance(selector, dict):
            selector = MachineDeploymentSpecSelector(**selector)
        if isinstance(template, dict):
            template = MachineDeploymentSpecTemplate(**template)
        if isinstance(strategy, dict):
            strategy = MachineDeploymentSpecStrategy(**strategy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__43ca88fe03b48cd9bf4eae664b009db65ba07ac49b9b65c57eed78d5d60444f9)
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument paused", value=paused, expected_type=type_hints["paused"])
            check_type(argname="argument progress_deadline_seconds", value=progress_deadline_seconds, expected_type=type_hints["progress_deadline_seconds"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument revision_history_limit", value=revision_history_limit, expected_type=type_hints["revision_history_limit"])
            check_type(argname="argument rollout_after", value=rollout_after, expected_type=type_hints["rollout_after"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_name": cluster_name,
            "selector": selector,
            "template": template,
        }
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if paused is not None:
            self._values["paused"] = paused
        if progress_deadline_seconds is not None:
            self._values["progress_deadline_seconds"] = progress_deadline_seconds
        if replicas is not None:
            self._values["replicas"] = replicas
        if revision_history_limit is not None:
            self._values["revision_history_limit"] = revision_history_limit
        if rollout_after is not None:
            self._values["rollout_after"] = rollout_after
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def cluster_name(self) -> builtins.str:
        '''ClusterName is the name of the Cluster this object belongs to.

        :schema: MachineDeploymentSpec#clusterName
        '''
        result = self._values.get("cluster_name")
        assert result is not None, "Required property 'cluster_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def selector(self) -> "MachineDeploymentSpecSelector":
        '''Label selector for machines.

        Existing MachineSets whose machines are selected by this will be the ones affected by this deployment. It must match the machine template's labels.

        :schema: MachineDeploymentSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("MachineDeploymentSpecSelector", result)

    @builtins.property
    def template(self) -> "MachineDeploymentSpecTemplate":
        '''Template describes the machines that will be created.

        :schema: MachineDeploymentSpec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast("MachineDeploymentSpecTemplate", result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''MinReadySeconds is the minimum number of seconds for which a Node for a newly created machine should be ready before considering the replica available.

        Defaults to 0 (machine will be considered available as soon as the Node is ready)

        :default: 0 (machine will be considered available as soon as the Node is ready)

        :schema: MachineDeploymentSpec#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def paused(self) -> typing.Optional[builtins.bool]:
        '''Indicates that the deployment is paused.

        :schema: MachineDeploymentSpec#paused
        '''
        result = self._values.get("paused")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def progress_deadline_seconds(self) -> typing.Optional[jsii.Number]:
        '''The maximum time in seconds for a deployment to make progress before it is considered to be failed.

        The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.

        :default: 600s.

        :schema: MachineDeploymentSpec#progressDeadlineSeconds
        '''
        result = self._values.get("progress_deadline_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''Number of desired machines.

        This is a pointer to distinguish between explicit zero and not specified.
        Defaults to: * if the Kubernetes autoscaler min size and max size annotations are set: - if it's a new MachineDeployment, use min size - if the replicas field of the old MachineDeployment is < min size, use min size - if the replicas field of the old MachineDeployment is > max size, use max size - if the replicas field of the old MachineDeployment is in the (min size, max size) range, keep the value from the oldMD * otherwise use 1 Note: Defaulting will be run whenever the replicas field is not set: * A new MachineDeployment is created with replicas not set. * On an existing MachineDeployment the replicas field was first set and is now unset. Those cases are especially relevant for the following Kubernetes autoscaler use cases: * A new MachineDeployment is created and replicas should be managed by the autoscaler * An existing MachineDeployment which initially wasn't controlled by the autoscaler should be later controlled by the autoscaler

        :default: if the Kubernetes autoscaler min size and max size annotations are set: - if it's a new MachineDeployment, use min size - if the replicas field of the old MachineDeployment is < min size, use min size - if the replicas field of the old MachineDeployment is > max size, use max size - if the replicas field of the old MachineDeployment is in the (min size, max size) range, keep the value from the oldMD * otherwise use 1 Note: Defaulting will be run whenever the replicas field is not set: * A new MachineDeployment is created with replicas not set. * On an existing MachineDeployment the replicas field was first set and is now unset. Those cases are especially relevant for the following Kubernetes autoscaler use cases: * A new MachineDeployment is created and replicas should be managed by the autoscaler * An existing MachineDeployment which initially wasn't controlled by the autoscaler should be later controlled by the autoscaler

        :schema: MachineDeploymentSpec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def revision_history_limit(self) -> typing.Optional[jsii.Number]:
        '''The number of old MachineSets to retain to allow rollback.

        This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.

        :default: 1.

        :schema: MachineDeploymentSpec#revisionHistoryLimit
        '''
        result = self._values.get("revision_history_limit")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def rollout_after(self) -> typing.Optional[datetime.datetime]:
        '''RolloutAfter is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the MachineDeployment.

        Example: In the YAML the time can be specified in the RFC3339 format. To specify the rolloutAfter target as March 9, 2023, at 9 am UTC use "2023-03-09T09:00:00Z".

        :schema: MachineDeploymentSpec#rolloutAfter
        '''
        result = self._values.get("rollout_after")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def strategy(self) -> typing.Optional["MachineDeploymentSpecStrategy"]:
        '''The deployment strategy to use to replace existing machines with new ones.

        :schema: MachineDeploymentSpec#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["MachineDeploymentSpecStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class MachineDeploymentSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["MachineDeploymentSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Label selector for machines.

        Existing MachineSets whose machines are selected by this will be the ones affected by this deployment. It must match the machine template's labels.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: MachineDeploymentSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a3b229b857d83012212265010e2b6cb6f3b168d2dd8942238a3fc298ca8c566e)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["MachineDeploymentSpecSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: MachineDeploymentSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["MachineDeploymentSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: MachineDeploymentSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class MachineDeploymentSpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: MachineDeploymentSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d9f61600f257cede89e268214f657bf27028d73c9d723a913685db77812b1f92)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: MachineDeploymentSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: MachineDeploymentSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: MachineDeploymentSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecStrategy",
    jsii_struct_bases=[],
    name_mapping={"rolling_update": "rollingUpdate", "type": "type"},
)
class MachineDeploymentSpecStrategy:
    def __init__(
        self,
        *,
        rolling_update: typing.Optional[typing.Union["MachineDeploymentSpecStrategyRollingUpdate", typing.Dict[builtins.str, typing.Any]]] = None,
        type: typing.Optional["MachineDeploymentSpecStrategyType"] = None,
    ) -> None:
        '''The deployment strategy to use to replace existing machines with new ones.

        :param rolling_update: Rolling update config params. Present only if MachineDeploymentStrategyType = RollingUpdate.
        :param type: Type of deployment. Allowed values are RollingUpdate and OnDelete. The default is RollingUpdate.

        :schema: MachineDeploymentSpecStrategy
        '''
        if isinstance(rolling_update, dict):
            rolling_update = MachineDeploymentSpecStrategyRollingUpdate(**rolling_update)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e44a38d6f4477ffcf7392bc859394b9f5428130d59ec7154ae19ae5e1957175d)
            check_type(argname="argument rolling_update", value=rolling_update, expected_type=type_hints["rolling_update"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if rolling_update is not None:
            self._values["rolling_update"] = rolling_update
        if type is not None:
            self._values["type"] = type

    @builtins.property
    def rolling_update(
        self,
    ) -> typing.Optional["MachineDeploymentSpecStrategyRollingUpdate"]:
        '''Rolling update config params.

        Present only if MachineDeploymentStrategyType = RollingUpdate.

        :schema: MachineDeploymentSpecStrategy#rollingUpdate
        '''
        result = self._values.get("rolling_update")
        return typing.cast(typing.Optional["MachineDeploymentSpecStrategyRollingUpdate"], result)

    @builtins.property
    def type(self) -> typing.Optional["MachineDeploymentSpecStrategyType"]:
        '''Type of deployment.

        Allowed values are RollingUpdate and OnDelete. The default is RollingUpdate.

        :schema: MachineDeploymentSpecStrategy#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional["MachineDeploymentSpecStrategyType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecStrategyRollingUpdate",
    jsii_struct_bases=[],
    name_mapping={
        "delete_policy": "deletePolicy",
        "max_surge": "maxSurge",
        "max_unavailable": "maxUnavailable",
    },
)
class MachineDeploymentSpecStrategyRollingUpdate:
    def __init__(
        self,
        *,
        delete_policy: typing.Optional["MachineDeploymentSpecStrategyRollingUpdateDeletePolicy"] = None,
        max_surge: typing.Optional["MachineDeploymentSpecStrategyRollingUpdateMaxSurge"] = None,
        max_unavailable: typing.Optional["MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable"] = None,
    ) -> None:
        '''Rolling update config params.

        Present only if MachineDeploymentStrategyType = RollingUpdate.

        :param delete_policy: DeletePolicy defines the policy used by the MachineDeployment to identify nodes to delete when downscaling. Valid values are "Random, "Newest", "Oldest" When no value is supplied, the default DeletePolicy of MachineSet is used
        :param max_surge: The maximum number of machines that can be scheduled above the desired number of machines. Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines. Default: 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.
        :param max_unavailable: The maximum number of machines that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines. Default: 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

        :schema: MachineDeploymentSpecStrategyRollingUpdate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ad05b3fbfc04944cfdbec0f649e748381110e445df178e7a23b31202f89a80e5)
            check_type(argname="argument delete_policy", value=delete_policy, expected_type=type_hints["delete_policy"])
            check_type(argname="argument max_surge", value=max_surge, expected_type=type_hints["max_surge"])
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if delete_policy is not None:
            self._values["delete_policy"] = delete_policy
        if max_surge is not None:
            self._values["max_surge"] = max_surge
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable

    @builtins.property
    def delete_policy(
        self,
    ) -> typing.Optional["MachineDeploymentSpecStrategyRollingUpdateDeletePolicy"]:
        '''DeletePolicy defines the policy used by the MachineDeployment to identify nodes to delete when downscaling.

        Valid values are "Random, "Newest", "Oldest" When no value is supplied, the default DeletePolicy of MachineSet is used

        :schema: MachineDeploymentSpecStrategyRollingUpdate#deletePolicy
        '''
        result = self._values.get("delete_policy")
        return typing.cast(typing.Optional["MachineDeploymentSpecStrategyRollingUpdateDeletePolicy"], result)

    @builtins.property
    def max_surge(
        self,
    ) -> typing.Optional["MachineDeploymentSpecStrategyRollingUpdateMaxSurge"]:
        '''The maximum number of machines that can be scheduled above the desired number of machines.

        Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.

        :default: 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.

        :schema: MachineDeploymentSpecStrategyRollingUpdate#maxSurge
        '''
        result = self._values.get("max_surge")
        return typing.cast(typing.Optional["MachineDeploymentSpecStrategyRollingUpdateMaxSurge"], result)

    @builtins.property
    def max_unavailable(
        self,
    ) -> typing.Optional["MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable"]:
        '''The maximum number of machines that can be unavailable during the update.

        Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

        :default: 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

        :schema: MachineDeploymentSpecStrategyRollingUpdate#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional["MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecStrategyRollingUpdate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.MachineDeploymentSpecStrategyRollingUpdateDeletePolicy"
)
class MachineDeploymentSpecStrategyRollingUpdateDeletePolicy(enum.Enum):
    '''DeletePolicy defines the policy used by the MachineDeployment to identify nodes to delete when downscaling.

    Valid values are "Random, "Newest", "Oldest" When no value is supplied, the default DeletePolicy of MachineSet is used

    :schema: MachineDeploymentSpecStrategyRollingUpdateDeletePolicy
    '''

    RANDOM = "RANDOM"
    '''Random.'''
    NEWEST = "NEWEST"
    '''Newest.'''
    OLDEST = "OLDEST"
    '''Oldest.'''


class MachineDeploymentSpecStrategyRollingUpdateMaxSurge(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineDeploymentSpecStrategyRollingUpdateMaxSurge",
):
    '''The maximum number of machines that can be scheduled above the desired number of machines.

    Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.

    :default: 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines.

    :schema: MachineDeploymentSpecStrategyRollingUpdateMaxSurge
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MachineDeploymentSpecStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64a29ce2f391424fc70deb7dce60a7a5acdc330b47dc5cd9ce47ca295d78fa06)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentSpecStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MachineDeploymentSpecStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c3372535b2f5aa7f86aa23f325f273bf119d1bac645b9ae3694ba0d5cb119ce)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentSpecStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable",
):
    '''The maximum number of machines that can be unavailable during the update.

    Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

    :default: 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines.

    :schema: MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b7a7e37856f10c064f9ea9a47ab2ea56a2f18d23ae34573e6d1bc2c3cd06b6a9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4346021a08ca7d670095199b54561f4798c0594c9bfba2afa2393520e2a375d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="iox-k8scluster.MachineDeploymentSpecStrategyType")
class MachineDeploymentSpecStrategyType(enum.Enum):
    '''Type of deployment.

    Allowed values are RollingUpdate and OnDelete. The default is RollingUpdate.

    :schema: MachineDeploymentSpecStrategyType
    '''

    ROLLING_UPDATE = "ROLLING_UPDATE"
    '''RollingUpdate.'''
    ON_DELETE = "ON_DELETE"
    '''OnDelete.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecTemplate",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MachineDeploymentSpecTemplate:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["MachineDeploymentSpecTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MachineDeploymentSpecTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Template describes the machines that will be created.

        :param metadata: Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
        :param spec: Specification of the desired behavior of the machine. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :schema: MachineDeploymentSpecTemplate
        '''
        if isinstance(metadata, dict):
            metadata = MachineDeploymentSpecTemplateMetadata(**metadata)
        if isinstance(spec, dict):
            spec = MachineDeploymentSpecTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__769b5c3a31ca13107635dcafbb553e2fc3836fada8fe596b6e6c1d1ace3607df)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["MachineDeploymentSpecTemplateMetadata"]:
        '''Standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: MachineDeploymentSpecTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["MachineDeploymentSpecTemplateMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["MachineDeploymentSpecTemplateSpec"]:
        '''Specification of the desired behavior of the machine.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :schema: MachineDeploymentSpecTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["MachineDeploymentSpecTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class MachineDeploymentSpecTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :param annotations: Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations
        :param labels: Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: MachineDeploymentSpecTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9cd3712b2a392dde810328524518f30caaafd5eb95596bb29199e51d8fbb0a4)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations

        :schema: MachineDeploymentSpecTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: MachineDeploymentSpecTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "bootstrap": "bootstrap",
        "cluster_name": "clusterName",
        "infrastructure_ref": "infrastructureRef",
        "failure_domain": "failureDomain",
        "node_deletion_timeout": "nodeDeletionTimeout",
        "node_drain_timeout": "nodeDrainTimeout",
        "node_volume_detach_timeout": "nodeVolumeDetachTimeout",
        "provider_id": "providerId",
        "version": "version",
    },
)
class MachineDeploymentSpecTemplateSpec:
    def __init__(
        self,
        *,
        bootstrap: typing.Union["MachineDeploymentSpecTemplateSpecBootstrap", typing.Dict[builtins.str, typing.Any]],
        cluster_name: builtins.str,
        infrastructure_ref: typing.Union["MachineDeploymentSpecTemplateSpecInfrastructureRef", typing.Dict[builtins.str, typing.Any]],
        failure_domain: typing.Optional[builtins.str] = None,
        node_deletion_timeout: typing.Optional[builtins.str] = None,
        node_drain_timeout: typing.Optional[builtins.str] = None,
        node_volume_detach_timeout: typing.Optional[builtins.str] = None,
        provider_id: typing.Optional[builtins.str] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specification of the desired behavior of the machine.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :param bootstrap: Bootstrap is a reference to a local struct which encapsulates fields to configure the Machine’s bootstrapping mechanism.
        :param cluster_name: ClusterName is the name of the Cluster this object belongs to.
        :param infrastructure_ref: InfrastructureRef is a required reference to a custom resource offered by an infrastructure provider.
        :param failure_domain: FailureDomain is the failure domain the machine will be created in. Must match a key in the FailureDomains map stored on the cluster object.
        :param node_deletion_timeout: NodeDeletionTimeout defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion. A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds. Default: 10 seconds.
        :param node_drain_timeout: NodeDrainTimeout is the total amount of time that the controller will spend on draining a node. The default value is 0, meaning that the node can be drained without any time limitations. NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout: NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.
        :param provider_id: ProviderID is the identification ID of the machine provided by the provider. This field must match the provider ID as seen on the node object corresponding to this machine. This field is required by higher level consumers of cluster-api. Example use case is cluster autoscaler with cluster-api as provider. Clean-up logic in the autoscaler compares machines to nodes to find out machines at provider which could not get registered as Kubernetes nodes. With cluster-api as a generic out-of-tree provider for autoscaler, this field is required by autoscaler to be able to have a provider view of the list of machines. Another list of nodes is queried from the k8s apiserver and then a comparison is done to find out unregistered machines and are marked for delete. This field will be set by the actuators and consumed by higher level entities like autoscaler that will be interfacing with cluster-api as generic provider.
        :param version: Version defines the desired Kubernetes version. This field is meant to be optionally used by bootstrap providers.

        :schema: MachineDeploymentSpecTemplateSpec
        '''
        if isinstance(bootstrap, dict):
            bootstrap = MachineDeploymentSpecTemplateSpecBootstrap(**bootstrap)
        if isinstance(infrastructure_ref, dict):
            infrastructure_ref = MachineDeploymentSpecTemplateSpecInfrastructureRef(**infrastructure_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__103d52f98109c68256a34450be0c2c9d743537f6d3d9cfcf11a07dad483515fe)
            check_type(argname="argument bootstrap", value=bootstrap, expected_type=type_hints["bootstrap"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument infrastructure_ref", value=infrastructure_ref, expected_type=type_hints["infrastructure_ref"])
            check_type(argname="argument failure_domain", value=failure_domain, expected_type=type_hints["failure_domain"])
            check_type(argname="argument node_deletion_timeout", value=node_deletion_timeout, expected_type=type_hints["node_deletion_timeout"])
            check_type(argname="argument node_drain_timeout", value=node_drain_timeout, expected_type=type_hints["node_drain_timeout"])
            check_type(argname="argument node_volume_detach_timeout", value=node_volume_detach_timeout, expected_type=type_hints["node_volume_detach_timeout"])
            check_type(argname="argument provider_id", value=provider_id, expected_type=type_hints["provider_id"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bootstrap": bootstrap,
            "cluster_name": cluster_name,
            "infrastructure_ref": infrastructure_ref,
        }
        if failure_domain is not None:
            self._values["failure_domain"] = failure_domain
        if node_deletion_timeout is not None:
            self._values["node_deletion_timeout"] = node_deletion_timeout
        if node_drain_timeout is not None:
            self._values["node_drain_timeout"] = node_drain_timeout
        if node_volume_detach_timeout is not None:
            self._values["node_volume_detach_timeout"] = node_volume_detach_timeout
        if provider_id is not None:
            self._values["provider_id"] = provider_id
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def bootstrap(self) -> "MachineDeploymentSpecTemplateSpecBootstrap":
        '''Bootstrap is a reference to a local struct which encapsulates fields to configure the Machine’s bootstrapping mechanism.

        :schema: MachineDeploymentSpecTemplateSpec#bootstrap
        '''
        result = self._values.get("bootstrap")
        assert result is not None, "Required property 'bootstrap' is missing"
        return typing.cast("MachineDeploymentSpecTemplateSpecBootstrap", result)

    @builtins.property
    def cluster_name(self) -> builtins.str:
        '''ClusterName is the name of the Cluster this object belongs to.

        :schema: MachineDeploymentSpecTemplateSpec#clusterName
        '''
        result = self._values.get("cluster_name")
        assert result is not None, "Required property 'cluster_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def infrastructure_ref(
        self,
    ) -> "MachineDeploymentSpecTemplateSpecInfrastructureRef":
        '''InfrastructureRef is a required reference to a custom resource offered by an infrastructure provider.

        :schema: MachineDeploymentSpecTemplateSpec#infrastructureRef
        '''
        result = self._values.get("infrastructure_ref")
        assert result is not None, "Required property 'infrastructure_ref' is missing"
        return typing.cast("MachineDeploymentSpecTemplateSpecInfrastructureRef", result)

    @builtins.property
    def failure_domain(self) -> typing.Optional[builtins.str]:
        '''FailureDomain is the failure domain the machine will be created in.

        Must match a key in the FailureDomains map stored on the cluster object.

        :schema: MachineDeploymentSpecTemplateSpec#failureDomain
        '''
        result = self._values.get("failure_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_deletion_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDeletionTimeout defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion.

        A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds.

        :default: 10 seconds.

        :schema: MachineDeploymentSpecTemplateSpec#nodeDeletionTimeout
        '''
        result = self._values.get("node_deletion_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_drain_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDrainTimeout is the total amount of time that the controller will spend on draining a node.

        The default value is 0, meaning that the node can be drained without any time limitations. NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``

        :schema: MachineDeploymentSpecTemplateSpec#nodeDrainTimeout
        '''
        result = self._values.get("node_drain_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_volume_detach_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: MachineDeploymentSpecTemplateSpec#nodeVolumeDetachTimeout
        '''
        result = self._values.get("node_volume_detach_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def provider_id(self) -> typing.Optional[builtins.str]:
        '''ProviderID is the identification ID of the machine provided by the provider.

        This field must match the provider ID as seen on the node object corresponding to this machine. This field is required by higher level consumers of cluster-api. Example use case is cluster autoscaler with cluster-api as provider. Clean-up logic in the autoscaler compares machines to nodes to find out machines at provider which could not get registered as Kubernetes nodes. With cluster-api as a generic out-of-tree provider for autoscaler, this field is required by autoscaler to be able to have a provider view of the list of machines. Another list of nodes is queried from the k8s apiserver and then a comparison is done to find out unregistered machines and are marked for delete. This field will be set by the actuators and consumed by higher level entities like autoscaler that will be interfacing with cluster-api as generic provider.

        :schema: MachineDeploymentSpecTemplateSpec#providerID
        '''
        result = self._values.get("provider_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''Version defines the desired Kubernetes version.

        This field is meant to be optionally used by bootstrap providers.

        :schema: MachineDeploymentSpecTemplateSpec#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecTemplateSpecBootstrap",
    jsii_struct_bases=[],
    name_mapping={"config_ref": "configRef", "data_secret_name": "dataSecretName"},
)
class MachineDeploymentSpecTemplateSpecBootstrap:
    def __init__(
        self,
        *,
        config_ref: typing.Optional[typing.Union["MachineDeploymentSpecTemplateSpecBootstrapConfigRef", typing.Dict[builtins.str, typing.Any]]] = None,
        data_secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Bootstrap is a reference to a local struct which encapsulates fields to configure the Machine’s bootstrapping mechanism.

        :param config_ref: ConfigRef is a reference to a bootstrap provider-specific resource that holds configuration details. The reference is optional to allow users/operators to specify Bootstrap.DataSecretName without the need of a controller.
        :param data_secret_name: DataSecretName is the name of the secret that stores the bootstrap data script. If nil, the Machine should remain in the Pending state.

        :schema: MachineDeploymentSpecTemplateSpecBootstrap
        '''
        if isinstance(config_ref, dict):
            config_ref = MachineDeploymentSpecTemplateSpecBootstrapConfigRef(**config_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__73a6c5863465b644939d6f79530109c4e6aca1c644c36ba679d9068040fd40d6)
            check_type(argname="argument config_ref", value=config_ref, expected_type=type_hints["config_ref"])
            check_type(argname="argument data_secret_name", value=data_secret_name, expected_type=type_hints["data_secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_ref is not None:
            self._values["config_ref"] = config_ref
        if data_secret_name is not None:
            self._values["data_secret_name"] = data_secret_name

    @builtins.property
    def config_ref(
        self,
    ) -> typing.Optional["MachineDeploymentSpecTemplateSpecBootstrapConfigRef"]:
        '''ConfigRef is a reference to a bootstrap provider-specific resource that holds configuration details.

        The reference is optional to allow users/operators to specify Bootstrap.DataSecretName without the need of a controller.

        :schema: MachineDeploymentSpecTemplateSpecBootstrap#configRef
        '''
        result = self._values.get("config_ref")
        return typing.cast(typing.Optional["MachineDeploymentSpecTemplateSpecBootstrapConfigRef"], result)

    @builtins.property
    def data_secret_name(self) -> typing.Optional[builtins.str]:
        '''DataSecretName is the name of the secret that stores the bootstrap data script.

        If nil, the Machine should remain in the Pending state.

        :schema: MachineDeploymentSpecTemplateSpecBootstrap#dataSecretName
        '''
        result = self._values.get("data_secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecTemplateSpecBootstrap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecTemplateSpecBootstrapConfigRef",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "field_path": "fieldPath",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "resource_version": "resourceVersion",
        "uid": "uid",
    },
)
class MachineDeploymentSpecTemplateSpecBootstrapConfigRef:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        field_path: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        resource_version: typing.Optional[builtins.str] = None,
        uid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''ConfigRef is a reference to a bootstrap provider-specific resource that holds configuration details.

        The reference is optional to allow users/operators to specify Bootstrap.DataSecretName without the need of a controller.

        :param api_version: API version of the referent.
        :param field_path: If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.
        :param kind: Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
        :param resource_version: Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
        :param uid: UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: MachineDeploymentSpecTemplateSpecBootstrapConfigRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cbd22c6ff006e50d9beae869c4b8ef4a860cca6a7c38de0c3ddf6734d1360cb5)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument resource_version", value=resource_version, expected_type=type_hints["resource_version"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if field_path is not None:
            self._values["field_path"] = field_path
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if resource_version is not None:
            self._values["resource_version"] = resource_version
        if uid is not None:
            self._values["uid"] = uid

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''API version of the referent.

        :schema: MachineDeploymentSpecTemplateSpecBootstrapConfigRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def field_path(self) -> typing.Optional[builtins.str]:
        '''If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.

        :schema: MachineDeploymentSpecTemplateSpecBootstrapConfigRef#fieldPath
        '''
        result = self._values.get("field_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind of the referent.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: MachineDeploymentSpecTemplateSpecBootstrapConfigRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: MachineDeploymentSpecTemplateSpecBootstrapConfigRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: MachineDeploymentSpecTemplateSpecBootstrapConfigRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_version(self) -> typing.Optional[builtins.str]:
        '''Specific resourceVersion to which this reference is made, if any.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency

        :schema: MachineDeploymentSpecTemplateSpecBootstrapConfigRef#resourceVersion
        '''
        result = self._values.get("resource_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''UID of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: MachineDeploymentSpecTemplateSpecBootstrapConfigRef#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecTemplateSpecBootstrapConfigRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentSpecTemplateSpecInfrastructureRef",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "field_path": "fieldPath",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "resource_version": "resourceVersion",
        "uid": "uid",
    },
)
class MachineDeploymentSpecTemplateSpecInfrastructureRef:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        field_path: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        resource_version: typing.Optional[builtins.str] = None,
        uid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''InfrastructureRef is a required reference to a custom resource offered by an infrastructure provider.

        :param api_version: API version of the referent.
        :param field_path: If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.
        :param kind: Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
        :param resource_version: Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
        :param uid: UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: MachineDeploymentSpecTemplateSpecInfrastructureRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e72f53d73aff38c085f5d77af8a9fcbe9a525ee693252b3ade77ef471e1120e)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument resource_version", value=resource_version, expected_type=type_hints["resource_version"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if field_path is not None:
            self._values["field_path"] = field_path
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if resource_version is not None:
            self._values["resource_version"] = resource_version
        if uid is not None:
            self._values["uid"] = uid

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''API version of the referent.

        :schema: MachineDeploymentSpecTemplateSpecInfrastructureRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def field_path(self) -> typing.Optional[builtins.str]:
        '''If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.

        :schema: MachineDeploymentSpecTemplateSpecInfrastructureRef#fieldPath
        '''
        result = self._values.get("field_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind of the referent.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: MachineDeploymentSpecTemplateSpecInfrastructureRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: MachineDeploymentSpecTemplateSpecInfrastructureRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: MachineDeploymentSpecTemplateSpecInfrastructureRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_version(self) -> typing.Optional[builtins.str]:
        '''Specific resourceVersion to which this reference is made, if any.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency

        :schema: MachineDeploymentSpecTemplateSpecInfrastructureRef#resourceVersion
        '''
        result = self._values.get("resource_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''UID of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: MachineDeploymentSpecTemplateSpecInfrastructureRef#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentSpecTemplateSpecInfrastructureRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachineDeploymentV1Beta2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2",
):
    '''MachineDeployment is the Schema for the machinedeployments API.

    :schema: MachineDeploymentV1Beta2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["MachineDeploymentV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "MachineDeploymentV1Beta2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: spec is the desired state of MachineDeployment.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5f0f33b50bc11df527bfe1c88bbd3abc0c4e98f54f889be8df5aa1052dfa7178)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MachineDeploymentV1Beta2Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["MachineDeploymentV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "MachineDeploymentV1Beta2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: spec is the desired state of MachineDeployment.
        :param metadata: 
        '''
        props = MachineDeploymentV1Beta2Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "MachineDeploymentV1Beta2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class MachineDeploymentV1Beta2Props:
    def __init__(
        self,
        *,
        spec: typing.Union["MachineDeploymentV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''MachineDeployment is the Schema for the machinedeployments API.

        :param spec: spec is the desired state of MachineDeployment.
        :param metadata: 

        :schema: MachineDeploymentV1Beta2
        '''
        if isinstance(spec, dict):
            spec = MachineDeploymentV1Beta2Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09aa10e61bf02d9496202d559e33e9cca9f41f1db13fd231fd95553bdb3dec09)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "MachineDeploymentV1Beta2Spec":
        '''spec is the desired state of MachineDeployment.

        :schema: MachineDeploymentV1Beta2#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("MachineDeploymentV1Beta2Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: MachineDeploymentV1Beta2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2Spec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_name": "clusterName",
        "selector": "selector",
        "template": "template",
        "deletion": "deletion",
        "machine_naming": "machineNaming",
        "paused": "paused",
        "remediation": "remediation",
        "replicas": "replicas",
        "rollout": "rollout",
    },
)
class MachineDeploymentV1Beta2Spec:
    def __init__(
        self,
        *,
        cluster_name: builtins.str,
        selector: typing.Union["MachineDeploymentV1Beta2SpecSelector", typing.Dict[builtins.str, typing.Any]],
        template: typing.Union["MachineDeploymentV1Beta2SpecTemplate", typing.Dict[builtins.str, typing.Any]],
        deletion: typing.Optional[typing.Union["MachineDeploymentV1Beta2SpecDeletion", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_naming: typing.Optional[typing.Union["MachineDeploymentV1Beta2SpecMachineNaming", typing.Dict[builtins.str, typing.Any]]] = None,
        paused: typing.Optional[builtins.bool] = None,
        remediation: typing.Optional[typing.Union["MachineDeploymentV1Beta2SpecRemediation", typing.Dict[builtins.str, typing.Any]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        rollout: typing.Optional[typing.Union["MachineDeploymentV1Beta2SpecRollout", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''spec is the desired state of MachineDeployment.

        :param cluster_name: clusterName is the name of the Cluster this object belongs to.
        :param selector: selector is the label selector for machines. Existing MachineSets whose machines are selected by this will be the ones affected by this deployment. It must match the machine template's labels.
        :param template: template describes the machines that will be created.
        :param deletion: deletion contains configuration options for MachineDeployment deletion.
        :param machine_naming: machineNaming allows changing the naming pattern used when creating Machines. Note: InfraMachines & BootstrapConfigs will use the same name as the corresponding Machines.
        :param paused: paused indicates that the deployment is paused.
        :param remediation: remediation controls how unhealthy Machines are remediated.
        :param replicas: replicas is the number of desired machines. This is a pointer to distinguish between explicit zero and not specified. Defaults to: - if the Kubernetes autoscaler min size and max size annotations are set: - if it's a new MachineDeployment, use min size - if the replicas field of the old MachineDeployment is < min size, use min size - if the replicas field of the old MachineDeployment is > max size, use max size - if the replicas field of the old MachineDeployment is in the (min size, max size) range, keep the value from the oldMD - otherwise use 1 Note: Defaulting will be run whenever the replicas field is not set: - A new MachineDeployment is created with replicas not set. - On an existing MachineDeployment the replicas field was first set and is now unset. Those cases are especially relevant for the following Kubernetes autoscaler use cases: - A new MachineDeployment is created and replicas should be managed by the autoscaler - An existing MachineDeployment which initially wasn't controlled by the autoscaler should be later controlled by the autoscaler Default: if the Kubernetes autoscaler min size and max size annotations are set:
        :param rollout: rollout allows you to configure the behaviour of rolling updates to the MachineDeployment Machines. It allows you to require that all Machines are replaced after a certain time, and allows you to define the strategy used during rolling replacements.

        :schema: MachineDeploymentV1Beta2Spec
        '''
        if isinstance(selector, dict):
            selector = MachineDeploymentV1Beta2SpecSelector(**selector)
        if isinstance(template, dict):
            template = MachineDeploymentV1Beta2SpecTemplate(**template)
        if isinstance(deletion, dict):
            deletion = MachineDeploymentV1Beta2SpecDeletion(**deletion)
        if isinstance(machine_naming, dict):
            machine_naming = MachineDeploymentV1Beta2SpecMachineNaming(**machine_naming)
        if isinstance(remediation, dict):
            remediation = MachineDeploymentV1Beta2SpecRemediation(**remediation)
        if isinstance(rollout, dict):
            rollout = MachineDeploymentV1Beta2SpecRollout(**rollout)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f788e62a6a711b6297d3aaa1fcd66226d8fb1ac2662d29981f2804a6db712504)
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
            check_type(argname="argument deletion", value=deletion, expected_type=type_hints["deletion"])
            check_type(argname="argument machine_naming", value=machine_naming, expected_type=type_hints["machine_naming"])
            check_type(argname="argument paused", value=paused, expected_type=type_hints["paused"])
            check_type(argname="argument remediation", value=remediation, expected_type=type_hints["remediation"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument rollout", value=rollout, expected_type=type_hints["rollout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_name": cluster_name,
            "selector": selector,
            "template": template,
        }
        if deletion is not None:
            self._values["deletion"] = deletion
        if machine_naming is not None:
            self._values["machine_naming"] = machine_naming
        if paused is not None:
            self._values["paused"] = paused
        if remediation is not None:
            self._values["remediation"] = remediation
        if replicas is not None:
            self._values["replicas"] = replicas
        if rollout is not None:
            self._values["rollout"] = rollout

    @builtins.property
    def cluster_name(self) -> builtins.str:
        '''clusterName is the name of the Cluster this object belongs to.

        :schema: MachineDeploymentV1Beta2Spec#clusterName
        '''
        result = self._values.get("cluster_name")
        assert result is not None, "Required property 'cluster_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def selector(self) -> "MachineDeploymentV1Beta2SpecSelector":
        '''selector is the label selector for machines.

        Existing MachineSets whose machines are
        selected by this will be the ones affected by this deployment.
        It must match the machine template's labels.

        :schema: MachineDeploymentV1Beta2Spec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("MachineDeploymentV1Beta2SpecSelector", result)

    @builtins.property
    def template(self) -> "MachineDeploymentV1Beta2SpecTemplate":
        '''template describes the machines that will be created.

        :schema: MachineDeploymentV1Beta2Spec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast("MachineDeploymentV1Beta2SpecTemplate", result)

    @builtins.property
    def deletion(self) -> typing.Optional["MachineDeploymentV1Beta2SpecDeletion"]:
        '''deletion contains configuration options for MachineDeployment deletion.

        :schema: MachineDeploymentV1Beta2Spec#deletion
        '''
        result = self._values.get("deletion")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecDeletion"], result)

    @builtins.property
    def machine_naming(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecMachineNaming"]:
        '''machineNaming allows changing the naming pattern used when creating Machines.

        Note: InfraMachines & BootstrapConfigs will use the same name as the corresponding Machines.

        :schema: MachineDeploymentV1Beta2Spec#machineNaming
        '''
        result = self._values.get("machine_naming")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecMachineNaming"], result)

    @builtins.property
    def paused(self) -> typing.Optional[builtins.bool]:
        '''paused indicates that the deployment is paused.

        :schema: MachineDeploymentV1Beta2Spec#paused
        '''
        result = self._values.get("paused")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def remediation(self) -> typing.Optional["MachineDeploymentV1Beta2SpecRemediation"]:
        '''remediation controls how unhealthy Machines are remediated.

        :schema: MachineDeploymentV1Beta2Spec#remediation
        '''
        result = self._values.get("remediation")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecRemediation"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''replicas is the number of desired machines. This is a pointer to distinguish between explicit zero and not specified.

        Defaults to:

        - if the Kubernetes autoscaler min size and max size annotations are set:
        - if it's a new MachineDeployment, use min size
        - if the replicas field of the old MachineDeployment is < min size, use min size
        - if the replicas field of the old MachineDeployment is > max size, use max size
        - if the replicas field of the old MachineDeployment is in the (min size, max size) range, keep the value from the oldMD
        - otherwise use 1
          Note: Defaulting will be run whenever the replicas field is not set:
        - A new MachineDeployment is created with replicas not set.
        - On an existing MachineDeployment the replicas field was first set and is now unset.
          Those cases are especially relevant for the following Kubernetes autoscaler use cases:
        - A new MachineDeployment is created and replicas should be managed by the autoscaler
        - An existing MachineDeployment which initially wasn't controlled by the autoscaler
          should be later controlled by the autoscaler

        :default: if the Kubernetes autoscaler min size and max size annotations are set:

        :schema: MachineDeploymentV1Beta2Spec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def rollout(self) -> typing.Optional["MachineDeploymentV1Beta2SpecRollout"]:
        '''rollout allows you to configure the behaviour of rolling updates to the MachineDeployment Machines.

        It allows you to require that all Machines are replaced after a certain time,
        and allows you to define the strategy used during rolling replacements.

        :schema: MachineDeploymentV1Beta2Spec#rollout
        '''
        result = self._values.get("rollout")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecRollout"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecDeletion",
    jsii_struct_bases=[],
    name_mapping={"order": "order"},
)
class MachineDeploymentV1Beta2SpecDeletion:
    def __init__(
        self,
        *,
        order: typing.Optional["MachineDeploymentV1Beta2SpecDeletionOrder"] = None,
    ) -> None:
        '''deletion contains configuration options for MachineDeployment deletion.

        :param order: order defines the order in which Machines are deleted when downscaling. Defaults to "Random". Valid values are "Random", "Newest", "Oldest" Default: Random". Valid values are "Random", "Newest", "Oldest"

        :schema: MachineDeploymentV1Beta2SpecDeletion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88e3dd63e27f744df8d609ec2f04f48672cdc1bc83886ef0d89273f334af9c4e)
            check_type(argname="argument order", value=order, expected_type=type_hints["order"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if order is not None:
            self._values["order"] = order

    @builtins.property
    def order(self) -> typing.Optional["MachineDeploymentV1Beta2SpecDeletionOrder"]:
        '''order defines the order in which Machines are deleted when downscaling.

        Defaults to "Random". Valid values are "Random", "Newest", "Oldest"

        :default: Random". Valid values are "Random", "Newest", "Oldest"

        :schema: MachineDeploymentV1Beta2SpecDeletion#order
        '''
        result = self._values.get("order")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecDeletionOrder"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecDeletion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecDeletionOrder")
class MachineDeploymentV1Beta2SpecDeletionOrder(enum.Enum):
    '''order defines the order in which Machines are deleted when downscaling.

    Defaults to "Random". Valid values are "Random", "Newest", "Oldest"

    :default: Random". Valid values are "Random", "Newest", "Oldest"

    :schema: MachineDeploymentV1Beta2SpecDeletionOrder
    '''

    RANDOM = "RANDOM"
    '''Random.'''
    NEWEST = "NEWEST"
    '''Newest.'''
    OLDEST = "OLDEST"
    '''Oldest.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecMachineNaming",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class MachineDeploymentV1Beta2SpecMachineNaming:
    def __init__(self, *, template: typing.Optional[builtins.str] = None) -> None:
        '''machineNaming allows changing the naming pattern used when creating Machines.

        Note: InfraMachines & BootstrapConfigs will use the same name as the corresponding Machines.

        :param template: template defines the template to use for generating the names of the Machine objects. If not defined, it will fallback to ``{{ .machineSet.name }}-{{ .random }}``. If the generated name string exceeds 63 characters, it will be trimmed to 58 characters and will get concatenated with a random suffix of length 5. Length of the template string must not exceed 256 characters. The template allows the following variables ``.cluster.name``, ``.machineSet.name`` and ``.random``. The variable ``.cluster.name`` retrieves the name of the cluster object that owns the Machines being created. The variable ``.machineSet.name`` retrieves the name of the MachineSet object that owns the Machines being created. The variable ``.random`` is substituted with random alphanumeric string, without vowels, of length 5. This variable is required part of the template. If not provided, validation will fail.

        :schema: MachineDeploymentV1Beta2SpecMachineNaming
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__69047ae698e31670c8e1cb03e15bf6187f8383a316d987ceea8e57020ed07611)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def template(self) -> typing.Optional[builtins.str]:
        '''template defines the template to use for generating the names of the Machine objects.

        If not defined, it will fallback to ``{{ .machineSet.name }}-{{ .random }}``.
        If the generated name string exceeds 63 characters, it will be trimmed to
        58 characters and will
        get concatenated with a random suffix of length 5.
        Length of the template string must not exceed 256 characters.
        The template allows the following variables ``.cluster.name``,
        ``.machineSet.name`` and ``.random``.
        The variable ``.cluster.name`` retrieves the name of the cluster object
        that owns the Machines being created.
        The variable ``.machineSet.name`` retrieves the name of the MachineSet
        object that owns the Machines being created.
        The variable ``.random`` is substituted with random alphanumeric string,
        without vowels, of length 5. This variable is required part of the
        template. If not provided, validation will fail.

        :schema: MachineDeploymentV1Beta2SpecMachineNaming#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecMachineNaming(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecRemediation",
    jsii_struct_bases=[],
    name_mapping={"max_in_flight": "maxInFlight"},
)
class MachineDeploymentV1Beta2SpecRemediation:
    def __init__(
        self,
        *,
        max_in_flight: typing.Optional["MachineDeploymentV1Beta2SpecRemediationMaxInFlight"] = None,
    ) -> None:
        '''remediation controls how unhealthy Machines are remediated.

        :param max_in_flight: maxInFlight determines how many in flight remediations should happen at the same time. Remediation only happens on the MachineSet with the most current revision, while older MachineSets (usually present during rollout operations) aren't allowed to remediate. Note: In general (independent of remediations), unhealthy machines are always prioritized during scale down operations over healthy ones. MaxInFlight can be set to a fixed number or a percentage. Example: when this is set to 20%, the MachineSet controller deletes at most 20% of the desired replicas. If not set, remediation is limited to all machines (bounded by replicas) under the active MachineSet's management.

        :schema: MachineDeploymentV1Beta2SpecRemediation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0751ab3e1c6210671af70fc6d3c22ca45330051f8e4ae2c21c43699ca7ec39bd)
            check_type(argname="argument max_in_flight", value=max_in_flight, expected_type=type_hints["max_in_flight"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_in_flight is not None:
            self._values["max_in_flight"] = max_in_flight

    @builtins.property
    def max_in_flight(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecRemediationMaxInFlight"]:
        '''maxInFlight determines how many in flight remediations should happen at the same time.

        Remediation only happens on the MachineSet with the most current revision, while
        older MachineSets (usually present during rollout operations) aren't allowed to remediate.

        Note: In general (independent of remediations), unhealthy machines are always
        prioritized during scale down operations over healthy ones.

        MaxInFlight can be set to a fixed number or a percentage.
        Example: when this is set to 20%, the MachineSet controller deletes at most 20% of
        the desired replicas.

        If not set, remediation is limited to all machines (bounded by replicas)
        under the active MachineSet's management.

        :schema: MachineDeploymentV1Beta2SpecRemediation#maxInFlight
        '''
        result = self._values.get("max_in_flight")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecRemediationMaxInFlight"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecRemediation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachineDeploymentV1Beta2SpecRemediationMaxInFlight(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecRemediationMaxInFlight",
):
    '''maxInFlight determines how many in flight remediations should happen at the same time.

    Remediation only happens on the MachineSet with the most current revision, while
    older MachineSets (usually present during rollout operations) aren't allowed to remediate.

    Note: In general (independent of remediations), unhealthy machines are always
    prioritized during scale down operations over healthy ones.

    MaxInFlight can be set to a fixed number or a percentage.
    Example: when this is set to 20%, the MachineSet controller deletes at most 20% of
    the desired replicas.

    If not set, remediation is limited to all machines (bounded by replicas)
    under the active MachineSet's management.

    :schema: MachineDeploymentV1Beta2SpecRemediationMaxInFlight
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MachineDeploymentV1Beta2SpecRemediationMaxInFlight":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e3e35bddbada1df4e1e69120d0c0ccdfcfec93a081d6e2cb6d4c6655983749d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentV1Beta2SpecRemediationMaxInFlight", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MachineDeploymentV1Beta2SpecRemediationMaxInFlight":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19d8f0b00946ef2f8dd7ad23d01d2156daa88f0d4d69b8de91754a86e0fe1d9d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentV1Beta2SpecRemediationMaxInFlight", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecRollout",
    jsii_struct_bases=[],
    name_mapping={"after": "after", "strategy": "strategy"},
)
class MachineDeploymentV1Beta2SpecRollout:
    def __init__(
        self,
        *,
        after: typing.Optional[datetime.datetime] = None,
        strategy: typing.Optional[typing.Union["MachineDeploymentV1Beta2SpecRolloutStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''rollout allows you to configure the behaviour of rolling updates to the MachineDeployment Machines.

        It allows you to require that all Machines are replaced after a certain time,
        and allows you to define the strategy used during rolling replacements.

        :param after: after is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the MachineDeployment. Example: In the YAML the time can be specified in the RFC3339 format. To specify the rolloutAfter target as March 9, 2023, at 9 am UTC use "2023-03-09T09:00:00Z".
        :param strategy: strategy specifies how to roll out control plane Machines.

        :schema: MachineDeploymentV1Beta2SpecRollout
        '''
        if isinstance(strategy, dict):
            strategy = MachineDeploymentV1Beta2SpecRolloutStrategy(**strategy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5f82b0064909b8efc7cd8a4870424487d13c47d34adf355458edaa9611039db)
            check_type(argname="argument after", value=after, expected_type=type_hints["after"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if after is not None:
            self._values["after"] = after
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def after(self) -> typing.Optional[datetime.datetime]:
        '''after is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the MachineDeployment.

        Example: In the YAML the time can be specified in the RFC3339 format.
        To specify the rolloutAfter target as March 9, 2023, at 9 am UTC
        use "2023-03-09T09:00:00Z".

        :schema: MachineDeploymentV1Beta2SpecRollout#after
        '''
        result = self._values.get("after")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def strategy(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategy"]:
        '''strategy specifies how to roll out control plane Machines.

        :schema: MachineDeploymentV1Beta2SpecRollout#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecRollout(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecRolloutStrategy",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "rolling_update": "rollingUpdate"},
)
class MachineDeploymentV1Beta2SpecRolloutStrategy:
    def __init__(
        self,
        *,
        type: "MachineDeploymentV1Beta2SpecRolloutStrategyType",
        rolling_update: typing.Optional[typing.Union["MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''strategy specifies how to roll out control plane Machines.

        :param type: type of rollout. Allowed values are RollingUpdate and OnDelete. Default is RollingUpdate. Default: RollingUpdate.
        :param rolling_update: rollingUpdate is the rolling update config params. Present only if type = RollingUpdate.

        :schema: MachineDeploymentV1Beta2SpecRolloutStrategy
        '''
        if isinstance(rolling_update, dict):
            rolling_update = MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate(**rolling_update)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac507769d707037f6e28a7b942f44672cf796ce023f68c11192cc76542235732)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument rolling_update", value=rolling_update, expected_type=type_hints["rolling_update"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if rolling_update is not None:
            self._values["rolling_update"] = rolling_update

    @builtins.property
    def type(self) -> "MachineDeploymentV1Beta2SpecRolloutStrategyType":
        '''type of rollout.

        Allowed values are RollingUpdate and OnDelete.
        Default is RollingUpdate.

        :default: RollingUpdate.

        :schema: MachineDeploymentV1Beta2SpecRolloutStrategy#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("MachineDeploymentV1Beta2SpecRolloutStrategyType", result)

    @builtins.property
    def rolling_update(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate"]:
        '''rollingUpdate is the rolling update config params.

        Present only if
        type = RollingUpdate.

        :schema: MachineDeploymentV1Beta2SpecRolloutStrategy#rollingUpdate
        '''
        result = self._values.get("rolling_update")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecRolloutStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate",
    jsii_struct_bases=[],
    name_mapping={"max_surge": "maxSurge", "max_unavailable": "maxUnavailable"},
)
class MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate:
    def __init__(
        self,
        *,
        max_surge: typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge"] = None,
        max_unavailable: typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable"] = None,
    ) -> None:
        '''rollingUpdate is the rolling update config params.

        Present only if
        type = RollingUpdate.

        :param max_surge: maxSurge is the maximum number of machines that can be scheduled above the desired number of machines. Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 1. Example: when this is set to 30%, the new MachineSet can be scaled up immediately when the rolling update starts, such that the total number of old and new machines do not exceed 130% of desired machines. Once old machines have been killed, new MachineSet can be scaled up further, ensuring that total number of machines running at any time during the update is at most 130% of desired machines. Default: 1.
        :param max_unavailable: maxUnavailable is the maximum number of machines that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired machines (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 0. Example: when this is set to 30%, the old MachineSet can be scaled down to 70% of desired machines immediately when the rolling update starts. Once new machines are ready, old MachineSet can be scaled down further, followed by scaling up the new MachineSet, ensuring that the total number of machines available at all times during the update is at least 70% of desired machines. Default: 0.

        :schema: MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2d4638823f81985bcd233bb80aca5897addde598329a12bb84ad4c4c0e969b5b)
            check_type(argname="argument max_surge", value=max_surge, expected_type=type_hints["max_surge"])
            check_type(argname="argument max_unavailable", value=max_unavailable, expected_type=type_hints["max_unavailable"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_surge is not None:
            self._values["max_surge"] = max_surge
        if max_unavailable is not None:
            self._values["max_unavailable"] = max_unavailable

    @builtins.property
    def max_surge(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge"]:
        '''maxSurge is the maximum number of machines that can be scheduled above the desired number of machines.

        Value can be an absolute number (ex: 5) or a percentage of
        desired machines (ex: 10%).
        This can not be 0 if MaxUnavailable is 0.
        Absolute number is calculated from percentage by rounding up.
        Defaults to 1.
        Example: when this is set to 30%, the new MachineSet can be scaled
        up immediately when the rolling update starts, such that the total
        number of old and new machines do not exceed 130% of desired
        machines. Once old machines have been killed, new MachineSet can
        be scaled up further, ensuring that total number of machines running
        at any time during the update is at most 130% of desired machines.

        :default: 1.

        :schema: MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate#maxSurge
        '''
        result = self._values.get("max_surge")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge"], result)

    @builtins.property
    def max_unavailable(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable"]:
        '''maxUnavailable is the maximum number of machines that can be unavailable during the update.

        Value can be an absolute number (ex: 5) or a percentage of desired
        machines (ex: 10%).
        Absolute number is calculated from percentage by rounding down.
        This can not be 0 if MaxSurge is 0.
        Defaults to 0.
        Example: when this is set to 30%, the old MachineSet can be scaled
        down to 70% of desired machines immediately when the rolling update
        starts. Once new machines are ready, old MachineSet can be scaled
        down further, followed by scaling up the new MachineSet, ensuring
        that the total number of machines available at all times
        during the update is at least 70% of desired machines.

        :default: 0.

        :schema: MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate#maxUnavailable
        '''
        result = self._values.get("max_unavailable")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge",
):
    '''maxSurge is the maximum number of machines that can be scheduled above the desired number of machines.

    Value can be an absolute number (ex: 5) or a percentage of
    desired machines (ex: 10%).
    This can not be 0 if MaxUnavailable is 0.
    Absolute number is calculated from percentage by rounding up.
    Defaults to 1.
    Example: when this is set to 30%, the new MachineSet can be scaled
    up immediately when the rolling update starts, such that the total
    number of old and new machines do not exceed 130% of desired
    machines. Once old machines have been killed, new MachineSet can
    be scaled up further, ensuring that total number of machines running
    at any time during the update is at most 130% of desired machines.

    :default: 1.

    :schema: MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5a6dbb2dcfdf4bed9c885870e387eddd7a37fcf5530fc7445f519a0da49507d5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f9f2ecdea7a795927a52c2dbb84afe012fc8f2537a434a0cac5ec026a94f85c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable",
):
    '''maxUnavailable is the maximum number of machines that can be unavailable during the update.

    Value can be an absolute number (ex: 5) or a percentage of desired
    machines (ex: 10%).
    Absolute number is calculated from percentage by rounding down.
    This can not be 0 if MaxSurge is 0.
    Defaults to 0.
    Example: when this is set to 30%, the old MachineSet can be scaled
    down to 70% of desired machines immediately when the rolling update
    starts. Once new machines are ready, old MachineSet can be scaled
    down further, followed by scaling up the new MachineSet, ensuring
    that the total number of machines available at all times
    during the update is at least 70% of desired machines.

    :default: 0.

    :schema: MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f61cb6e27c425494c45427561472a5d069b6c13ad395d66bdf77599db6ab7bf3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__48c712438e80e824aaf72275c84d554e49a2bcc0be36ada8b9ce49ffd1652f84)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecRolloutStrategyType")
class MachineDeploymentV1Beta2SpecRolloutStrategyType(enum.Enum):
    '''type of rollout.

    Allowed values are RollingUpdate and OnDelete.
    Default is RollingUpdate.

    :default: RollingUpdate.

    :schema: MachineDeploymentV1Beta2SpecRolloutStrategyType
    '''

    ROLLING_UPDATE = "ROLLING_UPDATE"
    '''RollingUpdate.'''
    ON_DELETE = "ON_DELETE"
    '''OnDelete.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class MachineDeploymentV1Beta2SpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["MachineDeploymentV1Beta2SpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''selector is the label selector for machines.

        Existing MachineSets whose machines are
        selected by this will be the ones affected by this deployment.
        It must match the machine template's labels.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: MachineDeploymentV1Beta2SpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54aaafa7f8868e471a06ba64fd37782dc977364c353215fcd3bb1a619b1d2aa5)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["MachineDeploymentV1Beta2SpecSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: MachineDeploymentV1Beta2SpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["MachineDeploymentV1Beta2SpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: MachineDeploymentV1Beta2SpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class MachineDeploymentV1Beta2SpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: MachineDeploymentV1Beta2SpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ed975f463c0eb9ca890bdcae1cb238a851bfcb8c6c06d94ead5c9337fc911f81)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: MachineDeploymentV1Beta2SpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: MachineDeploymentV1Beta2SpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: MachineDeploymentV1Beta2SpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class MachineDeploymentV1Beta2SpecTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["MachineDeploymentV1Beta2SpecTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["MachineDeploymentV1Beta2SpecTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''template describes the machines that will be created.

        :param spec: spec is the specification of the desired behavior of the machine. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status
        :param metadata: metadata is the standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: MachineDeploymentV1Beta2SpecTemplate
        '''
        if isinstance(spec, dict):
            spec = MachineDeploymentV1Beta2SpecTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = MachineDeploymentV1Beta2SpecTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3264e0d5fa8a8ea03d28b8b2802bbdca379bd752dbb1921d2510a8863df05d5d)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "MachineDeploymentV1Beta2SpecTemplateSpec":
        '''spec is the specification of the desired behavior of the machine.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :schema: MachineDeploymentV1Beta2SpecTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("MachineDeploymentV1Beta2SpecTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecTemplateMetadata"]:
        '''metadata is the standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: MachineDeploymentV1Beta2SpecTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class MachineDeploymentV1Beta2SpecTemplateMetadata:
    def __init__(
        self,
        *,
        annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''metadata is the standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :param annotations: annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations
        :param labels: labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: MachineDeploymentV1Beta2SpecTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7191db52db0205a0482902deb180a13a9e8abc2c0d613da335d244e71c2d30d)
            check_type(argname="argument annotations", value=annotations, expected_type=type_hints["annotations"])
            check_type(argname="argument labels", value=labels, expected_type=type_hints["labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if annotations is not None:
            self._values["annotations"] = annotations
        if labels is not None:
            self._values["labels"] = labels

    @builtins.property
    def annotations(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata.

        They are not
        queryable and should be preserved when modifying objects.
        More info: http://kubernetes.io/docs/user-guide/annotations

        :schema: MachineDeploymentV1Beta2SpecTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers
        and services.
        More info: http://kubernetes.io/docs/user-guide/labels

        :schema: MachineDeploymentV1Beta2SpecTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "bootstrap": "bootstrap",
        "cluster_name": "clusterName",
        "infrastructure_ref": "infrastructureRef",
        "deletion": "deletion",
        "failure_domain": "failureDomain",
        "min_ready_seconds": "minReadySeconds",
        "provider_id": "providerId",
        "readiness_gates": "readinessGates",
        "taints": "taints",
        "version": "version",
    },
)
class MachineDeploymentV1Beta2SpecTemplateSpec:
    def __init__(
        self,
        *,
        bootstrap: typing.Union["MachineDeploymentV1Beta2SpecTemplateSpecBootstrap", typing.Dict[builtins.str, typing.Any]],
        cluster_name: builtins.str,
        infrastructure_ref: typing.Union["MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef", typing.Dict[builtins.str, typing.Any]],
        deletion: typing.Optional[typing.Union["MachineDeploymentV1Beta2SpecTemplateSpecDeletion", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_domain: typing.Optional[builtins.str] = None,
        min_ready_seconds: typing.Optional[jsii.Number] = None,
        provider_id: typing.Optional[builtins.str] = None,
        readiness_gates: typing.Optional[typing.Sequence[typing.Union["MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates", typing.Dict[builtins.str, typing.Any]]]] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["MachineDeploymentV1Beta2SpecTemplateSpecTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
        version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''spec is the specification of the desired behavior of the machine.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

        :param bootstrap: bootstrap is a reference to a local struct which encapsulates fields to configure the Machine’s bootstrapping mechanism.
        :param cluster_name: clusterName is the name of the Cluster this object belongs to.
        :param infrastructure_ref: infrastructureRef is a required reference to a custom resource offered by an infrastructure provider.
        :param deletion: deletion contains configuration options for Machine deletion.
        :param failure_domain: failureDomain is the failure domain the machine will be created in. Must match the name of a FailureDomain from the Cluster status.
        :param min_ready_seconds: minReadySeconds is the minimum number of seconds for which a Machine should be ready before considering it available. Defaults to 0 (Machine will be considered available as soon as the Machine is ready) Default: 0 (Machine will be considered available as soon as the Machine is ready)
        :param provider_id: providerID is the identification ID of the machine provided by the provider. This field must match the provider ID as seen on the node object corresponding to this machine. This field is required by higher level consumers of cluster-api. Example use case is cluster autoscaler with cluster-api as provider. Clean-up logic in the autoscaler compares machines to nodes to find out machines at provider which could not get registered as Kubernetes nodes. With cluster-api as a generic out-of-tree provider for autoscaler, this field is required by autoscaler to be able to have a provider view of the list of machines. Another list of nodes is queried from the k8s apiserver and then a comparison is done to find out unregistered machines and are marked for delete. This field will be set by the actuators and consumed by higher level entities like autoscaler that will be interfacing with cluster-api as generic provider.
        :param readiness_gates: readinessGates specifies additional conditions to include when evaluating Machine Ready condition. This field can be used e.g. by Cluster API control plane providers to extend the semantic of the Ready condition for the Machine they control, like the kubeadm control provider adding ReadinessGates for the APIServerPodHealthy, SchedulerPodHealthy conditions, etc. Another example are external controllers, e.g. responsible to install special software/hardware on the Machines; they can include the status of those components with a new condition and add this condition to ReadinessGates. NOTE: In case readinessGates conditions start with the APIServer, ControllerManager, Scheduler prefix, and all those readiness gates condition are reporting the same message, when computing the Machine's Ready condition those readinessGates will be replaced by a single entry reporting "Control plane components: " + message. This helps to improve readability of conditions bubbling up to the Machine's owner resource / to the Cluster).
        :param taints: taints are the node taints that Cluster API will manage. This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes, e.g. the node controller might add the node.kubernetes.io/not-ready taint. Only those taints defined in this list will be added or removed by core Cluster API controllers. There can be at most 64 taints. A pod would have to tolerate all existing taints to run on the corresponding node. NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.
        :param version: version defines the desired Kubernetes version. This field is meant to be optionally used by bootstrap providers.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec
        '''
        if isinstance(bootstrap, dict):
            bootstrap = MachineDeploymentV1Beta2SpecTemplateSpecBootstrap(**bootstrap)
        if isinstance(infrastructure_ref, dict):
            infrastructure_ref = MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef(**infrastructure_ref)
        if isinstance(deletion, dict):
            deletion = MachineDeploymentV1Beta2SpecTemplateSpecDeletion(**deletion)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6c641b2b2c5f040f587d5f1f27ba20f99a1be69b5f0990c9c2a287fa977da5d3)
            check_type(argname="argument bootstrap", value=bootstrap, expected_type=type_hints["bootstrap"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument infrastructure_ref", value=infrastructure_ref, expected_type=type_hints["infrastructure_ref"])
            check_type(argname="argument deletion", value=deletion, expected_type=type_hints["deletion"])
            check_type(argname="argument failure_domain", value=failure_domain, expected_type=type_hints["failure_domain"])
            check_type(argname="argument min_ready_seconds", value=min_ready_seconds, expected_type=type_hints["min_ready_seconds"])
            check_type(argname="argument provider_id", value=provider_id, expected_type=type_hints["provider_id"])
            check_type(argname="argument readiness_gates", value=readiness_gates, expected_type=type_hints["readiness_gates"])
            check_type(argname="argument taints", value=taints, expected_type=type_hints["taints"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "bootstrap": bootstrap,
            "cluster_name": cluster_name,
            "infrastructure_ref": infrastructure_ref,
        }
        if deletion is not None:
            self._values["deletion"] = deletion
        if failure_domain is not None:
            self._values["failure_domain"] = failure_domain
        if min_ready_seconds is not None:
            self._values["min_ready_seconds"] = min_ready_seconds
        if provider_id is not None:
            self._values["provider_id"] = provider_id
        if readiness_gates is not None:
            self._values["readiness_gates"] = readiness_gates
        if taints is not None:
            self._values["taints"] = taints
        if version is not None:
            self._values["version"] = version

    @builtins.property
    def bootstrap(self) -> "MachineDeploymentV1Beta2SpecTemplateSpecBootstrap":
        '''bootstrap is a reference to a local struct which encapsulates fields to configure the Machine’s bootstrapping mechanism.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#bootstrap
        '''
        result = self._values.get("bootstrap")
        assert result is not None, "Required property 'bootstrap' is missing"
        return typing.cast("MachineDeploymentV1Beta2SpecTemplateSpecBootstrap", result)

    @builtins.property
    def cluster_name(self) -> builtins.str:
        '''clusterName is the name of the Cluster this object belongs to.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#clusterName
        '''
        result = self._values.get("cluster_name")
        assert result is not None, "Required property 'cluster_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def infrastructure_ref(
        self,
    ) -> "MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef":
        '''infrastructureRef is a required reference to a custom resource offered by an infrastructure provider.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#infrastructureRef
        '''
        result = self._values.get("infrastructure_ref")
        assert result is not None, "Required property 'infrastructure_ref' is missing"
        return typing.cast("MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef", result)

    @builtins.property
    def deletion(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecTemplateSpecDeletion"]:
        '''deletion contains configuration options for Machine deletion.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#deletion
        '''
        result = self._values.get("deletion")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecTemplateSpecDeletion"], result)

    @builtins.property
    def failure_domain(self) -> typing.Optional[builtins.str]:
        '''failureDomain is the failure domain the machine will be created in.

        Must match the name of a FailureDomain from the Cluster status.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#failureDomain
        '''
        result = self._values.get("failure_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def min_ready_seconds(self) -> typing.Optional[jsii.Number]:
        '''minReadySeconds is the minimum number of seconds for which a Machine should be ready before considering it available.

        Defaults to 0 (Machine will be considered available as soon as the Machine is ready)

        :default: 0 (Machine will be considered available as soon as the Machine is ready)

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#minReadySeconds
        '''
        result = self._values.get("min_ready_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def provider_id(self) -> typing.Optional[builtins.str]:
        '''providerID is the identification ID of the machine provided by the provider.

        This field must match the provider ID as seen on the node object corresponding to this machine.
        This field is required by higher level consumers of cluster-api. Example use case is cluster autoscaler
        with cluster-api as provider. Clean-up logic in the autoscaler compares machines to nodes to find out
        machines at provider which could not get registered as Kubernetes nodes. With cluster-api as a
        generic out-of-tree provider for autoscaler, this field is required by autoscaler to be
        able to have a provider view of the list of machines. Another list of nodes is queried from the k8s apiserver
        and then a comparison is done to find out unregistered machines and are marked for delete.
        This field will be set by the actuators and consumed by higher level entities like autoscaler that will
        be interfacing with cluster-api as generic provider.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#providerID
        '''
        result = self._values.get("provider_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def readiness_gates(
        self,
    ) -> typing.Optional[typing.List["MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates"]]:
        '''readinessGates specifies additional conditions to include when evaluating Machine Ready condition.

        This field can be used e.g. by Cluster API control plane providers to extend the semantic of the
        Ready condition for the Machine they control, like the kubeadm control provider adding ReadinessGates
        for the APIServerPodHealthy, SchedulerPodHealthy conditions, etc.

        Another example are external controllers, e.g. responsible to install special software/hardware on the Machines;
        they can include the status of those components with a new condition and add this condition to ReadinessGates.

        NOTE: In case readinessGates conditions start with the APIServer, ControllerManager, Scheduler prefix, and all those
        readiness gates condition are reporting the same message, when computing the Machine's Ready condition those
        readinessGates will be replaced by a single entry reporting "Control plane components: " + message.
        This helps to improve readability of conditions bubbling up to the Machine's owner resource / to the Cluster).

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#readinessGates
        '''
        result = self._values.get("readiness_gates")
        return typing.cast(typing.Optional[typing.List["MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates"]], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["MachineDeploymentV1Beta2SpecTemplateSpecTaints"]]:
        '''taints are the node taints that Cluster API will manage.

        This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes,
        e.g. the node controller might add the node.kubernetes.io/not-ready taint.
        Only those taints defined in this list will be added or removed by core Cluster API controllers.

        There can be at most 64 taints.
        A pod would have to tolerate all existing taints to run on the corresponding node.

        NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["MachineDeploymentV1Beta2SpecTemplateSpecTaints"]], result)

    @builtins.property
    def version(self) -> typing.Optional[builtins.str]:
        '''version defines the desired Kubernetes version.

        This field is meant to be optionally used by bootstrap providers.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpec#version
        '''
        result = self._values.get("version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpecBootstrap",
    jsii_struct_bases=[],
    name_mapping={"config_ref": "configRef", "data_secret_name": "dataSecretName"},
)
class MachineDeploymentV1Beta2SpecTemplateSpecBootstrap:
    def __init__(
        self,
        *,
        config_ref: typing.Optional[typing.Union["MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef", typing.Dict[builtins.str, typing.Any]]] = None,
        data_secret_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''bootstrap is a reference to a local struct which encapsulates fields to configure the Machine’s bootstrapping mechanism.

        :param config_ref: configRef is a reference to a bootstrap provider-specific resource that holds configuration details. The reference is optional to allow users/operators to specify Bootstrap.DataSecretName without the need of a controller.
        :param data_secret_name: dataSecretName is the name of the secret that stores the bootstrap data script. If nil, the Machine should remain in the Pending state.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecBootstrap
        '''
        if isinstance(config_ref, dict):
            config_ref = MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef(**config_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e34811b29a2a9aeff2baf582380a8d7730a9d3f191e8d74eb8739dc9fd69983e)
            check_type(argname="argument config_ref", value=config_ref, expected_type=type_hints["config_ref"])
            check_type(argname="argument data_secret_name", value=data_secret_name, expected_type=type_hints["data_secret_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_ref is not None:
            self._values["config_ref"] = config_ref
        if data_secret_name is not None:
            self._values["data_secret_name"] = data_secret_name

    @builtins.property
    def config_ref(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef"]:
        '''configRef is a reference to a bootstrap provider-specific resource that holds configuration details.

        The reference is optional to
        allow users/operators to specify Bootstrap.DataSecretName without
        the need of a controller.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecBootstrap#configRef
        '''
        result = self._values.get("config_ref")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef"], result)

    @builtins.property
    def data_secret_name(self) -> typing.Optional[builtins.str]:
        '''dataSecretName is the name of the secret that stores the bootstrap data script.

        If nil, the Machine should remain in the Pending state.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecBootstrap#dataSecretName
        '''
        result = self._values.get("data_secret_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecTemplateSpecBootstrap(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef",
    jsii_struct_bases=[],
    name_mapping={"api_group": "apiGroup", "kind": "kind", "name": "name"},
)
class MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef:
    def __init__(
        self,
        *,
        api_group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''configRef is a reference to a bootstrap provider-specific resource that holds configuration details.

        The reference is optional to
        allow users/operators to specify Bootstrap.DataSecretName without
        the need of a controller.

        :param api_group: apiGroup is the group of the resource being referenced. apiGroup must be fully qualified domain name. The corresponding version for this reference will be looked up from the contract labels of the corresponding CRD of the resource being referenced.
        :param kind: kind of the resource being referenced. kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.
        :param name: name of the resource being referenced. name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6b1f6dc37d8cfc588eb10bb9a18918b0b21b90a94aff1acace1d2dea64b49f6)
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_group": api_group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_group(self) -> builtins.str:
        '''apiGroup is the group of the resource being referenced.

        apiGroup must be fully qualified domain name.
        The corresponding version for this reference will be looked up from the contract
        labels of the corresponding CRD of the resource being referenced.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef#apiGroup
        '''
        result = self._values.get("api_group")
        assert result is not None, "Required property 'api_group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind of the resource being referenced.

        kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the resource being referenced.

        name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpecDeletion",
    jsii_struct_bases=[],
    name_mapping={
        "node_deletion_timeout_seconds": "nodeDeletionTimeoutSeconds",
        "node_drain_timeout_seconds": "nodeDrainTimeoutSeconds",
        "node_volume_detach_timeout_seconds": "nodeVolumeDetachTimeoutSeconds",
    },
)
class MachineDeploymentV1Beta2SpecTemplateSpecDeletion:
    def __init__(
        self,
        *,
        node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''deletion contains configuration options for Machine deletion.

        :param node_deletion_timeout_seconds: nodeDeletionTimeoutSeconds defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion. A duration of 0 will retry deletion indefinitely. Defaults to 10 seconds. Default: 10 seconds.
        :param node_drain_timeout_seconds: nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a node. The default value is 0, meaning that the node can be drained without any time limitations. NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout_seconds: nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecDeletion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__09678f2c683b182e311ef5cdbe1a23c0013c2db5c86ac8088f9b247dc0078e98)
            check_type(argname="argument node_deletion_timeout_seconds", value=node_deletion_timeout_seconds, expected_type=type_hints["node_deletion_timeout_seconds"])
            check_type(argname="argument node_drain_timeout_seconds", value=node_drain_timeout_seconds, expected_type=type_hints["node_drain_timeout_seconds"])
            check_type(argname="argument node_volume_detach_timeout_seconds", value=node_volume_detach_timeout_seconds, expected_type=type_hints["node_volume_detach_timeout_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_deletion_timeout_seconds is not None:
            self._values["node_deletion_timeout_seconds"] = node_deletion_timeout_seconds
        if node_drain_timeout_seconds is not None:
            self._values["node_drain_timeout_seconds"] = node_drain_timeout_seconds
        if node_volume_detach_timeout_seconds is not None:
            self._values["node_volume_detach_timeout_seconds"] = node_volume_detach_timeout_seconds

    @builtins.property
    def node_deletion_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeDeletionTimeoutSeconds defines how long the controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion.

        A duration of 0 will retry deletion indefinitely.
        Defaults to 10 seconds.

        :default: 10 seconds.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecDeletion#nodeDeletionTimeoutSeconds
        '''
        result = self._values.get("node_deletion_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_drain_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a node.

        The default value is 0, meaning that the node can be drained without any time limitations.
        NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecDeletion#nodeDrainTimeoutSeconds
        '''
        result = self._values.get("node_drain_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_volume_detach_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecDeletion#nodeVolumeDetachTimeoutSeconds
        '''
        result = self._values.get("node_volume_detach_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecTemplateSpecDeletion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef",
    jsii_struct_bases=[],
    name_mapping={"api_group": "apiGroup", "kind": "kind", "name": "name"},
)
class MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef:
    def __init__(
        self,
        *,
        api_group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''infrastructureRef is a required reference to a custom resource offered by an infrastructure provider.

        :param api_group: apiGroup is the group of the resource being referenced. apiGroup must be fully qualified domain name. The corresponding version for this reference will be looked up from the contract labels of the corresponding CRD of the resource being referenced.
        :param kind: kind of the resource being referenced. kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.
        :param name: name of the resource being referenced. name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78103dfcfe3f335369fc73297b41f09a7915575b251c18fece7c1f81f2dc0295)
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_group": api_group,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_group(self) -> builtins.str:
        '''apiGroup is the group of the resource being referenced.

        apiGroup must be fully qualified domain name.
        The corresponding version for this reference will be looked up from the contract
        labels of the corresponding CRD of the resource being referenced.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef#apiGroup
        '''
        result = self._values.get("api_group")
        assert result is not None, "Required property 'api_group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind of the resource being referenced.

        kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the resource being referenced.

        name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates",
    jsii_struct_bases=[],
    name_mapping={"condition_type": "conditionType", "polarity": "polarity"},
)
class MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates:
    def __init__(
        self,
        *,
        condition_type: builtins.str,
        polarity: typing.Optional["MachineDeploymentV1Beta2SpecTemplateSpecReadinessGatesPolarity"] = None,
    ) -> None:
        '''MachineReadinessGate contains the type of a Machine condition to be used as a readiness gate.

        :param condition_type: conditionType refers to a condition with matching type in the Machine's condition list. If the conditions doesn't exist, it will be treated as unknown. Note: Both Cluster API conditions or conditions added by 3rd party controllers can be used as readiness gates.
        :param polarity: polarity of the conditionType specified in this readinessGate. Valid values are Positive, Negative and omitted. When omitted, the default behaviour will be Positive. A positive polarity means that the condition should report a true status under normal conditions. A negative polarity means that the condition should report a false status under normal conditions.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5aae8820bfbdb32a93c96fc8065dee8fe2b0fac8ada0c17c8419265f7ded8d26)
            check_type(argname="argument condition_type", value=condition_type, expected_type=type_hints["condition_type"])
            check_type(argname="argument polarity", value=polarity, expected_type=type_hints["polarity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "condition_type": condition_type,
        }
        if polarity is not None:
            self._values["polarity"] = polarity

    @builtins.property
    def condition_type(self) -> builtins.str:
        '''conditionType refers to a condition with matching type in the Machine's condition list.

        If the conditions doesn't exist, it will be treated as unknown.
        Note: Both Cluster API conditions or conditions added by 3rd party controllers can be used as readiness gates.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates#conditionType
        '''
        result = self._values.get("condition_type")
        assert result is not None, "Required property 'condition_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def polarity(
        self,
    ) -> typing.Optional["MachineDeploymentV1Beta2SpecTemplateSpecReadinessGatesPolarity"]:
        '''polarity of the conditionType specified in this readinessGate.

        Valid values are Positive, Negative and omitted.
        When omitted, the default behaviour will be Positive.
        A positive polarity means that the condition should report a true status under normal conditions.
        A negative polarity means that the condition should report a false status under normal conditions.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates#polarity
        '''
        result = self._values.get("polarity")
        return typing.cast(typing.Optional["MachineDeploymentV1Beta2SpecTemplateSpecReadinessGatesPolarity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpecReadinessGatesPolarity"
)
class MachineDeploymentV1Beta2SpecTemplateSpecReadinessGatesPolarity(enum.Enum):
    '''polarity of the conditionType specified in this readinessGate.

    Valid values are Positive, Negative and omitted.
    When omitted, the default behaviour will be Positive.
    A positive polarity means that the condition should report a true status under normal conditions.
    A negative polarity means that the condition should report a false status under normal conditions.

    :schema: MachineDeploymentV1Beta2SpecTemplateSpecReadinessGatesPolarity
    '''

    POSITIVE = "POSITIVE"
    '''Positive.'''
    NEGATIVE = "NEGATIVE"
    '''Negative.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpecTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "propagation": "propagation",
        "value": "value",
    },
)
class MachineDeploymentV1Beta2SpecTemplateSpecTaints:
    def __init__(
        self,
        *,
        effect: "MachineDeploymentV1Beta2SpecTemplateSpecTaintsEffect",
        key: builtins.str,
        propagation: "MachineDeploymentV1Beta2SpecTemplateSpecTaintsPropagation",
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MachineTaint defines a taint equivalent to corev1.Taint, but additionally having a propagation field.

        :param effect: effect is the effect for the taint. Valid values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: key is the taint key to be applied to a node. Must be a valid qualified name of maximum size 63 characters with an optional subdomain prefix of maximum size 253 characters, separated by a ``/``.
        :param propagation: propagation defines how this taint should be propagated to nodes. Valid values are 'Always' and 'OnInitialization'. Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation. OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.
        :param value: value is the taint value corresponding to the taint key. It must be a valid label value of maximum size 63 characters.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47ef95d0f087d335d63563f389ef7af4f587dff69d93870fffe13fe54288def2)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument propagation", value=propagation, expected_type=type_hints["propagation"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "effect": effect,
            "key": key,
            "propagation": propagation,
        }
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> "MachineDeploymentV1Beta2SpecTemplateSpecTaintsEffect":
        '''effect is the effect for the taint.

        Valid values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast("MachineDeploymentV1Beta2SpecTemplateSpecTaintsEffect", result)

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the taint key to be applied to a node.

        Must be a valid qualified name of maximum size 63 characters
        with an optional subdomain prefix of maximum size 253 characters,
        separated by a ``/``.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def propagation(
        self,
    ) -> "MachineDeploymentV1Beta2SpecTemplateSpecTaintsPropagation":
        '''propagation defines how this taint should be propagated to nodes.

        Valid values are 'Always' and 'OnInitialization'.
        Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
        OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecTaints#propagation
        '''
        result = self._values.get("propagation")
        assert result is not None, "Required property 'propagation' is missing"
        return typing.cast("MachineDeploymentV1Beta2SpecTemplateSpecTaintsPropagation", result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''value is the taint value corresponding to the taint key.

        It must be a valid label value of maximum size 63 characters.

        :schema: MachineDeploymentV1Beta2SpecTemplateSpecTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineDeploymentV1Beta2SpecTemplateSpecTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpecTaintsEffect"
)
class MachineDeploymentV1Beta2SpecTemplateSpecTaintsEffect(enum.Enum):
    '''effect is the effect for the taint.

    Valid values are NoSchedule, PreferNoSchedule and NoExecute.

    :schema: MachineDeploymentV1Beta2SpecTemplateSpecTaintsEffect
    '''

    NO_SCHEDULE = "NO_SCHEDULE"
    '''NoSchedule.'''
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    '''PreferNoSchedule.'''
    NO_EXECUTE = "NO_EXECUTE"
    '''NoExecute.'''


@jsii.enum(
    jsii_type="iox-k8scluster.MachineDeploymentV1Beta2SpecTemplateSpecTaintsPropagation"
)
class MachineDeploymentV1Beta2SpecTemplateSpecTaintsPropagation(enum.Enum):
    '''propagation defines how this taint should be propagated to nodes.

    Valid values are 'Always' and 'OnInitialization'.
    Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
    OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

    :schema: MachineDeploymentV1Beta2SpecTemplateSpecTaintsPropagation
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_INITIALIZATION = "ON_INITIALIZATION"
    '''OnInitialization.'''


class MachineHealthCheck(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineHealthCheck",
):
    '''MachineHealthCheck is the Schema for the machinehealthchecks API.

    :schema: MachineHealthCheck
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MachineHealthCheckSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "MachineHealthCheck" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: Specification of machine health check policy.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5a2f015b430300c04cdf3f555da8e71fda4aa13e27443a346b713f1710286b60)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MachineHealthCheckProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MachineHealthCheckSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "MachineHealthCheck".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: Specification of machine health check policy.
        '''
        props = MachineHealthCheckProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "MachineHealthCheck".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class MachineHealthCheckProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["MachineHealthCheckSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''MachineHealthCheck is the Schema for the machinehealthchecks API.

        :param metadata: 
        :param spec: Specification of machine health check policy.

        :schema: MachineHealthCheck
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = MachineHealthCheckSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__59e10e939e92d76231e2c44f76a17f888fdb1b6d919b6734b852bc6e646654a6)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: MachineHealthCheck#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["MachineHealthCheckSpec"]:
        '''Specification of machine health check policy.

        :schema: MachineHealthCheck#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["MachineHealthCheckSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_name": "clusterName",
        "selector": "selector",
        "unhealthy_conditions": "unhealthyConditions",
        "max_unhealthy": "maxUnhealthy",
        "node_startup_timeout": "nodeStartupTimeout",
        "remediation_template": "remediationTemplate",
        "unhealthy_range": "unhealthyRange",
    },
)
class MachineHealthCheckSpec:
    def __init__(
        self,
        *,
        cluster_name: builtins.str,
        selector: typing.Union["MachineHealthCheckSpecSelector", typing.Dict[builtins.str, typing.Any]],
        unhealthy_conditions: typing.Sequence[typing.Union["MachineHealthCheckSpecUnhealthyConditions", typing.Dict[builtins.str, typing.Any]]],
        max_unhealthy: typing.Optional["MachineHealthCheckSpecMaxUnhealthy"] = None,
        node_startup_timeout: typing.Optional[builtins.str] = None,
        remediation_template: typing.Optional[typing.Union["MachineHealthCheckSpecRemediationTemplate", typing.Dict[builtins.str, typing.Any]]] = None,
        unhealthy_range: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Specification of machine health check policy.

        :param cluster_name: ClusterName is the name of the Cluster this object belongs to.
        :param selector: Label selector to match machines whose health will be exercised.
        :param unhealthy_conditions: UnhealthyConditions contains a list of the conditions that determine whether a node is considered unhealthy. The conditions are combined in a logical OR, i.e. if any of the conditions is met, the node is unhealthy.
        :param max_unhealthy: Any further remediation is only allowed if at most "MaxUnhealthy" machines selected by "selector" are not healthy.
        :param node_startup_timeout: Machines older than this duration without a node will be considered to have failed and will be remediated. If not set, this value is defaulted to 10 minutes. If you wish to disable this feature, set the value explicitly to 0.
        :param remediation_template: RemediationTemplate is a reference to a remediation template provided by an infrastructure provider. This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.
        :param unhealthy_range: Any further remediation is only allowed if the number of machines selected by "selector" as not healthy is within the range of "UnhealthyRange". Takes precedence over MaxUnhealthy. Eg. "[3-5]" - This means that remediation will be allowed only when: (a) there are at least 3 unhealthy machines (and) (b) there are at most 5 unhealthy machines

        :schema: MachineHealthCheckSpec
        '''
        if isinstance(selector, dict):
            selector = MachineHealthCheckSpecSelector(**selector)
        if isinstance(remediation_template, dict):
            remediation_template = MachineHealthCheckSpecRemediationTemplate(**remediation_template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50b835457f2b7caf66cb5dbaf7f76322f37ddfa55df2d1ac28baaed79c5f9e40)
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument unhealthy_conditions", value=unhealthy_conditions, expected_type=type_hints["unhealthy_conditions"])
            check_type(argname="argument max_unhealthy", value=max_unhealthy, expected_type=type_hints["max_unhealthy"])
            check_type(argname="argument node_startup_timeout", value=node_startup_timeout, expected_type=type_hints["node_startup_timeout"])
            check_type(argname="argument remediation_template", value=remediation_template, expected_type=type_hints["remediation_template"])
            check_type(argname="argument unhealthy_range", value=unhealthy_range, expected_type=type_hints["unhealthy_range"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_name": cluster_name,
            "selector": selector,
            "unhealthy_conditions": unhealthy_conditions,
        }
        if max_unhealthy is not None:
            self._values["max_unhealthy"] = max_unhealthy
        if node_startup_timeout is not None:
            self._values["node_startup_timeout"] = node_startup_timeout
        if remediation_template is not None:
            self._values["remediation_template"] = remediation_template
        if unhealthy_range is not None:
            self._values["unhealthy_range"] = unhealthy_range

    @builtins.property
    def cluster_name(self) -> builtins.str:
        '''ClusterName is the name of the Cluster this object belongs to.

        :schema: MachineHealthCheckSpec#clusterName
        '''
        result = self._values.get("cluster_name")
        assert result is not None, "Required property 'cluster_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def selector(self) -> "MachineHealthCheckSpecSelector":
        '''Label selector to match machines whose health will be exercised.

        :schema: MachineHealthCheckSpec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("MachineHealthCheckSpecSelector", result)

    @builtins.property
    def unhealthy_conditions(
        self,
    ) -> typing.List["MachineHealthCheckSpecUnhealthyConditions"]:
        '''UnhealthyConditions contains a list of the conditions that determine whether a node is considered unhealthy.

        The conditions are combined in a logical OR, i.e. if any of the conditions is met, the node is unhealthy.

        :schema: MachineHealthCheckSpec#unhealthyConditions
        '''
        result = self._values.get("unhealthy_conditions")
        assert result is not None, "Required property 'unhealthy_conditions' is missing"
        return typing.cast(typing.List["MachineHealthCheckSpecUnhealthyConditions"], result)

    @builtins.property
    def max_unhealthy(self) -> typing.Optional["MachineHealthCheckSpecMaxUnhealthy"]:
        '''Any further remediation is only allowed if at most "MaxUnhealthy" machines selected by "selector" are not healthy.

        :schema: MachineHealthCheckSpec#maxUnhealthy
        '''
        result = self._values.get("max_unhealthy")
        return typing.cast(typing.Optional["MachineHealthCheckSpecMaxUnhealthy"], result)

    @builtins.property
    def node_startup_timeout(self) -> typing.Optional[builtins.str]:
        '''Machines older than this duration without a node will be considered to have failed and will be remediated.

        If not set, this value is defaulted to 10 minutes. If you wish to disable this feature, set the value explicitly to 0.

        :schema: MachineHealthCheckSpec#nodeStartupTimeout
        '''
        result = self._values.get("node_startup_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def remediation_template(
        self,
    ) -> typing.Optional["MachineHealthCheckSpecRemediationTemplate"]:
        '''RemediationTemplate is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.

        :schema: MachineHealthCheckSpec#remediationTemplate
        '''
        result = self._values.get("remediation_template")
        return typing.cast(typing.Optional["MachineHealthCheckSpecRemediationTemplate"], result)

    @builtins.property
    def unhealthy_range(self) -> typing.Optional[builtins.str]:
        '''Any further remediation is only allowed if the number of machines selected by "selector" as not healthy is within the range of "UnhealthyRange".

        Takes precedence over MaxUnhealthy. Eg. "[3-5]" - This means that remediation will be allowed only when: (a) there are at least 3 unhealthy machines (and) (b) there are at most 5 unhealthy machines

        :schema: MachineHealthCheckSpec#unhealthyRange
        '''
        result = self._values.get("unhealthy_range")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachineHealthCheckSpecMaxUnhealthy(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineHealthCheckSpecMaxUnhealthy",
):
    '''Any further remediation is only allowed if at most "MaxUnhealthy" machines selected by "selector" are not healthy.

    :schema: MachineHealthCheckSpecMaxUnhealthy
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(cls, value: jsii.Number) -> "MachineHealthCheckSpecMaxUnhealthy":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3364a88d20c772fa4fa900165619f3ffad358ec1c1e50888841a6f088f143bb7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineHealthCheckSpecMaxUnhealthy", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(cls, value: builtins.str) -> "MachineHealthCheckSpecMaxUnhealthy":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7e6fe0f5c6f296ce74932833fb58b37028cb7bee3bf2c4b33cfac872d01c978)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineHealthCheckSpecMaxUnhealthy", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckSpecRemediationTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "field_path": "fieldPath",
        "kind": "kind",
        "name": "name",
        "namespace": "namespace",
        "resource_version": "resourceVersion",
        "uid": "uid",
    },
)
class MachineHealthCheckSpecRemediationTemplate:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        field_path: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        name: typing.Optional[builtins.str] = None,
        namespace: typing.Optional[builtins.str] = None,
        resource_version: typing.Optional[builtins.str] = None,
        uid: typing.Optional[builtins.str] = None,
    ) -> None:
        '''RemediationTemplate is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.

        :param api_version: API version of the referent.
        :param field_path: If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.
        :param kind: Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param namespace: Namespace of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/
        :param resource_version: Specific resourceVersion to which this reference is made, if any. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency
        :param uid: UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: MachineHealthCheckSpecRemediationTemplate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3fff54923f83867dbe1ee9e672145700881e44b9335d9a8a0df526cec8485b5)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument namespace", value=namespace, expected_type=type_hints["namespace"])
            check_type(argname="argument resource_version", value=resource_version, expected_type=type_hints["resource_version"])
            check_type(argname="argument uid", value=uid, expected_type=type_hints["uid"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if field_path is not None:
            self._values["field_path"] = field_path
        if kind is not None:
            self._values["kind"] = kind
        if name is not None:
            self._values["name"] = name
        if namespace is not None:
            self._values["namespace"] = namespace
        if resource_version is not None:
            self._values["resource_version"] = resource_version
        if uid is not None:
            self._values["uid"] = uid

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''API version of the referent.

        :schema: MachineHealthCheckSpecRemediationTemplate#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def field_path(self) -> typing.Optional[builtins.str]:
        '''If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.

        :schema: MachineHealthCheckSpecRemediationTemplate#fieldPath
        '''
        result = self._values.get("field_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind of the referent.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: MachineHealthCheckSpecRemediationTemplate#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: MachineHealthCheckSpecRemediationTemplate#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: MachineHealthCheckSpecRemediationTemplate#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_version(self) -> typing.Optional[builtins.str]:
        '''Specific resourceVersion to which this reference is made, if any.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency

        :schema: MachineHealthCheckSpecRemediationTemplate#resourceVersion
        '''
        result = self._values.get("resource_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''UID of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: MachineHealthCheckSpecRemediationTemplate#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckSpecRemediationTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckSpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class MachineHealthCheckSpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["MachineHealthCheckSpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''Label selector to match machines whose health will be exercised.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: MachineHealthCheckSpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f701ffdc3cac9d5b98bb1b750d2b1ababb5bc205e69dcae47cc1d84d3a0328bf)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["MachineHealthCheckSpecSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: MachineHealthCheckSpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["MachineHealthCheckSpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: MachineHealthCheckSpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckSpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckSpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class MachineHealthCheckSpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: MachineHealthCheckSpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__70a8c4902913cc19241252c593538b7e812ba2af35ca5ed9655704cb91e1d870)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: MachineHealthCheckSpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: MachineHealthCheckSpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: MachineHealthCheckSpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckSpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckSpecUnhealthyConditions",
    jsii_struct_bases=[],
    name_mapping={"status": "status", "timeout": "timeout", "type": "type"},
)
class MachineHealthCheckSpecUnhealthyConditions:
    def __init__(
        self,
        *,
        status: builtins.str,
        timeout: builtins.str,
        type: builtins.str,
    ) -> None:
        '''UnhealthyCondition represents a Node condition type and value with a timeout specified as a duration.

        When the named condition has been in the given status for at least the timeout value, a node is considered unhealthy.

        :param status: 
        :param timeout: 
        :param type: 

        :schema: MachineHealthCheckSpecUnhealthyConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5750fc75f3b195db8140c874be5d62c58ce2f2aeb9437f2a369bdb9e2aef91db)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
            "timeout": timeout,
            "type": type,
        }

    @builtins.property
    def status(self) -> builtins.str:
        '''
        :schema: MachineHealthCheckSpecUnhealthyConditions#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def timeout(self) -> builtins.str:
        '''
        :schema: MachineHealthCheckSpecUnhealthyConditions#timeout
        '''
        result = self._values.get("timeout")
        assert result is not None, "Required property 'timeout' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''
        :schema: MachineHealthCheckSpecUnhealthyConditions#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckSpecUnhealthyConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachineHealthCheckV1Beta2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2",
):
    '''MachineHealthCheck is the Schema for the machinehealthchecks API.

    :schema: MachineHealthCheckV1Beta2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["MachineHealthCheckV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "MachineHealthCheckV1Beta2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: spec is the specification of machine health check policy.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0930351dcc69ef35d97517dcfff998a3ff0a1ea0b5295313f22cb153fc743b61)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = MachineHealthCheckV1Beta2Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["MachineHealthCheckV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "MachineHealthCheckV1Beta2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: spec is the specification of machine health check policy.
        :param metadata: 
        '''
        props = MachineHealthCheckV1Beta2Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "MachineHealthCheckV1Beta2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class MachineHealthCheckV1Beta2Props:
    def __init__(
        self,
        *,
        spec: typing.Union["MachineHealthCheckV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''MachineHealthCheck is the Schema for the machinehealthchecks API.

        :param spec: spec is the specification of machine health check policy.
        :param metadata: 

        :schema: MachineHealthCheckV1Beta2
        '''
        if isinstance(spec, dict):
            spec = MachineHealthCheckV1Beta2Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b50c719726e12d718ae22f2fae0812fcca953b4a00d81a294d3bdd7205c89605)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "MachineHealthCheckV1Beta2Spec":
        '''spec is the specification of machine health check policy.

        :schema: MachineHealthCheckV1Beta2#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("MachineHealthCheckV1Beta2Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: MachineHealthCheckV1Beta2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2Spec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_name": "clusterName",
        "selector": "selector",
        "checks": "checks",
        "remediation": "remediation",
    },
)
class MachineHealthCheckV1Beta2Spec:
    def __init__(
        self,
        *,
        cluster_name: builtins.str,
        selector: typing.Union["MachineHealthCheckV1Beta2SpecSelector", typing.Dict[builtins.str, typing.Any]],
        checks: typing.Optional[typing.Union["MachineHealthCheckV1Beta2SpecChecks", typing.Dict[builtins.str, typing.Any]]] = None,
        remediation: typing.Optional[typing.Union["MachineHealthCheckV1Beta2SpecRemediation", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''spec is the specification of machine health check policy.

        :param cluster_name: clusterName is the name of the Cluster this object belongs to.
        :param selector: selector is a label selector to match machines whose health will be exercised.
        :param checks: checks are the checks that are used to evaluate if a Machine is healthy. Independent of this configuration the MachineHealthCheck controller will always flag Machines with ``cluster.x-k8s.io/remediate-machine`` annotation and Machines with deleted Nodes as unhealthy. Furthermore, if checks.nodeStartupTimeoutSeconds is not set it is defaulted to 10 minutes and evaluated accordingly.
        :param remediation: remediation configures if and how remediations are triggered if a Machine is unhealthy. If remediation or remediation.triggerIf is not set, remediation will always be triggered for unhealthy Machines. If remediation or remediation.templateRef is not set, the OwnerRemediated condition will be set on unhealthy Machines to trigger remediation via the owner of the Machines, for example a MachineSet or a KubeadmControlPlane.

        :schema: MachineHealthCheckV1Beta2Spec
        '''
        if isinstance(selector, dict):
            selector = MachineHealthCheckV1Beta2SpecSelector(**selector)
        if isinstance(checks, dict):
            checks = MachineHealthCheckV1Beta2SpecChecks(**checks)
        if isinstance(remediation, dict):
            remediation = MachineHealthCheckV1Beta2SpecRemediation(**remediation)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__de910e3d1cb6c6b3050df0cb5cc5c6710c96592fe2cfba702e3087ca3797a11b)
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument selector", value=selector, expected_type=type_hints["selector"])
            check_type(argname="argument checks", value=checks, expected_type=type_hints["checks"])
            check_type(argname="argument remediation", value=remediation, expected_type=type_hints["remediation"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "cluster_name": cluster_name,
            "selector": selector,
        }
        if checks is not None:
            self._values["checks"] = checks
        if remediation is not None:
            self._values["remediation"] = remediation

    @builtins.property
    def cluster_name(self) -> builtins.str:
        '''clusterName is the name of the Cluster this object belongs to.

        :schema: MachineHealthCheckV1Beta2Spec#clusterName
        '''
        result = self._values.get("cluster_name")
        assert result is not None, "Required property 'cluster_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def selector(self) -> "MachineHealthCheckV1Beta2SpecSelector":
        '''selector is a label selector to match machines whose health will be exercised.

        :schema: MachineHealthCheckV1Beta2Spec#selector
        '''
        result = self._values.get("selector")
        assert result is not None, "Required property 'selector' is missing"
        return typing.cast("MachineHealthCheckV1Beta2SpecSelector", result)

    @builtins.property
    def checks(self) -> typing.Optional["MachineHealthCheckV1Beta2SpecChecks"]:
        '''checks are the checks that are used to evaluate if a Machine is healthy.

        Independent of this configuration the MachineHealthCheck controller will always
        flag Machines with ``cluster.x-k8s.io/remediate-machine`` annotation and
        Machines with deleted Nodes as unhealthy.

        Furthermore, if checks.nodeStartupTimeoutSeconds is not set it
        is defaulted to 10 minutes and evaluated accordingly.

        :schema: MachineHealthCheckV1Beta2Spec#checks
        '''
        result = self._values.get("checks")
        return typing.cast(typing.Optional["MachineHealthCheckV1Beta2SpecChecks"], result)

    @builtins.property
    def remediation(
        self,
    ) -> typing.Optional["MachineHealthCheckV1Beta2SpecRemediation"]:
        '''remediation configures if and how remediations are triggered if a Machine is unhealthy.

        If remediation or remediation.triggerIf is not set,
        remediation will always be triggered for unhealthy Machines.

        If remediation or remediation.templateRef is not set,
        the OwnerRemediated condition will be set on unhealthy Machines to trigger remediation via
        the owner of the Machines, for example a MachineSet or a KubeadmControlPlane.

        :schema: MachineHealthCheckV1Beta2Spec#remediation
        '''
        result = self._values.get("remediation")
        return typing.cast(typing.Optional["MachineHealthCheckV1Beta2SpecRemediation"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecChecks",
    jsii_struct_bases=[],
    name_mapping={
        "node_startup_timeout_seconds": "nodeStartupTimeoutSeconds",
        "unhealthy_machine_conditions": "unhealthyMachineConditions",
        "unhealthy_node_conditions": "unhealthyNodeConditions",
    },
)
class MachineHealthCheckV1Beta2SpecChecks:
    def __init__(
        self,
        *,
        node_startup_timeout_seconds: typing.Optional[jsii.Number] = None,
        unhealthy_machine_conditions: typing.Optional[typing.Sequence[typing.Union["MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
        unhealthy_node_conditions: typing.Optional[typing.Sequence[typing.Union["MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''checks are the checks that are used to evaluate if a Machine is healthy.

        Independent of this configuration the MachineHealthCheck controller will always
        flag Machines with ``cluster.x-k8s.io/remediate-machine`` annotation and
        Machines with deleted Nodes as unhealthy.

        Furthermore, if checks.nodeStartupTimeoutSeconds is not set it
        is defaulted to 10 minutes and evaluated accordingly.

        :param node_startup_timeout_seconds: nodeStartupTimeoutSeconds allows to set the maximum time for MachineHealthCheck to consider a Machine unhealthy if a corresponding Node isn't associated through a ``Spec.ProviderID`` field. The duration set in this field is compared to the greatest of: - Cluster's infrastructure ready condition timestamp (if and when available) - Control Plane's initialized condition timestamp (if and when available) - Machine's infrastructure ready condition timestamp (if and when available) - Machine's metadata creation timestamp Defaults to 10 minutes. If you wish to disable this feature, set the value explicitly to 0. Default: 10 minutes.
        :param unhealthy_machine_conditions: unhealthyMachineConditions contains a list of the machine conditions that determine whether a machine is considered unhealthy. The conditions are combined in a logical OR, i.e. if any of the conditions is met, the machine is unhealthy.
        :param unhealthy_node_conditions: unhealthyNodeConditions contains a list of conditions that determine whether a node is considered unhealthy. The conditions are combined in a logical OR, i.e. if any of the conditions is met, the node is unhealthy.

        :schema: MachineHealthCheckV1Beta2SpecChecks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__afda03d4beee3d3c01621602b6b097ff6855eaf0a68314bd167896cd1830117f)
            check_type(argname="argument node_startup_timeout_seconds", value=node_startup_timeout_seconds, expected_type=type_hints["node_startup_timeout_seconds"])
            check_type(argname="argument unhealthy_machine_conditions", value=unhealthy_machine_conditions, expected_type=type_hints["unhealthy_machine_conditions"])
            check_type(argname="argument unhealthy_node_conditions", value=unhealthy_node_conditions, expected_type=type_hints["unhealthy_node_conditions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if node_startup_timeout_seconds is not None:
            self._values["node_startup_timeout_seconds"] = node_startup_timeout_seconds
        if unhealthy_machine_conditions is not None:
            self._values["unhealthy_machine_conditions"] = unhealthy_machine_conditions
        if unhealthy_node_conditions is not None:
            self._values["unhealthy_node_conditions"] = unhealthy_node_conditions

    @builtins.property
    def node_startup_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeStartupTimeoutSeconds allows to set the maximum time for MachineHealthCheck to consider a Machine unhealthy if a corresponding Node isn't associated through a ``Spec.ProviderID`` field.

        The duration set in this field is compared to the greatest of:

        - Cluster's infrastructure ready condition timestamp (if and when available)
        - Control Plane's initialized condition timestamp (if and when available)
        - Machine's infrastructure ready condition timestamp (if and when available)
        - Machine's metadata creation timestamp

        Defaults to 10 minutes.
        If you wish to disable this feature, set the value explicitly to 0.

        :default: 10 minutes.

        :schema: MachineHealthCheckV1Beta2SpecChecks#nodeStartupTimeoutSeconds
        '''
        result = self._values.get("node_startup_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def unhealthy_machine_conditions(
        self,
    ) -> typing.Optional[typing.List["MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions"]]:
        '''unhealthyMachineConditions contains a list of the machine conditions that determine whether a machine is considered unhealthy.

        The conditions are combined in a
        logical OR, i.e. if any of the conditions is met, the machine is unhealthy.

        :schema: MachineHealthCheckV1Beta2SpecChecks#unhealthyMachineConditions
        '''
        result = self._values.get("unhealthy_machine_conditions")
        return typing.cast(typing.Optional[typing.List["MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions"]], result)

    @builtins.property
    def unhealthy_node_conditions(
        self,
    ) -> typing.Optional[typing.List["MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions"]]:
        '''unhealthyNodeConditions contains a list of conditions that determine whether a node is considered unhealthy.

        The conditions are combined in a
        logical OR, i.e. if any of the conditions is met, the node is unhealthy.

        :schema: MachineHealthCheckV1Beta2SpecChecks#unhealthyNodeConditions
        '''
        result = self._values.get("unhealthy_node_conditions")
        return typing.cast(typing.Optional[typing.List["MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2SpecChecks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions",
    jsii_struct_bases=[],
    name_mapping={
        "status": "status",
        "timeout_seconds": "timeoutSeconds",
        "type": "type",
    },
)
class MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions:
    def __init__(
        self,
        *,
        status: "MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditionsStatus",
        timeout_seconds: jsii.Number,
        type: builtins.str,
    ) -> None:
        '''UnhealthyMachineCondition represents a Machine condition type and value with a timeout specified as a duration.

        When the named condition has been in the given
        status for at least the timeout value, a machine is considered unhealthy.

        :param status: status of the condition, one of True, False, Unknown.
        :param timeout_seconds: timeoutSeconds is the duration that a machine must be in a given status for, after which the machine is considered unhealthy. For example, with a value of "3600", the machine must match the status for at least 1 hour before being considered unhealthy.
        :param type: type of Machine condition.

        :schema: MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4d19da93df51983244a1ec9306a98fbb837243b37ecd233e8edb7e1a09a0ad3)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
            "timeout_seconds": timeout_seconds,
            "type": type,
        }

    @builtins.property
    def status(
        self,
    ) -> "MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditionsStatus":
        '''status of the condition, one of True, False, Unknown.

        :schema: MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast("MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditionsStatus", result)

    @builtins.property
    def timeout_seconds(self) -> jsii.Number:
        '''timeoutSeconds is the duration that a machine must be in a given status for, after which the machine is considered unhealthy.

        For example, with a value of "3600", the machine must match the status
        for at least 1 hour before being considered unhealthy.

        :schema: MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        assert result is not None, "Required property 'timeout_seconds' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''type of Machine condition.

        :schema: MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditionsStatus"
)
class MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditionsStatus(enum.Enum):
    '''status of the condition, one of True, False, Unknown.

    :schema: MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditionsStatus
    '''

    TRUE = "TRUE"
    '''True.'''
    FALSE = "FALSE"
    '''False.'''
    UNKNOWN = "UNKNOWN"
    '''Unknown.'''


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions",
    jsii_struct_bases=[],
    name_mapping={
        "status": "status",
        "timeout_seconds": "timeoutSeconds",
        "type": "type",
    },
)
class MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions:
    def __init__(
        self,
        *,
        status: builtins.str,
        timeout_seconds: jsii.Number,
        type: builtins.str,
    ) -> None:
        '''UnhealthyNodeCondition represents a Node condition type and value with a timeout specified as a duration.

        When the named condition has been in the given
        status for at least the timeout value, a node is considered unhealthy.

        :param status: status of the condition, one of True, False, Unknown.
        :param timeout_seconds: timeoutSeconds is the duration that a node must be in a given status for, after which the node is considered unhealthy. For example, with a value of "3600", the node must match the status for at least 1 hour before being considered unhealthy.
        :param type: type of Node condition.

        :schema: MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e46224416dceff9e3e400f372255aec5fb62aaee0b6cd6685a78a7b72cafa796)
            check_type(argname="argument status", value=status, expected_type=type_hints["status"])
            check_type(argname="argument timeout_seconds", value=timeout_seconds, expected_type=type_hints["timeout_seconds"])
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "status": status,
            "timeout_seconds": timeout_seconds,
            "type": type,
        }

    @builtins.property
    def status(self) -> builtins.str:
        '''status of the condition, one of True, False, Unknown.

        :schema: MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions#status
        '''
        result = self._values.get("status")
        assert result is not None, "Required property 'status' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def timeout_seconds(self) -> jsii.Number:
        '''timeoutSeconds is the duration that a node must be in a given status for, after which the node is considered unhealthy.

        For example, with a value of "3600", the node must match the status
        for at least 1 hour before being considered unhealthy.

        :schema: MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions#timeoutSeconds
        '''
        result = self._values.get("timeout_seconds")
        assert result is not None, "Required property 'timeout_seconds' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def type(self) -> builtins.str:
        '''type of Node condition.

        :schema: MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecRemediation",
    jsii_struct_bases=[],
    name_mapping={"template_ref": "templateRef", "trigger_if": "triggerIf"},
)
class MachineHealthCheckV1Beta2SpecRemediation:
    def __init__(
        self,
        *,
        template_ref: typing.Optional[typing.Union["MachineHealthCheckV1Beta2SpecRemediationTemplateRef", typing.Dict[builtins.str, typing.Any]]] = None,
        trigger_if: typing.Optional[typing.Union["MachineHealthCheckV1Beta2SpecRemediationTriggerIf", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''remediation configures if and how remediations are triggered if a Machine is unhealthy.

        If remediation or remediation.triggerIf is not set,
        remediation will always be triggered for unhealthy Machines.

        If remediation or remediation.templateRef is not set,
        the OwnerRemediated condition will be set on unhealthy Machines to trigger remediation via
        the owner of the Machines, for example a MachineSet or a KubeadmControlPlane.

        :param template_ref: templateRef is a reference to a remediation template provided by an infrastructure provider. This field is completely optional, when filled, the MachineHealthCheck controller creates a new object from the template referenced and hands off remediation of the machine to a controller that lives outside of Cluster API.
        :param trigger_if: triggerIf configures if remediations are triggered. If this field is not set, remediations are always triggered.

        :schema: MachineHealthCheckV1Beta2SpecRemediation
        '''
        if isinstance(template_ref, dict):
            template_ref = MachineHealthCheckV1Beta2SpecRemediationTemplateRef(**template_ref)
        if isinstance(trigger_if, dict):
            trigger_if = MachineHealthCheckV1Beta2SpecRemediationTriggerIf(**trigger_if)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e61668cb3044811c5fdca6752ad0b771488c1bb1bacae6bf4505d6925e4c044)
            check_type(argname="argument template_ref", value=template_ref, expected_type=type_hints["template_ref"])
            check_type(argname="argument trigger_if", value=trigger_if, expected_type=type_hints["trigger_if"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if template_ref is not None:
            self._values["template_ref"] = template_ref
        if trigger_if is not None:
            self._values["trigger_if"] = trigger_if

    @builtins.property
    def template_ref(
        self,
    ) -> typing.Optional["MachineHealthCheckV1Beta2SpecRemediationTemplateRef"]:
        '''templateRef is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller
        creates a new object from the template referenced and hands off remediation of the machine to
        a controller that lives outside of Cluster API.

        :schema: MachineHealthCheckV1Beta2SpecRemediation#templateRef
        '''
        result = self._values.get("template_ref")
        return typing.cast(typing.Optional["MachineHealthCheckV1Beta2SpecRemediationTemplateRef"], result)

    @builtins.property
    def trigger_if(
        self,
    ) -> typing.Optional["MachineHealthCheckV1Beta2SpecRemediationTriggerIf"]:
        '''triggerIf configures if remediations are triggered.

        If this field is not set, remediations are always triggered.

        :schema: MachineHealthCheckV1Beta2SpecRemediation#triggerIf
        '''
        result = self._values.get("trigger_if")
        return typing.cast(typing.Optional["MachineHealthCheckV1Beta2SpecRemediationTriggerIf"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2SpecRemediation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecRemediationTemplateRef",
    jsii_struct_bases=[],
    name_mapping={"api_version": "apiVersion", "kind": "kind", "name": "name"},
)
class MachineHealthCheckV1Beta2SpecRemediationTemplateRef:
    def __init__(
        self,
        *,
        api_version: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''templateRef is a reference to a remediation template provided by an infrastructure provider.

        This field is completely optional, when filled, the MachineHealthCheck controller
        creates a new object from the template referenced and hands off remediation of the machine to
        a controller that lives outside of Cluster API.

        :param api_version: apiVersion of the remediation template. apiVersion must be fully qualified domain name followed by / and a version. NOTE: This field must be kept in sync with the APIVersion of the remediation template.
        :param kind: kind of the remediation template. kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.
        :param name: name of the remediation template. name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: MachineHealthCheckV1Beta2SpecRemediationTemplateRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47c93aa9754858b0b56f8f3932a1115b11ea5c458360ed690f4948aff906549c)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "api_version": api_version,
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def api_version(self) -> builtins.str:
        '''apiVersion of the remediation template.

        apiVersion must be fully qualified domain name followed by / and a version.
        NOTE: This field must be kept in sync with the APIVersion of the remediation template.

        :schema: MachineHealthCheckV1Beta2SpecRemediationTemplateRef#apiVersion
        '''
        result = self._values.get("api_version")
        assert result is not None, "Required property 'api_version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind of the remediation template.

        kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.

        :schema: MachineHealthCheckV1Beta2SpecRemediationTemplateRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the remediation template.

        name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: MachineHealthCheckV1Beta2SpecRemediationTemplateRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2SpecRemediationTemplateRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecRemediationTriggerIf",
    jsii_struct_bases=[],
    name_mapping={
        "unhealthy_in_range": "unhealthyInRange",
        "unhealthy_less_than_or_equal_to": "unhealthyLessThanOrEqualTo",
    },
)
class MachineHealthCheckV1Beta2SpecRemediationTriggerIf:
    def __init__(
        self,
        *,
        unhealthy_in_range: typing.Optional[builtins.str] = None,
        unhealthy_less_than_or_equal_to: typing.Optional["MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo"] = None,
    ) -> None:
        '''triggerIf configures if remediations are triggered.

        If this field is not set, remediations are always triggered.

        :param unhealthy_in_range: unhealthyInRange specifies that remediations are only triggered if the number of unhealthy Machines is in the configured range. Takes precedence over unhealthyLessThanOrEqualTo. Eg. "[3-5]" - This means that remediation will be allowed only when: (a) there are at least 3 unhealthy Machines (and) (b) there are at most 5 unhealthy Machines
        :param unhealthy_less_than_or_equal_to: unhealthyLessThanOrEqualTo specifies that remediations are only triggered if the number of unhealthy Machines is less than or equal to the configured value. unhealthyInRange takes precedence if set.

        :schema: MachineHealthCheckV1Beta2SpecRemediationTriggerIf
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4308c98a72da3500e2a892de2fd3f3dca85bb8524f1540178dd21501d062219a)
            check_type(argname="argument unhealthy_in_range", value=unhealthy_in_range, expected_type=type_hints["unhealthy_in_range"])
            check_type(argname="argument unhealthy_less_than_or_equal_to", value=unhealthy_less_than_or_equal_to, expected_type=type_hints["unhealthy_less_than_or_equal_to"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if unhealthy_in_range is not None:
            self._values["unhealthy_in_range"] = unhealthy_in_range
        if unhealthy_less_than_or_equal_to is not None:
            self._values["unhealthy_less_than_or_equal_to"] = unhealthy_less_than_or_equal_to

    @builtins.property
    def unhealthy_in_range(self) -> typing.Optional[builtins.str]:
        '''unhealthyInRange specifies that remediations are only triggered if the number of unhealthy Machines is in the configured range.

        Takes precedence over unhealthyLessThanOrEqualTo.
        Eg. "[3-5]" - This means that remediation will be allowed only when:
        (a) there are at least 3 unhealthy Machines (and)
        (b) there are at most 5 unhealthy Machines

        :schema: MachineHealthCheckV1Beta2SpecRemediationTriggerIf#unhealthyInRange
        '''
        result = self._values.get("unhealthy_in_range")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unhealthy_less_than_or_equal_to(
        self,
    ) -> typing.Optional["MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo"]:
        '''unhealthyLessThanOrEqualTo specifies that remediations are only triggered if the number of unhealthy Machines is less than or equal to the configured value.

        unhealthyInRange takes precedence if set.

        :schema: MachineHealthCheckV1Beta2SpecRemediationTriggerIf#unhealthyLessThanOrEqualTo
        '''
        result = self._values.get("unhealthy_less_than_or_equal_to")
        return typing.cast(typing.Optional["MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2SpecRemediationTriggerIf(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo",
):
    '''unhealthyLessThanOrEqualTo specifies that remediations are only triggered if the number of unhealthy Machines is less than or equal to the configured value.

    unhealthyInRange takes precedence if set.

    :schema: MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__644d0284da55c767e18f2c5cea9e2ce6d240e6fce6291d439fec20d2f3d96263)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4b79aa6b02e8aab0ff200c0e74d72950b0cd0af86aac6e8225ab622da29c7fa5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class MachineHealthCheckV1Beta2SpecSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["MachineHealthCheckV1Beta2SpecSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''selector is a label selector to match machines whose health will be exercised.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: MachineHealthCheckV1Beta2SpecSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4d6c270f60516d0b9b22468c07258be0319e13e6d37f96af788e909483d1649d)
            check_type(argname="argument match_expressions", value=match_expressions, expected_type=type_hints["match_expressions"])
            check_type(argname="argument match_labels", value=match_labels, expected_type=type_hints["match_labels"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if match_expressions is not None:
            self._values["match_expressions"] = match_expressions
        if match_labels is not None:
            self._values["match_labels"] = match_labels

    @builtins.property
    def match_expressions(
        self,
    ) -> typing.Optional[typing.List["MachineHealthCheckV1Beta2SpecSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: MachineHealthCheckV1Beta2SpecSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["MachineHealthCheckV1Beta2SpecSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: MachineHealthCheckV1Beta2SpecSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2SpecSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8scluster.MachineHealthCheckV1Beta2SpecSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class MachineHealthCheckV1Beta2SpecSelectorMatchExpressions:
    def __init__(
        self,
        *,
        key: builtins.str,
        operator: builtins.str,
        values: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''A label selector requirement is a selector that contains values, a key, and an operator that relates the key and values.

        :param key: key is the label key that the selector applies to.
        :param operator: operator represents a key's relationship to a set of values. Valid operators are In, NotIn, Exists and DoesNotExist.
        :param values: values is an array of string values. If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: MachineHealthCheckV1Beta2SpecSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6566ab9e2d5b7f7a7aa31892106760d03a2bfcf4b871e524067cbef91a31e215)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument operator", value=operator, expected_type=type_hints["operator"])
            check_type(argname="argument values", value=values, expected_type=type_hints["values"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "operator": operator,
        }
        if values is not None:
            self._values["values"] = values

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the label key that the selector applies to.

        :schema: MachineHealthCheckV1Beta2SpecSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: MachineHealthCheckV1Beta2SpecSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn,
        the values array must be non-empty. If the operator is Exists or DoesNotExist,
        the values array must be empty. This array is replaced during a strategic
        merge patch.

        :schema: MachineHealthCheckV1Beta2SpecSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "MachineHealthCheckV1Beta2SpecSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "Cluster",
    "ClusterProps",
    "ClusterSpec",
    "ClusterSpecClusterNetwork",
    "ClusterSpecClusterNetworkPods",
    "ClusterSpecClusterNetworkServices",
    "ClusterSpecControlPlaneEndpoint",
    "ClusterSpecControlPlaneRef",
    "ClusterSpecInfrastructureRef",
    "ClusterSpecTopology",
    "ClusterSpecTopologyControlPlane",
    "ClusterSpecTopologyControlPlaneMachineHealthCheck",
    "ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy",
    "ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate",
    "ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions",
    "ClusterSpecTopologyControlPlaneMetadata",
    "ClusterSpecTopologyVariables",
    "ClusterSpecTopologyWorkers",
    "ClusterSpecTopologyWorkersMachineDeployments",
    "ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck",
    "ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy",
    "ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate",
    "ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions",
    "ClusterSpecTopologyWorkersMachineDeploymentsMetadata",
    "ClusterSpecTopologyWorkersMachineDeploymentsStrategy",
    "ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate",
    "ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateDeletePolicy",
    "ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge",
    "ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable",
    "ClusterSpecTopologyWorkersMachineDeploymentsStrategyType",
    "ClusterSpecTopologyWorkersMachineDeploymentsVariables",
    "ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides",
    "ClusterSpecTopologyWorkersMachinePools",
    "ClusterSpecTopologyWorkersMachinePoolsMetadata",
    "ClusterSpecTopologyWorkersMachinePoolsVariables",
    "ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides",
    "ClusterV1Beta2",
    "ClusterV1Beta2Props",
    "ClusterV1Beta2Spec",
    "ClusterV1Beta2SpecAvailabilityGates",
    "ClusterV1Beta2SpecAvailabilityGatesPolarity",
    "ClusterV1Beta2SpecClusterNetwork",
    "ClusterV1Beta2SpecClusterNetworkPods",
    "ClusterV1Beta2SpecClusterNetworkServices",
    "ClusterV1Beta2SpecControlPlaneEndpoint",
    "ClusterV1Beta2SpecControlPlaneRef",
    "ClusterV1Beta2SpecInfrastructureRef",
    "ClusterV1Beta2SpecTopology",
    "ClusterV1Beta2SpecTopologyClassRef",
    "ClusterV1Beta2SpecTopologyControlPlane",
    "ClusterV1Beta2SpecTopologyControlPlaneDeletion",
    "ClusterV1Beta2SpecTopologyControlPlaneHealthCheck",
    "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks",
    "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions",
    "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditionsStatus",
    "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions",
    "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation",
    "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef",
    "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf",
    "ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo",
    "ClusterV1Beta2SpecTopologyControlPlaneMetadata",
    "ClusterV1Beta2SpecTopologyControlPlaneReadinessGates",
    "ClusterV1Beta2SpecTopologyControlPlaneReadinessGatesPolarity",
    "ClusterV1Beta2SpecTopologyControlPlaneRollout",
    "ClusterV1Beta2SpecTopologyControlPlaneTaints",
    "ClusterV1Beta2SpecTopologyControlPlaneTaintsEffect",
    "ClusterV1Beta2SpecTopologyControlPlaneTaintsPropagation",
    "ClusterV1Beta2SpecTopologyControlPlaneVariables",
    "ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides",
    "ClusterV1Beta2SpecTopologyVariables",
    "ClusterV1Beta2SpecTopologyWorkers",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeployments",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletionOrder",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditionsStatus",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGatesPolarity",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyType",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsEffect",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsPropagation",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables",
    "ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides",
    "ClusterV1Beta2SpecTopologyWorkersMachinePools",
    "ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion",
    "ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata",
    "ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints",
    "ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsEffect",
    "ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsPropagation",
    "ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables",
    "ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides",
    "MachineDeployment",
    "MachineDeploymentProps",
    "MachineDeploymentSpec",
    "MachineDeploymentSpecSelector",
    "MachineDeploymentSpecSelectorMatchExpressions",
    "MachineDeploymentSpecStrategy",
    "MachineDeploymentSpecStrategyRollingUpdate",
    "MachineDeploymentSpecStrategyRollingUpdateDeletePolicy",
    "MachineDeploymentSpecStrategyRollingUpdateMaxSurge",
    "MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable",
    "MachineDeploymentSpecStrategyType",
    "MachineDeploymentSpecTemplate",
    "MachineDeploymentSpecTemplateMetadata",
    "MachineDeploymentSpecTemplateSpec",
    "MachineDeploymentSpecTemplateSpecBootstrap",
    "MachineDeploymentSpecTemplateSpecBootstrapConfigRef",
    "MachineDeploymentSpecTemplateSpecInfrastructureRef",
    "MachineDeploymentV1Beta2",
    "MachineDeploymentV1Beta2Props",
    "MachineDeploymentV1Beta2Spec",
    "MachineDeploymentV1Beta2SpecDeletion",
    "MachineDeploymentV1Beta2SpecDeletionOrder",
    "MachineDeploymentV1Beta2SpecMachineNaming",
    "MachineDeploymentV1Beta2SpecRemediation",
    "MachineDeploymentV1Beta2SpecRemediationMaxInFlight",
    "MachineDeploymentV1Beta2SpecRollout",
    "MachineDeploymentV1Beta2SpecRolloutStrategy",
    "MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate",
    "MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge",
    "MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable",
    "MachineDeploymentV1Beta2SpecRolloutStrategyType",
    "MachineDeploymentV1Beta2SpecSelector",
    "MachineDeploymentV1Beta2SpecSelectorMatchExpressions",
    "MachineDeploymentV1Beta2SpecTemplate",
    "MachineDeploymentV1Beta2SpecTemplateMetadata",
    "MachineDeploymentV1Beta2SpecTemplateSpec",
    "MachineDeploymentV1Beta2SpecTemplateSpecBootstrap",
    "MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef",
    "MachineDeploymentV1Beta2SpecTemplateSpecDeletion",
    "MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef",
    "MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates",
    "MachineDeploymentV1Beta2SpecTemplateSpecReadinessGatesPolarity",
    "MachineDeploymentV1Beta2SpecTemplateSpecTaints",
    "MachineDeploymentV1Beta2SpecTemplateSpecTaintsEffect",
    "MachineDeploymentV1Beta2SpecTemplateSpecTaintsPropagation",
    "MachineHealthCheck",
    "MachineHealthCheckProps",
    "MachineHealthCheckSpec",
    "MachineHealthCheckSpecMaxUnhealthy",
    "MachineHealthCheckSpecRemediationTemplate",
    "MachineHealthCheckSpecSelector",
    "MachineHealthCheckSpecSelectorMatchExpressions",
    "MachineHealthCheckSpecUnhealthyConditions",
    "MachineHealthCheckV1Beta2",
    "MachineHealthCheckV1Beta2Props",
    "MachineHealthCheckV1Beta2Spec",
    "MachineHealthCheckV1Beta2SpecChecks",
    "MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions",
    "MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditionsStatus",
    "MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions",
    "MachineHealthCheckV1Beta2SpecRemediation",
    "MachineHealthCheckV1Beta2SpecRemediationTemplateRef",
    "MachineHealthCheckV1Beta2SpecRemediationTriggerIf",
    "MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo",
    "MachineHealthCheckV1Beta2SpecSelector",
    "MachineHealthCheckV1Beta2SpecSelectorMatchExpressions",
]

publication.publish()

def _typecheckingstub__12f403876894de4593b8d3d89aa8c7826b085cf291b99811e7bbe3cb548ced1f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b950168730ca4d005e364edc946393cea86500ccebca761ec7e0635aa4a9783(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[ClusterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a1b3f48316c6951cf8aa40dcee2a1747328a4d35e5f477a309674b4aa0f59e2f(
    *,
    cluster_network: typing.Optional[typing.Union[ClusterSpecClusterNetwork, typing.Dict[builtins.str, typing.Any]]] = None,
    control_plane_endpoint: typing.Optional[typing.Union[ClusterSpecControlPlaneEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    control_plane_ref: typing.Optional[typing.Union[ClusterSpecControlPlaneRef, typing.Dict[builtins.str, typing.Any]]] = None,
    infrastructure_ref: typing.Optional[typing.Union[ClusterSpecInfrastructureRef, typing.Dict[builtins.str, typing.Any]]] = None,
    paused: typing.Optional[builtins.bool] = None,
    topology: typing.Optional[typing.Union[ClusterSpecTopology, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cff8a9bdb812c2ace50c8cfac14fa5c977af84651444f2df147fdac58a3afd46(
    *,
    api_server_port: typing.Optional[jsii.Number] = None,
    pods: typing.Optional[typing.Union[ClusterSpecClusterNetworkPods, typing.Dict[builtins.str, typing.Any]]] = None,
    service_domain: typing.Optional[builtins.str] = None,
    services: typing.Optional[typing.Union[ClusterSpecClusterNetworkServices, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0e3a1027535be3d4a449595793e559382d798dae2635c929152e726d797a48fb(
    *,
    cidr_blocks: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ad94cdb560f3ad24b5d3f74c7388c4cb94e9ceb9a59ffc5905d609b4ad33140(
    *,
    cidr_blocks: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e018d8714304cbfdb3daadc3daa15ca3a04a9e1f5e8c2495e82bb09551ee07d(
    *,
    host: builtins.str,
    port: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__01d271e047bc9290f5a2712c998281e00bc5cefc0ff474350b206bc90812e460(
    *,
    api_version: typing.Optional[builtins.str] = None,
    field_path: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    resource_version: typing.Optional[builtins.str] = None,
    uid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4017be25b1b7004091a249e2f3f6f8ab28f0f4a94163bc519671d5eeac57d85(
    *,
    api_version: typing.Optional[builtins.str] = None,
    field_path: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    resource_version: typing.Optional[builtins.str] = None,
    uid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97169c8ce4cd40a3b32a7a60afbf3dd723fdb9687220eb8476ce9d80ef29733b(
    *,
    class_: builtins.str,
    version: builtins.str,
    control_plane: typing.Optional[typing.Union[ClusterSpecTopologyControlPlane, typing.Dict[builtins.str, typing.Any]]] = None,
    rollout_after: typing.Optional[datetime.datetime] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ClusterSpecTopologyVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    workers: typing.Optional[typing.Union[ClusterSpecTopologyWorkers, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0b46d6aae5afcce781a841717c18cd4f2da636cd891ad4a2d690494ce69a413(
    *,
    machine_health_check: typing.Optional[typing.Union[ClusterSpecTopologyControlPlaneMachineHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Optional[typing.Union[ClusterSpecTopologyControlPlaneMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    node_deletion_timeout: typing.Optional[builtins.str] = None,
    node_drain_timeout: typing.Optional[builtins.str] = None,
    node_volume_detach_timeout: typing.Optional[builtins.str] = None,
    replicas: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e0d4ffe1491b1a1adfb8cda920b71a75d4a373602e6876fe005ecba932b5b661(
    *,
    enable: typing.Optional[builtins.bool] = None,
    max_unhealthy: typing.Optional[ClusterSpecTopologyControlPlaneMachineHealthCheckMaxUnhealthy] = None,
    node_startup_timeout: typing.Optional[builtins.str] = None,
    remediation_template: typing.Optional[typing.Union[ClusterSpecTopologyControlPlaneMachineHealthCheckRemediationTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    unhealthy_conditions: typing.Optional[typing.Sequence[typing.Union[ClusterSpecTopologyControlPlaneMachineHealthCheckUnhealthyConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    unhealthy_range: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c75b618029cac6b6e74003f4df58b3309a8069160d6721dbff7c441d57ea430c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3ebc859239e49dd6f34649a5d5e54777d901f21a5c0cd95837f6cb63b0deebd(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d040d16ea2f702cfc0d12200d1babd07ad1ac9c67cc96a94672ba41c49fa6e29(
    *,
    api_version: typing.Optional[builtins.str] = None,
    field_path: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    resource_version: typing.Optional[builtins.str] = None,
    uid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e793a83796a8819186d64a9730a3629c7820f12505c92897bb5229d40cc9a07(
    *,
    status: builtins.str,
    timeout: builtins.str,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c137b44b4487cf079214d6c7185fa3b4332cb41b46e429390daf3600716c591(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9a64d07be3f974014c87b57d9605fb9355eacd82e9126ee2a06e07f755b2b52(
    *,
    name: builtins.str,
    value: typing.Any,
    definition_from: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d8da2d10ad8e76cc7267dd2b61cb0f2da1f6537437b084d0583d0df93b4c53d(
    *,
    machine_deployments: typing.Optional[typing.Sequence[typing.Union[ClusterSpecTopologyWorkersMachineDeployments, typing.Dict[builtins.str, typing.Any]]]] = None,
    machine_pools: typing.Optional[typing.Sequence[typing.Union[ClusterSpecTopologyWorkersMachinePools, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__530b31ce3ed548899bd0f613b5540ff307b663febbd778e432e2b6725b288987(
    *,
    class_: builtins.str,
    name: builtins.str,
    failure_domain: typing.Optional[builtins.str] = None,
    machine_health_check: typing.Optional[typing.Union[ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Optional[typing.Union[ClusterSpecTopologyWorkersMachineDeploymentsMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    node_deletion_timeout: typing.Optional[builtins.str] = None,
    node_drain_timeout: typing.Optional[builtins.str] = None,
    node_volume_detach_timeout: typing.Optional[builtins.str] = None,
    replicas: typing.Optional[jsii.Number] = None,
    strategy: typing.Optional[typing.Union[ClusterSpecTopologyWorkersMachineDeploymentsStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
    variables: typing.Optional[typing.Union[ClusterSpecTopologyWorkersMachineDeploymentsVariables, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b720c6953658ad91604ee9dd60e640aace3f632ff5f138ff6af42f1b0639d8db(
    *,
    enable: typing.Optional[builtins.bool] = None,
    max_unhealthy: typing.Optional[ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckMaxUnhealthy] = None,
    node_startup_timeout: typing.Optional[builtins.str] = None,
    remediation_template: typing.Optional[typing.Union[ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckRemediationTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    unhealthy_conditions: typing.Optional[typing.Sequence[typing.Union[ClusterSpecTopologyWorkersMachineDeploymentsMachineHealthCheckUnhealthyConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    unhealthy_range: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fe28df75253427c586071617249f8c73613f684a66456ac301f72691733f27c6(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02f1c39a581bbbf6baf083c67130c377029559f3464e52ad6544802cf2553490(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ee94c1c42a065aaf707a8191a4141b3c294eadc0bfe109b872901ff21cb1abdd(
    *,
    api_version: typing.Optional[builtins.str] = None,
    field_path: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    resource_version: typing.Optional[builtins.str] = None,
    uid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__23adec96a7a11930bbbcdff90a0840ffbbb1fdbc1f4bc648c4db717f21c2a1b5(
    *,
    status: builtins.str,
    timeout: builtins.str,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1a6a70ea4dc3b36abd47c5fb1bd01a29011cee438268ab0ec1490fc83d91009c(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c0ffee0d76031c381c9b66eccbb14dcde3e373b3f68c59d9f7f082d4dfdab713(
    *,
    rolling_update: typing.Optional[typing.Union[ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdate, typing.Dict[builtins.str, typing.Any]]] = None,
    type: typing.Optional[ClusterSpecTopologyWorkersMachineDeploymentsStrategyType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__373f78a629366852a60df99faf774b2bdaea6f3f700b03d4cd6ec0c875c9b92b(
    *,
    delete_policy: typing.Optional[ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateDeletePolicy] = None,
    max_surge: typing.Optional[ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxSurge] = None,
    max_unavailable: typing.Optional[ClusterSpecTopologyWorkersMachineDeploymentsStrategyRollingUpdateMaxUnavailable] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6457dc6e91790dc91e3ee994426662b55b80ac22968bc3a7c7ac5462c22390a2(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92ea2f7908fbca98f6aee9e6e6926b6eba345925e2b2c53861d3821eccc59e49(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__94acd923954f7c6eb9420bb7bbd851b6ff8bfd7450648548d239b19f95d57c47(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__807935fe46e62e9f0fdacc8a62ecfdac9865bd48cd8f64b4c75375652cb40ca2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12a492ef979cb1814dc918ea2b17b09f5d0baad2b299129befdbf2359f6e0bb1(
    *,
    overrides: typing.Optional[typing.Sequence[typing.Union[ClusterSpecTopologyWorkersMachineDeploymentsVariablesOverrides, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed5e7c5ea83ae3765ed52b31c06004db3739e7b4fbde8b71965d5d49fed0807b(
    *,
    name: builtins.str,
    value: typing.Any,
    definition_from: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e9010e9f30df7b427436209014630bd6a264893564b4daa649b6dfa4c020b61f(
    *,
    class_: builtins.str,
    name: builtins.str,
    failure_domains: typing.Optional[typing.Sequence[builtins.str]] = None,
    metadata: typing.Optional[typing.Union[ClusterSpecTopologyWorkersMachinePoolsMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    node_deletion_timeout: typing.Optional[builtins.str] = None,
    node_drain_timeout: typing.Optional[builtins.str] = None,
    node_volume_detach_timeout: typing.Optional[builtins.str] = None,
    replicas: typing.Optional[jsii.Number] = None,
    variables: typing.Optional[typing.Union[ClusterSpecTopologyWorkersMachinePoolsVariables, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74d4f6241a2babadaa488ca02e4fe60138a9757ef796d6ff1fb0fb76f5e019cd(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6fe8252c4eb4f3eacd1cfff5b0433268f0876f4602520b0da5374b9549b3c82b(
    *,
    overrides: typing.Optional[typing.Sequence[typing.Union[ClusterSpecTopologyWorkersMachinePoolsVariablesOverrides, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8801ff54ae083357fce733a1d98507f929f2f26f931885017100bfe2b519b22(
    *,
    name: builtins.str,
    value: typing.Any,
    definition_from: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7ce35572289c7583ff7792d75bb58e23628d4a0a73bb30c06b9d0e03cb33685(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[ClusterV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__71ed44ec7e4346b6e60289e43510d18826e718b0c12751d9ebabecfda22188a7(
    *,
    spec: typing.Union[ClusterV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b778448852367aa5d3e65ac87b3c229c118cb7def9aef790d3e1d1d4fdaf842c(
    *,
    availability_gates: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecAvailabilityGates, typing.Dict[builtins.str, typing.Any]]]] = None,
    cluster_network: typing.Optional[typing.Union[ClusterV1Beta2SpecClusterNetwork, typing.Dict[builtins.str, typing.Any]]] = None,
    control_plane_endpoint: typing.Optional[typing.Union[ClusterV1Beta2SpecControlPlaneEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    control_plane_ref: typing.Optional[typing.Union[ClusterV1Beta2SpecControlPlaneRef, typing.Dict[builtins.str, typing.Any]]] = None,
    infrastructure_ref: typing.Optional[typing.Union[ClusterV1Beta2SpecInfrastructureRef, typing.Dict[builtins.str, typing.Any]]] = None,
    paused: typing.Optional[builtins.bool] = None,
    topology: typing.Optional[typing.Union[ClusterV1Beta2SpecTopology, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2caccc7af5352c1daeb06699f37864d4e3f7526786320b414ad01f77d7788cb(
    *,
    condition_type: builtins.str,
    polarity: typing.Optional[ClusterV1Beta2SpecAvailabilityGatesPolarity] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7d47cfb922d78b8ccc87a8241bc4ee853dcacbd04ece923ca5ec561e52c6b765(
    *,
    api_server_port: typing.Optional[jsii.Number] = None,
    pods: typing.Optional[typing.Union[ClusterV1Beta2SpecClusterNetworkPods, typing.Dict[builtins.str, typing.Any]]] = None,
    service_domain: typing.Optional[builtins.str] = None,
    services: typing.Optional[typing.Union[ClusterV1Beta2SpecClusterNetworkServices, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0843ea24131a0d2c51bd0ac6c8312ccb6944be5c6db944ed9aa13fc242cc898a(
    *,
    cidr_blocks: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4916f24f911efa9cb81ba54a23674184162dd16076f0fedd9bf9b708c0957287(
    *,
    cidr_blocks: typing.Sequence[builtins.str],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65b582475203877a1c92b51fe9ed6316f0962fafe6554194dd08cc786a16190c(
    *,
    host: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__046e6eec65df30f41545742d5381cf0f6b71e95dc1e87f140b0627830f765f3a(
    *,
    api_group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2fe005c6668bc8a4e6eb30df148bccfc5860c71769dd9244054d116317b3be7a(
    *,
    api_group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fcc777e19d81b196d5cbd6832d28ee106e8e565c1e50bb35934fdeaec12f9af8(
    *,
    class_ref: typing.Union[ClusterV1Beta2SpecTopologyClassRef, typing.Dict[builtins.str, typing.Any]],
    version: builtins.str,
    control_plane: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlane, typing.Dict[builtins.str, typing.Any]]] = None,
    variables: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyVariables, typing.Dict[builtins.str, typing.Any]]]] = None,
    workers: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkers, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f4753fa86a9c9b1bb948e4ed6f91525dfe146a6c43e4022d089495e66bf4c09a(
    *,
    name: builtins.str,
    namespace: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__213d5afe8cd3baa3cd5648e16399eef23127bd6fc52c9540fb39fa20bb8b4410(
    *,
    deletion: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneDeletion, typing.Dict[builtins.str, typing.Any]]] = None,
    health_check: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    readiness_gates: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneReadinessGates, typing.Dict[builtins.str, typing.Any]]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    rollout: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneRollout, typing.Dict[builtins.str, typing.Any]]] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
    variables: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneVariables, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8e07a8d80867708cfb03ddadb3c4567fe13a28138029d9893628dc57986cfd84(
    *,
    node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fa6b5773840bc6483b1cd8eaec8179696336412e8ba9cde9f566b217703075c(
    *,
    checks: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecks, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    remediation: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediation, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ec7948149d746b94a04a6743e0305ec0a29bf0cf2c12cf77e6988f0e34b79503(
    *,
    node_startup_timeout_seconds: typing.Optional[jsii.Number] = None,
    unhealthy_machine_conditions: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    unhealthy_node_conditions: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyNodeConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a8d1d14f5bca160cef2457eae9f7d5ef3edb74e591ab264ffed1871fa8224f05(
    *,
    status: ClusterV1Beta2SpecTopologyControlPlaneHealthCheckChecksUnhealthyMachineConditionsStatus,
    timeout_seconds: jsii.Number,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f8d77413832d1c4672e312c344b0a40e62acc947804791665596e311a6e5c3f4(
    *,
    status: builtins.str,
    timeout_seconds: jsii.Number,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15a049090a7e9aac41e57ee8f82ddfcfda8cf5d8f4568ce7ad5c62959f0685d2(
    *,
    template_ref: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTemplateRef, typing.Dict[builtins.str, typing.Any]]] = None,
    trigger_if: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIf, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d17d23f72aede30e3ed35bde0c18675b5adcc444683b320ea3b1ac88c90722b(
    *,
    api_version: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__092f3da26d4625a440c827bf64bced3323682198324e7d406e219a99915106f0(
    *,
    unhealthy_in_range: typing.Optional[builtins.str] = None,
    unhealthy_less_than_or_equal_to: typing.Optional[ClusterV1Beta2SpecTopologyControlPlaneHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__300a066c4a9dba7409a54590fd0b93fe715a0d56c8060194809d63d416b00bdb(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b9dab255571f8eaa9fdd008221e05b00114df999e299cc352c2db991a9c2bd6b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5c48222bb0cf2c12a8eab69d261250f12a85d06828b9a1f3717d85c7008abd48(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__adbc56aaa06a1172b15ee9faf3dc5b717905fe8d75770e1d67a3e38720772e53(
    *,
    condition_type: builtins.str,
    polarity: typing.Optional[ClusterV1Beta2SpecTopologyControlPlaneReadinessGatesPolarity] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c27d14bb35d58195687ae1b3c83d5a485f175aaabf485f0db18439194d83bc91(
    *,
    after: typing.Optional[datetime.datetime] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be66fcbe934b24b8a34a338ed01356b80072698193f6682f4f782f1fc8301915(
    *,
    effect: ClusterV1Beta2SpecTopologyControlPlaneTaintsEffect,
    key: builtins.str,
    propagation: ClusterV1Beta2SpecTopologyControlPlaneTaintsPropagation,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e672effee522b96dcbcd9240307ece2779bdfc1c33ee44735794105fd26b0830(
    *,
    overrides: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyControlPlaneVariablesOverrides, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8f28b062eb6eeaa6bd28ec3e7209e5466d78a8ee51f07c37452a24a7d64899b1(
    *,
    name: builtins.str,
    value: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__25de61580da8c082039b999e47b561536b447dd8f6c919856a27b2f19841b268(
    *,
    name: builtins.str,
    value: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__26c27e67de8459d2b9362171ec2cd55bdf0a5985d5e3b6467b1024217976d766(
    *,
    machine_deployments: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeployments, typing.Dict[builtins.str, typing.Any]]]] = None,
    machine_pools: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachinePools, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5a1d36377893ded8953087b064c66b044c93ce98ce8c31d13287be21abc8704(
    *,
    class_: builtins.str,
    name: builtins.str,
    deletion: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletion, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_domain: typing.Optional[builtins.str] = None,
    health_check: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheck, typing.Dict[builtins.str, typing.Any]]] = None,
    metadata: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    readiness_gates: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGates, typing.Dict[builtins.str, typing.Any]]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    rollout: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRollout, typing.Dict[builtins.str, typing.Any]]] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
    variables: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariables, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0a643d04dd29c846804bd1413d53fb4179675a2f39efa60db971c388452eb105(
    *,
    node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
    order: typing.Optional[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsDeletionOrder] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88c7904f1128f6a8edd3d842f7ad0ea03bf229d26b1ebb6439633966fb28b5d3(
    *,
    checks: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecks, typing.Dict[builtins.str, typing.Any]]] = None,
    enabled: typing.Optional[builtins.bool] = None,
    remediation: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediation, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d4b6b5ae9eca181b4b5ad1217b2121c2d71705863c714e7cc964d2f8d3a66d2(
    *,
    node_startup_timeout_seconds: typing.Optional[jsii.Number] = None,
    unhealthy_machine_conditions: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    unhealthy_node_conditions: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyNodeConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b282fe223cda4280829c58cc9d57439aa72c9dd5c5ed46dd9572558b54e0fec(
    *,
    status: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckChecksUnhealthyMachineConditionsStatus,
    timeout_seconds: jsii.Number,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b21bc5156c0091a45a6e59dbd735279703b39711d1b7e7f7ade8d07fe563b49d(
    *,
    status: builtins.str,
    timeout_seconds: jsii.Number,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d6107698402017bd50a9c1443264b42daed9c6f1e2eec22c9669335d6a3ca5c(
    *,
    max_in_flight: typing.Optional[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationMaxInFlight] = None,
    template_ref: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTemplateRef, typing.Dict[builtins.str, typing.Any]]] = None,
    trigger_if: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIf, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e4cde91b96a32573a32219bcb9f12427dce85e2bee92eb911374d552dc12b45(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c560a778377bd260ac16c5296e0c0409a20361299259809f42dd6f7fdde18e51(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b92060e3b1a64321133cf740a28a7138a3c6556d47bdbe8bc378729ab1f22f87(
    *,
    api_version: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1fa18ac2f6075ddc8144b8e03bbf689c8639b714af58db385e02830627d77ff6(
    *,
    unhealthy_in_range: typing.Optional[builtins.str] = None,
    unhealthy_less_than_or_equal_to: typing.Optional[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsHealthCheckRemediationTriggerIfUnhealthyLessThanOrEqualTo] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f9d2ebfda9bb6fac1fbf87d1b0766d41c85f9ab0acc3fd9bf62e4dfd57238ef(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8b4dd8bd5d509687542446861e26ca034631b77a51ff57cea79c7414e4d80d32(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__320cd097bb041243732eef4194f6d12217f68a4ac267e69645ff0f3c05ab65ee(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5b8d9c2ee61dfbb3465fb2aa59aabc0a1a8147070eca854c3ddce583786de721(
    *,
    condition_type: builtins.str,
    polarity: typing.Optional[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsReadinessGatesPolarity] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6fbeb38385602ac1d8525482041c6ef4d2f79bc37060173a0a89c86a1b3ede8(
    *,
    after: typing.Optional[datetime.datetime] = None,
    strategy: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__99f1028cd1b8cbae2e3acd0cca480b5d8475e55b2ef82f3ee61657255cb58d3d(
    *,
    type: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyType,
    rolling_update: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d79cdf2eb97f4a6ce6a64ccf334df1d336e22c79ad44cfd6a5010ef7174ce04f(
    *,
    max_surge: typing.Optional[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxSurge] = None,
    max_unavailable: typing.Optional[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsRolloutStrategyRollingUpdateMaxUnavailable] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__74dd2daa77cc25a29686ee39819ce5ba2887da72602be9f51bb1c18a99162bf0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__038b758d70211d6a92c557d0688539faa82f5508fd6b9c94f09d9a8ecfaa4883(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e826a7a9b003eabb7d0e96de09c89d169b50abab2319309a2a17e3b6c0f0cdad(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1de141fe8e51e3f4b4718799a94157a33e1116feeda8683936ace5e2cd41d38c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e163ddc2de60b158671ccbd397404b39674913cd2f2cfa7682f357c9cc6a5e02(
    *,
    effect: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsEffect,
    key: builtins.str,
    propagation: ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsTaintsPropagation,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__041c8eb50b1cd88a8722431015db8057d7fc99826cdde5849973a9f921ab6de0(
    *,
    overrides: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachineDeploymentsVariablesOverrides, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4686cfd189dd2b7b046db23feafd7d9cb6ea5b50cb05e9bdefdc027fd6b3a26(
    *,
    name: builtins.str,
    value: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c700202c19e5ae8249a26c2e62016ff62d82fa32774ada1cf9f644efa8f74f18(
    *,
    class_: builtins.str,
    name: builtins.str,
    deletion: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachinePoolsDeletion, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_domains: typing.Optional[typing.Sequence[builtins.str]] = None,
    metadata: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachinePoolsMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    replicas: typing.Optional[jsii.Number] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
    variables: typing.Optional[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariables, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5e8b189669362c6c0819b7d09fb960553a5b75f3a454062fbb12e4a97daf3519(
    *,
    node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fbe24f1cf4defb83a353513160764f01afcc44b4a5fc7d1984c40ac1ce68112f(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40c3f0feb07f3e128971a1071c88dcd1a1befcfe90f4e23299fd39195e1f0bff(
    *,
    effect: ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsEffect,
    key: builtins.str,
    propagation: ClusterV1Beta2SpecTopologyWorkersMachinePoolsTaintsPropagation,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5964ae41ffc796e0daa72740b7c27ae48d607a1eedc565f03601e70a6dbf6b40(
    *,
    overrides: typing.Optional[typing.Sequence[typing.Union[ClusterV1Beta2SpecTopologyWorkersMachinePoolsVariablesOverrides, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f35552de07aeac06b009333e3ea69d0cb7f8024fac5150b283a008364202b35d(
    *,
    name: builtins.str,
    value: typing.Any,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7a3ad714d722e13850fd259e14ffb206435321712ea100bb14378ec0f5baf3f(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MachineDeploymentSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecb6cb49a11b78d0e007642f268fa00e5a7cbc82b244b71046f0700495832204(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MachineDeploymentSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__43ca88fe03b48cd9bf4eae664b009db65ba07ac49b9b65c57eed78d5d60444f9(
    *,
    cluster_name: builtins.str,
    selector: typing.Union[MachineDeploymentSpecSelector, typing.Dict[builtins.str, typing.Any]],
    template: typing.Union[MachineDeploymentSpecTemplate, typing.Dict[builtins.str, typing.Any]],
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    paused: typing.Optional[builtins.bool] = None,
    progress_deadline_seconds: typing.Optional[jsii.Number] = None,
    replicas: typing.Optional[jsii.Number] = None,
    revision_history_limit: typing.Optional[jsii.Number] = None,
    rollout_after: typing.Optional[datetime.datetime] = None,
    strategy: typing.Optional[typing.Union[MachineDeploymentSpecStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a3b229b857d83012212265010e2b6cb6f3b168d2dd8942238a3fc298ca8c566e(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[MachineDeploymentSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d9f61600f257cede89e268214f657bf27028d73c9d723a913685db77812b1f92(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e44a38d6f4477ffcf7392bc859394b9f5428130d59ec7154ae19ae5e1957175d(
    *,
    rolling_update: typing.Optional[typing.Union[MachineDeploymentSpecStrategyRollingUpdate, typing.Dict[builtins.str, typing.Any]]] = None,
    type: typing.Optional[MachineDeploymentSpecStrategyType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad05b3fbfc04944cfdbec0f649e748381110e445df178e7a23b31202f89a80e5(
    *,
    delete_policy: typing.Optional[MachineDeploymentSpecStrategyRollingUpdateDeletePolicy] = None,
    max_surge: typing.Optional[MachineDeploymentSpecStrategyRollingUpdateMaxSurge] = None,
    max_unavailable: typing.Optional[MachineDeploymentSpecStrategyRollingUpdateMaxUnavailable] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64a29ce2f391424fc70deb7dce60a7a5acdc330b47dc5cd9ce47ca295d78fa06(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c3372535b2f5aa7f86aa23f325f273bf119d1bac645b9ae3694ba0d5cb119ce(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b7a7e37856f10c064f9ea9a47ab2ea56a2f18d23ae34573e6d1bc2c3cd06b6a9(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4346021a08ca7d670095199b54561f4798c0594c9bfba2afa2393520e2a375d5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__769b5c3a31ca13107635dcafbb553e2fc3836fada8fe596b6e6c1d1ace3607df(
    *,
    metadata: typing.Optional[typing.Union[MachineDeploymentSpecTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MachineDeploymentSpecTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9cd3712b2a392dde810328524518f30caaafd5eb95596bb29199e51d8fbb0a4(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__103d52f98109c68256a34450be0c2c9d743537f6d3d9cfcf11a07dad483515fe(
    *,
    bootstrap: typing.Union[MachineDeploymentSpecTemplateSpecBootstrap, typing.Dict[builtins.str, typing.Any]],
    cluster_name: builtins.str,
    infrastructure_ref: typing.Union[MachineDeploymentSpecTemplateSpecInfrastructureRef, typing.Dict[builtins.str, typing.Any]],
    failure_domain: typing.Optional[builtins.str] = None,
    node_deletion_timeout: typing.Optional[builtins.str] = None,
    node_drain_timeout: typing.Optional[builtins.str] = None,
    node_volume_detach_timeout: typing.Optional[builtins.str] = None,
    provider_id: typing.Optional[builtins.str] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__73a6c5863465b644939d6f79530109c4e6aca1c644c36ba679d9068040fd40d6(
    *,
    config_ref: typing.Optional[typing.Union[MachineDeploymentSpecTemplateSpecBootstrapConfigRef, typing.Dict[builtins.str, typing.Any]]] = None,
    data_secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbd22c6ff006e50d9beae869c4b8ef4a860cca6a7c38de0c3ddf6734d1360cb5(
    *,
    api_version: typing.Optional[builtins.str] = None,
    field_path: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    resource_version: typing.Optional[builtins.str] = None,
    uid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e72f53d73aff38c085f5d77af8a9fcbe9a525ee693252b3ade77ef471e1120e(
    *,
    api_version: typing.Optional[builtins.str] = None,
    field_path: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    resource_version: typing.Optional[builtins.str] = None,
    uid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5f0f33b50bc11df527bfe1c88bbd3abc0c4e98f54f889be8df5aa1052dfa7178(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[MachineDeploymentV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09aa10e61bf02d9496202d559e33e9cca9f41f1db13fd231fd95553bdb3dec09(
    *,
    spec: typing.Union[MachineDeploymentV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f788e62a6a711b6297d3aaa1fcd66226d8fb1ac2662d29981f2804a6db712504(
    *,
    cluster_name: builtins.str,
    selector: typing.Union[MachineDeploymentV1Beta2SpecSelector, typing.Dict[builtins.str, typing.Any]],
    template: typing.Union[MachineDeploymentV1Beta2SpecTemplate, typing.Dict[builtins.str, typing.Any]],
    deletion: typing.Optional[typing.Union[MachineDeploymentV1Beta2SpecDeletion, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_naming: typing.Optional[typing.Union[MachineDeploymentV1Beta2SpecMachineNaming, typing.Dict[builtins.str, typing.Any]]] = None,
    paused: typing.Optional[builtins.bool] = None,
    remediation: typing.Optional[typing.Union[MachineDeploymentV1Beta2SpecRemediation, typing.Dict[builtins.str, typing.Any]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    rollout: typing.Optional[typing.Union[MachineDeploymentV1Beta2SpecRollout, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88e3dd63e27f744df8d609ec2f04f48672cdc1bc83886ef0d89273f334af9c4e(
    *,
    order: typing.Optional[MachineDeploymentV1Beta2SpecDeletionOrder] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__69047ae698e31670c8e1cb03e15bf6187f8383a316d987ceea8e57020ed07611(
    *,
    template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0751ab3e1c6210671af70fc6d3c22ca45330051f8e4ae2c21c43699ca7ec39bd(
    *,
    max_in_flight: typing.Optional[MachineDeploymentV1Beta2SpecRemediationMaxInFlight] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e3e35bddbada1df4e1e69120d0c0ccdfcfec93a081d6e2cb6d4c6655983749d5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19d8f0b00946ef2f8dd7ad23d01d2156daa88f0d4d69b8de91754a86e0fe1d9d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5f82b0064909b8efc7cd8a4870424487d13c47d34adf355458edaa9611039db(
    *,
    after: typing.Optional[datetime.datetime] = None,
    strategy: typing.Optional[typing.Union[MachineDeploymentV1Beta2SpecRolloutStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac507769d707037f6e28a7b942f44672cf796ce023f68c11192cc76542235732(
    *,
    type: MachineDeploymentV1Beta2SpecRolloutStrategyType,
    rolling_update: typing.Optional[typing.Union[MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2d4638823f81985bcd233bb80aca5897addde598329a12bb84ad4c4c0e969b5b(
    *,
    max_surge: typing.Optional[MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge] = None,
    max_unavailable: typing.Optional[MachineDeploymentV1Beta2SpecRolloutStrategyRollingUpdateMaxUnavailable] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a6dbb2dcfdf4bed9c885870e387eddd7a37fcf5530fc7445f519a0da49507d5(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f9f2ecdea7a795927a52c2dbb84afe012fc8f2537a434a0cac5ec026a94f85c(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f61cb6e27c425494c45427561472a5d069b6c13ad395d66bdf77599db6ab7bf3(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48c712438e80e824aaf72275c84d554e49a2bcc0be36ada8b9ce49ffd1652f84(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54aaafa7f8868e471a06ba64fd37782dc977364c353215fcd3bb1a619b1d2aa5(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[MachineDeploymentV1Beta2SpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ed975f463c0eb9ca890bdcae1cb238a851bfcb8c6c06d94ead5c9337fc911f81(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3264e0d5fa8a8ea03d28b8b2802bbdca379bd752dbb1921d2510a8863df05d5d(
    *,
    spec: typing.Union[MachineDeploymentV1Beta2SpecTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[MachineDeploymentV1Beta2SpecTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7191db52db0205a0482902deb180a13a9e8abc2c0d613da335d244e71c2d30d(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6c641b2b2c5f040f587d5f1f27ba20f99a1be69b5f0990c9c2a287fa977da5d3(
    *,
    bootstrap: typing.Union[MachineDeploymentV1Beta2SpecTemplateSpecBootstrap, typing.Dict[builtins.str, typing.Any]],
    cluster_name: builtins.str,
    infrastructure_ref: typing.Union[MachineDeploymentV1Beta2SpecTemplateSpecInfrastructureRef, typing.Dict[builtins.str, typing.Any]],
    deletion: typing.Optional[typing.Union[MachineDeploymentV1Beta2SpecTemplateSpecDeletion, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_domain: typing.Optional[builtins.str] = None,
    min_ready_seconds: typing.Optional[jsii.Number] = None,
    provider_id: typing.Optional[builtins.str] = None,
    readiness_gates: typing.Optional[typing.Sequence[typing.Union[MachineDeploymentV1Beta2SpecTemplateSpecReadinessGates, typing.Dict[builtins.str, typing.Any]]]] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[MachineDeploymentV1Beta2SpecTemplateSpecTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
    version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e34811b29a2a9aeff2baf582380a8d7730a9d3f191e8d74eb8739dc9fd69983e(
    *,
    config_ref: typing.Optional[typing.Union[MachineDeploymentV1Beta2SpecTemplateSpecBootstrapConfigRef, typing.Dict[builtins.str, typing.Any]]] = None,
    data_secret_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6b1f6dc37d8cfc588eb10bb9a18918b0b21b90a94aff1acace1d2dea64b49f6(
    *,
    api_group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__09678f2c683b182e311ef5cdbe1a23c0013c2db5c86ac8088f9b247dc0078e98(
    *,
    node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78103dfcfe3f335369fc73297b41f09a7915575b251c18fece7c1f81f2dc0295(
    *,
    api_group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5aae8820bfbdb32a93c96fc8065dee8fe2b0fac8ada0c17c8419265f7ded8d26(
    *,
    condition_type: builtins.str,
    polarity: typing.Optional[MachineDeploymentV1Beta2SpecTemplateSpecReadinessGatesPolarity] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47ef95d0f087d335d63563f389ef7af4f587dff69d93870fffe13fe54288def2(
    *,
    effect: MachineDeploymentV1Beta2SpecTemplateSpecTaintsEffect,
    key: builtins.str,
    propagation: MachineDeploymentV1Beta2SpecTemplateSpecTaintsPropagation,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5a2f015b430300c04cdf3f555da8e71fda4aa13e27443a346b713f1710286b60(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MachineHealthCheckSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__59e10e939e92d76231e2c44f76a17f888fdb1b6d919b6734b852bc6e646654a6(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[MachineHealthCheckSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__50b835457f2b7caf66cb5dbaf7f76322f37ddfa55df2d1ac28baaed79c5f9e40(
    *,
    cluster_name: builtins.str,
    selector: typing.Union[MachineHealthCheckSpecSelector, typing.Dict[builtins.str, typing.Any]],
    unhealthy_conditions: typing.Sequence[typing.Union[MachineHealthCheckSpecUnhealthyConditions, typing.Dict[builtins.str, typing.Any]]],
    max_unhealthy: typing.Optional[MachineHealthCheckSpecMaxUnhealthy] = None,
    node_startup_timeout: typing.Optional[builtins.str] = None,
    remediation_template: typing.Optional[typing.Union[MachineHealthCheckSpecRemediationTemplate, typing.Dict[builtins.str, typing.Any]]] = None,
    unhealthy_range: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3364a88d20c772fa4fa900165619f3ffad358ec1c1e50888841a6f088f143bb7(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7e6fe0f5c6f296ce74932833fb58b37028cb7bee3bf2c4b33cfac872d01c978(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3fff54923f83867dbe1ee9e672145700881e44b9335d9a8a0df526cec8485b5(
    *,
    api_version: typing.Optional[builtins.str] = None,
    field_path: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    name: typing.Optional[builtins.str] = None,
    namespace: typing.Optional[builtins.str] = None,
    resource_version: typing.Optional[builtins.str] = None,
    uid: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f701ffdc3cac9d5b98bb1b750d2b1ababb5bc205e69dcae47cc1d84d3a0328bf(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[MachineHealthCheckSpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__70a8c4902913cc19241252c593538b7e812ba2af35ca5ed9655704cb91e1d870(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5750fc75f3b195db8140c874be5d62c58ce2f2aeb9437f2a369bdb9e2aef91db(
    *,
    status: builtins.str,
    timeout: builtins.str,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0930351dcc69ef35d97517dcfff998a3ff0a1ea0b5295313f22cb153fc743b61(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[MachineHealthCheckV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b50c719726e12d718ae22f2fae0812fcca953b4a00d81a294d3bdd7205c89605(
    *,
    spec: typing.Union[MachineHealthCheckV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__de910e3d1cb6c6b3050df0cb5cc5c6710c96592fe2cfba702e3087ca3797a11b(
    *,
    cluster_name: builtins.str,
    selector: typing.Union[MachineHealthCheckV1Beta2SpecSelector, typing.Dict[builtins.str, typing.Any]],
    checks: typing.Optional[typing.Union[MachineHealthCheckV1Beta2SpecChecks, typing.Dict[builtins.str, typing.Any]]] = None,
    remediation: typing.Optional[typing.Union[MachineHealthCheckV1Beta2SpecRemediation, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afda03d4beee3d3c01621602b6b097ff6855eaf0a68314bd167896cd1830117f(
    *,
    node_startup_timeout_seconds: typing.Optional[jsii.Number] = None,
    unhealthy_machine_conditions: typing.Optional[typing.Sequence[typing.Union[MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
    unhealthy_node_conditions: typing.Optional[typing.Sequence[typing.Union[MachineHealthCheckV1Beta2SpecChecksUnhealthyNodeConditions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4d19da93df51983244a1ec9306a98fbb837243b37ecd233e8edb7e1a09a0ad3(
    *,
    status: MachineHealthCheckV1Beta2SpecChecksUnhealthyMachineConditionsStatus,
    timeout_seconds: jsii.Number,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e46224416dceff9e3e400f372255aec5fb62aaee0b6cd6685a78a7b72cafa796(
    *,
    status: builtins.str,
    timeout_seconds: jsii.Number,
    type: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e61668cb3044811c5fdca6752ad0b771488c1bb1bacae6bf4505d6925e4c044(
    *,
    template_ref: typing.Optional[typing.Union[MachineHealthCheckV1Beta2SpecRemediationTemplateRef, typing.Dict[builtins.str, typing.Any]]] = None,
    trigger_if: typing.Optional[typing.Union[MachineHealthCheckV1Beta2SpecRemediationTriggerIf, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47c93aa9754858b0b56f8f3932a1115b11ea5c458360ed690f4948aff906549c(
    *,
    api_version: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4308c98a72da3500e2a892de2fd3f3dca85bb8524f1540178dd21501d062219a(
    *,
    unhealthy_in_range: typing.Optional[builtins.str] = None,
    unhealthy_less_than_or_equal_to: typing.Optional[MachineHealthCheckV1Beta2SpecRemediationTriggerIfUnhealthyLessThanOrEqualTo] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__644d0284da55c767e18f2c5cea9e2ce6d240e6fce6291d439fec20d2f3d96263(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4b79aa6b02e8aab0ff200c0e74d72950b0cd0af86aac6e8225ab622da29c7fa5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4d6c270f60516d0b9b22468c07258be0319e13e6d37f96af788e909483d1649d(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[MachineHealthCheckV1Beta2SpecSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6566ab9e2d5b7f7a7aa31892106760d03a2bfcf4b871e524067cbef91a31e215(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass
