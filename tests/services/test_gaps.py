"""Occupation → occupation gaps on the real 30.1 release, against the raw Skills.txt."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from desktop.domain.errors import InvalidArgument, NotFound
from desktop.services import gaps

PAIRS = [("35-2014.00", "35-1011.00"), ("15-1252.00", "11-3021.00"),
         ("29-2061.00", "29-1141.00"), ("47-2111.00", "17-2071.00"), ("53-3032.00", "43-5011.00")]


def raw_skills(release_dir: Path) -> dict[str, dict[str, dict[str, str]]]:
    """code -> element_id -> {"name", "IM", "LV", "NR"} straight from the text file."""
    table: dict[str, dict[str, dict[str, str]]] = {}
    with (release_dir / "Skills.txt").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            item = table.setdefault(row["O*NET-SOC Code"], {}).setdefault(
                row["Element ID"], {"name": row["Element Name"]})
            item[row["Scale ID"]] = row["Data Value"]
            if row["Scale ID"] == "LV":
                item["NR"] = row["Not Relevant"]
    return table


def expected_gaps(table, source: str, target: str) -> list[tuple]:
    def needed(item):  # the level an occupation needs: 0 when Not Relevant
        return 0.0 if item["NR"] == "Y" else float(item["LV"])

    found = []
    for element_id, item in table[target].items():
        to_level, from_level = needed(item), needed(table[source][element_id])
        if to_level > 0 and from_level < to_level:
            found.append((round(to_level - from_level, 2), float(item["IM"]), element_id,
                          from_level, to_level))
    found.sort(key=lambda g: (-g[0], -g[1], g[2]))
    return [(e, f, t, im) for _, im, e, f, t in found]


@pytest.fixture(scope="module")
def skills_file(release_dir: Path):
    return raw_skills(release_dir)


@pytest.mark.parametrize(("source", "target"), PAIRS)
def test_gaps_match_an_independent_calculation(release_services, skills_file, source, target):
    result = gaps.occupation_gap(release_services, source, target)
    assert result.scale == "LV"
    assert result.from_.code == source and result.to.code == target
    got = [(g.element_id, g.from_level, g.to_level, g.importance)
           for g in result.skill_gaps]
    assert got == expected_gaps(skills_file, source, target)
    assert got, "each chosen pair has gaps"


def test_same_code_is_an_empty_list(release_services):
    assert gaps.occupation_gap(release_services, "15-1252.00", "15-1252.00").skill_gaps == []


def test_bad_codes(release_services):
    with pytest.raises(InvalidArgument):
        gaps.occupation_gap(release_services, "15-1252", "15-1252.00")
    with pytest.raises(NotFound, match=r"no occupation 99-9999\.00"):
        gaps.occupation_gap(release_services, "15-1252.00", "99-9999.00")
    with pytest.raises(NotFound, match=r"no skill ratings for 11-1031\.00 Legislators"):
        gaps.occupation_gap(release_services, "11-1031.00", "15-1252.00")


def test_gap_table_is_exportable(release_services):
    table = gaps.gap_table(gaps.occupation_gap(release_services, "35-2014.00", "35-1011.00"))
    rows = list(table.rows)
    assert table.columns[:5] == ["From occupation", "To occupation", "Skill",
                                 "From level (0–7)", "To level (0–7)"]
    assert rows[0][2:5] == ["Operations Analysis", 0.62, 2.62] and rows[0][-2] == "2.B.3.a"
    assert "Cooks, Restaurant → Chefs and Head Cooks" in table.title


def test_skill_names_in_the_language_asked_the_rest_unchanged(release_services):
    from dataclasses import replace

    english = gaps.occupation_gap(release_services, "35-2014.00", "35-1011.00")
    spanish = gaps.occupation_gap(release_services, "35-2014.00", "35-1011.00", "es")
    assert spanish.skill_gaps[0].element_name == "Análisis de operaciones"
    assert english.skill_gaps[0].element_name == "Operations Analysis"
    assert [replace(g, element_name="") for g in spanish.skill_gaps] == \
        [replace(g, element_name="") for g in english.skill_gaps]
    with pytest.raises(InvalidArgument, match="unknown language 'fr'"):
        gaps.occupation_gap(release_services, "35-2014.00", "35-1011.00", "fr")
