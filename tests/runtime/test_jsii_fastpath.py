"""The commands' shortcuts through jsii send node what jsii itself sends, less the null fields,
and run the kernel in one node process whose console output still reaches Python."""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jsii import _kernel

from conftest import CLUSTERS, ROOT
from constructs_lib.runtime import jsii_fastpath
from constructs_lib.runtime.jsii_fastpath import struct_data, struct_fastpath

DIRECT_RUNTIME = ROOT / "constructs_lib" / "assets" / "jsii" / "direct-runtime.js"


def _without_nulls(wire):
    """jsii's wire value with the null fields of its structs left out."""
    if isinstance(wire, list):
        return [_without_nulls(item) for item in wire]
    if isinstance(wire, dict):
        if set(wire) == {"$jsii.struct"}:
            struct = wire["$jsii.struct"]
            data = {key: _without_nulls(value) for key, value in struct["data"].items() if value is not None}
            return {"$jsii.struct": {"fqn": struct["fqn"], "data": data}}
        return {key: _without_nulls(value) for key, value in wire.items()}
    return wire


# --- structs ---------------------------------------------------------------------------------

def test_struct_data_is_the_set_fields_in_declared_order():
    from constructs_lib.imports.io.x_k8s.cluster import MachineDeploymentSpecTemplateSpecBootstrapConfigRef as Ref

    ref = Ref(name="n", kind="K", api_version="v1")
    fqn, fields = struct_data(ref)
    assert fqn == Ref.__jsii_type__
    declared = list(Ref.__jsii_name_mapping__.values())
    assert [name for name, _ in fields] == [name for name in declared if name in {"apiVersion", "kind", "name"}]
    assert dict(fields) == {"apiVersion": "v1", "kind": "K", "name": "n"}
    assert struct_data(Ref()) == (Ref.__jsii_type__, [])


def test_struct_data_leaves_everything_else_to_jsii():
    from constructs_lib.imports.io.x_k8s.cluster import MachineDeploymentSpecTemplateSpecBootstrapConfigRef as Ref

    odd = Ref(name="n")
    odd._values["not_a_field"] = 1
    assert struct_data(odd) is None
    assert struct_data({"name": "n"}) is None
    assert struct_data("text") is None
    assert struct_data(Ref) is None  # the class, not an instance


def test_nested_structs_lists_maps_and_enums_match_jsii_without_nulls():
    from constructs_lib.imports.io.x_k8s.cluster.bootstrap import (
        KubeadmConfigTemplateSpecTemplateSpec as Spec,
        KubeadmConfigTemplateSpecTemplateSpecFiles as File,
        KubeadmConfigTemplateSpecTemplateSpecFilesEncoding as Encoding,
    )

    spec = Spec(files=[File(path="/a", content="x", encoding=Encoding.BASE64, permissions="0644"),
                       File(path="/b", content="y")],
                pre_kubeadm_commands=["one", "two"])
    fast = struct_fastpath(_kernel._make_reference_for_native)
    wire = fast(None, [spec, {"label": "value", "nested": {"k": [1, 2.5, True, None]}}, "text", 3])
    assert wire == _without_nulls(_kernel._make_reference_for_native(None, [spec, {
        "label": "value", "nested": {"k": [1, 2.5, True, None]}}, "text", 3]))
    files = wire[0]["$jsii.struct"]["data"]["files"]
    assert files[0]["$jsii.struct"]["data"]["encoding"] == {"$jsii.enum": f"{Encoding.__jsii_type__}/{Encoding.BASE64.value}"}
    assert "encoding" not in files[1]["$jsii.struct"]["data"]  # unset: absent, not null


