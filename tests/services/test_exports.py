"""Exports: seed 000's user-skills formats, seed 001's dataset, the generic table writer."""

from __future__ import annotations

import csv
import hashlib
import hmac
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.errors import Cancelled, InvalidArgument, StorageFailed
from desktop.domain.export_formats import USER_SKILLS_COLUMNS
from desktop.domain.progress import TaskState
from desktop.domain.tables import Table
from desktop.services import exports
from tests.cache_rows import MODEL_ID, add_analysis, analysis_document, compass_scenario

HEADER = ",".join(USER_SKILLS_COLUMNS)


@pytest.fixture
def compass(services):
    with services.cache.write() as db:
        compass_scenario(db)
    return services


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def export(services, tmp_path, name="out.csv", **options):
    path = tmp_path / name
    report = exports.export_user_skills(services, path, name.rsplit(".", 1)[1], **options)
    return path, report


# --- user skills: CSV ---------------------------------------------------------------------------

def test_csv_columns_order_and_rows_of_the_explored_view(compass, tmp_path):
    path, report = export(compass, tmp_path)
    lines = path.read_text("utf-8").splitlines()
    assert lines[0] == HEADER
    assert lines[1] == ("100,u1,2025-11-03T14:21:55.000Z,2025-11-03T15:02:44.512Z,e5,Panadero,"
                        f"1,s5,{MODEL_ID},hornear")
    rows = read_csv(path)
    assert [(r["session_id"], r["experience_uuid"], r["skill_rank"], r["skill_uuid"])
            for r in rows] == [("100", "e5", "1", "s5"),
                               ("200", "e1", "1", "s2"), ("200", "e1", "2", "s3"),
                               ("300", "e4", "1", "s6"), ("300", "e4", "2", "s7"),
                               ("300", "e6", "1", "s5")]
    assert report.count == 6


def test_explored_keeps_renamed_labels_and_drops_deleted_and_removed(compass, tmp_path):
    rows = read_csv(export(compass, tmp_path)[0])
    session_200 = [r for r in rows if r["session_id"] == "200"]
    assert [r["skill_preferred_label"] for r in session_200] == [
        "manejar la caja registradora", "limpiar"]
    uuids = {r["experience_uuid"] for r in rows}
    assert "e2" not in uuids  # deleted by the user
    assert "e3" not in uuids  # no top skills
    assert "s1" not in {r["skill_uuid"] for r in rows}  # moved out of the top skills
    assert "400" not in {r["session_id"] for r in rows}  # no experiences


def test_pipeline_reproduces_the_upstream_selection(compass, tmp_path):
    rows = read_csv(export(compass, tmp_path, source="pipeline")[0])
    session_200 = [(r["experience_uuid"], r["skill_rank"], r["skill_preferred_label"])
                   for r in rows if r["session_id"] == "200"]
    assert session_200 == [("e1", "1", "atender clientes"), ("e1", "2", "manejar caja"),
                           ("e1", "3", "limpiar"), ("e2", "1", "cocinar")]
    assert len(rows) == 8


def test_timestamps_are_utc_iso_and_missing_values_empty(compass, tmp_path):
    rows = read_csv(export(compass, tmp_path)[0])
    by_session = {r["session_id"]: r for r in rows}
    assert by_session["200"]["session_timestamp"] == "2025-11-04T15:02:44.512Z"  # from +02:00
    assert by_session["300"]["session_timestamp"] == "2025-11-05T09:00:00.000Z"
    assert by_session["300"]["user_created_at"] == ""


def test_csv_neutralises_formulas_but_not_numbers(compass, tmp_path):
    path = export(compass, tmp_path)[0]
    rows = read_csv(path)
    e4 = [r for r in rows if r["experience_uuid"] == "e4"]
    assert e4[0]["experience_title"] == "'=cmd|' /C calc'!A0"
    assert [r["skill_preferred_label"] for r in e4] == ["'-negotiate", "'@mention"]
    assert all(line.split(",")[0].isdigit() for line in path.read_text().splitlines()[1:])


def test_csv_has_a_sidecar_naming_the_export(compass, tmp_path):
    path = export(compass, tmp_path, titles="redact", source="pipeline")[0]
    meta = json.loads(exports.sidecar_path(path).read_text("utf-8"))
    assert meta["columns"] == USER_SKILLS_COLUMNS
    assert (meta["rows"], meta["titles"], meta["source"]) == (8, "redact", "pipeline")
    assert meta["database"] == "brujula-dev" and meta["export_date"].endswith("Z")


# --- user skills: JSON --------------------------------------------------------------------------

