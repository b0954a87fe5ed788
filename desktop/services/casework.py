"""Caseload: clients, their 0–4 skill ratings (every change saved at once, undoable)."""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, insert, select, text, update
from sqlalchemy.engine import Connection

from desktop.domain.codes import require_soc_code
from desktop.domain.errors import InvalidArgument, NotFound
from desktop.domain.ratings import RATING_MAX, RATING_MIN, level_to_rating
from desktop.domain.readiness import EDUCATION_NAMES
from desktop.services.context import Services
from desktop.services.profiles import profiles
from desktop.store.casework_tables import Client, Rating, RatingChange, table_of

CLIENT = table_of(Client)
RATING = table_of(Rating)
CHANGE = table_of(RatingChange)
CURRENT_CODE = "current_code"  # in the undo log: a change of the current occupation
EDITABLE = {"label", "current_code", "compass_user_id", "compass_session_id", "notes",
            "archived", "education", "experience_years"}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _client_row(row: Any) -> dict[str, Any]:
    client = dict(row._mapping)
    client["archived"] = bool(client["archived"])
    return client


def require_occupation(services: Services, code: str) -> str:
    """A well-formed code (else InvalidArgument) that the cache knows (else NotFound)."""
    code = require_soc_code(code)
    with services.cache.read() as db:
        if db.execute(text("SELECT 1 FROM occupation WHERE code = :c"), {"c": code}).first():
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
    unknown = set(fields) - EDITABLE
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


def list_clients(services: Services, include_archived: bool = False, query: str = ""
                 ) -> list[dict[str, Any]]:
    statement = select(CLIENT).order_by(func.lower(CLIENT.c.label), CLIENT.c.id)
    if not include_archived:
        statement = statement.where(CLIENT.c.archived == 0)
    if query.strip():
        pattern = f"%{query.strip().lower()}%"
        statement = statement.where(func.lower(CLIENT.c.label).like(pattern)
                                    | func.lower(CLIENT.c.notes).like(pattern)
                                    | CLIENT.c.current_code.like(pattern))
    with services.casework.read() as db:
        clients = [_client_row(r) for r in db.execute(statement)]
    titles = occupation_titles(services, {c["current_code"] for c in clients} - {None})
    for client in clients:
        client["current_title"] = titles.get(client["current_code"])
    return clients


def occupation_titles(services: Services, codes: set[str]) -> dict[str, str]:
    """The titles of these codes in the cache (codes it does not know are left out)."""
    if not codes:
        return {}
    names = [f":c{i}" for i in range(len(codes))]
    with services.cache.read() as db:
        return dict(db.execute(text(f"SELECT code, title FROM occupation WHERE code IN "
                                    f"({', '.join(names)})"),
                               {name[1:]: code for name, code in zip(names, codes, strict=True)}
                               ).all())


def _require_client(db: Connection, client_id: int) -> dict[str, Any]:
    row = db.execute(select(CLIENT).where(CLIENT.c.id == client_id)).first()
    if row is None:
        raise NotFound(f"no client {client_id}")
    return _client_row(row)


def get_client(services: Services, client_id: int) -> dict[str, Any]:
    with services.casework.read() as db:
        return _require_client(db, client_id)


def create_client(services: Services, label: str, current_code: str | None = None,
                  compass_user_id: str | None = None, compass_session_id: str | None = None,
                  notes: str = "", education: int | None = None,
                  experience_years: float | None = None) -> dict[str, Any]:
    fields = _clean(services, {"label": label, "current_code": current_code,
                               "compass_user_id": compass_user_id or None,
                               "compass_session_id": compass_session_id or None,
                               "notes": notes or "", "education": education,
                               "experience_years": experience_years})
    stamp = now()
    with services.casework.write() as db:
        client_id = db.execute(insert(CLIENT).values(
            **fields, created_at=stamp, updated_at=stamp, archived=False)
            .returning(CLIENT.c.id)).scalar_one()
        return _require_client(db, client_id)


def update_client(services: Services, client_id: int, **fields: Any) -> dict[str, Any]:
    fields = _clean(services, fields)
    with services.casework.write() as db:
        _require_client(db, client_id)
        db.execute(update(CLIENT).where(CLIENT.c.id == client_id)
                   .values(**fields, updated_at=now()))
        return _require_client(db, client_id)


def archive_client(services: Services, client_id: int, archived: bool = True) -> dict[str, Any]:
    return update_client(services, client_id, archived=archived)


