"""The output directory: one ``NAME.k8s.yaml`` manifest stream per cluster, replaced all at once.

Flux applies the output directory with ``prune: true``: an output that is emptied, half-written
or missing for a moment deletes clusters. So :func:`write_output`

* owns the ``*.k8s.yaml`` files of the directory and nothing else: every other file, folder and
  link (a ``kustomization.yaml``, a ``sops/`` folder of encrypted Secrets) is carried into the
  new directory as it is (hard links, so not even its inode changes);
* builds the new directory beside the old one and swaps the two in one step
  (``renameat2(RENAME_EXCHANGE)`` on Linux): at every moment the path holds either the old
  directory or the new one, each complete; a kill at any point leaves one of the two in place and
  a staging directory that the next run removes (what a killed process wrote is in the page
  cache, complete; surviving a power loss is the file system's business, not ours);
* takes a lock first (``flock`` on the parent directory, released by the kernel when the process
  ends, however it ends): a second synth into the same place waits for the first.

Where ``renameat2`` is missing (not Linux), the old directory is moved aside and the new one moved
in: two renames, with a moment in between when the path does not exist.
"""
from __future__ import annotations

import ctypes
import errno
import fcntl
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator, Optional

MANIFEST_SUFFIX = ".k8s.yaml"

_STAGING = ".{name}.synth-"  # prefix of a run's staging directory, beside the output directory
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def manifest_names(out_dir: Path) -> list[str]:
    """The manifest files (``*.k8s.yaml``) the output directory holds now."""
    out_dir = Path(out_dir)
    if not out_dir.is_dir():
        return []
    return sorted(entry.name for entry in out_dir.iterdir()
                  if entry.name.endswith(MANIFEST_SUFFIX) and not entry.is_dir())


@contextmanager
def output_lock(out_dir: Path, waiting: Optional[Callable[[], None]] = None) -> Iterator[None]:
    """Hold the lock of ``out_dir`` (an exclusive ``flock`` on its parent directory); ``waiting``
    is called once if another process holds it and this one has to wait."""
    out_dir = Path(out_dir).absolute()
    parent = (out_dir.resolve() if out_dir.is_symlink() else out_dir).parent  # where write_output swaps
    parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(parent, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if waiting is not None:
                waiting()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


def write_output(out_dir: Path, files: dict[str, str]) -> None:
    """Make the manifests of ``out_dir`` exactly ``files`` (name -> text), in one step; every entry
    that is not a manifest stays as it is. Call it holding :func:`output_lock`."""
    out_dir = Path(out_dir).absolute()
    if out_dir.is_symlink():  # a link to the output directory stays a link: its target is replaced
        out_dir = out_dir.resolve()
    if any(not name.endswith(MANIFEST_SUFFIX) or "/" in name for name in files):
        raise ValueError("only NAME.k8s.yaml files belong to the output")
    parent = out_dir.parent
    remove_leftovers(out_dir)
    staging = Path(tempfile.mkdtemp(prefix=_STAGING.format(name=out_dir.name), dir=parent))
    try:
        if out_dir.is_dir():
            os.chmod(staging, out_dir.stat().st_mode & 0o7777)
            for entry in out_dir.iterdir():
                if not entry.name.endswith(MANIFEST_SUFFIX) or entry.is_dir():
                    _carry(entry, staging / entry.name)
        else:
            os.chmod(staging, 0o755)
        for name, text in sorted(files.items()):
            with open(staging / name, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        if out_dir.is_dir():
            _swap(staging, out_dir)  # staging now holds the old directory
        else:
            os.rename(staging, out_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def list_for_cdk8s(out_dir: Path, listing_dir: Path) -> None:
    """Hard links to the manifests of ``out_dir`` in ``listing_dir``, made anew: ``cdk8s synth``
    deletes its ``output`` directory before it runs the app and lists what the app put there, so
    that directory is a scratch copy (``cdk8s.yaml``) and the committed output never its target."""
    listing_dir = Path(listing_dir)
    shutil.rmtree(listing_dir, ignore_errors=True)
    listing_dir.mkdir(parents=True)
    for name in manifest_names(out_dir):
        _link_or_copy(Path(out_dir) / name, listing_dir / name)


def remove_leftovers(out_dir: Path) -> None:
    """Remove the staging directories of runs that were killed (hold the lock when calling)."""
    out_dir = Path(out_dir).absolute()
    prefix = _STAGING.format(name=out_dir.name)
    if out_dir.parent.is_dir():
        for entry in out_dir.parent.iterdir():
            if entry.name.startswith(prefix) and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)


def _carry(source: Path, target: Path) -> None:
    """``source`` (a user's file, folder or link) as it is, at ``target``: files hard-linked,
    folders rebuilt with their modes, links copied as links."""
    if source.is_symlink():
        os.symlink(os.readlink(source), target)
    elif source.is_dir():
        shutil.copytree(source, target, symlinks=True, copy_function=_link_or_copy)
        shutil.copystat(source, target)
    else:
        _link_or_copy(source, target)


def _link_or_copy(source, target) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:  # a file system without hard links
        shutil.copy2(source, target, follow_symlinks=False)


def _swap(staging: Path, out_dir: Path) -> None:
    """Exchange the two directories atomically; without ``renameat2``, two renames."""
    if _exchange(staging, out_dir):
        return
    retired = Path(tempfile.mkdtemp(prefix=_STAGING.format(name=out_dir.name) + "old-", dir=out_dir.parent))
    os.rename(out_dir, retired / "dir")
    os.rename(staging, out_dir)
    os.rename(retired / "dir", staging)  # so that the caller removes the old content
    os.rmdir(retired)


def _exchange(a: Path, b: Path) -> bool:
    """``renameat2(a, b, RENAME_EXCHANGE)``: True when done, False where it is not available."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL):  # an old kernel or a file system that cannot
        return False
    raise OSError(code, os.strerror(code), str(b))

