"""Sync use cases shared by the CLI and the Sync page: Compass, CV analyses, O*NET API.

Each run records its outcome in ``sync_state`` (time, status, counts, a masked error) and
returns the summary ``{source, added, updated, deleted, skipped, skipped_ids, seconds, …}``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.domain.errors import AppError, Cancelled, InvalidArgument
from desktop.domain.progress import TaskState
from desktop.services.context import Services
from desktop.store import sync_store

log = logging.getLogger(__name__)

SOURCES = ("release", "onet-api", "compass", "analyses")


@dataclass
class MongoTarget:
    """Where to read: credentials stay inside ``uri`` and are masked wherever shown."""

    uri: str
    database: str
    taxonomy_uri: str | None = None
    taxonomy_database: str | None = None
    collection: str = "cv_analyses"


def _now() -> str:
    from desktop.sync.sources import now_iso

    return now_iso()


def _recorded(services: Services, source: str, run: Callable[[], dict[str, Any]]
              ) -> dict[str, Any]:
    """Run one sync and record its outcome; errors keep their (masked) message."""
    from desktop.sync.mongo import mask_uri

    try:
        summary = run()
    except Cancelled:
        _record(services, source, "cancelled")
        log.info("sync %s cancelled", source)
        raise
    except AppError as exc:
        _record(services, source, "failed", error=mask_uri(str(exc)))
        log.warning("sync %s failed: %s", source, mask_uri(str(exc)))
        raise
    counts = {k: summary[k] for k in ("added", "updated", "deleted", "skipped") if k in summary}
    _record(services, source, "ok", counts)
    log.info("sync %s: %s", source, mask_uri(str({k: v for k, v in summary.items()
                                                   if k != "skipped_ids"})))
    return summary


def _record(services: Services, source: str, status: str, counts: dict[str, Any] | None = None,
            error: str | None = None) -> None:
    with services.cache.write() as db:
        sync_store.record_outcome(db, source, _now(), status, counts, error)


def _require(target: MongoTarget) -> None:
    if not target.uri:
        raise InvalidArgument("no MongoDB URI: give --uri, set the environment variable, "
                              "or save a connection on the Sync page")
    if not target.database:
        raise InvalidArgument("no database name: give --db or set the environment variable")


def _run_mongo(services: Services, uri: str, database: str, make_source: Callable[[Any], Any],
               full: bool, task: TaskState) -> Any:
    from desktop.sync import engine
    from desktop.sync.mongo import connect, mongo_errors

    client = connect(uri)
    try:
        with mongo_errors(uri):
            client.admin.command("ping")
            return engine.run(services.cache, make_source(client[database]), full, task)
    finally:
        client.close()


def sync_compass(services: Services, target: MongoTarget, full: bool = False,
                 task: TaskState | None = None) -> dict[str, Any]:
    from desktop.sync.sources import CompassSource, TaxonomySource

    _require(target)
    task = task or TaskState()

    def run() -> dict[str, Any]:
        summary = _run_mongo(services, target.uri, target.database,
                             lambda db: CompassSource(db, target.database), full, task).as_dict()
        if target.taxonomy_uri and target.taxonomy_database:
            taxonomy = _run_mongo(services, target.taxonomy_uri, target.taxonomy_database,
                                  TaxonomySource, full, task).as_dict()
            summary["taxonomy"] = {k: taxonomy[k] for k in ("added", "updated", "deleted",
                                                            "skipped", "mode")}
        return summary

    return _recorded(services, "compass", run)


def sync_analyses(services: Services, target: MongoTarget, full: bool = False,
                  task: TaskState | None = None) -> dict[str, Any]:
    from desktop.sync.sources import AnalysesSource

    _require(target)
    task = task or TaskState()
    return _recorded(services, "analyses", lambda: _run_mongo(
        services, target.uri, target.database,
        lambda db: AnalysesSource(db, target.collection or "cv_analyses"), full, task).as_dict())


def status(services: Services) -> list[dict[str, Any]]:
    """One row per source for the Sync page: last sync, status, counts."""
    with services.cache.write() as db:
        sync_store.ensure_columns(db)
        states = sync_store.all_states(db)
        counts = sync_store.table_counts(db)
    meta = services.cache.meta()
    per_source = {
        "release": {"occupations": None},
        "onet-api": {"occupations": counts["onet_api_occupations"]},
        "compass": {"sessions": counts["compass_session"],
                    "experiences": counts["compass_experience"],
                    "skills": counts["compass_skill"], "taxonomy skills": counts["taxonomy_skill"]},
        "analyses": {"analyses": counts["cv_analysis"]},
    }
    rows = []
    for source in SOURCES:
        state = states.get(source, {})
        row = {"source": source, "last_sync_at": state.get("last_sync_at"),
               "status": state.get("status") or "never synced",
               "last_error": state.get("last_error"), "counts": per_source[source],
               "last_run": state.get("counts") or {}}
        if source == "release":
            row.update(last_sync_at=meta.get("imported_at"),
                       status="demo data" if meta.get("demo") == "1"
                       else f"O*NET {meta.get('release')}" if meta.get("release") else "none")
        rows.append(row)
    return rows
