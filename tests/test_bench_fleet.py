"""The benchmark's generated fleet: valid cluster files, and chart values equal to their values."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import yaml

from constructs_lib.config.cluster_file import DEPLOYMENT_KEY, load_cluster_file

_RUN = Path(__file__).resolve().parents[1] / "bench" / "run.py"


def _bench():
    spec = importlib.util.spec_from_file_location("bench_run", _RUN)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_clusters_load_and_match_their_chart_values(tmp_path: Path):
    bench = _bench()
    clusters, values = bench.write_fleet(24, tmp_path)
    files = sorted(clusters.iterdir())
    assert [p.name for p in files] == sorted(p.name for p in values.iterdir())
    shapes = set()
    for path in files:
        cluster = load_cluster_file(path)  # raises ConfigError if the bench wrote an invalid file
        assert not cluster.warnings
        ours = yaml.safe_load(path.read_text())
        ours.pop(DEPLOYMENT_KEY)
        assert ours == yaml.safe_load((values / path.name).read_text())
        shapes.add((len(cluster.values.node_classes), len(cluster.values.node_pools),
                    len(cluster.values.connectivity.container_registries), bool(cluster.values.vcenter.password)))
    assert len(shapes) > 8  # pools, classes, registries and credentials vary


def test_slope_is_the_least_squares_line():
    per, fixed = _bench().slope([(1, 2.0), (10, 2.9), (100, 11.9)])
    assert abs(per - 0.1) < 1e-9 and abs(fixed - 1.9) < 1e-9


def test_the_bench_runs_main_py_as_cdk8s_yaml_says():
    bench = _bench()
    root = Path(__file__).resolve().parents[1]
    app = [line for line in (root / "cdk8s.yaml").read_text().splitlines() if line.startswith("app:")]
    assert app == ["app: ./scripts/cdk8s-app"]
    assert ".venv/bin/python -O main.py \"$@\" || exit 0" in (root / "scripts" / "cdk8s-app").read_text()
    assert bench.interpreter_options(root) == ["-O"]
