"""skillnav export gap | recommendations | caseload over the real O*NET 30.1 release."""

from __future__ import annotations

import csv
import json

from openpyxl import load_workbook

from desktop.app import main
from desktop.services import casework, gaps
from desktop.services.exports import CASELOAD_COLUMNS, RECOMMENDATION_COLUMNS, sidecar_path


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as stream:
        return list(csv.reader(stream))


def test_export_gap_csv_names_the_release(release_services, tmp_path, capsys):
    out = tmp_path / "gap.csv"
    assert main(["export", "gap", "--from", "35-2014.00", "--to", "35-1011.00", "-o",
                 str(out)]) == 0
    rows = read_csv(out)
    expected = gaps.occupation_gap(release_services, "35-2014.00", "35-1011.00").skill_gaps
    assert rows[0] == gaps.OCCUPATION_COLUMNS and len(rows) == len(expected) + 1
    assert rows[1][:3] == ["Cooks, Restaurant (35-2014.00)", "Chefs and Head Cooks (35-1011.00)",
                           expected[0].element_name]
    assert rows[1][-2:] == [expected[0].element_id, "O*NET 30.1 release"]  # inside the file
    meta = json.loads(sidecar_path(out).read_text("utf-8"))
    assert meta["onet_release"] == "O*NET 30.1 release" and meta["exported_at"].endswith("Z")
    assert meta["rows"] == len(expected)
    assert f"Exported {len(expected)} rows" in capsys.readouterr().out


def test_export_gap_of_an_unknown_occupation_is_exit_3(release_services, tmp_path):
    out = tmp_path / "gap.json"
    assert main(["export", "gap", "--from", "35-2014.00", "--to", "99-9999.00", "-o",
                 str(out)]) == 3
    assert not out.exists()


def test_export_recommendations_xlsx(release_services, tmp_path):
    ratings = tmp_path / "ratings.json"
    ratings.write_text(json.dumps({"2.A.1.a": 3, "2.A.1.b": 3, "2.B.1.a": 2, "2.B.3.a": 1}))
    out = tmp_path / "recommendations.xlsx"
    assert main(["export", "recommendations", "--ratings", str(ratings), "--current",
                 "35-2014.00", "--limit-per-bucket", "5", "-o", str(out)]) == 0
    book = load_workbook(out)
    rows = list(book.worksheets[0].values)
    assert list(rows[0]) == RECOMMENDATION_COLUMNS
    assert 1 <= len(rows) - 1 <= 15
    assert {r[0] for r in rows[1:]} == {"ratings.json"}  # who the recommendations are for
    assert {r[1] for r in rows[1:]} <= {"Ready now", "Trainable", "Long reskill"}
    assert all(isinstance(r[5], int | float) for r in rows[1:])  # numbers stay numbers
    gapped = [r for r in rows[1:] if r[1] != "Ready now"]
    assert any("(needs level" in (r[9] or "") for r in gapped)  # the top gaps
    assert {r[-1] for r in rows[1:]} == {"O*NET 30.1 release"}
    about = dict(book["About"].values)
    assert about["onet_release"] == "O*NET 30.1 release" and about["model"] == "level-aware"


def test_export_recommendations_with_a_bad_ratings_file_is_exit_4(release_services, tmp_path):
    ratings = tmp_path / "ratings.json"
    ratings.write_text("{not json")
    assert main(["export", "recommendations", "--ratings", str(ratings), "-o",
                 str(tmp_path / "r.csv")]) == 4


def test_export_caseload_csv_neutralises_labels(services, tmp_path):
    casework.create_client(services, "=HYPERLINK(\"http://x\")", notes="-prefers mornings")
    archived = casework.create_client(services, "Client B")
    casework.archive_client(services, archived.id)
    out = tmp_path / "caseload.csv"
    assert main(["export", "caseload", "-o", str(out)]) == 0
    rows = read_csv(out)
    assert rows[0] == CASELOAD_COLUMNS and len(rows) == 3
    by_label = {r[0]: r for r in rows[1:]}
    assert "'=HYPERLINK(\"http://x\")" in by_label
    assert by_label["'=HYPERLINK(\"http://x\")"][5] == "'-prefers mornings"
    assert main(["export", "caseload", "--active-only", "-o", str(out)]) == 0
    assert len(read_csv(out)) == 2
    assert json.loads(sidecar_path(out).read_text("utf-8"))["onet_release"] == "demo data"
    assert read_csv(out)[1][-2:] == ["active", "demo data"]
