"""The scorer follows the benchmark's rules; ``aiser-jupyter eval`` runs, scores and writes predictions."""

from __future__ import annotations

import pytest

from aiser_jupyter.engine.eval.score import score_prediction, values_match

ITEM = {
    "id": "t1",
    "mark": "bar",
    "grouped": False,
    "chart": "Bar",
    "gold_data": [["a", 2], ["b", 0], ["c", 1.5]],
    "sort": None,
    "query_meta": {"channel_specified": ["x", "y"]},
}


def pred(data: list[list[object]], **kw: object) -> dict[str, object]:
    return {
        "id": "t1",
        "mark": "bar",
        "grouped": False,
        "data": data,
        "sort": None,
        "error": None,
        **kw,
    }


@pytest.mark.parametrize(
    ("p", "g", "ok"),
    [
        (1.0002, 1.0, True),
        (1.001, 1.0, False),
        ("2017-03-01 10:00:00", "2017-03-01", True),
        ("2017-01-01", "2017", True),
        ("2017-01-01", 2017, True),
        ("Thur", "Thur", True),
        ("Thu", "Thur", False),
        (None, None, True),
        (None, 0, False),
        ("4", 4, True),
    ],
)
def test_values_match(p: object, g: object, ok: bool) -> None:
    assert values_match(p, g) is ok


def test_multiset_with_missing_zero_rows_passes() -> None:
    assert score_prediction(pred([["c", 1.5], ["a", 2]]), ITEM)["pass"]


def test_dense_points_pair_equal_rows_first() -> None:
    """Within the tolerance, 4256 matches 4254 too: a gold row must not take the point that is
    another gold row's exact partner, or the same points score as different ones."""
    item = {**ITEM, "mark": "point", "gold_data": [[5, 4254], [5, 4256]]}
    assert score_prediction(pred([[5, 4256], [5, 4252]], mark="point"), item)["data"]
    assert score_prediction(pred([[5, 4254], [5, 4256]], mark="point"), item)["data"]
    assert not score_prediction(pred([[5, 4256], [5, 4300]], mark="point"), item)["data"]


def test_extra_or_wrong_rows_fail_data() -> None:
    assert not score_prediction(pred([["a", 2], ["c", 1.5], ["d", 1]]), ITEM)["data"]
    assert not score_prediction(pred([["a", 3], ["c", 1.5]]), ITEM)["data"]


def test_wrong_mark_or_grouping_fails_chart() -> None:
    assert not score_prediction(pred([["a", 2], ["c", 1.5]], mark="line"), ITEM)["chart"]
    scored = score_prediction(pred([["a", 2, "u"], ["c", 1.5, "u"]], grouped=True), ITEM)
    assert scored["valid"] and not scored["chart"]


def test_errors_and_empty_results_are_invalid() -> None:
    assert not score_prediction(pred([], error="AISER-PLAN-UNDERSTOOD: no"), ITEM)["valid"]
    assert not score_prediction(pred([]), ITEM)["valid"]


def test_order_is_checked_only_when_gold_is_sorted() -> None:
    item = {**ITEM, "sort": {"channel": "y", "order": "descending"}}
    assert score_prediction(pred([["a", 2], ["c", 1.5]]), item)["pass"]
    assert not score_prediction(pred([["c", 1.5], ["a", 2]]), item)["order"]
    by_x = {**ITEM, "sort": {"channel": "x", "order": "ascending"}}
    assert score_prediction(pred([["a", 2], ["c", 1.5]]), by_x)["pass"]


def test_pie_values_match_up_to_one_scale_factor() -> None:
    item = {**ITEM, "mark": "arc", "chart": "Pie"}
    assert score_prediction(pred([["a", 20], ["c", 15]], mark="arc"), item)["pass"]
    assert not score_prediction(pred([["a", 20], ["c", 10]], mark="arc"), item)["pass"]


def test_swapped_axes_pass_only_when_not_pinned() -> None:
    loose = {**ITEM, "query_meta": {"channel_specified": []}}
    swapped = pred([[2, "a"], [1.5, "c"]])
    assert score_prediction(swapped, loose)["pass"]
    assert not score_prediction(swapped, ITEM)["pass"]
    assert score_prediction(swapped, ITEM)["transposed"]  # same points, the other orientation
    assert not score_prediction(pred([[9, "a"], [1.5, "c"]]), ITEM)["transposed"]


def test_a_single_number_is_scored_as_a_kpi() -> None:
    item = {**ITEM, "mark": "kpi", "gold_data": [[42.0]]}
    assert score_prediction(pred([[42]], mark="kpi"), item)["pass"]
    assert not score_prediction(pred([[41]], mark="kpi"), item)["pass"]


def test_two_groupings_may_be_drawn_either_way_when_the_question_pins_neither() -> None:
    item = {**ITEM, "grouped": True, "gold_data": [["a", 1, "x"], ["b", 2, "y"]]}
    item["query_meta"] = {"channel_specified": []}
    swapped = pred([["x", 1, "a"], ["y", 2, "b"]], grouped=True)
    assert score_prediction(swapped, item)["pass"]
    item["query_meta"] = {"channel_specified": ["x", "y", "classify"]}
    assert not score_prediction(swapped, item)["pass"]
