"""Analytics over CV analyses and Compass skills: rates, series, histograms, one analysis.

Inputs are the small grouped rows the store aggregates; nothing here sees raw records.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import numpy as np

UNRATED = "unrated"  # completed analyses whose recommendation could not be derived
UNKNOWN_FIELD = "unknown"
RECOMMENDATION_ORDER = ("strong", "moderate", "weak")
SEVERITY_ORDER = ("critical", "high", "medium", "low")
WEEKLY_AFTER_DAYS = 180  # longer spans are shown per week
ROLLING = {"day": 7, "week": 4}  # the trend: a trailing rolling mean over this many bins


def normalise_label(label: str | None) -> str:
    """A skill label as a grouping key: case and spacing do not make another skill."""
    return " ".join((label or "").casefold().split())


def success_rate(completed: int, total: int) -> float:
    """Completed as a percentage of all analyses, to 2 decimals (0 when there are none, as
    upstream; the page shows "—" then)."""
    return round(completed * 100 / total, 2) if total else 0.0


def rounded(value: float | None, digits: int) -> float | None:
    return None if value is None else round(float(value), digits)


@dataclass(frozen=True, slots=True)
class RecommendationCount:
    recommendation: str  # strong | moderate | weak | another label | unrated
    count: int


def recommendation_rows(groups: Sequence[tuple[str | None, int]]
                        ) -> list[RecommendationCount]:
    """strong, moderate, weak first, then any other label, then the unrated."""
    def order(row: tuple[str | None, int]) -> tuple[int, str]:
        label = row[0]
        if label in RECOMMENDATION_ORDER:
            return RECOMMENDATION_ORDER.index(label), ""
        return (len(RECOMMENDATION_ORDER) + (label is None), label or "")

    return [RecommendationCount(label if label is not None else UNRATED, count)
            for label, count in sorted(groups, key=order)]


def histogram(bin_counts: Sequence[tuple[int, int]], bins: int) -> np.ndarray:
    """Dense counts per bin from (bin, count) pairs; empty bins are 0."""
    counts = np.zeros(bins, dtype=np.int64)
    for index, count in bin_counts:
        counts[int(index)] = count
    return counts


@dataclass(frozen=True, slots=True)
class Series:
    """Counts per day or week with no gaps, and their trend."""

    unit: str  # day | week
    window: int  # bins in the trend's rolling mean
    starts: list[date]  # the first day of each bin
    counts: np.ndarray
    trend: np.ndarray


def daily_series(per_day: Sequence[tuple[str, int]]) -> Series:
    """Counts per day (or per week, ending on the last day, over long spans) with no gaps,
    and the trend: a trailing rolling mean over ``ROLLING[unit]`` bins of the observed
    period (fewer at its start), so a gap shows as the drop it is and nothing is
    extrapolated."""
    if not per_day:
        return Series("day", ROLLING["day"], [], np.zeros(0), np.zeros(0))
    first = date.fromisoformat(per_day[0][0])
    offsets = np.array([(date.fromisoformat(d) - first).days for d, _ in per_day])
    values = np.array([c for _, c in per_day], dtype=np.int64)
    unit, width = ("week", 7) if offsets[-1] >= WEEKLY_AFTER_DAYS else ("day", 1)
    back = (offsets[-1] - offsets) // width  # buckets end on the last day: it is complete
    counts = np.bincount(back.max() - back, weights=values).astype(np.int64)
    x = np.arange(len(counts))
    last = first + timedelta(days=int(offsets[-1]))
    starts = [last - timedelta(days=int(len(counts) - 1 - i) * width + width - 1) for i in x]
    return Series(unit, ROLLING[unit], starts, counts, rolling_mean(counts, ROLLING[unit]))


def rolling_mean(values: np.ndarray, window: int) -> np.ndarray:
    """Mean of each value and the ``window - 1`` before it (fewer at the start)."""
    sums = np.cumsum(np.concatenate(([0.0], values.astype(float))))
    ends = np.arange(1, len(values) + 1)
    starts = np.maximum(ends - window, 0)
    means: np.ndarray = (sums[ends] - sums[starts]) / (ends - starts)
    return means


@dataclass(frozen=True, slots=True)
class AnalysisGap:
    type: str
    severity: str  # critical | high | medium | low | "" (unrated)
    description: str
    recommendation: str


@dataclass(frozen=True, slots=True)
class Milestone:
    title: str
    description: str
    duration_weeks: int | None
    priority: str


@dataclass(frozen=True, slots=True)
class AnalysisDetail:
    """What a counsellor reads about one analysis."""

    assessment_level: str | None
    overall_assessment: str | None
    strengths: list[str]
    weaknesses: list[str]  # the CV feedback's
    gaps: list[AnalysisGap]  # the most severe first
    next_steps: list[str]
    milestones: list[Milestone]  # the roadmap
    total_weeks: int | None
    error: str | None


def _texts(values: Any) -> list[str]:
    return [v for v in values or [] if isinstance(v, str)]


def analysis_detail(document: dict[str, Any]) -> AnalysisDetail:
    """One analysis from its (plain JSON) document; missing or malformed parts are empty."""
    results = document.get("analysis_results") or {}
    analysis = results.get("analysis") or {}
    roadmap = results.get("roadmap") or {}
    gaps = sorted(
        (g for g in analysis.get("gaps") or [] if isinstance(g, dict)),
        key=lambda g: SEVERITY_ORDER.index(g["severity"])
        if g.get("severity") in SEVERITY_ORDER else len(SEVERITY_ORDER))
    return AnalysisDetail(
        assessment_level=analysis.get("assessment_level"),
        overall_assessment=analysis.get("overall_assessment"),
        strengths=_texts(analysis.get("strengths")),
        weaknesses=_texts((analysis.get("cv_feedback") or {}).get("weaknesses")),
        gaps=[AnalysisGap(g.get("type") or "", g.get("severity") or "",
                          g.get("description") or "", g.get("recommendation") or "")
              for g in gaps],
        next_steps=_texts(analysis.get("next_steps")),
        milestones=[Milestone(m.get("title") or "", m.get("description") or "",
                              m.get("duration_weeks"), m.get("priority") or "")
                    for m in roadmap.get("milestones") or [] if isinstance(m, dict)],
        total_weeks=roadmap.get("total_weeks"),
        error=document.get("error_message") or analysis.get("error"))
