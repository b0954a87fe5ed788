"""Occupation catalogue: release import, search, occupation pages, cache info."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from desktop.domain.codes import require_soc_code
from desktop.domain.errors import Cancelled, InvalidArgument, NotFound
from desktop.domain.progress import TaskState
from desktop.domain.title_search import TitleIndex, index_arrays
from desktop.services.context import Services
from desktop.store import catalog
from desktop.store.catalog import OccupationDetail, SearchHit
from desktop.store.db import storage_errors
from desktop.store.lock import exclusive
from desktop.store.onet_import import ImportReport, build_release_cache
from desktop.store.recommend_inputs import saved_or_computed

TITLE_INDEX = "title_index"  # its arrays in the cache's ``precomputed`` table


def import_release(services: Services, source: str | Path, task: TaskState | None = None
                   ) -> ImportReport:
    """Build a new cache from the release at ``source``; swap it in only on success.

    Holds the data folder's lock, so no sync or other import writes meanwhile (one "busy"
    error instead); synced tables are carried over as they are at that moment.
    """
    task = task or TaskState()
    staging = services.cache.staging_path()
    with exclusive(services.paths.root, "an O*NET import"):
        previous = services.cache.path if services.cache.exists() else None
        with storage_errors(staging):  # disk full, read-only folder: one line, no SQL
            report = build_release_cache(Path(source), staging, task, previous)
        try:
            task.check()  # a cancel that came during indexing still keeps the previous release
        except Cancelled:
            staging.unlink(missing_ok=True)
            raise
        services.cache.replace_with(staging)
        task.report(1, 1, "Precomputing similar occupations")
        precompute(services)
    return report


def precompute(services: Services) -> None:
    """Load what every interaction shares, or compute and save it in the cache where it
    lacks it (after an import, and once in the background after start), so no user action
    waits for it: profile and similarity matrices, nearest neighbours, recommendation inputs,
    and last the title index (storing what an older cache lacks is a write, which renews it)."""
    from desktop.services import recommend, similar

    recommend.release(services)
    similar.prepare(services)
    prepare_search(services)


def search(services: Services, query: str, limit: int = 25) -> list[SearchHit]:
    """Occupations by title and alternate title, best first (see domain.title_search)."""
    if limit < 1:
        raise InvalidArgument("--limit must be at least 1")
    if not query.strip():
        with services.cache.read() as db:
            return catalog.every_occupation(db, limit)
    index, zones = _index(services)
    found = index.search(query)[:limit]
    titles = index.occupation_titles
    return [SearchHit(code, titles.get(code, matched), zones.get(code), matched)
            for code, matched in found]


def prepare_search(services: Services) -> None:
    """Load the title index ahead of the first keystroke."""
    _index(services)


def suggestions(services: Services, query: str) -> list[str]:
    """Close spellings of a query that finds nothing ("pogrammer" → "programmer")."""
    return _index(services)[0].suggestions(query)


_index_lock = threading.Lock()
_indexes: dict[tuple[str, int], tuple[TitleIndex, dict[str, int | None]]] = {}


def _index(services: Services) -> tuple[TitleIndex, dict[str, int | None]]:
    """The title index and Job Zones, read again after any write to the cache.

    The index is built when a release is imported (a second) and kept in the cache, so it
    loads in milliseconds; a sync that changes titles (O*NET Web Services) drops it."""
    key = services.cache.version()
    with _index_lock:
        if key not in _indexes:
            def build() -> dict[str, np.ndarray]:
                with services.cache.read() as db:
                    return index_arrays(catalog.titles(db))

            index = TitleIndex(saved_or_computed(services.cache, TITLE_INDEX, build))
            with services.cache.read() as db:
                zones = catalog.job_zones(db)
            key = services.cache.version()  # saving it was a write
            _indexes.clear()
            _indexes[key] = index, zones
        return _indexes[key]


def occupation(services: Services, code: str) -> OccupationDetail:
    code = require_soc_code(code)
    with services.cache.read() as db:
        detail = catalog.occupation(db, code)
    if detail is None:
        raise NotFound(f"no occupation {code} in the {release_label(services)}")
    return detail


def level_anchors(services: Services) -> dict[str, list[tuple[int, str]]]:
    with services.cache.read() as db:
        return catalog.level_anchors(db)


def release_label(services: Services) -> str:
    meta = services.cache.meta()
    if meta.get("demo") == "1":
        return "demo data"
    return f"O*NET {meta.get('release', '?')} release"


@dataclass(frozen=True, slots=True)
class CacheInfo:
    """The release in use and where the data folder keeps its files."""

    release: str | None
    release_title: str | None
    demo: bool
    imported_at: str | None  # ISO, UTC
    occupations: int
    data_dir: str
    cache_path: str
    casework_path: str


def info(services: Services) -> CacheInfo:
    meta = services.cache.meta()
    with services.cache.read() as db:
        occupations = catalog.occupation_count(db)
    return CacheInfo(meta.get("release"), meta.get("release_title"), meta.get("demo") == "1",
                     meta.get("imported_at"), occupations, str(services.paths.root),
                     str(services.paths.cache), str(services.paths.casework))


def attribution(services: Services) -> str:
    """The CC BY 4.0 attribution naming the imported release (or the demo notice)."""
    meta = services.cache.meta()
    if meta.get("demo") == "1":
        return ("Demo data — not O*NET. The values shown are invented for demonstration; "
                "import an O*NET release from the File menu to work with real data.")
    release = meta.get("release", "?")
    return (f"This application includes information from the O*NET {release} Database by the "
            "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). "
            "Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA. "
            "Skill Navigator has modified all or some of this information. USDOL/ETA has not "
            "approved, endorsed, or tested these modifications.")
