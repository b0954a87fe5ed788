"""ESCO → O*NET resolution on the real crosswalk files and the real O*NET 30.1 codes."""

from __future__ import annotations

import csv

import pytest

from desktop.domain.crosswalk import Crosswalk, level5_parent
from desktop.services.compass_link import crosswalk

SHOP_ASSISTANT = "0b15375e-dfdd-4047-9efb-096e0aaee7d2"
SHOP_SUPERVISOR = "bdfb48e0-79dc-4b63-8470-db2e03b37326"


@pytest.fixture(scope="module")
def release_codes(release_dir) -> set[str]:
    with open(release_dir / "Occupation Data.txt", encoding="utf-8", newline="") as f:
        return {row["O*NET-SOC Code"] for row in csv.DictReader(f, delimiter="\t")}


def test_every_esco_row_resolves_by_uuid_to_a_30_1_occupation(release_codes):
    walk = crosswalk()
    assert len(walk.rows) == 1680
    for row in walk.rows:
        resolution = walk.resolve([row.uuid.upper()])  # UUIDs match case-insensitively
        assert resolution.method == "uuid"
        assert resolution.candidates, row
        assert {c.code for c in resolution.candidates} <= release_codes, row


def test_spot_checks_shop_assistant_and_supervisor():
    walk = crosswalk()
    assistant = walk.resolve(["not-a-uuid", SHOP_ASSISTANT], "5223.1")
    assert [(c.code, c.title) for c in assistant.candidates] == [
        ("41-2031.00", "Retail Salespersons")]
    assert assistant.candidates[0].confidence == 0.75  # the authors' confidence 1 of 2
    assert "crosswalk confidence medium" in assistant.candidates[0].reason
    supervisor = walk.resolve([SHOP_SUPERVISOR])
    assert supervisor.candidates[0].title == (
        "First-Line Supervisors of Retail Sales Workers")
    assert supervisor.candidates[0].label == "high"


def test_a_2010_code_split_in_2019_shares_its_confidence():
    walk = crosswalk()
    row = next(r for r in walk.rows if r.code_2010 == "15-1132.00")  # software, applications
    candidates = walk.resolve([row.uuid]).candidates
    assert {c.code for c in candidates} == {"15-1252.00", "15-1253.00"}
    assert all("split into 2 occupations" in c.reason for c in candidates)
    assert candidates[0].confidence == pytest.approx(
        {2.0: 1.0, 1.0: 0.75, 0.5: 0.5}[row.confidence] / 2, abs=1e-3)


def test_fallbacks_parent_then_isco_then_a_clear_none():
    walk = crosswalk()
    parent = walk.resolve(["unknown"], "5223.1.4", {"5223.1": ["x", SHOP_ASSISTANT]})
    assert parent.method == "parent"
    assert parent.candidates[0].code == "41-2031.00"
    assert parent.candidates[0].confidence == pytest.approx(0.6)
    assert parent.candidates[0].reason.startswith("inherits its level-5 parent 5223.1")

    isco = walk.resolve(["unknown"], "5223.9.9")
    assert isco.method == "isco"
    assert isco.candidates[0].code == "41-2031.00"  # most shop-assistant rows map there
    assert all(c.confidence < 0.5 for c in isco.candidates)
    assert "ISCO unit group 5223" in isco.candidates[0].reason

    assert walk.resolve(["unknown"], "0000.1").note == (
        "not in the crosswalk: UUID unknown and unknown ISCO unit group 0000")
    assert walk.resolve([], "").note == "not in the crosswalk: UUID unknown and no ESCO code"
    assert level5_parent("2166.1") is None


def test_the_2019_table_is_read_with_its_byte_order_mark():
    walk = Crosswalk.from_texts(
        "id,esco_occupation,isco_code,onet_code,onet_occupation,matching_job_titles,"
        "semantic_similarity,confidence,concept_uri\n"
        "1,cook,5120,35-2014.00,cooks restaurant,na,0.9,2.0,http://x/occupation/ABC\n",
        "\ufeffsoc2010_code;soc2010_title;soc2019_code;soc2019_title\n"
        "35-2014.00;Cooks, Restaurant;35-2014.00;Cooks, Restaurant\n")
    assert walk.resolve(["abc"]).candidates[0].title == "Cooks, Restaurant"
