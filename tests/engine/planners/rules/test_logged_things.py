"""Tables of records about things, and the words analysts use for them (issue 12).

A table of episode views holds one row per view, keyed by ``viewerId`` and ``episodeId``,
with the time of the view and a ``year`` that is the episode's first airing. "How many
episodes" counts the episodes viewed, not the views; "per year" may mean either year and is
asked back. Hardware tables hold counts of parts in columns (``cores``): "core count" names
that column. Numbers are checked against SQL written by hand on DuckDB.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.catalog.model import semantic_type
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.qualified_siblings import unsaid_qualifiers


def _title(episode: int) -> str:
    """Too many titles for the value index: a name typed in the question is looked up."""
    return "Space Race" if episode % 120 == 0 else f"Episode {episode}"


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("logged") / "logged.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE episode_views (viewerId BIGINT, episodeId BIGINT, title VARCHAR, "
        "minutes DOUBLE, viewed TIMESTAMP, year INTEGER, rating DOUBLE)"
    )
    con.executemany(
        "INSERT INTO episode_views VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            [
                1 + (k * 7) % 40,
                100 + (k * 5) % 600,
                _title(100 + (k * 5) % 600),
                10 + (k * 13) % 50,
                f"{2019 + k % 5}-{1 + k % 12:02d}-{1 + k % 27:02d} 20:00:00",
                1990 + ((k * 5) % 600) % 34,
                0.5 + (k * 3) % 10 / 2,
            ]
            for k in range(1800)
        ],
    )
    con.execute(
        "CREATE TABLE laptops (model VARCHAR, brand VARCHAR, released DATE, cores INTEGER, "
        "threads INTEGER, price DOUBLE)"
    )
    con.executemany(
        "INSERT INTO laptops VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                f"M{k}",
                ["Acme", "Bolt", "Crest"][k % 3],
                f"{2015 + k % 8}-0{1 + k % 9}-15",
                2 ** (1 + k % 4),
                2 ** (1 + k % 4) * (1 + k % 2),
                400 + 37 * k,
            ]
            for k in range(60)
        ],
    )
    con.execute(
        "CREATE TABLE checkups (person_id INTEGER, year INTEGER, visits INTEGER, married INTEGER)"
    )
    con.executemany(
        "INSERT INTO checkups VALUES (?, ?, ?, ?)",
        [[p, y, (p * 3 + y) % 17, p % 3 == 0] for p in range(1, 80) for y in range(2001, 2006)],
    )
    con.execute(
        "CREATE TABLE anomalies (year INTEGER, land_anomaly DOUBLE, ocean_anomaly DOUBLE, "
        "temp_anomaly DOUBLE)"
    )
    con.executemany(
        "INSERT INTO anomalies VALUES (?, ?, ?, ?)",
        [[y, (y - 1950) / 50, (y - 1960) / 80, (y - 1955) / 60] for y in range(1900, 2020)],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A survey panel: one row per respondent (``id``) and year, some years missing."""
    import duckdb

    path = tmp_path_factory.mktemp("panel") / "survey.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE survey (id INTEGER, year INTEGER, age INTEGER, income DOUBLE)")
    con.executemany(
        "INSERT INTO survey VALUES (?, ?, ?, ?)",
        [
            [p, y, 20 + (p * 7) % 55 + (y - 2001), 1000.0 + (p * 37) % 900]
            for p in range(1, 300)
            for y in range(2001, 2006)
            if (p + y) % 4
        ],
    )
    con.close()
    return path


def test_an_identifier_in_camel_case_is_a_key() -> None:
    assert semantic_type("episodeId", "BIGINT") == "key"
    assert semantic_type("viewerID", "INTEGER") == "key"
    assert semantic_type("paid", "INTEGER") == "quantitative"


def test_how_many_things_a_log_is_about_counts_them(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("how many episodes have been watched?", "d")
    assert kpi(answer) == one(data, "SELECT COUNT(DISTINCT episodeId) FROM episode_views")


def test_different_things_count_the_key_the_noun_names(engine: Engine, data: Path) -> None:
    # viewerId comes first in the table: the key counted is the one named like the noun
    engine.connect("d", str(data))
    answer = engine.ask("number of different episodes watched", "d")
    assert kpi(answer) == one(data, "SELECT COUNT(DISTINCT episodeId) FROM episode_views")


def test_a_bare_year_beside_a_date_of_other_years_is_asked_back(engine: Engine, data: Path) -> None:
    error = refuses(engine, data, "d", "average minutes watched per year", "year")
    assert "year of viewed" in error.message
    refuses(engine, data, "d", "number of episodes watched each year since 2020", "year")


def test_the_year_of_the_date_or_a_qualified_year_is_drawn(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average minutes watched by year of viewed",
        "SELECT DATE_TRUNC('year', viewed), AVG(minutes) FROM episode_views GROUP BY 1",
    )
    plots_exactly(
        engine,
        data,
        "d",
        "number of episodes by air year",
        "SELECT year, COUNT(DISTINCT episodeId) FROM episode_views GROUP BY 1",
    )


def test_a_year_that_spans_the_dates_years_is_the_same_year(engine: Engine, tmp_path: Path) -> None:
    import duckdb

    path = tmp_path / "sales.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (sold DATE, year INTEGER, amount DOUBLE)")
    con.executemany(
        "INSERT INTO sales VALUES (?, ?, ?)",
        [[f"{2018 + k % 4}-03-0{1 + k % 9}", 2018 + k % 4, 10.0 + k] for k in range(40)],
    )
    con.close()
    plots_exactly(
        engine, path, "s", "total amount per year", "SELECT year, SUM(amount) FROM sales GROUP BY 1"
    )


