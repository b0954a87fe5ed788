"""MongoDB connections: short timeouts, masked URIs, one error type for the user.

Accepts ``mongodb://`` and ``mongodb+srv://`` URIs with any options (TLS included). Every
pymongo failure leaving this package becomes ``ConnectionFailed`` (exit 5) with the URI's
credentials masked, so no password reaches a message, a log line or a report.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import BadInput, ConnectionFailed

if TYPE_CHECKING:
    from pymongo import MongoClient

SELECTION_TIMEOUT_MS = 3000  # a dead server fails in seconds, not pymongo's default 30 s
# Also the heartbeat's socket timeout: a server busy preparing a large first batch must not
# look dead (the selection timeout above still bounds the wait for an unreachable one).
CONNECT_TIMEOUT_MS = 60_000
BATCH_SIZE = 500


class Malformed(ValueError):
    """A document whose shape cannot be read (not merely a missing key): skipped, counted."""


SCHEMES = ("mongodb://", "mongodb+srv://")
SECRET_OPTIONS = {"password", "tlscertificatekeyfilepassword", "authmechanismproperties"}


def _mask_one(uri: str, scheme: str) -> str:
    """Mask one URI (or a URI and the text after it on its line), by parsing it.

    Hosts cannot hold '@', so the credentials run from the scheme to the LAST '@': a
    password with spaces, '/', ':' or '@' is masked whole. Secret options lose their value.
    """
    userinfo, at, rest = uri[len(scheme):].rpartition("@")
    head = f"{uri[:len(scheme)]}{userinfo.split(':', 1)[0]}:***@" if at else uri[:len(scheme)]
    hosts, question, options = rest.partition("?")
    if question:
        masked = []
        for option in options.split("&"):
            name, equals, value = option.partition("=")
            if equals and name.lower() in SECRET_OPTIONS:
                tail = value.split(" ", 1)[1] if " " in value else ""
                option = f"{name}=***" + (f" {tail}" if tail else "")
            masked.append(option)
        rest = f"{hosts}?{'&'.join(masked)}"
    return head + rest


def mask_uri(text: str) -> str:
    """Every MongoDB URI in ``text`` (any letter case) with its credentials masked:
    ``mongodb://user:pw@host`` → ``mongodb://user:***@host``."""
    lines = []
    for line in text.split("\n"):
        lower = line.lower()
        first = min((i for i in (lower.find(s) for s in SCHEMES) if i >= 0), default=-1)
        if first >= 0:
            scheme = SCHEMES[1] if lower.startswith(SCHEMES[1], first) else SCHEMES[0]
            line = line[:first] + _mask_one(line[first:], scheme)
        lines.append(line)
    return "\n".join(lines)


def uri_has_credentials(uri: str) -> bool:
    return mask_uri(uri) != uri


def uri_password(uri: str) -> str:
    """The password of a MongoDB URI as typed ('' if none)."""
    lower = uri.lower()
    scheme = next((s for s in reversed(SCHEMES) if lower.startswith(s)), None)
    if scheme is None:
        return ""
    userinfo, at, _ = uri[len(scheme):].rpartition("@")
    return userinfo.partition(":")[2] if at else ""


def connect(uri: str) -> MongoClient[dict[str, Any]]:
    """A client that fails fast; nothing is sent until the first operation."""
    from pymongo import MongoClient
    from pymongo.errors import ConfigurationError, InvalidURI

    scheme = next((s for s in reversed(SCHEMES) if uri.lower().startswith(s)), None)
    if scheme is None:
        raise BadInput(f"not a MongoDB URI: {mask_uri(uri)!r} "
                       "(expected mongodb:// or mongodb+srv://)")
    uri = scheme + uri[len(scheme):]  # MONGODB:// works too
    try:
        return MongoClient(uri, serverSelectionTimeoutMS=SELECTION_TIMEOUT_MS,
                           connectTimeoutMS=CONNECT_TIMEOUT_MS, socketTimeoutMS=120_000,
                           appname="Skill Navigator")
    except (ConfigurationError, InvalidURI, ValueError) as exc:
        if uri.startswith("mongodb+srv://") and "DNS" in str(exc):  # offline, or a bad host
            raise ConnectionFailed(f"cannot resolve {mask_uri(uri)}: {mask_uri(str(exc))}"
                                   ) from None
        raise BadInput(f"cannot use {mask_uri(uri)}: {mask_uri(str(exc))}") from None


