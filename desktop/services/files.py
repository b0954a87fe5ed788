"""Atomic file writes: a temporary file beside the target, renamed onto it only when complete,
so a crash, an error or a Cancel never leaves half a file and keeps the previous one.

The target must be a regular file (or not exist yet) and never a database: an export
cannot replace a FIFO, a device, a folder, the app's own stores or their journals. The
result is readable by this user only (0600), like every file the app writes.
"""

from __future__ import annotations

import glob
import os
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from desktop.domain.errors import InvalidArgument, StorageFailed

SQLITE_MAGIC = b"SQLite format 3\x00"
STORE_SUFFIXES = (".sqlite", ".sqlite-wal", ".sqlite-shm", ".sqlite-journal", ".lock")


def check_target(target: Path) -> None:
    """Refuse anything but a new or regular, non-database file (one clear error, exit 2)."""
    if not target.parent.is_dir():
        raise InvalidArgument(f"cannot write {target}: the folder {target.parent} does not exist")
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        raise InvalidArgument(f"cannot write {target}: it is not a regular file "
                              "(a folder, device or pipe); choose a file name")
    if target.name.lower().endswith(STORE_SUFFIXES) or (mode is not None and _is_database(target)):
        raise InvalidArgument(f"cannot write {target}: it is a database (Skill Navigator's own "
                              "store?); choose another file name")


def _is_database(target: Path) -> bool:
    try:
        with open(target, "rb") as stream:
            return stream.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path``, renamed onto it only if the block succeeds.

    Temporary files a killed run left beside the same target are removed first.
    """
    target = Path(path)
    check_target(target)
    for leftover in target.parent.glob(glob.escape(f".{target.name}.") + "*.part"):
        leftover.unlink(missing_ok=True)
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        yield temporary
        os.chmod(temporary, 0o600)
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise StorageFailed(f"cannot write {target}: {exc.strerror or exc}") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


@contextmanager
def atomic_text(path: str | Path) -> Iterator[TextIO]:
    with atomic_path(path) as temporary, open(temporary, "w", encoding="utf-8",
                                              newline="") as stream:
        yield stream
        stream.flush()
        os.fsync(stream.fileno())
