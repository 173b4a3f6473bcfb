"""Files that commands write (`export -o`, `report -o`): never onto the database in
use, never over a file without ``--force``, never through a symbolic link, and never
half-written: the content goes to a temporary file in the same folder, which is
renamed over the target only once it is complete."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from tracker.report import OutputError


def check_output(target: str, *, force: bool, protected: Sequence[Path] = ()) -> Path | None:
    """The path to write, after the checks; None for standard output (``-``)."""
    if target == "-":
        return None
    path = Path(target).expanduser()
    absolute = Path(os.path.abspath(path))
    for kept in protected:
        if absolute == Path(os.path.abspath(kept)) or _same_file(path, kept):
            raise OutputError(
                f"refusing to write {target}: it is the database in use (choose another file name)"
            )
    if path.is_symlink():
        raise OutputError(
            f"refusing to write {target}: it is a symbolic link (to {os.readlink(path)}); "
            "write to a plain path"
        )
    if path.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder")
    if path.exists() and not force:
        raise OutputError(f"{target} exists: pass --force to replace it")
    if not absolute.parent.is_dir():
        raise OutputError(f"cannot write {target}: the folder {absolute.parent} does not exist")
    return path


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


@contextmanager
def open_output(target: str, *, force: bool, protected: Sequence[Path] = ()) -> Iterator[IO[str]]:
    """Standard output, or a file that appears (or is replaced) only once complete."""
    path = check_output(target, force=force, protected=protected)
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    folder = Path(os.path.abspath(path)).parent
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise OutputError(f"cannot write {target}: {error.strerror or error}") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        # checked again just before: nothing may have become the database meanwhile
        check_output(target, force=True, protected=protected)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
