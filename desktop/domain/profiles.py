"""Occupation × element rating matrices: what the scoring, gap and similarity code works on."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np


@dataclass(frozen=True)
class ProfileMatrix:
    """IM/LV values of one domain (skills, knowledge…) for every occupation that has them.

    Rows follow ``codes`` (sorted), columns ``element_ids`` (sorted). Missing values are NaN;
    flags are False where absent.
    """

    domain: str
    codes: list[str]
    titles: list[str]
    job_zones: np.ndarray  # float, NaN where the occupation has no Job Zone
    element_ids: list[str]
    element_names: list[str]
    importance: np.ndarray  # IM, 1–5
    level: np.ndarray  # LV, 0–7
    not_relevant: np.ndarray  # bool, from the LV row
    importance_suppressed: np.ndarray  # bool
    level_suppressed: np.ndarray  # bool
    _row_of: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._row_of.update({code: i for i, code in enumerate(self.codes)})

    def row(self, code: str) -> int | None:
        return self._row_of.get(code)

    def levels(self, code: str) -> dict[str, float]:
        """An occupation's published LV per element (Not Relevant as 0); {} if none."""
        row = self.row(code)
        if row is None:
            return {}
        values = np.where(self.not_relevant[row], 0.0, self.level[row])
        return {e: float(v) for e, v in zip(self.element_ids, values, strict=True) if v == v}

    def column(self, element_id: str) -> int:
        return self.element_ids.index(element_id)

    def __len__(self) -> int:
        return len(self.codes)
