"""shortlist, compare, whatif and report from the command line, on the real release."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata

import pytest

from tests.cli.conftest import run_main as run

RETAIL, CASHIER, SUPERVISOR, CUSTOMER = "41-2031.00", "41-2011.00", "41-1011.00", "43-4051.00"
COMPASS_ID, PRIVATE_NOTE = "compass-user-5f3a", "private note: divorced, two kids"


@pytest.fixture
def client(release_services) -> tuple[str, int]:
    """A retail salesperson rated a step below their job, with three targets shortlisted."""
    from desktop.services import casework, shortlist

    s = release_services
    client = casework.create_client(s, "K-042", RETAIL, compass_user_id=COMPASS_ID,
                                    notes=PRIVATE_NOTE)
    ratings = casework.occupation_ratings(s, RETAIL)
    casework.set_ratings(s, client["id"], {e: max(0, r - 1) for e, r in ratings.items()})
    for code in (SUPERVISOR, CASHIER):
        shortlist.pin(s, client["id"], code)
    path = str(s.paths.root)
    s.close()
    return path, client["id"]


def test_shortlist_compare_and_what_if(capsys, client) -> None:
    data, cid = client
    code, entries, _ = run(capsys, data, "shortlist", "add", "--client", str(cid), CUSTOMER,
                           "--note", "likes phones", "--json")
    assert code == 0 and [e["code"] for e in entries] == [SUPERVISOR, CASHIER, CUSTOMER]
    code, entries, _ = run(capsys, data, "shortlist", "move", "--client", str(cid), CUSTOMER,
                           "1", "--json")
    assert [e["code"] for e in entries] == [CUSTOMER, SUPERVISOR, CASHIER]

    code, plan, _ = run(capsys, data, "compare", "--client", str(cid), "--json")
    assert code == 0
    assert [t["code"] for t in plan["targets"]] == [CUSTOMER, SUPERVISOR, CASHIER]
    assert plan["targets"][0]["note"] == "likes phones"
    first = plan["targets"][0]
    assert first["tier"] in ("ready_now", "trainable", "long_reskill")
    assert first["job_zone_step"] == first["job_zone"] - 2  # Retail Salespersons: Job Zone 2
    assert first["education"] == "High-school diploma"  # O*NET's typical RL category 2
    assert "Estimated time" in first["training"] and first["training_time"]
    assert len(plan["skills"]) == 35 and len(plan["skills"][0]["targets"]) == 3
    assert set(plan["unlocks"]) == {"shortlist", "all"}
    assert "notes" not in plan["client"] and COMPASS_ID not in json.dumps(plan)

    code, text, _ = run(capsys, data, "compare", "--client", str(cid),
                        "--targets", f"{CASHIER},{RETAIL}")
    assert code == 0 and "Cashiers" in text and "unlocks most" in text

    code, result, _ = run(capsys, data, "whatif", "--client", str(cid), "--set", "2.A.1.a=4",
                          "--set", "2.B.1.a=4", "--keep", "after a customer-service course",
                          "--json")
    assert code == 0 and result["changes"] == {"2.A.1.a": 4, "2.B.1.a": 4}
    assert [t["code"] for t in result["targets"]] == [CUSTOMER, SUPERVISOR, CASHIER]
    assert result["kept"]["label"] == "after a customer-service course"
    code, client_now, _ = run(capsys, data, "client", "show", str(cid), "--json")
    assert client_now["ratings"]["2.A.1.a"] != 4  # a scenario never saves ratings


def test_errors_are_one_line_with_exit_codes(capsys, client) -> None:
    data, cid = client
    code, _, err = run(capsys, data, "whatif", "--client", str(cid), "--set", "2.A.1.a=high")
    assert code == 2 and "ELEMENT=RATING" in err
    code, _, err = run(capsys, data, "whatif", "--client", str(cid), "--set", "2.A.1.a=7")
    assert code == 2 and "whole number 0–4" in err
    code, _, err = run(capsys, data, "compare", "--client", "999")
    assert code == 3 and "no client 999" in err
    code, _, err = run(capsys, data, "compare", "--client", str(cid), "--targets", "99-9999.00")
    assert code == 3 and err.count("\n") == 1
    code, _, err = run(capsys, data, "shortlist", "remove", "--client", str(cid), RETAIL)
    assert code == 3 and "not on this client's shortlist" in err


def pdf_text(path) -> str:
    """The PDF's words, ligatures (ﬁ) unfolded, whitespace collapsed."""
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_info(path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True,
                          check=True).stdout


