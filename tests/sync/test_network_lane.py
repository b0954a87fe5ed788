"""Network I/O never runs while a SQLite write transaction is open (issue 10 §2).

Every SQLAlchemy pool tells which thread holds which SQLite connection; a connection is in a
write transaction from its BEGIN (or first write) to its commit (``in_transaction``). Every
MongoDB command (pymongo's command monitoring, in the thread that sends it) and every O*NET
Web Services request (seen by the local server while the client waits) records whether a
write transaction was open at that moment: in the sending thread for MongoDB (pages are read
ahead on their own thread while the previous page is written), in any thread for HTTP.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from pymongo import monitoring
from sqlalchemy import event
from sqlalchemy.pool import Pool

from desktop.services.sync import sync_analyses, sync_compass, sync_onet_api
from tests.fixtures.compass_docs import analysis, insert_compass, session_id_for
from tests.fixtures.onet_api_server import CODE, KEY, OnetApiServer
from tests.sync.test_compass_sync import target


class WriteWatch:
    """Which SQLite connections each thread holds, and the network calls seen."""

    def __init__(self) -> None:
        self.held: dict[int, set[Any]] = {}
        self.calls: list[tuple[str, bool]] = []  # (what, a write transaction was open)
        self._lock = threading.Lock()
        event.listen(Pool, "checkout", self._checkout)
        event.listen(Pool, "checkin", self._checkin)

    def close(self) -> None:
        event.remove(Pool, "checkout", self._checkout)
        event.remove(Pool, "checkin", self._checkin)

    def _checkout(self, dbapi: Any, _record: Any, _proxy: Any) -> None:
        with self._lock:
            self.held.setdefault(threading.get_ident(), set()).add(dbapi)

    def _checkin(self, dbapi: Any, _record: Any) -> None:
        with self._lock:
            for connections in self.held.values():
                connections.discard(dbapi)

    def writing(self, thread: int | None = None) -> bool:
        with self._lock:
            return any(c.in_transaction for ident, connections in self.held.items()
                       if thread in (None, ident) for c in connections)

    def call(self, what: str, thread: int | None = None) -> None:
        self.calls.append((what, self.writing(thread)))

    def inside(self) -> list[str]:
        return [what for what, writing in self.calls if writing]


class _Commands(monitoring.CommandListener):
    """Registered once (pymongo has no unregister); reports to the active watch only."""

    watch: WriteWatch | None = None

    def started(self, event: monitoring.CommandStartedEvent) -> None:
        if self.watch is not None:
            self.watch.call(f"mongo {event.command_name}", threading.get_ident())

    def succeeded(self, event: monitoring.CommandSucceededEvent) -> None:
        pass

    def failed(self, event: monitoring.CommandFailedEvent) -> None:
        pass


_commands = _Commands()
monitoring.register(_commands)


@pytest.fixture
def watch() -> Iterator[WriteWatch]:
    _commands.watch = WriteWatch()
    yield _commands.watch
    _commands.watch.close()
    _commands.watch = None


pytestmark = pytest.mark.mongo


def test_compass_changes_are_read_before_their_transaction(services, mongo_db, watch):
    """A batch mixing state, user and agent edits: every lookup is read before writing."""
    insert_compass(mongo_db, 6)
    sync_compass(services, target(mongo_db))  # a scan (pages read ahead, on their own lane)
    mongo_db.explore_experiences_director_state.update_one(
        {"session_id": session_id_for(2)}, {"$set": {"country_of_user": "KENYA"}})
    mongo_db.user_preferences.update_one({"user_id": "uid000000000000000000000001"},
                                         {"$set": {"user_id": "uid-renamed"}})
    mongo_db.agent_director_state.update_one({"session_id": session_id_for(4)},
                                             {"$set": {"current_phase": "CHECKOUT"}})
    mongo_db.explore_experiences_director_state.delete_one({"session_id": session_id_for(5)})
    changed = sync_compass(services, target(mongo_db))
    assert (changed.mode, changed.deleted) == ("changes", 1)
    assert changed.updated == 3  # session 2 (state, user), 3 (user), 4 (agent)
    names = {what for what, _ in watch.calls}
    assert {"mongo find", "mongo aggregate", "mongo getMore"} <= names
    assert watch.inside() == []


def test_analysis_changes_are_read_before_their_transaction(services, mongo_db, watch):
    mongo_db.cv_analyses.insert_many([analysis(i) for i in range(30)])
    sync_analyses(services, target(mongo_db))
    first = mongo_db.cv_analyses.find_one()
    mongo_db.cv_analyses.update_one({"_id": first["_id"]}, {"$set": {"field": "nursing"}})
    mongo_db.cv_analyses.delete_one({"_id": {"$ne": first["_id"]}})
    changed = sync_analyses(services, target(mongo_db))
    assert (changed.mode, changed.updated, changed.deleted) == ("changes", 1, 1)
    assert len(watch.calls) > 5
    assert watch.inside() == []


def test_onet_requests_are_answered_before_their_transaction(services, watch):
    server = OnetApiServer()
    server.on_request = lambda path: watch.call(f"GET {path}")
    server.start()
    try:
        summary = sync_onet_api(services, KEY, [CODE, "29-1141.01"], server.url)
    finally:
        server.stop()
    assert summary.added + summary.updated == 1
    assert len(watch.calls) == len(server.requests) > 5
    assert watch.inside() == []


def test_the_watch_sees_an_open_write_transaction(services, watch):
    """The check itself: a network call made between a write and its commit is reported."""
    with services.cache.write() as db:
        db.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('probe', '1')")
        watch.call("after a write", threading.get_ident())
        watch.call("from elsewhere")
    watch.call("after the commit")
    assert watch.inside() == ["after a write", "from elsewhere"]
