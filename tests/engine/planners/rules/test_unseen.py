"""Questions as analysts type them over schemas the planner was not written for: values in
the analyst's words, words the plan cannot explain, keys of two columns. Each answer is
checked against SQL written by hand on a real DuckDB file — or must be refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, plotted, truth

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def zoo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Animals with a truncated diet code (herbi, carni), a Latin order (Rodentia, Carnivora),
    a status code (lc, en) and a ship mode that is an English word (SHIP)."""
    import duckdb

    path = tmp_path_factory.mktemp("zoo") / "zoo.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE animals AS SELECT 'animal ' || i AS name,
            ['herbi', 'carni', 'omni', 'insecti'][1 + i % 4] AS diet,
            ['Rodentia', 'Carnivora', 'Primates'][1 + i % 3] AS "order",
            ['lc', 'en', 'vu', NULL][1 + i % 4] AS status,
            1.0 + (i * 7) % 40 AS body_weight, 4.0 + (i % 16) AS sleep_hours
        FROM range(120) t(i)""")
    con.execute("""
        CREATE TABLE shipments AS SELECT i AS shipment_id,
            ['SHIP', 'MAIL', 'TRUCK'][1 + i % 3] AS mode, 1 + i % 9 AS quantity
        FROM range(90) t(i)""")
    con.close()
    return path


def test_a_longer_form_of_a_stored_code_is_that_value(engine: Any, zoo: Path) -> None:
    """ "herbivores" is the diet herbi; "insectivores" insecti — a condition, never dropped."""
    engine.connect("zoo", str(zoo))
    answer = engine.ask("number of herbivores per order", "zoo")
    assert plotted(answer) == truth(
        zoo, "SELECT \"order\", COUNT(*) FROM animals WHERE diet = 'herbi' GROUP BY 1"
    )
    smallest = engine.ask("smallest body weight among the insectivores", "zoo")
    assert (
        kpi(smallest)
        == truth(zoo, "SELECT 1, MIN(body_weight) FROM animals WHERE diet = 'insecti'")[1]
    )


def test_two_values_compared_are_one_bar_each(engine: Any, zoo: Path) -> None:
    engine.connect("zoo", str(zoo))
    answer = engine.ask("average body weight of carnivores compared with herbivores", "zoo")
    assert plotted(answer) == pytest.approx(
        truth(
            zoo,
            "SELECT diet, AVG(body_weight) FROM animals WHERE diet IN ('carni', 'herbi') GROUP BY 1",
        )
    )


def test_a_word_matching_values_of_two_columns_takes_the_column_of_the_values_beside_it(
    engine: Any, zoo: Path
) -> None:
    """ "carnivores" is the diet carni or the order Carnivora: beside "rodents" (only an order)
    it is the order; alone it is asked, not guessed."""
    engine.connect("zoo", str(zoo))
    answer = engine.ask("average sleep hours for rodents, primates and carnivores", "zoo")
    assert plotted(answer) == pytest.approx(
        truth(zoo, 'SELECT "order", AVG(sleep_hours) FROM animals GROUP BY 1')
    )
    with pytest.raises(AiserError) as refused:
        engine.ask("average body weight of carnivores", "zoo")
    assert refused.value.code == "AISER-PLAN-UNSURE"
    assert "'carni'" in str(refused.value) and "'Carnivora'" in str(refused.value)


def test_a_value_that_is_an_english_word_is_not_matched_by_its_longer_forms(
    engine: Any, zoo: Path
) -> None:
    """ "shipped" is no ship mode SHIP: the question counts every shipment."""
    engine.connect("zoo", str(zoo))
    answer = engine.ask("total quantity shipped by mode", "zoo")
    assert plotted(answer) == truth(zoo, "SELECT mode, SUM(quantity) FROM shipments GROUP BY 1")


def test_stem_matching_rules() -> None:
    from aiser_jupyter.engine.planners.stems import stem_matches, stems_like

    assert stems_like("herbivores", "herbi")
    assert stems_like("rodents", "rodentia")
    assert stems_like("carnivores", "carnivora")
    assert not stems_like("shipping", "ship")  # an English word: its longer forms are others
    assert not stems_like("cats", "cat")  # too short to be sure
    assert not stems_like("omnibus", "omnivora")
    assert stem_matches("Carnivores", ["carni", "Carnivora", "herbi"]) == ["carni", "Carnivora"]


def test_a_word_narrowing_what_is_counted_is_refused_not_dropped(engine: Any, zoo: Path) -> None:
    """ "how many endangered animals": no value says which are endangered (the status is a code,
    en); a count of every animal would answer another question."""
    engine.connect("zoo", str(zoo))
    for question, word in (
        ("How many endangered animals are there?", "endangered"),
        ("number of vulnerable animals by order", "vulnerable"),
    ):
        with pytest.raises(AiserError) as refused:
            engine.ask(question, "zoo")
        assert refused.value.code == "AISER-PLAN-UNSURE"
        assert word in refused.value.details["unused"], question
    everything = engine.ask("How many animals are there?", "zoo")
    assert kpi(everything) == 120
    kinds = engine.ask("number of different diets", "zoo")  # "different" only qualifies a count
    assert kpi(kinds) == 4


def test_a_grouping_that_names_nothing_is_refused_not_dropped(engine: Any, zoo: Path) -> None:
    engine.connect("zoo", str(zoo))
    with pytest.raises(AiserError) as refused:
        engine.ask("average sleep hours by habitat", "zoo")
    assert "habitat" in refused.value.details["unused"]
    grouped = engine.ask("average sleep hours by diet", "zoo")
    assert plotted(grouped) == pytest.approx(
        truth(zoo, "SELECT diet, AVG(sleep_hours) FROM animals GROUP BY 1")
    )


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Cases per country and year (1990–2013) and a population table keyed the same way
    (1995–2013), neither key unique alone; no declared keys."""
    import duckdb

    path = tmp_path_factory.mktemp("panel") / "panel.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE cases AS SELECT c.country, y AS year, (y * 7 + length(c.country)) % 50 AS new_cases
        FROM (VALUES ('Chile'), ('Kenya'), ('Norway'), ('Peru')) c(country), range(1990, 2014) t(y)""")
    con.execute("""
        CREATE TABLE population AS SELECT c.country, y AS year,
            (1000000 * length(c.country) + 250000 * (y - 1995))::BIGINT AS population
        FROM (VALUES ('Chile'), ('Kenya'), ('Norway'), ('Peru')) c(country), range(1995, 2014) t(y)""")
    con.close()
    return path


def test_a_key_of_a_name_and_a_year_is_inferred_and_used(engine: Any, panel: Path) -> None:
    """(country, year) is inferred from the data — unique in cases, every pair of population
    found there — and joins on both columns; a value of both key columns ("Kenya") is one
    value."""
    engine.connect("panel", str(panel))
    joins = {(j.table, j.column, j.ref_table, j.ref_column) for j in engine.catalog("panel").joins}
    assert joins == {
        ("population", "country", "cases", "country"),
        ("population", "year", "cases", "year"),
    }
    question = "population of Kenya by year with new cases above 20"
    want = truth(
        panel,
        "SELECT p.year, population FROM population p JOIN cases c USING (country, year) "
        "WHERE p.country = 'Kenya' AND new_cases > 20",
    )
    assert 0 < len(want) < 19  # some years of 1995-2013, not all
    assert plotted(engine.ask(question, "panel")) == want


def test_a_number_named_like_its_table_is_that_number(engine: Any, panel: Path) -> None:
    """population(country, year, population): "population of Peru" is the column, not a count of
    the table's rows; one country and year is one number; a span of years is its trend."""
    engine.connect("panel", str(panel))
    trend = engine.ask("population of Peru over time", "panel")
    assert trend.plan.chart.mark == "line"
    assert plotted(trend) == truth(
        panel, "SELECT year, population FROM population WHERE country = 'Peru'"
    )
    one = engine.ask("What was Chile's population in 2010?", "panel")
    assert one.plan.chart.mark == "kpi"
    assert (
        kpi(one)
        == truth(
            panel, "SELECT 1, population FROM population WHERE country = 'Chile' AND year = 2010"
        )[1]
    )
    span = engine.ask("population of Norway between 2000 and 2005", "panel")
    assert plotted(span) == truth(
        panel,
        "SELECT year, population FROM population WHERE country = 'Norway' AND year BETWEEN 2000 AND 2005",
    )
    total = engine.ask("total population of Norway between 2000 and 2005", "panel")
    assert total.plan.chart.mark == "kpi"  # a total asked for: one number
    rows = engine.ask("number of population rows by year", "panel")  # counted: the table's rows
    assert set(plotted(rows).values()) == {4}


