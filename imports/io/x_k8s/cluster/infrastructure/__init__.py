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


class VSphereCluster(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterinfrastructure.VSphereCluster",
):
    '''VSphereCluster is the Schema for the vsphereclusters API.

    :schema: VSphereCluster
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereClusterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VSphereCluster" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: VSphereClusterSpec defines the desired state of VSphereCluster.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2c371291f7d604345a02dd8e4865dd0ef3f65037e6f3956ab55a83a677c7f10)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VSphereClusterProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereClusterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VSphereCluster".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: VSphereClusterSpec defines the desired state of VSphereCluster.
        '''
        props = VSphereClusterProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VSphereCluster".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VSphereClusterProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereClusterSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''VSphereCluster is the Schema for the vsphereclusters API.

        :param metadata: 
        :param spec: VSphereClusterSpec defines the desired state of VSphereCluster.

        :schema: VSphereCluster
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VSphereClusterSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7327548c56359d21810f5578cb7dfe3f2e42f303162920e2b1e553bfa424159a)
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
        :schema: VSphereCluster#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VSphereClusterSpec"]:
        '''VSphereClusterSpec defines the desired state of VSphereCluster.

        :schema: VSphereCluster#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VSphereClusterSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_modules": "clusterModules",
        "control_plane_endpoint": "controlPlaneEndpoint",
        "failure_domain_selector": "failureDomainSelector",
        "identity_ref": "identityRef",
        "server": "server",
        "thumbprint": "thumbprint",
    },
)
class VSphereClusterSpec:
    def __init__(
        self,
        *,
        cluster_modules: typing.Optional[typing.Sequence[typing.Union["VSphereClusterSpecClusterModules", typing.Dict[builtins.str, typing.Any]]]] = None,
        control_plane_endpoint: typing.Optional[typing.Union["VSphereClusterSpecControlPlaneEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        failure_domain_selector: typing.Optional[typing.Union["VSphereClusterSpecFailureDomainSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        identity_ref: typing.Optional[typing.Union["VSphereClusterSpecIdentityRef", typing.Dict[builtins.str, typing.Any]]] = None,
        server: typing.Optional[builtins.str] = None,
        thumbprint: typing.Optional[builtins.str] = None,
    ) -> None:
        '''VSphereClusterSpec defines the desired state of VSphereCluster.

        :param cluster_modules: ClusterModules hosts information regarding the anti-affinity vSphere constructs for each of the objects responsible for creation of VM objects belonging to the cluster.
        :param control_plane_endpoint: ControlPlaneEndpoint represents the endpoint used to communicate with the control plane.
        :param failure_domain_selector: FailureDomainSelector is the label selector to use for failure domain selection for the control plane nodes of the cluster. If not set (``nil``), selecting failure domains will be disabled. An empty value (``{}``) selects all existing failure domains. A valid selector will select all failure domains which match the selector.
        :param identity_ref: IdentityRef is a reference to either a Secret or VSphereClusterIdentity that contains the identity to use when reconciling the cluster.
        :param server: Server is the address of the vSphere endpoint.
        :param thumbprint: Thumbprint is the colon-separated SHA-1 checksum of the given vCenter server's host certificate.

        :schema: VSphereClusterSpec
        '''
        if isinstance(control_plane_endpoint, dict):
            control_plane_endpoint = VSphereClusterSpecControlPlaneEndpoint(**control_plane_endpoint)
        if isinstance(failure_domain_selector, dict):
            failure_domain_selector = VSphereClusterSpecFailureDomainSelector(**failure_domain_selector)
        if isinstance(identity_ref, dict):
            identity_ref = VSphereClusterSpecIdentityRef(**identity_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1771ceb2731982c78bf129194013e5d4a905bdb48f0cf99bb8e3cb57ba8a61eb)
            check_type(argname="argument cluster_modules", value=cluster_modules, expected_type=type_hints["cluster_modules"])
            check_type(argname="argument control_plane_endpoint", value=control_plane_endpoint, expected_type=type_hints["control_plane_endpoint"])
            check_type(argname="argument failure_domain_selector", value=failure_domain_selector, expected_type=type_hints["failure_domain_selector"])
            check_type(argname="argument identity_ref", value=identity_ref, expected_type=type_hints["identity_ref"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_modules is not None:
            self._values["cluster_modules"] = cluster_modules
        if control_plane_endpoint is not None:
            self._values["control_plane_endpoint"] = control_plane_endpoint
        if failure_domain_selector is not None:
            self._values["failure_domain_selector"] = failure_domain_selector
        if identity_ref is not None:
            self._values["identity_ref"] = identity_ref
        if server is not None:
            self._values["server"] = server
        if thumbprint is not None:
            self._values["thumbprint"] = thumbprint

    @builtins.property
    def cluster_modules(
        self,
    ) -> typing.Optional[typing.List["VSphereClusterSpecClusterModules"]]:
        '''ClusterModules hosts information regarding the anti-affinity vSphere constructs for each of the objects responsible for creation of VM objects belonging to the cluster.

        :schema: VSphereClusterSpec#clusterModules
        '''
        result = self._values.get("cluster_modules")
        return typing.cast(typing.Optional[typing.List["VSphereClusterSpecClusterModules"]], result)

    @builtins.property
    def control_plane_endpoint(
        self,
    ) -> typing.Optional["VSphereClusterSpecControlPlaneEndpoint"]:
        '''ControlPlaneEndpoint represents the endpoint used to communicate with the control plane.

        :schema: VSphereClusterSpec#controlPlaneEndpoint
        '''
        result = self._values.get("control_plane_endpoint")
        return typing.cast(typing.Optional["VSphereClusterSpecControlPlaneEndpoint"], result)

    @builtins.property
    def failure_domain_selector(
        self,
    ) -> typing.Optional["VSphereClusterSpecFailureDomainSelector"]:
        '''FailureDomainSelector is the label selector to use for failure domain selection for the control plane nodes of the cluster.

        If not set (``nil``), selecting failure domains will be disabled. An empty value (``{}``) selects all existing failure domains. A valid selector will select all failure domains which match the selector.

        :schema: VSphereClusterSpec#failureDomainSelector
        '''
        result = self._values.get("failure_domain_selector")
        return typing.cast(typing.Optional["VSphereClusterSpecFailureDomainSelector"], result)

    @builtins.property
    def identity_ref(self) -> typing.Optional["VSphereClusterSpecIdentityRef"]:
        '''IdentityRef is a reference to either a Secret or VSphereClusterIdentity that contains the identity to use when reconciling the cluster.

        :schema: VSphereClusterSpec#identityRef
        '''
        result = self._values.get("identity_ref")
        return typing.cast(typing.Optional["VSphereClusterSpecIdentityRef"], result)

    @builtins.property
    def server(self) -> typing.Optional[builtins.str]:
        '''Server is the address of the vSphere endpoint.

        :schema: VSphereClusterSpec#server
        '''
        result = self._values.get("server")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Thumbprint is the colon-separated SHA-1 checksum of the given vCenter server's host certificate.

        :schema: VSphereClusterSpec#thumbprint
        '''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterSpecClusterModules",
    jsii_struct_bases=[],
    name_mapping={
        "control_plane": "controlPlane",
        "module_uuid": "moduleUuid",
        "target_object_name": "targetObjectName",
    },
)
class VSphereClusterSpecClusterModules:
    def __init__(
        self,
        *,
        control_plane: builtins.bool,
        module_uuid: builtins.str,
        target_object_name: builtins.str,
    ) -> None:
        '''ClusterModule holds the anti affinity construct ``ClusterModule`` identifier in use by the VMs owned by the object referred by the TargetObjectName field.

        :param control_plane: ControlPlane indicates whether the referred object is responsible for control plane nodes. Currently, only the KubeadmControlPlane objects have this flag set to true. Only a single object in the slice can have this value set to true.
        :param module_uuid: ModuleUUID is the unique identifier of the ``ClusterModule`` used by the object.
        :param target_object_name: TargetObjectName points to the object that uses the Cluster Module information to enforce anti-affinity amongst its descendant VM objects.

        :schema: VSphereClusterSpecClusterModules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d4fc976f9f6c58a8d74304b22c44ad35da266a9f861a09481681ff718bf7097)
            check_type(argname="argument control_plane", value=control_plane, expected_type=type_hints["control_plane"])
            check_type(argname="argument module_uuid", value=module_uuid, expected_type=type_hints["module_uuid"])
            check_type(argname="argument target_object_name", value=target_object_name, expected_type=type_hints["target_object_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "control_plane": control_plane,
            "module_uuid": module_uuid,
            "target_object_name": target_object_name,
        }

    @builtins.property
    def control_plane(self) -> builtins.bool:
        '''ControlPlane indicates whether the referred object is responsible for control plane nodes.

        Currently, only the KubeadmControlPlane objects have this flag set to true. Only a single object in the slice can have this value set to true.

        :schema: VSphereClusterSpecClusterModules#controlPlane
        '''
        result = self._values.get("control_plane")
        assert result is not None, "Required property 'control_plane' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def module_uuid(self) -> builtins.str:
        '''ModuleUUID is the unique identifier of the ``ClusterModule`` used by the object.

        :schema: VSphereClusterSpecClusterModules#moduleUUID
        '''
        result = self._values.get("module_uuid")
        assert result is not None, "Required property 'module_uuid' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_object_name(self) -> builtins.str:
        '''TargetObjectName points to the object that uses the Cluster Module information to enforce anti-affinity amongst its descendant VM objects.

        :schema: VSphereClusterSpecClusterModules#targetObjectName
        '''
        result = self._values.get("target_object_name")
        assert result is not None, "Required property 'target_object_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterSpecClusterModules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterSpecControlPlaneEndpoint",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port"},
)
class VSphereClusterSpecControlPlaneEndpoint:
    def __init__(self, *, host: builtins.str, port: jsii.Number) -> None:
        '''ControlPlaneEndpoint represents the endpoint used to communicate with the control plane.

        :param host: The hostname on which the API server is serving.
        :param port: The port on which the API server is serving.

        :schema: VSphereClusterSpecControlPlaneEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4abcb5b9e150df67b7953d136519b1203300bc15876eda4391ba4025374255f6)
            check_type(argname="argument host", value=host, expected_type=type_hints["host"])
            check_type(argname="argument port", value=port, expected_type=type_hints["port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host": host,
            "port": port,
        }

    @builtins.property
    def host(self) -> builtins.str:
        '''The hostname on which the API server is serving.

        :schema: VSphereClusterSpecControlPlaneEndpoint#host
        '''
        result = self._values.get("host")
        assert result is not None, "Required property 'host' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def port(self) -> jsii.Number:
        '''The port on which the API server is serving.

        :schema: VSphereClusterSpecControlPlaneEndpoint#port
        '''
        result = self._values.get("port")
        assert result is not None, "Required property 'port' is missing"
        return typing.cast(jsii.Number, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterSpecControlPlaneEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterSpecFailureDomainSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class VSphereClusterSpecFailureDomainSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["VSphereClusterSpecFailureDomainSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''FailureDomainSelector is the label selector to use for failure domain selection for the control plane nodes of the cluster.

        If not set (``nil``), selecting failure domains will be disabled. An empty value (``{}``) selects all existing failure domains. A valid selector will select all failure domains which match the selector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: VSphereClusterSpecFailureDomainSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5c022a3e8d53c89f0f1976160e55348ba4507aca710fb14a94af304adf57af6)
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
    ) -> typing.Optional[typing.List["VSphereClusterSpecFailureDomainSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: VSphereClusterSpecFailureDomainSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["VSphereClusterSpecFailureDomainSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: VSphereClusterSpecFailureDomainSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterSpecFailureDomainSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterSpecFailureDomainSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class VSphereClusterSpecFailureDomainSelectorMatchExpressions:
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

        :schema: VSphereClusterSpecFailureDomainSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e98d8bd02a61b6e289fe3329ad640c6d2a31fe4a3024c4002b578657a126c3d)
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

        :schema: VSphereClusterSpecFailureDomainSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: VSphereClusterSpecFailureDomainSelectorMatchExpressions#operator
        '''
        result = self._values.get("operator")
        assert result is not None, "Required property 'operator' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def values(self) -> typing.Optional[typing.List[builtins.str]]:
        '''values is an array of string values.

        If the operator is In or NotIn, the values array must be non-empty. If the operator is Exists or DoesNotExist, the values array must be empty. This array is replaced during a strategic merge patch.

        :schema: VSphereClusterSpecFailureDomainSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterSpecFailureDomainSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterSpecIdentityRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class VSphereClusterSpecIdentityRef:
    def __init__(
        self,
        *,
        kind: "VSphereClusterSpecIdentityRefKind",
        name: builtins.str,
    ) -> None:
        '''IdentityRef is a reference to either a Secret or VSphereClusterIdentity that contains the identity to use when reconciling the cluster.

        :param kind: Kind of the identity. Can either be VSphereClusterIdentity or Secret
        :param name: Name of the identity.

        :schema: VSphereClusterSpecIdentityRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db21348b0602e77d1c7945a1bedf1bb8b62c1fabcac12a8ad717fcdcad280d84)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def kind(self) -> "VSphereClusterSpecIdentityRefKind":
        '''Kind of the identity.

        Can either be VSphereClusterIdentity or Secret

        :schema: VSphereClusterSpecIdentityRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("VSphereClusterSpecIdentityRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the identity.

        :schema: VSphereClusterSpecIdentityRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterSpecIdentityRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(jsii_type="iox-k8sclusterinfrastructure.VSphereClusterSpecIdentityRefKind")
class VSphereClusterSpecIdentityRefKind(enum.Enum):
    '''Kind of the identity.

    Can either be VSphereClusterIdentity or Secret

    :schema: VSphereClusterSpecIdentityRefKind
    '''

    V_SPHERE_CLUSTER_IDENTITY = "V_SPHERE_CLUSTER_IDENTITY"
    '''VSphereClusterIdentity.'''
    SECRET = "SECRET"
    '''Secret.'''


class VSphereMachineTemplate(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplate",
):
    '''VSphereMachineTemplate is the Schema for the vspheremachinetemplates API.

    :schema: VSphereMachineTemplate
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereMachineTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VSphereMachineTemplate" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: VSphereMachineTemplateSpec defines the desired state of VSphereMachineTemplate.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__829861b19bef9c6e7b44c5d567902f5c41daa390e6ba1c295f7f2fc5ee9af1cc)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VSphereMachineTemplateProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereMachineTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VSphereMachineTemplate".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: VSphereMachineTemplateSpec defines the desired state of VSphereMachineTemplate.
        '''
        props = VSphereMachineTemplateProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VSphereMachineTemplate".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VSphereMachineTemplateProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereMachineTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''VSphereMachineTemplate is the Schema for the vspheremachinetemplates API.

        :param metadata: 
        :param spec: VSphereMachineTemplateSpec defines the desired state of VSphereMachineTemplate.

        :schema: VSphereMachineTemplate
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VSphereMachineTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__751ad01578098d281625201d7eb27c42e4696a4e254d76532e935c6dc76e02af)
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
        :schema: VSphereMachineTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VSphereMachineTemplateSpec"]:
        '''VSphereMachineTemplateSpec defines the desired state of VSphereMachineTemplate.

        :schema: VSphereMachineTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VSphereMachineTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class VSphereMachineTemplateSpec:
    def __init__(
        self,
        *,
        template: typing.Union["VSphereMachineTemplateSpecTemplate", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''VSphereMachineTemplateSpec defines the desired state of VSphereMachineTemplate.

        :param template: VSphereMachineTemplateResource describes the data needed to create a VSphereMachine from a template.

        :schema: VSphereMachineTemplateSpec
        '''
        if isinstance(template, dict):
            template = VSphereMachineTemplateSpecTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__267fdfefa598766f754d1a0591c13b29b2fd0a7fe880ca637026c56507c137f5)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }

    @builtins.property
    def template(self) -> "VSphereMachineTemplateSpecTemplate":
        '''VSphereMachineTemplateResource describes the data needed to create a VSphereMachine from a template.

        :schema: VSphereMachineTemplateSpec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast("VSphereMachineTemplateSpecTemplate", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class VSphereMachineTemplateSpecTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["VSphereMachineTemplateSpecTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["VSphereMachineTemplateSpecTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''VSphereMachineTemplateResource describes the data needed to create a VSphereMachine from a template.

        :param spec: Spec is the specification of the desired behavior of the machine.
        :param metadata: Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: VSphereMachineTemplateSpecTemplate
        '''
        if isinstance(spec, dict):
            spec = VSphereMachineTemplateSpecTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = VSphereMachineTemplateSpecTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a54e50db541beb6135aed346484ca568bd0946dfdfb6a93e9d6ba380c8a9ba21)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "VSphereMachineTemplateSpecTemplateSpec":
        '''Spec is the specification of the desired behavior of the machine.

        :schema: VSphereMachineTemplateSpecTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("VSphereMachineTemplateSpecTemplateSpec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["VSphereMachineTemplateSpecTemplateMetadata"]:
        '''Standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: VSphereMachineTemplateSpecTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["VSphereMachineTemplateSpecTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class VSphereMachineTemplateSpecTemplateMetadata:
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

        :schema: VSphereMachineTemplateSpecTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__37e97474fd0da09a2916db59c8e977d048b061ce0d14ae2d695c841bd1955fbc)
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

        :schema: VSphereMachineTemplateSpecTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: VSphereMachineTemplateSpecTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "network": "network",
        "template": "template",
        "additional_disks_gib": "additionalDisksGiB",
        "clone_mode": "cloneMode",
        "custom_vmx_keys": "customVmxKeys",
        "datacenter": "datacenter",
        "datastore": "datastore",
        "disk_gib": "diskGiB",
        "failure_domain": "failureDomain",
        "folder": "folder",
        "guest_soft_power_off_timeout": "guestSoftPowerOffTimeout",
        "hardware_version": "hardwareVersion",
        "memory_mib": "memoryMiB",
        "num_cores_per_socket": "numCoresPerSocket",
        "num_cp_us": "numCpUs",
        "os": "os",
        "pci_devices": "pciDevices",
        "power_off_mode": "powerOffMode",
        "provider_id": "providerId",
        "resource_pool": "resourcePool",
        "server": "server",
        "snapshot": "snapshot",
        "storage_policy_name": "storagePolicyName",
        "tag_i_ds": "tagIDs",
        "thumbprint": "thumbprint",
    },
)
class VSphereMachineTemplateSpecTemplateSpec:
    def __init__(
        self,
        *,
        network: typing.Union["VSphereMachineTemplateSpecTemplateSpecNetwork", typing.Dict[builtins.str, typing.Any]],
        template: builtins.str,
        additional_disks_gib: typing.Optional[typing.Sequence[jsii.Number]] = None,
        clone_mode: typing.Optional[builtins.str] = None,
        custom_vmx_keys: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        datacenter: typing.Optional[builtins.str] = None,
        datastore: typing.Optional[builtins.str] = None,
        disk_gib: typing.Optional[jsii.Number] = None,
        failure_domain: typing.Optional[builtins.str] = None,
        folder: typing.Optional[builtins.str] = None,
        guest_soft_power_off_timeout: typing.Optional[builtins.str] = None,
        hardware_version: typing.Optional[builtins.str] = None,
        memory_mib: typing.Optional[jsii.Number] = None,
        num_cores_per_socket: typing.Optional[jsii.Number] = None,
        num_cp_us: typing.Optional[jsii.Number] = None,
        os: typing.Optional[builtins.str] = None,
        pci_devices: typing.Optional[typing.Sequence[typing.Union["VSphereMachineTemplateSpecTemplateSpecPciDevices", typing.Dict[builtins.str, typing.Any]]]] = None,
        power_off_mode: typing.Optional["VSphereMachineTemplateSpecTemplateSpecPowerOffMode"] = None,
        provider_id: typing.Optional[builtins.str] = None,
        resource_pool: typing.Optional[builtins.str] = None,
        server: typing.Optional[builtins.str] = None,
        snapshot: typing.Optional[builtins.str] = None,
        storage_policy_name: typing.Optional[builtins.str] = None,
        tag_i_ds: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Spec is the specification of the desired behavior of the machine.

        :param network: Network is the network configuration for this machine's VM.
        :param template: Template is the name or inventory path of the template used to clone the virtual machine.
        :param additional_disks_gib: AdditionalDisksGiB holds the sizes of additional disks of the virtual machine, in GiB Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the virtual machine is cloned.
        :param clone_mode: CloneMode specifies the type of clone operation. The LinkedClone mode is only support for templates that have at least one snapshot. If the template has no snapshots, then CloneMode defaults to FullClone. When LinkedClone mode is enabled the DiskGiB field is ignored as it is not possible to expand disks of linked clones. Defaults to LinkedClone, but fails gracefully to FullClone if the source of the clone operation has no snapshots. Default: LinkedClone, but fails gracefully to FullClone if the source of the clone operation has no snapshots.
        :param custom_vmx_keys: CustomVMXKeys is a dictionary of advanced VMX options that can be set on VM Defaults to empty map. Default: empty map
        :param datacenter: Datacenter is the name or inventory path of the datacenter in which the virtual machine is created/located. Defaults to * which selects the default datacenter. Default: which selects the default datacenter.
        :param datastore: Datastore is the name or inventory path of the datastore in which the virtual machine is created/located.
        :param disk_gib: DiskGiB is the size of a virtual machine's disk, in GiB. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the virtual machine is cloned.
        :param failure_domain: FailureDomain is the failure domain unique identifier this Machine should be attached to, as defined in Cluster API. For this infrastructure provider, the name is equivalent to the name of the VSphereDeploymentZone.
        :param folder: Folder is the name or inventory path of the folder in which the virtual machine is created/located.
        :param guest_soft_power_off_timeout: GuestSoftPowerOffTimeout sets the wait timeout for shutdown in the VM guest. The VM will be powered off forcibly after the timeout if the VM is still up and running when the PowerOffMode is set to trySoft. This parameter only applies when the PowerOffMode is set to trySoft. If omitted, the timeout defaults to 5 minutes.
        :param hardware_version: HardwareVersion is the hardware version of the virtual machine. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Check the compatibility with the ESXi version before setting the value. Default: the eponymous property value in the template from which the virtual machine is cloned. Check the compatibility with the ESXi version before setting the value.
        :param memory_mib: MemoryMiB is the size of a virtual machine's memory, in MiB. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the virtual machine is cloned.
        :param num_cores_per_socket: NumCPUs is the number of cores among which to distribute CPUs in this virtual machine. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the virtual machine is cloned.
        :param num_cp_us: NumCPUs is the number of virtual processors in a virtual machine. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the virtual machine is cloned.
        :param os: OS is the Operating System of the virtual machine Defaults to Linux. Default: Linux
        :param pci_devices: PciDevices is the list of pci devices used by the virtual machine.
        :param power_off_mode: PowerOffMode describes the desired behavior when powering off a VM. There are three, supported power off modes: hard, soft, and trySoft. The first mode, hard, is the equivalent of a physical system's power cord being ripped from the wall. The soft mode requires the VM's guest to have VM Tools installed and attempts to gracefully shut down the VM. Its variant, trySoft, first attempts a graceful shutdown, and if that fails or the VM is not in a powered off state after reaching the GuestSoftPowerOffTimeout, the VM is halted. If omitted, the mode defaults to hard.
        :param provider_id: ProviderID is the virtual machine's BIOS UUID formated as vsphere://12345678-1234-1234-1234-123456789abc.
        :param resource_pool: ResourcePool is the name or inventory path of the resource pool in which the virtual machine is created/located.
        :param server: Server is the IP address or FQDN of the vSphere server on which the virtual machine is created/located.
        :param snapshot: Snapshot is the name of the snapshot from which to create a linked clone. This field is ignored if LinkedClone is not enabled. Defaults to the source's current snapshot. Default: the source's current snapshot.
        :param storage_policy_name: StoragePolicyName of the storage policy to use with this Virtual Machine.
        :param tag_i_ds: TagIDs is an optional set of tags to add to an instance. Specified tagIDs must use URN-notation instead of display names.
        :param thumbprint: Thumbprint is the colon-separated SHA-1 checksum of the given vCenter server's host certificate When this is set to empty, this VirtualMachine would be created without TLS certificate validation of the communication between Cluster API Provider vSphere and the VMware vCenter server.

        :schema: VSphereMachineTemplateSpecTemplateSpec
        '''
        if isinstance(network, dict):
            network = VSphereMachineTemplateSpecTemplateSpecNetwork(**network)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__647951753cc15c50dfb6a662c73054a7c04caf7e95845cb65a0270a92a2a8019)
            check_type(argname="argument network", value=network, expected_type=type_hints["network"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
            check_type(argname="argument additional_disks_gib", value=additional_disks_gib, expected_type=type_hints["additional_disks_gib"])
            check_type(argname="argument clone_mode", value=clone_mode, expected_type=type_hints["clone_mode"])
            check_type(argname="argument custom_vmx_keys", value=custom_vmx_keys, expected_type=type_hints["custom_vmx_keys"])
            check_type(argname="argument datacenter", value=datacenter, expected_type=type_hints["datacenter"])
            check_type(argname="argument datastore", value=datastore, expected_type=type_hints["datastore"])
            check_type(argname="argument disk_gib", value=disk_gib, expected_type=type_hints["disk_gib"])
            check_type(argname="argument failure_domain", value=failure_domain, expected_type=type_hints["failure_domain"])
            check_type(argname="argument folder", value=folder, expected_type=type_hints["folder"])
            check_type(argname="argument guest_soft_power_off_timeout", value=guest_soft_power_off_timeout, expected_type=type_hints["guest_soft_power_off_timeout"])
            check_type(argname="argument hardware_version", value=hardware_version, expected_type=type_hints["hardware_version"])
            check_type(argname="argument memory_mib", value=memory_mib, expected_type=type_hints["memory_mib"])
            check_type(argname="argument num_cores_per_socket", value=num_cores_per_socket, expected_type=type_hints["num_cores_per_socket"])
            check_type(argname="argument num_cp_us", value=num_cp_us, expected_type=type_hints["num_cp_us"])
            check_type(argname="argument os", value=os, expected_type=type_hints["os"])
            check_type(argname="argument pci_devices", value=pci_devices, expected_type=type_hints["pci_devices"])
            check_type(argname="argument power_off_mode", value=power_off_mode, expected_type=type_hints["power_off_mode"])
            check_type(argname="argument provider_id", value=provider_id, expected_type=type_hints["provider_id"])
            check_type(argname="argument resource_pool", value=resource_pool, expected_type=type_hints["resource_pool"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument snapshot", value=snapshot, expected_type=type_hints["snapshot"])
            check_type(argname="argument storage_policy_name", value=storage_policy_name, expected_type=type_hints["storage_policy_name"])
            check_type(argname="argument tag_i_ds", value=tag_i_ds, expected_type=type_hints["tag_i_ds"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "network": network,
            "template": template,
        }
        if additional_disks_gib is not None:
            self._values["additional_disks_gib"] = additional_disks_gib
        if clone_mode is not None:
            self._values["clone_mode"] = clone_mode
        if custom_vmx_keys is not None:
            self._values["custom_vmx_keys"] = custom_vmx_keys
        if datacenter is not None:
            self._values["datacenter"] = datacenter
        if datastore is not None:
            self._values["datastore"] = datastore
        if disk_gib is not None:
            self._values["disk_gib"] = disk_gib
        if failure_domain is not None:
            self._values["failure_domain"] = failure_domain
        if folder is not None:
            self._values["folder"] = folder
        if guest_soft_power_off_timeout is not None:
            self._values["guest_soft_power_off_timeout"] = guest_soft_power_off_timeout
        if hardware_version is not None:
            self._values["hardware_version"] = hardware_version
        if memory_mib is not None:
            self._values["memory_mib"] = memory_mib
        if num_cores_per_socket is not None:
            self._values["num_cores_per_socket"] = num_cores_per_socket
        if num_cp_us is not None:
            self._values["num_cp_us"] = num_cp_us
        if os is not None:
            self._values["os"] = os
        if pci_devices is not None:
            self._values["pci_devices"] = pci_devices
        if power_off_mode is not None:
            self._values["power_off_mode"] = power_off_mode
        if provider_id is not None:
            self._values["provider_id"] = provider_id
        if resource_pool is not None:
            self._values["resource_pool"] = resource_pool
        if server is not None:
            self._values["server"] = server
        if snapshot is not None:
            self._values["snapshot"] = snapshot
        if storage_policy_name is not None:
            self._values["storage_policy_name"] = storage_policy_name
        if tag_i_ds is not None:
            self._values["tag_i_ds"] = tag_i_ds
        if thumbprint is not None:
            self._values["thumbprint"] = thumbprint

    @builtins.property
    def network(self) -> "VSphereMachineTemplateSpecTemplateSpecNetwork":
        '''Network is the network configuration for this machine's VM.

        :schema: VSphereMachineTemplateSpecTemplateSpec#network
        '''
        result = self._values.get("network")
        assert result is not None, "Required property 'network' is missing"
        return typing.cast("VSphereMachineTemplateSpecTemplateSpecNetwork", result)

    @builtins.property
    def template(self) -> builtins.str:
        '''Template is the name or inventory path of the template used to clone the virtual machine.

        :schema: VSphereMachineTemplateSpecTemplateSpec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def additional_disks_gib(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''AdditionalDisksGiB holds the sizes of additional disks of the virtual machine, in GiB Defaults to the eponymous property value in the template from which the virtual machine is cloned.

        :default: the eponymous property value in the template from which the virtual machine is cloned.

        :schema: VSphereMachineTemplateSpecTemplateSpec#additionalDisksGiB
        '''
        result = self._values.get("additional_disks_gib")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def clone_mode(self) -> typing.Optional[builtins.str]:
        '''CloneMode specifies the type of clone operation.

        The LinkedClone mode is only support for templates that have at least one snapshot. If the template has no snapshots, then CloneMode defaults to FullClone. When LinkedClone mode is enabled the DiskGiB field is ignored as it is not possible to expand disks of linked clones. Defaults to LinkedClone, but fails gracefully to FullClone if the source of the clone operation has no snapshots.

        :default: LinkedClone, but fails gracefully to FullClone if the source of the clone operation has no snapshots.

        :schema: VSphereMachineTemplateSpecTemplateSpec#cloneMode
        '''
        result = self._values.get("clone_mode")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def custom_vmx_keys(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''CustomVMXKeys is a dictionary of advanced VMX options that can be set on VM Defaults to empty map.

        :default: empty map

        :schema: VSphereMachineTemplateSpecTemplateSpec#customVMXKeys
        '''
        result = self._values.get("custom_vmx_keys")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def datacenter(self) -> typing.Optional[builtins.str]:
        '''Datacenter is the name or inventory path of the datacenter in which the virtual machine is created/located.

        Defaults to * which selects the default datacenter.

        :default: which selects the default datacenter.

        :schema: VSphereMachineTemplateSpecTemplateSpec#datacenter
        '''
        result = self._values.get("datacenter")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def datastore(self) -> typing.Optional[builtins.str]:
        '''Datastore is the name or inventory path of the datastore in which the virtual machine is created/located.

        :schema: VSphereMachineTemplateSpecTemplateSpec#datastore
        '''
        result = self._values.get("datastore")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disk_gib(self) -> typing.Optional[jsii.Number]:
        '''DiskGiB is the size of a virtual machine's disk, in GiB.

        Defaults to the eponymous property value in the template from which the virtual machine is cloned.

        :default: the eponymous property value in the template from which the virtual machine is cloned.

        :schema: VSphereMachineTemplateSpecTemplateSpec#diskGiB
        '''
        result = self._values.get("disk_gib")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def failure_domain(self) -> typing.Optional[builtins.str]:
        '''FailureDomain is the failure domain unique identifier this Machine should be attached to, as defined in Cluster API.

        For this infrastructure provider, the name is equivalent to the name of the VSphereDeploymentZone.

        :schema: VSphereMachineTemplateSpecTemplateSpec#failureDomain
        '''
        result = self._values.get("failure_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def folder(self) -> typing.Optional[builtins.str]:
        '''Folder is the name or inventory path of the folder in which the virtual machine is created/located.

        :schema: VSphereMachineTemplateSpecTemplateSpec#folder
        '''
        result = self._values.get("folder")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def guest_soft_power_off_timeout(self) -> typing.Optional[builtins.str]:
        '''GuestSoftPowerOffTimeout sets the wait timeout for shutdown in the VM guest.

        The VM will be powered off forcibly after the timeout if the VM is still up and running when the PowerOffMode is set to trySoft.
        This parameter only applies when the PowerOffMode is set to trySoft.
        If omitted, the timeout defaults to 5 minutes.

        :schema: VSphereMachineTemplateSpecTemplateSpec#guestSoftPowerOffTimeout
        '''
        result = self._values.get("guest_soft_power_off_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def hardware_version(self) -> typing.Optional[builtins.str]:
        '''HardwareVersion is the hardware version of the virtual machine.

        Defaults to the eponymous property value in the template from which the virtual machine is cloned. Check the compatibility with the ESXi version before setting the value.

        :default: the eponymous property value in the template from which the virtual machine is cloned. Check the compatibility with the ESXi version before setting the value.

        :schema: VSphereMachineTemplateSpecTemplateSpec#hardwareVersion
        '''
        result = self._values.get("hardware_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def memory_mib(self) -> typing.Optional[jsii.Number]:
        '''MemoryMiB is the size of a virtual machine's memory, in MiB.

        Defaults to the eponymous property value in the template from which the virtual machine is cloned.

        :default: the eponymous property value in the template from which the virtual machine is cloned.

        :schema: VSphereMachineTemplateSpecTemplateSpec#memoryMiB
        '''
        result = self._values.get("memory_mib")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def num_cores_per_socket(self) -> typing.Optional[jsii.Number]:
        '''NumCPUs is the number of cores among which to distribute CPUs in this virtual machine.

        Defaults to the eponymous property value in the template from which the virtual machine is cloned.

        :default: the eponymous property value in the template from which the virtual machine is cloned.

        :schema: VSphereMachineTemplateSpecTemplateSpec#numCoresPerSocket
        '''
        result = self._values.get("num_cores_per_socket")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def num_cp_us(self) -> typing.Optional[jsii.Number]:
        '''NumCPUs is the number of virtual processors in a virtual machine.

        Defaults to the eponymous property value in the template from which the virtual machine is cloned.

        :default: the eponymous property value in the template from which the virtual machine is cloned.

        :schema: VSphereMachineTemplateSpecTemplateSpec#numCPUs
        '''
        result = self._values.get("num_cp_us")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def os(self) -> typing.Optional[builtins.str]:
        '''OS is the Operating System of the virtual machine Defaults to Linux.

        :default: Linux

        :schema: VSphereMachineTemplateSpecTemplateSpec#os
        '''
        result = self._values.get("os")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pci_devices(
        self,
    ) -> typing.Optional[typing.List["VSphereMachineTemplateSpecTemplateSpecPciDevices"]]:
        '''PciDevices is the list of pci devices used by the virtual machine.

        :schema: VSphereMachineTemplateSpecTemplateSpec#pciDevices
        '''
        result = self._values.get("pci_devices")
        return typing.cast(typing.Optional[typing.List["VSphereMachineTemplateSpecTemplateSpecPciDevices"]], result)

    @builtins.property
    def power_off_mode(
        self,
    ) -> typing.Optional["VSphereMachineTemplateSpecTemplateSpecPowerOffMode"]:
        '''PowerOffMode describes the desired behavior when powering off a VM.

        There are three, supported power off modes: hard, soft, and trySoft. The first mode, hard, is the equivalent of a physical system's power cord being ripped from the wall. The soft mode requires the VM's guest to have VM Tools installed and attempts to gracefully shut down the VM. Its variant, trySoft, first attempts a graceful shutdown, and if that fails or the VM is not in a powered off state after reaching the GuestSoftPowerOffTimeout, the VM is halted.
        If omitted, the mode defaults to hard.

        :schema: VSphereMachineTemplateSpecTemplateSpec#powerOffMode
        '''
        result = self._values.get("power_off_mode")
        return typing.cast(typing.Optional["VSphereMachineTemplateSpecTemplateSpecPowerOffMode"], result)

    @builtins.property
    def provider_id(self) -> typing.Optional[builtins.str]:
        '''ProviderID is the virtual machine's BIOS UUID formated as vsphere://12345678-1234-1234-1234-123456789abc.

        :schema: VSphereMachineTemplateSpecTemplateSpec#providerID
        '''
        result = self._values.get("provider_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_pool(self) -> typing.Optional[builtins.str]:
        '''ResourcePool is the name or inventory path of the resource pool in which the virtual machine is created/located.

        :schema: VSphereMachineTemplateSpecTemplateSpec#resourcePool
        '''
        result = self._values.get("resource_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server(self) -> typing.Optional[builtins.str]:
        '''Server is the IP address or FQDN of the vSphere server on which the virtual machine is created/located.

        :schema: VSphereMachineTemplateSpecTemplateSpec#server
        '''
        result = self._values.get("server")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def snapshot(self) -> typing.Optional[builtins.str]:
        '''Snapshot is the name of the snapshot from which to create a linked clone.

        This field is ignored if LinkedClone is not enabled. Defaults to the source's current snapshot.

        :default: the source's current snapshot.

        :schema: VSphereMachineTemplateSpecTemplateSpec#snapshot
        '''
        result = self._values.get("snapshot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_policy_name(self) -> typing.Optional[builtins.str]:
        '''StoragePolicyName of the storage policy to use with this Virtual Machine.

        :schema: VSphereMachineTemplateSpecTemplateSpec#storagePolicyName
        '''
        result = self._values.get("storage_policy_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag_i_ds(self) -> typing.Optional[typing.List[builtins.str]]:
        '''TagIDs is an optional set of tags to add to an instance.

        Specified tagIDs must use URN-notation instead of display names.

        :schema: VSphereMachineTemplateSpecTemplateSpec#tagIDs
        '''
        result = self._values.get("tag_i_ds")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''Thumbprint is the colon-separated SHA-1 checksum of the given vCenter server's host certificate When this is set to empty, this VirtualMachine would be created without TLS certificate validation of the communication between Cluster API Provider vSphere and the VMware vCenter server.

        :schema: VSphereMachineTemplateSpecTemplateSpec#thumbprint
        '''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpecNetwork",
    jsii_struct_bases=[],
    name_mapping={
        "devices": "devices",
        "preferred_api_server_cidr": "preferredApiServerCidr",
        "routes": "routes",
    },
)
class VSphereMachineTemplateSpecTemplateSpecNetwork:
    def __init__(
        self,
        *,
        devices: typing.Sequence[typing.Union["VSphereMachineTemplateSpecTemplateSpecNetworkDevices", typing.Dict[builtins.str, typing.Any]]],
        preferred_api_server_cidr: typing.Optional[builtins.str] = None,
        routes: typing.Optional[typing.Sequence[typing.Union["VSphereMachineTemplateSpecTemplateSpecNetworkRoutes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Network is the network configuration for this machine's VM.

        :param devices: Devices is the list of network devices used by the virtual machine. TODO(akutz) Make sure at least one network matches the ClusterSpec.CloudProviderConfiguration.Network.Name
        :param preferred_api_server_cidr: PreferredAPIServeCIDR is the preferred CIDR for the Kubernetes API server endpoint on this machine.
        :param routes: Routes is a list of optional, static routes applied to the virtual machine.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetwork
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91505505a9fc3e2cf36bc7afb72864b84aa8fe95938f076175e16d34b5fb239d)
            check_type(argname="argument devices", value=devices, expected_type=type_hints["devices"])
            check_type(argname="argument preferred_api_server_cidr", value=preferred_api_server_cidr, expected_type=type_hints["preferred_api_server_cidr"])
            check_type(argname="argument routes", value=routes, expected_type=type_hints["routes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "devices": devices,
        }
        if preferred_api_server_cidr is not None:
            self._values["preferred_api_server_cidr"] = preferred_api_server_cidr
        if routes is not None:
            self._values["routes"] = routes

    @builtins.property
    def devices(
        self,
    ) -> typing.List["VSphereMachineTemplateSpecTemplateSpecNetworkDevices"]:
        '''Devices is the list of network devices used by the virtual machine.

        TODO(akutz) Make sure at least one network matches the ClusterSpec.CloudProviderConfiguration.Network.Name

        :schema: VSphereMachineTemplateSpecTemplateSpecNetwork#devices
        '''
        result = self._values.get("devices")
        assert result is not None, "Required property 'devices' is missing"
        return typing.cast(typing.List["VSphereMachineTemplateSpecTemplateSpecNetworkDevices"], result)

    @builtins.property
    def preferred_api_server_cidr(self) -> typing.Optional[builtins.str]:
        '''PreferredAPIServeCIDR is the preferred CIDR for the Kubernetes API server endpoint on this machine.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetwork#preferredAPIServerCidr
        '''
        result = self._values.get("preferred_api_server_cidr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def routes(
        self,
    ) -> typing.Optional[typing.List["VSphereMachineTemplateSpecTemplateSpecNetworkRoutes"]]:
        '''Routes is a list of optional, static routes applied to the virtual machine.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetwork#routes
        '''
        result = self._values.get("routes")
        return typing.cast(typing.Optional[typing.List["VSphereMachineTemplateSpecTemplateSpecNetworkRoutes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateSpecNetwork(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpecNetworkDevices",
    jsii_struct_bases=[],
    name_mapping={
        "network_name": "networkName",
        "addresses_from_pools": "addressesFromPools",
        "device_name": "deviceName",
        "dhcp4": "dhcp4",
        "dhcp4_overrides": "dhcp4Overrides",
        "dhcp6": "dhcp6",
        "dhcp6_overrides": "dhcp6Overrides",
        "gateway4": "gateway4",
        "gateway6": "gateway6",
        "ip_addrs": "ipAddrs",
        "mac_addr": "macAddr",
        "mtu": "mtu",
        "nameservers": "nameservers",
        "routes": "routes",
        "search_domains": "searchDomains",
    },
)
class VSphereMachineTemplateSpecTemplateSpecNetworkDevices:
    def __init__(
        self,
        *,
        network_name: builtins.str,
        addresses_from_pools: typing.Optional[typing.Sequence[typing.Union["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools", typing.Dict[builtins.str, typing.Any]]]] = None,
        device_name: typing.Optional[builtins.str] = None,
        dhcp4: typing.Optional[builtins.bool] = None,
        dhcp4_overrides: typing.Optional[typing.Union["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides", typing.Dict[builtins.str, typing.Any]]] = None,
        dhcp6: typing.Optional[builtins.bool] = None,
        dhcp6_overrides: typing.Optional[typing.Union["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides", typing.Dict[builtins.str, typing.Any]]] = None,
        gateway4: typing.Optional[builtins.str] = None,
        gateway6: typing.Optional[builtins.str] = None,
        ip_addrs: typing.Optional[typing.Sequence[builtins.str]] = None,
        mac_addr: typing.Optional[builtins.str] = None,
        mtu: typing.Optional[jsii.Number] = None,
        nameservers: typing.Optional[typing.Sequence[builtins.str]] = None,
        routes: typing.Optional[typing.Sequence[typing.Union["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes", typing.Dict[builtins.str, typing.Any]]]] = None,
        search_domains: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''NetworkDeviceSpec defines the network configuration for a virtual machine's network device.

        :param network_name: NetworkName is the name of the vSphere network to which the device will be connected.
        :param addresses_from_pools: AddressesFromPools is a list of IPAddressPools that should be assigned to IPAddressClaims. The machine's cloud-init metadata will be populated with IPAddresses fulfilled by an IPAM provider.
        :param device_name: DeviceName may be used to explicitly assign a name to the network device as it exists in the guest operating system.
        :param dhcp4: DHCP4 is a flag that indicates whether or not to use DHCP for IPv4 on this device. If true then IPAddrs should not contain any IPv4 addresses.
        :param dhcp4_overrides: DHCP4Overrides allows for the control over several DHCP behaviors. Overrides will only be applied when the corresponding DHCP flag is set. Only configured values will be sent, omitted values will default to distribution defaults. Dependent on support in the network stack for your distribution. For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)
        :param dhcp6: DHCP6 is a flag that indicates whether or not to use DHCP for IPv6 on this device. If true then IPAddrs should not contain any IPv6 addresses.
        :param dhcp6_overrides: DHCP6Overrides allows for the control over several DHCP behaviors. Overrides will only be applied when the corresponding DHCP flag is set. Only configured values will be sent, omitted values will default to distribution defaults. Dependent on support in the network stack for your distribution. For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)
        :param gateway4: Gateway4 is the IPv4 gateway used by this device. Required when DHCP4 is false.
        :param gateway6: Gateway4 is the IPv4 gateway used by this device.
        :param ip_addrs: IPAddrs is a list of one or more IPv4 and/or IPv6 addresses to assign to this device. IP addresses must also specify the segment length in CIDR notation. Required when DHCP4 and DHCP6 are both false.
        :param mac_addr: MACAddr is the MAC address used by this device. It is generally a good idea to omit this field and allow a MAC address to be generated. Please note that this value must use the VMware OUI to work with the in-tree vSphere cloud provider.
        :param mtu: MTU is the device’s Maximum Transmission Unit size in bytes.
        :param nameservers: Nameservers is a list of IPv4 and/or IPv6 addresses used as DNS nameservers. Please note that Linux allows only three nameservers (https://linux.die.net/man/5/resolv.conf).
        :param routes: Routes is a list of optional, static routes applied to the device.
        :param search_domains: SearchDomains is a list of search domains used when resolving IP addresses with DNS.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices
        '''
        if isinstance(dhcp4_overrides, dict):
            dhcp4_overrides = VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides(**dhcp4_overrides)
        if isinstance(dhcp6_overrides, dict):
            dhcp6_overrides = VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides(**dhcp6_overrides)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fdf3c2ad2b20c05c4e096b430ff7dc41c86c5db5deba0ce853074aaceec29bc1)
            check_type(argname="argument network_name", value=network_name, expected_type=type_hints["network_name"])
            check_type(argname="argument addresses_from_pools", value=addresses_from_pools, expected_type=type_hints["addresses_from_pools"])
            check_type(argname="argument device_name", value=device_name, expected_type=type_hints["device_name"])
            check_type(argname="argument dhcp4", value=dhcp4, expected_type=type_hints["dhcp4"])
            check_type(argname="argument dhcp4_overrides", value=dhcp4_overrides, expected_type=type_hints["dhcp4_overrides"])
            check_type(argname="argument dhcp6", value=dhcp6, expected_type=type_hints["dhcp6"])
            check_type(argname="argument dhcp6_overrides", value=dhcp6_overrides, expected_type=type_hints["dhcp6_overrides"])
            check_type(argname="argument gateway4", value=gateway4, expected_type=type_hints["gateway4"])
            check_type(argname="argument gateway6", value=gateway6, expected_type=type_hints["gateway6"])
            check_type(argname="argument ip_addrs", value=ip_addrs, expected_type=type_hints["ip_addrs"])
            check_type(argname="argument mac_addr", value=mac_addr, expected_type=type_hints["mac_addr"])
            check_type(argname="argument mtu", value=mtu, expected_type=type_hints["mtu"])
            check_type(argname="argument nameservers", value=nameservers, expected_type=type_hints["nameservers"])
            check_type(argname="argument routes", value=routes, expected_type=type_hints["routes"])
            check_type(argname="argument search_domains", value=search_domains, expected_type=type_hints["search_domains"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "network_name": network_name,
        }
        if addresses_from_pools is not None:
            self._values["addresses_from_pools"] = addresses_from_pools
        if device_name is not None:
            self._values["device_name"] = device_name
        if dhcp4 is not None:
            self._values["dhcp4"] = dhcp4
        if dhcp4_overrides is not None:
            self._values["dhcp4_overrides"] = dhcp4_overrides
        if dhcp6 is not None:
            self._values["dhcp6"] = dhcp6
        if dhcp6_overrides is not None:
            self._values["dhcp6_overrides"] = dhcp6_overrides
        if gateway4 is not None:
            self._values["gateway4"] = gateway4
        if gateway6 is not None:
            self._values["gateway6"] = gateway6
        if ip_addrs is not None:
            self._values["ip_addrs"] = ip_addrs
        if mac_addr is not None:
            self._values["mac_addr"] = mac_addr
        if mtu is not None:
            self._values["mtu"] = mtu
        if nameservers is not None:
            self._values["nameservers"] = nameservers
        if routes is not None:
            self._values["routes"] = routes
        if search_domains is not None:
            self._values["search_domains"] = search_domains

    @builtins.property
    def network_name(self) -> builtins.str:
        '''NetworkName is the name of the vSphere network to which the device will be connected.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#networkName
        '''
        result = self._values.get("network_name")
        assert result is not None, "Required property 'network_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def addresses_from_pools(
        self,
    ) -> typing.Optional[typing.List["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools"]]:
        '''AddressesFromPools is a list of IPAddressPools that should be assigned to IPAddressClaims.

        The machine's cloud-init metadata will be populated with IPAddresses fulfilled by an IPAM provider.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#addressesFromPools
        '''
        result = self._values.get("addresses_from_pools")
        return typing.cast(typing.Optional[typing.List["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools"]], result)

    @builtins.property
    def device_name(self) -> typing.Optional[builtins.str]:
        '''DeviceName may be used to explicitly assign a name to the network device as it exists in the guest operating system.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#deviceName
        '''
        result = self._values.get("device_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dhcp4(self) -> typing.Optional[builtins.bool]:
        '''DHCP4 is a flag that indicates whether or not to use DHCP for IPv4 on this device.

        If true then IPAddrs should not contain any IPv4 addresses.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#dhcp4
        '''
        result = self._values.get("dhcp4")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def dhcp4_overrides(
        self,
    ) -> typing.Optional["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides"]:
        '''DHCP4Overrides allows for the control over several DHCP behaviors.

        Overrides will only be applied when the corresponding DHCP flag is set. Only configured values will be sent, omitted values will default to distribution defaults. Dependent on support in the network stack for your distribution. For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#dhcp4Overrides
        '''
        result = self._values.get("dhcp4_overrides")
        return typing.cast(typing.Optional["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides"], result)

    @builtins.property
    def dhcp6(self) -> typing.Optional[builtins.bool]:
        '''DHCP6 is a flag that indicates whether or not to use DHCP for IPv6 on this device.

        If true then IPAddrs should not contain any IPv6 addresses.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#dhcp6
        '''
        result = self._values.get("dhcp6")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def dhcp6_overrides(
        self,
    ) -> typing.Optional["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides"]:
        '''DHCP6Overrides allows for the control over several DHCP behaviors.

        Overrides will only be applied when the corresponding DHCP flag is set. Only configured values will be sent, omitted values will default to distribution defaults. Dependent on support in the network stack for your distribution. For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#dhcp6Overrides
        '''
        result = self._values.get("dhcp6_overrides")
        return typing.cast(typing.Optional["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides"], result)

    @builtins.property
    def gateway4(self) -> typing.Optional[builtins.str]:
        '''Gateway4 is the IPv4 gateway used by this device.

        Required when DHCP4 is false.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#gateway4
        '''
        result = self._values.get("gateway4")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gateway6(self) -> typing.Optional[builtins.str]:
        '''Gateway4 is the IPv4 gateway used by this device.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#gateway6
        '''
        result = self._values.get("gateway6")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ip_addrs(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IPAddrs is a list of one or more IPv4 and/or IPv6 addresses to assign to this device.

        IP addresses must also specify the segment length in CIDR notation. Required when DHCP4 and DHCP6 are both false.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#ipAddrs
        '''
        result = self._values.get("ip_addrs")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mac_addr(self) -> typing.Optional[builtins.str]:
        '''MACAddr is the MAC address used by this device.

        It is generally a good idea to omit this field and allow a MAC address to be generated. Please note that this value must use the VMware OUI to work with the in-tree vSphere cloud provider.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#macAddr
        '''
        result = self._values.get("mac_addr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mtu(self) -> typing.Optional[jsii.Number]:
        '''MTU is the device’s Maximum Transmission Unit size in bytes.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#mtu
        '''
        result = self._values.get("mtu")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def nameservers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Nameservers is a list of IPv4 and/or IPv6 addresses used as DNS nameservers.

        Please note that Linux allows only three nameservers (https://linux.die.net/man/5/resolv.conf).

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#nameservers
        '''
        result = self._values.get("nameservers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def routes(
        self,
    ) -> typing.Optional[typing.List["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes"]]:
        '''Routes is a list of optional, static routes applied to the device.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#routes
        '''
        result = self._values.get("routes")
        return typing.cast(typing.Optional[typing.List["VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes"]], result)

    @builtins.property
    def search_domains(self) -> typing.Optional[typing.List[builtins.str]]:
        '''SearchDomains is a list of search domains used when resolving IP addresses with DNS.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevices#searchDomains
        '''
        result = self._values.get("search_domains")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateSpecNetworkDevices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''TypedLocalObjectReference contains enough information to let you locate the typed referenced object inside the same namespace.

        :param kind: Kind is the type of resource being referenced.
        :param name: Name is the name of resource being referenced.
        :param api_group: APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__15b775b7036da8b487aa5bf3403e2fa9c5c39f98a3da147f4600722ba07a49b9)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument api_group", value=api_group, expected_type=type_hints["api_group"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }
        if api_group is not None:
            self._values["api_group"] = api_group

    @builtins.property
    def kind(self) -> builtins.str:
        '''Kind is the type of resource being referenced.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of resource being referenced.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup is the group for the resource being referenced.

        If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "route_metric": "routeMetric",
        "send_hostname": "sendHostname",
        "use_dns": "useDns",
        "use_domains": "useDomains",
        "use_hostname": "useHostname",
        "use_mtu": "useMtu",
        "use_ntp": "useNtp",
        "use_routes": "useRoutes",
    },
)
class VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        route_metric: typing.Optional[jsii.Number] = None,
        send_hostname: typing.Optional[builtins.bool] = None,
        use_dns: typing.Optional[builtins.bool] = None,
        use_domains: typing.Optional[builtins.str] = None,
        use_hostname: typing.Optional[builtins.bool] = None,
        use_mtu: typing.Optional[builtins.bool] = None,
        use_ntp: typing.Optional[builtins.bool] = None,
        use_routes: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DHCP4Overrides allows for the control over several DHCP behaviors.

        Overrides will only be applied when the corresponding DHCP flag is set. Only configured values will be sent, omitted values will default to distribution defaults. Dependent on support in the network stack for your distribution. For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)

        :param hostname: Hostname is the name which will be sent to the DHCP server instead of the machine's hostname.
        :param route_metric: RouteMetric is used to prioritize routes for devices. A lower metric for an interface will have a higher priority.
        :param send_hostname: SendHostname when ``true``, the hostname of the machine will be sent to the DHCP server.
        :param use_dns: UseDNS when ``true``, the DNS servers in the DHCP server will be used and take precedence.
        :param use_domains: UseDomains can take the values ``true``, ``false``, or ``route``. When ``true``, the domain name from the DHCP server will be used as the DNS search domain for this device. When ``route``, the domain name from the DHCP response will be used for routing DNS only, not for searching.
        :param use_hostname: UseHostname when ``true``, the hostname from the DHCP server will be set as the transient hostname of the machine.
        :param use_mtu: UseMTU when ``true``, the MTU from the DHCP server will be set as the MTU of the device.
        :param use_ntp: UseNTP when ``true``, the NTP servers from the DHCP server will be used by systemd-timesyncd and take precedence.
        :param use_routes: UseRoutes when ``true``, the routes from the DHCP server will be installed in the routing table.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__30cc76942e47e8f37dbb19b2d204cdbc0de33e92fe9711b8fc0dc5c890385470)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument route_metric", value=route_metric, expected_type=type_hints["route_metric"])
            check_type(argname="argument send_hostname", value=send_hostname, expected_type=type_hints["send_hostname"])
            check_type(argname="argument use_dns", value=use_dns, expected_type=type_hints["use_dns"])
            check_type(argname="argument use_domains", value=use_domains, expected_type=type_hints["use_domains"])
            check_type(argname="argument use_hostname", value=use_hostname, expected_type=type_hints["use_hostname"])
            check_type(argname="argument use_mtu", value=use_mtu, expected_type=type_hints["use_mtu"])
            check_type(argname="argument use_ntp", value=use_ntp, expected_type=type_hints["use_ntp"])
            check_type(argname="argument use_routes", value=use_routes, expected_type=type_hints["use_routes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if route_metric is not None:
            self._values["route_metric"] = route_metric
        if send_hostname is not None:
            self._values["send_hostname"] = send_hostname
        if use_dns is not None:
            self._values["use_dns"] = use_dns
        if use_domains is not None:
            self._values["use_domains"] = use_domains
        if use_hostname is not None:
            self._values["use_hostname"] = use_hostname
        if use_mtu is not None:
            self._values["use_mtu"] = use_mtu
        if use_ntp is not None:
            self._values["use_ntp"] = use_ntp
        if use_routes is not None:
            self._values["use_routes"] = use_routes

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the name which will be sent to the DHCP server instead of the machine's hostname.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def route_metric(self) -> typing.Optional[jsii.Number]:
        '''RouteMetric is used to prioritize routes for devices.

        A lower metric for an interface will have a higher priority.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides#routeMetric
        '''
        result = self._values.get("route_metric")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def send_hostname(self) -> typing.Optional[builtins.bool]:
        '''SendHostname when ``true``, the hostname of the machine will be sent to the DHCP server.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides#sendHostname
        '''
        result = self._values.get("send_hostname")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_dns(self) -> typing.Optional[builtins.bool]:
        '''UseDNS when ``true``, the DNS servers in the DHCP server will be used and take precedence.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides#useDNS
        '''
        result = self._values.get("use_dns")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_domains(self) -> typing.Optional[builtins.str]:
        '''UseDomains can take the values ``true``, ``false``, or ``route``.

        When ``true``, the domain name from the DHCP server will be used as the DNS search domain for this device. When ``route``, the domain name from the DHCP response will be used for routing DNS only, not for searching.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides#useDomains
        '''
        result = self._values.get("use_domains")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_hostname(self) -> typing.Optional[builtins.bool]:
        '''UseHostname when ``true``, the hostname from the DHCP server will be set as the transient hostname of the machine.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides#useHostname
        '''
        result = self._values.get("use_hostname")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_mtu(self) -> typing.Optional[builtins.bool]:
        '''UseMTU when ``true``, the MTU from the DHCP server will be set as the MTU of the device.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides#useMTU
        '''
        result = self._values.get("use_mtu")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_ntp(self) -> typing.Optional[builtins.bool]:
        '''UseNTP when ``true``, the NTP servers from the DHCP server will be used by systemd-timesyncd and take precedence.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides#useNTP
        '''
        result = self._values.get("use_ntp")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_routes(self) -> typing.Optional[builtins.str]:
        '''UseRoutes when ``true``, the routes from the DHCP server will be installed in the routing table.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides#useRoutes
        '''
        result = self._values.get("use_routes")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides",
    jsii_struct_bases=[],
    name_mapping={
        "hostname": "hostname",
        "route_metric": "routeMetric",
        "send_hostname": "sendHostname",
        "use_dns": "useDns",
        "use_domains": "useDomains",
        "use_hostname": "useHostname",
        "use_mtu": "useMtu",
        "use_ntp": "useNtp",
        "use_routes": "useRoutes",
    },
)
class VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides:
    def __init__(
        self,
        *,
        hostname: typing.Optional[builtins.str] = None,
        route_metric: typing.Optional[jsii.Number] = None,
        send_hostname: typing.Optional[builtins.bool] = None,
        use_dns: typing.Optional[builtins.bool] = None,
        use_domains: typing.Optional[builtins.str] = None,
        use_hostname: typing.Optional[builtins.bool] = None,
        use_mtu: typing.Optional[builtins.bool] = None,
        use_ntp: typing.Optional[builtins.bool] = None,
        use_routes: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DHCP6Overrides allows for the control over several DHCP behaviors.

        Overrides will only be applied when the corresponding DHCP flag is set. Only configured values will be sent, omitted values will default to distribution defaults. Dependent on support in the network stack for your distribution. For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)

        :param hostname: Hostname is the name which will be sent to the DHCP server instead of the machine's hostname.
        :param route_metric: RouteMetric is used to prioritize routes for devices. A lower metric for an interface will have a higher priority.
        :param send_hostname: SendHostname when ``true``, the hostname of the machine will be sent to the DHCP server.
        :param use_dns: UseDNS when ``true``, the DNS servers in the DHCP server will be used and take precedence.
        :param use_domains: UseDomains can take the values ``true``, ``false``, or ``route``. When ``true``, the domain name from the DHCP server will be used as the DNS search domain for this device. When ``route``, the domain name from the DHCP response will be used for routing DNS only, not for searching.
        :param use_hostname: UseHostname when ``true``, the hostname from the DHCP server will be set as the transient hostname of the machine.
        :param use_mtu: UseMTU when ``true``, the MTU from the DHCP server will be set as the MTU of the device.
        :param use_ntp: UseNTP when ``true``, the NTP servers from the DHCP server will be used by systemd-timesyncd and take precedence.
        :param use_routes: UseRoutes when ``true``, the routes from the DHCP server will be installed in the routing table.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__018219b847d94f3b62c4fba9cb7a1e5faae493d10b60957340882a7b4df6445d)
            check_type(argname="argument hostname", value=hostname, expected_type=type_hints["hostname"])
            check_type(argname="argument route_metric", value=route_metric, expected_type=type_hints["route_metric"])
            check_type(argname="argument send_hostname", value=send_hostname, expected_type=type_hints["send_hostname"])
            check_type(argname="argument use_dns", value=use_dns, expected_type=type_hints["use_dns"])
            check_type(argname="argument use_domains", value=use_domains, expected_type=type_hints["use_domains"])
            check_type(argname="argument use_hostname", value=use_hostname, expected_type=type_hints["use_hostname"])
            check_type(argname="argument use_mtu", value=use_mtu, expected_type=type_hints["use_mtu"])
            check_type(argname="argument use_ntp", value=use_ntp, expected_type=type_hints["use_ntp"])
            check_type(argname="argument use_routes", value=use_routes, expected_type=type_hints["use_routes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if hostname is not None:
            self._values["hostname"] = hostname
        if route_metric is not None:
            self._values["route_metric"] = route_metric
        if send_hostname is not None:
            self._values["send_hostname"] = send_hostname
        if use_dns is not None:
            self._values["use_dns"] = use_dns
        if use_domains is not None:
            self._values["use_domains"] = use_domains
        if use_hostname is not None:
            self._values["use_hostname"] = use_hostname
        if use_mtu is not None:
            self._values["use_mtu"] = use_mtu
        if use_ntp is not None:
            self._values["use_ntp"] = use_ntp
        if use_routes is not None:
            self._values["use_routes"] = use_routes

    @builtins.property
    def hostname(self) -> typing.Optional[builtins.str]:
        '''Hostname is the name which will be sent to the DHCP server instead of the machine's hostname.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def route_metric(self) -> typing.Optional[jsii.Number]:
        '''RouteMetric is used to prioritize routes for devices.

        A lower metric for an interface will have a higher priority.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides#routeMetric
        '''
        result = self._values.get("route_metric")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def send_hostname(self) -> typing.Optional[builtins.bool]:
        '''SendHostname when ``true``, the hostname of the machine will be sent to the DHCP server.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides#sendHostname
        '''
        result = self._values.get("send_hostname")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_dns(self) -> typing.Optional[builtins.bool]:
        '''UseDNS when ``true``, the DNS servers in the DHCP server will be used and take precedence.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides#useDNS
        '''
        result = self._values.get("use_dns")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_domains(self) -> typing.Optional[builtins.str]:
        '''UseDomains can take the values ``true``, ``false``, or ``route``.

        When ``true``, the domain name from the DHCP server will be used as the DNS search domain for this device. When ``route``, the domain name from the DHCP response will be used for routing DNS only, not for searching.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides#useDomains
        '''
        result = self._values.get("use_domains")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_hostname(self) -> typing.Optional[builtins.bool]:
        '''UseHostname when ``true``, the hostname from the DHCP server will be set as the transient hostname of the machine.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides#useHostname
        '''
        result = self._values.get("use_hostname")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_mtu(self) -> typing.Optional[builtins.bool]:
        '''UseMTU when ``true``, the MTU from the DHCP server will be set as the MTU of the device.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides#useMTU
        '''
        result = self._values.get("use_mtu")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_ntp(self) -> typing.Optional[builtins.bool]:
        '''UseNTP when ``true``, the NTP servers from the DHCP server will be used by systemd-timesyncd and take precedence.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides#useNTP
        '''
        result = self._values.get("use_ntp")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_routes(self) -> typing.Optional[builtins.str]:
        '''UseRoutes when ``true``, the routes from the DHCP server will be installed in the routing table.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides#useRoutes
        '''
        result = self._values.get("use_routes")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes",
    jsii_struct_bases=[],
    name_mapping={"metric": "metric", "to": "to", "via": "via"},
)
class VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes:
    def __init__(
        self,
        *,
        metric: jsii.Number,
        to: builtins.str,
        via: builtins.str,
    ) -> None:
        '''NetworkRouteSpec defines a static network route.

        :param metric: Metric is the weight/priority of the route.
        :param to: To is an IPv4 or IPv6 address.
        :param via: Via is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3c66d7e1763d2c05e9a00129ef2fd74997416ad7df6de02995ee80ed99249324)
            check_type(argname="argument metric", value=metric, expected_type=type_hints["metric"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
            check_type(argname="argument via", value=via, expected_type=type_hints["via"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metric": metric,
            "to": to,
            "via": via,
        }

    @builtins.property
    def metric(self) -> jsii.Number:
        '''Metric is the weight/priority of the route.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes#metric
        '''
        result = self._values.get("metric")
        assert result is not None, "Required property 'metric' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def to(self) -> builtins.str:
        '''To is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes#to
        '''
        result = self._values.get("to")
        assert result is not None, "Required property 'to' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def via(self) -> builtins.str:
        '''Via is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes#via
        '''
        result = self._values.get("via")
        assert result is not None, "Required property 'via' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpecNetworkRoutes",
    jsii_struct_bases=[],
    name_mapping={"metric": "metric", "to": "to", "via": "via"},
)
class VSphereMachineTemplateSpecTemplateSpecNetworkRoutes:
    def __init__(
        self,
        *,
        metric: jsii.Number,
        to: builtins.str,
        via: builtins.str,
    ) -> None:
        '''NetworkRouteSpec defines a static network route.

        :param metric: Metric is the weight/priority of the route.
        :param to: To is an IPv4 or IPv6 address.
        :param via: Via is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkRoutes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7feb44ea98dd2a2e45ba302b2b8fffa62ea4971c48506819bd84e0a7cdb3bcfe)
            check_type(argname="argument metric", value=metric, expected_type=type_hints["metric"])
            check_type(argname="argument to", value=to, expected_type=type_hints["to"])
            check_type(argname="argument via", value=via, expected_type=type_hints["via"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "metric": metric,
            "to": to,
            "via": via,
        }

    @builtins.property
    def metric(self) -> jsii.Number:
        '''Metric is the weight/priority of the route.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkRoutes#metric
        '''
        result = self._values.get("metric")
        assert result is not None, "Required property 'metric' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def to(self) -> builtins.str:
        '''To is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkRoutes#to
        '''
        result = self._values.get("to")
        assert result is not None, "Required property 'to' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def via(self) -> builtins.str:
        '''Via is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateSpecTemplateSpecNetworkRoutes#via
        '''
        result = self._values.get("via")
        assert result is not None, "Required property 'via' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateSpecNetworkRoutes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpecPciDevices",
    jsii_struct_bases=[],
    name_mapping={"device_id": "deviceId", "vendor_id": "vendorId"},
)
class VSphereMachineTemplateSpecTemplateSpecPciDevices:
    def __init__(
        self,
        *,
        device_id: typing.Optional[jsii.Number] = None,
        vendor_id: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''PCIDeviceSpec defines virtual machine's PCI configuration.

        :param device_id: DeviceID is the device ID of a virtual machine's PCI, in integer. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the virtual machine is cloned.
        :param vendor_id: VendorId is the vendor ID of a virtual machine's PCI, in integer. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the virtual machine is cloned.

        :schema: VSphereMachineTemplateSpecTemplateSpecPciDevices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a205352515a01437890b31a06aeda99d6ffeab4d2d6ad69e4fa73cdd8c263fda)
            check_type(argname="argument device_id", value=device_id, expected_type=type_hints["device_id"])
            check_type(argname="argument vendor_id", value=vendor_id, expected_type=type_hints["vendor_id"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if device_id is not None:
            self._values["device_id"] = device_id
        if vendor_id is not None:
            self._values["vendor_id"] = vendor_id

    @builtins.property
    def device_id(self) -> typing.Optional[jsii.Number]:
        '''DeviceID is the device ID of a virtual machine's PCI, in integer.

        Defaults to the eponymous property value in the template from which the virtual machine is cloned.

        :default: the eponymous property value in the template from which the virtual machine is cloned.

        :schema: VSphereMachineTemplateSpecTemplateSpecPciDevices#deviceId
        '''
        result = self._values.get("device_id")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vendor_id(self) -> typing.Optional[jsii.Number]:
        '''VendorId is the vendor ID of a virtual machine's PCI, in integer.

        Defaults to the eponymous property value in the template from which the virtual machine is cloned.

        :default: the eponymous property value in the template from which the virtual machine is cloned.

        :schema: VSphereMachineTemplateSpecTemplateSpecPciDevices#vendorId
        '''
        result = self._values.get("vendor_id")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateSpecTemplateSpecPciDevices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateSpecTemplateSpecPowerOffMode"
)
class VSphereMachineTemplateSpecTemplateSpecPowerOffMode(enum.Enum):
    '''PowerOffMode describes the desired behavior when powering off a VM.

    There are three, supported power off modes: hard, soft, and trySoft. The first mode, hard, is the equivalent of a physical system's power cord being ripped from the wall. The soft mode requires the VM's guest to have VM Tools installed and attempts to gracefully shut down the VM. Its variant, trySoft, first attempts a graceful shutdown, and if that fails or the VM is not in a powered off state after reaching the GuestSoftPowerOffTimeout, the VM is halted.
    If omitted, the mode defaults to hard.

    :schema: VSphereMachineTemplateSpecTemplateSpecPowerOffMode
    '''

    HARD = "HARD"
    '''hard.'''
    SOFT = "SOFT"
    '''soft.'''
    TRY_SOFT = "TRY_SOFT"
    '''trySoft.'''


__all__ = [
    "VSphereCluster",
    "VSphereClusterProps",
    "VSphereClusterSpec",
    "VSphereClusterSpecClusterModules",
    "VSphereClusterSpecControlPlaneEndpoint",
    "VSphereClusterSpecFailureDomainSelector",
    "VSphereClusterSpecFailureDomainSelectorMatchExpressions",
    "VSphereClusterSpecIdentityRef",
    "VSphereClusterSpecIdentityRefKind",
    "VSphereMachineTemplate",
    "VSphereMachineTemplateProps",
    "VSphereMachineTemplateSpec",
    "VSphereMachineTemplateSpecTemplate",
    "VSphereMachineTemplateSpecTemplateMetadata",
    "VSphereMachineTemplateSpecTemplateSpec",
    "VSphereMachineTemplateSpecTemplateSpecNetwork",
    "VSphereMachineTemplateSpecTemplateSpecNetworkDevices",
    "VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools",
    "VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides",
    "VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides",
    "VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes",
    "VSphereMachineTemplateSpecTemplateSpecNetworkRoutes",
    "VSphereMachineTemplateSpecTemplateSpecPciDevices",
    "VSphereMachineTemplateSpecTemplateSpecPowerOffMode",
]

publication.publish()

def _typecheckingstub__c2c371291f7d604345a02dd8e4865dd0ef3f65037e6f3956ab55a83a677c7f10(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VSphereClusterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7327548c56359d21810f5578cb7dfe3f2e42f303162920e2b1e553bfa424159a(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VSphereClusterSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1771ceb2731982c78bf129194013e5d4a905bdb48f0cf99bb8e3cb57ba8a61eb(
    *,
    cluster_modules: typing.Optional[typing.Sequence[typing.Union[VSphereClusterSpecClusterModules, typing.Dict[builtins.str, typing.Any]]]] = None,
    control_plane_endpoint: typing.Optional[typing.Union[VSphereClusterSpecControlPlaneEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    failure_domain_selector: typing.Optional[typing.Union[VSphereClusterSpecFailureDomainSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    identity_ref: typing.Optional[typing.Union[VSphereClusterSpecIdentityRef, typing.Dict[builtins.str, typing.Any]]] = None,
    server: typing.Optional[builtins.str] = None,
    thumbprint: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d4fc976f9f6c58a8d74304b22c44ad35da266a9f861a09481681ff718bf7097(
    *,
    control_plane: builtins.bool,
    module_uuid: builtins.str,
    target_object_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4abcb5b9e150df67b7953d136519b1203300bc15876eda4391ba4025374255f6(
    *,
    host: builtins.str,
    port: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5c022a3e8d53c89f0f1976160e55348ba4507aca710fb14a94af304adf57af6(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[VSphereClusterSpecFailureDomainSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e98d8bd02a61b6e289fe3329ad640c6d2a31fe4a3024c4002b578657a126c3d(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__db21348b0602e77d1c7945a1bedf1bb8b62c1fabcac12a8ad717fcdcad280d84(
    *,
    kind: VSphereClusterSpecIdentityRefKind,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__829861b19bef9c6e7b44c5d567902f5c41daa390e6ba1c295f7f2fc5ee9af1cc(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VSphereMachineTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__751ad01578098d281625201d7eb27c42e4696a4e254d76532e935c6dc76e02af(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VSphereMachineTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__267fdfefa598766f754d1a0591c13b29b2fd0a7fe880ca637026c56507c137f5(
    *,
    template: typing.Union[VSphereMachineTemplateSpecTemplate, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a54e50db541beb6135aed346484ca568bd0946dfdfb6a93e9d6ba380c8a9ba21(
    *,
    spec: typing.Union[VSphereMachineTemplateSpecTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[VSphereMachineTemplateSpecTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__37e97474fd0da09a2916db59c8e977d048b061ce0d14ae2d695c841bd1955fbc(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__647951753cc15c50dfb6a662c73054a7c04caf7e95845cb65a0270a92a2a8019(
    *,
    network: typing.Union[VSphereMachineTemplateSpecTemplateSpecNetwork, typing.Dict[builtins.str, typing.Any]],
    template: builtins.str,
    additional_disks_gib: typing.Optional[typing.Sequence[jsii.Number]] = None,
    clone_mode: typing.Optional[builtins.str] = None,
    custom_vmx_keys: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    datacenter: typing.Optional[builtins.str] = None,
    datastore: typing.Optional[builtins.str] = None,
    disk_gib: typing.Optional[jsii.Number] = None,
    failure_domain: typing.Optional[builtins.str] = None,
    folder: typing.Optional[builtins.str] = None,
    guest_soft_power_off_timeout: typing.Optional[builtins.str] = None,
    hardware_version: typing.Optional[builtins.str] = None,
    memory_mib: typing.Optional[jsii.Number] = None,
    num_cores_per_socket: typing.Optional[jsii.Number] = None,
    num_cp_us: typing.Optional[jsii.Number] = None,
    os: typing.Optional[builtins.str] = None,
    pci_devices: typing.Optional[typing.Sequence[typing.Union[VSphereMachineTemplateSpecTemplateSpecPciDevices, typing.Dict[builtins.str, typing.Any]]]] = None,
    power_off_mode: typing.Optional[VSphereMachineTemplateSpecTemplateSpecPowerOffMode] = None,
    provider_id: typing.Optional[builtins.str] = None,
    resource_pool: typing.Optional[builtins.str] = None,
    server: typing.Optional[builtins.str] = None,
    snapshot: typing.Optional[builtins.str] = None,
    storage_policy_name: typing.Optional[builtins.str] = None,
    tag_i_ds: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91505505a9fc3e2cf36bc7afb72864b84aa8fe95938f076175e16d34b5fb239d(
    *,
    devices: typing.Sequence[typing.Union[VSphereMachineTemplateSpecTemplateSpecNetworkDevices, typing.Dict[builtins.str, typing.Any]]],
    preferred_api_server_cidr: typing.Optional[builtins.str] = None,
    routes: typing.Optional[typing.Sequence[typing.Union[VSphereMachineTemplateSpecTemplateSpecNetworkRoutes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fdf3c2ad2b20c05c4e096b430ff7dc41c86c5db5deba0ce853074aaceec29bc1(
    *,
    network_name: builtins.str,
    addresses_from_pools: typing.Optional[typing.Sequence[typing.Union[VSphereMachineTemplateSpecTemplateSpecNetworkDevicesAddressesFromPools, typing.Dict[builtins.str, typing.Any]]]] = None,
    device_name: typing.Optional[builtins.str] = None,
    dhcp4: typing.Optional[builtins.bool] = None,
    dhcp4_overrides: typing.Optional[typing.Union[VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp4Overrides, typing.Dict[builtins.str, typing.Any]]] = None,
    dhcp6: typing.Optional[builtins.bool] = None,
    dhcp6_overrides: typing.Optional[typing.Union[VSphereMachineTemplateSpecTemplateSpecNetworkDevicesDhcp6Overrides, typing.Dict[builtins.str, typing.Any]]] = None,
    gateway4: typing.Optional[builtins.str] = None,
    gateway6: typing.Optional[builtins.str] = None,
    ip_addrs: typing.Optional[typing.Sequence[builtins.str]] = None,
    mac_addr: typing.Optional[builtins.str] = None,
    mtu: typing.Optional[jsii.Number] = None,
    nameservers: typing.Optional[typing.Sequence[builtins.str]] = None,
    routes: typing.Optional[typing.Sequence[typing.Union[VSphereMachineTemplateSpecTemplateSpecNetworkDevicesRoutes, typing.Dict[builtins.str, typing.Any]]]] = None,
    search_domains: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__15b775b7036da8b487aa5bf3403e2fa9c5c39f98a3da147f4600722ba07a49b9(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30cc76942e47e8f37dbb19b2d204cdbc0de33e92fe9711b8fc0dc5c890385470(
    *,
    hostname: typing.Optional[builtins.str] = None,
    route_metric: typing.Optional[jsii.Number] = None,
    send_hostname: typing.Optional[builtins.bool] = None,
    use_dns: typing.Optional[builtins.bool] = None,
    use_domains: typing.Optional[builtins.str] = None,
    use_hostname: typing.Optional[builtins.bool] = None,
    use_mtu: typing.Optional[builtins.bool] = None,
    use_ntp: typing.Optional[builtins.bool] = None,
    use_routes: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__018219b847d94f3b62c4fba9cb7a1e5faae493d10b60957340882a7b4df6445d(
    *,
    hostname: typing.Optional[builtins.str] = None,
    route_metric: typing.Optional[jsii.Number] = None,
    send_hostname: typing.Optional[builtins.bool] = None,
    use_dns: typing.Optional[builtins.bool] = None,
    use_domains: typing.Optional[builtins.str] = None,
    use_hostname: typing.Optional[builtins.bool] = None,
    use_mtu: typing.Optional[builtins.bool] = None,
    use_ntp: typing.Optional[builtins.bool] = None,
    use_routes: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3c66d7e1763d2c05e9a00129ef2fd74997416ad7df6de02995ee80ed99249324(
    *,
    metric: jsii.Number,
    to: builtins.str,
    via: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7feb44ea98dd2a2e45ba302b2b8fffa62ea4971c48506819bd84e0a7cdb3bcfe(
    *,
    metric: jsii.Number,
    to: builtins.str,
    via: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a205352515a01437890b31a06aeda99d6ffeab4d2d6ad69e4fa73cdd8c263fda(
    *,
    device_id: typing.Optional[jsii.Number] = None,
    vendor_id: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
