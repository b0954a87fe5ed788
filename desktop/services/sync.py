"""Sync use cases shared by the CLI and the Sync page: Compass, CV analyses, O*NET API.

Each run records its outcome in ``sync_state`` (time, status, counts, a masked error) and
returns its ``Summary`` (added, updated, deleted, skipped, skipped ids and reasons, seconds).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import AppError, Cancelled, InvalidArgument, NotFound
from desktop.domain.progress import TaskState
from desktop.services.context import Services
from desktop.store import sync_store
from desktop.store.lock import exclusive
from desktop.sync import engine
from desktop.sync.engine import Summary
from desktop.sync.mongo import BATCH_SIZE  # documents per page: one transaction each

if TYPE_CHECKING:
    from desktop.sync.onet_api import OnetSearchHit

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


def _recorded(services: Services, source: str, run: Callable[[], Summary],
              *secrets: str | None) -> Summary:
    """Run one sync under the data folder's lock and record its outcome.

    Errors keep their (masked) message; a busy folder records nothing (another run owns it).
    """
    with exclusive(services.paths.root, f"a {source} sync"):
        return _run_and_record(services, source, run, secrets)


def _run_and_record(services: Services, source: str, run: Callable[[], Summary],
                    secrets: tuple[str | None, ...]) -> Summary:
    from desktop.services.secrets import mask

    try:
        summary = run()
    except Cancelled:
        _record(services, source, "cancelled")
        log.info("sync %s cancelled", source)
        raise
    except AppError as exc:
        masked = mask(str(exc), *secrets)
        _record(services, source, "failed", error=masked)
        log.warning("sync %s failed: %s", source, masked)
        if masked != str(exc):  # what the user sees is masked too
            raise type(exc)(masked) from None
        raise
    _record(services, source, "ok", summary.counts())
    log.info("sync %s: %s (%s, %.1f s)", source, summary.counts(), summary.mode,
             summary.seconds)
    return summary


def _record(services: Services, source: str, status: str, counts: dict[str, int] | None = None,
            error: str | None = None) -> None:
    with services.cache.write() as db:
        sync_store.record_outcome(db, source, _now(), status, counts, error)


def _require(target: MongoTarget) -> None:
    if not target.uri:
        raise InvalidArgument("no MongoDB URI: give --uri, set the environment variable, "
                              "or save a connection on the Sync page")
    if not target.database:
        raise InvalidArgument("no database name: give --db or set the environment variable")


def _run_mongo(services: Services, uri: str, database: str,
               make_source: Callable[[Any], engine.Source], full: bool, task: TaskState,
               batch_size: int) -> Summary:
    from desktop.sync.mongo import connect, mask_uri, mongo_errors

    client = connect(uri)
    try:
        with mongo_errors(uri):
            client.admin.command("ping")
            return engine.run(services.cache, make_source(client[database]), full, task,
                              batch_size, identity=f"{mask_uri(uri)} {database}")
    finally:
        client.close()


def sync_compass(services: Services, target: MongoTarget, full: bool = False,
                 task: TaskState | None = None, batch_size: int = BATCH_SIZE) -> Summary:
    from desktop.sync.sources import CompassSource, TaxonomySource

    _require(target)
    task = task or TaskState()

    def run() -> Summary:
        summary = _run_mongo(services, target.uri, target.database,
                             lambda db: CompassSource(db, target.database), full, task,
                             batch_size)
        if target.taxonomy_uri and target.taxonomy_database:
            summary.taxonomy = _run_mongo(services, target.taxonomy_uri,
                                          target.taxonomy_database, TaxonomySource, full, task,
                                          batch_size)
        return summary

    return _recorded(services, "compass", run, target.uri, target.taxonomy_uri)


def sync_analyses(services: Services, target: MongoTarget, full: bool = False,
                  task: TaskState | None = None, batch_size: int = BATCH_SIZE) -> Summary:
    from desktop.sync.sources import AnalysesSource

    _require(target)
    task = task or TaskState()
    return _recorded(services, "analyses", lambda: _run_mongo(
        services, target.uri, target.database,
        lambda db: AnalysesSource(db, target.collection or "cv_analyses"), full, task,
        batch_size), target.uri)


@dataclass(frozen=True)
class SourceStatus:
    """One source's row on the Sync page."""

    source: str  # one of SOURCES
    last_sync_at: str | None  # ISO, UTC (the import time for the release)
    status: str  # ok | failed | cancelled | running | never synced | O*NET 30.1 | demo data …
    last_error: str | None
    counts: dict[str, int]  # what the cache holds from this source, by kind
    last_run: dict[str, int] = field(default_factory=dict)  # the last run's added, updated…


