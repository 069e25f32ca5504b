"""Command line: ``python -m constructs_lib {render,synth} ...``; ``python main.py`` is ``synth``.

Commands are the only code that reads files, prints and chooses exit codes. Exit codes: 0 on
success, 1 when any input is invalid (every problem is printed to stderr), 2 on usage errors.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def _quiet_node_warnings() -> None:
    """jsii warns on every start that Node 20 is past its end of life; the output stays usable."""
    name = "JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION"
    versions = [v for v in os.environ.get(name, "").split(",") if v.strip()]
    if "20" not in versions:
        os.environ[name] = ",".join(versions + ["20"])


def _print_errors(errors: list[str]) -> None:
    for error in errors:
        print(f"error: {error}", file=sys.stderr)


def cmd_render(args) -> int:
    from .cluster import VsphereClusterProps
    from .cluster_file import IPAM_API, cluster_name_errors
    from .config import ConfigError, load_values_file
    from .output import dump_documents
    from .synth import build_error, synth_documents

    try:
        loaded = load_values_file(args.values)
        name_errors = cluster_name_errors(args.name, args.values, origin="--name")
    except ConfigError as exc:
        _print_errors([str(e) for e in exc.errors])
        return 1
    if name_errors:
        _print_errors([str(e) for e in name_errors])
        return 1
    for warning in loaded.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    api_versions = [v.strip() for v in (args.api_versions or "").split(",") if v.strip()]
    props = VsphereClusterProps(name=args.name, values=loaded.values, namespace=args.namespace,
                                ipam_api_available=IPAM_API in api_versions)
    try:
        documents = synth_documents(props)
    except Exception as exc:  # never a traceback for input problems
        _print_errors([build_error(args.values, exc)])
        return 1
    sys.stdout.write(dump_documents(documents))
    return 0


def cmd_synth(args) -> int:
    from .output import write_directory_atomically
    from .synth import synth_fleet

    clusters_dir, out_dir = Path(args.clusters), Path(args.out)
    if not clusters_dir.is_dir():
        _print_errors([f"{args.clusters}: no such directory of cluster files"])
        return 1

    def progress(index: int, total: int, source: str) -> None:
        if total >= 20 and (index % 10 == 0 or index == total):
            print(f"synth: {index}/{total} clusters ({source})", file=sys.stderr)

    result = synth_fleet(clusters_dir, args.clusters.rstrip("/"), progress=progress)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.errors:
        _print_errors(result.errors)
        print(f"synth: {args.out} left unchanged ({len(result.errors)} error(s)).", file=sys.stderr)
        return 1
    try:
        write_directory_atomically(out_dir, result.files)
    except OSError as exc:
        _print_errors([f"{args.out}: cannot be written ({exc.strerror or exc})"])
        return 1
    objects = sum(len(docs) for docs in result.documents.values())
    print(f"synth: {len(result.files)} cluster(s), {objects} objects written to {args.out}/")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m constructs_lib",
                                     description="Cluster API clusters on vSphere, declared with cdk8s.")
    sub = parser.add_subparsers(dest="command", required=True)

    render = sub.add_parser("render", help="print the manifests of one chart values file (like helm template)")
    render.add_argument("values", help="values file written for the chart cluster-vsphere 0.9.7")
    render.add_argument("--name", default="test", help="cluster (release) name (default: test)")
    render.add_argument("--namespace", default="default", help="namespace (default: default)")
    render.add_argument("--api-versions", default="", metavar="LIST",
                        help="comma-separated API versions the management cluster serves, as for Helm")
    render.set_defaults(func=cmd_render)

    synth = sub.add_parser("synth", help="synthesize every cluster file into the output directory")
    synth.add_argument("--clusters", default="clusters", help="directory of cluster files (default: clusters)")
    synth.add_argument("--out", default="dist", help="output directory (default: dist)")
    synth.set_defaults(func=cmd_synth)
    return parser


def main(argv: list[str] | None = None) -> int:
    _quiet_node_warnings()
    args = build_parser().parse_args(argv)
    return args.func(args)
