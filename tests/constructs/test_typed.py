"""camelCase mappings become the imported structs: nested structs, lists, enums and int-or-string
values, with unknown fields refused by path; factory values made once."""
from __future__ import annotations

import pytest
from cdk8s_plus_27 import k8s

from constructs_lib.constructs.typed import UnknownFieldError, factory_value, to_struct
from constructs_lib.imports.io.x_k8s.cluster import (
    MachineDeploymentSpecStrategy,
    MachineDeploymentSpecStrategyRollingUpdateMaxSurge as MaxSurge,
    MachineHealthCheckSpecMaxUnhealthy,
)
from constructs_lib.imports.io.x_k8s.cluster.bootstrap import (
    KubeadmConfigTemplateSpecTemplateSpec as Spec,
    KubeadmConfigTemplateSpecTemplateSpecFilesEncoding as Encoding,
    KubeadmConfigTemplateSpecTemplateSpecFormat as Format,
)


def test_nested_structs_lists_and_enums_from_manifest_names():
    spec = to_struct(Spec, {"format": "ignition",
                            "files": [{"path": "/a", "content": "x", "encoding": "base64"}],
                            "preKubeadmCommands": ["one"]})
    assert spec.format is Format.IGNITION
    assert spec.files[0].path == "/a" and spec.files[0].encoding is Encoding.BASE64
    assert spec.pre_kubeadm_commands == ["one"]
    assert spec.users is None  # unset fields stay unset


def test_int_or_string_values_go_through_the_factories():
    strategy = to_struct(MachineDeploymentSpecStrategy, {"rollingUpdate": {"maxSurge": 1, "maxUnavailable": "25%"}})
    assert strategy.rolling_update.max_surge.value == 1
    assert strategy.rolling_update.max_unavailable.value == "25%"
    with pytest.raises(ValueError, match="neither a number nor a string"):
        to_struct(MachineDeploymentSpecStrategy, {"rollingUpdate": {"maxSurge": True}})


def test_unknown_fields_are_refused_with_their_path():
    with pytest.raises(UnknownFieldError) as error:
        to_struct(Spec, {"files": [{"path": "/a", "contents": "x"}]}, path="spec")
    assert error.value.path == "spec.files[0]" and error.value.key == "contents"
    assert "content" in error.value.allowed


def test_factory_values_are_made_once_per_value():
    assert factory_value(k8s.Quantity, "64Mi") is factory_value(k8s.Quantity, "64Mi")
    assert factory_value(k8s.Quantity, "64Mi").value == "64Mi"
    assert factory_value(MaxSurge, 1) is not factory_value(MaxSurge, "1")
    assert factory_value(MaxSurge, 1).value == 1 and factory_value(MaxSurge, "1").value == "1"
    assert factory_value(MachineHealthCheckSpecMaxUnhealthy, "40%").value == "40%"
