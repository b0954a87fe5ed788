"""Caseload services on the real release: clients, ratings, undo, prefill."""

from __future__ import annotations

import pytest

from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.ratings import level_to_rating
from desktop.services import casework

READING, PROGRAMMING = "2.A.1.a", "2.B.3.e"


def test_clients_are_created_listed_searched_updated_and_archived(release_services) -> None:
    s = release_services
    a = casework.create_client(s, "  K-01 ", current_code="15-1252.00", notes="retraining")
    b = casework.create_client(s, "B-02", compass_user_id="u-9")
    assert a.label == "K-01" and a.current_code == "15-1252.00" and not a.archived
    assert {"id", "label", "current_code", "notes", "archived", "created_at",
            "updated_at"} <= set(vars(a))
    assert [c.label for c in casework.list_clients(s)] == ["B-02", "K-01"]
    assert [c.id for c in casework.list_clients(s, query="retrain")] == [a.id]
    updated = casework.update_client(s, b.id, notes="new", current_code="35-2014.00")
    assert updated.notes == "new" and updated.current_code == "35-2014.00"
    casework.archive_client(s, a.id)
    assert [c.id for c in casework.list_clients(s)] == [b.id]
    assert len(casework.list_clients(s, include_archived=True)) == 2
    assert casework.get_client(s, a.id).archived is True


def test_bad_client_input_is_refused_and_unknown_ids_are_not_found(release_services) -> None:
    s = release_services
    with pytest.raises(InvalidArgument):
        casework.create_client(s, "   ")
    with pytest.raises(InvalidArgument, match="e-mail"):
        casework.create_client(s, "jane@example.org")
    with pytest.raises(InvalidArgument):
        casework.create_client(s, "K", current_code="15-125")
    with pytest.raises(NotFound):
        casework.create_client(s, "K", current_code="99-9999.00")
    with pytest.raises(NotFound):
        casework.get_client(s, 404)
    with pytest.raises(InvalidArgument):
        casework.update_client(s, casework.create_client(s, "K").id, email="x")
    assert [c.label for c in casework.list_clients(s)] == ["K"]


def test_ratings_are_saved_validated_and_undone_one_change_at_a_time(release_services) -> None:
    s = release_services
    client = casework.create_client(s, "K").id
    casework.set_rating(s, client, READING, 2)
    casework.set_rating(s, client, READING, 3)
    casework.set_rating(s, client, PROGRAMMING, 4)
    assert casework.get_ratings(s, client) == {READING: 3, PROGRAMMING: 4}
    for bad in (5, -1, 2.5, True):
        with pytest.raises(InvalidArgument):
            casework.set_rating(s, client, READING, bad)
    with pytest.raises(InvalidArgument, match="skill element"):
        casework.set_rating(s, client, "2.C.1.a", 1)  # a knowledge element, not a skill
    assert casework.undo_last_change(s, client)
    assert casework.get_ratings(s, client) == {READING: 3}
    casework.set_rating(s, client, READING, None)
    assert casework.get_ratings(s, client) == {}
    assert casework.undo_last_change(s, client)
    assert casework.undo_last_change(s, client)
    assert casework.get_ratings(s, client) == {READING: 2}
    assert casework.undo_last_change(s, client)
    assert not casework.undo_last_change(s, client)
    assert casework.get_ratings(s, client) == {}


def test_prefill_maps_the_occupations_levels_and_is_one_undoable_change(
        release_services, release_dir) -> None:
    s = release_services
    client = casework.create_client(s, "K").id
    casework.set_rating(s, client, READING, 0)
    ratings = casework.prefill_from_occupation(s, client, "15-1252.00")
    expected = {}
    for line in (release_dir / "Skills.txt").read_text("utf-8").splitlines()[1:]:
        f = line.split("\t")
        if f[0] == "15-1252.00" and f[3] == "LV":
            expected[f[1]] = 0 if f[10] == "Y" else level_to_rating(float(f[4]))
    assert ratings == expected and len(ratings) == 35
    assert max(ratings.values()) == ratings[PROGRAMMING]
    assert casework.get_ratings(s, client) == expected
    assert casework.undo_last_change(s, client)
    assert casework.get_ratings(s, client) == {READING: 0}


def test_flat_ratings_are_detected() -> None:
    assert casework.flat_ratings({str(i): 2 for i in range(10)})
    assert not casework.flat_ratings({str(i): i % 5 for i in range(10)})
    assert not casework.flat_ratings({"a": 1, "b": 1})
