"""Caseload: clients, their 0–4 skill ratings (every change saved at once, undoable)."""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from desktop.domain.codes import require_soc_code
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.ratings import RATING_MAX, RATING_MIN, level_to_rating
from desktop.domain.readiness import EDUCATION_NAMES
from desktop.services.context import Services
from desktop.services.profiles import profiles
from desktop.store import clients, occupation_lookup
from desktop.store.clients import EDITABLE, Client


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def require_occupation(services: Services, code: str) -> str:
    """A well-formed code (else InvalidArgument) that the cache knows (else NotFound)."""
    code = require_soc_code(code)
    if occupation_lookup.known(services.cache, code):
        return code
    raise NotFound(f"no occupation {code} in the cache")


# The longest text each client field takes; notes keep line breaks and tabs, nothing else
# takes a control character (it could rewrite a terminal or break an XLSX export).
TEXT_LIMITS = {"label": 100, "compass_user_id": 200, "compass_session_id": 200,
               "notes": 20_000}


def _plain_text(name: str, value: str) -> str:
    allowed = "\n\t" if name == "notes" else ""
    if any(unicodedata.category(c) == "Cc" and c not in allowed for c in value):
        raise InvalidArgument(f"the {name.replace('_', ' ')} holds a control character; "
                              "type plain text")
    if len(value) > TEXT_LIMITS[name]:
        raise InvalidArgument(f"the {name.replace('_', ' ')} is {len(value):,} characters "
                              f"long; at most {TEXT_LIMITS[name]:,}")
    return value


