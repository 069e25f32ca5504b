#!/usr/bin/env python3
"""Benchmark our synth against the Helm engine rendering the chart cluster-vsphere 0.9.7.

    python bench/run.py                  # full run (about 8 minutes), writes bench/results.md
    python bench/run.py --quick          # short run: fewer and smaller fleets, fewer repetitions
    python bench/run.py --baseline DIR   # also measure the source tree DIR (before/after; twice as long)

Measured, in one run on the same machine:

1. cold start: ``main.py`` for one cluster, run as the tree's ``cdk8s.yaml`` runs it (``app:``,
   e.g. ``python -O main.py``), against one render of the chart by the Helm engine in a fresh
   process (``../shared/tools/render_chart.py``), bytecode compiled as an installed package has it;
2. fleets of generated clusters: wall time and peak RSS of ``python -m constructs_lib synth`` (the
   command line, end to end: load, build, validate, write; with the interpreter options of
   ``app:``), as each tree runs it by default (this tree: ``--jobs auto``, worker processes for
   fleets of 8 clusters or more) and this tree with ``--jobs 1`` (one process), against rendering
   the same clusters with the Helm engine in one process;
3. the marginal cost per cluster (least-squares slope over the fleet sizes) of both, and where
   our time goes: a timed run of the library in-process, split into phases, jsii round trips,
   jsii's argument type checks and hashing, then a cProfile of the same code.

Every measured command runs in a fresh subprocess. Peak RSS is the largest sum of the resident
sets of the process and its descendants (workers, and the node processes of each jsii runtime), sampled
every 10 ms from /proc; os.wait4 reports the largest single process as a cross-check.

The Helm engine (PyPI ``helm-python-sdk``, pinned in requirements-dev.txt and used by
``../shared/tools/render_chart.py``) is a bench-only dependency. Nothing here asserts on time.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
RENDER_TOOL = SHARED / "tools" / "render_chart.py"
CHART = SHARED / "reference" / "chart" / "cluster-vsphere-0.9.7"
RESULTS = REPO / "bench" / "results.md"
SIZES = (1, 10, 100, 500)
QUICK_SIZES = (1, 10, 50)

# --- the generated fleet ----------------------------------------------------------------------

_TEMPLATES = ("flatcar-stable-4230.2.3-kube-v1.33.4", "ubuntu-2404-kube-v1.33.4",
              "flatcar-stable-4152.2.3-kube-v1.33.4")
_REGISTRIES = {
    "docker.io": ["registry-1.docker.io", "mirror.registry.example.internal"],
    "quay.io": ["quay.io"],
    "ghcr.io": ["ghcr-mirror.example.internal"],
    "registry.k8s.io": ["registry.k8s.io"],
}


def cluster_values(index: int) -> dict:
    """Valid chart values for cluster ``index``: pools, classes and registries vary with it."""
    net = index % 250
    block = 10 + index // 250
    classes = {}
    for c in range(1 + index % 3):
        name = ("default", "compute", "memory")[c]
        classes[name] = {
            "template": _TEMPLATES[(index + c) % len(_TEMPLATES)],
            "cloneMode": "linkedClone" if (index + c) % 2 else "fullClone",
            "diskGiB": 25 + 5 * c + index % 7,
            "numCPUs": 2 * (c + 1),
            "memoryMiB": 8192 * (c + 1),
            "resourcePool": f"pool-{index % 5}",
            "network": {"devices": [{"networkName": f"capv-net-{index % 11}", "dhcp4": True}]},
        }
    class_names = sorted(classes)
    pools = {}
    for p in range(1 + index % 4):
        pools[f"pool{p}"] = {"class": class_names[p % len(class_names)], "replicas": 1 + (index + p) % 5}
    registries = {}
    for r, host in enumerate(sorted(_REGISTRIES)):
        if (index >> r) & 1:
            registries[host] = [{"endpoint": endpoint} for endpoint in _REGISTRIES[host]]
    values = {
        "baseDomain": f"fleet{index % 3}.example.test",
        "organization": f"org{index % 7}",
        "clusterDescription": f"Generated cluster {index}",
        # A Kubernetes version today's Cluster API manages.
        "cluster": {"kubernetesVersion": "v1.33.4", "enableEncryptionProvider": index % 2 == 0},
        "vcenter": {
            "server": f"https://vcenter{index % 4}.example.test", "datacenter": f"dc{index % 3}",
            "datastore": f"ds-{index % 6}", "region": "k8s-region", "zone": f"zone-{index % 3}",
            "thumbprint": "F7:CF:F9:E5:99:39:FF:C1:D7:14:F1:3F:8A:42:21:95:3B:A1:6E:16",
        },
        "controlPlane": {
            "replicas": 3 if index % 4 == 0 else 1,
            "machineTemplate": {
                "template": _TEMPLATES[index % len(_TEMPLATES)], "cloneMode": "linkedClone",
                "diskGiB": 25, "numCPUs": 2 + 2 * (index % 2), "memoryMiB": 8192,
                "resourcePool": f"pool-{index % 5}",
                "network": {"devices": [{"networkName": f"capv-net-{index % 11}", "dhcp4": True}]},
            },
        },
        "connectivity": {
            "network": {
                "controlPlaneEndpoint": {"host": f"10.{block}.{net}.10"},
                "loadBalancers": {"cidrBlocks": [f"10.{block}.{net}.128/27"]},
            },
            "containerRegistries": registries,
        },
        "nodeClasses": classes,
        "nodePools": pools,
    }
    if index % 5 == 0:
        values["oidc"] = {"issuerUrl": f"https://dex.fleet{index % 3}.example.test", "clientId": "dex-k8s",
                          "usernameClaim": "email", "groupsClaim": "groups"}
    if index % 6 == 3:
        values["internal"] = {"teleport": {"enabled": False}}
    if index % 10 == 7:  # credentials in the file (opted in with deployment.allowPlaintextCredentials)
        values["vcenter"].update(username=f"capv-{index}@vsphere.local", password=f"secret.{index},x")
    return values


def cluster_name(index: int) -> str:
    return f"c{index:04d}"


def cluster_namespace(index: int) -> str:
    return f"org-fleet-{index % 4}"


def cluster_file_text(index: int, values_text: str) -> str:
    """Our cluster file: the chart values plus the ``deployment`` section (namespace, credentials)."""
    import yaml

    deployment = {"namespace": cluster_namespace(index)}
    if index % 10 == 7:
        deployment["allowPlaintextCredentials"] = True
    else:  # the vCenter credentials come from an existing Secret (the default name, spelt out)
        deployment["vcenterCredentialsSecret"] = f"{cluster_name(index)}-credentials"
    return yaml.safe_dump({"deployment": deployment}, sort_keys=False) + values_text


def write_fleet(size: int, root: Path) -> tuple[Path, Path]:
    """``root/clusters`` (our cluster files) and ``root/values`` (the same clusters as chart values)."""
    import yaml

    clusters, values_dir = root / "clusters", root / "values"
    clusters.mkdir(parents=True)
    values_dir.mkdir()
    for index in range(size):
        text = yaml.safe_dump(cluster_values(index), sort_keys=False)
        (clusters / f"{cluster_name(index)}.yaml").write_text(cluster_file_text(index, text))
        (values_dir / f"{cluster_name(index)}.yaml").write_text(text)
    return clusters, values_dir


# --- running and measuring a command ----------------------------------------------------------

def _tree_rss_kib(pid: int) -> int:
    """Sum of VmRSS of ``pid`` and its descendants (KiB), from /proc."""
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            with open(f"/proc/{p}/task/{p}/children") as handle:
                todo.extend(int(c) for c in handle.read().split())
        except (OSError, ValueError):
            continue
    return total


def measure(cmd: list[str], cwd: Path, env: dict) -> dict:
    """Run ``cmd``; wall seconds, peak RSS of the process tree (sampled) and of its largest process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]
    done = threading.Event()

    def sample():
        while not done.is_set():
            peak[0] = max(peak[0], _tree_rss_kib(proc.pid))
            done.wait(0.01)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stderr = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(map(str, cmd))} failed ({code}):\n{stderr.decode()[-3000:]}")
    return {"wall": wall, "rss_mib": max(peak[0], usage.ru_maxrss) / 1024, "maxrss_mib": usage.ru_maxrss / 1024}


