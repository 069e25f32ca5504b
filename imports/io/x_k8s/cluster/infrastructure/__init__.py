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


class VSphereClusterV1Beta2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterV1Beta2",
):
    '''VSphereCluster is the Schema for the vsphereclusters API.

    :schema: VSphereClusterV1Beta2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["VSphereClusterV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VSphereClusterV1Beta2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: spec is the desired state of VSphereCluster.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c805966104e03bc23763b1e5e804191058e72335ab531190792bd5a62c95a077)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VSphereClusterV1Beta2Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["VSphereClusterV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VSphereClusterV1Beta2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: spec is the desired state of VSphereCluster.
        :param metadata: 
        '''
        props = VSphereClusterV1Beta2Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VSphereClusterV1Beta2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterV1Beta2Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class VSphereClusterV1Beta2Props:
    def __init__(
        self,
        *,
        spec: typing.Union["VSphereClusterV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''VSphereCluster is the Schema for the vsphereclusters API.

        :param spec: spec is the desired state of VSphereCluster.
        :param metadata: 

        :schema: VSphereClusterV1Beta2
        '''
        if isinstance(spec, dict):
            spec = VSphereClusterV1Beta2Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9e2ebe25ea9d2ef71fdd976aaecdfbe3238d46b781a8d5dd45f86b173a3b8ed4)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "VSphereClusterV1Beta2Spec":
        '''spec is the desired state of VSphereCluster.

        :schema: VSphereClusterV1Beta2#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("VSphereClusterV1Beta2Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: VSphereClusterV1Beta2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterV1Beta2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterV1Beta2Spec",
    jsii_struct_bases=[],
    name_mapping={
        "server": "server",
        "cluster_modules": "clusterModules",
        "control_plane_endpoint": "controlPlaneEndpoint",
        "disable_cluster_module": "disableClusterModule",
        "failure_domain_selector": "failureDomainSelector",
        "identity_ref": "identityRef",
        "thumbprint": "thumbprint",
    },
)
class VSphereClusterV1Beta2Spec:
    def __init__(
        self,
        *,
        server: builtins.str,
        cluster_modules: typing.Optional[typing.Sequence[typing.Union["VSphereClusterV1Beta2SpecClusterModules", typing.Dict[builtins.str, typing.Any]]]] = None,
        control_plane_endpoint: typing.Optional[typing.Union["VSphereClusterV1Beta2SpecControlPlaneEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        disable_cluster_module: typing.Optional[builtins.bool] = None,
        failure_domain_selector: typing.Optional[typing.Union["VSphereClusterV1Beta2SpecFailureDomainSelector", typing.Dict[builtins.str, typing.Any]]] = None,
        identity_ref: typing.Optional[typing.Union["VSphereClusterV1Beta2SpecIdentityRef", typing.Dict[builtins.str, typing.Any]]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
    ) -> None:
        '''spec is the desired state of VSphereCluster.

        :param server: server is the address of the vSphere endpoint.
        :param cluster_modules: clusterModules hosts information regarding the anti-affinity vSphere constructs for each of the objects responsible for creation of VM objects belonging to the cluster.
        :param control_plane_endpoint: controlPlaneEndpoint represents the endpoint used to communicate with the control plane.
        :param disable_cluster_module: disableClusterModule is used to explicitly turn off the ClusterModule feature. This should work along side NodeAntiAffinity feature flag. If the NodeAntiAffinity feature flag is turned off, this will be disregarded.
        :param failure_domain_selector: failureDomainSelector is the label selector to use for failure domain selection for the control plane nodes of the cluster. If not set (``nil``), selecting failure domains will be disabled. An empty value (``{}``) selects all existing failure domains. A valid selector will select all failure domains which match the selector.
        :param identity_ref: identityRef is a reference to either a Secret or VSphereClusterIdentity that contains the identity to use when reconciling the cluster.
        :param thumbprint: thumbprint is the colon-separated SHA-1 checksum of the given vCenter server's host certificate.

        :schema: VSphereClusterV1Beta2Spec
        '''
        if isinstance(control_plane_endpoint, dict):
            control_plane_endpoint = VSphereClusterV1Beta2SpecControlPlaneEndpoint(**control_plane_endpoint)
        if isinstance(failure_domain_selector, dict):
            failure_domain_selector = VSphereClusterV1Beta2SpecFailureDomainSelector(**failure_domain_selector)
        if isinstance(identity_ref, dict):
            identity_ref = VSphereClusterV1Beta2SpecIdentityRef(**identity_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c841520d49890d3a942acc18c8b0a3c247a0175350e616210648df21972ee32a)
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument cluster_modules", value=cluster_modules, expected_type=type_hints["cluster_modules"])
            check_type(argname="argument control_plane_endpoint", value=control_plane_endpoint, expected_type=type_hints["control_plane_endpoint"])
            check_type(argname="argument disable_cluster_module", value=disable_cluster_module, expected_type=type_hints["disable_cluster_module"])
            check_type(argname="argument failure_domain_selector", value=failure_domain_selector, expected_type=type_hints["failure_domain_selector"])
            check_type(argname="argument identity_ref", value=identity_ref, expected_type=type_hints["identity_ref"])
            check_type(argname="argument thumbprint", value=thumbprint, expected_type=type_hints["thumbprint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "server": server,
        }
        if cluster_modules is not None:
            self._values["cluster_modules"] = cluster_modules
        if control_plane_endpoint is not None:
            self._values["control_plane_endpoint"] = control_plane_endpoint
        if disable_cluster_module is not None:
            self._values["disable_cluster_module"] = disable_cluster_module
        if failure_domain_selector is not None:
            self._values["failure_domain_selector"] = failure_domain_selector
        if identity_ref is not None:
            self._values["identity_ref"] = identity_ref
        if thumbprint is not None:
            self._values["thumbprint"] = thumbprint

    @builtins.property
    def server(self) -> builtins.str:
        '''server is the address of the vSphere endpoint.

        :schema: VSphereClusterV1Beta2Spec#server
        '''
        result = self._values.get("server")
        assert result is not None, "Required property 'server' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cluster_modules(
        self,
    ) -> typing.Optional[typing.List["VSphereClusterV1Beta2SpecClusterModules"]]:
        '''clusterModules hosts information regarding the anti-affinity vSphere constructs for each of the objects responsible for creation of VM objects belonging to the cluster.

        :schema: VSphereClusterV1Beta2Spec#clusterModules
        '''
        result = self._values.get("cluster_modules")
        return typing.cast(typing.Optional[typing.List["VSphereClusterV1Beta2SpecClusterModules"]], result)

    @builtins.property
    def control_plane_endpoint(
        self,
    ) -> typing.Optional["VSphereClusterV1Beta2SpecControlPlaneEndpoint"]:
        '''controlPlaneEndpoint represents the endpoint used to communicate with the control plane.

        :schema: VSphereClusterV1Beta2Spec#controlPlaneEndpoint
        '''
        result = self._values.get("control_plane_endpoint")
        return typing.cast(typing.Optional["VSphereClusterV1Beta2SpecControlPlaneEndpoint"], result)

    @builtins.property
    def disable_cluster_module(self) -> typing.Optional[builtins.bool]:
        '''disableClusterModule is used to explicitly turn off the ClusterModule feature.

        This should work along side NodeAntiAffinity feature flag.
        If the NodeAntiAffinity feature flag is turned off, this will be disregarded.

        :schema: VSphereClusterV1Beta2Spec#disableClusterModule
        '''
        result = self._values.get("disable_cluster_module")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def failure_domain_selector(
        self,
    ) -> typing.Optional["VSphereClusterV1Beta2SpecFailureDomainSelector"]:
        '''failureDomainSelector is the label selector to use for failure domain selection for the control plane nodes of the cluster.

        If not set (``nil``), selecting failure domains will be disabled.
        An empty value (``{}``) selects all existing failure domains.
        A valid selector will select all failure domains which match the selector.

        :schema: VSphereClusterV1Beta2Spec#failureDomainSelector
        '''
        result = self._values.get("failure_domain_selector")
        return typing.cast(typing.Optional["VSphereClusterV1Beta2SpecFailureDomainSelector"], result)

    @builtins.property
    def identity_ref(self) -> typing.Optional["VSphereClusterV1Beta2SpecIdentityRef"]:
        '''identityRef is a reference to either a Secret or VSphereClusterIdentity that contains the identity to use when reconciling the cluster.

        :schema: VSphereClusterV1Beta2Spec#identityRef
        '''
        result = self._values.get("identity_ref")
        return typing.cast(typing.Optional["VSphereClusterV1Beta2SpecIdentityRef"], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''thumbprint is the colon-separated SHA-1 checksum of the given vCenter server's host certificate.

        :schema: VSphereClusterV1Beta2Spec#thumbprint
        '''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterV1Beta2Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterV1Beta2SpecClusterModules",
    jsii_struct_bases=[],
    name_mapping={
        "control_plane": "controlPlane",
        "module_uuid": "moduleUuid",
        "target_object_name": "targetObjectName",
    },
)
class VSphereClusterV1Beta2SpecClusterModules:
    def __init__(
        self,
        *,
        control_plane: builtins.bool,
        module_uuid: builtins.str,
        target_object_name: builtins.str,
    ) -> None:
        '''ClusterModule holds the anti affinity construct ``ClusterModule`` identifier in use by the VMs owned by the object referred by the TargetObjectName field.

        :param control_plane: controlPlane indicates whether the referred object is responsible for control plane nodes. Currently, only the KubeadmControlPlane objects have this flag set to true. Only a single object in the slice can have this value set to true.
        :param module_uuid: moduleUUID is the unique identifier of the ``ClusterModule`` used by the object.
        :param target_object_name: targetObjectName points to the object that uses the Cluster Module information to enforce anti-affinity amongst its descendant VM objects.

        :schema: VSphereClusterV1Beta2SpecClusterModules
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__91fc95525725f504f24e5fb5fefe83b90353ffa14494e4eaf95422119fdc6e13)
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
        '''controlPlane indicates whether the referred object is responsible for control plane nodes.

        Currently, only the KubeadmControlPlane objects have this flag set to true.
        Only a single object in the slice can have this value set to true.

        :schema: VSphereClusterV1Beta2SpecClusterModules#controlPlane
        '''
        result = self._values.get("control_plane")
        assert result is not None, "Required property 'control_plane' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def module_uuid(self) -> builtins.str:
        '''moduleUUID is the unique identifier of the ``ClusterModule`` used by the object.

        :schema: VSphereClusterV1Beta2SpecClusterModules#moduleUUID
        '''
        result = self._values.get("module_uuid")
        assert result is not None, "Required property 'module_uuid' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def target_object_name(self) -> builtins.str:
        '''targetObjectName points to the object that uses the Cluster Module information to enforce anti-affinity amongst its descendant VM objects.

        :schema: VSphereClusterV1Beta2SpecClusterModules#targetObjectName
        '''
        result = self._values.get("target_object_name")
        assert result is not None, "Required property 'target_object_name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterV1Beta2SpecClusterModules(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterV1Beta2SpecControlPlaneEndpoint",
    jsii_struct_bases=[],
    name_mapping={"host": "host", "port": "port"},
)
class VSphereClusterV1Beta2SpecControlPlaneEndpoint:
    def __init__(
        self,
        *,
        host: typing.Optional[builtins.str] = None,
        port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''controlPlaneEndpoint represents the endpoint used to communicate with the control plane.

        :param host: host is the hostname on which the API server is serving.
        :param port: port is the port on which the API server is serving.

        :schema: VSphereClusterV1Beta2SpecControlPlaneEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c168c124a8e8ec063926a50da0082d1efa14b8d34808c5d6a91d98211c30e77)
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

        :schema: VSphereClusterV1Beta2SpecControlPlaneEndpoint#host
        '''
        result = self._values.get("host")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def port(self) -> typing.Optional[jsii.Number]:
        '''port is the port on which the API server is serving.

        :schema: VSphereClusterV1Beta2SpecControlPlaneEndpoint#port
        '''
        result = self._values.get("port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterV1Beta2SpecControlPlaneEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterV1Beta2SpecFailureDomainSelector",
    jsii_struct_bases=[],
    name_mapping={
        "match_expressions": "matchExpressions",
        "match_labels": "matchLabels",
    },
)
class VSphereClusterV1Beta2SpecFailureDomainSelector:
    def __init__(
        self,
        *,
        match_expressions: typing.Optional[typing.Sequence[typing.Union["VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions", typing.Dict[builtins.str, typing.Any]]]] = None,
        match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''failureDomainSelector is the label selector to use for failure domain selection for the control plane nodes of the cluster.

        If not set (``nil``), selecting failure domains will be disabled.
        An empty value (``{}``) selects all existing failure domains.
        A valid selector will select all failure domains which match the selector.

        :param match_expressions: matchExpressions is a list of label selector requirements. The requirements are ANDed.
        :param match_labels: matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels map is equivalent to an element of matchExpressions, whose key field is "key", the operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: VSphereClusterV1Beta2SpecFailureDomainSelector
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc62cbe80b78d97ea0538c986aba6a8d4d2389c0820f5f3d6b89db41beeab9bf)
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
    ) -> typing.Optional[typing.List["VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions"]]:
        '''matchExpressions is a list of label selector requirements.

        The requirements are ANDed.

        :schema: VSphereClusterV1Beta2SpecFailureDomainSelector#matchExpressions
        '''
        result = self._values.get("match_expressions")
        return typing.cast(typing.Optional[typing.List["VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions"]], result)

    @builtins.property
    def match_labels(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''matchLabels is a map of {key,value} pairs.

        A single {key,value} in the matchLabels
        map is equivalent to an element of matchExpressions, whose key field is "key", the
        operator is "In", and the values array contains only "value". The requirements are ANDed.

        :schema: VSphereClusterV1Beta2SpecFailureDomainSelector#matchLabels
        '''
        result = self._values.get("match_labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterV1Beta2SpecFailureDomainSelector(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "operator": "operator", "values": "values"},
)
class VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions:
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

        :schema: VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93e9f1e441c18ed0cd16e569e2f9ab5d1e43090fde00d6642169a8ccc17d87bd)
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

        :schema: VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def operator(self) -> builtins.str:
        '''operator represents a key's relationship to a set of values.

        Valid operators are In, NotIn, Exists and DoesNotExist.

        :schema: VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions#operator
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

        :schema: VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions#values
        '''
        result = self._values.get("values")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterV1Beta2SpecIdentityRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name"},
)
class VSphereClusterV1Beta2SpecIdentityRef:
    def __init__(
        self,
        *,
        kind: "VSphereClusterV1Beta2SpecIdentityRefKind",
        name: builtins.str,
    ) -> None:
        '''identityRef is a reference to either a Secret or VSphereClusterIdentity that contains the identity to use when reconciling the cluster.

        :param kind: kind of the identity. Can either be VSphereClusterIdentity or Secret
        :param name: name of the identity.

        :schema: VSphereClusterV1Beta2SpecIdentityRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9811911db9446c79446f56a1be24f9fc80b8a95f5b24709a6f029084a0ab67c)
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kind": kind,
            "name": name,
        }

    @builtins.property
    def kind(self) -> "VSphereClusterV1Beta2SpecIdentityRefKind":
        '''kind of the identity.

        Can either be VSphereClusterIdentity or Secret

        :schema: VSphereClusterV1Beta2SpecIdentityRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast("VSphereClusterV1Beta2SpecIdentityRefKind", result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the identity.

        :schema: VSphereClusterV1Beta2SpecIdentityRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereClusterV1Beta2SpecIdentityRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterinfrastructure.VSphereClusterV1Beta2SpecIdentityRefKind"
)
class VSphereClusterV1Beta2SpecIdentityRefKind(enum.Enum):
    '''kind of the identity.

    Can either be VSphereClusterIdentity or Secret

    :schema: VSphereClusterV1Beta2SpecIdentityRefKind
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


class VSphereMachineTemplateV1Beta2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2",
):
    '''VSphereMachineTemplate is the Schema for the vspheremachinetemplates API.

    :schema: VSphereMachineTemplateV1Beta2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "VSphereMachineTemplateV1Beta2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: spec is the desired state of VSphereMachineTemplate.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42ee314b3746b1cd8fb94250ecd2a6a4ee453a08859e001a53063e5d748e9db6)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = VSphereMachineTemplateV1Beta2Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "VSphereMachineTemplateV1Beta2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: spec is the desired state of VSphereMachineTemplate.
        '''
        props = VSphereMachineTemplateV1Beta2Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "VSphereMachineTemplateV1Beta2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VSphereMachineTemplateV1Beta2Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''VSphereMachineTemplate is the Schema for the vspheremachinetemplates API.

        :param metadata: 
        :param spec: spec is the desired state of VSphereMachineTemplate.

        :schema: VSphereMachineTemplateV1Beta2
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VSphereMachineTemplateV1Beta2Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7e647ab6816ee9ebd84346f465cb2142071b0e4c9d8f163ac7deee754efa7bad)
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
        :schema: VSphereMachineTemplateV1Beta2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VSphereMachineTemplateV1Beta2Spec"]:
        '''spec is the desired state of VSphereMachineTemplate.

        :schema: VSphereMachineTemplateV1Beta2#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2Spec",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class VSphereMachineTemplateV1Beta2Spec:
    def __init__(
        self,
        *,
        template: typing.Union["VSphereMachineTemplateV1Beta2SpecTemplate", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''spec is the desired state of VSphereMachineTemplate.

        :param template: template defines the desired state of VSphereMachineTemplate.

        :schema: VSphereMachineTemplateV1Beta2Spec
        '''
        if isinstance(template, dict):
            template = VSphereMachineTemplateV1Beta2SpecTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__84d47314e2157f2e412f0516763a01e71bb58c45cf2eed71d30c1107c170e386)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }

    @builtins.property
    def template(self) -> "VSphereMachineTemplateV1Beta2SpecTemplate":
        '''template defines the desired state of VSphereMachineTemplate.

        :schema: VSphereMachineTemplateV1Beta2Spec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplate", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplate",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class VSphereMachineTemplateV1Beta2SpecTemplate:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''template defines the desired state of VSphereMachineTemplate.

        :param metadata: metadata is the standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
        :param spec: spec is the specification of the desired behavior of the machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplate
        '''
        if isinstance(metadata, dict):
            metadata = VSphereMachineTemplateV1Beta2SpecTemplateMetadata(**metadata)
        if isinstance(spec, dict):
            spec = VSphereMachineTemplateV1Beta2SpecTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a968f55189ab81b30b80f65bcc734f4e2f05b3c229d8ba6452bf67c3db076d1f)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateMetadata"]:
        '''metadata is the standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: VSphereMachineTemplateV1Beta2SpecTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpec"]:
        '''spec is the specification of the desired behavior of the machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateMetadata:
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

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__782ba234c8f1ed2839960fe1efb6e515fb6f1089568154d04f37dba0592c7392)
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

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers
        and services.
        More info: http://kubernetes.io/docs/user-guide/labels

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "network": "network",
        "template": "template",
        "additional_disks_gib": "additionalDisksGiB",
        "clone_mode": "cloneMode",
        "crypto_key_id": "cryptoKeyId",
        "crypto_profile": "cryptoProfile",
        "custom_vmx_keys": "customVmxKeys",
        "datacenter": "datacenter",
        "data_disks": "dataDisks",
        "datastore": "datastore",
        "disk_gib": "diskGiB",
        "folder": "folder",
        "ft_encryption_mode": "ftEncryptionMode",
        "guest_soft_power_off_timeout_seconds": "guestSoftPowerOffTimeoutSeconds",
        "hardware_version": "hardwareVersion",
        "memory_mib": "memoryMiB",
        "migrate_encryption": "migrateEncryption",
        "naming": "naming",
        "nested_hv": "nestedHv",
        "num_cores_per_socket": "numCoresPerSocket",
        "num_cp_us": "numCpUs",
        "os": "os",
        "pci_devices": "pciDevices",
        "power_off_mode": "powerOffMode",
        "provider_id": "providerId",
        "resource_pool": "resourcePool",
        "resources": "resources",
        "server": "server",
        "snapshot": "snapshot",
        "storage_policy_name": "storagePolicyName",
        "tag_i_ds": "tagIDs",
        "thumbprint": "thumbprint",
    },
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpec:
    def __init__(
        self,
        *,
        network: typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork", typing.Dict[builtins.str, typing.Any]],
        template: builtins.str,
        additional_disks_gib: typing.Optional[typing.Sequence[jsii.Number]] = None,
        clone_mode: typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecCloneMode"] = None,
        crypto_key_id: typing.Optional[builtins.str] = None,
        crypto_profile: typing.Optional[builtins.str] = None,
        custom_vmx_keys: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        datacenter: typing.Optional[builtins.str] = None,
        data_disks: typing.Optional[typing.Sequence[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks", typing.Dict[builtins.str, typing.Any]]]] = None,
        datastore: typing.Optional[builtins.str] = None,
        disk_gib: typing.Optional[jsii.Number] = None,
        folder: typing.Optional[builtins.str] = None,
        ft_encryption_mode: typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecFtEncryptionMode"] = None,
        guest_soft_power_off_timeout_seconds: typing.Optional[jsii.Number] = None,
        hardware_version: typing.Optional[builtins.str] = None,
        memory_mib: typing.Optional[jsii.Number] = None,
        migrate_encryption: typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecMigrateEncryption"] = None,
        naming: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming", typing.Dict[builtins.str, typing.Any]]] = None,
        nested_hv: typing.Optional[builtins.bool] = None,
        num_cores_per_socket: typing.Optional[jsii.Number] = None,
        num_cp_us: typing.Optional[jsii.Number] = None,
        os: typing.Optional[builtins.str] = None,
        pci_devices: typing.Optional[typing.Sequence[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices", typing.Dict[builtins.str, typing.Any]]]] = None,
        power_off_mode: typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecPowerOffMode"] = None,
        provider_id: typing.Optional[builtins.str] = None,
        resource_pool: typing.Optional[builtins.str] = None,
        resources: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecResources", typing.Dict[builtins.str, typing.Any]]] = None,
        server: typing.Optional[builtins.str] = None,
        snapshot: typing.Optional[builtins.str] = None,
        storage_policy_name: typing.Optional[builtins.str] = None,
        tag_i_ds: typing.Optional[typing.Sequence[builtins.str]] = None,
        thumbprint: typing.Optional[builtins.str] = None,
    ) -> None:
        '''spec is the specification of the desired behavior of the machine.

        :param network: network is the network configuration for this machine's VM.
        :param template: template is the name, inventory path, managed object reference or the managed object ID of the template used to clone the virtual machine.
        :param additional_disks_gib: additionalDisksGiB holds the sizes of additional disks of the virtual machine, in GiB Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the
        :param clone_mode: cloneMode specifies the type of clone operation. The linkedClone mode is only support for templates that have at least one snapshot. If the template has no snapshots, then CloneMode defaults to fullClone. When linkedClone mode is enabled the DiskGiB field is ignored as it is not possible to expand disks of linked clones. Defaults to linkedClone, but fails gracefully to fullClone if the source of the clone operation has no snapshots. Default: linkedClone, but fails gracefully to fullClone if the source
        :param crypto_key_id: cryptoKeyID is the crypto key id.
        :param crypto_profile: cryptoProfile of the storage encryption policy to use with this Virtual Machine.
        :param custom_vmx_keys: customVMXKeys is a dictionary of advanced VMX options that can be set on VM Defaults to empty map. Default: empty map
        :param datacenter: datacenter is the name, inventory path, managed object reference or the managed object ID of the datacenter in which the virtual machine is created/located. Defaults to * which selects the default datacenter. Default: which selects the default datacenter.
        :param data_disks: dataDisks are additional disks to add to the VM that are not part of the VM's OVA template.
        :param datastore: datastore is the name, inventory path, managed object reference or the managed object ID of the datastore in which the virtual machine is created/located.
        :param disk_gib: diskGiB is the size of a virtual machine's disk, in GiB. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the
        :param folder: folder is the name, inventory path, managed object reference or the managed object ID of the folder in which the virtual machine is created/located.
        :param ft_encryption_mode: ftEncryptionMode is the encrypted fault tolerance mode. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Check the compatibility with the ESXi version before setting the value. Default: the eponymous property value in the template from which the
        :param guest_soft_power_off_timeout_seconds: guestSoftPowerOffTimeoutSeconds sets the wait timeout for shutdown in the VM guest. The VM will be powered off forcibly after the timeout if the VM is still up and running when the PowerOffMode is set to trySoft. This parameter only applies when the PowerOffMode is set to trySoft. If omitted, the timeout defaults to 5 minutes.
        :param hardware_version: hardwareVersion is the hardware version of the virtual machine. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Check the compatibility with the ESXi version before setting the value. Default: the eponymous property value in the template from which the
        :param memory_mib: memoryMiB is the size of a virtual machine's memory, in MiB. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the
        :param migrate_encryption: migrateEncryption is the encrypted vMotion mode. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Check the compatibility with the ESXi version before setting the value. Default: the eponymous property value in the template from which the
        :param naming: naming allows configuring the naming strategy used when calculating the name of the VSphereVM.
        :param nested_hv: nestedHV controls nested hardware-assisted virtualization. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Check the compatibility with the ESXi version before setting the value. Default: the eponymous property value in the template from which the
        :param num_cores_per_socket: numCoresPerSocket is the number of cores among which to distribute CPUs in this virtual machine. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Note: Starting with vSphere 8 numCoresPerSocket can be set to 0 to enable "Assigned at power on". Default: the eponymous property value in the template from which the
        :param num_cp_us: numCPUs is the number of virtual processors in a virtual machine. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the
        :param os: os is the Operating System of the virtual machine Defaults to Linux. Default: Linux
        :param pci_devices: pciDevices is the list of pci devices used by the virtual machine.
        :param power_off_mode: powerOffMode describes the desired behavior when powering off a VM. There are three, supported power off modes: hard, soft, and trySoft. The first mode, hard, is the equivalent of a physical system's power cord being ripped from the wall. The soft mode requires the VM's guest to have VM Tools installed and attempts to gracefully shut down the VM. Its variant, trySoft, first attempts a graceful shutdown, and if that fails or the VM is not in a powered off state after reaching the GuestSoftPowerOffTimeoutSeconds, the VM is halted. If omitted, the mode defaults to hard.
        :param provider_id: providerID is the virtual machine's BIOS UUID formatted as vsphere://12345678-1234-1234-1234-123456789abc.
        :param resource_pool: resourcePool is the name, inventory path, managed object reference or the managed object ID in which the virtual machine is created/located.
        :param resources: resources is the definition of the VM's cpu and memory reservations, limits and shares.
        :param server: server is the IP address or FQDN of the vSphere server on which the virtual machine is created/located.
        :param snapshot: snapshot is the name of the snapshot from which to create a linked clone. This field is ignored if linkedClone is not enabled. Defaults to the source's current snapshot. Default: the source's current snapshot.
        :param storage_policy_name: storagePolicyName of the storage policy to use with this Virtual Machine.
        :param tag_i_ds: tagIDs is an optional set of tags to add to an instance. Specified tagIDs must use URN-notation instead of display names.
        :param thumbprint: thumbprint is the colon-separated SHA-1 checksum of the given vCenter server's host certificate When this is set to empty, this VirtualMachine would be created without TLS certificate validation of the communication between Cluster API Provider vSphere and the VMware vCenter server.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec
        '''
        if isinstance(network, dict):
            network = VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork(**network)
        if isinstance(naming, dict):
            naming = VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming(**naming)
        if isinstance(resources, dict):
            resources = VSphereMachineTemplateV1Beta2SpecTemplateSpecResources(**resources)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__048555e5ea994dd1bbcca827445f56e74917e5ecb59e3b516e803e848f33b9bd)
            check_type(argname="argument network", value=network, expected_type=type_hints["network"])
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
            check_type(argname="argument additional_disks_gib", value=additional_disks_gib, expected_type=type_hints["additional_disks_gib"])
            check_type(argname="argument clone_mode", value=clone_mode, expected_type=type_hints["clone_mode"])
            check_type(argname="argument crypto_key_id", value=crypto_key_id, expected_type=type_hints["crypto_key_id"])
            check_type(argname="argument crypto_profile", value=crypto_profile, expected_type=type_hints["crypto_profile"])
            check_type(argname="argument custom_vmx_keys", value=custom_vmx_keys, expected_type=type_hints["custom_vmx_keys"])
            check_type(argname="argument datacenter", value=datacenter, expected_type=type_hints["datacenter"])
            check_type(argname="argument data_disks", value=data_disks, expected_type=type_hints["data_disks"])
            check_type(argname="argument datastore", value=datastore, expected_type=type_hints["datastore"])
            check_type(argname="argument disk_gib", value=disk_gib, expected_type=type_hints["disk_gib"])
            check_type(argname="argument folder", value=folder, expected_type=type_hints["folder"])
            check_type(argname="argument ft_encryption_mode", value=ft_encryption_mode, expected_type=type_hints["ft_encryption_mode"])
            check_type(argname="argument guest_soft_power_off_timeout_seconds", value=guest_soft_power_off_timeout_seconds, expected_type=type_hints["guest_soft_power_off_timeout_seconds"])
            check_type(argname="argument hardware_version", value=hardware_version, expected_type=type_hints["hardware_version"])
            check_type(argname="argument memory_mib", value=memory_mib, expected_type=type_hints["memory_mib"])
            check_type(argname="argument migrate_encryption", value=migrate_encryption, expected_type=type_hints["migrate_encryption"])
            check_type(argname="argument naming", value=naming, expected_type=type_hints["naming"])
            check_type(argname="argument nested_hv", value=nested_hv, expected_type=type_hints["nested_hv"])
            check_type(argname="argument num_cores_per_socket", value=num_cores_per_socket, expected_type=type_hints["num_cores_per_socket"])
            check_type(argname="argument num_cp_us", value=num_cp_us, expected_type=type_hints["num_cp_us"])
            check_type(argname="argument os", value=os, expected_type=type_hints["os"])
            check_type(argname="argument pci_devices", value=pci_devices, expected_type=type_hints["pci_devices"])
            check_type(argname="argument power_off_mode", value=power_off_mode, expected_type=type_hints["power_off_mode"])
            check_type(argname="argument provider_id", value=provider_id, expected_type=type_hints["provider_id"])
            check_type(argname="argument resource_pool", value=resource_pool, expected_type=type_hints["resource_pool"])
            check_type(argname="argument resources", value=resources, expected_type=type_hints["resources"])
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
        if crypto_key_id is not None:
            self._values["crypto_key_id"] = crypto_key_id
        if crypto_profile is not None:
            self._values["crypto_profile"] = crypto_profile
        if custom_vmx_keys is not None:
            self._values["custom_vmx_keys"] = custom_vmx_keys
        if datacenter is not None:
            self._values["datacenter"] = datacenter
        if data_disks is not None:
            self._values["data_disks"] = data_disks
        if datastore is not None:
            self._values["datastore"] = datastore
        if disk_gib is not None:
            self._values["disk_gib"] = disk_gib
        if folder is not None:
            self._values["folder"] = folder
        if ft_encryption_mode is not None:
            self._values["ft_encryption_mode"] = ft_encryption_mode
        if guest_soft_power_off_timeout_seconds is not None:
            self._values["guest_soft_power_off_timeout_seconds"] = guest_soft_power_off_timeout_seconds
        if hardware_version is not None:
            self._values["hardware_version"] = hardware_version
        if memory_mib is not None:
            self._values["memory_mib"] = memory_mib
        if migrate_encryption is not None:
            self._values["migrate_encryption"] = migrate_encryption
        if naming is not None:
            self._values["naming"] = naming
        if nested_hv is not None:
            self._values["nested_hv"] = nested_hv
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
        if resources is not None:
            self._values["resources"] = resources
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
    def network(self) -> "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork":
        '''network is the network configuration for this machine's VM.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#network
        '''
        result = self._values.get("network")
        assert result is not None, "Required property 'network' is missing"
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork", result)

    @builtins.property
    def template(self) -> builtins.str:
        '''template is the name, inventory path, managed object reference or the managed object ID of the template used to clone the virtual machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def additional_disks_gib(self) -> typing.Optional[typing.List[jsii.Number]]:
        '''additionalDisksGiB holds the sizes of additional disks of the virtual machine, in GiB Defaults to the eponymous property value in the template from which the virtual machine is cloned.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#additionalDisksGiB
        '''
        result = self._values.get("additional_disks_gib")
        return typing.cast(typing.Optional[typing.List[jsii.Number]], result)

    @builtins.property
    def clone_mode(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecCloneMode"]:
        '''cloneMode specifies the type of clone operation.

        The linkedClone mode is only support for templates that have at least
        one snapshot. If the template has no snapshots, then CloneMode defaults
        to fullClone.
        When linkedClone mode is enabled the DiskGiB field is ignored as it is
        not possible to expand disks of linked clones.
        Defaults to linkedClone, but fails gracefully to fullClone if the source
        of the clone operation has no snapshots.

        :default: linkedClone, but fails gracefully to fullClone if the source

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#cloneMode
        '''
        result = self._values.get("clone_mode")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecCloneMode"], result)

    @builtins.property
    def crypto_key_id(self) -> typing.Optional[builtins.str]:
        '''cryptoKeyID is the crypto key id.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#cryptoKeyID
        '''
        result = self._values.get("crypto_key_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def crypto_profile(self) -> typing.Optional[builtins.str]:
        '''cryptoProfile of the storage encryption policy to use with this Virtual Machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#cryptoProfile
        '''
        result = self._values.get("crypto_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def custom_vmx_keys(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''customVMXKeys is a dictionary of advanced VMX options that can be set on VM Defaults to empty map.

        :default: empty map

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#customVMXKeys
        '''
        result = self._values.get("custom_vmx_keys")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def datacenter(self) -> typing.Optional[builtins.str]:
        '''datacenter is the name, inventory path, managed object reference or the managed object ID of the datacenter in which the virtual machine is created/located.

        Defaults to * which selects the default datacenter.

        :default: which selects the default datacenter.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#datacenter
        '''
        result = self._values.get("datacenter")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def data_disks(
        self,
    ) -> typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks"]]:
        '''dataDisks are additional disks to add to the VM that are not part of the VM's OVA template.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#dataDisks
        '''
        result = self._values.get("data_disks")
        return typing.cast(typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks"]], result)

    @builtins.property
    def datastore(self) -> typing.Optional[builtins.str]:
        '''datastore is the name, inventory path, managed object reference or the managed object ID of the datastore in which the virtual machine is created/located.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#datastore
        '''
        result = self._values.get("datastore")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def disk_gib(self) -> typing.Optional[jsii.Number]:
        '''diskGiB is the size of a virtual machine's disk, in GiB.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#diskGiB
        '''
        result = self._values.get("disk_gib")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def folder(self) -> typing.Optional[builtins.str]:
        '''folder is the name, inventory path, managed object reference or the managed object ID of the folder in which the virtual machine is created/located.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#folder
        '''
        result = self._values.get("folder")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ft_encryption_mode(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecFtEncryptionMode"]:
        '''ftEncryptionMode is the encrypted fault tolerance mode.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.
        Check the compatibility with the ESXi version before setting the value.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#ftEncryptionMode
        '''
        result = self._values.get("ft_encryption_mode")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecFtEncryptionMode"], result)

    @builtins.property
    def guest_soft_power_off_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''guestSoftPowerOffTimeoutSeconds sets the wait timeout for shutdown in the VM guest.

        The VM will be powered off forcibly after the timeout if the VM is still
        up and running when the PowerOffMode is set to trySoft.

        This parameter only applies when the PowerOffMode is set to trySoft.

        If omitted, the timeout defaults to 5 minutes.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#guestSoftPowerOffTimeoutSeconds
        '''
        result = self._values.get("guest_soft_power_off_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def hardware_version(self) -> typing.Optional[builtins.str]:
        '''hardwareVersion is the hardware version of the virtual machine.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.
        Check the compatibility with the ESXi version before setting the value.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#hardwareVersion
        '''
        result = self._values.get("hardware_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def memory_mib(self) -> typing.Optional[jsii.Number]:
        '''memoryMiB is the size of a virtual machine's memory, in MiB.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#memoryMiB
        '''
        result = self._values.get("memory_mib")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def migrate_encryption(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecMigrateEncryption"]:
        '''migrateEncryption is the encrypted vMotion mode.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.
        Check the compatibility with the ESXi version before setting the value.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#migrateEncryption
        '''
        result = self._values.get("migrate_encryption")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecMigrateEncryption"], result)

    @builtins.property
    def naming(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming"]:
        '''naming allows configuring the naming strategy used when calculating the name of the VSphereVM.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#naming
        '''
        result = self._values.get("naming")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming"], result)

    @builtins.property
    def nested_hv(self) -> typing.Optional[builtins.bool]:
        '''nestedHV controls nested hardware-assisted virtualization.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.
        Check the compatibility with the ESXi version before setting the value.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#nestedHV
        '''
        result = self._values.get("nested_hv")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def num_cores_per_socket(self) -> typing.Optional[jsii.Number]:
        '''numCoresPerSocket is the number of cores among which to distribute CPUs in this virtual machine.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.
        Note: Starting with vSphere 8 numCoresPerSocket can be set to 0 to enable "Assigned at power on".

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#numCoresPerSocket
        '''
        result = self._values.get("num_cores_per_socket")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def num_cp_us(self) -> typing.Optional[jsii.Number]:
        '''numCPUs is the number of virtual processors in a virtual machine.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#numCPUs
        '''
        result = self._values.get("num_cp_us")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def os(self) -> typing.Optional[builtins.str]:
        '''os is the Operating System of the virtual machine Defaults to Linux.

        :default: Linux

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#os
        '''
        result = self._values.get("os")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pci_devices(
        self,
    ) -> typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices"]]:
        '''pciDevices is the list of pci devices used by the virtual machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#pciDevices
        '''
        result = self._values.get("pci_devices")
        return typing.cast(typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices"]], result)

    @builtins.property
    def power_off_mode(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecPowerOffMode"]:
        '''powerOffMode describes the desired behavior when powering off a VM.

        There are three, supported power off modes: hard, soft, and
        trySoft. The first mode, hard, is the equivalent of a physical
        system's power cord being ripped from the wall. The soft mode
        requires the VM's guest to have VM Tools installed and attempts to
        gracefully shut down the VM. Its variant, trySoft, first attempts
        a graceful shutdown, and if that fails or the VM is not in a powered off
        state after reaching the GuestSoftPowerOffTimeoutSeconds, the VM is halted.

        If omitted, the mode defaults to hard.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#powerOffMode
        '''
        result = self._values.get("power_off_mode")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecPowerOffMode"], result)

    @builtins.property
    def provider_id(self) -> typing.Optional[builtins.str]:
        '''providerID is the virtual machine's BIOS UUID formatted as vsphere://12345678-1234-1234-1234-123456789abc.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#providerID
        '''
        result = self._values.get("provider_id")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_pool(self) -> typing.Optional[builtins.str]:
        '''resourcePool is the name, inventory path, managed object reference or the managed object ID in which the virtual machine is created/located.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#resourcePool
        '''
        result = self._values.get("resource_pool")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resources(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResources"]:
        '''resources is the definition of the VM's cpu and memory reservations, limits and shares.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#resources
        '''
        result = self._values.get("resources")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResources"], result)

    @builtins.property
    def server(self) -> typing.Optional[builtins.str]:
        '''server is the IP address or FQDN of the vSphere server on which the virtual machine is created/located.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#server
        '''
        result = self._values.get("server")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def snapshot(self) -> typing.Optional[builtins.str]:
        '''snapshot is the name of the snapshot from which to create a linked clone.

        This field is ignored if linkedClone is not enabled.
        Defaults to the source's current snapshot.

        :default: the source's current snapshot.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#snapshot
        '''
        result = self._values.get("snapshot")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def storage_policy_name(self) -> typing.Optional[builtins.str]:
        '''storagePolicyName of the storage policy to use with this Virtual Machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#storagePolicyName
        '''
        result = self._values.get("storage_policy_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tag_i_ds(self) -> typing.Optional[typing.List[builtins.str]]:
        '''tagIDs is an optional set of tags to add to an instance.

        Specified tagIDs
        must use URN-notation instead of display names.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#tagIDs
        '''
        result = self._values.get("tag_i_ds")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def thumbprint(self) -> typing.Optional[builtins.str]:
        '''thumbprint is the colon-separated SHA-1 checksum of the given vCenter server's host certificate When this is set to empty, this VirtualMachine would be created without TLS certificate validation of the communication between Cluster API Provider vSphere and the VMware vCenter server.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpec#thumbprint
        '''
        result = self._values.get("thumbprint")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecCloneMode"
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecCloneMode(enum.Enum):
    '''cloneMode specifies the type of clone operation.

    The linkedClone mode is only support for templates that have at least
    one snapshot. If the template has no snapshots, then CloneMode defaults
    to fullClone.
    When linkedClone mode is enabled the DiskGiB field is ignored as it is
    not possible to expand disks of linked clones.
    Defaults to linkedClone, but fails gracefully to fullClone if the source
    of the clone operation has no snapshots.

    :default: linkedClone, but fails gracefully to fullClone if the source

    :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecCloneMode
    '''

    FULL_CLONE = "FULL_CLONE"
    '''fullClone.'''
    LINKED_CLONE = "LINKED_CLONE"
    '''linkedClone.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "size_gib": "sizeGiB",
        "provisioning_mode": "provisioningMode",
    },
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks:
    def __init__(
        self,
        *,
        name: builtins.str,
        size_gib: jsii.Number,
        provisioning_mode: typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisksProvisioningMode"] = None,
    ) -> None:
        '''VSphereDisk is an additional disk to add to the VM that is not part of the VM OVA template.

        :param name: name is used to identify the disk definition. Name is required and needs to be unique so that it can be used to clearly identify purpose of the disk.
        :param size_gib: sizeGiB is the size of the disk in GiB.
        :param provisioning_mode: provisioningMode specifies the provisioning type to be used by this vSphere data disk. If not set, the setting will be provided by the default storage policy.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__caccb570bdcf1435445f171d6a432985024eebdfc56f5af52cf6ab20f18e3986)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument size_gib", value=size_gib, expected_type=type_hints["size_gib"])
            check_type(argname="argument provisioning_mode", value=provisioning_mode, expected_type=type_hints["provisioning_mode"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "size_gib": size_gib,
        }
        if provisioning_mode is not None:
            self._values["provisioning_mode"] = provisioning_mode

    @builtins.property
    def name(self) -> builtins.str:
        '''name is used to identify the disk definition.

        Name is required and needs to be unique so that it can be used to
        clearly identify purpose of the disk.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def size_gib(self) -> jsii.Number:
        '''sizeGiB is the size of the disk in GiB.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks#sizeGiB
        '''
        result = self._values.get("size_gib")
        assert result is not None, "Required property 'size_gib' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def provisioning_mode(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisksProvisioningMode"]:
        '''provisioningMode specifies the provisioning type to be used by this vSphere data disk.

        If not set, the setting will be provided by the default storage policy.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks#provisioningMode
        '''
        result = self._values.get("provisioning_mode")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisksProvisioningMode"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisksProvisioningMode"
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisksProvisioningMode(enum.Enum):
    '''provisioningMode specifies the provisioning type to be used by this vSphere data disk.

    If not set, the setting will be provided by the default storage policy.

    :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisksProvisioningMode
    '''

    THIN = "THIN"
    '''Thin.'''
    THICK = "THICK"
    '''Thick.'''
    EAGERLY_ZEROED = "EAGERLY_ZEROED"
    '''EagerlyZeroed.'''


@jsii.enum(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecFtEncryptionMode"
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecFtEncryptionMode(enum.Enum):
    '''ftEncryptionMode is the encrypted fault tolerance mode.

    Defaults to the eponymous property value in the template from which the
    virtual machine is cloned.
    Check the compatibility with the ESXi version before setting the value.

    :default: the eponymous property value in the template from which the

    :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecFtEncryptionMode
    '''

    FT_ENCRYPTION_DISABLED = "FT_ENCRYPTION_DISABLED"
    '''ftEncryptionDisabled.'''
    FT_ENCRYPTION_OPPORTUNISTIC = "FT_ENCRYPTION_OPPORTUNISTIC"
    '''ftEncryptionOpportunistic.'''
    FT_ENCRYPTION_REQUIRED = "FT_ENCRYPTION_REQUIRED"
    '''ftEncryptionRequired.'''


@jsii.enum(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecMigrateEncryption"
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecMigrateEncryption(enum.Enum):
    '''migrateEncryption is the encrypted vMotion mode.

    Defaults to the eponymous property value in the template from which the
    virtual machine is cloned.
    Check the compatibility with the ESXi version before setting the value.

    :default: the eponymous property value in the template from which the

    :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecMigrateEncryption
    '''

    DISABLED = "DISABLED"
    '''disabled.'''
    OPPORTUNISTIC = "OPPORTUNISTIC"
    '''opportunistic.'''
    REQUIRED = "REQUIRED"
    '''required.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming:
    def __init__(self, *, template: typing.Optional[builtins.str] = None) -> None:
        '''naming allows configuring the naming strategy used when calculating the name of the VSphereVM.

        :param template: template defines the template to use for generating the name of the VSphereVM object. If not defined, it will fall back to ``{{ .machine.name }}``. The templating has the following data available: - ``.machine.name``: The name of the Machine object. The templating also has the following funcs available: - ``trimSuffix``: same as strings.TrimSuffix - ``trunc``: truncates a string, e.g. ``trunc 2 "hello"`` or ``trunc -2 "hello"`` Notes: - While the template offers some flexibility, we would like the name to link to the Machine name to ensure better user experience when troubleshooting - Generated names must be valid Kubernetes names as they are used to create a VSphereVM object and usually also as the name of the Node object. - Names are automatically truncated at 63 characters. Please note that this can lead to name conflicts, so we highly recommend to use a template which leads to a name shorter than 63 characters.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__96a6478430ec67c8edc533a00fa98cd8388d4fcabd05c6c0ddb66b6b66e57717)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def template(self) -> typing.Optional[builtins.str]:
        '''template defines the template to use for generating the name of the VSphereVM object.

        If not defined, it will fall back to ``{{ .machine.name }}``.
        The templating has the following data available:

        - ``.machine.name``: The name of the Machine object.
          The templating also has the following funcs available:
        - ``trimSuffix``: same as strings.TrimSuffix
        - ``trunc``: truncates a string, e.g. ``trunc 2 "hello"`` or ``trunc -2 "hello"``
          Notes:
        - While the template offers some flexibility, we would like the name to link to the Machine name
          to ensure better user experience when troubleshooting
        - Generated names must be valid Kubernetes names as they are used to create a VSphereVM object
          and usually also as the name of the Node object.
        - Names are automatically truncated at 63 characters. Please note that this can lead to name conflicts,
          so we highly recommend to use a template which leads to a name shorter than 63 characters.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork",
    jsii_struct_bases=[],
    name_mapping={"devices": "devices", "routes": "routes"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork:
    def __init__(
        self,
        *,
        devices: typing.Sequence[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices", typing.Dict[builtins.str, typing.Any]]],
        routes: typing.Optional[typing.Sequence[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''network is the network configuration for this machine's VM.

        :param devices: devices is the list of network devices used by the virtual machine.
        :param routes: routes is a list of optional, static routes applied to the virtual machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a883f5ad76978735e83d9f07527f49271f8fcecaa75e16de95451658589f0494)
            check_type(argname="argument devices", value=devices, expected_type=type_hints["devices"])
            check_type(argname="argument routes", value=routes, expected_type=type_hints["routes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "devices": devices,
        }
        if routes is not None:
            self._values["routes"] = routes

    @builtins.property
    def devices(
        self,
    ) -> typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices"]:
        '''devices is the list of network devices used by the virtual machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork#devices
        '''
        result = self._values.get("devices")
        assert result is not None, "Required property 'devices' is missing"
        return typing.cast(typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices"], result)

    @builtins.property
    def routes(
        self,
    ) -> typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes"]]:
        '''routes is a list of optional, static routes applied to the virtual machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork#routes
        '''
        result = self._values.get("routes")
        return typing.cast(typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices",
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
        "skip_ip_allocation": "skipIpAllocation",
    },
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices:
    def __init__(
        self,
        *,
        network_name: builtins.str,
        addresses_from_pools: typing.Optional[typing.Sequence[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools", typing.Dict[builtins.str, typing.Any]]]] = None,
        device_name: typing.Optional[builtins.str] = None,
        dhcp4: typing.Optional[builtins.bool] = None,
        dhcp4_overrides: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides", typing.Dict[builtins.str, typing.Any]]] = None,
        dhcp6: typing.Optional[builtins.bool] = None,
        dhcp6_overrides: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides", typing.Dict[builtins.str, typing.Any]]] = None,
        gateway4: typing.Optional[builtins.str] = None,
        gateway6: typing.Optional[builtins.str] = None,
        ip_addrs: typing.Optional[typing.Sequence[builtins.str]] = None,
        mac_addr: typing.Optional[builtins.str] = None,
        mtu: typing.Optional[jsii.Number] = None,
        nameservers: typing.Optional[typing.Sequence[builtins.str]] = None,
        routes: typing.Optional[typing.Sequence[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes", typing.Dict[builtins.str, typing.Any]]]] = None,
        search_domains: typing.Optional[typing.Sequence[builtins.str]] = None,
        skip_ip_allocation: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''NetworkDeviceSpec defines the network configuration for a virtual machine's network device.

        :param network_name: networkName is the name, managed object reference or the managed object ID of the vSphere network to which the device will be connected.
        :param addresses_from_pools: addressesFromPools is a list of IPAddressPools that should be assigned to IPAddressClaims. The machine's cloud-init metadata will be populated with IPAddresses fulfilled by an IPAM provider.
        :param device_name: deviceName may be used to explicitly assign a name to the network device as it exists in the guest operating system.
        :param dhcp4: dhcp4 is a flag that indicates whether or not to use DHCP for IPv4 on this device. If true then IPAddrs should not contain any IPv4 addresses.
        :param dhcp4_overrides: dhcp4Overrides allows for the control over several DHCP behaviors. Overrides will only be applied when the corresponding DHCP flag is set. Only configured values will be sent, omitted values will default to distribution defaults. Dependent on support in the network stack for your distribution. For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)
        :param dhcp6: dhcp6 is a flag that indicates whether or not to use DHCP for IPv6 on this device. If true then IPAddrs should not contain any IPv6 addresses.
        :param dhcp6_overrides: dhcp6Overrides allows for the control over several DHCP behaviors. Overrides will only be applied when the corresponding DHCP flag is set. Only configured values will be sent, omitted values will default to distribution defaults. Dependent on support in the network stack for your distribution. For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)
        :param gateway4: gateway4 is the IPv4 gateway used by this device. Required when DHCP4 is false.
        :param gateway6: gateway6 is the IPv6 gateway used by this device.
        :param ip_addrs: ipAddrs is a list of one or more IPv4 and/or IPv6 addresses to assign to this device. IP addresses must also specify the segment length in CIDR notation. Required when DHCP4, DHCP6 and SkipIPAllocation are false.
        :param mac_addr: macAddr is the MAC address used by this device. It is generally a good idea to omit this field and allow a MAC address to be generated. Please note that this value must use the VMware OUI to work with the in-tree vSphere cloud provider.
        :param mtu: mtu is the device’s Maximum Transmission Unit size in bytes.
        :param nameservers: nameservers is a list of IPv4 and/or IPv6 addresses used as DNS nameservers. Please note that Linux allows only three nameservers (https://linux.die.net/man/5/resolv.conf).
        :param routes: routes is a list of optional, static routes applied to the device.
        :param search_domains: searchDomains is a list of search domains used when resolving IP addresses with DNS.
        :param skip_ip_allocation: skipIPAllocation allows the device to not have IP address or DHCP configured. This is suitable for devices for which IP allocation is handled externally, eg. using Multus CNI. If true, CAPV will not verify IP address allocation.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices
        '''
        if isinstance(dhcp4_overrides, dict):
            dhcp4_overrides = VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides(**dhcp4_overrides)
        if isinstance(dhcp6_overrides, dict):
            dhcp6_overrides = VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides(**dhcp6_overrides)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2fddd7abbc1a1d06c06807810c9ce5c4ed131d8efb41a2656e319e3ad204ffeb)
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
            check_type(argname="argument skip_ip_allocation", value=skip_ip_allocation, expected_type=type_hints["skip_ip_allocation"])
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
        if skip_ip_allocation is not None:
            self._values["skip_ip_allocation"] = skip_ip_allocation

    @builtins.property
    def network_name(self) -> builtins.str:
        '''networkName is the name, managed object reference or the managed object ID of the vSphere network to which the device will be connected.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#networkName
        '''
        result = self._values.get("network_name")
        assert result is not None, "Required property 'network_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def addresses_from_pools(
        self,
    ) -> typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools"]]:
        '''addressesFromPools is a list of IPAddressPools that should be assigned to IPAddressClaims.

        The machine's cloud-init metadata will be populated
        with IPAddresses fulfilled by an IPAM provider.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#addressesFromPools
        '''
        result = self._values.get("addresses_from_pools")
        return typing.cast(typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools"]], result)

    @builtins.property
    def device_name(self) -> typing.Optional[builtins.str]:
        '''deviceName may be used to explicitly assign a name to the network device as it exists in the guest operating system.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#deviceName
        '''
        result = self._values.get("device_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dhcp4(self) -> typing.Optional[builtins.bool]:
        '''dhcp4 is a flag that indicates whether or not to use DHCP for IPv4 on this device.

        If true then IPAddrs should not contain any IPv4 addresses.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#dhcp4
        '''
        result = self._values.get("dhcp4")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def dhcp4_overrides(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides"]:
        '''dhcp4Overrides allows for the control over several DHCP behaviors.

        Overrides will only be applied when the corresponding DHCP flag is set.
        Only configured values will be sent, omitted values will default to
        distribution defaults.
        Dependent on support in the network stack for your distribution.
        For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#dhcp4Overrides
        '''
        result = self._values.get("dhcp4_overrides")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides"], result)

    @builtins.property
    def dhcp6(self) -> typing.Optional[builtins.bool]:
        '''dhcp6 is a flag that indicates whether or not to use DHCP for IPv6 on this device.

        If true then IPAddrs should not contain any IPv6 addresses.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#dhcp6
        '''
        result = self._values.get("dhcp6")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def dhcp6_overrides(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides"]:
        '''dhcp6Overrides allows for the control over several DHCP behaviors.

        Overrides will only be applied when the corresponding DHCP flag is set.
        Only configured values will be sent, omitted values will default to
        distribution defaults.
        Dependent on support in the network stack for your distribution.
        For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#dhcp6Overrides
        '''
        result = self._values.get("dhcp6_overrides")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides"], result)

    @builtins.property
    def gateway4(self) -> typing.Optional[builtins.str]:
        '''gateway4 is the IPv4 gateway used by this device.

        Required when DHCP4 is false.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#gateway4
        '''
        result = self._values.get("gateway4")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def gateway6(self) -> typing.Optional[builtins.str]:
        '''gateway6 is the IPv6 gateway used by this device.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#gateway6
        '''
        result = self._values.get("gateway6")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ip_addrs(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ipAddrs is a list of one or more IPv4 and/or IPv6 addresses to assign to this device.

        IP addresses must also specify the segment length in
        CIDR notation.
        Required when DHCP4, DHCP6 and SkipIPAllocation are false.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#ipAddrs
        '''
        result = self._values.get("ip_addrs")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def mac_addr(self) -> typing.Optional[builtins.str]:
        '''macAddr is the MAC address used by this device.

        It is generally a good idea to omit this field and allow a MAC address
        to be generated.
        Please note that this value must use the VMware OUI to work with the
        in-tree vSphere cloud provider.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#macAddr
        '''
        result = self._values.get("mac_addr")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def mtu(self) -> typing.Optional[jsii.Number]:
        '''mtu is the device’s Maximum Transmission Unit size in bytes.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#mtu
        '''
        result = self._values.get("mtu")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def nameservers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''nameservers is a list of IPv4 and/or IPv6 addresses used as DNS nameservers.

        Please note that Linux allows only three nameservers (https://linux.die.net/man/5/resolv.conf).

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#nameservers
        '''
        result = self._values.get("nameservers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def routes(
        self,
    ) -> typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes"]]:
        '''routes is a list of optional, static routes applied to the device.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#routes
        '''
        result = self._values.get("routes")
        return typing.cast(typing.Optional[typing.List["VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes"]], result)

    @builtins.property
    def search_domains(self) -> typing.Optional[typing.List[builtins.str]]:
        '''searchDomains is a list of search domains used when resolving IP addresses with DNS.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#searchDomains
        '''
        result = self._values.get("search_domains")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def skip_ip_allocation(self) -> typing.Optional[builtins.bool]:
        '''skipIPAllocation allows the device to not have IP address or DHCP configured.

        This is suitable for devices for which IP allocation is handled externally, eg. using Multus CNI.
        If true, CAPV will not verify IP address allocation.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices#skipIPAllocation
        '''
        result = self._values.get("skip_ip_allocation")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools",
    jsii_struct_bases=[],
    name_mapping={"api_group": "apiGroup", "kind": "kind", "name": "name"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools:
    def __init__(
        self,
        *,
        api_group: builtins.str,
        kind: builtins.str,
        name: builtins.str,
    ) -> None:
        '''IPPoolReference is a reference to an IPPool.

        :param api_group: apiGroup of the IPPool. apiGroup must be fully qualified domain name.
        :param kind: kind of the IPPool. kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.
        :param name: name of the IPPool. name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78efcc4c2572a819089cfc2c221987c2cf580c6da374563f312786fda56333b1)
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
        '''apiGroup of the IPPool.

        apiGroup must be fully qualified domain name.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools#apiGroup
        '''
        result = self._values.get("api_group")
        assert result is not None, "Required property 'api_group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind of the IPPool.

        kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the IPPool.

        name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides",
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
class VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides:
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
        '''dhcp4Overrides allows for the control over several DHCP behaviors.

        Overrides will only be applied when the corresponding DHCP flag is set.
        Only configured values will be sent, omitted values will default to
        distribution defaults.
        Dependent on support in the network stack for your distribution.
        For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)

        :param hostname: hostname is the name which will be sent to the DHCP server instead of the machine's hostname.
        :param route_metric: routeMetric is used to prioritize routes for devices. A lower metric for an interface will have a higher priority.
        :param send_hostname: sendHostname when ``true``, the hostname of the machine will be sent to the DHCP server.
        :param use_dns: useDNS when ``true``, the DNS servers in the DHCP server will be used and take precedence.
        :param use_domains: useDomains can take the values ``true``, ``false``, or ``route``. When ``true``, the domain name from the DHCP server will be used as the DNS search domain for this device. When ``route``, the domain name from the DHCP response will be used for routing DNS only, not for searching.
        :param use_hostname: useHostname when ``true``, the hostname from the DHCP server will be set as the transient hostname of the machine.
        :param use_mtu: useMTU when ``true``, the MTU from the DHCP server will be set as the MTU of the device.
        :param use_ntp: useNTP when ``true``, the NTP servers from the DHCP server will be used by systemd-timesyncd and take precedence.
        :param use_routes: useRoutes when ``true``, the routes from the DHCP server will be installed in the routing table.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__900483f7a84cc5bf34682e0437eaadf10ce2ab9e206c80fdb269951965c0cefc)
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
        '''hostname is the name which will be sent to the DHCP server instead of the machine's hostname.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def route_metric(self) -> typing.Optional[jsii.Number]:
        '''routeMetric is used to prioritize routes for devices.

        A lower metric for
        an interface will have a higher priority.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides#routeMetric
        '''
        result = self._values.get("route_metric")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def send_hostname(self) -> typing.Optional[builtins.bool]:
        '''sendHostname when ``true``, the hostname of the machine will be sent to the DHCP server.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides#sendHostname
        '''
        result = self._values.get("send_hostname")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_dns(self) -> typing.Optional[builtins.bool]:
        '''useDNS when ``true``, the DNS servers in the DHCP server will be used and take precedence.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides#useDNS
        '''
        result = self._values.get("use_dns")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_domains(self) -> typing.Optional[builtins.str]:
        '''useDomains can take the values ``true``, ``false``, or ``route``.

        When ``true``,
        the domain name from the DHCP server will be used as the DNS search
        domain for this device. When ``route``, the domain name from the DHCP
        response will be used for routing DNS only, not for searching.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides#useDomains
        '''
        result = self._values.get("use_domains")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_hostname(self) -> typing.Optional[builtins.bool]:
        '''useHostname when ``true``, the hostname from the DHCP server will be set as the transient hostname of the machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides#useHostname
        '''
        result = self._values.get("use_hostname")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_mtu(self) -> typing.Optional[builtins.bool]:
        '''useMTU when ``true``, the MTU from the DHCP server will be set as the MTU of the device.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides#useMTU
        '''
        result = self._values.get("use_mtu")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_ntp(self) -> typing.Optional[builtins.bool]:
        '''useNTP when ``true``, the NTP servers from the DHCP server will be used by systemd-timesyncd and take precedence.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides#useNTP
        '''
        result = self._values.get("use_ntp")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_routes(self) -> typing.Optional[builtins.str]:
        '''useRoutes when ``true``, the routes from the DHCP server will be installed in the routing table.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides#useRoutes
        '''
        result = self._values.get("use_routes")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides",
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
class VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides:
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
        '''dhcp6Overrides allows for the control over several DHCP behaviors.

        Overrides will only be applied when the corresponding DHCP flag is set.
        Only configured values will be sent, omitted values will default to
        distribution defaults.
        Dependent on support in the network stack for your distribution.
        For more information see the netplan reference (https://netplan.io/reference#dhcp-overrides)

        :param hostname: hostname is the name which will be sent to the DHCP server instead of the machine's hostname.
        :param route_metric: routeMetric is used to prioritize routes for devices. A lower metric for an interface will have a higher priority.
        :param send_hostname: sendHostname when ``true``, the hostname of the machine will be sent to the DHCP server.
        :param use_dns: useDNS when ``true``, the DNS servers in the DHCP server will be used and take precedence.
        :param use_domains: useDomains can take the values ``true``, ``false``, or ``route``. When ``true``, the domain name from the DHCP server will be used as the DNS search domain for this device. When ``route``, the domain name from the DHCP response will be used for routing DNS only, not for searching.
        :param use_hostname: useHostname when ``true``, the hostname from the DHCP server will be set as the transient hostname of the machine.
        :param use_mtu: useMTU when ``true``, the MTU from the DHCP server will be set as the MTU of the device.
        :param use_ntp: useNTP when ``true``, the NTP servers from the DHCP server will be used by systemd-timesyncd and take precedence.
        :param use_routes: useRoutes when ``true``, the routes from the DHCP server will be installed in the routing table.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f45994ffa77d92852fc0ee9b44cc06d7c3e76ad02a3b2e6f4978d95ec531b569)
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
        '''hostname is the name which will be sent to the DHCP server instead of the machine's hostname.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides#hostname
        '''
        result = self._values.get("hostname")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def route_metric(self) -> typing.Optional[jsii.Number]:
        '''routeMetric is used to prioritize routes for devices.

        A lower metric for
        an interface will have a higher priority.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides#routeMetric
        '''
        result = self._values.get("route_metric")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def send_hostname(self) -> typing.Optional[builtins.bool]:
        '''sendHostname when ``true``, the hostname of the machine will be sent to the DHCP server.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides#sendHostname
        '''
        result = self._values.get("send_hostname")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_dns(self) -> typing.Optional[builtins.bool]:
        '''useDNS when ``true``, the DNS servers in the DHCP server will be used and take precedence.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides#useDNS
        '''
        result = self._values.get("use_dns")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_domains(self) -> typing.Optional[builtins.str]:
        '''useDomains can take the values ``true``, ``false``, or ``route``.

        When ``true``,
        the domain name from the DHCP server will be used as the DNS search
        domain for this device. When ``route``, the domain name from the DHCP
        response will be used for routing DNS only, not for searching.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides#useDomains
        '''
        result = self._values.get("use_domains")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def use_hostname(self) -> typing.Optional[builtins.bool]:
        '''useHostname when ``true``, the hostname from the DHCP server will be set as the transient hostname of the machine.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides#useHostname
        '''
        result = self._values.get("use_hostname")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_mtu(self) -> typing.Optional[builtins.bool]:
        '''useMTU when ``true``, the MTU from the DHCP server will be set as the MTU of the device.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides#useMTU
        '''
        result = self._values.get("use_mtu")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_ntp(self) -> typing.Optional[builtins.bool]:
        '''useNTP when ``true``, the NTP servers from the DHCP server will be used by systemd-timesyncd and take precedence.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides#useNTP
        '''
        result = self._values.get("use_ntp")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def use_routes(self) -> typing.Optional[builtins.str]:
        '''useRoutes when ``true``, the routes from the DHCP server will be installed in the routing table.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides#useRoutes
        '''
        result = self._values.get("use_routes")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes",
    jsii_struct_bases=[],
    name_mapping={"metric": "metric", "to": "to", "via": "via"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes:
    def __init__(
        self,
        *,
        metric: jsii.Number,
        to: builtins.str,
        via: builtins.str,
    ) -> None:
        '''NetworkRouteSpec defines a static network route.

        :param metric: metric is the weight/priority of the route.
        :param to: to is an IPv4 or IPv6 address.
        :param via: via is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e0faa9bc29915ad588b0b164395376b11e61dfe8cf089bc7e332b2b9d158da32)
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
        '''metric is the weight/priority of the route.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes#metric
        '''
        result = self._values.get("metric")
        assert result is not None, "Required property 'metric' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def to(self) -> builtins.str:
        '''to is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes#to
        '''
        result = self._values.get("to")
        assert result is not None, "Required property 'to' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def via(self) -> builtins.str:
        '''via is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes#via
        '''
        result = self._values.get("via")
        assert result is not None, "Required property 'via' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes",
    jsii_struct_bases=[],
    name_mapping={"metric": "metric", "to": "to", "via": "via"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes:
    def __init__(
        self,
        *,
        metric: jsii.Number,
        to: builtins.str,
        via: builtins.str,
    ) -> None:
        '''NetworkRouteSpec defines a static network route.

        :param metric: metric is the weight/priority of the route.
        :param to: to is an IPv4 or IPv6 address.
        :param via: via is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__19b7eb1366cb71f2e654cce4e26c93f7926338a4284bdd23ca90e426e4427b0a)
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
        '''metric is the weight/priority of the route.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes#metric
        '''
        result = self._values.get("metric")
        assert result is not None, "Required property 'metric' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def to(self) -> builtins.str:
        '''to is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes#to
        '''
        result = self._values.get("to")
        assert result is not None, "Required property 'to' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def via(self) -> builtins.str:
        '''via is an IPv4 or IPv6 address.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes#via
        '''
        result = self._values.get("via")
        assert result is not None, "Required property 'via' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices",
    jsii_struct_bases=[],
    name_mapping={
        "custom_label": "customLabel",
        "device_id": "deviceId",
        "vendor_id": "vendorId",
        "v_gpu_profile": "vGpuProfile",
    },
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices:
    def __init__(
        self,
        *,
        custom_label: typing.Optional[builtins.str] = None,
        device_id: typing.Optional[jsii.Number] = None,
        vendor_id: typing.Optional[jsii.Number] = None,
        v_gpu_profile: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PCIDeviceSpec defines virtual machine's PCI configuration.

        :param custom_label: customLabel is the hardware label of a virtual machine's PCI device. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Default: the eponymous property value in the template from which the
        :param device_id: deviceId is the device ID of a virtual machine's PCI, in integer. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Mutually exclusive with VGPUProfile as VGPUProfile and DeviceID + VendorID are two independent ways to define PCI devices. Default: the eponymous property value in the template from which the
        :param vendor_id: vendorId is the vendor ID of a virtual machine's PCI, in integer. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Mutually exclusive with VGPUProfile as VGPUProfile and DeviceID + VendorID are two independent ways to define PCI devices. Default: the eponymous property value in the template from which the
        :param v_gpu_profile: vGPUProfile is the profile name of a virtual machine's vGPU, in string. Defaults to the eponymous property value in the template from which the virtual machine is cloned. Mutually exclusive with DeviceID and VendorID as VGPUProfile and DeviceID + VendorID are two independent ways to define PCI devices. Default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__02498c890d89dd8ab449189e1f125363df3c0d45e44cca4bdb0be745ddb663f1)
            check_type(argname="argument custom_label", value=custom_label, expected_type=type_hints["custom_label"])
            check_type(argname="argument device_id", value=device_id, expected_type=type_hints["device_id"])
            check_type(argname="argument vendor_id", value=vendor_id, expected_type=type_hints["vendor_id"])
            check_type(argname="argument v_gpu_profile", value=v_gpu_profile, expected_type=type_hints["v_gpu_profile"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if custom_label is not None:
            self._values["custom_label"] = custom_label
        if device_id is not None:
            self._values["device_id"] = device_id
        if vendor_id is not None:
            self._values["vendor_id"] = vendor_id
        if v_gpu_profile is not None:
            self._values["v_gpu_profile"] = v_gpu_profile

    @builtins.property
    def custom_label(self) -> typing.Optional[builtins.str]:
        '''customLabel is the hardware label of a virtual machine's PCI device.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices#customLabel
        '''
        result = self._values.get("custom_label")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def device_id(self) -> typing.Optional[jsii.Number]:
        '''deviceId is the device ID of a virtual machine's PCI, in integer.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.
        Mutually exclusive with VGPUProfile as VGPUProfile and DeviceID + VendorID
        are two independent ways to define PCI devices.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices#deviceId
        '''
        result = self._values.get("device_id")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def vendor_id(self) -> typing.Optional[jsii.Number]:
        '''vendorId is the vendor ID of a virtual machine's PCI, in integer.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.
        Mutually exclusive with VGPUProfile as VGPUProfile and DeviceID + VendorID
        are two independent ways to define PCI devices.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices#vendorId
        '''
        result = self._values.get("vendor_id")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def v_gpu_profile(self) -> typing.Optional[builtins.str]:
        '''vGPUProfile is the profile name of a virtual machine's vGPU, in string.

        Defaults to the eponymous property value in the template from which the
        virtual machine is cloned.
        Mutually exclusive with DeviceID and VendorID as VGPUProfile and DeviceID + VendorID
        are two independent ways to define PCI devices.

        :default: the eponymous property value in the template from which the

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices#vGPUProfile
        '''
        result = self._values.get("v_gpu_profile")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecPowerOffMode"
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecPowerOffMode(enum.Enum):
    '''powerOffMode describes the desired behavior when powering off a VM.

    There are three, supported power off modes: hard, soft, and
    trySoft. The first mode, hard, is the equivalent of a physical
    system's power cord being ripped from the wall. The soft mode
    requires the VM's guest to have VM Tools installed and attempts to
    gracefully shut down the VM. Its variant, trySoft, first attempts
    a graceful shutdown, and if that fails or the VM is not in a powered off
    state after reaching the GuestSoftPowerOffTimeoutSeconds, the VM is halted.

    If omitted, the mode defaults to hard.

    :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecPowerOffMode
    '''

    HARD = "HARD"
    '''hard.'''
    SOFT = "SOFT"
    '''soft.'''
    TRY_SOFT = "TRY_SOFT"
    '''trySoft.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecResources",
    jsii_struct_bases=[],
    name_mapping={"limits": "limits", "requests": "requests", "shares": "shares"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecResources:
    def __init__(
        self,
        *,
        limits: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits", typing.Dict[builtins.str, typing.Any]]] = None,
        requests: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests", typing.Dict[builtins.str, typing.Any]]] = None,
        shares: typing.Optional[typing.Union["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''resources is the definition of the VM's cpu and memory reservations, limits and shares.

        :param limits: limits is the definition of the VM's cpu (in hertz, rounded up to the nearest MHz) and memory (in bytes, rounded up to the nearest MiB) limits.
        :param requests: requests is the definition of the VM's cpu (in hertz, rounded up to the nearest MHz) and memory (in bytes, rounded up to the nearest MiB) reservations.
        :param shares: shares is the definition of the VM's cpu and memory shares.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResources
        '''
        if isinstance(limits, dict):
            limits = VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits(**limits)
        if isinstance(requests, dict):
            requests = VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests(**requests)
        if isinstance(shares, dict):
            shares = VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares(**shares)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__032d3d9d61bab25cb0bac0a0973c61461ad26c5aa555c0e85a0978903d663180)
            check_type(argname="argument limits", value=limits, expected_type=type_hints["limits"])
            check_type(argname="argument requests", value=requests, expected_type=type_hints["requests"])
            check_type(argname="argument shares", value=shares, expected_type=type_hints["shares"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if limits is not None:
            self._values["limits"] = limits
        if requests is not None:
            self._values["requests"] = requests
        if shares is not None:
            self._values["shares"] = shares

    @builtins.property
    def limits(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits"]:
        '''limits is the definition of the VM's cpu (in hertz, rounded up to the nearest MHz) and memory (in bytes, rounded up to the nearest MiB) limits.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResources#limits
        '''
        result = self._values.get("limits")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits"], result)

    @builtins.property
    def requests(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests"]:
        '''requests is the definition of the VM's cpu (in hertz, rounded up to the nearest MHz) and memory (in bytes, rounded up to the nearest MiB) reservations.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResources#requests
        '''
        result = self._values.get("requests")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests"], result)

    @builtins.property
    def shares(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares"]:
        '''shares is the definition of the VM's cpu and memory shares.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResources#shares
        '''
        result = self._values.get("shares")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecResources(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits",
    jsii_struct_bases=[],
    name_mapping={"cpu": "cpu", "memory": "memory"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits:
    def __init__(
        self,
        *,
        cpu: typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu"] = None,
        memory: typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory"] = None,
    ) -> None:
        '''limits is the definition of the VM's cpu (in hertz, rounded up to the nearest MHz) and memory (in bytes, rounded up to the nearest MiB) limits.

        :param cpu: cpu is the definition of the cpu quantity for the given VM hardware policy.
        :param memory: memory is the definition of the memory quantity for the given VM hardware policy.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e010dbd9e82fa10f29554daf6a4b1781d4b42c44ebb8f7bc72cd4301ddbf0075)
            check_type(argname="argument cpu", value=cpu, expected_type=type_hints["cpu"])
            check_type(argname="argument memory", value=memory, expected_type=type_hints["memory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cpu is not None:
            self._values["cpu"] = cpu
        if memory is not None:
            self._values["memory"] = memory

    @builtins.property
    def cpu(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu"]:
        '''cpu is the definition of the cpu quantity for the given VM hardware policy.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits#cpu
        '''
        result = self._values.get("cpu")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu"], result)

    @builtins.property
    def memory(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory"]:
        '''memory is the definition of the memory quantity for the given VM hardware policy.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits#memory
        '''
        result = self._values.get("memory")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu",
):
    '''cpu is the definition of the cpu quantity for the given VM hardware policy.

    :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__220cefad6d897c767c56dfa30e6f90807517ee8c794437d95681bddcee5eac2c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__edbc8dd8e7c271c8acc2df82e6b156c3d945ed0cb851106dddf91d6afaa236e2)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory",
):
    '''memory is the definition of the memory quantity for the given VM hardware policy.

    :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b1e4dd58407c23da80d9976aba78ddef3b5186c3d53ec10347dc34f5f1264691)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e79ec08f9a553813ca91b2f085621e70749edc258bbc3150dce063cf6fed16e7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests",
    jsii_struct_bases=[],
    name_mapping={"cpu": "cpu", "memory": "memory"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests:
    def __init__(
        self,
        *,
        cpu: typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu"] = None,
        memory: typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory"] = None,
    ) -> None:
        '''requests is the definition of the VM's cpu (in hertz, rounded up to the nearest MHz) and memory (in bytes, rounded up to the nearest MiB) reservations.

        :param cpu: cpu is the definition of the cpu quantity for the given VM hardware policy.
        :param memory: memory is the definition of the memory quantity for the given VM hardware policy.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8cafb2d9c23b24f8d5207e2d9e681adad53f152afb0f8b2992504136673e0d4d)
            check_type(argname="argument cpu", value=cpu, expected_type=type_hints["cpu"])
            check_type(argname="argument memory", value=memory, expected_type=type_hints["memory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cpu is not None:
            self._values["cpu"] = cpu
        if memory is not None:
            self._values["memory"] = memory

    @builtins.property
    def cpu(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu"]:
        '''cpu is the definition of the cpu quantity for the given VM hardware policy.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests#cpu
        '''
        result = self._values.get("cpu")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu"], result)

    @builtins.property
    def memory(
        self,
    ) -> typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory"]:
        '''memory is the definition of the memory quantity for the given VM hardware policy.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests#memory
        '''
        result = self._values.get("memory")
        return typing.cast(typing.Optional["VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu",
):
    '''cpu is the definition of the cpu quantity for the given VM hardware policy.

    :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87efde6263131975e515291ab7d40cc5ec3c5d05af43ff9efd156bd2c5201192)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__871b8a8e49edd2e17e0289f51635e9396def7a31abb11288ca363c054441d43e)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


class VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory",
):
    '''memory is the definition of the memory quantity for the given VM hardware policy.

    :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f3bde0d27b8aab4f6444290e85d9f750be2bdbead64aac5463b754e299f8589a)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd5c03a4fe40c36fdce4ce16671824fca8936a1381839f2caa4637b24a65c9d9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclusterinfrastructure.VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares",
    jsii_struct_bases=[],
    name_mapping={"cpu": "cpu", "memory": "memory"},
)
class VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares:
    def __init__(
        self,
        *,
        cpu: typing.Optional[jsii.Number] = None,
        memory: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''shares is the definition of the VM's cpu and memory shares.

        :param cpu: cpu is the number of spu shares to assign to the VM.
        :param memory: memory is the number of memory shares to assign to the VM.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac582239e511b8e4fec93aef2a596c20257937b8b435881adf45d2a994c32262)
            check_type(argname="argument cpu", value=cpu, expected_type=type_hints["cpu"])
            check_type(argname="argument memory", value=memory, expected_type=type_hints["memory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cpu is not None:
            self._values["cpu"] = cpu
        if memory is not None:
            self._values["memory"] = memory

    @builtins.property
    def cpu(self) -> typing.Optional[jsii.Number]:
        '''cpu is the number of spu shares to assign to the VM.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares#cpu
        '''
        result = self._values.get("cpu")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def memory(self) -> typing.Optional[jsii.Number]:
        '''memory is the number of memory shares to assign to the VM.

        :schema: VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares#memory
        '''
        result = self._values.get("memory")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


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
    "VSphereClusterV1Beta2",
    "VSphereClusterV1Beta2Props",
    "VSphereClusterV1Beta2Spec",
    "VSphereClusterV1Beta2SpecClusterModules",
    "VSphereClusterV1Beta2SpecControlPlaneEndpoint",
    "VSphereClusterV1Beta2SpecFailureDomainSelector",
    "VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions",
    "VSphereClusterV1Beta2SpecIdentityRef",
    "VSphereClusterV1Beta2SpecIdentityRefKind",
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
    "VSphereMachineTemplateV1Beta2",
    "VSphereMachineTemplateV1Beta2Props",
    "VSphereMachineTemplateV1Beta2Spec",
    "VSphereMachineTemplateV1Beta2SpecTemplate",
    "VSphereMachineTemplateV1Beta2SpecTemplateMetadata",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpec",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecCloneMode",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisksProvisioningMode",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecFtEncryptionMode",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecMigrateEncryption",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecPowerOffMode",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecResources",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory",
    "VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares",
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

def _typecheckingstub__c805966104e03bc23763b1e5e804191058e72335ab531190792bd5a62c95a077(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[VSphereClusterV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9e2ebe25ea9d2ef71fdd976aaecdfbe3238d46b781a8d5dd45f86b173a3b8ed4(
    *,
    spec: typing.Union[VSphereClusterV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c841520d49890d3a942acc18c8b0a3c247a0175350e616210648df21972ee32a(
    *,
    server: builtins.str,
    cluster_modules: typing.Optional[typing.Sequence[typing.Union[VSphereClusterV1Beta2SpecClusterModules, typing.Dict[builtins.str, typing.Any]]]] = None,
    control_plane_endpoint: typing.Optional[typing.Union[VSphereClusterV1Beta2SpecControlPlaneEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    disable_cluster_module: typing.Optional[builtins.bool] = None,
    failure_domain_selector: typing.Optional[typing.Union[VSphereClusterV1Beta2SpecFailureDomainSelector, typing.Dict[builtins.str, typing.Any]]] = None,
    identity_ref: typing.Optional[typing.Union[VSphereClusterV1Beta2SpecIdentityRef, typing.Dict[builtins.str, typing.Any]]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__91fc95525725f504f24e5fb5fefe83b90353ffa14494e4eaf95422119fdc6e13(
    *,
    control_plane: builtins.bool,
    module_uuid: builtins.str,
    target_object_name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c168c124a8e8ec063926a50da0082d1efa14b8d34808c5d6a91d98211c30e77(
    *,
    host: typing.Optional[builtins.str] = None,
    port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc62cbe80b78d97ea0538c986aba6a8d4d2389c0820f5f3d6b89db41beeab9bf(
    *,
    match_expressions: typing.Optional[typing.Sequence[typing.Union[VSphereClusterV1Beta2SpecFailureDomainSelectorMatchExpressions, typing.Dict[builtins.str, typing.Any]]]] = None,
    match_labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93e9f1e441c18ed0cd16e569e2f9ab5d1e43090fde00d6642169a8ccc17d87bd(
    *,
    key: builtins.str,
    operator: builtins.str,
    values: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9811911db9446c79446f56a1be24f9fc80b8a95f5b24709a6f029084a0ab67c(
    *,
    kind: VSphereClusterV1Beta2SpecIdentityRefKind,
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

def _typecheckingstub__42ee314b3746b1cd8fb94250ecd2a6a4ee453a08859e001a53063e5d748e9db6(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7e647ab6816ee9ebd84346f465cb2142071b0e4c9d8f163ac7deee754efa7bad(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__84d47314e2157f2e412f0516763a01e71bb58c45cf2eed71d30c1107c170e386(
    *,
    template: typing.Union[VSphereMachineTemplateV1Beta2SpecTemplate, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a968f55189ab81b30b80f65bcc734f4e2f05b3c229d8ba6452bf67c3db076d1f(
    *,
    metadata: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__782ba234c8f1ed2839960fe1efb6e515fb6f1089568154d04f37dba0592c7392(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__048555e5ea994dd1bbcca827445f56e74917e5ecb59e3b516e803e848f33b9bd(
    *,
    network: typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecNetwork, typing.Dict[builtins.str, typing.Any]],
    template: builtins.str,
    additional_disks_gib: typing.Optional[typing.Sequence[jsii.Number]] = None,
    clone_mode: typing.Optional[VSphereMachineTemplateV1Beta2SpecTemplateSpecCloneMode] = None,
    crypto_key_id: typing.Optional[builtins.str] = None,
    crypto_profile: typing.Optional[builtins.str] = None,
    custom_vmx_keys: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    datacenter: typing.Optional[builtins.str] = None,
    data_disks: typing.Optional[typing.Sequence[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisks, typing.Dict[builtins.str, typing.Any]]]] = None,
    datastore: typing.Optional[builtins.str] = None,
    disk_gib: typing.Optional[jsii.Number] = None,
    folder: typing.Optional[builtins.str] = None,
    ft_encryption_mode: typing.Optional[VSphereMachineTemplateV1Beta2SpecTemplateSpecFtEncryptionMode] = None,
    guest_soft_power_off_timeout_seconds: typing.Optional[jsii.Number] = None,
    hardware_version: typing.Optional[builtins.str] = None,
    memory_mib: typing.Optional[jsii.Number] = None,
    migrate_encryption: typing.Optional[VSphereMachineTemplateV1Beta2SpecTemplateSpecMigrateEncryption] = None,
    naming: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecNaming, typing.Dict[builtins.str, typing.Any]]] = None,
    nested_hv: typing.Optional[builtins.bool] = None,
    num_cores_per_socket: typing.Optional[jsii.Number] = None,
    num_cp_us: typing.Optional[jsii.Number] = None,
    os: typing.Optional[builtins.str] = None,
    pci_devices: typing.Optional[typing.Sequence[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecPciDevices, typing.Dict[builtins.str, typing.Any]]]] = None,
    power_off_mode: typing.Optional[VSphereMachineTemplateV1Beta2SpecTemplateSpecPowerOffMode] = None,
    provider_id: typing.Optional[builtins.str] = None,
    resource_pool: typing.Optional[builtins.str] = None,
    resources: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecResources, typing.Dict[builtins.str, typing.Any]]] = None,
    server: typing.Optional[builtins.str] = None,
    snapshot: typing.Optional[builtins.str] = None,
    storage_policy_name: typing.Optional[builtins.str] = None,
    tag_i_ds: typing.Optional[typing.Sequence[builtins.str]] = None,
    thumbprint: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__caccb570bdcf1435445f171d6a432985024eebdfc56f5af52cf6ab20f18e3986(
    *,
    name: builtins.str,
    size_gib: jsii.Number,
    provisioning_mode: typing.Optional[VSphereMachineTemplateV1Beta2SpecTemplateSpecDataDisksProvisioningMode] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__96a6478430ec67c8edc533a00fa98cd8388d4fcabd05c6c0ddb66b6b66e57717(
    *,
    template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a883f5ad76978735e83d9f07527f49271f8fcecaa75e16de95451658589f0494(
    *,
    devices: typing.Sequence[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevices, typing.Dict[builtins.str, typing.Any]]],
    routes: typing.Optional[typing.Sequence[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkRoutes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2fddd7abbc1a1d06c06807810c9ce5c4ed131d8efb41a2656e319e3ad204ffeb(
    *,
    network_name: builtins.str,
    addresses_from_pools: typing.Optional[typing.Sequence[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesAddressesFromPools, typing.Dict[builtins.str, typing.Any]]]] = None,
    device_name: typing.Optional[builtins.str] = None,
    dhcp4: typing.Optional[builtins.bool] = None,
    dhcp4_overrides: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp4Overrides, typing.Dict[builtins.str, typing.Any]]] = None,
    dhcp6: typing.Optional[builtins.bool] = None,
    dhcp6_overrides: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesDhcp6Overrides, typing.Dict[builtins.str, typing.Any]]] = None,
    gateway4: typing.Optional[builtins.str] = None,
    gateway6: typing.Optional[builtins.str] = None,
    ip_addrs: typing.Optional[typing.Sequence[builtins.str]] = None,
    mac_addr: typing.Optional[builtins.str] = None,
    mtu: typing.Optional[jsii.Number] = None,
    nameservers: typing.Optional[typing.Sequence[builtins.str]] = None,
    routes: typing.Optional[typing.Sequence[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecNetworkDevicesRoutes, typing.Dict[builtins.str, typing.Any]]]] = None,
    search_domains: typing.Optional[typing.Sequence[builtins.str]] = None,
    skip_ip_allocation: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78efcc4c2572a819089cfc2c221987c2cf580c6da374563f312786fda56333b1(
    *,
    api_group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__900483f7a84cc5bf34682e0437eaadf10ce2ab9e206c80fdb269951965c0cefc(
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

def _typecheckingstub__f45994ffa77d92852fc0ee9b44cc06d7c3e76ad02a3b2e6f4978d95ec531b569(
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

def _typecheckingstub__e0faa9bc29915ad588b0b164395376b11e61dfe8cf089bc7e332b2b9d158da32(
    *,
    metric: jsii.Number,
    to: builtins.str,
    via: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__19b7eb1366cb71f2e654cce4e26c93f7926338a4284bdd23ca90e426e4427b0a(
    *,
    metric: jsii.Number,
    to: builtins.str,
    via: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__02498c890d89dd8ab449189e1f125363df3c0d45e44cca4bdb0be745ddb663f1(
    *,
    custom_label: typing.Optional[builtins.str] = None,
    device_id: typing.Optional[jsii.Number] = None,
    vendor_id: typing.Optional[jsii.Number] = None,
    v_gpu_profile: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__032d3d9d61bab25cb0bac0a0973c61461ad26c5aa555c0e85a0978903d663180(
    *,
    limits: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimits, typing.Dict[builtins.str, typing.Any]]] = None,
    requests: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequests, typing.Dict[builtins.str, typing.Any]]] = None,
    shares: typing.Optional[typing.Union[VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesShares, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e010dbd9e82fa10f29554daf6a4b1781d4b42c44ebb8f7bc72cd4301ddbf0075(
    *,
    cpu: typing.Optional[VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsCpu] = None,
    memory: typing.Optional[VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesLimitsMemory] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__220cefad6d897c767c56dfa30e6f90807517ee8c794437d95681bddcee5eac2c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__edbc8dd8e7c271c8acc2df82e6b156c3d945ed0cb851106dddf91d6afaa236e2(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b1e4dd58407c23da80d9976aba78ddef3b5186c3d53ec10347dc34f5f1264691(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e79ec08f9a553813ca91b2f085621e70749edc258bbc3150dce063cf6fed16e7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cafb2d9c23b24f8d5207e2d9e681adad53f152afb0f8b2992504136673e0d4d(
    *,
    cpu: typing.Optional[VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsCpu] = None,
    memory: typing.Optional[VSphereMachineTemplateV1Beta2SpecTemplateSpecResourcesRequestsMemory] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87efde6263131975e515291ab7d40cc5ec3c5d05af43ff9efd156bd2c5201192(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__871b8a8e49edd2e17e0289f51635e9396def7a31abb11288ca363c054441d43e(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f3bde0d27b8aab4f6444290e85d9f750be2bdbead64aac5463b754e299f8589a(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd5c03a4fe40c36fdce4ce16671824fca8936a1381839f2caa4637b24a65c9d9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac582239e511b8e4fec93aef2a596c20257937b8b435881adf45d2a994c32262(
    *,
    cpu: typing.Optional[jsii.Number] = None,
    memory: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass
