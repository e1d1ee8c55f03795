"""Decades, the years a clause keeps, and firms named as a question names them (issue 12).

- "per decade" of a table with an integer year: the years by tens, one bar each — never a
  column whose short name a clipped "decade" would spell (``Dec``, December, beside
  ``Jan`` … ``Nov``); of a table with only dates it is refused, not drawn per year.
- "crashes in years with 20 or more hijackings": the years are the rows a condition keeps,
  one number — not one bar per year under the question's title.
- "Acme's sales over time": a firm named at the start of the question is a value; stored
  with its legal form ("ACME CORP") it is found without it; a firm the data does not hold
  is refused, never drawn as every firm's total.

Invented yearly weather with a monthly index, a list of incidents with a yearly count of
hijackings, and a panel of firms.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@pytest.fixture(scope="module")
def climate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("climate") / "climate.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE regions (Year BIGINT, coastRain DOUBLE, inlandRain DOUBLE)")
    con.executemany(
        "INSERT INTO regions VALUES (?, ?, ?)",
        [[y, 400.0 + (y * 37) % 300, 200.0 + (y * 11) % 150] for y in range(1900, 2020)],
    )
    cols = ", ".join(f"{m} DOUBLE" for m in _MONTHS)
    con.execute(f"CREATE TABLE soi (Year BIGINT, {cols})")
    con.executemany(
        f"INSERT INTO soi VALUES (?{', ?' * 12})",
        [[y, *[float((y * (k + 3)) % 41 - 20) for k in range(12)]] for y in range(1900, 2006)],
    )
    con.close()
    return path


def test_per_decade_bins_the_years_by_ten(engine: Engine, climate: Path) -> None:
    answer = plots_exactly(
        engine,
        climate,
        "c",
        "average coastal rainfall per decade",
        "SELECT FLOOR(Year / 10) * 10, AVG(coastRain) FROM regions GROUP BY 1",
    )
    assert answer.plan.chart.mark == "bar"
    assert "decade" in answer.plan.chart.title
    assert "Dec" not in answer.plan.sql.replace("Decade", "")


def test_a_decade_is_no_december_column(engine: Engine, climate: Path) -> None:
    plots_exactly(
        engine,
        climate,
        "c",
        "average inlandRain by decade",
        "SELECT FLOOR(Year / 10) * 10, AVG(inlandRain) FROM regions GROUP BY 1",
    )


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("dated") / "dated.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE sales (sold_on DATE, revenue DOUBLE)")
    con.execute(
        "INSERT INTO sales SELECT DATE '1990-01-01' + INTERVAL (k * 11) DAY, 10 + k % 7"
        " FROM range(2000) t(k)"
    )
    con.close()
    return path


def test_a_decade_of_dates_is_refused_not_drawn_by_year(engine: Engine, shop: Path) -> None:
    refuses(engine, shop, "s", "revenue per decade", "decade")


@pytest.fixture(scope="module")
def incidents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("incidents") / "incidents.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE Incident (Cause VARCHAR, Deaths BIGINT, Year BIGINT)")
    con.executemany(
        "INSERT INTO Incident VALUES (?, ?, ?)",
        [
            [["Weather", "Mechanical", "Human error"][k % 3], 5 + k * 7 % 90, 1990 + k % 25]
            for k in range(400)
        ],
    )
    con.execute("CREATE TABLE yearly_stats (year BIGINT, hijack BIGINT, accidents BIGINT)")
    con.executemany(
        "INSERT INTO yearly_stats VALUES (?, ?, ?)",
        [[y, (y * 13) % 40, 20 + (y * 7) % 60] for y in range(1960, 2020)],
    )
    con.close()
    return path


def test_in_years_with_keeps_years_and_counts_once(engine: Engine, incidents: Path) -> None:
    engine.connect("i", str(incidents))
    answer = engine.ask("how many incidents happened in years with 20 or more hijackings?", "i")
    truth = (
        "SELECT COUNT(*) FROM Incident i JOIN yearly_stats s ON i.Year = s.year"
        " WHERE s.hijack >= 20"
    )
    assert answer.plan.chart.mark == "kpi"
    assert kpi(answer) == one(incidents, truth)


def test_in_years_with_a_figure_above_is_one_total(engine: Engine, incidents: Path) -> None:
    engine.connect("i", str(incidents))
    answer = engine.ask("total Deaths in years when there were more than 50 accidents", "i")
    truth = (
        "SELECT SUM(Deaths) FROM Incident i JOIN yearly_stats s ON i.Year = s.year"
        " WHERE s.accidents > 50"
    )
    assert kpi(answer) == one(incidents, truth)


def test_a_grouping_beside_kept_years_stays(engine: Engine, incidents: Path) -> None:
    plots_exactly(
        engine,
        incidents,
        "i",
        "average Deaths by cause in years with fewer than 30 accidents",
        "SELECT Cause, AVG(Deaths) FROM Incident i JOIN yearly_stats s ON i.Year = s.year"
        " WHERE s.accidents < 30 GROUP BY Cause",
    )


@pytest.fixture(scope="module")
def firms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("firms") / "firms.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE panel (company VARCHAR, year BIGINT, sales DOUBLE)")
    names = ["ACME CORP", "GLOBEX INC", "INITECH LTD", "UMBRELLA HOLDINGS", "HOOLI"]
    con.executemany(
        "INSERT INTO panel VALUES (?, ?, ?)",
        [[n, y, 100.0 + k * 17 + y % 9] for k, n in enumerate(names) for y in range(1991, 2000)],
    )
    con.close()
    return path


def test_a_firm_is_found_without_its_legal_form(engine: Engine, firms: Path) -> None:
    plots_exactly(
        engine,
        firms,
        "f",
        "Acme's sales over time",
        "SELECT year, sales FROM panel WHERE company = 'ACME CORP'",
    )


def test_a_firm_the_data_lacks_is_refused(engine: Engine, firms: Path) -> None:
    refuses(engine, firms, "f", "Zorbcorp's sales over time", "zorbcorp")
