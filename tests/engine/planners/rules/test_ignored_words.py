"""Words a plan left out while the honesty check passed it, found on VisEval: "grouped by
[genre]" drawn per song, "earning more [than] the employee with id 7" drawn as that employee's
rows, "the top [10] departments" drawn as the ten smallest budgets, "colors representing
[shops]" drawn with no colours, "y axis [minimal] rating" drawn as an average. Each such plan
is refused with the word named; the questions the plan does answer are still drawn with the
numbers SQL gives.

A generated database of songs with a genre lookup, staff with salaries and departments with
a budget and a ranking, the way small relational schemas are laid out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.engine.plan import ChartPlan
from aiser_jupyter.engine.planners.honesty import check_plan
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def music(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("ignored") / "music.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE genre AS SELECT * FROM (VALUES ('pop', 'UK'), ('folk', 'IE'),
            ('blues', 'US')) g(g_name, origin)""")
    con.execute("""
        CREATE TABLE song AS SELECT 's' || i AS song_name,
            ['pop', 'folk', 'blues'][1 + i % 3] AS genre_is, 1 + (i * 7) % 10 AS rating,
            ['shop a', 'shop b'][1 + i % 2] AS shop, (i * 3) % 7 AS PlayCount
        FROM range(30) t(i)""")
    con.execute("""
        CREATE TABLE staff AS SELECT i AS employee_id, ['King', 'Abel', 'Fox', 'Ozer'][1 + i % 4]
            AS last_name, 1000 + (i * 379) % 9000 AS salary FROM range(40) t(i)""")
    con.execute("""
        CREATE TABLE department AS SELECT 'd' || i AS name, 1 + i AS ranking,
            (i * 13) % 50 + 1.5 AS budget, 100 + (i * 31) % 400 AS num_employees
        FROM range(15) t(i)""")
    con.close()
    return path


def _plan(sql: str, encoding: dict[str, Any], **chart: Any) -> ChartPlan:
    return ChartPlan.model_validate(
        {"sql": sql, "chart": {"mark": chart.pop("mark", "bar"), "encoding": encoding, **chart}}
    )


def _refused(engine: Any, path: Path, question: str, plan: ChartPlan) -> list[str]:
    engine.connect("music", str(path))
    with pytest.raises(AiserError) as caught:
        check_plan(question, plan, engine.catalog("music"), "duckdb")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    return list(caught.value.details["unused"])


def _passes(engine: Any, path: Path, question: str, plan: ChartPlan) -> None:
    engine.connect("music", str(path))
    check_plan(question, plan, engine.catalog("music"), "duckdb")


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("music", str(path))
    return engine.ask(question, "music")


PER_SONG = _plan(
    "SELECT song.song_name, song.rating FROM song JOIN genre ON song.genre_is = genre.g_name",
    {"x": {"field": "song_name"}, "y": {"field": "rating", "aggregate": "min"}},
)
PER_GENRE = _plan(
    "SELECT song.genre_is AS genre, song.rating FROM song",
    {"x": {"field": "genre"}, "y": {"field": "rating", "aggregate": "min"}},
)


def test_a_grouping_named_outright_must_be_the_one_drawn(engine: Any, music: Path) -> None:
    question = "lowest rating of songs grouped by genre"
    assert "genre" in _refused(engine, music, question, PER_SONG.model_copy(deep=True))
    _passes(engine, music, question, PER_GENRE.model_copy(deep=True))


def test_colours_named_for_a_grouping_the_plan_does_not_draw(engine: Any, music: Path) -> None:
    uncoloured = _plan(  # reads the shop (a join or a filter would), but draws no colours
        "SELECT song.genre_is AS genre, song.shop FROM song WHERE song.shop IS NOT NULL",
        {"x": {"field": "genre"}, "y": {"aggregate": "count"}},
    )
    question = (
        "stacked bar of the number of songs of each genre, with colors representing different shops"
    )
    assert "shops" in _refused(engine, music, question, uncoloured)
    coloured = _plan(
        "SELECT song.genre_is AS genre, song.shop FROM song",
        {"x": {"field": "genre"}, "y": {"aggregate": "count"}, "color": {"field": "shop"}},
    )
    _passes(engine, music, question, coloured)


def test_than_with_no_comparison_in_the_plan_is_refused(engine: Any, music: Path) -> None:
    question = "frequency of the last names of staff earning more than the employee with id 7"
    one_employee = _plan(
        "SELECT staff.last_name FROM staff WHERE staff.employee_id = 7",
        {"x": {"field": "last_name"}, "y": {"aggregate": "count"}},
    )
    assert "than" in _refused(engine, music, question, one_employee)
    compared = _plan(
        "SELECT staff.last_name FROM staff WHERE staff.salary > "
        "(SELECT salary FROM staff WHERE employee_id = 7)",
        {"x": {"field": "last_name"}, "y": {"aggregate": "count"}},
    )
    _passes(engine, music, question, compared)


def test_a_comparison_with_a_number_is_still_drawn(engine: Any, music: Path) -> None:
    answer = _ask(engine, music, "number of staff with salary more than 5000 by last name")
    assert plotted(answer) == truth(
        music, "SELECT last_name, COUNT(*) FROM staff WHERE salary > 5000 GROUP BY 1"
    )


