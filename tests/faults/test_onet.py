"""O*NET: releases that must be refused, and a hostile Web Services server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from desktop.domain.errors import BadInput, ConnectionFailed
from desktop.services import catalog
from desktop.services import sync as sync_service
from desktop.sync import onet_api
from desktop.sync.onet_api import OnetClient
from tests.faults.conftest import one_line_error
from tests.release_files import copy_release


@pytest.fixture
def small_release(release_dir, tmp_path):
    """The real release's required files (Skills trimmed to one occupation), to corrupt."""
    folder = copy_release(release_dir, tmp_path / "db_30_1_text",
                          ["Occupation Data.txt", "Scales Reference.txt", "Skills.txt"])
    lines = (folder / "Skills.txt").read_text("utf-8").splitlines(keepends=True)
    (folder / "Skills.txt").write_text("".join(lines[:71]), "utf-8")  # 35 skills × IM/LV
    return folder


def replace_value(folder, line: int, value: str) -> None:
    path = folder / "Skills.txt"
    lines = path.read_text("utf-8").splitlines(keepends=True)
    fields = lines[line - 1].split("\t")
    fields[4] = value  # Data Value
    lines[line - 1] = "\t".join(fields)
    path.write_text("".join(lines), "utf-8")


def test_a_release_with_a_header_only_skills_file_is_refused(cli, imported, small_release):
    path = small_release / "Skills.txt"
    path.write_text(path.read_text("utf-8").splitlines(keepends=True)[0], "utf-8")
    error = one_line_error(cli("import-onet", str(small_release)), 4)
    assert "Skills.txt, line 2: no data" in error
    assert "release: 30.1" in cli("info").out  # the good release stays


@pytest.mark.parametrize(("line", "value", "scale"),
                         [(2, "99", "IM"), (3, "-5", "LV"), (5, "1e309", "LV"), (4, "5.01", "IM")])
def test_values_off_the_published_scales_are_refused(services, small_release, line, value,
                                                     scale):
    replace_value(small_release, line, value)
    with pytest.raises(BadInput, match=rf"Skills\.txt, line {line}: Data Value .* outside "
                                       rf"the {scale} scale"):
        catalog.import_release(services, small_release)
    assert catalog.info(services).demo


def test_a_utf8_bom_is_not_a_missing_column(services, small_release):
    for name in ("Skills.txt", "Occupation Data.txt"):
        path = small_release / name
        path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    report = catalog.import_release(services, small_release)
    assert report.rows["skills"] == 70 and report.release == "30.1"


# --- a hostile O*NET Web Services server ----------------------------------------------------------

CODE = "29-1141.00"


class Hostile:
    """A server on 127.0.0.1 that answers ``behaviour(handler)`` to every request."""

    def __init__(self, behaviour):
        self.count = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                outer.count += 1
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    behaviour(self, outer)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def hostile():
    servers = []

    def start(behaviour) -> Hostile:
        servers.append(Hostile(behaviour))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def send_json(handler, body, status=200, headers=()):
    data = json.dumps(body).encode()
    handler.send_response(status)
    handler.send_header("Content-Type", "application/json")
    handler.send_header("Content-Length", str(len(data)))
    for name, value in headers:
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(data)


def test_a_huge_body_is_cut_off(hostile):
    def endless(handler, _server):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.end_headers()
        chunk = b" " * 65536
        for _ in range(1000):  # 65 MB unless the client stops reading
            handler.wfile.write(chunk)

    server = hostile(endless)
    started = time.monotonic()
    with OnetClient("k", server.url) as client, pytest.raises(BadInput, match="over 5 MB"):
        client.occupation(CODE)
    assert time.monotonic() - started < 10


def test_a_self_referencing_next_stops_at_once(hostile):
    def loop(handler, server):
        send_json(handler, {"start": 1, "end": 1, "total": 99,
                            "occupation": [{"code": CODE, "title": "Nurses"}],
                            "next": f"{server.url}online/search?keyword=x&start=2&end=2"})

    server = hostile(loop)
    with OnetClient("k", server.url) as client, pytest.raises(BadInput, match="point back"):
        client.search("x", limit=1000)
    assert server.count == 2