def status(services: Services) -> list[SourceStatus]:
    """One row per source for the Sync page: last sync, status, counts."""
    from desktop.store import catalog
    with services.cache.read() as db:
        states = sync_store.all_states(db)
        counts = sync_store.table_counts(db)
        counts["occupation"] = catalog.occupation_count(db)
    meta = services.cache.meta()
    per_source = {
        "release": {"occupations": counts["occupation"] - counts["onet_api_occupations"]},
        "onet-api": {"occupations": counts["onet_api_occupations"]},
        "compass": {"sessions": counts["compass_session"],
                    "experiences": counts["compass_experience"],
                    "skills": counts["compass_skill"], "taxonomy skills": counts["taxonomy_skill"]},
        "analyses": {"analyses": counts["cv_analysis"]},
    }
    rows = []
    for source in SOURCES:
        state = states.get(source, sync_store.SourceState(source))
        if source == "release":
            rows.append(SourceStatus(
                source, meta.get("imported_at"),
                "demo data" if meta.get("demo") == "1"
                else f"O*NET {meta.get('release')}" if meta.get("release") else "none",
                state.last_error, per_source[source], state.counts))
        else:
            rows.append(SourceStatus(source, state.last_sync_at, state.status or "never synced",
                                     state.last_error, per_source[source], state.counts))
    return rows


def onet_search(key: str, keyword: str, base_url: str | None = None, limit: int = 20
                ) -> list[OnetSearchHit]:
    from desktop.sync.onet_api import DEFAULT_BASE_URL, OnetClient

    with OnetClient(key, base_url or DEFAULT_BASE_URL) as client:
        return client.search(keyword, limit)


def sync_onet_api(services: Services, key: str, codes: list[str], base_url: str | None = None,
                  task: TaskState | None = None) -> Summary:
    """Fetch occupations from O*NET Web Services into the cache (source 'onet-api').

    An occupation the imported release already holds is left alone: the release has IM and
    LV with their precision flags; the API has importance only.
    """
    import time

    from desktop.domain.codes import require_soc_code
    from desktop.sync.onet_api import DEFAULT_BASE_URL, OnetClient

    wanted = [require_soc_code(code) for code in codes]
    if not wanted:
        raise InvalidArgument("name at least one O*NET-SOC code, e.g. 15-1252.00")
    task = task or TaskState()
    demo = services.cache.is_demo()

    def run() -> Summary:
        started = time.perf_counter()
        summary = Summary("onet-api", mode="")
        done, code = 0, ""  # the code being fetched, for progress (and Cancel) on each request

        def progress(message: str) -> None:
            task.check()
            task.report(done, len(wanted), f"{code}: {message}")

        with OnetClient(key, base_url or DEFAULT_BASE_URL, progress=progress) as client:
            for done, code in enumerate(wanted):
                task.check()
                task.report(done, len(wanted), f"Fetching {code}")
                with services.cache.read() as db:
                    existing = sync_store.occupation_source(db, code)
                if existing == "release" and not demo:
                    summary.kept_from_release.append(code)
                    continue
                try:
                    detail = client.occupation(code)
                except NotFound as exc:
                    summary.skip(code, str(exc))
                    continue
                with services.cache.write() as db:
                    sync_store.save_api_occupation(db, detail, replace_release=demo)
                if existing:
                    summary.updated += 1
                else:
                    summary.added += 1
        if summary.skipped == len(wanted):
            raise NotFound("; ".join(summary.skipped_reasons.values()))
        task.report(len(wanted), len(wanted), "Done")
        summary.seconds = round(time.perf_counter() - started, 3)
        return summary

    return _recorded(services, "onet-api", run, key)


# --- saved connections: URIs in the keychain, database names in the settings ---------------
def saved_target(services: Services, source: str) -> MongoTarget:
    from desktop.services import secrets

    settings = services.settings
    if source == "compass":
        return MongoTarget(secrets.get(secrets.COMPASS_URI) or "", settings.compass_db,
                           secrets.get(secrets.TAXONOMY_URI), settings.compass_taxonomy_db or None)
    return MongoTarget(secrets.get(secrets.ANALYSES_URI) or "", settings.analyses_db,
                       collection=settings.analyses_collection)


def save_target(services: Services, source: str, target: MongoTarget, remember: bool) -> None:
    """Keep the database names in the settings; the URIs only in the keychain (if asked).

    Raises ``KeychainUnavailable`` when asked to remember without a keychain: the names are
    saved anyway and the sync can still run with the URI typed in.
    """
    from desktop.services import secrets

    settings = services.settings
    if source == "compass":
        settings.compass_db = target.database
        settings.compass_taxonomy_db = target.taxonomy_database or ""
        uris = {secrets.COMPASS_URI: target.uri, secrets.TAXONOMY_URI: target.taxonomy_uri}
    else:
        settings.analyses_db = target.database
        settings.analyses_collection = target.collection or "cv_analyses"
        uris = {secrets.ANALYSES_URI: target.uri}
    services.save_settings()
    for name, uri in uris.items():
        if remember and uri:
            secrets.remember(name, uri)
        else:
            secrets.forget(name)
