"""The imported cache agrees with the raw release files, and bad releases fail cleanly."""

import sqlite3
from pathlib import Path

import pytest

from desktop.domain.errors import BadInput, Cancelled
from desktop.domain.progress import TaskState
from desktop.store.onet_import import build_release_cache
from tests.release_files import copy_release, raw_rows

FLAG = {"Y": 1, "N": 0, "n/a": None}


def number(text: str) -> float | None:
    return None if text == "n/a" else float(text)


@pytest.fixture(scope="module")
def db(imported_cache: Path):
    connection = sqlite3.connect(imported_cache)
    yield connection
    connection.close()


def test_every_skill_and_knowledge_row_matches_the_raw_file(db, release_dir):
    for filename, domain in (("Skills.txt", "skills"), ("Knowledge.txt", "knowledge")):
        stored = {(c, e, s): rest for c, e, s, *rest in db.execute(
            "SELECT code, element_id, scale_id, data_value, n, standard_error, lower_ci, "
            "upper_ci, recommend_suppress, not_relevant FROM element_rating WHERE domain = ?",
            (domain,))}
        raw = raw_rows(release_dir / filename)
        assert len(stored) == len(raw)
        for row in raw:
            key = (row["O*NET-SOC Code"], row["Element ID"], row["Scale ID"])
            assert stored[key] == [
                number(row["Data Value"]), number(row["N"]), number(row["Standard Error"]),
                number(row["Lower CI Bound"]), number(row["Upper CI Bound"]),
                FLAG[row["Recommend Suppress"]], FLAG[row["Not Relevant"]]], key


def test_row_counts_equal_the_data_rows_of_each_file(db, release_dir):
    for filename, table in (("Occupation Data.txt", "occupation"),
                            ("Alternate Titles.txt", "alternate_title"),
                            ("Technology Skills.txt", "technology_skill"),
                            ("Education, Training, and Experience.txt", "ete"),
                            ("Interests.txt", "interest"), ("Job Zones.txt", "job_zone"),
                            ("Level Scale Anchors.txt", "level_anchor"),
                            ("Scales Reference.txt", "scale")):
        (count,) = db.execute(f"SELECT count(*) FROM {table}").fetchone()
        assert count == len(raw_rows(release_dir / filename)), filename


def test_not_applicable_becomes_null_and_flags_stay_on_their_rows(db):
    (im_flags,) = db.execute("SELECT count(*) FROM element_rating WHERE scale_id = 'IM' "
                             "AND not_relevant IS NOT NULL").fetchone()
    assert im_flags == 0
    (skills_nr,) = db.execute("SELECT count(*) FROM element_rating WHERE domain = 'skills' "
                              "AND scale_id = 'LV' AND not_relevant = 1").fetchone()
    assert skills_nr == 3383  # onet.md: Skills LV rows with Not Relevant = Y in 30.1
    (expert_se,) = db.execute(
        "SELECT count(*) FROM element_rating WHERE domain_source = 'Occupational Expert' "
        "AND standard_error IS NOT NULL").fetchone()
    assert expert_se == 0


def test_technology_flags_and_job_zones_match_the_raw_files(db, release_dir):
    hot = sum(r["Hot Technology"] == "Y" for r in raw_rows(release_dir / "Technology Skills.txt"))
    assert db.execute("SELECT count(*) FROM technology_skill WHERE hot = 1").fetchone()[0] == hot
    zones = dict(db.execute("SELECT job_zone, count(*) FROM job_zone GROUP BY job_zone"))
    assert zones == {1: 33, 2: 298, 3: 213, 4: 225, 5: 154}


def test_release_is_recorded(db):
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["release"] == "30.1"
    assert meta["demo"] == "0"
    assert meta["release_title"].startswith("O*NET 30.1 Database")


def test_only_the_required_files_are_needed(release_dir, tmp_path):
    folder = copy_release(release_dir, tmp_path / "db_30_1_text",
                          ["Occupation Data.txt", "Skills.txt", "Scales Reference.txt"])
    (folder / "Unknown Future File.txt").write_text("A\tB\r\n1\t2\r\n")
    report = build_release_cache(folder, tmp_path / "cache.sqlite", TaskState())
    assert report.occupations == 1016 and report.rows["skills"] == 62580
    assert report.release == "30.1"  # from the folder name: Read Me.txt was left out
    with sqlite3.connect(tmp_path / "cache.sqlite") as db:  # element names come from Skills.txt
        assert db.execute("SELECT name FROM element WHERE element_id = '2.B.3.e'").fetchone() == (
            "Programming",)


def test_a_missing_required_file_is_named(release_dir, tmp_path):
    folder = copy_release(release_dir, tmp_path / "r", ["Occupation Data.txt", "Skills.txt"])
    with pytest.raises(BadInput, match=r"required file\(s\) missing: Scales Reference\.txt"):
        build_release_cache(folder, tmp_path / "cache.sqlite", TaskState())
    assert not (tmp_path / "cache.sqlite").exists()


def _garble(folder: Path, filename: str, line: int, column: int, value: str) -> None:
    path = folder / filename
    lines = path.read_text("utf-8").split("\n")
    fields = lines[line - 1].split("\t")
    fields[column] = value
    lines[line - 1] = "\t".join(fields)
    path.write_text("\n".join(lines), "utf-8")


