"""Command line: ``python -m constructs_lib {render,synth} ...``; ``python main.py`` is ``synth``.

Commands are the only code that reads files, prints and chooses exit codes. Exit codes: 0 on
success, 1 when any input is invalid (every problem is printed to stderr), 2 on usage errors.
"""
from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

import yaml


CDK8S_OUTDIR_VARIABLE = "CDK8S_OUTDIR"
"""Set by ``cdk8s synth`` to its ``output`` directory (``cdk8s.yaml``), which it deletes before
running the app: ``synth`` writes ``--out`` and then lists its manifests there for the CLI."""


def _print_errors(errors: list[str]) -> None:
    for error in errors:
        print(f"error: {error}", file=sys.stderr)


def cmd_render(args) -> int:
    from .render import render_values_file

    api_versions = [v.strip() for v in (args.api_versions or "").split(",") if v.strip()]
    result = render_values_file(args.values, args.name, args.namespace, api_versions)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.errors:
        _print_errors(result.errors)
        return 1
    sys.stdout.write(result.text)
    return 0


def _progress(command: str):
    def progress(index: int, total: int, source: str) -> None:
        if total >= 20 and (index % 10 == 0 or index == total):
            print(f"{command}: {index}/{total} clusters ({source})", file=sys.stderr)
    return progress


def _fleet(args, command: str):
    """Synthesize the cluster directory in memory; ``None`` (errors printed) when anything fails."""
    from .fleet import cluster_files, load_fleet
    from ..runtime.entrypoint import start_runtime_in_background
    from ..runtime.workers import worker_count
    from .synth import worker_pool

    clusters_dir = Path(args.clusters)
    if not clusters_dir.is_dir():
        _print_errors([f"{args.clusters}: no such directory of cluster files"])
        return None
    display_dir = args.clusters.rstrip("/") or "/"
    # The jsii runtime (here, or in worker processes for --jobs) starts while the files load.
    workers = worker_count(args.jobs, len(cluster_files(clusters_dir)))
    pool = worker_pool(workers) if workers > 1 else None
    # The fleet's files and documents are plain acyclic data that stay until the command ends:
    # Python's cycle collector frees nothing among them, and its passes over them grow with the
    # fleet (about 0.6 s of CPU for 500 clusters). With workers it is off while the files load
    # and the outputs arrive, and what exists then is set aside for good (gc.freeze); a fleet
    # built in this process (jsii's objects) keeps it on.
    collecting = gc.isenabled()
    if pool is not None:
        gc.disable()
    try:
        starting = start_runtime_in_background() if pool is None else None
        # Every file is loaded and checked first: bad input is reported at once, before any
        # cluster is built.
        clusters, errors, warnings = load_fleet(clusters_dir, display_dir)
        if starting is not None:
            starting.join()
        if errors:
            if pool is not None:
                pool.close()
            for warning in warnings:
                print(f"warning: {warning}", file=sys.stderr)
            _print_errors(errors)
            return None
        from .synth import synth_fleet

        result = synth_fleet(clusters_dir, display_dir, progress=_progress(command),
                             loaded={cluster.source: cluster for cluster in clusters}, jobs=args.jobs, pool=pool)
        gc.freeze()
    finally:
        if collecting:
            gc.enable()
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if result.errors:
        _print_errors(result.errors)
        return None
    return result


def _output_documents(out_dir: Path) -> tuple[dict[str, list[dict]], list[str]]:
    """The objects of every manifest of the output directory, read once (cluster name -> objects),
    and one message per manifest that cannot be read."""
    from ..constructs.manifest_yaml import load_documents
    from .output import MANIFEST_SUFFIX

    current, unreadable = {}, []
    if out_dir.is_dir():
        for path in sorted(out_dir.glob("*" + MANIFEST_SUFFIX)):
            try:
                docs = load_documents(path.read_text(encoding="utf-8"))
            except (OSError, ValueError, UnicodeDecodeError, yaml.YAMLError) as exc:
                unreadable.append(f"{path}: cannot be read as a manifest stream ({str(exc).splitlines()[0]})")
                continue
            current[path.name[: -len(MANIFEST_SUFFIX)]] = [
                d for d in docs if isinstance(d, dict) and isinstance(d.get("metadata"), dict)]
    return current, unreadable


