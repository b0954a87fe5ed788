"""Write synced-looking rows straight into the cache tables (what the sync would store).

Skills are (skill_uuid, preferred_label) or (skill_uuid, preferred_label, order_index);
ranks are dense and 1-based in order_index (explored) or list (pipeline) order, as the sync
stores them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Connection

from desktop.store.sync_tables import (
    TABLES,
    CompassExperience,
    CompassSession,
    CompassSkill,
    CvAnalysis,
)

MODEL_ID = "673b3fc9b52651611ad13a80"


@dataclass
class Exp:
    uuid: str
    title: str = ""
    top: list[tuple[Any, ...]] = field(default_factory=list)
    remaining: list[tuple[Any, ...]] = field(default_factory=list)


def add_session(db: Connection, session_id: int, *, user_id: str | None = None,
                user_created_at: str | None = None, session_timestamp: str | None = None,
                source_db: str | None = "brujula-dev", **views: list[Exp]) -> None:
    """``views``: pipeline=[Exp…], explored=[Exp…], deleted=[Exp…]."""
    db.execute(TABLES[CompassSession].insert(), [dict(
        session_id=session_id, user_id=user_id, user_created_at=user_created_at,
        session_timestamp=session_timestamp, source_db=source_db)])
    experiences, skills = [], []
    for view, entries in views.items():
        for position, exp in enumerate(entries):
            experiences.append(dict(session_id=session_id, view=view,
                                    experience_uuid=exp.uuid, position=position,
                                    title=exp.title))
            for kind, listed in (("top", exp.top), ("remaining", exp.remaining)):
                ordered = sorted(listed, key=lambda s: s[2]) if view != "pipeline" else listed
                for rank, skill in enumerate(ordered, 1):
                    skills.append(dict(
                        session_id=session_id, view=view, experience_uuid=exp.uuid, kind=kind,
                        rank=rank, order_index=skill[2] if view != "pipeline" else None,
                        skill_uuid=skill[0], model_id=MODEL_ID, preferred_label=skill[1]))
    if experiences:
        db.execute(TABLES[CompassExperience].insert(), experiences)
    if skills:
        db.execute(TABLES[CompassSkill].insert(), skills)


def analysis_document(*, likelihood: float = 0.5, strengths: tuple[str, ...] = ("Strong CV",),
                      gaps: tuple[tuple[str, str], ...] = (("Recommendation Letters",
                                                             "critical"),),
                      milestones: tuple[tuple[str, int], ...] = (("Find recommenders", 2),)
                      ) -> dict[str, Any]:
    """An upstream-shaped ``analysis_results`` (null top-level metrics are upstream's)."""
    return {"analysis_results": {
        "field": "digital_technology", "timestamp": "2025-11-22T12:36:01.512345+00:00",
        "analysis": {"likelihood": likelihood, "assessment_level": "Exceptional Promise",
                     "gaps": [{"type": t, "severity": s, "description": f"{t} missing",
                               "recommendation": f"Get {t}"} for t, s in gaps],
                     "strengths": list(strengths), "overall_assessment": "Promising",
                     "next_steps": ["Apply"]},
        "roadmap": {"milestones": [{"title": t, "description": f"{t}…", "duration_weeks": w,
                                    "priority": "critical", "evidence_to_collect": [],
                                    "addresses_gaps": []} for t, w in milestones],
                    "total_weeks": sum(w for _, w in milestones)}},
        "overall_score": None, "likelihood": None, "recommendation": None}


def add_analysis(db: Connection, analysis_id: str, *, field: str | None = "digital_technology",
                 status: str = "completed", score: float | None = None,
                 likelihood: float | None = None, recommendation: str | None = None,
                 created_at: str = "2025-11-22T12:36:02.000Z",
                 document: dict[str, Any] | None = None, **columns: Any) -> None:
    raw = dict(document or {}, _id={"$oid": analysis_id}, field=field,
               processing_status=status, created_at={"$date": created_at})
    db.execute(TABLES[CvAnalysis].insert(), [dict(
        dict(id=analysis_id, session_id=f"session_{analysis_id}", field=field,
             processing_status=status, overall_score=score, likelihood=likelihood,
             recommendation=recommendation, created_at=created_at,
             derived=json.dumps(["likelihood"]) if likelihood is not None else None,
             raw_json=json.dumps(raw)), **columns)])


def compass_scenario(db: Connection) -> None:
    """Four sessions of three users, with a rename, a removed top skill, a deleted
    experience, an experience with no top skills, formula-looking text and an e-mail."""
    e5 = Exp("e5", "Panadero", top=[("s5", "hornear", 0)])
    add_session(db, 100, user_id="u1", user_created_at="2025-11-03T14:21:55",
                session_timestamp="2025-11-03T15:02:44.512+00:00", pipeline=[e5], explored=[e5])
    add_session(
        db, 200, user_id="u1", user_created_at="2025-11-03T14:21:55",
        session_timestamp="2025-11-04T17:02:44.512+02:00",
        pipeline=[Exp("e1", "Vendedora", top=[("s1", "atender clientes"),
                                              ("s2", "manejar caja"), ("s3", "limpiar")]),
                  Exp("e2", "Cocinera", top=[("s4", "cocinar")]),
                  Exp("e3", "Sin habilidades", remaining=[("s9", "otra")])],
        # the user removed s1 from the top skills and renamed s2; e2 was deleted
        explored=[Exp("e1", "Vendedora", top=[("s2", "manejar la caja registradora", 1),
                                              ("s3", "limpiar", 2)],
                      remaining=[("s1", "atender clientes", 5)])],
        deleted=[Exp("e2", "Cocinera", top=[("s4", "cocinar", 0)])])
    e4 = Exp("e4", "=cmd|' /C calc'!A0", top=[("s6", "-negotiate", 0), ("s7", "@mention", 1)])
    e6 = Exp("e6", "Cook for ana@example.com", top=[("s5", "hornear", 0)])
    add_session(db, 300, user_id="u2", user_created_at=None,
                session_timestamp="2025-11-05T09:00:00Z", pipeline=[e4, e6], explored=[e4, e6])
    add_session(db, 400, user_id="u3", user_created_at="2025-11-06T10:00:00")


SKILL_LABELS = [
    "atender a los clientes", "manejar la caja registradora", "mantener la limpieza del área "
    "de trabajo", "cocinar alimentos", "trabajar en equipo", "gestionar el inventario",
    "comunicarse con los clientes", "utilizar herramientas informáticas", "conducir vehículos",
    "cuidar a niños", "vender productos", "organizar el trabajo propio",
    "aplicar normas de higiene y seguridad alimentaria", "reparar equipos eléctricos",
    "preparar presupuestos", "resolver problemas", "hablar inglés", "manejar redes sociales",
    "planificar eventos", "realizar tareas de mantenimiento de edificios",
]


def realistic_data(db: Connection, analyses: int = 2000, sessions: int = 300,
                   seed: int = 7) -> None:
    """Plausible volumes and shapes for screenshots and load: fields, statuses, a growing
    trend over the last eight months, scores from likelihoods; Compass skills with a long
    tail."""
    import numpy as np

    rng = np.random.default_rng(seed)
    fields = rng.choice(["digital_technology", "arts_culture", "science_research"], analyses,
                        p=[0.55, 0.25, 0.2])
    status = rng.choice(["completed", "error", "analyzing"], analyses, p=[0.94, 0.05, 0.01])
    likelihood = np.round(rng.beta(4, 3, analyses), 3)
    score = np.clip(np.round(likelihood * 100 + rng.normal(0, 8, analyses), 1), 0, 100)
    days = np.sort(240 * np.sqrt(rng.random(analyses)))  # more analyses recently
    start = np.datetime64("today", "s") - np.timedelta64(240, "D")
    created = start + (days * 86400).astype("timedelta64[s]")
    recommendation = np.where(likelihood >= 0.7, "strong",
                              np.where(likelihood >= 0.45, "moderate", "weak"))
    rows = []
    for i in range(analyses):
        done = status[i] == "completed"
        rows.append((f"{i:024x}", f"session_{i}", fields[i], status[i],
                     f"{created[i]}Z", float(score[i]) if done else None,
                     float(likelihood[i]) if done else None,
                     str(recommendation[i]) if done and rng.random() > 0.03 else None,
                     '["overall_score", "likelihood", "recommendation"]' if done else None,
                     None if done else "LLM timeout"))
    db.exec_driver_sql(
        "INSERT INTO cv_analysis (id, session_id, field, processing_status, created_at, "
        "overall_score, likelihood, recommendation, derived, error_message) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    weights = 1 / np.arange(1, len(SKILL_LABELS) + 1)
    weights /= weights.sum()
    for s in range(sessions):
        experiences = []
        for e in range(int(rng.integers(1, 5))):
            picks = rng.choice(len(SKILL_LABELS), int(rng.integers(1, 9)), replace=False,
                               p=weights)
            experiences.append(Exp(f"{s}-{e}", f"Experiencia {e}", top=[
                (f"skill-{p}", SKILL_LABELS[p], k) for k, p in enumerate(picks)]))
        add_session(db, 1000 + s, user_id=f"user{s // 2}", user_created_at="2025-05-01T10:00:00",
                    session_timestamp="2025-06-01T10:00:00", explored=experiences)
