"""Proof-of-talent ``cv_analyses``: keep each document whole and its metrics usable.

Upstream stored ``overall_score``, ``likelihood`` and ``recommendation`` as null and the three
counts as 0 (it read them from keys its own result never has). The real values are in
``analysis_results.analysis``; where a top-level value is missing or null (or a count is 0
while the analysis lists items) it is derived here and named in ``derived``:

- ``likelihood`` ← ``analysis.likelihood`` (0–1);
- ``overall_score`` ← ``analysis.cv_feedback.score`` (0–10) × 10, a 0–100 score;
- ``recommendation`` ← the likelihood: **strong ≥ 0.70, moderate ≥ 0.40, weak < 0.40**
  (0.75 is the guide's "strong" example; 0.5, the typical "Exceptional Promise", is moderate);
- ``strengths_count`` ← len(``analysis.strengths``), ``weaknesses_count`` ←
  len(``cv_feedback.weaknesses``), ``evidence_gaps_count`` ← len(``analysis.gaps``).

Error records (``processing_status: "error"``) and failed LLM analyses (``analysis.error``)
keep their message and get no derived metrics: a failed analysis says nothing about the CV.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.store.sync_tables import CvAnalysis
from desktop.sync.mongo import Malformed, iso_utc, object_id_text

COLLECTION = "cv_analyses"
STRONG, MODERATE = 0.70, 0.40


def recommendation_for(likelihood: float) -> str:
    return "strong" if likelihood >= STRONG else "moderate" if likelihood >= MODERATE else "weak"


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _count(value: Any) -> int | None:
    return len(value) if isinstance(value, list) else None


def _object(document: dict[str, Any], key: str) -> dict[str, Any]:
    value = document.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise Malformed(f"{key} is a {type(value).__name__}, not an object")
    return value


def metrics(document: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The six metrics, top-level where stored, else derived; and the derived names."""
    analysis = _object(_object(document, "analysis_results"), "analysis")
    found = analysis.get("cv_feedback")
    feedback: dict[str, Any] = found if isinstance(found, dict) else {}
    failed = document.get("processing_status") == "error" or "error" in analysis
    values: dict[str, Any] = {
        "overall_score": _number(document.get("overall_score")),
        "likelihood": _number(document.get("likelihood")),
        "recommendation": document.get("recommendation") or None,
        "strengths_count": document.get("strengths_count"),
        "weaknesses_count": document.get("weaknesses_count"),
        "evidence_gaps_count": document.get("evidence_gaps_count"),
    }
    if failed:
        return values, []
    score = _number(feedback.get("score"))
    likelihood = _number(analysis.get("likelihood"))
    derived_values: dict[str, Any] = {
        "likelihood": likelihood,
        "overall_score": None if score is None else round(score * 10, 1),
        "strengths_count": _count(analysis.get("strengths")),
        "weaknesses_count": _count(feedback.get("weaknesses")),
        "evidence_gaps_count": _count(analysis.get("gaps")),
    }
    derived = []
    for name, value in derived_values.items():
        stored = values[name]
        missing = stored is None or (name.endswith("_count") and stored == 0 and value)
        if missing and value is not None:
            values[name] = value
            derived.append(name)
    if values["recommendation"] is None and values["likelihood"] is not None:
        values["recommendation"] = recommendation_for(values["likelihood"])
        derived.append("recommendation")
    return values, derived


def parse_analysis(document: dict[str, Any]) -> CvAnalysis:
    """A document → a ``cv_analysis`` row (without the sync's bookkeeping columns)."""
    from bson import json_util

    values, derived = metrics(document)
    analysis = _object(_object(document, "analysis_results"), "analysis")
    error = document.get("error_message") or analysis.get("error")
    count = document.get("document_count")
    return CvAnalysis(object_id_text(document.get("_id")),
            None if document.get("session_id") is None else str(document.get("session_id")),
            document.get("field"), document.get("processing_status"),
            None if error is None else str(error),
            iso_utc(document.get("upload_date")), iso_utc(document.get("completed_at")),
            iso_utc(document.get("created_at")),
            count if isinstance(count, int) and not isinstance(count, bool) else None,
            values["overall_score"], values["likelihood"], values["recommendation"],
            values["strengths_count"], values["weaknesses_count"], values["evidence_gaps_count"],
            json.dumps(derived),
            json_util.dumps(document, json_options=json_util.RELAXED_JSON_OPTIONS))
