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


class GlobalInClusterIpPool(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusteripam.GlobalInClusterIpPool",
):
    '''GlobalInClusterIPPool is the Schema for the global inclusterippools API.

    This pool type is cluster scoped. IPAddressClaims can reference pools of this type from any any namespace.

    :schema: GlobalInClusterIPPool
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GlobalInClusterIpPoolSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "GlobalInClusterIPPool" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: InClusterIPPoolSpec defines the desired state of InClusterIPPool.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__db0abf5914e312da17170781e6a28396a559d80a73051ffb4f9c7ab2efb4a158)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = GlobalInClusterIpPoolProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GlobalInClusterIpPoolSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "GlobalInClusterIPPool".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: InClusterIPPoolSpec defines the desired state of InClusterIPPool.
        '''
        props = GlobalInClusterIpPoolProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "GlobalInClusterIPPool".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.GlobalInClusterIpPoolProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class GlobalInClusterIpPoolProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["GlobalInClusterIpPoolSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''GlobalInClusterIPPool is the Schema for the global inclusterippools API.

        This pool type is cluster scoped. IPAddressClaims can reference pools of this type from any any namespace.

        :param metadata: 
        :param spec: InClusterIPPoolSpec defines the desired state of InClusterIPPool.

        :schema: GlobalInClusterIPPool
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = GlobalInClusterIpPoolSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d562ad29fb2866418bac20bbdc9b5f35c41c0414664091a78cf1d37d549f405)
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
        :schema: GlobalInClusterIPPool#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["GlobalInClusterIpPoolSpec"]:
        '''InClusterIPPoolSpec defines the desired state of InClusterIPPool.

        :schema: GlobalInClusterIPPool#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["GlobalInClusterIpPoolSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GlobalInClusterIpPoolProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.GlobalInClusterIpPoolSpec",
    jsii_struct_bases=[],
    name_mapping={
        "addresses": "addresses",
        "prefix": "prefix",
        "allocate_reserved_ip_addresses": "allocateReservedIpAddresses",
        "excluded_addresses": "excludedAddresses",
        "gateway": "gateway",
    },
)
class GlobalInClusterIpPoolSpec:
    def __init__(
        self,
        *,
        addresses: typing.Sequence[builtins.str],
        prefix: jsii.Number,
        allocate_reserved_ip_addresses: typing.Optional[builtins.bool] = None,
        excluded_addresses: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateway: typing.Optional[builtins.str] = None,
    ) -> None:
        '''InClusterIPPoolSpec defines the desired state of InClusterIPPool.

        :param addresses: Addresses is a list of IP addresses that can be assigned. This set of addresses can be non-contiguous.
        :param prefix: Prefix is the network prefix to use.
        :param allocate_reserved_ip_addresses: AllocateReservedIPAddresses causes the provider to allocate the network address (the first address in the inferred subnet) and broadcast address (the last address in the inferred subnet) when IPv4. The provider will allocate the anycast address address (the first address in the inferred subnet) when IPv6.
        :param excluded_addresses: ExcludedAddresses is a list of IP addresses, which will be excluded from the set of assignable IP addresses.
        :param gateway: Gateway.

        :schema: GlobalInClusterIpPoolSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__682bee4177eba4ec215c57328e1c075d42df78a7abab07c5c81a8696925c7f23)
            check_type(argname="argument addresses", value=addresses, expected_type=type_hints["addresses"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument allocate_reserved_ip_addresses", value=allocate_reserved_ip_addresses, expected_type=type_hints["allocate_reserved_ip_addresses"])
            check_type(argname="argument excluded_addresses", value=excluded_addresses, expected_type=type_hints["excluded_addresses"])
            check_type(argname="argument gateway", value=gateway, expected_type=type_hints["gateway"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "addresses": addresses,
            "prefix": prefix,
        }
        if allocate_reserved_ip_addresses is not None:
            self._values["allocate_reserved_ip_addresses"] = allocate_reserved_ip_addresses
        if excluded_addresses is not None:
            self._values["excluded_addresses"] = excluded_addresses
        if gateway is not None:
            self._values["gateway"] = gateway

    @builtins.property
    def addresses(self) -> typing.List[builtins.str]:
        '''Addresses is a list of IP addresses that can be assigned.

        This set of addresses can be non-contiguous.

        :schema: GlobalInClusterIpPoolSpec#addresses
        '''
        result = self._values.get("addresses")
        assert result is not None, "Required property 'addresses' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def prefix(self) -> jsii.Number:
        '''Prefix is the network prefix to use.

        :schema: GlobalInClusterIpPoolSpec#prefix
        '''
        result = self._values.get("prefix")
        assert result is not None, "Required property 'prefix' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def allocate_reserved_ip_addresses(self) -> typing.Optional[builtins.bool]:
        '''AllocateReservedIPAddresses causes the provider to allocate the network address (the first address in the inferred subnet) and broadcast address (the last address in the inferred subnet) when IPv4.

        The provider will allocate the anycast address address (the first address in the inferred subnet) when IPv6.

        :schema: GlobalInClusterIpPoolSpec#allocateReservedIPAddresses
        '''
        result = self._values.get("allocate_reserved_ip_addresses")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def excluded_addresses(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedAddresses is a list of IP addresses, which will be excluded from the set of assignable IP addresses.

        :schema: GlobalInClusterIpPoolSpec#excludedAddresses
        '''
        result = self._values.get("excluded_addresses")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateway(self) -> typing.Optional[builtins.str]:
        '''Gateway.

        :schema: GlobalInClusterIpPoolSpec#gateway
        '''
        result = self._values.get("gateway")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "GlobalInClusterIpPoolSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class InClusterIpPool(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusteripam.InClusterIpPool",
):
    '''InClusterIPPool is the Schema for the inclusterippools API.

    :schema: InClusterIPPool
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InClusterIpPoolSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "InClusterIPPool" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: InClusterIPPoolSpec defines the desired state of InClusterIPPool.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1de364ec7e519e687e1c2a5019856ef0ae7e9008c306b980e4cdc5b0770bb560)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = InClusterIpPoolProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InClusterIpPoolSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "InClusterIPPool".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: InClusterIPPoolSpec defines the desired state of InClusterIPPool.
        '''
        props = InClusterIpPoolProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "InClusterIPPool".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.InClusterIpPoolProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class InClusterIpPoolProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["InClusterIpPoolSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''InClusterIPPool is the Schema for the inclusterippools API.

        :param metadata: 
        :param spec: InClusterIPPoolSpec defines the desired state of InClusterIPPool.

        :schema: InClusterIPPool
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = InClusterIpPoolSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e42e7edc760933c71c3e31e0a9f9f776edc75f514f92a35bf476ff6df4c7c38)
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
        :schema: InClusterIPPool#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["InClusterIpPoolSpec"]:
        '''InClusterIPPoolSpec defines the desired state of InClusterIPPool.

        :schema: InClusterIPPool#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["InClusterIpPoolSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InClusterIpPoolProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.InClusterIpPoolSpec",
    jsii_struct_bases=[],
    name_mapping={
        "addresses": "addresses",
        "prefix": "prefix",
        "allocate_reserved_ip_addresses": "allocateReservedIpAddresses",
        "excluded_addresses": "excludedAddresses",
        "gateway": "gateway",
    },
)
class InClusterIpPoolSpec:
    def __init__(
        self,
        *,
        addresses: typing.Sequence[builtins.str],
        prefix: jsii.Number,
        allocate_reserved_ip_addresses: typing.Optional[builtins.bool] = None,
        excluded_addresses: typing.Optional[typing.Sequence[builtins.str]] = None,
        gateway: typing.Optional[builtins.str] = None,
    ) -> None:
        '''InClusterIPPoolSpec defines the desired state of InClusterIPPool.

        :param addresses: Addresses is a list of IP addresses that can be assigned. This set of addresses can be non-contiguous.
        :param prefix: Prefix is the network prefix to use.
        :param allocate_reserved_ip_addresses: AllocateReservedIPAddresses causes the provider to allocate the network address (the first address in the inferred subnet) and broadcast address (the last address in the inferred subnet) when IPv4. The provider will allocate the anycast address address (the first address in the inferred subnet) when IPv6.
        :param excluded_addresses: ExcludedAddresses is a list of IP addresses, which will be excluded from the set of assignable IP addresses.
        :param gateway: Gateway.

        :schema: InClusterIpPoolSpec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5643202ec91e14b82fac9324197447b8afc6038c435c671213561b723fa2dec5)
            check_type(argname="argument addresses", value=addresses, expected_type=type_hints["addresses"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument allocate_reserved_ip_addresses", value=allocate_reserved_ip_addresses, expected_type=type_hints["allocate_reserved_ip_addresses"])
            check_type(argname="argument excluded_addresses", value=excluded_addresses, expected_type=type_hints["excluded_addresses"])
            check_type(argname="argument gateway", value=gateway, expected_type=type_hints["gateway"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "addresses": addresses,
            "prefix": prefix,
        }
        if allocate_reserved_ip_addresses is not None:
            self._values["allocate_reserved_ip_addresses"] = allocate_reserved_ip_addresses
        if excluded_addresses is not None:
            self._values["excluded_addresses"] = excluded_addresses
        if gateway is not None:
            self._values["gateway"] = gateway

    @builtins.property
    def addresses(self) -> typing.List[builtins.str]:
        '''Addresses is a list of IP addresses that can be assigned.

        This set of addresses can be non-contiguous.

        :schema: InClusterIpPoolSpec#addresses
        '''
        result = self._values.get("addresses")
        assert result is not None, "Required property 'addresses' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def prefix(self) -> jsii.Number:
        '''Prefix is the network prefix to use.

        :schema: InClusterIpPoolSpec#prefix
        '''
        result = self._values.get("prefix")
        assert result is not None, "Required property 'prefix' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def allocate_reserved_ip_addresses(self) -> typing.Optional[builtins.bool]:
        '''AllocateReservedIPAddresses causes the provider to allocate the network address (the first address in the inferred subnet) and broadcast address (the last address in the inferred subnet) when IPv4.

        The provider will allocate the anycast address address (the first address in the inferred subnet) when IPv6.

        :schema: InClusterIpPoolSpec#allocateReservedIPAddresses
        '''
        result = self._values.get("allocate_reserved_ip_addresses")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def excluded_addresses(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExcludedAddresses is a list of IP addresses, which will be excluded from the set of assignable IP addresses.

        :schema: InClusterIpPoolSpec#excludedAddresses
        '''
        result = self._values.get("excluded_addresses")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def gateway(self) -> typing.Optional[builtins.str]:
        '''Gateway.

        :schema: InClusterIpPoolSpec#gateway
        '''
        result = self._values.get("gateway")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "InClusterIpPoolSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class IpAddress(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusteripam.IpAddress",
):
    '''IPAddress is the Schema for the ipaddress API.

    :schema: IPAddress
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IpAddressSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "IPAddress" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: IPAddressSpec is the desired state of an IPAddress.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__baf56c8f59584992bd8820d9dfb48c957ba9b49ec49e8174145b0afaf763ba27)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IpAddressProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IpAddressSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IPAddress".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: IPAddressSpec is the desired state of an IPAddress.
        '''
        props = IpAddressProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IPAddress".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


class IpAddressClaim(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusteripam.IpAddressClaim",
):
    '''IPAddressClaim is the Schema for the ipaddressclaim API.

    :schema: IPAddressClaim
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IpAddressClaimSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "IPAddressClaim" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: IPAddressClaimSpec is the desired state of an IPAddressClaim.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13d2f7e0d0e4274976293522682107bd7118d71848bbec3b1f7bbdff2c22a7e7)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = IpAddressClaimProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IpAddressClaimSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "IPAddressClaim".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: IPAddressClaimSpec is the desired state of an IPAddressClaim.
        '''
        props = IpAddressClaimProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "IPAddressClaim".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.IpAddressClaimProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IpAddressClaimProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IpAddressClaimSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IPAddressClaim is the Schema for the ipaddressclaim API.

        :param metadata: 
        :param spec: IPAddressClaimSpec is the desired state of an IPAddressClaim.

        :schema: IPAddressClaim
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IpAddressClaimSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5157b75efefb91494349cd4468329ee3a5edb7d2eee5e9e63094af7dda82e1dc)
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
        :schema: IPAddressClaim#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["IpAddressClaimSpec"]:
        '''IPAddressClaimSpec is the desired state of an IPAddressClaim.

        :schema: IPAddressClaim#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["IpAddressClaimSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressClaimProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.IpAddressClaimSpec",
    jsii_struct_bases=[],
    name_mapping={"pool_ref": "poolRef"},
)
class IpAddressClaimSpec:
    def __init__(
        self,
        *,
        pool_ref: typing.Union["IpAddressClaimSpecPoolRef", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''IPAddressClaimSpec is the desired state of an IPAddressClaim.

        :param pool_ref: PoolRef is a reference to the pool from which an IP address should be created.

        :schema: IpAddressClaimSpec
        '''
        if isinstance(pool_ref, dict):
            pool_ref = IpAddressClaimSpecPoolRef(**pool_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d8394b34649ff318ca3b8173b5be1bcbb1b1d447f9ad2941fa737c16011c1925)
            check_type(argname="argument pool_ref", value=pool_ref, expected_type=type_hints["pool_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "pool_ref": pool_ref,
        }

    @builtins.property
    def pool_ref(self) -> "IpAddressClaimSpecPoolRef":
        '''PoolRef is a reference to the pool from which an IP address should be created.

        :schema: IpAddressClaimSpec#poolRef
        '''
        result = self._values.get("pool_ref")
        assert result is not None, "Required property 'pool_ref' is missing"
        return typing.cast("IpAddressClaimSpecPoolRef", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressClaimSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.IpAddressClaimSpecPoolRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class IpAddressClaimSpecPoolRef:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PoolRef is a reference to the pool from which an IP address should be created.

        :param kind: Kind is the type of resource being referenced.
        :param name: Name is the name of resource being referenced.
        :param api_group: APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: IpAddressClaimSpecPoolRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8cc51d6c61a85c5f7ad1c4f3ed641e179d51eea95d69f4de09ca58274ac86e6d)
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

        :schema: IpAddressClaimSpecPoolRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of resource being referenced.

        :schema: IpAddressClaimSpecPoolRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup is the group for the resource being referenced.

        If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: IpAddressClaimSpecPoolRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressClaimSpecPoolRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.IpAddressProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class IpAddressProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["IpAddressSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''IPAddress is the Schema for the ipaddress API.

        :param metadata: 
        :param spec: IPAddressSpec is the desired state of an IPAddress.

        :schema: IPAddress
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = IpAddressSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a891d1f6b7791fa06fcdbf3cd2322320a043185a356e88e08148e1631407bfd1)
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
        :schema: IPAddress#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["IpAddressSpec"]:
        '''IPAddressSpec is the desired state of an IPAddress.

        :schema: IPAddress#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["IpAddressSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.IpAddressSpec",
    jsii_struct_bases=[],
    name_mapping={
        "address": "address",
        "claim_ref": "claimRef",
        "pool_ref": "poolRef",
        "prefix": "prefix",
        "gateway": "gateway",
    },
)
class IpAddressSpec:
    def __init__(
        self,
        *,
        address: builtins.str,
        claim_ref: typing.Union["IpAddressSpecClaimRef", typing.Dict[builtins.str, typing.Any]],
        pool_ref: typing.Union["IpAddressSpecPoolRef", typing.Dict[builtins.str, typing.Any]],
        prefix: jsii.Number,
        gateway: typing.Optional[builtins.str] = None,
    ) -> None:
        '''IPAddressSpec is the desired state of an IPAddress.

        :param address: Address is the IP address.
        :param claim_ref: ClaimRef is a reference to the claim this IPAddress was created for.
        :param pool_ref: PoolRef is a reference to the pool that this IPAddress was created from.
        :param prefix: Prefix is the prefix of the address.
        :param gateway: Gateway is the network gateway of the network the address is from.

        :schema: IpAddressSpec
        '''
        if isinstance(claim_ref, dict):
            claim_ref = IpAddressSpecClaimRef(**claim_ref)
        if isinstance(pool_ref, dict):
            pool_ref = IpAddressSpecPoolRef(**pool_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54e0a9b6dfd4268442023f73d6e662fc99f69abe833ec43a698f6e83c0355042)
            check_type(argname="argument address", value=address, expected_type=type_hints["address"])
            check_type(argname="argument claim_ref", value=claim_ref, expected_type=type_hints["claim_ref"])
            check_type(argname="argument pool_ref", value=pool_ref, expected_type=type_hints["pool_ref"])
            check_type(argname="argument prefix", value=prefix, expected_type=type_hints["prefix"])
            check_type(argname="argument gateway", value=gateway, expected_type=type_hints["gateway"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "address": address,
            "claim_ref": claim_ref,
            "pool_ref": pool_ref,
            "prefix": prefix,
        }
        if gateway is not None:
            self._values["gateway"] = gateway

    @builtins.property
    def address(self) -> builtins.str:
        '''Address is the IP address.

        :schema: IpAddressSpec#address
        '''
        result = self._values.get("address")
        assert result is not None, "Required property 'address' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def claim_ref(self) -> "IpAddressSpecClaimRef":
        '''ClaimRef is a reference to the claim this IPAddress was created for.

        :schema: IpAddressSpec#claimRef
        '''
        result = self._values.get("claim_ref")
        assert result is not None, "Required property 'claim_ref' is missing"
        return typing.cast("IpAddressSpecClaimRef", result)

    @builtins.property
    def pool_ref(self) -> "IpAddressSpecPoolRef":
        '''PoolRef is a reference to the pool that this IPAddress was created from.

        :schema: IpAddressSpec#poolRef
        '''
        result = self._values.get("pool_ref")
        assert result is not None, "Required property 'pool_ref' is missing"
        return typing.cast("IpAddressSpecPoolRef", result)

    @builtins.property
    def prefix(self) -> jsii.Number:
        '''Prefix is the prefix of the address.

        :schema: IpAddressSpec#prefix
        '''
        result = self._values.get("prefix")
        assert result is not None, "Required property 'prefix' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def gateway(self) -> typing.Optional[builtins.str]:
        '''Gateway is the network gateway of the network the address is from.

        :schema: IpAddressSpec#gateway
        '''
        result = self._values.get("gateway")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.IpAddressSpecClaimRef",
    jsii_struct_bases=[],
    name_mapping={"name": "name"},
)
class IpAddressSpecClaimRef:
    def __init__(self, *, name: typing.Optional[builtins.str] = None) -> None:
        '''ClaimRef is a reference to the claim this IPAddress was created for.

        :param name: Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names TODO: Add other useful fields. apiVersion, kind, uid?

        :schema: IpAddressSpecClaimRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ff34743823275e28183988eda2685825e84f6bd05a160b965218e559d6321e6)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if name is not None:
            self._values["name"] = name

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names TODO: Add other useful fields. apiVersion, kind, uid?

        :schema: IpAddressSpecClaimRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressSpecClaimRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusteripam.IpAddressSpecPoolRef",
    jsii_struct_bases=[],
    name_mapping={"kind": "kind", "name": "name", "api_group": "apiGroup"},
)
class IpAddressSpecPoolRef:
    def __init__(
        self,
        *,
        kind: builtins.str,
        name: builtins.str,
        api_group: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PoolRef is a reference to the pool that this IPAddress was created from.

        :param kind: Kind is the type of resource being referenced.
        :param name: Name is the name of resource being referenced.
        :param api_group: APIGroup is the group for the resource being referenced. If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: IpAddressSpecPoolRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58cad519027ce4ceb5805ff549b32da24f0b8213f1723804b6b1c45241a1a440)
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

        :schema: IpAddressSpecPoolRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name is the name of resource being referenced.

        :schema: IpAddressSpecPoolRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_group(self) -> typing.Optional[builtins.str]:
        '''APIGroup is the group for the resource being referenced.

        If APIGroup is not specified, the specified Kind must be in the core API group. For any other third-party types, APIGroup is required.

        :schema: IpAddressSpecPoolRef#apiGroup
        '''
        result = self._values.get("api_group")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "IpAddressSpecPoolRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "GlobalInClusterIpPool",
    "GlobalInClusterIpPoolProps",
    "GlobalInClusterIpPoolSpec",
    "InClusterIpPool",
    "InClusterIpPoolProps",
    "InClusterIpPoolSpec",
    "IpAddress",
    "IpAddressClaim",
    "IpAddressClaimProps",
    "IpAddressClaimSpec",
    "IpAddressClaimSpecPoolRef",
    "IpAddressProps",
    "IpAddressSpec",
    "IpAddressSpecClaimRef",
    "IpAddressSpecPoolRef",
]

