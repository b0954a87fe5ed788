"""Upstream-shaped documents with contacts in free text and skills without UUIDs, through the
real sync (MongoDB wire server), to every export format and to the Analytics figures."""

from __future__ import annotations

import csv
import json
import uuid
from collections import Counter
from datetime import date

import pytest
from openpyxl import load_workbook

from desktop.domain.analytics import normalise_label
from desktop.domain.periods import period
from desktop.services import analytics, casework, exports
from desktop.services.sync import MongoTarget, sync_analyses, sync_compass
from tests.fixtures.compass_docs import Generator, analysis

pytestmark = pytest.mark.mongo
EMAIL, PHONE = "ana.gomez@example.org", "+54 9 11 4444-5555"
SECRETS = ("example.org", "4444-5555", "612 345 678")
SESSIONS = [i for i in range(20) if i % 10 != 3]  # no legacy documents: explored views only
NO_UUID = {"work according to recipe", "cook meat", "manage stock"}


def with_contacts_and_unknown_skills(i: int) -> dict:
    """A state document whose first title and first top label hold contacts, whose
    NO_UUID skills lack a UUID (in varying case) and whose other skills share one UUID per
    label."""
    document = Generator().state(i)
    for number, experience in enumerate(document["explored_experiences"]):
        for _, skill in experience["top_skills"]:
            label = skill["preferredLabel"]
            if label in NO_UUID:
                skill.pop("UUID", None)
                skill["preferredLabel"] = label.upper() if i % 2 else f" {label} "
            else:
                skill["UUID"] = str(uuid.uuid5(uuid.NAMESPACE_URL, label))
        if number == 0:
            experience["experience_title"] = f"Cajera — {EMAIL}, {PHONE}"
            known = next(skill for _, skill in experience["top_skills"] if "UUID" in skill)
            known["preferredLabel"] = "ask me: 612 345 678"
    return document


def reference_top_skills(documents: list[dict]) -> Counter:
    """Times each skill is among a kept experience's top skills, keyed as the page groups."""
    keys: Counter = Counter()
    for document in documents:
        for experience in document["explored_experiences"]:
            for _, skill in experience["top_skills"]:
                keys[skill.get("UUID") or normalise_label(skill["preferredLabel"])] += 1
    return keys


@pytest.fixture
def synced(services, mongo_db, mongo_uri):
    documents = [with_contacts_and_unknown_skills(i) for i in SESSIONS]
    mongo_db.explore_experiences_director_state.insert_many(documents)
    generator = Generator()
    mongo_db.user_preferences.insert_many([generator.user(i) for i in range(10)])
    mongo_db.agent_director_state.insert_many([generator.agent(i) for i in range(20)])
    cv = [analysis(i) for i in range(20)]
    cv[0]["questionnaire_responses"]["awards"] = f"Ask {EMAIL} or call {PHONE}"
    cv[1]["analysis_results"]["analysis"]["strengths"].append("Reach me on 612 345 678")
    cv[2]["field"] = f"design ({EMAIL})"
    mongo_db.cv_analyses.insert_many(cv)
    target = MongoTarget(mongo_uri, mongo_db.name)
    sync_compass(services, target)
    sync_analyses(services, target)
    return services, documents


def file_text(path, file_format: str) -> str:
    if file_format != "xlsx":
        return path.read_text("utf-8")
    book = load_workbook(path)
    return "\n".join(str(value) for sheet in book.worksheets for row in sheet.values
                     for value in row)


@pytest.mark.parametrize("file_format", ["csv", "json", "xlsx"])
def test_every_export_masks_contacts_by_default(synced, tmp_path, file_format):
    services, _ = synced
    casework.create_client(services, f"Client {PHONE}", notes=f"mail {EMAIL}")
    written = {
        "skills": exports.export_user_skills(services, tmp_path / f"s.{file_format}",
                                             file_format).path,
        "analyses": exports.export_analyses(services, tmp_path / f"a.{file_format}",
                                            file_format).path,
        "caseload": tmp_path / f"c.{file_format}"}
    exports.write_table(exports.caseload_table(services), written["caseload"], file_format)
    for name, path in written.items():
        text = file_text(tmp_path / path, file_format)
        assert not [s for s in SECRETS if s in text], name
        assert "[email removed]" in text, name
    skills = file_text(tmp_path / written["skills"], file_format)
    assert "Cajera — [email removed], [phone removed]" in skills
    assert "ask me: [phone removed]" in skills
    analyses_text = file_text(tmp_path / written["analyses"], file_format)
    assert "design ([email removed])" in analyses_text
    if file_format == "json":
        dataset = json.loads(analyses_text)["dataset"]
        first = next(d for d in dataset if d["session_id"].endswith("00000000"))
        assert first["questionnaire_responses"]["awards"] == \
            "Ask [email removed] or call [phone removed]"
        assert first["created_at"].startswith("2025-11-03T14:23")  # dates are not phones


