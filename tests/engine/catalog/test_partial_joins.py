"""A dimension that lists only some of the facts' things: ``blocs(country, iso2, bloc)`` names
19 European countries, ``exports(country, year, tonnes)`` holds 40 of the world's. The join
is found (and marked partial, with how much each side covers) on DuckDB and SQLite; overlaps
that may be chance are not joined: few shared values, numbers, numbers kept as text, a
column name any table uses (``name``); and the partial join is never walked down from the
dimension to another table it classifies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from dbfiles import database_file
from world import WORLD

#: 15 of these are in WORLD; Malta, Cyprus, Liechtenstein and Montenegro are not
BLOCS = [
    *((c, c[:2].upper(), "EU") for c in WORLD[:10]),
    ("Malta", "MT", "EU"),
    ("Cyprus", "CY", "EU"),
    *((c, c[:2].upper(), "EFTA") for c in ("Norway", "Switzerland", "Iceland", "Liechtenstein")),
    *((c, c[:2].upper(), "EUCC") for c in ("Albania", "Serbia", "Montenegro")),
]


def _fill(con: Any) -> None:
    con.execute("CREATE TABLE exports (country VARCHAR(40), year INTEGER, tonnes DOUBLE)")
    con.execute("CREATE TABLE arrivals (country VARCHAR(40), month VARCHAR(8), visitors DOUBLE)")
    con.execute("CREATE TABLE blocs (country VARCHAR(40), iso2 VARCHAR(2), bloc VARCHAR(8))")
    # coincidences: a product named like a brand; levels 1-40 against 1-12; years kept as text
    con.execute("CREATE TABLE products (name VARCHAR(40), price DOUBLE)")
    con.execute("CREATE TABLE brands (name VARCHAR(40), owner VARCHAR(40))")
    con.execute("CREATE TABLE scores (level INTEGER, points INTEGER)")
    con.execute("CREATE TABLE levels (level INTEGER, label VARCHAR(20))")
    con.execute("CREATE TABLE events (season VARCHAR(4), wins INTEGER)")
    con.execute("CREATE TABLE seasons (season VARCHAR(4), coach VARCHAR(20))")
    rows = {
        "exports": [
            (c, y, float(i * 10 + y - 2018))
            for i, c in enumerate(WORLD)
            for y in (2018, 2019, 2020)
        ],
        "arrivals": [
            (c, m, float(i + len(m))) for i, c in enumerate(WORLD) for m in ("jan", "july")
        ],
        "blocs": BLOCS,
        "products": [(f"Model {c}", 1.0 + i) for i, c in enumerate(WORLD)],
        "brands": [(f"Model {c}", "holding") for c in WORLD[:15]],
        "scores": [(i % 40 + 1, i) for i in range(120)],
        "levels": [(i, f"level {i}") for i in range(1, 13)],
        "events": [(str(1980 + i % 40), i) for i in range(120)],
        "seasons": [(str(y), "coach") for y in range(2000, 2030)],
    }
    for table, values in rows.items():
        marks = ", ".join("?" for _ in values[0])
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", values)


@pytest.fixture(scope="module", params=["duckdb", "sqlite"])
def trade(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file(request.param, tmp_path_factory.mktemp(request.param), "trade", _fill)


def _joins(engine: Any, path: Path) -> dict[tuple[str, str], Any]:
    engine.connect("trade", str(path))
    return {(j.table, j.column): j for j in engine.catalog("trade").joins}


def test_a_dimension_of_some_of_the_countries_is_joined_with_what_it_covers(
    engine: Any, trade: Path
) -> None:
    joins = _joins(engine, trade)
    blocs = joins[("exports", "country")]
    assert (blocs.ref_table, blocs.ref_column, blocs.partial) == ("blocs", "country", True)
    # 15 of the 19 bloc countries are among the 40 exporters: each side covers only part
    assert blocs.evidence == (
        "same name: 15 of 19 blocs.country found in exports.country "
        "(of its 40 sampled values; joined, only those are kept)"
    )
    arrivals = joins[("arrivals", "country")]
    assert (arrivals.ref_table, arrivals.partial) == ("blocs", True)
    text = engine.catalog("trade").compact()
    assert "exports.country -> blocs.country [same name: 15 of 19 blocs.country" in text


def test_overlaps_that_may_be_chance_are_not_joined(engine: Any, trade: Path) -> None:
    joins = _joins(engine, trade)
    # 15 products share a brand's name: 'name' says nothing of what either names
    assert ("products", "name") not in joins
    # levels 1-12 among 1-40, seasons 2000-2019 among 1980-2019 (text): numbers coincide
    assert ("scores", "level") not in joins
    assert ("events", "season") not in joins


def test_a_full_key_is_no_partial_join(engine: Any, trade: Path) -> None:
    """Every country of ``blocs`` is one of ``WORLD``'s, but the join goes the other way:
    exports -> blocs, not blocs -> exports (exports.country repeats)."""
    joins = _joins(engine, trade)
    assert ("blocs", "country") not in joins


def test_a_partial_join_leads_up_to_the_dimension_and_never_down(engine: Any, trade: Path) -> None:
    _joins(engine, trade)
    catalog = engine.catalog("trade")
    [step] = catalog.join_path("exports", "blocs")
    assert (step.table, step.ref_table) == ("exports", "blocs")
    # exports and arrivals both list countries that blocs classifies; joined through blocs,
    # each exports row would meet each arrivals row of its country, and only in Europe
    assert catalog.join_path("exports", "arrivals") is None
    assert catalog.join_path("blocs", "exports") is None
    assert "arrivals" not in catalog.distances("exports")
