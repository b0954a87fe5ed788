"""Compass → client ratings end to end: real sync (wire server) → link → suggest → accept →
recommendations, on the real O*NET 30.1 release."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.domain.errors import InvalidArgument, NotFound
from desktop.services import casework, compass_link, recommend
from desktop.services.compass_link import Evidence
from desktop.services.sync import sync_compass
from tests.fixtures.compass_docs import PERSON, PERSON_SESSIONS, insert_compass, insert_person
from tests.sync.test_compass_sync import target

pytestmark = pytest.mark.mongo
TODAY = datetime(2025, 11, 20, tzinfo=UTC)
RETAIL, SUPERVISOR = "41-2031.00", "41-1011.00"


@pytest.fixture
def linked(release_services, mongo_db):
    insert_compass(mongo_db, 12)
    insert_person(mongo_db)
    sync_compass(release_services, target(mongo_db))
    client = casework.create_client(release_services, "K-101")
    compass_link.link(release_services, client.id, user_id=PERSON)
    return release_services, client.id


def test_link_offers_synced_sessions_and_refuses_unknown_ids(linked):
    services, client_id = linked
    found = compass_link.find_sessions(services, "BRUJULA")
    assert [(s.session_id, s.experiences, s.user_sessions) for s in found] == [
        (PERSON_SESSIONS[1], 5, 2), (PERSON_SESSIONS[0], 2, 2)]  # newest first, kept only
    assert casework.get_client(services, client_id).compass_user_id == PERSON
    session = compass_link.link(services, client_id, session_id=str(PERSON_SESSIONS[0]))
    assert (session.compass_user_id, session.compass_session_id) == (
        PERSON, str(PERSON_SESSIONS[0]))
    with pytest.raises(NotFound, match="no synced sessions for Compass user nobody"):
        compass_link.link(services, client_id, user_id="nobody")
    with pytest.raises(InvalidArgument, match="'abc' is not a Compass session id"):
        compass_link.link(services, client_id, session_id="abc")


def test_suggestions_explain_every_experience_and_write_nothing(linked):
    services, client_id = linked
    found = compass_link.suggestions(services, client_id, TODAY)
    by_title = {e.title: e for e in found.experiences}
    assert set(by_title) == {"Cajera de supermercado", "Ayudante de cocina",
                             "Vendedora en almacén", "Encargada de tienda",
                             "Cuidado de mis hermanos", "Concejal barrial", "Feriante"}
    retail = by_title["Vendedora en almacén"]
    assert (retail.company, retail.span, retail.work_type_text) == (
        "Almacén Don José", "2019–2022", "waged employment")
    assert retail.top_skills[0] == "atender a los clientes"
    assert retail.onet.code == RETAIL
    assert retail.esco_occupations[0].esco == "vendedor/vendedora"
    shop = by_title["Encargada de tienda"].esco_occupations
    assert [o.method for o in shop] == ["uuid", "isco"]  # 5222.3.1: parent never synced
    assert shop[1].candidates[0].code == SUPERVISOR
    assert shop[1].candidates[0].confidence_label == "low"
    assert by_title["Cuidado de mis hermanos"].notes == [
        "no ESCO occupation linked by Compass: not used"]
    assert "no skill ratings in this release for 11-1031.00" in by_title[
        "Concejal barrial"].notes[0]
    feriante = by_title["Feriante"].notes
    assert "‘ocupación’: not in the crosswalk: UUID unknown and unknown ISCO unit group 9999" in (
        feriante)
    assert "dates unreadable: counted as one year" in feriante
    # trainee work and old work weigh less than recent paid work of the same length
    assert by_title["Ayudante de cocina"].weight < 0.5 * by_title[
        "Cajera de supermercado"].weight / 3
    assert found.current.code == SUPERVISOR  # the ongoing job
    assert found.current.experience == "Encargada de tienda"
    assert [a.code for a in found.current_alternatives][:1] == [RETAIL]
    assert len(found.skills) == 35
    service = next(s for s in found.skills if s.name == "Service Orientation")
    assert any(p.experience == "Vendedora en almacén" and p.span == "2019–2022"
               and p.title == "Retail Salespersons" for p in service.provenance)
    assert "Vendedora en almacén, 2019–2022 → Retail Salespersons" in service.provenance_text
    assert 0 <= service.rating <= 4 and service.confidence_label in {"high", "medium"}
    # ESCO skills beside the O*NET skill they support, where defensible
    assert Evidence("atender a los clientes", "Vendedora en almacén") in service.evidence
    staff = next(s for s in found.skills if s.name == "Management of Personnel Resources")
    assert [e.label for e in staff.evidence] == ["supervisar al personal"]
    assert next(s for s in found.skills if s.name == "Science").evidence == []
    assert casework.get_ratings(services, client_id) == {}


def test_accept_one_then_all_is_undoable_and_feeds_recommendations(linked):
    services, client_id = linked
    found = {s.element_id: s.rating
             for s in compass_link.suggestions(services, client_id).skills}
    first = sorted(found)[0]
    compass_link.accept(services, client_id, [first])
    assert casework.get_ratings(services, client_id) == {first: found[first]}
    with pytest.raises(InvalidArgument, match=r"no suggestion for 9\.Z\.9"):
        compass_link.accept(services, client_id, ["9.Z.9"])
    result = compass_link.accept(services, client_id, everything=True)
    assert result.current_code == SUPERVISOR
    assert casework.get_ratings(services, client_id) == found
    assert casework.undo_last_change(services, client_id)  # the whole acceptance at once
    assert casework.get_ratings(services, client_id) == {first: found[first]}
    assert casework.get_client(services, client_id).current_code is None
    compass_link.accept(services, client_id, everything=True, current=RETAIL)
    recs = recommend.recommend_for_client(services, client_id)
    listed = [r.code for r in recs.listed()]
    assert listed and RETAIL not in listed  # the current occupation is excluded


def test_unlinked_demo_and_empty_links_give_clear_lines(services, mongo_db):
    client = casework.create_client(services, "K-102")
    assert compass_link.suggestions(services, client.id).notes == [
        "Not linked to Compass: use Link Compass… to pick a synced user or session."]
    casework.update_client(services, client.id, compass_user_id="gone-user")
    assert compass_link.suggestions(services, client.id).notes == [
        "No synced Compass sessions for user gone-user: sync Compass, or check the link."]
    insert_person(mongo_db)
    sync_compass(services, target(mongo_db))
    compass_link.link(services, client.id, user_id=PERSON)
    found = compass_link.suggestions(services, client.id)  # demo data: not O*NET
    assert found.notes[0].startswith("Demo data — not O*NET")
    assert len(found.experiences) == 7