def test_report_pdf_holds_the_plan_and_nothing_private(skillnav, client, tmp_path) -> None:
    _, cid = client
    assert shutil.which("pdftotext"), "poppler-utils is in the CI's apt list"
    assert skillnav("whatif", "--client", str(cid), "--set", "2.A.1.a=4",
                    "--keep", "after a reading course").code == 0
    folder = tmp_path / "plans für K"
    folder.mkdir()
    target = folder / "plan 1.pdf"
    done = skillnav("report", "--client", str(cid), "-o", str(target), "--target", CASHIER,
                    "--next-steps", "Call the job centre on Monday")
    assert done.code == 0, done.err
    text = pdf_text(target)
    for expected in ("K-042", "Retail Salespersons", "First-Line Supervisors of Retail Sales",
                     "Cashiers", "Skill profile against Cashiers", "after a reading course",
                     "Call the job centre on Monday", "O*NET 30.1", "USDOL/ETA",
                     "CC BY 4.0"):
        assert expected in text, expected
    assert COMPASS_ID not in text and "divorced" not in text
    info = pdf_info(target)
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages")))
    assert 1 <= pages <= 3
    assert "595.276 x 841.89" in info or "595 x 842" in info  # A4
    letter = tmp_path / "plan-letter.pdf"
    assert skillnav("report", "--client", str(cid), "-o", str(letter), "--paper", "letter",
                    "--no-scenario").code == 0
    assert "612 x 792" in pdf_info(letter)
    assert "after a reading course" not in pdf_text(letter)
    png = subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(target),
                          str(tmp_path / "page")], capture_output=True, check=True)
    assert png.returncode == 0 and (tmp_path / "page-1.png").stat().st_size > 1000


def test_report_in_the_clients_language(skillnav, client, tmp_path) -> None:
    _, cid = client
    assert skillnav("whatif", "--client", str(cid), "--set", "2.A.1.a=4",
                    "--keep", "tras un curso de lectura").code == 0
    target = tmp_path / "plan.pdf"
    done = skillnav("report", "--client", str(cid), "-o", str(target), "--target", CASHIER,
                    "--language", "es", "--next-steps", "Llamar a la oficina de empleo")
    assert done.code == 0, done.err
    assert done.out.startswith("Wrote ")  # the CLI itself stays English
    text = " ".join(pdf_text(target).split())
    for expected in ("Plan de acción — K-042", "ocupación actual: Retail Salespersons",
                     "Perfil de habilidades frente a Cashiers", "Ocupaciones objetivo",
                     "Principales brechas y qué hace falta para cerrarlas",
                     "Escenario (hipotético): tras un curso de lectura", "Próximos pasos",
                     "Tiempo estimado", "página 1 de", "O*NET 30.1"):
        assert expected in text, expected
    assert "Comprensión lectora" in text and "Reading Comprehension" not in text
    assert "Action plan" not in text and "Next steps" not in text
    assert "Listo ahora" in text or "Con capacitación" in text or "Reconversión larga" in text


def test_report_needs_a_shortlist(skillnav, release_services, tmp_path) -> None:
    from desktop.services import casework

    client = casework.create_client(release_services, "K-1", RETAIL)
    casework.set_rating(release_services, client["id"], "2.A.1.a", 2)
    release_services.close()
    done = skillnav("report", "--client", str(client["id"]), "-o", str(tmp_path / "x.pdf"))
    assert done.code == 2 and "shortlist at least one target" in done.err
    assert not (tmp_path / "x.pdf").exists()
