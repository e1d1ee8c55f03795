"""Numbers named like their table, codes, axes and abbreviations (issue 12).

- ``thefts`` in a table ``countythefts`` is a number of thefts (a plural name), summed — not a
  numbering like a ``trip`` of trips; ``statefips`` is a code, never summed;
- "counties with no thefts" keeps that number at 0 (a plan that left it out was refused);
- "A on the x axis, B on the y axis" puts A on the x even when B was read as the grouping;
- ``Ads_current`` is advertising ("ad revenue"), and "most densely populated" ranks by density:
  a plan that reads another column under those words is refused.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("named") / "counties.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE countythefts (countyid INTEGER, year INTEGER, statefips INTEGER, "
        "thefts INTEGER, popul INTEGER, density DOUBLE, murdrate DOUBLE)"
    )
    con.executemany(
        "INSERT INTO countythefts VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            [
                1000 * s + c,
                y,
                s,
                (s * 31 + c * 17 + y) % 400,
                5000 + (c * 977) % 90000,
                3.5 + (c * 37) % 900,
                (c * 7 + y) % 19 / 3,
            ]
            for s in range(1, 9)
            for c in range(1, 12)
            for y in range(1990, 1997)
        ],
    )
    con.close()
    return path


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("papers") / "papers.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE papers (Year INTEGER, Ads_current DOUBLE, Circ_current DOUBLE, "
        "Revenue_current DOUBLE, realGDPperCapita DOUBLE, incarcerationRate INTEGER)"
    )
    con.executemany(
        "INSERT INTO papers VALUES (?, ?, ?, ?, ?, ?)",
        [
            [
                y,
                3.0 + (y % 13) / 2,
                1.0 + (y % 7) / 3,
                5.0 + (y % 11),
                8000.0 + 150 * (y - 1950),
                90 + (y * 7) % 300,
            ]
            for y in range(1950, 2010)
        ],
    )
    con.execute(
        "CREATE TABLE GDPpresidents (Year INTEGER, realGDPperCapita DOUBLE, executive VARCHAR)"
    )
    con.execute("CREATE TABLE incarcerations (year INTEGER, incarcerationRate INTEGER)")
    con.execute(
        "INSERT INTO GDPpresidents SELECT Year, realGDPperCapita, "
        "['Truman', 'Eisenhower', 'Kennedy', 'Nixon'][1 + (Year // 8) % 4] FROM papers"
    )
    con.execute(
        "INSERT INTO incarcerations SELECT Year, incarcerationRate FROM papers WHERE Year >= 1960"
    )
    con.close()
    return path


def test_a_plural_count_named_like_its_table_adds_up(engine: Engine, data: Path) -> None:
    plots_exactly(
        engine,
        data,
        "c",
        "total thefts per year",
        "SELECT year, SUM(thefts) FROM countythefts GROUP BY year",
    )


def test_a_fips_code_is_never_summed(engine: Engine, data: Path) -> None:
    from aiser_jupyter.engine.planners.roles import is_identifier

    engine.connect("c", str(data))
    table = engine.catalog("c").table("countythefts")
    assert table is not None
    assert is_identifier(table, table.column("statefips"))
    assert not is_identifier(table, table.column("thefts"))


def test_had_no_keeps_the_tables_number_at_zero(engine: Engine, data: Path) -> None:
    engine.connect("c", str(data))
    answer = engine.ask("How many counties had no thefts at all in 1996?", "c")
    sql = "SELECT COUNT(*) FROM countythefts WHERE thefts = 0 AND year = 1996"
    assert "thefts = 0" in answer.plan.sql and kpi(answer) == one(data, sql)


def test_marked_axes_move_a_number_read_as_the_grouping(engine: Engine, papers: Path) -> None:
    answer = plots_exactly(
        engine,
        papers,
        "c",
        "real GDP per capita on the x axis, incarceration rate on the y axis, one point per year",
        "SELECT realGDPperCapita, incarcerationRate FROM GDPpresidents g "
        "JOIN incarcerations i ON g.Year = i.year",
    )
    assert answer.compiled.fields["x"].alias == "realGDPperCapita"
    assert answer.plan.chart.mark == "point"


def test_an_abbreviation_of_another_column_is_not_left_out(engine: Engine, papers: Path) -> None:
    from aiser_jupyter.errors import AiserError

    engine.connect("p", str(papers))
    question = "scatter with circulation revenue on x and ad revenue on y, one dot per year"
    try:
        answer = engine.ask(question, "p")
    except AiserError as exc:
        assert exc.code == "AISER-PLAN-UNSURE"
        return
    assert answer.compiled.fields["y"].alias == "Ads_current"


def test_a_density_adjective_ranks_by_density(engine: Engine, data: Path) -> None:
    from aiser_jupyter.errors import AiserError

    engine.connect("c", str(data))
    try:
        answer = engine.ask("5 most densely populated counties in 1996", "c")
    except AiserError as exc:
        assert exc.code == "AISER-PLAN-UNSURE"
        return
    assert "density" in answer.plan.sql and "popul" not in answer.plan.sql


def test_each_thing_asked_is_no_single_number(engine: Engine, papers: Path) -> None:
    """ "under each president" where no column is read for the presidents: one figure per
    president asked, so one number over every year is refused."""
    refuses(engine, papers, "p", "average real GDP per capita under each president", "president")


def test_a_clipped_word_before_a_word_and_a_rates_unit(engine: Engine, data: Path) -> None:
    """``murdrate`` is "murder rate" (a clipped word, then a word); "per 10,000 people" is the
    rate's unit, never the rows where the population is 10,000."""
    plots_exactly(
        engine,
        data,
        "c",
        "average county murder rate per 10,000 people by year",
        "SELECT year, AVG(murdrate) FROM countythefts GROUP BY year",
    )


def test_an_unread_abbreviation_of_a_number_is_a_measure_left_out(
    engine: Engine, papers: Path
) -> None:
    """ "ad revenue" over a plan that reads ``Revenue_current``: "ad" abbreviates the number
    ``Ads_current`` names (advertising), so the account reports it as a measure left out."""
    from aiser_jupyter.engine.plan import ChartPlan
    from aiser_jupyter.engine.planners.honesty import account

    engine.connect("p", str(papers))
    plan = ChartPlan.model_validate(
        {
            "sql": "SELECT Circ_current, Revenue_current FROM papers",
            "chart": {
                "mark": "point",
                "encoding": {"x": {"field": "Circ_current"}, "y": {"field": "Revenue_current"}},
            },
        }
    )
    question = "circulation revenue on x and ad revenue on y"
    left = {u.text: u.kind for u in account(question, plan, engine.catalog("p"), "duckdb").unused}
    assert left.get("ad") == "measure"
