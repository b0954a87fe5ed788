"""CSV (Excel, es): ';' between fields, decimal commas, a BOM; Spanish headers and vocabulary."""

from __future__ import annotations

import csv
import json

from desktop.app import main
from desktop.domain.tables import Table
from desktop.services import exports
from desktop.services.recommend import recommend


def read_excel_es(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the accents as UTF-8
    with open(path, newline="", encoding="utf-8-sig") as stream:
        return list(csv.reader(stream, delimiter=";"))


def test_spanish_excel_csv_uses_semicolons_and_decimal_commas(tmp_path):
    table = Table("t", "Test", ["Skill", "Level", "Rank", "Note"],
                  [["Persuasión", 3.5, 2, "a; b, 1.5"], ["=1+1", 0.25, 10, None]])
    out = tmp_path / "table.csv"
    assert exports.write_table(table, out, "csv-es") == 2
    text = out.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[1] == 'Persuasión;3,5;2;"a; b, 1.5"'  # text is never changed
    assert read_excel_es(out)[2] == ["'=1+1", "0,25", "10", ""]
    assert json.loads(exports.sidecar_path(out).read_text("utf-8"))["rows"] == 2


def test_recommendations_in_spanish_for_excel(release_services, tmp_path):
    ratings = {"2.A.1.a": 3, "2.A.1.b": 3, "2.A.1.d": 3, "2.B.1.f": 3, "2.B.1.c": 2}
    result = recommend(release_services, ratings, "41-2031.00", limit_per_bucket=3,
                       language="es")
    items = result.listed()
    table = exports.recommendations_export(items, "R-1", {}, "es")
    out = tmp_path / "recomendaciones.csv"
    exports.export_page_table(release_services, table, out, "csv-es", language="es")
    header, *rows = read_excel_es(out)
    assert header[:6] == ["Consultante", "Nivel de preparación", "Puesto", "Código O*NET-SOC",
                          "Ocupación", "Coincidencia (%)"]
    assert {r[1] for r in rows} <= {"Listo ahora", "Con capacitación", "Reconversión larga"}
    assert all("." not in r[5] for r in rows) and any("," in r[5] for r in rows)
    assert any("(requiere nivel" in r[9] and "," in r[9] for r in rows)
    assert all(r[10].split(". ")[-1].startswith("Tiempo estimado") for r in rows)
    assert {r[-1] for r in rows} == {"O*NET 30.1 release"}


def test_the_cli_writes_the_caseload_for_spanish_excel(services, tmp_path):
    from desktop.services import casework

    casework.create_client(services, "Consultante 1", notes="prefiere mañanas")
    out = tmp_path / "caseload.csv"
    assert main(["export", "caseload", "--format", "csv-es", "-o", str(out)]) == 0
    header, row = read_excel_es(out)
    assert header == exports.CASELOAD_COLUMNS  # the CLI stays English
    assert row[:1] == ["Consultante 1"] and row[5] == "prefiere mañanas"


def test_the_seed_user_skills_export_keeps_its_own_csv(services, tmp_path, capsys):
    import pytest

    with pytest.raises(SystemExit) as exit_:
        main(["export", "user-skills", "--format", "csv-es", "-o", str(tmp_path / "u.csv")])
    assert exit_.value.code == 2 and "invalid choice: 'csv-es'" in capsys.readouterr().err