def test_an_adjective_for_a_measure_ranks_by_it_or_is_refused(engine: Any, panel: Path) -> None:
    """ "the 3 most populous countries" ranks by population; a plan that would not use the
    population ("the heaviest countries" has no weight column: only reported) is not drawn."""
    engine.connect("panel", str(panel))
    answer = engine.ask("the 3 most populous countries in 2010", "panel")
    want = truth(
        panel,
        "SELECT country, population FROM population WHERE year = 2010 ORDER BY 2 DESC LIMIT 3",
    )
    assert plotted(answer) == want
    from aiser_jupyter.engine.planners.adjectives import adjective_noun

    assert adjective_noun("Heaviest") == "weight"
    assert adjective_noun("populous") == "population"
    assert adjective_noun("long") is None  # "how long", "a long list": no measure by itself


def test_an_adjective_whose_measure_the_plan_leaves_out_is_refused(engine: Any, zoo: Path) -> None:
    """The honesty check holds any plan to the words: a count by diet does not answer "number
    of the heaviest animals by diet" while the animals have a body weight."""
    from aiser_jupyter.engine.planners.honesty import account

    engine.connect("zoo", str(zoo))
    plan = engine.ask("number of animals by diet", "zoo").plan
    catalog = engine.catalog("zoo")
    unused = account("number of the heaviest animals by diet", plan, catalog, "duckdb").blocking
    assert [u.text for u in unused] == ["heaviest"]
    assert not account("number of animals by diet", plan, catalog, "duckdb").blocking


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A monthly housing market per city: ``sales`` and ``listings`` hold counts of homes."""
    import duckdb

    path = tmp_path_factory.mktemp("market") / "market.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE market AS SELECT ['Springfield', 'Riverton', 'Lakeside'][1 + i % 3] AS city,
            2010 + (i // 36) AS year, 1 + (i // 3) % 12 AS month, 50 + (i * 37) % 400 AS sales,
            900 + (i * 11) % 300 AS listings, 100000 + (i * 977) % 90000 AS median
        FROM range(216) t(i)""")
    con.close()
    return path


