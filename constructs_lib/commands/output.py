"""The output directory: one ``NAME.k8s.yaml`` manifest stream per cluster, written all or nothing."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

MANIFEST_SUFFIX = ".k8s.yaml"


def write_directory_atomically(out_dir: Path, files: dict[str, str]) -> None:
    """Make ``out_dir`` hold exactly ``files`` (name -> text), all or nothing.

    The new content is written to a sibling directory first and swapped in with renames, so a
    reader (or a failure half-way) never sees a mix of old and new manifests. Files in
    ``out_dir`` that are not manifests (e.g. a README) are carried over.
    """
    out_dir = Path(out_dir)
    parent = out_dir.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.new-", dir=parent))
    try:
        if out_dir.is_dir():
            for entry in out_dir.iterdir():
                if entry.is_file() and not entry.name.endswith(MANIFEST_SUFFIX):
                    shutil.copy2(entry, staging / entry.name)
        for name, text in sorted(files.items()):
            with open(staging / name, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        os.chmod(staging, 0o755)
        if out_dir.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.old-", dir=parent))
            os.rename(out_dir, retired / "dir")
            os.rename(staging, out_dir)
            shutil.rmtree(retired, ignore_errors=True)
        else:
            os.rename(staging, out_dir)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
