"""Skill-gap tables: occupation → occupation and client → target (rules in domain.gaps)."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.domain import gaps
from desktop.domain.codes import require_soc_code
from desktop.domain.errors import NotFound
from desktop.domain.gaps import ClientGapRow, OccupationGapRow
from desktop.domain.profiles import ProfileMatrix
from desktop.domain.tables import Table
from desktop.domain.vocabulary import ENGLISH, check_language, skill_name
from desktop.services.context import Services
from desktop.services.profiles import profiles

if TYPE_CHECKING:
    from desktop.store.clients import Client


@dataclass(frozen=True, slots=True)
class OccupationSummary:
    code: str
    title: str
    job_zone: int | None


@dataclass(frozen=True, slots=True)
class ClientSummary:
    """What a result may show of a client: never notes or Compass ids."""

    id: int
    label: str
    current_code: str | None

    @classmethod
    def of(cls, client: Client) -> ClientSummary:
        return cls(client.id, client.label, client.current_code)


@dataclass(frozen=True, slots=True)
class OccupationGap:
    """The skills ``to`` needs beyond ``from_`` ("from" in JSON), largest deficit first."""

    from_: OccupationSummary
    to: OccupationSummary
    scale: str
    skill_gaps: list[OccupationGapRow]


@dataclass(frozen=True, slots=True)
class ClientGap:
    """Every skill of ``to`` against the client's ratings, largest weighted deficit first."""

    client: ClientSummary
    to: OccupationSummary
    scale: str
    rated_skills: int
    skill_gaps: list[ClientGapRow]


def rated_row(services: Services, matrix: ProfileMatrix, code: str) -> int:
    """The matrix row of ``code``; NotFound, saying which case, when it has none."""
    code = require_soc_code(code)
    row = matrix.row(code)
    if row is None:
        from desktop.services import catalog

        detail = catalog.occupation(services, code)  # NotFound for an unknown code
        raise NotFound(f"O*NET publishes no skill ratings for {code} "
                       f"{detail.title}, so it has no skill profile to compare")
    return row


def _occupation(matrix: ProfileMatrix, row: int) -> OccupationSummary:
    zone = matrix.job_zones[row]
    return OccupationSummary(matrix.codes[row], matrix.titles[row],
                             None if math.isnan(zone) else int(zone))


Gap = TypeVar("Gap", OccupationGapRow, ClientGapRow)


def _named(rows: list[Gap], language: str) -> list[Gap]:
    """The rows with their skill names in ``language`` (the release's English stays)."""
    if check_language(language) == ENGLISH:
        return rows
    return [replace(r, element_name=skill_name(language, r.element_id, r.element_name))
            for r in rows]


def occupation_gap(services: Services, from_code: str, to_code: str,
                   language: str = ENGLISH) -> OccupationGap:
    """The skills ``to_code`` needs beyond ``from_code``; skill names in ``language``."""
    matrix = profiles(services, "skills")
    source, target = rated_row(services, matrix, from_code), rated_row(services, matrix, to_code)
    return OccupationGap(_occupation(matrix, source), _occupation(matrix, target), "LV",
                         _named(gaps.occupation_gap(matrix, source, target), language))


def client_gap(services: Services, client_id: int, to_code: str, language: str = ENGLISH
               ) -> ClientGap:
    """Every skill of ``to_code`` against the client's ratings; skill names in ``language``."""
    from desktop.services import casework

    client = casework.get_client(services, client_id)  # NotFound for an unknown id
    ratings = casework.get_ratings(services, client_id)
    matrix = profiles(services, "skills")
    target = rated_row(services, matrix, to_code)
    return ClientGap(ClientSummary.of(client), _occupation(matrix, target), "LV", len(ratings),
                     _named(gaps.client_gap(matrix, target, ratings), language))


OCCUPATION_COLUMNS = ["From occupation", "To occupation", "Skill", "From level (0–7)",
                      "To level (0–7)", "Deficit", "Importance (1–5)", "Low confidence",
                      "O*NET element ID", "O*NET release"]
CLIENT_COLUMNS = ["Client", "Target occupation", "Skill", "Importance (1–5)",
                  "Required level (0–7)", "Required", "Client rating (0–4)",
                  "Client level (0–7)", "Deficit", "Weighted deficit", "Low confidence",
                  "O*NET element ID", "O*NET release"]


def _yes(value: Any) -> str:
    return "yes" if value else ""


def gap_table(result: OccupationGap | ClientGap) -> Table:
    """The exportable table of an ``occupation_gap`` or ``client_gap`` result, with readable
    headers; the export fills in the O*NET release."""
    to = result.to
    target = f"{to.title} ({to.code})"
    rows: list[list[Any]]
    if isinstance(result, ClientGap):
        source = str(result.client.label or result.client.id)
        columns, name = CLIENT_COLUMNS, "client-gap"
        rows = [[source, target, g.element_name, g.importance, g.required_level,
                 "yes" if g.required else "not required", g.client_rating, g.client_level,
                 g.deficit, g.weighted_deficit, _yes(g.low_confidence), g.element_id, None]
                for g in result.skill_gaps]
    else:
        source, columns, name = result.from_.title, OCCUPATION_COLUMNS, "skill-gap"
        origin = f"{source} ({result.from_.code})"
        rows = [[origin, target, o.element_name, o.from_level, o.to_level, o.deficit,
                 o.importance, _yes(o.low_confidence), o.element_id, None]
                for o in result.skill_gaps]
    return Table(name=f"{name}-{to.code}", title=f"Skill gaps: {source} → {to.title}",
                 columns=columns, rows=rows,
                 metadata={"scale": "LV 0–7", "from": source, "to": f"{to.code} {to.title}"})
