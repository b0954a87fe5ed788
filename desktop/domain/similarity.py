"""Similar occupations: one score in [0, 1] per pair of occupations, all pairs at once.

The score is a weighted mean of up to eight components, each in [0, 1]:

============  ======  =====================================================================
component     weight  how
============  ======  =====================================================================
skills        0.20    importance-weighted level vectors ``LV × (IM − 1) / 4`` (Not Relevant
                      → 0), centred on the mean occupation, cosine mapped to ``(c + 1) / 2``
knowledge     0.15    the same over the Knowledge ratings
abilities     0.10    the same over Abilities (when the release has them)
activities    0.15    the same over Work Activities (when the release has them)
titles        0.30    TF-IDF cosine of the title plus every alternate title (English stop
                      words dropped, words used by one occupation only ignored)
technology    0.10    TF-IDF cosine of the Technology Skills examples (software used
                      everywhere, e.g. Microsoft Excel, weighs little)
interests     0.15    Pearson correlation of the six RIASEC interest scores (OI),
                      mapped to ``(r + 1) / 2``
job_zone      0.10    ``1 − |zone_a − zone_b| / 4``
============  ======  =====================================================================

A component an occupation lacks (no technology examples, no Job Zone…) is left out of that
pair's mean and the other weights are rescaled. Centring the profiles removes what every
occupation shares (e.g. everybody needs some Speaking), so the cosine compares what sets
occupations apart. The weights were chosen on the 30.1 release so that the ten nearest
neighbours often share the occupation's SOC minor group (34 % of them do, against 21 % for
the skill profile alone and 31 % for titles alone) while the skill and knowledge profiles,
which make a move feasible, keep over a third of the score. Abilities and Work Activities
(in full releases, not in the shared 30.1 text copy) add what people do at work, the basis
of O*NET's own related-occupation lists, so titles weigh relatively less when they are
present. An occupation is never its own neighbour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from desktop.domain.profiles import ProfileMatrix
from desktop.domain.progress import TaskState

WEIGHTS = {"skills": 0.20, "knowledge": 0.15, "abilities": 0.10, "activities": 0.15,
           "titles": 0.30, "technology": 0.10, "interests": 0.15, "job_zone": 0.10}


@dataclass(frozen=True)
class SimilarityInputs:
    """Everything the score uses, one row per occupation in ``codes`` order (NaN = missing)."""

    codes: list[str]
    titles: list[str]
    job_zones: np.ndarray  # (n,)
    skills: np.ndarray  # (n, skills) importance-weighted levels
    knowledge: np.ndarray  # (n, knowledge elements)
    title_documents: list[str]  # title and alternate titles, space-separated
    technology: list[list[str]]  # Technology Skills examples
    interests: np.ndarray  # (n, 6) RIASEC OI scores
    abilities: np.ndarray | None = None  # (n, abilities); None when the release lacks them
    activities: np.ndarray | None = None  # (n, work activities)


def profile_vectors(matrix: ProfileMatrix, codes: Sequence[str]) -> np.ndarray:
    """``LV × (IM − 1) / 4`` per element (Not Relevant → 0), rows aligned to ``codes``."""
    weighted = np.where(matrix.not_relevant, 0.0,
                        np.nan_to_num(matrix.level) * np.clip(matrix.importance - 1, 0, 4) / 4)
    vectors = np.full((len(codes), len(matrix.element_ids)), np.nan)
    for i, code in enumerate(codes):
        row = matrix.row(code)
        if row is not None:
            vectors[i] = np.nan_to_num(weighted[row])
    return vectors


def _cosine(vectors: np.ndarray) -> np.ndarray:
    """Pairwise cosine mapped to [0, 1]; NaN for rows that are NaN or zero."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit = np.divide(vectors, norms, out=np.full_like(vectors, np.nan), where=norms > 1e-12)
    return np.asarray(np.clip((unit @ unit.T + 1) / 2, 0.0, 1.0))


def centred_cosine(vectors: np.ndarray) -> np.ndarray:
    """Cosine of profiles centred on the mean profile (rows missing data stay NaN)."""
    known = ~np.isnan(vectors).all(axis=1)
    if not known.any():
        return np.full((len(vectors),) * 2, np.nan)
    mean: np.ndarray = vectors[known].mean(axis=0)
    return _cosine(vectors - mean)


