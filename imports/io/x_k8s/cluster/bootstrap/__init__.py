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


class KubeadmConfigTemplate(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplate",
):
    '''KubeadmConfigTemplate is the Schema for the kubeadmconfigtemplates API.

    :schema: KubeadmConfigTemplate
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmConfigTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "KubeadmConfigTemplate" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: KubeadmConfigTemplateSpec defines the desired state of KubeadmConfigTemplate.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__637beef09285aeffd3a032658e1bff7394ed25ea02c391b4331ed8ba2e68100a)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KubeadmConfigTemplateProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmConfigTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KubeadmConfigTemplate".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: KubeadmConfigTemplateSpec defines the desired state of KubeadmConfigTemplate.
        '''
        props = KubeadmConfigTemplateProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KubeadmConfigTemplate".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class KubeadmConfigTemplateProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmConfigTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''KubeadmConfigTemplate is the Schema for the kubeadmconfigtemplates API.

        :param metadata: 
        :param spec: KubeadmConfigTemplateSpec defines the desired state of KubeadmConfigTemplate.

        :schema: KubeadmConfigTemplate
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = KubeadmConfigTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__248a8643d3d287f7d4e20674a288d3d347b33185fb42673e6ade579661d6139c)
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
        :schema: KubeadmConfigTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["KubeadmConfigTemplateSpec"]:
        '''KubeadmConfigTemplateSpec defines the desired state of KubeadmConfigTemplate.

        :schema: KubeadmConfigTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class KubeadmConfigTemplateSpec:
    def __init__(
        self,
        *,
        template: typing.Union["KubeadmConfigTemplateSpecTemplate", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''KubeadmConfigTemplateSpec defines the desired state of KubeadmConfigTemplate.

        :param template: KubeadmConfigTemplateResource defines the Template structure.

        :schema: KubeadmConfigTemplateSpec
        '''
        if isinstance(template, dict):
            template = KubeadmConfigTemplateSpecTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1377926a979770b17a807c18804f8497733261c5d5c8a6b5a2f0b18ac8f7e9c2)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }

    @builtins.property
    def template(self) -> "KubeadmConfigTemplateSpecTemplate":
        '''KubeadmConfigTemplateResource defines the Template structure.

        :schema: KubeadmConfigTemplateSpec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast("KubeadmConfigTemplateSpecTemplate", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplate",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class KubeadmConfigTemplateSpecTemplate:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''KubeadmConfigTemplateResource defines the Template structure.

        :param metadata: Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
        :param spec: KubeadmConfigSpec defines the desired state of KubeadmConfig. Either ClusterConfiguration and InitConfiguration should be defined or the JoinConfiguration should be defined.

        :schema: KubeadmConfigTemplateSpecTemplate
        '''
        if isinstance(metadata, dict):
            metadata = KubeadmConfigTemplateSpecTemplateMetadata(**metadata)
        if isinstance(spec, dict):
            spec = KubeadmConfigTemplateSpecTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1d143a814d4d36d04c6b4e389beeb2a67f0d13f2088ad366d672bb29ab888ede)
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if metadata is not None:
            self._values["metadata"] = metadata
        if spec is not None:
            self._values["spec"] = spec

    @builtins.property
    def metadata(self) -> typing.Optional["KubeadmConfigTemplateSpecTemplateMetadata"]:
        '''Standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: KubeadmConfigTemplateSpecTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpec"]:
        '''KubeadmConfigSpec defines the desired state of KubeadmConfig.

        Either ClusterConfiguration and InitConfiguration should be defined or the JoinConfiguration should be defined.

        :schema: KubeadmConfigTemplateSpecTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KubeadmConfigTemplateSpecTemplateMetadata:
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

        :schema: KubeadmConfigTemplateSpecTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bd91aaab691a9e10e1e6acd6c00fe0f2a83433058948d20de50a03bc774d0d51)
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

        :schema: KubeadmConfigTemplateSpecTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: KubeadmConfigTemplateSpecTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "cluster_configuration": "clusterConfiguration",
        "disk_setup": "diskSetup",
        "files": "files",
        "format": "format",
        "ignition": "ignition",
        "init_configuration": "initConfiguration",
        "join_configuration": "joinConfiguration",
        "mounts": "mounts",
        "ntp": "ntp",
        "post_kubeadm_commands": "postKubeadmCommands",
        "pre_kubeadm_commands": "preKubeadmCommands",
        "use_experimental_retry_join": "useExperimentalRetryJoin",
        "users": "users",
        "verbosity": "verbosity",
    },
)
class KubeadmConfigTemplateSpecTemplateSpec:
    def __init__(
        self,
        *,
        cluster_configuration: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        disk_setup: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecDiskSetup", typing.Dict[builtins.str, typing.Any]]] = None,
        files: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecFiles", typing.Dict[builtins.str, typing.Any]]]] = None,
        format: typing.Optional["KubeadmConfigTemplateSpecTemplateSpecFormat"] = None,
        ignition: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecIgnition", typing.Dict[builtins.str, typing.Any]]] = None,
        init_configuration: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecInitConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        join_configuration: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        mounts: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
        ntp: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecNtp", typing.Dict[builtins.str, typing.Any]]] = None,
        post_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        pre_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        use_experimental_retry_join: typing.Optional[builtins.bool] = None,
        users: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecUsers", typing.Dict[builtins.str, typing.Any]]]] = None,
        verbosity: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''KubeadmConfigSpec defines the desired state of KubeadmConfig.

        Either ClusterConfiguration and InitConfiguration should be defined or the JoinConfiguration should be defined.

        :param cluster_configuration: ClusterConfiguration along with InitConfiguration are the configurations necessary for the init command.
        :param disk_setup: DiskSetup specifies options for the creation of partition tables and file systems on devices.
        :param files: Files specifies extra files to be passed to user_data upon creation.
        :param format: Format specifies the output format of the bootstrap data.
        :param ignition: Ignition contains Ignition specific configuration.
        :param init_configuration: InitConfiguration along with ClusterConfiguration are the configurations necessary for the init command.
        :param join_configuration: JoinConfiguration is the kubeadm configuration for the join command.
        :param mounts: Mounts specifies a list of mount points to be setup.
        :param ntp: NTP specifies NTP configuration.
        :param post_kubeadm_commands: PostKubeadmCommands specifies extra commands to run after kubeadm runs.
        :param pre_kubeadm_commands: PreKubeadmCommands specifies extra commands to run before kubeadm runs.
        :param use_experimental_retry_join: UseExperimentalRetryJoin replaces a basic kubeadm command with a shell script with retries for joins. This is meant to be an experimental temporary workaround on some environments where joins fail due to timing (and other issues). The long term goal is to add retries to kubeadm proper and use that functionality. This will add about 40KB to userdata For more information, refer to https://github.com/kubernetes-sigs/cluster-api/pull/2763#discussion_r397306055. Deprecated: This experimental fix is no longer needed and this field will be removed in a future release. When removing also remove from staticcheck exclude-rules for SA1019 in golangci.yml
        :param users: Users specifies extra users to add.
        :param verbosity: Verbosity is the number for the kubeadm log level verbosity. It overrides the ``--v`` flag in kubeadm commands.

        :schema: KubeadmConfigTemplateSpecTemplateSpec
        '''
        if isinstance(cluster_configuration, dict):
            cluster_configuration = KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration(**cluster_configuration)
        if isinstance(disk_setup, dict):
            disk_setup = KubeadmConfigTemplateSpecTemplateSpecDiskSetup(**disk_setup)
        if isinstance(ignition, dict):
            ignition = KubeadmConfigTemplateSpecTemplateSpecIgnition(**ignition)
        if isinstance(init_configuration, dict):
            init_configuration = KubeadmConfigTemplateSpecTemplateSpecInitConfiguration(**init_configuration)
        if isinstance(join_configuration, dict):
            join_configuration = KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration(**join_configuration)
        if isinstance(ntp, dict):
            ntp = KubeadmConfigTemplateSpecTemplateSpecNtp(**ntp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eb711471faacbef420c701c10bf8ff55a8d6595cf86d64598ac3f1ade7cd5f5b)
            check_type(argname="argument cluster_configuration", value=cluster_configuration, expected_type=type_hints["cluster_configuration"])
            check_type(argname="argument disk_setup", value=disk_setup, expected_type=type_hints["disk_setup"])
            check_type(argname="argument files", value=files, expected_type=type_hints["files"])
            check_type(argname="argument format", value=format, expected_type=type_hints["format"])
            check_type(argname="argument ignition", value=ignition, expected_type=type_hints["ignition"])
            check_type(argname="argument init_configuration", value=init_configuration, expected_type=type_hints["init_configuration"])
            check_type(argname="argument join_configuration", value=join_configuration, expected_type=type_hints["join_configuration"])
            check_type(argname="argument mounts", value=mounts, expected_type=type_hints["mounts"])
            check_type(argname="argument ntp", value=ntp, expected_type=type_hints["ntp"])
            check_type(argname="argument post_kubeadm_commands", value=post_kubeadm_commands, expected_type=type_hints["post_kubeadm_commands"])
            check_type(argname="argument pre_kubeadm_commands", value=pre_kubeadm_commands, expected_type=type_hints["pre_kubeadm_commands"])
            check_type(argname="argument use_experimental_retry_join", value=use_experimental_retry_join, expected_type=type_hints["use_experimental_retry_join"])
            check_type(argname="argument users", value=users, expected_type=type_hints["users"])
            check_type(argname="argument verbosity", value=verbosity, expected_type=type_hints["verbosity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cluster_configuration is not None:
            self._values["cluster_configuration"] = cluster_configuration
        if disk_setup is not None:
            self._values["disk_setup"] = disk_setup
        if files is not None:
            self._values["files"] = files
        if format is not None:
            self._values["format"] = format
        if ignition is not None:
            self._values["ignition"] = ignition
        if init_configuration is not None:
            self._values["init_configuration"] = init_configuration
        if join_configuration is not None:
            self._values["join_configuration"] = join_configuration
        if mounts is not None:
            self._values["mounts"] = mounts
        if ntp is not None:
            self._values["ntp"] = ntp
        if post_kubeadm_commands is not None:
            self._values["post_kubeadm_commands"] = post_kubeadm_commands
        if pre_kubeadm_commands is not None:
            self._values["pre_kubeadm_commands"] = pre_kubeadm_commands
        if use_experimental_retry_join is not None:
            self._values["use_experimental_retry_join"] = use_experimental_retry_join
        if users is not None:
            self._values["users"] = users
        if verbosity is not None:
            self._values["verbosity"] = verbosity

    @builtins.property
    def cluster_configuration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration"]:
        '''ClusterConfiguration along with InitConfiguration are the configurations necessary for the init command.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#clusterConfiguration
        '''
        result = self._values.get("cluster_configuration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration"], result)

    @builtins.property
    def disk_setup(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecDiskSetup"]:
        '''DiskSetup specifies options for the creation of partition tables and file systems on devices.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#diskSetup
        '''
        result = self._values.get("disk_setup")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecDiskSetup"], result)

    @builtins.property
    def files(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecFiles"]]:
        '''Files specifies extra files to be passed to user_data upon creation.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecFiles"]], result)

    @builtins.property
    def format(self) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecFormat"]:
        '''Format specifies the output format of the bootstrap data.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#format
        '''
        result = self._values.get("format")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecFormat"], result)

    @builtins.property
    def ignition(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecIgnition"]:
        '''Ignition contains Ignition specific configuration.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#ignition
        '''
        result = self._values.get("ignition")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecIgnition"], result)

    @builtins.property
    def init_configuration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfiguration"]:
        '''InitConfiguration along with ClusterConfiguration are the configurations necessary for the init command.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#initConfiguration
        '''
        result = self._values.get("init_configuration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfiguration"], result)

    @builtins.property
    def join_configuration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration"]:
        '''JoinConfiguration is the kubeadm configuration for the join command.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#joinConfiguration
        '''
        result = self._values.get("join_configuration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration"], result)

    @builtins.property
    def mounts(self) -> typing.Optional[typing.List[typing.List[builtins.str]]]:
        '''Mounts specifies a list of mount points to be setup.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#mounts
        '''
        result = self._values.get("mounts")
        return typing.cast(typing.Optional[typing.List[typing.List[builtins.str]]], result)

    @builtins.property
    def ntp(self) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecNtp"]:
        '''NTP specifies NTP configuration.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#ntp
        '''
        result = self._values.get("ntp")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecNtp"], result)

    @builtins.property
    def post_kubeadm_commands(self) -> typing.Optional[typing.List[builtins.str]]:
        '''PostKubeadmCommands specifies extra commands to run after kubeadm runs.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#postKubeadmCommands
        '''
        result = self._values.get("post_kubeadm_commands")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def pre_kubeadm_commands(self) -> typing.Optional[typing.List[builtins.str]]:
        '''PreKubeadmCommands specifies extra commands to run before kubeadm runs.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#preKubeadmCommands
        '''
        result = self._values.get("pre_kubeadm_commands")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def use_experimental_retry_join(self) -> typing.Optional[builtins.bool]:
        '''UseExperimentalRetryJoin replaces a basic kubeadm command with a shell script with retries for joins.

        This is meant to be an experimental temporary workaround on some environments where joins fail due to timing (and other issues). The long term goal is to add retries to kubeadm proper and use that functionality.
        This will add about 40KB to userdata
        For more information, refer to https://github.com/kubernetes-sigs/cluster-api/pull/2763#discussion_r397306055.
        Deprecated: This experimental fix is no longer needed and this field will be removed in a future release. When removing also remove from staticcheck exclude-rules for SA1019 in golangci.yml

        :schema: KubeadmConfigTemplateSpecTemplateSpec#useExperimentalRetryJoin
        '''
        result = self._values.get("use_experimental_retry_join")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def users(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecUsers"]]:
        '''Users specifies extra users to add.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#users
        '''
        result = self._values.get("users")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecUsers"]], result)

    @builtins.property
    def verbosity(self) -> typing.Optional[jsii.Number]:
        '''Verbosity is the number for the kubeadm log level verbosity.

        It overrides the ``--v`` flag in kubeadm commands.

        :schema: KubeadmConfigTemplateSpecTemplateSpec#verbosity
        '''
        result = self._values.get("verbosity")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "api_server": "apiServer",
        "api_version": "apiVersion",
        "certificates_dir": "certificatesDir",
        "cluster_name": "clusterName",
        "controller_manager": "controllerManager",
        "control_plane_endpoint": "controlPlaneEndpoint",
        "dns": "dns",
        "etcd": "etcd",
        "feature_gates": "featureGates",
        "image_repository": "imageRepository",
        "kind": "kind",
        "kubernetes_version": "kubernetesVersion",
        "networking": "networking",
        "scheduler": "scheduler",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration:
    def __init__(
        self,
        *,
        api_server: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer", typing.Dict[builtins.str, typing.Any]]] = None,
        api_version: typing.Optional[builtins.str] = None,
        certificates_dir: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        controller_manager: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager", typing.Dict[builtins.str, typing.Any]]] = None,
        control_plane_endpoint: typing.Optional[builtins.str] = None,
        dns: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns", typing.Dict[builtins.str, typing.Any]]] = None,
        etcd: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd", typing.Dict[builtins.str, typing.Any]]] = None,
        feature_gates: typing.Optional[typing.Mapping[builtins.str, builtins.bool]] = None,
        image_repository: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        kubernetes_version: typing.Optional[builtins.str] = None,
        networking: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking", typing.Dict[builtins.str, typing.Any]]] = None,
        scheduler: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ClusterConfiguration along with InitConfiguration are the configurations necessary for the init command.

        :param api_server: APIServer contains extra settings for the API server control plane component.
        :param api_version: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
        :param certificates_dir: CertificatesDir specifies where to store or look for all required certificates. NB: if not provided, this will default to ``/etc/kubernetes/pki``
        :param cluster_name: The cluster name.
        :param controller_manager: ControllerManager contains extra settings for the controller manager control plane component.
        :param control_plane_endpoint: ControlPlaneEndpoint sets a stable IP address or DNS name for the control plane; it can be a valid IP address or a RFC-1123 DNS subdomain, both with optional TCP port. In case the ControlPlaneEndpoint is not specified, the AdvertiseAddress + BindPort are used; in case the ControlPlaneEndpoint is specified but without a TCP port, the BindPort is used. Possible usages are: e.g. In a cluster with more than one control plane instances, this field should be assigned the address of the external load balancer in front of the control plane instances. e.g. in environments with enforced node recycling, the ControlPlaneEndpoint could be used for assigning a stable DNS to the control plane. NB: This value defaults to the first value in the Cluster object status.apiEndpoints array.
        :param dns: DNS defines the options for the DNS add-on installed in the cluster.
        :param etcd: Etcd holds configuration for etcd. NB: This value defaults to a Local (stacked) etcd
        :param feature_gates: FeatureGates enabled by the user.
        :param image_repository: ImageRepository sets the container registry to pull images from. - If not set, the default registry of kubeadm will be used, i.e. * registry.k8s.io (new registry): >= v1.22.17, >= v1.23.15, >= v1.24.9, >= v1.25.0 * k8s.gcr.io (old registry): all older versions Please note that when imageRepository is not set we don't allow upgrades to versions >= v1.22.0 which use the old registry (k8s.gcr.io). Please use a newer patch version with the new registry instead (i.e. >= v1.22.17, >= v1.23.15, >= v1.24.9, >= v1.25.0). * If the version is a CI build (kubernetes version starts with ``ci/`` or ``ci-cross/``) ``gcr.io/k8s-staging-ci-images`` will be used as a default for control plane components and for kube-proxy, while ``registry.k8s.io`` will be used for all the other images.
        :param kind: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param kubernetes_version: KubernetesVersion is the target version of the control plane. NB: This value defaults to the Machine object spec.version
        :param networking: Networking holds configuration for the networking topology of the cluster. NB: This value defaults to the Cluster object spec.clusterNetwork.
        :param scheduler: Scheduler contains extra settings for the scheduler control plane component.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration
        '''
        if isinstance(api_server, dict):
            api_server = KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer(**api_server)
        if isinstance(controller_manager, dict):
            controller_manager = KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager(**controller_manager)
        if isinstance(dns, dict):
            dns = KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns(**dns)
        if isinstance(etcd, dict):
            etcd = KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd(**etcd)
        if isinstance(networking, dict):
            networking = KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking(**networking)
        if isinstance(scheduler, dict):
            scheduler = KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler(**scheduler)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__396f3f0363ea61955d3103f6df336d5a9bed90590a95f8628539151b1f7b6bdc)
            check_type(argname="argument api_server", value=api_server, expected_type=type_hints["api_server"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument certificates_dir", value=certificates_dir, expected_type=type_hints["certificates_dir"])
            check_type(argname="argument cluster_name", value=cluster_name, expected_type=type_hints["cluster_name"])
            check_type(argname="argument controller_manager", value=controller_manager, expected_type=type_hints["controller_manager"])
            check_type(argname="argument control_plane_endpoint", value=control_plane_endpoint, expected_type=type_hints["control_plane_endpoint"])
            check_type(argname="argument dns", value=dns, expected_type=type_hints["dns"])
            check_type(argname="argument etcd", value=etcd, expected_type=type_hints["etcd"])
            check_type(argname="argument feature_gates", value=feature_gates, expected_type=type_hints["feature_gates"])
            check_type(argname="argument image_repository", value=image_repository, expected_type=type_hints["image_repository"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument kubernetes_version", value=kubernetes_version, expected_type=type_hints["kubernetes_version"])
            check_type(argname="argument networking", value=networking, expected_type=type_hints["networking"])
            check_type(argname="argument scheduler", value=scheduler, expected_type=type_hints["scheduler"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_server is not None:
            self._values["api_server"] = api_server
        if api_version is not None:
            self._values["api_version"] = api_version
        if certificates_dir is not None:
            self._values["certificates_dir"] = certificates_dir
        if cluster_name is not None:
            self._values["cluster_name"] = cluster_name
        if controller_manager is not None:
            self._values["controller_manager"] = controller_manager
        if control_plane_endpoint is not None:
            self._values["control_plane_endpoint"] = control_plane_endpoint
        if dns is not None:
            self._values["dns"] = dns
        if etcd is not None:
            self._values["etcd"] = etcd
        if feature_gates is not None:
            self._values["feature_gates"] = feature_gates
        if image_repository is not None:
            self._values["image_repository"] = image_repository
        if kind is not None:
            self._values["kind"] = kind
        if kubernetes_version is not None:
            self._values["kubernetes_version"] = kubernetes_version
        if networking is not None:
            self._values["networking"] = networking
        if scheduler is not None:
            self._values["scheduler"] = scheduler

    @builtins.property
    def api_server(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer"]:
        '''APIServer contains extra settings for the API server control plane component.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#apiServer
        '''
        result = self._values.get("api_server")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer"], result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion defines the versioned schema of this representation of an object.

        Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificates_dir(self) -> typing.Optional[builtins.str]:
        '''CertificatesDir specifies where to store or look for all required certificates.

        NB: if not provided, this will default to ``/etc/kubernetes/pki``

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#certificatesDir
        '''
        result = self._values.get("certificates_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''The cluster name.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#clusterName
        '''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def controller_manager(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager"]:
        '''ControllerManager contains extra settings for the controller manager control plane component.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#controllerManager
        '''
        result = self._values.get("controller_manager")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager"], result)

    @builtins.property
    def control_plane_endpoint(self) -> typing.Optional[builtins.str]:
        '''ControlPlaneEndpoint sets a stable IP address or DNS name for the control plane;

        it can be a valid IP address or a RFC-1123 DNS subdomain, both with optional TCP port. In case the ControlPlaneEndpoint is not specified, the AdvertiseAddress + BindPort are used; in case the ControlPlaneEndpoint is specified but without a TCP port, the BindPort is used. Possible usages are: e.g. In a cluster with more than one control plane instances, this field should be assigned the address of the external load balancer in front of the control plane instances. e.g.  in environments with enforced node recycling, the ControlPlaneEndpoint could be used for assigning a stable DNS to the control plane. NB: This value defaults to the first value in the Cluster object status.apiEndpoints array.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#controlPlaneEndpoint
        '''
        result = self._values.get("control_plane_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dns(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns"]:
        '''DNS defines the options for the DNS add-on installed in the cluster.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#dns
        '''
        result = self._values.get("dns")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns"], result)

    @builtins.property
    def etcd(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd"]:
        '''Etcd holds configuration for etcd.

        NB: This value defaults to a Local (stacked) etcd

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#etcd
        '''
        result = self._values.get("etcd")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd"], result)

    @builtins.property
    def feature_gates(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.bool]]:
        '''FeatureGates enabled by the user.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#featureGates
        '''
        result = self._values.get("feature_gates")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.bool]], result)

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''ImageRepository sets the container registry to pull images from.

        - If not set, the default registry of kubeadm will be used, i.e. * registry.k8s.io (new registry): >= v1.22.17, >= v1.23.15, >= v1.24.9, >= v1.25.0 * k8s.gcr.io (old registry): all older versions Please note that when imageRepository is not set we don't allow upgrades to versions >= v1.22.0 which use the old registry (k8s.gcr.io). Please use a newer patch version with the new registry instead (i.e. >= v1.22.17, >= v1.23.15, >= v1.24.9, >= v1.25.0). * If the version is a CI build (kubernetes version starts with ``ci/`` or ``ci-cross/``) ``gcr.io/k8s-staging-ci-images`` will be used as a default for control plane components and for kube-proxy, while ``registry.k8s.io`` will be used for all the other images.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is a string value representing the REST resource this object represents.

        Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kubernetes_version(self) -> typing.Optional[builtins.str]:
        '''KubernetesVersion is the target version of the control plane.

        NB: This value defaults to the Machine object spec.version

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#kubernetesVersion
        '''
        result = self._values.get("kubernetes_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def networking(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking"]:
        '''Networking holds configuration for the networking topology of the cluster.

        NB: This value defaults to the Cluster object spec.clusterNetwork.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#networking
        '''
        result = self._values.get("networking")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking"], result)

    @builtins.property
    def scheduler(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler"]:
        '''Scheduler contains extra settings for the scheduler control plane component.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration#scheduler
        '''
        result = self._values.get("scheduler")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer",
    jsii_struct_bases=[],
    name_mapping={
        "cert_sa_ns": "certSaNs",
        "extra_args": "extraArgs",
        "extra_volumes": "extraVolumes",
        "timeout_for_control_plane": "timeoutForControlPlane",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer:
    def __init__(
        self,
        *,
        cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
        extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
        timeout_for_control_plane: typing.Optional[builtins.str] = None,
    ) -> None:
        '''APIServer contains extra settings for the API server control plane component.

        :param cert_sa_ns: CertSANs sets extra Subject Alternative Names for the API Server signing cert.
        :param extra_args: ExtraArgs is an extra set of flags to pass to the control plane component. TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.
        :param extra_volumes: ExtraVolumes is an extra set of host volumes, mounted to the control plane component.
        :param timeout_for_control_plane: TimeoutForControlPlane controls the timeout that we use for API server to appear.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__255e686a06b230c59e375b25f792889848a4d6bca764efd49928ce668deb7bbd)
            check_type(argname="argument cert_sa_ns", value=cert_sa_ns, expected_type=type_hints["cert_sa_ns"])
            check_type(argname="argument extra_args", value=extra_args, expected_type=type_hints["extra_args"])
            check_type(argname="argument extra_volumes", value=extra_volumes, expected_type=type_hints["extra_volumes"])
            check_type(argname="argument timeout_for_control_plane", value=timeout_for_control_plane, expected_type=type_hints["timeout_for_control_plane"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_sa_ns is not None:
            self._values["cert_sa_ns"] = cert_sa_ns
        if extra_args is not None:
            self._values["extra_args"] = extra_args
        if extra_volumes is not None:
            self._values["extra_volumes"] = extra_volumes
        if timeout_for_control_plane is not None:
            self._values["timeout_for_control_plane"] = timeout_for_control_plane

    @builtins.property
    def cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''CertSANs sets extra Subject Alternative Names for the API Server signing cert.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer#certSANs
        '''
        result = self._values.get("cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def extra_args(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''ExtraArgs is an extra set of flags to pass to the control plane component.

        TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes"]]:
        '''ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes"]], result)

    @builtins.property
    def timeout_for_control_plane(self) -> typing.Optional[builtins.str]:
        '''TimeoutForControlPlane controls the timeout that we use for API server to appear.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer#timeoutForControlPlane
        '''
        result = self._values.get("timeout_for_control_plane")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes:
    def __init__(
        self,
        *,
        host_path: builtins.str,
        mount_path: builtins.str,
        name: builtins.str,
        path_type: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HostPathMount contains elements describing volumes that are mounted from the host.

        :param host_path: HostPath is the path in the host that will be mounted inside the pod.
        :param mount_path: MountPath is the path inside the pod where hostPath will be mounted.
        :param name: Name of the volume inside the pod template.
        :param path_type: PathType is the type of the HostPath.
        :param read_only: ReadOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__889bc8ac237159fe973faa0fe077b4435d3dc3a25954fd71b8ed0ae8bafbccb6)
            check_type(argname="argument host_path", value=host_path, expected_type=type_hints["host_path"])
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path_type", value=path_type, expected_type=type_hints["path_type"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host_path": host_path,
            "mount_path": mount_path,
            "name": name,
        }
        if path_type is not None:
            self._values["path_type"] = path_type
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def host_path(self) -> builtins.str:
        '''HostPath is the path in the host that will be mounted inside the pod.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''MountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the volume inside the pod template.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''PathType is the type of the HostPath.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''ReadOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager",
    jsii_struct_bases=[],
    name_mapping={"extra_args": "extraArgs", "extra_volumes": "extraVolumes"},
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager:
    def __init__(
        self,
        *,
        extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ControllerManager contains extra settings for the controller manager control plane component.

        :param extra_args: ExtraArgs is an extra set of flags to pass to the control plane component. TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.
        :param extra_volumes: ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0563cf0427a30d8764514916ea5f7d570f9e32a0bbcbc80220908823d1017332)
            check_type(argname="argument extra_args", value=extra_args, expected_type=type_hints["extra_args"])
            check_type(argname="argument extra_volumes", value=extra_volumes, expected_type=type_hints["extra_volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if extra_args is not None:
            self._values["extra_args"] = extra_args
        if extra_volumes is not None:
            self._values["extra_volumes"] = extra_volumes

    @builtins.property
    def extra_args(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''ExtraArgs is an extra set of flags to pass to the control plane component.

        TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes"]]:
        '''ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes:
    def __init__(
        self,
        *,
        host_path: builtins.str,
        mount_path: builtins.str,
        name: builtins.str,
        path_type: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HostPathMount contains elements describing volumes that are mounted from the host.

        :param host_path: HostPath is the path in the host that will be mounted inside the pod.
        :param mount_path: MountPath is the path inside the pod where hostPath will be mounted.
        :param name: Name of the volume inside the pod template.
        :param path_type: PathType is the type of the HostPath.
        :param read_only: ReadOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__65191a217d06378e69497820dd9e85f3d6fecbef28bd020a4afe5d9b13fb3b76)
            check_type(argname="argument host_path", value=host_path, expected_type=type_hints["host_path"])
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path_type", value=path_type, expected_type=type_hints["path_type"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host_path": host_path,
            "mount_path": mount_path,
            "name": name,
        }
        if path_type is not None:
            self._values["path_type"] = path_type
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def host_path(self) -> builtins.str:
        '''HostPath is the path in the host that will be mounted inside the pod.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''MountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the volume inside the pod template.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''PathType is the type of the HostPath.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''ReadOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns",
    jsii_struct_bases=[],
    name_mapping={"image_repository": "imageRepository", "image_tag": "imageTag"},
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns:
    def __init__(
        self,
        *,
        image_repository: typing.Optional[builtins.str] = None,
        image_tag: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DNS defines the options for the DNS add-on installed in the cluster.

        :param image_repository: ImageRepository sets the container registry to pull images from. if not set, the ImageRepository defined in ClusterConfiguration will be used instead.
        :param image_tag: ImageTag allows to specify a tag for the image. In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ed970debf782bc650533ba24d6f7f88bf9f261a125560dc05a867b406d6a218)
            check_type(argname="argument image_repository", value=image_repository, expected_type=type_hints["image_repository"])
            check_type(argname="argument image_tag", value=image_tag, expected_type=type_hints["image_tag"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if image_repository is not None:
            self._values["image_repository"] = image_repository
        if image_tag is not None:
            self._values["image_tag"] = image_tag

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''ImageRepository sets the container registry to pull images from.

        if not set, the ImageRepository defined in ClusterConfiguration will be used instead.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_tag(self) -> typing.Optional[builtins.str]:
        '''ImageTag allows to specify a tag for the image.

        In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns#imageTag
        '''
        result = self._values.get("image_tag")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "local": "local"},
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd:
    def __init__(
        self,
        *,
        external: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal", typing.Dict[builtins.str, typing.Any]]] = None,
        local: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Etcd holds configuration for etcd.

        NB: This value defaults to a Local (stacked) etcd

        :param external: External describes how to connect to an external etcd cluster Local and External are mutually exclusive.
        :param local: Local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd
        '''
        if isinstance(external, dict):
            external = KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal(**external)
        if isinstance(local, dict):
            local = KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal(**local)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d441a259dbc73087c6434077cbc31d0432774bc793b471eb22672ad2fc34f2bd)
            check_type(argname="argument external", value=external, expected_type=type_hints["external"])
            check_type(argname="argument local", value=local, expected_type=type_hints["local"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if external is not None:
            self._values["external"] = external
        if local is not None:
            self._values["local"] = local

    @builtins.property
    def external(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal"]:
        '''External describes how to connect to an external etcd cluster Local and External are mutually exclusive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal"], result)

    @builtins.property
    def local(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal"]:
        '''Local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd#local
        '''
        result = self._values.get("local")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal",
    jsii_struct_bases=[],
    name_mapping={
        "ca_file": "caFile",
        "cert_file": "certFile",
        "endpoints": "endpoints",
        "key_file": "keyFile",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal:
    def __init__(
        self,
        *,
        ca_file: builtins.str,
        cert_file: builtins.str,
        endpoints: typing.Sequence[builtins.str],
        key_file: builtins.str,
    ) -> None:
        '''External describes how to connect to an external etcd cluster Local and External are mutually exclusive.

        :param ca_file: CAFile is an SSL Certificate Authority file used to secure etcd communication. Required if using a TLS connection.
        :param cert_file: CertFile is an SSL certification file used to secure etcd communication. Required if using a TLS connection.
        :param endpoints: Endpoints of etcd members. Required for ExternalEtcd.
        :param key_file: KeyFile is an SSL key file used to secure etcd communication. Required if using a TLS connection.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c65fc445d99516cda41e1666419fc64c436102f4782ab9c6ed16ebe64fc73389)
            check_type(argname="argument ca_file", value=ca_file, expected_type=type_hints["ca_file"])
            check_type(argname="argument cert_file", value=cert_file, expected_type=type_hints["cert_file"])
            check_type(argname="argument endpoints", value=endpoints, expected_type=type_hints["endpoints"])
            check_type(argname="argument key_file", value=key_file, expected_type=type_hints["key_file"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "ca_file": ca_file,
            "cert_file": cert_file,
            "endpoints": endpoints,
            "key_file": key_file,
        }

    @builtins.property
    def ca_file(self) -> builtins.str:
        '''CAFile is an SSL Certificate Authority file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal#caFile
        '''
        result = self._values.get("ca_file")
        assert result is not None, "Required property 'ca_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cert_file(self) -> builtins.str:
        '''CertFile is an SSL certification file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal#certFile
        '''
        result = self._values.get("cert_file")
        assert result is not None, "Required property 'cert_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def endpoints(self) -> typing.List[builtins.str]:
        '''Endpoints of etcd members.

        Required for ExternalEtcd.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def key_file(self) -> builtins.str:
        '''KeyFile is an SSL key file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal#keyFile
        '''
        result = self._values.get("key_file")
        assert result is not None, "Required property 'key_file' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal",
    jsii_struct_bases=[],
    name_mapping={
        "data_dir": "dataDir",
        "extra_args": "extraArgs",
        "image_repository": "imageRepository",
        "image_tag": "imageTag",
        "peer_cert_sa_ns": "peerCertSaNs",
        "server_cert_sa_ns": "serverCertSaNs",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal:
    def __init__(
        self,
        *,
        data_dir: typing.Optional[builtins.str] = None,
        extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        image_repository: typing.Optional[builtins.str] = None,
        image_tag: typing.Optional[builtins.str] = None,
        peer_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
        server_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''Local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :param data_dir: DataDir is the directory etcd will place its data. Defaults to "/var/lib/etcd". Default: var/lib/etcd".
        :param extra_args: ExtraArgs are extra arguments provided to the etcd binary when run inside a static pod.
        :param image_repository: ImageRepository sets the container registry to pull images from. if not set, the ImageRepository defined in ClusterConfiguration will be used instead.
        :param image_tag: ImageTag allows to specify a tag for the image. In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.
        :param peer_cert_sa_ns: PeerCertSANs sets extra Subject Alternative Names for the etcd peer signing cert.
        :param server_cert_sa_ns: ServerCertSANs sets extra Subject Alternative Names for the etcd server signing cert.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b5d2635e266c4f68973201bf025d1c5d3e8492d7250e93601379bb11ad71f17a)
            check_type(argname="argument data_dir", value=data_dir, expected_type=type_hints["data_dir"])
            check_type(argname="argument extra_args", value=extra_args, expected_type=type_hints["extra_args"])
            check_type(argname="argument image_repository", value=image_repository, expected_type=type_hints["image_repository"])
            check_type(argname="argument image_tag", value=image_tag, expected_type=type_hints["image_tag"])
            check_type(argname="argument peer_cert_sa_ns", value=peer_cert_sa_ns, expected_type=type_hints["peer_cert_sa_ns"])
            check_type(argname="argument server_cert_sa_ns", value=server_cert_sa_ns, expected_type=type_hints["server_cert_sa_ns"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data_dir is not None:
            self._values["data_dir"] = data_dir
        if extra_args is not None:
            self._values["extra_args"] = extra_args
        if image_repository is not None:
            self._values["image_repository"] = image_repository
        if image_tag is not None:
            self._values["image_tag"] = image_tag
        if peer_cert_sa_ns is not None:
            self._values["peer_cert_sa_ns"] = peer_cert_sa_ns
        if server_cert_sa_ns is not None:
            self._values["server_cert_sa_ns"] = server_cert_sa_ns

    @builtins.property
    def data_dir(self) -> typing.Optional[builtins.str]:
        '''DataDir is the directory etcd will place its data.

        Defaults to "/var/lib/etcd".

        :default: var/lib/etcd".

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal#dataDir
        '''
        result = self._values.get("data_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def extra_args(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''ExtraArgs are extra arguments provided to the etcd binary when run inside a static pod.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''ImageRepository sets the container registry to pull images from.

        if not set, the ImageRepository defined in ClusterConfiguration will be used instead.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_tag(self) -> typing.Optional[builtins.str]:
        '''ImageTag allows to specify a tag for the image.

        In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal#imageTag
        '''
        result = self._values.get("image_tag")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peer_cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''PeerCertSANs sets extra Subject Alternative Names for the etcd peer signing cert.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal#peerCertSANs
        '''
        result = self._values.get("peer_cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def server_cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ServerCertSANs sets extra Subject Alternative Names for the etcd server signing cert.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal#serverCertSANs
        '''
        result = self._values.get("server_cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking",
    jsii_struct_bases=[],
    name_mapping={
        "dns_domain": "dnsDomain",
        "pod_subnet": "podSubnet",
        "service_subnet": "serviceSubnet",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking:
    def __init__(
        self,
        *,
        dns_domain: typing.Optional[builtins.str] = None,
        pod_subnet: typing.Optional[builtins.str] = None,
        service_subnet: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Networking holds configuration for the networking topology of the cluster.

        NB: This value defaults to the Cluster object spec.clusterNetwork.

        :param dns_domain: DNSDomain is the dns domain used by k8s services. Defaults to "cluster.local". Default: cluster.local".
        :param pod_subnet: PodSubnet is the subnet used by pods. If unset, the API server will not allocate CIDR ranges for every node. Defaults to a comma-delimited string of the Cluster object's spec.clusterNetwork.services.cidrBlocks if that is set Default: a comma-delimited string of the Cluster object's spec.clusterNetwork.services.cidrBlocks if that is set
        :param service_subnet: ServiceSubnet is the subnet used by k8s services. Defaults to a comma-delimited string of the Cluster object's spec.clusterNetwork.pods.cidrBlocks, or to "10.96.0.0/12" if that's unset. Default: a comma-delimited string of the Cluster object's spec.clusterNetwork.pods.cidrBlocks, or to "10.96.0.0/12" if that's unset.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cfec1bc2c60abca6c8daba536442f377ddd03ec418fbff20502e16f2ae77f242)
            check_type(argname="argument dns_domain", value=dns_domain, expected_type=type_hints["dns_domain"])
            check_type(argname="argument pod_subnet", value=pod_subnet, expected_type=type_hints["pod_subnet"])
            check_type(argname="argument service_subnet", value=service_subnet, expected_type=type_hints["service_subnet"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if dns_domain is not None:
            self._values["dns_domain"] = dns_domain
        if pod_subnet is not None:
            self._values["pod_subnet"] = pod_subnet
        if service_subnet is not None:
            self._values["service_subnet"] = service_subnet

    @builtins.property
    def dns_domain(self) -> typing.Optional[builtins.str]:
        '''DNSDomain is the dns domain used by k8s services.

        Defaults to "cluster.local".

        :default: cluster.local".

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking#dnsDomain
        '''
        result = self._values.get("dns_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_subnet(self) -> typing.Optional[builtins.str]:
        '''PodSubnet is the subnet used by pods.

        If unset, the API server will not allocate CIDR ranges for every node. Defaults to a comma-delimited string of the Cluster object's spec.clusterNetwork.services.cidrBlocks if that is set

        :default: a comma-delimited string of the Cluster object's spec.clusterNetwork.services.cidrBlocks if that is set

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking#podSubnet
        '''
        result = self._values.get("pod_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_subnet(self) -> typing.Optional[builtins.str]:
        '''ServiceSubnet is the subnet used by k8s services.

        Defaults to a comma-delimited string of the Cluster object's spec.clusterNetwork.pods.cidrBlocks, or to "10.96.0.0/12" if that's unset.

        :default: a comma-delimited string of the Cluster object's spec.clusterNetwork.pods.cidrBlocks, or to "10.96.0.0/12" if that's unset.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking#serviceSubnet
        '''
        result = self._values.get("service_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler",
    jsii_struct_bases=[],
    name_mapping={"extra_args": "extraArgs", "extra_volumes": "extraVolumes"},
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler:
    def __init__(
        self,
        *,
        extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Scheduler contains extra settings for the scheduler control plane component.

        :param extra_args: ExtraArgs is an extra set of flags to pass to the control plane component. TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.
        :param extra_volumes: ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a5522e2c538dc8beb4b568372d4106fe0ef271aced94484505b0aa999417ff52)
            check_type(argname="argument extra_args", value=extra_args, expected_type=type_hints["extra_args"])
            check_type(argname="argument extra_volumes", value=extra_volumes, expected_type=type_hints["extra_volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if extra_args is not None:
            self._values["extra_args"] = extra_args
        if extra_volumes is not None:
            self._values["extra_volumes"] = extra_volumes

    @builtins.property
    def extra_args(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''ExtraArgs is an extra set of flags to pass to the control plane component.

        TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes"]]:
        '''ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes:
    def __init__(
        self,
        *,
        host_path: builtins.str,
        mount_path: builtins.str,
        name: builtins.str,
        path_type: typing.Optional[builtins.str] = None,
        read_only: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''HostPathMount contains elements describing volumes that are mounted from the host.

        :param host_path: HostPath is the path in the host that will be mounted inside the pod.
        :param mount_path: MountPath is the path inside the pod where hostPath will be mounted.
        :param name: Name of the volume inside the pod template.
        :param path_type: PathType is the type of the HostPath.
        :param read_only: ReadOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e10cd84f43bf19b8d1e185ae618c7c4d04a8c83b64bbb45273e62061ae9e24bd)
            check_type(argname="argument host_path", value=host_path, expected_type=type_hints["host_path"])
            check_type(argname="argument mount_path", value=mount_path, expected_type=type_hints["mount_path"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument path_type", value=path_type, expected_type=type_hints["path_type"])
            check_type(argname="argument read_only", value=read_only, expected_type=type_hints["read_only"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "host_path": host_path,
            "mount_path": mount_path,
            "name": name,
        }
        if path_type is not None:
            self._values["path_type"] = path_type
        if read_only is not None:
            self._values["read_only"] = read_only

    @builtins.property
    def host_path(self) -> builtins.str:
        '''HostPath is the path in the host that will be mounted inside the pod.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''MountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the volume inside the pod template.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''PathType is the type of the HostPath.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''ReadOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecDiskSetup",
    jsii_struct_bases=[],
    name_mapping={"filesystems": "filesystems", "partitions": "partitions"},
)
class KubeadmConfigTemplateSpecTemplateSpecDiskSetup:
    def __init__(
        self,
        *,
        filesystems: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems", typing.Dict[builtins.str, typing.Any]]]] = None,
        partitions: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''DiskSetup specifies options for the creation of partition tables and file systems on devices.

        :param filesystems: Filesystems specifies the list of file systems to setup.
        :param partitions: Partitions specifies the list of the partitions to setup.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b32b17002fe2b436ac95d8cdc31f96c85b9c335c50543bbbe2e30f12a4cba123)
            check_type(argname="argument filesystems", value=filesystems, expected_type=type_hints["filesystems"])
            check_type(argname="argument partitions", value=partitions, expected_type=type_hints["partitions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if filesystems is not None:
            self._values["filesystems"] = filesystems
        if partitions is not None:
            self._values["partitions"] = partitions

    @builtins.property
    def filesystems(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems"]]:
        '''Filesystems specifies the list of file systems to setup.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetup#filesystems
        '''
        result = self._values.get("filesystems")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems"]], result)

    @builtins.property
    def partitions(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions"]]:
        '''Partitions specifies the list of the partitions to setup.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetup#partitions
        '''
        result = self._values.get("partitions")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecDiskSetup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems",
    jsii_struct_bases=[],
    name_mapping={
        "device": "device",
        "filesystem": "filesystem",
        "label": "label",
        "extra_opts": "extraOpts",
        "overwrite": "overwrite",
        "partition": "partition",
        "replace_fs": "replaceFs",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems:
    def __init__(
        self,
        *,
        device: builtins.str,
        filesystem: builtins.str,
        label: builtins.str,
        extra_opts: typing.Optional[typing.Sequence[builtins.str]] = None,
        overwrite: typing.Optional[builtins.bool] = None,
        partition: typing.Optional[builtins.str] = None,
        replace_fs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Filesystem defines the file systems to be created.

        :param device: Device specifies the device name.
        :param filesystem: Filesystem specifies the file system type.
        :param label: Label specifies the file system label to be used. If set to None, no label is used.
        :param extra_opts: ExtraOpts defined extra options to add to the command for creating the file system.
        :param overwrite: Overwrite defines whether or not to overwrite any existing filesystem. If true, any pre-existing file system will be destroyed. Use with Caution.
        :param partition: Partition specifies the partition to use. The valid options are: "auto|any", "auto", "any", "none", and , where NUM is the actual partition number.
        :param replace_fs: ReplaceFS is a special directive, used for Microsoft Azure that instructs cloud-init to replace a file system of <FS_TYPE>. NOTE: unless you define a label, this requires the use of the 'any' partition directive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__563bf57bed74b06f9df46771dbd6d2b9ff5905aec5e0baaa7085400eb8c5f363)
            check_type(argname="argument device", value=device, expected_type=type_hints["device"])
            check_type(argname="argument filesystem", value=filesystem, expected_type=type_hints["filesystem"])
            check_type(argname="argument label", value=label, expected_type=type_hints["label"])
            check_type(argname="argument extra_opts", value=extra_opts, expected_type=type_hints["extra_opts"])
            check_type(argname="argument overwrite", value=overwrite, expected_type=type_hints["overwrite"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument replace_fs", value=replace_fs, expected_type=type_hints["replace_fs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device": device,
            "filesystem": filesystem,
            "label": label,
        }
        if extra_opts is not None:
            self._values["extra_opts"] = extra_opts
        if overwrite is not None:
            self._values["overwrite"] = overwrite
        if partition is not None:
            self._values["partition"] = partition
        if replace_fs is not None:
            self._values["replace_fs"] = replace_fs

    @builtins.property
    def device(self) -> builtins.str:
        '''Device specifies the device name.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems#device
        '''
        result = self._values.get("device")
        assert result is not None, "Required property 'device' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def filesystem(self) -> builtins.str:
        '''Filesystem specifies the file system type.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems#filesystem
        '''
        result = self._values.get("filesystem")
        assert result is not None, "Required property 'filesystem' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label(self) -> builtins.str:
        '''Label specifies the file system label to be used.

        If set to None, no label is used.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems#label
        '''
        result = self._values.get("label")
        assert result is not None, "Required property 'label' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def extra_opts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExtraOpts defined extra options to add to the command for creating the file system.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems#extraOpts
        '''
        result = self._values.get("extra_opts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def overwrite(self) -> typing.Optional[builtins.bool]:
        '''Overwrite defines whether or not to overwrite any existing filesystem.

        If true, any pre-existing file system will be destroyed. Use with Caution.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems#overwrite
        '''
        result = self._values.get("overwrite")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''Partition specifies the partition to use.

        The valid options are: "auto|any", "auto", "any", "none", and , where NUM is the actual partition number.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems#partition
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_fs(self) -> typing.Optional[builtins.str]:
        '''ReplaceFS is a special directive, used for Microsoft Azure that instructs cloud-init to replace a file system of <FS_TYPE>.

        NOTE: unless you define a label, this requires the use of the 'any' partition directive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems#replaceFS
        '''
        result = self._values.get("replace_fs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions",
    jsii_struct_bases=[],
    name_mapping={
        "device": "device",
        "layout": "layout",
        "overwrite": "overwrite",
        "table_type": "tableType",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions:
    def __init__(
        self,
        *,
        device: builtins.str,
        layout: builtins.bool,
        overwrite: typing.Optional[builtins.bool] = None,
        table_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Partition defines how to create and layout a partition.

        :param device: Device is the name of the device.
        :param layout: Layout specifies the device layout. If it is true, a single partition will be created for the entire device. When layout is false, it means don't partition or ignore existing partitioning.
        :param overwrite: Overwrite describes whether to skip checks and create the partition if a partition or filesystem is found on the device. Use with caution. Default is 'false'. Default: false'.
        :param table_type: TableType specifies the tupe of partition table. The following are supported: 'mbr': default and setups a MS-DOS partition table 'gpt': setups a GPT partition table

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__474b4ef104a60d29da74903054446730e470d3aca00a5249309765853543eda2)
            check_type(argname="argument device", value=device, expected_type=type_hints["device"])
            check_type(argname="argument layout", value=layout, expected_type=type_hints["layout"])
            check_type(argname="argument overwrite", value=overwrite, expected_type=type_hints["overwrite"])
            check_type(argname="argument table_type", value=table_type, expected_type=type_hints["table_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device": device,
            "layout": layout,
        }
        if overwrite is not None:
            self._values["overwrite"] = overwrite
        if table_type is not None:
            self._values["table_type"] = table_type

    @builtins.property
    def device(self) -> builtins.str:
        '''Device is the name of the device.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions#device
        '''
        result = self._values.get("device")
        assert result is not None, "Required property 'device' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def layout(self) -> builtins.bool:
        '''Layout specifies the device layout.

        If it is true, a single partition will be created for the entire device. When layout is false, it means don't partition or ignore existing partitioning.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions#layout
        '''
        result = self._values.get("layout")
        assert result is not None, "Required property 'layout' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def overwrite(self) -> typing.Optional[builtins.bool]:
        '''Overwrite describes whether to skip checks and create the partition if a partition or filesystem is found on the device.

        Use with caution. Default is 'false'.

        :default: false'.

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions#overwrite
        '''
        result = self._values.get("overwrite")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def table_type(self) -> typing.Optional[builtins.str]:
        '''TableType specifies the tupe of partition table.

        The following are supported: 'mbr': default and setups a MS-DOS partition table 'gpt': setups a GPT partition table

        :schema: KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions#tableType
        '''
        result = self._values.get("table_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecFiles",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "append": "append",
        "content": "content",
        "content_from": "contentFrom",
        "encoding": "encoding",
        "owner": "owner",
        "permissions": "permissions",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecFiles:
    def __init__(
        self,
        *,
        path: builtins.str,
        append: typing.Optional[builtins.bool] = None,
        content: typing.Optional[builtins.str] = None,
        content_from: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        encoding: typing.Optional["KubeadmConfigTemplateSpecTemplateSpecFilesEncoding"] = None,
        owner: typing.Optional[builtins.str] = None,
        permissions: typing.Optional[builtins.str] = None,
    ) -> None:
        '''File defines the input for generating write_files in cloud-init.

        :param path: Path specifies the full path on disk where to store the file.
        :param append: Append specifies whether to append Content to existing file if Path exists.
        :param content: Content is the actual content of the file.
        :param content_from: ContentFrom is a referenced source of content to populate the file.
        :param encoding: Encoding specifies the encoding of the file contents.
        :param owner: Owner specifies the ownership of the file, e.g. "root:root".
        :param permissions: Permissions specifies the permissions to assign to the file, e.g. "0640".

        :schema: KubeadmConfigTemplateSpecTemplateSpecFiles
        '''
        if isinstance(content_from, dict):
            content_from = KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom(**content_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__367c6818c88e0f3745bd4c2c8d1fb68795907e9952e361e507fce5534e4da9fd)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument append", value=append, expected_type=type_hints["append"])
            check_type(argname="argument content", value=content, expected_type=type_hints["content"])
            check_type(argname="argument content_from", value=content_from, expected_type=type_hints["content_from"])
            check_type(argname="argument encoding", value=encoding, expected_type=type_hints["encoding"])
            check_type(argname="argument owner", value=owner, expected_type=type_hints["owner"])
            check_type(argname="argument permissions", value=permissions, expected_type=type_hints["permissions"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "path": path,
        }
        if append is not None:
            self._values["append"] = append
        if content is not None:
            self._values["content"] = content
        if content_from is not None:
            self._values["content_from"] = content_from
        if encoding is not None:
            self._values["encoding"] = encoding
        if owner is not None:
            self._values["owner"] = owner
        if permissions is not None:
            self._values["permissions"] = permissions

    @builtins.property
    def path(self) -> builtins.str:
        '''Path specifies the full path on disk where to store the file.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFiles#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def append(self) -> typing.Optional[builtins.bool]:
        '''Append specifies whether to append Content to existing file if Path exists.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFiles#append
        '''
        result = self._values.get("append")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def content(self) -> typing.Optional[builtins.str]:
        '''Content is the actual content of the file.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFiles#content
        '''
        result = self._values.get("content")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def content_from(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom"]:
        '''ContentFrom is a referenced source of content to populate the file.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFiles#contentFrom
        '''
        result = self._values.get("content_from")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom"], result)

    @builtins.property
    def encoding(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecFilesEncoding"]:
        '''Encoding specifies the encoding of the file contents.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFiles#encoding
        '''
        result = self._values.get("encoding")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecFilesEncoding"], result)

    @builtins.property
    def owner(self) -> typing.Optional[builtins.str]:
        '''Owner specifies the ownership of the file, e.g. "root:root".

        :schema: KubeadmConfigTemplateSpecTemplateSpecFiles#owner
        '''
        result = self._values.get("owner")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def permissions(self) -> typing.Optional[builtins.str]:
        '''Permissions specifies the permissions to assign to the file, e.g. "0640".

        :schema: KubeadmConfigTemplateSpecTemplateSpecFiles#permissions
        '''
        result = self._values.get("permissions")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecFiles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom:
    def __init__(
        self,
        *,
        secret: typing.Union["KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''ContentFrom is a referenced source of content to populate the file.

        :param secret: Secret represents a secret that should populate this file.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom
        '''
        if isinstance(secret, dict):
            secret = KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__433a2453c817b6cb0ad945a06c6bfd475c94a975a646813d9fec677a5f8c87a6)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }

    @builtins.property
    def secret(self) -> "KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret":
        '''Secret represents a secret that should populate this file.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Secret represents a secret that should populate this file.

        :param key: Key is the key in the secret's data map for this value.
        :param name: Name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05753e3e7ae9da9d80586b25ac71fea367ca96e6c4113f72365d7dd9359cbe52)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key in the secret's data map for this value.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecFilesEncoding"
)
class KubeadmConfigTemplateSpecTemplateSpecFilesEncoding(enum.Enum):
    '''Encoding specifies the encoding of the file contents.

    :schema: KubeadmConfigTemplateSpecTemplateSpecFilesEncoding
    '''

    BASE64 = "BASE64"
    '''base64.'''
    GZIP = "GZIP"
    '''gzip.'''
    GZIP_BASE64 = "GZIP_BASE64"
    '''gzip+base64.'''


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecFormat"
)
class KubeadmConfigTemplateSpecTemplateSpecFormat(enum.Enum):
    '''Format specifies the output format of the bootstrap data.

    :schema: KubeadmConfigTemplateSpecTemplateSpecFormat
    '''

    CLOUD_HYPHEN_CONFIG = "CLOUD_HYPHEN_CONFIG"
    '''cloud-config.'''
    IGNITION = "IGNITION"
    '''ignition.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecIgnition",
    jsii_struct_bases=[],
    name_mapping={"container_linux_config": "containerLinuxConfig"},
)
class KubeadmConfigTemplateSpecTemplateSpecIgnition:
    def __init__(
        self,
        *,
        container_linux_config: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Ignition contains Ignition specific configuration.

        :param container_linux_config: ContainerLinuxConfig contains CLC specific configuration.

        :schema: KubeadmConfigTemplateSpecTemplateSpecIgnition
        '''
        if isinstance(container_linux_config, dict):
            container_linux_config = KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig(**container_linux_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4c27ae039572ebaa7260bda6c0c9dae3fe3660d05fc4d0d44f321363ef3264ab)
            check_type(argname="argument container_linux_config", value=container_linux_config, expected_type=type_hints["container_linux_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if container_linux_config is not None:
            self._values["container_linux_config"] = container_linux_config

    @builtins.property
    def container_linux_config(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig"]:
        '''ContainerLinuxConfig contains CLC specific configuration.

        :schema: KubeadmConfigTemplateSpecTemplateSpecIgnition#containerLinuxConfig
        '''
        result = self._values.get("container_linux_config")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecIgnition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig",
    jsii_struct_bases=[],
    name_mapping={"additional_config": "additionalConfig", "strict": "strict"},
)
class KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig:
    def __init__(
        self,
        *,
        additional_config: typing.Optional[builtins.str] = None,
        strict: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''ContainerLinuxConfig contains CLC specific configuration.

        :param additional_config: AdditionalConfig contains additional configuration to be merged with the Ignition configuration generated by the bootstrapper controller. More info: https://coreos.github.io/ignition/operator-notes/#config-merging The data format is documented here: https://kinvolk.io/docs/flatcar-container-linux/latest/provisioning/cl-config/
        :param strict: Strict controls if AdditionalConfig should be strictly parsed. If so, warnings are treated as errors.

        :schema: KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__00ae06197ac7bc528269b54ca4422891c6f84278e5d8938c57a40558b56bdaec)
            check_type(argname="argument additional_config", value=additional_config, expected_type=type_hints["additional_config"])
            check_type(argname="argument strict", value=strict, expected_type=type_hints["strict"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_config is not None:
            self._values["additional_config"] = additional_config
        if strict is not None:
            self._values["strict"] = strict

    @builtins.property
    def additional_config(self) -> typing.Optional[builtins.str]:
        '''AdditionalConfig contains additional configuration to be merged with the Ignition configuration generated by the bootstrapper controller.

        More info: https://coreos.github.io/ignition/operator-notes/#config-merging
        The data format is documented here: https://kinvolk.io/docs/flatcar-container-linux/latest/provisioning/cl-config/

        :schema: KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig#additionalConfig
        '''
        result = self._values.get("additional_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def strict(self) -> typing.Optional[builtins.bool]:
        '''Strict controls if AdditionalConfig should be strictly parsed.

        If so, warnings are treated as errors.

        :schema: KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig#strict
        '''
        result = self._values.get("strict")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecInitConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "bootstrap_tokens": "bootstrapTokens",
        "kind": "kind",
        "local_api_endpoint": "localApiEndpoint",
        "node_registration": "nodeRegistration",
        "patches": "patches",
        "skip_phases": "skipPhases",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecInitConfiguration:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        bootstrap_tokens: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens", typing.Dict[builtins.str, typing.Any]]]] = None,
        kind: typing.Optional[builtins.str] = None,
        local_api_endpoint: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        node_registration: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration", typing.Dict[builtins.str, typing.Any]]] = None,
        patches: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''InitConfiguration along with ClusterConfiguration are the configurations necessary for the init command.

        :param api_version: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
        :param bootstrap_tokens: BootstrapTokens is respected at ``kubeadm init`` time and describes a set of Bootstrap Tokens to create. This information IS NOT uploaded to the kubeadm cluster configmap, partly because of its sensitive nature
        :param kind: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param local_api_endpoint: LocalAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.
        :param node_registration: NodeRegistration holds fields that relate to registering the new control-plane node to the cluster. When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration
        :param patches: Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init". The minimum kubernetes version needed to support Patches is v1.22
        :param skip_phases: SkipPhases is a list of phases to skip during command execution. The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfiguration
        '''
        if isinstance(local_api_endpoint, dict):
            local_api_endpoint = KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint(**local_api_endpoint)
        if isinstance(node_registration, dict):
            node_registration = KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration(**node_registration)
        if isinstance(patches, dict):
            patches = KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches(**patches)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28b900a3fb705dcaace5d5d18d935522b3d3ec2a372cd4d773d06f9cab9b52ed)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument bootstrap_tokens", value=bootstrap_tokens, expected_type=type_hints["bootstrap_tokens"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument local_api_endpoint", value=local_api_endpoint, expected_type=type_hints["local_api_endpoint"])
            check_type(argname="argument node_registration", value=node_registration, expected_type=type_hints["node_registration"])
            check_type(argname="argument patches", value=patches, expected_type=type_hints["patches"])
            check_type(argname="argument skip_phases", value=skip_phases, expected_type=type_hints["skip_phases"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if bootstrap_tokens is not None:
            self._values["bootstrap_tokens"] = bootstrap_tokens
        if kind is not None:
            self._values["kind"] = kind
        if local_api_endpoint is not None:
            self._values["local_api_endpoint"] = local_api_endpoint
        if node_registration is not None:
            self._values["node_registration"] = node_registration
        if patches is not None:
            self._values["patches"] = patches
        if skip_phases is not None:
            self._values["skip_phases"] = skip_phases

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion defines the versioned schema of this representation of an object.

        Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfiguration#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bootstrap_tokens(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens"]]:
        '''BootstrapTokens is respected at ``kubeadm init`` time and describes a set of Bootstrap Tokens to create.

        This information IS NOT uploaded to the kubeadm cluster configmap, partly because of its sensitive nature

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfiguration#bootstrapTokens
        '''
        result = self._values.get("bootstrap_tokens")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens"]], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is a string value representing the REST resource this object represents.

        Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfiguration#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def local_api_endpoint(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint"]:
        '''LocalAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfiguration#localAPIEndpoint
        '''
        result = self._values.get("local_api_endpoint")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint"], result)

    @builtins.property
    def node_registration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration"]:
        '''NodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfiguration#nodeRegistration
        '''
        result = self._values.get("node_registration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration"], result)

    @builtins.property
    def patches(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches"]:
        '''Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init".

        The minimum kubernetes version needed to support Patches is v1.22

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfiguration#patches
        '''
        result = self._values.get("patches")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches"], result)

    @builtins.property
    def skip_phases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''SkipPhases is a list of phases to skip during command execution.

        The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfiguration#skipPhases
        '''
        result = self._values.get("skip_phases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecInitConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens",
    jsii_struct_bases=[],
    name_mapping={
        "token": "token",
        "description": "description",
        "expires": "expires",
        "groups": "groups",
        "ttl": "ttl",
        "usages": "usages",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens:
    def __init__(
        self,
        *,
        token: builtins.str,
        description: typing.Optional[builtins.str] = None,
        expires: typing.Optional[datetime.datetime] = None,
        groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        ttl: typing.Optional[builtins.str] = None,
        usages: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''BootstrapToken describes one bootstrap token, stored as a Secret in the cluster.

        :param token: Token is used for establishing bidirectional trust between nodes and control-planes. Used for joining nodes in the cluster.
        :param description: Description sets a human-friendly message why this token exists and what it's used for, so other administrators can know its purpose.
        :param expires: Expires specifies the timestamp when this token expires. Defaults to being set dynamically at runtime based on the TTL. Expires and TTL are mutually exclusive. Default: being set dynamically at runtime based on the TTL. Expires and TTL are mutually exclusive.
        :param groups: Groups specifies the extra groups that this token will authenticate as when/if used for authentication.
        :param ttl: TTL defines the time to live for this token. Defaults to 24h. Expires and TTL are mutually exclusive. Default: 24h. Expires and TTL are mutually exclusive.
        :param usages: Usages describes the ways in which this token can be used. Can by default be used for establishing bidirectional trust, but that can be changed here.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18202cb4dced1392dbb15a98f99b4c6ff13957929f3c31459c6f4b95470faa59)
            check_type(argname="argument token", value=token, expected_type=type_hints["token"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument expires", value=expires, expected_type=type_hints["expires"])
            check_type(argname="argument groups", value=groups, expected_type=type_hints["groups"])
            check_type(argname="argument ttl", value=ttl, expected_type=type_hints["ttl"])
            check_type(argname="argument usages", value=usages, expected_type=type_hints["usages"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "token": token,
        }
        if description is not None:
            self._values["description"] = description
        if expires is not None:
            self._values["expires"] = expires
        if groups is not None:
            self._values["groups"] = groups
        if ttl is not None:
            self._values["ttl"] = ttl
        if usages is not None:
            self._values["usages"] = usages

    @builtins.property
    def token(self) -> builtins.str:
        '''Token is used for establishing bidirectional trust between nodes and control-planes.

        Used for joining nodes in the cluster.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens#token
        '''
        result = self._values.get("token")
        assert result is not None, "Required property 'token' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Description sets a human-friendly message why this token exists and what it's used for, so other administrators can know its purpose.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expires(self) -> typing.Optional[datetime.datetime]:
        '''Expires specifies the timestamp when this token expires.

        Defaults to being set dynamically at runtime based on the TTL. Expires and TTL are mutually exclusive.

        :default: being set dynamically at runtime based on the TTL. Expires and TTL are mutually exclusive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens#expires
        '''
        result = self._values.get("expires")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Groups specifies the extra groups that this token will authenticate as when/if used for authentication.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''TTL defines the time to live for this token.

        Defaults to 24h. Expires and TTL are mutually exclusive.

        :default: 24h. Expires and TTL are mutually exclusive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def usages(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Usages describes the ways in which this token can be used.

        Can by default be used for establishing bidirectional trust, but that can be changed here.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens#usages
        '''
        result = self._values.get("usages")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint",
    jsii_struct_bases=[],
    name_mapping={"advertise_address": "advertiseAddress", "bind_port": "bindPort"},
)
class KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint:
    def __init__(
        self,
        *,
        advertise_address: typing.Optional[builtins.str] = None,
        bind_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''LocalAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.

        :param advertise_address: AdvertiseAddress sets the IP address for the API server to advertise.
        :param bind_port: BindPort sets the secure port for the API Server to bind to. Defaults to 6443. Default: 6443.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d709d86ec4d66f759bfed2c7935e46c5eecd67593c44e2964ff54857e941d0b)
            check_type(argname="argument advertise_address", value=advertise_address, expected_type=type_hints["advertise_address"])
            check_type(argname="argument bind_port", value=bind_port, expected_type=type_hints["bind_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if advertise_address is not None:
            self._values["advertise_address"] = advertise_address
        if bind_port is not None:
            self._values["bind_port"] = bind_port

    @builtins.property
    def advertise_address(self) -> typing.Optional[builtins.str]:
        '''AdvertiseAddress sets the IP address for the API server to advertise.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint#advertiseAddress
        '''
        result = self._values.get("advertise_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bind_port(self) -> typing.Optional[jsii.Number]:
        '''BindPort sets the secure port for the API Server to bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint#bindPort
        '''
        result = self._values.get("bind_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration",
    jsii_struct_bases=[],
    name_mapping={
        "cri_socket": "criSocket",
        "ignore_preflight_errors": "ignorePreflightErrors",
        "image_pull_policy": "imagePullPolicy",
        "kubelet_extra_args": "kubeletExtraArgs",
        "name": "name",
        "taints": "taints",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration:
    def __init__(
        self,
        *,
        cri_socket: typing.Optional[builtins.str] = None,
        ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy"] = None,
        kubelet_extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''NodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration

        :param cri_socket: CRISocket is used to retrieve container runtime info. This information will be annotated to the Node API object, for later re-use
        :param ignore_preflight_errors: IgnorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered.
        :param image_pull_policy: ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations. The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later. Default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.
        :param kubelet_extra_args: KubeletExtraArgs passes through extra arguments to the kubelet. The arguments here are passed to the kubelet command line via the environment file kubeadm writes at runtime for the kubelet to source. This overrides the generic base-level configuration in the kubelet-config-1.X ConfigMap Flags have higher priority when parsing. These values are local and specific to the node kubeadm is executing on.
        :param name: Name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided. Default: the hostname of the node if not provided.
        :param taints: Taints specifies the taints the Node API object should be registered with. If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__600f28ff086e34cff81c3926863cdcd3338275116ff7c2fa4e315521c287e5fb)
            check_type(argname="argument cri_socket", value=cri_socket, expected_type=type_hints["cri_socket"])
            check_type(argname="argument ignore_preflight_errors", value=ignore_preflight_errors, expected_type=type_hints["ignore_preflight_errors"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument kubelet_extra_args", value=kubelet_extra_args, expected_type=type_hints["kubelet_extra_args"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument taints", value=taints, expected_type=type_hints["taints"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cri_socket is not None:
            self._values["cri_socket"] = cri_socket
        if ignore_preflight_errors is not None:
            self._values["ignore_preflight_errors"] = ignore_preflight_errors
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if kubelet_extra_args is not None:
            self._values["kubelet_extra_args"] = kubelet_extra_args
        if name is not None:
            self._values["name"] = name
        if taints is not None:
            self._values["taints"] = taints

    @builtins.property
    def cri_socket(self) -> typing.Optional[builtins.str]:
        '''CRISocket is used to retrieve container runtime info.

        This information will be annotated to the Node API object, for later re-use

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration#criSocket
        '''
        result = self._values.get("cri_socket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_preflight_errors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IgnorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration#ignorePreflightErrors
        '''
        result = self._values.get("ignore_preflight_errors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy"]:
        '''ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

        The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

        :default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy"], result)

    @builtins.property
    def kubelet_extra_args(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''KubeletExtraArgs passes through extra arguments to the kubelet.

        The arguments here are passed to the kubelet command line via the environment file kubeadm writes at runtime for the kubelet to source. This overrides the generic base-level configuration in the kubelet-config-1.X ConfigMap Flags have higher priority when parsing. These values are local and specific to the node kubeadm is executing on.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration#kubeletExtraArgs
        '''
        result = self._values.get("kubelet_extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided.

        :default: the hostname of the node if not provided.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints"]]:
        '''Taints specifies the taints the Node API object should be registered with.

        If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy"
)
class KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy(
    enum.Enum,
):
    '''ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

    The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

    :default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

    :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "time_added": "timeAdded",
        "value": "value",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints:
    def __init__(
        self,
        *,
        effect: builtins.str,
        key: builtins.str,
        time_added: typing.Optional[datetime.datetime] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The node this Taint is attached to has the "effect" on any pod that does not tolerate the Taint.

        :param effect: Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: Required. The taint key to be applied to a node.
        :param time_added: TimeAdded represents the time at which the taint was added. It is only written for NoExecute taints.
        :param value: The taint value corresponding to the taint key.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cbc281b8fa4b418e9a1508e47c51cd30418968d2bc3062de66a63695d7c99fd0)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument time_added", value=time_added, expected_type=type_hints["time_added"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "effect": effect,
            "key": key,
        }
        if time_added is not None:
            self._values["time_added"] = time_added
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> builtins.str:
        '''Required.

        The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Required.

        The taint key to be applied to a node.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def time_added(self) -> typing.Optional[datetime.datetime]:
        '''TimeAdded represents the time at which the taint was added.

        It is only written for NoExecute taints.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints#timeAdded
        '''
        result = self._values.get("time_added")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The taint value corresponding to the taint key.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches",
    jsii_struct_bases=[],
    name_mapping={"directory": "directory"},
)
class KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches:
    def __init__(self, *, directory: typing.Optional[builtins.str] = None) -> None:
        '''Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init".

        The minimum kubernetes version needed to support Patches is v1.22

        :param directory: Directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__852a3a5ab870025c1fc23d75286ec217935f4d3f7b00a58c3cd518895ebe9d13)
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if directory is not None:
            self._values["directory"] = directory

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''Directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "api_version": "apiVersion",
        "ca_cert_path": "caCertPath",
        "control_plane": "controlPlane",
        "discovery": "discovery",
        "kind": "kind",
        "node_registration": "nodeRegistration",
        "patches": "patches",
        "skip_phases": "skipPhases",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        ca_cert_path: typing.Optional[builtins.str] = None,
        control_plane: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane", typing.Dict[builtins.str, typing.Any]]] = None,
        discovery: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional[builtins.str] = None,
        node_registration: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration", typing.Dict[builtins.str, typing.Any]]] = None,
        patches: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''JoinConfiguration is the kubeadm configuration for the join command.

        :param api_version: APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources
        :param ca_cert_path: CACertPath is the path to the SSL certificate authority used to secure comunications between node and control-plane. Defaults to "/etc/kubernetes/pki/ca.crt". TODO: revisit when there is defaulting from k/k Default: etc/kubernetes/pki/ca.crt". TODO: revisit when there is defaulting from k/k
        :param control_plane: ControlPlane defines the additional control plane instance to be deployed on the joining node. If nil, no additional control plane instance will be deployed.
        :param discovery: Discovery specifies the options for the kubelet to use during the TLS Bootstrap process TODO: revisit when there is defaulting from k/k.
        :param kind: Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds
        :param node_registration: NodeRegistration holds fields that relate to registering the new control-plane node to the cluster. When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration
        :param patches: Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join". The minimum kubernetes version needed to support Patches is v1.22
        :param skip_phases: SkipPhases is a list of phases to skip during command execution. The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration
        '''
        if isinstance(control_plane, dict):
            control_plane = KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane(**control_plane)
        if isinstance(discovery, dict):
            discovery = KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery(**discovery)
        if isinstance(node_registration, dict):
            node_registration = KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration(**node_registration)
        if isinstance(patches, dict):
            patches = KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches(**patches)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ac8a24ff9e7c04f7844ac0b2fa7b4b516bd33f295878c95e6cc1d76a48677aee)
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument ca_cert_path", value=ca_cert_path, expected_type=type_hints["ca_cert_path"])
            check_type(argname="argument control_plane", value=control_plane, expected_type=type_hints["control_plane"])
            check_type(argname="argument discovery", value=discovery, expected_type=type_hints["discovery"])
            check_type(argname="argument kind", value=kind, expected_type=type_hints["kind"])
            check_type(argname="argument node_registration", value=node_registration, expected_type=type_hints["node_registration"])
            check_type(argname="argument patches", value=patches, expected_type=type_hints["patches"])
            check_type(argname="argument skip_phases", value=skip_phases, expected_type=type_hints["skip_phases"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_version is not None:
            self._values["api_version"] = api_version
        if ca_cert_path is not None:
            self._values["ca_cert_path"] = ca_cert_path
        if control_plane is not None:
            self._values["control_plane"] = control_plane
        if discovery is not None:
            self._values["discovery"] = discovery
        if kind is not None:
            self._values["kind"] = kind
        if node_registration is not None:
            self._values["node_registration"] = node_registration
        if patches is not None:
            self._values["patches"] = patches
        if skip_phases is not None:
            self._values["skip_phases"] = skip_phases

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion defines the versioned schema of this representation of an object.

        Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_cert_path(self) -> typing.Optional[builtins.str]:
        '''CACertPath is the path to the SSL certificate authority used to secure comunications between node and control-plane.

        Defaults to "/etc/kubernetes/pki/ca.crt". TODO: revisit when there is defaulting from k/k

        :default: etc/kubernetes/pki/ca.crt". TODO: revisit when there is defaulting from k/k

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration#caCertPath
        '''
        result = self._values.get("ca_cert_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def control_plane(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane"]:
        '''ControlPlane defines the additional control plane instance to be deployed on the joining node.

        If nil, no additional control plane instance will be deployed.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration#controlPlane
        '''
        result = self._values.get("control_plane")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane"], result)

    @builtins.property
    def discovery(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery"]:
        '''Discovery specifies the options for the kubelet to use during the TLS Bootstrap process TODO: revisit when there is defaulting from k/k.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration#discovery
        '''
        result = self._values.get("discovery")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery"], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is a string value representing the REST resource this object represents.

        Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_registration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration"]:
        '''NodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration#nodeRegistration
        '''
        result = self._values.get("node_registration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration"], result)

    @builtins.property
    def patches(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches"]:
        '''Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join".

        The minimum kubernetes version needed to support Patches is v1.22

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration#patches
        '''
        result = self._values.get("patches")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches"], result)

    @builtins.property
    def skip_phases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''SkipPhases is a list of phases to skip during command execution.

        The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration#skipPhases
        '''
        result = self._values.get("skip_phases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane",
    jsii_struct_bases=[],
    name_mapping={"local_api_endpoint": "localApiEndpoint"},
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane:
    def __init__(
        self,
        *,
        local_api_endpoint: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ControlPlane defines the additional control plane instance to be deployed on the joining node.

        If nil, no additional control plane instance will be deployed.

        :param local_api_endpoint: LocalAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane
        '''
        if isinstance(local_api_endpoint, dict):
            local_api_endpoint = KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint(**local_api_endpoint)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__783309f9361bd985727f8908a5b99fe794cadfb07547389d4771f015d84cc9d5)
            check_type(argname="argument local_api_endpoint", value=local_api_endpoint, expected_type=type_hints["local_api_endpoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if local_api_endpoint is not None:
            self._values["local_api_endpoint"] = local_api_endpoint

    @builtins.property
    def local_api_endpoint(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint"]:
        '''LocalAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane#localAPIEndpoint
        '''
        result = self._values.get("local_api_endpoint")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint",
    jsii_struct_bases=[],
    name_mapping={"advertise_address": "advertiseAddress", "bind_port": "bindPort"},
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint:
    def __init__(
        self,
        *,
        advertise_address: typing.Optional[builtins.str] = None,
        bind_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''LocalAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :param advertise_address: AdvertiseAddress sets the IP address for the API server to advertise.
        :param bind_port: BindPort sets the secure port for the API Server to bind to. Defaults to 6443. Default: 6443.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__31f0d077ac569b61d1047565f580dbfe369ab8496d387318f50f7d4a62f5eb4f)
            check_type(argname="argument advertise_address", value=advertise_address, expected_type=type_hints["advertise_address"])
            check_type(argname="argument bind_port", value=bind_port, expected_type=type_hints["bind_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if advertise_address is not None:
            self._values["advertise_address"] = advertise_address
        if bind_port is not None:
            self._values["bind_port"] = bind_port

    @builtins.property
    def advertise_address(self) -> typing.Optional[builtins.str]:
        '''AdvertiseAddress sets the IP address for the API server to advertise.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint#advertiseAddress
        '''
        result = self._values.get("advertise_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bind_port(self) -> typing.Optional[jsii.Number]:
        '''BindPort sets the secure port for the API Server to bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint#bindPort
        '''
        result = self._values.get("bind_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery",
    jsii_struct_bases=[],
    name_mapping={
        "bootstrap_token": "bootstrapToken",
        "file": "file",
        "timeout": "timeout",
        "tls_bootstrap_token": "tlsBootstrapToken",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery:
    def __init__(
        self,
        *,
        bootstrap_token: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken", typing.Dict[builtins.str, typing.Any]]] = None,
        file: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile", typing.Dict[builtins.str, typing.Any]]] = None,
        timeout: typing.Optional[builtins.str] = None,
        tls_bootstrap_token: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Discovery specifies the options for the kubelet to use during the TLS Bootstrap process TODO: revisit when there is defaulting from k/k.

        :param bootstrap_token: BootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.
        :param file: File is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.
        :param timeout: Timeout modifies the discovery timeout.
        :param tls_bootstrap_token: TLSBootstrapToken is a token used for TLS bootstrapping. If .BootstrapToken is set, this field is defaulted to .BootstrapToken.Token, but can be overridden. If .File is set, this field **must be set** in case the KubeConfigFile does not contain any other authentication information

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery
        '''
        if isinstance(bootstrap_token, dict):
            bootstrap_token = KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken(**bootstrap_token)
        if isinstance(file, dict):
            file = KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile(**file)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fcf8ca8249bf4053eecfe3460a87b7bf7d5a89e1888484238714c44a78c3321f)
            check_type(argname="argument bootstrap_token", value=bootstrap_token, expected_type=type_hints["bootstrap_token"])
            check_type(argname="argument file", value=file, expected_type=type_hints["file"])
            check_type(argname="argument timeout", value=timeout, expected_type=type_hints["timeout"])
            check_type(argname="argument tls_bootstrap_token", value=tls_bootstrap_token, expected_type=type_hints["tls_bootstrap_token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bootstrap_token is not None:
            self._values["bootstrap_token"] = bootstrap_token
        if file is not None:
            self._values["file"] = file
        if timeout is not None:
            self._values["timeout"] = timeout
        if tls_bootstrap_token is not None:
            self._values["tls_bootstrap_token"] = tls_bootstrap_token

    @builtins.property
    def bootstrap_token(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken"]:
        '''BootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery#bootstrapToken
        '''
        result = self._values.get("bootstrap_token")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken"], result)

    @builtins.property
    def file(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile"]:
        '''File is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery#file
        '''
        result = self._values.get("file")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout modifies the discovery timeout.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls_bootstrap_token(self) -> typing.Optional[builtins.str]:
        '''TLSBootstrapToken is a token used for TLS bootstrapping.

        If .BootstrapToken is set, this field is defaulted to .BootstrapToken.Token, but can be overridden. If .File is set, this field **must be set** in case the KubeConfigFile does not contain any other authentication information

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery#tlsBootstrapToken
        '''
        result = self._values.get("tls_bootstrap_token")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken",
    jsii_struct_bases=[],
    name_mapping={
        "token": "token",
        "api_server_endpoint": "apiServerEndpoint",
        "ca_cert_hashes": "caCertHashes",
        "unsafe_skip_ca_verification": "unsafeSkipCaVerification",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken:
    def __init__(
        self,
        *,
        token: builtins.str,
        api_server_endpoint: typing.Optional[builtins.str] = None,
        ca_cert_hashes: typing.Optional[typing.Sequence[builtins.str]] = None,
        unsafe_skip_ca_verification: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''BootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.

        :param token: Token is a token used to validate cluster information fetched from the control-plane.
        :param api_server_endpoint: APIServerEndpoint is an IP or domain name to the API server from which info will be fetched.
        :param ca_cert_hashes: CACertHashes specifies a set of public key pins to verify when token-based discovery is used. The root CA found during discovery must match one of these values. Specifying an empty set disables root CA pinning, which can be unsafe. Each hash is specified as ":", where the only currently supported type is "sha256". This is a hex-encoded SHA-256 hash of the Subject Public Key Info (SPKI) object in DER-encoded ASN.1. These hashes can be calculated using, for example, OpenSSL: openssl x509 -pubkey -in ca.crt openssl rsa -pubin -outform der 2>&/dev/null | openssl dgst -sha256 -hex
        :param unsafe_skip_ca_verification: UnsafeSkipCAVerification allows token-based discovery without CA verification via CACertHashes. This can weaken the security of kubeadm since other nodes can impersonate the control-plane.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f6b95b0704f2078fec53966a72a82b74405a6b2ad6e18bf5a7edc4243515d61)
            check_type(argname="argument token", value=token, expected_type=type_hints["token"])
            check_type(argname="argument api_server_endpoint", value=api_server_endpoint, expected_type=type_hints["api_server_endpoint"])
            check_type(argname="argument ca_cert_hashes", value=ca_cert_hashes, expected_type=type_hints["ca_cert_hashes"])
            check_type(argname="argument unsafe_skip_ca_verification", value=unsafe_skip_ca_verification, expected_type=type_hints["unsafe_skip_ca_verification"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "token": token,
        }
        if api_server_endpoint is not None:
            self._values["api_server_endpoint"] = api_server_endpoint
        if ca_cert_hashes is not None:
            self._values["ca_cert_hashes"] = ca_cert_hashes
        if unsafe_skip_ca_verification is not None:
            self._values["unsafe_skip_ca_verification"] = unsafe_skip_ca_verification

    @builtins.property
    def token(self) -> builtins.str:
        '''Token is a token used to validate cluster information fetched from the control-plane.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken#token
        '''
        result = self._values.get("token")
        assert result is not None, "Required property 'token' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_server_endpoint(self) -> typing.Optional[builtins.str]:
        '''APIServerEndpoint is an IP or domain name to the API server from which info will be fetched.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken#apiServerEndpoint
        '''
        result = self._values.get("api_server_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_cert_hashes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''CACertHashes specifies a set of public key pins to verify when token-based discovery is used.

        The root CA found during discovery must match one of these values. Specifying an empty set disables root CA pinning, which can be unsafe. Each hash is specified as ":", where the only currently supported type is "sha256". This is a hex-encoded SHA-256 hash of the Subject Public Key Info (SPKI) object in DER-encoded ASN.1. These hashes can be calculated using, for example, OpenSSL: openssl x509 -pubkey -in ca.crt openssl rsa -pubin -outform der 2>&/dev/null | openssl dgst -sha256 -hex

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken#caCertHashes
        '''
        result = self._values.get("ca_cert_hashes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def unsafe_skip_ca_verification(self) -> typing.Optional[builtins.bool]:
        '''UnsafeSkipCAVerification allows token-based discovery without CA verification via CACertHashes.

        This can weaken the security of kubeadm since other nodes can impersonate the control-plane.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken#unsafeSkipCAVerification
        '''
        result = self._values.get("unsafe_skip_ca_verification")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile",
    jsii_struct_bases=[],
    name_mapping={"kube_config_path": "kubeConfigPath"},
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile:
    def __init__(self, *, kube_config_path: builtins.str) -> None:
        '''File is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.

        :param kube_config_path: KubeConfigPath is used to specify the actual file path or URL to the kubeconfig file from which to load cluster information.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6bc804620b06bd7e9294417c29aa094adc5fb086cc914934468a7ba78a052dc7)
            check_type(argname="argument kube_config_path", value=kube_config_path, expected_type=type_hints["kube_config_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kube_config_path": kube_config_path,
        }

    @builtins.property
    def kube_config_path(self) -> builtins.str:
        '''KubeConfigPath is used to specify the actual file path or URL to the kubeconfig file from which to load cluster information.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile#kubeConfigPath
        '''
        result = self._values.get("kube_config_path")
        assert result is not None, "Required property 'kube_config_path' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration",
    jsii_struct_bases=[],
    name_mapping={
        "cri_socket": "criSocket",
        "ignore_preflight_errors": "ignorePreflightErrors",
        "image_pull_policy": "imagePullPolicy",
        "kubelet_extra_args": "kubeletExtraArgs",
        "name": "name",
        "taints": "taints",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration:
    def __init__(
        self,
        *,
        cri_socket: typing.Optional[builtins.str] = None,
        ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy"] = None,
        kubelet_extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''NodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration

        :param cri_socket: CRISocket is used to retrieve container runtime info. This information will be annotated to the Node API object, for later re-use
        :param ignore_preflight_errors: IgnorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered.
        :param image_pull_policy: ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations. The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later. Default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.
        :param kubelet_extra_args: KubeletExtraArgs passes through extra arguments to the kubelet. The arguments here are passed to the kubelet command line via the environment file kubeadm writes at runtime for the kubelet to source. This overrides the generic base-level configuration in the kubelet-config-1.X ConfigMap Flags have higher priority when parsing. These values are local and specific to the node kubeadm is executing on.
        :param name: Name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided. Default: the hostname of the node if not provided.
        :param taints: Taints specifies the taints the Node API object should be registered with. If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3cce94f7f040e8d58de6114921fa46772100560d48d4d544fb54ac855f18e5bb)
            check_type(argname="argument cri_socket", value=cri_socket, expected_type=type_hints["cri_socket"])
            check_type(argname="argument ignore_preflight_errors", value=ignore_preflight_errors, expected_type=type_hints["ignore_preflight_errors"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument kubelet_extra_args", value=kubelet_extra_args, expected_type=type_hints["kubelet_extra_args"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument taints", value=taints, expected_type=type_hints["taints"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cri_socket is not None:
            self._values["cri_socket"] = cri_socket
        if ignore_preflight_errors is not None:
            self._values["ignore_preflight_errors"] = ignore_preflight_errors
        if image_pull_policy is not None:
            self._values["image_pull_policy"] = image_pull_policy
        if kubelet_extra_args is not None:
            self._values["kubelet_extra_args"] = kubelet_extra_args
        if name is not None:
            self._values["name"] = name
        if taints is not None:
            self._values["taints"] = taints

    @builtins.property
    def cri_socket(self) -> typing.Optional[builtins.str]:
        '''CRISocket is used to retrieve container runtime info.

        This information will be annotated to the Node API object, for later re-use

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration#criSocket
        '''
        result = self._values.get("cri_socket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_preflight_errors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IgnorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration#ignorePreflightErrors
        '''
        result = self._values.get("ignore_preflight_errors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy"]:
        '''ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

        The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

        :default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy"], result)

    @builtins.property
    def kubelet_extra_args(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''KubeletExtraArgs passes through extra arguments to the kubelet.

        The arguments here are passed to the kubelet command line via the environment file kubeadm writes at runtime for the kubelet to source. This overrides the generic base-level configuration in the kubelet-config-1.X ConfigMap Flags have higher priority when parsing. These values are local and specific to the node kubeadm is executing on.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration#kubeletExtraArgs
        '''
        result = self._values.get("kubelet_extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided.

        :default: the hostname of the node if not provided.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints"]]:
        '''Taints specifies the taints the Node API object should be registered with.

        If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy"
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy(
    enum.Enum,
):
    '''ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

    The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

    :default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

    :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "time_added": "timeAdded",
        "value": "value",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints:
    def __init__(
        self,
        *,
        effect: builtins.str,
        key: builtins.str,
        time_added: typing.Optional[datetime.datetime] = None,
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The node this Taint is attached to has the "effect" on any pod that does not tolerate the Taint.

        :param effect: Required. The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: Required. The taint key to be applied to a node.
        :param time_added: TimeAdded represents the time at which the taint was added. It is only written for NoExecute taints.
        :param value: The taint value corresponding to the taint key.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e7f49186a59760a36701717328906dda2a86d93db376eb6eb2f6a80e1ea14766)
            check_type(argname="argument effect", value=effect, expected_type=type_hints["effect"])
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument time_added", value=time_added, expected_type=type_hints["time_added"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "effect": effect,
            "key": key,
        }
        if time_added is not None:
            self._values["time_added"] = time_added
        if value is not None:
            self._values["value"] = value

    @builtins.property
    def effect(self) -> builtins.str:
        '''Required.

        The effect of the taint on pods that do not tolerate the taint. Valid effects are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Required.

        The taint key to be applied to a node.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def time_added(self) -> typing.Optional[datetime.datetime]:
        '''TimeAdded represents the time at which the taint was added.

        It is only written for NoExecute taints.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints#timeAdded
        '''
        result = self._values.get("time_added")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The taint value corresponding to the taint key.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches",
    jsii_struct_bases=[],
    name_mapping={"directory": "directory"},
)
class KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches:
    def __init__(self, *, directory: typing.Optional[builtins.str] = None) -> None:
        '''Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join".

        The minimum kubernetes version needed to support Patches is v1.22

        :param directory: Directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e60fd782b13ae22b3c9bc3abc678560d5553d3f8cf7244c4c79ac54eb6fdafff)
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if directory is not None:
            self._values["directory"] = directory

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''Directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecNtp",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled", "servers": "servers"},
)
class KubeadmConfigTemplateSpecTemplateSpecNtp:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        servers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''NTP specifies NTP configuration.

        :param enabled: Enabled specifies whether NTP should be enabled.
        :param servers: Servers specifies which NTP servers to use.

        :schema: KubeadmConfigTemplateSpecTemplateSpecNtp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a7b9d739ee283bbf9efe9784858ff9063bafc3c18d2ebb1cbac2c334716d1332)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument servers", value=servers, expected_type=type_hints["servers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled
        if servers is not None:
            self._values["servers"] = servers

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''Enabled specifies whether NTP should be enabled.

        :schema: KubeadmConfigTemplateSpecTemplateSpecNtp#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def servers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Servers specifies which NTP servers to use.

        :schema: KubeadmConfigTemplateSpecTemplateSpecNtp#servers
        '''
        result = self._values.get("servers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecNtp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecUsers",
    jsii_struct_bases=[],
    name_mapping={
        "name": "name",
        "gecos": "gecos",
        "groups": "groups",
        "home_dir": "homeDir",
        "inactive": "inactive",
        "lock_password": "lockPassword",
        "passwd": "passwd",
        "passwd_from": "passwdFrom",
        "primary_group": "primaryGroup",
        "shell": "shell",
        "ssh_authorized_keys": "sshAuthorizedKeys",
        "sudo": "sudo",
    },
)
class KubeadmConfigTemplateSpecTemplateSpecUsers:
    def __init__(
        self,
        *,
        name: builtins.str,
        gecos: typing.Optional[builtins.str] = None,
        groups: typing.Optional[builtins.str] = None,
        home_dir: typing.Optional[builtins.str] = None,
        inactive: typing.Optional[builtins.bool] = None,
        lock_password: typing.Optional[builtins.bool] = None,
        passwd: typing.Optional[builtins.str] = None,
        passwd_from: typing.Optional[typing.Union["KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        primary_group: typing.Optional[builtins.str] = None,
        shell: typing.Optional[builtins.str] = None,
        ssh_authorized_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        sudo: typing.Optional[builtins.str] = None,
    ) -> None:
        '''User defines the input for a generated user in cloud-init.

        :param name: Name specifies the user name.
        :param gecos: Gecos specifies the gecos to use for the user.
        :param groups: Groups specifies the additional groups for the user.
        :param home_dir: HomeDir specifies the home directory to use for the user.
        :param inactive: Inactive specifies whether to mark the user as inactive.
        :param lock_password: LockPassword specifies if password login should be disabled.
        :param passwd: Passwd specifies a hashed password for the user.
        :param passwd_from: PasswdFrom is a referenced source of passwd to populate the passwd.
        :param primary_group: PrimaryGroup specifies the primary group for the user.
        :param shell: Shell specifies the user's shell.
        :param ssh_authorized_keys: SSHAuthorizedKeys specifies a list of ssh authorized keys for the user.
        :param sudo: Sudo specifies a sudo role for the user.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers
        '''
        if isinstance(passwd_from, dict):
            passwd_from = KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom(**passwd_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e2551e6fa426ca6b41726c07931e679f9d78c090d5b5e80b35d59470b08c9c03)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument gecos", value=gecos, expected_type=type_hints["gecos"])
            check_type(argname="argument groups", value=groups, expected_type=type_hints["groups"])
            check_type(argname="argument home_dir", value=home_dir, expected_type=type_hints["home_dir"])
            check_type(argname="argument inactive", value=inactive, expected_type=type_hints["inactive"])
            check_type(argname="argument lock_password", value=lock_password, expected_type=type_hints["lock_password"])
            check_type(argname="argument passwd", value=passwd, expected_type=type_hints["passwd"])
            check_type(argname="argument passwd_from", value=passwd_from, expected_type=type_hints["passwd_from"])
            check_type(argname="argument primary_group", value=primary_group, expected_type=type_hints["primary_group"])
            check_type(argname="argument shell", value=shell, expected_type=type_hints["shell"])
            check_type(argname="argument ssh_authorized_keys", value=ssh_authorized_keys, expected_type=type_hints["ssh_authorized_keys"])
            check_type(argname="argument sudo", value=sudo, expected_type=type_hints["sudo"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if gecos is not None:
            self._values["gecos"] = gecos
        if groups is not None:
            self._values["groups"] = groups
        if home_dir is not None:
            self._values["home_dir"] = home_dir
        if inactive is not None:
            self._values["inactive"] = inactive
        if lock_password is not None:
            self._values["lock_password"] = lock_password
        if passwd is not None:
            self._values["passwd"] = passwd
        if passwd_from is not None:
            self._values["passwd_from"] = passwd_from
        if primary_group is not None:
            self._values["primary_group"] = primary_group
        if shell is not None:
            self._values["shell"] = shell
        if ssh_authorized_keys is not None:
            self._values["ssh_authorized_keys"] = ssh_authorized_keys
        if sudo is not None:
            self._values["sudo"] = sudo

    @builtins.property
    def name(self) -> builtins.str:
        '''Name specifies the user name.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def gecos(self) -> typing.Optional[builtins.str]:
        '''Gecos specifies the gecos to use for the user.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#gecos
        '''
        result = self._values.get("gecos")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def groups(self) -> typing.Optional[builtins.str]:
        '''Groups specifies the additional groups for the user.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def home_dir(self) -> typing.Optional[builtins.str]:
        '''HomeDir specifies the home directory to use for the user.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#homeDir
        '''
        result = self._values.get("home_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def inactive(self) -> typing.Optional[builtins.bool]:
        '''Inactive specifies whether to mark the user as inactive.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#inactive
        '''
        result = self._values.get("inactive")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def lock_password(self) -> typing.Optional[builtins.bool]:
        '''LockPassword specifies if password login should be disabled.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#lockPassword
        '''
        result = self._values.get("lock_password")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passwd(self) -> typing.Optional[builtins.str]:
        '''Passwd specifies a hashed password for the user.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#passwd
        '''
        result = self._values.get("passwd")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passwd_from(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom"]:
        '''PasswdFrom is a referenced source of passwd to populate the passwd.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#passwdFrom
        '''
        result = self._values.get("passwd_from")
        return typing.cast(typing.Optional["KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom"], result)

    @builtins.property
    def primary_group(self) -> typing.Optional[builtins.str]:
        '''PrimaryGroup specifies the primary group for the user.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#primaryGroup
        '''
        result = self._values.get("primary_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell(self) -> typing.Optional[builtins.str]:
        '''Shell specifies the user's shell.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#shell
        '''
        result = self._values.get("shell")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssh_authorized_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''SSHAuthorizedKeys specifies a list of ssh authorized keys for the user.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#sshAuthorizedKeys
        '''
        result = self._values.get("ssh_authorized_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def sudo(self) -> typing.Optional[builtins.str]:
        '''Sudo specifies a sudo role for the user.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsers#sudo
        '''
        result = self._values.get("sudo")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecUsers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom:
    def __init__(
        self,
        *,
        secret: typing.Union["KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''PasswdFrom is a referenced source of passwd to populate the passwd.

        :param secret: Secret represents a secret that should populate this password.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom
        '''
        if isinstance(secret, dict):
            secret = KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__90ba646938525e9e1851713ab0fb2d322b8535e43a13ad59891fa02c040210cf)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }

    @builtins.property
    def secret(self) -> "KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret":
        '''Secret represents a secret that should populate this password.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Secret represents a secret that should populate this password.

        :param key: Key is the key in the secret's data map for this value.
        :param name: Name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5057aeec4ac6c43a5f44968dcba0408a10adbc27fa94aa3b240ebd3bf74d02ce)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key in the secret's data map for this value.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


__all__ = [
    "KubeadmConfigTemplate",
    "KubeadmConfigTemplateProps",
    "KubeadmConfigTemplateSpec",
    "KubeadmConfigTemplateSpecTemplate",
    "KubeadmConfigTemplateSpecTemplateMetadata",
    "KubeadmConfigTemplateSpecTemplateSpec",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler",
    "KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes",
    "KubeadmConfigTemplateSpecTemplateSpecDiskSetup",
    "KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems",
    "KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions",
    "KubeadmConfigTemplateSpecTemplateSpecFiles",
    "KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom",
    "KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret",
    "KubeadmConfigTemplateSpecTemplateSpecFilesEncoding",
    "KubeadmConfigTemplateSpecTemplateSpecFormat",
    "KubeadmConfigTemplateSpecTemplateSpecIgnition",
    "KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig",
    "KubeadmConfigTemplateSpecTemplateSpecInitConfiguration",
    "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens",
    "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint",
    "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration",
    "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy",
    "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints",
    "KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints",
    "KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches",
    "KubeadmConfigTemplateSpecTemplateSpecNtp",
    "KubeadmConfigTemplateSpecTemplateSpecUsers",
    "KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom",
    "KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret",
]

publication.publish()

def _typecheckingstub__637beef09285aeffd3a032658e1bff7394ed25ea02c391b4331ed8ba2e68100a(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KubeadmConfigTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__248a8643d3d287f7d4e20674a288d3d347b33185fb42673e6ade579661d6139c(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KubeadmConfigTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1377926a979770b17a807c18804f8497733261c5d5c8a6b5a2f0b18ac8f7e9c2(
    *,
    template: typing.Union[KubeadmConfigTemplateSpecTemplate, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1d143a814d4d36d04c6b4e389beeb2a67f0d13f2088ad366d672bb29ab888ede(
    *,
    metadata: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__bd91aaab691a9e10e1e6acd6c00fe0f2a83433058948d20de50a03bc774d0d51(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eb711471faacbef420c701c10bf8ff55a8d6595cf86d64598ac3f1ade7cd5f5b(
    *,
    cluster_configuration: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    disk_setup: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecDiskSetup, typing.Dict[builtins.str, typing.Any]]] = None,
    files: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecFiles, typing.Dict[builtins.str, typing.Any]]]] = None,
    format: typing.Optional[KubeadmConfigTemplateSpecTemplateSpecFormat] = None,
    ignition: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecIgnition, typing.Dict[builtins.str, typing.Any]]] = None,
    init_configuration: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecInitConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    join_configuration: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecJoinConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    mounts: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
    ntp: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecNtp, typing.Dict[builtins.str, typing.Any]]] = None,
    post_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    pre_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    use_experimental_retry_join: typing.Optional[builtins.bool] = None,
    users: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecUsers, typing.Dict[builtins.str, typing.Any]]]] = None,
    verbosity: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__396f3f0363ea61955d3103f6df336d5a9bed90590a95f8628539151b1f7b6bdc(
    *,
    api_server: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServer, typing.Dict[builtins.str, typing.Any]]] = None,
    api_version: typing.Optional[builtins.str] = None,
    certificates_dir: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    controller_manager: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManager, typing.Dict[builtins.str, typing.Any]]] = None,
    control_plane_endpoint: typing.Optional[builtins.str] = None,
    dns: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationDns, typing.Dict[builtins.str, typing.Any]]] = None,
    etcd: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcd, typing.Dict[builtins.str, typing.Any]]] = None,
    feature_gates: typing.Optional[typing.Mapping[builtins.str, builtins.bool]] = None,
    image_repository: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    kubernetes_version: typing.Optional[builtins.str] = None,
    networking: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationNetworking, typing.Dict[builtins.str, typing.Any]]] = None,
    scheduler: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationScheduler, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__255e686a06b230c59e375b25f792889848a4d6bca764efd49928ce668deb7bbd(
    *,
    cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationApiServerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
    timeout_for_control_plane: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__889bc8ac237159fe973faa0fe077b4435d3dc3a25954fd71b8ed0ae8bafbccb6(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0563cf0427a30d8764514916ea5f7d570f9e32a0bbcbc80220908823d1017332(
    *,
    extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__65191a217d06378e69497820dd9e85f3d6fecbef28bd020a4afe5d9b13fb3b76(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ed970debf782bc650533ba24d6f7f88bf9f261a125560dc05a867b406d6a218(
    *,
    image_repository: typing.Optional[builtins.str] = None,
    image_tag: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d441a259dbc73087c6434077cbc31d0432774bc793b471eb22672ad2fc34f2bd(
    *,
    external: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdExternal, typing.Dict[builtins.str, typing.Any]]] = None,
    local: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationEtcdLocal, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c65fc445d99516cda41e1666419fc64c436102f4782ab9c6ed16ebe64fc73389(
    *,
    ca_file: builtins.str,
    cert_file: builtins.str,
    endpoints: typing.Sequence[builtins.str],
    key_file: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b5d2635e266c4f68973201bf025d1c5d3e8492d7250e93601379bb11ad71f17a(
    *,
    data_dir: typing.Optional[builtins.str] = None,
    extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    image_repository: typing.Optional[builtins.str] = None,
    image_tag: typing.Optional[builtins.str] = None,
    peer_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cfec1bc2c60abca6c8daba536442f377ddd03ec418fbff20502e16f2ae77f242(
    *,
    dns_domain: typing.Optional[builtins.str] = None,
    pod_subnet: typing.Optional[builtins.str] = None,
    service_subnet: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a5522e2c538dc8beb4b568372d4106fe0ef271aced94484505b0aa999417ff52(
    *,
    extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecClusterConfigurationSchedulerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e10cd84f43bf19b8d1e185ae618c7c4d04a8c83b64bbb45273e62061ae9e24bd(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b32b17002fe2b436ac95d8cdc31f96c85b9c335c50543bbbe2e30f12a4cba123(
    *,
    filesystems: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecDiskSetupFilesystems, typing.Dict[builtins.str, typing.Any]]]] = None,
    partitions: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecDiskSetupPartitions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__563bf57bed74b06f9df46771dbd6d2b9ff5905aec5e0baaa7085400eb8c5f363(
    *,
    device: builtins.str,
    filesystem: builtins.str,
    label: builtins.str,
    extra_opts: typing.Optional[typing.Sequence[builtins.str]] = None,
    overwrite: typing.Optional[builtins.bool] = None,
    partition: typing.Optional[builtins.str] = None,
    replace_fs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__474b4ef104a60d29da74903054446730e470d3aca00a5249309765853543eda2(
    *,
    device: builtins.str,
    layout: builtins.bool,
    overwrite: typing.Optional[builtins.bool] = None,
    table_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__367c6818c88e0f3745bd4c2c8d1fb68795907e9952e361e507fce5534e4da9fd(
    *,
    path: builtins.str,
    append: typing.Optional[builtins.bool] = None,
    content: typing.Optional[builtins.str] = None,
    content_from: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecFilesContentFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    encoding: typing.Optional[KubeadmConfigTemplateSpecTemplateSpecFilesEncoding] = None,
    owner: typing.Optional[builtins.str] = None,
    permissions: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__433a2453c817b6cb0ad945a06c6bfd475c94a975a646813d9fec677a5f8c87a6(
    *,
    secret: typing.Union[KubeadmConfigTemplateSpecTemplateSpecFilesContentFromSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05753e3e7ae9da9d80586b25ac71fea367ca96e6c4113f72365d7dd9359cbe52(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4c27ae039572ebaa7260bda6c0c9dae3fe3660d05fc4d0d44f321363ef3264ab(
    *,
    container_linux_config: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecIgnitionContainerLinuxConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__00ae06197ac7bc528269b54ca4422891c6f84278e5d8938c57a40558b56bdaec(
    *,
    additional_config: typing.Optional[builtins.str] = None,
    strict: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28b900a3fb705dcaace5d5d18d935522b3d3ec2a372cd4d773d06f9cab9b52ed(
    *,
    api_version: typing.Optional[builtins.str] = None,
    bootstrap_tokens: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecInitConfigurationBootstrapTokens, typing.Dict[builtins.str, typing.Any]]]] = None,
    kind: typing.Optional[builtins.str] = None,
    local_api_endpoint: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecInitConfigurationLocalApiEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    node_registration: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistration, typing.Dict[builtins.str, typing.Any]]] = None,
    patches: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecInitConfigurationPatches, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18202cb4dced1392dbb15a98f99b4c6ff13957929f3c31459c6f4b95470faa59(
    *,
    token: builtins.str,
    description: typing.Optional[builtins.str] = None,
    expires: typing.Optional[datetime.datetime] = None,
    groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    ttl: typing.Optional[builtins.str] = None,
    usages: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d709d86ec4d66f759bfed2c7935e46c5eecd67593c44e2964ff54857e941d0b(
    *,
    advertise_address: typing.Optional[builtins.str] = None,
    bind_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__600f28ff086e34cff81c3926863cdcd3338275116ff7c2fa4e315521c287e5fb(
    *,
    cri_socket: typing.Optional[builtins.str] = None,
    ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy] = None,
    kubelet_extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecInitConfigurationNodeRegistrationTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cbc281b8fa4b418e9a1508e47c51cd30418968d2bc3062de66a63695d7c99fd0(
    *,
    effect: builtins.str,
    key: builtins.str,
    time_added: typing.Optional[datetime.datetime] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__852a3a5ab870025c1fc23d75286ec217935f4d3f7b00a58c3cd518895ebe9d13(
    *,
    directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ac8a24ff9e7c04f7844ac0b2fa7b4b516bd33f295878c95e6cc1d76a48677aee(
    *,
    api_version: typing.Optional[builtins.str] = None,
    ca_cert_path: typing.Optional[builtins.str] = None,
    control_plane: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlane, typing.Dict[builtins.str, typing.Any]]] = None,
    discovery: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscovery, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[builtins.str] = None,
    node_registration: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistration, typing.Dict[builtins.str, typing.Any]]] = None,
    patches: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationPatches, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__783309f9361bd985727f8908a5b99fe794cadfb07547389d4771f015d84cc9d5(
    *,
    local_api_endpoint: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__31f0d077ac569b61d1047565f580dbfe369ab8496d387318f50f7d4a62f5eb4f(
    *,
    advertise_address: typing.Optional[builtins.str] = None,
    bind_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fcf8ca8249bf4053eecfe3460a87b7bf7d5a89e1888484238714c44a78c3321f(
    *,
    bootstrap_token: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken, typing.Dict[builtins.str, typing.Any]]] = None,
    file: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationDiscoveryFile, typing.Dict[builtins.str, typing.Any]]] = None,
    timeout: typing.Optional[builtins.str] = None,
    tls_bootstrap_token: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f6b95b0704f2078fec53966a72a82b74405a6b2ad6e18bf5a7edc4243515d61(
    *,
    token: builtins.str,
    api_server_endpoint: typing.Optional[builtins.str] = None,
    ca_cert_hashes: typing.Optional[typing.Sequence[builtins.str]] = None,
    unsafe_skip_ca_verification: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6bc804620b06bd7e9294417c29aa094adc5fb086cc914934468a7ba78a052dc7(
    *,
    kube_config_path: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cce94f7f040e8d58de6114921fa46772100560d48d4d544fb54ac855f18e5bb(
    *,
    cri_socket: typing.Optional[builtins.str] = None,
    ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy] = None,
    kubelet_extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateSpecTemplateSpecJoinConfigurationNodeRegistrationTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e7f49186a59760a36701717328906dda2a86d93db376eb6eb2f6a80e1ea14766(
    *,
    effect: builtins.str,
    key: builtins.str,
    time_added: typing.Optional[datetime.datetime] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e60fd782b13ae22b3c9bc3abc678560d5553d3f8cf7244c4c79ac54eb6fdafff(
    *,
    directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a7b9d739ee283bbf9efe9784858ff9063bafc3c18d2ebb1cbac2c334716d1332(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    servers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e2551e6fa426ca6b41726c07931e679f9d78c090d5b5e80b35d59470b08c9c03(
    *,
    name: builtins.str,
    gecos: typing.Optional[builtins.str] = None,
    groups: typing.Optional[builtins.str] = None,
    home_dir: typing.Optional[builtins.str] = None,
    inactive: typing.Optional[builtins.bool] = None,
    lock_password: typing.Optional[builtins.bool] = None,
    passwd: typing.Optional[builtins.str] = None,
    passwd_from: typing.Optional[typing.Union[KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    primary_group: typing.Optional[builtins.str] = None,
    shell: typing.Optional[builtins.str] = None,
    ssh_authorized_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    sudo: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90ba646938525e9e1851713ab0fb2d322b8535e43a13ad59891fa02c040210cf(
    *,
    secret: typing.Union[KubeadmConfigTemplateSpecTemplateSpecUsersPasswdFromSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5057aeec4ac6c43a5f44968dcba0408a10adbc27fa94aa3b240ebd3bf74d02ce(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
