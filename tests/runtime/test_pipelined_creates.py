"""Creates written ahead of their answers build the objects jsii builds without the shortcut; a
failure in node still raises jsii's error, and the conversation with node stays in step."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

from conftest import ROOT
from constructs_lib.runtime import jsii_fastpath
from constructs_lib.runtime.pipelined_creates import creates_pipelined

# Run in a fresh process that installs the commands' shortcuts (the direct runtime).
PROBE = textwrap.dedent(r"""
    import json
    from constructs_lib.runtime import jsii_fastpath
    assert jsii_fastpath.install()
    from pathlib import Path
    from cdk8s import App, Chart
    from constructs import Construct
    from jsii import _reference_map
    from jsii._runtime import kernel
    import constructs_lib.runtime.pipelined_creates as pc
    from constructs_lib.commands.synth import synth_documents, props_for
    from constructs_lib.config.cluster_file import load_cluster_file, load_cluster_text
    from constructs_lib.runtime.manifest_text import chart_documents

    result = {}
    written_ahead = []
    original = pc._PipelinedCreates.read_answers
    def counting(self, raise_errors=True):
        written_ahead.append(len(self._ahead))
        return original(self, raise_errors)
    pc._PipelinedCreates.read_answers = counting

    # the same cluster, with and without creates written ahead (IPAM: a Python object node calls back)
    ipam = Path("tests/cases/ipam-both.yaml").read_text() + ("\ndeployment:\n  defaults: chart\n"
                                                            "  managementCluster: {clusterApi: \"1.6\", capv: \"1.9\"}\n")
    for name in ("alpha", "ipam"):
        props = props_for(load_cluster_text(ipam, "ipam.yaml", "ipam") if name == "ipam"
                          else load_cluster_file(Path("clusters/alpha.yaml"), "alpha"))
        del written_ahead[:]
        fast = synth_documents(props, App())
        ahead = sum(written_ahead)
        from constructs_lib.constructs.cluster import VsphereClusterChart
        app = App()
        slow = chart_documents(VsphereClusterChart(app, props.name, props))
        kinds = sorted({d["kind"] for d in fast})
        result[name] = {"same": fast == slow, "objects": len(fast), "written_ahead": ahead, "kinds": kinds}
        if name == "alpha":
            result["alpha_documents"] = slow

    # a worker's way: the creates held and written in one go when their answers are needed
    pc.write_at_once()
    props = props_for(load_cluster_file(Path("clusters/alpha.yaml"), "alpha"))
    del written_ahead[:]
    held = synth_documents(props, App())
    result["at_once"] = {"same": held == result.pop("alpha_documents"), "written_ahead": sum(written_ahead)}

    # a create node refuses: jsii's error when the answers are read; the objects never made are forgotten
    app = App()
    try:
        with pc.creates_pipelined():
            first = Construct(app, "x")   # answered at once: the kernel's numbering is now known
            second = Construct(app, "y")  # written ahead
            twice = Construct(app, "y")   # refused by node
            after = Construct(twice, "z") # its scope was never made
            result["block_body_ran"] = True  # the refusal is read when the block ends
    except Exception as error:
        result["error"] = [type(error).__name__, str(error).splitlines()[0]]
    refs = _reference_map._refs._refs
    result["known"] = [o.__jsii_ref__.ref in refs for o in (first, second, twice, after)]
    result["in_step"] = Construct(app, "w").node.path

    # an exception of the block's own is raised as it is, after the answers
    try:
        with pc.creates_pipelined():
            Construct(app, "v1"); Construct(app, "v2")
            raise KeyError("the block's own")
    except KeyError as error:
        result["own"] = str(error)
    result["still_in_step"] = [c.node.id for c in app.node.children][-3:]
    print(json.dumps(result))
