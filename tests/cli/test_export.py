"""skillnav export … and skillnav analytics overview, end to end through app.main."""

from __future__ import annotations

import csv
import json

from desktop.app import main
from desktop.domain.export_formats import USER_SKILLS_COLUMNS
from tests.cache_rows import add_analysis, compass_scenario


def fill(data_dir):
    from desktop.services.context import open_services

    services = open_services(data_dir)
    with services.cache.write() as db:
        compass_scenario(db)
        add_analysis(db, "a1", score=80, likelihood=0.7, recommendation="strong")
        add_analysis(db, "a2", status="error")
    services.close()


def test_export_user_skills_csv(_isolated_data, tmp_path, capsys):
    fill(_isolated_data)
    out = tmp_path / "skills.csv"
    assert main(["export", "user-skills", "--format", "csv", "--output", str(out),
                 "--titles", "hash", "--source", "pipeline"]) == 0
    assert "Exported 8 skill rows" in capsys.readouterr().out
    with open(out, newline="", encoding="utf-8") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == USER_SKILLS_COLUMNS and len(rows) == 9


def test_export_format_from_the_suffix(_isolated_data, tmp_path):
    fill(_isolated_data)
    out = tmp_path / "skills.json"
    assert main(["export", "user-skills", "-o", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["total_sessions"] == 3


def test_export_analyses_json(_isolated_data, tmp_path):
    fill(_isolated_data)
    out = tmp_path / "analyses.json"
    assert main(["export", "analyses", "--format", "json", "--output", str(out)]) == 0
    assert json.loads(out.read_text("utf-8"))["count"] == 1


def test_export_without_a_format_is_exit_2(_isolated_data, tmp_path, capsys):
    assert main(["export", "analyses", "--output", str(tmp_path / "out")]) == 2
    assert "choose a format" in capsys.readouterr().err
    assert main(["export", "user-skills", "--format", "xlsx", "-o",
                 str(tmp_path / "nowhere" / "x.xlsx")]) == 2


def test_analytics_overview_json(_isolated_data, capsys):
    fill(_isolated_data)
    capsys.readouterr()
    assert main(["analytics", "overview", "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert (figures["total_analyses"], figures["completed"], figures["success_rate"]) == (2, 1,
                                                                                        50.0)
    assert figures["by_field"][0]["field"] == "digital_technology"
    assert figures["compass"]["users"] == 3


def test_analytics_overview_text(_isolated_data, capsys):
    fill(_isolated_data)
    assert main(["analytics", "overview"]) == 0
    out = capsys.readouterr().out
    assert "success rate 50.0 %" in out and "hornear" in out


def test_analytics_overview_for_a_period(_isolated_data, capsys):
    fill(_isolated_data)  # analyses created on 22 Nov 2025; sessions on 3, 4 and 5 Nov
    capsys.readouterr()
    assert main(["analytics", "overview", "--json", "--period", "custom",
                 "--since", "2025-11-04", "--until", "2025-11-21"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["total_analyses"] == 0 and figures["compass"]["sessions"] == 2
    assert figures["period"] == {"since": "2025-11-04", "until": "2025-11-21",
                                 "label": "4 Nov 2025 – 21 Nov 2025"}
    assert main(["analytics", "overview", "--since", "2025-11-04"]) == 2
    assert "--since and --until need --period custom" in capsys.readouterr().err
    assert main(["analytics", "overview", "--period", "custom", "--since", "2025-11-05",
                 "--until", "2025-11-04"]) == 2


def test_exports_keep_contacts_only_when_asked(_isolated_data, tmp_path):
    fill(_isolated_data)  # one experience title holds ana@example.com
    masked, kept = tmp_path / "masked.csv", tmp_path / "kept.csv"
    assert main(["export", "user-skills", "-o", str(masked)]) == 0
    assert main(["export", "user-skills", "-o", str(kept), "--keep-contacts"]) == 0
    assert "ana@example.com" not in masked.read_text("utf-8")
    assert "ana@example.com" in kept.read_text("utf-8")


def test_export_the_analyses_of_one_status(_isolated_data, tmp_path):
    fill(_isolated_data)
    out = tmp_path / "errors.json"
    assert main(["export", "analyses", "-o", str(out), "--status", "error"]) == 0
    document = json.loads(out.read_text("utf-8"))
    assert document["count"] == 1 and document["dataset"][0]["processing_status"] == "error"
