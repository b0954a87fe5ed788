"""Similar occupations (method in domain.similarity): one matrix per release.

The matrix is computed once when a release is imported and kept in the cache file
(``precomputed`` table), with each occupation's STORED nearest neighbours
(``similar_occupation``), so neither ``similar`` nor a recommendation waits for it: a list
of neighbours is one indexed query. A cache without them (the demo data, an older import, a
sync that changed an occupation) computes them on first use and stores them.
"""

from __future__ import annotations

import csv
import math
import threading
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from desktop.domain import similarity
from desktop.domain.codes import require_soc_code
from desktop.domain.errors import InvalidArgument
from desktop.domain.progress import TaskState
from desktop.services.context import Services
from desktop.services.files import atomic_text
from desktop.services.gaps import rated_row
from desktop.services.profiles import profiles
from desktop.store import recommend_inputs, similarity_inputs
from desktop.store.recommend_inputs import RelatedOccupation
from desktop.store.similarity_inputs import Neighbour

DEFAULT_TOP = 10
STORED = 100  # neighbours stored per occupation: the Similar page lists at most 100
MATRIX = "similarity"


@dataclass(frozen=True, slots=True)
class SimilarityFile:
    """What ``write_all`` wrote: the file, how many occupations, neighbours per occupation."""

    output: str
    occupations: int
    top: int


@dataclass(frozen=True)
class Similarities:
    codes: list[str]
    titles: list[str]
    job_zones: np.ndarray
    scores: np.ndarray  # (n, n), NaN diagonal


_lock = threading.Lock()
_computed: dict[tuple[str, int], Similarities] = {}


def load_inputs(services: Services) -> similarity.SimilarityInputs:
    skills, knowledge = profiles(services, "skills"), profiles(services, "knowledge")
    codes = skills.codes  # candidates: the occupations with skill ratings
    with services.cache.read() as db:
        documents = similarity_inputs.title_documents(db)
        technology = similarity_inputs.technology_examples(db)
        interests = similarity_inputs.interest_scores(db)
    missing = [None] * len(similarity_inputs.RIASEC_ELEMENTS)

    def optional(domain: str) -> np.ndarray | None:
        matrix = profiles(services, domain)
        return similarity.profile_vectors(matrix, codes) if len(matrix) else None

    return similarity.SimilarityInputs(
        codes=codes, titles=skills.titles, job_zones=skills.job_zones,
        skills=similarity.profile_vectors(skills, codes),
        knowledge=similarity.profile_vectors(knowledge, codes),
        title_documents=[documents.get(code, "") for code in codes],
        technology=[technology.get(code, []) for code in codes],
        interests=np.array([interests.get(code, missing) for code in codes], dtype=float),
        abilities=optional("abilities"), activities=optional("work_activities"))


def similarities(services: Services, task: TaskState | None = None) -> Similarities:
    """All pairwise scores of the current release: stored at import, else computed once."""
    key = services.cache.version()
    with _lock:
        if key not in _computed:
            skills = profiles(services, "skills")

            def compute() -> dict[str, np.ndarray]:
                scores = similarity.similarity_matrix(load_inputs(services), task=task)
                return {"codes": np.array(skills.codes), "scores": scores.astype(np.float32)}

            stored = recommend_inputs.saved_or_computed(services.cache, MATRIX, compute)
            if stored["codes"].tolist() != skills.codes:  # never expected: fail loudly
                raise RuntimeError("the stored similarity matrix does not fit the release")
            scores = stored["scores"].astype(float)
            key = services.cache.version()  # saving it was a write
            _computed.clear()
            _computed[key] = Similarities(skills.codes, skills.titles, skills.job_zones, scores)
        return _computed[key]


def _check_top(top: int) -> None:
    if top < 1:
        raise InvalidArgument("--top must be at least 1")


def similar(services: Services, code: str, top: int = DEFAULT_TOP,
            task: TaskState | None = None) -> list[Neighbour]:
    """The ``top`` occupations most similar to ``code``, best first."""
    _check_top(top)
    code = require_soc_code(code)
    found = None
    if top <= STORED:
        found = _stored(services, code, top)
        if found is None and not services.cache.read_only:
            store_neighbours(services, task)
            found = _stored(services, code, top)
    if found is None:  # more than are stored: from the whole matrix
        result = similarities(services, task)
        order, scores = similarity.top_neighbours(
            result.scores, top, [rated_row(services, profiles(services, "skills"), code)])
        found = [Neighbour(result.codes[j], result.titles[j], float(score),
                           None if math.isnan(result.job_zones[j]) else int(result.job_zones[j]))
                 for j, score in zip(order[0], scores[0], strict=True) if not math.isnan(score)]
    if not found:
        rated_row(services, profiles(services, "skills"), code)  # NotFound, saying why
    return [replace(n, similarity=round(n.similarity, 4)) for n in found]


def _stored(services: Services, code: str, top: int) -> list[Neighbour] | None:
    with services.cache.read() as db:
        return similarity_inputs.neighbours(db, code, top, MATRIX)


def prepare(services: Services) -> None:
    """Store the neighbours if the cache lacks them (once per release) and can be written."""
    with services.cache.read() as db:
        stored = similarity_inputs.neighbours_stored(db, MATRIX)
    if not stored and not services.cache.read_only:
        store_neighbours(services)


def store_neighbours(services: Services, task: TaskState | None = None) -> None:
    """Store each rated occupation's STORED nearest neighbours."""
    result = similarities(services, task)
    order, scores = similarity.top_neighbours(result.scores, STORED)
    rows = [(code, rank, result.codes[j], float(score))
            for i, code in enumerate(result.codes)
            for rank, (j, score) in enumerate(zip(order[i], scores[i], strict=True), 1)
            if not math.isnan(score)]
    with services.cache.write() as db:
        similarity_inputs.save_neighbours(db, rows)


def onet_related(services: Services, code: str) -> list[RelatedOccupation]:
    """O*NET's own list of related occupations (Related Occupations.txt); empty when the
    imported release does not have the file."""
    with services.cache.read() as db:
        return recommend_inputs.related_to(db, require_soc_code(code))


def write_all(services: Services, output: str | Path, top: int = DEFAULT_TOP,
              task: TaskState | None = None) -> SimilarityFile:
    """CSV of code, rank, similar_code, similarity for every occupation with ratings.

    Written to a temporary file beside ``output`` and renamed over it, so a failure or a
    cancel never leaves a half-written file.
    """
    _check_top(top)
    task = task or TaskState()
    output = Path(output)
    result = similarities(services, task)
    order, scores = similarity.top_neighbours(result.scores, top)
    with atomic_text(output) as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "rank", "similar_code", "similarity"])
        for i, code in enumerate(result.codes):
            task.check()
            writer.writerows(
                (code, rank, result.codes[j], f"{score:.4f}")
                for rank, (j, score) in enumerate(zip(order[i], scores[i], strict=True), 1)
                if not math.isnan(score))
    return SimilarityFile(str(output), len(result.codes), order.shape[1])