def summarize(samples: list[dict]) -> dict:
    walls = [s["wall"] for s in samples]
    return {"runs": len(samples), "min": min(walls), "median": statistics.median(walls),
            "rss_mib": max(s["rss_mib"] for s in samples), "maxrss_mib": max(s["maxrss_mib"] for s in samples)}


HELM_FLEET = textwrap.dedent("""
    import sys
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from render_chart import render
    values_dir, out_dir, chart = Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    out_dir.mkdir(exist_ok=True)
    for path in sorted(values_dir.glob("*.yaml")):
        rendered = render(path.read_text(), chart_dir=chart, name=path.stem,
                          namespace="org-fleet-%d" % (int(path.stem[1:]) % 4))
        text = "".join("---\\n# Source: %s\\n%s\\n" % (k, v) for k, v in sorted(rendered.items()) if v.strip())
        (out_dir / (path.stem + ".yaml")).write_text(text)
""")


def interpreter_options(tree: Path) -> list[str]:
    """The Python options of the tree's cdk8s app command (``app: python -O main.py`` -> ``-O``);
    an app that is a script of the tree (``app: ./scripts/cdk8s-app``) is read for its main.py line."""
    for line in (tree / "cdk8s.yaml").read_text().splitlines():
        if line.startswith("app:"):
            command = line.split(":", 1)[1].strip()
            if "main.py" not in command.split() and (tree / command).is_file():
                command = next((text for text in (tree / command).read_text().splitlines()
                                if "main.py" in text.split() and not text.lstrip().startswith("#")), "")
            words = command.split()
            return [w for w in words[1:words.index("main.py")]] if "main.py" in words else []
    return []


