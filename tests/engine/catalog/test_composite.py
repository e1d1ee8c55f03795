"""Keys of two columns, as panel data has them: (country, year) in two sources covering
different periods — joined only when the one side is unique on the pair and the many side's
pairs are found there, on every dialect; keys without a year only when declared."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted
from dbfiles import database_file

COUNTRIES = ["Avalon", "Borduria", "Carpania", "Dorne"]
CODES = {"Avalon": "AVA", "Borduria": "BOR", "Carpania": "CAR", "Dorne": "DOR"}


def _rows() -> dict[str, list[tuple[Any, ...]]]:
    accounts = [  # a national-accounts source: four countries, 2000–2020
        (c, y, 100.0 * (i + 1) + (y - 2000))
        for i, c in enumerate(COUNTRIES)
        for y in range(2000, 2021)
    ]
    census = [  # an older census source: three of them, 1980–2015 (overlap 2000–2015)
        (c, y, 10 + i + (y - 1980) / 10)
        for i, c in enumerate(COUNTRIES[:3])
        for y in range(1980, 2016)
    ]
    emissions = [  # codes instead of names, 2005–2010
        (CODES[c], y, 3.0 * (i + 1) + y % 7)
        for i, c in enumerate(COUNTRIES)
        for y in range(2005, 2011)
    ]
    visits = [  # (country, year) repeats: several visits a year, the one side of nothing
        (c, y, n) for c in COUNTRIES[:2] for y in (2001, 2002) for n in (1, 2)
    ]
    forecasts = [  # other countries altogether: never joined
        (c, y, 1.0) for c in ("Xanadu", "Yoknapatawpha", "Zembla") for y in range(2000, 2021)
    ]
    return {
        "accounts(country VARCHAR(20), year INTEGER, gdp DOUBLE)": accounts,
        "census(country VARCHAR(20), year INTEGER, population DOUBLE)": census,
        "emissions(iso_code VARCHAR(3), year INTEGER, co2 DOUBLE)": emissions,
        "codes(iso3 VARCHAR(3), name VARCHAR(20), year INTEGER)": [
            (CODES[c], c, y) for c in COUNTRIES for y in (1999, 2021)
        ],
        "panel(iso3 VARCHAR(3), year INTEGER, unemployment DOUBLE)": [
            (CODES[c], y, 5.0 + i) for i, c in enumerate(COUNTRIES) for y in range(2000, 2021)
        ],
        "visits(country VARCHAR(20), year INTEGER, visit INTEGER)": visits,
        "forecasts(country VARCHAR(20), year INTEGER, growth DOUBLE)": forecasts,
        # (season, episode) is unique in episodes and found in scenes, but holds no year:
        # such keys are only joined when declared (inferred, they drew wrong charts)
        "episodes(season INTEGER, episode INTEGER, title VARCHAR(20))": [
            (s, e, f"s{s}e{e}") for s in (1, 2, 3) for e in range(1, 9)
        ],
        "scenes(season INTEGER, episode INTEGER, minutes DOUBLE)": [
            (s, e, 1.5 * k) for s in (1, 2, 3) for e in range(1, 9) for k in (1, 2, 3)
        ],
    }


def _fill(con: Any) -> None:
    for spec, rows in _rows().items():
        con.execute(f"CREATE TABLE {spec}")
        marks = ", ".join("?" for _ in rows[0])
        con.executemany(f"INSERT INTO {spec.split('(')[0]} VALUES ({marks})", rows)


@pytest.fixture(scope="module", params=["duckdb", "sqlite"])
def panel(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file(request.param, tmp_path_factory.mktemp(request.param), "panel", _fill)


def _joins(engine: Any, path: Path) -> dict[tuple[str, str], set[tuple[str, str, str]]]:
    engine.connect("panel", str(path))
    out: dict[tuple[str, str], set[tuple[str, str, str]]] = {}
    for j in engine.catalog("panel").joins:
        out.setdefault((j.table, j.ref_table), set()).add((j.column, j.ref_column, j.evidence))
    return out


def test_a_pair_of_columns_unique_together_is_a_key_checked_where_the_periods_overlap(
    engine: Any, panel: Path
) -> None:
    joins = _joins(engine, panel)
    census = joins[("census", "accounts")]
    assert {(c, k) for c, k, _ in census} == {("country", "country"), ("year", "year")}
    (evidence,) = {e for _, _, e in census}
    # 3 countries x 16 years of the census lie in the accounts' years, all found there
    assert evidence == (
        "composite key (country, year): 100% of 48 sampled pairs found (where the ranges overlap)"
    )
    # the other way, a fourth country of the accounts is missing from the census: no join
    assert ("accounts", "census") not in joins


def test_no_key_where_the_pair_repeats_or_the_values_are_not_found(
    engine: Any, panel: Path
) -> None:
    joins = _joins(engine, panel)
    # several visits a year: visits points at accounts, nothing points at visits
    assert {c for c, _, _ in joins[("visits", "accounts")]} == {"country", "year"}
    assert not any(ref == "visits" for _, ref in joins)
    assert not any("forecasts" in pair for pair in joins)
    assert not any("episodes" in pair for pair in joins)
    # codes has (iso3, year) unique, but the panels' years lie outside its two years
    assert not any("codes" in pair for pair in joins)


def test_a_question_across_the_two_sources_joins_on_both_columns(engine: Any, panel: Path) -> None:
    engine.connect("panel", str(panel))
    answer = engine.ask("population vs gdp in 2010, a point per country", "panel")
    assert answer.plan.chart.mark == "point"
    want = {100.0 * (i + 1) + 10: 10 + i + 3.0 for i in range(3)}
    got = plotted(answer)
    assert got == pytest.approx(want) or {v: k for k, v in got.items()} == pytest.approx(want)
