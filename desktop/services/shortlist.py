"""A client's shortlist of target occupations (ordered, a note each) and kept scenario."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, func, insert, select, update

from desktop.domain.errors import InvalidArgument, NotFound
from desktop.services import casework
from desktop.services.context import Services
from desktop.store.casework_tables import Scenario, ShortlistEntry, table_of

SHORTLIST = table_of(ShortlistEntry)
SCENARIO = table_of(Scenario)
MAX_TARGETS = 12
MAX_NOTE = 500


def _titles(services: Services, codes: list[str]) -> dict[str, str]:
    from desktop.services.profiles import profiles

    matrix = profiles(services, "skills")
    titles = {code: matrix.titles[row] for code in codes
              if (row := matrix.row(code)) is not None}
    return {code: titles.get(code, "(not in this release)") for code in codes}


def shortlist(services: Services, client_id: int) -> list[dict[str, Any]]:
    """[{code, title, position, note, added_at}] in the counsellor's order."""
    with services.casework.read() as db:
        casework.get_client(services, client_id)
        rows = [dict(r._mapping) for r in db.execute(
            select(SHORTLIST.c.code, SHORTLIST.c.position, SHORTLIST.c.note,
                   SHORTLIST.c.added_at)
            .where(SHORTLIST.c.client_id == client_id).order_by(SHORTLIST.c.position))]
    titles = _titles(services, [r["code"] for r in rows])
    return [dict(r, title=titles[r["code"]]) for r in rows]


def _clean_note(note: str) -> str:
    note = " ".join((note or "").split())
    if len(note) > MAX_NOTE:
        raise InvalidArgument(f"a shortlist note holds at most {MAX_NOTE} characters")
    return note


def pin(services: Services, client_id: int, code: str, note: str = "") -> list[dict[str, Any]]:
    """Add ``code`` at the end of the client's shortlist (a note updates an existing entry)."""
    code = casework.require_occupation(services, code)
    note = _clean_note(note)
    with services.casework.write() as db:
        casework.get_client(services, client_id)
        mine = SHORTLIST.c.client_id == client_id
        found = db.execute(select(SHORTLIST.c.code).where(mine & (SHORTLIST.c.code == code))
                           ).first()
        if found is not None:
            if note:
                db.execute(update(SHORTLIST).where(mine & (SHORTLIST.c.code == code))
                           .values(note=note))
        else:
            count = db.execute(select(func.count()).where(mine)).scalar_one()
            if count >= MAX_TARGETS:
                raise InvalidArgument(f"a shortlist holds at most {MAX_TARGETS} targets: "
                                      "remove one first")
            db.execute(insert(SHORTLIST).values(client_id=client_id, code=code,
                                                position=count + 1, note=note,
                                                added_at=casework.now()))
    return shortlist(services, client_id)


def _entry(services: Services, client_id: int, code: str) -> list[str]:
    codes = [r["code"] for r in shortlist(services, client_id)]
    if code not in codes:
        raise NotFound(f"{code} is not on this client's shortlist")
    return codes


def _reorder(services: Services, client_id: int, codes: list[str]) -> None:
    with services.casework.write() as db:
        for position, code in enumerate(codes, start=1):
            db.execute(update(SHORTLIST).where((SHORTLIST.c.client_id == client_id)
                                               & (SHORTLIST.c.code == code))
                       .values(position=position))


def unpin(services: Services, client_id: int, code: str) -> list[dict[str, Any]]:
    codes = _entry(services, client_id, code)
    with services.casework.write() as db:
        db.execute(delete(SHORTLIST).where((SHORTLIST.c.client_id == client_id)
                                           & (SHORTLIST.c.code == code)))
    codes.remove(code)
    _reorder(services, client_id, codes)
    return shortlist(services, client_id)


def move(services: Services, client_id: int, code: str, position: int
         ) -> list[dict[str, Any]]:
    """Put ``code`` at ``position`` (1 = first; clamped to the list)."""
    codes = _entry(services, client_id, code)
    codes.remove(code)
    codes.insert(max(0, min(len(codes), position - 1)), code)
    _reorder(services, client_id, codes)
    return shortlist(services, client_id)


def set_note(services: Services, client_id: int, code: str, note: str
             ) -> list[dict[str, Any]]:
    _entry(services, client_id, code)
    with services.casework.write() as db:
        db.execute(update(SHORTLIST).where((SHORTLIST.c.client_id == client_id)
                                           & (SHORTLIST.c.code == code))
                   .values(note=_clean_note(note)))
    return shortlist(services, client_id)


def keep_scenario(services: Services, client_id: int, label: str, changes: dict[str, int]
                  ) -> dict[str, Any]:
    """Keep one what-if per client for the report (replacing the previous one)."""
    changes = casework.validate_ratings(services, changes)
    label = " ".join((label or "").split())
    if not changes:
        raise InvalidArgument("a scenario changes at least one rating")
    if not label:
        raise InvalidArgument("name the scenario, e.g. 'after a forklift certificate'")
    row = {"client_id": client_id, "label": label[:200], "changes": json.dumps(changes),
           "kept_at": casework.now()}
    with services.casework.write() as db:
        casework.get_client(services, client_id)
        db.execute(delete(SCENARIO).where(SCENARIO.c.client_id == client_id))
        db.execute(insert(SCENARIO).values(**row))
    return dict(row, changes=changes)


def kept_scenario(services: Services, client_id: int) -> dict[str, Any] | None:
    with services.casework.read() as db:
        casework.get_client(services, client_id)
        row = db.execute(select(SCENARIO).where(SCENARIO.c.client_id == client_id)).first()
    if row is None:
        return None
    return dict(row._mapping, changes=json.loads(row.changes))


def drop_scenario(services: Services, client_id: int) -> None:
    with services.casework.write() as db:
        db.execute(delete(SCENARIO).where(SCENARIO.c.client_id == client_id))
