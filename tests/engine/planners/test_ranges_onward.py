"""Ranges as analysts say them (issue 12): two years "next to" each other are one series per
year; "2010–2014" with an en dash is the span of years; "from day 20 on", "after day 20" and
"over the first 10 days" compare the day column; a text column is never compared with a
number (the database would cast every name to a number, or keep no rows)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("ranges_onward") / "panel.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE scores AS
        SELECT 'country ' || c AS country, ['North', 'South', 'East West'][1 + c % 3] AS region,
            y AS year, ROUND(4 + ((c * 7 + y * 3) % 50) / 10.0, 2) AS score
        FROM range(1, 13) a(c), range(2008, 2017) b(y)
    """)
    con.close()
    return path


@pytest.fixture(scope="module")
def clinics(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("ranges_onward") / "clinics.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE visits AS
        SELECT i AS visit_id, 1 + i % 40 AS study_day, ['clinic a', 'clinic b'][1 + i % 2] AS clinic,
            ROUND(((i * 37) % 100) / 10.0, 1) AS wait_hours
        FROM range(1, 801) t(i)
    """)
    con.close()
    return path


def test_two_years_next_to_each_other_are_one_series_each(engine: Any, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "panel",
        "average score by region, 2010 next to 2014",
        "SELECT region, AVG(score), year FROM scores WHERE year IN (2010, 2014) GROUP BY 1, 3",
    )


def test_an_en_dash_span_of_years_keeps_every_year_in_it(engine: Any, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "panel",
        "average score by region over 2010\u20132014",
        "SELECT region, AVG(score) FROM scores WHERE year BETWEEN 2010 AND 2014 GROUP BY 1",
    )


def test_from_day_n_on_keeps_that_day_and_after(engine: Any, clinics: Path) -> None:
    plots_exactly(
        engine,
        clinics,
        "clinics",
        "number of visits per study day, from day 20 on",
        "SELECT study_day, COUNT(*) FROM visits WHERE study_day >= 20 GROUP BY 1",
    )


def test_after_day_n_leaves_that_day_out(engine: Any, clinics: Path) -> None:
    plots_exactly(
        engine,
        clinics,
        "clinics",
        "number of visits per study day after day 20",
        "SELECT study_day, COUNT(*) FROM visits WHERE study_day > 20 GROUP BY 1",
    )


def test_a_trend_over_the_first_days_runs_along_the_days(engine: Any, clinics: Path) -> None:
    answer = plots_exactly(
        engine,
        clinics,
        "clinics",
        "trend of the average wait hours over the first 10 days",
        "SELECT study_day, AVG(wait_hours) FROM visits WHERE study_day <= 10 GROUP BY 1",
    )
    assert answer.plan.chart.mark == "line"


def test_a_range_on_a_thing_no_column_numbers_is_refused(engine: Any, clinics: Path) -> None:
    engine.connect("clinics", str(clinics))
    with pytest.raises(AiserError) as caught:
        engine.ask("number of visits per study day, from week 3 on", "clinics")
    assert caught.value.code == "AISER-PLAN-UNSURE"


def test_a_text_column_is_never_compared_with_a_number(engine: Any, panel: Path) -> None:
    from aiser_jupyter.engine.planners.text_numbers import no_text_numbers

    engine.connect("panel", str(panel))
    catalog = engine.catalog("panel")
    sql = "SELECT s.region, s.score FROM scores AS s WHERE s.year = 2016 AND s.region = 2008"
    with pytest.raises(AiserError) as caught:
        no_text_numbers(sql, catalog, "duckdb", "score by region")
    assert caught.value.code == "AISER-PLAN-UNSURE"
    assert "region" in str(caught.value)
    no_text_numbers("SELECT region FROM scores WHERE year IN (2008, 2016)", catalog, "duckdb", "")
    no_text_numbers("SELECT region FROM scores WHERE region = 'North'", catalog, "duckdb", "")


@pytest.fixture(scope="module")
def labs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("ranges_onward") / "labs.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE lab_results AS
        SELECT i AS row_id, 'site ' || n AS site,
            CASE WHEN i % 7 = 0 THEN 'invalid' ELSE 'valid' END AS outcome,
            CASE WHEN i % 11 = 0 THEN 'error' ELSE 'ok' END AS status, 2010 + n AS year,
            ['pcr', 'antigen'][1 + i % 2] AS test_kind,
            ROUND(n + ((i * 13) % 30) / 10.0, 1) AS delay_hours
        FROM (SELECT i, CASE WHEN i % 10 < 4 THEN 1 WHEN i % 10 < 7 THEN 2
                             WHEN i % 10 < 9 THEN 3 ELSE 4 END AS n FROM range(1, 1201) t(i))
    """)
    con.close()
    return path


def test_groups_with_at_least_n_rows_of_a_value(engine: Any, labs: Path) -> None:
    plots_exactly(
        engine,
        labs,
        "labs",
        "sites with at least 40 invalid tests, with their number of invalid tests",
        "SELECT site, COUNT(*) FROM lab_results WHERE outcome = 'invalid' GROUP BY 1"
        " HAVING COUNT(*) >= 40",
    )


def test_an_average_per_group_for_groups_with_more_than_n_rows(engine: Any, labs: Path) -> None:
    plots_exactly(
        engine,
        labs,
        "labs",
        "average delay hours per site, for sites with more than 300 tests",
        "SELECT site, AVG(delay_hours) FROM lab_results GROUP BY 1 HAVING COUNT(*) > 300",
    )


def test_groups_whose_average_is_below_a_number(engine: Any, labs: Path) -> None:
    plots_exactly(
        engine,
        labs,
        "labs",
        "sites whose average delay hours was below 4",
        "SELECT site, AVG(delay_hours) FROM lab_results GROUP BY 1 HAVING AVG(delay_hours) < 4",
    )


def test_two_values_of_one_column_at_once_are_never_drawn() -> None:
    from aiser_jupyter.engine.planners.contradiction import no_contradiction

    with pytest.raises(AiserError) as caught:
        no_contradiction(
            "SELECT region, score FROM scores WHERE year = 2008 AND region <> 'x' AND year = 2016",
            "duckdb",
            "score by region",
        )
    assert caught.value.code == "AISER-PLAN-UNSURE"
    no_contradiction("SELECT region FROM scores WHERE year = 2008 OR year = 2016", "duckdb", "")
    no_contradiction("SELECT region FROM scores WHERE year = 2008 AND year = 2008", "duckdb", "")


def test_groups_with_more_than_n_rows_a_value_names(engine: Any, labs: Path) -> None:
    plots_exactly(
        engine,
        labs,
        "labs",
        "which sites had more than 25 errors?",
        "SELECT site, COUNT(*) FROM lab_results WHERE status = 'error' GROUP BY 1"
        " HAVING COUNT(*) > 25",
    )


def test_years_kept_by_their_count_are_bars_not_a_line(engine: Any, labs: Path) -> None:
    answer = plots_exactly(
        engine,
        labs,
        "labs",
        "which years had more than 25 errors?",
        "SELECT year, COUNT(*) FROM lab_results WHERE status = 'error' GROUP BY 1"
        " HAVING COUNT(*) > 25",
    )
    assert answer.plan.chart.mark == "bar"  # two of four years: a line would join across gaps