def _plan_against(current: dict[str, list[dict]], result):
    from .plan import Plan, diff_cluster

    plan = Plan()
    for name in sorted(set(current) | set(result.documents)):
        plan.clusters.append(diff_cluster(name, current.get(name, []), result.documents.get(name, [])))
    _mask_secret_fields(plan)
    return plan


def _mask_secret_fields(plan) -> None:
    """Secret fields outside Secrets (an OS user's ``passwd`` hash in a KubeadmConfigTemplate or
    the KubeadmControlPlane), also inside a changed list or mapping, are shown as ``***`` like
    Secret data."""
    from ..config.errors import SECRET_KEYS, is_secret_path
    from .plan import _ABSENT, MASK, FieldChange

    def masked(value):
        if isinstance(value, dict):
            return {k: MASK if str(k) in SECRET_KEYS else masked(v) for k, v in value.items()}
        if isinstance(value, list):
            return [masked(v) for v in value]
        return value

    def hide(path: str, value):
        if value is _ABSENT:
            return value
        return MASK if is_secret_path(path) else masked(value)

    for cluster in plan.clusters:
        for change in cluster.changes:
            change.fields = [FieldChange(f.path, hide(f.path, f.old), hide(f.path, f.new)) for f in change.fields]


def _destroys_everything(out_dir: Path, result, allowed: bool) -> list[str]:
    """The error when the new fleet keeps none of the clusters the output holds (an empty or
    mistyped ``--clusters``): Flux would prune them all. Empty unless that, and not ``allowed``."""
    from .output import MANIFEST_SUFFIX, manifest_names

    held = [name[: -len(MANIFEST_SUFFIX)] for name in manifest_names(out_dir)]
    if allowed or not held or set(held) & set(result.documents):
        return []
    shown = ", ".join(held[:5]) + (f" and {len(held) - 5} more" if len(held) > 5 else "")
    return [f"{out_dir}: this would destroy every cluster it holds ({shown}) and keep none: "
            f"the cluster files given ({len(result.documents)}) name none of them. Check --clusters; "
            "pass --allow-destroy-all to destroy them all"]


def _refused_updates(current: dict[str, list[dict]], result) -> list[str]:
    """The updates of the output's objects that Cluster API's webhooks would refuse
    (:mod:`.admission`); upgrades in an order that works but is not the recommended one are
    printed as warnings."""
    from .admission import admission_refusals, upgrade_warnings

    refusals = []
    for cluster in result.clusters:
        old, new = current.get(cluster.name, []), result.documents[cluster.name]
        refusals += admission_refusals(cluster.source, old, new)
        for warning in upgrade_warnings(cluster.source, old, new):
            print(f"warning: {warning}", file=sys.stderr)
    return refusals


def cmd_synth(args) -> int:
    from .output import list_for_cdk8s, output_lock, write_output

    out_dir = Path(args.out)
    result = _fleet(args, "synth")
    if result is None:
        print(f"synth: {args.out} left unchanged.", file=sys.stderr)
        return 1

    def waiting() -> None:
        print(f"synth: waiting for another synth of {args.out} to finish", file=sys.stderr)

    try:
        with output_lock(out_dir, waiting):
            current, unreadable = _output_documents(out_dir)
            errors = _destroys_everything(out_dir, result, args.allow_destroy_all) + _refused_updates(current, result)
            if errors:
                _print_errors(errors)
                print(f"synth: {args.out} left unchanged.", file=sys.stderr)
                return 1
            # The old manifests are replaced whatever they were; only the summary needs them all.
            plan = None if unreadable else _plan_against(current, result)
            write_output(out_dir, result.files)
        listing = os.environ.get(CDK8S_OUTDIR_VARIABLE)
        if listing and Path(listing).absolute() != out_dir.absolute():
            list_for_cdk8s(out_dir, Path(listing))
    except OSError as exc:
        _print_errors([f"{args.out}: cannot be written ({exc.strerror or exc})"])
        print(f"synth: {args.out} left unchanged.", file=sys.stderr)
        return 1
    objects = sum(len(docs) for docs in result.documents.values())
    summary = "" if plan is None else " ({} added, {} changed, {} destroyed)".format(*plan.counts())
    print(f"synth: {len(result.files)} cluster(s), {objects} objects written to {args.out}/{summary}.")
    return 0