class Bench:
    """Commands of one run, in ``env``: bytecode compiled once into a private cache (as for an
    installed package; ``make`` compiles it when it installs)."""

    def __init__(self, python: str, env: dict, work: Path):
        self.python, self.env, self.work = python, env, work

    def ours_cold(self, tree: Path, runs: int, clusters: Path) -> dict:
        out = self.work / "cold-out"
        samples = []
        for _ in range(runs):
            shutil.rmtree(out, ignore_errors=True)
            samples.append(measure([self.python, *interpreter_options(tree), "main.py", "--clusters", str(clusters),
                                    "--out", str(out)], tree, self.env))
        return summarize(samples)

    def helm_cold(self, runs: int, values: Path) -> dict:
        cmd = [self.python, str(RENDER_TOOL), str(values), "--chart", str(CHART), "--name", values.stem,
               "--namespace", cluster_namespace(0)]
        return summarize([measure(cmd, self.work, self.env) for _ in range(runs)])

    def ours_fleet(self, tree: Path, runs: int, clusters: Path, out: Path, extra: list[str]) -> dict:
        samples = []
        for _ in range(runs):  # every run writes the whole fleet into an empty directory
            shutil.rmtree(out, ignore_errors=True)
            samples.append(measure([self.python, *interpreter_options(tree), "-m", "constructs_lib", "synth",
                                    "--clusters", str(clusters), "--out", str(out), *extra], tree, self.env))
        return summarize(samples)

    def helm_fleet(self, runs: int, values: Path, out: Path) -> dict:
        samples = []
        for _ in range(runs):
            shutil.rmtree(out, ignore_errors=True)
            samples.append(measure([self.python, "-c", HELM_FLEET, str(RENDER_TOOL.parent), str(values), str(out),
                                    str(CHART)], self.work, self.env))
        return summarize(samples)


def slope(points: list[tuple[int, float]]) -> tuple[float, float]:
    """Least-squares (seconds per cluster, fixed seconds)."""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    den = sum((x - mx) ** 2 for x in xs)
    per = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else 0.0
    return per, my - per * mx


# --- where the time goes ----------------------------------------------------------------------

