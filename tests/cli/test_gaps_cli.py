"""`skillnav gap` and `skillnav similar`: JSON contracts and exit codes on the real release."""

from __future__ import annotations

import csv
import json

import pytest

from desktop.app import main


def run(capsys, *argv: str) -> tuple[int, object, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, (json.loads(out) if "--json" in argv and code == 0 else out), err


def test_gap_json_contract(release_services, capsys):
    code, result, _ = run(capsys, "gap", "--from", "35-2014.00", "--to", "35-1011.00", "--json")
    assert code == 0 and result["scale"] == "LV"
    assert (result["from"]["code"], result["from"]["title"]) == ("35-2014.00", "Cooks, Restaurant")
    assert (result["to"]["code"], result["to"]["title"]) == ("35-1011.00", "Chefs and Head Cooks")
    first = result["skill_gaps"][0]
    assert {"element_id", "element_name", "from_level", "to_level", "importance"} <= set(first)
    assert (first["element_id"], first["from_level"], first["to_level"]) == ("2.B.3.a", 0.62, 2.62)
    deficits = [g["deficit"] for g in result["skill_gaps"]]
    assert deficits == sorted(deficits, reverse=True) and min(deficits) > 0
    assert all(g["deficit"] == round(g["to_level"] - g["from_level"], 2)
               for g in result["skill_gaps"])


def test_same_code_gives_an_empty_list(release_services, capsys):
    code, result, _ = run(capsys, "gap", "--from", "15-1252.00", "--to", "15-1252.00", "--json")
    assert code == 0 and result["skill_gaps"] == []


@pytest.mark.parametrize(("argv", "exit_code", "message"), [
    (["gap", "--from", "15-1252", "--to", "15-1252.00"], 2, "not an O*NET-SOC code"),
    (["gap", "--from", "15-1252.00", "--to", "99-9999.00"], 3, "no occupation 99-9999.00"),
    (["gap", "--from", "11-1031.00", "--to", "15-1252.00"], 3, "publishes no skill ratings"),
    (["gap", "--client", "42", "--to", "15-1252.00"], 3, "no client 42"),
    (["similar", "15-12x2.00"], 2, "not an O*NET-SOC code"),
    (["similar", "99-9999.00"], 3, "no occupation"),
    (["similar", "--all"], 2, "needs --output"),
    (["similar", "15-1252.00", "--top", "0"], 2, "--top must be at least 1"),
])
def test_errors_are_one_line_with_the_right_exit_code(release_services, capsys, argv,
                                                      exit_code, message):
    code, out, err = run(capsys, *argv, "--json")
    assert code == exit_code and out == ""
    assert message in err and err.count("\n") == 1


def test_client_gap(release_services, capsys):
    from desktop.services import casework

    client = casework.create_client(release_services, "Client A", "35-2014.00")
    casework.set_ratings(release_services, client.id, {"2.B.1.b": 4, "2.A.2.d": 2})
    code, result, _ = run(capsys, "gap", "--client", str(client.id), "--to", "35-1011.00",
                          "--json")
    assert code == 0 and result["to"]["code"] == "35-1011.00" and result["scale"] == "LV"
    assert result["client"] == {"id": client.id, "label": "Client A",
                                "current_code": "35-2014.00"}  # never the notes
    rows = {g["element_id"]: g for g in result["skill_gaps"]}
    assert len(rows) == 35
    assert rows["2.B.1.b"]["client_level"] == 7.0 and rows["2.B.1.b"]["deficit"] == 0
    assert rows["2.A.2.d"]["client_level"] == 3.5
    assert rows["2.A.2.d"]["deficit"] == pytest.approx(rows["2.A.2.d"]["required_level"] - 3.5)
    weighted = [g["weighted_deficit"] for g in result["skill_gaps"] if g["required"]]
    assert weighted == sorted(weighted, reverse=True)


def test_similar_json(release_services, capsys):
    code, result, _ = run(capsys, "similar", "15-1252.00", "--top", "5", "--json")
    assert code == 0 and len(result) == 5
    assert {"code", "title", "similarity"} <= set(result[0])
    assert result[0]["code"] != "15-1252.00"


def test_similar_all_writes_csv(release_services, capsys, tmp_path):
    output = tmp_path / "all.csv"
    code, _, _ = run(capsys, "similar", "--all", "--top", "2", "--output", str(output))
    assert code == 0
    with output.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["code", "rank", "similar_code", "similarity"]
    assert len(rows) == 1 + 894 * 2
