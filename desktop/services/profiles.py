"""Profile matrices, loaded once per cache file and reused until the cache changes."""

from __future__ import annotations

import threading

from desktop.domain.profiles import ProfileMatrix
from desktop.services.context import Services
from desktop.store.profiles import load_profiles

_lock = threading.Lock()
_loaded: dict[tuple[str, float, str], ProfileMatrix] = {}


def profiles(services: Services, domain: str = "skills") -> ProfileMatrix:
    """The matrix for ``domain``; a new import (new file, new mtime) loads it afresh."""
    path = services.cache.path
    key = (str(path), path.stat().st_mtime, domain)
    with _lock:
        if key not in _loaded:
            with services.cache.read() as db:
                matrix = load_profiles(db, domain)
            for stale in [k for k in _loaded if k[0] == key[0] and k[2] == domain]:
                del _loaded[stale]
            _loaded[key] = matrix
        return _loaded[key]
