"""The foundation's CLI contract: JSON shapes and exit codes (0, 2, 3, 4), one-line errors."""

from tests.release_files import copy_release, raw_rows


def test_import_reports_the_release_and_counts(skillnav, release_dir):
    result = skillnav("import-onet", str(release_dir), "--json")
    assert result.code == 0, result.err
    report = result.json()
    assert report["release"] == "30.1"
    assert report["occupations"] == 1016
    assert report["skills"] == 62580 and report["knowledge"] == 59004
    assert report["alternate_titles"] == 56505
    assert report["seconds"] > 0


def test_occupation_json_has_the_published_values(skillnav, imported, release_dir):
    result = skillnav("occupation", "15-1252.00", "--json")
    assert result.code == 0, result.err
    detail = result.json()
    assert {"code", "title", "description", "job_zone", "skills", "knowledge",
            "technology"} <= set(detail)
    raw = {(r["Element ID"], r["Scale ID"]): float(r["Data Value"])
           for r in raw_rows(release_dir / "Skills.txt") if r["O*NET-SOC Code"] == "15-1252.00"}
    assert len(detail["skills"]) == 35
    for skill in detail["skills"]:
        assert {"element_id", "name", "importance", "level", "not_relevant",
                "suppressed"} <= set(skill)
        assert (skill["importance"], skill["level"]) == (raw[(skill["element_id"], "IM")],
                                                         raw[(skill["element_id"], "LV")])


def test_search_finds_computer_programmers(skillnav, imported):
    result = skillnav("search", "programmer", "--limit", "5", "--json")
    assert result.code == 0
    hits = result.json()
    assert len(hits) == 5
    assert set(hits[0]) == {"code", "title", "job_zone", "matched"}
    assert "Computer Programmers" in [h["title"] for h in hits]
    assert "Computer Programmers" in skillnav("search", "programmer").out  # the people's table


def test_unknown_and_malformed_codes(skillnav, imported):
    unknown = skillnav("occupation", "15-1252.09", "--json")
    assert unknown.code == 3 and unknown.err.count("\n") == 1
    malformed = skillnav("occupation", "151252", "--json")
    assert malformed.code == 2 and "not an O*NET-SOC code" in malformed.err
    assert skillnav("search", "nurse", "--limit", "0").code == 2


def test_a_truncated_release_exits_4_and_keeps_the_previous(skillnav, imported, release_dir,
                                                           tmp_path):
    folder = copy_release(release_dir, tmp_path / "db_30_1_text")
    skills = folder / "Skills.txt"
    skills.write_bytes(skills.read_bytes()[:3_000_000])  # cut mid-line
    result = skillnav("import-onet", str(folder))
    assert result.code == 4
    assert result.err.splitlines()[-1].startswith("skillnav: error: Skills.txt, line ")
    info = skillnav("info", "--json").json()
    assert info["release"] == "30.1" and info["demo"] is False


def test_info_on_a_fresh_folder_is_the_demo(skillnav, _isolated_data):
    info = skillnav("info", "--json").json()
    assert info["demo"] is True
    assert info["data_dir"] == str(_isolated_data)
    assert info["cache_path"].endswith("cache.sqlite")
    assert info["casework_path"].endswith("casework.sqlite")
