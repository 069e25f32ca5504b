#!/usr/bin/env python3
"""Generate ``imports/`` (typed classes, ``cdk8s import``) and the CRD schema bundle, offline.

The CRDs come from two local directories of upstream files, one per era: ``--crds`` holds the
releases the chart was written for (``2024``), ``--crds-current`` the current ones (``current``).
Each directory's ``SOURCES.md`` records the upstream repository, tag and path of its files; every
URL of ``cdk8s.yaml`` (``imports:``) is matched to the file that SOURCES.md names for it, so
files of the same name in both directories are told apart by their release tag.

Outputs (both committed):

* ``imports/``: the Python modules ``cdk8s import`` writes, one package per API group. The CRDs
  of one group are imported in one call (one jsii assembly per group: an import of a group's
  CRDs one by one overwrites the group's module, and two assemblies of the same name collide in
  the jsii kernel). :data:`CLASSES` chooses the versions that get a class: per kind, one CRD is
  built whose versions are the 2024 one, then the current one; ``cdk8s import`` names the first
  without suffix and the later one with its version (``HelmRelease`` is v2beta1,
  ``HelmReleaseV2`` v2, with structs ``HelmReleaseV2Spec``...). Classes for the current Cluster
  API and CAPV versions are one line per kind in ``CLASSES["current"]``, e.g.
  ``"Cluster": "v1beta2",`` gives ``ClusterV1Beta2``.
* ``constructs_lib/crd/schemas/<bundle>/<group>/<Kind>.<version>.json``: the ``openAPIV3Schema``
  of every version :data:`SCHEMAS` names, per era (``2024``, ``current``) and ``common`` for the
  CRDs that belong to no era (Cilium's); ``schemas/index.json`` records every version the CRD
  files declare for those kinds: whether it is served, deprecated, and has a bundled schema.

``--check`` generates into a scratch directory and fails when anything differs from what is
committed (the jsii assembly tarballs are normalized, so a fresh generation is byte-identical).
"""
from __future__ import annotations

import argparse
import filecmp
import gzip
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
IMPORTS = ROOT / "imports"
SCHEMAS_DIR = ROOT / "constructs_lib" / "crd" / "schemas"
CDK8S = ROOT / "node_modules" / ".bin" / "cdk8s"
RAW = "https://raw.githubusercontent.com/"

ERAS = ("2024", "current")
COMMON = "common"

CLASSES: dict[str, dict[str, str]] = {
    # era -> kind -> the version that gets a typed class; a kind's first class (in the order of
    # ERAS) has the bare name, a later one cdk8s import's version suffix
    "2024": {
        "Cluster": "v1beta1",
        "MachineDeployment": "v1beta1",
        "MachineHealthCheck": "v1beta1",
        "KubeadmConfigTemplate": "v1beta1",
        "KubeadmControlPlane": "v1beta1",
        "VSphereCluster": "v1beta1",
        "VSphereMachineTemplate": "v1beta1",
        "IPAddressClaim": "v1alpha1",   # the version the chart (and its --api-versions check) uses
        "IPAddress": "v1alpha1",
        "InClusterIPPool": "v1alpha2",
        "GlobalInClusterIPPool": "v1alpha2",
        "HelmRelease": "v2beta1",      # the chart's HelmRelease version
        "HelmRepository": "v1beta2",
        "CiliumNetworkPolicy": "v2",
        "CiliumClusterwideNetworkPolicy": "v2",
    },
    "current": {
        "HelmRelease": "v2",           # HelmReleaseV2 (helm-controller 1.x serves only v2)
        "HelmRepository": "v1",        # HelmRepositoryV1
        # Cluster API from 1.11 and CAPV from 1.16 (v1beta2 storage): ClusterV1Beta2, ...
        "Cluster": "v1beta2",
        "MachineDeployment": "v1beta2",
        "MachineHealthCheck": "v1beta2",
        "KubeadmConfigTemplate": "v1beta2",
        "KubeadmControlPlane": "v1beta2",
        "VSphereCluster": "v1beta2",
        "VSphereMachineTemplate": "v1beta2",
    },
}

