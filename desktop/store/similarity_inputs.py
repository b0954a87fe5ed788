"""What the similarity score reads besides the profile matrices: titles, technology, interests."""

from __future__ import annotations

from collections import defaultdict

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
