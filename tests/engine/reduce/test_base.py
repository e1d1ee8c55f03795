"""What every reduction shares: the bookkeeping columns are read and dropped after the one
run, the "Other" row is labelled, and a reduction that dropped nothing is no reduction."""

from __future__ import annotations

import pyarrow as pa
import pytest

from aiser_jupyter.engine.reduce.base import (
    N_COLUMN,
    OTHER_COLUMN,
    POS_COLUMN,
    Reduction,
    finish,
)


def test_no_reduction_leaves_the_table_as_it_is() -> None:
    table = pa.table({"region": ["East"], N_COLUMN: [1]})
    assert finish(table, None) == (table, None)


def test_the_other_row_is_labelled_with_how_many_it_holds() -> None:
    table = pa.table(
        {
            "item": ["a", "b", None],
            "amount": [9.0, 5.0, 7.5],
            OTHER_COLUMN: [0, 0, 1],
            N_COLUMN: [900, 900, 900],
        }
    )
    shown, reduction = finish(table, Reduction("other", 2, column="item"))
    assert shown.column_names == ["item", "amount"]
    assert shown.column("item").to_pylist() == ["a", "b", "Other (898 more)"]
    assert reduction is not None and (reduction.total, reduction.shown) == (900, 3)
    assert reduction.note == "top 2 of 900 categories, the rest as Other"


def test_categories_that_are_numbers_become_text_beside_other() -> None:
    table = pa.table({"bucket": [3, 1], "n": [10, 4], OTHER_COLUMN: [0, 1], N_COLUMN: [7, 7]})
    shown, _ = finish(table, Reduction("other", 1, column="bucket"))
    assert shown.column("bucket").to_pylist() == ["3", "Other (6 more)"]


def test_few_categories_keep_their_type_and_are_no_reduction() -> None:
    table = pa.table({"bucket": [1, 2], "n": [10, 4], OTHER_COLUMN: [0, 0], N_COLUMN: [2, 2]})
    shown, reduction = finish(table, Reduction("other", 5, column="bucket"))
    assert reduction is None
    assert shown.schema.field("bucket").type == pa.int64() and shown.column_names == ["bucket", "n"]


@pytest.mark.parametrize(("total", "reduced"), [(100, True), (3, False)])
def test_a_sample_of_all_the_points_is_no_reduction(total: int, reduced: bool) -> None:
    table = pa.table({"x": [1, 2, 3], N_COLUMN: [total] * 3})
    shown, reduction = finish(table, Reduction("sample", 3))
    assert shown.column_names == ["x"]
    assert (reduction is not None) is reduced
    if reduction is not None:
        assert reduction.note == "sampled 3 of 100 points"


def test_an_m4_line_within_its_budget_is_plotted_whole() -> None:
    table = pa.table({"ts": [1, 2], "y": [5, 6], POS_COLUMN: [0, 1], N_COLUMN: [2_000, 2_000]})
    shown, reduction = finish(table, Reduction("m4", 100, budget=2_500))
    assert shown.column_names == ["ts", "y"] and reduction is None


def test_an_m4_line_over_its_budget_says_so() -> None:
    table = pa.table({"ts": [1, 2], "y": [5, 6], N_COLUMN: [90_000, 90_000]})
    _, reduction = finish(table, Reduction("m4", 100, budget=2_500))
    assert reduction is not None
    assert reduction.as_dict() == {
        "kind": "m4",
        "limit": 100,
        "total": 90_000,
        "shown": 2,
        "note": "2 of 90,000 points (min/max per pixel column)",
    }
