"""Our node and cleanup scripts, run for real under bash and sh with fake commands on PATH.

* ``kube-apiserver-patch.sh`` on fake /proc/cpuinfo and /proc/meminfo files of several machines;
* ``teleport-node-role.sh`` with a fake ``systemctl``;
* ``set-hostname.sh`` with a fake ``hostname``;
* the deletion-cleanup Job's script (``wait-for-cluster-deletion.sh`` + ``cleanup-helmreleases.sh``)
  against a fake ``kubectl`` that keeps a tiny API server in a JSON file
  (``fixtures/scripts/fake_kubectl.py``), behind one that serves only the API versions of one
  generation of releases (``constructs/jobs/served_kubectl.py``): with the environment of the Job
  the construct emits for chart-era, v1beta1 and v1beta2 releases, the script must name each
  resource as ``RESOURCE.VERSION.GROUP`` in that generation's version.

Where the reference chart has the same script, it is run on the same inputs and must agree.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from chart_reference import REFERENCE
from constructs_lib.config.releases import CHART_ERA, CURRENT, ManagementCluster, served_api_versions
from constructs_lib.constructs.jobs.cleanup import cleanup_script

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "constructs_lib/assets/scripts"
APISERVER_TEMPLATE = ROOT / "constructs_lib/assets/node/kube-apiserver+json.tpl"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures/scripts"
CASES = Path(__file__).resolve().parents[1] / "cases"
MACHINES = FIXTURES / "machines"
CHART = REFERENCE / "chart/cluster-vsphere-0.9.7"

# Standalone scripts and the shell that runs them; the cleanup fragments are concatenated, in this
# order, into the Job's ``/bin/sh -xc`` command.
# (ipam-assign.sh runs in test_ipam.py and constructs/jobs/, encryption-key.sh in test_encryption_key.py;
# here they get the static checks.)
STANDALONE = {"kube-apiserver-patch.sh": "bash", "teleport-node-role.sh": "sh", "set-hostname.sh": "sh",
              "ipam-assign.sh": "bash", "kube-vip-kubeconfig.sh": "bash", "encryption-key.sh": "sh"}
SHEBANGS = {"bash": "#!/usr/bin/env bash\n", "sh": "#!/bin/sh\n"}
FRAGMENTS = ["wait-for-cluster-deletion.sh", "cleanup-helmreleases.sh"]

# The POSIX scripts must work under the system's /bin/sh (dash on Debian) and under bash.
POSIX_SHELLS = [pytest.param(shell, id=shell) for shell in ("sh", "dash", "bash") if shutil.which(shell)]
if shutil.which("sh") and shutil.which("dash") and Path(shutil.which("sh")).resolve() == Path(
        shutil.which("dash")).resolve():
    POSIX_SHELLS = [p for p in POSIX_SHELLS if p.id != "dash"]


def run(args: list[str], env: dict[str, str], cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, env=env, cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def base_env(bin_dir: Path) -> dict[str, str]:
    """A clean environment whose PATH finds the fake commands first."""
    return {"PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', os.defpath)}", "LC_ALL": "C"}


def write_executable(path: Path, text: str) -> Path:
    path.write_text(text)
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def fake_recorder(bin_dir: Path, name: str, log: Path, status: str = "0") -> Path:
    """A fake command that appends its arguments (one call a line) to ``log`` and exits ``status``."""
    return write_executable(bin_dir / name, f'#!/bin/sh\nprintf \'%s\\n\' "$*" >> "{log}"\nexit {status}\n')


def calls(log: Path) -> list[str]:
    return log.read_text().splitlines() if log.exists() else []


# --- static checks ------------------------------------------------------------------------------------

def test_every_script_is_covered():
    assert sorted(p.name for p in SCRIPTS.glob("*.sh")) == sorted([*STANDALONE, *FRAGMENTS])


@pytest.mark.parametrize("name", [*STANDALONE, *FRAGMENTS])
def test_script_text_is_clean(name):
    text = (SCRIPTS / name).read_text()
    trailing = [n for n, line in enumerate(text.split("\n"), 1) if line != line.rstrip()]
    assert not trailing, f"{name}: trailing whitespace on lines {trailing}"
    assert "\r" not in text
    # Ends with exactly one newline: the fragments are concatenated, the node files embedded.
    assert text.endswith("\n") and not text.endswith("\n\n")
    if name in STANDALONE:
        assert text.startswith(SHEBANGS[STANDALONE[name]]), f"{name} must start with a shebang"
    else:
        assert not text.startswith("#!"), f"{name} is a fragment of the Job's command, not a standalone script"


@pytest.mark.parametrize("name", [*STANDALONE, *FRAGMENTS])
def test_syntax(name):
    shells = ["bash"] if STANDALONE.get(name) == "bash" else [p.values[0] for p in POSIX_SHELLS]
    for shell in shells:
        result = run([shell, "-n", str(SCRIPTS / name)], env=dict(os.environ))
        assert result.returncode == 0, f"{shell} -n {name}: {result.stderr}"


def test_job_command_is_the_two_fragments_in_order():
    assert cleanup_script() == "".join((SCRIPTS / name).read_text() for name in FRAGMENTS)
    result = run(["sh", "-n", "-c", cleanup_script()], env=dict(os.environ))
    assert result.returncode == 0, result.stderr


def _shellcheck() -> str | None:
    beside_python = Path(sys.executable).parent / "shellcheck"
    return str(beside_python) if beside_python.exists() else shutil.which("shellcheck")


@pytest.mark.skipif(_shellcheck() is None, reason="shellcheck is not installed (requirements-dev.txt has it)")
@pytest.mark.parametrize("name", [*STANDALONE, "job-command"])
def test_shellcheck(name, tmp_path):
    if name == "job-command":
        path, dialect = tmp_path / "job-command.sh", "sh"
        path.write_text(cleanup_script())
    else:
        path, dialect = SCRIPTS / name, STANDALONE[name]
    result = run([_shellcheck(), "--severity=style", f"--shell={dialect}", str(path)], env=dict(os.environ))
    assert result.returncode == 0, result.stdout + result.stderr


# --- kube-apiserver-patch.sh --------------------------------------------------------------------------

# What the fixture machines are: CPU count and MemTotal in kB.
MACHINE_FACTS = {"2cpu-4gib": (2, 4015852), "4cpu-16gib": (4, 16373660), "8cpu-32gib": (8, 32883512)}

# (machine, ratio) -> max-requests-inflight, max-mutating-requests-inflight, CPU request, memory request,
# worked out by hand from MACHINE_FACTS: cpus*(1600/ratio), cpus*(800/ratio), cpus*(1000/ratio) m and
# (MemTotal/1024)/ratio Mi, each division an integer one (so 4 CPUs at ratio 3 make 4*533, not 6400/3).
EXPECTED = {
    ("2cpu-4gib", 8): (400, 200, "250m", "490Mi"),
    ("2cpu-4gib", 4): (800, 400, "500m", "980Mi"),
    ("4cpu-16gib", 8): (800, 400, "500m", "1998Mi"),
    ("4cpu-16gib", 4): (1600, 800, "1000m", "3997Mi"),
    ("8cpu-32gib", 8): (1600, 800, "1000m", "4014Mi"),
    ("8cpu-32gib", 4): (3200, 1600, "2000m", "8028Mi"),
    ("4cpu-16gib", 3): (2132, 1064, "1332m", "5329Mi"),
    ("8cpu-32gib", 7): (1824, 912, "1136m", "4587Mi"),
    ("2cpu-4gib", 1): (3200, 1600, "2000m", "3921Mi"),
}


def machine_facts(machine: str) -> tuple[int, int]:
    """CPU count and MemTotal (kB) read from a fixture machine's files."""
    cpuinfo = (MACHINES / machine / "cpuinfo").read_text()
    blocks = [dict(re.split(r"\s*:\s*", line, maxsplit=1) for line in block.splitlines() if ":" in line)
              for block in cpuinfo.split("\n\n") if block.strip()]
    cpus = len({block["processor"] for block in blocks})
    meminfo = dict(line.split(":", 1) for line in (MACHINES / machine / "meminfo").read_text().splitlines())
    return cpus, int(meminfo["MemTotal"].split()[0])