ERA_INDEPENDENT: dict[str, tuple[str, ...]] = {
    # kinds whose CRDs belong to no era: bundled once, as "common", from the era directory holding them
    "CiliumNetworkPolicy": ("v2",),
    "CiliumClusterwideNetworkPolicy": ("v2",),
}

_CAPI_CURRENT = ("v1beta1", "v1beta2")
SCHEMAS: dict[str, dict[str, tuple[str, ...]]] = {
    # bundle -> kind -> the versions whose schema is bundled (those we emit or may emit)
    "2024": {kind: (version,) for kind, version in CLASSES["2024"].items() if kind not in ERA_INDEPENDENT},
    "current": {
        "Cluster": _CAPI_CURRENT,
        "MachineDeployment": _CAPI_CURRENT,
        "MachineHealthCheck": _CAPI_CURRENT,
        "KubeadmConfigTemplate": _CAPI_CURRENT,
        "KubeadmControlPlane": _CAPI_CURRENT,
        "VSphereCluster": _CAPI_CURRENT,
        "VSphereMachineTemplate": _CAPI_CURRENT,
        "IPAddressClaim": ("v1alpha1", "v1beta1", "v1beta2"),
        "HelmRelease": ("v2",),
        "HelmRepository": ("v1",),
    },
    COMMON: ERA_INDEPENDENT,
}


def _fail(message: str) -> "NoReturn":  # noqa: F821
    print(f"gen_imports: {message}", file=sys.stderr)
    sys.exit(1)


def import_urls() -> list[str]:
    config = yaml.safe_load((ROOT / "cdk8s.yaml").read_text(encoding="utf-8"))
    return [entry for entry in config.get("imports", []) if isinstance(entry, str)]


def upstream_files(crds_dir: Path) -> dict[str, Path]:
    """The upstream URL of every file in the table of ``crds_dir/SOURCES.md`` (columns ``file``,
    ``...repo``, ``tag``, ``...path`` and ``sha256...``), mapped to the local file, whose sha256
    must begin with the recorded one."""
    sources = crds_dir / "SOURCES.md"
    if not sources.is_file():
        _fail(f"{sources} is missing")
    rows = [[cell.strip().strip("`") for cell in line.strip().strip("|").split("|")]
            for line in sources.read_text(encoding="utf-8").splitlines() if line.startswith("|")]
    header = next((row for row in rows if row and row[0] == "file"), [])
    wanted = (lambda h: h == "file", lambda h: h.endswith("repo"), lambda h: h == "tag",
              lambda h: h.endswith("path"), lambda h: h.startswith("sha256"))
    columns = [next((i for i, name in enumerate(header) if matches(name)), None) for matches in wanted]
    if None in columns:
        _fail(f"{sources}: no table with the columns file, repo, tag, path and sha256")
    found = {}
    for row in rows:
        if len(row) == len(header) and row[columns[0]].endswith(".yaml"):
            name, repo, tag, path, sha256 = (row[i] for i in columns)
            local = crds_dir / name
            digest = hashlib.sha256(local.read_bytes()).hexdigest() if local.is_file() else ""
            if not sha256 or not digest.startswith(sha256):
                _fail(f"{local}: missing, or not the file {sources.name} records (sha256 {sha256}...)")
            found[f"{RAW}{repo.removeprefix('https://github.com/').strip('/')}/{tag}/{path}"] = local
    return found


def release_of(url: str) -> str:
    """``https://raw.githubusercontent.com/OWNER/REPO/TAG/...`` -> ``OWNER/REPO TAG``."""
    owner, repo, tag = url.removeprefix(RAW).split("/")[:3]
    return f"{owner}/{repo} {tag}"


