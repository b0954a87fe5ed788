"""Load a ``ProfileMatrix`` from the cache with one query."""

from __future__ import annotations

import numpy as np
from sqlalchemy import text
from sqlalchemy.engine import Connection

from desktop.domain.profiles import ProfileMatrix

_QUERY = text("""
SELECT r.code, o.title, z.job_zone, r.element_id, coalesce(e.name, r.element_id),
       r.scale_id, r.data_value, r.recommend_suppress, r.not_relevant
FROM element_rating r
JOIN occupation o ON o.code = r.code
LEFT JOIN job_zone z ON z.code = r.code
LEFT JOIN element e ON e.element_id = r.element_id
WHERE r.domain = :domain AND r.scale_id IN ('IM', 'LV')
""")


ARRAYS = ("codes", "titles", "job_zones", "element_ids", "element_names", "importance",
          "level", "not_relevant", "importance_suppressed", "level_suppressed")


def to_arrays(matrix: ProfileMatrix) -> dict[str, np.ndarray]:
    """The matrix as named arrays (saved with ``recommend_inputs.save_arrays``)."""
    return {name: np.asarray(getattr(matrix, name)) for name in ARRAYS}


def from_arrays(domain: str, arrays: dict[str, np.ndarray]) -> ProfileMatrix:
    return ProfileMatrix(
        domain=domain, codes=arrays["codes"].tolist(), titles=arrays["titles"].tolist(),
        job_zones=arrays["job_zones"], element_ids=arrays["element_ids"].tolist(),
        element_names=arrays["element_names"].tolist(), importance=arrays["importance"],
        level=arrays["level"], not_relevant=arrays["not_relevant"],
        importance_suppressed=arrays["importance_suppressed"],
        level_suppressed=arrays["level_suppressed"])


def load_profiles(db: Connection, domain: str = "skills") -> ProfileMatrix:
    rows = db.execute(_QUERY, {"domain": domain}).all()
    occupations = sorted({(r[0], r[1], r[2]) for r in rows})
    elements = sorted({(r[3], r[4]) for r in rows})
    row_of = {code: i for i, (code, _, _) in enumerate(occupations)}
    col_of = {element_id: j for j, (element_id, _) in enumerate(elements)}
    shape = (len(occupations), len(elements))
    importance = np.full(shape, np.nan)
    level = np.full(shape, np.nan)
    not_relevant = np.zeros(shape, dtype=bool)
    importance_suppressed = np.zeros(shape, dtype=bool)
    level_suppressed = np.zeros(shape, dtype=bool)
    for code, _, _, element_id, _, scale, value, suppress, irrelevant in rows:
        i, j = row_of[code], col_of[element_id]
        if scale == "IM":
            importance[i, j] = np.nan if value is None else value
            importance_suppressed[i, j] = bool(suppress)
        else:
            level[i, j] = np.nan if value is None else value
            level_suppressed[i, j] = bool(suppress)
            not_relevant[i, j] = bool(irrelevant)
    return ProfileMatrix(
        domain=domain,
        codes=[c for c, _, _ in occupations],
        titles=[t for _, t, _ in occupations],
        job_zones=np.array([np.nan if z is None else z for _, _, z in occupations], dtype=float),
        element_ids=[e for e, _ in elements],
        element_names=[n for _, n in elements],
        importance=importance, level=level, not_relevant=not_relevant,
        importance_suppressed=importance_suppressed, level_suppressed=level_suppressed)
