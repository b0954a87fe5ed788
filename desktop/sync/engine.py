"""The sync loop every MongoDB source shares: resumable scans, then change streams.

Per source, ``sync_state.cursor`` holds ``{scan, after, seen, done, token}``:

- A **scan** pages through the collection in ``_id`` order (server-side projection, a
  batch size). Each page is saved in ONE transaction together with the cursor (``after`` =
  the page's last ``_id``), so a sync killed at any point leaves the cache as of the last
  committed page and the next run resumes after it. Every stored row remembers the last
  scan that saw it; a completed scan deletes the rows it did not see (documents deleted
  upstream). Unchanged documents are recognised by a hash of their raw BSON and are neither
  decoded nor rewritten.
- Network and SQLite never overlap: a page or a batch of changes (with every lookup it
  needs) is read from the server first, then written in one short transaction that waits
  on no server; pages are read ahead on their own thread (``prefetched``).
- Before a scan starts, a change-stream **token** marks "now". Once the scan is done, later
  runs read only the changes after the token (zero events: the run takes milliseconds),
  saving the new token with each chunk of applied changes. Without change streams (a
  standalone server) or once the token's history is gone, the run falls back to a new scan,
  whose hash check still skips unchanged documents.
- ``full=True`` starts a new scan regardless: everything is re-read and documents deleted
  upstream disappear. So does pointing the source at another server or database.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.progress import TaskState
from desktop.store import sync_store
from desktop.store.cache import CacheStore
from desktop.sync import changes as change_streams
from desktop.sync.mongo import BATCH_SIZE, prefetched


@dataclass
class Summary:
    """What one sync run did, counted while it runs."""

    source: str
    added: int = 0
    updated: int = 0
    deleted: int = 0
    skipped: int = 0
    skipped_ids: list[str] = field(default_factory=list)
    skipped_reasons: dict[str, str] = field(default_factory=dict)
    unchanged: int = 0
    mode: str = "changes"  # changes | scan | resumed scan | full scan | new documents | ""
    seconds: float = 0.0
    kept_from_release: list[str] = field(default_factory=list)  # O*NET codes (Web Services)
    taxonomy: Summary | None = None  # the taxonomy run of a Compass sync

    def skip(self, document_id: Any, reason: str = "") -> None:
        self.skipped += 1
        self.skipped_ids.append(str(document_id))
        if reason:
            self.skipped_reasons[str(document_id)] = reason

    def counts(self) -> dict[str, int]:
        return {"added": self.added, "updated": self.updated, "deleted": self.deleted,
                "skipped": self.skipped}


class Source:
    """One MongoDB collection family and how its documents become cache rows."""

    name = ""
    collections: tuple[str, ...] = ()  # watched by the change stream; () = none
    append_only = False  # without a change stream, continue after the last _id (no rescan)
    layout = ""  # what the stored rows hold: a new layout means one new full scan

    def total(self) -> int:
        raise NotImplementedError

    def prepare_scan(self, task: TaskState) -> None:
        """Load whatever a scan needs besides the pages (lookups)."""

    def scan_pages(self, after: Any, batch_size: int) -> Iterator[list[Any]]:
        raise NotImplementedError

    def save_page(self, db: Any, documents: list[Any], scan: int, summary: Summary) -> None:
        raise NotImplementedError

    def fetch_changes(self, changes: list[change_streams.Change]) -> Any:
        """Read from the server whatever ``save_changes`` needs (no cache access)."""
        raise NotImplementedError

    def save_changes(self, db: Any, fetched: Any, scan: int, summary: Summary) -> None:
        """Write what ``fetch_changes`` read (no server access)."""
        raise NotImplementedError

    def delete_unseen(self, db: Any, scan: int) -> int:
        raise NotImplementedError

    # _id <-> JSON for the cursor
    @staticmethod
    def encode_id(value: Any) -> Any:
        import json

        from bson import json_util

        return json.loads(json_util.dumps(value))

    @staticmethod
    def decode_id(value: Any) -> Any:
        import json

        from bson import json_util

        return None if value is None else json_util.loads(json.dumps(value))

    def current_token(self) -> Any:
        raise NotImplementedError

    def read_changes(self, token: Any, limit: int) -> tuple[list[change_streams.Change], Any]:
        raise NotImplementedError


def run(cache: CacheStore, source: Source, full: bool = False, task: TaskState | None = None,
        batch_size: int = BATCH_SIZE, identity: str = "") -> Summary:
    """``identity`` names the server and database: another one means a new full scan."""
    identity = f"{identity} {source.layout}".rstrip()
    task = task or TaskState()
    started = time.perf_counter()
    summary = Summary(source.name)
    with cache.read() as db:
        cursor = sync_store.load_state(db, source.name).cursor
    if full or not cursor or cursor.get("identity", identity) != identity:
        cursor = _new_scan(cache, source, cursor, identity)
        summary.mode = "full scan"
    elif cursor.get("done") and cursor.get("token") is None:
        if source.append_only:
            cursor.update(done=False, tail=True)  # continue after the last _id: new only
            summary.mode = "new documents"
        else:
            cursor = _new_scan(cache, source, cursor, identity)
            summary.mode = "scan"
    elif not cursor.get("done"):
        summary.mode = "resumed scan"
    if not cursor.get("done"):
        _scan(cache, source, cursor, summary, task, batch_size)
    else:
        try:
            _follow_changes(cache, source, cursor, summary, task, batch_size)
        except change_streams.Unavailable:
            cursor = _new_scan(cache, source, cursor, identity)
            summary.mode = "scan"
            _scan(cache, source, cursor, summary, task, batch_size)
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


def _new_scan(cache: CacheStore, source: Source, previous: dict[str, Any], identity: str
              ) -> dict[str, Any]:
    token = None
    if source.collections:
        try:
            token = source.current_token()
        except change_streams.Unavailable:
            token = None
    cursor = {"scan": int(previous.get("scan", 0)) + 1, "after": None, "seen": 0,
              "done": False, "token": token, "identity": identity}
    with cache.write() as db:
        sync_store.save_cursor(db, source.name, cursor)
    return cursor


def _scan(cache: CacheStore, source: Source, cursor: dict[str, Any], summary: Summary,
          task: TaskState, batch_size: int) -> None:
    task.report(cursor["seen"], None, "Connecting…")
    total = source.total()
    source.prepare_scan(task)
    for page in prefetched(source.scan_pages(source.decode_id(cursor["after"]), batch_size)):
        with cache.write() as db:
            source.save_page(db, page, cursor["scan"], summary)
            cursor["after"] = source.encode_id(page[-1]["_id"])
            cursor["seen"] += len(page)
            sync_store.save_cursor(db, source.name, cursor)
        task.report(cursor["seen"], max(total, cursor["seen"]),
                    f"{cursor['seen']:,} of {max(total, cursor['seen']):,} documents")
        task.check()  # Cancel stops here: at a page boundary, with the page committed
    with cache.write() as db:
        if not cursor.pop("tail", False):  # a whole scan: what it did not see is gone
            summary.deleted += source.delete_unseen(db, cursor["scan"])
        cursor["done"] = True
        sync_store.save_cursor(db, source.name, cursor)


def _follow_changes(cache: CacheStore, source: Source, cursor: dict[str, Any],
                    summary: Summary, task: TaskState, batch_size: int) -> None:
    done = 0
    while True:
        found, token = source.read_changes(cursor["token"], batch_size)
        fetched = source.fetch_changes(found) if found else None
        with cache.write() as db:
            if found:
                source.save_changes(db, fetched, cursor["scan"], summary)
            cursor["token"] = token
            sync_store.save_cursor(db, source.name, cursor)
        done += len(found)
        task.report(done, None, f"{done:,} changes applied")
        if len(found) < batch_size:
            return
        task.check()
