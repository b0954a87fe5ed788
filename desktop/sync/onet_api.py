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

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from desktop.domain.errors import BadInput, ConnectionFailed, NotFound

if TYPE_CHECKING:
    import httpx

DEFAULT_BASE_URL = "https://api-v2.onetcenter.org/"
PAGE_SIZE = 50
RETRY_STATUSES = {429, 500, 502, 503, 504}
RATING_SECTIONS = ("skills", "knowledge", "abilities", "work_activities")


def importance_to_im(importance: float) -> float:
    """The API's 0–100 importance back to the IM scale (1–5)."""
    return round(1 + float(importance) * 4 / 100, 2)


class OnetClient:
    def __init__(self, key: str, base_url: str = DEFAULT_BASE_URL, *, timeout: float = 15.0,
                 retries: int = 4, backoff: float = 0.5) -> None:
        import httpx

        if not key:
            raise BadInput("no O*NET Web Services API key (register at services.onetcenter.org)")
        self.key = key
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.retries = retries
        self.backoff = backoff
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
            try:
                response = self._http.get(path, params=params)
            except httpx.TimeoutException:
                if last_try:
                    raise ConnectionFailed(
                        f"O*NET Web Services did not answer within {self._http.timeout.read} s "
                        f"({attempt + 1} attempts)") from None
                time.sleep(self.backoff * 2 ** attempt)
                continue
            except httpx.TransportError as exc:
                raise ConnectionFailed(f"cannot reach O*NET Web Services at {self.base_url}: "
                                       f"{self._mask(str(exc)) or type(exc).__name__}") from None
            if response.status_code in RETRY_STATUSES and not last_try:
                time.sleep(self._delay(response, attempt))
                continue
            return self._parse(response)
        raise AssertionError("unreachable")

    def _delay(self, response: httpx.Response, attempt: int) -> float:
        retry_after = response.headers.get("Retry-After", "")
        if retry_after.isdigit():
            return min(float(retry_after), 60.0)
        return self.backoff * 2 ** attempt

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
        """Items of a list endpoint: start/end pages, following ``next`` until absent."""
        end = PAGE_SIZE if limit is None else min(PAGE_SIZE, limit)
        page = self.get(path, {**(params or {}), "start": 1, "end": end})
        produced = 0
        while True:
            for item in page.get(item_key) or []:
                yield item
                produced += 1
                if limit is not None and produced >= limit:
                    return
            following = page.get("next")
            if not following:
                return
            page = self.get(following)

    # --- endpoints --------------------------------------------------------------------------
    def search(self, keyword: str, limit: int = 20) -> list[dict[str, Any]]:
        return [{"code": o.get("code"), "title": o.get("title"),
                 "bright_outlook": bool((o.get("tags") or {}).get("bright_outlook"))}
                for o in self.pages("online/search", "occupation", {"keyword": keyword}, limit)]

    def occupation(self, code: str) -> dict[str, Any]:
        """Overview, rating sections (importance only) and Job Zone of one occupation."""
        overview = self.get(f"online/occupations/{code}/")
        ratings: dict[str, list[dict[str, Any]]] = {}
        for section in RATING_SECTIONS:
            try:
                ratings[section] = [_rating(e) for e in self.pages(
                    f"online/occupations/{code}/details/{section}", "element")
                    if isinstance(e.get("importance"), int | float) and e.get("id")]
            except NotFound:  # 422 "no data" or 404: the section is absent for this code
                ratings[section] = []
        try:
            zone = self.get(f"online/occupations/{code}/details/job_zone")
        except NotFound:
            zone = {}
        return {"code": overview.get("code") or code, "title": overview.get("title") or "",
                "description": overview.get("description"), "ratings": ratings,
                "job_zone": zone.get("code") if isinstance(zone.get("code"), int) else None}


def _rating(element: dict[str, Any]) -> dict[str, Any]:
    return {"id": element["id"], "name": element.get("name") or element["id"],
            "description": element.get("description"),
            "im": importance_to_im(element["importance"])}
