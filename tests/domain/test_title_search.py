"""The title index as arrays: what is saved and loaded searches like what was built."""

from __future__ import annotations

import io

import numpy as np

from desktop.domain.title_search import TitleIndex, index_arrays

TITLES = [
    ("29-1141.00", "Registered Nurses", False),
    ("29-1141.00", "Registered Nurse (RN)", True),
    ("29-1171.00", "Nurse Practitioners", False),
    ("47-2031.00", "Carpenters", False),
    ("47-2031.00", "Façade Carpenter", True),
    ("51-9199.00", "(—)", True),  # no words at all
    ("35-2014.00", "Cooks, Restaurant", False),
]


def saved_and_loaded(arrays: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    with np.load(io.BytesIO(buffer.getvalue()), allow_pickle=False) as stored:
        return {key: stored[key] for key in stored.files}


def test_a_loaded_index_searches_like_the_built_one():
    built = TitleIndex.of(TITLES)
    loaded = TitleIndex(saved_and_loaded(index_arrays(TITLES)))
    for query in ("rn", "nurse", "registered nurse", "carp", "façade", "cook", "x", "nurses"):
        assert loaded.search(query) == built.search(query), query
    assert loaded.search("rn")[0] == ("29-1141.00", "Registered Nurse (RN)")
    assert loaded.search("ade") == [("47-2031.00", "Façade Carpenter")]  # text kept whole
    assert loaded.occupation_titles["47-2031.00"] == "Carpenters"
    assert loaded.suggestions("carpentr")[0] == "carpenter"


def test_an_empty_release_has_an_empty_index():
    index = TitleIndex(saved_and_loaded(index_arrays([])))
    assert index.search("nurse") == [] and index.codes == []