PROFILE = textwrap.dedent("""
    import cProfile, collections, json, os, pstats, re, sys, time
    from pathlib import Path
    clusters, top, profiled = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    clock = time.perf_counter
    t0 = clock()
    if Path("constructs_lib/runtime/jsii_fastpath.py").is_file():  # the commands' shortcuts, where the tree has them
        from constructs_lib.runtime.jsii_fastpath import apply_if_installed, install
    else:
        install = apply_if_installed = lambda: None
    install()
    # Counters wrap functions before the library binds them by name.
    import jsii._type_checking as type_checking
    checks = {"n": 0, "s": 0.0}
    original_check = type_checking.check_type
    def counting_check(*args, **kwargs):
        start = clock()
        try:
            return original_check(*args, **kwargs)
        finally:
            checks["n"] += 1
            checks["s"] += clock() - start
    type_checking.check_type = counting_check
    import constructs_lib.constructs.naming as naming
    hashing = collections.Counter()
    def timed(fn, totals, key):
        def wrapper(*args, **kwargs):
            start = clock()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[key] += clock() - start
        return wrapper
    for name in ("machine_template_hash", "registry_secret_name", "kubeadm_config_template_name"):
        setattr(naming, name, timed(getattr(naming, name), hashing, "s"))
    import constructs_lib.commands.synth as synth
    import constructs_lib.constructs.cluster  # starts node and loads the jsii assemblies
    apply_if_installed()
    import jsii._kernel.providers.process as process
    t_import = clock() - t0
    trips, waits, current = collections.Counter(), collections.Counter(), [""]
    original_send, original_next = process._NodeProcess.send, process._NodeProcess._next_message
    def counting_send(self, request, response_type):
        kind = type(request).__name__.replace("Request", "").lower()
        current[0] = kind
        trips[kind] += 1
        return original_send(self, request, response_type)
    def timed_next(self):
        start = clock()
        try:
            return original_next(self)
        finally:
            waits[current[0]] += clock() - start
    process._NodeProcess.send, process._NodeProcess._next_message = counting_send, timed_next
    phases = collections.Counter()
    def phase(name, fn):
        return timed(fn, phases, name)
    from cdk8s import App
    from constructs_lib.constructs.cluster import VsphereClusterChart
    if Path("constructs_lib/runtime/manifest_text.py").is_file():  # the chart's objects as one JSON text, where the tree has it
        from constructs_lib.runtime.manifest_text import chart_documents
    else:  # (an import could find this module in the tree installed in the venv instead)
        chart_documents = lambda chart: list(chart.to_json())
    def synth_documents(props, app=None):
        app = app or App()
        start = clock()
        chart = VsphereClusterChart(app, props.name, props)
        middle = clock()
        documents = chart_documents(chart)
        phases["build (constructs, jsii create)"] += middle - start
        phases["chart's objects (resolved in node, read back)"] += clock() - middle
        return documents
    synth.synth_documents = synth_documents
    synth.load_cluster_file = phase("load cluster files", synth.load_cluster_file)
    synth.validate_documents = phase("CRD validation", synth.validate_documents)
    synth.manifest_text = phase("YAML dumping", synth.manifest_text)
    t1 = clock()
    result = synth.synth_fleet(clusters)
    t_synth = clock() - t1
    assert not result.errors, result.errors[:3]
    n = len(result.files)
    counted = {"phases": dict(phases), "trips": dict(trips), "waits": dict(waits), "checks": dict(checks),
               "hashing": hashing["s"]}
    # A second pass under cProfile, over the first clusters, for the functions that cost most.
    import shutil, tempfile
    subset = Path(tempfile.mkdtemp())
    for path in sorted(clusters.iterdir())[:profiled]:
        shutil.copy(path, subset / path.name)
    profiler = cProfile.Profile()
    profiler.enable()
    synth.synth_fleet(subset)
    profiler.disable()
    shutil.rmtree(subset)
    stats = pstats.Stats(profiler)
    rows = []
    for key, value in stats.stats.items():
        where = re.sub(r"^.*/(site-packages|python3[.][0-9]+|constructs_lib)/", "", key[0].replace(os.sep, "/"))
        rows.append((value[2], value[3], value[1], "%s:%d(%s)" % (where, key[1], key[2])))
    rows.sort(reverse=True)
    json.dump({"import": t_import, "synth": t_synth, "clusters": n, **counted, "profiled": profiled, "profiled_total": stats.total_tt, "top_own": rows[:top]}, sys.stdout)
""")


READ_BACK = ("invoke", "staticinvoke")  # the calls that read a chart's objects back (to_json, ManifestText.of)


def profile(python: str, env: dict, tree: Path, clusters: Path, top: int = 20, profiled: int = 20) -> dict:
    out = subprocess.run([python, *interpreter_options(tree), "-c", PROFILE, str(clusters), str(top), str(profiled)],
                         cwd=tree, env=env,
                         capture_output=True, text=True, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"profile failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout)


# --- report -----------------------------------------------------------------------------------

def _s(seconds: float) -> str:
    return f"{seconds:.2f} s" if seconds >= 1 else f"{seconds * 1000:.0f} ms"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.1f}x" if b else "-"


