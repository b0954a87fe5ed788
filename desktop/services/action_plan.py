"""The client's action plan: compare shortlisted targets, try "what if", gather the report."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from desktop.domain import action_plan
from desktop.domain.errors import InvalidArgument
from desktop.domain.recommend import Client, TopGap, item
from desktop.domain.scoring import TIERS
from desktop.domain.vocabulary import (
    ENGLISH,
    check_language,
    education_name,
    skill_name,
)
from desktop.services import casework, shortlist
from desktop.services.context import Services
from desktop.services.gaps import ClientSummary, rated_row
from desktop.services.profiles import profiles
from desktop.services.recommend import readiness_thresholds, release, thresholds
from desktop.store.clients import Client as ClientRecord

ARTICLES = ("a ", "an ", "un ", "una ", "el ")


@dataclass(frozen=True)
class TargetSummary:
    """One target of the comparison: its tier and fit for the client, and what it asks."""

    code: str
    title: str
    note: str
    tier: str
    fit: float
    match: float
    gap: float
    job_zone: int | None
    job_zone_step: int | None  # target's Job Zone − the current occupation's
    education: str | None
    gaps: int  # key skill gaps
    training: str
    training_time: str | None
    explanation: str
    top_gaps: list[TopGap]  # the recommendation's top gaps


@dataclass(frozen=True)
class Plan:
    client: ClientSummary
    model: str
    ratings: dict[str, int]
    targets: list[TargetSummary]
    skills: list[action_plan.SkillRow]
    unlocks: action_plan.Unlocks


@dataclass(frozen=True)
class ClientWhatIf(action_plan.WhatIf):
    client: ClientSummary
    model: str
    ratings: dict[str, int]


@dataclass(frozen=True)
class KeptScenario:
    label: str
    changes: dict[str, int]
    result: ClientWhatIf


@dataclass(frozen=True)
class Titled:
    code: str
    title: str


@dataclass(frozen=True)
class ChartBar:
    name: str
    required_level: float
    client_level: float


@dataclass(frozen=True)
class Report:
    """What the client's printed plan shows, and nothing else."""

    label: str
    date: str
    current: Titled | None
    targets: list[TargetSummary]
    chart_target: TargetSummary
    chart: list[ChartBar]  # the chart target's most important required skills
    unlocks: list[action_plan.Unlock]
    skill_names: dict[str, str]
    ratings: dict[str, int]
    scenario: KeptScenario | None
    next_steps: str
    release: str
    attribution: str
    language: str = ENGLISH  # the client's: the report's text


def education_text(category: int | None, language: str = ENGLISH) -> str | None:
    """An RL category as a short phrase: 2 → "High-school diploma"."""
    if not category:
        return None
    name = education_name(language, category)
    for article in ARTICLES:
        name = name.removeprefix(article)
    return name[:1].upper() + name[1:]


def _context(services: Services, client_id: int, model: str | None
             ) -> tuple[ClientRecord, Client, action_plan.Rules]:
    client = casework.get_client(services, client_id)
    ratings = casework.get_ratings(services, client_id)
    if not ratings:
        raise InvalidArgument(f"rate at least one skill of {client.label} first")
    rules = action_plan.Rules(model or services.settings.scoring_model, thresholds(services),
                              readiness_thresholds(services))
    return client, Client(ratings, client.current_code, client.education,
                          client.experience_years), rules


def _targets(services: Services, client_id: int, codes: list[str] | None) -> list[str]:
    if codes is None:
        codes = [entry.code for entry in shortlist.shortlist(services, client_id)]
    if len(codes) > shortlist.MAX_TARGETS:
        raise InvalidArgument(f"compare at most {shortlist.MAX_TARGETS} targets at once")
    matrix = profiles(services, "skills")
    unique = list(dict.fromkeys(codes))
    for code in unique:
        rated_row(services, matrix, code)  # InvalidArgument / NotFound, naming the code
    return unique


