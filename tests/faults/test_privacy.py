"""Secrets and privacy: URIs masked by parsing, never stored with credentials; labels that
could rewrite a terminal or break a spreadsheet; ratings files that nest forever."""

from __future__ import annotations

import os
import sqlite3

import pytest

from desktop.services.secrets import mask
from desktop.sync.mongo import mask_uri, uri_has_credentials
from tests.faults.conftest import one_line_error

PASSWORD = "Pw Secret/9:x@y"
PIECES = ("Pw Secret", "Secret/9", "9:x@y")


@pytest.mark.parametrize("uri", [
    f"mongodb://counsellor:{PASSWORD}@127.0.0.1:9/?directConnection=true",
    "MONGODB://counsellor:Secret-Pw-1@127.0.0.1:9/",
    "mongodb+srv://counsellor:Secret-Pw-1@cluster.example.org/db?retryWrites=true",
    "mongodb://127.0.0.1:9/?authMechanism=MONGODB-AWS&authMechanismProperties=Secret-Pw-1",
])
def test_uris_are_masked_by_parsing(uri):
    shown = mask_uri(f"cannot reach {uri}: timed out\nagain: {uri}")
    for secret in (*PIECES, "Secret-Pw-1"):
        assert secret not in shown
    assert shown.count("***") == 2 and uri_has_credentials(uri)


def test_a_uris_password_is_masked_wherever_it_appears():
    uri = f"mongodb://counsellor:{PASSWORD}@127.0.0.1:9/"
    assert mask(f"pymongo said {PASSWORD} was wrong", uri) == "pymongo said *** was wrong"


@pytest.mark.parametrize("password", [PASSWORD, "Secret-Pw-1"])
@pytest.mark.parametrize("scheme", ["mongodb", "MONGODB"])
def test_a_failed_sync_leaks_the_password_nowhere(cli, mongo_uri, mongo_db, password, scheme):
    host = mongo_uri.split("://", 1)[1]
    uri = f"{scheme}://counsellor:{password}@{host}"
    done = cli("sync", "compass", "--uri", uri, "--db", mongo_db.name)
    error = one_line_error(done, done.code)
    assert done.code in (4, 5) and "counsellor:***@" in error
    data = cli("info").out.split("data_dir: ")[1].splitlines()[0]
    from pathlib import Path

    root = Path(data)
    stored = b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())
    for leaked in (password, *(PIECES if password == PASSWORD else ())):
        assert leaked.encode() not in stored and leaked not in done.err
    with sqlite3.connect(root / "cache.sqlite") as db:
        (last_error,) = db.execute("SELECT last_error FROM sync_state").fetchone()
    assert "***" in last_error


def test_control_characters_and_huge_labels_are_refused(cli):
    error = one_line_error(cli("client", "add", "\x1b[31mred\x1b[0m"), 2)
    assert "control character" in error
    error = one_line_error(cli("client", "add", "x" * 100_000), 2)
    assert "at most 100" in error and len(error) < 200
    assert cli("client", "add", "Ana", "--notes", "line one\nline two\tok").code == 0


def test_old_labels_with_escapes_print_no_escape_and_export_to_xlsx(cli, _isolated_data,
                                                                   tmp_path):
    assert cli("client", "add", "Ana").code == 0
    with sqlite3.connect(_isolated_data / "casework.sqlite") as db:  # as an older version stored
        db.execute("UPDATE client SET label = ?, notes = ?",
                   ("\x1b]0;pwned\x07Ana\x1b[2J", "bell\x07 and NUL-ish \x01"))
    listed = cli("client", "list")
    assert listed.code == 0 and "\x1b" not in listed.out and "\x07" not in listed.out
    assert "?]0;pwned?Ana?[2J" in listed.out
    target = tmp_path / "caseload.xlsx"
    done = cli("export", "caseload", "-o", str(target))
    assert done.code == 0 and done.err == "", done.err
    from openpyxl import load_workbook

    sheet = load_workbook(target).worksheets[0]
    assert "]0;pwnedAna[2J" in [cell.value for cell in sheet[2]]


def test_a_ratings_file_nested_too_deep_is_bad_input(cli, tmp_path):
    assert cli("client", "add", "Ana").code == 0
    path = tmp_path / "ratings.json"
    path.write_text('{"2.A.1.a": ' + "[" * 100_000 + "]" * 100_000 + "}")
    error = one_line_error(cli("client", "rate", "1", "--ratings", str(path)), 4)
    assert "nests too deeply" in error
    path.write_text('{"2.A.1.a": {"level": {"deep": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]}}}')
    error = one_line_error(cli("client", "rate", "1", "--ratings", str(path)), 4)
    assert "must be a whole number 0–4" in error and len(error) < 200


def test_a_database_bug_shows_no_sql_or_client_data(monkeypatch, capsys, _isolated_data):
    import logging

    from sqlalchemy.exc import IntegrityError

    import desktop.cli
    from desktop import app

    def broken(_args):
        raise IntegrityError("INSERT INTO client (label, notes) VALUES (?, ?)",
                             ("Secret Label", "private note"),
                             sqlite3.IntegrityError("UNIQUE constraint failed: client.label"))

    monkeypatch.setattr(desktop.cli, "run_command", broken)
    monkeypatch.setattr(logging.getLogger(), "handlers", [])
    umask = os.umask(0o022)
    try:
        assert app.main(["client", "list"]) == 1
    finally:
        os.umask(umask)
        for handler in logging.getLogger().handlers:
            handler.close()
    err = capsys.readouterr().err
    log = (_isolated_data / "logs" / "skillnav.log").read_text()
    assert err == ("skillnav: internal error: IntegrityError: UNIQUE constraint failed: "
                   "client.label\n")
    for leaked in ("INSERT", "Secret Label", "private note"):
        assert leaked not in err and leaked not in log
    assert "UNIQUE constraint failed" in log