def test_json_format_is_the_seed_with_real_ranks_and_distinct_users(compass, tmp_path):
    path, _ = export(compass, tmp_path, "out.json")
    document = json.loads(path.read_text("utf-8"))
    assert list(document) == ["export_date", "total_users", "total_sessions", "database", "data"]
    assert (document["total_users"], document["total_sessions"]) == (2, 3)
    assert document["database"] == "brujula-dev"
    first = document["data"][1]
    assert list(first) == ["session_id", "user_id", "user_created_at", "session_timestamp",
                           "experiences"]
    assert first["session_id"] == 200 and isinstance(first["session_id"], int)
    assert first["experiences"] == [{
        "experience_uuid": "e1", "experience_title": "Vendedora",
        "skills": [
            {"skill_uuid": "s2", "skill_model_id": MODEL_ID,
             "preferred_label": "manejar la caja registradora", "rank": 1},
            {"skill_uuid": "s3", "skill_model_id": MODEL_ID, "preferred_label": "limpiar",
             "rank": 2}]}]
    assert [s["session_id"] for s in document["data"]] == [100, 200, 300]
    assert document["data"][2]["user_created_at"] is None


def test_json_is_not_neutralised(compass, tmp_path):
    document = json.loads(export(compass, tmp_path, "out.json")[0].read_text("utf-8"))
    e4 = document["data"][2]["experiences"][0]
    assert e4["experience_title"] == "=cmd|' /C calc'!A0"
    assert e4["skills"][0]["preferred_label"] == "-negotiate"


# --- privacy ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["out.csv", "out.json"])
def test_redacted_titles_are_empty(compass, tmp_path, name):
    text = export(compass, tmp_path, name, titles="redact")[0].read_text("utf-8")
    for title in ("Panadero", "Vendedora", "calc", "Cook for"):
        assert title not in text


def test_hashed_titles_are_salted_and_stable(compass, tmp_path):
    rows = read_csv(export(compass, tmp_path, titles="hash")[0])
    again = read_csv(export(compass, tmp_path, "again.csv", titles="hash")[0])
    salt = compass.casework.install_salt().encode()
    expected = hmac.new(salt, b"Panadero", hashlib.sha256).hexdigest()
    assert rows[0]["experience_title"] == expected == again[0]["experience_title"]
    assert expected != hashlib.sha256(b"Panadero").hexdigest()  # not guessable unsalted
    assert all(len(r["experience_title"]) == 64 for r in rows)


def test_another_installation_hashes_differently(compass, tmp_path):
    from desktop.services.context import open_services

    other = open_services(tmp_path / "other")
    try:
        with other.cache.write() as db:
            compass_scenario(db)
        mine = read_csv(export(compass, tmp_path, titles="hash")[0])
        theirs = read_csv(export(other, tmp_path, "theirs.csv", titles="hash")[0])
    finally:
        other.close()
    assert mine[0]["experience_title"] != theirs[0]["experience_title"]


@pytest.mark.parametrize("name", ["out.csv", "out.json"])
def test_no_email_address_ever(compass, tmp_path, name):
    path = export(compass, tmp_path, name)[0]
    text = path.read_text("utf-8")
    assert "ana@example.com" not in text
    assert "Cook for [email removed]" in text
    assert "email" not in text.splitlines()[0]  # no such column
    assert not re.search(r'"[^"]*email[^"]*":', text)  # nor key


def test_bad_options_are_refused(compass, tmp_path):
    with pytest.raises(InvalidArgument):
        exports.export_user_skills(compass, tmp_path / "x.csv", "csv", titles="scramble")
    with pytest.raises(InvalidArgument):
        exports.export_user_skills(compass, tmp_path / "x.csv", "csv", source="deleted")
    assert not (tmp_path / "x.csv").exists()


# --- CV analyses --------------------------------------------------------------------------------

@pytest.fixture
def analyses(services):
    with services.cache.write() as db:
        add_analysis(db, "a1", score=80.0, likelihood=0.7, recommendation="strong",
                     created_at="2025-11-20T10:00:00Z", document=analysis_document())
        add_analysis(db, "a2", field="arts_culture", status="error",
                     created_at="2025-11-21T10:00:00Z", error_message="LLM timeout")
        add_analysis(db, "a3", field="=arts", score=55.5, likelihood=0.4,
                     recommendation="moderate", created_at="2025-11-19T10:00:00Z")
    return services


def test_analyses_json_is_the_seed_dataset_with_derived_metrics(analyses, tmp_path):
    path = tmp_path / "analyses.json"
    report = exports.export_analyses(analyses, path, "json")
    document = json.loads(path.read_text("utf-8"))
    assert list(document) == ["dataset", "count", "exported_at"]
    assert document["count"] == 2 == report.count
    assert [d["_id"] for d in document["dataset"]] == ["a3", "a1"]  # completed, oldest first
    a1 = document["dataset"][1]
    assert (a1["overall_score"], a1["likelihood"], a1["recommendation"]) == (80.0, 0.7, "strong")
    assert a1["derived_metrics"] == ["likelihood"]
    assert a1["analysis_results"]["analysis"]["gaps"][0]["severity"] == "critical"
    assert a1["created_at"] == "2025-11-20T10:00:00.000Z"