def test_pages_stop_at_the_page_cap(hostile):
    def endless_pages(handler, server):
        page = server.count
        send_json(handler, {"occupation": [{"code": CODE, "title": f"page {page}"}],
                            "next": f"{server.url}online/search?keyword=x&start={page + 1}"})

    server = hostile(endless_pages)
    with OnetClient("k", server.url) as client, pytest.raises(BadInput, match="more than 40"):
        client.search("x", limit=10_000)
    assert server.count == onet_api.MAX_PAGES


def test_a_trickling_answer_hits_the_request_time_limit(hostile, monkeypatch):
    monkeypatch.setattr(onet_api, "REQUEST_SECONDS", 1.5)

    def trickle(handler, _server):
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", "1000")
        handler.end_headers()
        for _ in range(1000):
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.3)

    server = hostile(trickle)
    started = time.monotonic()
    with OnetClient("k", server.url) as client, pytest.raises(ConnectionFailed,
                                                               match="far too slow"):
        client.occupation(CODE)
    assert time.monotonic() - started < 4


def test_a_huge_retry_after_gives_up_at_once(hostile):
    server = hostile(lambda handler, _s: send_json(handler, {"error": "busy"}, 429,
                                                   [("Retry-After", "100000")]))
    started = time.monotonic()
    with OnetClient("k", server.url) as client, pytest.raises(ConnectionFailed,
                                                               match="wait 100,000 s"):
        client.occupation(CODE)
    assert time.monotonic() - started < 2 and server.count == 1


def test_a_sync_has_an_overall_time_limit(hostile):
    server = hostile(lambda handler, _s: send_json(handler, {"error": "busy"}, 503,
                                                   [("Retry-After", "1")]))
    started = time.monotonic()
    with OnetClient("k", server.url, sync_seconds=2.5, retries=50) as client, \
            pytest.raises(ConnectionFailed, match=r"stopped after 2\.5 s"):
        client.occupation(CODE)
    assert time.monotonic() - started < 3


def test_progress_is_shown_for_every_request(hostile):
    server = hostile(lambda handler, _s: send_json(handler, {"code": CODE, "title": "Nurses"}
                                                   if handler.path.endswith(f"{CODE}/")
                                                   else {"element": []}))
    seen = []
    with OnetClient("k", server.url, progress=seen.append) as client:
        client.occupation(CODE)
    assert len(seen) == server.count == 6 and seen[0].startswith("request 1: ")


def test_an_answer_for_another_code_never_replaces_a_release_occupation(release_services,
                                                                        hostile):
    developers = "15-1252.00"
    before = catalog.occupation(release_services, developers)
    server = hostile(lambda handler, _s: send_json(
        handler, {"code": developers, "title": "Software Developers"}
        if handler.path.endswith("/") else
        {"element": [{"id": "2.A.1.a", "name": "Reading", "importance": 50}]}))
    with pytest.raises(BadInput, match=r"answered with occupation '15-1252\.00' when asked "
                                       r"for 99-1234\.00"):
        sync_service.sync_onet_api(release_services, "k", ["99-1234.00"], server.url)
    assert catalog.occupation(release_services, developers) == before


def test_release_rows_are_never_replaced_by_api_rows(release_services):
    from desktop.store import sync_store

    detail = sync_store.ApiOccupation("15-1252.00", "x", None, {"skills": []}, None)
    with release_services.cache.write() as db:
        assert sync_store.save_api_occupation(db, detail) is False
    assert catalog.occupation(release_services, "15-1252.00").title == "Software Developers"


@pytest.mark.parametrize("element", [{"id": "2.A.1.a", "importance": 1e309},
                                     {"id": "2.A.1.a", "importance": 250},
                                     {"id": "'; DROP", "importance": 50}])
def test_ratings_that_cannot_be_onets_are_refused(hostile, element):
    server = hostile(lambda handler, _s: send_json(
        handler, {"code": CODE, "title": "Nurses"} if handler.path.endswith("/")
        else {"element": [element]}))
    with OnetClient("k", server.url) as client, pytest.raises(BadInput,
                                                               match="nothing was saved"):
        client.occupation(CODE)
