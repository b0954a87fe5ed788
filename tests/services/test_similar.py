"""Similar occupations on the real 30.1 release, against expert judgement."""

from __future__ import annotations

import csv

import pytest

from desktop.domain.errors import InvalidArgument, NotFound
from desktop.services import similar

EXPERT = {
    "15-1252.00": {"15-1251.00", "15-1253.00", "15-1254.00"},  # programmers, QA, web devs
    "29-1141.00": {"29-2061.00", "29-1171.00", "29-1141.01"},  # LPNs, NPs, acute care nurses
    "35-2014.00": {"35-2012.00", "35-2015.00", "35-2021.00"},  # other cooks, food prep
    "47-2111.00": {"47-3013.00", "49-9051.00"},  # electricians: their helpers, line installers
    "13-2011.00": {"13-2031.00", "13-2082.00"},  # accountants: budget analysts, tax preparers
}


@pytest.mark.parametrize("code", sorted(EXPERT))
def test_related_occupations_are_in_the_top_ten(release_services, code):
    found = similar.similar(release_services, code)
    codes = [item.code for item in found]
    assert len(codes) == 10 and code not in codes
    assert EXPERT[code] <= set(codes), [(i.code, i.title) for i in found]
    scores = [item.similarity for item in found]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)


def test_neighbours_mostly_share_the_soc_minor_group(release_services):
    from desktop.domain.similarity import top_neighbours

    result = similar.similarities(release_services)
    order, _ = top_neighbours(result.scores, 10)
    minor = [code[:5] for code in result.codes]  # e.g. 15-12: computer occupations
    shared = sum(minor[j] == minor[i] for i, row in enumerate(order) for j in row)
    assert shared / order.size > 0.30  # skills alone: 0.21


def test_unrelated_occupations_score_low(release_services):
    result = similar.similarities(release_services)
    row = {code: i for i, code in enumerate(result.codes)}
    developer, cook = row["15-1252.00"], row["35-2014.00"]
    assert result.scores[developer, cook] < result.scores[developer, row["15-1251.00"]] - 0.2


def test_errors(release_services):
    with pytest.raises(NotFound, match="Legislators"):
        similar.similar(release_services, "11-1031.00")
    with pytest.raises(InvalidArgument):
        similar.similar(release_services, "15-1252.00", top=0)


def test_write_all_ranks_every_rated_occupation(release_services, tmp_path):
    output = tmp_path / "similar.csv"
    output.write_text("previous")
    report = similar.write_all(release_services, output, top=3)
    with output.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert report.occupations == 894 and report.top == 3 and len(rows) == 894 * 3
    assert all(r["code"] != r["similar_code"] for r in rows)
    developer = [r for r in rows if r["code"] == "15-1252.00"]
    assert [r["rank"] for r in developer] == ["1", "2", "3"]
    expected = similar.similar(release_services, "15-1252.00", top=3)
    assert [r["similar_code"] for r in developer] == [i.code for i in expected]
    assert [float(r["similarity"]) for r in developer] == [i.similarity for i in expected]
    assert not list(tmp_path.glob(".similar.csv*"))  # no temporary file left behind


def test_write_all_to_a_missing_folder_fails_cleanly(release_services, tmp_path):
    with pytest.raises(InvalidArgument, match="cannot write"):
        similar.write_all(release_services, tmp_path / "missing" / "x.csv")


def test_demo_data_works_with_whatever_inputs_it_has(services):
    found = similar.similar(services, "15-1251.00", top=3)
    assert [item.code for item in found][:1] == ["15-1232.00"]
    assert all(0 <= item.similarity <= 1 for item in found)


def test_stored_neighbours_are_the_matrix_order_and_come_back_after_a_sync(release_services):
    from desktop.domain.similarity import top_neighbours

    result = similar.similarities(release_services)
    row = result.codes.index("29-1141.00")
    order, scores = top_neighbours(result.scores, similar.STORED + 20, [row])
    expected = [(result.codes[j], round(float(s), 4))
                for j, s in zip(order[0], scores[0], strict=True)]
    longer = similar.similar(release_services, "29-1141.00", top=similar.STORED + 20)  # matrix
    assert [(n.code, n.similarity) for n in longer] == expected
    stored = similar.similar(release_services, "29-1141.00", top=similar.STORED)
    assert stored == longer[:similar.STORED]
    with release_services.cache.write() as db:  # what a Web Services sync does to a change
        db.exec_driver_sql("DELETE FROM precomputed")
    assert similar.similar(release_services, "29-1141.00", top=similar.STORED) == stored