def test_a_count_word_after_a_count_column_names_it(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "d",
        "average thread count per brand",
        "SELECT brand, AVG(threads) FROM laptops GROUP BY brand",
    )
    plots_exactly(
        engine,
        data,
        "d",
        "highest core count of the laptops released each year",
        "SELECT DATE_TRUNC('year', released), MAX(cores) FROM laptops GROUP BY 1",
    )


def test_the_most_any_one_has_is_a_maximum(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("what is the most threads any laptop has?", "d")
    assert kpi(answer) == one(data, "SELECT MAX(threads) FROM laptops")
    answer = engine.ask("most visits anyone had in a single year", "d")
    assert kpi(answer) == one(data, "SELECT MAX(visits) FROM checkups")


def test_the_opposite_of_a_kept_flag_is_not_left_out(engine: Engine, data: Path) -> None:
    # both sides are drawn (tests/engine/planners/rules/test_flag_sides.py); never the
    # married alone under words that ask for the unmarried too
    plots_exactly(
        engine,
        data,
        "d",
        "number of married and unmarried people each year",
        "SELECT year, COUNT(*), married FROM checkups GROUP BY year, married",
    )


def test_a_qualifier_no_word_says_among_siblings_is_asked_back(engine: Engine, data: Path) -> None:
    error = refuses(engine, data, "d", "average anomaly per year")
    assert "land_anomaly" in error.message or "ocean_anomaly" in error.message
    plots_exactly(
        engine,
        data,
        "d",
        "land anomaly by year",
        "SELECT year, SUM(land_anomaly) FROM anomalies GROUP BY year",
    )


def test_any_qualifier_no_word_says_among_siblings_is_found(engine: Engine, data: Path) -> None:
    # the account's check (every planner is held to it): land_ of land_, ocean_, temp_anomaly
    engine.connect("d", str(data))
    catalog = engine.catalog("d")
    table = catalog.table("anomalies")
    assert table is not None
    land, temp = table.column("land_anomaly"), table.column("temp_anomaly")
    assert land is not None and temp is not None
    (found,) = unsaid_qualifiers(["average", "anomaly", "by", "year"], [land], catalog)
    assert found[0] == "land_anomaly" and "ocean_anomaly" in found[1] and "temp_anomaly" in found[1]
    assert unsaid_qualifiers(["land", "anomaly", "by", "year"], [land], catalog) == []
    # said in full ("temperature" of temp) or by its initials, the qualifier is said
    assert unsaid_qualifiers(["temperature", "anomaly"], [temp], catalog) == []


def test_a_name_typed_with_capitals_at_the_start_is_kept(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("Space Race's total minutes watched", "d")
    assert kpi(answer) == one(
        data, "SELECT SUM(minutes) FROM episode_views WHERE title = 'Space Race'"
    )
    # a name the data does not hold is not dropped: the total of every title is no answer
    refuses(engine, data, "d", "Zorro Quest's total minutes watched", "zorro", "quest")


def test_respondents_of_a_panel_are_its_rows_within_a_year(engine: Engine, panel: Path) -> None:
    plots_exactly(
        engine,
        panel,
        "p",
        "number of respondents per year",
        "SELECT year, COUNT(*) FROM survey GROUP BY year",
    )
    engine.connect("p", str(panel))
    answer = engine.ask("how many respondents in 2003 were older than 60", "p")
    assert kpi(answer) == one(panel, "SELECT COUNT(*) FROM survey WHERE year = 2003 AND age > 60")
    # over all years a respondent has several rows: persons or person-years is asked back
    refuses(engine, panel, "p", "how many respondents are there", "respondents")


def test_a_column_named_in_the_singular_is_one_per_row(engine: Engine, data: Path) -> None:
    engine.connect("d", str(data))
    answer = engine.ask("how many ratings were given in March 2021", "d")
    assert kpi(answer) == one(
        data,
        "SELECT COUNT(*) FROM episode_views "
        "WHERE viewed >= DATE '2021-03-01' AND viewed < DATE '2021-04-01'",
    )
