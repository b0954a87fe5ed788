"""What the similarity score reads besides the profile matrices (titles, technology,
interests), and each occupation's nearest neighbours, stored once computed."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection

RIASEC_ELEMENTS = ("1.B.1.a", "1.B.1.b", "1.B.1.c", "1.B.1.d", "1.B.1.e", "1.B.1.f")


def title_documents(db: Connection) -> dict[str, str]:
    """Each occupation's title followed by all its alternate titles, as one text."""
    documents: dict[str, list[str]] = defaultdict(list)
    for code, title in db.execute(text(
            "SELECT code, title FROM occupation UNION ALL "
            "SELECT code, title FROM alternate_title")):
        documents[code].append(title)
    return {code: " ".join(titles) for code, titles in documents.items()}


def technology_examples(db: Connection) -> dict[str, list[str]]:
    examples: dict[str, list[str]] = defaultdict(list)
    for code, example in db.execute(text("SELECT code, example FROM technology_skill")):
        examples[code].append(example.lower())
    return dict(examples)


def interest_scores(db: Connection) -> dict[str, list[float | None]]:
    """RIASEC occupational-interest (OI) scores in Realistic … Conventional order."""
    position = {element_id: k for k, element_id in enumerate(RIASEC_ELEMENTS)}
    scores: dict[str, list[float | None]] = {}
    for code, element_id, value in db.execute(text(
            "SELECT code, element_id, data_value FROM interest WHERE scale_id = 'OI'")):
        if element_id in position:
            scores.setdefault(code, [None] * len(RIASEC_ELEMENTS))[position[element_id]] = value
    return scores


@dataclass(frozen=True, slots=True)
class Neighbour:
    code: str
    title: str
    similarity: float
    job_zone: int | None


_NEIGHBOURS = text("""
SELECT s.similar_code, o.title, s.similarity, z.job_zone FROM similar_occupation s
JOIN occupation o ON o.code = s.similar_code LEFT JOIN job_zone z ON z.code = s.similar_code
WHERE s.code = :code ORDER BY s.rank LIMIT :top
""")


def neighbours(db: Connection, code: str, top: int, matrix: str) -> list[Neighbour] | None:
    """The ``top`` stored neighbours of ``code``, best first; None when none are stored for
    the similarity matrix saved as ``matrix`` (never computed, or cleared since)."""
    if not neighbours_stored(db, matrix):
        return None
    return [Neighbour(*row) for row in db.execute(_NEIGHBOURS, {"code": code, "top": top})]


def neighbours_stored(db: Connection, matrix: str) -> bool:
    return bool(db.execute(text(
        "SELECT EXISTS (SELECT 1 FROM precomputed WHERE name = :m) "
        "AND EXISTS (SELECT 1 FROM similar_occupation)"), {"m": matrix}).scalar_one())


def save_neighbours(db: Connection, rows: list[tuple[str, int, str, float]]) -> None:
    """Replace every stored neighbour: (code, rank, similar code, similarity)."""
    db.execute(text("DELETE FROM similar_occupation"))
    if rows:  # an empty list would read as no parameters at all
        db.exec_driver_sql("INSERT INTO similar_occupation (code, rank, similar_code, "
                           "similarity) VALUES (?, ?, ?, ?)", rows)