def local_crds(era_dirs: dict[str, Path]) -> dict[tuple[str, str], tuple[dict, str]]:
    """``(era, kind) -> (CRD, upstream release)`` for every URL of cdk8s.yaml."""
    by_era = {era: upstream_files(directory) for era, directory in era_dirs.items()}
    crds, problems = {}, []
    for url in import_urls():
        eras = [era for era, files in by_era.items() if url in files]
        if len(eras) != 1:
            where = ", ".join(str(era_dirs[era]) for era in eras) or "none"
            problems.append(f"{url}: must be in the SOURCES.md of one CRD directory (is in: {where})")
            continue
        path = by_era[eras[0]][url]
        crd = yaml.safe_load(path.read_text(encoding="utf-8"))
        crds[(eras[0], crd["spec"]["names"]["kind"])] = crd, release_of(url)
    if problems:
        _fail("cdk8s.yaml and the CRD directories disagree:\n  " + "\n  ".join(problems))
    return crds


def check_all_used(crds: dict) -> None:
    """Every CRD of cdk8s.yaml gives a class or a bundled schema (the list names the files used)."""
    used = {(era, kind) for era, kinds in CLASSES.items() for kind in kinds}
    used |= {(era, kind) for era in ERAS for kind in SCHEMAS[era]}
    unused = sorted(f"{kind} ({era})" for era, kind in crds if (era, kind) not in used and kind not in ERA_INDEPENDENT)
    if unused:
        _fail("cdk8s.yaml lists CRDs that neither CLASSES nor SCHEMAS use: " + ", ".join(unused))


def _version(crd: dict, name: str, where: str) -> dict:
    found = [v for v in crd["spec"]["versions"] if v["name"] == name]
    if not found:
        _fail(f"{where}: the CRD of {crd['spec']['names']['kind']} has no version {name}")
    return found[0]


def _crd(crds: dict, era: str, kind: str) -> tuple[dict, str]:
    if (era, kind) not in crds:
        _fail(f"no CRD of {kind} for era {era} in cdk8s.yaml")
    return crds[(era, kind)]


def class_crds(crds: dict) -> list[dict]:
    """Per kind of :data:`CLASSES`, one CRD whose versions are the chosen ones, 2024 first."""
    out = []
    for kind in dict.fromkeys(kind for era in ERAS for kind in CLASSES[era]):
        picked = [(era, CLASSES[era][kind]) for era in ERAS if kind in CLASSES[era]]
        versions = [_version(_crd(crds, era, kind)[0], version, f"CLASSES[{era!r}]") for era, version in picked]
        if len({v["name"] for v in versions}) != len(versions):
            _fail(f"CLASSES: {kind} names one version in two eras")
        crd = dict(_crd(crds, picked[0][0], kind)[0])
        crd["spec"] = dict(crd["spec"], versions=versions)
        out.append(crd)
    return out


def bundle(crds: dict) -> tuple[dict[str, dict], dict]:
    """The schema files (path in the bundle -> schema) and the index."""
    files, index = {}, {}
    for name, kinds in SCHEMAS.items():
        for kind, versions in sorted(kinds.items()):
            eras = [name] if name != COMMON else [era for era in ERAS if (era, kind) in crds]
            if len(eras) != 1:
                _fail(f"SCHEMAS[{name!r}]: {kind} must come from exactly one era's CRD files")
            crd, release = _crd(crds, eras[0], kind)
            group = crd["spec"]["group"]
            for version in versions:
                schema = _version(crd, version, f"SCHEMAS[{name!r}]")["schema"]["openAPIV3Schema"]
                files[f"{name}/{group}/{kind}.{version}.json"] = schema
            index.setdefault(name, {}).setdefault(group, {})[kind] = {
                "release": release,
                "versions": {v["name"]: {"served": bool(v.get("served")), "deprecated": bool(v.get("deprecated")),
                                         "schema": v["name"] in versions} for v in crd["spec"]["versions"]},
            }
    for era, kinds in CLASSES.items():
        for kind, version in kinds.items():
            if not any(kind in SCHEMAS[name] and version in SCHEMAS[name][kind] for name in (era, COMMON)):
                _fail(f"CLASSES[{era!r}]: {kind} {version} has no schema in SCHEMAS (objects we emit are validated)")
    return files, index