def _clean(services: Services, fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise InvalidArgument(f"unknown client field(s): {', '.join(sorted(unknown))}")
    for name in TEXT_LIMITS:
        if isinstance(fields.get(name), str):
            fields[name] = _plain_text(name, fields[name])
    if "label" in fields:
        label = (fields["label"] or "").strip()
        if not label:
            raise InvalidArgument("a client needs a label (a pseudonym, not an e-mail)")
        if "@" in label:
            raise InvalidArgument("use a pseudonymous label, not an e-mail address")
        fields["label"] = label
    if fields.get("current_code"):
        fields["current_code"] = require_occupation(services, fields["current_code"])
    elif "current_code" in fields:
        fields["current_code"] = None
    if "archived" in fields:
        fields["archived"] = bool(fields["archived"])
    education = fields.get("education")
    if education is not None and (isinstance(education, bool) or education not in EDUCATION_NAMES):
        raise InvalidArgument(f"education is an O*NET category 1–12 (1 less than high school, "
                              f"2 high school … 6 bachelor's … 11 doctoral), not {education!r}")
    years = fields.get("experience_years")
    if years is not None and (isinstance(years, bool) or not isinstance(years, int | float)
                              or not 0 <= years <= 60):
        raise InvalidArgument(f"years of related experience go from 0 to 60, not {years!r}")
    return fields


def _titled(services: Services, found: list[Client]) -> list[Client]:
    """The clients with the cache's title of their current occupation."""
    titles = occupation_lookup.titles(
        services.cache, {c.current_code for c in found if c.current_code})
    return [replace(c, current_title=titles.get(c.current_code or "")) for c in found]


def list_clients(services: Services, include_archived: bool = False, query: str = ""
                 ) -> list[Client]:
    """Clients by label (``query`` searches label, notes and occupation code)."""
    return _titled(services, clients.find(services.casework, include_archived, query))


def get_client(services: Services, client_id: int) -> Client:
    """The client (NotFound for an unknown id)."""
    return _titled(services, [clients.get(services.casework, client_id)])[0]


def create_client(services: Services, label: str, current_code: str | None = None,
                  compass_user_id: str | None = None, compass_session_id: str | None = None,
                  notes: str = "", education: int | None = None,
                  experience_years: float | None = None) -> Client:
    fields = _clean(services, {"label": label, "current_code": current_code,
                               "compass_user_id": compass_user_id or None,
                               "compass_session_id": compass_session_id or None,
                               "notes": notes or "", "education": education,
                               "experience_years": experience_years})
    return _titled(services, [clients.create(services.casework, fields, now())])[0]


def update_client(services: Services, client_id: int, **fields: Any) -> Client:
    changed = clients.update(services.casework, client_id, _clean(services, fields), now())
    return _titled(services, [changed])[0]


def archive_client(services: Services, client_id: int, archived: bool = True) -> Client:
    return update_client(services, client_id, archived=archived)


def get_ratings(services: Services, client_id: int) -> dict[str, int]:
    return clients.ratings(services.casework, client_id)


def validate_ratings(services: Services, ratings: dict[str, Any]) -> dict[str, int]:
    """Known skill element ids with whole ratings 0–4 (else InvalidArgument, naming the key)."""
    known = set(profiles(services, "skills").element_ids)
    clean = {}
    for element_id, rating in ratings.items():
        if element_id not in known:
            raise InvalidArgument(f"'{element_id[:40]}' is not an O*NET skill element id "
                                  "(e.g. 2.A.1.a Reading Comprehension)")
        if isinstance(rating, bool) or not isinstance(rating, int) \
                or not RATING_MIN <= rating <= RATING_MAX:
            raise InvalidArgument(f"rating for {element_id} must be a whole number 0–4, "
                                  f"not {json.dumps(rating)[:40]}")
        clean[element_id] = rating
    return clean


def set_rating(services: Services, client_id: int, element_id: str, rating: int | None) -> None:
    validate_ratings(services, {element_id: 0 if rating is None else rating})
    clients.change_ratings(services.casework, client_id, {element_id: rating}, now())


def set_ratings(services: Services, client_id: int, ratings: dict[str, int],
                current_code: str | None = None) -> None:
    """Several ratings, and a new current occupation if given, as one undoable change (a
    prefill, an import from a file, Compass suggestions accepted)."""
    ratings = validate_ratings(services, ratings)
    if current_code is not None:
        current_code = require_occupation(services, current_code)
    clients.change_ratings(services.casework, client_id, ratings, now(), current_code)


def undo_last_change(services: Services, client_id: int) -> bool:
    """Restore the ratings (and the current occupation) changed by the client's last change;
    False if nothing to undo."""
    return clients.undo_last_change(services.casework, client_id, now())


def occupation_ratings(services: Services, code: str) -> dict[str, int]:
    """An occupation's skill levels as 0–4 ratings (Not Relevant → 0)."""
    code = require_occupation(services, code)
    matrix = profiles(services, "skills")
    row = matrix.row(code)
    if row is None:
        raise NotFound(f"O*NET publishes no skill ratings for {code}")
    ratings = {}
    for j, element_id in enumerate(matrix.element_ids):
        level = matrix.level[row, j]
        if matrix.not_relevant[row, j]:
            ratings[element_id] = 0
        elif level == level:  # not NaN
            ratings[element_id] = level_to_rating(float(level))
    return ratings


def prefill_from_occupation(services: Services, client_id: int, code: str) -> dict[str, int]:
    """Set every skill from ``code``'s levels as one undoable change; returns the ratings."""
    ratings = occupation_ratings(services, code)
    set_ratings(services, client_id, ratings)
    return ratings


@dataclass(frozen=True, slots=True)
class PrefillPreview:
    """What a prefill would do: ratings it changes, unrated skills it fills."""

    changed: int
    filled: int


def prefill_preview(services: Services, client_id: int, code: str) -> PrefillPreview:
    current = get_ratings(services, client_id)
    proposed = occupation_ratings(services, code)
    return PrefillPreview(sum(e in current and current[e] != r for e, r in proposed.items()),
                          sum(e not in current for e in proposed))


def flat_ratings(ratings: dict[str, int], share: float = 0.7) -> bool:
    """Mostly one value (≥ 70 % of at least 5 ratings): such profiles match poorly."""
    if len(ratings) < 5:
        return False
    values = list(ratings.values())
    return max(values.count(v) for v in set(values)) >= share * len(values)
