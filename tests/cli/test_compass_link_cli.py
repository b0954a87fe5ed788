"""client link / suggest / accept from the command line, over a real sync of the fixture."""

from __future__ import annotations

import pytest

from tests.cli.test_casework_cli import run
from tests.fixtures.compass_docs import PERSON, PERSON_SESSIONS, insert_person
from tests.sync.test_compass_sync import target

pytestmark = pytest.mark.mongo


@pytest.fixture
def data_dir(release_services, mongo_db) -> str:
    from desktop.services import casework
    from desktop.services.sync import sync_compass

    insert_person(mongo_db)
    sync_compass(release_services, target(mongo_db))
    casework.create_client(release_services, "K-7")
    path = str(release_services.paths.root)
    release_services.close()
    return path


def test_link_suggest_accept(capsys, data_dir) -> None:
    code, linked, _ = run(capsys, data_dir, "client", "link", "1", "--session",
                          str(PERSON_SESSIONS[1]), "--json")
    assert code == 0
    assert (linked["compass_user_id"], linked["compass_session_id"]) == (
        PERSON, str(PERSON_SESSIONS[1]))
    code, text, _ = run(capsys, data_dir, "client", "suggest", "1")
    assert code == 0
    assert ("- Vendedora en almacén, 2019–2022, waged employment → Retail Salespersons "
            "(41-2031.00, medium confidence)") in text
    assert "! no ESCO occupation linked by Compass: not used" in text
    assert "Current occupation: First-Line Supervisors of Retail Sales Workers" in text
    code, found, _ = run(capsys, data_dir, "client", "suggest", "1", "--json")
    assert len(found["experiences"]) == 5  # the newer session only; the deletion left out
    skills = {s["element_id"]: s["rating"] for s in found["skills"]}
    code, accepted, _ = run(capsys, data_dir, "client", "accept", "1", "--skills", "2.B.3.e",
                            "2.A.1.a", "--json")
    assert code == 0
    assert accepted["accepted"] == {e: skills[e] for e in ("2.B.3.e", "2.A.1.a")}
    assert accepted["current_code"] is None
    code, accepted, _ = run(capsys, data_dir, "client", "accept", "1", "--all", "--current",
                            "41-2031.00", "--json")
    assert (len(accepted["accepted"]), accepted["current_code"]) == (35, "41-2031.00")


def test_errors_are_one_line_with_exit_codes(capsys, data_dir) -> None:
    code, _, err = run(capsys, data_dir, "client", "link", "1", "--compass-user", "nobody")
    assert code == 3
    assert "no synced sessions for Compass user nobody" in err
    code, _, err = run(capsys, data_dir, "client", "accept", "1")
    assert code == 2
    assert "nothing to accept" in err
    run(capsys, data_dir, "client", "link", "1", "--compass-user", PERSON)
    code, _, err = run(capsys, data_dir, "client", "accept", "1", "--all", "--current",
                       "99-0000.00")
    assert (code, err.strip()) == (3, "skillnav: error: no occupation 99-0000.00 in the cache")
    code, shown, _ = run(capsys, data_dir, "client", "show", "1", "--json")
    assert (shown["ratings"], shown["current_code"]) == ({}, None)  # nothing half-written
