"""Suggested 0–4 ratings and a current occupation from a job seeker's Compass experiences.

Each experience counts with a weight: its length in years (¼ to 10; 1 when the dates cannot
be read), halved every ``HALF_LIFE`` years since it ended (ongoing: 0), and halved again for
unpaid or trainee work. Its O*NET occupation is the most confident crosswalk candidate that
has skill ratings in the imported release. A skill's suggested level is the mean of those
occupations' levels (Level scale, Not Relevant = 0) weighted by experience weight ×
candidate confidence, turned into a rating exactly as a prefill does (``level_to_rating``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from desktop.domain.crosswalk import Candidate, Resolution
from desktop.domain.ratings import level_to_rating

HALF_LIFE = 8.0  # years
WORK_TYPE_WEIGHT = {"FORMAL_SECTOR_UNPAID_TRAINEE_WORK": 0.5, "UNSEEN_UNPAID": 0.5}
WORK_TYPE_WORDS = {"FORMAL_SECTOR_WAGED_EMPLOYMENT": "waged employment",
                   "FORMAL_SECTOR_UNPAID_TRAINEE_WORK": "unpaid trainee work",
                   "SELF_EMPLOYMENT": "self-employment", "UNSEEN_UNPAID": "unpaid work"}
_DATE = re.compile(r"(?:(\d{1,2})\D)?((?:19|20)\d\d)(?:\D(\d{1,2}))?")


def when(text: str | None) -> float | None:
    """A free-form timeline value ("2019", "03-2020", "2020/01") as a fractional year
    (mid-month, or mid-year without a month); None if there is no year in it."""
    found = _DATE.search(text or "")
    if found is None:
        return None
    month = next((int(m) for m in (found.group(1), found.group(3)) if m and 1 <= int(m) <= 12),
                 None)
    year = int(found.group(2))
    return year + 0.5 if month is None else year + (month - 0.5) / 12


def span_text(start: str | None, end: str | None) -> str:
    first, last = when(start), when(end)
    if first is None and last is None:
        return "dates unknown"
    if first is not None and last is not None and int(first) == int(last):
        return str(int(first))
    return f"{int(first) if first else '?'}–{int(last) if last else 'now'}"


@dataclass
class Experience:
    uuid: str
    title: str
    start: str | None
    end: str | None
    work_type: str | None
    occupations: list[tuple[str, Resolution]]  # (ESCO label as stored, resolution)
    chosen: Candidate | None = None  # the O*NET occupation used
    notes: list[str] = field(default_factory=list)
    weight: float = 0.0

    @property
    def span(self) -> str:
        return span_text(self.start, self.end)

    def years(self, today: float) -> tuple[float | None, float]:
        """(length in years or None, years since it ended)."""
        first, last = when(self.start), when(self.end)
        end = today if last is None else last
        length = None if first is None or end < first else end - first
        return length, max(0.0, today - end)


def weigh(experience: Experience, today: float) -> float:
    length, ago = experience.years(today)
    if length is None:
        experience.notes.append("dates unreadable: counted as one year")
    span = min(10.0, max(0.25, 1.0 if length is None else length))
    decay: float = 0.5 ** (ago / HALF_LIFE)
    return span * decay * WORK_TYPE_WEIGHT.get(experience.work_type or "", 1)


def choose(experience: Experience, rated: set[str]) -> Candidate | None:
    """The most confident candidate with skill ratings; a note for each thing skipped."""
    if not experience.occupations:
        experience.notes.append("no ESCO occupation linked by Compass: not used")
        return None
    candidates: list[Candidate] = []
    for label, resolution in experience.occupations:
        if not resolution.candidates:
            experience.notes.append(f"‘{label}’: {resolution.note}")
        candidates += resolution.candidates
    unrated = sorted({c.code for c in candidates if c.code not in rated})
    if unrated:
        experience.notes.append(f"no skill ratings in this release for {', '.join(unrated)}")
    usable = sorted((c for c in candidates if c.code in rated), key=lambda c: -c.confidence)
    if not usable and candidates:
        experience.notes.append("no candidate occupation has skill ratings: not used")
    return usable[0] if usable else None


@dataclass(frozen=True, slots=True)
class Provenance:
    """An experience's part in a suggested rating."""

    experience: str
    span: str
    code: str  # its O*NET occupation
    title: str
    level: float  # that occupation's LV for the skill
    share: float  # of the weight, 0–1


@dataclass
class SkillSuggestion:
    element_id: str
    name: str
    rating: int
    level: float
    confidence: float
    provenance: list[Provenance]  # the largest share first

    @property
    def provenance_text(self) -> str:
        return "from: " + "; ".join(
            f"{p.experience}, {p.span} → {p.title} ({p.share:.0%})" for p in self.provenance)


def fractional_year(day: date) -> float:
    return day.year + (day.timetuple().tm_yday - 0.5) / 366


def suggest(experiences: Sequence[Experience], levels: Mapping[str, Mapping[str, float]],
            skills: Sequence[tuple[str, str]], today: date) -> list[SkillSuggestion]:
    """``levels``: O*NET code → element id → LV (Not Relevant as 0); ``skills``: the 35
    (element id, name). Fills each experience's ``chosen``, ``weight`` and ``notes``."""
    now = fractional_year(today)
    used: list[tuple[Experience, Candidate, float]] = []
    for experience in experiences:
        experience.chosen = choose(experience, set(levels))
        experience.weight = weigh(experience, now)
        if experience.chosen is not None:
            used.append((experience, experience.chosen,
                         experience.weight * experience.chosen.confidence))
    found = []
    for element_id, name in skills:
        parts = [(e, c, w, levels[c.code][element_id]) for e, c, w in used
                 if element_id in levels[c.code]]
        weights = sum(w for _, _, w, _ in parts)
        if weights <= 0:
            continue
        level = sum(w * lv for _, _, w, lv in parts) / weights
        confidence = sum(w * c.confidence for _, c, w, _ in parts) / weights
        provenance = [Provenance(e.title or "(untitled)", e.span, c.code, c.title, round(lv, 2),
                                 round(w / weights, 3))
                      for e, c, w, lv in sorted(parts, key=lambda p: -p[2])]
        found.append(SkillSuggestion(element_id, name, level_to_rating(level), level,
                                     confidence, provenance))
    return found


def current_occupation(experiences: Sequence[Experience], today: date
                       ) -> tuple[Experience | None, list[Experience]]:
    """The experience whose occupation is suggested as current — the most recent (ongoing
    first), then the longest — and the others with an occupation, in that order."""
    now = fractional_year(today)
    linked = [e for e in experiences if e.chosen is not None]

    def key(experience: Experience) -> tuple[float, float]:
        length, ago = experience.years(now)
        return (ago, -(length or 0.0))

    ordered = sorted(linked, key=key)
    return (ordered[0] if ordered else None), ordered[1:]
