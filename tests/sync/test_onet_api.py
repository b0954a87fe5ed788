"""O*NET Web Services v2 client against a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from desktop.domain.errors import BadInput, ConnectionFailed, NotFound
from desktop.services.sync import sync_onet_api
from desktop.sync.onet_api import OnetClient, importance_to_im
from tests.fixtures.onet_api_server import CODE, KEY, SKILLS, OnetApiServer


@pytest.fixture
def api() -> Iterator[OnetApiServer]:
    server = OnetApiServer().start()
    yield server
    server.stop()


def client(api: OnetApiServer, key: str = KEY, **options) -> OnetClient:
    return OnetClient(key, api.url, backoff=0.01, **options)


def test_key_header_and_search_follows_next_pages(api):
    with client(api) as onet:
        found = onet.search("nursing", limit=100)
    assert [f.code for f in found] == [f"29-11{k:02d}.00" for k in range(23)]
    assert len(api.requests) == 12  # two items per page
    assert all(headers["X-API-Key"] == KEY for _, headers in api.requests)
    assert "start=1&end=" in api.requests[0][0]


def test_search_limit_stops_paging(api):
    with client(api) as onet:
        assert len(onet.search("nursing", limit=3)) == 3
    assert len(api.requests) == 2


def test_occupation_converts_importance_back_to_im(api):
    with client(api) as onet:
        detail = onet.occupation(CODE)
    assert detail.title == "Registered Nurses"
    assert [(e.id, e.im) for e in detail.ratings["skills"]] == [
        (s[0], round(1 + s[2] * 4 / 100, 2)) for s in SKILLS]
    assert detail.ratings["knowledge"] == []  # 422 "no data" for a section
    assert detail.job_zone == 3


def test_im_conversion_matches_onet_examples():
    # onet.md §2.1: Reading Comprehension IM 3.88 -> 72, Speaking 4.12 -> 78
    assert importance_to_im(72) == 3.88 and importance_to_im(78) == 4.12
    assert importance_to_im(0) == 1 and importance_to_im(100) == 5


def test_sync_stores_source_onet_api_without_levels(services, api):
    summary = sync_onet_api(services, KEY, [CODE], api.url)
    assert summary.added + summary.updated == 1
    with services.cache.read() as db:
        source = db.exec_driver_sql("SELECT source FROM occupation WHERE code = ?",
                                    (CODE,)).scalar()
        ratings = db.exec_driver_sql(
            "SELECT scale_id, data_value, source FROM element_rating WHERE code = ? "
            "AND element_id = '2.A.1.a'", (CODE,)).all()
    assert source == "onet-api"
    assert [tuple(r) for r in ratings] == [("IM", 3.88, "onet-api")]  # no LV: level unknown


def test_release_occupations_are_not_overwritten(release_services, api):
    summary = sync_onet_api(release_services, KEY, [CODE], api.url)
    assert summary.kept_from_release == [CODE]
    assert api.requests == []


def test_retries_429_and_5xx_then_succeeds(api):
    api.fail_next(429)
    api.fail_next(503, 2)
    with client(api) as onet:
        assert onet.occupation(CODE).code == CODE
    assert len(api.requests) >= 4


def test_persistent_5xx_gives_up_with_a_clear_error(api):
    api.fail_next(502, 10)
    with client(api, retries=2) as onet, pytest.raises(ConnectionFailed, match="HTTP 502"):
        onet.occupation(CODE)
    assert len(api.requests) == 3


def test_wrong_key_403_html_is_a_clear_error_without_the_key(api):
    with client(api, key="wrong-secret-key") as onet, pytest.raises(ConnectionFailed) as error:
        onet.search("nurse")
    assert "refused the API key (HTTP 403)" in str(error.value)
    assert "wrong-secret-key" not in str(error.value)


def test_422_json_error_message(api):
    with client(api) as onet, pytest.raises(NotFound, match="Invalid O\\*NET-SOC code"):
        onet.occupation("11-1011.00")
    with client(api) as onet, pytest.raises(NotFound, match="required property 'keyword'"):
        onet.get("online/search")


def test_unknown_code_is_skipped_in_a_sync_and_all_unknown_fails(services, api):
    summary = sync_onet_api(services, KEY, [CODE, "11-1011.00"], api.url)
    assert summary.skipped_ids == ["11-1011.00"]
    with pytest.raises(NotFound):
        sync_onet_api(services, KEY, ["11-1011.00"], api.url)


def test_timeout(api):
    api.delay = 0.5
    with client(api, timeout=0.1, retries=1) as onet, pytest.raises(ConnectionFailed,
                                                                      match="did not answer"):
        onet.search("nurse")


def test_connection_refused():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with OnetClient(KEY, f"http://127.0.0.1:{port}/") as onet, pytest.raises(
            ConnectionFailed, match="cannot reach") as error:
        onet.search("nurse")
    assert error.value.exit_code == 5


def test_non_json_success_is_bad_input(api, monkeypatch):
    monkeypatch.setattr(api, "_answer", lambda *a: (200, "<html>maintenance</html>"))
    with client(api) as onet, pytest.raises(BadInput, match="not JSON"):
        onet.search("nurse")