def _mb(mib: float) -> str:
    return f"{mib:.0f} MiB ({mib * 1.048576:.0f} MB)"


NOTES = """
## What this tree adds, and what it costs

The output of this tree differs from the baseline's by design, so the fleets' bytes are compared
within this tree only (`make synth` leaves `dist/` unchanged; `tests/runtime/test_jsii_fastpath.py`
compares the commands with and without their jsii shortcuts; `tests/runtime/test_forked_workers.py`
compares forked and started workers). New in this tree (`ours (baseline)` is the tree before them),
for the generated fleets, which declare no releases (today's) and use the neutral defaults:

* **v1beta2 Cluster API and CAPV objects** (Cluster API 1.14, CAPV 1.16): every such object is
  converted from its v1beta1 spelling as Cluster API's webhooks convert it
  (`constructs/cluster_api/conversion`, about 0.6 ms per cluster), built from the v1beta2 typed
  classes (the generated modules of the four Cluster API groups are about twice as large, as are
  their jsii assemblies), and validated against the v1beta2 schemas with their CEL rules.
* **Validation as the API server does it**: CEL rules (`cel-expr-python`), formats, core kinds
  against Kubernetes 1.33's OpenAPI and the static Pods embedded in node files: about 1 ms per
  cluster in a warm loop (2 ms inside a fleet), against 0.5 ms for the structure alone before.
* **The encryption-key Job** (neutral defaults, encryption on half of the fleet): four objects
  more per cluster that has it; the fleet's output is about 15 % larger.
* And what pays for them, none of which changes a byte of the output:
  * creates written ahead of their answers (`runtime/pipelined_creates.py`): a cluster's fifty
    or so jsii creates cross to node and back in two or three turns instead of fifty. In one
    process node builds while Python goes on (about a third less time per cluster); a worker
    writes them in one go (with a worker per CPU every CPU is busy: fewer wake-ups, about 1.4 ms
    less CPU per cluster than writing them as they come);
  * a quick yes-or-no pass of the validator compiled per schema node (`crd/precheck.py`), and
    CEL's `self` built of only the fields a rule reads;
  * the release checks of a cluster file run once, not three times.
* Memory: at 500 clusters the tree holds about 50 MB more than the baseline's, most of it the
  CEL library's code pages (about 17 MB, file-backed and shared, but counted in the resident set
  of each worker) and the larger generated modules in each worker.

## Where the rest goes

Per cluster in a fleet of 500 built by two workers (this tree): Python about 12 ms and node about
9 ms of CPU, the coordinator (loading the files, collecting the outputs, sharing their strings,
writing) about 3 ms beside them. In one process Python and node overlap. This machine's speed
varies from run to run by 10 % or more (a virtual machine whose CPU time is shared); the
baseline and this tree are measured in the same run, in turn.

Ideas not done yet: cache the CRD check of subtrees that repeat from cluster to cluster (the
kubeadm files, the Jobs' pod templates; a static Pod's YAML is read again for every cluster,
about 0.3 ms), build the wire form of the v1beta2 structs straight from the converted mappings
(the typed structs are built and then read back, about 0.8 ms), load the schemas and compile the
CEL rules in the template the workers are forked from, and drop the v1beta1 classes of the
Cluster API groups from the workers of fleets that declare only v1beta2 releases.
"""


