"""Similarity building blocks on small hand-made inputs."""

from __future__ import annotations

import numpy as np
import pytest

from desktop.domain import similarity
from desktop.domain.errors import Cancelled
from desktop.domain.progress import TaskState

NAN = np.nan


def inputs(**changes) -> similarity.SimilarityInputs:
    base = dict(
        codes=["a", "b", "c", "d"], titles=["A", "B", "C", "D"],
        job_zones=np.array([1.0, 1.0, 5.0, NAN]),
        skills=np.array([[4, 1, 0], [3.5, 1, 0.2], [0, 1, 4], [1, 1, 1]], float),
        knowledge=np.array([[2, 0], [2, 0.1], [0, 3], [NAN, NAN]], float),
        title_documents=["line cook kitchen cook", "short order cook kitchen",
                         "software developer", ""],
        technology=[["pos"], ["pos", "excel"], ["python", "excel"], []],
        interests=np.array([[5, 1, 1, 1, 1, 2], [5, 1, 1, 1, 2, 2], [1, 5, 1, 1, 1, 3],
                            [NAN] * 6]))
    return similarity.SimilarityInputs(**(base | changes))


def test_matrix_is_symmetric_in_range_and_never_self():
    scores = similarity.similarity_matrix(inputs())
    assert np.isnan(np.diag(scores)).all()
    off = scores[~np.eye(4, dtype=bool)]
    assert np.nanmin(off) >= 0 and np.nanmax(off) <= 1
    np.testing.assert_allclose(scores, scores.T)
    order, _ = similarity.top_neighbours(scores, 3)
    assert order[0].tolist() == [1, 3, 2]  # the two cooks are each other's best match
    assert all(i not in row for i, row in enumerate(order.tolist()))


def test_missing_components_are_left_out_and_weights_rescaled():
    parts = similarity.components(inputs())
    # d has skills only: no knowledge, titles, technology, interests or Job Zone
    assert [k for k in parts if not np.isnan(parts[k][3, 0])] == ["skills"]
    assert similarity.similarity_matrix(inputs())[3, 0] == pytest.approx(parts["skills"][3, 0])
    a_b = sum(similarity.WEIGHTS[k] * parts[k][0, 1] for k in parts)
    assert similarity.similarity_matrix(inputs())[0, 1] == pytest.approx(a_b)


def test_centred_cosine_of_identical_profiles_is_one_and_opposites_zero():
    scores = similarity.centred_cosine(np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]]))
    assert scores[0, 2] == pytest.approx(1.0) and scores[0, 1] == pytest.approx(0.0)


def test_job_zone_proximity():
    assert similarity.job_zone_proximity(np.array([1.0, 5.0, 3.0]))[0].tolist() == [1, 0, 0.5]


def test_interest_correlation_ignores_overall_level():
    scores = similarity.correlation(np.array([[1.0, 2, 3, 4, 5, 6], [3.0, 4, 5, 6, 7, 8]]))
    assert scores[0, 1] == pytest.approx(1.0)


def test_top_neighbours_of_selected_rows_and_ties_in_code_order():
    scores = np.array([[NAN, 0.5, 0.5], [0.5, NAN, 0.2], [0.5, 0.2, NAN]])
    order, best = similarity.top_neighbours(scores, 5, [0, 2])
    assert order.tolist() == [[1, 2], [0, 1]] and best.tolist() == [[0.5, 0.5], [0.5, 0.2]]


def test_cancel_stops_the_computation():
    task = TaskState()
    task.cancel()
    with pytest.raises(Cancelled):
        similarity.similarity_matrix(inputs(), task=task)
