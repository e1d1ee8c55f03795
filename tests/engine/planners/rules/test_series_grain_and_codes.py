"""A series' own grain, coded values and a scatter's listed axes (issue 12).

- a date stored one per month (or quarter) makes each row a month: "how many months did
  copper trade above 3000" counts them, "histogram of monthly copper prices" bins the rows;
  a panel of regions' quarters kept to one region counts quarters the same way — and the
  same words over a daily table (a month is many rows there) are refused;
- "$500 bins" is a width, never 500 bins;
- a code spelled by initials ("great-horned owls" of ``GH``, "Tengmalm's owls" of ``TO``) or a
  one-letter code said beside its sibling or its column ("adults and juveniles", "the North
  division") keeps those rows; a lone word that only begins like one ("juvenile barn-owls")
  is refused, never drawn for every age;
- "scatter of A vs B" lists the axes (A along x); "A vs B" alone is A over B;
- "their first 2 seasons or less" bounds a number, it is no top 2;
- "the vaccination data" names the data, not the vaccinated rows: every kid is counted.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.lexicon import split_name


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("grain") / "series.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE prices (month DATE, copper DOUBLE, coffee_robustas DOUBLE)")
    months = [date(1990 + k // 12, k % 12 + 1, 1) for k in range(240)]  # 240 > 120 months
    con.executemany(
        "INSERT INTO prices VALUES (?, ?, ?)",
        [[m, 1500.0 + (k * 37) % 3000, 0.5 + (k * 13) % 40 / 10] for k, m in enumerate(months)],
    )
    con.execute("CREATE TABLE stays (period DATE, region VARCHAR, occupancy DOUBLE)")
    con.executemany(
        "INSERT INTO stays VALUES (?, ?, ?)",
        [
            [date(2000 + k // 4, 3 * (k % 4) + 1, 1), region, 30.0 + (k * 7 + len(region)) % 45]
            for k in range(64)
            for region in ("North", "South", "East", "West")
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def daily(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("daily") / "daily.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE readings (day DATE, level DOUBLE)")
    con.executemany(
        "INSERT INTO readings VALUES (?, ?)",
        [[date(2015, 1, 1) + timedelta(days=k), (k * 17) % 100] for k in range(900)],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def birds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("codes") / "birds.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE catches (year INTEGER, species VARCHAR, age VARCHAR, division VARCHAR,"
        " weight INTEGER, wing DOUBLE)"
    )
    con.executemany(
        "INSERT INTO catches VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                1995 + k % 9,
                ("BO", "GH", "TO")[k % 3],
                ("A", "J")[k % 5 % 2],
                ("N", "S")[k % 7 % 2],
                200 + (k * 31) % 900,
                150.0 + (k * 11) % 260,
            ]
            for k in range(600)
        ],
    )
    con.execute("CREATE TABLE kids (kid INTEGER, vaccinated VARCHAR, district VARCHAR)")
    con.executemany(
        "INSERT INTO kids VALUES (?, ?, ?)",
        [[k, ("Y", "N")[k % 3 % 2], ("Upper", "Lower")[k % 2]] for k in range(300)],
    )
    con.close()
    return path


def test_months_of_a_monthly_series_are_its_rows(engine: Engine, series: Path) -> None:
    engine.connect("s", str(series))
    answer = engine.ask("How many months did copper trade above 3000?", "s")
    assert kpi(answer) == one(series, "SELECT COUNT(*) FROM prices WHERE copper > 3000")
    plots_exactly(
        engine,
        series,
        "s",
        "histogram of monthly copper prices in $500 bins",
        "SELECT FLOOR(copper / 500) * 500, COUNT(*) FROM prices GROUP BY 1",
    )


def test_quarters_of_a_panel_kept_to_one_region(engine: Engine, series: Path) -> None:
    engine.connect("s", str(series))
    answer = engine.ask("In how many quarters was the North's occupancy below 50?", "s")
    sql = "SELECT COUNT(*) FROM stays WHERE region = 'North' AND occupancy < 50"
    assert kpi(answer) == one(series, sql)
    plots_exactly(
        engine,
        series,
        "s",
        "histogram of quarterly occupancy in bins of 10",
        "SELECT FLOOR(occupancy / 10) * 10, COUNT(*) FROM stays GROUP BY 1",
    )


def test_months_of_a_daily_table_are_not_its_rows(engine: Engine, daily: Path) -> None:
    refuses(engine, daily, "d", "how many months had a level above 90?", "months")


def test_a_plural_name_ending_like_a_function_word_stays_whole(
    engine: Engine, series: Path
) -> None:
    assert split_name("coffee_robustas") == ["coffee", "robusta"]
    plots_exactly(
        engine,
        series,
        "s",
        "top 5 years by average robusta price",
        "SELECT CAST(DATE_TRUNC('year', month) AS TIMESTAMP), AVG(coffee_robustas) FROM prices "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 5",  # years ten apart tie: the earlier first
    )


def test_codes_spelled_by_initials(engine: Engine, birds: Path) -> None:
    plots_exactly(
        engine,
        birds,
        "b",
        "average weight of great-horned owls by year",
        "SELECT year, AVG(weight) FROM catches WHERE species = 'GH' GROUP BY year",
    )
    plots_exactly(
        engine,
        birds,
        "b",
        "scatter of wing vs weight for Tengmalm's owls",
        "SELECT wing, weight FROM catches WHERE species = 'TO'",
    )


def test_one_letter_codes_said_with_a_sibling_or_their_column(engine: Engine, birds: Path) -> None:
    plots_exactly(
        engine,
        birds,
        "b",
        "adults and juveniles by species, stacked",
        "SELECT species, COUNT(*), age FROM catches WHERE age IN ('A', 'J') GROUP BY 1, 3",
    )
    plots_exactly(
        engine,
        birds,
        "b",
        "average weight by species in the North division",
        "SELECT species, AVG(weight) FROM catches WHERE division = 'N' GROUP BY species",
    )
    refuses(engine, birds, "b", "average weight of juvenile barn-owls by year", "juvenile")


def test_a_scatter_named_lists_its_axes(engine: Engine, birds: Path) -> None:
    plots_exactly(
        engine, birds, "b", "scatter of wing vs weight", "SELECT wing, weight FROM catches"
    )
    plots_exactly(engine, birds, "b", "wing vs weight", "SELECT weight, wing FROM catches")


def test_first_seasons_or_less_is_no_top_n(engine: Engine, birds: Path) -> None:
    refuses(engine, birds, "b", "average weight of owls in their first 2 seasons or less", "2")


def test_the_data_a_flag_names_is_no_filter(engine: Engine, birds: Path) -> None:
    engine.connect("b", str(birds))
    answer = engine.ask("how many kids are in the vaccination data?", "b")
    assert kpi(answer) == one(birds, "SELECT COUNT(*) FROM kids")  # every kid, not the 'Y's
    answer = engine.ask("how many vaccinated kids are there?", "b")
    assert kpi(answer) == one(birds, "SELECT COUNT(*) FROM kids WHERE vaccinated = 'Y'")
