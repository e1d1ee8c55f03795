"""The reader: each instruction of a question is read once, and claims the words it used."""

from __future__ import annotations

from datetime import date

import pytest

from aiser_jupyter.engine.planners.rules.question import Question
from aiser_jupyter.engine.planners.rules.reader import read


def reading(text: str):  # type: ignore[no-untyped-def]
    q = Question.read(text)
    return q, read(q)


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("revenue by region as a pie chart", "arc"),
        ("share of orders by channel", "arc"),
        ("histogram of amounts", "histogram"),
        ("weight against length, scatter plot", "point"),
        ("sales as a line chart", "line"),
        ("a bar chart of orders", "bar"),
        ("number of captures on each plot", None),  # "plot" here is a thing, not a chart
    ],
)
def test_chart_words(text: str, mark: str | None) -> None:
    assert reading(text)[1].mark == mark


@pytest.mark.parametrize(
    ("text", "top", "descending"),
    [
        ("top 5 products by revenue", 5, True),
        ("bottom 3 regions by sales", 3, False),
        ("the 3 oldest bakers", 3, True),
        ("the 3 pizzas with the lowest revenue", 3, False),
        ("Which 10 clerks handled the most orders?", 10, True),
        ("highest 7-day viewers", None, None),  # a compound word, not a count
    ],
)
def test_top_n(text: str, top: int | None, descending: bool | None) -> None:
    _, r = reading(text)
    assert (r.top, r.descending) == (top, descending)


@pytest.mark.parametrize(
    ("text", "lo", "hi", "months"),
    [
        ("orders in 1997", date(1997, 1, 1), date(1998, 1, 1), []),
        ("orders since 1995", date(1995, 1, 1), None, []),
        ("orders after 1995", date(1996, 1, 1), None, []),
        ("orders between 1994 and 1996", date(1994, 1, 1), date(1997, 1, 1), []),
        ("orders in July 1995", date(1995, 7, 1), date(1995, 8, 1), [7]),
        ("orders in the 1990s", date(1990, 1, 1), date(2000, 1, 1), []),
        ("revenue in July", None, None, [7]),
    ],
)
def test_time_ranges(text: str, lo: date | None, hi: date | None, months: list[int]) -> None:
    q, r = reading(text)
    (tr,) = r.ranges
    assert (tr.lo, tr.hi, tr.months) == (lo, hi, months)
    assert all(i in q.used for i in range(*tr.span))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("monthly revenue", "yearmonth"),
        ("revenue per year", "year"),
        ("orders by day of the week", "weekday"),
        ("pizzas sold by hour of the day", "hour"),
        ("captures by month of the year", "month"),
        ("average daily low temperature by year", "year"),  # the grouping wins over "daily"
        ("bin the date by weekday", "weekday"),
    ],
)
def test_time_units(text: str, unit: str) -> None:
    assert reading(text)[1].unit == unit


@pytest.mark.parametrize(
    ("text", "op", "value"),
    [
        ("suppliers with more than 100 parts", ">", 100),
        ("bakers aged 30 or younger", "<=", 30),
        ("a discount of at least 0.09", ">=", 0.09),
        ("more than 10 million viewers", ">", 10_000_000),
        ("a negative account balance", "<", 0),
    ],
)
def test_comparisons(text: str, op: str, value: float) -> None:
    (cmp,) = reading(text)[1].compares
    assert (cmp.op, cmp.value) == (op, value)


def test_a_scaled_number_keeps_what_was_typed() -> None:
    (cmp,) = reading("more than 10 million viewers")[1].compares
    assert cmp.scaled_from == 10


@pytest.mark.parametrize(
    ("text", "channel", "descending"),
    [
        ("revenue by region, sorted by the y-axis in descending order", "y", True),
        ("count them by a bar chart, and list by the x axis in ascending", "x", False),
        ("names in alphabetical order", "x", False),
        ("name and sales of all shops, in alphabetic order of the shop name", "x", False),
        ("names of all shops in reverse alphabetic order", "x", True),
        ("revenue by region, sorted by the y-axis in ascending order", "y", False),
    ],
)
def test_sorting(text: str, channel: str, descending: bool) -> None:
    r = reading(text)[1]
    assert (r.sort_channel, r.descending) == (channel, descending)


def test_words_typed_as_the_schema_spells_them_are_kept_for_the_schema() -> None:
    q, _ = reading("trend of monthly_rental over date_address_from")
    # "monthly" inside the identifier is a column's word, not a time unit
    assert [w.text for w in q.words if w.ident is not None][:2] == ["monthly", "rental"]
    assert read(Question.read("trend of monthly_rental over date_address_from")).unit is None