def report(results: dict, args, sizes) -> str:
    trees = list(results["trees"])
    variants = list(results["variants"])
    label = {name: ("ours" if name == "current" else f"ours ({name})") for name in trees}
    label["one"] = "ours, --jobs 1"
    lines = ["# Benchmark: our synth against the Helm engine", "",
             f"Written by `python bench/run.py{' --quick' if args.quick else ''}"
             f"{' --baseline DIR' if args.baseline else ''}` on "
             f"{results['date']}: {results['machine']}. Wall time: minimum and median of {args.runs} runs "
             f"({args.runs_large} for fleets of {args.large_from} clusters or more). Peak RSS: the largest over "
             "the runs, of the whole process tree (for ours: Python, its workers, and the node processes of each "
             "jsii runtime). Ratios are ours/Helm, of medians. Bytecode is compiled (a private cache filled by one "
             "unmeasured run, as `make` compiles it when it installs). The Helm engine is "
             "`../shared/tools/render_chart.py` (helm-python-sdk) rendering "
             "`../shared/reference/chart/cluster-vsphere-0.9.7`; its output is written like our manifests.", ""]
    if "baseline" in trees:
        lines += ["`ours (baseline)` is the source tree given with `--baseline` (before the changes listed below), "
                  "`ours` this tree; both measured in this run, each run as its own `cdk8s.yaml` says ("
                  + ", ".join(f"{label[n]}: `{results['commands'][n]}`" for n in trees) + ")."]
    same = ("Every variant writes identical bytes on every fleet of this run." if results.get("same_output")
            else "**The variants' outputs differ on some fleet of this run.**")
    lines += [same, ""]
    lines += ["## Cold start: one cluster, fresh process", "",
              "`main.py` (as `cdk8s synth` runs it) synthesizing one cluster file into an empty directory, "
              "against `render_chart.py` rendering the same values.", "",
              "| command | min | median | peak RSS | ours/Helm |", "|---|---|---|---|---|"]
    helm = results["cold"]["helm"]
    for name in trees:
        r = results["cold"][name]
        lines.append(f"| `{results['commands'][name]}`, {label[name]} | {_s(r['min'])} | {_s(r['median'])} | "
                     f"{r['rss_mib']:.0f} MiB | {_ratio(r['median'], helm['median'])} |")
    lines.append(f"| Helm engine, `render_chart.py` | {_s(helm['min'])} | {_s(helm['median'])} | "
                 f"{helm['rss_mib']:.0f} MiB | |")
    lines += ["", "## Fleets", "",
              "Generated clusters (written to a temporary directory): 1-3 node classes, 1-4 pools, 0-4 registries "
              "with mirrors, OIDC on every fifth, teleport off on some, encryption on half, 1 or 3 control-plane "
              "nodes, credentials from a Secret or (every tenth) in the file. Ours: `python -m constructs_lib "
              "synth --clusters DIR --out DIR` (the command line: load, build, validate against the CRDs, write), "
              "as each tree runs it by default (`--jobs auto`: one worker process per CPU, each with its own jsii "
              "runtime, for fleets of at least 4 clusters per worker; in this tree the workers are forked from a "
              "process that imported the library once), and this tree in one process (`--jobs 1`). "
              "Helm: one Python process calling "
              "`render()` for every values file (the chart is loaded for each, as `helm template` does) and "
              "writing the output.", ""]
    head = "| clusters |"
    for name in variants + ["helm"]:
        title = label.get(name, "Helm")
        head += f" {title} min | {title} median | {title} peak RSS |"
    head += "".join(f" {label[n]}/Helm |" for n in variants)
    lines += [head, "|---" * (1 + 3 * (len(variants) + 1) + len(variants)) + "|"]
    for size in sizes:
        row = f"| {size} |"
        for name in variants + ["helm"]:
            r = results["fleet"][size][name]
            row += f" {_s(r['min'])} | {_s(r['median'])} | {r['rss_mib']:.0f} MiB |"
        row += "".join(f" {_ratio(results['fleet'][size][n]['median'], results['fleet'][size]['helm']['median'])} |"
                       for n in variants)
        lines.append(row)
    lines += ["", "## Marginal cost per cluster", "",
              "Least-squares line through the median wall times of the fleets "
              f"({', '.join(map(str, sizes))} clusters): the slope is the cost of one more cluster, the "
              "intercept the fixed cost of a process.", "",
              "| | per cluster | fixed cost | ours/Helm per cluster |", "|---|---|---|---|"]
    hs, hi = results["slope"]["helm"]
    for name in variants:
        per, fixed = results["slope"][name]
        lines.append(f"| {label[name]} | {_ms(per)} | {_s(fixed)} | {_ratio(per, hs)} |")
    lines.append(f"| Helm engine | {_ms(hs)} | {_s(hi)} | |")
    lines += ["", "## Targets", "", "| target | " + " | ".join(label[n] for n in variants) + " |",
              "|---" * (1 + len(variants)) + "|"]
    big = max(sizes)
    rows = [("per-cluster cost within 3x of Helm's", lambda n: results["slope"][n][0] <= 3 * hs,
             lambda n: _ratio(results["slope"][n][0], hs))]
    if 100 in sizes:
        rows.append(("100-cluster fleet under 5 s", lambda n: results["fleet"][100][n]["median"] < 5,
                     lambda n: _s(results["fleet"][100][n]["median"])))
    rows.append((f"peak RSS under 500 MB at {big} clusters",
                 lambda n: results["fleet"][big][n]["rss_mib"] * 1.048576 < 500,
                 lambda n: f"{results['fleet'][big][n]['rss_mib'] * 1.048576:.0f} MB"))
    # One cluster never gets workers: the cold start of --jobs 1 is this tree's.
    cold = {n: results["cold"]["current" if n == "one" else n]["median"] for n in variants}
    rows.append(("cold start for one cluster under 1.5 s", lambda n: cold[n] < 1.5, lambda n: _s(cold[n])))
    for title, ok, value in rows:
        lines.append(f"| {title} | " + " | ".join(f"{'met' if ok(n) else 'missed'} ({value(n)})" for n in variants)
                     + " |")
    lines += NOTES.rstrip("\n").split("\n")
    for name in trees:
        lines += profile_section(results["profile"][name], label[name])
    lines.append("")
    return "\n".join(lines)


