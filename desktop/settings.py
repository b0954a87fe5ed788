"""Preferences: declared once, typed, with defaults; stored as JSON in the data folder.

Never secrets (those live in the OS keychain) and never UI state (window geometry lives in
ui-state.ini, owned by the UI).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path


@dataclass
class Settings:
    scoring_model: str = "level-aware"
    ready_now_match: float = 75.0
    ready_now_gap: float = 25.0
    trainable_match: float = 50.0
    trainable_gap: float = 55.0
    # level-aware tiers (domain.readiness)
    ready_gap: float = 15.0
    trainable_gap_max: float = 40.0
    trainable_zones: int = 1
    trainable_years: float = 2.0
    over_qualified_zones: int = 2
    related_top: float = 5.0
    calibration_min_samples: int = 50
    exploration_enabled: bool = False
    exploration_epsilon: float = 0.1
    onet_api_base_url: str = "https://api-v2.onetcenter.org/"
    compass_db: str = ""
    compass_taxonomy_db: str = ""
    analyses_db: str = "proof_of_talent"
    analyses_collection: str = "cv_analyses"

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Unknown keys are dropped and a damaged file falls back to defaults."""
        try:
            stored = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        defaults = cls()
        values = {}
        for key, value in stored.items() if isinstance(stored, dict) else ():
            if key in known and type(value) is type(getattr(defaults, key)):
                values[key] = value
        return cls(**values)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(asdict(self), indent=2), "utf-8")
        os.replace(temporary, path)