@contextmanager
def mongo_errors(uri: str) -> Iterator[None]:
    """Translate pymongo failures into ``ConnectionFailed`` with credentials masked."""
    from pymongo.errors import ConfigurationError, OperationFailure, PyMongoError

    try:
        yield
    except OperationFailure as exc:
        refused = exc.code in (13, 18)  # Unauthorized, AuthenticationFailed
        reason = "authentication or permission refused" if refused else _first_line(exc)
        raise ConnectionFailed(f"{mask_uri(uri)}: {mask_uri(reason)}") from None
    except ConfigurationError as exc:
        raise BadInput(f"cannot use {mask_uri(uri)}: {mask_uri(str(exc))}") from None
    except PyMongoError as exc:
        raise ConnectionFailed(f"cannot reach MongoDB at {mask_uri(uri)}: "
                               f"{mask_uri(_first_line(exc))}") from None


def _first_line(exc: BaseException) -> str:
    text = str(exc).split(", Timeout:")[0].split(" (configured timeouts")[0]
    return text.splitlines()[0] if text else type(exc).__name__


def pages(collection: Any, query: dict[str, Any], projection: dict[str, Any] | None,
          after: Any = None, batch_size: int = BATCH_SIZE,
          document_class: Any = dict) -> Iterator[list[Any]]:
    """Pages of documents in ``_id`` order, starting after ``after`` (resumable)."""
    if after is not None:
        query = {"$and": [query, {"_id": {"$gt": after}}]} if query else {"_id": {"$gt": after}}
    cursor = (collection.with_options(codec_options=collection.codec_options.with_options(
                  document_class=document_class))
              .find(query, projection, batch_size=batch_size, hint=[("_id", 1)]).sort("_id", 1))
    page: list[Any] = []
    for document in cursor:
        page.append(document)
        if len(page) >= batch_size:
            yield page
            page = []
    if page:
        yield page


def count_estimate(collection: Any) -> int:
    """Metadata count: instant, exact enough for a progress bar."""
    return int(collection.estimated_document_count())


def iso_utc(value: Any) -> str | None:
    """A BSON date (naive, meaning UTC) → ``2025-11-03T15:02:44.512Z``; strings pass through."""
    from datetime import UTC, datetime

    if isinstance(value, datetime):
        naive = value if value.tzinfo is None else value.astimezone(UTC).replace(tzinfo=None)
        return naive.isoformat(timespec="milliseconds") + "Z"
    if isinstance(value, str) and value:
        return value
    return None


def object_id_text(value: Any) -> str:
    """An ``_id`` as stable text: ObjectId hex, or the value's string form."""
    return str(value) if value is not None else ""


def decode(raw: Any) -> dict[str, Any]:
    """A ``RawBSONDocument`` → plain dicts and lists (decoded only when needed)."""
    import bson

    return bson.decode(raw.raw)


class _Failure:
    def __init__(self, error: BaseException) -> None:
        self.error = error


def prefetched(pages_: Iterator[Any], depth: int = 2) -> Iterator[Any]:
    """Fetch the next pages in a thread while the caller saves the current one.

    The server and the cache then work at the same time, so a sync costs about as much as
    reading the documents. Errors surface in the caller's thread, on the page they hit;
    closing this generator (Cancel, a failure) stops the fetching thread.
    """
    import queue
    import threading

    box: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()
    done = object()

    def offer(item: Any) -> bool:
        while not stop.is_set():
            try:
                box.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def pump() -> None:
        try:
            for page in pages_:
                if not offer(page):
                    return
            offer(done)
        except BaseException as exc:  # handed to the caller's thread
            offer(_Failure(exc))

    threading.Thread(target=pump, name="sync-prefetch", daemon=True).start()
    try:
        while (item := box.get()) is not done:
            if isinstance(item, _Failure):
                raise item.error
            yield item
    finally:
        stop.set()
