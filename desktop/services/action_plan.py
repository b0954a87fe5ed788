"""The client's action plan: compare shortlisted targets, try "what if", gather the report."""

from __future__ import annotations

import math
from typing import Any

from desktop.domain import action_plan
from desktop.domain.errors import InvalidArgument
from desktop.domain.recommend import Client, item
from desktop.domain.scoring import TIERS
from desktop.domain.vocabulary import (
    ENGLISH,
    check_language,
    education_name,
    name_skills,
    skill_name,
)
from desktop.services import casework, shortlist
from desktop.services.context import Services
from desktop.services.gaps import rated_row
from desktop.services.profiles import profiles
from desktop.services.recommend import readiness_thresholds, release, thresholds

ARTICLES = ("a ", "an ", "un ", "una ", "el ")


def education_text(category: int | None, language: str = ENGLISH) -> str | None:
    """An RL category as a short phrase: 2 → "High-school diploma"."""
    if not category:
        return None
    name = education_name(language, category)
    for article in ARTICLES:
        name = name.removeprefix(article)
    return name[:1].upper() + name[1:]


def _context(services: Services, client_id: int, model: str | None
             ) -> tuple[dict[str, Any], Client, action_plan.Rules]:
    client = casework.get_client(services, client_id)
    ratings = casework.get_ratings(services, client_id)
    if not ratings:
        raise InvalidArgument(f"rate at least one skill of {client['label']} first")
    rules = action_plan.Rules(model or services.settings.scoring_model, thresholds(services),
                              readiness_thresholds(services))
    return client, Client(ratings, client["current_code"], client["education"],
                          client["experience_years"]), rules


def _targets(services: Services, client_id: int, codes: list[str] | None) -> list[str]:
    if codes is None:
        codes = [entry["code"] for entry in shortlist.shortlist(services, client_id)]
    if len(codes) > shortlist.MAX_TARGETS:
        raise InvalidArgument(f"compare at most {shortlist.MAX_TARGETS} targets at once")
    matrix = profiles(services, "skills")
    unique = list(dict.fromkeys(codes))
    for code in unique:
        rated_row(services, matrix, code)  # InvalidArgument / NotFound, naming the code
    return unique


def compare(services: Services, client_id: int, targets: list[str] | None = None,
            model: str | None = None, language: str = ENGLISH) -> dict[str, Any]:
    """Skills × targets (the shortlist by default) and what closing each gap unlocks; the
    advice, explanations and skill names in ``language``."""
    check_language(language)
    client, plan_client, rules = _context(services, client_id, model)
    codes = _targets(services, client_id, targets)
    shared = release(services)
    matrix = shared.matrix
    base = action_plan.standing(shared, plan_client, rules)
    rows = [matrix.row(code) for code in codes]
    notes = {e["code"]: e["note"] for e in shortlist.shortlist(services, client_id)}
    current_zone = _zone(matrix, matrix.row(client["current_code"])) \
        if client["current_code"] else None
    summaries = []
    for code, row in zip(codes, rows, strict=True):
        tier, zone = TIERS[int(base.tier[row])], _zone(matrix, row)
        gaps = int(base.scores.missing[row])
        advice = item(base.ranking, row, tier, language)
        summaries.append({
            "code": code, "title": matrix.titles[row], "note": notes.get(code, ""),
            "tier": tier, "fit": round(float(base.fit[row]), 2),
            "match": round(float(base.match[row]), 2),
            "gap": round(float(base.scores.gap[row]), 2), "job_zone": zone,
            "job_zone_step": None if zone is None or current_zone is None
            else zone - current_zone,
            "education": education_text(advice.get("education"), language), "gaps": gaps,
            "training": advice["training_suggestion"],
            "training_time": advice.get("training_time"),
            "explanation": advice["explanation"], "top_gaps": advice["top_gaps"]})
    ratings = plan_client.ratings
    return _named({"client": _summary(client), "model": rules.model, "ratings": ratings,
                   "targets": summaries, "skills": action_plan.comparison(matrix, ratings, rows),
                   "unlocks": action_plan.unlocks(shared, plan_client, rules, codes, base=base)},
                  language)