def test_every_value_the_library_sends_matches_jsii(monkeypatch):
    """Build the example clusters with a recorder in jsii's place: for every value handed to
    node, the shortcut's wire form is jsii's own with the null struct fields left out."""
    from constructs_lib.commands.synth import synth_fleet

    original = _kernel._make_reference_for_native
    fast = struct_fastpath(original)
    compared = {"values": 0, "structs": 0}
    inside = []

    def recorder(kernel, value):
        if inside:  # nested values of a call being compared: jsii's own way
            return original(kernel, value)
        inside.append(True)
        try:
            expected = original(kernel, value)
            actual = fast(kernel, value)
        finally:
            inside.pop()
        assert actual == _without_nulls(expected)
        compared["values"] += 1
        compared["structs"] += json.dumps(expected, default=repr).count('"$jsii.struct"')
        return expected

    monkeypatch.setattr(_kernel, "_make_reference_for_native", recorder)
    result = synth_fleet(CLUSTERS, "clusters")
    assert result.errors == []
    assert compared["values"] > 100 and compared["structs"] > 500


def test_node_builds_the_same_object_from_either_form(monkeypatch):
    from cdk8s import ApiObject, ApiObjectMetadata, App, Chart

    def build(chart_id):
        chart = Chart(App(), chart_id)
        ApiObject(chart, "o", api_version="v1", kind="Thing",
                  metadata=ApiObjectMetadata(name="n", labels={"a": "b"}))
        return chart.to_json()

    stock = build("stock")
    monkeypatch.setattr(_kernel, "_make_reference_for_native", struct_fastpath(_kernel._make_reference_for_native))
    assert build("fast") == stock == [{"apiVersion": "v1", "kind": "Thing",
                                       "metadata": {"labels": {"a": "b"}, "name": "n"}}]


# --- switching on ------------------------------------------------------------------------------

def test_enabled_only_for_the_pinned_jsii_release(monkeypatch):
    monkeypatch.delenv(jsii_fastpath.SWITCH_VARIABLE, raising=False)
    assert jsii_fastpath.enabled()
    monkeypatch.setenv(jsii_fastpath.SWITCH_VARIABLE, "0")
    assert not jsii_fastpath.enabled()
    monkeypatch.delenv(jsii_fastpath.SWITCH_VARIABLE)
    monkeypatch.setattr(jsii_fastpath, "JSII_VERSION", "1.0.0")
    assert not jsii_fastpath.enabled()


def test_wire_lists_reach_the_wire_as_jsii_would_send_them():
    """jsii's request encoder copies every list and map of a request value by value; the lists
    the shortcut makes are passed on as they are, and encode to the same JSON."""
    from cdk8s import App
    from jsii._kernel.providers.process import _NodeProcess, jdefault
    from jsii._kernel.types import CreateRequest

    from constructs_lib.imports.io.x_k8s.cluster.bootstrap import (
        KubeadmConfigTemplateSpecTemplateSpec as Spec,
        KubeadmConfigTemplateSpecTemplateSpecFiles as File,
        KubeadmConfigTemplateSpecTemplateSpecFilesEncoding as Encoding,
    )

    scope = App()  # a jsii object: sent as a reference
    spec = Spec(files=[File(path="/a", content="x", encoding=Encoding.BASE64)], pre_kubeadm_commands=["a", "b"])
    args = struct_fastpath(_kernel._make_reference_for_native)(None, [scope, "id", spec, [[1, {"k": ["v"]}]]])
    assert isinstance(args, jsii_fastpath.WireList) and isinstance(args[2], jsii_fastpath.WireDict)
    def converter():  # jsii's request encoder, from a node process that is never started
        node = _NodeProcess()
        node.stop = lambda: None
        return node._serializer

    stock, fast = converter(), converter()
    jsii_fastpath.pass_wire_lists_as_they_are(fast)

    def wire(converter, value):
        request = CreateRequest(fqn="x.Y", args=value, overrides=[], interfaces=[])
        return json.dumps(converter.unstructure(request), default=jdefault)

    assert wire(fast, args) == wire(stock, list(args))
    assert json.loads(wire(fast, args))["args"][0] == {"$jsii.byref": scope.__jsii_ref__.ref}