def profile_section(prof: dict, label: str) -> list[str]:
    n = prof["clusters"]
    total = prof["synth"]
    trips = prof["trips"]
    wait = sum(prof["waits"].values())
    lines = ["", f"## Where our time goes: {label}", "",
             f"The library in one process (`constructs_lib.commands.synth.synth_fleet`: load, build, validate, dump; "
             f"no file writing) over {n} clusters: {_s(total)}, {_ms(total / n)} per cluster, after "
             f"{_s(prof['import'])} of imports (starting node and loading the jsii assemblies). Inner rows are "
             "parts of the phase above them.", "",
             "| part | seconds | per cluster | share |", "|---|---|---|---|"]
    rows = [(name, seconds) for name, seconds in sorted(prof["phases"].items(), key=lambda kv: -kv[1])]
    accounted = sum(s for _, s in rows)
    for name, seconds in rows:
        lines.append(f"| {name} | {seconds:.2f} | {_ms(seconds / n)} | {seconds / total * 100:.0f}% |")
        if name.startswith("build"):
            inner = [("waiting for node: jsii create/invoke round trips",
                      sum(v for k, v in prof["waits"].items() if k not in READ_BACK)),
                     (f"jsii argument type checks (typeguard, {prof['checks']['n'] // n} per cluster)",
                      prof["checks"]["s"]),
                     ("hashing (template and Secret names)", prof["hashing"])]
            for title, seconds in inner:
                lines.append(f"| &nbsp;&nbsp;{title} | {seconds:.2f} | {_ms(seconds / n)} | "
                             f"{seconds / total * 100:.0f}% |")
        if name.startswith("chart's objects"):
            seconds = sum(prof["waits"].get(kind, 0.0) for kind in READ_BACK)
            lines.append(f"| &nbsp;&nbsp;waiting for node | {seconds:.2f} | {_ms(seconds / n)} | "
                         f"{seconds / total * 100:.0f}% |")
    rest = total - accounted
    lines.append(f"| rest (props, checks across the fleet, bookkeeping) | {rest:.2f} | {_ms(rest / n)} | "
                 f"{rest / total * 100:.0f}% |")
    lines += ["", f"jsii round trips: {sum(trips.values()) / n:.0f} per cluster ("
              + ", ".join(f"{k} {v / n:.1f}" for k, v in sorted(trips.items(), key=lambda kv: -kv[1]))
              + f"); {_ms(wait / n)} per cluster waiting for node in all.", "",
              f"<details><summary>Top functions by own time (cProfile, {prof['profiled']} clusters, "
              f"{prof['profiled_total']:.2f} s under the profiler)</summary>", "",
              "| own s | cumulative s | calls | function |", "|---|---|---|---|"]
    for own_s, cum_s, ncalls, where in prof["top_own"]:
        lines.append(f"| {own_s:.3f} | {cum_s:.3f} | {ncalls} | `{where}` |")
    lines += ["", "</details>"]
    return lines


# --- main -------------------------------------------------------------------------------------

def same_output(a: Path, b: Path) -> bool:
    names = sorted(p.name for p in a.iterdir())
    return names == sorted(p.name for p in b.iterdir()) and all(
        (a / n).read_bytes() == (b / n).read_bytes() for n in names)


