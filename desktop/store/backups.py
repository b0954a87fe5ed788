"""Health and backups of the casework file: quick checks, consistent copies, rotation, restore.

A backup is ``backups/casework-<UTC stamp>-<reason>.sqlite``, made with SQLite's backup API
(consistent even while the app writes) and only from a file that passes ``quick_check``, so
a damaged file never pushes good backups out. Daily backups keep the last ``KEEP_DAILY``.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from desktop.domain.errors import StorageFailed
from desktop.store.db import connect, storage_error_message

KEEP_DAILY = 10
DAILY = "daily"


def problem(path: Path) -> str | None:
    """Why ``path`` is not a sound SQLite database (None if it is)."""
    if path.stat().st_size == 0:
        return "the file is empty (0 bytes)"
    try:
        with closing(connect(path)) as db:
            rows = [r[0] for r in db.execute("PRAGMA quick_check(3)")]
    except sqlite3.OperationalError as exc:  # the disk or a lock, not the file
        raise StorageFailed(storage_error_message(exc, path)) from None
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(" ".join(r.split()) for r in rows)


def all_backups(folder: Path) -> list[Path]:
    """Backups, newest first."""
    return sorted(folder.glob("casework-*.sqlite"), key=lambda p: p.name, reverse=True)


def latest_good(folder: Path) -> Path | None:
    return next((b for b in all_backups(folder) if problem(b) is None), None)


def damaged_message(path: Path, reason: str, folder: Path) -> str:
    good = latest_good(folder)
    offer = (f"the latest good backup is {good}; `skillnav casework restore \"{good}\"` puts it "
             "back (the damaged file is kept aside)" if good else "no good backup was found")
    return f"{path.name} is damaged ({reason}); nothing was written to it: {offer}"


def copy(source: Path, target: Path) -> None:
    with closing(connect(source)) as db, \
            closing(sqlite3.connect(target)) as out:
        db.backup(out)


def make(path: Path, folder: Path, reason: str) -> Path:
    """A consistent copy of ``path`` in ``folder`` (refused if ``path`` is damaged)."""
    reason_found = problem(path)
    if reason_found:
        raise StorageFailed(damaged_message(path, reason_found, folder))
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"casework-{stamp}-{reason}.sqlite"
    copy(path, target)
    return target


def has(folder: Path, reason: str, day: str = "") -> bool:
    return any(folder.glob(f"casework-{day}*-{reason}.sqlite"))


def daily(path: Path, folder: Path) -> Path | None:
    """At most one backup a day, the last ``KEEP_DAILY`` kept; None if today's exists."""
    if has(folder, DAILY, datetime.now(UTC).strftime("%Y%m%d")):
        return None
    made = make(path, folder, DAILY)
    for old in [b for b in all_backups(folder) if b.name.endswith(f"-{DAILY}.sqlite")][KEEP_DAILY:]:
        old.unlink()
    return made


def restore(path: Path, backup: Path, folder: Path) -> Path:
    """Put ``backup`` in place of ``path``; the current file (and its WAL) is moved aside."""
    if not backup.is_file():
        raise StorageFailed(f"{backup}: no such backup")
    reason = problem(backup)
    if reason:
        raise StorageFailed(f"{backup} is damaged too ({reason}); pick another backup")
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    aside = folder / f"casework-{stamp}-replaced.sqlite"
    staging = path.with_name(path.name + ".restoring")
    staging.unlink(missing_ok=True)
    copy(backup, staging)
    for suffix in ("", "-wal", "-shm"):
        current = Path(f"{path}{suffix}")
        if current.exists():
            os.replace(current, Path(f"{aside}{suffix}"))
    os.replace(staging, path)
    return aside
