"""scripts/gen_imports.py tells the eras' files apart by the release tag of their upstream URL."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _gen_imports():
    spec = importlib.util.spec_from_file_location("gen_imports", ROOT / "scripts" / "gen_imports.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_listed_url_is_one_file_of_one_era():
    gen = _gen_imports()
    files = {era: gen.upstream_files(SHARED / name) for era, name in (("2024", "crds"), ("current", "crds-current"))}
    urls = gen.import_urls()
    assert len(urls) == len(set(urls))
    for url in urls:
        eras = [era for era, found in files.items() if url in found]
        assert len(eras) == 1, url
        assert files[eras[0]][url].is_file(), url
    clusters = {era: path for era, found in files.items() for url, path in found.items()
                if path.name == "cluster.x-k8s.io_clusters.yaml"}
    assert clusters == {"2024": SHARED / "crds" / "capi" / "cluster.x-k8s.io_clusters.yaml",
                        "current": SHARED / "crds-current" / "capi" / "cluster.x-k8s.io_clusters.yaml"}
    tags = {gen.release_of(url) for url in urls if url.endswith("/cluster.x-k8s.io_clusters.yaml")}
    assert tags == {"kubernetes-sigs/cluster-api v1.6.2", "kubernetes-sigs/cluster-api v1.14.0"}


def test_every_class_has_a_schema():
    gen = _gen_imports()
    for era, kinds in gen.CLASSES.items():
        for kind, version in kinds.items():
            assert any(version in gen.SCHEMAS[name].get(kind, ()) for name in (era, gen.COMMON)), (era, kind)
