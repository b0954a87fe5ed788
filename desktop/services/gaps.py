"""Skill-gap tables: occupation → occupation and client → target (rules in domain.gaps)."""

from __future__ import annotations

import math
from typing import Any

from desktop.domain import gaps
from desktop.domain.codes import require_soc_code
from desktop.domain.errors import NotFound
from desktop.domain.profiles import ProfileMatrix
from desktop.domain.tables import Table
from desktop.services.context import Services
from desktop.services.profiles import profiles


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


def _occupation(matrix: ProfileMatrix, row: int) -> dict[str, Any]:
    zone = matrix.job_zones[row]
    return {"code": matrix.codes[row], "title": matrix.titles[row],
            "job_zone": None if math.isnan(zone) else int(zone)}


def occupation_gap(services: Services, from_code: str, to_code: str) -> dict[str, Any]:
    matrix = profiles(services, "skills")
    source, target = rated_row(services, matrix, from_code), rated_row(services, matrix, to_code)
    return {"from": _occupation(matrix, source), "to": _occupation(matrix, target),
            "scale": "LV", "skill_gaps": gaps.occupation_gap(matrix, source, target)}


def client_gap(services: Services, client_id: int, to_code: str) -> dict[str, Any]:
    from desktop.services import casework

    client = casework.get_client(services, client_id)  # NotFound for an unknown id
    ratings = casework.get_ratings(services, client_id)
    matrix = profiles(services, "skills")
    target = rated_row(services, matrix, to_code)
    summary = {"id": client.id, "label": client.label,  # no notes
               "current_code": client.current_code}
    return {"client": summary, "to": _occupation(matrix, target), "scale": "LV",
            "rated_skills": len(ratings),
            "skill_gaps": gaps.client_gap(matrix, target, ratings)}


OCCUPATION_COLUMNS = ["From occupation", "To occupation", "Skill", "From level (0–7)",
                      "To level (0–7)", "Deficit", "Importance (1–5)", "Low confidence",
                      "O*NET element ID", "O*NET release"]
CLIENT_COLUMNS = ["Client", "Target occupation", "Skill", "Importance (1–5)",
                  "Required level (0–7)", "Required", "Client rating (0–4)",
                  "Client level (0–7)", "Deficit", "Weighted deficit", "Low confidence",
                  "O*NET element ID", "O*NET release"]


def _yes(value: Any) -> str:
    return "yes" if value else ""


def gap_table(result: dict[str, Any]) -> Table:
    """The exportable table of an ``occupation_gap`` or ``client_gap`` result, with readable
    headers; the export fills in the O*NET release."""
    to = result["to"]
    target = f"{to['title']} ({to['code']})"
    if "client" in result:
        source = str(result["client"].get("label") or result["client"].get("id"))
        columns, name = CLIENT_COLUMNS, "client-gap"
        rows = [[source, target, g["element_name"], g["importance"], g["required_level"],
                 "yes" if g["required"] else "not required", g["client_rating"],
                 g["client_level"], g["deficit"], g["weighted_deficit"],
                 _yes(g["low_confidence"]), g["element_id"], None]
                for g in result["skill_gaps"]]
    else:
        source, columns, name = result["from"]["title"], OCCUPATION_COLUMNS, "skill-gap"
        origin = f"{source} ({result['from']['code']})"
        rows = [[origin, target, g["element_name"], g["from_level"], g["to_level"],
                 g["deficit"], g["importance"], _yes(g["low_confidence"]), g["element_id"],
                 None] for g in result["skill_gaps"]]
    return Table(name=f"{name}-{to['code']}", title=f"Skill gaps: {source} → {to['title']}",
                 columns=columns, rows=rows,
                 metadata={"scale": "LV 0–7", "from": source, "to": f"{to['code']} {to['title']}"})
