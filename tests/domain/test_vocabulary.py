"""The Spanish counselling vocabulary: complete for the release, same parameters as English."""

from __future__ import annotations

import pytest

from desktop.domain import vocabulary as v
from desktop.domain.errors import InvalidArgument
from desktop.domain.ratings import RATING_LABELS
from desktop.domain.readiness import EDUCATION_NAMES
from desktop.domain.scoring import TIERS
from desktop.store.catalog import JobZoneReference
from tests.release_files import raw_rows

SPANISH = v.catalogue(v.SPANISH)
ENGLISH = v.catalogue(v.ENGLISH)


def test_the_spanish_catalogue_names_the_release_it_was_checked_against() -> None:
    assert SPANISH["checked_against"] == "O*NET 30.1 Database, December 2025 Release"


def test_every_skill_of_the_release_has_a_spanish_name_description_and_anchors(
        release_dir) -> None:
    skills = {r["Element ID"]: r["Element Name"] for r in raw_rows(release_dir / "Skills.txt")}
    anchors: dict[str, set[str]] = {}
    for r in raw_rows(release_dir / "Level Scale Anchors.txt"):
        if r["Element ID"] in skills:
            anchors.setdefault(r["Element ID"], set()).add(str(int(float(r["Anchor Value"]))))
    assert len(skills) == 35
    assert set(SPANISH["skills"]) == set(skills)
    for element_id, name in skills.items():
        entry = SPANISH["skills"][element_id]
        assert entry["name"] and entry["name"] != name, element_id
        assert entry["description"].endswith("."), element_id
        assert set(entry["anchors"]) == anchors[element_id], element_id


def test_every_job_zone_rating_tier_and_education_level_has_spanish_words() -> None:
    for zone in "12345":
        assert all(SPANISH["job_zones"][zone][f] for f in v.JOB_ZONE_FIELDS)
    assert set(SPANISH["ratings"]) == {str(r) for r in RATING_LABELS}
    assert all(e["word"] and e["meaning"] for e in SPANISH["ratings"].values())
    assert set(ENGLISH["ratings"]) == set(SPANISH["ratings"])
    assert set(SPANISH["tiers"]) == set(ENGLISH["tiers"]) == set(TIERS)
    assert set(SPANISH["education"]) == {str(c) for c in EDUCATION_NAMES}


def test_every_message_has_a_spanish_template_with_the_same_parameters() -> None:
    assert set(SPANISH["messages"]) == set(ENGLISH["messages"])
    for id, template in ENGLISH["messages"].items():
        spanish = SPANISH["messages"][id]
        assert isinstance(spanish, dict) == isinstance(template, dict), id
        assert v.fields(spanish) == v.fields(template), id
        if isinstance(template, dict):
            assert set(spanish) == set(template) == {"one", "other"}, id


def test_messages_render_words_numbers_and_plurals_per_language() -> None:
    steps = v.join([v.message("advice.experience", years=v.message("duration.years", n=1.5)),
                    v.message("advice.practice", skills=v.join(
                        [v.skill("2.B.1.c", "Persuasion"), v.skill("9.Z.9", "Newer Skill")]))],
                   "; ")
    needs = v.message("advice.needs", steps=steps)
    assert needs.render() == ("Needs 1.5 years more of related work experience; practice or "
                              "short courses in Persuasion, Newer Skill.")
    assert needs.render("es") == ("Necesita 1,5 años más de experiencia laboral relacionada; "
                                  "práctica o cursos cortos de Persuasión, Newer Skill.")
    assert v.message("gaps.key", n=1).render("es") == "1 brecha clave de habilidades"
    assert v.message("gaps.key", n=3).render() == "3 key skill gaps"
    assert v.rating_text("es", 2) == "2 intermedio" and v.rating_text("en", 2) == "2 working"
    assert v.tier_name("es", "long_reskill") == "Reconversión larga"


def test_anchors_and_job_zones_fall_back_to_what_the_release_publishes() -> None:
    published = [(2, "Take a customer's order"), (5, "An anchor added by a later release")]
    assert v.anchors("es", "2.A.1.b", published) == [
        (2, "Tomar el pedido de un cliente"), (5, "An anchor added by a later release")]
    assert v.anchors("en", "2.A.1.b", published) == published
    reference = JobZoneReference(2, "Job Zone Two", "E", "Ed", "T", "X", None)
    assert v.job_zone("en", reference) == reference
    spanish = v.job_zone("es", reference)
    assert spanish.name == "Zona laboral 2: algo de preparación"
    assert spanish.examples == "X" and spanish.education != "Ed"
    assert v.describe_level(3.5, [(2, "a"), (4, "b")], "es") == \
        "al menos nivel 2: a; por debajo del nivel 4: b"


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(InvalidArgument, match="unknown language 'fr'"):
        v.text("fr", "time.none")


def test_a_cached_message_renders_each_number_as_its_own_type() -> None:
    """Rendered messages are cached by value, and 2 == 2.0 in Python."""
    assert v.text(v.ENGLISH, "gaps.count", n=2.0) == "2.0 skill gaps"
    assert v.text(v.ENGLISH, "gaps.count", n=2) == "2 skill gaps"
    assert v.text(v.SPANISH, "gaps.count", n=2.5) != v.text(v.SPANISH, "gaps.count", n=2)
