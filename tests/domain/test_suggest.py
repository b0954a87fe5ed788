"""Timelines, experience weights and the weighted suggestion, on hand-made inputs."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.crosswalk import Candidate, Resolution
from desktop.domain.ratings import level_to_rating
from desktop.domain.suggest import Experience, current_occupation, span_text, suggest, when

TODAY = date(2025, 7, 2)


def linked(title: str, start: str | None, end: str | None, code: str, confidence: float = 1.0,
           work_type: str | None = None) -> Experience:
    candidate = Candidate(code, code.upper(), confidence, "test")
    return Experience(title, title, start, end, work_type,
                      [(title, Resolution("uuid", (candidate,), "matched"))])


@pytest.mark.parametrize(("text", "year"), [("2019", 2019.5), ("03-2020", 2020 + 2.5 / 12),
                                            ("2020/01", 2020 + 0.5 / 12), ("verano", None),
                                            (None, None), ("13-2020", 2020.5)])
def test_free_form_timeline_values(text, year):
    assert when(text) == (None if year is None else pytest.approx(year))


def test_spans_in_words():
    assert span_text("2019", "2022") == "2019–2022"
    assert span_text("03-2014", "11-2014") == "2014"
    assert span_text("2022/03", None) == "2022–now"
    assert span_text("", "") == "dates unknown"


def test_recent_long_paid_work_outweighs_old_short_and_trainee_work():
    recent = linked("recent", "2019", None, "a")
    old = linked("old", "2001", "2004", "b")
    trainee = linked("trainee", "2019", None, "c", work_type="FORMAL_SECTOR_UNPAID_TRAINEE_WORK")
    levels = {"a": {"s": 7.0}, "b": {"s": 0.0}, "c": {"s": 0.0}}
    [skill] = suggest([recent, old, trainee], levels, [("s", "Skill")], TODAY)
    assert trainee.weight == pytest.approx(recent.weight / 2)
    assert old.weight < recent.weight / 4
    assert [p.experience for p in skill.provenance] == ["recent", "trainee", "old"]
    share = recent.weight / (recent.weight + old.weight + trainee.weight)
    assert skill.level == pytest.approx(7.0 * share)
    assert skill.rating == level_to_rating(skill.level) == 3  # the prefill mapping


def test_low_confidence_links_count_less_and_unrated_matches_are_named():
    sure = linked("sure", "2020", "2022", "a", confidence=1.0)
    unsure = linked("unsure", "2020", "2022", "b", confidence=0.25)
    unrated = linked("unrated", "2020", "2022", "zz")
    [skill] = suggest([sure, unsure, unrated], {"a": {"s": 4.0}, "b": {"s": 0.0}},
                      [("s", "Skill")], TODAY)
    assert skill.level == pytest.approx(4.0 * 1 / 1.25)
    assert skill.confidence == pytest.approx((1 * 1 + 0.25 * 0.25) / 1.25)
    assert unrated.chosen is None
    assert unrated.notes == ["no skill ratings in this release for zz",
                             "no candidate occupation has skill ratings: not used"]


def test_current_occupation_is_the_most_recent_then_the_longest():
    ongoing_short = linked("ongoing", "2025", None, "a")
    ended = linked("ended", "2010", "2024", "b")
    also_ongoing_longer = linked("longer", "2015", None, "c")
    suggest([ongoing_short, ended, also_ongoing_longer], {k: {"s": 1.0} for k in "abc"},
            [("s", "Skill")], TODAY)
    first, others = current_occupation([ongoing_short, ended, also_ongoing_longer], TODAY)
    assert first is also_ongoing_longer
    assert [e.title for e in others] == ["ongoing", "ended"]


@pytest.mark.parametrize(("label", "skill_type", "elements"), [
    ("atender a los clientes", "skill/competence", ["2.B.1.f"]),
    ("supervisar al personal", "skill/competence", ["2.B.5.d"]),
    ("gestionar existencias", "", ["2.B.5.c"]),
    ("manage stock", "skill/competence", ["2.B.5.c"]),
    ("speak Spanish", "language", []),
    ("cuidar niños", "skill/competence", []),  # no defensible O*NET counterpart
    ("already prepared", "", []),  # "read" only at a word's start
])
def test_compass_skills_support_o_net_skills_only_by_a_named_term(label, skill_type, elements):
    from desktop.domain.evidence import supported_skills

    assert supported_skills(label, skill_type) == elements
