"""Questions over a dimension that lists only some of the facts' things ("EU countries" of a
world-wide panel): the join is an inner join — only the countries the dimension classifies,
no group for the rest of the world — and a question that does not need the dimension does not
read it. A question that would join two panels through the dimension is refused. Numbers are
checked against SQL written by hand."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from answers import plotted, truth
from world import WORLD as ALL

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.errors import AiserError

WORLD = ALL[:30]
BLOCS = [
    *((c, "EU") for c in WORLD[:10]),
    ("Malta", "EU"),
    *((c, "EFTA") for c in ("Norway", "Switzerland", "Iceland", "Liechtenstein")),
    *((c, "EUCC") for c in ("Albania", "Serbia", "Montenegro")),
]


@pytest.fixture(scope="module")
def trade(tmp_path_factory: pytest.TempPathFactory) -> tuple[Engine, Path]:
    path = tmp_path_factory.mktemp("partial") / "trade.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE exports (country TEXT, year INT, tonnes DOUBLE)")
    con.execute("CREATE TABLE arrivals (country TEXT, month TEXT, visitors DOUBLE)")
    con.execute("CREATE TABLE blocs (country TEXT, bloc TEXT)")
    con.executemany(
        "INSERT INTO exports VALUES (?, ?, ?)",
        [(c, y, float(i * 10 + y - 2018)) for i, c in enumerate(WORLD) for y in (2018, 2019, 2020)],
    )
    con.executemany(
        "INSERT INTO arrivals VALUES (?, ?, ?)",
        [(c, m, float(i + len(m))) for i, c in enumerate(WORLD) for m in ("jan", "july")],
    )
    con.executemany("INSERT INTO blocs VALUES (?, ?)", BLOCS)
    con.close()
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("trade", str(path))
    return engine, path


def test_a_total_of_the_countries_of_one_bloc_by_year(trade: tuple[Engine, Path]) -> None:
    engine, path = trade
    answer = engine.ask("total tonnes of EU countries by year", "trade")
    want = truth(
        path,
        "SELECT year, SUM(tonnes) FROM exports JOIN blocs USING (country) "
        "WHERE bloc = 'EU' GROUP BY year",
        approx=True,
    )
    assert plotted(answer) == want
    notes = answer.plan.provenance.notes if answer.plan.provenance else []
    assert any("15 of 18 blocs.country found in exports.country" in n for n in notes), notes


def test_a_grouping_by_the_dimension_keeps_only_the_countries_it_lists(
    trade: tuple[Engine, Path],
) -> None:
    engine, path = trade
    answer = engine.ask("tonnes in 2020 by bloc", "trade")
    assert "LEFT JOIN" not in answer.plan.sql.upper()
    want = truth(
        path,
        "SELECT bloc, SUM(tonnes) FROM exports JOIN blocs USING (country) "
        "WHERE year = 2020 GROUP BY bloc",
        approx=True,
    )
    assert plotted(answer) == want
    assert None not in plotted(answer)  # the rest of the world is no bloc of its own


def test_two_blocs_compared(trade: tuple[Engine, Path]) -> None:
    engine, path = trade
    answer = engine.ask("average tonnes of EU vs EFTA countries", "trade")
    want = truth(
        path,
        "SELECT bloc, AVG(tonnes) FROM exports JOIN blocs USING (country) "
        "WHERE bloc IN ('EU', 'EFTA') GROUP BY bloc",
        approx=True,
    )
    assert plotted(answer) == want


def test_a_question_without_the_dimension_reads_every_country(trade: tuple[Engine, Path]) -> None:
    engine, path = trade
    answer = engine.ask("total tonnes by country in 2020", "trade")
    assert "blocs" not in answer.plan.sql
    want = truth(
        path, "SELECT country, SUM(tonnes) FROM exports WHERE year = 2020 GROUP BY 1", approx=True
    )
    assert plotted(answer) == want and len(want) == len(WORLD)


def test_two_panels_are_not_joined_through_the_dimension(trade: tuple[Engine, Path]) -> None:
    """exports and arrivals share no key of their own: through blocs, every year of a
    country's exports would meet every month of its arrivals, and only in Europe."""
    engine, _ = trade
    with pytest.raises(AiserError) as caught:
        engine.ask("total tonnes vs total visitors, a point per country", "trade")
    assert caught.value.code.startswith("AISER-PLAN")