def correlation(vectors: np.ndarray) -> np.ndarray:
    """Pearson correlation between rows, mapped to [0, 1]."""
    return _cosine(vectors - vectors.mean(axis=1, keepdims=True))


def text_cosine(documents: Sequence[str]) -> np.ndarray:
    """TF-IDF cosine of texts: English stop words out, words of one document only ignored."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return _tfidf_cosine(TfidfVectorizer(sublinear_tf=True, stop_words="english", min_df=2),
                         documents)


def term_cosine(documents: Sequence[list[str]]) -> np.ndarray:
    """TF-IDF cosine of term lists, each term (e.g. "microsoft excel") taken whole."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    return _tfidf_cosine(TfidfVectorizer(analyzer=_terms, sublinear_tf=True), documents)


def _terms(document: list[str]) -> list[str]:
    return document


def _tfidf_cosine(vectorizer: Any, documents: Sequence[Any]) -> np.ndarray:
    """Cosine in [0, 1]; NaN for empty documents (no data, not "unlike everything")."""
    try:
        matrix = vectorizer.fit_transform(documents)
    except ValueError:  # no usable terms at all
        return np.full((len(documents),) * 2, np.nan)
    scores: np.ndarray = np.clip((matrix @ matrix.T).toarray(), 0.0, 1.0)
    empty = np.array([not doc for doc in documents])
    scores[empty, :] = np.nan
    scores[:, empty] = np.nan
    return scores


def _optional(vectors: np.ndarray | None) -> np.ndarray | None:
    return None if vectors is None else centred_cosine(vectors)


def job_zone_proximity(zones: np.ndarray) -> np.ndarray:
    return np.asarray(1 - np.abs(zones[:, None] - zones[None, :]) / 4)


def components(inputs: SimilarityInputs, task: TaskState | None = None
               ) -> dict[str, np.ndarray]:
    task = task or TaskState()
    steps: dict[str, Callable[[], np.ndarray | None]] = {
        "skills": lambda: centred_cosine(inputs.skills),
        "knowledge": lambda: centred_cosine(inputs.knowledge),
        "abilities": lambda: _optional(inputs.abilities),
        "activities": lambda: _optional(inputs.activities),
        "titles": lambda: text_cosine(inputs.title_documents),
        "technology": lambda: term_cosine(inputs.technology),
        "interests": lambda: correlation(inputs.interests),
        "job_zone": lambda: job_zone_proximity(inputs.job_zones),
    }
    result: dict[str, np.ndarray] = {}
    for done, (name, step) in enumerate(steps.items()):
        task.check()
        task.report(done, len(steps), f"comparing {name.replace('_', ' ')}")
        scores = step()
        if scores is not None:
            result[name] = scores
    task.report(len(steps), len(steps), "combining")
    return result


def similarity_matrix(inputs: SimilarityInputs, weights: dict[str, float] | None = None,
                      task: TaskState | None = None) -> np.ndarray:
    """(n, n) scores in [0, 1]; the diagonal is NaN (nobody is their own neighbour)."""
    weights = weights or WEIGHTS
    n = len(inputs.codes)
    total = np.zeros((n, n))
    weight_sum = np.zeros((n, n))
    for name, scores in components(inputs, task).items():
        known = ~np.isnan(scores)
        total += np.where(known, scores, 0.0) * weights[name]
        weight_sum += known * weights[name]
    similarity: np.ndarray = np.divide(total, weight_sum, out=np.full((n, n), np.nan),
                                       where=weight_sum > 0)
    np.fill_diagonal(similarity, np.nan)
    return similarity


def top_neighbours(similarity: np.ndarray, top: int, rows: Sequence[int] | None = None
                   ) -> tuple[np.ndarray, np.ndarray]:
    """Indices and scores of the ``top`` best neighbours of ``rows`` (default: all), best
    first, ties in index order; an occupation is never its own neighbour."""
    chosen = np.arange(similarity.shape[0]) if rows is None else np.asarray(rows)
    top = max(0, min(top, similarity.shape[1] - 1))
    scores = np.nan_to_num(similarity[chosen], nan=-1.0)
    scores[np.arange(len(chosen)), chosen] = -2.0
    order = np.argsort(-scores, axis=1, kind="stable")[:, :top]
    return order, np.take_along_axis(similarity[chosen], order, axis=1)
