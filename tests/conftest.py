"""Shared fixtures. Qt runs offscreen unless QT_QPA_PLATFORM says otherwise (CI's Xvfb pass).

Tests use the real O*NET 30.1 release in ../shared/onet/db_30_1_text (found relative to the
repository root). It is never copied into the project.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
pytest_plugins = ["tests.fixtures.mongo_server"]  # mongo_uri, mongo_db: a real wire server

REPO = Path(__file__).resolve().parent.parent
RELEASE = REPO.parent / "shared" / "onet" / "db_30_1_text"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests that use Qt fixtures are GUI tests: `pytest -m "not gui"` is the fast loop."""
    for item in items:
        if {"qtbot", "qapp"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _isolated_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder, settings and Qt standard paths."""
    data = tmp_path / "data"
    monkeypatch.setenv("SKILLNAV_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    return data


@pytest.fixture(scope="session")
def release_dir() -> Path:
    if not (RELEASE / "Skills.txt").exists():
        pytest.fail(f"the shared O*NET release is missing at {RELEASE}", pytrace=False)
    return RELEASE


@pytest.fixture(scope="session")
def imported_cache(tmp_path_factory: pytest.TempPathFactory, release_dir: Path) -> Path:
    """A cache file with the real release imported once per test session (copy it to write)."""
    from desktop.domain.progress import TaskState
    from desktop.services import catalog
    from desktop.services.context import open_services
    from desktop.store.onet_import import build_release_cache

    target = tmp_path_factory.mktemp("release") / "cache.sqlite"
    build_release_cache(release_dir, target, TaskState())
    opened = open_services(target.parent)  # precompute what an import does
    catalog.precompute(opened)
    opened.close()
    return target


@pytest.fixture
def services(_isolated_data: Path):
    """Services on a fresh data folder (demo data in the cache)."""
    from desktop.services.context import open_services

    opened = open_services(_isolated_data)
    yield opened
    opened.close()


@pytest.fixture
def release_services(_isolated_data: Path, imported_cache: Path):
    """Services whose cache holds the real O*NET 30.1 release."""
    import shutil

    from desktop.services.context import open_services

    _isolated_data.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(imported_cache, _isolated_data / "cache.sqlite")
    opened = open_services(_isolated_data)
    yield opened
    opened.close()
