"""O*NET Web Services v2 (httpx): keyword search and occupation details into the cache.

Every request sends ``X-API-Key``. List endpoints page with 1-based inclusive ``start``/``end``
and a top-level ``next`` URL, which is followed until absent. 429 and 5xx are retried with
exponential backoff (``Retry-After`` honoured); 401/403 (often an HTML page, not JSON), 422
(JSON ``{"error": …}``), 404, timeouts and refused connections become one clear message.
The key never appears in a message: it is masked as ``***``.

Cached occupations are marked ``source = 'onet-api'``. The API gives importance on O*NET's
0–100 scale; it is converted back to IM (1–5) as ``1 + importance × 4 / 100``. The API gives
no Level: no LV rows are stored, so level reads as NULL (unknown), never as 0.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import BadInput, ConnectionFailed, NotFound
from desktop.store.sync_store import ApiElement, ApiOccupation

if TYPE_CHECKING:
    import httpx

DEFAULT_BASE_URL = "https://api-v2.onetcenter.org/"
PAGE_SIZE = 50
RETRY_STATUSES = {429, 500, 502, 503, 504}
RATING_SECTIONS = ("skills", "knowledge", "abilities", "work_activities")

# Bounds on what a server can make us do (a section is ~50 KB and 1–3 pages).
MAX_BODY = 5_000_000  # bytes of one answer
MAX_PAGES = 40  # pages of one list
REQUEST_SECONDS = 60.0  # one answer, however slowly its bytes trickle in
SYNC_SECONDS = 600.0  # one client's whole run, retries and waits included
MAX_RETRY_AFTER = 30.0  # a longer Retry-After gives up at once: "try later"
ELEMENT_ID = re.compile(r"^\d(\.[A-Za-z0-9]{1,3}){1,6}$")


@dataclass(frozen=True, slots=True)
class OnetSearchHit:
    """An occupation O*NET Web Services finds for a keyword."""

    code: str
    title: str
    bright_outlook: bool


def importance_to_im(importance: float) -> float:
    """The API's 0–100 importance back to the IM scale (1–5)."""
    return round(1 + float(importance) * 4 / 100, 2)


