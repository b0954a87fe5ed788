"""What recommendations read besides the skill matrix: ETE distributions, O*NET's related
occupations, and arrays precomputed at import (the similarity matrix)."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.domain.readiness import EDUCATION, EXPERIENCE, TRAINING
from desktop.store.db import SqliteStore


def ete_shares(db: Connection) -> dict[str, dict[str, dict[int, float]]]:
    """code → element (RL, RW, OJ) → category → percent of workers."""
    shares: dict[str, dict[str, dict[int, float]]] = defaultdict(lambda: defaultdict(dict))
    for code, element, category, value in db.execute(text(
            "SELECT code, element_id, category, data_value FROM ete WHERE element_id IN "
            "(:e, :x, :t) AND category IS NOT NULL AND data_value IS NOT NULL"),
            {"e": EDUCATION, "x": EXPERIENCE, "t": TRAINING}):
        shares[code][element][int(category)] = float(value)
    return shares


def related_occupations(db: Connection) -> dict[str, dict[str, str]]:
    """code → related code → tier, in O*NET's order."""
    related: dict[str, dict[str, str]] = defaultdict(dict)
    for code, other, tier in db.execute(text(
            "SELECT code, related_code, tier FROM related_occupation "
            "ORDER BY code, position, related_code")):
        related[code][other] = tier
    return dict(related)


@dataclass(frozen=True, slots=True)
class RelatedOccupation:
    """One of the occupations O*NET lists as related (Related Occupations.txt)."""

    code: str
    title: str
    tier: str  # O*NET's relatedness tier, e.g. "Primary-Short"
    index: int  # O*NET's position in the list


def related_to(db: Connection, code: str) -> list[RelatedOccupation]:
    """O*NET's related occupations of ``code`` in its order, with titles."""
    rows = db.execute(text(
        "SELECT r.related_code, coalesce(o.title, r.related_code), r.tier, r.position "
        "FROM related_occupation r LEFT JOIN occupation o ON o.code = r.related_code "
        "WHERE r.code = :c ORDER BY r.position, r.related_code"), {"c": code})
    return [RelatedOccupation(*row) for row in rows]


def load_arrays(db: Connection, name: str) -> dict[str, np.ndarray] | None:
    """Arrays saved under ``name``, or None."""
    row = db.execute(text("SELECT data FROM precomputed WHERE name = :n"), {"n": name}).first()
    if row is None:
        return None
    with np.load(io.BytesIO(row[0]), allow_pickle=False) as stored:
        return {key: stored[key] for key in stored.files}


def save_arrays(db: Connection, name: str, arrays: dict[str, np.ndarray]) -> None:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)  # type: ignore[arg-type]  # numpy's stub: allow_pickle
    db.execute(text("INSERT OR REPLACE INTO precomputed (name, data) VALUES (:n, :d)"),
               {"n": name, "d": buffer.getvalue()})


def saved_or_computed(store: SqliteStore, name: str,
                      compute: Callable[[], dict[str, np.ndarray]]) -> dict[str, np.ndarray]:
    """The arrays saved under ``name``; else ``compute()`` them once and save them (in a
    read-only data folder, computed on every start instead)."""
    with store.read() as db:
        stored = load_arrays(db, name)
    if stored is not None:
        return stored
    arrays = compute()
    if not store.read_only:
        with store.write() as db:
            save_arrays(db, name, arrays)
    return arrays