def expected_patch(values: tuple[int, int, str, str]) -> list:
    """The template with the four placeholders filled in, parsed."""
    text = APISERVER_TEMPLATE.read_text()
    for placeholder, value in zip(["$MAX_REQUESTS_INFLIGHT", "$MAX_MUTATING_REQUESTS_INFLIGHT",
                                   "$API_SERVER_CPU_REQUEST", "$API_SERVER_MEMORY_REQUEST"], values):
        assert placeholder in text
        text = text.replace(placeholder, str(value))
    assert "$" not in text
    return json.loads(text)


@pytest.mark.parametrize("machine", sorted(MACHINE_FACTS))
def test_fixture_machines_are_what_they_claim(machine):
    assert machine_facts(machine) == MACHINE_FACTS[machine]


@pytest.mark.parametrize("machine, ratio", sorted(EXPECTED))
def test_expected_numbers_follow_the_chart_formula(machine, ratio):
    cpus, mem_kb = MACHINE_FACTS[machine]
    assert EXPECTED[machine, ratio] == (cpus * (1600 // ratio), cpus * (800 // ratio),
                                        f"{cpus * (1000 // ratio)}m", f"{mem_kb // 1024 // ratio}Mi")


@pytest.fixture
def patches_dir(tmp_path: Path) -> Path:
    """/etc/kubernetes/patches as the node files lay it out: the script beside the template."""
    directory = tmp_path / "patches"
    directory.mkdir()
    shutil.copy(SCRIPTS / "kube-apiserver-patch.sh", directory / "kube-apiserver-patch.sh")
    shutil.copy(APISERVER_TEMPLATE, directory / "kube-apiserver+json.tpl")
    return directory


def apiserver_patch(patches: Path, *args: str, machine: str | None = "4cpu-16gib",
                    **overrides: str) -> subprocess.CompletedProcess:
    env = {"PATH": os.environ.get("PATH", os.defpath), "LC_ALL": "C", "PATCHES_DIR": str(patches)}
    if machine:
        env |= {"CPUINFO": str(MACHINES / machine / "cpuinfo"), "MEMINFO": str(MACHINES / machine / "meminfo")}
    env |= overrides
    return run(["bash", str(patches / "kube-apiserver-patch.sh"), *args], env=env)


@pytest.mark.parametrize("machine, ratio", sorted(EXPECTED))
def test_apiserver_patch_output(patches_dir, machine, ratio):
    result = apiserver_patch(patches_dir, str(ratio), machine=machine)
    assert result.returncode == 0, result.stderr
    output = patches_dir / "kube-apiserver+json.json"
    assert json.loads(output.read_text()) == expected_patch(EXPECTED[machine, ratio])
    # Only the four placeholders change: the rest of the template is kept byte for byte.
    template_lines = APISERVER_TEMPLATE.read_text().splitlines()
    output_lines = output.read_text().splitlines()
    assert len(output_lines) == len(template_lines)
    assert [a for a, b in zip(template_lines, output_lines) if a != b] == [
        line for line in template_lines if "$" in line]
    # The atomic write leaves nothing behind.
    assert sorted(p.name for p in patches_dir.iterdir()) == [
        "kube-apiserver+json.json", "kube-apiserver+json.tpl", "kube-apiserver-patch.sh"]


def _chart_apiserver_patch(patches: Path, machine: str, ratio: int) -> bytes:
    """The chart's script, with its fixed paths pointed at the fixture machine and ``patches``."""
    text = (CHART / "files/etc/kubernetes/patches/kube-apiserver-patch.sh").read_text()
    # The machine files are read unquoted by the script, the patches directory inside double quotes.
    for old, new in {"/proc/cpuinfo": shlex.quote(str(MACHINES / machine / "cpuinfo")),
                     "/proc/meminfo": shlex.quote(str(MACHINES / machine / "meminfo")),
                     "/etc/kubernetes/patches/": f"{patches}/"}.items():
        assert old in text
        text = text.replace(old, str(new))
    chart_dir = patches.parent / "chart-patches"
    chart_dir.mkdir()
    shutil.copy(CHART / "files/etc/kubernetes/patches/kube-apiserver+json.tpl", patches / "kube-apiserver+json.tpl")
    script = write_executable(chart_dir / "kube-apiserver-patch.sh", text)
    result = run(["bash", str(script), str(ratio)], env={"PATH": os.environ.get("PATH", os.defpath), "LC_ALL": "C"})
    assert result.returncode == 0, result.stderr
    return (patches / "kube-apiserver+json.json").read_bytes()


@pytest.mark.skipif(shutil.which("envsubst") is None, reason="the chart's script needs envsubst")
@pytest.mark.parametrize("machine, ratio", sorted(EXPECTED))
def test_apiserver_patch_matches_the_chart_script(tmp_path, patches_dir, machine, ratio):
    chart_dir = tmp_path / "chart"
    chart_dir.mkdir()
    chart_output = _chart_apiserver_patch(chart_dir, machine, ratio)
    result = apiserver_patch(patches_dir, str(ratio), machine=machine)
    assert result.returncode == 0, result.stderr
    assert (patches_dir / "kube-apiserver+json.json").read_bytes() == chart_output


def test_apiserver_patch_reads_proc_by_default(patches_dir):
    if not (Path("/proc/cpuinfo").is_file() and Path("/proc/meminfo").is_file()):
        pytest.skip("no /proc here")
    cpus = sum(1 for line in Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("processor"))
    mem_kb = next(int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal:"))
    result = apiserver_patch(patches_dir, "8", machine=None)
    assert result.returncode == 0, result.stderr
    assert json.loads((patches_dir / "kube-apiserver+json.json").read_text()) == expected_patch(
        (cpus * 200, cpus * 100, f"{cpus * 125}m", f"{mem_kb // 1024 // 8}Mi"))


def test_apiserver_patch_is_idempotent(patches_dir):
    first = apiserver_patch(patches_dir, "8", machine="8cpu-32gib")
    assert first.returncode == 0, first.stderr
    before = {p.name: p.read_bytes() for p in patches_dir.iterdir()}
    second = apiserver_patch(patches_dir, "8", machine="8cpu-32gib")
    assert second.returncode == 0, second.stderr
    assert {p.name: p.read_bytes() for p in patches_dir.iterdir()} == before
    assert json.loads(before["kube-apiserver+json.json"]) == expected_patch(EXPECTED["8cpu-32gib", 8])


def test_apiserver_patch_replaces_the_file_by_renaming(patches_dir, tmp_path):
    # A file hard-linked to the target shares its inode: writing the target in place would change it,
    # renaming a new file over the target does not.
    target = patches_dir / "kube-apiserver+json.json"
    other = tmp_path / "other-link"
    other.write_text("old patch\n")
    os.link(other, target)
    result = apiserver_patch(patches_dir, "4", machine="2cpu-4gib")
    assert result.returncode == 0, result.stderr
    assert other.read_text() == "old patch\n"
    assert json.loads(target.read_text()) == expected_patch(EXPECTED["2cpu-4gib", 4])
    # A later run on a bigger machine replaces the previous patch.
    result = apiserver_patch(patches_dir, "4", machine="8cpu-32gib")
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text()) == expected_patch(EXPECTED["8cpu-32gib", 4])


@pytest.mark.parametrize("args", [[], ["0"], ["-4"], ["four"], ["8x"], ["4.5"], [""], [" 8"], ["4", "8"]],
                         ids=lambda args: repr(args))
def test_apiserver_patch_rejects_a_bad_ratio(patches_dir, args):
    result = apiserver_patch(patches_dir, *args)
    assert result.returncode != 0
    assert "resource ratio (a positive integer)" in result.stderr
    assert not (patches_dir / "kube-apiserver+json.json").exists()
    assert not list(patches_dir.glob("*.tmp"))


def _unusable_inputs(tmp_path: Path) -> dict[str, tuple[dict[str, str], str]]:
    """Broken machine files -> (environment overrides, what the message must name)."""
    good_cpu, good_mem = str(MACHINES / "2cpu-4gib/cpuinfo"), str(MACHINES / "2cpu-4gib/meminfo")
    empty = tmp_path / "empty"
    empty.write_text("")
    no_processor = tmp_path / "cpuinfo-without-processor"
    no_processor.write_text("vendor_id\t: GenuineIntel\nmodel name\t: some CPU\n")
    no_memtotal = tmp_path / "meminfo-without-memtotal"
    no_memtotal.write_text("MemFree:        1338617 kB\nMemAvailable:   3615852 kB\n")
    missing = str(tmp_path / "does-not-exist")
    return {
        "missing cpuinfo": ({"CPUINFO": missing, "MEMINFO": good_mem}, missing),
        "cpuinfo is a directory": ({"CPUINFO": str(tmp_path), "MEMINFO": good_mem}, str(tmp_path)),
        "empty cpuinfo": ({"CPUINFO": str(empty), "MEMINFO": good_mem}, str(empty)),
        "cpuinfo without processors": ({"CPUINFO": str(no_processor), "MEMINFO": good_mem}, str(no_processor)),
        "missing meminfo": ({"CPUINFO": good_cpu, "MEMINFO": missing}, missing),
        "meminfo without MemTotal": ({"CPUINFO": good_cpu, "MEMINFO": str(no_memtotal)}, str(no_memtotal)),
    }


@pytest.mark.parametrize("case", ["missing cpuinfo", "cpuinfo is a directory", "empty cpuinfo",
                                  "cpuinfo without processors", "missing meminfo", "meminfo without MemTotal"])
def test_apiserver_patch_fails_clearly_on_unreadable_machine_files(patches_dir, tmp_path, case):
    overrides, named = _unusable_inputs(tmp_path)[case]
    result = apiserver_patch(patches_dir, "8", machine=None, **overrides)
    assert result.returncode != 0
    assert "kube-apiserver-patch: cannot read" in result.stderr
    assert named in result.stderr
    assert not (patches_dir / "kube-apiserver+json.json").exists()
    assert not list(patches_dir.glob("*.tmp"))


def test_apiserver_patch_without_template_keeps_the_previous_patch(patches_dir):
    result = apiserver_patch(patches_dir, "8")
    assert result.returncode == 0, result.stderr
    previous = (patches_dir / "kube-apiserver+json.json").read_bytes()
    (patches_dir / "kube-apiserver+json.tpl").unlink()
    result = apiserver_patch(patches_dir, "4")
    assert result.returncode != 0
    assert "kube-apiserver+json.tpl" in result.stderr
    assert (patches_dir / "kube-apiserver+json.json").read_bytes() == previous
    assert sorted(p.name for p in patches_dir.iterdir()) == ["kube-apiserver+json.json", "kube-apiserver-patch.sh"]


# --- teleport-node-role.sh ----------------------------------------------------------------------------

# (kubelet active, kube-apiserver manifest present) -> the role printed
NODE_ROLES = {(True, True): "control-plane\n", (True, False): "worker\n", (False, False): "\n", (False, True): "\n"}


def node_role(script: Path, shell: str, tmp_path: Path, kubelet_active: bool, apiserver_manifest: bool,
              manifests_override: bool = True) -> tuple[subprocess.CompletedProcess, list[str]]:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    log = tmp_path / "systemctl.log"
    log.unlink(missing_ok=True)
    fake_recorder(bin_dir, "systemctl", log, status="0" if kubelet_active else "3")
    manifests = tmp_path / "manifests"
    shutil.rmtree(manifests, ignore_errors=True)
    manifests.mkdir()
    (manifests / "etcd.yaml").write_text("kind: Pod\n")
    if apiserver_manifest:
        (manifests / "kube-apiserver.yaml").write_text("kind: Pod\n")
    env = base_env(bin_dir)
    if manifests_override:
        env["KUBERNETES_MANIFESTS_DIR"] = str(manifests)
    return run([shell, str(script)], env=env), calls(log)


@pytest.mark.parametrize("shell", POSIX_SHELLS)
@pytest.mark.parametrize("kubelet_active, apiserver_manifest", sorted(NODE_ROLES))
def test_node_role(tmp_path, shell, kubelet_active, apiserver_manifest):
    result, systemctl = node_role(SCRIPTS / "teleport-node-role.sh", shell, tmp_path, kubelet_active,
                                  apiserver_manifest)
    assert result.returncode == 0, result.stderr
    assert result.stdout == NODE_ROLES[kubelet_active, apiserver_manifest]
    assert result.stderr == ""
    assert systemctl == ["is-active --quiet kubelet.service"]


def test_node_role_without_manifests_directory_is_worker(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake_recorder(bin_dir, "systemctl", tmp_path / "systemctl.log")
    env = base_env(bin_dir) | {"KUBERNETES_MANIFESTS_DIR": str(tmp_path / "nowhere")}
    result = run(["sh", str(SCRIPTS / "teleport-node-role.sh")], env=env)
    assert (result.returncode, result.stdout) == (0, "worker\n")


@pytest.mark.parametrize("kubelet_active, apiserver_manifest", sorted(NODE_ROLES))
def test_node_role_matches_the_chart_script(tmp_path, kubelet_active, apiserver_manifest):
    ours, _ = node_role(SCRIPTS / "teleport-node-role.sh", "sh", tmp_path, kubelet_active, apiserver_manifest)
    text = (CHART / "files/opt/teleport-node-role.sh").read_text()
    assert "/etc/kubernetes/manifests/" in text
    chart_script = tmp_path / "chart-teleport-node-role.sh"
    chart_script.write_text(text.replace("/etc/kubernetes/manifests/", f"{tmp_path / 'manifests'}/"))
    theirs, _ = node_role(chart_script, "bash", tmp_path, kubelet_active, apiserver_manifest,
                          manifests_override=False)
    assert theirs.returncode == 0, theirs.stderr
    assert ours.stdout == theirs.stdout


# --- set-hostname.sh ----------------------------------------------------------------------------------

NAME = "acme-control-plane-x7k2p"


def hosts_for(name: str) -> str:
    return f"::1         ipv6-localhost ipv6-loopback\n127.0.0.1   localhost\n127.0.0.1   {name}\n"


def set_hostname(script: Path, shell: str, tmp_path: Path, hostname: str | None,
                 rooted: bool = True) -> tuple[subprocess.CompletedProcess, Path, list[str]]:
    root = tmp_path / "root"
    (root / "etc").mkdir(parents=True, exist_ok=True)
    (root / "etc/hosts").write_text("10.0.0.1 stale-entry\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    log = tmp_path / "hostname.log"
    log.unlink(missing_ok=True)
    fake_recorder(bin_dir, "hostname", log)
    env = base_env(bin_dir)
    if rooted:
        env["HOSTNAME_ROOT"] = str(root)
    if hostname is not None:
        env["COREOS_CUSTOM_HOSTNAME"] = hostname
    return run([shell, str(script)], env=env), root, calls(log)


@pytest.mark.parametrize("shell", POSIX_SHELLS)
def test_set_hostname(tmp_path, shell):
    result, root, hostname_calls = set_hostname(SCRIPTS / "set-hostname.sh", shell, tmp_path, NAME)
    assert result.returncode == 0, result.stderr
    assert (root / "etc/hostname").read_text() == f"{NAME}\n"
    assert (root / "etc/hosts").read_text() == hosts_for(NAME)
    assert hostname_calls == [NAME]
    # Again: the same files, not appended to.
    result, root, hostname_calls = set_hostname(SCRIPTS / "set-hostname.sh", shell, tmp_path, NAME)
    assert result.returncode == 0, result.stderr
    assert (root / "etc/hosts").read_text() == hosts_for(NAME)
    assert (root / "etc/hostname").read_text() == f"{NAME}\n"


def _chart_set_hostname_script() -> str:
    """The ``/opt/set-hostname`` inline script of the chart's Ignition config."""
    helpers = (CHART / "templates/_helpers.tpl").read_text()
    match = re.search(r"path: /opt/set-hostname\n(?:.*\n)*?(\s*)inline: \|\n((?:\1  .*\n)+)", helpers)
    assert match, "the chart's /opt/set-hostname script was not found"
    indent = len(match.group(1)) + 2
    return "".join(line[indent:] + "\n" for line in match.group(2).splitlines())


@pytest.mark.parametrize("name", [NAME, "worker-md-0-5f9c8-abcde"])
def test_set_hostname_matches_the_chart_script(tmp_path, name):
    ours, our_root, our_calls = set_hostname(SCRIPTS / "set-hostname.sh", "sh", tmp_path / "ours", name)
    assert ours.returncode == 0, ours.stderr
    chart_root = tmp_path / "chart/root"
    text = _chart_set_hostname_script()
    assert text.startswith("#!/bin/sh\n")
    text, count = re.subn(r"(?<=[ >])/etc/", f"{chart_root}/etc/", text)
    assert count == 4 and "/etc/" not in text.replace(f"{chart_root}/etc/", "")
    (tmp_path / "chart").mkdir()
    chart_script = tmp_path / "chart/set-hostname"
    chart_script.write_text(text)
    theirs, chart_root, chart_calls = set_hostname(chart_script, "sh", tmp_path / "chart", name, rooted=False)
    assert theirs.returncode == 0, theirs.stderr
    for path in ("etc/hostname", "etc/hosts"):
        assert (our_root / path).read_text() == (chart_root / path).read_text()
    assert our_calls == chart_calls == [name]


@pytest.mark.parametrize("shell", POSIX_SHELLS)
@pytest.mark.parametrize("hostname", [None, ""], ids=["unset", "empty"])
def test_set_hostname_without_name_fails_clearly(tmp_path, shell, hostname):
    result, root, hostname_calls = set_hostname(SCRIPTS / "set-hostname.sh", shell, tmp_path, hostname)
    assert result.returncode != 0
    assert "COREOS_CUSTOM_HOSTNAME is not set" in result.stderr
    assert hostname_calls == []
    assert not (root / "etc/hostname").exists()
    assert (root / "etc/hosts").read_text() == "10.0.0.1 stale-entry\n"


# --- deletion cleanup ---------------------------------------------------------------------------------

NAMESPACE, CLUSTER = "org-acme", "acme"
JOB = f"{CLUSTER}-cleanup-helmreleases-hook"
JOB_UID = "6b1f0c2e-4d5a-4f1e-9a77-0e3c1d2b9f10"
FINALIZERS = ["finalizers.fluxcd.io"]

# The releases of each generation of API versions the Job runs with, and the resources it must name
# then (RESOURCE.VERSION.GROUP: Cluster, HelmRelease, HelmChart), worked out from the releases'
# API versions by hand.
GENERATIONS = {
    "chart-era": (CHART_ERA, ("clusters.v1beta1.cluster.x-k8s.io", "helmreleases.v2beta1.helm.toolkit.fluxcd.io",
                              "helmcharts.v1beta2.source.toolkit.fluxcd.io")),
    "v1beta1": (ManagementCluster(cluster_api="1.10", capv="1.13", flux="2.9"),
                ("clusters.v1beta1.cluster.x-k8s.io", "helmreleases.v2.helm.toolkit.fluxcd.io",
                 "helmcharts.v1.source.toolkit.fluxcd.io")),
    "v1beta2": (CURRENT, ("clusters.v1beta2.cluster.x-k8s.io", "helmreleases.v2.helm.toolkit.fluxcd.io",
                          "helmcharts.v1.source.toolkit.fluxcd.io")),
}
# The one most tests run with; the generation tests run every one.
DEFAULT_GENERATION = "v1beta2"
GENERATION_IDS = sorted(GENERATIONS)
# Every shell with the default generation, every other generation with sh.
SHELLS_AND_GENERATIONS = [pytest.param(p.values[0], DEFAULT_GENERATION, id=f"{p.id}-{DEFAULT_GENERATION}")
                          for p in POSIX_SHELLS] + [pytest.param("sh", g, id=f"sh-{g}")
                                                    for g in GENERATION_IDS if g != DEFAULT_GENERATION]
SERVED_KUBECTL = Path(__file__).resolve().parent / "jobs/served_kubectl.py"
REMOVE_FINALIZERS = {"metadata": {"finalizers": None}}
OWNER = {"apiVersion": "batch/v1", "kind": "Job", "name": JOB, "uid": JOB_UID}

# The cluster's HelmReleases (label giantswarm.io/cluster=acme in org-acme); all but one are being deleted.
CLUSTER_RELEASES = ["acme-cilium", "acme-cloud-provider-vsphere", "acme-coredns"]
# HelmCharts built from the cluster's HelmRepositories, and others that must be left alone.
CLUSTER_CHARTS = {"org-acme-acme-cilium": "acme-default", "org-acme-acme-test-app": "acme-default-test",
                  "org-acme-acme-cluster-shared": "acme-cluster"}
OTHER_CHARTS = {"org-acme-other-cilium": "other-default", "org-acme-acme2-cilium": "acme2-default",
                "org-acme-acme-catalog-app": "acme-default-testing", "org-acme-x-acme": "x-acme-default",
                "org-acme-acme-cluster-catalog": "acme-cluster-catalog", "org-acme-app": "giantswarm"}


def _meta(name: str, namespace: str = NAMESPACE, labels: dict | None = None, deleting: bool = True,
          finalizers: list[str] | None = FINALIZERS) -> dict:
    meta = {"name": name, "namespace": namespace, "uid": f"uid-{name}"}
    if labels:
        meta["labels"] = labels
    if finalizers:
        meta["finalizers"] = list(finalizers)
    if deleting:
        meta["deletionTimestamp"] = "2024-01-01T00:00:00Z"
    return meta


def cluster_state() -> dict:
    """An org namespace while the cluster ``acme`` is being deleted, with a neighbour cluster ``other``."""
    label = {"giantswarm.io/cluster": CLUSTER}
    releases = {
        NAMESPACE: {
            "acme-cilium": {"metadata": _meta("acme-cilium", labels=label)},
            "acme-cloud-provider-vsphere": {"metadata": _meta("acme-cloud-provider-vsphere", labels=label)},
            "acme-coredns": {"metadata": _meta("acme-coredns", labels=label, deleting=False)},
            "other-cilium": {"metadata": _meta("other-cilium", labels={"giantswarm.io/cluster": "other"})},
            "acme-unlabelled": {"metadata": _meta("acme-unlabelled")},
        },
        "org-elsewhere": {"acme-cilium": {"metadata": _meta("acme-cilium", "org-elsewhere", labels=label)}},
    }
    charts = {NAMESPACE: {name: {"metadata": _meta(name, deleting=False),
                                 "spec": {"sourceRef": {"kind": "HelmRepository", "name": source}}}
                          for name, source in {**CLUSTER_CHARTS, **OTHER_CHARTS}.items()}}
    charts["org-elsewhere"] = {"org-elsewhere-acme-cilium": {
        "metadata": _meta("org-elsewhere-acme-cilium", "org-elsewhere", deleting=False),
        "spec": {"sourceRef": {"kind": "HelmRepository", "name": "acme-default"}}}}
    job_objects = {kind: {NAMESPACE: {JOB: {"metadata": _meta(JOB, deleting=False, finalizers=None)}}}
                   for kind in ("serviceaccounts", "roles", "rolebindings")}
    job_objects["jobs"] = {NAMESPACE: {JOB: {"metadata": {**_meta(JOB, deleting=False, finalizers=None),
                                                          "uid": JOB_UID}}}}
    return {"objects": {"helmreleases": releases, "helmcharts": charts, **job_objects,
                        "clusters": {NAMESPACE: {CLUSTER: {"metadata": _meta(CLUSTER)}}}}}


def api_version_of_resource(name: str) -> str:
    """``clusters.v1beta2.cluster.x-k8s.io`` -> ``cluster.x-k8s.io/v1beta2``."""
    _, version, group = name.split(".", 2)
    return f"{group}/{version}"


def cleanup_job_env(management_cluster: ManagementCluster, on_delete: bool = False) -> dict[str, str]:
    """The environment of the cleanup Job the construct emits for cluster ``acme`` in ``org-acme``."""
    from cdk8s import App, Chart

    from constructs_lib.config import load_values_text
    from constructs_lib.constructs.context import ClusterContext
    from constructs_lib.constructs.documents import chart_documents
    from constructs_lib.constructs.jobs.cleanup import DeletionCleanup

    values = load_values_text((CASES / "ssh-none.yaml").read_text(), "ssh-none.yaml").values
    ctx = ClusterContext(name=CLUSTER, namespace=NAMESPACE, values=values, management_cluster=management_cluster)
    chart = Chart(App(), "cleanup", disable_resource_name_hashes=True)
    DeletionCleanup(chart, "cleanup", ctx, on_delete=on_delete)
    (job,) = [d for d in chart_documents(chart) if d["kind"] == "Job"]
    (container,) = job["spec"]["template"]["spec"]["containers"]
    return {e["name"]: e["value"] for e in container["env"]}


class FakeCluster:
    """The fake kubectl on PATH (serving only the API versions of one generation), its state file
    and its call log."""

    def __init__(self, tmp_path: Path, state: dict, generation: str = DEFAULT_GENERATION,
                 served: frozenset[str] | None = None):
        self.bin = tmp_path / "bin"
        self.bin.mkdir()
        self.state_file = tmp_path / "state.json"
        self.log = tmp_path / "kubectl.log"
        management_cluster, (self.cluster_resource, self.release, self.chart) = GENERATIONS[generation]
        self.job_env = cleanup_job_env(management_cluster)
        # By default the management cluster serves exactly the versions the Job should name: a call
        # in any other version, or leaving it to discovery, fails.
        self.served = served if served is not None else frozenset(
            api_version_of_resource(name) for name in (self.cluster_resource, self.release, self.chart))
        write_executable(self.bin / "kubectl", f'#!/bin/sh\nexec "{sys.executable}" "{SERVED_KUBECTL}" "$@"\n')
        self.state_file.write_text(json.dumps(state))

    @property
    def state(self) -> dict:
        return json.loads(self.state_file.read_text())

    def objects(self, plural: str, namespace: str = NAMESPACE) -> dict:
        return self.state["objects"].get(plural, {}).get(namespace, {})

    def calls(self) -> list[list[str]]:
        return [json.loads(line) for line in calls(self.log)]

    def run_job(self, shell: str = "sh", wait: str | None = "false", **overrides: str) -> subprocess.CompletedProcess:
        """The Job's container command, ``/bin/sh -xc SCRIPT``, with the Job's environment
        (``WAIT_FOR_CLUSTER_DELETION`` as ``wait`` says, unset for ``None``)."""
        env = base_env(self.bin) | self.job_env | {
            "FAKE_KUBECTL_STATE": str(self.state_file), "FAKE_KUBECTL_LOG": str(self.log),
            "FAKE_KUBECTL_SERVED": ",".join(sorted(self.served)),
            "FAKE_KUBECTL_BACKEND": str(FIXTURES / "fake_kubectl.py")}
        env.pop("WAIT_FOR_CLUSTER_DELETION")
        if wait is not None:
            env["WAIT_FOR_CLUSTER_DELETION"] = wait
        env |= overrides
        result = run([shell, "-xc", cleanup_script()], env=env)
        assert "fake kubectl:" not in result.stderr, f"unexpected kubectl call:\n{result.stderr}"
        return result


def mutations(calls_: list[list[str]]) -> list[tuple[str, str, str]]:
    """(verb, resource, name) of every patch and delete, checking their namespace and patch."""
    found = []
    for call in calls_:
        if call[0] in ("patch", "delete"):
            assert call[1:3] == ["-n", NAMESPACE], call
            found.append((call[0], call[3], call[4]))
    return found


def patch_body(call: list[str]) -> dict:
    assert call[0] == "patch" and "--type=merge" in call
    return json.loads(call[call.index("-p") + 1])


@pytest.fixture
def cluster(tmp_path) -> FakeCluster:
    return FakeCluster(tmp_path, cluster_state())


@pytest.mark.parametrize("generation", GENERATION_IDS)
def test_the_job_names_each_resource_in_the_version_of_its_generation(generation):
    management_cluster, (cluster_resource, release, chart) = GENERATIONS[generation]
    for on_delete in (False, True):
        env = cleanup_job_env(management_cluster, on_delete)
        assert (env["CLUSTER_RESOURCE"], env["HELMRELEASE_RESOURCE"], env["HELMCHART_RESOURCE"]) == (
            cluster_resource, release, chart)
        assert env["WAIT_FOR_CLUSTER_DELETION"] == ("true" if on_delete else "false")
    # Every one is served by the releases of the generation.
    served = served_api_versions(management_cluster)
    assert {api_version_of_resource(name) for name in (cluster_resource, release, chart)} <= served


@pytest.mark.parametrize("shell, generation", SHELLS_AND_GENERATIONS)
def test_cleanup_removes_the_finalizers_of_the_cluster_releases(tmp_path, shell, generation):
    cluster = FakeCluster(tmp_path, cluster_state(), generation)
    RELEASE = cluster.release
    result = cluster.run_job(shell)
    assert result.returncode == 0, result.stderr
    log = cluster.calls()
    assert log[0] == ["get", RELEASE, "-n", NAMESPACE, "-l", f"giantswarm.io/cluster={CLUSTER}",
                      "-o", "jsonpath={.items[*].metadata.name}"]
    release_patches = [call for call in log if call[0] == "patch" and call[3] == RELEASE]
    assert sorted(call[4] for call in release_patches) == CLUSTER_RELEASES
    assert all(patch_body(call) == REMOVE_FINALIZERS for call in release_patches)
    releases = cluster.objects("helmreleases")
    # The deleted ones are gone; the one not being deleted stays, without finalizers.
    assert sorted(releases) == ["acme-coredns", "acme-unlabelled", "other-cilium"]
    assert "finalizers" not in releases["acme-coredns"]["metadata"]
    assert releases["other-cilium"]["metadata"]["finalizers"] == FINALIZERS
    assert releases["acme-unlabelled"]["metadata"]["finalizers"] == FINALIZERS
    assert cluster.objects("helmreleases", "org-elsewhere")["acme-cilium"]["metadata"]["finalizers"] == FINALIZERS


@pytest.mark.parametrize("shell, generation", SHELLS_AND_GENERATIONS)
def test_cleanup_deletes_only_the_charts_of_the_cluster_repositories(tmp_path, shell, generation):
    cluster = FakeCluster(tmp_path, cluster_state(), generation)
    RELEASE, CHART_RESOURCE = cluster.release, cluster.chart
    result = cluster.run_job(shell)
    assert result.returncode == 0, result.stderr
    log = cluster.calls()
    assert ["get", CHART_RESOURCE, "-n", NAMESPACE, "--no-headers",
            "-o", "custom-columns=NAME:.metadata.name,SOURCE:.spec.sourceRef.name"] in log
    chart_calls = [call for call in log if call[0] in ("patch", "delete") and call[3] == CHART_RESOURCE]
    expected = []
    for name in sorted(CLUSTER_CHARTS):
        expected += [["patch", "-n", NAMESPACE, CHART_RESOURCE, name, "--type=merge",
                      "-p", json.dumps(REMOVE_FINALIZERS, separators=(",", ":"))],
                     ["delete", "-n", NAMESPACE, CHART_RESOURCE, name, "--ignore-not-found=true"]]
    assert chart_calls == expected
    charts = cluster.objects("helmcharts")
    assert sorted(charts) == sorted(OTHER_CHARTS)
    assert all(chart["metadata"]["finalizers"] == FINALIZERS and "deletionTimestamp" not in chart["metadata"]
               for chart in charts.values())
    assert list(cluster.objects("helmcharts", "org-elsewhere")) == ["org-elsewhere-acme-cilium"]
    # Nothing else was touched.
    assert {(verb, resource) for verb, resource, _ in mutations(log)} == {
        ("patch", RELEASE), ("patch", CHART_RESOURCE), ("delete", CHART_RESOURCE)}


@pytest.mark.parametrize("shell", POSIX_SHELLS)
def test_cleanup_with_nothing_to_clean(tmp_path, shell):
    state = cluster_state()
    state["objects"]["helmreleases"] = {}
    state["objects"]["helmcharts"] = {}
    cluster = FakeCluster(tmp_path, state)
    result = cluster.run_job(shell)
    assert result.returncode == 0, result.stderr
    assert [call[0] for call in cluster.calls()] == ["get", "get"]
    assert cluster.state == state


def test_cleanup_with_only_foreign_objects(tmp_path):
    state = cluster_state()
    for name in CLUSTER_RELEASES:
        del state["objects"]["helmreleases"][NAMESPACE][name]
    for name in CLUSTER_CHARTS:
        del state["objects"]["helmcharts"][NAMESPACE][name]
    cluster = FakeCluster(tmp_path, state)
    result = cluster.run_job()
    assert result.returncode == 0, result.stderr
    assert mutations(cluster.calls()) == []
    assert cluster.state == state


@pytest.mark.parametrize("shell", POSIX_SHELLS)
def test_cleanup_twice_is_harmless(cluster, shell):
    first = cluster.run_job(shell)
    assert first.returncode == 0, first.stderr
    after_first = cluster.state
    first_calls = len(cluster.calls())
    second = cluster.run_job(shell)
    assert second.returncode == 0, second.stderr
    assert cluster.state == after_first
    # The second run only finds the release that was not being deleted, and no chart.
    assert mutations(cluster.calls()[first_calls:]) == [("patch", cluster.release, "acme-coredns")]


def test_cleanup_tolerates_objects_deleted_meanwhile(tmp_path):
    # helm-controller or source-controller may remove an object between the listing and the patch.
    state = cluster_state()
    state["vanish_before_patch"] = ["helmreleases/acme-cilium", "helmcharts/org-acme-acme-test-app"]
    cluster = FakeCluster(tmp_path, state)
    result = cluster.run_job()
    assert result.returncode == 0, result.stderr
    assert sorted(cluster.objects("helmreleases")) == ["acme-coredns", "acme-unlabelled", "other-cilium"]
    assert sorted(cluster.objects("helmcharts")) == sorted(OTHER_CHARTS)
    # The charts after the vanished one were still cleaned.
    deleted = [name for verb, resource, name in mutations(cluster.calls()) if verb == "delete"]
    assert deleted == sorted(CLUSTER_CHARTS)


@pytest.mark.parametrize("forbidden", ["helmreleases/acme-cilium", "helmcharts/org-acme-acme-cilium"])
def test_cleanup_fails_when_a_patch_is_refused(tmp_path, forbidden):
    state = cluster_state()
    state["forbidden"] = [forbidden]
    cluster = FakeCluster(tmp_path, state)
    result = cluster.run_job()
    assert result.returncode != 0
    assert "Forbidden" in result.stderr


@pytest.mark.parametrize("shell, generation", SHELLS_AND_GENERATIONS)
def test_watcher_takes_ownership_then_waits_then_cleans(tmp_path, shell, generation):
    cluster = FakeCluster(tmp_path, cluster_state(), generation)
    RELEASE = cluster.release
    result = cluster.run_job(shell, wait="true")
    assert result.returncode == 0, result.stderr
    log = cluster.calls()
    assert log[0] == ["get", "job", "-n", NAMESPACE, JOB, "-o", "jsonpath={.metadata.uid}"]
    owner_patches = log[1:4]
    assert [call[:5] for call in owner_patches] == [["patch", "-n", NAMESPACE, kind, JOB]
                                                     for kind in ("serviceaccount", "role", "rolebinding")]
    assert all(patch_body(call) == {"metadata": {"ownerReferences": [OWNER]}} for call in owner_patches)
    assert log[4] == ["wait", "-n", NAMESPACE, "--for=delete", f"{cluster.cluster_resource}/{CLUSTER}",
                      "--timeout=-1s"]
    # Only then the cleanup proper.
    assert log[5][:2] == ["get", RELEASE]
    assert sorted(call[4] for call in log[5:] if call[0] == "patch" and call[3] == RELEASE) == CLUSTER_RELEASES
    for plural in ("serviceaccounts", "roles", "rolebindings"):
        assert cluster.objects(plural)[JOB]["metadata"]["ownerReferences"] == [OWNER]
    assert cluster.objects("clusters") == {}
    assert sorted(cluster.objects("helmcharts")) == sorted(OTHER_CHARTS)
    assert "Waiting for the deletion of Cluster acme" in result.stderr + result.stdout


@pytest.mark.parametrize("wait", [None, "false", "yes"], ids=["unset", "false", "not-true"])
def test_without_watcher_mode_no_ownership_and_no_wait(cluster, wait):
    result = cluster.run_job(wait=wait)
    assert result.returncode == 0, result.stderr
    log = cluster.calls()
    assert log[0][:2] == ["get", cluster.release]
    assert not [call for call in log if call[0] == "wait" or "job" in call[:2]]
    assert {resource for _, resource, _ in mutations(log)} == {cluster.release, cluster.chart}
    for plural in ("serviceaccounts", "roles", "rolebindings"):
        assert "ownerReferences" not in cluster.objects(plural)[JOB]["metadata"]
    assert CLUSTER in cluster.objects("clusters")


def test_watcher_cleans_nothing_when_the_wait_fails(tmp_path):
    state = cluster_state()
    state["wait_fails"] = True
    cluster = FakeCluster(tmp_path, state)
    result = cluster.run_job(wait="true")
    assert result.returncode != 0
    assert "timed out" in result.stderr
    assert [call[0] for call in cluster.calls()] == ["get", "patch", "patch", "patch", "wait"]
    assert sorted(cluster.objects("helmreleases")) == sorted(cluster_state()["objects"]["helmreleases"][NAMESPACE])
    assert sorted(cluster.objects("helmcharts")) == sorted({**CLUSTER_CHARTS, **OTHER_CHARTS})


def test_watcher_stops_when_the_job_cannot_be_read(tmp_path):
    state = cluster_state()
    del state["objects"]["jobs"]
    cluster = FakeCluster(tmp_path, state)
    result = cluster.run_job(wait="true")
    assert result.returncode != 0
    assert "NotFound" in result.stderr
    assert [call[0] for call in cluster.calls()] == ["get"]


def test_watcher_in_a_version_the_management_cluster_does_not_serve_fails_before_cleaning(tmp_path):
    # A v1beta2 Job against a management cluster serving Cluster API v1beta1 only (its releases
    # declared newer than they are): the wait is refused, nothing is cleaned.
    served = frozenset({"cluster.x-k8s.io/v1beta1", "helm.toolkit.fluxcd.io/v2", "source.toolkit.fluxcd.io/v1"})
    cluster = FakeCluster(tmp_path, cluster_state(), "v1beta2", served=served)
    result = cluster.run_job(wait="true")
    assert result.returncode != 0
    assert 'the server doesn\'t have a resource type "clusters.v1beta2.cluster.x-k8s.io"' in result.stderr
    assert [call[0] for call in cluster.calls()] == ["get", "patch", "patch", "patch", "wait"]
    assert sorted(cluster.objects("helmreleases")) == sorted(cluster_state()["objects"]["helmreleases"][NAMESPACE])


@pytest.mark.parametrize("generation", GENERATION_IDS)
def test_cleanup_runs_where_every_version_of_the_releases_is_served(tmp_path, generation):
    # A management cluster serves older versions beside the Job's; the Job still names its own.
    management_cluster = GENERATIONS[generation][0]
    cluster = FakeCluster(tmp_path, cluster_state(), generation, served=served_api_versions(management_cluster))
    result = cluster.run_job(wait="true")
    assert result.returncode == 0, result.stderr
    resources = {call[3] for call in cluster.calls() if call[0] in ("patch", "delete") and "." in call[3]}
    assert resources == {cluster.release, cluster.chart}
    assert cluster.calls()[4][4] == f"{cluster.cluster_resource}/{CLUSTER}"


@pytest.mark.parametrize("missing, wait", [("CLUSTER_RESOURCE", "true"), ("HELMRELEASE_RESOURCE", "false"),
                                           ("HELMCHART_RESOURCE", "false")])
@pytest.mark.parametrize("value", ["", "clusters.cluster.x-k8s.io", "helmreleases.helm.toolkit.fluxcd.io", "hr"])
def test_cleanup_refuses_a_resource_without_its_version(cluster, missing, wait, value):
    result = cluster.run_job(wait=wait, **{missing: value})
    assert result.returncode != 0
    assert missing in result.stderr and "with its version, e.g." in result.stderr.replace("their", "its")
    assert f"'{value}'" in result.stderr
    assert cluster.calls() == []
