"""The longer reading of a name wins (issue 12): "GDP per capita" is the column ``gdppercap``
beside ``gdp``, and ``rgdppc`` where no other column fits; a word that a name merely re-spells
("pressure recorded") is no spelling of it. Drawn on small DuckDB tables named as real panel
data names its columns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import duckdb
import pytest

from aiser_jupyter.engine.catalog.model import Catalog, Column, Table
from aiser_jupyter.engine.planners.aligned import align
from aiser_jupyter.errors import AiserError
from tests.answers import kpi, one, plotted, truth


@pytest.fixture(scope="module")
def states(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One row per state: its GDP (millions) and GDP per capita, which rank differently."""
    path = tmp_path_factory.mktemp("spans") / "states.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE state_economy AS
        SELECT s.state, 2020 AS year, s.gdp, s.gdppercap
        FROM (VALUES ('Ohio', 700000.0, 59000.0), ('Texas', 1900000.0, 63000.0),
                     ('Alaska', 55000.0, 74000.0), ('Vermont', 34000.0, 52000.0),
                     ('Delaware', 77000.0, 78000.0)) s(state, gdp, gdppercap)""")
    con.close()
    return path


@pytest.fixture(scope="module")
def panel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Countries by year with their ISO codes (Peru's is PER) and real GDP per capita."""
    path = tmp_path_factory.mktemp("spans") / "panel.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE world_panel AS
        SELECT c.country, c.iso3c, 2015 + y AS year,
            c.base + 400.0 * y * c.k AS rgdppc, 60.0 + c.k + y * 0.2 AS lifeexp
        FROM (VALUES ('Peru', 'PER', 6000.0, 1), ('Chile', 'CHL', 13000.0, 2),
                     ('Brazil', 'BRA', 8700.0, 3), ('India', 'IND', 1900.0, 4)) c(country, iso3c, base, k),
             range(6) t(y)""")
    con.close()
    return path


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect(path.stem, str(path))
    return engine.ask(question, path.stem)


def test_a_name_spelled_by_more_words_wins_over_an_exact_name_inside_them(
    engine: Any, states: Path
) -> None:
    answer = _ask(engine, states, "3 states with the highest GDP per capita")
    want = truth(states, "SELECT state, gdppercap FROM state_economy ORDER BY 2 DESC LIMIT 3")
    assert plotted(answer) == want  # Delaware, Alaska, Texas; by gdp it would be Texas first


def test_the_exact_name_alone_is_still_read(engine: Any, states: Path) -> None:
    answer = _ask(engine, states, "total gdp by state")
    assert plotted(answer) == truth(states, "SELECT state, SUM(gdp) FROM state_economy GROUP BY 1")


def test_a_partial_spelling_is_read_when_no_other_name_fits(engine: Any, panel: Path) -> None:
    """ "GDP per capita" of rgdppc (the leading r unsaid), and "per" inside the name is no
    filter on Peru's code PER."""
    answer = _ask(engine, panel, "highest GDP per capita in the data")
    assert kpi(answer) == one(panel, "SELECT MAX(rgdppc) FROM world_panel")
    answer = _ask(engine, panel, "top 2 countries by GDP per capita in 2019")
    want = truth(
        panel,
        "SELECT country, rgdppc FROM world_panel WHERE year = 2019 ORDER BY 2 DESC LIMIT 2",
    )
    assert plotted(answer) == want


def test_a_partial_spelling_of_several_names_reads_none(
    engine: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """rgdpo and rgdpe: "real gdp" spells the start of both, so neither is read."""
    path = tmp_path_factory.mktemp("spans") / "accounts.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE national_accounts AS
        SELECT c.country, 2010 + y AS year, 1000.0 * c.k + y AS rgdpo, 900.0 * c.k + y AS rgdpe
        FROM (VALUES ('Peru', 1), ('Chile', 2)) c(country, k), range(4) t(y)""")
    con.close()
    with pytest.raises(AiserError):
        _ask(engine, path, "real gdp by country")


def _catalog(*names: str) -> Catalog:
    columns = [Column(name=n, type="DOUBLE", semantic="quantitative") for n in names]
    return Catalog(source="t", dialect="duckdb", tables=[Table(name="storms", columns=columns)])


def test_a_word_re_spelled_by_the_next_spells_nothing() -> None:
    """ "pressure recorded": the name is the first word whole, not "pressu" and "re"."""
    words = ["lowest", "central", "pressure", "recorded", "each", "year"]
    spans = {(a.start, a.end) for a in align(_catalog("pressure", "wind"), words)}
    assert (2, 4) not in spans


def test_a_glued_name_holds_the_words_of_a_shorter_one() -> None:
    words = ["gdp", "per", "capita", "by", "state"]
    found = {
        (a.start, a.end, a.column.name, a.full) for a in align(_catalog("gdp", "gdppercap"), words)
    }
    assert (0, 3, "gdppercap", True) in found
