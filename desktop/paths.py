"""Where Skill Navigator keeps its files: one data folder, resolved once at start-up.

Order: ``--data-dir`` > ``SKILLNAV_DATA_DIR`` > the platform's per-user data folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "SKILLNAV_DATA_DIR"


def default_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("SkillNavigator", appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if os.environ.get(DATA_DIR_ENV):
        return Path(os.environ[DATA_DIR_ENV]).expanduser().resolve()
    return default_data_dir()


def resources_dir() -> Path:
    """``resources/`` beside the package in a checkout, or inside the frozen bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @property
    def cache(self) -> Path:
        return self.root / "cache.sqlite"

    @property
    def casework(self) -> Path:
        return self.root / "casework.sqlite"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def ui_state(self) -> Path:
        return self.root / "ui-state.ini"

    @property
    def models(self) -> Path:
        return self.root / "models"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    def ensure(self) -> DataPaths:
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        return self