def test_a_garbled_number_names_file_line_and_column(release_dir, tmp_path):
    folder = copy_release(release_dir, tmp_path / "r")
    _garble(folder, "Skills.txt", 1234, 4, "4.1x")
    with pytest.raises(BadInput, match=r"Skills.txt, line 1234: Data Value '4.1x' is not a valid "
                                       r"number"):
        build_release_cache(folder, tmp_path / "cache.sqlite", TaskState())


def test_a_garbled_flag_is_caught(release_dir, tmp_path):
    folder = copy_release(release_dir, tmp_path / "r")
    _garble(folder, "Knowledge.txt", 10, 10, "maybe")
    with pytest.raises(BadInput, match=r"Knowledge.txt, line 10: Not Relevant 'maybe'"):
        build_release_cache(folder, tmp_path / "cache.sqlite", TaskState())


def test_a_file_cut_between_lines_is_caught_by_the_pair_check(release_dir, tmp_path):
    folder = copy_release(release_dir, tmp_path / "r")
    skills = folder / "Skills.txt"
    lines = skills.read_text("utf-8").split("\n")
    skills.write_text("\n".join(lines[:1002]) + "\n", "utf-8")  # header + 1001: ends on IM
    with pytest.raises(BadInput, match=r"Skills\.txt: .* lacks its IM/LV pair"):
        build_release_cache(folder, tmp_path / "cache.sqlite", TaskState())


def test_cancelling_stops_and_removes_the_partial_file(release_dir, tmp_path):
    task = TaskState()
    task.report = lambda done, total, message: task.cancel() if done == 3 else None
    with pytest.raises(Cancelled):
        build_release_cache(release_dir, tmp_path / "cache.sqlite", task)
    assert not (tmp_path / "cache.sqlite").exists()


def test_synced_tables_survive_a_new_import(release_dir, tmp_path, imported_cache):
    previous = tmp_path / "previous.sqlite"
    previous.write_bytes(imported_cache.read_bytes())
    with sqlite3.connect(previous) as db:  # the fixture's cache was opened: drop its version
        db.execute("DROP TABLE IF EXISTS compass_session")
        db.execute("CREATE TABLE compass_session (session_id INTEGER PRIMARY KEY, user_id TEXT)")
        db.execute("CREATE INDEX ix_user ON compass_session (user_id)")
        db.execute("INSERT INTO compass_session VALUES (153957396055258, 'u1')")
    build_release_cache(release_dir, tmp_path / "new.sqlite", TaskState(), previous)
    with sqlite3.connect(tmp_path / "new.sqlite") as db:
        assert db.execute("SELECT * FROM compass_session").fetchall() == [(153957396055258, "u1")]
        assert db.execute("SELECT name FROM sqlite_master WHERE name = 'ix_user'").fetchone()


def test_abilities_and_work_activities_load_when_present(release_dir, tmp_path):
    """The shared copy lacks them; they share the Skills layout, so a stand-in proves the path."""
    folder = copy_release(release_dir, tmp_path / "r",
                          ["Occupation Data.txt", "Skills.txt", "Scales Reference.txt"])
    knowledge = (release_dir / "Knowledge.txt").read_bytes()
    (folder / "Abilities.txt").write_bytes(knowledge)
    (folder / "Work Activities.txt").write_bytes(knowledge)
    report = build_release_cache(folder, tmp_path / "cache.sqlite", TaskState())
    assert report.rows["abilities"] == report.rows["work_activities"] == 59004
    with sqlite3.connect(tmp_path / "cache.sqlite") as db:
        domains = dict(db.execute("SELECT domain, count(*) FROM element_rating GROUP BY domain"))
    assert domains == {"skills": 62580, "abilities": 59004, "work_activities": 59004}


RELATED_HEADER = ("O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\t"
                  "Relatedness Tier\tIndex")
RELATED_ROWS = [
    ("41-2031.00", "Retail Salespersons", "41-2011.00", "Cashiers", "Primary-Short", "1"),
    ("41-2031.00", "Retail Salespersons", "43-4051.00", "Customer Service Representatives",
     "Primary-Short", "2"),
    ("41-2031.00", "Retail Salespersons", "41-1011.00",
     "First-Line Supervisors of Retail Sales Workers", "Primary-Long", "6"),
    ("41-2011.00", "Cashiers", "41-2031.00", "Retail Salespersons", "Supplemental", "11"),
]


def write_related_occupations(folder: Path, rows=RELATED_ROWS) -> None:
    """A Related Occupations.txt in the real release's layout (tabs, CRLF, header)."""
    lines = [RELATED_HEADER, *("\t".join(row) for row in rows)]
    (folder / "Related Occupations.txt").write_bytes(("\r\n".join(lines) + "\r\n").encode())


def test_related_occupations_load_when_present(release_dir, tmp_path):
    folder = copy_release(release_dir, tmp_path / "r",
                          ["Occupation Data.txt", "Skills.txt", "Scales Reference.txt"])
    write_related_occupations(folder)
    report = build_release_cache(folder, tmp_path / "cache.sqlite", TaskState())
    assert report.rows["related_occupations"] == 4
    with sqlite3.connect(tmp_path / "cache.sqlite") as db:
        rows = db.execute("SELECT code, related_code, tier, position FROM related_occupation "
                          "ORDER BY id").fetchall()
    assert rows == [(r[0], r[2], r[4], int(r[5])) for r in RELATED_ROWS]
    write_related_occupations(folder, [(*RELATED_ROWS[0][:5], "first")])
    with pytest.raises(BadInput, match=r"Related Occupations\.txt, line 2: Index 'first'"):
        build_release_cache(folder, tmp_path / "bad.sqlite", TaskState())