def generate(crds: dict, out: Path, work: Path) -> None:
    check_all_used(crds)
    groups: dict[str, list[dict]] = {}
    for crd in class_crds(crds):
        groups.setdefault(crd["spec"]["group"], []).append(crd)
    env = dict(os.environ, JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION="20")
    imports_dir = out / "imports"
    for group in sorted(groups):
        # Each group into its own tree, then merged: an import replaces its package directory,
        # which would delete the packages of sub-groups (cluster.x-k8s.io holds bootstrap.cluster.x-k8s.io).
        source, group_out = work / f"{group}.yaml", work / group
        source.write_text(yaml.safe_dump_all(groups[group], sort_keys=False), encoding="utf-8")
        run = subprocess.run([str(CDK8S), "import", "--language", "python", "--output", str(group_out),
                              str(source)], cwd=work, env=env, capture_output=True, text=True)
        if run.returncode != 0:
            _fail(f"cdk8s import of {group} failed:\n{run.stdout}\n{run.stderr}")
        shutil.copytree(group_out, imports_dir, dirs_exist_ok=True)
    for tgz in imports_dir.rglob("*.tgz"):
        _normalize_tarball(tgz)
    # Regular packages all the way down, so that `pip install .` ships them like any other.
    for directory in [imports_dir, *sorted(p for p in imports_dir.rglob("*") if p.is_dir())]:
        init = directory / "__init__.py"
        if not init.exists():
            init.write_text('"""Generated by scripts/gen_imports.py (cdk8s import); do not edit."""\n', encoding="utf-8")
    files, index = bundle(crds)
    for name, schema in {**files, "index.json": index}.items():
        target = out / "schemas" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(schema, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _normalize_tarball(path: Path) -> None:
    """Rewrite a jsii assembly tarball without timestamps or owners, so that it is reproducible."""
    with tarfile.open(path, "r:gz") as tar:
        members = [(m, tar.extractfile(m).read() if m.isfile() else None) for m in tar.getmembers()]
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for member, data in sorted(members, key=lambda item: item[0].name):
            member.mtime, member.uid, member.gid, member.uname, member.gname = 0, 0, 0, "", ""
            member.pax_headers = {}
            tar.addfile(member, io.BytesIO(data) if data is not None else None)
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(buffer.getvalue())


def _differences(expected: Path, actual: Path) -> list[str]:
    cmp = filecmp.dircmp(expected, actual, ignore=["__pycache__"])
    out = [f"missing: {actual / n}" for n in cmp.left_only] + [f"not generated: {actual / n}" for n in cmp.right_only]
    out += [f"differs: {actual / n}" for n in cmp.diff_files]
    for name in cmp.common_dirs:
        out += _differences(expected / name, actual / name)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--crds", required=True, type=Path,
                        help="directory of the 2024 releases' CRD files (with SOURCES.md)")
    parser.add_argument("--crds-current", required=True, type=Path,
                        help="directory of the current releases' CRD files (with SOURCES.md)")
    parser.add_argument("--check", action="store_true", help="fail when the committed files are stale")
    args = parser.parse_args(argv)
    if not CDK8S.exists():
        _fail(f"{CDK8S.relative_to(ROOT)} is missing; run `npm ci` (make does)")
    crds = local_crds(dict(zip(ERAS, (args.crds, args.crds_current))))
    with tempfile.TemporaryDirectory(prefix="gen-imports-") as scratch:
        work, out = Path(scratch) / "work", Path(scratch) / "out"
        work.mkdir()
        out.mkdir()
        generate(crds, out, work)
        if args.check:
            problems = _differences(out / "imports", IMPORTS) + _differences(out / "schemas", SCHEMAS_DIR)
            if problems:
                print("gen_imports: committed files differ from a fresh generation (run `make imports`):",
                      file=sys.stderr)
                for problem in problems:
                    print(f"  {problem}", file=sys.stderr)
                return 1
            print("gen_imports: imports/ and the schema bundle are up to date")
            return 0
        for generated, target in ((out / "imports", IMPORTS), (out / "schemas", SCHEMAS_DIR)):
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(generated, target)
    print(f"gen_imports: wrote {IMPORTS.relative_to(ROOT)}/ and {SCHEMAS_DIR.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