def _named(plan: dict[str, Any], language: str) -> dict[str, Any]:
    """Every skill's name in ``language`` (the release's English stays for English)."""
    name_skills([g for t in plan["targets"] for g in t["top_gaps"]] + plan["skills"]
                + [u for group in plan["unlocks"].values() for u in group], language)
    return plan


def _zone(matrix: Any, row: int | None) -> int | None:
    if row is None or math.isnan(matrix.job_zones[row]):
        return None
    return int(matrix.job_zones[row])


def _summary(client: dict[str, Any]) -> dict[str, Any]:
    """What a plan may show of a client: never notes or Compass ids."""
    return {key: client[key] for key in ("id", "label", "current_code")}


def what_if(services: Services, client_id: int, changes: dict[str, Any],
            targets: list[str] | None = None, model: str | None = None) -> dict[str, Any]:
    """The client's tiers under hypothetical ratings (nothing is saved)."""
    client, plan_client, rules = _context(services, client_id, model)
    changes = casework.validate_ratings(services, changes)
    if not changes:
        raise InvalidArgument("a what-if changes at least one rating (--set 2.A.1.a=3)")
    codes = _targets(services, client_id, targets)
    result = action_plan.what_if(release(services), plan_client, changes, rules, codes)
    return dict(result, client=_summary(client), model=rules.model, ratings=plan_client.ratings)


def parse_changes(pairs: list[str]) -> dict[str, int]:
    """``["2.A.1.a=3", …]`` → {"2.A.1.a": 3}; InvalidArgument naming a malformed pair."""
    changes = {}
    for pair in pairs:
        element, _, value = pair.partition("=")
        if not value.strip().isdigit():
            raise InvalidArgument(f"--set wants ELEMENT=RATING (0–4), not '{pair}'")
        changes[element.strip()] = int(value)
    return changes


CHART_SKILLS = 16


def report(services: Services, client_id: int, target: str | None = None,
           include_scenario: bool = True, next_steps: str = "", language: str = ENGLISH
           ) -> dict[str, Any]:
    """What the client's printed plan shows, and nothing else: the label (never notes or
    Compass ids), the shortlist, its gaps, the chart target, the kept scenario if chosen;
    in the client's ``language``."""
    from datetime import date

    from desktop.domain.action_plan import rating_needed
    from desktop.domain.ratings import rating_to_level
    from desktop.services import catalog

    plan = compare(services, client_id, language=language)
    if not plan["targets"]:
        raise InvalidArgument(f"shortlist at least one target occupation for "
                              f"{plan['client']['label']} first")
    codes = [t["code"] for t in plan["targets"]]
    target = target or codes[0]
    if target not in codes:
        raise InvalidArgument(f"the chart target {target} is not on this client's shortlist")
    column = codes.index(target)
    required = [(row, row["targets"][column]) for row in plan["skills"]
                if row["targets"][column]["required_level"] > 0]
    required.sort(key=lambda pair: -(pair[1]["importance"] or 0))
    chart = [{"name": row["name"], "required_level": cell["required_level"],
              "client_level": rating_to_level(row["client_rating"] or 0)}
             for row, cell in required[:CHART_SKILLS]]
    for entry in plan["targets"]:
        for gap in entry["top_gaps"]:
            gap["rating_needed"] = rating_needed(gap["level"] or 0)
    scenario = shortlist.kept_scenario(services, client_id) if include_scenario else None
    if scenario is not None:
        scenario["result"] = what_if(services, client_id, scenario["changes"])
    current = plan["client"]["current_code"]
    matrix = profiles(services, "skills")
    current_row = matrix.row(current) if current else None
    return {"label": plan["client"]["label"], "date": date.today().isoformat(),
            "current": None if not current else {
                "code": current,
                "title": matrix.titles[current_row] if current_row is not None else current},
            "targets": plan["targets"], "chart_target": plan["targets"][column],
            "chart": chart, "unlocks": plan["unlocks"]["shortlist"][:3],
            "skill_names": {e: skill_name(language, e, n) for e, n in zip(
                matrix.element_ids, matrix.element_names, strict=True)},
            "ratings": plan["ratings"], "scenario": scenario,
            "next_steps": (next_steps or "").strip(),
            "release": catalog.release_label(services), "language": language,
            "attribution": catalog.attribution(services)}