def test_direct_runtime_is_set_up_next_to_jsii_files(monkeypatch):
    for name in (jsii_fastpath.RUNTIME_VARIABLE, "NODE_PRESERVE_SYMLINKS"):
        monkeypatch.setenv(name, "")  # so that the settings the test makes are undone after it
        monkeypatch.delenv(name)
    jsii_fastpath.use_direct_runtime()
    script = Path(os.environ[jsii_fastpath.RUNTIME_VARIABLE])
    assert script.name == "direct-runtime.js" and script.read_bytes() == DIRECT_RUNTIME.read_bytes()
    kernel = (script.parent.parent / "lib" / "program.js").read_text(encoding="utf-8")
    assert all(new in kernel and old not in kernel for old, new in jsii_fastpath.KERNEL_PATCHES)
    assert (script.parent.parent / "lib" / "runtime-index-worker.js").is_file()
    assert os.environ["NODE_PRESERVE_SYMLINKS"] == "1"
    # a runtime chosen by the user is kept
    monkeypatch.setenv(jsii_fastpath.RUNTIME_VARIABLE, "/elsewhere/runtime.js")
    jsii_fastpath.use_direct_runtime()
    assert os.environ[jsii_fastpath.RUNTIME_VARIABLE] == "/elsewhere/runtime.js"


def test_kernel_patches_apply_once_to_the_pinned_kernel_and_nowhere_else(tmp_path):
    original = Path(jsii_fastpath._jsii_directory()) / "_embedded" / "jsii" / "lib__program.js"
    kernel = tmp_path / "program.js"
    shutil.copy(original, kernel)
    assert jsii_fastpath.KERNEL_PATCHES
    assert jsii_fastpath.patch_kernel(str(kernel)) == len(jsii_fastpath.KERNEL_PATCHES)
    patched = kernel.read_text(encoding="utf-8")
    assert len(patched) - len(original.read_text(encoding="utf-8")) == sum(
        len(new) - len(old) for old, new in jsii_fastpath.KERNEL_PATCHES)
    assert jsii_fastpath.patch_kernel(str(kernel)) == 0 and kernel.read_text(encoding="utf-8") == patched
    other = tmp_path / "other.js"
    other.write_text("module.exports = 1;\n")
    assert jsii_fastpath.patch_kernel(str(other)) == 0 and other.read_text() == "module.exports = 1;\n"


def test_the_patched_assertion_still_fails_without_type_information(tmp_path):
    # The patch only delays building the message: null type information is still an error.
    old, new = jsii_fastpath.KERNEL_PATCHES[0]
    script = ("const B = {default: (ok, message) => { if (!ok) throw new Error(message); }};"
              "const K = require('util');"
              "function check(e) { %s; return 'ok'; }"
              "console.log(check({type: 1}));"
              "try { check(null); } catch (error) { console.log(error.message); }") % new
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=60)
    assert out.stdout == "ok\nKernel error: expected type information, got null\n", out.stderr


def test_node_young_generation_is_capped_unless_set(monkeypatch):
    monkeypatch.setenv("NODE_OPTIONS", "--trace-warnings")
    jsii_fastpath.limit_young_generation()
    assert os.environ["NODE_OPTIONS"] == f"--trace-warnings --max-semi-space-size={jsii_fastpath.SEMI_SPACE_MB}"
    monkeypatch.setenv("NODE_OPTIONS", "--max-semi-space-size=32")
    jsii_fastpath.limit_young_generation()
    assert os.environ["NODE_OPTIONS"] == "--max-semi-space-size=32"


FAKE_KERNEL = r"""
const fs = require('fs');
const buffer = Buffer.alloc(64);
const read = fs.readSync(3, buffer, 0, buffer.length, null);
console.log('printed by javascript');
console.error('complained by javascript');
process.stdout.write(Buffer.from([0xff, 0x00]));
fs.writeSync(2, 'the kernel error line\n');
fs.writeSync(3, 'reply to ' + buffer.subarray(0, read).toString().trim() + '\n');
"""


