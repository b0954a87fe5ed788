"""JSON contracts and exit codes of recommend, client, feedback and model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import run_main as run

SOFTWARE = "15-1252.00"


@pytest.fixture
def data_dir(release_services) -> str:
    path = str(release_services.paths.root)
    release_services.close()
    return path


def ratings_file(tmp_path: Path, content: str) -> str:
    path = tmp_path / "ratings.json"
    path.write_text(content, "utf-8")
    return str(path)


def test_recommend_json_contract(capsys, data_dir, tmp_path) -> None:
    from desktop.services import casework
    from desktop.services.context import open_services

    services = open_services(data_dir)
    ratings = casework.occupation_ratings(services, SOFTWARE)
    services.close()
    file = ratings_file(tmp_path, json.dumps(ratings))
    code, out, _ = run(capsys, data_dir, "recommend", "--ratings", file, "--current", SOFTWARE,
                       "--json")
    assert code == 0 and set(out) == {"model", "background", "ready_now", "trainable",
                                      "long_reskill"}
    assert out["model"] == "level-aware" and out["background"]["education_stated"] is False
    assert 0 < len(out["ready_now"]) <= 10
    item = out["ready_now"][0]
    assert {"code", "title", "fit", "match_score", "gap_severity", "key_gaps", "job_zone",
            "job_zone_diff", "relatedness", "onet_related", "over_qualified", "top_gaps",
            "training_suggestion", "training_time", "explanation"} <= set(item)
    code, stated, _ = run(capsys, data_dir, "recommend", "--ratings", file, "--current",
                          SOFTWARE, "--education", "8", "--experience", "6", "--json")
    assert stated["background"]["education"] == 8 and stated["background"]["experience_stated"]
    for gap in out["trainable"][0]["top_gaps"]:
        assert set(gap) == {"element_id", "name", "importance", "level", "client_rating"}
    code, everything, _ = run(capsys, data_dir, "recommend", "--ratings", file, "--model",
                              "skillsprout", "--limit-per-bucket", "0", "--json")
    assert everything["model"] == "skillsprout"
    assert sum(len(everything[t]) for t in ("ready_now", "trainable", "long_reskill")) == 894


@pytest.mark.parametrize(("content", "argv", "exit_code", "message"), [
    ("{not json", [], 4, "not valid JSON"),
    ("[1, 2]", [], 4, "JSON object"),
    ("{}", [], 4, "at least one rating"),
    ('{"2.B.3.e": 5}', [], 4, "0–4"),
    ('{"9.Z.9": 1}', [], 4, "not an O*NET skill"),
    ('{"2.B.3.e": 2}', ["--current", "15-12"], 2, "not an O*NET-SOC code"),
    ('{"2.B.3.e": 2}', ["--current", "99-9999.00"], 3, "no occupation"),
    ('{"2.B.3.e": 2}', ["--limit-per-bucket", "-1"], 2, "limit"),
])
def test_recommend_refuses_bad_input_clearly(capsys, data_dir, tmp_path, content, argv,
                                             exit_code, message) -> None:
    code, _, err = run(capsys, data_dir, "recommend", "--ratings",
                       ratings_file(tmp_path, content), *argv, "--json")
    assert code == exit_code and message in err and len(err.strip().splitlines()) == 1


def test_client_background_is_set_checked_and_reset(capsys, data_dir) -> None:
    code, client, _ = run(capsys, data_dir, "client", "add", "K-8", "--current", SOFTWARE,
                          "--education", "6", "--json")
    assert code == 0 and (client["education"], client["experience_years"]) == (6, None)
    code, client, _ = run(capsys, data_dir, "client", "background", str(client["id"]),
                          "--education", "assume", "--experience", "3.5", "--json")
    assert (client["education"], client["experience_years"]) == (None, 3.5)
    code, _, err = run(capsys, data_dir, "client", "background", str(client["id"]),
                       "--education", "13")
    assert code == 2 and "category 1–12" in err
    code, _, err = run(capsys, data_dir, "client", "background", str(client["id"]),
                       "--experience", "-2")
    assert code == 2 and "0 to 60" in err


def test_client_rate_recommend_feedback_and_model_status(capsys, data_dir) -> None:
    code, client, _ = run(capsys, data_dir, "client", "add", "K-7", "--current", SOFTWARE,
                          "--json")
    assert code == 0 and client["label"] == "K-7"
    cid = str(client["id"])
    code, shown, _ = run(capsys, data_dir, "client", "rate", cid, "--prefill", SOFTWARE,
                         "--json")
    assert len(shown["ratings"]) == 35
    code, shown, _ = run(capsys, data_dir, "client", "rate", cid, "--set", "2.B.3.e=4", "--json")
    assert shown["ratings"]["2.B.3.e"] == 4
    code, shown, _ = run(capsys, data_dir, "client", "rate", cid, "--undo", "--json")
    assert shown["ratings"]["2.B.3.e"] != 4
    code, listed, _ = run(capsys, data_dir, "client", "list", "--json")
    assert [c["label"] for c in listed] == ["K-7"]
    code, result, _ = run(capsys, data_dir, "recommend", "--client", cid, "--json")
    assert code == 0 and isinstance(result["event_id"], int)
    target = result["ready_now"][0]["code"]
    code, out, _ = run(capsys, data_dir, "feedback", str(result["event_id"]), target, "offer")
    assert code == 0 and "Recorded" in out
    code, _, err = run(capsys, data_dir, "feedback", str(result["event_id"]), SOFTWARE, "hide")
    assert code == 3 and "was not recommended" in err
    code, status, _ = run(capsys, data_dir, "model", "status", "--json")
    assert status["labelled_samples"] == 1 and status["active"] is None
    code, _, err = run(capsys, data_dir, "model", "train")
    assert code == 2 and "at least 50" in err
    code, archived, _ = run(capsys, data_dir, "client", "archive", cid, "--json")
    assert archived["archived"] is True
    code, _, err = run(capsys, data_dir, "client", "show", "999")
    assert code == 3