def environment(work: Path) -> dict:
    env = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")  # filled by one unmeasured run of each command
    return env


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help=f"fleets of {QUICK_SIZES}, fewer runs")
    parser.add_argument("--sizes", help="comma-separated fleet sizes (default: 1,10,100,500)")
    parser.add_argument("--runs", type=int, help="repetitions of each measurement (default: 3, quick: 1)")
    parser.add_argument("--profile-size", type=int, help="clusters of the in-process run (default: 100)")
    parser.add_argument("--baseline", type=Path, metavar="DIR",
                        help="another source tree (with constructs_lib/, imports/, main.py) to measure too")
    parser.add_argument("--output", type=Path, default=RESULTS, help="report file (default: bench/results.md)")
    args = parser.parse_args(argv)
    if not RENDER_TOOL.is_file():
        parser.error(f"{RENDER_TOOL} not found: the bench needs ../shared beside the project")
    sizes = tuple(int(s) for s in args.sizes.split(",")) if args.sizes else (QUICK_SIZES if args.quick else SIZES)
    args.runs = args.runs or (1 if args.quick else 3)
    args.large_from = 500
    args.runs_large = min(args.runs, 2)
    profile_size = args.profile_size or (20 if args.quick else 100)
    trees = {"current": REPO}
    if args.baseline:
        trees = {"baseline": args.baseline.resolve(), "current": REPO}
    # Fleet variants: every tree as it runs by default, and this tree in one process.
    variants = {name: (tree, []) for name, tree in trees.items()}
    variants["one"] = (REPO, ["--jobs", "1"])
    python = sys.executable
    started = time.time()
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    results = {"trees": trees, "variants": list(variants), "cold": {}, "fleet": {}, "slope": {}, "profile": {},
               "date": time.strftime("%Y-%m-%d"),
               "commands": {name: " ".join(["python", *interpreter_options(tree), "main.py"])
                            for name, tree in trees.items()},
               "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
                          f"node {node}"}
    same = True
    with tempfile.TemporaryDirectory(prefix="cluster-bench-") as tmp:
        work = Path(tmp)
        env = environment(work)
        bench = Bench(python, env, work)
        fleets = {size: write_fleet(size, work / f"fleet-{size}") for size in sorted(set(sizes) | {1, profile_size})}
        one_clusters, one_values = fleets[1]
        one_value_file = next(one_values.iterdir())
        print("cold start ...", file=sys.stderr)
        for name, tree in trees.items():  # fill the bytecode cache, unmeasured
            bench.ours_cold(tree, 1, one_clusters)
            bench.ours_fleet(tree, 1, fleets[1][0], work / "warm-out", [])
        bench.helm_cold(1, one_value_file)
        for name, tree in trees.items():
            results["cold"][name] = bench.ours_cold(tree, args.runs + 2, one_clusters)
        results["cold"]["helm"] = bench.helm_cold(args.runs + 2, one_value_file)
        for size in sizes:
            clusters, values = fleets[size]
            runs = args.runs_large if size >= args.large_from else args.runs
            print(f"fleet of {size} ...", file=sys.stderr)
            results["fleet"][size] = {}
            for name, (tree, extra) in variants.items():
                results["fleet"][size][name] = bench.ours_fleet(tree, runs, clusters, work / f"out-{name}-{size}",
                                                                extra)
            outputs = [work / f"out-{name}-{size}" for name in variants]
            same = same and all(same_output(outputs[0], other) for other in outputs[1:])
            results["fleet"][size]["helm"] = bench.helm_fleet(runs, values, work / f"out-helm-{size}")
            print(f"  {json.dumps({k: round(v['median'], 2) for k, v in results['fleet'][size].items()})}",
                  file=sys.stderr)
        for name in list(variants) + ["helm"]:
            results["slope"][name] = slope([(size, results["fleet"][size][name]["median"]) for size in sizes])
        print(f"in-process run of {profile_size} clusters ...", file=sys.stderr)
        for name, tree in trees.items():
            results["profile"][name] = profile(python, env, tree, fleets[profile_size][0])
    results["same_output"] = same
    args.output.write_text(report(results, args, sizes))
    print(f"wrote {args.output} in {time.time() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
