"""`skillnav sync …` end to end: options, environment variables, JSON summary, exit codes."""

from __future__ import annotations

import json
import logging
import socket

import pytest

from desktop.app import main
from tests.fixtures.compass_docs import analysis, insert_compass, malformed_states
from tests.fixtures.onet_api_server import CODE, KEY, OnetApiServer

pytestmark = pytest.mark.mongo
SUMMARY = {"source", "added", "updated", "deleted", "skipped", "skipped_ids", "seconds"}


def run_json(capsys, argv: list[str]) -> dict:
    assert main(argv) == 0
    return json.loads(capsys.readouterr().out)


def dead_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_sync_compass_json_summary_and_rerun(capsys, mongo_db, mongo_uri):
    insert_compass(mongo_db, 15)
    bad = malformed_states()
    mongo_db.explore_experiences_director_state.insert_many(bad)
    argv = ["sync", "compass", "--uri", mongo_uri, "--db", mongo_db.name, "--json"]
    first = run_json(capsys, argv)
    assert set(first) == SUMMARY
    assert (first["source"], first["added"], first["skipped"]) == ("compass", 15, len(bad))
    assert sorted(first["skipped_ids"]) == sorted(str(d["_id"]) for d in bad)
    again = run_json(capsys, argv)
    assert (again["added"], again["updated"], again["deleted"], again["skipped"]) == (0, 0, 0, 0)


def test_compass_reads_the_export_scripts_environment(capsys, mongo_db, mongo_uri, monkeypatch):
    insert_compass(mongo_db, 4)
    monkeypatch.setenv("APPLICATION_MONGODB_URI", mongo_uri)
    monkeypatch.setenv("APPLICATION_DATABASE_NAME", mongo_db.name)
    monkeypatch.setenv("TAXONOMY_MONGODB_URI", mongo_uri)
    monkeypatch.setenv("TAXONOMY_DATABASE_NAME", mongo_db.name)
    assert run_json(capsys, ["sync", "compass", "--json", "--full"])["added"] == 4


def test_analyses_reads_the_backend_environment(capsys, mongo_db, mongo_uri, monkeypatch):
    mongo_db.cv_analyses.insert_many([analysis(i) for i in range(7)])
    monkeypatch.setenv("MONGODB_URL", mongo_uri)
    monkeypatch.setenv("MONGODB_DATABASE", mongo_db.name)
    summary = run_json(capsys, ["sync", "analyses", "--json"])
    assert (summary["source"], summary["added"]) == ("analyses", 7)


def test_dead_server_exits_5_with_credentials_masked(capsys, caplog, _isolated_data):
    caplog.set_level(logging.INFO)
    uri = f"mongodb://counsellor:hunter2pw@127.0.0.1:{dead_port()}/?directConnection=true"
    assert main(["sync", "compass", "--uri", uri, "--db", "x"]) == 5
    error = capsys.readouterr().err
    assert "counsellor:***@127.0.0.1" in error
    assert "hunter2pw" not in error
    assert "sync compass failed" in caplog.text  # what goes to the log file
    assert "hunter2pw" not in caplog.text
    for path in _isolated_data.rglob("*"):  # settings, cache (sync_state.last_error), logs
        if path.is_file():
            assert b"hunter2pw" not in path.read_bytes(), path


def test_missing_uri_is_an_invalid_argument(capsys, monkeypatch):
    monkeypatch.delenv("APPLICATION_MONGODB_URI", raising=False)
    assert main(["sync", "compass", "--db", "x"]) == 2
    assert "no MongoDB URI" in capsys.readouterr().err


def test_onet_api_command(capsys):
    server = OnetApiServer().start()
    try:
        summary = run_json(capsys, ["sync", "onet-api", "--key", KEY, "--base-url", server.url,
                                    CODE, "--json"])
        assert summary["source"] == "onet-api"
        assert summary["added"] + summary["updated"] == 1
        found = run_json(capsys, ["sync", "onet-api", "--key", KEY, "--base-url", server.url,
                                  "--search", "nurs", "--json"])
        assert found and all(set(f) == {"code", "title", "bright_outlook"} for f in found)
        assert all("nurs" in f["title"].lower() and isinstance(f["bright_outlook"], bool)
                   for f in found)
        assert main(["sync", "onet-api", "--key", "bad-key-123", "--base-url", server.url,
                     CODE]) == 5
        error = capsys.readouterr().err
        assert "HTTP 403" in error and "bad-key-123" not in error
    finally:
        server.stop()


def test_atlas_srv_uri_with_tls_options_is_accepted_and_masked(capsys):
    uri = ("mongodb+srv://analyst:Zq8pw@cluster0.skillnav.invalid/?tls=true"
           "&tlsAllowInvalidCertificates=false&retryWrites=true&w=majority")
    assert main(["sync", "analyses", "--uri", uri, "--db", "proof_of_talent"]) == 5
    error = capsys.readouterr().err
    assert "mongodb+srv://analyst:***@cluster0.skillnav.invalid" in error
    assert "Zq8pw" not in error