def test_a_top_n_kept_from_the_bottom_is_refused(engine: Any, music: Path) -> None:
    question = "for the top 10 departments, the relationship between budget and num employees"
    lowest = _plan(
        "SELECT department.budget, department.num_employees FROM department",
        {"x": {"field": "budget"}, "y": {"field": "num_employees"}},
        mark="point",
        limit=10,
    )
    assert "10" in _refused(engine, music, question, lowest)
    by_rank = _plan(
        "SELECT department.budget, department.num_employees FROM department "
        "ORDER BY department.ranking LIMIT 10",
        {"x": {"field": "budget"}, "y": {"field": "num_employees"}},
        mark="point",
        limit=10,
    )
    _passes(engine, music, question, by_rank)


def test_a_top_n_by_a_measure_is_still_drawn(engine: Any, music: Path) -> None:
    answer = _ask(engine, music, "top 3 departments by budget")
    assert plotted(answer) == truth(
        music, "SELECT name, budget FROM department ORDER BY budget DESC LIMIT 3"
    )


def test_minimal_is_the_minimum(engine: Any, music: Path) -> None:
    answer = _ask(engine, music, "bar chart x axis genre is, y axis minimal rating")
    assert plotted(answer) == truth(music, "SELECT genre_is, MIN(rating) FROM song GROUP BY 1")


def test_a_quoted_value_keeps_the_other_words_whole(engine: Any, music: Path) -> None:
    """With a quoted value the question is read as written: "Origin" is the word origin (a
    column the plan leaves out), not "rigin"."""
    in_shop = _plan(
        "SELECT song.genre_is AS genre FROM song WHERE song.shop = 'shop a'",
        {"x": {"field": "genre"}, "y": {"aggregate": "count"}},
    )
    question = 'number of songs in "shop a" for each genre'
    assert "origin" in _refused(
        engine, music, question + ", sort Origin in desc order", in_shop.model_copy(deep=True)
    )
    _passes(engine, music, question, in_shop)


def test_an_unknown_term_the_rows_have_is_a_condition(engine: Any, music: Path) -> None:
    by_name = _plan(
        "SELECT staff.last_name FROM staff",
        {"x": {"field": "last_name"}, "y": {"aggregate": "count"}},
    )
    question = "number of staff with a PhD degree by last name"
    assert "phd" in _refused(engine, music, question, by_name.model_copy(deep=True))
    _passes(engine, music, "number of staff by last name", by_name)


def test_names_asked_for_are_not_drawn_as_ids(engine: Any, music: Path) -> None:
    question = "which staff earn more than 5000? give me the names, and count them"
    by_id = _plan(
        "SELECT staff.employee_id FROM staff WHERE staff.salary > 5000",
        {"x": {"field": "employee_id"}, "y": {"aggregate": "count"}},
    )
    assert "names" in _refused(engine, music, question, by_id)
    by_name = _plan(
        "SELECT staff.last_name FROM staff WHERE staff.salary > 5000",
        {"x": {"field": "last_name"}, "y": {"aggregate": "count"}},
    )
    _passes(engine, music, question, by_name)


def test_a_column_name_typed_as_written_is_a_name(engine: Any, music: Path) -> None:
    """ "display PlayCount": a column's whole name, written as the schema spells it, that the
    plan does not read; read, it is explained."""
    by_genre = _plan(
        "SELECT song.genre_is AS genre FROM song",
        {"x": {"field": "genre"}, "y": {"aggregate": "count"}},
    )
    question = "number of songs by genre, display PlayCount"
    assert "playcount" in _refused(engine, music, question, by_genre)
    summed = _plan(
        "SELECT song.genre_is AS genre, song.PlayCount FROM song",
        {"x": {"field": "genre"}, "y": {"field": "PlayCount", "aggregate": "sum"}},
    )
    _passes(engine, music, "total PlayCount by genre", summed)


def test_the_number_of_the_grouped_column_counts_its_rows(engine: Any, music: Path) -> None:
    """ "y axis the number of genre is, ... by the the number of genre is" (a doubled word
    reads a second measure): each bar the rows of its value, never a distinct count of the
    grouped column (1 everywhere)."""
    answer = _ask(
        engine,
        music,
        "bar chart x axis genre is y axis the number of genre is, "
        "and list from low to high by the the number of genre is please",
    )
    assert plotted(answer) == truth(music, "SELECT genre_is, COUNT(*) FROM song GROUP BY 1")


def test_the_same_value_as_another_row_needs_that_row(engine: Any, music: Path) -> None:
    """ "songs in the same genre as s1": the genre of s1, looked up — a filter on s1 itself
    (here: a contradiction, no rows) answers another question."""
    question = "number of songs in the same genre as s1 excluding s1, by shop"
    itself = _plan(
        "SELECT song.shop FROM song WHERE song.song_name <> 's1' AND song.song_name = 's1'",
        {"x": {"field": "shop"}, "y": {"aggregate": "count"}},
    )
    assert "same" in _refused(engine, music, question, itself)
    looked_up = _plan(
        "SELECT song.shop FROM song WHERE song.song_name <> 's1' AND song.genre_is = "
        "(SELECT genre_is FROM song WHERE song_name = 's1')",
        {"x": {"field": "shop"}, "y": {"aggregate": "count"}},
    )
    _passes(engine, music, question, looked_up)
    _passes(
        engine,
        music,
        "number of songs by shop, all on the same chart as before",
        _plan("SELECT song.shop FROM song", {"x": {"field": "shop"}, "y": {"aggregate": "count"}}),
    )