def test_analyses_csv_has_flat_metric_columns(analyses, tmp_path):
    path = tmp_path / "analyses.csv"
    exports.export_analyses(analyses, path, "csv")
    rows = read_csv(path)
    assert list(rows[0]) == ["id", "session_id", "field", "processing_status", "upload_date",
                             "completed_at", "created_at", "document_count", "overall_score",
                             "likelihood", "recommendation", "strengths_count",
                             "weaknesses_count", "evidence_gaps_count", "derived"]
    assert [(r["id"], r["field"], r["overall_score"]) for r in rows] == [
        ("a3", "'=arts", "55.5"), ("a1", "digital_technology", "80.0")]


# --- the generic writer -------------------------------------------------------------------------

def table(rows) -> Table:
    return Table("gaps", "Skill gaps", ["element", "gap", "note"], rows,
                 {"onet_release": "O*NET 30.1 release"})


ROWS = [["Writing", 1.5, "=SUM(A1)"], ["+Active listening", -2, "\tx"], ["Speaking", 0, "\rok"]]


def test_table_csv_neutralises_text_and_keeps_numbers(tmp_path):
    path = tmp_path / "gaps.csv"
    assert exports.write_table(table(ROWS), path, "csv") == 3
    with open(path, encoding="utf-8", newline="") as stream:
        assert stream.read().split("\r\n") == [
            "element,gap,note", "Writing,1.5,'=SUM(A1)", "'+Active listening,-2,'\tx",
            "Speaking,0,\"'\rok\"", ""]
    meta = json.loads(exports.sidecar_path(path).read_text("utf-8"))
    assert meta["onet_release"] == "O*NET 30.1 release" and meta["rows"] == 3
    assert meta["title"] == "Skill gaps" and meta["exported_at"].endswith("Z")


def test_table_xlsx_neutralises_text_and_keeps_numbers(tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "gaps.xlsx"
    exports.write_table(table(ROWS), path, "xlsx")
    book = load_workbook(path)
    values = list(book["Skill gaps"].values)
    assert values[0] == ("element", "gap", "note")
    assert values[1] == ("Writing", 1.5, "'=SUM(A1)")
    assert values[2][:2] == ("'+Active listening", -2)
    assert book["Skill gaps"]["C2"].data_type == "s"
    about = dict(book["About"].values)
    assert about["onet_release"] == "O*NET 30.1 release" and about["rows"] == 3


def test_table_json_has_metadata_and_records(tmp_path):
    path = tmp_path / "gaps.json"
    exports.write_table(table(ROWS), path, "json")
    document = json.loads(path.read_text("utf-8"))
    assert document["metadata"]["onet_release"] == "O*NET 30.1 release"
    assert document["columns"] == ["element", "gap", "note"]
    assert document["rows"][0] == {"element": "Writing", "gap": 1.5, "note": "=SUM(A1)"}


def failing_rows(after: int):
    for index in range(after):
        yield [f"row {index}", index, ""]
    raise OSError(28, "No space left on device")


@pytest.mark.parametrize("file_format", ["csv", "json", "xlsx"])
def test_a_failure_mid_export_keeps_the_previous_file(tmp_path, file_format):
    path = tmp_path / f"gaps.{file_format}"
    path.write_text("previous export")
    with pytest.raises(StorageFailed, match="No space left"):
        exports.write_table(table(failing_rows(12_000)), path, file_format)
    assert path.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_cancel_keeps_the_previous_file(compass, tmp_path):
    path = tmp_path / "out.csv"
    path.write_text("previous export")
    task = TaskState()
    task.cancel()
    with pytest.raises(Cancelled):
        exports.export_user_skills(compass, path, "csv", task=task)
    assert path.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "out.csv"]


def test_progress_is_reported_with_a_total(tmp_path):
    reports = []
    exports.write_table(table([["a", 1, ""]] * 12_000), tmp_path / "t.csv", "csv",
                        TaskState(lambda done, total, _m: reports.append((done, total))))
    assert reports[0] == (5000, None) and reports[-1] == (12_000, 12_000)


def test_unwritable_folder_is_one_clear_error(tmp_path):
    with pytest.raises(InvalidArgument, match="cannot write"):
        exports.write_table(table(ROWS), tmp_path / "missing" / "t.csv", "csv")


@given(st.lists(st.lists(st.text(alphabet='ab ,"\r\n=é', max_size=4), min_size=3, max_size=3),
                max_size=6))
def test_the_fast_csv_path_writes_what_csv_writer_writes(rows):
    fast, reference = io.StringIO(), io.StringIO()
    if not exports._write_plain(fast, rows, 3):
        csv.writer(fast, lineterminator="\r\n").writerows(rows)
    csv.writer(reference, lineterminator="\r\n").writerows(rows)
    assert fast.getvalue() == reference.getvalue()


def test_user_skills_xlsx_has_the_csv_columns_with_numbers_as_numbers(compass, tmp_path):
    from openpyxl import load_workbook

    path, report = export(compass, tmp_path, "out.xlsx")
    rows = list(load_workbook(path).worksheets[0].values)
    assert list(rows[0]) == USER_SKILLS_COLUMNS and len(rows) == report.count + 1 == 7
    assert rows[1][0] == 100 and rows[1][6] == 1  # session_id and rank are numbers
    assert rows[4][5] == "'=cmd|' /C calc'!A0" and rows[4][9] == "'-negotiate"
