"""Import, search and occupation pages over the real release; failed imports keep the old one."""

import pytest

from desktop.domain.errors import BadInput, Cancelled, InvalidArgument, NotFound
from desktop.domain.progress import TaskState
from desktop.services import catalog
from tests.release_files import copy_release, raw_rows


def test_first_start_serves_the_demo_data(services):
    facts = catalog.info(services)
    assert facts.demo is True and facts.release == "demo"
    assert 5 <= facts.occupations <= 12
    assert "Demo data — not O*NET" in catalog.attribution(services)


def test_import_replaces_the_demo_and_names_the_release(services, release_dir):
    report = catalog.import_release(services, release_dir)
    assert report.release == "30.1" and report.occupations == 1016
    facts = catalog.info(services)
    assert facts.demo is False and facts.occupations == 1016
    assert "O*NET 30.1 Database" in catalog.attribution(services)
    assert not services.cache.staging_path().exists()


def test_a_garbled_release_keeps_the_previous_one(release_services, release_dir, tmp_path):
    folder = copy_release(release_dir, tmp_path / "bad")
    (folder / "Occupation Data.txt").write_bytes(b"\x00\x01garbage\xff")
    with pytest.raises(BadInput, match=r"Occupation Data\.txt"):
        catalog.import_release(release_services, folder)
    assert catalog.info(release_services).release == "30.1"
    assert catalog.occupation(release_services, "15-1252.00").title == "Software Developers"
    assert not release_services.cache.staging_path().exists()


def test_a_cancelled_import_keeps_the_previous_one(services, release_dir):
    task = TaskState()
    task.report = lambda done, total, message: task.cancel()
    with pytest.raises(Cancelled):
        catalog.import_release(services, release_dir, task)
    assert catalog.info(services).demo is True


def test_search_finds_titles_and_alternate_titles(release_services):
    found = catalog.search(release_services, "programmer")
    codes = [f.code for f in found]
    assert "15-1251.00" in codes[:3]  # Computer Programmers
    assert any(f.matched != f.title for f in found)  # found through an alternate title


def test_exact_and_prefix_title_matches_come_first(release_services):
    assert catalog.search(release_services, "software developers")[0].code == "15-1252.00"
    assert catalog.search(release_services, "Registered Nurses")[0].code == "29-1141.00"
    first = catalog.search(release_services, "chef")[0]
    assert first.title.lower().startswith("chef")


def test_search_needs_a_positive_limit(release_services):
    with pytest.raises(InvalidArgument):
        catalog.search(release_services, "nurse", 0)


def test_occupation_skills_equal_the_raw_file(release_services, release_dir):
    detail = catalog.occupation(release_services, "15-1252.00")
    assert detail.job_zone == 4
    assert detail.job_zone_reference is not None
    assert detail.job_zone_reference.name.startswith("Job Zone Four")
    raw = {(r["Element ID"], r["Scale ID"]): float(r["Data Value"])
           for r in raw_rows(release_dir / "Skills.txt") if r["O*NET-SOC Code"] == "15-1252.00"}
    assert len(detail.skills) == 35
    for skill in detail.skills:
        assert skill.importance == raw[(skill.element_id, "IM")]
        assert skill.level == raw[(skill.element_id, "LV")]
    programming = next(s for s in detail.skills if s.element_id == "2.B.3.e")
    assert programming.name == "Programming"
    repairing = next(s for s in detail.skills if s.element_id == "2.B.3.l")
    assert repairing.not_relevant is True
    assert any(t.hot for t in detail.technology)


def test_an_occupation_without_ratings_has_empty_tables(release_services):
    detail = catalog.occupation(release_services, "11-1031.00")  # no Skills rows in 30.1
    assert detail.skills == () and detail.knowledge == ()


def test_codes_are_checked(release_services):
    with pytest.raises(InvalidArgument):
        catalog.occupation(release_services, "15-1252")
    with pytest.raises(NotFound):
        catalog.occupation(release_services, "15-1252.09")


def test_level_anchors_explain_levels(release_services):
    anchors = catalog.level_anchors(release_services)
    assert (2, "Understand a television commercial") in anchors["1.A.1.a.1"]


def titles(services, query, n=3):
    return [f.title for f in catalog.search(services, query, n)]


def test_whole_words_abbreviations_and_head_nouns_come_first(release_services):
    assert titles(release_services, "RN", 1) == ["Registered Nurses"]
    assert titles(release_services, "LPN", 1) == [
        "Licensed Practical and Licensed Vocational Nurses"]
    assert titles(release_services, "CNA", 1) == ["Nursing Assistants"]
    assert titles(release_services, "nurse", 1) == ["Registered Nurses"]
    assert titles(release_services, "cook", 1) == ["Cooks, Restaurant"]
    assert titles(release_services, "retail", 1) == ["Retail Salespersons"]


def test_short_words_never_match_inside_words(release_services):
    found = catalog.search(release_services, "rn", 200)
    assert "Furniture Finishers" not in [f.title for f in found]
    assert all(any(w.startswith("rn") for w in f.matched.lower().replace("(", " ").split())
               for f in found)


def test_close_spellings_are_suggested_when_nothing_matches(release_services):
    assert catalog.search(release_services, "pogrammer") == []
    assert catalog.suggestions(release_services, "pogrammer")[0] == "programmer"
    assert catalog.suggestions(release_services, "softwre develper")[0] == "software developer"
    assert catalog.suggestions(release_services, "xqzvt") == []