publication.publish()

def _typecheckingstub__db0abf5914e312da17170781e6a28396a559d80a73051ffb4f9c7ab2efb4a158(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GlobalInClusterIpPoolSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d562ad29fb2866418bac20bbdc9b5f35c41c0414664091a78cf1d37d549f405(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[GlobalInClusterIpPoolSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__682bee4177eba4ec215c57328e1c075d42df78a7abab07c5c81a8696925c7f23(
    *,
    addresses: typing.Sequence[builtins.str],
    prefix: jsii.Number,
    allocate_reserved_ip_addresses: typing.Optional[builtins.bool] = None,
    excluded_addresses: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateway: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1de364ec7e519e687e1c2a5019856ef0ae7e9008c306b980e4cdc5b0770bb560(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InClusterIpPoolSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e42e7edc760933c71c3e31e0a9f9f776edc75f514f92a35bf476ff6df4c7c38(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[InClusterIpPoolSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5643202ec91e14b82fac9324197447b8afc6038c435c671213561b723fa2dec5(
    *,
    addresses: typing.Sequence[builtins.str],
    prefix: jsii.Number,
    allocate_reserved_ip_addresses: typing.Optional[builtins.bool] = None,
    excluded_addresses: typing.Optional[typing.Sequence[builtins.str]] = None,
    gateway: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__baf56c8f59584992bd8820d9dfb48c957ba9b49ec49e8174145b0afaf763ba27(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IpAddressSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13d2f7e0d0e4274976293522682107bd7118d71848bbec3b1f7bbdff2c22a7e7(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IpAddressClaimSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5157b75efefb91494349cd4468329ee3a5edb7d2eee5e9e63094af7dda82e1dc(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IpAddressClaimSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d8394b34649ff318ca3b8173b5be1bcbb1b1d447f9ad2941fa737c16011c1925(
    *,
    pool_ref: typing.Union[IpAddressClaimSpecPoolRef, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8cc51d6c61a85c5f7ad1c4f3ed641e179d51eea95d69f4de09ca58274ac86e6d(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a891d1f6b7791fa06fcdbf3cd2322320a043185a356e88e08148e1631407bfd1(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[IpAddressSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54e0a9b6dfd4268442023f73d6e662fc99f69abe833ec43a698f6e83c0355042(
    *,
    address: builtins.str,
    claim_ref: typing.Union[IpAddressSpecClaimRef, typing.Dict[builtins.str, typing.Any]],
    pool_ref: typing.Union[IpAddressSpecPoolRef, typing.Dict[builtins.str, typing.Any]],
    prefix: jsii.Number,
    gateway: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ff34743823275e28183988eda2685825e84f6bd05a160b965218e559d6321e6(
    *,
    name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58cad519027ce4ceb5805ff549b32da24f0b8213f1723804b6b1c45241a1a440(
    *,
    kind: builtins.str,
    name: builtins.str,
    api_group: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass
