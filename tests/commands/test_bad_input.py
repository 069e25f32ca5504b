"""Every kind of bad input, through the commands as users run them.

For each case a scratch project holds ``clusters/`` (the example clusters with one file broken)
and a ``dist/`` with content. ``python -m constructs_lib synth``, ``validate``, ``plan`` and
``python main.py`` run in it as processes; each must exit 1, name the file, the field path, the
bad value and what is allowed on stderr, print no Python or jsii traceback, and leave ``dist/``
byte for byte as it was. The processes run concurrently to keep the module fast.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import CLUSTERS, DIST, ROOT, tree
from constructs_lib.config.cluster_file import load_cluster_text
from constructs_lib.commands.synth import props_for, synth_documents

ALPHA = (CLUSTERS / "alpha.yaml").read_text()
BRAVO = (CLUSTERS / "bravo.yaml").read_text()
ENV = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20", PYTHONDONTWRITEBYTECODE="1")

# What a Python traceback or a jsii/Node stack looks like.
CRASH_MARKERS = ("Traceback", "JSIIError", "jsii.", "node:internal", "\n    at ", "Error: ")

REPLICAS_ALLOWED = "must be an integer from 0 to 5000"
CIDR_ALLOWED = "must be an IPv4 CIDR: address/prefix-length"
DNS_LABEL_ALLOWED = "must be a DNS-1123 label: at most 63 lowercase letters, digits and '-'"


def alpha(*replacements: tuple[str, str], append: str = "") -> str:
    """alpha.yaml with each (old, new) replaced once; ``old`` must be there (the case must bite)."""
    text = ALPHA
    for old, new in replacements:
        assert old in text, f"{old!r} is not in alpha.yaml"
        text = text.replace(old, new, 1)
    return text + append


def _line_of(text: str, fragment: str) -> int:
    return text[: text.index(fragment)].count("\n") + 1


SYNTAX = alpha(("organization: platform", "organization: platform: extra"))
DUPLICATE = alpha(append="organization: other\n")
TAB = alpha(("  replicas: 1\n", "  replicas: 1\n\tdiskGiB: 3\n"))


@dataclass
class Case:
    files: dict[str, str | None]
    """clusters/NAME -> text, or None to remove the file."""
    expected: list[str]
    """Fragments of stderr; each names file, field path, value and what is allowed."""
    bad_files: tuple[str, ...] = ("alpha.yaml",)
    """The files the errors may name (the others are valid)."""
    commands: tuple[str, ...] = ("synth", "validate", "plan")
    """``python main.py`` is ``synth``: it runs for a few cases only."""


CASES: dict[str, Case] = {
    "yaml-syntax-error": Case({"alpha.yaml": SYNTAX}, [
        f"clusters/alpha.yaml: YAML syntax error at line {_line_of(SYNTAX, 'organization: platform: extra')}, "
        "column 23: mapping values are not allowed here"], commands=("synth", "validate", "plan", "main.py")),
    "yaml-tab-indentation": Case({"alpha.yaml": TAB}, [
        f"clusters/alpha.yaml: YAML syntax error at line {_line_of(TAB, chr(9))}, column 1: "
        "found character '\\t' that cannot start any token"]),
    "document-is-a-list": Case({"alpha.yaml": "- baseDomain: example.test\n- organization: x\n"}, [
        "clusters/alpha.yaml: is a list: a values file must be a mapping of keys to values"]),
    "document-is-a-scalar": Case({"alpha.yaml": "just some text\n"}, [
        "clusters/alpha.yaml: is a single value (str): a values file must be a mapping"]),
    "more-than-one-document": Case({"alpha.yaml": ALPHA + "---\norganization: x\n"}, [
        "clusters/alpha.yaml: holds more than one YAML document: a values file is a single document"]),
    "wrong-types": Case({"alpha.yaml": alpha(
        ("  replicas: 1\n", "  replicas: three\n"),
        ("          dhcp4: true\n", "          dhcp4: 'yes'\n"),
        ("baseDomain: k8s.example.internal", "baseDomain: [a, b]"),
        ("  worker:\n    class: \"default\"\n    replicas: 2\n", "  worker: 3\n"))}, [
        "clusters/alpha.yaml: controlPlane.replicas: 'three' is invalid: must be an odd number from 1 to 7",
        "clusters/alpha.yaml: controlPlane.machineTemplate.network.devices[0].dhcp4: 'yes' is invalid: "
        "must be true or false",
        "clusters/alpha.yaml: baseDomain: ['a', 'b'] is invalid: must be a string (found a list)",
        "clusters/alpha.yaml: nodePools.worker: 3 is invalid: must be a mapping (found an integer)"],
        commands=("synth", "validate", "plan", "main.py")),
    "unknown-and-misspelt-keys": Case({"alpha.yaml": alpha(
        ("nodePools:", "nodepools:"), ("    diskGiB: 25\n", "    diskGB: 25\n"),
        ("deployment:\n  namespace: org-platform\n", "deployment:\n  namespace: org-platform\n  namespce: x\n"))}, [
        "clusters/alpha.yaml: nodepools: is not a known key: did you mean 'nodePools'?",
        "clusters/alpha.yaml: controlPlane.machineTemplate.diskGB: is not a known key",
        "did you mean 'diskGiB'?",
        "clusters/alpha.yaml: deployment.namespce: is not a known key: did you mean 'namespace'?"]),
    "deployment-wrong-types": Case({"alpha.yaml": alpha(
        ("namespace: org-platform", "namespace: Org_Platform\n  cleanupOnDelete: 'yes'\n  apiVersions: ipam"))}, [
        "clusters/alpha.yaml: deployment.namespace: 'Org_Platform' is invalid: a namespace name (DNS-1123 label",
        "clusters/alpha.yaml: deployment.cleanupOnDelete: 'yes' is invalid: true or false",
        "clusters/alpha.yaml: deployment.apiVersions: 'ipam' is invalid: a list of API versions"]),
    "negative-replicas": Case({"alpha.yaml": alpha(("replicas: 2", "replicas: -2"))}, [
        f"clusters/alpha.yaml: nodePools.worker.replicas: -2 is invalid: {REPLICAS_ALLOWED}"]),
    "absurd-replicas": Case({"alpha.yaml": alpha(("replicas: 2", "replicas: 99999999999999999999999"),
                                                 ("  replicas: 1\n", "  replicas: 1001\n"))}, [
        f"clusters/alpha.yaml: nodePools.worker.replicas: 99999999999999999999999 is invalid: {REPLICAS_ALLOWED}",
        "clusters/alpha.yaml: controlPlane.replicas: 1001 is invalid: must be an odd number from 1 to 7"]),
    "fractional-replicas": Case({"alpha.yaml": alpha(("replicas: 2", "replicas: 2.5"))}, [
        f"clusters/alpha.yaml: nodePools.worker.replicas: 2.5 is invalid: {REPLICAS_ALLOWED}"]),
    "malformed-cidrs": Case({"alpha.yaml": alpha(
        ("10.10.222.224/30", "10.10.222.224"),
        ("connectivity:\n  network:\n", "connectivity:\n  network:\n    pods:\n      cidrBlocks: ['10.0.0.0/33']\n"))}, [
        f"clusters/alpha.yaml: connectivity.network.loadBalancers.cidrBlocks[0]: '10.10.222.224' is invalid: "
        f"{CIDR_ALLOWED}",
        f"clusters/alpha.yaml: connectivity.network.pods.cidrBlocks[0]: '10.0.0.0/33' is invalid: {CIDR_ALLOWED}"]),
    "malformed-pool-and-class-names": Case({"alpha.yaml": alpha(
        ("  worker:\n", "  Worker_1:\n"), ("  default:\n", "  default:\n    memoryMiB: 8192\n  Big.Class:\n"),
        append="  " + "w" * 64 + ":\n    class: default\n")}, [
        f"clusters/alpha.yaml: nodePools.Worker_1: 'Worker_1' is an invalid name: {DNS_LABEL_ALLOWED}",
        f"clusters/alpha.yaml: nodePools.{'w' * 64}: '{'w' * 64}' is an invalid name: {DNS_LABEL_ALLOWED}",
        f"clusters/alpha.yaml: nodeClasses.Big.Class: 'Big.Class' is an invalid name: {DNS_LABEL_ALLOWED}"]),
    "pool-names-a-missing-class": Case({"alpha.yaml": alpha(('class: "default"', 'class: "gpu"'))}, [
        "clusters/alpha.yaml: nodePools.worker.class: 'gpu' is invalid: must name a node class in nodeClasses "
        "(defined: 'default')"]),
    "duplicate-keys": Case({"alpha.yaml": DUPLICATE}, [
        f"clusters/alpha.yaml: duplicate key 'organization' at line {DUPLICATE.count(chr(10))}, column 1: "
        "each key may appear once per mapping"]),
    "invalid-cluster-file-name": Case({"alpha.yaml": None, "Alpha_Cluster.yaml": ALPHA}, [
        "clusters/Alpha_Cluster.yaml: has an invalid cluster name 'Alpha_Cluster' (taken from the file name): "
        "a DNS-1123 label of at most 37 characters"], bad_files=("Alpha_Cluster.yaml",),
        commands=("synth", "validate", "plan", "main.py")),
    # The cleanup Job <cluster>-cleanup-helmreleases-hook must stay within 63 characters.
    "too-long-cluster-file-name": Case({"alpha.yaml": None, "a" * 38 + ".yaml": ALPHA}, [
        f"clusters/{'a' * 38}.yaml: has an invalid cluster name '{'a' * 38}' (taken from the file name): "
        "a DNS-1123 label of at most 37 characters"], bad_files=("a" * 38 + ".yaml",)),
    "duplicate-cluster-names": Case({"alpha.yml": ALPHA, "bravo.yml": "- a list\n"}, [
        "clusters/alpha.yml: declares the cluster 'alpha' a second time: one file per cluster "
        "(clusters/alpha.yaml declares it too)",
        "clusters/bravo.yml: declares the cluster 'bravo' a second time",
        "clusters/bravo.yml: is a list"], bad_files=("alpha.yml", "bravo.yml")),
    # Control characters in a key or a file name are shown escaped: one line per problem.
    "control-characters-in-keys-and-file-names": Case({
        "alpha.yaml": alpha(append='"bad\\nkey": 1\nnodeClasses:\n  "\\e[31mred": {}\n'), "x\ny.yaml": BRAVO}, [
        "clusters/alpha.yaml: bad\\nkey: is not a known key",
        "clusters/alpha.yaml: nodeClasses.\\x1b[31mred: '\\x1b[31mred' is an invalid name",
        "clusters/x\\ny.yaml: has an invalid cluster name 'x\\ny' (taken from the file name)"],
        bad_files=("alpha.yaml", "x\\ny.yaml")),
    "object-names-collide-across-clusters": Case({
        "alpha.yaml": alpha(("  worker:\n", "  x-worker:\n")), "alpha-x.yaml": ALPHA}, [
        "clusters/alpha.yaml: MachineDeployment org-platform/alpha-x-worker is also emitted by cluster 'alpha-x' "
        "(clusters/alpha-x.yaml): rename a node pool or a cluster"],
        commands=("synth",)),  # found only after synthesis (jsii), so the slowest case: one command
    "quotes-break-toml": Case({"alpha.yaml": alpha(
        ("connectivity:\n", "connectivity:\n  containerRegistries:\n    docker.io:\n"
                            "      - endpoint: 'mirror.example\"]\\n[x]'\n"),
        append="internal:\n  sandboxContainerImage:\n    tag: '3.9\"'\n")}, [
        "clusters/alpha.yaml: connectivity.containerRegistries.docker.io[0].endpoint: 'mirror.example\"]\\\\n[x]' "
        "is invalid: must not contain \" or \\ (it is written inside a double-quoted string in containerd's "
        "config.toml)",
        "clusters/alpha.yaml: internal.sandboxContainerImage.tag: '3.9\"' is invalid: must not contain \" or \\"]),
    "newlines-break-yaml-and-flags": Case({"alpha.yaml": alpha(
        ('server: "https://vcenter.example.internal"', 'server: "https://vcenter.example.internal\\nx: y"'),
        ('clusterDescription: "Development cluster of the platform team"', 'clusterDescription: "two\\nlines"'))}, [
        "clusters/alpha.yaml: vcenter.server: 'https://vcenter.example.internal\\nx: y' is invalid: "
        "must be a single line (no line breaks)",
        "clusters/alpha.yaml: clusterDescription: 'two\\nlines' is invalid: must be a single line"]),
    "shell-expansion": Case({"alpha.yaml": alpha(('host: "10.10.222.241"', 'host: "${HOME}"'))}, [
        "clusters/alpha.yaml: connectivity.network.controlPlaneEndpoint.host: '${HOME}' is invalid: "
        "must not contain '${' (the value is used in a shell script, which would expand it)"]),
    "label-values": Case({"alpha.yaml": alpha(("organization: platform", "organization: 'o\"${HOME}'"),
                                              append="clusterLabels:\n  'Bad Key': x\n")}, [
        "clusters/alpha.yaml: organization: 'o\"${HOME}' is invalid: must be a Kubernetes label value",
        "clusters/alpha.yaml: clusterLabels.Bad Key: 'Bad Key' is an invalid name: must be a Kubernetes label key"]),
}

# One file with problems of every kind: every one is reported, in one run.
SEVERAL = alpha(
    ("  replicas: 1\n", "  replicas: three\n"),
    ("replicas: 2", "replicas: -2"),
    ("10.10.222.224/30", "10.10.222.300/33"),
    ('class: "default"', 'class: "gpu"'),
    ("    diskGiB: 25\n", "    diskGB: 25\n"),
    ('host: "10.10.222.241"', 'host: "${HOME}"'),
    ("vcenter:\n", "vcenter:\n  password: S3NTINEL-several\n"),
    ("namespace: org-platform", "namespace: Org_Platform"),
    append="nodeClasses:\n  Big_Class: {}\n")
CASES["several-problems-at-once"] = Case({"alpha.yaml": SEVERAL}, [
    "clusters/alpha.yaml: controlPlane.replicas: 'three' is invalid",
    f"clusters/alpha.yaml: nodePools.worker.replicas: -2 is invalid: {REPLICAS_ALLOWED}",
    f"clusters/alpha.yaml: connectivity.network.loadBalancers.cidrBlocks[0]: '10.10.222.300/33' is invalid: "
    f"{CIDR_ALLOWED}",
    "clusters/alpha.yaml: controlPlane.machineTemplate.diskGB: is not a known key",
    "clusters/alpha.yaml: connectivity.network.controlPlaneEndpoint.host: '${HOME}' is invalid",
    "clusters/alpha.yaml: vcenter.password: is a plaintext password",
    "clusters/alpha.yaml: deployment.namespace: 'Org_Platform' is invalid",
    f"clusters/alpha.yaml: duplicate key 'nodeClasses' at line {SEVERAL.count(chr(10)) - 1}, column 1",
    # The second nodeClasses wins (as in Helm): its name is checked, and the pool's class is missing.
    f"clusters/alpha.yaml: nodeClasses.Big_Class: 'Big_Class' is an invalid name: {DNS_LABEL_ALLOWED}",
    # A new (neutral) cluster: what a working cluster needs is named with what to put there.
    "clusters/alpha.yaml: nodeClasses.Big_Class.network.devices: is missing: at least one network device",
    "clusters/alpha.yaml: nodeClasses.Big_Class.template: is missing: the name or inventory path of the vSphere VM "
    "template",
    "clusters/alpha.yaml: nodePools.worker.class: 'gpu' is invalid: must name a node class in nodeClasses"],
    commands=("synth", "validate", "plan", "main.py"))

COMMANDS = {
    "synth": [sys.executable, "-m", "constructs_lib", "synth", "--clusters", "clusters", "--out", "dist"],
    "validate": [sys.executable, "-m", "constructs_lib", "validate", "--clusters", "clusters"],
    "plan": [sys.executable, "-m", "constructs_lib", "plan", "--clusters", "clusters", "--out", "dist"],
    "main.py": [sys.executable, str(ROOT / "main.py")],
}


def _project(directory: Path, files: dict[str, str | None]) -> dict[str, bytes]:
    """A scratch project: alpha and bravo (changed by ``files``) and a dist/ with content."""
    clusters = directory / "clusters"
    clusters.mkdir(parents=True)
    (clusters / "alpha.yaml").write_text(ALPHA)
    (clusters / "bravo.yaml").write_text(BRAVO)
    for name, text in files.items():
        if text is None:
            (clusters / name).unlink()
        else:
            (clusters / name).write_text(text)
    dist = directory / "dist"
    dist.mkdir()
    for name in ("alpha.k8s.yaml", "bravo.k8s.yaml"):
        shutil.copy2(DIST / name, dist / name)
    (dist / "stale.k8s.yaml").write_text("# from an earlier synth\n")
    (dist / "README.md").write_text("kept as it is\n")
    (dist / "notes").mkdir()
    (dist / "notes" / "keep.txt").write_bytes(b"\x00binary\xff")
    return tree(dist)


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """(case, command) -> (completed process, dist before, dist after, project directory)."""
    base = tmp_path_factory.mktemp("bad-input")
    jobs = {}
    for case_id, case in CASES.items():
        for command in case.commands:
            project = base / f"{case_id}-{command}"
            jobs[(case_id, command)] = (COMMANDS[command], project, _project(project, case.files))
    # A control: the same scratch project without changes validates (the harness itself works).
    jobs[("valid", "validate")] = (COMMANDS["validate"], base / "valid", _project(base / "valid", {}))

    def run(job):
        argv, cwd, _ = job
        return subprocess.run(argv, cwd=cwd, env=ENV, capture_output=True, text=True, timeout=300)

    with ThreadPoolExecutor(max_workers=max(2, (os.cpu_count() or 2) * 2)) as pool:
        done = dict(zip(jobs, pool.map(run, jobs.values())))
    return {key: (done[key], before, tree(project / "dist"), project) for key, (_, project, before) in jobs.items()}


def test_the_harness_accepts_the_unchanged_project(runs):
    process, _, _, _ = runs[("valid", "validate")]
    assert process.returncode == 0, process.stderr
    assert process.stdout.splitlines()[-1].startswith("validate: 2 cluster(s)")


@pytest.mark.parametrize("case_id, command", [(c, command) for c in CASES for command in CASES[c].commands])
def test_bad_input_exits_1_with_located_errors_and_leaves_dist(runs, case_id, command):
    case = CASES[case_id]
    process, before, after, project = runs[(case_id, command)]
    output = process.stdout + process.stderr
    assert process.returncode == 1, output
    for marker in CRASH_MARKERS:
        assert marker not in output, f"a traceback or jsii stack:\n{output}"
    assert process.stdout == "", "nothing on stdout when the input is invalid"
    for fragment in case.expected:
        assert fragment in process.stderr, f"missing {fragment!r} in:\n{process.stderr}"
    # Every line is a message about one of the broken files, or synth's closing note.
    allowed = "|".join(re.escape(f"clusters/{name}: ") for name in case.bad_files)
    for line in process.stderr.splitlines():
        if command in ("synth", "main.py") and line == "synth: dist left unchanged.":
            continue
        assert re.match(rf"(error|warning): ({allowed})", line), f"unexpected line {line!r}"
    assert after == before, "the output directory changed"
    assert not [p.name for p in project.iterdir() if p.name.startswith(".dist.")], "staging left behind"
    if command in ("synth", "main.py"):
        assert process.stderr.endswith("synth: dist left unchanged.\n")


def test_every_problem_of_one_file_is_reported_in_one_run(runs):
    process, before, after, _ = runs[("several-problems-at-once", "synth")]
    errors = [line for line in process.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == len(CASES["several-problems-at-once"].expected), "\n".join(errors)
    assert "S3NTINEL-several" not in process.stderr
    assert after == before


def test_one_bad_cluster_among_good_ones_writes_nothing(runs):
    process, before, after, _ = runs[("negative-replicas", "synth")]
    assert process.returncode == 1
    assert "alpha.yaml" in process.stderr and "bravo" not in process.stderr
    assert after == before
    assert after["bravo.k8s.yaml"] == (DIST / "bravo.k8s.yaml").read_bytes()


@pytest.mark.parametrize("value", ['it\'s "quoted" ${NOT_EXPANDED} $(id) `id` back\\slash', "ünïcödé 😀"])
def test_values_safe_where_they_land_are_kept_verbatim(value):
    # The description is an annotation (escaped by the YAML emitter): such text is fine there.
    text = alpha(('clusterDescription: "Development cluster of the platform team"',
                  "clusterDescription: '" + value.replace("'", "''") + "'"))
    documents = synth_documents(props_for(load_cluster_text(text, "clusters/alpha.yaml", "alpha")))
    (cluster,) = [d for d in documents if d["kind"] == "Cluster"]
    assert value in cluster["metadata"]["annotations"].values()


def test_the_longest_cluster_name_synthesizes_valid_objects():
    # bravo runs the cleanup Job with a CiliumNetworkPolicy selecting its pods by the Job's name.
    from constructs_lib.config.cluster_file import MAX_CLUSTER_NAME
    from constructs_lib.crd import validate_documents

    name = "z" * MAX_CLUSTER_NAME
    documents = synth_documents(props_for(load_cluster_text(BRAVO, f"clusters/{name}.yaml", name)))
    assert validate_documents(documents) == []
    jobs = [d["metadata"]["name"] for d in documents if d["kind"] == "Job"]
    assert jobs and max(len(job) for job in jobs) == 63