class OnetClient:
    def __init__(self, key: str, base_url: str = DEFAULT_BASE_URL, *, timeout: float = 15.0,
                 retries: int = 4, backoff: float = 0.5, sync_seconds: float = SYNC_SECONDS,
                 progress: Callable[[str], None] | None = None) -> None:
        import httpx

        if not key:
            raise BadInput("no O*NET Web Services API key (register at services.onetcenter.org)")
        self.key = key
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.retries = retries
        self.backoff = backoff
        self.sync_seconds = sync_seconds
        self.deadline = time.monotonic() + sync_seconds
        self.progress = progress or (lambda _message: None)
        self.requests = 0
        self._http = httpx.Client(base_url=self.base_url, timeout=timeout, headers={
            "X-API-Key": key, "Accept": "application/json", "User-Agent": "SkillNavigator"})

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> OnetClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def _mask(self, text: str) -> str:
        return text.replace(self.key, "***") if self.key else text

    # --- transport ------------------------------------------------------------------------
    def get(self, path: str, params: dict[str, Any] | None = None) -> Any:
        """GET a JSON document, retrying 429/5xx with backoff; errors are ``AppError``s."""
        import httpx

        for attempt in range(self.retries + 1):
            last_try = attempt == self.retries
            self._within_time(0)
            self.requests += 1
            self.progress(f"request {self.requests}: {path.removeprefix(self.base_url)}")
            try:
                response = self._fetch(path, params)
            except httpx.TimeoutException:
                if last_try:
                    raise ConnectionFailed(
                        f"O*NET Web Services did not answer within {self._http.timeout.read} s "
                        f"({attempt + 1} attempts)") from None
                self._sleep(self.backoff * 2 ** attempt)
                continue
            except httpx.TransportError as exc:
                raise ConnectionFailed(f"cannot reach O*NET Web Services at {self.base_url}: "
                                       f"{self._mask(str(exc)) or type(exc).__name__}") from None
            if response.status_code in RETRY_STATUSES and not last_try:
                self._sleep(self._delay(response, attempt))
                continue
            return self._parse(response)
        raise AssertionError("unreachable")

    def _fetch(self, path: str, params: dict[str, Any] | None) -> httpx.Response:
        """One answer, read within ``MAX_BODY`` bytes and ``REQUEST_SECONDS``."""
        import httpx

        started = time.monotonic()
        with self._http.stream("GET", path, params=params) as response:
            if int(response.headers.get("content-length") or 0) > MAX_BODY:
                raise self._too_large()
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > MAX_BODY:
                    raise self._too_large()
                if time.monotonic() - started > REQUEST_SECONDS:
                    raise ConnectionFailed(f"O*NET Web Services sent {len(body):,} bytes in "
                                           f"{REQUEST_SECONDS:g} s (far too slow); try later")
            return httpx.Response(response.status_code, headers=response.headers,
                                  content=bytes(body), request=response.request)

    def _too_large(self) -> BadInput:
        return BadInput(f"O*NET Web Services sent an answer over {MAX_BODY // 1_000_000} MB; "
                        "stopped (wrong base URL?)")

    def _within_time(self, wait: float) -> None:
        if time.monotonic() + wait > self.deadline:
            raise ConnectionFailed(f"O*NET Web Services: stopped after {self.sync_seconds:g} s "
                                   f"({self.requests} requests); try again later")

    def _sleep(self, seconds: float) -> None:
        self._within_time(seconds)
        time.sleep(seconds)

    def _delay(self, response: httpx.Response, attempt: int) -> float:
        retry_after = response.headers.get("Retry-After", "").strip()
        if not retry_after.isdigit():
            return self.backoff * 2.0 ** attempt
        if float(retry_after) > MAX_RETRY_AFTER:
            raise ConnectionFailed(f"O*NET Web Services is busy (HTTP {response.status_code}) "
                                   f"and asks to wait {int(retry_after):,} s; try again later")
        return float(retry_after)

    def _parse(self, response: httpx.Response) -> Any:
        status = response.status_code
        if status in (401, 403):
            raise ConnectionFailed(
                f"O*NET Web Services refused the API key (HTTP {status}): check the key; "
                "new keys work only once the account is approved")
        if status == 404:
            raise NotFound(f"O*NET Web Services has no {response.request.url.path}")
        if status == 422:
            raise NotFound(f"O*NET Web Services: {self._error_text(response)}")
        if status in RETRY_STATUSES:
            raise ConnectionFailed(f"O*NET Web Services answered HTTP {status} after "
                                   f"{self.retries + 1} attempts (busy or failing); try later")
        if status != 200:
            raise ConnectionFailed(f"O*NET Web Services answered HTTP {status}")
        try:
            return response.json()
        except ValueError:
            raise BadInput("O*NET Web Services sent something that is not JSON "
                           f"({response.headers.get('content-type', 'no content type')})"
                           ) from None

    def _error_text(self, response: httpx.Response) -> str:
        try:
            body = response.json()
        except ValueError:
            return self._mask(response.text[:200]) or "request rejected"
        return self._mask(str(body.get("error") if isinstance(body, dict) else body))

    def pages(self, path: str, item_key: str, params: dict[str, Any] | None = None,
              limit: int | None = None) -> Iterator[dict[str, Any]]:
        """Items of a list endpoint: start/end pages, following ``next`` (at most
        ``MAX_PAGES``, never the same page twice)."""
        end = PAGE_SIZE if limit is None else min(PAGE_SIZE, limit)
        page = _object(self.get(path, {**(params or {}), "start": 1, "end": end}), path)
        produced, seen = 0, set[str]()
        while True:
            items = page.get(item_key) or []
            if not isinstance(items, list):
                raise BadInput(f"O*NET Web Services: '{item_key}' of {path} is not a list")
            for item in items:
                if not isinstance(item, dict):
                    raise BadInput(f"O*NET Web Services: an item of {path} is not an object")
                yield item
                produced += 1
                if limit is not None and produced >= limit:
                    return
            following = page.get("next")
            if not following:
                return
            if not isinstance(following, str) or following in seen:
                raise BadInput(f"O*NET Web Services: the pages of {path} point back to one "
                               "already read; stopped")
            if len(seen) + 1 >= MAX_PAGES:
                raise BadInput(f"O*NET Web Services: {path} has more than {MAX_PAGES} pages; "
                               "stopped")
            seen.add(following)
            page = _object(self.get(following), path)

    # --- endpoints --------------------------------------------------------------------------
    def search(self, keyword: str, limit: int = 20) -> list[OnetSearchHit]:
        found = []
        for item in self.pages("online/search", "occupation", {"keyword": keyword}, limit):
            tags = item.get("tags")
            found.append(OnetSearchHit(_text(item.get("code"), 20), _text(item.get("title")),
                                       isinstance(tags, dict)
                                       and tags.get("bright_outlook") is True))
        return found

    def occupation(self, code: str) -> ApiOccupation:
        """Overview, rating sections (importance only) and Job Zone of one occupation.

        Every answer is checked against the request: another occupation's code, an element
        id or an importance that cannot be O*NET's is refused (``BadInput``), nothing kept.
        """
        overview = _object(self.get(f"online/occupations/{code}/"), code)
        if overview.get("code") != code:
            raise BadInput(f"O*NET Web Services answered with occupation "
                           f"{str(overview.get('code'))[:20]!r} when asked for {code}; "
                           "nothing was saved")
        ratings: dict[str, list[ApiElement]] = {}
        for section in RATING_SECTIONS:
            try:
                ratings[section] = [_rating(e, code, section) for e in self.pages(
                    f"online/occupations/{code}/details/{section}", "element")
                    if e.get("importance") is not None]
            except NotFound:  # 422 "no data" or 404: the section is absent for this code
                ratings[section] = []
        try:
            zone = _object(self.get(f"online/occupations/{code}/details/job_zone"), code)
        except NotFound:
            zone = {}
        job_zone = zone.get("code")
        return ApiOccupation(code, _text(overview.get("title")),
                             _text(overview.get("description")) or None, ratings,
                             job_zone if isinstance(job_zone, int) and 1 <= job_zone <= 5
                             else None)


def _object(document: Any, what: str) -> dict[str, Any]:
    if not isinstance(document, dict):
        raise BadInput(f"O*NET Web Services: the answer for {what} is not a JSON object")
    return document


def _text(value: Any, limit: int = 5000) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _rating(element: dict[str, Any], code: str, section: str) -> ApiElement:
    element_id, importance = element.get("id"), element.get("importance")
    if not isinstance(element_id, str) or not ELEMENT_ID.match(element_id):
        raise BadInput(f"O*NET Web Services: {code} {section}: {str(element_id)[:20]!r} is not "
                       "an O*NET element id; nothing was saved")
    if (not isinstance(importance, int | float) or isinstance(importance, bool)
            or not 0 <= importance <= 100):
        raise BadInput(f"O*NET Web Services: {code} {section} {element_id}: importance "
                       f"{str(importance)[:20]} is not on the 0–100 scale; nothing was saved")
    return ApiElement(element_id, _text(element.get("name"), 200) or element_id,
                      _text(element.get("description")) or None, importance_to_im(importance))