def _direct_runtime(tmp_path: Path, kernel: str) -> list[str]:
    """The command that runs ``direct-runtime.js`` on ``kernel`` as the kernel's program.js."""
    (tmp_path / "bin").mkdir()
    (tmp_path / "lib").mkdir()
    shutil.copy(DIRECT_RUNTIME, tmp_path / "bin" / "direct-runtime.js")
    (tmp_path / "lib" / "program.js").write_text(kernel)
    return ["node", str(tmp_path / "bin" / "direct-runtime.js")]


def test_direct_runtime_speaks_on_stdio_and_wraps_console_output(tmp_path):
    process = subprocess.run(_direct_runtime(tmp_path, FAKE_KERNEL), input=b"hello\n",
                             capture_output=True, timeout=60)
    assert process.returncode == 0, process.stderr
    assert process.stdout == b"reply to hello\n"  # the protocol alone on stdout
    relayed = [json.loads(line) for line in process.stderr.splitlines()]
    assert relayed == [
        {"stdout": base64.b64encode(b"printed by javascript\n").decode()},
        {"stderr": base64.b64encode(b"complained by javascript\n").decode()},
        {"stdout": base64.b64encode(b"\xff\x00").decode()},
        {"stderr": base64.b64encode(b"the kernel error line\n").decode()},
    ]


BIG_REPLY_KERNEL = r"""
const fs = require('fs');
console.log('console output first');  // reaching process.stdout is what made the pipe non-blocking
const reply = Buffer.alloc(1 << 20, 'x');
let written = 0;
while (written < reply.length) written += fs.writeSync(3, reply, written);  // EAGAIN would throw here
fs.writeSync(3, '\n');
"""


