"""Data loss and corruption: export targets, damaged casework, full and read-only disks,
a second process holding a lock, leftovers of killed runs, file permissions."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import time

import pytest

from tests.faults.conftest import REPO, namespaced, one_line_error


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def caseload(cli, _isolated_data):
    assert cli("client", "add", "Ana").code == 0
    assert cli("client", "rate", "1", "--set", "2.A.1.a=3").code == 0
    return _isolated_data


# --- 1. export targets --------------------------------------------------------------------------

def test_an_export_never_replaces_the_casework_store(cli, caseload):
    store = caseload / "casework.sqlite"
    before = digest(store)
    error = one_line_error(cli("export", "caseload", "--format", "csv", "-o", str(store)), 2)
    assert "is a database" in error
    assert digest(store) == before and cli("client", "show", "1").code == 0


def test_an_export_never_replaces_a_fifo_or_a_device(cli, caseload, tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    error = one_line_error(cli("export", "caseload", "--format", "csv", "-o", str(fifo)), 2)
    assert "not a regular file" in error and stat.S_ISFIFO(fifo.stat().st_mode)
    error = one_line_error(cli("export", "caseload", "--format", "csv", "-o", "/dev/null"), 2)
    assert "not a regular file" in error and stat.S_ISCHR(os.stat("/dev/null").st_mode)


# --- 3. casework integrity ------------------------------------------------------------------------

def test_bytes_overwritten_mid_file_are_caught_and_a_good_backup_offered(cli, caseload):
    store = caseload / "casework.sqlite"
    (backup,) = (caseload / "backups").glob("*-daily.sqlite")
    with open(store, "r+b") as handle:
        handle.seek(8192)
        handle.write(b"\xde" * 4096)
    damaged = digest(store)
    for command in (("client", "add", "Bo"), ("client", "rate", "1", "--set", "2.A.1.b=2")):
        error = one_line_error(cli(*command), 6)
        assert "casework.sqlite is damaged" in error and str(backup) in error
    assert digest(store) == damaged  # nothing written into it
    check = cli("casework", "check")
    assert check.code == 6 and "status: damaged" in check.out and str(backup) in check.out
    restored = cli("casework", "restore", str(backup))
    assert restored.code == 0, restored.err
    assert cli("casework", "check").code == 0
    assert "Ana" in cli("client", "list").out
    kept = list((caseload / "backups").glob("*-replaced.sqlite"))
    assert len(kept) == 1 and digest(kept[0]) == damaged  # the damaged file is kept aside


def test_an_empty_casework_file_is_not_replaced_by_a_new_store(cli, caseload):
    store = caseload / "casework.sqlite"
    store.write_bytes(b"")
    for suffix in ("-wal", "-shm"):
        (caseload / f"casework.sqlite{suffix}").unlink(missing_ok=True)
    error = one_line_error(cli("client", "list"), 6)
    assert "empty (0 bytes)" in error and "latest good backup" in error
    assert store.stat().st_size == 0


def test_a_restore_refuses_a_damaged_backup(cli, caseload, tmp_path):
    bad = tmp_path / "casework-bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    error = one_line_error(cli("casework", "restore", str(bad)), 6)
    assert "is damaged too" in error
    assert "Ana" in cli("client", "list").out


def test_backups_on_close_are_daily_and_only_the_last_ten_are_kept(cli, caseload):
    folder = caseload / "backups"
    assert len(list(folder.glob("*-daily.sqlite"))) == 1  # two commands, one backup a day
    (today,) = folder.glob("*-daily.sqlite")
    for day in range(1, 13):  # twelve older days
        (folder / f"casework-202501{day:02d}T090000000000Z-daily.sqlite").write_bytes(
            today.read_bytes())
    today.unlink()
    assert cli("client", "list").code == 0
    kept = sorted(p.name for p in folder.glob("*-daily.sqlite"))
    assert len(kept) == 10 and kept[-1] > "casework-2026"  # today's, and the nine newest
    assert kept[0].startswith("casework-20250104T")


def test_a_failing_migration_does_not_add_a_backup_per_attempt(tmp_path, monkeypatch):
    from desktop.store import casework
    from desktop.store.casework import CaseworkStore

    path, folder = tmp_path / "casework.sqlite", tmp_path / "backups"
    store = CaseworkStore(path, folder)
    store.install_salt()
    store.close()

    def broken(db):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(casework, "MIGRATIONS", [*casework.MIGRATIONS, broken])
    for _ in range(3):
        with pytest.raises(sqlite3.OperationalError, match="disk I/O"):
            CaseworkStore(path, folder).engine  # noqa: B018
        time.sleep(1.05)  # a backup per attempt would get another name
    assert len(list(folder.glob("*-before-v*.sqlite"))) == 1


def test_a_read_only_data_folder_still_answers_info(cli, caseload):
    with sqlite3.connect(caseload / "cache.sqlite") as cache:  # as an older version left it
        cache.execute("DELETE FROM precomputed")
    script = (f'mount --bind "{caseload}" "{caseload}" && '
              f'mount -o remount,bind,ro "{caseload}" && '
              f'$SKILLNAV info --data-dir "{caseload}" && '
              f'$SKILLNAV search retail --data-dir "{caseload}" && '
              f'$SKILLNAV similar 41-2031.00 --data-dir "{caseload}" && '
              f'$SKILLNAV client list --data-dir "{caseload}" && '
              f'$SKILLNAV client add Bo --data-dir "{caseload}"')
    done = namespaced(script)
    assert "release: demo" in done.out and "Ana" in done.out
    assert "41-2031.00  Retail Salespersons" in done.out  # found
    assert "43-4051.00  Customer Service Representatives" in done.out  # similar
    assert done.code == 6 and "cannot be written (read-only" in done.err
    assert len(done.err.strip().splitlines()) == 1, done.err


# --- a second process holding a write lock --------------------------------------------------------

HOLD = """
import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1], isolation_level=None)
db.execute("BEGIN IMMEDIATE")
db.execute("INSERT INTO meta VALUES ('held', '1')")
print("holding", flush=True)
time.sleep(60)
"""


def test_a_locked_casework_names_the_holder_and_shows_no_sql(cli, caseload):
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(caseload / "casework.sqlite")],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        error = one_line_error(cli("client", "add", "Secret Label", "--notes", "private"), 6)
    finally:
        holder.kill()
        holder.wait()
    assert f"process {holder.pid}" in error and "locked" in error
    log = (caseload / "logs" / "skillnav.log").read_text()
    for leaked in ("INSERT", "Secret Label", "private"):
        assert leaked not in error and leaked not in log


# --- a disk that fills up (a small tmpfs in a private mount namespace) ------------------------

def test_a_full_disk_is_one_line_and_loses_nothing(tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    data.mkdir()
    out.mkdir()
    script = (f'mount -t tmpfs -o size=3m tmpfs "{data}" && mount -t tmpfs -o size=64k tmpfs '
              f'"{out}" && $SKILLNAV client add Ana --data-dir "{data}" >/dev/null && '
              f'dd if=/dev/zero of="{data}/filler" bs=4k 2>/dev/null; '
              f'$SKILLNAV client add Bo --data-dir "{data}"; echo "add=$?"; rm "{data}/filler"; '
              f'dd if=/dev/zero of="{out}/filler" bs=4k 2>/dev/null; '
              f'$SKILLNAV export caseload -o "{out}/c.csv" --data-dir "{data}"; echo "csv=$?"; '
              f'$SKILLNAV export caseload -o "{out}/c.xlsx" --data-dir "{data}"; echo "xlsx=$?"; '
              f'ls -a "{out}"; $SKILLNAV client list --data-dir "{data}"')
    done = namespaced(script)
    assert all(f"{step}=6" in done.out for step in ("add", "csv", "xlsx")), done.out + done.err
    errors = done.err.strip().splitlines()
    assert len(errors) == 3 and "Traceback" not in done.err, done.err  # no "Exception ignored"
    assert "is full" in errors[0]
    assert all("No space left on device" in error for error in errors[1:])
    assert ".part" not in done.out and "c.csv" not in done.out  # no half file left
    assert "Ana" in done.out  # the casework is intact


# --- leftovers of killed runs, permissions ----------------------------------------------------

def test_leftovers_of_a_killed_import_or_export_are_removed_on_the_next_start(cli, caseload):
    leftovers = [caseload / "cache.sqlite.importing", caseload / ".settings.json.1a2b.part"]
    for path in leftovers:
        path.write_bytes(b"half")
    assert cli("info").code == 0
    assert not any(path.exists() for path in leftovers)


def test_files_and_folders_are_for_this_user_only(cli, _isolated_data, tmp_path):
    target = tmp_path / "caseload.csv"
    target.write_text("old")
    target.chmod(0o600)
    umask = os.umask(0o022)  # the usual one: the app must not depend on it
    try:
        for command in (("client", "add", "Bo"), ("client", "list"),
                        ("export", "caseload", "-o", str(target))):
            assert cli(*command).code == 0
    finally:
        os.umask(umask)
    modes = {p.relative_to(_isolated_data.parent): stat.S_IMODE(p.stat().st_mode)
             for p in [_isolated_data, *_isolated_data.rglob("*")]}
    assert (_isolated_data / "backups").is_dir() and (_isolated_data / "logs").is_dir()
    assert all(mode & 0o077 == 0 for mode in modes.values()), modes
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(os.stat(f"{target}.meta.json").st_mode) == 0o600


def test_a_read_only_export_target_is_one_line(cli, caseload, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    done = namespaced(f'mount --bind "{folder}" "{folder}" && '
                      f'mount -o remount,bind,ro "{folder}" && '
                      f'$SKILLNAV export caseload -o "{folder}/c.csv" --data-dir "{caseload}"')
    assert done.code == 6 and "Read-only file system" in done.err
    assert len(done.err.strip().splitlines()) == 1
    assert time.time()  # the run ended (no hang on the read-only target)
    assert REPO.exists()