def _prerequisites_text(result) -> str:
    """What the clusters reference and synth does not write (Secrets to create in the management
    cluster first), cluster by cluster; empty when there is nothing."""
    from ..constructs.prerequisites import generated_secrets, prerequisites_from_documents, reference_context

    lines, generated = [], []
    for cluster in result.clusters:
        namespace, documents = cluster.deployment.namespace, result.documents[cluster.name]
        ctx = reference_context(cluster.name, namespace, cluster.values, cluster.credentials_secret_name)
        for found, into in ((prerequisites_from_documents(documents, cluster.name, namespace, ctx), lines),
                            (generated_secrets(documents, cluster.name, namespace), generated)):
            for entry in found:
                first, *rest = entry.describe().splitlines()
                into += [f"  {cluster.name}: {first}", *(f"    {line}" for line in rest)]
    text = ""
    if lines:
        text += "Prerequisites (referenced, not written by synth: create them in the management cluster):\n" + \
            "\n".join(lines) + "\n"
    if generated:
        text += "Generated in the management cluster (by a Job synth writes; nothing to create):\n" + \
            "\n".join(generated) + "\n"
    return text


def cmd_validate_manifests(args) -> int:
    from .manifest_files import check_manifest_files, parse_releases

    declared = None
    if args.management_cluster is not None:
        declared, errors = parse_releases(args.management_cluster, "--management-cluster")
        if errors:
            _print_errors([str(e) for e in errors])
            return 1
    check = check_manifest_files(args.manifests, declared)
    if check.errors:
        _print_errors(check.errors)
        return 1
    print(f"validate: {len(args.manifests)} file(s), {check.objects} objects valid.")
    return 0


def cmd_validate(args) -> int:
    if args.manifests:
        return cmd_validate_manifests(args)
    if args.management_cluster is not None:
        _print_errors(["--management-cluster goes with --manifests (a cluster file declares its own releases)"])
        return 2
    result = _fleet(args, "validate")
    if result is None:
        return 1
    for cluster in result.clusters:  # clusters on the chart's defaults: what of Giant Swarm's is in effect
        if cluster.notices:
            print(f"notice: {cluster.source}: on the chart's defaults (deployment.defaults: chart), "
                  "these Giant Swarm defaults are in effect:", file=sys.stderr)
            for notice in cluster.notices:
                print(f"notice:   {notice}", file=sys.stderr)
    sys.stdout.write(_prerequisites_text(result))
    objects = sum(len(docs) for docs in result.documents.values())
    print(f"validate: {len(result.clusters)} cluster(s), {objects} objects valid.")
    return 0


def cmd_plan(args) -> int:
    from .plan import format_plan

    result = _fleet(args, "plan")
    if result is None:
        return 1
    current, unreadable = _output_documents(Path(args.out))
    if unreadable:
        _print_errors(unreadable)
        return 1
    plan = _plan_against(current, result)
    sys.stdout.write(_prerequisites_text(result))
    sys.stdout.write(format_plan(plan))
    errors = _destroys_everything(Path(args.out), result, args.allow_destroy_all) + _refused_updates(current, result)
    if errors:
        _print_errors(errors)
        return 1
    return 2 if plan.has_changes else 0