def test_the_number_of_a_column_of_counts_is_its_sum(engine: Any, market: Path) -> None:
    """ "number of sales" where each row holds its month's sales: their sum, not the rows."""
    engine.connect("market", str(market))
    top = engine.ask("top 2 cities by number of sales in 2012", "market")
    assert plotted(top) == truth(
        market,
        "SELECT city, SUM(sales) FROM market WHERE year = 2012 GROUP BY 1 ORDER BY 2 DESC LIMIT 2",
    )
    one = engine.ask("number of Riverton sales in each month of 2011", "market")
    assert plotted(one) == truth(
        market,
        "SELECT month, SUM(sales) FROM market WHERE city = 'Riverton' AND year = 2011 GROUP BY 1",
    )
    try:  # "months" are the rows counted, sales compared: right, or refused — never drawn wrong
        rows = engine.ask("number of months with more than 300 sales by city", "market")
    except AiserError as refused:
        assert refused.code == "AISER-PLAN-UNSURE"
    else:
        assert (
            sum(plotted(rows).values())
            == truth(market, "SELECT 1, COUNT(*) FROM market WHERE sales > 300")[1]
        )


def test_a_count_of_things_no_table_names_beside_a_column_of_counts_is_refused(
    engine: Any, market: Path
) -> None:
    """ "number of homes sold": the rows are months, the homes are in ``sales`` — unsure."""
    engine.connect("market", str(market))
    with pytest.raises(AiserError) as refused:
        engine.ask("total number of homes sold in 2012", "market")
    assert "homes" in refused.value.details["unused"]


def test_a_calendar_word_that_is_a_measures_unit_is_no_date_part(
    engine: Any, zoo: Path, market: Path
) -> None:
    """ "average hours of sleep": the sleep is in hours; "months of inventory" with a month
    column in the table is still the inventory; "2-hour bins" is a bin width."""
    import duckdb

    engine.connect("zoo", str(zoo))
    sleep = engine.ask("average hours of sleep by diet", "zoo")
    assert plotted(sleep) == pytest.approx(
        truth(zoo, "SELECT diet, AVG(sleep_hours) FROM animals GROUP BY 1")
    )
    hist = engine.ask("histogram of sleep hours in 2-hour bins", "zoo")
    assert hist.plan.chart.mark in ("bar", "histogram")
    path = market.parent / "stock.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE stock AS SELECT * FROM (SELECT 2010 + i // 12 AS year, 1 + i % 12 AS month, "
        "2.0 + (i % 7) / 2 AS inventory FROM range(48) t(i))"
    )
    con.close()
    engine.connect("stock", str(path))
    stock = engine.ask("average months of inventory by year", "stock")
    assert plotted(stock) == pytest.approx(
        truth(path, "SELECT year, AVG(inventory) FROM stock GROUP BY 1")
    )
    from aiser_jupyter.engine.planners.units import is_unit_of_measure

    words = ["number", "of", "flights", "by", "hours", "of", "the", "day"]
    assert not is_unit_of_measure(4, words, set())  # no number named after it: a date part


def test_a_grain_word_says_what_a_row_is_and_a_month_name_keeps_that_month(
    engine: Any, market: Path
) -> None:
    """One row per city and month: "highest monthly sales" is the largest row per year; "July
    sales" keeps month 7 of an integer month column."""
    engine.connect("market", str(market))
    high = engine.ask("highest monthly sales in Riverton in each year", "market")
    assert plotted(high) == truth(
        market, "SELECT year, MAX(sales) FROM market WHERE city = 'Riverton' GROUP BY 1"
    )
    july = engine.ask("total July sales per year", "market")
    assert plotted(july) == truth(
        market, "SELECT year, SUM(sales) FROM market WHERE month = 7 GROUP BY 1"
    )
    from aiser_jupyter.engine.planners.rules.question import Question
    from aiser_jupyter.engine.planners.rules.reader import read

    # "may" is also a verb: no month is read from it without "in"
    assert not read(Question.read("sales may rise per year")).ranges
