"""A sync interrupted mid-way (server killed, or Cancel) keeps the cache consistent and the
next run continues where it stopped. Uses its own server process, since it kills it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.domain.errors import Cancelled, ConnectionFailed
from desktop.domain.progress import TaskState
from desktop.services.sync import MongoTarget, sync_compass
from tests.fixtures.compass_docs import Generator, insert_compass
from tests.fixtures.mongo_server import MongoServer

pytestmark = pytest.mark.mongo
PAGE = 50
SESSIONS = 12 * PAGE


def counts(services: Any) -> tuple[int, int, int]:
    with services.cache.read() as db:
        return tuple(db.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar() for t in (
            "compass_session", "compass_experience", "compass_skill"))  # type: ignore[return-value]


def state(services: Any) -> tuple[str, str | None]:
    with services.cache.read() as db:
        return tuple(db.exec_driver_sql(  # type: ignore[return-value]
            "SELECT status, last_error FROM sync_state WHERE source = 'compass'").one())


def expected_rows(generator: Any) -> tuple[int, int, int]:
    e = generator.expected
    views = ("pipeline", "explored", "deleted")
    return (e["sessions"], sum(e[f"{v}_experiences"] for v in views),
            sum(e[f"{v}_skills"] for v in views))


def test_server_killed_mid_sync_loses_nothing_and_rerun_completes(services, tmp_path: Path):
    from pymongo import MongoClient

    server = MongoServer(tmp_path / "mongo").start()
    try:
        with MongoClient(server.uri) as client:
            generator = insert_compass(client.brujula, SESSIONS)

        def kill_after_first_page(done: int, total: int | None, message: str) -> None:
            if done >= PAGE:
                server.kill()

        with pytest.raises(ConnectionFailed):
            sync_compass(services, MongoTarget(server.uri, "brujula"),
                         task=TaskState(kill_after_first_page), batch_size=PAGE)
        committed = counts(services)[0]  # pages fetched ahead before the kill were saved too
        assert committed % PAGE == 0 and PAGE <= committed < SESSIONS
        saved = Generator()
        for i in range(committed):
            saved.state(i)
        assert counts(services) == expected_rows(saved)  # committed pages, whole
        assert state(services)[0] == "failed"
        assert "127.0.0.1" in (state(services)[1] or "")

        server.start()  # same folder and port: the data survived the crash
        resumed = sync_compass(services, MongoTarget(server.uri, "brujula"))
        assert resumed.mode == "resumed scan"
        assert (resumed.added, resumed.updated, resumed.deleted) == (
            SESSIONS - committed, 0, 0)
        assert counts(services) == expected_rows(generator)
        assert state(services) == ("ok", None)

        again = sync_compass(services, MongoTarget(server.uri, "brujula"))
        assert (again.added, again.updated, again.deleted) == (0, 0, 0)
    finally:
        server.stop()


def test_cancel_stops_at_a_page_boundary_and_the_next_run_continues(services, mongo_db,
                                                                   mongo_uri):
    generator = insert_compass(mongo_db, SESSIONS)
    task = TaskState(lambda done, total, message: task.cancel() if done else None)
    with pytest.raises(Cancelled):
        sync_compass(services, MongoTarget(mongo_uri, mongo_db.name), task=task,
                     batch_size=PAGE)
    assert counts(services)[0] == PAGE  # pages fetched ahead are dropped, not saved
    assert state(services)[0] == "cancelled"
    resumed = sync_compass(services, MongoTarget(mongo_uri, mongo_db.name), batch_size=PAGE)
    assert resumed.added == SESSIONS - PAGE
    assert counts(services) == expected_rows(generator)