def cmd_migrate(args) -> int:
    from ..config.cluster_file import cluster_name_errors, load_cluster_text
    from ..config import ConfigError, load_values_file
    from .migrate import capabilities_of, cluster_file_text, compare_with_chart, format_comparison, rollout_report
    from ..constructs.manifest_yaml import load_documents
    from .synth import props_for, synth_documents

    try:
        loaded = load_values_file(args.values)
        errors = cluster_name_errors(args.name, args.values, origin="--name")
    except ConfigError as exc:
        _print_errors([str(e) for e in exc.errors])
        return 1
    if errors:
        _print_errors([str(e) for e in errors])
        return 1
    values_text = Path(args.values).read_text(encoding="utf-8")
    api_versions = [v for v in (args.api_versions or "").split(",") if v] or capabilities_of(values_text)
    text = cluster_file_text(args.name, loaded, args.namespace, api_versions)
    target = Path(args.clusters) / f"{args.name}.yaml"
    try:
        cluster = load_cluster_text(text, str(target), args.name)  # what we write must load
    except ConfigError as exc:  # e.g. a Kubernetes version no known Cluster API release manages
        _print_errors([str(e) for e in exc.errors])
        return 1
    if args.chart_output:
        try:
            chart_docs = load_documents(Path(args.chart_output).read_text(encoding="utf-8"))
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            _print_errors([f"{args.chart_output}: cannot be read as a manifest stream ({exc})"])
            return 1
        comparisons = compare_with_chart(chart_docs, synth_documents(props_for(cluster)), args.namespace)
        sys.stdout.write(f"Compared with {args.chart_output}:\n" + format_comparison(comparisons))
        notes = rollout_report(comparisons)
        for note in notes:
            print(f"  ! {note}")
        print("No machine would roll." if not notes else f"{len(notes)} rollout(s) would follow the switch.")
    if args.dry_run:
        sys.stdout.write(text)
        return 0
    if target.exists() and not args.force:
        _print_errors([f"{target}: already exists (use --force to replace it)"])
        return 1
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"migrate: wrote {target}; run `python main.py` to synthesize it.")
    return 0


def _jobs(text: str) -> int | None:
    if text == "auto":
        return None
    try:
        jobs = int(text)
    except ValueError:
        jobs = 0
    if jobs < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is neither a positive whole number nor 'auto'")
    return jobs


def _jobs_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--jobs", "-j", type=_jobs, default=None, metavar="N",
                        help="worker processes building the clusters, each with its own jsii runtime "
                             "(about 180 MB); 1 builds every cluster in this process (default: auto, "
                             "one per CPU while each gets at least 4 clusters)")


def _allow_destroy_all_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--allow-destroy-all", action="store_true",
                        help="accept a fleet that keeps none of the clusters of the output directory "
                             "(without it, that is an error: Flux would prune every cluster)")


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
    synth.add_argument("--out", default="dist", help="output directory (default: dist); synth replaces its "
                                                     "*.k8s.yaml files and leaves everything else there alone")
    _allow_destroy_all_option(synth)
    _jobs_option(synth)
    synth.set_defaults(func=cmd_synth)

    validate = sub.add_parser("validate", help="load, synthesize in memory and check every object against its CRD")
    validate.add_argument("--clusters", default="clusters", help="directory of cluster files (default: clusters)")
    validate.add_argument("--manifests", nargs="+", metavar="FILE",
                          help="check these manifest files instead (e.g. dist/*.k8s.yaml), against the CRDs of "
                               "the releases of --management-cluster, else of each file's '# Releases:' line, "
                               "else today's")
    validate.add_argument("--management-cluster", metavar="SPEC",
                          help="with --manifests: the releases, e.g. clusterApi=1.6,capv=1.9,flux=2.2")
    _jobs_option(validate)
    validate.set_defaults(func=cmd_validate)

    plan = sub.add_parser("plan", help="show what synth would change in the output directory "
                                       "(exit 0: no changes, 2: changes, 1: error)")
    plan.add_argument("--clusters", default="clusters", help="directory of cluster files (default: clusters)")
    plan.add_argument("--out", default="dist", help="output directory to compare with (default: dist)")
    _allow_destroy_all_option(plan)
    _jobs_option(plan)
    plan.set_defaults(func=cmd_plan)

    migrate = sub.add_parser("migrate", help="turn a chart values file into clusters/NAME.yaml and compare "
                                             "the result with the chart's output")
    migrate.add_argument("values", help="values file written for the chart cluster-vsphere 0.9.7")
    migrate.add_argument("--name", required=True, help="cluster (Helm release) name")
    migrate.add_argument("--namespace", default="default", help="the release namespace (default: default)")
    migrate.add_argument("--api-versions", default="", metavar="LIST",
                         help="as given to helm (default: the values file's '# capabilities:' line, if any)")
    migrate.add_argument("--chart-output", metavar="RENDERED.yaml",
                         help="output of `helm template` for the release, to compare object by object")
    migrate.add_argument("--clusters", default="clusters", help="directory of cluster files (default: clusters)")
    migrate.add_argument("--force", action="store_true", help="replace an existing cluster file")
    migrate.add_argument("--dry-run", action="store_true", help="print the cluster file instead of writing it")
    migrate.set_defaults(func=cmd_migrate)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