def test_a_reply_larger_than_the_pipe_waits_for_a_slow_reader(tmp_path):
    process = subprocess.Popen(_direct_runtime(tmp_path, BIG_REPLY_KERNEL), stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(1)  # the pipe (64 KB) is full long before this
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert stdout == b"x" * (1 << 20) + b"\n"


HOLDING_KERNEL = r"""
const fs = require('fs');
const buffer = Buffer.alloc(64);
fs.writeSync(3, Buffer.from('ready\n'));            // must reach the reader before the kernel waits
let read = fs.readSync(3, buffer, 0, buffer.length, null);
const request = buffer.subarray(0, read).toString().trim();
fs.writeSync(3, Buffer.from('one ' + request + '\n'));
fs.writeSync(3, Buffer.from('xxtwo\n'), 2);          // from an offset, as the kernel may write
fs.writeSync(3, 'three\n');
"""


def test_answers_are_written_when_the_kernel_waits_or_exits(tmp_path):
    process = subprocess.Popen(_direct_runtime(tmp_path, HOLDING_KERNEL), stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert process.stdout.readline() == b"ready\n"  # would hang if held while the kernel reads
        process.stdin.write(b"go\n")
        process.stdin.flush()
        stdout, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 0, stderr
    assert stdout == b"one go\ntwo\nthree\n"  # the answers held to the end, in order, written at exit


# --- the commands --------------------------------------------------------------------------------

def _synth(out: Path, **env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--clusters", str(CLUSTERS), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={k: v for k, v in {**os.environ, **env}.items() if v is not None})


def test_the_commands_write_the_same_bytes_with_and_without_the_shortcuts(tmp_path):
    fast = _synth(tmp_path / "fast", **{jsii_fastpath.SWITCH_VARIABLE: None, jsii_fastpath.RUNTIME_VARIABLE: None})
    stock = _synth(tmp_path / "stock", **{jsii_fastpath.SWITCH_VARIABLE: "0", jsii_fastpath.RUNTIME_VARIABLE: None})
    assert fast.returncode == 0 and stock.returncode == 0, fast.stderr + stock.stderr
    files = sorted(p.name for p in (tmp_path / "stock").iterdir())
    assert files == sorted(p.name for p in (tmp_path / "fast").iterdir()) and files
    for name in files:
        assert (tmp_path / "fast" / name).read_bytes() == (tmp_path / "stock" / name).read_bytes(), name


def _probe(code: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in (jsii_fastpath.SWITCH_VARIABLE, jsii_fastpath.RUNTIME_VARIABLE, "NODE_OPTIONS")}
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)


def test_the_kernel_runs_in_one_node_process():
    probe = ("import json, os; from constructs_lib.runtime.jsii_fastpath import install; assert install()\n"
             "import cdk8s; cdk8s.App(); me = str(os.getpid())\n"
             "def parent(p):\n"
             "    try:\n"
             "        return open(f'/proc/{p}/stat').read().rsplit(')', 1)[1].split()[1]\n"
             "    except OSError:\n"
             "        return None  # a process of the machine's that ended meanwhile\n"
             "kids = [p for p in os.listdir('/proc') if p.isdigit() and parent(p) == me]\n"
             "print(json.dumps([[open(f'/proc/{p}/cmdline').read().split(chr(0))[-2], "
             "open(f'/proc/{p}/environ').read().split(chr(0))] for p in kids]))")
    process = _probe(probe)
    assert process.returncode == 0, process.stderr
    kernels = json.loads(process.stdout)
    assert len(kernels) == 1
    script, environment = kernels[0]
    assert script.endswith("direct-runtime.js")
    assert f"NODE_OPTIONS=--max-semi-space-size={jsii_fastpath.SEMI_SPACE_MB}" in environment


def test_jsii_takes_over_the_prestarted_node_process():
    process = _probe(
        "from constructs_lib.runtime import jsii_fastpath as f; assert f.install(); f.prestart_runtime(); "
        "pid = f._prestarted.pid; f.adopt_prestarted_runtime(); "
        "import cdk8s; from jsii._runtime import kernel; cdk8s.App(); "
        "print(kernel.provider._process._process.pid == pid, f._prestarted is None)")
    assert process.returncode == 0, process.stderr
    assert process.stdout == "True True\n"


def test_only_jsii_runtime_command_is_taken_over_and_an_unused_one_ends_with_the_process():
    process = _probe(
        "import subprocess, sys; from constructs_lib.runtime import jsii_fastpath as f; "
        "f.prestart_runtime(); assert f._prestarted is None  # not installed: nothing started\n"
        "assert f.install(); f.prestart_runtime(); other = f._WithPrestarted().Popen([sys.executable, '-c', 'pass']); "
        "other.wait(); assert other is not f._prestarted and f._prestarted is not None; "
        "print(f._prestarted.pid)")
    assert process.returncode == 0, process.stderr
    pid = int(process.stdout)
    with pytest.raises(ProcessLookupError):  # ended (and reaped) when the probe exited
        os.kill(pid, 0)


def test_a_node_that_cannot_be_started_is_left_for_jsii_to_report(monkeypatch, tmp_path):
    monkeypatch.setattr(jsii_fastpath, "_installed", True)
    monkeypatch.setenv(jsii_fastpath.RUNTIME_VARIABLE, str(DIRECT_RUNTIME))
    monkeypatch.setenv("JSII_NODE", str(tmp_path / "no-such-node"))
    jsii_fastpath.prestart_runtime()  # no exception: nothing started
    assert jsii_fastpath._prestarted is None


def test_the_structs_shortcut_is_put_in_place_once(monkeypatch):
    calls = []
    monkeypatch.setattr(jsii_fastpath, "_installed", True)
    monkeypatch.setattr(jsii_fastpath, "_applied", False)
    monkeypatch.setattr(jsii_fastpath, "install_struct_fastpath", lambda: calls.append(1))
    for _ in range(3):
        jsii_fastpath.apply_if_installed()
    assert calls == [1]


# --- releasing a cluster's objects -----------------------------------------------------------

def _references() -> dict:
    from jsii import _reference_map

    return _reference_map._refs._refs


def test_a_released_cluster_leaves_nothing_in_either_runtime_and_builds_the_same(monkeypatch):
    from cdk8s import App
    from jsii._runtime import kernel

    from constructs_lib.config.cluster_file import load_cluster_file
    from constructs_lib.commands.synth import synth_cluster, synth_released

    monkeypatch.setattr(jsii_fastpath, "_installed", True)
    monkeypatch.setattr(jsii_fastpath, "_applied", True)  # the structs' shortcut is not under test here
    cluster = load_cluster_file(CLUSTERS / "alpha.yaml", "clusters/alpha.yaml")
    kept = synth_cluster(cluster, App())
    references, objects = len(_references()), kernel.stats().object_count
    for _ in range(2):
        released = synth_released(cluster)
        assert released.errors == [] and released.text == kept.text and released.documents == kept.documents
        assert len(_references()) == references
        assert kernel.stats().object_count == objects


def test_nothing_is_released_unless_installed(monkeypatch):
    from cdk8s import App

    monkeypatch.setattr(jsii_fastpath, "_installed", False)
    before = len(_references())
    with jsii_fastpath.objects_released():
        App()
    assert len(_references()) == before + 1


def test_one_cluster_leaves_node_only_the_shared_values_and_the_next_builds():
    # A fresh process: the first cluster makes the shared values (Quantity, ...: returned by node,
    # not made by Python) inside the block; they stay, and the second cluster uses them.
    process = _probe(
        "from constructs_lib.runtime import jsii_fastpath as f; assert f.install()\n"
        "from pathlib import Path; from jsii._runtime import kernel\n"
        "from constructs_lib.config.cluster_file import load_cluster_file\n"
        "from constructs_lib.commands.synth import synth_released; from constructs_lib.constructs.typed import factory_value\n"
        "a = load_cluster_file(Path('clusters/alpha.yaml'), 'alpha'); b = load_cluster_file(Path('clusters/bravo.yaml'), 'bravo')\n"
        "first = synth_released(a); shared = factory_value.cache_info().currsize\n"
        "after_first = kernel.stats().object_count; second = synth_released(b)\n"
        # bravo (chart-era releases, v1beta1) makes the shared values of its own classes once
        "print(first.errors, second.errors, shared > 0, after_first == shared,\n"
        "      kernel.stats().object_count == factory_value.cache_info().currsize)")
    assert process.returncode == 0, process.stderr
    assert process.stdout == "[] [] True True True\n"


def test_release_requests_go_in_batches_and_a_refusal_is_an_error(monkeypatch):
    sent, answers = [], []

    class Pipe:
        def write(self, data):
            sent.append(data.count(b"\n"))

        def flush(self):
            pass

    class Answers:
        def readline(self):
            return (json.dumps(answers.pop(0), separators=(",", ":")) + "\n").encode()

    class Process:
        _process = type("P", (), {"stdin": Pipe(), "stdout": Answers()})()

    from jsii._runtime import kernel

    monkeypatch.setattr(kernel, "provider", type("Provider", (), {"_process": Process()})())
    monkeypatch.setattr(jsii_fastpath, "RELEASE_BATCH", 2)
    answers.extend([{"ok": {}}] * 5)
    jsii_fastpath._delete(["a@1", "b@2", "c@3", "d@4", "e@5"])
    assert sent == [2, 2, 1] and answers == []
    answers.append({"error": "Object x@9 not found"})
    with pytest.raises(RuntimeError, match="x@9"):
        jsii_fastpath._delete(["x@9"])


# --- loads written ahead ---------------------------------------------------------------------

def _installed_package():
    import cdk8s

    tarball = next((Path(cdk8s.__file__).parent / "_jsii").glob("cdk8s@*.jsii.tgz"))
    return tarball, tarball.name[len("cdk8s@"):-len(".jsii.tgz")]


def test_loads_are_written_ahead_and_answered_when_the_block_ends(monkeypatch):
    import cdk8s
    from jsii._runtime import kernel

    monkeypatch.setattr(jsii_fastpath, "_installed", True)
    tarball, version = _installed_package()
    provider = kernel.provider
    with jsii_fastpath.loads_pipelined():
        pipeline = kernel.provider
        for _ in range(3):  # loaded already: the kernel answers each with ok
            kernel.load("cdk8s", version, str(tarball))
        assert pipeline._sent == ["cdk8s"] * 3  # written, answers not read yet
    assert kernel.provider is provider and pipeline._sent == []
    assert cdk8s.App().node.id == ""  # the conversation is in step


def test_another_request_and_a_temporary_package_wait_for_the_answers(monkeypatch):
    import cdk8s
    from jsii._runtime import kernel

    monkeypatch.setattr(jsii_fastpath, "_installed", True)
    tarball, version = _installed_package()
    with jsii_fastpath.loads_pipelined():
        pipeline = kernel.provider
        kernel.load("cdk8s", version, str(tarball))
        cdk8s.App()  # a create: the load's answer is read first
        assert pipeline._sent == []
        kernel.load("cdk8s", version, str(tarball))
        with jsii_fastpath.temporary_package(tarball.read_bytes()) as temporary:
            kernel.load("cdk8s", version, temporary)  # deleted once the load returns
        assert pipeline._sent == []


def test_a_temporary_package_is_one_written_here_and_only_while_it_exists(tmp_path):
    tarball, _ = _installed_package()
    with jsii_fastpath.temporary_package(b"package bytes", prefix="probe-") as path:
        assert Path(path).read_bytes() == b"package bytes" and Path(path).name.startswith("probe-")
        assert jsii_fastpath.is_temporary(path)
        assert jsii_fastpath.is_temporary(os.path.relpath(path))  # however the load names it
    assert not os.path.exists(path) and not jsii_fastpath.is_temporary(path)
    with pytest.raises(ValueError):
        with jsii_fastpath.temporary_package(b"x") as failed:
            raise ValueError("the load failed")
    assert not os.path.exists(failed) and not jsii_fastpath.is_temporary(failed)
    # An installed assembly is not temporary, wherever it lies: also in the temporary directory
    # (a checkout or a venv there), as here.
    copy = tmp_path / tarball.name
    shutil.copy(tarball, copy)
    assert not jsii_fastpath.is_temporary(str(copy)) and not jsii_fastpath.is_temporary(str(tarball))


def test_a_package_beside_a_temporary_one_is_not_taken_for_it():
    with jsii_fastpath.temporary_package(b"x") as path:
        assert not jsii_fastpath.is_temporary(path + ".other")
        assert not jsii_fastpath.is_temporary(os.path.dirname(path))


def test_a_failed_load_raises_when_the_answers_are_read(monkeypatch):
    import cdk8s
    from jsii._runtime import kernel

    monkeypatch.setattr(jsii_fastpath, "_installed", True)
    with pytest.raises(RuntimeError, match="did not load no-such-package"):
        with jsii_fastpath.loads_pipelined():
            kernel.load("no-such-package", "1.0.0", str(ROOT / "no-such-package.tgz"))
    assert cdk8s.App().node.id == ""


def test_loads_go_the_usual_way_unless_installed(monkeypatch):
    from jsii._runtime import kernel

    monkeypatch.setattr(jsii_fastpath, "_installed", False)
    provider = kernel.provider
    with jsii_fastpath.loads_pipelined():
        assert kernel.provider is provider


def test_a_load_request_line_is_what_jsii_itself_writes():
    from jsii._kernel.providers.process import _NodeProcess
    from jsii._kernel.types import LoadRequest

    request = LoadRequest(name="cdk8s", version="2.70.115", tarball="/somewhere/cdk8s.tgz")
    encoder = _NodeProcess()  # its request encoder; no node process is started
    try:
        line = jsii_fastpath.load_request_line(request)
        assert line.endswith(b"\n") and line.count(b"\n") == 1
        assert json.loads(line) == encoder._serializer.unstructure(request)
    finally:
        encoder.stop = lambda: None  # nothing to stop when it is collected
