#!/usr/bin/env python3
"""Generate ``imports/`` (typed classes, ``cdk8s import``) and the CRD schema bundle, offline.

The CRDs come from a local directory holding the upstream files named in ``cdk8s.yaml``
(``imports:``, one upstream release URL per CRD); each URL is matched to the local file of the
same name. For every kind one API version is kept (:data:`VERSIONS`), so that the generated
classes carry no version suffix, and the CRDs of one API group are imported together in one
call (``cdk8s import`` of a group's CRDs one by one overwrites the group's module).

Outputs (both committed):

* ``imports/``: the Python modules ``cdk8s import`` writes, one package per API group;
* ``constructs_lib/crd/schemas/<group>/<Kind>.<version>.json``: each kept version's
  ``openAPIV3Schema``, used to validate what we synthesize without the CRD files at hand.

``--check`` generates into a scratch directory and fails when anything differs from what is
committed (the jsii assembly tarballs are compared by content, not by bytes).
"""
from __future__ import annotations

import argparse
import filecmp
import gzip
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
SCHEMAS = ROOT / "constructs_lib" / "crd" / "schemas"
CDK8S = ROOT / "node_modules" / ".bin" / "cdk8s"

VERSIONS = {
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
}


def _fail(message: str) -> "NoReturn":  # noqa: F821
    print(f"gen_imports: {message}", file=sys.stderr)
    sys.exit(1)


def import_urls() -> list[str]:
    config = yaml.safe_load((ROOT / "cdk8s.yaml").read_text(encoding="utf-8"))
    return [entry for entry in config.get("imports", []) if isinstance(entry, str)]


def local_crds(crds_dir: Path) -> list[dict]:
    """The CRDs behind the URLs of cdk8s.yaml, each reduced to its selected version."""
    by_name = {p.name: p for p in crds_dir.rglob("*.yaml")}
    crds, missing = [], []
    for url in import_urls():
        path = by_name.get(url.rsplit("/", 1)[-1])
        if path is None:
            missing.append(url)
            continue
        crd = yaml.safe_load(path.read_text(encoding="utf-8"))
        kind = crd["spec"]["names"]["kind"]
        if kind not in VERSIONS:
            _fail(f"{path.name}: no version chosen for kind {kind} (add it to VERSIONS)")
        kept = [v for v in crd["spec"]["versions"] if v["name"] == VERSIONS[kind]]
        if not kept:
            _fail(f"{path.name}: has no version {VERSIONS[kind]}")
        crd["spec"]["versions"] = kept
        crds.append(crd)
    if missing:
        _fail(f"no local file in {crds_dir} for: " + ", ".join(missing))
    return crds


def generate(crds: list[dict], out: Path, work: Path) -> None:
    groups: dict[str, list[dict]] = {}
    for crd in crds:
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
    schemas = out / "schemas"
    for crd in crds:
        version = crd["spec"]["versions"][0]
        target = schemas / crd["spec"]["group"] / f"{crd['spec']['names']['kind']}.{version['name']}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(version["schema"]["openAPIV3Schema"], indent=1, sort_keys=True) + "\n",
                          encoding="utf-8")


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
    parser.add_argument("--crds", required=True, type=Path, help="directory holding the upstream CRD files")
    parser.add_argument("--check", action="store_true", help="fail when the committed files are stale")
    args = parser.parse_args(argv)
    if not CDK8S.exists():
        _fail(f"{CDK8S.relative_to(ROOT)} is missing; run `npm ci` (make does)")
    crds = local_crds(args.crds)
    with tempfile.TemporaryDirectory(prefix="gen-imports-") as scratch:
        work, out = Path(scratch) / "work", Path(scratch) / "out"
        work.mkdir()
        out.mkdir()
        generate(crds, out, work)
        if args.check:
            problems = _differences(out / "imports", IMPORTS) + _differences(out / "schemas", SCHEMAS)
            if problems:
                print("gen_imports: committed files differ from a fresh generation (run `make imports`):",
                      file=sys.stderr)
                for problem in problems:
                    print(f"  {problem}", file=sys.stderr)
                return 1
            print("gen_imports: imports/ and the schema bundle are up to date")
            return 0
        for generated, target in ((out / "imports", IMPORTS), (out / "schemas", SCHEMAS)):
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(generated, target)
    print(f"gen_imports: wrote {IMPORTS.relative_to(ROOT)}/ and {SCHEMAS.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
