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


class KubeadmControlPlaneV1Beta2(
    _cdk8s_d3d9af27.ApiObject,
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2",
):
    '''KubeadmControlPlane is the Schema for the KubeadmControlPlane API.

    :schema: KubeadmControlPlaneV1Beta2
    '''

    def __init__(
        self,
        scope: "_constructs_77d1e7e8.Construct",
        id: builtins.str,
        *,
        spec: typing.Union["KubeadmControlPlaneV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Defines a "KubeadmControlPlaneV1Beta2" API object.

        :param scope: the scope in which to define this object.
        :param id: a scope-local name for the object.
        :param spec: spec is the desired state of KubeadmControlPlane.
        :param metadata: 
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__922e6e1b854a3608507a95690422bb96f34fbd9b7f971477dedafeb556419982)
            check_type(argname="argument scope", value=scope, expected_type=type_hints["scope"])
            check_type(argname="argument id", value=id, expected_type=type_hints["id"])
        props = KubeadmControlPlaneV1Beta2Props(spec=spec, metadata=metadata)

        jsii.create(self.__class__, self, [scope, id, props])

    @jsii.member(jsii_name="manifest")
    @builtins.classmethod
    def manifest(
        cls,
        *,
        spec: typing.Union["KubeadmControlPlaneV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> typing.Any:
        '''Renders a Kubernetes manifest for "KubeadmControlPlaneV1Beta2".

        This can be used to inline resource manifests inside other objects (e.g. as templates).

        :param spec: spec is the desired state of KubeadmControlPlane.
        :param metadata: 
        '''
        props = KubeadmControlPlaneV1Beta2Props(spec=spec, metadata=metadata)

        return typing.cast(typing.Any, jsii.sinvoke(cls, "manifest", [props]))

    @jsii.member(jsii_name="toJson")
    def to_json(self) -> typing.Any:
        '''Renders the object to Kubernetes JSON.'''
        return typing.cast(typing.Any, jsii.invoke(self, "toJson", []))

    @jsii.python.classproperty
    @jsii.member(jsii_name="GVK")
    def GVK(cls) -> "_cdk8s_d3d9af27.GroupVersionKind":
        '''Returns the apiVersion and kind for "KubeadmControlPlaneV1Beta2".'''
        return typing.cast("_cdk8s_d3d9af27.GroupVersionKind", jsii.sget(cls, "GVK"))


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2Props",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class KubeadmControlPlaneV1Beta2Props:
    def __init__(
        self,
        *,
        spec: typing.Union["KubeadmControlPlaneV1Beta2Spec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["_cdk8s_d3d9af27.ApiObjectMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''KubeadmControlPlane is the Schema for the KubeadmControlPlane API.

        :param spec: spec is the desired state of KubeadmControlPlane.
        :param metadata: 

        :schema: KubeadmControlPlaneV1Beta2
        '''
        if isinstance(spec, dict):
            spec = KubeadmControlPlaneV1Beta2Spec(**spec)
        if isinstance(metadata, dict):
            metadata = _cdk8s_d3d9af27.ApiObjectMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fb589d1062004c55b842de8b30a0fe8c0fcbe728d31caeaa916920da21389e71)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "KubeadmControlPlaneV1Beta2Spec":
        '''spec is the desired state of KubeadmControlPlane.

        :schema: KubeadmControlPlaneV1Beta2#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2Spec", result)

    @builtins.property
    def metadata(self) -> typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"]:
        '''
        :schema: KubeadmControlPlaneV1Beta2#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["_cdk8s_d3d9af27.ApiObjectMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2Props(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2Spec",
    jsii_struct_bases=[],
    name_mapping={
        "machine_template": "machineTemplate",
        "version": "version",
        "kubeadm_config_spec": "kubeadmConfigSpec",
        "machine_naming": "machineNaming",
        "remediation": "remediation",
        "replicas": "replicas",
        "rollout": "rollout",
    },
)
class KubeadmControlPlaneV1Beta2Spec:
    def __init__(
        self,
        *,
        machine_template: typing.Union["KubeadmControlPlaneV1Beta2SpecMachineTemplate", typing.Dict[builtins.str, typing.Any]],
        version: builtins.str,
        kubeadm_config_spec: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec", typing.Dict[builtins.str, typing.Any]]] = None,
        machine_naming: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecMachineNaming", typing.Dict[builtins.str, typing.Any]]] = None,
        remediation: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecRemediation", typing.Dict[builtins.str, typing.Any]]] = None,
        replicas: typing.Optional[jsii.Number] = None,
        rollout: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecRollout", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''spec is the desired state of KubeadmControlPlane.

        :param machine_template: machineTemplate contains information about how machines should be shaped when creating or updating a control plane.
        :param version: version defines the desired Kubernetes version.
        :param kubeadm_config_spec: kubeadmConfigSpec is a KubeadmConfigSpec to use for initializing and joining machines to the control plane.
        :param machine_naming: machineNaming allows changing the naming pattern used when creating Machines. InfraMachines & KubeadmConfigs will use the same name as the corresponding Machines.
        :param remediation: remediation controls how unhealthy Machines are remediated.
        :param replicas: replicas is the number of desired machines. Defaults to 1. When stacked etcd is used only odd numbers are permitted, as per `etcd best practice <https://etcd.io/docs/v3.3.12/faq/#why-an-odd-number-of-cluster-members>`_. This is a pointer to distinguish between explicit zero and not specified. Default: 1. When stacked etcd is used only
        :param rollout: rollout allows you to configure the behaviour of rolling updates to the control plane Machines. It allows you to require that all Machines are replaced before or after a certain time, and allows you to define the strategy used during rolling replacements.

        :schema: KubeadmControlPlaneV1Beta2Spec
        '''
        if isinstance(machine_template, dict):
            machine_template = KubeadmControlPlaneV1Beta2SpecMachineTemplate(**machine_template)
        if isinstance(kubeadm_config_spec, dict):
            kubeadm_config_spec = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec(**kubeadm_config_spec)
        if isinstance(machine_naming, dict):
            machine_naming = KubeadmControlPlaneV1Beta2SpecMachineNaming(**machine_naming)
        if isinstance(remediation, dict):
            remediation = KubeadmControlPlaneV1Beta2SpecRemediation(**remediation)
        if isinstance(rollout, dict):
            rollout = KubeadmControlPlaneV1Beta2SpecRollout(**rollout)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__514f1091ed3c797e223a178a0eeb8428facf1ebb3cef974356854fef2d6255ef)
            check_type(argname="argument machine_template", value=machine_template, expected_type=type_hints["machine_template"])
            check_type(argname="argument version", value=version, expected_type=type_hints["version"])
            check_type(argname="argument kubeadm_config_spec", value=kubeadm_config_spec, expected_type=type_hints["kubeadm_config_spec"])
            check_type(argname="argument machine_naming", value=machine_naming, expected_type=type_hints["machine_naming"])
            check_type(argname="argument remediation", value=remediation, expected_type=type_hints["remediation"])
            check_type(argname="argument replicas", value=replicas, expected_type=type_hints["replicas"])
            check_type(argname="argument rollout", value=rollout, expected_type=type_hints["rollout"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "machine_template": machine_template,
            "version": version,
        }
        if kubeadm_config_spec is not None:
            self._values["kubeadm_config_spec"] = kubeadm_config_spec
        if machine_naming is not None:
            self._values["machine_naming"] = machine_naming
        if remediation is not None:
            self._values["remediation"] = remediation
        if replicas is not None:
            self._values["replicas"] = replicas
        if rollout is not None:
            self._values["rollout"] = rollout

    @builtins.property
    def machine_template(self) -> "KubeadmControlPlaneV1Beta2SpecMachineTemplate":
        '''machineTemplate contains information about how machines should be shaped when creating or updating a control plane.

        :schema: KubeadmControlPlaneV1Beta2Spec#machineTemplate
        '''
        result = self._values.get("machine_template")
        assert result is not None, "Required property 'machine_template' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2SpecMachineTemplate", result)

    @builtins.property
    def version(self) -> builtins.str:
        '''version defines the desired Kubernetes version.

        :schema: KubeadmControlPlaneV1Beta2Spec#version
        '''
        result = self._values.get("version")
        assert result is not None, "Required property 'version' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kubeadm_config_spec(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec"]:
        '''kubeadmConfigSpec is a KubeadmConfigSpec to use for initializing and joining machines to the control plane.

        :schema: KubeadmControlPlaneV1Beta2Spec#kubeadmConfigSpec
        '''
        result = self._values.get("kubeadm_config_spec")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec"], result)

    @builtins.property
    def machine_naming(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecMachineNaming"]:
        '''machineNaming allows changing the naming pattern used when creating Machines.

        InfraMachines & KubeadmConfigs will use the same name as the corresponding Machines.

        :schema: KubeadmControlPlaneV1Beta2Spec#machineNaming
        '''
        result = self._values.get("machine_naming")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecMachineNaming"], result)

    @builtins.property
    def remediation(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecRemediation"]:
        '''remediation controls how unhealthy Machines are remediated.

        :schema: KubeadmControlPlaneV1Beta2Spec#remediation
        '''
        result = self._values.get("remediation")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecRemediation"], result)

    @builtins.property
    def replicas(self) -> typing.Optional[jsii.Number]:
        '''replicas is the number of desired machines.

        Defaults to 1. When stacked etcd is used only
        odd numbers are permitted, as per `etcd best practice <https://etcd.io/docs/v3.3.12/faq/#why-an-odd-number-of-cluster-members>`_.
        This is a pointer to distinguish between explicit zero and not specified.

        :default: 1. When stacked etcd is used only

        :schema: KubeadmControlPlaneV1Beta2Spec#replicas
        '''
        result = self._values.get("replicas")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def rollout(self) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecRollout"]:
        '''rollout allows you to configure the behaviour of rolling updates to the control plane Machines.

        It allows you to require that all Machines are replaced before or after a certain time,
        and allows you to define the strategy used during rolling replacements.

        :schema: KubeadmControlPlaneV1Beta2Spec#rollout
        '''
        result = self._values.get("rollout")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecRollout"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2Spec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec:
    def __init__(
        self,
        *,
        boot_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        cluster_configuration: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        disk_setup: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup", typing.Dict[builtins.str, typing.Any]]] = None,
        files: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles", typing.Dict[builtins.str, typing.Any]]]] = None,
        format: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFormat"] = None,
        ignition: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition", typing.Dict[builtins.str, typing.Any]]] = None,
        init_configuration: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        join_configuration: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration", typing.Dict[builtins.str, typing.Any]]] = None,
        mounts: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
        ntp: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp", typing.Dict[builtins.str, typing.Any]]] = None,
        post_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        pre_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
        users: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers", typing.Dict[builtins.str, typing.Any]]]] = None,
        verbosity: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''kubeadmConfigSpec is a KubeadmConfigSpec to use for initializing and joining machines to the control plane.

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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec
        '''
        if isinstance(cluster_configuration, dict):
            cluster_configuration = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration(**cluster_configuration)
        if isinstance(disk_setup, dict):
            disk_setup = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup(**disk_setup)
        if isinstance(ignition, dict):
            ignition = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition(**ignition)
        if isinstance(init_configuration, dict):
            init_configuration = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration(**init_configuration)
        if isinstance(join_configuration, dict):
            join_configuration = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration(**join_configuration)
        if isinstance(ntp, dict):
            ntp = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp(**ntp)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__12388920974f29289c7257b0a6d958d383b39974f6843fd6c11c4300faee71e9)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#bootCommands
        '''
        result = self._values.get("boot_commands")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def cluster_configuration(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration"]:
        '''clusterConfiguration along with InitConfiguration are the configurations necessary for the init command.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#clusterConfiguration
        '''
        result = self._values.get("cluster_configuration")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration"], result)

    @builtins.property
    def disk_setup(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup"]:
        '''diskSetup specifies options for the creation of partition tables and file systems on devices.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#diskSetup
        '''
        result = self._values.get("disk_setup")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup"], result)

    @builtins.property
    def files(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles"]]:
        '''files specifies extra files to be passed to user_data upon creation.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#files
        '''
        result = self._values.get("files")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles"]], result)

    @builtins.property
    def format(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFormat"]:
        '''format specifies the output format of the bootstrap data.

        Defaults to cloud-config if not set.

        :default: cloud-config if not set.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#format
        '''
        result = self._values.get("format")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFormat"], result)

    @builtins.property
    def ignition(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition"]:
        '''ignition contains Ignition specific configuration.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#ignition
        '''
        result = self._values.get("ignition")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition"], result)

    @builtins.property
    def init_configuration(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration"]:
        '''initConfiguration along with ClusterConfiguration are the configurations necessary for the init command.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#initConfiguration
        '''
        result = self._values.get("init_configuration")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration"], result)

    @builtins.property
    def join_configuration(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration"]:
        '''joinConfiguration is the kubeadm configuration for the join command.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#joinConfiguration
        '''
        result = self._values.get("join_configuration")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration"], result)

    @builtins.property
    def mounts(self) -> typing.Optional[typing.List[typing.List[builtins.str]]]:
        '''mounts specifies a list of mount points to be setup.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#mounts
        '''
        result = self._values.get("mounts")
        return typing.cast(typing.Optional[typing.List[typing.List[builtins.str]]], result)

    @builtins.property
    def ntp(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp"]:
        '''ntp specifies NTP configuration.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#ntp
        '''
        result = self._values.get("ntp")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp"], result)

    @builtins.property
    def post_kubeadm_commands(self) -> typing.Optional[typing.List[builtins.str]]:
        '''postKubeadmCommands specifies extra commands to run after kubeadm runs.

        With cloud-init, this is appended to the runcmd module configuration, and is typically executed in
        the cloud-final.service systemd unit. In Ignition, this is appended to /etc/kubeadm.sh.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#postKubeadmCommands
        '''
        result = self._values.get("post_kubeadm_commands")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def pre_kubeadm_commands(self) -> typing.Optional[typing.List[builtins.str]]:
        '''preKubeadmCommands specifies extra commands to run before kubeadm runs.

        With cloud-init, this is prepended to the runcmd module configuration, and is typically executed in
        the cloud-final.service systemd unit. In Ignition, this is prepended to /etc/kubeadm.sh.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#preKubeadmCommands
        '''
        result = self._values.get("pre_kubeadm_commands")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def users(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers"]]:
        '''users specifies extra users to add.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#users
        '''
        result = self._values.get("users")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers"]], result)

    @builtins.property
    def verbosity(self) -> typing.Optional[jsii.Number]:
        '''verbosity is the number for the kubeadm log level verbosity.

        It overrides the ``--v`` flag in kubeadm commands.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec#verbosity
        '''
        result = self._values.get("verbosity")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration:
    def __init__(
        self,
        *,
        api_server: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer", typing.Dict[builtins.str, typing.Any]]] = None,
        ca_certificate_validity_period_days: typing.Optional[jsii.Number] = None,
        certificates_dir: typing.Optional[builtins.str] = None,
        certificate_validity_period_days: typing.Optional[jsii.Number] = None,
        controller_manager: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager", typing.Dict[builtins.str, typing.Any]]] = None,
        control_plane_endpoint: typing.Optional[builtins.str] = None,
        dns: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns", typing.Dict[builtins.str, typing.Any]]] = None,
        encryption_algorithm: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEncryptionAlgorithm"] = None,
        etcd: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd", typing.Dict[builtins.str, typing.Any]]] = None,
        feature_gates: typing.Optional[typing.Mapping[builtins.str, builtins.bool]] = None,
        image_repository: typing.Optional[builtins.str] = None,
        scheduler: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration
        '''
        if isinstance(api_server, dict):
            api_server = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer(**api_server)
        if isinstance(controller_manager, dict):
            controller_manager = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager(**controller_manager)
        if isinstance(dns, dict):
            dns = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns(**dns)
        if isinstance(etcd, dict):
            etcd = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd(**etcd)
        if isinstance(scheduler, dict):
            scheduler = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler(**scheduler)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__83505f52b7fce25cd7b320b4276c3f785bde0ab0201c24be1c805cf3a6cd7ceb)
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
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer"]:
        '''apiServer contains extra settings for the API server control plane component.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#apiServer
        '''
        result = self._values.get("api_server")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer"], result)

    @builtins.property
    def ca_certificate_validity_period_days(self) -> typing.Optional[jsii.Number]:
        '''caCertificateValidityPeriodDays specifies the validity period for CA certificates generated by Cluster API.

        If not specified, Cluster API will use a default of 3650 days (10 years).
        This field cannot be modified.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#caCertificateValidityPeriodDays
        '''
        result = self._values.get("ca_certificate_validity_period_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def certificates_dir(self) -> typing.Optional[builtins.str]:
        '''certificatesDir specifies where to store or look for all required certificates.

        NB: if not provided, this will default to ``/etc/kubernetes/pki``

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#certificatesDir
        '''
        result = self._values.get("certificates_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def certificate_validity_period_days(self) -> typing.Optional[jsii.Number]:
        '''certificateValidityPeriodDays specifies the validity period for non-CA certificates generated by kubeadm.

        If not specified, kubeadm will use a default of 365 days (1 year).
        This field is only supported with Kubernetes v1.31 or above.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#certificateValidityPeriodDays
        '''
        result = self._values.get("certificate_validity_period_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def controller_manager(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager"]:
        '''controllerManager contains extra settings for the controller manager control plane component.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#controllerManager
        '''
        result = self._values.get("controller_manager")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager"], result)

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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#controlPlaneEndpoint
        '''
        result = self._values.get("control_plane_endpoint")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def dns(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns"]:
        '''dns defines the options for the DNS add-on installed in the cluster.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#dns
        '''
        result = self._values.get("dns")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns"], result)

    @builtins.property
    def encryption_algorithm(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEncryptionAlgorithm"]:
        '''encryptionAlgorithm holds the type of asymmetric encryption algorithm used for keys and certificates.

        Can be one of "RSA-2048", "RSA-3072", "RSA-4096", "ECDSA-P256" or "ECDSA-P384".
        For Kubernetes 1.34 or above, "ECDSA-P384" is supported.
        If not specified, Cluster API will use RSA-2048 as default.
        When this field is modified every certificate generated afterward will use the new
        encryptionAlgorithm. Existing CA certificates and service account keys are not rotated.
        This field is only supported with Kubernetes v1.31 or above.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#encryptionAlgorithm
        '''
        result = self._values.get("encryption_algorithm")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEncryptionAlgorithm"], result)

    @builtins.property
    def etcd(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd"]:
        '''etcd holds configuration for etcd.

        NB: This value defaults to a Local (stacked) etcd

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#etcd
        '''
        result = self._values.get("etcd")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd"], result)

    @builtins.property
    def feature_gates(
        self,
    ) -> typing.Optional[typing.Mapping[builtins.str, builtins.bool]]:
        '''featureGates enabled by the user.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#featureGates
        '''
        result = self._values.get("feature_gates")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.bool]], result)

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''imageRepository sets the container registry to pull images from.

        If not set, the default registry of kubeadm will be used (registry.k8s.io).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def scheduler(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler"]:
        '''scheduler contains extra settings for the scheduler control plane component.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration#scheduler
        '''
        result = self._values.get("scheduler")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer",
    jsii_struct_bases=[],
    name_mapping={
        "cert_sa_ns": "certSaNs",
        "extra_args": "extraArgs",
        "extra_envs": "extraEnvs",
        "extra_volumes": "extraVolumes",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer:
    def __init__(
        self,
        *,
        cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
        extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_envs: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''apiServer contains extra settings for the API server control plane component.

        :param cert_sa_ns: certSANs sets extra Subject Alternative Names for the API Server signing cert.
        :param extra_args: extraArgs is a list of args to pass to the control plane component. The arg name must match the command line flag name except without leading dash(es). Extra arguments will override existing default arguments set by kubeadm.
        :param extra_envs: extraEnvs is an extra set of environment variables to pass to the control plane component. Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default. This option takes effect only on Kubernetes >=1.31.0.
        :param extra_volumes: extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea15179df6663672067d656e56ecaf208633c3358a2ad4c96c294d92444e9e77)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer#certSANs
        '''
        result = self._values.get("cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs"]]:
        '''extraArgs is a list of args to pass to the control plane component.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs"]], result)

    @builtins.property
    def extra_envs(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs"]]:
        '''extraEnvs is an extra set of environment variables to pass to the control plane component.

        Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default.
        This option takes effect only on Kubernetes >=1.31.0.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer#extraEnvs
        '''
        result = self._values.get("extra_envs")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs"]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes"]]:
        '''extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f0e529c464be7e750a91dea9c0554a5a1a2f29f2abf16eac68643cee64a141a)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. May consist of any printable ASCII characters except '='.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs
        '''
        if isinstance(value_from, dict):
            value_from = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5307285a4c79e389c5f45debd3544c9c7d8eb175ae2fb0f2b4676f3cc774f5d4)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs#name
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom"]:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param field_ref: Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
        :param file_key_ref: FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
        :param resource_field_ref: Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
        :param secret_key_ref: Selects a key of a secret in the pod's namespace.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f7f4fee3a10772008258547484d2982a48c44e08910741b5b0878a9c14ba0cae)
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
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef"]:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef"]:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef"]:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef"]:
        '''Selects a key of a secret in the pod's namespace.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a4c8525867e5f5095933634eb67588441394afcbfe1db17a30321e1c21a6c5c3)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef#key
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :param field_path: Path of the field to select in the specified API version.
        :param api_version: Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5812baf3e0c54d31d42933a911f0f180cac1296323690c8777a5b26aca1637ac)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__041ca6a5e04703a76a947a85e1a16fa1eb367d4f4f9716ae1a05155a795dfa21)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''The path within the volume from which to select the file.

        Must be relative and may not contain the '..' path or start with '..'.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''The name of the volume mount containing the env file.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef#volumeName
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :param resource: Required: resource to select.
        :param container_name: Container name: required for volumes, optional for env vars.
        :param divisor: Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__cf9a5bc81f49f84e4b6d908fdd17ee7b9e9ae4e50303f3efad93927deb779bf7)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''Container name: required for volumes, optional for env vars.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor"]:
        '''Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor",
):
    '''Specifies the output format of the exposed resources, defaults to "1".

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__280a94aae47c8bc63bfa4749924706caa31dcb4ee5935f69b4051fffb279a327)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__77efc21ce0addeff874388591268d4bd580f07e3d20edb94606f9d8c49ea5f58)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__315e11d720dbd4b1a9904de5321d7f28b431a11cb7b37070a6c97ac4eb892f16)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef#key
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7fb67104898425d489e5fcf8ac8add0abdece87bda5f8b5494acfd04535509f1)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''mountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the volume inside the pod template.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''pathType is the type of the HostPath.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''readOnly controls write access to the volume.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager",
    jsii_struct_bases=[],
    name_mapping={
        "extra_args": "extraArgs",
        "extra_envs": "extraEnvs",
        "extra_volumes": "extraVolumes",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager:
    def __init__(
        self,
        *,
        extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_envs: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''controllerManager contains extra settings for the controller manager control plane component.

        :param extra_args: extraArgs is a list of args to pass to the control plane component. The arg name must match the command line flag name except without leading dash(es). Extra arguments will override existing default arguments set by kubeadm.
        :param extra_envs: extraEnvs is an extra set of environment variables to pass to the control plane component. Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default. This option takes effect only on Kubernetes >=1.31.0.
        :param extra_volumes: extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7fa09c679f2c6435b770c559c7433cabf7114d729c455d9908896538d71efe4b)
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
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs"]]:
        '''extraArgs is a list of args to pass to the control plane component.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs"]], result)

    @builtins.property
    def extra_envs(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs"]]:
        '''extraEnvs is an extra set of environment variables to pass to the control plane component.

        Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default.
        This option takes effect only on Kubernetes >=1.31.0.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager#extraEnvs
        '''
        result = self._values.get("extra_envs")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs"]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes"]]:
        '''extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0075ca17c7c02916eb058eebcb3555382bbc374f9259b4ef108b5f168bfe0439)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. May consist of any printable ASCII characters except '='.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs
        '''
        if isinstance(value_from, dict):
            value_from = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__da83a68719c0001ef97af4f4e552d56675a6e1cf07bdb5ddad93168a71a1852c)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs#name
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom"]:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param field_ref: Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
        :param file_key_ref: FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
        :param resource_field_ref: Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
        :param secret_key_ref: Selects a key of a secret in the pod's namespace.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8fcd200b7e091dce7c3870e3a1cab727e0a19ed50098316abe6b4071a0cde3b1)
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
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef"]:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef"]:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef"]:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef"]:
        '''Selects a key of a secret in the pod's namespace.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d79f97a56353b846af271677b7bc6970df3a7b5218f841695b83c27203d0f4d0)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef#key
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :param field_path: Path of the field to select in the specified API version.
        :param api_version: Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9d02636d6fe6f2d32e47caadcd6ae6aabfce931809e96b0e5e387900d33b7cf1)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__903dbe10a3f3934e9a69a4346a45bf4a7536cf107f118ef9646f940edbb7d7f3)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''The path within the volume from which to select the file.

        Must be relative and may not contain the '..' path or start with '..'.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''The name of the volume mount containing the env file.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef#volumeName
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :param resource: Required: resource to select.
        :param container_name: Container name: required for volumes, optional for env vars.
        :param divisor: Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__327f0d70eb063f44084c14f3886000a249b258ae93cb6e1c430f3fa2de7421a4)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''Container name: required for volumes, optional for env vars.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor"]:
        '''Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor",
):
    '''Specifies the output format of the exposed resources, defaults to "1".

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__55f6d5c509a41a109506b38ccd612eed078dd67dc18259c43d1842b9c964b0db)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa41635fa055dc8f127c1c82025b3078ace9955a184d1ae794f34cfbb12828c5)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__5068d5918820c9db3d99eee4a9b8060c57a58c6902c0335e7239d9cb0bb1a10a)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef#key
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c4d8b722b2b050fba8442c546320a256fb8adc41046854a1f2bf2759203dcca7)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''mountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the volume inside the pod template.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''pathType is the type of the HostPath.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''readOnly controls write access to the volume.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns",
    jsii_struct_bases=[],
    name_mapping={"image_repository": "imageRepository", "image_tag": "imageTag"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns:
    def __init__(
        self,
        *,
        image_repository: typing.Optional[builtins.str] = None,
        image_tag: typing.Optional[builtins.str] = None,
    ) -> None:
        '''dns defines the options for the DNS add-on installed in the cluster.

        :param image_repository: imageRepository sets the container registry to pull images from. if not set, the ImageRepository defined in ClusterConfiguration will be used instead.
        :param image_tag: imageTag allows to specify a tag for the image. In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9bc653f055bd4728d7570d224539f97caedd9d3634619d2ae16fbdd2c5b9a940)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_tag(self) -> typing.Optional[builtins.str]:
        '''imageTag allows to specify a tag for the image.

        In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns#imageTag
        '''
        result = self._values.get("image_tag")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEncryptionAlgorithm"
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEncryptionAlgorithm(
    enum.Enum,
):
    '''encryptionAlgorithm holds the type of asymmetric encryption algorithm used for keys and certificates.

    Can be one of "RSA-2048", "RSA-3072", "RSA-4096", "ECDSA-P256" or "ECDSA-P384".
    For Kubernetes 1.34 or above, "ECDSA-P384" is supported.
    If not specified, Cluster API will use RSA-2048 as default.
    When this field is modified every certificate generated afterward will use the new
    encryptionAlgorithm. Existing CA certificates and service account keys are not rotated.
    This field is only supported with Kubernetes v1.31 or above.

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEncryptionAlgorithm
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
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd",
    jsii_struct_bases=[],
    name_mapping={"external": "external", "local": "local"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd:
    def __init__(
        self,
        *,
        external: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal", typing.Dict[builtins.str, typing.Any]]] = None,
        local: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''etcd holds configuration for etcd.

        NB: This value defaults to a Local (stacked) etcd

        :param external: external describes how to connect to an external etcd cluster Local and External are mutually exclusive.
        :param local: local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd
        '''
        if isinstance(external, dict):
            external = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal(**external)
        if isinstance(local, dict):
            local = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal(**local)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__18cc04e7efb6c0a62b12c5f8005d4226754c21fc4111bb2119b71415f6f402fa)
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
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal"]:
        '''external describes how to connect to an external etcd cluster Local and External are mutually exclusive.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd#external
        '''
        result = self._values.get("external")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal"], result)

    @builtins.property
    def local(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal"]:
        '''local provides configuration knobs for configuring the local etcd instance Local and External are mutually exclusive.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd#local
        '''
        result = self._values.get("local")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal",
    jsii_struct_bases=[],
    name_mapping={
        "ca_file": "caFile",
        "cert_file": "certFile",
        "endpoints": "endpoints",
        "key_file": "keyFile",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f84be910ed3f503e5582c8300459fb682e4ad7eae7a6ce7a4b658fa03b305a1d)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal#caFile
        '''
        result = self._values.get("ca_file")
        assert result is not None, "Required property 'ca_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def cert_file(self) -> builtins.str:
        '''certFile is an SSL certification file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal#certFile
        '''
        result = self._values.get("cert_file")
        assert result is not None, "Required property 'cert_file' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def endpoints(self) -> typing.List[builtins.str]:
        '''endpoints of etcd members.

        Required for ExternalEtcd.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal#endpoints
        '''
        result = self._values.get("endpoints")
        assert result is not None, "Required property 'endpoints' is missing"
        return typing.cast(typing.List[builtins.str], result)

    @builtins.property
    def key_file(self) -> builtins.str:
        '''keyFile is an SSL key file used to secure etcd communication.

        Required if using a TLS connection.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal#keyFile
        '''
        result = self._values.get("key_file")
        assert result is not None, "Required property 'key_file' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal:
    def __init__(
        self,
        *,
        data_dir: typing.Optional[builtins.str] = None,
        extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_envs: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7ed049eb972f13b78fa83cafb5c1885e4367db1aa12c2d05fc72149b2dc03bd7)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal#dataDir
        '''
        result = self._values.get("data_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs"]]:
        '''extraArgs is a list of args to pass to etcd.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs"]], result)

    @builtins.property
    def extra_envs(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs"]]:
        '''extraEnvs is an extra set of environment variables to pass to etcd.

        Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default.
        This option takes effect only on Kubernetes >=1.31.0.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal#extraEnvs
        '''
        result = self._values.get("extra_envs")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs"]], result)

    @builtins.property
    def image_repository(self) -> typing.Optional[builtins.str]:
        '''imageRepository sets the container registry to pull images from.

        if not set, the ImageRepository defined in ClusterConfiguration will be used instead.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal#imageRepository
        '''
        result = self._values.get("image_repository")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def image_tag(self) -> typing.Optional[builtins.str]:
        '''imageTag allows to specify a tag for the image.

        In case this value is set, kubeadm does not change automatically the version of the above components during upgrades.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal#imageTag
        '''
        result = self._values.get("image_tag")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def peer_cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''peerCertSANs sets extra Subject Alternative Names for the etcd peer signing cert.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal#peerCertSANs
        '''
        result = self._values.get("peer_cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def server_cert_sa_ns(self) -> typing.Optional[typing.List[builtins.str]]:
        '''serverCertSANs sets extra Subject Alternative Names for the etcd server signing cert.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal#serverCertSANs
        '''
        result = self._values.get("server_cert_sa_ns")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__68de2c7e1680e6004391dc658e52eafbeb04e453737be2e460c32617eb4e5da2)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. May consist of any printable ASCII characters except '='.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs
        '''
        if isinstance(value_from, dict):
            value_from = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e81ee85a59213e38d298dd12107612788840a0a41135388d5796229133477720)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs#name
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom"]:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param field_ref: Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
        :param file_key_ref: FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
        :param resource_field_ref: Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
        :param secret_key_ref: Selects a key of a secret in the pod's namespace.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__045b8565980f9434e7665628aeeccba4be061f7bb9f6a1394f4248f87732a88d)
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
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef"]:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef"]:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef"]:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef"]:
        '''Selects a key of a secret in the pod's namespace.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__4a0a3b9d5e3eeeadf46358bba62126cf50ff92e70295b38e6c789bfeb50f7987)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef#key
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :param field_path: Path of the field to select in the specified API version.
        :param api_version: Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__42d56bfd7ce8a7f468ee8c97b656f9b3f84cb7509c488d64bbb0b0a8ea00c9b3)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ae80d9a0a4be7bc9a520de5c3dda4fa9097d5cdb85ba48a5d364ed1fc806d01a)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''The path within the volume from which to select the file.

        Must be relative and may not contain the '..' path or start with '..'.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''The name of the volume mount containing the env file.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef#volumeName
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :param resource: Required: resource to select.
        :param container_name: Container name: required for volumes, optional for env vars.
        :param divisor: Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__482fad847ef20e28cf3d386decd62226b95ac5e0fd3032acdb1ed9c49625ade2)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''Container name: required for volumes, optional for env vars.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor"]:
        '''Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor",
):
    '''Specifies the output format of the exposed resources, defaults to "1".

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d134a3d7a7be154674cda95852041d0f43f3f7ef91d3828e14d902cf0a8a6588)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__40ea64a4c051a0467fef77da9caa351c98bfdfe954dd429efd43f124fbb90d19)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e1f23a741bb29f9653eae73a48668381310c27f5a3090155eef9121153769276)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef#key
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler",
    jsii_struct_bases=[],
    name_mapping={
        "extra_args": "extraArgs",
        "extra_envs": "extraEnvs",
        "extra_volumes": "extraVolumes",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler:
    def __init__(
        self,
        *,
        extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_envs: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs", typing.Dict[builtins.str, typing.Any]]]] = None,
        extra_volumes: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''scheduler contains extra settings for the scheduler control plane component.

        :param extra_args: extraArgs is a list of args to pass to the control plane component. The arg name must match the command line flag name except without leading dash(es). Extra arguments will override existing default arguments set by kubeadm.
        :param extra_envs: extraEnvs is an extra set of environment variables to pass to the control plane component. Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default. This option takes effect only on Kubernetes >=1.31.0.
        :param extra_volumes: extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c9e04593ca0e0de6b96e451101d392feade8936bd5c101822342c85f4c309b24)
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
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs"]]:
        '''extraArgs is a list of args to pass to the control plane component.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler#extraArgs
        '''
        result = self._values.get("extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs"]], result)

    @builtins.property
    def extra_envs(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs"]]:
        '''extraEnvs is an extra set of environment variables to pass to the control plane component.

        Environment variables passed using ExtraEnvs will override any existing environment variables, or *_proxy environment variables that kubeadm adds by default.
        This option takes effect only on Kubernetes >=1.31.0.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler#extraEnvs
        '''
        result = self._values.get("extra_envs")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs"]], result)

    @builtins.property
    def extra_volumes(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes"]]:
        '''extraVolumes is an extra set of host volumes, mounted to the control plane component.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler#extraVolumes
        '''
        result = self._values.get("extra_volumes")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__11f4805c0f9ed55d13f08888ba50ecc39df512feb62aa7e26cb1ff7c35c17073)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value", "value_from": "valueFrom"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs:
    def __init__(
        self,
        *,
        name: builtins.str,
        value: typing.Optional[builtins.str] = None,
        value_from: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''EnvVar represents an environment variable present in a Container.

        :param name: Name of the environment variable. May consist of any printable ASCII characters except '='.
        :param value: Variable references $(VAR_NAME) are expanded using the previously defined environment variables in the container and any service environment variables. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Defaults to "". Default: .
        :param value_from: Source for the environment variable's value. Cannot be used if value is not empty.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs
        '''
        if isinstance(value_from, dict):
            value_from = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom(**value_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__95adebf439079cdfd7060572291dcd1e6a8de4d34a890a35b20aa1d99bf09502)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs#name
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def value_from(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom"]:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs#valueFrom
        '''
        result = self._values.get("value_from")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom",
    jsii_struct_bases=[],
    name_mapping={
        "config_map_key_ref": "configMapKeyRef",
        "field_ref": "fieldRef",
        "file_key_ref": "fileKeyRef",
        "resource_field_ref": "resourceFieldRef",
        "secret_key_ref": "secretKeyRef",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom:
    def __init__(
        self,
        *,
        config_map_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        field_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        file_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
        resource_field_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef", typing.Dict[builtins.str, typing.Any]]] = None,
        secret_key_ref: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''Source for the environment variable's value.

        Cannot be used if value is not empty.

        :param config_map_key_ref: Selects a key of a ConfigMap.
        :param field_ref: Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.
        :param file_key_ref: FileKeyRef selects a key of the env file. Requires the EnvFiles feature gate to be enabled.
        :param resource_field_ref: Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.
        :param secret_key_ref: Selects a key of a secret in the pod's namespace.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom
        '''
        if isinstance(config_map_key_ref, dict):
            config_map_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef(**config_map_key_ref)
        if isinstance(field_ref, dict):
            field_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef(**field_ref)
        if isinstance(file_key_ref, dict):
            file_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef(**file_key_ref)
        if isinstance(resource_field_ref, dict):
            resource_field_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef(**resource_field_ref)
        if isinstance(secret_key_ref, dict):
            secret_key_ref = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef(**secret_key_ref)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ebb9a7e998c945b065c50428d813d89dc7a3a6af3eddca203efc692983ac32e6)
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
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef"]:
        '''Selects a key of a ConfigMap.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom#configMapKeyRef
        '''
        result = self._values.get("config_map_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef"], result)

    @builtins.property
    def field_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef"]:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom#fieldRef
        '''
        result = self._values.get("field_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef"], result)

    @builtins.property
    def file_key_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef"]:
        '''FileKeyRef selects a key of the env file.

        Requires the EnvFiles feature gate to be enabled.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom#fileKeyRef
        '''
        result = self._values.get("file_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef"], result)

    @builtins.property
    def resource_field_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef"]:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom#resourceFieldRef
        '''
        result = self._values.get("resource_field_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef"], result)

    @builtins.property
    def secret_key_ref(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef"]:
        '''Selects a key of a secret in the pod's namespace.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom#secretKeyRef
        '''
        result = self._values.get("secret_key_ref")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ea78a4ba59f490fbe0e43aa53ada5d626c86d312c59ca3aeca8571e39b253295)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef#key
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the ConfigMap or its key must be defined.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef",
    jsii_struct_bases=[],
    name_mapping={"field_path": "fieldPath", "api_version": "apiVersion"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef:
    def __init__(
        self,
        *,
        field_path: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
    ) -> None:
        '''Selects a field of the pod: supports metadata.name, metadata.namespace, ``metadata.labels['<KEY>']``, ``metadata.annotations['<KEY>']``, spec.nodeName, spec.serviceAccountName, status.hostIP, status.podIP, status.podIPs.

        :param field_path: Path of the field to select in the specified API version.
        :param api_version: Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a36b1021503f4431d3c4f5df9ada2bb7d2d2d0a93c78092a80800c8243d184a1)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef#fieldPath
        '''
        result = self._values.get("field_path")
        assert result is not None, "Required property 'field_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def api_version(self) -> typing.Optional[builtins.str]:
        '''Version of the schema the FieldPath is written in terms of, defaults to "v1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef",
    jsii_struct_bases=[],
    name_mapping={
        "key": "key",
        "path": "path",
        "volume_name": "volumeName",
        "optional": "optional",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__54c8e25e77aee6b51dd2e033512a8bc0b1a542a39e480b2fb185aee2c6e4cfd6)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path(self) -> builtins.str:
        '''The path within the volume from which to select the file.

        Must be relative and may not contain the '..' path or start with '..'.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def volume_name(self) -> builtins.str:
        '''The name of the volume mount containing the env file.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef#volumeName
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef",
    jsii_struct_bases=[],
    name_mapping={
        "resource": "resource",
        "container_name": "containerName",
        "divisor": "divisor",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef:
    def __init__(
        self,
        *,
        resource: builtins.str,
        container_name: typing.Optional[builtins.str] = None,
        divisor: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor"] = None,
    ) -> None:
        '''Selects a resource of the container: only resources limits and requests (limits.cpu, limits.memory, limits.ephemeral-storage, requests.cpu, requests.memory and requests.ephemeral-storage) are currently supported.

        :param resource: Required: resource to select.
        :param container_name: Container name: required for volumes, optional for env vars.
        :param divisor: Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__664eec9dda52fadb2d5c3586399736e3e59082bf3018ae5a3dbda57453bb46b0)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef#resource
        '''
        result = self._values.get("resource")
        assert result is not None, "Required property 'resource' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def container_name(self) -> typing.Optional[builtins.str]:
        '''Container name: required for volumes, optional for env vars.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef#containerName
        '''
        result = self._values.get("container_name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def divisor(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor"]:
        '''Specifies the output format of the exposed resources, defaults to "1".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef#divisor
        '''
        result = self._values.get("divisor")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor",
):
    '''Specifies the output format of the exposed resources, defaults to "1".

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__969f6dea7f2b4e9c24d8ffdad8e045d4d1b990ee726291db8cded07e9c26a7dc)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0da3734d9cb0248a86b61700b6cb5b7ebfa6e3d870148f80985d53a878122c41)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name", "optional": "optional"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__9615091697a60bd69bf51ffc761686f2f51d4cb9b20d8690678f8b31d887c1fe)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef#key
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def optional(self) -> typing.Optional[builtins.bool]:
        '''Specify whether the Secret or its key must be defined.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef#optional
        '''
        result = self._values.get("optional")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes",
    jsii_struct_bases=[],
    name_mapping={
        "host_path": "hostPath",
        "mount_path": "mountPath",
        "name": "name",
        "path_type": "pathType",
        "read_only": "readOnly",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__535390bad89ed6d490165ff6a75e4e6aa5d4e821039b25f4ac490019ab4da562)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#hostPath
        '''
        result = self._values.get("host_path")
        assert result is not None, "Required property 'host_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def mount_path(self) -> builtins.str:
        '''mountPath is the path inside the pod where hostPath will be mounted.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#mountPath
        '''
        result = self._values.get("mount_path")
        assert result is not None, "Required property 'mount_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the volume inside the pod template.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def path_type(self) -> typing.Optional[builtins.str]:
        '''pathType is the type of the HostPath.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#pathType
        '''
        result = self._values.get("path_type")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def read_only(self) -> typing.Optional[builtins.bool]:
        '''readOnly controls write access to the volume.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes#readOnly
        '''
        result = self._values.get("read_only")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup",
    jsii_struct_bases=[],
    name_mapping={"filesystems": "filesystems", "partitions": "partitions"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup:
    def __init__(
        self,
        *,
        filesystems: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems", typing.Dict[builtins.str, typing.Any]]]] = None,
        partitions: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''diskSetup specifies options for the creation of partition tables and file systems on devices.

        :param filesystems: filesystems specifies the list of file systems to setup.
        :param partitions: partitions specifies the list of the partitions to setup.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f77f232c40d3d1959d949488b46ec25ba907ff8cf3c78747533fdfe4891637cb)
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
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems"]]:
        '''filesystems specifies the list of file systems to setup.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup#filesystems
        '''
        result = self._values.get("filesystems")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems"]], result)

    @builtins.property
    def partitions(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions"]]:
        '''partitions specifies the list of the partitions to setup.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup#partitions
        '''
        result = self._values.get("partitions")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3d504d31315ebc23f5d570b513e0f9278899aeb74ff0ad70ae445e3d10fc0f24)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems#device
        '''
        result = self._values.get("device")
        assert result is not None, "Required property 'device' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def filesystem(self) -> builtins.str:
        '''filesystem specifies the file system type.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems#filesystem
        '''
        result = self._values.get("filesystem")
        assert result is not None, "Required property 'filesystem' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def extra_opts(self) -> typing.Optional[typing.List[builtins.str]]:
        '''extraOpts defined extra options to add to the command for creating the file system.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems#extraOpts
        '''
        result = self._values.get("extra_opts")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def label(self) -> typing.Optional[builtins.str]:
        '''label specifies the file system label to be used.

        If set to None, no label is used.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems#label
        '''
        result = self._values.get("label")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def overwrite(self) -> typing.Optional[builtins.bool]:
        '''overwrite defines whether or not to overwrite any existing filesystem.

        If true, any pre-existing file system will be destroyed. Use with Caution.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems#overwrite
        '''
        result = self._values.get("overwrite")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def partition(self) -> typing.Optional[builtins.str]:
        '''partition specifies the partition to use.

        The valid options are: "auto|any", "auto", "any", "none", and , where NUM is the actual partition number.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems#partition
        '''
        result = self._values.get("partition")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def replace_fs(self) -> typing.Optional[builtins.str]:
        '''replaceFS is a special directive, used for Microsoft Azure that instructs cloud-init to replace a file system of <FS_TYPE>.

        NOTE: unless you define a label, this requires the use of the 'any' partition directive.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems#replaceFS
        '''
        result = self._values.get("replace_fs")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions",
    jsii_struct_bases=[],
    name_mapping={
        "device": "device",
        "disk_layout": "diskLayout",
        "layout": "layout",
        "overwrite": "overwrite",
        "table_type": "tableType",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions:
    def __init__(
        self,
        *,
        device: builtins.str,
        disk_layout: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout", typing.Dict[builtins.str, typing.Any]]]] = None,
        layout: typing.Optional[builtins.bool] = None,
        overwrite: typing.Optional[builtins.bool] = None,
        table_type: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsTableType"] = None,
    ) -> None:
        '''Partition defines how to create and layout a partition.

        :param device: device is the name of the device.
        :param disk_layout: diskLayout specifies an ordered list of partitions, where each item defines the percentage of disk space and optional partition type for that partition. The sum of all partition percentages must not be greater than 100. Mutually exclusive with layout.
        :param layout: layout specifies the device layout. If it is true, a single partition will be created for the entire device. When layout is false, it means don't partition or ignore existing partitioning. Mutually exclusive with diskLayout.
        :param overwrite: overwrite describes whether to skip checks and create the partition if a partition or filesystem is found on the device. Use with caution. Default is 'false'. Default: false'.
        :param table_type: tableType specifies the tupe of partition table. The following are supported: 'mbr': default and setups a MS-DOS partition table 'gpt': setups a GPT partition table

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ef1f67a0e4f89d379b40f56ac61eae1765793d5eb99bc1789e13dc1b6928de5c)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions#device
        '''
        result = self._values.get("device")
        assert result is not None, "Required property 'device' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def disk_layout(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout"]]:
        '''diskLayout specifies an ordered list of partitions, where each item defines the percentage of disk space and optional partition type for that partition.

        The sum of all partition percentages must not be greater than 100.
        Mutually exclusive with layout.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions#diskLayout
        '''
        result = self._values.get("disk_layout")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout"]], result)

    @builtins.property
    def layout(self) -> typing.Optional[builtins.bool]:
        '''layout specifies the device layout.

        If it is true, a single partition will be created for the entire device.
        When layout is false, it means don't partition or ignore existing partitioning.
        Mutually exclusive with diskLayout.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions#layout
        '''
        result = self._values.get("layout")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def overwrite(self) -> typing.Optional[builtins.bool]:
        '''overwrite describes whether to skip checks and create the partition if a partition or filesystem is found on the device.

        Use with caution. Default is 'false'.

        :default: false'.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions#overwrite
        '''
        result = self._values.get("overwrite")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def table_type(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsTableType"]:
        '''tableType specifies the tupe of partition table.

        The following are supported:
        'mbr': default and setups a MS-DOS partition table
        'gpt': setups a GPT partition table

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions#tableType
        '''
        result = self._values.get("table_type")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsTableType"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout",
    jsii_struct_bases=[],
    name_mapping={"percentage": "percentage", "partition_type": "partitionType"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout:
    def __init__(
        self,
        *,
        percentage: jsii.Number,
        partition_type: typing.Optional[builtins.str] = None,
    ) -> None:
        '''PartitionSpec defines the size and optional type for a partition.

        :param percentage: percentage of disk that partition will take (1-100).
        :param partition_type: partitionType is the partition type (optional). Supported values are Linux, LinuxSwap, LinuxRAID, LVM, Fat32, NTFS, and LinuxExtended. These are translated to cloud-init partition type codes. A full GPT partition GUID is also supported as a passthrough value.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__a2b661fd76093d109c37c1fa585e8792aa8202928bdef5332b55fe8b05850b3b)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout#percentage
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout#partitionType
        '''
        result = self._values.get("partition_type")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsTableType"
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsTableType(
    enum.Enum,
):
    '''tableType specifies the tupe of partition table.

    The following are supported:
    'mbr': default and setups a MS-DOS partition table
    'gpt': setups a GPT partition table

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsTableType
    '''

    MBR = "MBR"
    '''mbr.'''
    GPT = "GPT"
    '''gpt.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles:
    def __init__(
        self,
        *,
        path: builtins.str,
        append: typing.Optional[builtins.bool] = None,
        content: typing.Optional[builtins.str] = None,
        content_format: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFormat"] = None,
        content_from: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom", typing.Dict[builtins.str, typing.Any]]] = None,
        encoding: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesEncoding"] = None,
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles
        '''
        if isinstance(content_from, dict):
            content_from = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom(**content_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__afb47b4c3f09f34adbfb4a04ed18dcee355fcc4e6ba4aeb1a5c47b04c39d4d8b)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles#path
        '''
        result = self._values.get("path")
        assert result is not None, "Required property 'path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def append(self) -> typing.Optional[builtins.bool]:
        '''append specifies whether to append Content to existing file if Path exists.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles#append
        '''
        result = self._values.get("append")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def content(self) -> typing.Optional[builtins.str]:
        '''content is the actual content of the file.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles#content
        '''
        result = self._values.get("content")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def content_format(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFormat"]:
        '''contentFormat specifies how to interpret content after it is resolved (inline or from contentFrom).

        When set to "Template", content is rendered as a Go text/template.
        Available template variables:

        - .controlPlane.version: the Kubernetes version of the control plane (e.g. "v1.35.0").
          Only set when the cluster has a control plane reference that exposes spec.version.
          When set to "Raw" or omitted, content is used verbatim.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles#contentFormat
        '''
        result = self._values.get("content_format")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFormat"], result)

    @builtins.property
    def content_from(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom"]:
        '''contentFrom is a referenced source of content to populate the file.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles#contentFrom
        '''
        result = self._values.get("content_from")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom"], result)

    @builtins.property
    def encoding(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesEncoding"]:
        '''encoding specifies the encoding of the file contents.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles#encoding
        '''
        result = self._values.get("encoding")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesEncoding"], result)

    @builtins.property
    def owner(self) -> typing.Optional[builtins.str]:
        '''owner specifies the ownership of the file, e.g. "root:root".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles#owner
        '''
        result = self._values.get("owner")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def permissions(self) -> typing.Optional[builtins.str]:
        '''permissions specifies the permissions to assign to the file, e.g. "0640".

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles#permissions
        '''
        result = self._values.get("permissions")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFormat"
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFormat(enum.Enum):
    '''contentFormat specifies how to interpret content after it is resolved (inline or from contentFrom).

    When set to "Template", content is rendered as a Go text/template.
    Available template variables:

    - .controlPlane.version: the Kubernetes version of the control plane (e.g. "v1.35.0").
      Only set when the cluster has a control plane reference that exposes spec.version.
      When set to "Raw" or omitted, content is used verbatim.

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFormat
    '''

    RAW = "RAW"
    '''Raw.'''
    TEMPLATE = "TEMPLATE"
    '''Template.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom:
    def __init__(
        self,
        *,
        secret: typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''contentFrom is a referenced source of content to populate the file.

        :param secret: secret represents a secret that should populate this file.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom
        '''
        if isinstance(secret, dict):
            secret = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e56c50574ae8a74f7e5b504def673e7e1bfd2d074241e2bb8aa5b124aeeebc9c)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }

    @builtins.property
    def secret(
        self,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret":
        '''secret represents a secret that should populate this file.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''secret represents a secret that should populate this file.

        :param key: key is the key in the secret's data map for this value.
        :param name: name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__530b0843a4735a674d793aa4aa348c2c1a5e0edfe20b716d261e116b2f33ec87)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the key in the secret's data map for this value.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesEncoding"
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesEncoding(enum.Enum):
    '''encoding specifies the encoding of the file contents.

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesEncoding
    '''

    BASE64 = "BASE64"
    '''base64.'''
    GZIP = "GZIP"
    '''gzip.'''
    GZIP_BASE64 = "GZIP_BASE64"
    '''gzip+base64.'''


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFormat"
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFormat(enum.Enum):
    '''format specifies the output format of the bootstrap data.

    Defaults to cloud-config if not set.

    :default: cloud-config if not set.

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFormat
    '''

    CLOUD_HYPHEN_CONFIG = "CLOUD_HYPHEN_CONFIG"
    '''cloud-config.'''
    IGNITION = "IGNITION"
    '''ignition.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition",
    jsii_struct_bases=[],
    name_mapping={"container_linux_config": "containerLinuxConfig"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition:
    def __init__(
        self,
        *,
        container_linux_config: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''ignition contains Ignition specific configuration.

        :param container_linux_config: containerLinuxConfig contains CLC specific configuration.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition
        '''
        if isinstance(container_linux_config, dict):
            container_linux_config = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig(**container_linux_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b0a846494296bc56c4e5a8378dde8cb48fcc1ba16a8609ad4eb8f849068b64d)
            check_type(argname="argument container_linux_config", value=container_linux_config, expected_type=type_hints["container_linux_config"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if container_linux_config is not None:
            self._values["container_linux_config"] = container_linux_config

    @builtins.property
    def container_linux_config(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig"]:
        '''containerLinuxConfig contains CLC specific configuration.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition#containerLinuxConfig
        '''
        result = self._values.get("container_linux_config")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig",
    jsii_struct_bases=[],
    name_mapping={"additional_config": "additionalConfig", "strict": "strict"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig:
    def __init__(
        self,
        *,
        additional_config: typing.Optional[builtins.str] = None,
        strict: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''containerLinuxConfig contains CLC specific configuration.

        :param additional_config: additionalConfig contains additional configuration to be merged with the Ignition configuration generated by the bootstrapper controller. More info: https://coreos.github.io/ignition/operator-notes/#config-merging. The data format is documented here: https://kinvolk.io/docs/flatcar-container-linux/latest/provisioning/cl-config/
        :param strict: strict controls if AdditionalConfig should be strictly parsed. If so, warnings are treated as errors.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1ea6a9fe3daf62cf3c78e813a3691e6028723927fc21a07ef0a67f97a81403dd)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig#additionalConfig
        '''
        result = self._values.get("additional_config")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def strict(self) -> typing.Optional[builtins.bool]:
        '''strict controls if AdditionalConfig should be strictly parsed.

        If so, warnings are treated as errors.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig#strict
        '''
        result = self._values.get("strict")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration:
    def __init__(
        self,
        *,
        bootstrap_tokens: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens", typing.Dict[builtins.str, typing.Any]]]] = None,
        local_api_endpoint: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
        node_registration: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration", typing.Dict[builtins.str, typing.Any]]] = None,
        patches: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
        timeouts: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''initConfiguration along with ClusterConfiguration are the configurations necessary for the init command.

        :param bootstrap_tokens: bootstrapTokens is respected at ``kubeadm init`` time and describes a set of Bootstrap Tokens to create. This information IS NOT uploaded to the kubeadm cluster configmap, partly because of its sensitive nature
        :param local_api_endpoint: localAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.
        :param node_registration: nodeRegistration holds fields that relate to registering the new control-plane node to the cluster. When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration
        :param patches: patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init". The minimum kubernetes version needed to support Patches is v1.22
        :param skip_phases: skipPhases is a list of phases to skip during command execution. The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.
        :param timeouts: timeouts holds various timeouts that apply to kubeadm commands.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration
        '''
        if isinstance(local_api_endpoint, dict):
            local_api_endpoint = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint(**local_api_endpoint)
        if isinstance(node_registration, dict):
            node_registration = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration(**node_registration)
        if isinstance(patches, dict):
            patches = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches(**patches)
        if isinstance(timeouts, dict):
            timeouts = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ddbcdb34cfa5f1d7f828c02aeaccd431da3d621161fe968619e1a3b833a48c87)
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
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens"]]:
        '''bootstrapTokens is respected at ``kubeadm init`` time and describes a set of Bootstrap Tokens to create.

        This information IS NOT uploaded to the kubeadm cluster configmap, partly because of its sensitive nature

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration#bootstrapTokens
        '''
        result = self._values.get("bootstrap_tokens")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens"]], result)

    @builtins.property
    def local_api_endpoint(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint"]:
        '''localAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration#localAPIEndpoint
        '''
        result = self._values.get("local_api_endpoint")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint"], result)

    @builtins.property
    def node_registration(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration"]:
        '''nodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent
        across both InitConfiguration and JoinConfiguration

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration#nodeRegistration
        '''
        result = self._values.get("node_registration")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration"], result)

    @builtins.property
    def patches(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches"]:
        '''patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init".

        The minimum kubernetes version needed to support Patches is v1.22

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration#patches
        '''
        result = self._values.get("patches")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches"], result)

    @builtins.property
    def skip_phases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''skipPhases is a list of phases to skip during command execution.

        The list of phases can be obtained with the "kubeadm init --help" command.
        This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration#skipPhases
        '''
        result = self._values.get("skip_phases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def timeouts(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts"]:
        '''timeouts holds various timeouts that apply to kubeadm commands.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e524aa864722890c63ee0e3ce965f51eb7740b710988ec3221bc663d38e57fd9)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens#token
        '''
        result = self._values.get("token")
        assert result is not None, "Required property 'token' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def description(self) -> typing.Optional[builtins.str]:
        '''description sets a human-friendly message why this token exists and what it's used for, so other administrators can know its purpose.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens#description
        '''
        result = self._values.get("description")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def expires(self) -> typing.Optional[datetime.datetime]:
        '''expires specifies the timestamp when this token expires.

        Defaults to being set
        dynamically at runtime based on the ttlSeconds. Expires and ttlSeconds are mutually exclusive.

        :default: being set

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens#expires
        '''
        result = self._values.get("expires")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def groups(self) -> typing.Optional[typing.List[builtins.str]]:
        '''groups specifies the extra groups that this token will authenticate as when/if used for authentication.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def ttl_seconds(self) -> typing.Optional[jsii.Number]:
        '''ttlSeconds defines the time to live for this token.

        Defaults to 24h.
        Expires and ttlSeconds are mutually exclusive.

        :default: 24h.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens#ttlSeconds
        '''
        result = self._values.get("ttl_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def usages(self) -> typing.Optional[typing.List[builtins.str]]:
        '''usages describes the ways in which this token can be used.

        Can by default be used
        for establishing bidirectional trust, but that can be changed here.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens#usages
        '''
        result = self._values.get("usages")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint",
    jsii_struct_bases=[],
    name_mapping={"advertise_address": "advertiseAddress", "bind_port": "bindPort"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint:
    def __init__(
        self,
        *,
        advertise_address: typing.Optional[builtins.str] = None,
        bind_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''localAPIEndpoint represents the endpoint of the API server instance that's deployed on this control plane node In HA setups, this differs from ClusterConfiguration.ControlPlaneEndpoint in the sense that ControlPlaneEndpoint is the global endpoint for the cluster, which then loadbalances the requests to each individual API server. This configuration object lets you customize what IP/DNS name and port the local API server advertises it's accessible on. By default, kubeadm tries to auto-detect the IP of the default interface and use that, but in case that process fails you may set the desired value here.

        :param advertise_address: advertiseAddress sets the IP address for the API server to advertise.
        :param bind_port: bindPort sets the secure port for the API Server to bind to. Defaults to 6443. Default: 6443.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__30b47ad468376d3bddc13d6a1685940bb3e124a43b0ed470426b55524961251a)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint#advertiseAddress
        '''
        result = self._values.get("advertise_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bind_port(self) -> typing.Optional[jsii.Number]:
        '''bindPort sets the secure port for the API Server to bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint#bindPort
        '''
        result = self._values.get("bind_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration:
    def __init__(
        self,
        *,
        cri_socket: typing.Optional[builtins.str] = None,
        ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy"] = None,
        image_pull_serial: typing.Optional[builtins.bool] = None,
        kubelet_extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c42eb3fd0f060f33414972104d181274d5f4d51a8dfbbc9a5758704e1937d5cd)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration#criSocket
        '''
        result = self._values.get("cri_socket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_preflight_errors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ignorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered, e.g. 'IsPrivilegedUser,Swap'. Value 'all' ignores errors from all checks.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration#ignorePreflightErrors
        '''
        result = self._values.get("ignore_preflight_errors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy"]:
        '''imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

        The value of
        this field must be one of "Always", "IfNotPresent" or
        "Never". Defaults to "IfNotPresent" if not set.

        :default: IfNotPresent" if not set.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy"], result)

    @builtins.property
    def image_pull_serial(self) -> typing.Optional[builtins.bool]:
        '''imagePullSerial specifies if image pulling performed by kubeadm must be done serially or in parallel.

        This option takes effect only on Kubernetes >=1.31.0.
        Default: true (defaulted in kubeadm)

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration#imagePullSerial
        '''
        result = self._values.get("image_pull_serial")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def kubelet_extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs"]]:
        '''kubeletExtraArgs is a list of args to pass to kubelet.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration#kubeletExtraArgs
        '''
        result = self._values.get("kubelet_extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided.

        :default: the hostname of the node if not provided.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints"]]:
        '''taints specifies the taints the Node API object should be registered with.

        If this field is unset, i.e. nil, in the ``kubeadm init`` process
        it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an
        empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy"
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy(
    enum.Enum,
):
    '''imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

    The value of
    this field must be one of "Always", "IfNotPresent" or
    "Never". Defaults to "IfNotPresent" if not set.

    :default: IfNotPresent" if not set.

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__17d91a2dfa4bbd4709445a79bc72e681a5fb6ef6cf5efb317032087e2e7bdc59)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "time_added": "timeAdded",
        "value": "value",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__6f94b22d1984c40531252bec3bc71e49625cad268c6d10166e89e354226d161a)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Required.

        The taint key to be applied to a node.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def time_added(self) -> typing.Optional[datetime.datetime]:
        '''TimeAdded represents the time at which the taint was added.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints#timeAdded
        '''
        result = self._values.get("time_added")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The taint value corresponding to the taint key.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches",
    jsii_struct_bases=[],
    name_mapping={"directory": "directory"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches:
    def __init__(self, *, directory: typing.Optional[builtins.str] = None) -> None:
        '''patches contains options related to applying patches to components deployed by kubeadm during "kubeadm init".

        The minimum kubernetes version needed to support Patches is v1.22

        :param directory: directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c88908e9f378d07ba83f286c8ddf3e38ea857aa0f011486f08b7427e37631c65)
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if directory is not None:
            self._values["directory"] = directory

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b4e057ad864ffae2ed96220362f2245632158f4ae6096006520de80dd8c1c7dc)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts#controlPlaneComponentHealthCheckSeconds
        '''
        result = self._values.get("control_plane_component_health_check_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def discovery_seconds(self) -> typing.Optional[jsii.Number]:
        '''discoverySeconds is the amount of time to wait for kubeadm to validate the API server identity for a joining node.

        If not set, it defaults to 5m (300s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts#discoverySeconds
        '''
        result = self._values.get("discovery_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def etcd_api_call_seconds(self) -> typing.Optional[jsii.Number]:
        '''etcdAPICallSeconds is the amount of time to wait for the kubeadm etcd client to complete a request to the etcd cluster.

        If not set, it defaults to 2m (120s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts#etcdAPICallSeconds
        '''
        result = self._values.get("etcd_api_call_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kubelet_health_check_seconds(self) -> typing.Optional[jsii.Number]:
        '''kubeletHealthCheckSeconds is the amount of time to wait for the kubelet to be healthy during "kubeadm init" and "kubeadm join".

        If not set, it defaults to 4m (240s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts#kubeletHealthCheckSeconds
        '''
        result = self._values.get("kubelet_health_check_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kubernetes_api_call_seconds(self) -> typing.Optional[jsii.Number]:
        '''kubernetesAPICallSeconds is the amount of time to wait for the kubeadm client to complete a request to the API server.

        This applies to all types of methods (GET, POST, etc).
        If not set, it defaults to 1m (60s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts#kubernetesAPICallSeconds
        '''
        result = self._values.get("kubernetes_api_call_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls_bootstrap_seconds(self) -> typing.Optional[jsii.Number]:
        '''tlsBootstrapSeconds is the amount of time to wait for the kubelet to complete TLS bootstrap for a joining node.

        If not set, it defaults to 5m (300s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts#tlsBootstrapSeconds
        '''
        result = self._values.get("tls_bootstrap_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration:
    def __init__(
        self,
        *,
        ca_cert_path: typing.Optional[builtins.str] = None,
        control_plane: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane", typing.Dict[builtins.str, typing.Any]]] = None,
        discovery: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery", typing.Dict[builtins.str, typing.Any]]] = None,
        node_registration: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration", typing.Dict[builtins.str, typing.Any]]] = None,
        patches: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches", typing.Dict[builtins.str, typing.Any]]] = None,
        skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
        timeouts: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''joinConfiguration is the kubeadm configuration for the join command.

        :param ca_cert_path: caCertPath is the path to the SSL certificate authority used to secure communications between node and control-plane. Defaults to "/etc/kubernetes/pki/ca.crt". Default: etc/kubernetes/pki/ca.crt".
        :param control_plane: controlPlane defines the additional control plane instance to be deployed on the joining node. If nil, no additional control plane instance will be deployed.
        :param discovery: discovery specifies the options for the kubelet to use during the TLS Bootstrap process.
        :param node_registration: nodeRegistration holds fields that relate to registering the new control-plane node to the cluster. When used in the context of control plane nodes, NodeRegistration should remain consistent across both InitConfiguration and JoinConfiguration
        :param patches: patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join". The minimum kubernetes version needed to support Patches is v1.22
        :param skip_phases: skipPhases is a list of phases to skip during command execution. The list of phases can be obtained with the "kubeadm init --help" command. This option takes effect only on Kubernetes >=1.22.0.
        :param timeouts: timeouts holds various timeouts that apply to kubeadm commands.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration
        '''
        if isinstance(control_plane, dict):
            control_plane = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane(**control_plane)
        if isinstance(discovery, dict):
            discovery = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery(**discovery)
        if isinstance(node_registration, dict):
            node_registration = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration(**node_registration)
        if isinstance(patches, dict):
            patches = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches(**patches)
        if isinstance(timeouts, dict):
            timeouts = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts(**timeouts)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__50d1768445d5a9720220291c0f035f15906a5ea2a71d056025ef97a5955405fa)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration#caCertPath
        '''
        result = self._values.get("ca_cert_path")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def control_plane(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane"]:
        '''controlPlane defines the additional control plane instance to be deployed on the joining node.

        If nil, no additional control plane instance will be deployed.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration#controlPlane
        '''
        result = self._values.get("control_plane")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane"], result)

    @builtins.property
    def discovery(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery"]:
        '''discovery specifies the options for the kubelet to use during the TLS Bootstrap process.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration#discovery
        '''
        result = self._values.get("discovery")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery"], result)

    @builtins.property
    def node_registration(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration"]:
        '''nodeRegistration holds fields that relate to registering the new control-plane node to the cluster.

        When used in the context of control plane nodes, NodeRegistration should remain consistent
        across both InitConfiguration and JoinConfiguration

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration#nodeRegistration
        '''
        result = self._values.get("node_registration")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration"], result)

    @builtins.property
    def patches(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches"]:
        '''patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join".

        The minimum kubernetes version needed to support Patches is v1.22

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration#patches
        '''
        result = self._values.get("patches")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches"], result)

    @builtins.property
    def skip_phases(self) -> typing.Optional[typing.List[builtins.str]]:
        '''skipPhases is a list of phases to skip during command execution.

        The list of phases can be obtained with the "kubeadm init --help" command.
        This option takes effect only on Kubernetes >=1.22.0.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration#skipPhases
        '''
        result = self._values.get("skip_phases")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def timeouts(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts"]:
        '''timeouts holds various timeouts that apply to kubeadm commands.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration#timeouts
        '''
        result = self._values.get("timeouts")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane",
    jsii_struct_bases=[],
    name_mapping={"local_api_endpoint": "localApiEndpoint"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane:
    def __init__(
        self,
        *,
        local_api_endpoint: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''controlPlane defines the additional control plane instance to be deployed on the joining node.

        If nil, no additional control plane instance will be deployed.

        :param local_api_endpoint: localAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane
        '''
        if isinstance(local_api_endpoint, dict):
            local_api_endpoint = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint(**local_api_endpoint)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__0ff098951ac46b2a8341af04981bef41195ddbedd5a7f3851d69ecfcebb90667)
            check_type(argname="argument local_api_endpoint", value=local_api_endpoint, expected_type=type_hints["local_api_endpoint"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if local_api_endpoint is not None:
            self._values["local_api_endpoint"] = local_api_endpoint

    @builtins.property
    def local_api_endpoint(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint"]:
        '''localAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane#localAPIEndpoint
        '''
        result = self._values.get("local_api_endpoint")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint",
    jsii_struct_bases=[],
    name_mapping={"advertise_address": "advertiseAddress", "bind_port": "bindPort"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint:
    def __init__(
        self,
        *,
        advertise_address: typing.Optional[builtins.str] = None,
        bind_port: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''localAPIEndpoint represents the endpoint of the API server instance to be deployed on this node.

        :param advertise_address: advertiseAddress sets the IP address for the API server to advertise.
        :param bind_port: bindPort sets the secure port for the API Server to bind to. Defaults to 6443. Default: 6443.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__f11bfc652f283183ae6441d678760917413df023cd7e50da04d81486f53374b7)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint#advertiseAddress
        '''
        result = self._values.get("advertise_address")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def bind_port(self) -> typing.Optional[jsii.Number]:
        '''bindPort sets the secure port for the API Server to bind to.

        Defaults to 6443.

        :default: 6443.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint#bindPort
        '''
        result = self._values.get("bind_port")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery",
    jsii_struct_bases=[],
    name_mapping={
        "bootstrap_token": "bootstrapToken",
        "file": "file",
        "tls_bootstrap_token": "tlsBootstrapToken",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery:
    def __init__(
        self,
        *,
        bootstrap_token: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken", typing.Dict[builtins.str, typing.Any]]] = None,
        file: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile", typing.Dict[builtins.str, typing.Any]]] = None,
        tls_bootstrap_token: typing.Optional[builtins.str] = None,
    ) -> None:
        '''discovery specifies the options for the kubelet to use during the TLS Bootstrap process.

        :param bootstrap_token: bootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.
        :param file: file is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.
        :param tls_bootstrap_token: tlsBootstrapToken is a token used for TLS bootstrapping. If .BootstrapToken is set, this field is defaulted to .BootstrapToken.Token, but can be overridden. If .File is set, this field **must be set** in case the KubeConfigFile does not contain any other authentication information

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery
        '''
        if isinstance(bootstrap_token, dict):
            bootstrap_token = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken(**bootstrap_token)
        if isinstance(file, dict):
            file = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile(**file)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__28f64afecf0e22183639d864a8d7d2e4db005bf3be2e5c721c829b37604e78d7)
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
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken"]:
        '''bootstrapToken is used to set the options for bootstrap token based discovery BootstrapToken and File are mutually exclusive.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery#bootstrapToken
        '''
        result = self._values.get("bootstrap_token")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken"], result)

    @builtins.property
    def file(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile"]:
        '''file is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery#file
        '''
        result = self._values.get("file")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile"], result)

    @builtins.property
    def tls_bootstrap_token(self) -> typing.Optional[builtins.str]:
        '''tlsBootstrapToken is a token used for TLS bootstrapping.

        If .BootstrapToken is set, this field is defaulted to .BootstrapToken.Token, but can be overridden.
        If .File is set, this field **must be set** in case the KubeConfigFile does not contain any other authentication information

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery#tlsBootstrapToken
        '''
        result = self._values.get("tls_bootstrap_token")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken",
    jsii_struct_bases=[],
    name_mapping={
        "api_server_endpoint": "apiServerEndpoint",
        "ca_cert_hashes": "caCertHashes",
        "token": "token",
        "unsafe_skip_ca_verification": "unsafeSkipCaVerification",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b3e2a7404676b808a3d9292bfe2922d32125e10c88cb281af5e95cd174185af5)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken#apiServerEndpoint
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken#caCertHashes
        '''
        result = self._values.get("ca_cert_hashes")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def token(self) -> typing.Optional[builtins.str]:
        '''token is a token used to validate cluster information fetched from the control-plane.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken#token
        '''
        result = self._values.get("token")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def unsafe_skip_ca_verification(self) -> typing.Optional[builtins.bool]:
        '''unsafeSkipCAVerification allows token-based discovery without CA verification via CACertHashes.

        This can weaken
        the security of kubeadm since other nodes can impersonate the control-plane.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken#unsafeSkipCAVerification
        '''
        result = self._values.get("unsafe_skip_ca_verification")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile",
    jsii_struct_bases=[],
    name_mapping={"kube_config_path": "kubeConfigPath", "kube_config": "kubeConfig"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile:
    def __init__(
        self,
        *,
        kube_config_path: builtins.str,
        kube_config: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''file is used to specify a file or URL to a kubeconfig file from which to load cluster information BootstrapToken and File are mutually exclusive.

        :param kube_config_path: kubeConfigPath is used to specify the actual file path or URL to the kubeconfig file from which to load cluster information.
        :param kube_config: kubeConfig is used (optionally) to generate a KubeConfig based on the KubeadmConfig's information. The file is generated at the path specified in KubeConfigPath. Host address (server field) information is automatically populated based on the Cluster's ControlPlaneEndpoint. Certificate Authority (certificate-authority-data field) is gathered from the cluster's CA secret.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile
        '''
        if isinstance(kube_config, dict):
            kube_config = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig(**kube_config)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1e2f32c76b480a3f5116527bb8ea8ee82d3ca81c43d3fec8b0ef4fbcbd519027)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile#kubeConfigPath
        '''
        result = self._values.get("kube_config_path")
        assert result is not None, "Required property 'kube_config_path' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kube_config(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig"]:
        '''kubeConfig is used (optionally) to generate a KubeConfig based on the KubeadmConfig's information.

        The file is generated at the path specified in KubeConfigPath.

        Host address (server field) information is automatically populated based on the Cluster's ControlPlaneEndpoint.
        Certificate Authority (certificate-authority-data field) is gathered from the cluster's CA secret.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile#kubeConfig
        '''
        result = self._values.get("kube_config")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig",
    jsii_struct_bases=[],
    name_mapping={"user": "user", "cluster": "cluster"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig:
    def __init__(
        self,
        *,
        user: typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser", typing.Dict[builtins.str, typing.Any]],
        cluster: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''kubeConfig is used (optionally) to generate a KubeConfig based on the KubeadmConfig's information.

        The file is generated at the path specified in KubeConfigPath.

        Host address (server field) information is automatically populated based on the Cluster's ControlPlaneEndpoint.
        Certificate Authority (certificate-authority-data field) is gathered from the cluster's CA secret.

        :param user: user contains information that describes identity information. This is used to tell the kubernetes cluster who you are.
        :param cluster: cluster contains information about how to communicate with the kubernetes cluster. By default the following fields are automatically populated: - Server with the Cluster's ControlPlaneEndpoint. - CertificateAuthorityData with the Cluster's CA certificate.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig
        '''
        if isinstance(user, dict):
            user = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser(**user)
        if isinstance(cluster, dict):
            cluster = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster(**cluster)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fa162ca2b01d2d0737bbdf3d5ce96e07be939ab307ff6cadc196de451b91f12e)
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
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser":
        '''user contains information that describes identity information.

        This is used to tell the kubernetes cluster who you are.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig#user
        '''
        result = self._values.get("user")
        assert result is not None, "Required property 'user' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser", result)

    @builtins.property
    def cluster(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster"]:
        '''cluster contains information about how to communicate with the kubernetes cluster.

        By default the following fields are automatically populated:

        - Server with the Cluster's ControlPlaneEndpoint.
        - CertificateAuthorityData with the Cluster's CA certificate.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig#cluster
        '''
        result = self._values.get("cluster")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster",
    jsii_struct_bases=[],
    name_mapping={
        "certificate_authority_data": "certificateAuthorityData",
        "insecure_skip_tls_verify": "insecureSkipTlsVerify",
        "proxy_url": "proxyUrl",
        "server": "server",
        "tls_server_name": "tlsServerName",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__fc7420f29d37474b2e648e3f02efa9979a9894d9dd55fbf208baa4b8e9bc96cc)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster#certificateAuthorityData
        '''
        result = self._values.get("certificate_authority_data")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def insecure_skip_tls_verify(self) -> typing.Optional[builtins.bool]:
        '''insecureSkipTLSVerify skips the validity check for the server's certificate.

        This will make your HTTPS connections insecure.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster#insecureSkipTLSVerify
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster#proxyURL
        '''
        result = self._values.get("proxy_url")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def server(self) -> typing.Optional[builtins.str]:
        '''server is the address of the kubernetes cluster (https://hostname:port).

        Defaults to https:// + Cluster.Spec.ControlPlaneEndpoint.

        :default: https:// + Cluster.Spec.ControlPlaneEndpoint.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster#server
        '''
        result = self._values.get("server")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def tls_server_name(self) -> typing.Optional[builtins.str]:
        '''tlsServerName is used to check server certificate.

        If TLSServerName is empty, the hostname used to contact the server is used.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster#tlsServerName
        '''
        result = self._values.get("tls_server_name")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser",
    jsii_struct_bases=[],
    name_mapping={"auth_provider": "authProvider", "exec": "exec"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser:
    def __init__(
        self,
        *,
        auth_provider: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider", typing.Dict[builtins.str, typing.Any]]] = None,
        exec: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''user contains information that describes identity information.

        This is used to tell the kubernetes cluster who you are.

        :param auth_provider: authProvider specifies a custom authentication plugin for the kubernetes cluster.
        :param exec: exec specifies a custom exec-based authentication plugin for the kubernetes cluster.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser
        '''
        if isinstance(auth_provider, dict):
            auth_provider = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider(**auth_provider)
        if isinstance(exec, dict):
            exec = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec(**exec)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c5645375cdd0302418ba8690486398d7ba657d13de6a1c294a4d99a6c9b35ae5)
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
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider"]:
        '''authProvider specifies a custom authentication plugin for the kubernetes cluster.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser#authProvider
        '''
        result = self._values.get("auth_provider")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider"], result)

    @builtins.property
    def exec(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec"]:
        '''exec specifies a custom exec-based authentication plugin for the kubernetes cluster.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser#exec
        '''
        result = self._values.get("exec")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "config": "config"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider:
    def __init__(
        self,
        *,
        name: builtins.str,
        config: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    ) -> None:
        '''authProvider specifies a custom authentication plugin for the kubernetes cluster.

        :param name: name is the name of the authentication plugin.
        :param config: config holds the parameters for the authentication plugin.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e5389af4dd589b94ddb830057d9a8e1cb0a2fe4882a4394499c1255b40a78d44)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def config(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''config holds the parameters for the authentication plugin.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider#config
        '''
        result = self._values.get("config")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec",
    jsii_struct_bases=[],
    name_mapping={
        "command": "command",
        "api_version": "apiVersion",
        "args": "args",
        "env": "env",
        "provide_cluster_info": "provideClusterInfo",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec:
    def __init__(
        self,
        *,
        command: builtins.str,
        api_version: typing.Optional[builtins.str] = None,
        args: typing.Optional[typing.Sequence[builtins.str]] = None,
        env: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv", typing.Dict[builtins.str, typing.Any]]]] = None,
        provide_cluster_info: typing.Optional[builtins.bool] = None,
    ) -> None:
        '''exec specifies a custom exec-based authentication plugin for the kubernetes cluster.

        :param command: command to execute.
        :param api_version: apiVersion is preferred input version of the ExecInfo. The returned ExecCredentials MUST use the same encoding version as the input. Defaults to client.authentication.k8s.io/v1 if not set. Default: client.authentication.k8s.io/v1 if not set.
        :param args: args is the arguments to pass to the command when executing it.
        :param env: env defines additional environment variables to expose to the process. These are unioned with the host's environment, as well as variables client-go uses to pass argument to the plugin.
        :param provide_cluster_info: provideClusterInfo determines whether or not to provide cluster information, which could potentially contain very large CA data, to this exec plugin as a part of the KUBERNETES_EXEC_INFO environment variable. By default, it is set to false. Package k8s.io/client-go/tools/auth/exec provides helper methods for reading this environment variable.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3b7182dd99929c3692322858b867fbe8f28273defae72b9895d93ade33dfe09c)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#command
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#apiVersion
        '''
        result = self._values.get("api_version")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def args(self) -> typing.Optional[typing.List[builtins.str]]:
        '''args is the arguments to pass to the command when executing it.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#args
        '''
        result = self._values.get("args")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def env(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv"]]:
        '''env defines additional environment variables to expose to the process.

        These
        are unioned with the host's environment, as well as variables client-go uses
        to pass argument to the plugin.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#env
        '''
        result = self._values.get("env")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv"]], result)

    @builtins.property
    def provide_cluster_info(self) -> typing.Optional[builtins.bool]:
        '''provideClusterInfo determines whether or not to provide cluster information, which could potentially contain very large CA data, to this exec plugin as a part of the KUBERNETES_EXEC_INFO environment variable.

        By default, it is set
        to false. Package k8s.io/client-go/tools/auth/exec provides helper methods for
        reading this environment variable.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec#provideClusterInfo
        '''
        result = self._values.get("provide_cluster_info")
        return typing.cast(typing.Optional[builtins.bool], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''KubeConfigAuthExecEnv is used for setting environment variables when executing an exec-based credential plugin.

        :param name: name of the environment variable.
        :param value: value of the environment variable.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__14e3b297021d14fded4a292fcf360fe19744c5268b5210429fb4b6c25e2a006e)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the environment variable.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value of the environment variable.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration:
    def __init__(
        self,
        *,
        cri_socket: typing.Optional[builtins.str] = None,
        ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
        image_pull_policy: typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy"] = None,
        image_pull_serial: typing.Optional[builtins.bool] = None,
        kubelet_extra_args: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs", typing.Dict[builtins.str, typing.Any]]]] = None,
        name: typing.Optional[builtins.str] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__c13dc03247e9453386c6a29dfde588131b767a89c6fb01719cad828e052ecf29)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration#criSocket
        '''
        result = self._values.get("cri_socket")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ignore_preflight_errors(self) -> typing.Optional[typing.List[builtins.str]]:
        '''ignorePreflightErrors provides a slice of pre-flight errors to be ignored when the current node is registered, e.g. 'IsPrivilegedUser,Swap'. Value 'all' ignores errors from all checks.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration#ignorePreflightErrors
        '''
        result = self._values.get("ignore_preflight_errors")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def image_pull_policy(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy"]:
        '''imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

        The value of
        this field must be one of "Always", "IfNotPresent" or
        "Never". Defaults to "IfNotPresent" if not set.

        :default: IfNotPresent" if not set.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration#imagePullPolicy
        '''
        result = self._values.get("image_pull_policy")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy"], result)

    @builtins.property
    def image_pull_serial(self) -> typing.Optional[builtins.bool]:
        '''imagePullSerial specifies if image pulling performed by kubeadm must be done serially or in parallel.

        This option takes effect only on Kubernetes >=1.31.0.
        Default: true (defaulted in kubeadm)

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration#imagePullSerial
        '''
        result = self._values.get("image_pull_serial")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def kubelet_extra_args(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs"]]:
        '''kubeletExtraArgs is a list of args to pass to kubelet.

        The arg name must match the command line flag name except without leading dash(es).
        Extra arguments will override existing default arguments set by kubeadm.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration#kubeletExtraArgs
        '''
        result = self._values.get("kubelet_extra_args")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs"]], result)

    @builtins.property
    def name(self) -> typing.Optional[builtins.str]:
        '''name is the ``.Metadata.Name`` field of the Node API object that will be created in this ``kubeadm init`` or ``kubeadm join`` operation. This field is also used in the CommonName field of the kubelet's client certificate to the API server. Defaults to the hostname of the node if not provided.

        :default: the hostname of the node if not provided.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration#name
        '''
        result = self._values.get("name")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints"]]:
        '''taints specifies the taints the Node API object should be registered with.

        If this field is unset, i.e. nil, in the ``kubeadm init`` process
        it will be defaulted to []v1.Taint{'node-role.kubernetes.io/master=""'}. If you don't want to taint your control-plane node, set this field to an
        empty slice, i.e. ``taints: []`` in the YAML file. This field is solely used for Node registration.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy"
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy(
    enum.Enum,
):
    '''imagePullPolicy specifies the policy for image pulling during kubeadm "init" and "join" operations.

    The value of
    this field must be one of "Always", "IfNotPresent" or
    "Never". Defaults to "IfNotPresent" if not set.

    :default: IfNotPresent" if not set.

    :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    IF_NOT_PRESENT = "IF_NOT_PRESENT"
    '''IfNotPresent.'''
    NEVER = "NEVER"
    '''Never.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs",
    jsii_struct_bases=[],
    name_mapping={"name": "name", "value": "value"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs:
    def __init__(self, *, name: builtins.str, value: builtins.str) -> None:
        '''Arg represents an argument with a name and a value.

        :param name: name is the Name of the extraArg.
        :param value: value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__80fd61229a9b5dd3d32a4a1424960391ece1b9b5afe9e03bd7f6ba6837c484ea)
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "name": name,
            "value": value,
        }

    @builtins.property
    def name(self) -> builtins.str:
        '''name is the Name of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def value(self) -> builtins.str:
        '''value is the Value of the extraArg.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs#value
        '''
        result = self._values.get("value")
        assert result is not None, "Required property 'value' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "time_added": "timeAdded",
        "value": "value",
    },
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__e6d5641076acd7a3d8c68424ea2ccbd33da6181f794443425acae8ea4fa5edd8)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def key(self) -> builtins.str:
        '''Required.

        The taint key to be applied to a node.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def time_added(self) -> typing.Optional[datetime.datetime]:
        '''TimeAdded represents the time at which the taint was added.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints#timeAdded
        '''
        result = self._values.get("time_added")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''The taint value corresponding to the taint key.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches",
    jsii_struct_bases=[],
    name_mapping={"directory": "directory"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches:
    def __init__(self, *, directory: typing.Optional[builtins.str] = None) -> None:
        '''patches contains options related to applying patches to components deployed by kubeadm during "kubeadm join".

        The minimum kubernetes version needed to support Patches is v1.22

        :param directory: directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__3da112071b3cb0570d682d805ee8c5f6a4ad74887adca98aee39df46408b5735)
            check_type(argname="argument directory", value=directory, expected_type=type_hints["directory"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if directory is not None:
            self._values["directory"] = directory

    @builtins.property
    def directory(self) -> typing.Optional[builtins.str]:
        '''directory is a path to a directory that contains files named "target[suffix][+patchtype].extension". For example, "kube-apiserver0+merge.yaml" or just "etcd.json". "target" can be one of "kube-apiserver", "kube-controller-manager", "kube-scheduler", "etcd". "patchtype" can be one of "strategic" "merge" or "json" and they match the patch formats supported by kubectl. The default "patchtype" is "strategic". "extension" must be either "json" or "yaml". "suffix" is an optional string that can be used to determine which patches are applied first alpha-numerically. These files can be written into the target directory via KubeadmConfig.Files which specifies additional files to be created on the machine, either with content inline or by referencing a secret.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches#directory
        '''
        result = self._values.get("directory")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts:
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__ecf7eb61635dd17b1505dcca2f3e79262ff7f61f0ed699ca722f92b19520874a)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts#controlPlaneComponentHealthCheckSeconds
        '''
        result = self._values.get("control_plane_component_health_check_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def discovery_seconds(self) -> typing.Optional[jsii.Number]:
        '''discoverySeconds is the amount of time to wait for kubeadm to validate the API server identity for a joining node.

        If not set, it defaults to 5m (300s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts#discoverySeconds
        '''
        result = self._values.get("discovery_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def etcd_api_call_seconds(self) -> typing.Optional[jsii.Number]:
        '''etcdAPICallSeconds is the amount of time to wait for the kubeadm etcd client to complete a request to the etcd cluster.

        If not set, it defaults to 2m (120s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts#etcdAPICallSeconds
        '''
        result = self._values.get("etcd_api_call_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kubelet_health_check_seconds(self) -> typing.Optional[jsii.Number]:
        '''kubeletHealthCheckSeconds is the amount of time to wait for the kubelet to be healthy during "kubeadm init" and "kubeadm join".

        If not set, it defaults to 4m (240s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts#kubeletHealthCheckSeconds
        '''
        result = self._values.get("kubelet_health_check_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def kubernetes_api_call_seconds(self) -> typing.Optional[jsii.Number]:
        '''kubernetesAPICallSeconds is the amount of time to wait for the kubeadm client to complete a request to the API server.

        This applies to all types of methods (GET, POST, etc).
        If not set, it defaults to 1m (60s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts#kubernetesAPICallSeconds
        '''
        result = self._values.get("kubernetes_api_call_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def tls_bootstrap_seconds(self) -> typing.Optional[jsii.Number]:
        '''tlsBootstrapSeconds is the amount of time to wait for the kubelet to complete TLS bootstrap for a joining node.

        If not set, it defaults to 5m (300s).

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts#tlsBootstrapSeconds
        '''
        result = self._values.get("tls_bootstrap_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp",
    jsii_struct_bases=[],
    name_mapping={"enabled": "enabled", "servers": "servers"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp:
    def __init__(
        self,
        *,
        enabled: typing.Optional[builtins.bool] = None,
        servers: typing.Optional[typing.Sequence[builtins.str]] = None,
    ) -> None:
        '''ntp specifies NTP configuration.

        :param enabled: enabled specifies whether NTP should be enabled.
        :param servers: servers specifies which NTP servers to use.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7fa23b7a1f7d87d60e9d2d31fc7f968d6fdb14fe9164fd075997167acccfb7fd)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp#enabled
        '''
        result = self._values.get("enabled")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def servers(self) -> typing.Optional[typing.List[builtins.str]]:
        '''servers specifies which NTP servers to use.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp#servers
        '''
        result = self._values.get("servers")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers",
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
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers:
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
        passwd_from: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom", typing.Dict[builtins.str, typing.Any]]] = None,
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers
        '''
        if isinstance(passwd_from, dict):
            passwd_from = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom(**passwd_from)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__be4285e36a7cc4df5eb8300a674c103dfd787bc8b82c3080918fc20c293590d6)
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

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def gecos(self) -> typing.Optional[builtins.str]:
        '''gecos specifies the gecos to use for the user.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#gecos
        '''
        result = self._values.get("gecos")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def groups(self) -> typing.Optional[builtins.str]:
        '''groups specifies the additional groups for the user.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#groups
        '''
        result = self._values.get("groups")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def home_dir(self) -> typing.Optional[builtins.str]:
        '''homeDir specifies the home directory to use for the user.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#homeDir
        '''
        result = self._values.get("home_dir")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def inactive(self) -> typing.Optional[builtins.bool]:
        '''inactive specifies whether to mark the user as inactive.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#inactive
        '''
        result = self._values.get("inactive")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def lock_password(self) -> typing.Optional[builtins.bool]:
        '''lockPassword specifies if password login should be disabled.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#lockPassword
        '''
        result = self._values.get("lock_password")
        return typing.cast(typing.Optional[builtins.bool], result)

    @builtins.property
    def passwd(self) -> typing.Optional[builtins.str]:
        '''passwd specifies a hashed password for the user.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#passwd
        '''
        result = self._values.get("passwd")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def passwd_from(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom"]:
        '''passwdFrom is a referenced source of passwd to populate the passwd.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#passwdFrom
        '''
        result = self._values.get("passwd_from")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom"], result)

    @builtins.property
    def primary_group(self) -> typing.Optional[builtins.str]:
        '''primaryGroup specifies the primary group for the user.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#primaryGroup
        '''
        result = self._values.get("primary_group")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def shell(self) -> typing.Optional[builtins.str]:
        '''shell specifies the user's shell.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#shell
        '''
        result = self._values.get("shell")
        return typing.cast(typing.Optional[builtins.str], result)

    @builtins.property
    def ssh_authorized_keys(self) -> typing.Optional[typing.List[builtins.str]]:
        '''sshAuthorizedKeys specifies a list of ssh authorized keys for the user.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#sshAuthorizedKeys
        '''
        result = self._values.get("ssh_authorized_keys")
        return typing.cast(typing.Optional[typing.List[builtins.str]], result)

    @builtins.property
    def sudo(self) -> typing.Optional[builtins.str]:
        '''sudo specifies a sudo role for the user.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers#sudo
        '''
        result = self._values.get("sudo")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom",
    jsii_struct_bases=[],
    name_mapping={"secret": "secret"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom:
    def __init__(
        self,
        *,
        secret: typing.Union["KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret", typing.Dict[builtins.str, typing.Any]],
    ) -> None:
        '''passwdFrom is a referenced source of passwd to populate the passwd.

        :param secret: secret represents a secret that should populate this password.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom
        '''
        if isinstance(secret, dict):
            secret = KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret(**secret)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8157f3b9b7d05d02e713cd9b5658e1f10e0bc03fae65a5c443b021115fac57fc)
            check_type(argname="argument secret", value=secret, expected_type=type_hints["secret"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "secret": secret,
        }

    @builtins.property
    def secret(
        self,
    ) -> "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret":
        '''secret represents a secret that should populate this password.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom#secret
        '''
        result = self._values.get("secret")
        assert result is not None, "Required property 'secret' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret", result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret",
    jsii_struct_bases=[],
    name_mapping={"key": "key", "name": "name"},
)
class KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret:
    def __init__(self, *, key: builtins.str, name: builtins.str) -> None:
        '''secret represents a secret that should populate this password.

        :param key: key is the key in the secret's data map for this value.
        :param name: name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__34a49bc94fb0fd1e1c7fb80dbbcf550c92905622e39581ac596b788ec1efbc8a)
            check_type(argname="argument key", value=key, expected_type=type_hints["key"])
            check_type(argname="argument name", value=name, expected_type=type_hints["name"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "key": key,
            "name": name,
        }

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the key in the secret's data map for this value.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the secret in the KubeadmBootstrapConfig's namespace to use.

        :schema: KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineNaming",
    jsii_struct_bases=[],
    name_mapping={"template": "template"},
)
class KubeadmControlPlaneV1Beta2SpecMachineNaming:
    def __init__(self, *, template: typing.Optional[builtins.str] = None) -> None:
        '''machineNaming allows changing the naming pattern used when creating Machines.

        InfraMachines & KubeadmConfigs will use the same name as the corresponding Machines.

        :param template: template defines the template to use for generating the names of the Machine objects. If not defined, it will fallback to ``{{ .kubeadmControlPlane.name }}-{{ .random }}``. If the generated name string exceeds 63 characters, it will be trimmed to 58 characters and will get concatenated with a random suffix of length 5. Length of the template string must not exceed 256 characters. The template allows the following variables ``.cluster.name``, ``.kubeadmControlPlane.name`` and ``.random``. The variable ``.cluster.name`` retrieves the name of the cluster object that owns the Machines being created. The variable ``.kubeadmControlPlane.name`` retrieves the name of the KubeadmControlPlane object that owns the Machines being created. The variable ``.random`` is substituted with random alphanumeric string, without vowels, of length 5. This variable is required part of the template. If not provided, validation will fail.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineNaming
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__aa66f674faed5b89ebbb5995c9d9409708faf89cc14e2311c30e138438f0f24e)
            check_type(argname="argument template", value=template, expected_type=type_hints["template"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if template is not None:
            self._values["template"] = template

    @builtins.property
    def template(self) -> typing.Optional[builtins.str]:
        '''template defines the template to use for generating the names of the Machine objects.

        If not defined, it will fallback to ``{{ .kubeadmControlPlane.name }}-{{ .random }}``.
        If the generated name string exceeds 63 characters, it will be trimmed to 58 characters and will
        get concatenated with a random suffix of length 5.
        Length of the template string must not exceed 256 characters.
        The template allows the following variables ``.cluster.name``, ``.kubeadmControlPlane.name`` and ``.random``.
        The variable ``.cluster.name`` retrieves the name of the cluster object that owns the Machines being created.
        The variable ``.kubeadmControlPlane.name`` retrieves the name of the KubeadmControlPlane object that owns the Machines being created.
        The variable ``.random`` is substituted with random alphanumeric string, without vowels, of length 5. This variable is required
        part of the template. If not provided, validation will fail.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineNaming#template
        '''
        result = self._values.get("template")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecMachineNaming(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplate",
    jsii_struct_bases=[],
    name_mapping={"spec": "spec", "metadata": "metadata"},
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplate:
    def __init__(
        self,
        *,
        spec: typing.Union["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec", typing.Dict[builtins.str, typing.Any]],
        metadata: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''machineTemplate contains information about how machines should be shaped when creating or updating a control plane.

        :param spec: spec defines the spec for Machines in a KubeadmControlPlane object.
        :param metadata: metadata is the standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplate
        '''
        if isinstance(spec, dict):
            spec = KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec(**spec)
        if isinstance(metadata, dict):
            metadata = KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata(**metadata)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__7f28f93cba36dedbbfd52fac61a817f383491b7f37da9b7b23815ea07ce5401e)
            check_type(argname="argument spec", value=spec, expected_type=type_hints["spec"])
            check_type(argname="argument metadata", value=metadata, expected_type=type_hints["metadata"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "spec": spec,
        }
        if metadata is not None:
            self._values["metadata"] = metadata

    @builtins.property
    def spec(self) -> "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec":
        '''spec defines the spec for Machines in a KubeadmControlPlane object.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplate#spec
        '''
        result = self._values.get("spec")
        assert result is not None, "Required property 'spec' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec", result)

    @builtins.property
    def metadata(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata"]:
        '''metadata is the standard object's metadata.

        More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplate#metadata
        '''
        result = self._values.get("metadata")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecMachineTemplate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata",
    jsii_struct_bases=[],
    name_mapping={"annotations": "annotations", "labels": "labels"},
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata:
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

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__629045d62f3cc4264459290077661e8e4d0b076b1c6bb4799b33533c6ca4945f)
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

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata#annotations
        '''
        result = self._values.get("annotations")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    @builtins.property
    def labels(self) -> typing.Optional[typing.Mapping[builtins.str, builtins.str]]:
        '''labels is a map of string keys and values that can be used to organize and categorize (scope and select) objects.

        May match selectors of replication controllers
        and services.
        More info: http://kubernetes.io/docs/user-guide/labels

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata#labels
        '''
        result = self._values.get("labels")
        return typing.cast(typing.Optional[typing.Mapping[builtins.str, builtins.str]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec",
    jsii_struct_bases=[],
    name_mapping={
        "infrastructure_ref": "infrastructureRef",
        "deletion": "deletion",
        "readiness_gates": "readinessGates",
        "taints": "taints",
    },
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec:
    def __init__(
        self,
        *,
        infrastructure_ref: typing.Union["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef", typing.Dict[builtins.str, typing.Any]],
        deletion: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion", typing.Dict[builtins.str, typing.Any]]] = None,
        readiness_gates: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates", typing.Dict[builtins.str, typing.Any]]]] = None,
        taints: typing.Optional[typing.Sequence[typing.Union["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints", typing.Dict[builtins.str, typing.Any]]]] = None,
    ) -> None:
        '''spec defines the spec for Machines in a KubeadmControlPlane object.

        :param infrastructure_ref: infrastructureRef is a required reference to a custom resource offered by an infrastructure provider.
        :param deletion: deletion contains configuration options for Machine deletion.
        :param readiness_gates: readinessGates specifies additional conditions to include when evaluating Machine Ready condition; KubeadmControlPlane will always add readinessGates for the condition it is setting on the Machine: NodeKubeadmLabelsAndTaintsSet, APIServerPodHealthy, SchedulerPodHealthy, ControllerManagerPodHealthy, and if etcd is managed by CKP also EtcdPodHealthy, EtcdMemberHealthy. This field can be used e.g. to instruct the machine controller to include in the computation for Machine's ready computation a condition, managed by an external controllers, reporting the status of special software/hardware installed on the Machine.
        :param taints: taints are the node taints that Cluster API will manage. This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes, e.g. the node controller might add the node.kubernetes.io/not-ready taint. Only those taints defined in this list will be added or removed by core Cluster API controllers. There can be at most 64 taints. A pod would have to tolerate all existing taints to run on the corresponding node. NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec
        '''
        if isinstance(infrastructure_ref, dict):
            infrastructure_ref = KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef(**infrastructure_ref)
        if isinstance(deletion, dict):
            deletion = KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion(**deletion)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__b8c66fa44690f213c09ad961d268afdb92010c1b79083b5339dd926cd81ec3ff)
            check_type(argname="argument infrastructure_ref", value=infrastructure_ref, expected_type=type_hints["infrastructure_ref"])
            check_type(argname="argument deletion", value=deletion, expected_type=type_hints["deletion"])
            check_type(argname="argument readiness_gates", value=readiness_gates, expected_type=type_hints["readiness_gates"])
            check_type(argname="argument taints", value=taints, expected_type=type_hints["taints"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "infrastructure_ref": infrastructure_ref,
        }
        if deletion is not None:
            self._values["deletion"] = deletion
        if readiness_gates is not None:
            self._values["readiness_gates"] = readiness_gates
        if taints is not None:
            self._values["taints"] = taints

    @builtins.property
    def infrastructure_ref(
        self,
    ) -> "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef":
        '''infrastructureRef is a required reference to a custom resource offered by an infrastructure provider.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec#infrastructureRef
        '''
        result = self._values.get("infrastructure_ref")
        assert result is not None, "Required property 'infrastructure_ref' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef", result)

    @builtins.property
    def deletion(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion"]:
        '''deletion contains configuration options for Machine deletion.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec#deletion
        '''
        result = self._values.get("deletion")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion"], result)

    @builtins.property
    def readiness_gates(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates"]]:
        '''readinessGates specifies additional conditions to include when evaluating Machine Ready condition;

        KubeadmControlPlane will always add readinessGates for the condition it is setting on the Machine:
        NodeKubeadmLabelsAndTaintsSet, APIServerPodHealthy, SchedulerPodHealthy, ControllerManagerPodHealthy, and if etcd is managed by CKP also
        EtcdPodHealthy, EtcdMemberHealthy.

        This field can be used e.g. to instruct the machine controller to include in the computation for Machine's ready
        computation a condition, managed by an external controllers, reporting the status of special software/hardware installed on the Machine.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec#readinessGates
        '''
        result = self._values.get("readiness_gates")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates"]], result)

    @builtins.property
    def taints(
        self,
    ) -> typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints"]]:
        '''taints are the node taints that Cluster API will manage.

        This list is not necessarily complete: other Kubernetes components may add or remove other taints from nodes,
        e.g. the node controller might add the node.kubernetes.io/not-ready taint.
        Only those taints defined in this list will be added or removed by core Cluster API controllers.

        There can be at most 64 taints.
        A pod would have to tolerate all existing taints to run on the corresponding node.

        NOTE: This list is implemented as a "map" type, meaning that individual elements can be managed by different owners.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec#taints
        '''
        result = self._values.get("taints")
        return typing.cast(typing.Optional[typing.List["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints"]], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion",
    jsii_struct_bases=[],
    name_mapping={
        "node_deletion_timeout_seconds": "nodeDeletionTimeoutSeconds",
        "node_drain_timeout_seconds": "nodeDrainTimeoutSeconds",
        "node_volume_detach_timeout_seconds": "nodeVolumeDetachTimeoutSeconds",
    },
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion:
    def __init__(
        self,
        *,
        node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
        node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''deletion contains configuration options for Machine deletion.

        :param node_deletion_timeout_seconds: nodeDeletionTimeoutSeconds defines how long the machine controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion. A duration of 0 will retry deletion indefinitely. If no value is provided, the default value for this property of the Machine resource will be used.
        :param node_drain_timeout_seconds: nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a controlplane node The default value is 0, meaning that the node can be drained without any time limitations. NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``
        :param node_volume_detach_timeout_seconds: nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached. The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__098063c9eab3b3073d5623c3194b6170e668cbd36ee37ec451a298080b2b6348)
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
        '''nodeDeletionTimeoutSeconds defines how long the machine controller will attempt to delete the Node that the Machine hosts after the Machine is marked for deletion.

        A duration of 0 will retry deletion indefinitely.
        If no value is provided, the default value for this property of the Machine resource will be used.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion#nodeDeletionTimeoutSeconds
        '''
        result = self._values.get("node_deletion_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_drain_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeDrainTimeoutSeconds is the total amount of time that the controller will spend on draining a controlplane node The default value is 0, meaning that the node can be drained without any time limitations.

        NOTE: nodeDrainTimeoutSeconds is different from ``kubectl drain --timeout``

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion#nodeDrainTimeoutSeconds
        '''
        result = self._values.get("node_drain_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def node_volume_detach_timeout_seconds(self) -> typing.Optional[jsii.Number]:
        '''nodeVolumeDetachTimeoutSeconds is the total amount of time that the controller will spend on waiting for all volumes to be detached.

        The default value is 0, meaning that the volumes can be detached without any time limitations.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion#nodeVolumeDetachTimeoutSeconds
        '''
        result = self._values.get("node_volume_detach_timeout_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef",
    jsii_struct_bases=[],
    name_mapping={"api_group": "apiGroup", "kind": "kind", "name": "name"},
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef:
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

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__39b42459395a9418a3f3ce26e386784f9386cfba2e347e205be6edeae25ff921)
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

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef#apiGroup
        '''
        result = self._values.get("api_group")
        assert result is not None, "Required property 'api_group' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def kind(self) -> builtins.str:
        '''kind of the resource being referenced.

        kind must consist of alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef#kind
        '''
        result = self._values.get("kind")
        assert result is not None, "Required property 'kind' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def name(self) -> builtins.str:
        '''name of the resource being referenced.

        name must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef#name
        '''
        result = self._values.get("name")
        assert result is not None, "Required property 'name' is missing"
        return typing.cast(builtins.str, result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates",
    jsii_struct_bases=[],
    name_mapping={"condition_type": "conditionType", "polarity": "polarity"},
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates:
    def __init__(
        self,
        *,
        condition_type: builtins.str,
        polarity: typing.Optional["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGatesPolarity"] = None,
    ) -> None:
        '''MachineReadinessGate contains the type of a Machine condition to be used as a readiness gate.

        :param condition_type: conditionType refers to a condition with matching type in the Machine's condition list. If the conditions doesn't exist, it will be treated as unknown. Note: Both Cluster API conditions or conditions added by 3rd party controllers can be used as readiness gates.
        :param polarity: polarity of the conditionType specified in this readinessGate. Valid values are Positive, Negative and omitted. When omitted, the default behaviour will be Positive. A positive polarity means that the condition should report a true status under normal conditions. A negative polarity means that the condition should report a false status under normal conditions.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__8c50c2285b616d6bee4abbbaba12eb6aeb474d81c7c6aa972fbe4a440d1d1e19)
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

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates#conditionType
        '''
        result = self._values.get("condition_type")
        assert result is not None, "Required property 'condition_type' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def polarity(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGatesPolarity"]:
        '''polarity of the conditionType specified in this readinessGate.

        Valid values are Positive, Negative and omitted.
        When omitted, the default behaviour will be Positive.
        A positive polarity means that the condition should report a true status under normal conditions.
        A negative polarity means that the condition should report a false status under normal conditions.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates#polarity
        '''
        result = self._values.get("polarity")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGatesPolarity"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGatesPolarity"
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGatesPolarity(
    enum.Enum,
):
    '''polarity of the conditionType specified in this readinessGate.

    Valid values are Positive, Negative and omitted.
    When omitted, the default behaviour will be Positive.
    A positive polarity means that the condition should report a true status under normal conditions.
    A negative polarity means that the condition should report a false status under normal conditions.

    :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGatesPolarity
    '''

    POSITIVE = "POSITIVE"
    '''Positive.'''
    NEGATIVE = "NEGATIVE"
    '''Negative.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints",
    jsii_struct_bases=[],
    name_mapping={
        "effect": "effect",
        "key": "key",
        "propagation": "propagation",
        "value": "value",
    },
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints:
    def __init__(
        self,
        *,
        effect: "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsEffect",
        key: builtins.str,
        propagation: "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsPropagation",
        value: typing.Optional[builtins.str] = None,
    ) -> None:
        '''MachineTaint defines a taint equivalent to corev1.Taint, but additionally having a propagation field.

        :param effect: effect is the effect for the taint. Valid values are NoSchedule, PreferNoSchedule and NoExecute.
        :param key: key is the taint key to be applied to a node. Must be a valid qualified name of maximum size 63 characters with an optional subdomain prefix of maximum size 253 characters, separated by a ``/``.
        :param propagation: propagation defines how this taint should be propagated to nodes. Valid values are 'Always' and 'OnInitialization'. Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation. OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.
        :param value: value is the taint value corresponding to the taint key. It must be a valid label value of maximum size 63 characters.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__2128a3d62d86bb259cdbec7ea85e5fe8861e2c9182e5042f51cb2d12895b94ce)
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
    def effect(self) -> "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsEffect":
        '''effect is the effect for the taint.

        Valid values are NoSchedule, PreferNoSchedule and NoExecute.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints#effect
        '''
        result = self._values.get("effect")
        assert result is not None, "Required property 'effect' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsEffect", result)

    @builtins.property
    def key(self) -> builtins.str:
        '''key is the taint key to be applied to a node.

        Must be a valid qualified name of maximum size 63 characters
        with an optional subdomain prefix of maximum size 253 characters,
        separated by a ``/``.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints#key
        '''
        result = self._values.get("key")
        assert result is not None, "Required property 'key' is missing"
        return typing.cast(builtins.str, result)

    @builtins.property
    def propagation(
        self,
    ) -> "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsPropagation":
        '''propagation defines how this taint should be propagated to nodes.

        Valid values are 'Always' and 'OnInitialization'.
        Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
        OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints#propagation
        '''
        result = self._values.get("propagation")
        assert result is not None, "Required property 'propagation' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsPropagation", result)

    @builtins.property
    def value(self) -> typing.Optional[builtins.str]:
        '''value is the taint value corresponding to the taint key.

        It must be a valid label value of maximum size 63 characters.

        :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints#value
        '''
        result = self._values.get("value")
        return typing.cast(typing.Optional[builtins.str], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsEffect"
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsEffect(enum.Enum):
    '''effect is the effect for the taint.

    Valid values are NoSchedule, PreferNoSchedule and NoExecute.

    :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsEffect
    '''

    NO_SCHEDULE = "NO_SCHEDULE"
    '''NoSchedule.'''
    PREFER_NO_SCHEDULE = "PREFER_NO_SCHEDULE"
    '''PreferNoSchedule.'''
    NO_EXECUTE = "NO_EXECUTE"
    '''NoExecute.'''


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsPropagation"
)
class KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsPropagation(enum.Enum):
    '''propagation defines how this taint should be propagated to nodes.

    Valid values are 'Always' and 'OnInitialization'.
    Always: The taint will be continuously reconciled. If it is not set for a node, it will be added during reconciliation.
    OnInitialization: The taint will be added during node initialization. If it gets removed from the node later on it will not get added again.

    :schema: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsPropagation
    '''

    ALWAYS = "ALWAYS"
    '''Always.'''
    ON_INITIALIZATION = "ON_INITIALIZATION"
    '''OnInitialization.'''


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecRemediation",
    jsii_struct_bases=[],
    name_mapping={
        "max_retry": "maxRetry",
        "min_healthy_period_seconds": "minHealthyPeriodSeconds",
        "retry_period_seconds": "retryPeriodSeconds",
    },
)
class KubeadmControlPlaneV1Beta2SpecRemediation:
    def __init__(
        self,
        *,
        max_retry: typing.Optional[jsii.Number] = None,
        min_healthy_period_seconds: typing.Optional[jsii.Number] = None,
        retry_period_seconds: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''remediation controls how unhealthy Machines are remediated.

        :param max_retry: maxRetry is the Max number of retries while attempting to remediate an unhealthy machine. A retry happens when a machine that was created as a replacement for an unhealthy machine also fails. For example, given a control plane with three machines M1, M2, M3: M1 become unhealthy; remediation happens, and M1-1 is created as a replacement. If M1-1 (replacement of M1) has problems while bootstrapping it will become unhealthy, and then be remediated; such operation is considered a retry, remediation-retry #1. If M1-2 (replacement of M1-1) becomes unhealthy, remediation-retry #2 will happen, etc. A retry could happen only after retryPeriodSeconds from the previous retry. If a machine is marked as unhealthy after minHealthyPeriodSeconds from the previous remediation expired, this is not considered a retry anymore because the new issue is assumed unrelated from the previous one. If not set, the remedation will be retried infinitely.
        :param min_healthy_period_seconds: minHealthyPeriodSeconds defines the duration after which KCP will consider any failure to a machine unrelated from the previous one. In this case the remediation is not considered a retry anymore, and thus the retry counter restarts from 0. For example, assuming minHealthyPeriodSeconds is set to 1h (default) M1 become unhealthy; remediation happens, and M1-1 is created as a replacement. If M1-1 (replacement of M1) has problems within the 1hr after the creation, also this machine will be remediated and this operation is considered a retry - a problem related to the original issue happened to M1 -. If instead the problem on M1-1 is happening after minHealthyPeriodSeconds expired, e.g. four days after m1-1 has been created as a remediation of M1, the problem on M1-1 is considered unrelated to the original issue happened to M1. If not set, this value is defaulted to 1h.
        :param retry_period_seconds: retryPeriodSeconds is the duration that KCP should wait before remediating a machine being created as a replacement for an unhealthy machine (a retry). If not set, a retry will happen immediately.

        :schema: KubeadmControlPlaneV1Beta2SpecRemediation
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__018f844e19f00468ba3f698d79c7de318dccdd3d6c80fab0e99f74982da99470)
            check_type(argname="argument max_retry", value=max_retry, expected_type=type_hints["max_retry"])
            check_type(argname="argument min_healthy_period_seconds", value=min_healthy_period_seconds, expected_type=type_hints["min_healthy_period_seconds"])
            check_type(argname="argument retry_period_seconds", value=retry_period_seconds, expected_type=type_hints["retry_period_seconds"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_retry is not None:
            self._values["max_retry"] = max_retry
        if min_healthy_period_seconds is not None:
            self._values["min_healthy_period_seconds"] = min_healthy_period_seconds
        if retry_period_seconds is not None:
            self._values["retry_period_seconds"] = retry_period_seconds

    @builtins.property
    def max_retry(self) -> typing.Optional[jsii.Number]:
        '''maxRetry is the Max number of retries while attempting to remediate an unhealthy machine.

        A retry happens when a machine that was created as a replacement for an unhealthy machine also fails.
        For example, given a control plane with three machines M1, M2, M3:

        M1 become unhealthy; remediation happens, and M1-1 is created as a replacement.
        If M1-1 (replacement of M1) has problems while bootstrapping it will become unhealthy, and then be
        remediated; such operation is considered a retry, remediation-retry #1.
        If M1-2 (replacement of M1-1) becomes unhealthy, remediation-retry #2 will happen, etc.

        A retry could happen only after retryPeriodSeconds from the previous retry.
        If a machine is marked as unhealthy after minHealthyPeriodSeconds from the previous remediation expired,
        this is not considered a retry anymore because the new issue is assumed unrelated from the previous one.

        If not set, the remedation will be retried infinitely.

        :schema: KubeadmControlPlaneV1Beta2SpecRemediation#maxRetry
        '''
        result = self._values.get("max_retry")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def min_healthy_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''minHealthyPeriodSeconds defines the duration after which KCP will consider any failure to a machine unrelated from the previous one.

        In this case the remediation is not considered a retry anymore, and thus the retry
        counter restarts from 0. For example, assuming minHealthyPeriodSeconds is set to 1h (default)

        M1 become unhealthy; remediation happens, and M1-1 is created as a replacement.
        If M1-1 (replacement of M1) has problems within the 1hr after the creation, also
        this machine will be remediated and this operation is considered a retry - a problem related
        to the original issue happened to M1 -.

        If instead the problem on M1-1 is happening after minHealthyPeriodSeconds expired, e.g. four days after
        m1-1 has been created as a remediation of M1, the problem on M1-1 is considered unrelated to
        the original issue happened to M1.

        If not set, this value is defaulted to 1h.

        :schema: KubeadmControlPlaneV1Beta2SpecRemediation#minHealthyPeriodSeconds
        '''
        result = self._values.get("min_healthy_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    @builtins.property
    def retry_period_seconds(self) -> typing.Optional[jsii.Number]:
        '''retryPeriodSeconds is the duration that KCP should wait before remediating a machine being created as a replacement for an unhealthy machine (a retry).

        If not set, a retry will happen immediately.

        :schema: KubeadmControlPlaneV1Beta2SpecRemediation#retryPeriodSeconds
        '''
        result = self._values.get("retry_period_seconds")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecRemediation(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecRollout",
    jsii_struct_bases=[],
    name_mapping={"after": "after", "before": "before", "strategy": "strategy"},
)
class KubeadmControlPlaneV1Beta2SpecRollout:
    def __init__(
        self,
        *,
        after: typing.Optional[datetime.datetime] = None,
        before: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecRolloutBefore", typing.Dict[builtins.str, typing.Any]]] = None,
        strategy: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecRolloutStrategy", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''rollout allows you to configure the behaviour of rolling updates to the control plane Machines.

        It allows you to require that all Machines are replaced before or after a certain time,
        and allows you to define the strategy used during rolling replacements.

        :param after: after is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the KubeadmControlPlane. Example: In the YAML the time can be specified in the RFC3339 format. To specify the rolloutAfter target as March 9, 2023, at 9 am UTC use "2023-03-09T09:00:00Z".
        :param before: before is a field to indicate a rollout should be performed if the specified criteria is met.
        :param strategy: strategy specifies how to roll out control plane Machines.

        :schema: KubeadmControlPlaneV1Beta2SpecRollout
        '''
        if isinstance(before, dict):
            before = KubeadmControlPlaneV1Beta2SpecRolloutBefore(**before)
        if isinstance(strategy, dict):
            strategy = KubeadmControlPlaneV1Beta2SpecRolloutStrategy(**strategy)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__1801d9c16639b150dc75cdaa73928f84b2cedd19b4884859d3c58558dc8da63f)
            check_type(argname="argument after", value=after, expected_type=type_hints["after"])
            check_type(argname="argument before", value=before, expected_type=type_hints["before"])
            check_type(argname="argument strategy", value=strategy, expected_type=type_hints["strategy"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if after is not None:
            self._values["after"] = after
        if before is not None:
            self._values["before"] = before
        if strategy is not None:
            self._values["strategy"] = strategy

    @builtins.property
    def after(self) -> typing.Optional[datetime.datetime]:
        '''after is a field to indicate a rollout should be performed after the specified time even if no changes have been made to the KubeadmControlPlane.

        Example: In the YAML the time can be specified in the RFC3339 format.
        To specify the rolloutAfter target as March 9, 2023, at 9 am UTC
        use "2023-03-09T09:00:00Z".

        :schema: KubeadmControlPlaneV1Beta2SpecRollout#after
        '''
        result = self._values.get("after")
        return typing.cast(typing.Optional[datetime.datetime], result)

    @builtins.property
    def before(self) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecRolloutBefore"]:
        '''before is a field to indicate a rollout should be performed if the specified criteria is met.

        :schema: KubeadmControlPlaneV1Beta2SpecRollout#before
        '''
        result = self._values.get("before")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecRolloutBefore"], result)

    @builtins.property
    def strategy(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecRolloutStrategy"]:
        '''strategy specifies how to roll out control plane Machines.

        :schema: KubeadmControlPlaneV1Beta2SpecRollout#strategy
        '''
        result = self._values.get("strategy")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecRolloutStrategy"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecRollout(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecRolloutBefore",
    jsii_struct_bases=[],
    name_mapping={"certificates_expiry_days": "certificatesExpiryDays"},
)
class KubeadmControlPlaneV1Beta2SpecRolloutBefore:
    def __init__(
        self,
        *,
        certificates_expiry_days: typing.Optional[jsii.Number] = None,
    ) -> None:
        '''before is a field to indicate a rollout should be performed if the specified criteria is met.

        :param certificates_expiry_days: certificatesExpiryDays indicates a rollout needs to be performed if the certificates of the machine will expire within the specified days. The minimum for this field is 7.

        :schema: KubeadmControlPlaneV1Beta2SpecRolloutBefore
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__87d0caafec8d1c5bbd1c2a137bbf33485fd95ee033067f79e5ceda6f72d256df)
            check_type(argname="argument certificates_expiry_days", value=certificates_expiry_days, expected_type=type_hints["certificates_expiry_days"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if certificates_expiry_days is not None:
            self._values["certificates_expiry_days"] = certificates_expiry_days

    @builtins.property
    def certificates_expiry_days(self) -> typing.Optional[jsii.Number]:
        '''certificatesExpiryDays indicates a rollout needs to be performed if the certificates of the machine will expire within the specified days.

        The minimum for this field is 7.

        :schema: KubeadmControlPlaneV1Beta2SpecRolloutBefore#certificatesExpiryDays
        '''
        result = self._values.get("certificates_expiry_days")
        return typing.cast(typing.Optional[jsii.Number], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecRolloutBefore(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecRolloutStrategy",
    jsii_struct_bases=[],
    name_mapping={"type": "type", "rolling_update": "rollingUpdate"},
)
class KubeadmControlPlaneV1Beta2SpecRolloutStrategy:
    def __init__(
        self,
        *,
        type: "KubeadmControlPlaneV1Beta2SpecRolloutStrategyType",
        rolling_update: typing.Optional[typing.Union["KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate", typing.Dict[builtins.str, typing.Any]]] = None,
    ) -> None:
        '''strategy specifies how to roll out control plane Machines.

        :param type: type of rollout. Currently the only supported strategy is "RollingUpdate". Default is RollingUpdate. Default: RollingUpdate.
        :param rolling_update: rollingUpdate is the rolling update config params. Present only if type = RollingUpdate.

        :schema: KubeadmControlPlaneV1Beta2SpecRolloutStrategy
        '''
        if isinstance(rolling_update, dict):
            rolling_update = KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate(**rolling_update)
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__48db65d1d26efea12c15d297aa856838612dad9a986627216ea91340bfcc71d1)
            check_type(argname="argument type", value=type, expected_type=type_hints["type"])
            check_type(argname="argument rolling_update", value=rolling_update, expected_type=type_hints["rolling_update"])
        self._values: typing.Dict[builtins.str, typing.Any] = {
            "type": type,
        }
        if rolling_update is not None:
            self._values["rolling_update"] = rolling_update

    @builtins.property
    def type(self) -> "KubeadmControlPlaneV1Beta2SpecRolloutStrategyType":
        '''type of rollout.

        Currently the only supported strategy is
        "RollingUpdate".
        Default is RollingUpdate.

        :default: RollingUpdate.

        :schema: KubeadmControlPlaneV1Beta2SpecRolloutStrategy#type
        '''
        result = self._values.get("type")
        assert result is not None, "Required property 'type' is missing"
        return typing.cast("KubeadmControlPlaneV1Beta2SpecRolloutStrategyType", result)

    @builtins.property
    def rolling_update(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate"]:
        '''rollingUpdate is the rolling update config params.

        Present only if
        type = RollingUpdate.

        :schema: KubeadmControlPlaneV1Beta2SpecRolloutStrategy#rollingUpdate
        '''
        result = self._values.get("rolling_update")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecRolloutStrategy(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


@jsii.data_type(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate",
    jsii_struct_bases=[],
    name_mapping={"max_surge": "maxSurge"},
)
class KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate:
    def __init__(
        self,
        *,
        max_surge: typing.Optional["KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge"] = None,
    ) -> None:
        '''rollingUpdate is the rolling update config params.

        Present only if
        type = RollingUpdate.

        :param max_surge: maxSurge is the maximum number of control planes that can be scheduled above or under the desired number of control planes. Value can be an absolute number 1 or 0. Defaults to 1. Example: when this is set to 1, the control plane can be scaled up immediately when the rolling update starts. Default: 1.

        :schema: KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__759f8d74c6ce3a8913a2ac387783a78b1df3d4d1119585aaa18ed19548f628b3)
            check_type(argname="argument max_surge", value=max_surge, expected_type=type_hints["max_surge"])
        self._values: typing.Dict[builtins.str, typing.Any] = {}
        if max_surge is not None:
            self._values["max_surge"] = max_surge

    @builtins.property
    def max_surge(
        self,
    ) -> typing.Optional["KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge"]:
        '''maxSurge is the maximum number of control planes that can be scheduled above or under the desired number of control planes.

        Value can be an absolute number 1 or 0.
        Defaults to 1.
        Example: when this is set to 1, the control plane can be scaled
        up immediately when the rolling update starts.

        :default: 1.

        :schema: KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate#maxSurge
        '''
        result = self._values.get("max_surge")
        return typing.cast(typing.Optional["KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge"], result)

    def __eq__(self, rhs: typing.Any) -> builtins.bool:
        return isinstance(rhs, self.__class__) and rhs._values == self._values

    def __ne__(self, rhs: typing.Any) -> builtins.bool:
        return not (rhs == self)

    def __repr__(self) -> str:
        return "KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate(%s)" % ", ".join(
            k + "=" + repr(v) for k, v in self._values.items()
        )


class KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge(
    metaclass=jsii.JSIIMeta,
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge",
):
    '''maxSurge is the maximum number of control planes that can be scheduled above or under the desired number of control planes.

    Value can be an absolute number 1 or 0.
    Defaults to 1.
    Example: when this is set to 1, the control plane can be scaled
    up immediately when the rolling update starts.

    :default: 1.

    :schema: KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge
    '''

    @jsii.member(jsii_name="fromNumber")
    @builtins.classmethod
    def from_number(
        cls,
        value: jsii.Number,
    ) -> "KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__66c8e237fd0a63882479bef8dc112174cb779f291db011d9185983c6c77c20d0)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromNumber", [value]))

    @jsii.member(jsii_name="fromString")
    @builtins.classmethod
    def from_string(
        cls,
        value: builtins.str,
    ) -> "KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge":
        '''
        :param value: -
        '''
        if __debug__:
            type_hints = cached_type_hints(_typecheckingstub__d4eb4adf30fbbebab8e4349e9da81e51ce03b7d041273f1ab73dfdbc4a59a5f9)
            check_type(argname="argument value", value=value, expected_type=type_hints["value"])
        return typing.cast("KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge", jsii.sinvoke(cls, "fromString", [value]))

    @builtins.property
    @jsii.member(jsii_name="value")
    def value(self) -> typing.Union[builtins.str, jsii.Number]:
        return typing.cast(typing.Union[builtins.str, jsii.Number], jsii.get(self, "value"))


@jsii.enum(
    jsii_type="iox-k8sclustercontrolplane.KubeadmControlPlaneV1Beta2SpecRolloutStrategyType"
)
class KubeadmControlPlaneV1Beta2SpecRolloutStrategyType(enum.Enum):
    '''type of rollout.

    Currently the only supported strategy is
    "RollingUpdate".
    Default is RollingUpdate.

    :default: RollingUpdate.

    :schema: KubeadmControlPlaneV1Beta2SpecRolloutStrategyType
    '''

    ROLLING_UPDATE = "ROLLING_UPDATE"
    '''RollingUpdate.'''


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
    "KubeadmControlPlaneV1Beta2",
    "KubeadmControlPlaneV1Beta2Props",
    "KubeadmControlPlaneV1Beta2Spec",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEncryptionAlgorithm",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsTableType",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFormat",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesEncoding",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFormat",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom",
    "KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret",
    "KubeadmControlPlaneV1Beta2SpecMachineNaming",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplate",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGatesPolarity",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsEffect",
    "KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsPropagation",
    "KubeadmControlPlaneV1Beta2SpecRemediation",
    "KubeadmControlPlaneV1Beta2SpecRollout",
    "KubeadmControlPlaneV1Beta2SpecRolloutBefore",
    "KubeadmControlPlaneV1Beta2SpecRolloutStrategy",
    "KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate",
    "KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge",
    "KubeadmControlPlaneV1Beta2SpecRolloutStrategyType",
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

def _typecheckingstub__922e6e1b854a3608507a95690422bb96f34fbd9b7f971477dedafeb556419982(
    scope: _constructs_77d1e7e8.Construct,
    id: builtins.str,
    *,
    spec: typing.Union[KubeadmControlPlaneV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fb589d1062004c55b842de8b30a0fe8c0fcbe728d31caeaa916920da21389e71(
    *,
    spec: typing.Union[KubeadmControlPlaneV1Beta2Spec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[_cdk8s_d3d9af27.ApiObjectMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__514f1091ed3c797e223a178a0eeb8428facf1ebb3cef974356854fef2d6255ef(
    *,
    machine_template: typing.Union[KubeadmControlPlaneV1Beta2SpecMachineTemplate, typing.Dict[builtins.str, typing.Any]],
    version: builtins.str,
    kubeadm_config_spec: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpec, typing.Dict[builtins.str, typing.Any]]] = None,
    machine_naming: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecMachineNaming, typing.Dict[builtins.str, typing.Any]]] = None,
    remediation: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecRemediation, typing.Dict[builtins.str, typing.Any]]] = None,
    replicas: typing.Optional[jsii.Number] = None,
    rollout: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecRollout, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__12388920974f29289c7257b0a6d958d383b39974f6843fd6c11c4300faee71e9(
    *,
    boot_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    cluster_configuration: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    disk_setup: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetup, typing.Dict[builtins.str, typing.Any]]] = None,
    files: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFiles, typing.Dict[builtins.str, typing.Any]]]] = None,
    format: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFormat] = None,
    ignition: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnition, typing.Dict[builtins.str, typing.Any]]] = None,
    init_configuration: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    join_configuration: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfiguration, typing.Dict[builtins.str, typing.Any]]] = None,
    mounts: typing.Optional[typing.Sequence[typing.Sequence[builtins.str]]] = None,
    ntp: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecNtp, typing.Dict[builtins.str, typing.Any]]] = None,
    post_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    pre_kubeadm_commands: typing.Optional[typing.Sequence[builtins.str]] = None,
    users: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsers, typing.Dict[builtins.str, typing.Any]]]] = None,
    verbosity: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__83505f52b7fce25cd7b320b4276c3f785bde0ab0201c24be1c805cf3a6cd7ceb(
    *,
    api_server: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServer, typing.Dict[builtins.str, typing.Any]]] = None,
    ca_certificate_validity_period_days: typing.Optional[jsii.Number] = None,
    certificates_dir: typing.Optional[builtins.str] = None,
    certificate_validity_period_days: typing.Optional[jsii.Number] = None,
    controller_manager: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManager, typing.Dict[builtins.str, typing.Any]]] = None,
    control_plane_endpoint: typing.Optional[builtins.str] = None,
    dns: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationDns, typing.Dict[builtins.str, typing.Any]]] = None,
    encryption_algorithm: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEncryptionAlgorithm] = None,
    etcd: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcd, typing.Dict[builtins.str, typing.Any]]] = None,
    feature_gates: typing.Optional[typing.Mapping[builtins.str, builtins.bool]] = None,
    image_repository: typing.Optional[builtins.str] = None,
    scheduler: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationScheduler, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea15179df6663672067d656e56ecaf208633c3358a2ad4c96c294d92444e9e77(
    *,
    cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_envs: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f0e529c464be7e750a91dea9c0554a5a1a2f29f2abf16eac68643cee64a141a(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5307285a4c79e389c5f45debd3544c9c7d8eb175ae2fb0f2b4676f3cc774f5d4(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f7f4fee3a10772008258547484d2982a48c44e08910741b5b0878a9c14ba0cae(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a4c8525867e5f5095933634eb67588441394afcbfe1db17a30321e1c21a6c5c3(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5812baf3e0c54d31d42933a911f0f180cac1296323690c8777a5b26aca1637ac(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__041ca6a5e04703a76a947a85e1a16fa1eb367d4f4f9716ae1a05155a795dfa21(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__cf9a5bc81f49f84e4b6d908fdd17ee7b9e9ae4e50303f3efad93927deb779bf7(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationApiServerExtraEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__280a94aae47c8bc63bfa4749924706caa31dcb4ee5935f69b4051fffb279a327(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__77efc21ce0addeff874388591268d4bd580f07e3d20edb94606f9d8c49ea5f58(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__315e11d720dbd4b1a9904de5321d7f28b431a11cb7b37070a6c97ac4eb892f16(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fb67104898425d489e5fcf8ac8add0abdece87bda5f8b5494acfd04535509f1(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7fa09c679f2c6435b770c559c7433cabf7114d729c455d9908896538d71efe4b(
    *,
    extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_envs: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0075ca17c7c02916eb058eebcb3555382bbc374f9259b4ef108b5f168bfe0439(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__da83a68719c0001ef97af4f4e552d56675a6e1cf07bdb5ddad93168a71a1852c(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8fcd200b7e091dce7c3870e3a1cab727e0a19ed50098316abe6b4071a0cde3b1(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d79f97a56353b846af271677b7bc6970df3a7b5218f841695b83c27203d0f4d0(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9d02636d6fe6f2d32e47caadcd6ae6aabfce931809e96b0e5e387900d33b7cf1(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__903dbe10a3f3934e9a69a4346a45bf4a7536cf107f118ef9646f940edbb7d7f3(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__327f0d70eb063f44084c14f3886000a249b258ae93cb6e1c430f3fa2de7421a4(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationControllerManagerExtraEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__55f6d5c509a41a109506b38ccd612eed078dd67dc18259c43d1842b9c964b0db(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa41635fa055dc8f127c1c82025b3078ace9955a184d1ae794f34cfbb12828c5(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__5068d5918820c9db3d99eee4a9b8060c57a58c6902c0335e7239d9cb0bb1a10a(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c4d8b722b2b050fba8442c546320a256fb8adc41046854a1f2bf2759203dcca7(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9bc653f055bd4728d7570d224539f97caedd9d3634619d2ae16fbdd2c5b9a940(
    *,
    image_repository: typing.Optional[builtins.str] = None,
    image_tag: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__18cc04e7efb6c0a62b12c5f8005d4226754c21fc4111bb2119b71415f6f402fa(
    *,
    external: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdExternal, typing.Dict[builtins.str, typing.Any]]] = None,
    local: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocal, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f84be910ed3f503e5582c8300459fb682e4ad7eae7a6ce7a4b658fa03b305a1d(
    *,
    ca_file: builtins.str,
    cert_file: builtins.str,
    endpoints: typing.Sequence[builtins.str],
    key_file: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7ed049eb972f13b78fa83cafb5c1885e4367db1aa12c2d05fc72149b2dc03bd7(
    *,
    data_dir: typing.Optional[builtins.str] = None,
    extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_envs: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    image_repository: typing.Optional[builtins.str] = None,
    image_tag: typing.Optional[builtins.str] = None,
    peer_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
    server_cert_sa_ns: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__68de2c7e1680e6004391dc658e52eafbeb04e453737be2e460c32617eb4e5da2(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e81ee85a59213e38d298dd12107612788840a0a41135388d5796229133477720(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__045b8565980f9434e7665628aeeccba4be061f7bb9f6a1394f4248f87732a88d(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__4a0a3b9d5e3eeeadf46358bba62126cf50ff92e70295b38e6c789bfeb50f7987(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__42d56bfd7ce8a7f468ee8c97b656f9b3f84cb7509c488d64bbb0b0a8ea00c9b3(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ae80d9a0a4be7bc9a520de5c3dda4fa9097d5cdb85ba48a5d364ed1fc806d01a(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__482fad847ef20e28cf3d386decd62226b95ac5e0fd3032acdb1ed9c49625ade2(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationEtcdLocalExtraEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d134a3d7a7be154674cda95852041d0f43f3f7ef91d3828e14d902cf0a8a6588(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__40ea64a4c051a0467fef77da9caa351c98bfdfe954dd429efd43f124fbb90d19(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e1f23a741bb29f9653eae73a48668381310c27f5a3090155eef9121153769276(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c9e04593ca0e0de6b96e451101d392feade8936bd5c101822342c85f4c309b24(
    *,
    extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_envs: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvs, typing.Dict[builtins.str, typing.Any]]]] = None,
    extra_volumes: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraVolumes, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__11f4805c0f9ed55d13f08888ba50ecc39df512feb62aa7e26cb1ff7c35c17073(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__95adebf439079cdfd7060572291dcd1e6a8de4d34a890a35b20aa1d99bf09502(
    *,
    name: builtins.str,
    value: typing.Optional[builtins.str] = None,
    value_from: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFrom, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ebb9a7e998c945b065c50428d813d89dc7a3a6af3eddca203efc692983ac32e6(
    *,
    config_map_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromConfigMapKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    field_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    file_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromFileKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
    resource_field_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRef, typing.Dict[builtins.str, typing.Any]]] = None,
    secret_key_ref: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromSecretKeyRef, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ea78a4ba59f490fbe0e43aa53ada5d626c86d312c59ca3aeca8571e39b253295(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a36b1021503f4431d3c4f5df9ada2bb7d2d2d0a93c78092a80800c8243d184a1(
    *,
    field_path: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__54c8e25e77aee6b51dd2e033512a8bc0b1a542a39e480b2fb185aee2c6e4cfd6(
    *,
    key: builtins.str,
    path: builtins.str,
    volume_name: builtins.str,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__664eec9dda52fadb2d5c3586399736e3e59082bf3018ae5a3dbda57453bb46b0(
    *,
    resource: builtins.str,
    container_name: typing.Optional[builtins.str] = None,
    divisor: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecClusterConfigurationSchedulerExtraEnvsValueFromResourceFieldRefDivisor] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__969f6dea7f2b4e9c24d8ffdad8e045d4d1b990ee726291db8cded07e9c26a7dc(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0da3734d9cb0248a86b61700b6cb5b7ebfa6e3d870148f80985d53a878122c41(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__9615091697a60bd69bf51ffc761686f2f51d4cb9b20d8690678f8b31d887c1fe(
    *,
    key: builtins.str,
    name: typing.Optional[builtins.str] = None,
    optional: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__535390bad89ed6d490165ff6a75e4e6aa5d4e821039b25f4ac490019ab4da562(
    *,
    host_path: builtins.str,
    mount_path: builtins.str,
    name: builtins.str,
    path_type: typing.Optional[builtins.str] = None,
    read_only: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f77f232c40d3d1959d949488b46ec25ba907ff8cf3c78747533fdfe4891637cb(
    *,
    filesystems: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupFilesystems, typing.Dict[builtins.str, typing.Any]]]] = None,
    partitions: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitions, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3d504d31315ebc23f5d570b513e0f9278899aeb74ff0ad70ae445e3d10fc0f24(
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

def _typecheckingstub__ef1f67a0e4f89d379b40f56ac61eae1765793d5eb99bc1789e13dc1b6928de5c(
    *,
    device: builtins.str,
    disk_layout: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsDiskLayout, typing.Dict[builtins.str, typing.Any]]]] = None,
    layout: typing.Optional[builtins.bool] = None,
    overwrite: typing.Optional[builtins.bool] = None,
    table_type: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecDiskSetupPartitionsTableType] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__a2b661fd76093d109c37c1fa585e8792aa8202928bdef5332b55fe8b05850b3b(
    *,
    percentage: jsii.Number,
    partition_type: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__afb47b4c3f09f34adbfb4a04ed18dcee355fcc4e6ba4aeb1a5c47b04c39d4d8b(
    *,
    path: builtins.str,
    append: typing.Optional[builtins.bool] = None,
    content: typing.Optional[builtins.str] = None,
    content_format: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFormat] = None,
    content_from: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    encoding: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesEncoding] = None,
    owner: typing.Optional[builtins.str] = None,
    permissions: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e56c50574ae8a74f7e5b504def673e7e1bfd2d074241e2bb8aa5b124aeeebc9c(
    *,
    secret: typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecFilesContentFromSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__530b0843a4735a674d793aa4aa348c2c1a5e0edfe20b716d261e116b2f33ec87(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b0a846494296bc56c4e5a8378dde8cb48fcc1ba16a8609ad4eb8f849068b64d(
    *,
    container_linux_config: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecIgnitionContainerLinuxConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1ea6a9fe3daf62cf3c78e813a3691e6028723927fc21a07ef0a67f97a81403dd(
    *,
    additional_config: typing.Optional[builtins.str] = None,
    strict: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ddbcdb34cfa5f1d7f828c02aeaccd431da3d621161fe968619e1a3b833a48c87(
    *,
    bootstrap_tokens: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationBootstrapTokens, typing.Dict[builtins.str, typing.Any]]]] = None,
    local_api_endpoint: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationLocalApiEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
    node_registration: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistration, typing.Dict[builtins.str, typing.Any]]] = None,
    patches: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationPatches, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
    timeouts: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e524aa864722890c63ee0e3ce965f51eb7740b710988ec3221bc663d38e57fd9(
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

def _typecheckingstub__30b47ad468376d3bddc13d6a1685940bb3e124a43b0ed470426b55524961251a(
    *,
    advertise_address: typing.Optional[builtins.str] = None,
    bind_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c42eb3fd0f060f33414972104d181274d5f4d51a8dfbbc9a5758704e1937d5cd(
    *,
    cri_socket: typing.Optional[builtins.str] = None,
    ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationImagePullPolicy] = None,
    image_pull_serial: typing.Optional[builtins.bool] = None,
    kubelet_extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationKubeletExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecInitConfigurationNodeRegistrationTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__17d91a2dfa4bbd4709445a79bc72e681a5fb6ef6cf5efb317032087e2e7bdc59(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__6f94b22d1984c40531252bec3bc71e49625cad268c6d10166e89e354226d161a(
    *,
    effect: builtins.str,
    key: builtins.str,
    time_added: typing.Optional[datetime.datetime] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c88908e9f378d07ba83f286c8ddf3e38ea857aa0f011486f08b7427e37631c65(
    *,
    directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b4e057ad864ffae2ed96220362f2245632158f4ae6096006520de80dd8c1c7dc(
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

def _typecheckingstub__50d1768445d5a9720220291c0f035f15906a5ea2a71d056025ef97a5955405fa(
    *,
    ca_cert_path: typing.Optional[builtins.str] = None,
    control_plane: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlane, typing.Dict[builtins.str, typing.Any]]] = None,
    discovery: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscovery, typing.Dict[builtins.str, typing.Any]]] = None,
    node_registration: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistration, typing.Dict[builtins.str, typing.Any]]] = None,
    patches: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationPatches, typing.Dict[builtins.str, typing.Any]]] = None,
    skip_phases: typing.Optional[typing.Sequence[builtins.str]] = None,
    timeouts: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationTimeouts, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__0ff098951ac46b2a8341af04981bef41195ddbedd5a7f3851d69ecfcebb90667(
    *,
    local_api_endpoint: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationControlPlaneLocalApiEndpoint, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__f11bfc652f283183ae6441d678760917413df023cd7e50da04d81486f53374b7(
    *,
    advertise_address: typing.Optional[builtins.str] = None,
    bind_port: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__28f64afecf0e22183639d864a8d7d2e4db005bf3be2e5c721c829b37604e78d7(
    *,
    bootstrap_token: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryBootstrapToken, typing.Dict[builtins.str, typing.Any]]] = None,
    file: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFile, typing.Dict[builtins.str, typing.Any]]] = None,
    tls_bootstrap_token: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b3e2a7404676b808a3d9292bfe2922d32125e10c88cb281af5e95cd174185af5(
    *,
    api_server_endpoint: typing.Optional[builtins.str] = None,
    ca_cert_hashes: typing.Optional[typing.Sequence[builtins.str]] = None,
    token: typing.Optional[builtins.str] = None,
    unsafe_skip_ca_verification: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1e2f32c76b480a3f5116527bb8ea8ee82d3ca81c43d3fec8b0ef4fbcbd519027(
    *,
    kube_config_path: builtins.str,
    kube_config: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfig, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fa162ca2b01d2d0737bbdf3d5ce96e07be939ab307ff6cadc196de451b91f12e(
    *,
    user: typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUser, typing.Dict[builtins.str, typing.Any]],
    cluster: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigCluster, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__fc7420f29d37474b2e648e3f02efa9979a9894d9dd55fbf208baa4b8e9bc96cc(
    *,
    certificate_authority_data: typing.Optional[builtins.str] = None,
    insecure_skip_tls_verify: typing.Optional[builtins.bool] = None,
    proxy_url: typing.Optional[builtins.str] = None,
    server: typing.Optional[builtins.str] = None,
    tls_server_name: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c5645375cdd0302418ba8690486398d7ba657d13de6a1c294a4d99a6c9b35ae5(
    *,
    auth_provider: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserAuthProvider, typing.Dict[builtins.str, typing.Any]]] = None,
    exec: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExec, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e5389af4dd589b94ddb830057d9a8e1cb0a2fe4882a4394499c1255b40a78d44(
    *,
    name: builtins.str,
    config: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3b7182dd99929c3692322858b867fbe8f28273defae72b9895d93ade33dfe09c(
    *,
    command: builtins.str,
    api_version: typing.Optional[builtins.str] = None,
    args: typing.Optional[typing.Sequence[builtins.str]] = None,
    env: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationDiscoveryFileKubeConfigUserExecEnv, typing.Dict[builtins.str, typing.Any]]]] = None,
    provide_cluster_info: typing.Optional[builtins.bool] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__14e3b297021d14fded4a292fcf360fe19744c5268b5210429fb4b6c25e2a006e(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__c13dc03247e9453386c6a29dfde588131b767a89c6fb01719cad828e052ecf29(
    *,
    cri_socket: typing.Optional[builtins.str] = None,
    ignore_preflight_errors: typing.Optional[typing.Sequence[builtins.str]] = None,
    image_pull_policy: typing.Optional[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationImagePullPolicy] = None,
    image_pull_serial: typing.Optional[builtins.bool] = None,
    kubelet_extra_args: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationKubeletExtraArgs, typing.Dict[builtins.str, typing.Any]]]] = None,
    name: typing.Optional[builtins.str] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecJoinConfigurationNodeRegistrationTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__80fd61229a9b5dd3d32a4a1424960391ece1b9b5afe9e03bd7f6ba6837c484ea(
    *,
    name: builtins.str,
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__e6d5641076acd7a3d8c68424ea2ccbd33da6181f794443425acae8ea4fa5edd8(
    *,
    effect: builtins.str,
    key: builtins.str,
    time_added: typing.Optional[datetime.datetime] = None,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__3da112071b3cb0570d682d805ee8c5f6a4ad74887adca98aee39df46408b5735(
    *,
    directory: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__ecf7eb61635dd17b1505dcca2f3e79262ff7f61f0ed699ca722f92b19520874a(
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

def _typecheckingstub__7fa23b7a1f7d87d60e9d2d31fc7f968d6fdb14fe9164fd075997167acccfb7fd(
    *,
    enabled: typing.Optional[builtins.bool] = None,
    servers: typing.Optional[typing.Sequence[builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__be4285e36a7cc4df5eb8300a674c103dfd787bc8b82c3080918fc20c293590d6(
    *,
    name: builtins.str,
    gecos: typing.Optional[builtins.str] = None,
    groups: typing.Optional[builtins.str] = None,
    home_dir: typing.Optional[builtins.str] = None,
    inactive: typing.Optional[builtins.bool] = None,
    lock_password: typing.Optional[builtins.bool] = None,
    passwd: typing.Optional[builtins.str] = None,
    passwd_from: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFrom, typing.Dict[builtins.str, typing.Any]]] = None,
    primary_group: typing.Optional[builtins.str] = None,
    shell: typing.Optional[builtins.str] = None,
    ssh_authorized_keys: typing.Optional[typing.Sequence[builtins.str]] = None,
    sudo: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8157f3b9b7d05d02e713cd9b5658e1f10e0bc03fae65a5c443b021115fac57fc(
    *,
    secret: typing.Union[KubeadmControlPlaneV1Beta2SpecKubeadmConfigSpecUsersPasswdFromSecret, typing.Dict[builtins.str, typing.Any]],
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__34a49bc94fb0fd1e1c7fb80dbbcf550c92905622e39581ac596b788ec1efbc8a(
    *,
    key: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__aa66f674faed5b89ebbb5995c9d9409708faf89cc14e2311c30e138438f0f24e(
    *,
    template: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__7f28f93cba36dedbbfd52fac61a817f383491b7f37da9b7b23815ea07ce5401e(
    *,
    spec: typing.Union[KubeadmControlPlaneV1Beta2SpecMachineTemplateSpec, typing.Dict[builtins.str, typing.Any]],
    metadata: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecMachineTemplateMetadata, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__629045d62f3cc4264459290077661e8e4d0b076b1c6bb4799b33533c6ca4945f(
    *,
    annotations: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
    labels: typing.Optional[typing.Mapping[builtins.str, builtins.str]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__b8c66fa44690f213c09ad961d268afdb92010c1b79083b5339dd926cd81ec3ff(
    *,
    infrastructure_ref: typing.Union[KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecInfrastructureRef, typing.Dict[builtins.str, typing.Any]],
    deletion: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecDeletion, typing.Dict[builtins.str, typing.Any]]] = None,
    readiness_gates: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGates, typing.Dict[builtins.str, typing.Any]]]] = None,
    taints: typing.Optional[typing.Sequence[typing.Union[KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaints, typing.Dict[builtins.str, typing.Any]]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__098063c9eab3b3073d5623c3194b6170e668cbd36ee37ec451a298080b2b6348(
    *,
    node_deletion_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_drain_timeout_seconds: typing.Optional[jsii.Number] = None,
    node_volume_detach_timeout_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__39b42459395a9418a3f3ce26e386784f9386cfba2e347e205be6edeae25ff921(
    *,
    api_group: builtins.str,
    kind: builtins.str,
    name: builtins.str,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__8c50c2285b616d6bee4abbbaba12eb6aeb474d81c7c6aa972fbe4a440d1d1e19(
    *,
    condition_type: builtins.str,
    polarity: typing.Optional[KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecReadinessGatesPolarity] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__2128a3d62d86bb259cdbec7ea85e5fe8861e2c9182e5042f51cb2d12895b94ce(
    *,
    effect: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsEffect,
    key: builtins.str,
    propagation: KubeadmControlPlaneV1Beta2SpecMachineTemplateSpecTaintsPropagation,
    value: typing.Optional[builtins.str] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__018f844e19f00468ba3f698d79c7de318dccdd3d6c80fab0e99f74982da99470(
    *,
    max_retry: typing.Optional[jsii.Number] = None,
    min_healthy_period_seconds: typing.Optional[jsii.Number] = None,
    retry_period_seconds: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__1801d9c16639b150dc75cdaa73928f84b2cedd19b4884859d3c58558dc8da63f(
    *,
    after: typing.Optional[datetime.datetime] = None,
    before: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecRolloutBefore, typing.Dict[builtins.str, typing.Any]]] = None,
    strategy: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecRolloutStrategy, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__87d0caafec8d1c5bbd1c2a137bbf33485fd95ee033067f79e5ceda6f72d256df(
    *,
    certificates_expiry_days: typing.Optional[jsii.Number] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__48db65d1d26efea12c15d297aa856838612dad9a986627216ea91340bfcc71d1(
    *,
    type: KubeadmControlPlaneV1Beta2SpecRolloutStrategyType,
    rolling_update: typing.Optional[typing.Union[KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdate, typing.Dict[builtins.str, typing.Any]]] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__759f8d74c6ce3a8913a2ac387783a78b1df3d4d1119585aaa18ed19548f628b3(
    *,
    max_surge: typing.Optional[KubeadmControlPlaneV1Beta2SpecRolloutStrategyRollingUpdateMaxSurge] = None,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__66c8e237fd0a63882479bef8dc112174cb779f291db011d9185983c6c77c20d0(
    value: jsii.Number,
) -> None:
    """Type checking stubs"""
    pass

def _typecheckingstub__d4eb4adf30fbbebab8e4349e9da81e51ce03b7d041273f1ab73dfdbc4a59a5f9(
    value: builtins.str,
) -> None:
    """Type checking stubs"""
    pass
