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


class KubeadmConfigTemplateV1Beta2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2",
):
    '''KubeadmConfigTemplate is the Schema for the kubeadmconfigtemplates API.

    :schema: KubeadmConfigTemplateV1Beta2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "KubeadmConfigTemplateV1Beta2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: spec is the desired state of KubeadmConfigTemplate.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__bc30dac5d0565b71842f783d91b63abfa833faa8db0e412527f3b252a2f57a92)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KubeadmConfigTemplateV1Beta2Props(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KubeadmConfigTemplateV1Beta2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: spec is the desired state of KubeadmConfigTemplate.
        '''
        props = KubeadmConfigTemplateV1Beta2Props(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KubeadmConfigTemplateV1Beta2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2Props",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class KubeadmConfigTemplateV1Beta2Props:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2Spec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''KubeadmConfigTemplate is the Schema for the kubeadmconfigtemplates API.

        :param metadata: 
        :param spec: spec is the desired state of KubeadmConfigTemplate.

        :schema: KubeadmConfigTemplateV1Beta2
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = KubeadmConfigTemplateV1Beta2Spec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92f2b049de96f79fe9109e973729a3677b23d7585171d3650c5ad467b9f0df47)
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
        :schema: KubeadmConfigTemplateV1Beta2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["KubeadmConfigTemplateV1Beta2Spec"]:
        '''spec is the desired state of KubeadmConfigTemplate.

        :schema: KubeadmConfigTemplateV1Beta2#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2Spec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2Spec",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class KubeadmConfigTemplateV1Beta2Spec:
    def __init__(
        self,
        *,
        template: typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplate", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''spec is the desired state of KubeadmConfigTemplate.

        :param template: template defines the desired state of KubeadmConfigTemplate.

        :schema: KubeadmConfigTemplateV1Beta2Spec
        '''
        if isinstance(template, dict):
            template = KubeadmConfigTemplateV1Beta2SpecTemplate(**template)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c07d064f305c59e89ac37a517693afec69fe72ca62de6326c88cdb4c68a6ae2e)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "template": template,
        }

    @builtins.property
    def template(self) -> "KubeadmConfigTemplateV1Beta2SpecTemplate":
        '''template defines the desired state of KubeadmConfigTemplate.

        :schema: KubeadmConfigTemplateV1Beta2Spec#template
        '''
        result = self._values.get("template")
        assert result is not None, "Required property 'template' is missing"
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplate", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplate",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplate:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''template defines the desired state of KubeadmConfigTemplate.

        :param metadata: metadata is the standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
        :param spec: spec is the desired state of KubeadmConfig.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplate
        '''
        if isinstance(metadata, dict):
            metadata = KubeadmConfigTemplateV1Beta2SpecTemplateMetadata(**metadata)
        if isinstance(spec, dict):
            spec = KubeadmConfigTemplateV1Beta2SpecTemplateSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__51f56cce7aff7b888ad7df2a35ae3492713f3fe0a1a7e1ff09c588823e0f1ebb)
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
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateMetadata"]:
        '''metadata is the standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpec"]:
        '''spec is the desired state of KubeadmConfig.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplate#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateMetadata:
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

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__831486f8f26c234c357dcdd8a030346e318b14fbc694a83999f9573f4f6067f8)
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

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers
        and services.
        More info: http://kubernetes.io/docs/user-guide/labels

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "boot_commands": "bootCommands",
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
        "users": "users",
        "verbosity": "verbosity",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpec:
    def __init__(
        self,
        *,
        boot_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        cluster_configuration: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        disk_setup: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup", typing.Dict[builtins.str, typing.Any]]] = None,
        files: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles", typing.Dict[builtins.str, typing.Any]]]] = None,
        format: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFormat"] = None,
        ignition: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition", typing.Dict[builtins.str, typing.Any]]] = None,
        init_configuration: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        join_configuration: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        mounts: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
        ntp: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp", typing.Dict[builtins.str, typing.Any]]] = None,
        post_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        pre_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        users: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers", typing.Dict[builtins.str, typing.Any]]]] = None,
        verbosity: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''spec is the desired state of KubeadmConfig.

        :param boot_commands: bootCommands specifies extra commands to run very early in the boot process via the cloud-init bootcmd module. bootcmd will run on every boot, 'cloud-init-per' command can be used to make bootcmd run exactly once. This is typically run in the cloud-init.service systemd unit. This has no effect in Ignition.
        :param cluster_configuration: clusterConfiguration along with InitConfiguration are the configurations necessary for the init command.
        :param disk_setup: diskSetup specifies options for the creation of partition tables and file systems on devices.
        :param files: files specifies extra files to be passed to user_data upon creation.
        :param format: format specifies the output format of the bootstrap data. Defaults to cloud-config if not set. Default: cloud-config if not set.
        :param ignition: ignition contains Ignition specific configuration.
        :param init_configuration: initConfiguration along with ClusterConfiguration are the configurations necessary for the init command.
        :param join_configuration: joinConfiguration is the kubeadm configuration for the join command.
        :param mounts: mounts specifies a list of mount points to be setup.
        :param ntp: ntp specifies NTP configuration.
        :param post_kubeadm_commands: postKubeadmCommands specifies extra commands to run after kubeadm runs. With cloud-init, this is appended to the runcmd module configuration, and is typically executed in the cloud-final.service systemd unit. In Ignition, this is appended to /etc/kubeadm.sh.
        :param pre_kubeadm_commands: preKubeadmCommands specifies extra commands to run before kubeadm runs. With cloud-init, this is prepended to the runcmd module configuration, and is typically executed in the cloud-final.service systemd unit. In Ignition, this is prepended to /etc/kubeadm.sh.
        :param users: users specifies extra users to add.
        :param verbosity: verbosity is the number for the kubeadm log level verbosity. It overrides the ``--v`` flag in kubeadm commands.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec
        '''
        if isinstance(cluster_configuration, dict):
            cluster_configuration = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration(**cluster_configuration)
        if isinstance(disk_setup, dict):
            disk_setup = KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup(**disk_setup)
        if isinstance(ignition, dict):
            ignition = KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition(**ignition)
        if isinstance(init_configuration, dict):
            init_configuration = KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration(**init_configuration)
        if isinstance(join_configuration, dict):
            join_configuration = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration(**join_configuration)
        if isinstance(ntp, dict):
            ntp = KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp(**ntp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__21f82b0347d88db484733a1de08f92f177e27850e170d14b779296b1921d22b3)
            check_type(argname="argument boot_commands", value=boot_commands, expected_type=type_hints["boot_commands"])
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
            check_type(argname="argument users", value=users, expected_type=type_hints["users"])
            check_type(argname="argument verbosity", value=verbosity, expected_type=type_hints["verbosity"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if boot_commands is not None:
            self._values["boot_commands"] = boot_commands
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
        if users is not None:
            self._values["users"] = users
        if verbosity is not None:
            self._values["verbosity"] = verbosity

    @builtins.property
    def boot_commands(self) -> typing.Optional[typing.List[builtins.str]]:
        '''bootCommands specifies extra commands to run very early in the boot process via the cloud-init bootcmd module.

        bootcmd will run on every boot, 'cloud-init-per' command can be used to make bootcmd run exactly
        once. This is typically run in the cloud-init.service systemd unit. This has no effect in Ignition.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#bootCommands
        '''
        result = self._values.get("boot_commands")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cluster_configuration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration"]:
        '''clusterConfiguration along with InitConfiguration are the configurations necessary for the init command.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#clusterConfiguration
        '''
        result = self._values.get("cluster_configuration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration"], result)

    @builtins.property
    def disk_setup(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup"]:
        '''diskSetup specifies options for the creation of partition tables and file systems on devices.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#diskSetup
        '''
        result = self._values.get("disk_setup")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup"], result)

    @builtins.property
    def files(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles"]]:
        '''files specifies extra files to be passed to user_data upon creation.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles"]], result)

    @builtins.property
    def format(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFormat"]:
        '''format specifies the output format of the bootstrap data.

        Defaults to cloud-config if not set.

        :default: cloud-config if not set.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#format
        '''
        result = self._values.get("format")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFormat"], result)

    @builtins.property
    def ignition(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition"]:
        '''ignition contains Ignition specific configuration.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#ignition
        '''
        result = self._values.get("ignition")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition"], result)

    @builtins.property
    def init_configuration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration"]:
        '''initConfiguration along with ClusterConfiguration are the configurations necessary for the init command.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#initConfiguration
        '''
        result = self._values.get("init_configuration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration"], result)

    @builtins.property
    def join_configuration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration"]:
        '''joinConfiguration is the kubeadm configuration for the join command.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#joinConfiguration
        '''
        result = self._values.get("join_configuration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration"], result)

    @builtins.property
    def mounts(self) -> typing.Optional[typing.List[typing.List[builtins.str]]]:
        '''mounts specifies a list of mount points to be setup.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#mounts
        '''
        result = self._values.get("mounts")
        return typing.cast(typing.Optional[typing.List[typing.List[builtins.str]]], result)

    @builtins.property
    def ntp(self) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp"]:
        '''ntp specifies NTP configuration.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#ntp
        '''
        result = self._values.get("ntp")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp"], result)

    @builtins.property
    def post_kubeadm_commands(self) -> typing.Optional[typing.List[builtins.str]]:
        '''postKubeadmCommands specifies extra commands to run after kubeadm runs.

        With cloud-init, this is appended to the runcmd module configuration, and is typically executed in
        the cloud-final.service systemd unit. In Ignition, this is appended to /etc/kubeadm.sh.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#postKubeadmCommands
        '''
        result = self._values.get("post_kubeadm_commands")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def pre_kubeadm_commands(self) -> typing.Optional[typing.List[builtins.str]]:
        '''preKubeadmCommands specifies extra commands to run before kubeadm runs.

        With cloud-init, this is prepended to the runcmd module configuration, and is typically executed in
        the cloud-final.service systemd unit. In Ignition, this is prepended to /etc/kubeadm.sh.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#preKubeadmCommands
        '''
        result = self._values.get("pre_kubeadm_commands")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def users(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers"]]:
        '''users specifies extra users to add.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#users
        '''
        result = self._values.get("users")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers"]], result)

    @builtins.property
    def verbosity(self) -> typing.Optional[jsii.Number]:
        '''verbosity is the number for the kubeadm log level verbosity.

        It overrides the ``--v`` flag in kubeadm commands.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpec#verbosity
        '''
        result = self._values.get("verbosity")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "api_server": "apiServer",
        "ca_certificate_validity_period_days": "caCertificateValidityPeriodDays",
        "certificates_dir": "certificatesDir",
        "certificate_validity_period_days": "certificateValidityPeriodDays",
        "controller_manager": "controllerManager",
        "control_plane_endpoint": "controlPlaneEndpoint",
        "dns": "dns",
        "encryption_algorithm": "encryptionAlgorithm",
        "etcd": "etcd",
        "feature_gates": "featureGates",
        "image_repository": "imageRepository",
        "scheduler": "scheduler",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration:
    def __init__(
        self,
        *,
        api_server: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer", typing.Dict[builtins.str, typing.Any]]] = None,
        ca_certificate_validity_period_days: typing.Optional[jsii.Number] = None,
        certificates_dir: typing.Optional[builtins.str] = None,
        certificate_validity_period_days: typing.Optional[jsii.Number] = None,
        controller_manager: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager", typing.Dict[builtins.str, typing.Any]]] = None,
        control_plane_endpoint: typing.Optional[builtins.str] = None,
        dns: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns", typing.Dict[builtins.str, typing.Any]]] = None,
        encryption_algorithm: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEncryptionAlgorithm"] = None,
        etcd: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd", typing.Dict[builtins.str, typing.Any]]] = None,
        feature_gates: typing.Optional[typing.Mapping[builtins.str, builtins.bool]] = None,
        image_repository: typing.Optional[builtins.str] = None,
        scheduler: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''clusterConfiguration along with InitConfiguration are the configurations necessary for the init command.

        :param api_server: apiServer contains extra settings for the API server control plane component.
        :param ca_certificate_validity_period_days: caCertificateValidityPeriodDays specifies the validity period for CA certificates generated by Cluster API. If not specified, Cluster API will use a default of 3650 days (10 years). This field cannot be modified.
        :param certificates_dir: certificatesDir specifies where to store or look for all required certificates. NB: if not provided, this will default to ``/etc/kubernetes/pki``
        :param certificate_validity_period_days: certificateValidityPeriodDays specifies the validity period for non-CA certificates generated by kubeadm. If not specified, kubeadm will use a default of 365 days (1 year). This field is only supported with Kubernetes v1.31 or above.
        :param controller_manager: controllerManager contains extra settings for the controller manager control plane component.
        :param control_plane_endpoint: controlPlaneEndpoint sets a stable IP address or DNS name for the control plane; it can be a valid IP address or a RFC-1123 DNS subdomain, both with optional TCP port. In case the ControlPlaneEndpoint is not specified, the AdvertiseAddress + BindPort are used; in case the ControlPlaneEndpoint is specified but without a TCP port, the BindPort is used. Possible usages are: e.g. In a cluster with more than one control plane instances, this field should be assigned the address of the external load balancer in front of the control plane instances. e.g. in environments with enforced node recycling, the ControlPlaneEndpoint could be used for assigning a stable DNS to the control plane. NB: This value defaults to the first value in the Cluster object status.apiEndpoints array.
        :param dns: dns defines the options for the DNS add-on installed in the cluster.
        :param encryption_algorithm: encryptionAlgorithm holds the type of asymmetric encryption algorithm used for keys and certificates. Can be one of "RSA-2048", "RSA-3072", "RSA-4096", "ECDSA-P256" or "ECDSA-P384". For Kubernetes 1.34 or above, "ECDSA-P384" is supported. If not specified, Cluster API will use RSA-2048 as default. When this field is modified every certificate generated afterward will use the new encryptionAlgorithm. Existing CA certificates and service account keys are not rotated. This field is only supported with Kubernetes v1.31 or above.
        :param etcd: etcd holds configuration for etcd. NB: This value defaults to a Local (stacked) etcd
        :param feature_gates: featureGates enabled by the user.
        :param image_repository: imageRepository sets the container registry to pull images from. If not set, the default registry of kubeadm will be used (registry.k8s.io).
        :param scheduler: scheduler contains extra settings for the scheduler control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration
        '''
        if isinstance(api_server, dict):
            api_server = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer(**api_server)
        if isinstance(controller_manager, dict):
            controller_manager = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager(**controller_manager)
        if isinstance(dns, dict):
            dns = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns(**dns)
        if isinstance(etcd, dict):
            etcd = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd(**etcd)
        if isinstance(scheduler, dict):
            scheduler = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler(**scheduler)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c427c52343103cea36c8892da1390d100e72675e69484675b15bb90f9d56d177)
            check_type(argname="argument api_server", value=api_server, expected_type=type_hints["api_server"])
            check_type(argname="argument ca_certificate_validity_period_days", value=ca_certificate_validity_period_days, expected_type=type_hints["ca_certificate_validity_period_days"])
            check_type(argname="argument certificates_dir", value=certificates_dir, expected_type=type_hints["certificates_dir"])
            check_type(argname="argument certificate_validity_period_days", value=certificate_validity_period_days, expected_type=type_hints["certificate_validity_period_days"])
            check_type(argname="argument controller_manager", value=controller_manager, expected_type=type_hints["controller_manager"])
            check_type(argname="argument control_plane_endpoint", value=control_plane_endpoint, expected_type=type_hints["control_plane_endpoint"])
            check_type(argname="argument dns", value=dns, expected_type=type_hints["dns"])
            check_type(argname="argument encryption_algorithm", value=encryption_algorithm, expected_type=type_hints["encryption_algorithm"])
            check_type(argname="argument etcd", value=etcd, expected_type=type_hints["etcd"])
            check_type(argname="argument feature_gates", value=feature_gates, expected_type=type_hints["feature_gates"])
            check_type(argname="argument image_repository", value=image_repository, expected_type=type_hints["image_repository"])
            check_type(argname="argument scheduler", value=scheduler, expected_type=type_hints["scheduler"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_server is not None:
            self._values["api_server"] = api_server
        if ca_certificate_validity_period_days is not None:
            self._values["ca_certificate_validity_period_days"] = ca_certificate_validity_period_days
        if certificates_dir is not None:
            self._values["certificates_dir"] = certificates_dir
        if certificate_validity_period_days is not None:
            self._values["certificate_validity_period_days"] = certificate_validity_period_days
        if controller_manager is not None:
            self._values["controller_manager"] = controller_manager
        if control_plane_endpoint is not None:
            self._values["control_plane_endpoint"] = control_plane_endpoint
        if dns is not None:
            self._values["dns"] = dns
        if encryption_algorithm is not None:
            self._values["encryption_algorithm"] = encryption_algorithm
        if etcd is not None:
            self._values["etcd"] = etcd
        if feature_gates is not None:
            self._values["feature_gates"] = feature_gates
        if image_repository is not None:
            self._values["image_repository"] = image_repository
        if scheduler is not None:
            self._values["scheduler"] = scheduler

    @builtins.property
    def api_server(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer"]:
        '''apiServer contains extra settings for the API server control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#apiServer
        '''
        result = self._values.get("api_server")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer"], result)

    @builtins.property
    def ca_certificate_validity_period_days(self) -> typing.Optional[jsii.Number]:
        '''caCertificateValidityPeriodDays specifies the validity period for CA certificates generated by Cluster API.

        If not specified, Cluster API will use a default of 3650 days (10 years).
        This field cannot be modified.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#caCertificateValidityPeriodDays
        '''
        result = self._values.get("ca_certificate_validity_period_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def certificates_dir(self) -> typing.Optional[builtins.str]:
        '''certificatesDir specifies where to store or look for all required certificates.

        NB: if not provided, this will default to ``/etc/kubernetes/pki``

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#certificatesDir
        '''
        result = self._values.get("certificates_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_validity_period_days(self) -> typing.Optional[jsii.Number]:
        '''certificateValidityPeriodDays specifies the validity period for non-CA certificates generated by kubeadm.

        If not specified, kubeadm will use a default of 365 days (1 year).
        This field is only supported with Kubernetes v1.31 or above.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#certificateValidityPeriodDays
        '''
        result = self._values.get("certificate_validity_period_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def controller_manager(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager"]:
        '''controllerManager contains extra settings for the controller manager control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#controllerManager
        '''
        result = self._values.get("controller_manager")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager"], result)

    @builtins.property
    def control_plane_endpoint(self) -> typing.Optional[builtins.str]:
        '''controlPlaneEndpoint sets a stable IP address or DNS name for the control plane;

        it
        can be a valid IP address or a RFC-1123 DNS subdomain, both with optional TCP port.
        In case the ControlPlaneEndpoint is not specified, the AdvertiseAddress + BindPort
        are used; in case the ControlPlaneEndpoint is specified but without a TCP port,
        the BindPort is used.
        Possible usages are:
        e.g. In a cluster with more than one control plane instances, this field should be
        assigned the address of the external load balancer in front of the
        control plane instances.
        e.g.  in environments with enforced node recycling, the ControlPlaneEndpoint
        could be used for assigning a stable DNS to the control plane.
        NB: This value defaults to the first value in the Cluster object status.apiEndpoints array.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#controlPlaneEndpoint
        '''
        result = self._values.get("control_plane_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dns(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns"]:
        '''dns defines the options for the DNS add-on installed in the cluster.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#dns
        '''
        result = self._values.get("dns")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns"], result)

    @builtins.property
    def encryption_algorithm(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEncryptionAlgorithm"]:
        '''encryptionAlgorithm holds the type of asymmetric encryption algorithm used for keys and certificates.

        Can be one of "RSA-2048", "RSA-3072", "RSA-4096", "ECDSA-P256" or "ECDSA-P384".
        For Kubernetes 1.34 or above, "ECDSA-P384" is supported.
        If not specified, Cluster API will use RSA-2048 as default.
        When this field is modified every certificate generated afterward will use the new
        encryptionAlgorithm. Existing CA certificates and service account keys are not rotated.
        This field is only supported with Kubernetes v1.31 or above.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#encryptionAlgorithm
        '''
        result = self._values.get("encryption_algorithm")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEncryptionAlgorithm"], result)

    @builtins.property
    def etcd(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd"]:
        '''etcd holds configuration for etcd.

        NB: This value defaults to a Local (stacked) etcd

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#etcd
        '''
        result = self._values.get("etcd")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd"], result)

    @builtins.property
    def feature_gates(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.bool]]:
        '''featureGates enabled by the user.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#featureGates
        '''
        result = self._values.get("feature_gates")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.bool]], result)

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''imageRepository sets the container registry to pull images from.

        If not set, the default registry of kubeadm will be used (registry.k8s.io).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduler(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler"]:
        '''scheduler contains extra settings for the scheduler control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration#scheduler
        '''
        result = self._values.get("scheduler")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer",
    jsii_struct_bases=[],
    name_mapping={
        "cert_sa_ns": "certSaNs",
        "extra_args": "extraArgs",
        "extra_envs": "extraEnvs",
        "extra_volumes": "extraVolumes",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer:
    def __init__(
        self,
        *,
        cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
        extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_envs: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''apiServer contains extra settings for the API server control plane component.

        :param cert_sa_ns: certSANs sets extra Subject Alternative Names for the API Server signing cert.
        :param extra_args: extraArgs is a list of args to pass to the control plane component. The arg name must match the command line flag name except without leading dash(es). Extra arguments will override existing default arguments set by kubeadm.
        :param extra_envs: extraEnvs is an extra set of environment variables to pass to the control plane component. Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default. This option takes effect only on Kubernetes >=1.31.0.
        :param extra_volumes: extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e0c65110bd1cbc2e91bddeec68437cd7ff18a1931484cdcc398892c5d8b24ee)
            check_type(argname="argument cert_sa_ns", value=cert_sa_ns, expected_type=type_hints["cert_sa_ns"])
            check_type(argname="argument extra_args", value=extra_args, expected_type=type_hints["extra_args"])
            check_type(argname="argument extra_envs", value=extra_envs, expected_type=type_hints["extra_envs"])
            check_type(argname="argument extra_volumes", value=extra_volumes, expected_type=type_hints["extra_volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if cert_sa_ns is not None:
            self._values["cert_sa_ns"] = cert_sa_ns
        if extra_args is not None:
            self._values["extra_args"] = extra_args
        if extra_envs is not None:
            self._values["extra_envs"] = extra_envs
        if extra_volumes is not None:
            self._values["extra_volumes"] = extra_volumes

    @builtins.property
    def cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''certSANs sets extra Subject Alternative Names for the API Server signing cert.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer#certSANs
        '''
        result = self._values.get("cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs"]]:
        '''extraArgs is a list of args to pass to the control plane component.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs"]], result)

    @builtins.property
    def extra_envs(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs"]]:
        '''extraEnvs is an extra set of environment variables to pass to the control plane component.

        Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default.
        This option takes effect only on Kubernetes >=1.31.0.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer#extraEnvs
        '''
        result = self._values.get("extra_envs")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs"]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes"]]:
        '''extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6223ce96da2e4aa4ac28b0a9eba215c84d1fb191476e2edd5c674175ddb3d0c5)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. May consist of any printable ASCII characters except '='.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs
        '''
        if isinstance(value_from, dict):
            value_from = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__47ead906be800832e2ffb4efe6a643974ca5191e2a9355791be0281b8fae791c)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        May consist of any printable ASCII characters except '='.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables.

        If a variable cannot be resolved,
        the reference in the input string will be unchanged. Double $$ are reduced
        to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
        "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
        Escaped references will never be expanded, regardless of whether the variable
        exists or not.
        Defaults to "".

        :default: .

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom"]:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param field_ref: Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
        :param file_key_ref: FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
        :param resource_field_ref: Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
        :param secret_key_ref: Selects a key of a secret in the pod's namespace.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__13bda4a0ddd464020c13cbc7d3986038e784d21bd05d063e258478adac20c99e)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument file_key_ref", value=file_key_ref, expected_type=type_hints["file_key_ref"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if file_key_ref is not None:
            self._values["file_key_ref"] = file_key_ref
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef"]:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef"]:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef"]:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef"]:
        '''Selects a key of a secret in the pod's namespace.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a ConfigMap.

        :param key: The key to select.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3e06904fb6f00b47eac93c0ba5e16650355d31026f32f28feb41e2b0f9a3b637)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key to select.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :param field_path: Path of the field to select in the specified API version.
        :param api_version: Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4f5503bbe6cf08f7a9bbfd284f3b6ed881029511af336045548eaead3f293507)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''Path of the field to select in the specified API version.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        volume_name: builtins.str,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :param key: The key within the env file. An invalid key will prevent the pod from starting. The keys defined within a source may consist of any printable ASCII characters except '='. During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
        :param path: The path within the volume from which to select the file. Must be relative and may not contain the '..' path or start with '..'.
        :param volume_name: The name of the volume mount containing the env file.
        :param optional: Specify whether the file or its key must be defined. If the file or key does not exist, then the env var is not published. If optional is set to true and the specified key does not exist, the environment variable will not be set in the Pod's containers. If optional is set to false and the specified key does not exist, an error will be returned during Pod creation.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a38c1b6b783aa0c14b7ef2e6ed3752943203bd2a8acd44007a42fec558303429)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
            "volume_name": volume_name,
        }
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key within the env file.

        An invalid key will prevent the pod from starting.
        The keys defined within a source may consist of any printable ASCII characters except '='.
        During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''The path within the volume from which to select the file.

        Must be relative and may not contain the '..' path or start with '..'.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''The name of the volume mount containing the env file.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the file or its key must be defined.

        If the file or key
        does not exist, then the env var is not published.
        If optional is set to true and the specified key does not exist,
        the environment variable will not be set in the Pod's containers.

        If optional is set to false and the specified key does not exist,
        an error will be returned during Pod creation.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :param resource: Required: resource to select.
        :param container_name: Container name: required for volumes, optional for env vars.
        :param divisor: Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__57389b1c04cac290e9dad8febfead8ed2e8ae4b8abdb44aad0d9a6e8e508a830)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''Required: resource to select.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''Container name: required for volumes, optional for env vars.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor"]:
        '''Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor",
):
    '''Specifies the output format of the exposed resources, defaults to "1".

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34c36b49b11aad215b3c8899382528773510f6d31d4035c092b40ce1f5937b22)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f76a98fdf503648496506f1a9c5a8bcc23718c40135e1d96e1bd3c405057ea3b)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a secret in the pod's namespace.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2687f971c556659288143d903106a5ee69b601431594ba485a3b49d40c9af22)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes:
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

        :param host_path: hostPath is the path in the host that will be mounted inside the pod.
        :param mount_path: mountPath is the path inside the pod where hostPath will be mounted.
        :param name: name of the volume inside the pod template.
        :param path_type: pathType is the type of the HostPath.
        :param read_only: readOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a585327c5914d0e56d4c7bac519f239cdea61b024533286da897f20beee3bedc)
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
        '''hostPath is the path in the host that will be mounted inside the pod.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''mountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the volume inside the pod template.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''pathType is the type of the HostPath.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''readOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager",
    jsii_struct_bases=[],
    name_mapping={
        "extra_args": "extraArgs",
        "extra_envs": "extraEnvs",
        "extra_volumes": "extraVolumes",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager:
    def __init__(
        self,
        *,
        extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_envs: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''controllerManager contains extra settings for the controller manager control plane component.

        :param extra_args: extraArgs is a list of args to pass to the control plane component. The arg name must match the command line flag name except without leading dash(es). Extra arguments will override existing default arguments set by kubeadm.
        :param extra_envs: extraEnvs is an extra set of environment variables to pass to the control plane component. Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default. This option takes effect only on Kubernetes >=1.31.0.
        :param extra_volumes: extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2a7d3d0df69c378e2c3a75787d1629e3431aeda3e5d33c651af13d84009ff167)
            check_type(argname="argument extra_args", value=extra_args, expected_type=type_hints["extra_args"])
            check_type(argname="argument extra_envs", value=extra_envs, expected_type=type_hints["extra_envs"])
            check_type(argname="argument extra_volumes", value=extra_volumes, expected_type=type_hints["extra_volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if extra_args is not None:
            self._values["extra_args"] = extra_args
        if extra_envs is not None:
            self._values["extra_envs"] = extra_envs
        if extra_volumes is not None:
            self._values["extra_volumes"] = extra_volumes

    @builtins.property
    def extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs"]]:
        '''extraArgs is a list of args to pass to the control plane component.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs"]], result)

    @builtins.property
    def extra_envs(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs"]]:
        '''extraEnvs is an extra set of environment variables to pass to the control plane component.

        Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default.
        This option takes effect only on Kubernetes >=1.31.0.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager#extraEnvs
        '''
        result = self._values.get("extra_envs")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs"]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes"]]:
        '''extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f074b114acdec3febcb636b505ffcddb1d0697ca29f897254a5e47bec5804117)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. May consist of any printable ASCII characters except '='.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs
        '''
        if isinstance(value_from, dict):
            value_from = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__835b0fe8fb2dcf22047860acb15e28533f63e54de5a7b44adab1078e03541d00)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        May consist of any printable ASCII characters except '='.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables.

        If a variable cannot be resolved,
        the reference in the input string will be unchanged. Double $$ are reduced
        to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
        "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
        Escaped references will never be expanded, regardless of whether the variable
        exists or not.
        Defaults to "".

        :default: .

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom"]:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param field_ref: Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
        :param file_key_ref: FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
        :param resource_field_ref: Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
        :param secret_key_ref: Selects a key of a secret in the pod's namespace.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ad51fe8a1aed8ced24c04d21a116385ff678a177781ca773b21cbae4279a3055)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument file_key_ref", value=file_key_ref, expected_type=type_hints["file_key_ref"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if file_key_ref is not None:
            self._values["file_key_ref"] = file_key_ref
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef"]:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef"]:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef"]:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef"]:
        '''Selects a key of a secret in the pod's namespace.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a ConfigMap.

        :param key: The key to select.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1a0c0b7e95e638e25398739b1715ae99bfab4e8a6998d2f854cb7282421a7b3)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key to select.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :param field_path: Path of the field to select in the specified API version.
        :param api_version: Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0c0e986a2a75172f91b84798ac3bb00f693899f4c8caca7aa7264e35ee534119)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''Path of the field to select in the specified API version.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        volume_name: builtins.str,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :param key: The key within the env file. An invalid key will prevent the pod from starting. The keys defined within a source may consist of any printable ASCII characters except '='. During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
        :param path: The path within the volume from which to select the file. Must be relative and may not contain the '..' path or start with '..'.
        :param volume_name: The name of the volume mount containing the env file.
        :param optional: Specify whether the file or its key must be defined. If the file or key does not exist, then the env var is not published. If optional is set to true and the specified key does not exist, the environment variable will not be set in the Pod's containers. If optional is set to false and the specified key does not exist, an error will be returned during Pod creation.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__154c172bb1e58369ea0080bf64244dbbf0485498a1a0c79122340df0b236ad95)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
            "volume_name": volume_name,
        }
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key within the env file.

        An invalid key will prevent the pod from starting.
        The keys defined within a source may consist of any printable ASCII characters except '='.
        During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''The path within the volume from which to select the file.

        Must be relative and may not contain the '..' path or start with '..'.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''The name of the volume mount containing the env file.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the file or its key must be defined.

        If the file or key
        does not exist, then the env var is not published.
        If optional is set to true and the specified key does not exist,
        the environment variable will not be set in the Pod's containers.

        If optional is set to false and the specified key does not exist,
        an error will be returned during Pod creation.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :param resource: Required: resource to select.
        :param container_name: Container name: required for volumes, optional for env vars.
        :param divisor: Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b70df37cdd9830948b23aa657266f63207c6a4818afa13bc668d0d578d5408c)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''Required: resource to select.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''Container name: required for volumes, optional for env vars.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor"]:
        '''Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor",
):
    '''Specifies the output format of the exposed resources, defaults to "1".

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f032161a3ed2575dd5dc3e5518e1ac7f3d46d6c2955a7cb94e62b93c1451b386)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__35c58d0bff8d341a1d4ac0ac897c07ca32cc1d5325691e5f7a861d7e4ddf2ba3)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a secret in the pod's namespace.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5d3bf0efca41baec925b0a1f1961dc563857fcc0da82547fab9e140b34e6202a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes:
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

        :param host_path: hostPath is the path in the host that will be mounted inside the pod.
        :param mount_path: mountPath is the path inside the pod where hostPath will be mounted.
        :param name: name of the volume inside the pod template.
        :param path_type: pathType is the type of the HostPath.
        :param read_only: readOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__717b880a3a4832ca9cdf6b6e2ff24b4a0f23fce5ceb9d613d3bf51b8d02063be)
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
        '''hostPath is the path in the host that will be mounted inside the pod.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''mountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the volume inside the pod template.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''pathType is the type of the HostPath.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''readOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns",
    jsii_struct_bases=[],
    name_mapping={"image_repository": "imageRepository", "image_tag": "imageTag"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns:
    def __init__(
        self,
        *,
        image_repository: typing.Optional[builtins.str] = None,
        image_tag: typing.Optional[builtins.str] = None,
    ) -> None:
        '''dns defines the options for the DNS add-on installed in the cluster.

        :param image_repository: imageRepository sets the container registry to pull images from. if not set, the ImageRepository defined in ClusterConfiguration will be used instead.
        :param image_tag: imageTag allows to specify a tag for the image. In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__05a00fb9866dace8d53936282e5d1c497fa4f85d6d4994b739988c4af65b4c05)
            check_type(argname="argument image_repository", value=image_repository, expected_type=type_hints["image_repository"])
            check_type(argname="argument image_tag", value=image_tag, expected_type=type_hints["image_tag"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if image_repository is not None:
            self._values["image_repository"] = image_repository
        if image_tag is not None:
            self._values["image_tag"] = image_tag

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''imageRepository sets the container registry to pull images from.

        if not set, the ImageRepository defined in ClusterConfiguration will be used instead.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_tag(self) -> typing.Optional[builtins.str]:
        '''imageTag allows to specify a tag for the image.

        In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns#imageTag
        '''
        result = self._values.get("image_tag")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEncryptionAlgorithm"
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEncryptionAlgorithm(
    enum.Enum,
):
    '''encryptionAlgorithm holds the type of asymmetric encryption algorithm used for keys and certificates.

    Can be one of "RSA-2048", "RSA-3072", "RSA-4096", "ECDSA-P256" or "ECDSA-P384".
    For Kubernetes 1.34 or above, "ECDSA-P384" is supported.
    If not specified, Cluster API will use RSA-2048 as default.
    When this field is modified every certificate generated afterward will use the new
    encryptionAlgorithm. Existing CA certificates and service account keys are not rotated.
    This field is only supported with Kubernetes v1.31 or above.

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEncryptionAlgorithm
    '''

    ECDSA_HYPHEN_P256 = "ECDSA_HYPHEN_P256"
    '''ECDSA-P256.'''
    ECDSA_HYPHEN_P384 = "ECDSA_HYPHEN_P384"
    '''ECDSA-P384.'''
    RSA_HYPHEN_2048 = "RSA_HYPHEN_2048"
    '''RSA-2048.'''
    RSA_HYPHEN_3072 = "RSA_HYPHEN_3072"
    '''RSA-3072.'''
    RSA_HYPHEN_4096 = "RSA_HYPHEN_4096"
    '''RSA-4096.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "local": "local"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd:
    def __init__(
        self,
        *,
        external: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal", typing.Dict[builtins.str, typing.Any]]] = None,
        local: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''etcd holds configuration for etcd.

        NB: This value defaults to a Local (stacked) etcd

        :param external: external describes how to connect to an external etcd cluster Local and External are mutually exclusive.
        :param local: local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd
        '''
        if isinstance(external, dict):
            external = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal(**external)
        if isinstance(local, dict):
            local = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal(**local)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f17adf83db134424a6bd5faffeca848b5dd100e8001f7654c4667b345f039d9)
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
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal"]:
        '''external describes how to connect to an external etcd cluster Local and External are mutually exclusive.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal"], result)

    @builtins.property
    def local(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal"]:
        '''local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd#local
        '''
        result = self._values.get("local")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal",
    jsii_struct_bases=[],
    name_mapping={
        "ca_file": "caFile",
        "cert_file": "certFile",
        "endpoints": "endpoints",
        "key_file": "keyFile",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal:
    def __init__(
        self,
        *,
        ca_file: builtins.str,
        cert_file: builtins.str,
        endpoints: typing.Sequence[builtins.str],
        key_file: builtins.str,
    ) -> None:
        '''external describes how to connect to an external etcd cluster Local and External are mutually exclusive.

        :param ca_file: caFile is an SSL Certificate Authority file used to secure etcd communication. Required if using a TLS connection.
        :param cert_file: certFile is an SSL certification file used to secure etcd communication. Required if using a TLS connection.
        :param endpoints: endpoints of etcd members. Required for ExternalEtcd.
        :param key_file: keyFile is an SSL key file used to secure etcd communication. Required if using a TLS connection.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4885178799a913fdd0b1f21e6092a6e94429f2fa6c5baa21e05450f855a22697)
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
        '''caFile is an SSL Certificate Authority file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal#caFile
        '''
        result = self._values.get("ca_file")
        assert result is not None, "Required property 'ca_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cert_file(self) -> builtins.str:
        '''certFile is an SSL certification file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal#certFile
        '''
        result = self._values.get("cert_file")
        assert result is not None, "Required property 'cert_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def endpoints(self) -> typing.List[builtins.str]:
        '''endpoints of etcd members.

        Required for ExternalEtcd.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def key_file(self) -> builtins.str:
        '''keyFile is an SSL key file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal#keyFile
        '''
        result = self._values.get("key_file")
        assert result is not None, "Required property 'key_file' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal",
    jsii_struct_bases=[],
    name_mapping={
        "data_dir": "dataDir",
        "extra_args": "extraArgs",
        "extra_envs": "extraEnvs",
        "image_repository": "imageRepository",
        "image_tag": "imageTag",
        "peer_cert_sa_ns": "peerCertSaNs",
        "server_cert_sa_ns": "serverCertSaNs",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal:
    def __init__(
        self,
        *,
        data_dir: typing.Optional[builtins.str] = None,
        extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_envs: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        image_repository: typing.Optional[builtins.str] = None,
        image_tag: typing.Optional[builtins.str] = None,
        peer_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
        server_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :param data_dir: dataDir is the directory etcd will place its data. Defaults to "/var/lib/etcd". Default: var/lib/etcd".
        :param extra_args: extraArgs is a list of args to pass to etcd. The arg name must match the command line flag name except without leading dash(es). Extra arguments will override existing default arguments set by kubeadm.
        :param extra_envs: extraEnvs is an extra set of environment variables to pass to etcd. Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default. This option takes effect only on Kubernetes >=1.31.0.
        :param image_repository: imageRepository sets the container registry to pull images from. if not set, the ImageRepository defined in ClusterConfiguration will be used instead.
        :param image_tag: imageTag allows to specify a tag for the image. In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.
        :param peer_cert_sa_ns: peerCertSANs sets extra Subject Alternative Names for the etcd peer signing cert.
        :param server_cert_sa_ns: serverCertSANs sets extra Subject Alternative Names for the etcd server signing cert.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33d5fac34ccc4f3d1f4bcdc3577630c058752a4594b0348c3fa578d6e3474ffb)
            check_type(argname="argument data_dir", value=data_dir, expected_type=type_hints["data_dir"])
            check_type(argname="argument extra_args", value=extra_args, expected_type=type_hints["extra_args"])
            check_type(argname="argument extra_envs", value=extra_envs, expected_type=type_hints["extra_envs"])
            check_type(argname="argument image_repository", value=image_repository, expected_type=type_hints["image_repository"])
            check_type(argname="argument image_tag", value=image_tag, expected_type=type_hints["image_tag"])
            check_type(argname="argument peer_cert_sa_ns", value=peer_cert_sa_ns, expected_type=type_hints["peer_cert_sa_ns"])
            check_type(argname="argument server_cert_sa_ns", value=server_cert_sa_ns, expected_type=type_hints["server_cert_sa_ns"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if data_dir is not None:
            self._values["data_dir"] = data_dir
        if extra_args is not None:
            self._values["extra_args"] = extra_args
        if extra_envs is not None:
            self._values["extra_envs"] = extra_envs
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
        '''dataDir is the directory etcd will place its data.

        Defaults to "/var/lib/etcd".

        :default: var/lib/etcd".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal#dataDir
        '''
        result = self._values.get("data_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs"]]:
        '''extraArgs is a list of args to pass to etcd.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs"]], result)

    @builtins.property
    def extra_envs(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs"]]:
        '''extraEnvs is an extra set of environment variables to pass to etcd.

        Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default.
        This option takes effect only on Kubernetes >=1.31.0.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal#extraEnvs
        '''
        result = self._values.get("extra_envs")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs"]], result)

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''imageRepository sets the container registry to pull images from.

        if not set, the ImageRepository defined in ClusterConfiguration will be used instead.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_tag(self) -> typing.Optional[builtins.str]:
        '''imageTag allows to specify a tag for the image.

        In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal#imageTag
        '''
        result = self._values.get("image_tag")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peer_cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''peerCertSANs sets extra Subject Alternative Names for the etcd peer signing cert.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal#peerCertSANs
        '''
        result = self._values.get("peer_cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def server_cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''serverCertSANs sets extra Subject Alternative Names for the etcd server signing cert.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal#serverCertSANs
        '''
        result = self._values.get("server_cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ba0199c5e8316ec627ad7f92405880697b65144ec326f0bfc39ab5afacadddf)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. May consist of any printable ASCII characters except '='.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs
        '''
        if isinstance(value_from, dict):
            value_from = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__501c6dec02b4b0d638f2a8129dad3cb46a7af3a19edb9ec3d2aa632b65c16482)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        May consist of any printable ASCII characters except '='.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables.

        If a variable cannot be resolved,
        the reference in the input string will be unchanged. Double $$ are reduced
        to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
        "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
        Escaped references will never be expanded, regardless of whether the variable
        exists or not.
        Defaults to "".

        :default: .

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom"]:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param field_ref: Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
        :param file_key_ref: FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
        :param resource_field_ref: Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
        :param secret_key_ref: Selects a key of a secret in the pod's namespace.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__67de756ae27292e9e65e43173505d09654417d3c03244c4596213a0a08b03eae)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument file_key_ref", value=file_key_ref, expected_type=type_hints["file_key_ref"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if file_key_ref is not None:
            self._values["file_key_ref"] = file_key_ref
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef"]:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef"]:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef"]:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef"]:
        '''Selects a key of a secret in the pod's namespace.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a ConfigMap.

        :param key: The key to select.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8d94d3d8f9871d169b4bb89d7e22a6b7021afd540b529e1d456801be04d8ff65)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key to select.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :param field_path: Path of the field to select in the specified API version.
        :param api_version: Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__171facbb9d30098194ecc8dad253d48684d99025d28cc6f510d72f0d999a74df)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''Path of the field to select in the specified API version.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        volume_name: builtins.str,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :param key: The key within the env file. An invalid key will prevent the pod from starting. The keys defined within a source may consist of any printable ASCII characters except '='. During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
        :param path: The path within the volume from which to select the file. Must be relative and may not contain the '..' path or start with '..'.
        :param volume_name: The name of the volume mount containing the env file.
        :param optional: Specify whether the file or its key must be defined. If the file or key does not exist, then the env var is not published. If optional is set to true and the specified key does not exist, the environment variable will not be set in the Pod's containers. If optional is set to false and the specified key does not exist, an error will be returned during Pod creation.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f165b6e47b0f4d69a7db33d6eb4032b210c8f2fcc1b43483bbc78deba6823049)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
            "volume_name": volume_name,
        }
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key within the env file.

        An invalid key will prevent the pod from starting.
        The keys defined within a source may consist of any printable ASCII characters except '='.
        During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''The path within the volume from which to select the file.

        Must be relative and may not contain the '..' path or start with '..'.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''The name of the volume mount containing the env file.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the file or its key must be defined.

        If the file or key
        does not exist, then the env var is not published.
        If optional is set to true and the specified key does not exist,
        the environment variable will not be set in the Pod's containers.

        If optional is set to false and the specified key does not exist,
        an error will be returned during Pod creation.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :param resource: Required: resource to select.
        :param container_name: Container name: required for volumes, optional for env vars.
        :param divisor: Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__33aa84adfe59650d8004e4baf4ead95ed3a3db192b5e3c28cb887f986b3e74cd)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''Required: resource to select.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''Container name: required for volumes, optional for env vars.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor"]:
        '''Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor",
):
    '''Specifies the output format of the exposed resources, defaults to "1".

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__30d0286eaf79e3b6f4b4c0e424578624f653840a71760bd7b01c190d7fe1935c)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__dbc525f71a965ed1d0d8d200193daa892f040112972ad627c2b027140843155d)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a secret in the pod's namespace.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d62a696cc053482bbb33a7c3a9e364b2434f59e7e478f50a57773751b918c661)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler",
    jsii_struct_bases=[],
    name_mapping={
        "extra_args": "extraArgs",
        "extra_envs": "extraEnvs",
        "extra_volumes": "extraVolumes",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler:
    def __init__(
        self,
        *,
        extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_envs: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''scheduler contains extra settings for the scheduler control plane component.

        :param extra_args: extraArgs is a list of args to pass to the control plane component. The arg name must match the command line flag name except without leading dash(es). Extra arguments will override existing default arguments set by kubeadm.
        :param extra_envs: extraEnvs is an extra set of environment variables to pass to the control plane component. Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default. This option takes effect only on Kubernetes >=1.31.0.
        :param extra_volumes: extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__df27fae8abe1ad8e010e6dfad4e453673383d0f261f0edc8148236a9cc4794f1)
            check_type(argname="argument extra_args", value=extra_args, expected_type=type_hints["extra_args"])
            check_type(argname="argument extra_envs", value=extra_envs, expected_type=type_hints["extra_envs"])
            check_type(argname="argument extra_volumes", value=extra_volumes, expected_type=type_hints["extra_volumes"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if extra_args is not None:
            self._values["extra_args"] = extra_args
        if extra_envs is not None:
            self._values["extra_envs"] = extra_envs
        if extra_volumes is not None:
            self._values["extra_volumes"] = extra_volumes

    @builtins.property
    def extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs"]]:
        '''extraArgs is a list of args to pass to the control plane component.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs"]], result)

    @builtins.property
    def extra_envs(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs"]]:
        '''extraEnvs is an extra set of environment variables to pass to the control plane component.

        Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default.
        This option takes effect only on Kubernetes >=1.31.0.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler#extraEnvs
        '''
        result = self._values.get("extra_envs")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs"]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes"]]:
        '''extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aad087073017fe19e64415d95b5842aeb678045976ca301dfd542c267fefa1a2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. May consist of any printable ASCII characters except '='.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs
        '''
        if isinstance(value_from, dict):
            value_from = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cda17d512322215c9c6844da4e1066ea41ffff6555fd8baa1effd4a8b9295b94)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
            check_type(argname="argument value_from", value=value_from, expected_type=type_hints["value_from"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if value is not None:
            self._values["value"] = value
        if value_from is not None:
            self._values["value_from"] = value_from

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the environment variable.

        May consist of any printable ASCII characters except '='.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables.

        If a variable cannot be resolved,
        the reference in the input string will be unchanged. Double $$ are reduced
        to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e.
        "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)".
        Escaped references will never be expanded, regardless of whether the variable
        exists or not.
        Defaults to "".

        :default: .

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom"]:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param field_ref: Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
        :param file_key_ref: FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
        :param resource_field_ref: Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
        :param secret_key_ref: Selects a key of a secret in the pod's namespace.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e7cbbec6f01480e80350b13bb2b473389c825d689ccb3b0450d65fdbee3ee7c)
            check_type(argname="argument config_map_key_ref", value=config_map_key_ref, expected_type=type_hints["config_map_key_ref"])
            check_type(argname="argument field_ref", value=field_ref, expected_type=type_hints["field_ref"])
            check_type(argname="argument file_key_ref", value=file_key_ref, expected_type=type_hints["file_key_ref"])
            check_type(argname="argument resource_field_ref", value=resource_field_ref, expected_type=type_hints["resource_field_ref"])
            check_type(argname="argument secret_key_ref", value=secret_key_ref, expected_type=type_hints["secret_key_ref"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if config_map_key_ref is not None:
            self._values["config_map_key_ref"] = config_map_key_ref
        if field_ref is not None:
            self._values["field_ref"] = field_ref
        if file_key_ref is not None:
            self._values["file_key_ref"] = file_key_ref
        if resource_field_ref is not None:
            self._values["resource_field_ref"] = resource_field_ref
        if secret_key_ref is not None:
            self._values["secret_key_ref"] = secret_key_ref

    @builtins.property
    def config_map_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef"]:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef"]:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef"]:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef"]:
        '''Selects a key of a secret in the pod's namespace.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a ConfigMap.

        :param key: The key to select.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__af58de24e966bedc92a348542bbb8274d3fa7067541d4ba75006858a92925a44)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key to select.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :param field_path: Path of the field to select in the specified API version.
        :param api_version: Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6e67e3275aab66273591320b8f6d96a92bd50f817453d9732e7ddb0a3691cee5)
            check_type(argname="argument field_path", value=field_path, expected_type=type_hints["field_path"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "field_path": field_path,
        }
        if api_version is not None:
            self._values["api_version"] = api_version

    @builtins.property
    def field_path(self) -> builtins.str:
        '''Path of the field to select in the specified API version.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        path: builtins.str,
        volume_name: builtins.str,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :param key: The key within the env file. An invalid key will prevent the pod from starting. The keys defined within a source may consist of any printable ASCII characters except '='. During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.
        :param path: The path within the volume from which to select the file. Must be relative and may not contain the '..' path or start with '..'.
        :param volume_name: The name of the volume mount containing the env file.
        :param optional: Specify whether the file or its key must be defined. If the file or key does not exist, then the env var is not published. If optional is set to true and the specified key does not exist, the environment variable will not be set in the Pod's containers. If optional is set to false and the specified key does not exist, an error will be returned during Pod creation.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__36f33771d28af793ac122acbf5b2afd27ee9c556cf9a738e393f1cd0e05ae59a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument volume_name", value=volume_name, expected_type=type_hints["volume_name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "path": path,
            "volume_name": volume_name,
        }
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key within the env file.

        An invalid key will prevent the pod from starting.
        The keys defined within a source may consist of any printable ASCII characters except '='.
        During Alpha stage of the EnvFiles feature gate, the key size is limited to 128 characters.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''The path within the volume from which to select the file.

        Must be relative and may not contain the '..' path or start with '..'.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''The name of the volume mount containing the env file.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef#volumeName
        '''
        result = self._values.get("volume_name")
        assert result is not None, "Required property 'volume_name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the file or its key must be defined.

        If the file or key
        does not exist, then the env var is not published.
        If optional is set to true and the specified key does not exist,
        the environment variable will not be set in the Pod's containers.

        If optional is set to false and the specified key does not exist,
        an error will be returned during Pod creation.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :param resource: Required: resource to select.
        :param container_name: Container name: required for volumes, optional for env vars.
        :param divisor: Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4ca9eb1f43e35dc1d4661550247560b66de8babb18d2d1330787c88e1c37b950)
            check_type(argname="argument resource", value=resource, expected_type=type_hints["resource"])
            check_type(argname="argument container_name", value=container_name, expected_type=type_hints["container_name"])
            check_type(argname="argument divisor", value=divisor, expected_type=type_hints["divisor"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "resource": resource,
        }
        if container_name is not None:
            self._values["container_name"] = container_name
        if divisor is not None:
            self._values["divisor"] = divisor

    @builtins.property
    def resource(self) -> builtins.str:
        '''Required: resource to select.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''Container name: required for volumes, optional for env vars.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor"]:
        '''Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor",
):
    '''Specifies the output format of the exposed resources, defaults to "1".

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__026df6f79ea5d0393efe02a93c6e33bce216593755b2b08f6b3bfc98e94e8230)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a6c5921a632b66aad50b9f668ff150a7f58cbe26115ff3ae947ac2bf521391e7)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef:
    def __init__(
        self,
        *,
        key: builtins.str,
        name: typing.Optional[builtins.str] = None,
        optional: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''Selects a key of a secret in the pod's namespace.

        :param key: The key of the secret to select from. Must be a valid secret key.
        :param name: Name of the referent. This field is effectively required, but due to backwards compatibility is allowed to be empty. Instances of this type with an empty value here are almost certainly wrong. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names
        :param optional: Specify whether the Secret or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__62abf082b3e962a8486d5b1becfcc1df7b26ed42a5c02a835935c0a7476b739f)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument optional", value=optional, expected_type=type_hints["optional"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
        }
        if name is not None:
            self._values["name"] = name
        if optional is not None:
            self._values["optional"] = optional

    @builtins.property
    def key(self) -> builtins.str:
        '''The key of the secret to select from.

        Must be a valid secret key.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        This field is effectively required, but due to backwards compatibility is
        allowed to be empty. Instances of this type with an empty value here are
        almost certainly wrong.
        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes:
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

        :param host_path: hostPath is the path in the host that will be mounted inside the pod.
        :param mount_path: mountPath is the path inside the pod where hostPath will be mounted.
        :param name: name of the volume inside the pod template.
        :param path_type: pathType is the type of the HostPath.
        :param read_only: readOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c1fafb0dbfe80080ebee1ce93cf8f2282f8b8eec1a3f99fab5ba2b95d1591877)
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
        '''hostPath is the path in the host that will be mounted inside the pod.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''mountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the volume inside the pod template.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''pathType is the type of the HostPath.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''readOnly controls write access to the volume.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup",
    jsii_struct_bases=[],
    name_mapping={"filesystems": "filesystems", "partitions": "partitions"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup:
    def __init__(
        self,
        *,
        filesystems: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems", typing.Dict[builtins.str, typing.Any]]]] = None,
        partitions: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''diskSetup specifies options for the creation of partition tables and file systems on devices.

        :param filesystems: filesystems specifies the list of file systems to setup.
        :param partitions: partitions specifies the list of the partitions to setup.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3464e013b4fc19528a0836456799319bdc104215485dcadd804064a0a3af4d0c)
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
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems"]]:
        '''filesystems specifies the list of file systems to setup.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup#filesystems
        '''
        result = self._values.get("filesystems")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems"]], result)

    @builtins.property
    def partitions(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions"]]:
        '''partitions specifies the list of the partitions to setup.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup#partitions
        '''
        result = self._values.get("partitions")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems",
    jsii_struct_bases=[],
    name_mapping={
        "device": "device",
        "filesystem": "filesystem",
        "extra_opts": "extraOpts",
        "label": "label",
        "overwrite": "overwrite",
        "partition": "partition",
        "replace_fs": "replaceFs",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems:
    def __init__(
        self,
        *,
        device: builtins.str,
        filesystem: builtins.str,
        extra_opts: typing.Optional[typing.Sequence[builtins.str]] = None,
        label: typing.Optional[builtins.str] = None,
        overwrite: typing.Optional[builtins.bool] = None,
        partition: typing.Optional[builtins.str] = None,
        replace_fs: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Filesystem defines the file systems to be created.

        :param device: device specifies the device name.
        :param filesystem: filesystem specifies the file system type.
        :param extra_opts: extraOpts defined extra options to add to the command for creating the file system.
        :param label: label specifies the file system label to be used. If set to None, no label is used.
        :param overwrite: overwrite defines whether or not to overwrite any existing filesystem. If true, any pre-existing file system will be destroyed. Use with Caution.
        :param partition: partition specifies the partition to use. The valid options are: "auto|any", "auto", "any", "none", and , where NUM is the actual partition number.
        :param replace_fs: replaceFS is a special directive, used for Microsoft Azure that instructs cloud-init to replace a file system of <FS_TYPE>. NOTE: unless you define a label, this requires the use of the 'any' partition directive.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5bef03dd23e51fd985f1daacec60f3a12722c5878cf1862c1b492b9c7003abf0)
            check_type(argname="argument device", value=device, expected_type=type_hints["device"])
            check_type(argname="argument filesystem", value=filesystem, expected_type=type_hints["filesystem"])
            check_type(argname="argument extra_opts", value=extra_opts, expected_type=type_hints["extra_opts"])
            check_type(argname="argument label", value=label, expected_type=type_hints["label"])
            check_type(argname="argument overwrite", value=overwrite, expected_type=type_hints["overwrite"])
            check_type(argname="argument partition", value=partition, expected_type=type_hints["partition"])
            check_type(argname="argument replace_fs", value=replace_fs, expected_type=type_hints["replace_fs"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device": device,
            "filesystem": filesystem,
        }
        if extra_opts is not None:
            self._values["extra_opts"] = extra_opts
        if label is not None:
            self._values["label"] = label
        if overwrite is not None:
            self._values["overwrite"] = overwrite
        if partition is not None:
            self._values["partition"] = partition
        if replace_fs is not None:
            self._values["replace_fs"] = replace_fs

    @builtins.property
    def device(self) -> builtins.str:
        '''device specifies the device name.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems#device
        '''
        result = self._values.get("device")
        assert result is not None, "Required property 'device' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def filesystem(self) -> builtins.str:
        '''filesystem specifies the file system type.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems#filesystem
        '''
        result = self._values.get("filesystem")
        assert result is not None, "Required property 'filesystem' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def extra_opts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''extraOpts defined extra options to add to the command for creating the file system.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems#extraOpts
        '''
        result = self._values.get("extra_opts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def label(self) -> typing.Optional[builtins.str]:
        '''label specifies the file system label to be used.

        If set to None, no label is used.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems#label
        '''
        result = self._values.get("label")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def overwrite(self) -> typing.Optional[builtins.bool]:
        '''overwrite defines whether or not to overwrite any existing filesystem.

        If true, any pre-existing file system will be destroyed. Use with Caution.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems#overwrite
        '''
        result = self._values.get("overwrite")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''partition specifies the partition to use.

        The valid options are: "auto|any", "auto", "any", "none", and , where NUM is the actual partition number.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems#partition
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_fs(self) -> typing.Optional[builtins.str]:
        '''replaceFS is a special directive, used for Microsoft Azure that instructs cloud-init to replace a file system of <FS_TYPE>.

        NOTE: unless you define a label, this requires the use of the 'any' partition directive.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems#replaceFS
        '''
        result = self._values.get("replace_fs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions",
    jsii_struct_bases=[],
    name_mapping={
        "device": "device",
        "disk_layout": "diskLayout",
        "layout": "layout",
        "overwrite": "overwrite",
        "table_type": "tableType",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions:
    def __init__(
        self,
        *,
        device: builtins.str,
        disk_layout: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout", typing.Dict[builtins.str, typing.Any]]]] = None,
        layout: typing.Optional[builtins.bool] = None,
        overwrite: typing.Optional[builtins.bool] = None,
        table_type: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsTableType"] = None,
    ) -> None:
        '''Partition defines how to create and layout a partition.

        :param device: device is the name of the device.
        :param disk_layout: diskLayout specifies an ordered list of partitions, where each item defines the percentage of disk space and optional partition type for that partition. The sum of all partition percentages must not be greater than 100. Mutually exclusive with layout.
        :param layout: layout specifies the device layout. If it is true, a single partition will be created for the entire device. When layout is false, it means don't partition or ignore existing partitioning. Mutually exclusive with diskLayout.
        :param overwrite: overwrite describes whether to skip checks and create the partition if a partition or filesystem is found on the device. Use with caution. Default is 'false'. Default: false'.
        :param table_type: tableType specifies the tupe of partition table. The following are supported: 'mbr': default and setups a MS-DOS partition table 'gpt': setups a GPT partition table

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a28aa254166261de45d2c1cd066b7cd64521640d33e286efdd803ad6a8866e16)
            check_type(argname="argument device", value=device, expected_type=type_hints["device"])
            check_type(argname="argument disk_layout", value=disk_layout, expected_type=type_hints["disk_layout"])
            check_type(argname="argument layout", value=layout, expected_type=type_hints["layout"])
            check_type(argname="argument overwrite", value=overwrite, expected_type=type_hints["overwrite"])
            check_type(argname="argument table_type", value=table_type, expected_type=type_hints["table_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "device": device,
        }
        if disk_layout is not None:
            self._values["disk_layout"] = disk_layout
        if layout is not None:
            self._values["layout"] = layout
        if overwrite is not None:
            self._values["overwrite"] = overwrite
        if table_type is not None:
            self._values["table_type"] = table_type

    @builtins.property
    def device(self) -> builtins.str:
        '''device is the name of the device.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions#device
        '''
        result = self._values.get("device")
        assert result is not None, "Required property 'device' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def disk_layout(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout"]]:
        '''diskLayout specifies an ordered list of partitions, where each item defines the percentage of disk space and optional partition type for that partition.

        The sum of all partition percentages must not be greater than 100.
        Mutually exclusive with layout.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions#diskLayout
        '''
        result = self._values.get("disk_layout")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout"]], result)

    @builtins.property
    def layout(self) -> typing.Optional[builtins.bool]:
        '''layout specifies the device layout.

        If it is true, a single partition will be created for the entire device.
        When layout is false, it means don't partition or ignore existing partitioning.
        Mutually exclusive with diskLayout.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions#layout
        '''
        result = self._values.get("layout")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def overwrite(self) -> typing.Optional[builtins.bool]:
        '''overwrite describes whether to skip checks and create the partition if a partition or filesystem is found on the device.

        Use with caution. Default is 'false'.

        :default: false'.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions#overwrite
        '''
        result = self._values.get("overwrite")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def table_type(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsTableType"]:
        '''tableType specifies the tupe of partition table.

        The following are supported:
        'mbr': default and setups a MS-DOS partition table
        'gpt': setups a GPT partition table

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions#tableType
        '''
        result = self._values.get("table_type")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsTableType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout",
    jsii_struct_bases=[],
    name_mapping={"percentage": "percentage", "partition_type": "partitionType"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout:
    def __init__(
        self,
        *,
        percentage: jsii.Number,
        partition_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PartitionSpec defines the size and optional type for a partition.

        :param percentage: percentage of disk that partition will take (1-100).
        :param partition_type: partitionType is the partition type (optional). Supported values are Linux, LinuxSwap, LinuxRAID, LVM, Fat32, NTFS, and LinuxExtended. These are translated to cloud-init partition type codes. A full GPT partition GUID is also supported as a passthrough value.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f9a20ea40ea8c6500b69ec9a3686bc82bbcf34eae54434293916434631a6109e)
            check_type(argname="argument percentage", value=percentage, expected_type=type_hints["percentage"])
            check_type(argname="argument partition_type", value=partition_type, expected_type=type_hints["partition_type"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "percentage": percentage,
        }
        if partition_type is not None:
            self._values["partition_type"] = partition_type

    @builtins.property
    def percentage(self) -> jsii.Number:
        '''percentage of disk that partition will take (1-100).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout#percentage
        '''
        result = self._values.get("percentage")
        assert result is not None, "Required property 'percentage' is missing"
        return typing.cast(jsii.Number, result)

    @builtins.property
    def partition_type(self) -> typing.Optional[builtins.str]:
        '''partitionType is the partition type (optional).

        Supported values are Linux, LinuxSwap, LinuxRAID, LVM, Fat32, NTFS,
        and LinuxExtended. These are translated to cloud-init partition type codes.
        A full GPT partition GUID is also supported as a passthrough value.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout#partitionType
        '''
        result = self._values.get("partition_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsTableType"
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsTableType(
    enum.Enum,
):
    '''tableType specifies the tupe of partition table.

    The following are supported:
    'mbr': default and setups a MS-DOS partition table
    'gpt': setups a GPT partition table

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsTableType
    '''

    MBR = "MBR"
    '''mbr.'''
    GPT = "GPT"
    '''gpt.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles",
    jsii_struct_bases=[],
    name_mapping={
        "path": "path",
        "append": "append",
        "content": "content",
        "content_format": "contentFormat",
        "content_from": "contentFrom",
        "encoding": "encoding",
        "owner": "owner",
        "permissions": "permissions",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles:
    def __init__(
        self,
        *,
        path: builtins.str,
        append: typing.Optional[builtins.bool] = None,
        content: typing.Optional[builtins.str] = None,
        content_format: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFormat"] = None,
        content_from: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        encoding: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesEncoding"] = None,
        owner: typing.Optional[builtins.str] = None,
        permissions: typing.Optional[builtins.str] = None,
    ) -> None:
        '''File defines the input for generating write_files in cloud-init.

        :param path: path specifies the full path on disk where to store the file.
        :param append: append specifies whether to append Content to existing file if Path exists.
        :param content: content is the actual content of the file.
        :param content_format: contentFormat specifies how to interpret content after it is resolved (inline or from contentFrom). When set to "Template", content is rendered as a Go text/template. Available template variables: - .controlPlane.version: the Kubernetes version of the control plane (e.g. "v1.35.0"). Only set when the cluster has a control plane reference that exposes spec.version. When set to "Raw" or omitted, content is used verbatim.
        :param content_from: contentFrom is a referenced source of content to populate the file.
        :param encoding: encoding specifies the encoding of the file contents.
        :param owner: owner specifies the ownership of the file, e.g. "root:root".
        :param permissions: permissions specifies the permissions to assign to the file, e.g. "0640".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles
        '''
        if isinstance(content_from, dict):
            content_from = KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom(**content_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e04dbbc0de7f5390ee93314990fcb14f78410418b50c0dc842d446766f11a503)
            check_type(argname="argument path", value=path, expected_type=type_hints["path"])
            check_type(argname="argument append", value=append, expected_type=type_hints["append"])
            check_type(argname="argument content", value=content, expected_type=type_hints["content"])
            check_type(argname="argument content_format", value=content_format, expected_type=type_hints["content_format"])
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
        if content_format is not None:
            self._values["content_format"] = content_format
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
        '''path specifies the full path on disk where to store the file.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def append(self) -> typing.Optional[builtins.bool]:
        '''append specifies whether to append Content to existing file if Path exists.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles#append
        '''
        result = self._values.get("append")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def content(self) -> typing.Optional[builtins.str]:
        '''content is the actual content of the file.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles#content
        '''
        result = self._values.get("content")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def content_format(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFormat"]:
        '''contentFormat specifies how to interpret content after it is resolved (inline or from contentFrom).

        When set to "Template", content is rendered as a Go text/template.
        Available template variables:

        - .controlPlane.version: the Kubernetes version of the control plane (e.g. "v1.35.0").
          Only set when the cluster has a control plane reference that exposes spec.version.
          When set to "Raw" or omitted, content is used verbatim.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles#contentFormat
        '''
        result = self._values.get("content_format")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFormat"], result)

    @builtins.property
    def content_from(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom"]:
        '''contentFrom is a referenced source of content to populate the file.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles#contentFrom
        '''
        result = self._values.get("content_from")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom"], result)

    @builtins.property
    def encoding(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesEncoding"]:
        '''encoding specifies the encoding of the file contents.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles#encoding
        '''
        result = self._values.get("encoding")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesEncoding"], result)

    @builtins.property
    def owner(self) -> typing.Optional[builtins.str]:
        '''owner specifies the ownership of the file, e.g. "root:root".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles#owner
        '''
        result = self._values.get("owner")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def permissions(self) -> typing.Optional[builtins.str]:
        '''permissions specifies the permissions to assign to the file, e.g. "0640".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles#permissions
        '''
        result = self._values.get("permissions")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFormat"
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFormat(enum.Enum):
    '''contentFormat specifies how to interpret content after it is resolved (inline or from contentFrom).

    When set to "Template", content is rendered as a Go text/template.
    Available template variables:

    - .controlPlane.version: the Kubernetes version of the control plane (e.g. "v1.35.0").
      Only set when the cluster has a control plane reference that exposes spec.version.
      When set to "Raw" or omitted, content is used verbatim.

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFormat
    '''

    RAW = "RAW"
    '''Raw.'''
    TEMPLATE = "TEMPLATE"
    '''Template.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom:
    def __init__(
        self,
        *,
        secret: typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''contentFrom is a referenced source of content to populate the file.

        :param secret: secret represents a secret that should populate this file.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom
        '''
        if isinstance(secret, dict):
            secret = KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__acedd2f8087d2041762fa9c8d735190f436ab323f30db38ebc6aa4d55988aedf)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }

    @builtins.property
    def secret(
        self,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret":
        '''secret represents a secret that should populate this file.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''secret represents a secret that should populate this file.

        :param key: key is the key in the secret's data map for this value.
        :param name: name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e047671f866423b9389ebd9b5c00b72ae8c97328b3f38146b107f0fdd0dcf48f)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the key in the secret's data map for this value.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesEncoding"
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesEncoding(enum.Enum):
    '''encoding specifies the encoding of the file contents.

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesEncoding
    '''

    BASE64 = "BASE64"
    '''base64.'''
    GZIP = "GZIP"
    '''gzip.'''
    GZIP_BASE64 = "GZIP_BASE64"
    '''gzip+base64.'''


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecFormat"
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecFormat(enum.Enum):
    '''format specifies the output format of the bootstrap data.

    Defaults to cloud-config if not set.

    :default: cloud-config if not set.

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecFormat
    '''

    CLOUD_HYPHEN_CONFIG = "CLOUD_HYPHEN_CONFIG"
    '''cloud-config.'''
    IGNITION = "IGNITION"
    '''ignition.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition",
    jsii_struct_bases=[],
    name_mapping={"container_linux_config": "containerLinuxConfig"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition:
    def __init__(
        self,
        *,
        container_linux_config: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ignition contains Ignition specific configuration.

        :param container_linux_config: containerLinuxConfig contains CLC specific configuration.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition
        '''
        if isinstance(container_linux_config, dict):
            container_linux_config = KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig(**container_linux_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__707031010b609c3221b98e724537ef4155700041de7e9cee503d5bb97cb1bbf0)
            check_type(argname="argument container_linux_config", value=container_linux_config, expected_type=type_hints["container_linux_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if container_linux_config is not None:
            self._values["container_linux_config"] = container_linux_config

    @builtins.property
    def container_linux_config(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig"]:
        '''containerLinuxConfig contains CLC specific configuration.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition#containerLinuxConfig
        '''
        result = self._values.get("container_linux_config")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig",
    jsii_struct_bases=[],
    name_mapping={"additional_config": "additionalConfig", "strict": "strict"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig:
    def __init__(
        self,
        *,
        additional_config: typing.Optional[builtins.str] = None,
        strict: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''containerLinuxConfig contains CLC specific configuration.

        :param additional_config: additionalConfig contains additional configuration to be merged with the Ignition configuration generated by the bootstrapper controller. More info: https://coreos.github.io/ignition/operator-notes/#config-merging. The data format is documented here: https://kinvolk.io/docs/flatcar-container-linux/latest/provisioning/cl-config/
        :param strict: strict controls if AdditionalConfig should be strictly parsed. If so, warnings are treated as errors.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1f593bff749ea91f768a37e6ae2ba9b074e924a6b9fcdbf7997af1355a43fc27)
            check_type(argname="argument additional_config", value=additional_config, expected_type=type_hints["additional_config"])
            check_type(argname="argument strict", value=strict, expected_type=type_hints["strict"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if additional_config is not None:
            self._values["additional_config"] = additional_config
        if strict is not None:
            self._values["strict"] = strict

    @builtins.property
    def additional_config(self) -> typing.Optional[builtins.str]:
        '''additionalConfig contains additional configuration to be merged with the Ignition configuration generated by the bootstrapper controller. More info: https://coreos.github.io/ignition/operator-notes/#config-merging.

        The data format is documented here: https://kinvolk.io/docs/flatcar-container-linux/latest/provisioning/cl-config/

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig#additionalConfig
        '''
        result = self._values.get("additional_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def strict(self) -> typing.Optional[builtins.bool]:
        '''strict controls if AdditionalConfig should be strictly parsed.

        If so, warnings are treated as errors.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig#strict
        '''
        result = self._values.get("strict")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "bootstrap_tokens": "bootstrapTokens",
        "local_api_endpoint": "localApiEndpoint",
        "node_registration": "nodeRegistration",
        "patches": "patches",
        "skip_phases": "skipPhases",
        "timeouts": "timeouts",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration:
    def __init__(
        self,
        *,
        bootstrap_tokens: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens", typing.Dict[builtins.str, typing.Any]]]] = None,
        local_api_endpoint: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        node_registration: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration", typing.Dict[builtins.str, typing.Any]]] = None,
        patches: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
        timeouts: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''initConfiguration along with ClusterConfiguration are the configurations necessary for the init command.

        :param bootstrap_tokens: bootstrapTokens is respected at ``kubeadm init`` time and describes a set of Bootstrap Tokens to create. This information IS NOT uploaded to the kubeadm cluster configmap, partly because of its sensitive nature
        :param local_api_endpoint: localAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.
        :param node_registration: nodeRegistration holds fields that relate to registering the new control-plane node to the cluster. When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration
        :param patches: patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init". The minimum kubernetes version needed to support Patches is v1.22
        :param skip_phases: skipPhases is a list of phases to skip during command execution. The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.
        :param timeouts: timeouts holds various timeouts that apply to kubeadm commands.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration
        '''
        if isinstance(local_api_endpoint, dict):
            local_api_endpoint = KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint(**local_api_endpoint)
        if isinstance(node_registration, dict):
            node_registration = KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration(**node_registration)
        if isinstance(patches, dict):
            patches = KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches(**patches)
        if isinstance(timeouts, dict):
            timeouts = KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__754eb01ac4bb7425ab698caf0463dfb0728cbd0aceb29b769802549bb1811c44)
            check_type(argname="argument bootstrap_tokens", value=bootstrap_tokens, expected_type=type_hints["bootstrap_tokens"])
            check_type(argname="argument local_api_endpoint", value=local_api_endpoint, expected_type=type_hints["local_api_endpoint"])
            check_type(argname="argument node_registration", value=node_registration, expected_type=type_hints["node_registration"])
            check_type(argname="argument patches", value=patches, expected_type=type_hints["patches"])
            check_type(argname="argument skip_phases", value=skip_phases, expected_type=type_hints["skip_phases"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bootstrap_tokens is not None:
            self._values["bootstrap_tokens"] = bootstrap_tokens
        if local_api_endpoint is not None:
            self._values["local_api_endpoint"] = local_api_endpoint
        if node_registration is not None:
            self._values["node_registration"] = node_registration
        if patches is not None:
            self._values["patches"] = patches
        if skip_phases is not None:
            self._values["skip_phases"] = skip_phases
        if timeouts is not None:
            self._values["timeouts"] = timeouts

    @builtins.property
    def bootstrap_tokens(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens"]]:
        '''bootstrapTokens is respected at ``kubeadm init`` time and describes a set of Bootstrap Tokens to create.

        This information IS NOT uploaded to the kubeadm cluster configmap, partly because of its sensitive nature

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration#bootstrapTokens
        '''
        result = self._values.get("bootstrap_tokens")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens"]], result)

    @builtins.property
    def local_api_endpoint(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint"]:
        '''localAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration#localAPIEndpoint
        '''
        result = self._values.get("local_api_endpoint")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint"], result)

    @builtins.property
    def node_registration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration"]:
        '''nodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent
        across both InitConfiguration and JoinConfiguration

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration#nodeRegistration
        '''
        result = self._values.get("node_registration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration"], result)

    @builtins.property
    def patches(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches"]:
        '''patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init".

        The minimum kubernetes version needed to support Patches is v1.22

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration#patches
        '''
        result = self._values.get("patches")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches"], result)

    @builtins.property
    def skip_phases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''skipPhases is a list of phases to skip during command execution.

        The list of phases can be obtained with the "kubeadm init --help" command.
        This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration#skipPhases
        '''
        result = self._values.get("skip_phases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def timeouts(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts"]:
        '''timeouts holds various timeouts that apply to kubeadm commands.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens",
    jsii_struct_bases=[],
    name_mapping={
        "token": "token",
        "description": "description",
        "expires": "expires",
        "groups": "groups",
        "ttl_seconds": "ttlSeconds",
        "usages": "usages",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens:
    def __init__(
        self,
        *,
        token: builtins.str,
        description: typing.Optional[builtins.str] = None,
        expires: typing.Optional[datetime.datetime] = None,
        groups: typing.Optional[typing.Sequence[builtins.str]] = None,
        ttl_seconds: typing.Optional[jsii.Number] = None,
        usages: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''BootstrapToken describes one bootstrap token, stored as a Secret in the cluster.

        :param token: token is used for establishing bidirectional trust between nodes and control-planes. Used for joining nodes in the cluster.
        :param description: description sets a human-friendly message why this token exists and what it's used for, so other administrators can know its purpose.
        :param expires: expires specifies the timestamp when this token expires. Defaults to being set dynamically at runtime based on the ttlSeconds. Expires and ttlSeconds are mutually exclusive. Default: being set
        :param groups: groups specifies the extra groups that this token will authenticate as when/if used for authentication.
        :param ttl_seconds: ttlSeconds defines the time to live for this token. Defaults to 24h. Expires and ttlSeconds are mutually exclusive. Default: 24h.
        :param usages: usages describes the ways in which this token can be used. Can by default be used for establishing bidirectional trust, but that can be changed here.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d2ce9399cfc44471a310c18534667d185d462ff39dc09b667d904e97bcc4dcf4)
            check_type(argname="argument token", value=token, expected_type=type_hints["token"])
            check_type(argname="argument description", value=description, expected_type=type_hints["description"])
            check_type(argname="argument expires", value=expires, expected_type=type_hints["expires"])
            check_type(argname="argument groups", value=groups, expected_type=type_hints["groups"])
            check_type(argname="argument ttl_seconds", value=ttl_seconds, expected_type=type_hints["ttl_seconds"])
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
        if ttl_seconds is not None:
            self._values["ttl_seconds"] = ttl_seconds
        if usages is not None:
            self._values["usages"] = usages

    @builtins.property
    def token(self) -> builtins.str:
        '''token is used for establishing bidirectional trust between nodes and control-planes.

        Used for joining nodes in the cluster.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens#token
        '''
        result = self._values.get("token")
        assert result is not None, "Required property 'token' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''description sets a human-friendly message why this token exists and what it's used for, so other administrators can know its purpose.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expires(self) -> typing.Optional[datetime.datetime]:
        '''expires specifies the timestamp when this token expires.

        Defaults to being set
        dynamically at runtime based on the ttlSeconds. Expires and ttlSeconds are mutually exclusive.

        :default: being set

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens#expires
        '''
        result = self._values.get("expires")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''groups specifies the extra groups that this token will authenticate as when/if used for authentication.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ttl_seconds(self) -> typing.Optional[jsii.Number]:
        '''ttlSeconds defines the time to live for this token.

        Defaults to 24h.
        Expires and ttlSeconds are mutually exclusive.

        :default: 24h.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens#ttlSeconds
        '''
        result = self._values.get("ttl_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def usages(self) -> typing.Optional[typing.List[builtins.str]]:
        '''usages describes the ways in which this token can be used.

        Can by default be used
        for establishing bidirectional trust, but that can be changed here.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens#usages
        '''
        result = self._values.get("usages")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint",
    jsii_struct_bases=[],
    name_mapping={"advertise_address": "advertiseAddress", "bind_port": "bindPort"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint:
    def __init__(
        self,
        *,
        advertise_address: typing.Optional[builtins.str] = None,
        bind_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''localAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.

        :param advertise_address: advertiseAddress sets the IP address for the API server to advertise.
        :param bind_port: bindPort sets the secure port for the API Server to bind to. Defaults to 6443. Default: 6443.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c69aa5a849819ba1f6a8a6624c93a36308cf053ab108834c966e11cf926e2af)
            check_type(argname="argument advertise_address", value=advertise_address, expected_type=type_hints["advertise_address"])
            check_type(argname="argument bind_port", value=bind_port, expected_type=type_hints["bind_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if advertise_address is not None:
            self._values["advertise_address"] = advertise_address
        if bind_port is not None:
            self._values["bind_port"] = bind_port

    @builtins.property
    def advertise_address(self) -> typing.Optional[builtins.str]:
        '''advertiseAddress sets the IP address for the API server to advertise.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint#advertiseAddress
        '''
        result = self._values.get("advertise_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bind_port(self) -> typing.Optional[jsii.Number]:
        '''bindPort sets the secure port for the API Server to bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint#bindPort
        '''
        result = self._values.get("bind_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration",
    jsii_struct_bases=[],
    name_mapping={
        "cri_socket": "criSocket",
        "ignore_preflight_errors": "ignorePreflightErrors",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_serial": "imagePullSerial",
        "kubelet_extra_args": "kubeletExtraArgs",
        "name": "name",
        "taints": "taints",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration:
    def __init__(
        self,
        *,
        cri_socket: typing.Optional[builtins.str] = None,
        ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy"] = None,
        image_pull_serial: typing.Optional[builtins.bool] = None,
        kubelet_extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''nodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent
        across both InitConfiguration and JoinConfiguration

        :param cri_socket: criSocket is used to retrieve container runtime info. This information will be annotated to the Node API object, for later re-use
        :param ignore_preflight_errors: ignorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered, e.g. 'IsPrivilegedUser,Swap'. Value 'all' ignores errors from all checks.
        :param image_pull_policy: imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations. The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent" if not set. Default: IfNotPresent" if not set.
        :param image_pull_serial: imagePullSerial specifies if image pulling performed by kubeadm must be done serially or in parallel. This option takes effect only on Kubernetes >=1.31.0. Default: true (defaulted in kubeadm)
        :param kubelet_extra_args: kubeletExtraArgs is a list of args to pass to kubelet. The arg name must match the command line flag name except without leading dash(es). Extra arguments will override existing default arguments set by kubeadm.
        :param name: name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided. Default: the hostname of the node if not provided.
        :param taints: taints specifies the taints the Node API object should be registered with. If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2f259e49daced13f09a4919e708b2d98474b66dd147495c0f6680480eb73841)
            check_type(argname="argument cri_socket", value=cri_socket, expected_type=type_hints["cri_socket"])
            check_type(argname="argument ignore_preflight_errors", value=ignore_preflight_errors, expected_type=type_hints["ignore_preflight_errors"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_serial", value=image_pull_serial, expected_type=type_hints["image_pull_serial"])
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
        if image_pull_serial is not None:
            self._values["image_pull_serial"] = image_pull_serial
        if kubelet_extra_args is not None:
            self._values["kubelet_extra_args"] = kubelet_extra_args
        if name is not None:
            self._values["name"] = name
        if taints is not None:
            self._values["taints"] = taints

    @builtins.property
    def cri_socket(self) -> typing.Optional[builtins.str]:
        '''criSocket is used to retrieve container runtime info.

        This information will be annotated to the Node API object, for later re-use

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration#criSocket
        '''
        result = self._values.get("cri_socket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_preflight_errors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ignorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered, e.g. 'IsPrivilegedUser,Swap'. Value 'all' ignores errors from all checks.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration#ignorePreflightErrors
        '''
        result = self._values.get("ignore_preflight_errors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy"]:
        '''imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

        The value of
        this field must be one of "Always", "IfNotPresent" or
        "Never". Defaults to "IfNotPresent" if not set.

        :default: IfNotPresent" if not set.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy"], result)

    @builtins.property
    def image_pull_serial(self) -> typing.Optional[builtins.bool]:
        '''imagePullSerial specifies if image pulling performed by kubeadm must be done serially or in parallel.

        This option takes effect only on Kubernetes >=1.31.0.
        Default: true (defaulted in kubeadm)

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration#imagePullSerial
        '''
        result = self._values.get("image_pull_serial")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def kubelet_extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs"]]:
        '''kubeletExtraArgs is a list of args to pass to kubelet.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration#kubeletExtraArgs
        '''
        result = self._values.get("kubelet_extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided.

        :default: the hostname of the node if not provided.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints"]]:
        '''taints specifies the taints the Node API object should be registered with.

        If this field is unset, i.e. nil, in the ``kubeadm init`` process
        it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an
        empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy"
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy(
    enum.Enum,
):
    '''imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

    The value of
    this field must be one of "Always", "IfNotPresent" or
    "Never". Defaults to "IfNotPresent" if not set.

    :default: IfNotPresent" if not set.

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4e834a675985b42111596a9ad8dce9c4e21a3998017b70b8da356167ffbfa589)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "time_added": "timeAdded",
        "value": "value",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints:
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
        :param time_added: TimeAdded represents the time at which the taint was added.
        :param value: The taint value corresponding to the taint key.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__97b232abe95c5177abe831da31a0b6f34302eeefdfa3b53331f9a02299b52707)
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

        The effect of the taint on pods
        that do not tolerate the taint.
        Valid effects are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Required.

        The taint key to be applied to a node.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def time_added(self) -> typing.Optional[datetime.datetime]:
        '''TimeAdded represents the time at which the taint was added.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints#timeAdded
        '''
        result = self._values.get("time_added")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The taint value corresponding to the taint key.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches",
    jsii_struct_bases=[],
    name_mapping={"directory": "directory"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches:
    def __init__(self, *, directory: typing.Optional[builtins.str] = None) -> None:
        '''patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init".

        The minimum kubernetes version needed to support Patches is v1.22

        :param directory: directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__76dc18515938d2255fac4283c2f749217f33a9cbe20845672930121148592b7a)
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if directory is not None:
            self._values["directory"] = directory

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts",
    jsii_struct_bases=[],
    name_mapping={
        "control_plane_component_health_check_seconds": "controlPlaneComponentHealthCheckSeconds",
        "discovery_seconds": "discoverySeconds",
        "etcd_api_call_seconds": "etcdApiCallSeconds",
        "kubelet_health_check_seconds": "kubeletHealthCheckSeconds",
        "kubernetes_api_call_seconds": "kubernetesApiCallSeconds",
        "tls_bootstrap_seconds": "tlsBootstrapSeconds",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts:
    def __init__(
        self,
        *,
        control_plane_component_health_check_seconds: typing.Optional[jsii.Number] = None,
        discovery_seconds: typing.Optional[jsii.Number] = None,
        etcd_api_call_seconds: typing.Optional[jsii.Number] = None,
        kubelet_health_check_seconds: typing.Optional[jsii.Number] = None,
        kubernetes_api_call_seconds: typing.Optional[jsii.Number] = None,
        tls_bootstrap_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''timeouts holds various timeouts that apply to kubeadm commands.

        :param control_plane_component_health_check_seconds: controlPlaneComponentHealthCheckSeconds is the amount of time to wait for a control plane component, such as the API server, to be healthy during "kubeadm init" and "kubeadm join". If not set, it defaults to 4m (240s).
        :param discovery_seconds: discoverySeconds is the amount of time to wait for kubeadm to validate the API server identity for a joining node. If not set, it defaults to 5m (300s).
        :param etcd_api_call_seconds: etcdAPICallSeconds is the amount of time to wait for the kubeadm etcd client to complete a request to the etcd cluster. If not set, it defaults to 2m (120s).
        :param kubelet_health_check_seconds: kubeletHealthCheckSeconds is the amount of time to wait for the kubelet to be healthy during "kubeadm init" and "kubeadm join". If not set, it defaults to 4m (240s).
        :param kubernetes_api_call_seconds: kubernetesAPICallSeconds is the amount of time to wait for the kubeadm client to complete a request to the API server. This applies to all types of methods (GET, POST, etc). If not set, it defaults to 1m (60s).
        :param tls_bootstrap_seconds: tlsBootstrapSeconds is the amount of time to wait for the kubelet to complete TLS bootstrap for a joining node. If not set, it defaults to 5m (300s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__411a9428be80b1ed802fa7d636311c6147a4d08070ab56a6702edbe0a84216f2)
            check_type(argname="argument control_plane_component_health_check_seconds", value=control_plane_component_health_check_seconds, expected_type=type_hints["control_plane_component_health_check_seconds"])
            check_type(argname="argument discovery_seconds", value=discovery_seconds, expected_type=type_hints["discovery_seconds"])
            check_type(argname="argument etcd_api_call_seconds", value=etcd_api_call_seconds, expected_type=type_hints["etcd_api_call_seconds"])
            check_type(argname="argument kubelet_health_check_seconds", value=kubelet_health_check_seconds, expected_type=type_hints["kubelet_health_check_seconds"])
            check_type(argname="argument kubernetes_api_call_seconds", value=kubernetes_api_call_seconds, expected_type=type_hints["kubernetes_api_call_seconds"])
            check_type(argname="argument tls_bootstrap_seconds", value=tls_bootstrap_seconds, expected_type=type_hints["tls_bootstrap_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if control_plane_component_health_check_seconds is not None:
            self._values["control_plane_component_health_check_seconds"] = control_plane_component_health_check_seconds
        if discovery_seconds is not None:
            self._values["discovery_seconds"] = discovery_seconds
        if etcd_api_call_seconds is not None:
            self._values["etcd_api_call_seconds"] = etcd_api_call_seconds
        if kubelet_health_check_seconds is not None:
            self._values["kubelet_health_check_seconds"] = kubelet_health_check_seconds
        if kubernetes_api_call_seconds is not None:
            self._values["kubernetes_api_call_seconds"] = kubernetes_api_call_seconds
        if tls_bootstrap_seconds is not None:
            self._values["tls_bootstrap_seconds"] = tls_bootstrap_seconds

    @builtins.property
    def control_plane_component_health_check_seconds(
        self,
    ) -> typing.Optional[jsii.Number]:
        '''controlPlaneComponentHealthCheckSeconds is the amount of time to wait for a control plane component, such as the API server, to be healthy during "kubeadm init" and "kubeadm join".

        If not set, it defaults to 4m (240s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts#controlPlaneComponentHealthCheckSeconds
        '''
        result = self._values.get("control_plane_component_health_check_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def discovery_seconds(self) -> typing.Optional[jsii.Number]:
        '''discoverySeconds is the amount of time to wait for kubeadm to validate the API server identity for a joining node.

        If not set, it defaults to 5m (300s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts#discoverySeconds
        '''
        result = self._values.get("discovery_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def etcd_api_call_seconds(self) -> typing.Optional[jsii.Number]:
        '''etcdAPICallSeconds is the amount of time to wait for the kubeadm etcd client to complete a request to the etcd cluster.

        If not set, it defaults to 2m (120s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts#etcdAPICallSeconds
        '''
        result = self._values.get("etcd_api_call_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kubelet_health_check_seconds(self) -> typing.Optional[jsii.Number]:
        '''kubeletHealthCheckSeconds is the amount of time to wait for the kubelet to be healthy during "kubeadm init" and "kubeadm join".

        If not set, it defaults to 4m (240s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts#kubeletHealthCheckSeconds
        '''
        result = self._values.get("kubelet_health_check_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kubernetes_api_call_seconds(self) -> typing.Optional[jsii.Number]:
        '''kubernetesAPICallSeconds is the amount of time to wait for the kubeadm client to complete a request to the API server.

        This applies to all types of methods (GET, POST, etc).
        If not set, it defaults to 1m (60s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts#kubernetesAPICallSeconds
        '''
        result = self._values.get("kubernetes_api_call_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls_bootstrap_seconds(self) -> typing.Optional[jsii.Number]:
        '''tlsBootstrapSeconds is the amount of time to wait for the kubelet to complete TLS bootstrap for a joining node.

        If not set, it defaults to 5m (300s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts#tlsBootstrapSeconds
        '''
        result = self._values.get("tls_bootstrap_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration",
    jsii_struct_bases=[],
    name_mapping={
        "ca_cert_path": "caCertPath",
        "control_plane": "controlPlane",
        "discovery": "discovery",
        "node_registration": "nodeRegistration",
        "patches": "patches",
        "skip_phases": "skipPhases",
        "timeouts": "timeouts",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration:
    def __init__(
        self,
        *,
        ca_cert_path: typing.Optional[builtins.str] = None,
        control_plane: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane", typing.Dict[builtins.str, typing.Any]]] = None,
        discovery: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery", typing.Dict[builtins.str, typing.Any]]] = None,
        node_registration: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration", typing.Dict[builtins.str, typing.Any]]] = None,
        patches: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
        timeouts: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''joinConfiguration is the kubeadm configuration for the join command.

        :param ca_cert_path: caCertPath is the path to the SSL certificate authority used to secure communications between node and control-plane. Defaults to "/etc/kubernetes/pki/ca.crt". Default: etc/kubernetes/pki/ca.crt".
        :param control_plane: controlPlane defines the additional control plane instance to be deployed on the joining node. If nil, no additional control plane instance will be deployed.
        :param discovery: discovery specifies the options for the kubelet to use during the TLS Bootstrap process.
        :param node_registration: nodeRegistration holds fields that relate to registering the new control-plane node to the cluster. When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration
        :param patches: patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join". The minimum kubernetes version needed to support Patches is v1.22
        :param skip_phases: skipPhases is a list of phases to skip during command execution. The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.
        :param timeouts: timeouts holds various timeouts that apply to kubeadm commands.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration
        '''
        if isinstance(control_plane, dict):
            control_plane = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane(**control_plane)
        if isinstance(discovery, dict):
            discovery = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery(**discovery)
        if isinstance(node_registration, dict):
            node_registration = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration(**node_registration)
        if isinstance(patches, dict):
            patches = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches(**patches)
        if isinstance(timeouts, dict):
            timeouts = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c117e35b512dcee6458ada585c51f15af523b303972b250d8cf084fcdead4470)
            check_type(argname="argument ca_cert_path", value=ca_cert_path, expected_type=type_hints["ca_cert_path"])
            check_type(argname="argument control_plane", value=control_plane, expected_type=type_hints["control_plane"])
            check_type(argname="argument discovery", value=discovery, expected_type=type_hints["discovery"])
            check_type(argname="argument node_registration", value=node_registration, expected_type=type_hints["node_registration"])
            check_type(argname="argument patches", value=patches, expected_type=type_hints["patches"])
            check_type(argname="argument skip_phases", value=skip_phases, expected_type=type_hints["skip_phases"])
            check_type(argname="argument timeouts", value=timeouts, expected_type=type_hints["timeouts"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if ca_cert_path is not None:
            self._values["ca_cert_path"] = ca_cert_path
        if control_plane is not None:
            self._values["control_plane"] = control_plane
        if discovery is not None:
            self._values["discovery"] = discovery
        if node_registration is not None:
            self._values["node_registration"] = node_registration
        if patches is not None:
            self._values["patches"] = patches
        if skip_phases is not None:
            self._values["skip_phases"] = skip_phases
        if timeouts is not None:
            self._values["timeouts"] = timeouts

    @builtins.property
    def ca_cert_path(self) -> typing.Optional[builtins.str]:
        '''caCertPath is the path to the SSL certificate authority used to secure communications between node and control-plane.

        Defaults to "/etc/kubernetes/pki/ca.crt".

        :default: etc/kubernetes/pki/ca.crt".

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration#caCertPath
        '''
        result = self._values.get("ca_cert_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def control_plane(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane"]:
        '''controlPlane defines the additional control plane instance to be deployed on the joining node.

        If nil, no additional control plane instance will be deployed.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration#controlPlane
        '''
        result = self._values.get("control_plane")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane"], result)

    @builtins.property
    def discovery(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery"]:
        '''discovery specifies the options for the kubelet to use during the TLS Bootstrap process.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration#discovery
        '''
        result = self._values.get("discovery")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery"], result)

    @builtins.property
    def node_registration(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration"]:
        '''nodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent
        across both InitConfiguration and JoinConfiguration

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration#nodeRegistration
        '''
        result = self._values.get("node_registration")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration"], result)

    @builtins.property
    def patches(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches"]:
        '''patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join".

        The minimum kubernetes version needed to support Patches is v1.22

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration#patches
        '''
        result = self._values.get("patches")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches"], result)

    @builtins.property
    def skip_phases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''skipPhases is a list of phases to skip during command execution.

        The list of phases can be obtained with the "kubeadm init --help" command.
        This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration#skipPhases
        '''
        result = self._values.get("skip_phases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def timeouts(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts"]:
        '''timeouts holds various timeouts that apply to kubeadm commands.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane",
    jsii_struct_bases=[],
    name_mapping={"local_api_endpoint": "localApiEndpoint"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane:
    def __init__(
        self,
        *,
        local_api_endpoint: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''controlPlane defines the additional control plane instance to be deployed on the joining node.

        If nil, no additional control plane instance will be deployed.

        :param local_api_endpoint: localAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane
        '''
        if isinstance(local_api_endpoint, dict):
            local_api_endpoint = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint(**local_api_endpoint)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__674f98418a1d465dadcf8e17628c15d19c985839aab336c1f93741b26d2a25a9)
            check_type(argname="argument local_api_endpoint", value=local_api_endpoint, expected_type=type_hints["local_api_endpoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if local_api_endpoint is not None:
            self._values["local_api_endpoint"] = local_api_endpoint

    @builtins.property
    def local_api_endpoint(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint"]:
        '''localAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane#localAPIEndpoint
        '''
        result = self._values.get("local_api_endpoint")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint",
    jsii_struct_bases=[],
    name_mapping={"advertise_address": "advertiseAddress", "bind_port": "bindPort"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint:
    def __init__(
        self,
        *,
        advertise_address: typing.Optional[builtins.str] = None,
        bind_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''localAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :param advertise_address: advertiseAddress sets the IP address for the API server to advertise.
        :param bind_port: bindPort sets the secure port for the API Server to bind to. Defaults to 6443. Default: 6443.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__48d8eddeed5263673b162519f9a08b4eedb617e2d299a491319f22d2fec6d843)
            check_type(argname="argument advertise_address", value=advertise_address, expected_type=type_hints["advertise_address"])
            check_type(argname="argument bind_port", value=bind_port, expected_type=type_hints["bind_port"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if advertise_address is not None:
            self._values["advertise_address"] = advertise_address
        if bind_port is not None:
            self._values["bind_port"] = bind_port

    @builtins.property
    def advertise_address(self) -> typing.Optional[builtins.str]:
        '''advertiseAddress sets the IP address for the API server to advertise.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint#advertiseAddress
        '''
        result = self._values.get("advertise_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bind_port(self) -> typing.Optional[jsii.Number]:
        '''bindPort sets the secure port for the API Server to bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint#bindPort
        '''
        result = self._values.get("bind_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery",
    jsii_struct_bases=[],
    name_mapping={
        "bootstrap_token": "bootstrapToken",
        "file": "file",
        "tls_bootstrap_token": "tlsBootstrapToken",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery:
    def __init__(
        self,
        *,
        bootstrap_token: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken", typing.Dict[builtins.str, typing.Any]]] = None,
        file: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile", typing.Dict[builtins.str, typing.Any]]] = None,
        tls_bootstrap_token: typing.Optional[builtins.str] = None,
    ) -> None:
        '''discovery specifies the options for the kubelet to use during the TLS Bootstrap process.

        :param bootstrap_token: bootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.
        :param file: file is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.
        :param tls_bootstrap_token: tlsBootstrapToken is a token used for TLS bootstrapping. If .BootstrapToken is set, this field is defaulted to .BootstrapToken.Token, but can be overridden. If .File is set, this field **must be set** in case the KubeConfigFile does not contain any other authentication information

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery
        '''
        if isinstance(bootstrap_token, dict):
            bootstrap_token = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken(**bootstrap_token)
        if isinstance(file, dict):
            file = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile(**file)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6d12c6ae4d5d064f212f2f29e30f70ca6cf152f4977385e2b0b08b5bbf41b356)
            check_type(argname="argument bootstrap_token", value=bootstrap_token, expected_type=type_hints["bootstrap_token"])
            check_type(argname="argument file", value=file, expected_type=type_hints["file"])
            check_type(argname="argument tls_bootstrap_token", value=tls_bootstrap_token, expected_type=type_hints["tls_bootstrap_token"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if bootstrap_token is not None:
            self._values["bootstrap_token"] = bootstrap_token
        if file is not None:
            self._values["file"] = file
        if tls_bootstrap_token is not None:
            self._values["tls_bootstrap_token"] = tls_bootstrap_token

    @builtins.property
    def bootstrap_token(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken"]:
        '''bootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery#bootstrapToken
        '''
        result = self._values.get("bootstrap_token")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken"], result)

    @builtins.property
    def file(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile"]:
        '''file is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery#file
        '''
        result = self._values.get("file")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile"], result)

    @builtins.property
    def tls_bootstrap_token(self) -> typing.Optional[builtins.str]:
        '''tlsBootstrapToken is a token used for TLS bootstrapping.

        If .BootstrapToken is set, this field is defaulted to .BootstrapToken.Token, but can be overridden.
        If .File is set, this field **must be set** in case the KubeConfigFile does not contain any other authentication information

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery#tlsBootstrapToken
        '''
        result = self._values.get("tls_bootstrap_token")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken",
    jsii_struct_bases=[],
    name_mapping={
        "api_server_endpoint": "apiServerEndpoint",
        "ca_cert_hashes": "caCertHashes",
        "token": "token",
        "unsafe_skip_ca_verification": "unsafeSkipCaVerification",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken:
    def __init__(
        self,
        *,
        api_server_endpoint: typing.Optional[builtins.str] = None,
        ca_cert_hashes: typing.Optional[typing.Sequence[builtins.str]] = None,
        token: typing.Optional[builtins.str] = None,
        unsafe_skip_ca_verification: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''bootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.

        :param api_server_endpoint: apiServerEndpoint is an IP or domain name to the API server from which info will be fetched.
        :param ca_cert_hashes: caCertHashes specifies a set of public key pins to verify when token-based discovery is used. The root CA found during discovery must match one of these values. Specifying an empty set disables root CA pinning, which can be unsafe. Each hash is specified as ":", where the only currently supported type is "sha256". This is a hex-encoded SHA-256 hash of the Subject Public Key Info (SPKI) object in DER-encoded ASN.1. These hashes can be calculated using, for example, OpenSSL: openssl x509 -pubkey -in ca.crt openssl rsa -pubin -outform der 2>&/dev/null | openssl dgst -sha256 -hex
        :param token: token is a token used to validate cluster information fetched from the control-plane.
        :param unsafe_skip_ca_verification: unsafeSkipCAVerification allows token-based discovery without CA verification via CACertHashes. This can weaken the security of kubeadm since other nodes can impersonate the control-plane.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9f3e76024fee279f759c91e8592dae2783b75f0f7ea283a7cf0ae96f87f67c00)
            check_type(argname="argument api_server_endpoint", value=api_server_endpoint, expected_type=type_hints["api_server_endpoint"])
            check_type(argname="argument ca_cert_hashes", value=ca_cert_hashes, expected_type=type_hints["ca_cert_hashes"])
            check_type(argname="argument token", value=token, expected_type=type_hints["token"])
            check_type(argname="argument unsafe_skip_ca_verification", value=unsafe_skip_ca_verification, expected_type=type_hints["unsafe_skip_ca_verification"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if api_server_endpoint is not None:
            self._values["api_server_endpoint"] = api_server_endpoint
        if ca_cert_hashes is not None:
            self._values["ca_cert_hashes"] = ca_cert_hashes
        if token is not None:
            self._values["token"] = token
        if unsafe_skip_ca_verification is not None:
            self._values["unsafe_skip_ca_verification"] = unsafe_skip_ca_verification

    @builtins.property
    def api_server_endpoint(self) -> typing.Optional[builtins.str]:
        '''apiServerEndpoint is an IP or domain name to the API server from which info will be fetched.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken#apiServerEndpoint
        '''
        result = self._values.get("api_server_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_cert_hashes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''caCertHashes specifies a set of public key pins to verify when token-based discovery is used.

        The root CA found during discovery
        must match one of these values. Specifying an empty set disables root CA
        pinning, which can be unsafe. Each hash is specified as ":",
        where the only currently supported type is "sha256". This is a hex-encoded
        SHA-256 hash of the Subject Public Key Info (SPKI) object in DER-encoded
        ASN.1. These hashes can be calculated using, for example, OpenSSL:
        openssl x509 -pubkey -in ca.crt openssl rsa -pubin -outform der 2>&/dev/null | openssl dgst -sha256 -hex

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken#caCertHashes
        '''
        result = self._values.get("ca_cert_hashes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def token(self) -> typing.Optional[builtins.str]:
        '''token is a token used to validate cluster information fetched from the control-plane.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken#token
        '''
        result = self._values.get("token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unsafe_skip_ca_verification(self) -> typing.Optional[builtins.bool]:
        '''unsafeSkipCAVerification allows token-based discovery without CA verification via CACertHashes.

        This can weaken
        the security of kubeadm since other nodes can impersonate the control-plane.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken#unsafeSkipCAVerification
        '''
        result = self._values.get("unsafe_skip_ca_verification")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile",
    jsii_struct_bases=[],
    name_mapping={"kube_config_path": "kubeConfigPath", "kube_config": "kubeConfig"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile:
    def __init__(
        self,
        *,
        kube_config_path: builtins.str,
        kube_config: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''file is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.

        :param kube_config_path: kubeConfigPath is used to specify the actual file path or URL to the kubeconfig file from which to load cluster information.
        :param kube_config: kubeConfig is used (optionally) to generate a KubeConfig based on the KubeadmConfig's information. The file is generated at the path specified in KubeConfigPath. Host address (server field) information is automatically populated based on the Cluster's ControlPlaneEndpoint. Certificate Authority (certificate-authority-data field) is gathered from the cluster's CA secret.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile
        '''
        if isinstance(kube_config, dict):
            kube_config = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig(**kube_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5131375e602b4911c4cdbf27982bf78736176848492f9368eb4617439db7a374)
            check_type(argname="argument kube_config_path", value=kube_config_path, expected_type=type_hints["kube_config_path"])
            check_type(argname="argument kube_config", value=kube_config, expected_type=type_hints["kube_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kube_config_path": kube_config_path,
        }
        if kube_config is not None:
            self._values["kube_config"] = kube_config

    @builtins.property
    def kube_config_path(self) -> builtins.str:
        '''kubeConfigPath is used to specify the actual file path or URL to the kubeconfig file from which to load cluster information.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile#kubeConfigPath
        '''
        result = self._values.get("kube_config_path")
        assert result is not None, "Required property 'kube_config_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kube_config(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig"]:
        '''kubeConfig is used (optionally) to generate a KubeConfig based on the KubeadmConfig's information.

        The file is generated at the path specified in KubeConfigPath.

        Host address (server field) information is automatically populated based on the Cluster's ControlPlaneEndpoint.
        Certificate Authority (certificate-authority-data field) is gathered from the cluster's CA secret.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile#kubeConfig
        '''
        result = self._values.get("kube_config")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig",
    jsii_struct_bases=[],
    name_mapping={"user": "user", "cluster": "cluster"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig:
    def __init__(
        self,
        *,
        user: typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser", typing.Dict[builtins.str, typing.Any]],
        cluster: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''kubeConfig is used (optionally) to generate a KubeConfig based on the KubeadmConfig's information.

        The file is generated at the path specified in KubeConfigPath.

        Host address (server field) information is automatically populated based on the Cluster's ControlPlaneEndpoint.
        Certificate Authority (certificate-authority-data field) is gathered from the cluster's CA secret.

        :param user: user contains information that describes identity information. This is used to tell the kubernetes cluster who you are.
        :param cluster: cluster contains information about how to communicate with the kubernetes cluster. By default the following fields are automatically populated: - Server with the Cluster's ControlPlaneEndpoint. - CertificateAuthorityData with the Cluster's CA certificate.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig
        '''
        if isinstance(user, dict):
            user = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser(**user)
        if isinstance(cluster, dict):
            cluster = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster(**cluster)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80d2bc75b1cf9cadf2c7ef8b9a620dca61169684033e49dedb3928833870870a)
            check_type(argname="argument user", value=user, expected_type=type_hints["user"])
            check_type(argname="argument cluster", value=cluster, expected_type=type_hints["cluster"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "user": user,
        }
        if cluster is not None:
            self._values["cluster"] = cluster

    @builtins.property
    def user(
        self,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser":
        '''user contains information that describes identity information.

        This is used to tell the kubernetes cluster who you are.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig#user
        '''
        result = self._values.get("user")
        assert result is not None, "Required property 'user' is missing"
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser", result)

    @builtins.property
    def cluster(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster"]:
        '''cluster contains information about how to communicate with the kubernetes cluster.

        By default the following fields are automatically populated:

        - Server with the Cluster's ControlPlaneEndpoint.
        - CertificateAuthorityData with the Cluster's CA certificate.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig#cluster
        '''
        result = self._values.get("cluster")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster",
    jsii_struct_bases=[],
    name_mapping={
        "certificate_authority_data": "certificateAuthorityData",
        "insecure_skip_tls_verify": "insecureSkipTlsVerify",
        "proxy_url": "proxyUrl",
        "server": "server",
        "tls_server_name": "tlsServerName",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster:
    def __init__(
        self,
        *,
        certificate_authority_data: typing.Optional[builtins.str] = None,
        insecure_skip_tls_verify: typing.Optional[builtins.bool] = None,
        proxy_url: typing.Optional[builtins.str] = None,
        server: typing.Optional[builtins.str] = None,
        tls_server_name: typing.Optional[builtins.str] = None,
    ) -> None:
        '''cluster contains information about how to communicate with the kubernetes cluster.

        By default the following fields are automatically populated:

        - Server with the Cluster's ControlPlaneEndpoint.
        - CertificateAuthorityData with the Cluster's CA certificate.

        :param certificate_authority_data: certificateAuthorityData contains PEM-encoded certificate authority certificates. Defaults to the Cluster's CA certificate if empty. Default: the Cluster's CA certificate if empty.
        :param insecure_skip_tls_verify: insecureSkipTLSVerify skips the validity check for the server's certificate. This will make your HTTPS connections insecure.
        :param proxy_url: proxyURL is the URL to the proxy to be used for all requests made by this client. URLs with "http", "https", and "socks5" schemes are supported. If this configuration is not provided or the empty string, the client attempts to construct a proxy configuration from http_proxy and https_proxy environment variables. If these environment variables are not set, the client does not attempt to proxy requests. socks5 proxying does not currently support spdy streaming endpoints (exec, attach, port forward).
        :param server: server is the address of the kubernetes cluster (https://hostname:port). Defaults to https:// + Cluster.Spec.ControlPlaneEndpoint. Default: https:// + Cluster.Spec.ControlPlaneEndpoint.
        :param tls_server_name: tlsServerName is used to check server certificate. If TLSServerName is empty, the hostname used to contact the server is used.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ec4a574b2e19e045fbe352d72532143a92bd7ab71a29c120e4ff55bf88860f3)
            check_type(argname="argument certificate_authority_data", value=certificate_authority_data, expected_type=type_hints["certificate_authority_data"])
            check_type(argname="argument insecure_skip_tls_verify", value=insecure_skip_tls_verify, expected_type=type_hints["insecure_skip_tls_verify"])
            check_type(argname="argument proxy_url", value=proxy_url, expected_type=type_hints["proxy_url"])
            check_type(argname="argument server", value=server, expected_type=type_hints["server"])
            check_type(argname="argument tls_server_name", value=tls_server_name, expected_type=type_hints["tls_server_name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificate_authority_data is not None:
            self._values["certificate_authority_data"] = certificate_authority_data
        if insecure_skip_tls_verify is not None:
            self._values["insecure_skip_tls_verify"] = insecure_skip_tls_verify
        if proxy_url is not None:
            self._values["proxy_url"] = proxy_url
        if server is not None:
            self._values["server"] = server
        if tls_server_name is not None:
            self._values["tls_server_name"] = tls_server_name

    @builtins.property
    def certificate_authority_data(self) -> typing.Optional[builtins.str]:
        '''certificateAuthorityData contains PEM-encoded certificate authority certificates.

        Defaults to the Cluster's CA certificate if empty.

        :default: the Cluster's CA certificate if empty.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster#certificateAuthorityData
        '''
        result = self._values.get("certificate_authority_data")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_tls_verify(self) -> typing.Optional[builtins.bool]:
        '''insecureSkipTLSVerify skips the validity check for the server's certificate.

        This will make your HTTPS connections insecure.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster#insecureSkipTLSVerify
        '''
        result = self._values.get("insecure_skip_tls_verify")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def proxy_url(self) -> typing.Optional[builtins.str]:
        '''proxyURL is the URL to the proxy to be used for all requests made by this client.

        URLs with "http", "https", and "socks5" schemes are supported.  If
        this configuration is not provided or the empty string, the client
        attempts to construct a proxy configuration from http_proxy and
        https_proxy environment variables. If these environment variables are not
        set, the client does not attempt to proxy requests.

        socks5 proxying does not currently support spdy streaming endpoints (exec,
        attach, port forward).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster#proxyURL
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server(self) -> typing.Optional[builtins.str]:
        '''server is the address of the kubernetes cluster (https://hostname:port).

        Defaults to https:// + Cluster.Spec.ControlPlaneEndpoint.

        :default: https:// + Cluster.Spec.ControlPlaneEndpoint.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster#server
        '''
        result = self._values.get("server")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls_server_name(self) -> typing.Optional[builtins.str]:
        '''tlsServerName is used to check server certificate.

        If TLSServerName is empty, the hostname used to contact the server is used.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster#tlsServerName
        '''
        result = self._values.get("tls_server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser",
    jsii_struct_bases=[],
    name_mapping={"auth_provider": "authProvider", "exec": "exec"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser:
    def __init__(
        self,
        *,
        auth_provider: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider", typing.Dict[builtins.str, typing.Any]]] = None,
        exec: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''user contains information that describes identity information.

        This is used to tell the kubernetes cluster who you are.

        :param auth_provider: authProvider specifies a custom authentication plugin for the kubernetes cluster.
        :param exec: exec specifies a custom exec-based authentication plugin for the kubernetes cluster.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser
        '''
        if isinstance(auth_provider, dict):
            auth_provider = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider(**auth_provider)
        if isinstance(exec, dict):
            exec = KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec(**exec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12b765a0ecf82178ae300d2102684f8299daba39053c2d3d0bfec2df11a0e1af)
            check_type(argname="argument auth_provider", value=auth_provider, expected_type=type_hints["auth_provider"])
            check_type(argname="argument exec", value=exec, expected_type=type_hints["exec"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if auth_provider is not None:
            self._values["auth_provider"] = auth_provider
        if exec is not None:
            self._values["exec"] = exec

    @builtins.property
    def auth_provider(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider"]:
        '''authProvider specifies a custom authentication plugin for the kubernetes cluster.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser#authProvider
        '''
        result = self._values.get("auth_provider")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider"], result)

    @builtins.property
    def exec(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec"]:
        '''exec specifies a custom exec-based authentication plugin for the kubernetes cluster.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "config": "config"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider:
    def __init__(
        self,
        *,
        name: builtins.str,
        config: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''authProvider specifies a custom authentication plugin for the kubernetes cluster.

        :param name: name is the name of the authentication plugin.
        :param config: config holds the parameters for the authentication plugin.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__04e19408a3792d1b688718a57a197e21eaae233b948cf9cdbdd2a3920005b2e9)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument config", value=config, expected_type=type_hints["config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
        }
        if config is not None:
            self._values["config"] = config

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the name of the authentication plugin.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def config(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''config holds the parameters for the authentication plugin.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec",
    jsii_struct_bases=[],
    name_mapping={
        "command": "command",
        "api_version": "apiVersion",
        "args": "args",
        "env": "env",
        "provide_cluster_info": "provideClusterInfo",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec:
    def __init__(
        self,
        *,
        command: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        provide_cluster_info: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''exec specifies a custom exec-based authentication plugin for the kubernetes cluster.

        :param command: command to execute.
        :param api_version: apiVersion is preferred input version of the ExecInfo. The returned ExecCredentials MUST use the same encoding version as the input. Defaults to client.authentication.k8s.io/v1 if not set. Default: client.authentication.k8s.io/v1 if not set.
        :param args: args is the arguments to pass to the command when executing it.
        :param env: env defines additional environment variables to expose to the process. These are unioned with the host's environment, as well as variables client-go uses to pass argument to the plugin.
        :param provide_cluster_info: provideClusterInfo determines whether or not to provide cluster information, which could potentially contain very large CA data, to this exec plugin as a part of the KUBERNETES_EXEC_INFO environment variable. By default, it is set to false. Package k8s.io/client-go/tools/auth/exec provides helper methods for reading this environment variable.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__58b13762133d128ab90f306b7b68b68952f88834894539244bbb579662fecc83)
            check_type(argname="argument command", value=command, expected_type=type_hints["command"])
            check_type(argname="argument api_version", value=api_version, expected_type=type_hints["api_version"])
            check_type(argname="argument args", value=args, expected_type=type_hints["args"])
            check_type(argname="argument env", value=env, expected_type=type_hints["env"])
            check_type(argname="argument provide_cluster_info", value=provide_cluster_info, expected_type=type_hints["provide_cluster_info"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "command": command,
        }
        if api_version is not None:
            self._values["api_version"] = api_version
        if args is not None:
            self._values["args"] = args
        if env is not None:
            self._values["env"] = env
        if provide_cluster_info is not None:
            self._values["provide_cluster_info"] = provide_cluster_info

    @builtins.property
    def command(self) -> builtins.str:
        '''command to execute.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#command
        '''
        result = self._values.get("command")
        assert result is not None, "Required property 'command' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''apiVersion is preferred input version of the ExecInfo.

        The returned ExecCredentials MUST use
        the same encoding version as the input.
        Defaults to client.authentication.k8s.io/v1 if not set.

        :default: client.authentication.k8s.io/v1 if not set.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''args is the arguments to pass to the command when executing it.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv"]]:
        '''env defines additional environment variables to expose to the process.

        These
        are unioned with the host's environment, as well as variables client-go uses
        to pass argument to the plugin.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv"]], result)

    @builtins.property
    def provide_cluster_info(self) -> typing.Optional[builtins.bool]:
        '''provideClusterInfo determines whether or not to provide cluster information, which could potentially contain very large CA data, to this exec plugin as a part of the KUBERNETES_EXEC_INFO environment variable.

        By default, it is set
        to false. Package k8s.io/client-go/tools/auth/exec provides helper methods for
        reading this environment variable.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#provideClusterInfo
        '''
        result = self._values.get("provide_cluster_info")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''KubeConfigAuthExecEnv is used for setting environment variables when executing an exec-based credential plugin.

        :param name: name of the environment variable.
        :param value: value of the environment variable.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__eed4a43ba6732cf977e29ae2dbed770b0625d7950e5458242a2e4be572de286d)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the environment variable.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value of the environment variable.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration",
    jsii_struct_bases=[],
    name_mapping={
        "cri_socket": "criSocket",
        "ignore_preflight_errors": "ignorePreflightErrors",
        "image_pull_policy": "imagePullPolicy",
        "image_pull_serial": "imagePullSerial",
        "kubelet_extra_args": "kubeletExtraArgs",
        "name": "name",
        "taints": "taints",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration:
    def __init__(
        self,
        *,
        cri_socket: typing.Optional[builtins.str] = None,
        ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy"] = None,
        image_pull_serial: typing.Optional[builtins.bool] = None,
        kubelet_extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''nodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent
        across both InitConfiguration and JoinConfiguration

        :param cri_socket: criSocket is used to retrieve container runtime info. This information will be annotated to the Node API object, for later re-use
        :param ignore_preflight_errors: ignorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered, e.g. 'IsPrivilegedUser,Swap'. Value 'all' ignores errors from all checks.
        :param image_pull_policy: imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations. The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent" if not set. Default: IfNotPresent" if not set.
        :param image_pull_serial: imagePullSerial specifies if image pulling performed by kubeadm must be done serially or in parallel. This option takes effect only on Kubernetes >=1.31.0. Default: true (defaulted in kubeadm)
        :param kubelet_extra_args: kubeletExtraArgs is a list of args to pass to kubelet. The arg name must match the command line flag name except without leading dash(es). Extra arguments will override existing default arguments set by kubeadm.
        :param name: name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided. Default: the hostname of the node if not provided.
        :param taints: taints specifies the taints the Node API object should be registered with. If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ce9125b88e3d36b53ab546aebfec6627d93057c57d08b7e441e8c287aec03e5f)
            check_type(argname="argument cri_socket", value=cri_socket, expected_type=type_hints["cri_socket"])
            check_type(argname="argument ignore_preflight_errors", value=ignore_preflight_errors, expected_type=type_hints["ignore_preflight_errors"])
            check_type(argname="argument image_pull_policy", value=image_pull_policy, expected_type=type_hints["image_pull_policy"])
            check_type(argname="argument image_pull_serial", value=image_pull_serial, expected_type=type_hints["image_pull_serial"])
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
        if image_pull_serial is not None:
            self._values["image_pull_serial"] = image_pull_serial
        if kubelet_extra_args is not None:
            self._values["kubelet_extra_args"] = kubelet_extra_args
        if name is not None:
            self._values["name"] = name
        if taints is not None:
            self._values["taints"] = taints

    @builtins.property
    def cri_socket(self) -> typing.Optional[builtins.str]:
        '''criSocket is used to retrieve container runtime info.

        This information will be annotated to the Node API object, for later re-use

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration#criSocket
        '''
        result = self._values.get("cri_socket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_preflight_errors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ignorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered, e.g. 'IsPrivilegedUser,Swap'. Value 'all' ignores errors from all checks.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration#ignorePreflightErrors
        '''
        result = self._values.get("ignore_preflight_errors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy"]:
        '''imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

        The value of
        this field must be one of "Always", "IfNotPresent" or
        "Never". Defaults to "IfNotPresent" if not set.

        :default: IfNotPresent" if not set.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy"], result)

    @builtins.property
    def image_pull_serial(self) -> typing.Optional[builtins.bool]:
        '''imagePullSerial specifies if image pulling performed by kubeadm must be done serially or in parallel.

        This option takes effect only on Kubernetes >=1.31.0.
        Default: true (defaulted in kubeadm)

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration#imagePullSerial
        '''
        result = self._values.get("image_pull_serial")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def kubelet_extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs"]]:
        '''kubeletExtraArgs is a list of args to pass to kubelet.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration#kubeletExtraArgs
        '''
        result = self._values.get("kubelet_extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided.

        :default: the hostname of the node if not provided.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints"]]:
        '''taints specifies the taints the Node API object should be registered with.

        If this field is unset, i.e. nil, in the ``kubeadm init`` process
        it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an
        empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy"
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy(
    enum.Enum,
):
    '''imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

    The value of
    this field must be one of "Always", "IfNotPresent" or
    "Never". Defaults to "IfNotPresent" if not set.

    :default: IfNotPresent" if not set.

    :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__489f9889ca1fc6949e8c181d3fb1dbe12cf0d5b71dd998054c826a8e5a9d7309)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "time_added": "timeAdded",
        "value": "value",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints:
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
        :param time_added: TimeAdded represents the time at which the taint was added.
        :param value: The taint value corresponding to the taint key.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fd54ee6674f5a05a98dcd5fbcbd420369e030d0fb7a963a4cb251e79c5e72b63)
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

        The effect of the taint on pods
        that do not tolerate the taint.
        Valid effects are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Required.

        The taint key to be applied to a node.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def time_added(self) -> typing.Optional[datetime.datetime]:
        '''TimeAdded represents the time at which the taint was added.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints#timeAdded
        '''
        result = self._values.get("time_added")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The taint value corresponding to the taint key.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches",
    jsii_struct_bases=[],
    name_mapping={"directory": "directory"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches:
    def __init__(self, *, directory: typing.Optional[builtins.str] = None) -> None:
        '''patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join".

        The minimum kubernetes version needed to support Patches is v1.22

        :param directory: directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78eb5013b52fe09bd8f7fc09cbf307b58f53daae4cef08af877751fa58c80e0c)
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if directory is not None:
            self._values["directory"] = directory

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts",
    jsii_struct_bases=[],
    name_mapping={
        "control_plane_component_health_check_seconds": "controlPlaneComponentHealthCheckSeconds",
        "discovery_seconds": "discoverySeconds",
        "etcd_api_call_seconds": "etcdApiCallSeconds",
        "kubelet_health_check_seconds": "kubeletHealthCheckSeconds",
        "kubernetes_api_call_seconds": "kubernetesApiCallSeconds",
        "tls_bootstrap_seconds": "tlsBootstrapSeconds",
    },
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts:
    def __init__(
        self,
        *,
        control_plane_component_health_check_seconds: typing.Optional[jsii.Number] = None,
        discovery_seconds: typing.Optional[jsii.Number] = None,
        etcd_api_call_seconds: typing.Optional[jsii.Number] = None,
        kubelet_health_check_seconds: typing.Optional[jsii.Number] = None,
        kubernetes_api_call_seconds: typing.Optional[jsii.Number] = None,
        tls_bootstrap_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''timeouts holds various timeouts that apply to kubeadm commands.

        :param control_plane_component_health_check_seconds: controlPlaneComponentHealthCheckSeconds is the amount of time to wait for a control plane component, such as the API server, to be healthy during "kubeadm init" and "kubeadm join". If not set, it defaults to 4m (240s).
        :param discovery_seconds: discoverySeconds is the amount of time to wait for kubeadm to validate the API server identity for a joining node. If not set, it defaults to 5m (300s).
        :param etcd_api_call_seconds: etcdAPICallSeconds is the amount of time to wait for the kubeadm etcd client to complete a request to the etcd cluster. If not set, it defaults to 2m (120s).
        :param kubelet_health_check_seconds: kubeletHealthCheckSeconds is the amount of time to wait for the kubelet to be healthy during "kubeadm init" and "kubeadm join". If not set, it defaults to 4m (240s).
        :param kubernetes_api_call_seconds: kubernetesAPICallSeconds is the amount of time to wait for the kubeadm client to complete a request to the API server. This applies to all types of methods (GET, POST, etc). If not set, it defaults to 1m (60s).
        :param tls_bootstrap_seconds: tlsBootstrapSeconds is the amount of time to wait for the kubelet to complete TLS bootstrap for a joining node. If not set, it defaults to 5m (300s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__88814d8642523af11b7b68269d4345ab8225ac7d9df0d7ee335fb40e2b29f567)
            check_type(argname="argument control_plane_component_health_check_seconds", value=control_plane_component_health_check_seconds, expected_type=type_hints["control_plane_component_health_check_seconds"])
            check_type(argname="argument discovery_seconds", value=discovery_seconds, expected_type=type_hints["discovery_seconds"])
            check_type(argname="argument etcd_api_call_seconds", value=etcd_api_call_seconds, expected_type=type_hints["etcd_api_call_seconds"])
            check_type(argname="argument kubelet_health_check_seconds", value=kubelet_health_check_seconds, expected_type=type_hints["kubelet_health_check_seconds"])
            check_type(argname="argument kubernetes_api_call_seconds", value=kubernetes_api_call_seconds, expected_type=type_hints["kubernetes_api_call_seconds"])
            check_type(argname="argument tls_bootstrap_seconds", value=tls_bootstrap_seconds, expected_type=type_hints["tls_bootstrap_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if control_plane_component_health_check_seconds is not None:
            self._values["control_plane_component_health_check_seconds"] = control_plane_component_health_check_seconds
        if discovery_seconds is not None:
            self._values["discovery_seconds"] = discovery_seconds
        if etcd_api_call_seconds is not None:
            self._values["etcd_api_call_seconds"] = etcd_api_call_seconds
        if kubelet_health_check_seconds is not None:
            self._values["kubelet_health_check_seconds"] = kubelet_health_check_seconds
        if kubernetes_api_call_seconds is not None:
            self._values["kubernetes_api_call_seconds"] = kubernetes_api_call_seconds
        if tls_bootstrap_seconds is not None:
            self._values["tls_bootstrap_seconds"] = tls_bootstrap_seconds

    @builtins.property
    def control_plane_component_health_check_seconds(
        self,
    ) -> typing.Optional[jsii.Number]:
        '''controlPlaneComponentHealthCheckSeconds is the amount of time to wait for a control plane component, such as the API server, to be healthy during "kubeadm init" and "kubeadm join".

        If not set, it defaults to 4m (240s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts#controlPlaneComponentHealthCheckSeconds
        '''
        result = self._values.get("control_plane_component_health_check_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def discovery_seconds(self) -> typing.Optional[jsii.Number]:
        '''discoverySeconds is the amount of time to wait for kubeadm to validate the API server identity for a joining node.

        If not set, it defaults to 5m (300s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts#discoverySeconds
        '''
        result = self._values.get("discovery_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def etcd_api_call_seconds(self) -> typing.Optional[jsii.Number]:
        '''etcdAPICallSeconds is the amount of time to wait for the kubeadm etcd client to complete a request to the etcd cluster.

        If not set, it defaults to 2m (120s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts#etcdAPICallSeconds
        '''
        result = self._values.get("etcd_api_call_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kubelet_health_check_seconds(self) -> typing.Optional[jsii.Number]:
        '''kubeletHealthCheckSeconds is the amount of time to wait for the kubelet to be healthy during "kubeadm init" and "kubeadm join".

        If not set, it defaults to 4m (240s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts#kubeletHealthCheckSeconds
        '''
        result = self._values.get("kubelet_health_check_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kubernetes_api_call_seconds(self) -> typing.Optional[jsii.Number]:
        '''kubernetesAPICallSeconds is the amount of time to wait for the kubeadm client to complete a request to the API server.

        This applies to all types of methods (GET, POST, etc).
        If not set, it defaults to 1m (60s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts#kubernetesAPICallSeconds
        '''
        result = self._values.get("kubernetes_api_call_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls_bootstrap_seconds(self) -> typing.Optional[jsii.Number]:
        '''tlsBootstrapSeconds is the amount of time to wait for the kubelet to complete TLS bootstrap for a joining node.

        If not set, it defaults to 5m (300s).

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts#tlsBootstrapSeconds
        '''
        result = self._values.get("tls_bootstrap_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled", "servers": "servers"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        servers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''ntp specifies NTP configuration.

        :param enabled: enabled specifies whether NTP should be enabled.
        :param servers: servers specifies which NTP servers to use.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3490f180b7854e091354dd786c4d81a71c1b65b0acb12315131eafd56c6d3767)
            check_type(argname="argument enabled", value=enabled, expected_type=type_hints["enabled"])
            check_type(argname="argument servers", value=servers, expected_type=type_hints["servers"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if enabled is not None:
            self._values["enabled"] = enabled
        if servers is not None:
            self._values["servers"] = servers

    @builtins.property
    def enabled(self) -> typing.Optional[builtins.bool]:
        '''enabled specifies whether NTP should be enabled.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def servers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''servers specifies which NTP servers to use.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp#servers
        '''
        result = self._values.get("servers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers",
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
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers:
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
        passwd_from: typing.Optional[typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        primary_group: typing.Optional[builtins.str] = None,
        shell: typing.Optional[builtins.str] = None,
        ssh_authorized_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
        sudo: typing.Optional[builtins.str] = None,
    ) -> None:
        '''User defines the input for a generated user in cloud-init.

        :param name: name specifies the user name.
        :param gecos: gecos specifies the gecos to use for the user.
        :param groups: groups specifies the additional groups for the user.
        :param home_dir: homeDir specifies the home directory to use for the user.
        :param inactive: inactive specifies whether to mark the user as inactive.
        :param lock_password: lockPassword specifies if password login should be disabled.
        :param passwd: passwd specifies a hashed password for the user.
        :param passwd_from: passwdFrom is a referenced source of passwd to populate the passwd.
        :param primary_group: primaryGroup specifies the primary group for the user.
        :param shell: shell specifies the user's shell.
        :param ssh_authorized_keys: sshAuthorizedKeys specifies a list of ssh authorized keys for the user.
        :param sudo: sudo specifies a sudo role for the user.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers
        '''
        if isinstance(passwd_from, dict):
            passwd_from = KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom(**passwd_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d5d1ae135a0aea2b43834e21bd92f3451da72f475448bdee53e3ad3ce6c8a1c)
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
        '''name specifies the user name.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def gecos(self) -> typing.Optional[builtins.str]:
        '''gecos specifies the gecos to use for the user.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#gecos
        '''
        result = self._values.get("gecos")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def groups(self) -> typing.Optional[builtins.str]:
        '''groups specifies the additional groups for the user.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def home_dir(self) -> typing.Optional[builtins.str]:
        '''homeDir specifies the home directory to use for the user.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#homeDir
        '''
        result = self._values.get("home_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def inactive(self) -> typing.Optional[builtins.bool]:
        '''inactive specifies whether to mark the user as inactive.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#inactive
        '''
        result = self._values.get("inactive")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def lock_password(self) -> typing.Optional[builtins.bool]:
        '''lockPassword specifies if password login should be disabled.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#lockPassword
        '''
        result = self._values.get("lock_password")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passwd(self) -> typing.Optional[builtins.str]:
        '''passwd specifies a hashed password for the user.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#passwd
        '''
        result = self._values.get("passwd")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passwd_from(
        self,
    ) -> typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom"]:
        '''passwdFrom is a referenced source of passwd to populate the passwd.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#passwdFrom
        '''
        result = self._values.get("passwd_from")
        return typing.cast(typing.Optional["KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom"], result)

    @builtins.property
    def primary_group(self) -> typing.Optional[builtins.str]:
        '''primaryGroup specifies the primary group for the user.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#primaryGroup
        '''
        result = self._values.get("primary_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell(self) -> typing.Optional[builtins.str]:
        '''shell specifies the user's shell.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#shell
        '''
        result = self._values.get("shell")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssh_authorized_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''sshAuthorizedKeys specifies a list of ssh authorized keys for the user.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#sshAuthorizedKeys
        '''
        result = self._values.get("ssh_authorized_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def sudo(self) -> typing.Optional[builtins.str]:
        '''sudo specifies a sudo role for the user.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers#sudo
        '''
        result = self._values.get("sudo")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom:
    def __init__(
        self,
        *,
        secret: typing.Union["KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''passwdFrom is a referenced source of passwd to populate the passwd.

        :param secret: secret represents a secret that should populate this password.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom
        '''
        if isinstance(secret, dict):
            secret = KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__90ddef400a4d9b13d9e6cb2f8a1ca3eba7d42349b559e2a697d4704c277bd047)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }

    @builtins.property
    def secret(
        self,
    ) -> "KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret":
        '''secret represents a secret that should populate this password.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclusterbootstrap.KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''secret represents a secret that should populate this password.

        :param key: key is the key in the secret's data map for this value.
        :param name: name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__78513ff4037622e27a4964c14bfad3c1dcd0dad887986fe6282b24b88b2f52af)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the key in the secret's data map for this value.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret(%s)" % ", ".join(
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
    "KubeadmConfigTemplateV1Beta2",
    "KubeadmConfigTemplateV1Beta2Props",
    "KubeadmConfigTemplateV1Beta2Spec",
    "KubeadmConfigTemplateV1Beta2SpecTemplate",
    "KubeadmConfigTemplateV1Beta2SpecTemplateMetadata",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpec",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEncryptionAlgorithm",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsTableType",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFormat",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesEncoding",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecFormat",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom",
    "KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret",
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

def _typecheckingstub__bc30dac5d0565b71842f783d91b63abfa833faa8db0e412527f3b252a2f57a92(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92f2b049de96f79fe9109e973729a3677b23d7585171d3650c5ad467b9f0df47(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2Spec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c07d064f305c59e89ac37a517693afec69fe72ca62de6326c88cdb4c68a6ae2e(
    *,
    template: typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplate, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__51f56cce7aff7b888ad7df2a35ae3492713f3fe0a1a7e1ff09c588823e0f1ebb(
    *,
    metadata: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__831486f8f26c234c357dcdd8a030346e318b14fbc694a83999f9573f4f6067f8(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__21f82b0347d88db484733a1de08f92f177e27850e170d14b779296b1921d22b3(
    *,
    boot_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    cluster_configuration: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    disk_setup: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetup, typing.Dict[builtins.str, typing.Any]]] = None,
    files: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecFiles, typing.Dict[builtins.str, typing.Any]]]] = None,
    format: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecFormat] = None,
    ignition: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnition, typing.Dict[builtins.str, typing.Any]]] = None,
    init_configuration: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    join_configuration: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    mounts: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
    ntp: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecNtp, typing.Dict[builtins.str, typing.Any]]] = None,
    post_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    pre_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    users: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsers, typing.Dict[builtins.str, typing.Any]]]] = None,
    verbosity: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c427c52343103cea36c8892da1390d100e72675e69484675b15bb90f9d56d177(
    *,
    api_server: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServer, typing.Dict[builtins.str, typing.Any]]] = None,
    ca_certificate_validity_period_days: typing.Optional[jsii.Number] = None,
    certificates_dir: typing.Optional[builtins.str] = None,
    certificate_validity_period_days: typing.Optional[jsii.Number] = None,
    controller_manager: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManager, typing.Dict[builtins.str, typing.Any]]] = None,
    control_plane_endpoint: typing.Optional[builtins.str] = None,
    dns: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationDns, typing.Dict[builtins.str, typing.Any]]] = None,
    encryption_algorithm: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEncryptionAlgorithm] = None,
    etcd: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcd, typing.Dict[builtins.str, typing.Any]]] = None,
    feature_gates: typing.Optional[typing.Mapping[builtins.str, builtins.bool]] = None,
    image_repository: typing.Optional[builtins.str] = None,
    scheduler: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationScheduler, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e0c65110bd1cbc2e91bddeec68437cd7ff18a1931484cdcc398892c5d8b24ee(
    *,
    cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_envs: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6223ce96da2e4aa4ac28b0a9eba215c84d1fb191476e2edd5c674175ddb3d0c5(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__47ead906be800832e2ffb4efe6a643974ca5191e2a9355791be0281b8fae791c(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__13bda4a0ddd464020c13cbc7d3986038e784d21bd05d063e258478adac20c99e(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3e06904fb6f00b47eac93c0ba5e16650355d31026f32f28feb41e2b0f9a3b637(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4f5503bbe6cf08f7a9bbfd284f3b6ed881029511af336045548eaead3f293507(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a38c1b6b783aa0c14b7ef2e6ed3752943203bd2a8acd44007a42fec558303429(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__57389b1c04cac290e9dad8febfead8ed2e8ae4b8abdb44aad0d9a6e8e508a830(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34c36b49b11aad215b3c8899382528773510f6d31d4035c092b40ce1f5937b22(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f76a98fdf503648496506f1a9c5a8bcc23718c40135e1d96e1bd3c405057ea3b(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2687f971c556659288143d903106a5ee69b601431594ba485a3b49d40c9af22(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a585327c5914d0e56d4c7bac519f239cdea61b024533286da897f20beee3bedc(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2a7d3d0df69c378e2c3a75787d1629e3431aeda3e5d33c651af13d84009ff167(
    *,
    extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_envs: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f074b114acdec3febcb636b505ffcddb1d0697ca29f897254a5e47bec5804117(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__835b0fe8fb2dcf22047860acb15e28533f63e54de5a7b44adab1078e03541d00(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ad51fe8a1aed8ced24c04d21a116385ff678a177781ca773b21cbae4279a3055(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1a0c0b7e95e638e25398739b1715ae99bfab4e8a6998d2f854cb7282421a7b3(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0c0e986a2a75172f91b84798ac3bb00f693899f4c8caca7aa7264e35ee534119(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__154c172bb1e58369ea0080bf64244dbbf0485498a1a0c79122340df0b236ad95(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b70df37cdd9830948b23aa657266f63207c6a4818afa13bc668d0d578d5408c(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f032161a3ed2575dd5dc3e5518e1ac7f3d46d6c2955a7cb94e62b93c1451b386(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__35c58d0bff8d341a1d4ac0ac897c07ca32cc1d5325691e5f7a861d7e4ddf2ba3(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5d3bf0efca41baec925b0a1f1961dc563857fcc0da82547fab9e140b34e6202a(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__717b880a3a4832ca9cdf6b6e2ff24b4a0f23fce5ceb9d613d3bf51b8d02063be(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__05a00fb9866dace8d53936282e5d1c497fa4f85d6d4994b739988c4af65b4c05(
    *,
    image_repository: typing.Optional[builtins.str] = None,
    image_tag: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f17adf83db134424a6bd5faffeca848b5dd100e8001f7654c4667b345f039d9(
    *,
    external: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdExternal, typing.Dict[builtins.str, typing.Any]]] = None,
    local: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocal, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4885178799a913fdd0b1f21e6092a6e94429f2fa6c5baa21e05450f855a22697(
    *,
    ca_file: builtins.str,
    cert_file: builtins.str,
    endpoints: typing.Sequence[builtins.str],
    key_file: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33d5fac34ccc4f3d1f4bcdc3577630c058752a4594b0348c3fa578d6e3474ffb(
    *,
    data_dir: typing.Optional[builtins.str] = None,
    extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_envs: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    image_repository: typing.Optional[builtins.str] = None,
    image_tag: typing.Optional[builtins.str] = None,
    peer_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ba0199c5e8316ec627ad7f92405880697b65144ec326f0bfc39ab5afacadddf(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__501c6dec02b4b0d638f2a8129dad3cb46a7af3a19edb9ec3d2aa632b65c16482(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__67de756ae27292e9e65e43173505d09654417d3c03244c4596213a0a08b03eae(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8d94d3d8f9871d169b4bb89d7e22a6b7021afd540b529e1d456801be04d8ff65(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__171facbb9d30098194ecc8dad253d48684d99025d28cc6f510d72f0d999a74df(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f165b6e47b0f4d69a7db33d6eb4032b210c8f2fcc1b43483bbc78deba6823049(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__33aa84adfe59650d8004e4baf4ead95ed3a3db192b5e3c28cb887f986b3e74cd(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__30d0286eaf79e3b6f4b4c0e424578624f653840a71760bd7b01c190d7fe1935c(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__dbc525f71a965ed1d0d8d200193daa892f040112972ad627c2b027140843155d(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d62a696cc053482bbb33a7c3a9e364b2434f59e7e478f50a57773751b918c661(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__df27fae8abe1ad8e010e6dfad4e453673383d0f261f0edc8148236a9cc4794f1(
    *,
    extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_envs: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aad087073017fe19e64415d95b5842aeb678045976ca301dfd542c267fefa1a2(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cda17d512322215c9c6844da4e1066ea41ffff6555fd8baa1effd4a8b9295b94(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e7cbbec6f01480e80350b13bb2b473389c825d689ccb3b0450d65fdbee3ee7c(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__af58de24e966bedc92a348542bbb8274d3fa7067541d4ba75006858a92925a44(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6e67e3275aab66273591320b8f6d96a92bd50f817453d9732e7ddb0a3691cee5(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__36f33771d28af793ac122acbf5b2afd27ee9c556cf9a738e393f1cd0e05ae59a(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4ca9eb1f43e35dc1d4661550247560b66de8babb18d2d1330787c88e1c37b950(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__026df6f79ea5d0393efe02a93c6e33bce216593755b2b08f6b3bfc98e94e8230(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a6c5921a632b66aad50b9f668ff150a7f58cbe26115ff3ae947ac2bf521391e7(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__62abf082b3e962a8486d5b1becfcc1df7b26ed42a5c02a835935c0a7476b739f(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c1fafb0dbfe80080ebee1ce93cf8f2282f8b8eec1a3f99fab5ba2b95d1591877(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3464e013b4fc19528a0836456799319bdc104215485dcadd804064a0a3af4d0c(
    *,
    filesystems: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupFilesystems, typing.Dict[builtins.str, typing.Any]]]] = None,
    partitions: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5bef03dd23e51fd985f1daacec60f3a12722c5878cf1862c1b492b9c7003abf0(
    *,
    device: builtins.str,
    filesystem: builtins.str,
    extra_opts: typing.Optional[typing.Sequence[builtins.str]] = None,
    label: typing.Optional[builtins.str] = None,
    overwrite: typing.Optional[builtins.bool] = None,
    partition: typing.Optional[builtins.str] = None,
    replace_fs: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a28aa254166261de45d2c1cd066b7cd64521640d33e286efdd803ad6a8866e16(
    *,
    device: builtins.str,
    disk_layout: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsDiskLayout, typing.Dict[builtins.str, typing.Any]]]] = None,
    layout: typing.Optional[builtins.bool] = None,
    overwrite: typing.Optional[builtins.bool] = None,
    table_type: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecDiskSetupPartitionsTableType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f9a20ea40ea8c6500b69ec9a3686bc82bbcf34eae54434293916434631a6109e(
    *,
    percentage: jsii.Number,
    partition_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e04dbbc0de7f5390ee93314990fcb14f78410418b50c0dc842d446766f11a503(
    *,
    path: builtins.str,
    append: typing.Optional[builtins.bool] = None,
    content: typing.Optional[builtins.str] = None,
    content_format: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFormat] = None,
    content_from: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    encoding: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesEncoding] = None,
    owner: typing.Optional[builtins.str] = None,
    permissions: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__acedd2f8087d2041762fa9c8d735190f436ab323f30db38ebc6aa4d55988aedf(
    *,
    secret: typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecFilesContentFromSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e047671f866423b9389ebd9b5c00b72ae8c97328b3f38146b107f0fdd0dcf48f(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__707031010b609c3221b98e724537ef4155700041de7e9cee503d5bb97cb1bbf0(
    *,
    container_linux_config: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecIgnitionContainerLinuxConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1f593bff749ea91f768a37e6ae2ba9b074e924a6b9fcdbf7997af1355a43fc27(
    *,
    additional_config: typing.Optional[builtins.str] = None,
    strict: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__754eb01ac4bb7425ab698caf0463dfb0728cbd0aceb29b769802549bb1811c44(
    *,
    bootstrap_tokens: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationBootstrapTokens, typing.Dict[builtins.str, typing.Any]]]] = None,
    local_api_endpoint: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationLocalApiEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    node_registration: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistration, typing.Dict[builtins.str, typing.Any]]] = None,
    patches: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationPatches, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
    timeouts: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d2ce9399cfc44471a310c18534667d185d462ff39dc09b667d904e97bcc4dcf4(
    *,
    token: builtins.str,
    description: typing.Optional[builtins.str] = None,
    expires: typing.Optional[datetime.datetime] = None,
    groups: typing.Optional[typing.Sequence[builtins.str]] = None,
    ttl_seconds: typing.Optional[jsii.Number] = None,
    usages: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c69aa5a849819ba1f6a8a6624c93a36308cf053ab108834c966e11cf926e2af(
    *,
    advertise_address: typing.Optional[builtins.str] = None,
    bind_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2f259e49daced13f09a4919e708b2d98474b66dd147495c0f6680480eb73841(
    *,
    cri_socket: typing.Optional[builtins.str] = None,
    ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationImagePullPolicy] = None,
    image_pull_serial: typing.Optional[builtins.bool] = None,
    kubelet_extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationKubeletExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecInitConfigurationNodeRegistrationTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4e834a675985b42111596a9ad8dce9c4e21a3998017b70b8da356167ffbfa589(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__97b232abe95c5177abe831da31a0b6f34302eeefdfa3b53331f9a02299b52707(
    *,
    effect: builtins.str,
    key: builtins.str,
    time_added: typing.Optional[datetime.datetime] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__76dc18515938d2255fac4283c2f749217f33a9cbe20845672930121148592b7a(
    *,
    directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__411a9428be80b1ed802fa7d636311c6147a4d08070ab56a6702edbe0a84216f2(
    *,
    control_plane_component_health_check_seconds: typing.Optional[jsii.Number] = None,
    discovery_seconds: typing.Optional[jsii.Number] = None,
    etcd_api_call_seconds: typing.Optional[jsii.Number] = None,
    kubelet_health_check_seconds: typing.Optional[jsii.Number] = None,
    kubernetes_api_call_seconds: typing.Optional[jsii.Number] = None,
    tls_bootstrap_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c117e35b512dcee6458ada585c51f15af523b303972b250d8cf084fcdead4470(
    *,
    ca_cert_path: typing.Optional[builtins.str] = None,
    control_plane: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlane, typing.Dict[builtins.str, typing.Any]]] = None,
    discovery: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscovery, typing.Dict[builtins.str, typing.Any]]] = None,
    node_registration: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistration, typing.Dict[builtins.str, typing.Any]]] = None,
    patches: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationPatches, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
    timeouts: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__674f98418a1d465dadcf8e17628c15d19c985839aab336c1f93741b26d2a25a9(
    *,
    local_api_endpoint: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationControlPlaneLocalApiEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48d8eddeed5263673b162519f9a08b4eedb617e2d299a491319f22d2fec6d843(
    *,
    advertise_address: typing.Optional[builtins.str] = None,
    bind_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6d12c6ae4d5d064f212f2f29e30f70ca6cf152f4977385e2b0b08b5bbf41b356(
    *,
    bootstrap_token: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryBootstrapToken, typing.Dict[builtins.str, typing.Any]]] = None,
    file: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFile, typing.Dict[builtins.str, typing.Any]]] = None,
    tls_bootstrap_token: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9f3e76024fee279f759c91e8592dae2783b75f0f7ea283a7cf0ae96f87f67c00(
    *,
    api_server_endpoint: typing.Optional[builtins.str] = None,
    ca_cert_hashes: typing.Optional[typing.Sequence[builtins.str]] = None,
    token: typing.Optional[builtins.str] = None,
    unsafe_skip_ca_verification: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5131375e602b4911c4cdbf27982bf78736176848492f9368eb4617439db7a374(
    *,
    kube_config_path: builtins.str,
    kube_config: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80d2bc75b1cf9cadf2c7ef8b9a620dca61169684033e49dedb3928833870870a(
    *,
    user: typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUser, typing.Dict[builtins.str, typing.Any]],
    cluster: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigCluster, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ec4a574b2e19e045fbe352d72532143a92bd7ab71a29c120e4ff55bf88860f3(
    *,
    certificate_authority_data: typing.Optional[builtins.str] = None,
    insecure_skip_tls_verify: typing.Optional[builtins.bool] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    server: typing.Optional[builtins.str] = None,
    tls_server_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12b765a0ecf82178ae300d2102684f8299daba39053c2d3d0bfec2df11a0e1af(
    *,
    auth_provider: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider, typing.Dict[builtins.str, typing.Any]]] = None,
    exec: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__04e19408a3792d1b688718a57a197e21eaae233b948cf9cdbdd2a3920005b2e9(
    *,
    name: builtins.str,
    config: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__58b13762133d128ab90f306b7b68b68952f88834894539244bbb579662fecc83(
    *,
    command: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    provide_cluster_info: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__eed4a43ba6732cf977e29ae2dbed770b0625d7950e5458242a2e4be572de286d(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ce9125b88e3d36b53ab546aebfec6627d93057c57d08b7e441e8c287aec03e5f(
    *,
    cri_socket: typing.Optional[builtins.str] = None,
    ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationImagePullPolicy] = None,
    image_pull_serial: typing.Optional[builtins.bool] = None,
    kubelet_extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationKubeletExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecJoinConfigurationNodeRegistrationTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__489f9889ca1fc6949e8c181d3fb1dbe12cf0d5b71dd998054c826a8e5a9d7309(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fd54ee6674f5a05a98dcd5fbcbd420369e030d0fb7a963a4cb251e79c5e72b63(
    *,
    effect: builtins.str,
    key: builtins.str,
    time_added: typing.Optional[datetime.datetime] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78eb5013b52fe09bd8f7fc09cbf307b58f53daae4cef08af877751fa58c80e0c(
    *,
    directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__88814d8642523af11b7b68269d4345ab8225ac7d9df0d7ee335fb40e2b29f567(
    *,
    control_plane_component_health_check_seconds: typing.Optional[jsii.Number] = None,
    discovery_seconds: typing.Optional[jsii.Number] = None,
    etcd_api_call_seconds: typing.Optional[jsii.Number] = None,
    kubelet_health_check_seconds: typing.Optional[jsii.Number] = None,
    kubernetes_api_call_seconds: typing.Optional[jsii.Number] = None,
    tls_bootstrap_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3490f180b7854e091354dd786c4d81a71c1b65b0acb12315131eafd56c6d3767(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    servers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d5d1ae135a0aea2b43834e21bd92f3451da72f475448bdee53e3ad3ce6c8a1c(
    *,
    name: builtins.str,
    gecos: typing.Optional[builtins.str] = None,
    groups: typing.Optional[builtins.str] = None,
    home_dir: typing.Optional[builtins.str] = None,
    inactive: typing.Optional[builtins.bool] = None,
    lock_password: typing.Optional[builtins.bool] = None,
    passwd: typing.Optional[builtins.str] = None,
    passwd_from: typing.Optional[typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    primary_group: typing.Optional[builtins.str] = None,
    shell: typing.Optional[builtins.str] = None,
    ssh_authorized_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    sudo: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__90ddef400a4d9b13d9e6cb2f8a1ca3eba7d42349b559e2a697d4704c277bd047(
    *,
    secret: typing.Union[KubeadmConfigTemplateV1Beta2SpecTemplateSpecUsersPasswdFromSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__78513ff4037622e27a4964c14bfad3c1dcd0dad887986fe6282b24b88b2f52af(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
