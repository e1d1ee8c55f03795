"""Conditions on an attribute of the things facts belong to: "complaints per borough for
boroughs with a median household income below $60,000": a table holds one row per borough
and its figures (population, median rent). The comparison keeps rows (a WHERE on the
dimension), the facts are what is counted, and the attribute is neither a second measure
nor the measure in place of the count. Numbers are checked against SQL written by hand."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from answers import kpi, plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError

#: one row per borough: its population, median household income, median rent
BOROUGHS = [
    ("Ashford", 42000, 51000, 1350),
    ("Brookvale", 81000, 98000, 2150),
    ("Carrow", 23000, 38000, 1100),
    ("Dunmore", 67000, 64000, 1720),
    ("Elmstead", 120500, 131000, 2480),
    ("Fenwick", 36000, 47000, 1460),
]


@pytest.fixture(scope="module")
def city(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, Path]:
    path = tmp_path_factory.mktemp("dimcond") / "city.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE census (borough TEXT, population INT, hhIncome INT, median_rent INT)")
    con.executemany("INSERT INTO census VALUES (?, ?, ?, ?)", BOROUGHS)
    con.execute("CREATE TABLE complaints (id INT, borough TEXT, opened DATE, kind TEXT)")
    rows, k = [], 0
    for i, (borough, *_) in enumerate(BOROUGHS):
        for j in range(5 + 7 * i):
            k += 1
            kind = ("noise", "heat", "parking")[j % 3]
            rows.append((k, borough, f"202{j % 3}-0{1 + j % 9}-1{j % 9}", kind))
    con.executemany("INSERT INTO complaints VALUES (?, ?, ?, ?)", rows)
    con.execute("CREATE TABLE listings (listing_id INT, borough TEXT, price INT)")
    listings = [(n, BOROUGHS[n % 6][0], 900 + (n * 37) % 900) for n in range(120)]
    con.executemany("INSERT INTO listings VALUES (?, ?, ?)", listings)
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("city", str(path))
    return engine, path


JOINED = "FROM complaints c JOIN census b ON c.borough = b.borough"


def test_a_median_figure_of_the_boroughs_keeps_rows_and_is_not_drawn(
    city: tuple[Engine, Path],
) -> None:
    engine, path = city
    answer = engine.ask(
        "number of complaints per borough for boroughs with a median household income "
        "below $60,000",
        "city",
    )
    want = truth(path, f"SELECT b.borough, COUNT(*) {JOINED} WHERE b.hhIncome < 60000 GROUP BY 1")
    assert plotted(answer) == want
    assert len(want) == 3
    assert "MEDIAN" not in answer.plan.sql.upper()  # each borough has one income: no median


def test_how_many_facts_in_the_kept_boroughs_is_one_number(city: tuple[Engine, Path]) -> None:
    engine, path = city
    answer = engine.ask(
        "How many complaints were in boroughs with a median household income over $90k?", "city"
    )
    assert answer.plan.chart.mark == "kpi"
    [(_, want)] = truth(path, f"SELECT 1, COUNT(*) {JOINED} WHERE b.hhIncome > 90000").items()
    assert kpi(answer) == want


def test_the_facts_are_counted_not_the_compared_population(city: tuple[Engine, Path]) -> None:
    engine, path = city
    answer = engine.ask(
        "noise complaints by borough for boroughs with fewer than 50,000 residents", "city"
    )
    want = truth(
        path,
        f"SELECT b.borough, COUNT(*) {JOINED} "
        "WHERE c.kind = 'noise' AND b.population < 50000 GROUP BY 1",
    )
    assert plotted(answer) == want
    assert set(want) == {"Ashford", "Carrow", "Fenwick"}


def test_top_n_among_those_with_a_figure(city: tuple[Engine, Path]) -> None:
    engine, path = city
    answer = engine.ask(
        "top 2 boroughs by number of complaints among those with a median household income "
        "under $70,000",
        "city",
    )
    want = truth(
        path,
        f"SELECT b.borough, COUNT(*) {JOINED} WHERE b.hhIncome < 70000 "
        "GROUP BY 1 ORDER BY 2 DESC LIMIT 2",
    )
    assert plotted(answer) == want
    assert list(want) == ["Fenwick", "Dunmore"]


def test_boroughs_alone_show_the_figure_compared(city: tuple[Engine, Path]) -> None:
    engine, path = city
    answer = engine.ask("boroughs with more than 60,000 residents", "city")
    want = truth(path, "SELECT borough, population FROM census WHERE population > 60000")
    assert plotted(answer) == want


def test_an_average_over_each_groups_rows_keeps_groups_and_is_not_drawn(
    city: tuple[Engine, Path],
) -> None:
    engine, path = city
    answer = engine.ask(
        "number of listings per borough for boroughs with an average price above 1330", "city"
    )
    want = truth(path, "SELECT borough, COUNT(*) FROM listings GROUP BY 1 HAVING AVG(price) > 1330")
    assert plotted(answer) == want
    assert 0 < len(want) < len(BOROUGHS)
    assert answer.compiled.fields.get("color") is None  # one number per borough: the count


def test_a_figure_the_schema_lacks_is_still_refused(city: tuple[Engine, Path]) -> None:
    engine, _ = city
    with pytest.raises(AiserError) as info:
        engine.ask(
            "number of complaints per borough for boroughs with a median household income "
            "below $60,000 and a crime rate above 5",
            "city",
        )
    assert info.value.code == "AISER-PLAN-UNSURE"