""")


@pytest.fixture(scope="module")
def probe() -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in (jsii_fastpath.SWITCH_VARIABLE, jsii_fastpath.RUNTIME_VARIABLE, "NODE_OPTIONS")}
    process = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, env=env,
                             timeout=300)
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout.splitlines()[-1])


def test_a_cluster_built_with_creates_written_ahead_is_the_same(probe):
    assert probe["alpha"]["same"] and probe["alpha"]["objects"] > 20
    assert probe["alpha"]["written_ahead"] > 30  # nearly every create of the cluster


def test_a_worker_writes_the_creates_in_one_go_and_builds_the_same(probe):
    # (more written ahead than the first build: the shared values node made then are known now)
    assert probe["at_once"]["same"] and probe["at_once"]["written_ahead"] >= probe["alpha"]["written_ahead"]


class _FakeProcess:
    """A node process stand-in: records the writes, answers each create with the next reference."""

    def __init__(self):
        from jsii._kernel.types import CreateResponse

        self.writes, self.answers = [], []
        self._serializer = type("S", (), {"unstructure": staticmethod(lambda r: {"fqn": r.fqn, "api": "create"})})()
        outer = self

        class Stdin:
            def write(self, data):
                outer.writes.append(data)

            def flush(self):
                pass

        self._process = type("P", (), {"stdin": Stdin()})()
        self.create_response = CreateResponse

    def _next_message(self):
        from jsii._kernel.types import ObjRef

        return {"ok": ObjRef(ref=self.answers.pop(0))}


@pytest.mark.parametrize("streamed", [True, False])
def test_creates_are_written_as_they_come_or_at_once(monkeypatch, streamed):
    from jsii._kernel.types import CreateRequest

    import constructs_lib.runtime.pipelined_creates as pc

    monkeypatch.setattr(pc, "_streamed", streamed)
    process = _FakeProcess()
    provider = type("Provider", (), {"_process": process,
                                     "create": lambda self, r: process.create_response(ref=f"{r.fqn}@10000")})()
    pipeline = pc._PipelinedCreates(provider)
    assert pipeline.create(CreateRequest(fqn="a.B")).ref == "a.B@10000"  # the first waits for its answer
    promised = [pipeline.create(CreateRequest(fqn="a.C")).ref for _ in range(3)]
    assert promised == ["a.C@10001", "a.C@10002", "a.C@10003"]
    assert len(process.writes) == (3 if streamed else 0)
    process.answers = list(promised)
    pipeline.read_answers()
    assert len(process.writes) == (3 if streamed else 1) and process.answers == []
    assert b"".join(process.writes).count(b"\n") == 3


def test_after_a_python_object_node_calls_back_creates_wait_for_their_answers(probe):
    assert probe["ipam"]["same"] and "IPAddressClaim" in str(probe["ipam"]["kinds"]) or "Job" in probe["ipam"]["kinds"]
    assert 0 < probe["ipam"]["written_ahead"] < probe["alpha"]["written_ahead"] + 20


def test_a_create_node_refuses_raises_jsii_error_and_the_rest_stays_in_step(probe):
    assert probe["block_body_ran"]
    kind, message = probe["error"]
    assert kind == "RuntimeError" and "There is already a Construct with name 'y'" in message
    # made: x, the first y; never made: the second y and the child of it
    assert probe["known"] == [True, True, False, False]
    assert probe["in_step"] == "w"


def test_the_block_own_exception_is_raised_after_the_answers(probe):
    assert probe["own"] == "\"the block's own\""
    assert probe["still_in_step"] == ["w", "v1", "v2"]


def test_nothing_is_written_ahead_unless_the_direct_runtime_is_installed(monkeypatch):
    from jsii._runtime import kernel

    monkeypatch.setattr(jsii_fastpath, "_installed", False)
    provider = kernel.provider
    with creates_pipelined():
        assert kernel.provider is provider


def test_an_answer_for_another_reference_is_an_error():
    from jsii._kernel.types import CreateResponse, ObjRef

    from constructs_lib.runtime.pipelined_creates import _check_answer

    _check_answer({"ok": ObjRef(ref="constructs.Construct@10001")}, CreateResponse(ref="constructs.Construct@10001"))
    with pytest.raises(RuntimeError, match="made constructs.Construct@10002 where constructs.Construct@10001"):
        _check_answer({"ok": ObjRef(ref="constructs.Construct@10002")}, CreateResponse(ref="constructs.Construct@10001"))
    with pytest.raises(RuntimeError, match="answered a create written ahead with"):
        _check_answer({"callback": {}}, CreateResponse(ref="constructs.Construct@10001"))


def test_a_create_request_is_written_as_jsii_encodes_it(monkeypatch):
    from jsii import _kernel
    from jsii._kernel.providers.process import jdefault
    from jsii._kernel.types import CreateRequest
    from jsii._runtime import kernel

    from constructs_lib.imports.io.x_k8s.cluster import MachineDeploymentSpecTemplateSpecBootstrapConfigRef as Ref
    from constructs_lib.runtime.pipelined_creates import _request

    process = kernel.provider._process
    make = jsii_fastpath.struct_fastpath(_kernel._make_reference_for_native)
    monkeypatch.setattr(_kernel, "_make_reference_for_native", make)  # its recursion comes back through it
    jsii_fastpath.pass_wire_lists_as_they_are(process._serializer)
    args = make(kernel, ["id", Ref(name="n", kind="K", api_version="v1"), {"a": [1, "b"]}])
    assert type(args) is jsii_fastpath.WireList
    for interfaces in (None, ["constructs.IConstruct"]):
        request = CreateRequest(fqn="constructs.Construct", args=args, interfaces=interfaces)
        assert json.dumps(_request(process, request), default=jdefault, sort_keys=True) == \
            json.dumps(process._serializer.unstructure(request), default=jdefault, sort_keys=True)
