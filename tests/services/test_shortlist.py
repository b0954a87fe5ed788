"""A client's shortlist (ordered, a note each) and the scenario kept for the report."""

from __future__ import annotations

import pytest

from desktop.domain.errors import InvalidArgument, NotFound
from desktop.services import casework, shortlist

RETAIL, CASHIER, SUPERVISOR = "41-2031.00", "41-2011.00", "41-1011.00"


@pytest.fixture
def client(release_services):
    return casework.create_client(release_services, "K-11", current_code=RETAIL)


def codes(entries):
    return [e.code for e in entries]


def test_pin_keeps_order_notes_and_titles(release_services, client) -> None:
    s, cid = release_services, client.id
    shortlist.pin(s, cid, CASHIER)
    shortlist.pin(s, cid, SUPERVISOR, note="  asked  about   shifts ")
    entries = shortlist.pin(s, cid, CASHIER)  # pinning again changes nothing
    assert codes(entries) == [CASHIER, SUPERVISOR]
    assert [e.position for e in entries] == [1, 2]
    assert entries[0].title == "Cashiers"
    assert entries[1].note == "asked about shifts"
    assert codes(shortlist.move(s, cid, SUPERVISOR, 1)) == [SUPERVISOR, CASHIER]
    assert shortlist.set_note(s, cid, CASHIER, "fallback")[1].note == "fallback"
    assert codes(shortlist.unpin(s, cid, SUPERVISOR)) == [CASHIER]
    assert shortlist.shortlist(s, cid)[0].position == 1


def test_bad_input_is_one_clear_error_and_keeps_the_list(release_services, client) -> None:
    s, cid = release_services, client.id
    shortlist.pin(s, cid, CASHIER)
    with pytest.raises(InvalidArgument, match="is not an O\\*NET-SOC code"):
        shortlist.pin(s, cid, "cashier")
    with pytest.raises(NotFound, match=r"no occupation 99-9999\.00"):
        shortlist.pin(s, cid, "99-9999.00")
    with pytest.raises(NotFound, match="not on this client's shortlist"):
        shortlist.unpin(s, cid, SUPERVISOR)
    with pytest.raises(NotFound, match="no client 999"):
        shortlist.pin(s, 999, CASHIER)
    with pytest.raises(InvalidArgument, match="at most 500 characters"):
        shortlist.set_note(s, cid, CASHIER, "x" * 501)
    assert codes(shortlist.shortlist(s, cid)) == [CASHIER]


def test_the_shortlist_has_a_limit(release_services, client) -> None:
    from desktop.services.profiles import profiles

    matrix = profiles(release_services, "skills")
    for code in matrix.codes[:shortlist.MAX_TARGETS]:
        shortlist.pin(release_services, client.id, code)
    with pytest.raises(InvalidArgument, match="at most 12 targets"):
        shortlist.pin(release_services, client.id, matrix.codes[20])


def test_one_kept_scenario_per_client(release_services, client) -> None:
    s, cid = release_services, client.id
    assert shortlist.kept_scenario(s, cid) is None
    shortlist.keep_scenario(s, cid, "after an Excel course", {"2.A.2.a": 3})
    shortlist.keep_scenario(s, cid, "after a forklift certificate", {"2.B.3.a": 2})
    kept = shortlist.kept_scenario(s, cid)
    assert (kept.label, kept.changes) == ("after a forklift certificate", {"2.B.3.a": 2})
    assert casework.get_ratings(s, cid) == {}  # a scenario never touches the real ratings
    with pytest.raises(InvalidArgument, match="not an O\\*NET skill element id"):
        shortlist.keep_scenario(s, cid, "x", {"9.Z": 2})
    with pytest.raises(InvalidArgument, match="name the scenario"):
        shortlist.keep_scenario(s, cid, "  ", {"2.A.2.a": 3})
    shortlist.drop_scenario(s, cid)
    assert shortlist.kept_scenario(s, cid) is None
