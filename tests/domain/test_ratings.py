from desktop.domain.ratings import level_to_rating, rating_to_level


def test_ratings_span_the_level_scale():
    assert [rating_to_level(r) for r in range(5)] == [0.0, 1.75, 3.5, 5.25, 7.0]


def test_levels_round_to_the_nearest_rating_and_stay_in_range():
    assert [level_to_rating(lv) for lv in (0, 0.87, 0.88, 3.5, 6.9, 7, 9)] == [0, 0, 1, 2, 4, 4, 4]


def test_round_trip_keeps_every_rating():
    assert all(level_to_rating(rating_to_level(r)) == r for r in range(5))