def compare(services: Services, client_id: int, targets: list[str] | None = None,
            model: str | None = None, language: str = ENGLISH) -> Plan:
    """Skills × targets (the shortlist by default) and what closing each gap unlocks; the
    advice, explanations and skill names in ``language``."""
    check_language(language)
    client, plan_client, rules = _context(services, client_id, model)
    codes = _targets(services, client_id, targets)
    shared = release(services)
    matrix = shared.matrix
    base = action_plan.standing(shared, plan_client, rules)
    rows = [rated_row(services, matrix, code) for code in codes]
    notes = {e.code: e.note for e in shortlist.shortlist(services, client_id)}
    current_zone = _zone(matrix, matrix.row(client.current_code)) \
        if client.current_code else None
    summaries = []
    for code, row in zip(codes, rows, strict=True):
        tier, zone = TIERS[int(base.tier[row])], _zone(matrix, row)
        gaps = int(base.scores.missing[row])
        advice = item(base.ranking, row, tier, language)
        summaries.append(TargetSummary(
            code, matrix.titles[row], notes.get(code, ""), tier, round(float(base.fit[row]), 2),
            round(float(base.match[row]), 2), round(float(base.scores.gap[row]), 2), zone,
            None if zone is None or current_zone is None else zone - current_zone,
            education_text(advice.education, language), gaps, advice.training_suggestion,
            advice.training_time, advice.explanation, advice.top_gaps))
    ratings = plan_client.ratings
    return _named(Plan(ClientSummary.of(client), rules.model, ratings, summaries,
                       action_plan.comparison(matrix, ratings, rows),
                       action_plan.unlocks(shared, plan_client, rules, codes, base=base)),
                  language)


def _named(plan: Plan, language: str) -> Plan:
    """Every skill's name in ``language`` (the release's English stays for English)."""
    if language == ENGLISH:
        return plan

    def named(entry: Any) -> Any:  # a SkillRow, an Unlock or a TopGap
        return replace(entry, name=skill_name(language, entry.element_id, entry.name))

    unlocks = action_plan.Unlocks([named(u) for u in plan.unlocks.shortlist],
                                  [named(u) for u in plan.unlocks.all])
    targets = [replace(t, top_gaps=[named(g) for g in t.top_gaps]) for t in plan.targets]
    return replace(plan, targets=targets, skills=[named(s) for s in plan.skills],
                   unlocks=unlocks)


def _zone(matrix: Any, row: int | None) -> int | None:
    if row is None or math.isnan(matrix.job_zones[row]):
        return None
    return int(matrix.job_zones[row])


def what_if(services: Services, client_id: int, changes: dict[str, Any],
            targets: list[str] | None = None, model: str | None = None) -> ClientWhatIf:
    """The client's tiers under hypothetical ratings (nothing is saved)."""
    client, plan_client, rules = _context(services, client_id, model)
    changes = casework.validate_ratings(services, changes)
    if not changes:
        raise InvalidArgument("a what-if changes at least one rating (--set 2.A.1.a=3)")
    codes = _targets(services, client_id, targets)
    result = action_plan.what_if(release(services), plan_client, changes, rules, codes)
    return ClientWhatIf(result.changes, result.tier_counts, result.moved, result.targets,
                        ClientSummary.of(client), rules.model, plan_client.ratings)


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
           ) -> Report:
    """What the client's printed plan shows, and nothing else: the label (never notes or
    Compass ids), the shortlist, its gaps, the chart target, the kept scenario if chosen;
    in the client's ``language``."""
    from datetime import date

    from desktop.domain.ratings import rating_to_level
    from desktop.services import catalog

    plan = compare(services, client_id, language=language)
    if not plan.targets:
        raise InvalidArgument(f"shortlist at least one target occupation for "
                              f"{plan.client.label} first")
    codes = [t.code for t in plan.targets]
    target = target or codes[0]
    if target not in codes:
        raise InvalidArgument(f"the chart target {target} is not on this client's shortlist")
    column = codes.index(target)
    required = [(row, row.targets[column]) for row in plan.skills
                if row.targets[column].required_level > 0]
    required.sort(key=lambda pair: -(pair[1].importance or 0))
    chart = [ChartBar(row.name, cell.required_level, rating_to_level(row.client_rating or 0))
             for row, cell in required[:CHART_SKILLS]]
    kept = shortlist.kept_scenario(services, client_id) if include_scenario else None
    scenario = None if kept is None else KeptScenario(
        kept.label, kept.changes, what_if(services, client_id, kept.changes))
    current = plan.client.current_code
    matrix = profiles(services, "skills")
    current_row = matrix.row(current) if current else None
    return Report(
        plan.client.label, date.today().isoformat(),
        None if not current else Titled(
            current, matrix.titles[current_row] if current_row is not None else current),
        plan.targets, plan.targets[column], chart, plan.unlocks.shortlist[:3],
        {e: skill_name(language, e, n) for e, n in zip(
            matrix.element_ids, matrix.element_names, strict=True)}, plan.ratings,
        scenario, (next_steps or "").strip(), catalog.release_label(services),
        catalog.attribution(services), language)
