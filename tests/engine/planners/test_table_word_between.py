"""A column's two words with a word of its own table's name between them ("immigrants
[group] thermometer" of group_therms.therm_immig) name that column: the table's word says
nothing more; a word of another table's between them is still refused (issue 12). "Republican" is
the written-out form of the ``gop`` in a column's name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("between") / "data.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE group_therms AS
        SELECT i AS respondent, ['north', 'south'][1 + i % 2] AS region,
            (i * 7) % 100 AS therm_immig, (i * 3) % 100 AS therm_scient
        FROM range(90) t(i)""")
    con.execute("""
        CREATE TABLE county_returns AS
        SELECT 'county ' || i AS county, ['OH', 'PA'][1 + i % 2] AS state,
            1000 + (i * 37) % 900 AS votes_gop, 1200 + (i * 41) % 700 AS votes_dem
        FROM range(50) t(i)""")
    con.close()
    return path


def test_a_table_word_between_a_columns_words(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average immigrants group thermometer by region",
        "SELECT region, AVG(therm_immig) FROM group_therms GROUP BY region",
    )
    plots_exactly(
        engine,
        data,
        "d",
        "average scientists group thermometer by region",
        "SELECT region, AVG(therm_scient) FROM group_therms GROUP BY region",
    )


def test_a_word_of_another_tables_name_between_is_refused(engine: Any, data: Path) -> None:
    # "county" names county_returns.county: which thermometer is meant is not known
    refuses(engine, data, "d", "average immigrants county thermometer by region", "county")


def test_a_chart_word_between_is_an_instruction(engine: Any, data: Path) -> None:
    # "immigrants" is therm_immig's clipped "immig", "plot" asks for the chart
    plots_exactly(
        engine,
        data,
        "d",
        "average immigrants plot thermometer by region",
        "SELECT region, AVG(therm_immig) FROM group_therms GROUP BY region",
    )


def test_republican_is_the_gop_of_a_name(engine: Any, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "total Republican votes by state",
        "SELECT state, SUM(votes_gop) FROM county_returns GROUP BY state",
    )
