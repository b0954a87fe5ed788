"""One writer at a time per data folder, across processes: an OS lock on ``skillnav.lock``.

Imports, syncs and casework restores hold it while they write; a second one fails at once
with a "busy" error naming the holder (its command and process id, written into the lock
file). The OS releases the lock when its holder exits, even when it is killed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.errors import StorageFailed

LOCK_NAME = "skillnav.lock"
_WINDOWS_OFFSET = 1 << 30  # Windows locks are mandatory: lock a byte far from the holder text


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def holder(root: Path) -> str:
    """Who holds the lock, as its holder wrote it ('' if unknown)."""
    try:
        return (root / LOCK_NAME).read_text("utf-8").strip()
    except OSError:
        return ""


def _describe(fd: int, text: str) -> None:
    """Say who holds the lock (best effort: a full disk must not stop the work)."""
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text.encode())
    except OSError:
        pass


@contextmanager
def exclusive(root: Path, what: str) -> Iterator[None]:
    """Hold the data folder's lock for ``what`` (e.g. 'an O*NET import'), or raise busy."""
    path = root / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError as exc:
        raise StorageFailed(f"cannot lock {root}: {exc.strerror or exc}") from None
    try:
        if not _try_lock(fd):
            raise StorageFailed(f"busy: {holder(root) or 'another Skill Navigator'} is "
                                f"working on {root}; try again when it has finished")
        _describe(fd, f"{what} (process {os.getpid()}, "
                      f"since {datetime.now(UTC).strftime('%H:%M UTC')})")
        try:
            yield
        finally:
            _describe(fd, "")
    finally:
        os.close(fd)
