"""Which occupation codes the cache knows, and their titles (for casework's checks)."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import bindparam

from desktop.store.db import SqliteStore, sql


def known(cache: SqliteStore, code: str) -> bool:
    with cache.read() as db:
        return db.execute(sql("SELECT 1 FROM occupation WHERE code = :c"),
                          {"c": code}).first() is not None


def titles(cache: SqliteStore, codes: Collection[str]) -> dict[str, str]:
    """The titles of these codes (codes the cache does not know are left out)."""
    if not codes:
        return {}
    query = sql("SELECT code, title FROM occupation WHERE code IN :codes").bindparams(
        bindparam("codes", expanding=True))
    with cache.read() as db:
        return {code: title for code, title in db.execute(query, {"codes": list(codes)})}
