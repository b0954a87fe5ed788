"""Profile matrices, loaded once per cache file and reused until the cache changes.

Building a matrix from the rating rows takes seconds; its arrays are saved in the cache
(``precomputed``) the first time, at import, so later starts load them in milliseconds.
"""

from __future__ import annotations

import threading

import numpy as np

from desktop.domain.profiles import ProfileMatrix
from desktop.services.context import Services
from desktop.store.profiles import from_arrays, load_profiles, to_arrays
from desktop.store.recommend_inputs import saved_or_computed

_lock = threading.Lock()
_loaded: dict[tuple[tuple[str, int], str], ProfileMatrix] = {}


def profiles(services: Services, domain: str = "skills") -> ProfileMatrix:
    """The matrix for ``domain``; after any write to the cache it is loaded afresh."""
    key = (services.cache.version(), domain)
    with _lock:
        if key not in _loaded:
            def load() -> dict[str, np.ndarray]:
                with services.cache.read() as db:
                    return to_arrays(load_profiles(db, domain))

            matrix = from_arrays(domain, saved_or_computed(services.cache, f"profiles:{domain}",
                                                           load))
            key = (services.cache.version(), domain)  # saving it was a write
            for stale in [k for k in _loaded if k[0][0] == key[0][0] and k[1] == domain]:
                del _loaded[stale]
            _loaded[key] = matrix
        return _loaded[key]
