"""Whose share, which names, which months (issue 12).

- "what percent of the men progressed to …": the men are the whole, and what they did is
  the part; a plan that draws the men's share of all rows answers another question, and is
  refused. "percentage of 5k finishers who were women" still is the women's share.
- "percentage of courses that are seminars in each of the 3 subjects with the most
  courses": the count of the seminars per subject is no share, and is refused.
- "subjects with 'Engineering' in the name": the subject's own name holds the text, matched
  as quoted — "Bioengineering" is not "Engineering" — and "engineering subjects" said before
  it is the same pattern, not the one subject named Engineering.
- "over June, July and August 2017": the three months, of that year.
- "the lowest reading of each month", "readings above 90" of a source with one number: that
  number; with two numbers to choose from, the question is refused. "How many hourly readings"
  of hourly timestamps counts the rows, with no bar per hour of the day; "daily readings" of
  the same hourly rows are refused.
- "one point per artist: number of works (x) against the number of different years (y)":
  never bars of the years by artist with the works' count left out.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tables = {
        "cohort": [
            "CREATE TABLE cohort AS SELECT k AS id, CASE WHEN k % 5 < 2 THEN 'M' ELSE 'F' END"
            " AS sex, CASE WHEN (k * 7) % 13 = 0 THEN 1 ELSE 0 END AS pstat,"
            " 40 + (k * 11) % 45 AS age FROM range(1, 1001) t(k)"
        ],
        "races": [
            "CREATE TABLE finishers AS SELECT ['5k', '10k'][1 + k % 2] AS race,"
            " CASE WHEN (k * 3) % 7 < 3 THEN 'F' ELSE 'M' END AS sex,"
            " 2017 + k % 2 AS year, 20.0 + (k * 13) % 40 AS minutes FROM range(800) t(k)"
        ],
        "courses": [
            "CREATE TABLE courses AS SELECT ['History', 'Engineering', 'Chemical Engineering',"
            " 'Bioengineering', 'Mathematics', 'Civil Engineering'][1 + (k * 7) % 6] AS subject,"
            " 'Course ' || k AS title, (k * 5) % 9 = 0 AS seminar FROM range(600) t(k)"
        ],
        "water": [
            "CREATE TABLE sensor AS SELECT TIMESTAMP '2016-10-01 00:00:00'"
            " + INTERVAL (k) HOUR AS DateTime, 70.0 + ((k / 24) * 7) % 20 + (k % 24) / 10.0"
            " AS WaterTemp FROM range(24 * 500) t(k)"
        ],
        "works": [
            "CREATE TABLE collection AS SELECT 'Artist ' || (k % 37) AS artist, 1990 + (k * 7) % 23"
            " AS year, 'Work ' || k AS title FROM range(900) t(k)"
        ],
        "weather": [
            "CREATE TABLE weather AS SELECT TIMESTAMP '2016-10-01 00:00:00'"
            " + INTERVAL (k) HOUR AS DateTime, 70.0 + (k * 7) % 20 AS AirTemp,"
            " 30.0 + (k * 3) % 50 AS Humidity FROM range(24 * 100) t(k)"
        ],
    }
    return databases(tmp_path_factory.mktemp("bases"), tables)


def test_the_share_of_a_part_of_a_whole_named_first(engine: Engine, data: dict[str, Path]) -> None:
    refuses(engine, data["cohort"], "c", "what percent of the men progressed to a malignancy")
    plots_exactly(
        engine,
        data["races"],
        "r",
        "percentage of 5k finishers who were women, by year",
        "SELECT year, 100.0 * AVG(CASE WHEN sex = 'F' THEN 1 ELSE 0 END) FROM finishers"
        " WHERE race = '5k' GROUP BY year",
    )


def test_a_count_of_the_kept_rows_is_no_share_within_groups(
    engine: Engine, data: dict[str, Path]
) -> None:
    refuses(
        engine,
        data["courses"],
        "c",
        "percentage of courses that are seminars in each of the 3 subjects with the most courses",
        "percentage",
    )


def test_a_quoted_text_in_a_things_name(engine: Engine, data: dict[str, Path]) -> None:
    answer = plots_exactly(
        engine,
        data["courses"],
        "c",
        "number of courses in each engineering subject (subjects with 'Engineering' in the name)",
        "SELECT subject, COUNT(*) FROM courses WHERE subject LIKE '%Engineering%' GROUP BY subject",
    )
    assert (
        "Bioengineering" not in answer.table.column(answer.compiled.fields["x"].alias).to_pylist()
    )


def test_months_listed_before_one_year(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("w", str(data["water"]))
    answer = engine.ask("average water temperature over June, July and August 2017", "w")
    want = one(
        data["water"],
        "SELECT AVG(WaterTemp) FROM sensor WHERE YEAR(DateTime) = 2017"
        " AND MONTH(DateTime) IN (6, 7, 8)",
    )
    assert kpi(answer) == pytest.approx(want)


def test_readings_of_a_source_with_one_number(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["water"],
        "w",
        "lowest reading of each month",
        "SELECT DATE_TRUNC('month', DateTime), MIN(WaterTemp) FROM sensor GROUP BY 1",
    )
    engine.connect("w", str(data["water"]))
    answer = engine.ask("How many hourly readings were above 85°F?", "w")
    assert kpi(answer) == one(data["water"], "SELECT COUNT(*) FROM sensor WHERE WaterTemp > 85")
    refuses(engine, data["water"], "w", "how many daily readings are there", "daily")
    refuses(engine, data["weather"], "t", "lowest reading of each month")


def test_a_number_marked_x_is_on_x(engine: Engine, data: dict[str, Path]) -> None:
    question = "one point per artist: number of works (x) against the number of different years they are from (y)"
    engine.connect("a", str(data["works"]))
    try:
        answer = engine.ask(question, "a")
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
    else:
        plots_exactly(
            engine,
            data["works"],
            "a",
            question,
            "SELECT COUNT(*), COUNT(DISTINCT year) FROM collection GROUP BY artist",
        )
        assert answer.plan.chart.mark == "point"