def test_keep_contacts_is_for_internal_use(synced, tmp_path):
    services, _ = synced
    path = tmp_path / "a.json"
    exports.export_analyses(services, path, "json", contacts="keep")
    assert EMAIL in path.read_text("utf-8") and PHONE in path.read_text("utf-8")
    exports.export_user_skills(services, tmp_path / "s.csv", "csv", contacts="keep")
    meta = json.loads((tmp_path / "s.csv.meta.json").read_text("utf-8"))
    assert meta["contacts"] == "e-mail addresses and phone numbers kept (internal use only)"
    assert f"Cajera — {EMAIL}, {PHONE}" in (tmp_path / "s.csv").read_text("utf-8")


def test_the_seed_csv_is_unchanged_without_contacts(synced, tmp_path):
    """Masking is on by default, and rows without contacts come out byte for byte as with
    masking off."""
    services, _ = synced
    masked, kept = tmp_path / "masked.csv", tmp_path / "kept.csv"
    exports.export_user_skills(services, masked, "csv", source="pipeline")
    exports.export_user_skills(services, kept, "csv", source="pipeline", contacts="keep")
    assert masked.read_bytes() == kept.read_bytes()  # the pipeline view holds no contacts


def test_analyses_export_what_is_shown_or_everything(synced, tmp_path):
    services, _ = synced
    everything = exports.export_analyses(services, tmp_path / "all.csv", "csv")
    shown = exports.export_analyses(services, tmp_path / "shown.csv", "csv",
                                    field="arts_culture", status=None)
    with open(tmp_path / "shown.csv", newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    # arts_culture: i % 3 == 1 -> 1 4 7 10 13 16 19; errors at 4 19
    assert (everything.count, shown.count, len(rows)) == (16, 7, 7)
    assert {r["processing_status"] for r in rows} == {"completed", "error"}
    sidecar = json.loads(exports.sidecar_path(shown.path).read_text(encoding="utf-8"))
    assert sidecar["selection"] == {"field": "arts_culture", "status": "all"}


def test_top_skills_group_by_uuid_else_by_normalised_label(synced):
    services, documents = synced
    expected = reference_top_skills(documents)
    top = analytics.overview(services).compass.top_skills
    assert len(top) == 15
    for skill in top:
        key = skill.skill_uuid or normalise_label(skill.preferred_label)
        assert skill.count == expected[key], skill
    assert [s.count for s in top] == sorted(expected.values(), reverse=True)[:15]
    unknown = [normalise_label(s.preferred_label) for s in top if not s.skill_uuid]
    # separate skills, not one lump, whatever their case or spacing
    assert len(unknown) >= 2 and set(unknown) <= NO_UUID and len(set(unknown)) == len(unknown)


def test_the_period_filters_every_figure(synced):
    services, _ = synced
    # analyses are created hourly from 3 Nov 2025 14:23; sessions end on 3 Nov
    chosen = period("custom", date.today(), date(2025, 11, 4), date(2025, 11, 30))
    data = analytics.chart_data(services, chosen)
    overview = data.overview
    assert (overview.total_analyses, overview.completed, overview.errors) == (10, 8, 2)
    assert sum(f.completed + f.errors + f.other for f in data.per_field) == 10
    assert sum(r.count for r in overview.by_recommendation) == 8
    assert sum(f.count for f in overview.by_field) == 8
    assert data.over_time.counts.sum() == 10
    assert data.score_histogram.sum() == overview.scored <= 8
    assert data.likelihood_histogram.sum() == 8
    compass = overview.compass
    assert (compass.sessions, compass.experiences, compass.top_skills) == (0, 0, [])
    assert data.skills_per_experience == []
    assert (data.cached.analyses, data.cached.sessions) == (20, len(SESSIONS))
    assert overview.period.label == "4 Nov 2025 – 30 Nov 2025"

    first_day = analytics.chart_data(services, period("custom", date.today(),
                                                      date(2025, 11, 3), date(2025, 11, 3)))
    assert first_day.overview.total_analyses == 10
    # sessions 0 and 11 have no conversation time: a bounded period leaves them out
    assert first_day.overview.compass.sessions == len(SESSIONS) - 2
    assert first_day.synced_at.compass and first_day.synced_at.analyses