def get_ratings(services: Services, client_id: int) -> dict[str, int]:
    with services.casework.read() as db:
        _require_client(db, client_id)
        rows = db.execute(select(RATING.c.element_id, RATING.c.rating)
                          .where(RATING.c.client_id == client_id))
        return {element_id: int(rating) for element_id, rating in rows}


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


def _apply(db: Connection, client_id: int, changes: dict[str, int | None],
           current_code: str | None = None) -> None:
    """Write ``changes`` (None: unrate) and a new ``current_code`` (None: keep it) as one
    undoable batch; unchanged values are skipped."""
    client = _require_client(db, client_id)
    current = dict(db.execute(select(RATING.c.element_id, RATING.c.rating)
                              .where(RATING.c.client_id == client_id)).all())
    changes = {e: r for e, r in changes.items() if current.get(e) != r}
    logged = [{"element_id": e, "previous": current.get(e), "previous_code": None}
              for e in changes]
    if current_code not in (None, client["current_code"]):
        logged.append({"element_id": CURRENT_CODE, "previous": None,
                       "previous_code": client["current_code"]})
    if not logged:
        return
    stamp = now()
    batch = (db.execute(select(func.max(CHANGE.c.batch))
                        .where(CHANGE.c.client_id == client_id)).scalar() or 0) + 1
    db.execute(insert(CHANGE), [dict(row, client_id=client_id, batch=batch, at=stamp)
                                for row in logged])
    _write(db, client_id, changes, stamp, current_code)


def _write(db: Connection, client_id: int, changes: dict[str, int | None], stamp: str,
           current_code: str | None = None) -> None:
    for element_id, rating in changes.items():
        db.execute(delete(RATING).where((RATING.c.client_id == client_id)
                                        & (RATING.c.element_id == element_id)))
        if rating is not None:
            db.execute(insert(RATING).values(client_id=client_id, element_id=element_id,
                                             rating=rating, updated_at=stamp))
    moved = {} if current_code is None else {"current_code": current_code}
    db.execute(update(CLIENT).where(CLIENT.c.id == client_id).values(**moved, updated_at=stamp))


def set_rating(services: Services, client_id: int, element_id: str, rating: int | None) -> None:
    validate_ratings(services, {element_id: 0 if rating is None else rating})
    with services.casework.write() as db:
        _apply(db, client_id, {element_id: rating})


def set_ratings(services: Services, client_id: int, ratings: dict[str, int],
                current_code: str | None = None) -> None:
    """Several ratings, and a new current occupation if given, as one undoable change (a
    prefill, an import from a file, Compass suggestions accepted)."""
    ratings = validate_ratings(services, ratings)
    if current_code is not None:
        current_code = require_occupation(services, current_code)
    with services.casework.write() as db:
        _apply(db, client_id, dict(ratings), current_code)


def undo_last_change(services: Services, client_id: int) -> bool:
    """Restore the ratings (and the current occupation) changed by the client's last change;
    False if nothing to undo."""
    with services.casework.write() as db:
        _require_client(db, client_id)
        batch = db.execute(select(func.max(CHANGE.c.batch))
                           .where(CHANGE.c.client_id == client_id)).scalar()
        if batch is None:
            return False
        mine = (CHANGE.c.client_id == client_id) & (CHANGE.c.batch == batch)
        logged = db.execute(select(CHANGE.c.element_id, CHANGE.c.previous,
                                   CHANGE.c.previous_code).where(mine)).all()
        previous = {e: rating for e, rating, _ in logged if e != CURRENT_CODE}
        _write(db, client_id, previous, now())
        for element_id, _, code in logged:
            if element_id == CURRENT_CODE:  # the occupation it replaced, or none
                db.execute(update(CLIENT).where(CLIENT.c.id == client_id)
                           .values(current_code=code))
        db.execute(delete(CHANGE).where(mine))
        return True


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


def prefill_preview(services: Services, client_id: int, code: str) -> dict[str, int]:
    """What a prefill from ``code`` would do: ratings it changes, unrated skills it fills."""
    current = get_ratings(services, client_id)
    proposed = occupation_ratings(services, code)
    return {"changed": sum(e in current and current[e] != r for e, r in proposed.items()),
            "filled": sum(e not in current for e in proposed)}


def flat_ratings(ratings: dict[str, int], share: float = 0.7) -> bool:
    """Mostly one value (≥ 70 % of at least 5 ratings): such profiles match poorly."""
    if len(ratings) < 5:
        return False
    values = list(ratings.values())
    return max(values.count(v) for v in set(values)) >= share * len(values)
