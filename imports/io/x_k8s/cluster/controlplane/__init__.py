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


class KubeadmControlPlane(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlane",
):
    '''KubeadmControlPlane is the Schema for the KubeadmControlPlane API.

    :schema: KubeadmControlPlane
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmControlPlaneSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "KubeadmControlPlane" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param metadata: 
        :param spec: KubeadmControlPlaneSpec defines the desired state of KubeadmControlPlane.
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1b234a6be4d1d902e70b95d8294c8a340a5cbfee8d86321b19535ba6469b0e7b)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KubeadmControlPlaneProps(metadata=metadata, spec=spec)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmControlPlaneSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KubeadmControlPlane".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param metadata: 
        :param spec: KubeadmControlPlaneSpec defines the desired state of KubeadmControlPlane.
        '''
        props = KubeadmControlPlaneProps(metadata=metadata, spec=spec)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KubeadmControlPlane".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneProps",
    jsii_struct_bases=[],
    name_mapping={"metadata": "metadata", "spec": "spec"},
)
class KubeadmControlPlaneProps:
    def __init__(
        self,
        *,
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        spec: typing.Optional[typing.Union["KubeadmControlPlaneSpec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''KubeadmControlPlane is the Schema for the KubeadmControlPlane API.

        :param metadata: 
        :param spec: KubeadmControlPlaneSpec defines the desired state of KubeadmControlPlane.

        :schema: KubeadmControlPlane
        '''
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if isinstance(spec, dict):
            spec = KubeadmControlPlaneSpec(**spec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0d02ca2ea867249513136749d27e6062a8ca6056564a558da2c9a8c199fcee45)
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
        :schema: KubeadmControlPlane#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    @builtins.property
    def spec(self) -> typing.Optional["KubeadmControlPlaneSpec"]:
        '''KubeadmControlPlaneSpec defines the desired state of KubeadmControlPlane.

        :schema: KubeadmControlPlane#spec
        '''
        result = self._values.get("spec")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneProps(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpec",
    jsii_struct_bases=[],
    name_mapping={
        "kubeadm_config_spec": "kubeadmConfigSpec",
        "machine_template": "machineTemplate",
        "version": "version",
        "remediation_strategy": "remediationStrategy",
        "replicas": "replicas",
        "rollout_after": "rolloutAfter",
        "rollout_before": "rolloutBefore",
        "rollout_strategy": "rolloutStrategy",
    },
)
class KubeadmControlPlaneSpec:
    def __init__(
        self,
        *,
        kubeadm_config_spec: typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpec", typing.Dict[builtins.str, typing.Any]],
        machine_template: typing.Union["KubeadmControlPlaneSpecMachineTemplate", typing.Dict[builtins.str, typing.Any]],
        version: builtins.str,
        remediation_strategy: typing.Optional[typing.Union["KubeadmControlPlaneSpecRemediationStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        rollout_after: typing.Optional[datetime.datetime] = None,
        rollout_before: typing.Optional[typing.Union["KubeadmControlPlaneSpecRolloutBefore", typing.Dict[builtins.str, typing.Any]]] = None,
        rollout_strategy: typing.Optional[typing.Union["KubeadmControlPlaneSpecRolloutStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''KubeadmControlPlaneSpec defines the desired state of KubeadmControlPlane.

        :param kubeadm_config_spec: KubeadmConfigSpec is a KubeadmConfigSpec to use for initializing and joining machines to the control plane.
        :param machine_template: MachineTemplate contains information about how machines should be shaped when creating or updating a control plane.
        :param version: Version defines the desired Kubernetes version. Please note that if kubeadmConfigSpec.ClusterConfiguration.imageRepository is not set we don't allow upgrades to versions >= v1.22.0 for which kubeadm uses the old registry (k8s.gcr.io). Please use a newer patch version with the new registry instead. The default registries of kubeadm are: * registry.k8s.io (new registry): >= v1.22.17, >= v1.23.15, >= v1.24.9, >= v1.25.0 * k8s.gcr.io (old registry): all older versions
        :param remediation_strategy: The RemediationStrategy that controls how control plane machine remediation happens.
        :param replicas: Number of desired machines. Defaults to 1. When stacked etcd is used only odd numbers are permitted, as per `etcd best practice <https://etcd.io/docs/v3.3.12/faq/#why-an-odd-number-of-cluster-members>`_. This is a pointer to distinguish between explicit zero and not specified. Default: 1. When stacked etcd is used only odd numbers are permitted, as per `etcd best practice <https://etcd.io/docs/v3.3.12/faq/#why-an-odd-number-of-cluster-members>`_. This is a pointer to distinguish between explicit zero and not specified.
        :param rollout_after: RolloutAfter is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the KubeadmControlPlane. Example: In the YAML the time can be specified in the RFC3339 format. To specify the rolloutAfter target as March 9, 2023, at 9 am UTC use "2023-03-09T09:00:00Z".
        :param rollout_before: RolloutBefore is a field to indicate a rollout should be performed if the specified criteria is met.
        :param rollout_strategy: The RolloutStrategy to use to replace control plane machines with new ones.

        :schema: KubeadmControlPlaneSpec
        '''
        if isinstance(kubeadm_config_spec, dict):
            kubeadm_config_spec = KubeadmControlPlaneSpecKubeadmConfigSpec(**kubeadm_config_spec)
        if isinstance(machine_template, dict):
            machine_template = KubeadmControlPlaneSpecMachineTemplate(**machine_template)
        if isinstance(remediation_strategy, dict):
            remediation_strategy = KubeadmControlPlaneSpecRemediationStrategy(**remediation_strategy)
        if isinstance(rollout_before, dict):
            rollout_before = KubeadmControlPlaneSpecRolloutBefore(**rollout_before)
        if isinstance(rollout_strategy, dict):
            rollout_strategy = KubeadmControlPlaneSpecRolloutStrategy(**rollout_strategy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8bf773a06e9fc189c8bb6a28c502c9dd15188e83f40f42c75603cd4b4231a8e2)
            check_type(argname="argument kubeadm_config_spec", value=kubeadm_config_spec, expected_type=type_hints["kubeadm_config_spec"])
            check_type(argname="argument machine_template", value=machine_template, expected_type=type_hints["machine_template"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
            check_type(argname="argument remediation_strategy", value=remediation_strategy, expected_type=type_hints["remediation_strategy"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument rollout_after", value=rollout_after, expected_type=type_hints["rollout_after"])
            check_type(argname="argument rollout_before", value=rollout_before, expected_type=type_hints["rollout_before"])
            check_type(argname="argument rollout_strategy", value=rollout_strategy, expected_type=type_hints["rollout_strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kubeadm_config_spec": kubeadm_config_spec,
            "machine_template": machine_template,
            "version": version,
        }
        if remediation_strategy is not None:
            self._values["remediation_strategy"] = remediation_strategy
        if replicas is not None:
            self._values["replicas"] = replicas
        if rollout_after is not None:
            self._values["rollout_after"] = rollout_after
        if rollout_before is not None:
            self._values["rollout_before"] = rollout_before
        if rollout_strategy is not None:
            self._values["rollout_strategy"] = rollout_strategy

    @builtins.property
    def kubeadm_config_spec(self) -> "KubeadmControlPlaneSpecKubeadmConfigSpec":
        '''KubeadmConfigSpec is a KubeadmConfigSpec to use for initializing and joining machines to the control plane.

        :schema: KubeadmControlPlaneSpec#kubeadmConfigSpec
        '''
        result = self._values.get("kubeadm_config_spec")
        assert result is not None, "Required property 'kubeadm_config_spec' is missing"
        return typing.cast("KubeadmControlPlaneSpecKubeadmConfigSpec", result)

    @builtins.property
    def machine_template(self) -> "KubeadmControlPlaneSpecMachineTemplate":
        '''MachineTemplate contains information about how machines should be shaped when creating or updating a control plane.

        :schema: KubeadmControlPlaneSpec#machineTemplate
        '''
        result = self._values.get("machine_template")
        assert result is not None, "Required property 'machine_template' is missing"
        return typing.cast("KubeadmControlPlaneSpecMachineTemplate", result)

    @builtins.property
    def version(self) -> builtins.str:
        '''Version defines the desired Kubernetes version.

        Please note that if kubeadmConfigSpec.ClusterConfiguration.imageRepository is not set we don't allow upgrades to versions >= v1.22.0 for which kubeadm uses the old registry (k8s.gcr.io). Please use a newer patch version with the new registry instead. The default registries of kubeadm are: * registry.k8s.io (new registry): >= v1.22.17, >= v1.23.15, >= v1.24.9, >= v1.25.0 * k8s.gcr.io (old registry): all older versions

        :schema: KubeadmControlPlaneSpec#version
        '''
        result = self._values.get("version")
        assert result is not None, "Required property 'version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def remediation_strategy(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecRemediationStrategy"]:
        '''The RemediationStrategy that controls how control plane machine remediation happens.

        :schema: KubeadmControlPlaneSpec#remediationStrategy
        '''
        result = self._values.get("remediation_strategy")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecRemediationStrategy"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''Number of desired machines.

        Defaults to 1. When stacked etcd is used only odd numbers are permitted, as per `etcd best practice <https://etcd.io/docs/v3.3.12/faq/#why-an-odd-number-of-cluster-members>`_. This is a pointer to distinguish between explicit zero and not specified.

        :default: 1. When stacked etcd is used only odd numbers are permitted, as per `etcd best practice <https://etcd.io/docs/v3.3.12/faq/#why-an-odd-number-of-cluster-members>`_. This is a pointer to distinguish between explicit zero and not specified.

        :schema: KubeadmControlPlaneSpec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def rollout_after(self) -> typing.Optional[datetime.datetime]:
        '''RolloutAfter is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the KubeadmControlPlane.

        Example: In the YAML the time can be specified in the RFC3339 format. To specify the rolloutAfter target as March 9, 2023, at 9 am UTC use "2023-03-09T09:00:00Z".

        :schema: KubeadmControlPlaneSpec#rolloutAfter
        '''
        result = self._values.get("rollout_after")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def rollout_before(self) -> typing.Optional["KubeadmControlPlaneSpecRolloutBefore"]:
        '''RolloutBefore is a field to indicate a rollout should be performed if the specified criteria is met.

        :schema: KubeadmControlPlaneSpec#rolloutBefore
        '''
        result = self._values.get("rollout_before")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecRolloutBefore"], result)

    @builtins.property
    def rollout_strategy(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecRolloutStrategy"]:
        '''The RolloutStrategy to use to replace control plane machines with new ones.

        :schema: KubeadmControlPlaneSpec#rolloutStrategy
        '''
        result = self._values.get("rollout_strategy")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecRolloutStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpec",
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
class KubeadmControlPlaneSpecKubeadmConfigSpec:
    def __init__(
        self,
        *,
        cluster_configuration: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        disk_setup: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup", typing.Dict[builtins.str, typing.Any]]] = None,
        files: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecFiles", typing.Dict[builtins.str, typing.Any]]]] = None,
        format: typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecFormat"] = None,
        ignition: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecIgnition", typing.Dict[builtins.str, typing.Any]]] = None,
        init_configuration: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        join_configuration: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        mounts: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
        ntp: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecNtp", typing.Dict[builtins.str, typing.Any]]] = None,
        post_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        pre_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        use_experimental_retry_join: typing.Optional[builtins.bool] = None,
        users: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecUsers", typing.Dict[builtins.str, typing.Any]]]] = None,
        verbosity: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''KubeadmConfigSpec is a KubeadmConfigSpec to use for initializing and joining machines to the control plane.

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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec
        '''
        if isinstance(cluster_configuration, dict):
            cluster_configuration = KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration(**cluster_configuration)
        if isinstance(disk_setup, dict):
            disk_setup = KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup(**disk_setup)
        if isinstance(ignition, dict):
            ignition = KubeadmControlPlaneSpecKubeadmConfigSpecIgnition(**ignition)
        if isinstance(init_configuration, dict):
            init_configuration = KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration(**init_configuration)
        if isinstance(join_configuration, dict):
            join_configuration = KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration(**join_configuration)
        if isinstance(ntp, dict):
            ntp = KubeadmControlPlaneSpecKubeadmConfigSpecNtp(**ntp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f6e7059cb23dc192affe29b0e6f9da2d9d6bd9b3fc0625ef4e499efbe9ce08a2)
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
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration"]:
        '''ClusterConfiguration along with InitConfiguration are the configurations necessary for the init command.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#clusterConfiguration
        '''
        result = self._values.get("cluster_configuration")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration"], result)

    @builtins.property
    def disk_setup(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup"]:
        '''DiskSetup specifies options for the creation of partition tables and file systems on devices.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#diskSetup
        '''
        result = self._values.get("disk_setup")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup"], result)

    @builtins.property
    def files(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecFiles"]]:
        '''Files specifies extra files to be passed to user_data upon creation.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecFiles"]], result)

    @builtins.property
    def format(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecFormat"]:
        '''Format specifies the output format of the bootstrap data.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#format
        '''
        result = self._values.get("format")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecFormat"], result)

    @builtins.property
    def ignition(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecIgnition"]:
        '''Ignition contains Ignition specific configuration.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#ignition
        '''
        result = self._values.get("ignition")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecIgnition"], result)

    @builtins.property
    def init_configuration(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration"]:
        '''InitConfiguration along with ClusterConfiguration are the configurations necessary for the init command.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#initConfiguration
        '''
        result = self._values.get("init_configuration")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration"], result)

    @builtins.property
    def join_configuration(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration"]:
        '''JoinConfiguration is the kubeadm configuration for the join command.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#joinConfiguration
        '''
        result = self._values.get("join_configuration")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration"], result)

    @builtins.property
    def mounts(self) -> typing.Optional[typing.List[typing.List[builtins.str]]]:
        '''Mounts specifies a list of mount points to be setup.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#mounts
        '''
        result = self._values.get("mounts")
        return typing.cast(typing.Optional[typing.List[typing.List[builtins.str]]], result)

    @builtins.property
    def ntp(self) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecNtp"]:
        '''NTP specifies NTP configuration.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#ntp
        '''
        result = self._values.get("ntp")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecNtp"], result)

    @builtins.property
    def post_kubeadm_commands(self) -> typing.Optional[typing.List[builtins.str]]:
        '''PostKubeadmCommands specifies extra commands to run after kubeadm runs.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#postKubeadmCommands
        '''
        result = self._values.get("post_kubeadm_commands")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def pre_kubeadm_commands(self) -> typing.Optional[typing.List[builtins.str]]:
        '''PreKubeadmCommands specifies extra commands to run before kubeadm runs.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#preKubeadmCommands
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#useExperimentalRetryJoin
        '''
        result = self._values.get("use_experimental_retry_join")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def users(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecUsers"]]:
        '''Users specifies extra users to add.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#users
        '''
        result = self._values.get("users")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecUsers"]], result)

    @builtins.property
    def verbosity(self) -> typing.Optional[jsii.Number]:
        '''Verbosity is the number for the kubeadm log level verbosity.

        It overrides the ``--v`` flag in kubeadm commands.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpec#verbosity
        '''
        result = self._values.get("verbosity")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration:
    def __init__(
        self,
        *,
        api_server: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer", typing.Dict[builtins.str, typing.Any]]] = None,
        api_version: typing.Optional[builtins.str] = None,
        certificates_dir: typing.Optional[builtins.str] = None,
        cluster_name: typing.Optional[builtins.str] = None,
        controller_manager: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager", typing.Dict[builtins.str, typing.Any]]] = None,
        control_plane_endpoint: typing.Optional[builtins.str] = None,
        dns: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns", typing.Dict[builtins.str, typing.Any]]] = None,
        etcd: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd", typing.Dict[builtins.str, typing.Any]]] = None,
        feature_gates: typing.Optional[typing.Mapping[builtins.str, builtins.bool]] = None,
        image_repository: typing.Optional[builtins.str] = None,
        kind: typing.Optional[builtins.str] = None,
        kubernetes_version: typing.Optional[builtins.str] = None,
        networking: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking", typing.Dict[builtins.str, typing.Any]]] = None,
        scheduler: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration
        '''
        if isinstance(api_server, dict):
            api_server = KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer(**api_server)
        if isinstance(controller_manager, dict):
            controller_manager = KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager(**controller_manager)
        if isinstance(dns, dict):
            dns = KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns(**dns)
        if isinstance(etcd, dict):
            etcd = KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd(**etcd)
        if isinstance(networking, dict):
            networking = KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking(**networking)
        if isinstance(scheduler, dict):
            scheduler = KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler(**scheduler)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6cbb0aad9bff241b218aa64eb09a5ad2ea2ff53404ed441e02d03f4ff35c044c)
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
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer"]:
        '''APIServer contains extra settings for the API server control plane component.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#apiServer
        '''
        result = self._values.get("api_server")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer"], result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''APIVersion defines the versioned schema of this representation of an object.

        Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificates_dir(self) -> typing.Optional[builtins.str]:
        '''CertificatesDir specifies where to store or look for all required certificates.

        NB: if not provided, this will default to ``/etc/kubernetes/pki``

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#certificatesDir
        '''
        result = self._values.get("certificates_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def cluster_name(self) -> typing.Optional[builtins.str]:
        '''The cluster name.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#clusterName
        '''
        result = self._values.get("cluster_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def controller_manager(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager"]:
        '''ControllerManager contains extra settings for the controller manager control plane component.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#controllerManager
        '''
        result = self._values.get("controller_manager")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager"], result)

    @builtins.property
    def control_plane_endpoint(self) -> typing.Optional[builtins.str]:
        '''ControlPlaneEndpoint sets a stable IP address or DNS name for the control plane;

        it can be a valid IP address or a RFC-1123 DNS subdomain, both with optional TCP port. In case the ControlPlaneEndpoint is not specified, the AdvertiseAddress + BindPort are used; in case the ControlPlaneEndpoint is specified but without a TCP port, the BindPort is used. Possible usages are: e.g. In a cluster with more than one control plane instances, this field should be assigned the address of the external load balancer in front of the control plane instances. e.g.  in environments with enforced node recycling, the ControlPlaneEndpoint could be used for assigning a stable DNS to the control plane. NB: This value defaults to the first value in the Cluster object status.apiEndpoints array.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#controlPlaneEndpoint
        '''
        result = self._values.get("control_plane_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dns(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns"]:
        '''DNS defines the options for the DNS add-on installed in the cluster.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#dns
        '''
        result = self._values.get("dns")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns"], result)

    @builtins.property
    def etcd(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd"]:
        '''Etcd holds configuration for etcd.

        NB: This value defaults to a Local (stacked) etcd

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#etcd
        '''
        result = self._values.get("etcd")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd"], result)

    @builtins.property
    def feature_gates(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.bool]]:
        '''FeatureGates enabled by the user.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#featureGates
        '''
        result = self._values.get("feature_gates")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.bool]], result)

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''ImageRepository sets the container registry to pull images from.

        - If not set, the default registry of kubeadm will be used, i.e. * registry.k8s.io (new registry): >= v1.22.17, >= v1.23.15, >= v1.24.9, >= v1.25.0 * k8s.gcr.io (old registry): all older versions Please note that when imageRepository is not set we don't allow upgrades to versions >= v1.22.0 which use the old registry (k8s.gcr.io). Please use a newer patch version with the new registry instead (i.e. >= v1.22.17, >= v1.23.15, >= v1.24.9, >= v1.25.0). * If the version is a CI build (kubernetes version starts with ``ci/`` or ``ci-cross/``) ``gcr.io/k8s-staging-ci-images`` will be used as a default for control plane components and for kube-proxy, while ``registry.k8s.io`` will be used for all the other images.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is a string value representing the REST resource this object represents.

        Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kubernetes_version(self) -> typing.Optional[builtins.str]:
        '''KubernetesVersion is the target version of the control plane.

        NB: This value defaults to the Machine object spec.version

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#kubernetesVersion
        '''
        result = self._values.get("kubernetes_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def networking(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking"]:
        '''Networking holds configuration for the networking topology of the cluster.

        NB: This value defaults to the Cluster object spec.clusterNetwork.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#networking
        '''
        result = self._values.get("networking")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking"], result)

    @builtins.property
    def scheduler(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler"]:
        '''Scheduler contains extra settings for the scheduler control plane component.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration#scheduler
        '''
        result = self._values.get("scheduler")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer",
    jsii_struct_bases=[],
    name_mapping={
        "cert_sa_ns": "certSaNs",
        "extra_args": "extraArgs",
        "extra_volumes": "extraVolumes",
        "timeout_for_control_plane": "timeoutForControlPlane",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer:
    def __init__(
        self,
        *,
        cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
        extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
        timeout_for_control_plane: typing.Optional[builtins.str] = None,
    ) -> None:
        '''APIServer contains extra settings for the API server control plane component.

        :param cert_sa_ns: CertSANs sets extra Subject Alternative Names for the API Server signing cert.
        :param extra_args: ExtraArgs is an extra set of flags to pass to the control plane component. TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.
        :param extra_volumes: ExtraVolumes is an extra set of host volumes, mounted to the control plane component.
        :param timeout_for_control_plane: TimeoutForControlPlane controls the timeout that we use for API server to appear.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6ffb55258f6de5af2d53d03b7acec150aa8e6b65700bc20e556d6ac747eaf7ec)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer#certSANs
        '''
        result = self._values.get("cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def extra_args(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''ExtraArgs is an extra set of flags to pass to the control plane component.

        TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes"]]:
        '''ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes"]], result)

    @builtins.property
    def timeout_for_control_plane(self) -> typing.Optional[builtins.str]:
        '''TimeoutForControlPlane controls the timeout that we use for API server to appear.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer#timeoutForControlPlane
        '''
        result = self._values.get("timeout_for_control_plane")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__559fb447bb8b44d423d402acc8439baafd9758d01dbcfb4aacabb382a171d473)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''MountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the volume inside the pod template.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''PathType is the type of the HostPath.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''ReadOnly controls write access to the volume.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager",
    jsii_struct_bases=[],
    name_mapping={"extra_args": "extraArgs", "extra_volumes": "extraVolumes"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager:
    def __init__(
        self,
        *,
        extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''ControllerManager contains extra settings for the controller manager control plane component.

        :param extra_args: ExtraArgs is an extra set of flags to pass to the control plane component. TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.
        :param extra_volumes: ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f87ab4e7bc624d077552ce1170e3ea67a5ff85d1aa8186b945297141e792528d)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes"]]:
        '''ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3ef9d4fa91b9ae2f6434fc6cfc662496f7d806e0f95eab3dda18a2e098021f68)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''MountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the volume inside the pod template.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''PathType is the type of the HostPath.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''ReadOnly controls write access to the volume.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns",
    jsii_struct_bases=[],
    name_mapping={"image_repository": "imageRepository", "image_tag": "imageTag"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns:
    def __init__(
        self,
        *,
        image_repository: typing.Optional[builtins.str] = None,
        image_tag: typing.Optional[builtins.str] = None,
    ) -> None:
        '''DNS defines the options for the DNS add-on installed in the cluster.

        :param image_repository: ImageRepository sets the container registry to pull images from. if not set, the ImageRepository defined in ClusterConfiguration will be used instead.
        :param image_tag: ImageTag allows to specify a tag for the image. In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f53c02f8ad739791371a5e9c97a2c3fa062760509fd0093fde152b9d98f006f7)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_tag(self) -> typing.Optional[builtins.str]:
        '''ImageTag allows to specify a tag for the image.

        In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns#imageTag
        '''
        result = self._values.get("image_tag")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "local": "local"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd:
    def __init__(
        self,
        *,
        external: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal", typing.Dict[builtins.str, typing.Any]]] = None,
        local: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Etcd holds configuration for etcd.

        NB: This value defaults to a Local (stacked) etcd

        :param external: External describes how to connect to an external etcd cluster Local and External are mutually exclusive.
        :param local: Local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd
        '''
        if isinstance(external, dict):
            external = KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal(**external)
        if isinstance(local, dict):
            local = KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal(**local)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__93aa5f807df4126aa719f17ad27e97518bda0a974f42ff302f45c37fafdca5e4)
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
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal"]:
        '''External describes how to connect to an external etcd cluster Local and External are mutually exclusive.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal"], result)

    @builtins.property
    def local(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal"]:
        '''Local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd#local
        '''
        result = self._values.get("local")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal",
    jsii_struct_bases=[],
    name_mapping={
        "ca_file": "caFile",
        "cert_file": "certFile",
        "endpoints": "endpoints",
        "key_file": "keyFile",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__153d677682ba9ebbd81b9c3e4d837e020834b899322b7c184232f610789e38ed)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal#caFile
        '''
        result = self._values.get("ca_file")
        assert result is not None, "Required property 'ca_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cert_file(self) -> builtins.str:
        '''CertFile is an SSL certification file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal#certFile
        '''
        result = self._values.get("cert_file")
        assert result is not None, "Required property 'cert_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def endpoints(self) -> typing.List[builtins.str]:
        '''Endpoints of etcd members.

        Required for ExternalEtcd.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def key_file(self) -> builtins.str:
        '''KeyFile is an SSL key file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal#keyFile
        '''
        result = self._values.get("key_file")
        assert result is not None, "Required property 'key_file' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b444d76fe79e39623315aa6a561a907d07904e52c1cef07eac98ecbb22b2531)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal#dataDir
        '''
        result = self._values.get("data_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def extra_args(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''ExtraArgs are extra arguments provided to the etcd binary when run inside a static pod.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''ImageRepository sets the container registry to pull images from.

        if not set, the ImageRepository defined in ClusterConfiguration will be used instead.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_tag(self) -> typing.Optional[builtins.str]:
        '''ImageTag allows to specify a tag for the image.

        In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal#imageTag
        '''
        result = self._values.get("image_tag")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peer_cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''PeerCertSANs sets extra Subject Alternative Names for the etcd peer signing cert.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal#peerCertSANs
        '''
        result = self._values.get("peer_cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def server_cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ServerCertSANs sets extra Subject Alternative Names for the etcd server signing cert.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal#serverCertSANs
        '''
        result = self._values.get("server_cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking",
    jsii_struct_bases=[],
    name_mapping={
        "dns_domain": "dnsDomain",
        "pod_subnet": "podSubnet",
        "service_subnet": "serviceSubnet",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8919211c2cb981eaa66f5ce6c4f85830b50cb008bd026ab992ebc60b150fdcbb)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking#dnsDomain
        '''
        result = self._values.get("dns_domain")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def pod_subnet(self) -> typing.Optional[builtins.str]:
        '''PodSubnet is the subnet used by pods.

        If unset, the API server will not allocate CIDR ranges for every node. Defaults to a comma-delimited string of the Cluster object's spec.clusterNetwork.services.cidrBlocks if that is set

        :default: a comma-delimited string of the Cluster object's spec.clusterNetwork.services.cidrBlocks if that is set

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking#podSubnet
        '''
        result = self._values.get("pod_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def service_subnet(self) -> typing.Optional[builtins.str]:
        '''ServiceSubnet is the subnet used by k8s services.

        Defaults to a comma-delimited string of the Cluster object's spec.clusterNetwork.pods.cidrBlocks, or to "10.96.0.0/12" if that's unset.

        :default: a comma-delimited string of the Cluster object's spec.clusterNetwork.pods.cidrBlocks, or to "10.96.0.0/12" if that's unset.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking#serviceSubnet
        '''
        result = self._values.get("service_subnet")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler",
    jsii_struct_bases=[],
    name_mapping={"extra_args": "extraArgs", "extra_volumes": "extraVolumes"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler:
    def __init__(
        self,
        *,
        extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''Scheduler contains extra settings for the scheduler control plane component.

        :param extra_args: ExtraArgs is an extra set of flags to pass to the control plane component. TODO: This is temporary and ideally we would like to switch all components to use ComponentConfig + ConfigMaps.
        :param extra_volumes: ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__481d9e818a7df1c66f2f4eedba7b2ab1e2938ba5d8f49cd3394502ef143942aa)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes"]]:
        '''ExtraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__641266b916a7909f31c440ad422b013d84fa778eadb4f14cff2f3df729e46e8d)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''MountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the volume inside the pod template.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''PathType is the type of the HostPath.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''ReadOnly controls write access to the volume.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup",
    jsii_struct_bases=[],
    name_mapping={"filesystems": "filesystems", "partitions": "partitions"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup:
    def __init__(
        self,
        *,
        filesystems: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems", typing.Dict[builtins.str, typing.Any]]]] = None,
        partitions: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''DiskSetup specifies options for the creation of partition tables and file systems on devices.

        :param filesystems: Filesystems specifies the list of file systems to setup.
        :param partitions: Partitions specifies the list of the partitions to setup.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3cd0d85536507ac9b3dce2b316966d28bb7c61b04db4cc3bdb70b363fd2845ac)
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
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems"]]:
        '''Filesystems specifies the list of file systems to setup.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup#filesystems
        '''
        result = self._values.get("filesystems")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems"]], result)

    @builtins.property
    def partitions(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions"]]:
        '''Partitions specifies the list of the partitions to setup.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup#partitions
        '''
        result = self._values.get("partitions")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__64c0208269e7cb59522131dd7bb094f080860370db8bbeac2ddcfac76ced45f1)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems#device
        '''
        result = self._values.get("device")
        assert result is not None, "Required property 'device' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def filesystem(self) -> builtins.str:
        '''Filesystem specifies the file system type.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems#filesystem
        '''
        result = self._values.get("filesystem")
        assert result is not None, "Required property 'filesystem' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def label(self) -> builtins.str:
        '''Label specifies the file system label to be used.

        If set to None, no label is used.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems#label
        '''
        result = self._values.get("label")
        assert result is not None, "Required property 'label' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def extra_opts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ExtraOpts defined extra options to add to the command for creating the file system.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems#extraOpts
        '''
        result = self._values.get("extra_opts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def overwrite(self) -> typing.Optional[builtins.bool]:
        '''Overwrite defines whether or not to overwrite any existing filesystem.

        If true, any pre-existing file system will be destroyed. Use with Caution.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems#overwrite
        '''
        result = self._values.get("overwrite")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''Partition specifies the partition to use.

        The valid options are: "auto|any", "auto", "any", "none", and , where NUM is the actual partition number.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems#partition
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_fs(self) -> typing.Optional[builtins.str]:
        '''ReplaceFS is a special directive, used for Microsoft Azure that instructs cloud-init to replace a file system of <FS_TYPE>.

        NOTE: unless you define a label, this requires the use of the 'any' partition directive.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems#replaceFS
        '''
        result = self._values.get("replace_fs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions",
    jsii_struct_bases=[],
    name_mapping={
        "device": "device",
        "layout": "layout",
        "overwrite": "overwrite",
        "table_type": "tableType",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2c0f74c3b0abb1b4d095f57ae5bdbf50c33761678a4089605cdf254c2a015690)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions#device
        '''
        result = self._values.get("device")
        assert result is not None, "Required property 'device' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def layout(self) -> builtins.bool:
        '''Layout specifies the device layout.

        If it is true, a single partition will be created for the entire device. When layout is false, it means don't partition or ignore existing partitioning.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions#layout
        '''
        result = self._values.get("layout")
        assert result is not None, "Required property 'layout' is missing"
        return typing.cast(builtins.bool, result)

    @builtins.property
    def overwrite(self) -> typing.Optional[builtins.bool]:
        '''Overwrite describes whether to skip checks and create the partition if a partition or filesystem is found on the device.

        Use with caution. Default is 'false'.

        :default: false'.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions#overwrite
        '''
        result = self._values.get("overwrite")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def table_type(self) -> typing.Optional[builtins.str]:
        '''TableType specifies the tupe of partition table.

        The following are supported: 'mbr': default and setups a MS-DOS partition table 'gpt': setups a GPT partition table

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions#tableType
        '''
        result = self._values.get("table_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecFiles",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecFiles:
    def __init__(
        self,
        *,
        path: builtins.str,
        append: typing.Optional[builtins.bool] = None,
        content: typing.Optional[builtins.str] = None,
        content_from: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        encoding: typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecFilesEncoding"] = None,
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFiles
        '''
        if isinstance(content_from, dict):
            content_from = KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom(**content_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__041ff5bd51080b0bcbc4f0414c85718033c23eab69f4a4c9a2935f1cc855d5d4)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFiles#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def append(self) -> typing.Optional[builtins.bool]:
        '''Append specifies whether to append Content to existing file if Path exists.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFiles#append
        '''
        result = self._values.get("append")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def content(self) -> typing.Optional[builtins.str]:
        '''Content is the actual content of the file.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFiles#content
        '''
        result = self._values.get("content")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def content_from(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom"]:
        '''ContentFrom is a referenced source of content to populate the file.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFiles#contentFrom
        '''
        result = self._values.get("content_from")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom"], result)

    @builtins.property
    def encoding(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecFilesEncoding"]:
        '''Encoding specifies the encoding of the file contents.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFiles#encoding
        '''
        result = self._values.get("encoding")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecFilesEncoding"], result)

    @builtins.property
    def owner(self) -> typing.Optional[builtins.str]:
        '''Owner specifies the ownership of the file, e.g. "root:root".

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFiles#owner
        '''
        result = self._values.get("owner")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def permissions(self) -> typing.Optional[builtins.str]:
        '''Permissions specifies the permissions to assign to the file, e.g. "0640".

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFiles#permissions
        '''
        result = self._values.get("permissions")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecFiles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom:
    def __init__(
        self,
        *,
        secret: typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''ContentFrom is a referenced source of content to populate the file.

        :param secret: Secret represents a secret that should populate this file.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom
        '''
        if isinstance(secret, dict):
            secret = KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8ce46adf221b0d484a13165520906c3cd2cc85368a425cf3bb3e60c5c0d9d7d5)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }

    @builtins.property
    def secret(
        self,
    ) -> "KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret":
        '''Secret represents a secret that should populate this file.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Secret represents a secret that should populate this file.

        :param key: Key is the key in the secret's data map for this value.
        :param name: Name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0f54965308b9483b3630dc79322fd7dc8748591212d69babfffe749f2a3530f2)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key in the secret's data map for this value.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecFilesEncoding"
)
class KubeadmControlPlaneSpecKubeadmConfigSpecFilesEncoding(enum.Enum):
    '''Encoding specifies the encoding of the file contents.

    :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFilesEncoding
    '''

    BASE64 = "BASE64"
    '''base64.'''
    GZIP = "GZIP"
    '''gzip.'''
    GZIP_BASE64 = "GZIP_BASE64"
    '''gzip+base64.'''


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecFormat"
)
class KubeadmControlPlaneSpecKubeadmConfigSpecFormat(enum.Enum):
    '''Format specifies the output format of the bootstrap data.

    :schema: KubeadmControlPlaneSpecKubeadmConfigSpecFormat
    '''

    CLOUD_HYPHEN_CONFIG = "CLOUD_HYPHEN_CONFIG"
    '''cloud-config.'''
    IGNITION = "IGNITION"
    '''ignition.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecIgnition",
    jsii_struct_bases=[],
    name_mapping={"container_linux_config": "containerLinuxConfig"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecIgnition:
    def __init__(
        self,
        *,
        container_linux_config: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Ignition contains Ignition specific configuration.

        :param container_linux_config: ContainerLinuxConfig contains CLC specific configuration.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecIgnition
        '''
        if isinstance(container_linux_config, dict):
            container_linux_config = KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig(**container_linux_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__82a009ada638a890401326774e9258590ba0276b3d68545a77da2fafd9fbea46)
            check_type(argname="argument container_linux_config", value=container_linux_config, expected_type=type_hints["container_linux_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if container_linux_config is not None:
            self._values["container_linux_config"] = container_linux_config

    @builtins.property
    def container_linux_config(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig"]:
        '''ContainerLinuxConfig contains CLC specific configuration.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecIgnition#containerLinuxConfig
        '''
        result = self._values.get("container_linux_config")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecIgnition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig",
    jsii_struct_bases=[],
    name_mapping={"additional_config": "additionalConfig", "strict": "strict"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig:
    def __init__(
        self,
        *,
        additional_config: typing.Optional[builtins.str] = None,
        strict: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''ContainerLinuxConfig contains CLC specific configuration.

        :param additional_config: AdditionalConfig contains additional configuration to be merged with the Ignition configuration generated by the bootstrapper controller. More info: https://coreos.github.io/ignition/operator-notes/#config-merging The data format is documented here: https://kinvolk.io/docs/flatcar-container-linux/latest/provisioning/cl-config/
        :param strict: Strict controls if AdditionalConfig should be strictly parsed. If so, warnings are treated as errors.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__931aaf0fc3d91da89d2547c1780b2a877e04f94b48b385334e814a08826f24e2)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig#additionalConfig
        '''
        result = self._values.get("additional_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def strict(self) -> typing.Optional[builtins.bool]:
        '''Strict controls if AdditionalConfig should be strictly parsed.

        If so, warnings are treated as errors.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig#strict
        '''
        result = self._values.get("strict")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        bootstrap_tokens: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens", typing.Dict[builtins.str, typing.Any]]]] = None,
        kind: typing.Optional[builtins.str] = None,
        local_api_endpoint: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        node_registration: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration", typing.Dict[builtins.str, typing.Any]]] = None,
        patches: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration
        '''
        if isinstance(local_api_endpoint, dict):
            local_api_endpoint = KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint(**local_api_endpoint)
        if isinstance(node_registration, dict):
            node_registration = KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration(**node_registration)
        if isinstance(patches, dict):
            patches = KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches(**patches)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__86c352a4b7cef5283e70533a38729cda71d326db69ba3dd0e00b1f6b318b2da8)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bootstrap_tokens(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens"]]:
        '''BootstrapTokens is respected at ``kubeadm init`` time and describes a set of Bootstrap Tokens to create.

        This information IS NOT uploaded to the kubeadm cluster configmap, partly because of its sensitive nature

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration#bootstrapTokens
        '''
        result = self._values.get("bootstrap_tokens")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens"]], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is a string value representing the REST resource this object represents.

        Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def local_api_endpoint(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint"]:
        '''LocalAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration#localAPIEndpoint
        '''
        result = self._values.get("local_api_endpoint")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint"], result)

    @builtins.property
    def node_registration(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration"]:
        '''NodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration#nodeRegistration
        '''
        result = self._values.get("node_registration")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration"], result)

    @builtins.property
    def patches(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches"]:
        '''Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init".

        The minimum kubernetes version needed to support Patches is v1.22

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration#patches
        '''
        result = self._values.get("patches")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches"], result)

    @builtins.property
    def skip_phases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''SkipPhases is a list of phases to skip during command execution.

        The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration#skipPhases
        '''
        result = self._values.get("skip_phases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6a26ac0a183155c075e168c7d884394249a7e97a1992408e455ca0d02a2fd351)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens#token
        '''
        result = self._values.get("token")
        assert result is not None, "Required property 'token' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''Description sets a human-friendly message why this token exists and what it's used for, so other administrators can know its purpose.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expires(self) -> typing.Optional[datetime.datetime]:
        '''Expires specifies the timestamp when this token expires.

        Defaults to being set dynamically at runtime based on the TTL. Expires and TTL are mutually exclusive.

        :default: being set dynamically at runtime based on the TTL. Expires and TTL are mutually exclusive.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens#expires
        '''
        result = self._values.get("expires")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Groups specifies the extra groups that this token will authenticate as when/if used for authentication.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ttl(self) -> typing.Optional[builtins.str]:
        '''TTL defines the time to live for this token.

        Defaults to 24h. Expires and TTL are mutually exclusive.

        :default: 24h. Expires and TTL are mutually exclusive.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens#ttl
        '''
        result = self._values.get("ttl")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def usages(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Usages describes the ways in which this token can be used.

        Can by default be used for establishing bidirectional trust, but that can be changed here.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens#usages
        '''
        result = self._values.get("usages")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint",
    jsii_struct_bases=[],
    name_mapping={"advertise_address": "advertiseAddress", "bind_port": "bindPort"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint:
    def __init__(
        self,
        *,
        advertise_address: typing.Optional[builtins.str] = None,
        bind_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''LocalAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.

        :param advertise_address: AdvertiseAddress sets the IP address for the API server to advertise.
        :param bind_port: BindPort sets the secure port for the API Server to bind to. Defaults to 6443. Default: 6443.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cc66e3f9a13d750ef1a418faf15e78452994202072d3b2ad0958987569d8256d)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint#advertiseAddress
        '''
        result = self._values.get("advertise_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bind_port(self) -> typing.Optional[jsii.Number]:
        '''BindPort sets the secure port for the API Server to bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint#bindPort
        '''
        result = self._values.get("bind_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration:
    def __init__(
        self,
        *,
        cri_socket: typing.Optional[builtins.str] = None,
        ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy"] = None,
        kubelet_extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''NodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration

        :param cri_socket: CRISocket is used to retrieve container runtime info. This information will be annotated to the Node API object, for later re-use
        :param ignore_preflight_errors: IgnorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered.
        :param image_pull_policy: ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations. The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later. Default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.
        :param kubelet_extra_args: KubeletExtraArgs passes through extra arguments to the kubelet. The arguments here are passed to the kubelet command line via the environment file kubeadm writes at runtime for the kubelet to source. This overrides the generic base-level configuration in the kubelet-config-1.X ConfigMap Flags have higher priority when parsing. These values are local and specific to the node kubeadm is executing on.
        :param name: Name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided. Default: the hostname of the node if not provided.
        :param taints: Taints specifies the taints the Node API object should be registered with. If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b210e3a55ac908c953d1910a5ce0a4ce31feabfeefb2e5eb5cbb5be32034334e)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration#criSocket
        '''
        result = self._values.get("cri_socket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_preflight_errors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IgnorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration#ignorePreflightErrors
        '''
        result = self._values.get("ignore_preflight_errors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy"]:
        '''ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

        The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

        :default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy"], result)

    @builtins.property
    def kubelet_extra_args(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''KubeletExtraArgs passes through extra arguments to the kubelet.

        The arguments here are passed to the kubelet command line via the environment file kubeadm writes at runtime for the kubelet to source. This overrides the generic base-level configuration in the kubelet-config-1.X ConfigMap Flags have higher priority when parsing. These values are local and specific to the node kubeadm is executing on.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration#kubeletExtraArgs
        '''
        result = self._values.get("kubelet_extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided.

        :default: the hostname of the node if not provided.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints"]]:
        '''Taints specifies the taints the Node API object should be registered with.

        If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy"
)
class KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy(
    enum.Enum,
):
    '''ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

    The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

    :default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

    :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "time_added": "timeAdded",
        "value": "value",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c7c358c28780183f33a9338a835cbf966770936a2c3280575ecddbb697316c18)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Required.

        The taint key to be applied to a node.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def time_added(self) -> typing.Optional[datetime.datetime]:
        '''TimeAdded represents the time at which the taint was added.

        It is only written for NoExecute taints.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints#timeAdded
        '''
        result = self._values.get("time_added")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The taint value corresponding to the taint key.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches",
    jsii_struct_bases=[],
    name_mapping={"directory": "directory"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches:
    def __init__(self, *, directory: typing.Optional[builtins.str] = None) -> None:
        '''Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init".

        The minimum kubernetes version needed to support Patches is v1.22

        :param directory: Directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__79ffe5aae53f45a331e6277ed8212e959d5149ac09a0734ecc18d1dad4be40a7)
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if directory is not None:
            self._values["directory"] = directory

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''Directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration:
    def __init__(
        self,
        *,
        api_version: typing.Optional[builtins.str] = None,
        ca_cert_path: typing.Optional[builtins.str] = None,
        control_plane: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane", typing.Dict[builtins.str, typing.Any]]] = None,
        discovery: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery", typing.Dict[builtins.str, typing.Any]]] = None,
        kind: typing.Optional[builtins.str] = None,
        node_registration: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration", typing.Dict[builtins.str, typing.Any]]] = None,
        patches: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration
        '''
        if isinstance(control_plane, dict):
            control_plane = KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane(**control_plane)
        if isinstance(discovery, dict):
            discovery = KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery(**discovery)
        if isinstance(node_registration, dict):
            node_registration = KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration(**node_registration)
        if isinstance(patches, dict):
            patches = KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches(**patches)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e4092f7fc9a2882c54ed547c3763e0c9f7fd93e51743c5c6fd4386d1d7a4b3b4)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_cert_path(self) -> typing.Optional[builtins.str]:
        '''CACertPath is the path to the SSL certificate authority used to secure comunications between node and control-plane.

        Defaults to "/etc/kubernetes/pki/ca.crt". TODO: revisit when there is defaulting from k/k

        :default: etc/kubernetes/pki/ca.crt". TODO: revisit when there is defaulting from k/k

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration#caCertPath
        '''
        result = self._values.get("ca_cert_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def control_plane(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane"]:
        '''ControlPlane defines the additional control plane instance to be deployed on the joining node.

        If nil, no additional control plane instance will be deployed.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration#controlPlane
        '''
        result = self._values.get("control_plane")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane"], result)

    @builtins.property
    def discovery(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery"]:
        '''Discovery specifies the options for the kubelet to use during the TLS Bootstrap process TODO: revisit when there is defaulting from k/k.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration#discovery
        '''
        result = self._values.get("discovery")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery"], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind is a string value representing the REST resource this object represents.

        Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_registration(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration"]:
        '''NodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration#nodeRegistration
        '''
        result = self._values.get("node_registration")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration"], result)

    @builtins.property
    def patches(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches"]:
        '''Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join".

        The minimum kubernetes version needed to support Patches is v1.22

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration#patches
        '''
        result = self._values.get("patches")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches"], result)

    @builtins.property
    def skip_phases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''SkipPhases is a list of phases to skip during command execution.

        The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration#skipPhases
        '''
        result = self._values.get("skip_phases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane",
    jsii_struct_bases=[],
    name_mapping={"local_api_endpoint": "localApiEndpoint"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane:
    def __init__(
        self,
        *,
        local_api_endpoint: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ControlPlane defines the additional control plane instance to be deployed on the joining node.

        If nil, no additional control plane instance will be deployed.

        :param local_api_endpoint: LocalAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane
        '''
        if isinstance(local_api_endpoint, dict):
            local_api_endpoint = KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint(**local_api_endpoint)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9c6903e8ca4bdd70e35382a664bcb1a6465e1af4ccaf0e60ba58b086ecef6970)
            check_type(argname="argument local_api_endpoint", value=local_api_endpoint, expected_type=type_hints["local_api_endpoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if local_api_endpoint is not None:
            self._values["local_api_endpoint"] = local_api_endpoint

    @builtins.property
    def local_api_endpoint(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint"]:
        '''LocalAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane#localAPIEndpoint
        '''
        result = self._values.get("local_api_endpoint")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint",
    jsii_struct_bases=[],
    name_mapping={"advertise_address": "advertiseAddress", "bind_port": "bindPort"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint:
    def __init__(
        self,
        *,
        advertise_address: typing.Optional[builtins.str] = None,
        bind_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''LocalAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :param advertise_address: AdvertiseAddress sets the IP address for the API server to advertise.
        :param bind_port: BindPort sets the secure port for the API Server to bind to. Defaults to 6443. Default: 6443.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7090fd8c011ece8551236d707c5a5bdcdcc58622ddb95f0d2389b1e2407cb9d7)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint#advertiseAddress
        '''
        result = self._values.get("advertise_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bind_port(self) -> typing.Optional[jsii.Number]:
        '''BindPort sets the secure port for the API Server to bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint#bindPort
        '''
        result = self._values.get("bind_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery",
    jsii_struct_bases=[],
    name_mapping={
        "bootstrap_token": "bootstrapToken",
        "file": "file",
        "timeout": "timeout",
        "tls_bootstrap_token": "tlsBootstrapToken",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery:
    def __init__(
        self,
        *,
        bootstrap_token: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken", typing.Dict[builtins.str, typing.Any]]] = None,
        file: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile", typing.Dict[builtins.str, typing.Any]]] = None,
        timeout: typing.Optional[builtins.str] = None,
        tls_bootstrap_token: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Discovery specifies the options for the kubelet to use during the TLS Bootstrap process TODO: revisit when there is defaulting from k/k.

        :param bootstrap_token: BootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.
        :param file: File is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.
        :param timeout: Timeout modifies the discovery timeout.
        :param tls_bootstrap_token: TLSBootstrapToken is a token used for TLS bootstrapping. If .BootstrapToken is set, this field is defaulted to .BootstrapToken.Token, but can be overridden. If .File is set, this field **must be set** in case the KubeConfigFile does not contain any other authentication information

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery
        '''
        if isinstance(bootstrap_token, dict):
            bootstrap_token = KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken(**bootstrap_token)
        if isinstance(file, dict):
            file = KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile(**file)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__838e6e9caea2384d52422a879dbc3100824cee62ff1097a9ce59d7a759a86972)
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
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken"]:
        '''BootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery#bootstrapToken
        '''
        result = self._values.get("bootstrap_token")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken"], result)

    @builtins.property
    def file(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile"]:
        '''File is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery#file
        '''
        result = self._values.get("file")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile"], result)

    @builtins.property
    def timeout(self) -> typing.Optional[builtins.str]:
        '''Timeout modifies the discovery timeout.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery#timeout
        '''
        result = self._values.get("timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls_bootstrap_token(self) -> typing.Optional[builtins.str]:
        '''TLSBootstrapToken is a token used for TLS bootstrapping.

        If .BootstrapToken is set, this field is defaulted to .BootstrapToken.Token, but can be overridden. If .File is set, this field **must be set** in case the KubeConfigFile does not contain any other authentication information

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery#tlsBootstrapToken
        '''
        result = self._values.get("tls_bootstrap_token")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken",
    jsii_struct_bases=[],
    name_mapping={
        "token": "token",
        "api_server_endpoint": "apiServerEndpoint",
        "ca_cert_hashes": "caCertHashes",
        "unsafe_skip_ca_verification": "unsafeSkipCaVerification",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4544f7deca107ebf1d741f2ae67463f9dfef6295846d6db2456d1b973b897565)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken#token
        '''
        result = self._values.get("token")
        assert result is not None, "Required property 'token' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_server_endpoint(self) -> typing.Optional[builtins.str]:
        '''APIServerEndpoint is an IP or domain name to the API server from which info will be fetched.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken#apiServerEndpoint
        '''
        result = self._values.get("api_server_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ca_cert_hashes(self) -> typing.Optional[typing.List[builtins.str]]:
        '''CACertHashes specifies a set of public key pins to verify when token-based discovery is used.

        The root CA found during discovery must match one of these values. Specifying an empty set disables root CA pinning, which can be unsafe. Each hash is specified as ":", where the only currently supported type is "sha256". This is a hex-encoded SHA-256 hash of the Subject Public Key Info (SPKI) object in DER-encoded ASN.1. These hashes can be calculated using, for example, OpenSSL: openssl x509 -pubkey -in ca.crt openssl rsa -pubin -outform der 2>&/dev/null | openssl dgst -sha256 -hex

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken#caCertHashes
        '''
        result = self._values.get("ca_cert_hashes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def unsafe_skip_ca_verification(self) -> typing.Optional[builtins.bool]:
        '''UnsafeSkipCAVerification allows token-based discovery without CA verification via CACertHashes.

        This can weaken the security of kubeadm since other nodes can impersonate the control-plane.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken#unsafeSkipCAVerification
        '''
        result = self._values.get("unsafe_skip_ca_verification")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile",
    jsii_struct_bases=[],
    name_mapping={"kube_config_path": "kubeConfigPath"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile:
    def __init__(self, *, kube_config_path: builtins.str) -> None:
        '''File is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.

        :param kube_config_path: KubeConfigPath is used to specify the actual file path or URL to the kubeconfig file from which to load cluster information.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cccf83cafba783e8ac375f0129314bcac0cfffee92f1b61627e426d732a98906)
            check_type(argname="argument kube_config_path", value=kube_config_path, expected_type=type_hints["kube_config_path"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "kube_config_path": kube_config_path,
        }

    @builtins.property
    def kube_config_path(self) -> builtins.str:
        '''KubeConfigPath is used to specify the actual file path or URL to the kubeconfig file from which to load cluster information.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile#kubeConfigPath
        '''
        result = self._values.get("kube_config_path")
        assert result is not None, "Required property 'kube_config_path' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration:
    def __init__(
        self,
        *,
        cri_socket: typing.Optional[builtins.str] = None,
        ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy"] = None,
        kubelet_extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
        name: typing.Optional[builtins.str] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''NodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration

        :param cri_socket: CRISocket is used to retrieve container runtime info. This information will be annotated to the Node API object, for later re-use
        :param ignore_preflight_errors: IgnorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered.
        :param image_pull_policy: ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations. The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later. Default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.
        :param kubelet_extra_args: KubeletExtraArgs passes through extra arguments to the kubelet. The arguments here are passed to the kubelet command line via the environment file kubeadm writes at runtime for the kubelet to source. This overrides the generic base-level configuration in the kubelet-config-1.X ConfigMap Flags have higher priority when parsing. These values are local and specific to the node kubeadm is executing on.
        :param name: Name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided. Default: the hostname of the node if not provided.
        :param taints: Taints specifies the taints the Node API object should be registered with. If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e193530788c786df4d74fa255372d5e922bed3661ea12f3444e8a88fe0ca6f3d)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration#criSocket
        '''
        result = self._values.get("cri_socket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_preflight_errors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''IgnorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration#ignorePreflightErrors
        '''
        result = self._values.get("ignore_preflight_errors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy"]:
        '''ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

        The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

        :default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy"], result)

    @builtins.property
    def kubelet_extra_args(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''KubeletExtraArgs passes through extra arguments to the kubelet.

        The arguments here are passed to the kubelet command line via the environment file kubeadm writes at runtime for the kubelet to source. This overrides the generic base-level configuration in the kubelet-config-1.X ConfigMap Flags have higher priority when parsing. These values are local and specific to the node kubeadm is executing on.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration#kubeletExtraArgs
        '''
        result = self._values.get("kubelet_extra_args")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided.

        :default: the hostname of the node if not provided.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints"]]:
        '''Taints specifies the taints the Node API object should be registered with.

        If this field is unset, i.e. nil, in the ``kubeadm init`` process it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy"
)
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy(
    enum.Enum,
):
    '''ImagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

    The value of this field must be one of "Always", "IfNotPresent" or "Never". Defaults to "IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

    :default: IfNotPresent". This can be used only with Kubernetes version equal to 1.22 and later.

    :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "time_added": "timeAdded",
        "value": "value",
    },
)
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints:
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c2973b510ef47df81e41e301b25cbe9328f018968499e818036418d77cac5a10)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Required.

        The taint key to be applied to a node.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def time_added(self) -> typing.Optional[datetime.datetime]:
        '''TimeAdded represents the time at which the taint was added.

        It is only written for NoExecute taints.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints#timeAdded
        '''
        result = self._values.get("time_added")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The taint value corresponding to the taint key.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches",
    jsii_struct_bases=[],
    name_mapping={"directory": "directory"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches:
    def __init__(self, *, directory: typing.Optional[builtins.str] = None) -> None:
        '''Patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join".

        The minimum kubernetes version needed to support Patches is v1.22

        :param directory: Directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7464b95d3e2f9430745a554ad96ca90fd446e308b99a1facf4d1a08861b56416)
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if directory is not None:
            self._values["directory"] = directory

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''Directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecNtp",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled", "servers": "servers"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecNtp:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        servers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''NTP specifies NTP configuration.

        :param enabled: Enabled specifies whether NTP should be enabled.
        :param servers: Servers specifies which NTP servers to use.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecNtp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6b8ed16d7013b1a7f5b640efab30e34e1133e8f017790db7ca63671ed2269776)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecNtp#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def servers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''Servers specifies which NTP servers to use.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecNtp#servers
        '''
        result = self._values.get("servers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecNtp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecUsers",
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
class KubeadmControlPlaneSpecKubeadmConfigSpecUsers:
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
        passwd_from: typing.Optional[typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers
        '''
        if isinstance(passwd_from, dict):
            passwd_from = KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom(**passwd_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f1fc6497c03fe744b0f2febde45ea3b065ce55dca3718bfbe9702b0220ac9a26)
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

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def gecos(self) -> typing.Optional[builtins.str]:
        '''Gecos specifies the gecos to use for the user.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#gecos
        '''
        result = self._values.get("gecos")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def groups(self) -> typing.Optional[builtins.str]:
        '''Groups specifies the additional groups for the user.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def home_dir(self) -> typing.Optional[builtins.str]:
        '''HomeDir specifies the home directory to use for the user.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#homeDir
        '''
        result = self._values.get("home_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def inactive(self) -> typing.Optional[builtins.bool]:
        '''Inactive specifies whether to mark the user as inactive.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#inactive
        '''
        result = self._values.get("inactive")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def lock_password(self) -> typing.Optional[builtins.bool]:
        '''LockPassword specifies if password login should be disabled.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#lockPassword
        '''
        result = self._values.get("lock_password")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passwd(self) -> typing.Optional[builtins.str]:
        '''Passwd specifies a hashed password for the user.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#passwd
        '''
        result = self._values.get("passwd")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passwd_from(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom"]:
        '''PasswdFrom is a referenced source of passwd to populate the passwd.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#passwdFrom
        '''
        result = self._values.get("passwd_from")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom"], result)

    @builtins.property
    def primary_group(self) -> typing.Optional[builtins.str]:
        '''PrimaryGroup specifies the primary group for the user.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#primaryGroup
        '''
        result = self._values.get("primary_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell(self) -> typing.Optional[builtins.str]:
        '''Shell specifies the user's shell.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#shell
        '''
        result = self._values.get("shell")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssh_authorized_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''SSHAuthorizedKeys specifies a list of ssh authorized keys for the user.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#sshAuthorizedKeys
        '''
        result = self._values.get("ssh_authorized_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def sudo(self) -> typing.Optional[builtins.str]:
        '''Sudo specifies a sudo role for the user.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsers#sudo
        '''
        result = self._values.get("sudo")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecUsers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom:
    def __init__(
        self,
        *,
        secret: typing.Union["KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''PasswdFrom is a referenced source of passwd to populate the passwd.

        :param secret: Secret represents a secret that should populate this password.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom
        '''
        if isinstance(secret, dict):
            secret = KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__756e164f400cba47d45db7068e2b1ad67560f6eba354680cbca0e39551ea1df2)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }

    @builtins.property
    def secret(self) -> "KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret":
        '''Secret represents a secret that should populate this password.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''Secret represents a secret that should populate this password.

        :param key: Key is the key in the secret's data map for this value.
        :param name: Name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1d4099838388e30c9688e37ca274e11fb0912fa2eb0edaab6510d5a0cb870e7)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''Key is the key in the secret's data map for this value.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''Name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecMachineTemplate",
    jsii_struct_bases=[],
    name_mapping={
        "infrastructure_ref": "infrastructureRef",
        "metadata": "metadata",
        "node_deletion_timeout": "nodeDeletionTimeout",
        "node_drain_timeout": "nodeDrainTimeout",
        "node_volume_detach_timeout": "nodeVolumeDetachTimeout",
    },
)
class KubeadmControlPlaneSpecMachineTemplate:
    def __init__(
        self,
        *,
        infrastructure_ref: typing.Union["KubeadmControlPlaneSpecMachineTemplateInfrastructureRef", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["KubeadmControlPlaneSpecMachineTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
        node_deletion_timeout: typing.Optional[builtins.str] = None,
        node_drain_timeout: typing.Optional[builtins.str] = None,
        node_volume_detach_timeout: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MachineTemplate contains information about how machines should be shaped when creating or updating a control plane.

        :param infrastructure_ref: InfrastructureRef is a required reference to a custom resource offered by an infrastructure provider.
        :param metadata: Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata
        :param node_deletion_timeout: NodeDeletionTimeout defines how long the machine controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion. A duration of 0 will retry deletion indefinitely. If no value is provided, the default value for this property of the Machine resource will be used.
        :param node_drain_timeout: NodeDrainTimeout is the total amount of time that the controller will spend on draining a controlplane node The default value is 0, meaning that the node can be drained without any time limitations. NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout: NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: KubeadmControlPlaneSpecMachineTemplate
        '''
        if isinstance(infrastructure_ref, dict):
            infrastructure_ref = KubeadmControlPlaneSpecMachineTemplateInfrastructureRef(**infrastructure_ref)
        if isinstance(metadata, dict):
            metadata = KubeadmControlPlaneSpecMachineTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c39cbe8b7552e42d68915e5fc7f3094aa1af1a0bb51614fadfd27664a9e39e99)
            check_type(argname="argument infrastructure_ref", value=infrastructure_ref, expected_type=type_hints["infrastructure_ref"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
            check_type(argname="argument node_deletion_timeout", value=node_deletion_timeout, expected_type=type_hints["node_deletion_timeout"])
            check_type(argname="argument node_drain_timeout", value=node_drain_timeout, expected_type=type_hints["node_drain_timeout"])
            check_type(argname="argument node_volume_detach_timeout", value=node_volume_detach_timeout, expected_type=type_hints["node_volume_detach_timeout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "infrastructure_ref": infrastructure_ref,
        }
        if metadata is not None:
            self._values["metadata"] = metadata
        if node_deletion_timeout is not None:
            self._values["node_deletion_timeout"] = node_deletion_timeout
        if node_drain_timeout is not None:
            self._values["node_drain_timeout"] = node_drain_timeout
        if node_volume_detach_timeout is not None:
            self._values["node_volume_detach_timeout"] = node_volume_detach_timeout

    @builtins.property
    def infrastructure_ref(
        self,
    ) -> "KubeadmControlPlaneSpecMachineTemplateInfrastructureRef":
        '''InfrastructureRef is a required reference to a custom resource offered by an infrastructure provider.

        :schema: KubeadmControlPlaneSpecMachineTemplate#infrastructureRef
        '''
        result = self._values.get("infrastructure_ref")
        assert result is not None, "Required property 'infrastructure_ref' is missing"
        return typing.cast("KubeadmControlPlaneSpecMachineTemplateInfrastructureRef", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecMachineTemplateMetadata"]:
        '''Standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: KubeadmControlPlaneSpecMachineTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecMachineTemplateMetadata"], result)

    @builtins.property
    def node_deletion_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDeletionTimeout defines how long the machine controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion.

        A duration of 0 will retry deletion indefinitely. If no value is provided, the default value for this property of the Machine resource will be used.

        :schema: KubeadmControlPlaneSpecMachineTemplate#nodeDeletionTimeout
        '''
        result = self._values.get("node_deletion_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_drain_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeDrainTimeout is the total amount of time that the controller will spend on draining a controlplane node The default value is 0, meaning that the node can be drained without any time limitations.

        NOTE: NodeDrainTimeout is different from ``kubectl drain --timeout``

        :schema: KubeadmControlPlaneSpecMachineTemplate#nodeDrainTimeout
        '''
        result = self._values.get("node_drain_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def node_volume_detach_timeout(self) -> typing.Optional[builtins.str]:
        '''NodeVolumeDetachTimeout is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: KubeadmControlPlaneSpecMachineTemplate#nodeVolumeDetachTimeout
        '''
        result = self._values.get("node_volume_detach_timeout")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecMachineTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecMachineTemplateInfrastructureRef",
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
class KubeadmControlPlaneSpecMachineTemplateInfrastructureRef:
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

        :schema: KubeadmControlPlaneSpecMachineTemplateInfrastructureRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7c39fe3f95b7ca7a64e3c9a77324530f75f32f545e5c25ea7559ff36859629b4)
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

        :schema: KubeadmControlPlaneSpecMachineTemplateInfrastructureRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def field_path(self) -> typing.Optional[builtins.str]:
        '''If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]. For example, if the object reference is to a container within a pod, this would take on a value like: "spec.containers{name}" (where "name" refers to the name of the container that triggered the event) or if no container name is specified "spec.containers[2]" (container with index 2 in this pod). This syntax is chosen only to have some well-defined way of referencing a part of an object. TODO: this design is not final and this field is subject to change in the future.

        :schema: KubeadmControlPlaneSpecMachineTemplateInfrastructureRef#fieldPath
        '''
        result = self._values.get("field_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def kind(self) -> typing.Optional[builtins.str]:
        '''Kind of the referent.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

        :schema: KubeadmControlPlaneSpecMachineTemplateInfrastructureRef#kind
        '''
        result = self._values.get("kind")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''Name of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#names

        :schema: KubeadmControlPlaneSpecMachineTemplateInfrastructureRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def namespace(self) -> typing.Optional[builtins.str]:
        '''Namespace of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/namespaces/

        :schema: KubeadmControlPlaneSpecMachineTemplateInfrastructureRef#namespace
        '''
        result = self._values.get("namespace")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def resource_version(self) -> typing.Optional[builtins.str]:
        '''Specific resourceVersion to which this reference is made, if any.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency

        :schema: KubeadmControlPlaneSpecMachineTemplateInfrastructureRef#resourceVersion
        '''
        result = self._values.get("resource_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def uid(self) -> typing.Optional[builtins.str]:
        '''UID of the referent.

        More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#uids

        :schema: KubeadmControlPlaneSpecMachineTemplateInfrastructureRef#uid
        '''
        result = self._values.get("uid")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecMachineTemplateInfrastructureRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecMachineTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KubeadmControlPlaneSpecMachineTemplateMetadata:
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

        :schema: KubeadmControlPlaneSpecMachineTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__919f84543d32bf9d57133e9c51d17a66781ec369d51f7a7414f9e6e716cbe64e)
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

        :schema: KubeadmControlPlaneSpecMachineTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''Map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels

        :schema: KubeadmControlPlaneSpecMachineTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecMachineTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecRemediationStrategy",
    jsii_struct_bases=[],
    name_mapping={
        "max_retry": "maxRetry",
        "min_healthy_period": "minHealthyPeriod",
        "retry_period": "retryPeriod",
    },
)
class KubeadmControlPlaneSpecRemediationStrategy:
    def __init__(
        self,
        *,
        max_retry: typing.Optional[jsii.Number] = None,
        min_healthy_period: typing.Optional[builtins.str] = None,
        retry_period: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The RemediationStrategy that controls how control plane machine remediation happens.

        :param max_retry: MaxRetry is the Max number of retries while attempting to remediate an unhealthy machine. A retry happens when a machine that was created as a replacement for an unhealthy machine also fails. For example, given a control plane with three machines M1, M2, M3: M1 become unhealthy; remediation happens, and M1-1 is created as a replacement. If M1-1 (replacement of M1) has problems while bootstrapping it will become unhealthy, and then be remediated; such operation is considered a retry, remediation-retry #1. If M1-2 (replacement of M1-1) becomes unhealthy, remediation-retry #2 will happen, etc. A retry could happen only after RetryPeriod from the previous retry. If a machine is marked as unhealthy after MinHealthyPeriod from the previous remediation expired, this is not considered a retry anymore because the new issue is assumed unrelated from the previous one. If not set, the remedation will be retried infinitely.
        :param min_healthy_period: MinHealthyPeriod defines the duration after which KCP will consider any failure to a machine unrelated from the previous one. In this case the remediation is not considered a retry anymore, and thus the retry counter restarts from 0. For example, assuming MinHealthyPeriod is set to 1h (default) M1 become unhealthy; remediation happens, and M1-1 is created as a replacement. If M1-1 (replacement of M1) has problems within the 1hr after the creation, also this machine will be remediated and this operation is considered a retry - a problem related to the original issue happened to M1 -. If instead the problem on M1-1 is happening after MinHealthyPeriod expired, e.g. four days after m1-1 has been created as a remediation of M1, the problem on M1-1 is considered unrelated to the original issue happened to M1. If not set, this value is defaulted to 1h.
        :param retry_period: RetryPeriod is the duration that KCP should wait before remediating a machine being created as a replacement for an unhealthy machine (a retry). If not set, a retry will happen immediately.

        :schema: KubeadmControlPlaneSpecRemediationStrategy
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3af1d9dd6977bbbbd72f7b1f54d0e5a8074f92b7ab013a04cd341c72d20d8b6c)
            check_type(argname="argument max_retry", value=max_retry, expected_type=type_hints["max_retry"])
            check_type(argname="argument min_healthy_period", value=min_healthy_period, expected_type=type_hints["min_healthy_period"])
            check_type(argname="argument retry_period", value=retry_period, expected_type=type_hints["retry_period"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_retry is not None:
            self._values["max_retry"] = max_retry
        if min_healthy_period is not None:
            self._values["min_healthy_period"] = min_healthy_period
        if retry_period is not None:
            self._values["retry_period"] = retry_period

    @builtins.property
    def max_retry(self) -> typing.Optional[jsii.Number]:
        '''MaxRetry is the Max number of retries while attempting to remediate an unhealthy machine.

        A retry happens when a machine that was created as a replacement for an unhealthy machine also fails. For example, given a control plane with three machines M1, M2, M3:
        M1 become unhealthy; remediation happens, and M1-1 is created as a replacement. If M1-1 (replacement of M1) has problems while bootstrapping it will become unhealthy, and then be remediated; such operation is considered a retry, remediation-retry #1. If M1-2 (replacement of M1-1) becomes unhealthy, remediation-retry #2 will happen, etc.
        A retry could happen only after RetryPeriod from the previous retry. If a machine is marked as unhealthy after MinHealthyPeriod from the previous remediation expired, this is not considered a retry anymore because the new issue is assumed unrelated from the previous one.
        If not set, the remedation will be retried infinitely.

        :schema: KubeadmControlPlaneSpecRemediationStrategy#maxRetry
        '''
        result = self._values.get("max_retry")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_healthy_period(self) -> typing.Optional[builtins.str]:
        '''MinHealthyPeriod defines the duration after which KCP will consider any failure to a machine unrelated from the previous one.

        In this case the remediation is not considered a retry anymore, and thus the retry counter restarts from 0. For example, assuming MinHealthyPeriod is set to 1h (default)
        M1 become unhealthy; remediation happens, and M1-1 is created as a replacement. If M1-1 (replacement of M1) has problems within the 1hr after the creation, also this machine will be remediated and this operation is considered a retry - a problem related to the original issue happened to M1 -.
        If instead the problem on M1-1 is happening after MinHealthyPeriod expired, e.g. four days after m1-1 has been created as a remediation of M1, the problem on M1-1 is considered unrelated to the original issue happened to M1.
        If not set, this value is defaulted to 1h.

        :schema: KubeadmControlPlaneSpecRemediationStrategy#minHealthyPeriod
        '''
        result = self._values.get("min_healthy_period")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def retry_period(self) -> typing.Optional[builtins.str]:
        '''RetryPeriod is the duration that KCP should wait before remediating a machine being created as a replacement for an unhealthy machine (a retry).

        If not set, a retry will happen immediately.

        :schema: KubeadmControlPlaneSpecRemediationStrategy#retryPeriod
        '''
        result = self._values.get("retry_period")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecRemediationStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecRolloutBefore",
    jsii_struct_bases=[],
    name_mapping={"certificates_expiry_days": "certificatesExpiryDays"},
)
class KubeadmControlPlaneSpecRolloutBefore:
    def __init__(
        self,
        *,
        certificates_expiry_days: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''RolloutBefore is a field to indicate a rollout should be performed if the specified criteria is met.

        :param certificates_expiry_days: CertificatesExpiryDays indicates a rollout needs to be performed if the certificates of the machine will expire within the specified days.

        :schema: KubeadmControlPlaneSpecRolloutBefore
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a19e74c199437f0c0acb6a0d1129d6519886a86ffa1928c26afdd047cf2e0e31)
            check_type(argname="argument certificates_expiry_days", value=certificates_expiry_days, expected_type=type_hints["certificates_expiry_days"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificates_expiry_days is not None:
            self._values["certificates_expiry_days"] = certificates_expiry_days

    @builtins.property
    def certificates_expiry_days(self) -> typing.Optional[jsii.Number]:
        '''CertificatesExpiryDays indicates a rollout needs to be performed if the certificates of the machine will expire within the specified days.

        :schema: KubeadmControlPlaneSpecRolloutBefore#certificatesExpiryDays
        '''
        result = self._values.get("certificates_expiry_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecRolloutBefore(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecRolloutStrategy",
    jsii_struct_bases=[],
    name_mapping={"rolling_update": "rollingUpdate", "type": "type"},
)
class KubeadmControlPlaneSpecRolloutStrategy:
    def __init__(
        self,
        *,
        rolling_update: typing.Optional[typing.Union["KubeadmControlPlaneSpecRolloutStrategyRollingUpdate", typing.Dict[builtins.str, typing.Any]]] = None,
        type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''The RolloutStrategy to use to replace control plane machines with new ones.

        :param rolling_update: Rolling update config params. Present only if RolloutStrategyType = RollingUpdate.
        :param type: Type of rollout. Currently the only supported strategy is "RollingUpdate". Default is RollingUpdate. Default: RollingUpdate.

        :schema: KubeadmControlPlaneSpecRolloutStrategy
        '''
        if isinstance(rolling_update, dict):
            rolling_update = KubeadmControlPlaneSpecRolloutStrategyRollingUpdate(**rolling_update)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28abd8417dde059849f4e1d4419a56f5c066b1822e84b2eacdd0e19fbef2dbe5)
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
    ) -> typing.Optional["KubeadmControlPlaneSpecRolloutStrategyRollingUpdate"]:
        '''Rolling update config params.

        Present only if RolloutStrategyType = RollingUpdate.

        :schema: KubeadmControlPlaneSpecRolloutStrategy#rollingUpdate
        '''
        result = self._values.get("rolling_update")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecRolloutStrategyRollingUpdate"], result)

    @builtins.property
    def type(self) -> typing.Optional[builtins.str]:
        '''Type of rollout.

        Currently the only supported strategy is "RollingUpdate". Default is RollingUpdate.

        :default: RollingUpdate.

        :schema: KubeadmControlPlaneSpecRolloutStrategy#type
        '''
        result = self._values.get("type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecRolloutStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecRolloutStrategyRollingUpdate",
    jsii_struct_bases=[],
    name_mapping={"max_surge": "maxSurge"},
)
class KubeadmControlPlaneSpecRolloutStrategyRollingUpdate:
    def __init__(
        self,
        *,
        max_surge: typing.Optional["KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge"] = None,
    ) -> None:
        '''Rolling update config params.

        Present only if RolloutStrategyType = RollingUpdate.

        :param max_surge: The maximum number of control planes that can be scheduled above or under the desired number of control planes. Value can be an absolute number 1 or 0. Defaults to 1. Example: when this is set to 1, the control plane can be scaled up immediately when the rolling update starts. Default: 1. Example: when this is set to 1, the control plane can be scaled up immediately when the rolling update starts.

        :schema: KubeadmControlPlaneSpecRolloutStrategyRollingUpdate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__92aa382083e330f97d72976a8648db8a91e479b8d8ab7f28d69acd7e68828698)
            check_type(argname="argument max_surge", value=max_surge, expected_type=type_hints["max_surge"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_surge is not None:
            self._values["max_surge"] = max_surge

    @builtins.property
    def max_surge(
        self,
    ) -> typing.Optional["KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge"]:
        '''The maximum number of control planes that can be scheduled above or under the desired number of control planes.

        Value can be an absolute number 1 or 0. Defaults to 1. Example: when this is set to 1, the control plane can be scaled up immediately when the rolling update starts.

        :default: 1. Example: when this is set to 1, the control plane can be scaled up immediately when the rolling update starts.

        :schema: KubeadmControlPlaneSpecRolloutStrategyRollingUpdate#maxSurge
        '''
        result = self._values.get("max_surge")
        return typing.cast(typing.Optional["KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneSpecRolloutStrategyRollingUpdate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge",
):
    '''The maximum number of control planes that can be scheduled above or under the desired number of control planes.

    Value can be an absolute number 1 or 0. Defaults to 1. Example: when this is set to 1, the control plane can be scaled up immediately when the rolling update starts.

    :default: 1. Example: when this is set to 1, the control plane can be scaled up immediately when the rolling update starts.

    :schema: KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1df10258c4884e8c9b16a9a7d17799830d362062b40b5bc8af84f27e10cf2092)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0eb47e1b67bb0b891baa06683b86835927a037f1d6cda9b228455a82f0a10e84)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


__all__ = [
    "KubeadmControlPlane",
    "KubeadmControlPlaneProps",
    "KubeadmControlPlaneSpec",
    "KubeadmControlPlaneSpecKubeadmConfigSpec",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler",
    "KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes",
    "KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup",
    "KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems",
    "KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions",
    "KubeadmControlPlaneSpecKubeadmConfigSpecFiles",
    "KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom",
    "KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret",
    "KubeadmControlPlaneSpecKubeadmConfigSpecFilesEncoding",
    "KubeadmControlPlaneSpecKubeadmConfigSpecFormat",
    "KubeadmControlPlaneSpecKubeadmConfigSpecIgnition",
    "KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig",
    "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration",
    "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens",
    "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint",
    "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration",
    "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy",
    "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints",
    "KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints",
    "KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches",
    "KubeadmControlPlaneSpecKubeadmConfigSpecNtp",
    "KubeadmControlPlaneSpecKubeadmConfigSpecUsers",
    "KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom",
    "KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret",
    "KubeadmControlPlaneSpecMachineTemplate",
    "KubeadmControlPlaneSpecMachineTemplateInfrastructureRef",
    "KubeadmControlPlaneSpecMachineTemplateMetadata",
    "KubeadmControlPlaneSpecRemediationStrategy",
    "KubeadmControlPlaneSpecRolloutBefore",
    "KubeadmControlPlaneSpecRolloutStrategy",
    "KubeadmControlPlaneSpecRolloutStrategyRollingUpdate",
    "KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge",
]

publication.publish()

def _typecheckingstub__1b234a6be4d1d902e70b95d8294c8a340a5cbfee8d86321b19535ba6469b0e7b(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KubeadmControlPlaneSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0d02ca2ea867249513136749d27e6062a8ca6056564a558da2c9a8c199fcee45(
    *,
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    spec: typing.Optional[typing.Union[KubeadmControlPlaneSpec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8bf773a06e9fc189c8bb6a28c502c9dd15188e83f40f42c75603cd4b4231a8e2(
    *,
    kubeadm_config_spec: typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpec, typing.Dict[builtins.str, typing.Any]],
    machine_template: typing.Union[KubeadmControlPlaneSpecMachineTemplate, typing.Dict[builtins.str, typing.Any]],
    version: builtins.str,
    remediation_strategy: typing.Optional[typing.Union[KubeadmControlPlaneSpecRemediationStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    rollout_after: typing.Optional[datetime.datetime] = None,
    rollout_before: typing.Optional[typing.Union[KubeadmControlPlaneSpecRolloutBefore, typing.Dict[builtins.str, typing.Any]]] = None,
    rollout_strategy: typing.Optional[typing.Union[KubeadmControlPlaneSpecRolloutStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f6e7059cb23dc192affe29b0e6f9da2d9d6bd9b3fc0625ef4e499efbe9ce08a2(
    *,
    cluster_configuration: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    disk_setup: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetup, typing.Dict[builtins.str, typing.Any]]] = None,
    files: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecFiles, typing.Dict[builtins.str, typing.Any]]]] = None,
    format: typing.Optional[KubeadmControlPlaneSpecKubeadmConfigSpecFormat] = None,
    ignition: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecIgnition, typing.Dict[builtins.str, typing.Any]]] = None,
    init_configuration: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecInitConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    join_configuration: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    mounts: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
    ntp: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecNtp, typing.Dict[builtins.str, typing.Any]]] = None,
    post_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    pre_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    use_experimental_retry_join: typing.Optional[builtins.bool] = None,
    users: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecUsers, typing.Dict[builtins.str, typing.Any]]]] = None,
    verbosity: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6cbb0aad9bff241b218aa64eb09a5ad2ea2ff53404ed441e02d03f4ff35c044c(
    *,
    api_server: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServer, typing.Dict[builtins.str, typing.Any]]] = None,
    api_version: typing.Optional[builtins.str] = None,
    certificates_dir: typing.Optional[builtins.str] = None,
    cluster_name: typing.Optional[builtins.str] = None,
    controller_manager: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManager, typing.Dict[builtins.str, typing.Any]]] = None,
    control_plane_endpoint: typing.Optional[builtins.str] = None,
    dns: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationDns, typing.Dict[builtins.str, typing.Any]]] = None,
    etcd: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcd, typing.Dict[builtins.str, typing.Any]]] = None,
    feature_gates: typing.Optional[typing.Mapping[builtins.str, builtins.bool]] = None,
    image_repository: typing.Optional[builtins.str] = None,
    kind: typing.Optional[builtins.str] = None,
    kubernetes_version: typing.Optional[builtins.str] = None,
    networking: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationNetworking, typing.Dict[builtins.str, typing.Any]]] = None,
    scheduler: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationScheduler, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6ffb55258f6de5af2d53d03b7acec150aa8e6b65700bc20e556d6ac747eaf7ec(
    *,
    cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
    timeout_for_control_plane: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__559fb447bb8b44d423d402acc8439baafd9758d01dbcfb4aacabb382a171d473(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f87ab4e7bc624d077552ce1170e3ea67a5ff85d1aa8186b945297141e792528d(
    *,
    extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3ef9d4fa91b9ae2f6434fc6cfc662496f7d806e0f95eab3dda18a2e098021f68(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f53c02f8ad739791371a5e9c97a2c3fa062760509fd0093fde152b9d98f006f7(
    *,
    image_repository: typing.Optional[builtins.str] = None,
    image_tag: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__93aa5f807df4126aa719f17ad27e97518bda0a974f42ff302f45c37fafdca5e4(
    *,
    external: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdExternal, typing.Dict[builtins.str, typing.Any]]] = None,
    local: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationEtcdLocal, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__153d677682ba9ebbd81b9c3e4d837e020834b899322b7c184232f610789e38ed(
    *,
    ca_file: builtins.str,
    cert_file: builtins.str,
    endpoints: typing.Sequence[builtins.str],
    key_file: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b444d76fe79e39623315aa6a561a907d07904e52c1cef07eac98ecbb22b2531(
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

def _typecheckingstub__8919211c2cb981eaa66f5ce6c4f85830b50cb008bd026ab992ebc60b150fdcbb(
    *,
    dns_domain: typing.Optional[builtins.str] = None,
    pod_subnet: typing.Optional[builtins.str] = None,
    service_subnet: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__481d9e818a7df1c66f2f4eedba7b2ab1e2938ba5d8f49cd3394502ef143942aa(
    *,
    extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__641266b916a7909f31c440ad422b013d84fa778eadb4f14cff2f3df729e46e8d(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3cd0d85536507ac9b3dce2b316966d28bb7c61b04db4cc3bdb70b363fd2845ac(
    *,
    filesystems: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupFilesystems, typing.Dict[builtins.str, typing.Any]]]] = None,
    partitions: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecDiskSetupPartitions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__64c0208269e7cb59522131dd7bb094f080860370db8bbeac2ddcfac76ced45f1(
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

def _typecheckingstub__2c0f74c3b0abb1b4d095f57ae5bdbf50c33761678a4089605cdf254c2a015690(
    *,
    device: builtins.str,
    layout: builtins.bool,
    overwrite: typing.Optional[builtins.bool] = None,
    table_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__041ff5bd51080b0bcbc4f0414c85718033c23eab69f4a4c9a2935f1cc855d5d4(
    *,
    path: builtins.str,
    append: typing.Optional[builtins.bool] = None,
    content: typing.Optional[builtins.str] = None,
    content_from: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    encoding: typing.Optional[KubeadmControlPlaneSpecKubeadmConfigSpecFilesEncoding] = None,
    owner: typing.Optional[builtins.str] = None,
    permissions: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8ce46adf221b0d484a13165520906c3cd2cc85368a425cf3bb3e60c5c0d9d7d5(
    *,
    secret: typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecFilesContentFromSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0f54965308b9483b3630dc79322fd7dc8748591212d69babfffe749f2a3530f2(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__82a009ada638a890401326774e9258590ba0276b3d68545a77da2fafd9fbea46(
    *,
    container_linux_config: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecIgnitionContainerLinuxConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__931aaf0fc3d91da89d2547c1780b2a877e04f94b48b385334e814a08826f24e2(
    *,
    additional_config: typing.Optional[builtins.str] = None,
    strict: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__86c352a4b7cef5283e70533a38729cda71d326db69ba3dd0e00b1f6b318b2da8(
    *,
    api_version: typing.Optional[builtins.str] = None,
    bootstrap_tokens: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationBootstrapTokens, typing.Dict[builtins.str, typing.Any]]]] = None,
    kind: typing.Optional[builtins.str] = None,
    local_api_endpoint: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    node_registration: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistration, typing.Dict[builtins.str, typing.Any]]] = None,
    patches: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationPatches, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6a26ac0a183155c075e168c7d884394249a7e97a1992408e455ca0d02a2fd351(
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

def _typecheckingstub__cc66e3f9a13d750ef1a418faf15e78452994202072d3b2ad0958987569d8256d(
    *,
    advertise_address: typing.Optional[builtins.str] = None,
    bind_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b210e3a55ac908c953d1910a5ce0a4ce31feabfeefb2e5eb5cbb5be32034334e(
    *,
    cri_socket: typing.Optional[builtins.str] = None,
    ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy] = None,
    kubelet_extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c7c358c28780183f33a9338a835cbf966770936a2c3280575ecddbb697316c18(
    *,
    effect: builtins.str,
    key: builtins.str,
    time_added: typing.Optional[datetime.datetime] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__79ffe5aae53f45a331e6277ed8212e959d5149ac09a0734ecc18d1dad4be40a7(
    *,
    directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e4092f7fc9a2882c54ed547c3763e0c9f7fd93e51743c5c6fd4386d1d7a4b3b4(
    *,
    api_version: typing.Optional[builtins.str] = None,
    ca_cert_path: typing.Optional[builtins.str] = None,
    control_plane: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlane, typing.Dict[builtins.str, typing.Any]]] = None,
    discovery: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscovery, typing.Dict[builtins.str, typing.Any]]] = None,
    kind: typing.Optional[builtins.str] = None,
    node_registration: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistration, typing.Dict[builtins.str, typing.Any]]] = None,
    patches: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationPatches, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9c6903e8ca4bdd70e35382a664bcb1a6465e1af4ccaf0e60ba58b086ecef6970(
    *,
    local_api_endpoint: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7090fd8c011ece8551236d707c5a5bdcdcc58622ddb95f0d2389b1e2407cb9d7(
    *,
    advertise_address: typing.Optional[builtins.str] = None,
    bind_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__838e6e9caea2384d52422a879dbc3100824cee62ff1097a9ce59d7a759a86972(
    *,
    bootstrap_token: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken, typing.Dict[builtins.str, typing.Any]]] = None,
    file: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationDiscoveryFile, typing.Dict[builtins.str, typing.Any]]] = None,
    timeout: typing.Optional[builtins.str] = None,
    tls_bootstrap_token: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4544f7deca107ebf1d741f2ae67463f9dfef6295846d6db2456d1b973b897565(
    *,
    token: builtins.str,
    api_server_endpoint: typing.Optional[builtins.str] = None,
    ca_cert_hashes: typing.Optional[typing.Sequence[builtins.str]] = None,
    unsafe_skip_ca_verification: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cccf83cafba783e8ac375f0129314bcac0cfffee92f1b61627e426d732a98906(
    *,
    kube_config_path: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e193530788c786df4d74fa255372d5e922bed3661ea12f3444e8a88fe0ca6f3d(
    *,
    cri_socket: typing.Optional[builtins.str] = None,
    ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy] = None,
    kubelet_extra_args: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    name: typing.Optional[builtins.str] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c2973b510ef47df81e41e301b25cbe9328f018968499e818036418d77cac5a10(
    *,
    effect: builtins.str,
    key: builtins.str,
    time_added: typing.Optional[datetime.datetime] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7464b95d3e2f9430745a554ad96ca90fd446e308b99a1facf4d1a08861b56416(
    *,
    directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6b8ed16d7013b1a7f5b640efab30e34e1133e8f017790db7ca63671ed2269776(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    servers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f1fc6497c03fe744b0f2febde45ea3b065ce55dca3718bfbe9702b0220ac9a26(
    *,
    name: builtins.str,
    gecos: typing.Optional[builtins.str] = None,
    groups: typing.Optional[builtins.str] = None,
    home_dir: typing.Optional[builtins.str] = None,
    inactive: typing.Optional[builtins.bool] = None,
    lock_password: typing.Optional[builtins.bool] = None,
    passwd: typing.Optional[builtins.str] = None,
    passwd_from: typing.Optional[typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    primary_group: typing.Optional[builtins.str] = None,
    shell: typing.Optional[builtins.str] = None,
    ssh_authorized_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    sudo: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__756e164f400cba47d45db7068e2b1ad67560f6eba354680cbca0e39551ea1df2(
    *,
    secret: typing.Union[KubeadmControlPlaneSpecKubeadmConfigSpecUsersPasswdFromSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1d4099838388e30c9688e37ca274e11fb0912fa2eb0edaab6510d5a0cb870e7(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c39cbe8b7552e42d68915e5fc7f3094aa1af1a0bb51614fadfd27664a9e39e99(
    *,
    infrastructure_ref: typing.Union[KubeadmControlPlaneSpecMachineTemplateInfrastructureRef, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[KubeadmControlPlaneSpecMachineTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
    node_deletion_timeout: typing.Optional[builtins.str] = None,
    node_drain_timeout: typing.Optional[builtins.str] = None,
    node_volume_detach_timeout: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7c39fe3f95b7ca7a64e3c9a77324530f75f32f545e5c25ea7559ff36859629b4(
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

def _typecheckingstub__919f84543d32bf9d57133e9c51d17a66781ec369d51f7a7414f9e6e716cbe64e(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3af1d9dd6977bbbbd72f7b1f54d0e5a8074f92b7ab013a04cd341c72d20d8b6c(
    *,
    max_retry: typing.Optional[jsii.Number] = None,
    min_healthy_period: typing.Optional[builtins.str] = None,
    retry_period: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a19e74c199437f0c0acb6a0d1129d6519886a86ffa1928c26afdd047cf2e0e31(
    *,
    certificates_expiry_days: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28abd8417dde059849f4e1d4419a56f5c066b1822e84b2eacdd0e19fbef2dbe5(
    *,
    rolling_update: typing.Optional[typing.Union[KubeadmControlPlaneSpecRolloutStrategyRollingUpdate, typing.Dict[builtins.str, typing.Any]]] = None,
    type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__92aa382083e330f97d72976a8648db8a91e479b8d8ab7f28d69acd7e68828698(
    *,
    max_surge: typing.Optional[KubeadmControlPlaneSpecRolloutStrategyRollingUpdateMaxSurge] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1df10258c4884e8c9b16a9a7d17799830d362062b40b5bc8af84f27e10cf2092(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0eb47e1b67bb0b891baa06683b86835927a037f1d6cda9b228455a82f0a10e84(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
