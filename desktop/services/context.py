"""The services one running app (or one CLI command) works with."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain.errors import StorageFailed
from desktop.domain.progress import TaskState
from desktop.paths import DataPaths, resolve_data_dir
from desktop.settings import Settings
from desktop.store.cache import CacheStore
from desktop.store.casework import CaseworkStore
from desktop.store.lock import exclusive


@dataclass
class Services:
    paths: DataPaths
    cache: CacheStore
    casework: CaseworkStore
    settings: Settings = field(default_factory=Settings)

    def close(self) -> None:
        self.cache.close()
        self.casework.close()

    def save_settings(self) -> None:
        self.settings.save(self.paths.settings)


def open_services(data_dir: str | Path | None = None, *, bootstrap: bool = True) -> Services:
    """Resolve the data folder and open both stores; the demo data fills an empty cache."""
    paths = DataPaths(resolve_data_dir(data_dir)).ensure()
    remove_leftovers(paths)
    services = Services(paths, CacheStore(paths.cache),
                        CaseworkStore(paths.casework, paths.backups),
                        Settings.load(paths.settings))
    if bootstrap:
        ensure_cache(services)
    return services


LEFTOVERS = ("*.importing", "*.restoring", ".*.part")  # what a killed import/restore/write left


def remove_leftovers(paths: DataPaths) -> None:
    """Staging files of a run that was killed, unless a run is going on right now."""
    try:
        with exclusive(paths.root, "a start-up clean-up"):
            for pattern in LEFTOVERS:
                for leftover in paths.root.glob(pattern):
                    leftover.unlink(missing_ok=True)
    except StorageFailed:  # busy (another run owns them) or a read-only folder
        pass


def ensure_cache(services: Services) -> None:
    """First launch: with nothing imported, serve the built-in demo dataset."""
    if services.cache.exists():
        return
    from desktop.store.demo import build_demo_cache

    staging = services.cache.staging_path()
    build_demo_cache(staging)
    services.cache.replace_with(staging)


def no_progress() -> TaskState:
    return TaskState()
