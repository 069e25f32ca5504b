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
    "MachineHealthCheck",
    "MachineHealthCheckProps",
    "MachineHealthCheckSpec",
    "MachineHealthCheckSpecMaxUnhealthy",
    "MachineHealthCheckSpecRemediationTemplate",
    "MachineHealthCheckSpecSelector",
    "MachineHealthCheckSpecSelectorMatchExpressions",
    "MachineHealthCheckSpecUnhealthyConditions",
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
