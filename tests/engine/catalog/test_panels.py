"""Two panels (one row per region and year) that name their regions differently — full names
in one, short codes in the other — meet only through a code table listing both. The catalog
finds each key against the code table's differently named columns (a code column with
empty cells for rows that have no code), confirms one row per (region, year) on each side,
and a question across the two panels joins through the code table with the year carried
along; a table with several rows per region and year still is a fan trap, refused."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, plotted, truth
from dbfiles import database_file

from aiser_jupyter.errors import AiserError

#: (name, code, kind): invented places; the last rows have no code, as a code table's
#: islands and obsolete entries often do
REGIONS = [
    ("Avalon", "AV", "Province"),
    ("Borduria", "BD", "Province"),
    ("Carpania", "CP", "Province (Crown)"),
    ("Dorne", "DR", "Province"),
    ("Elbonia", "EB", "Province (Crown)"),
    ("Florin", "FL", "Province"),
    ("Genovia", "GV", "Province"),
    ("Hyrule", "HY", "Province"),
    ("Illyria", "IL", "Territory"),
    ("Jotunheim", "JT", "Territory"),
    ("Kembleford", None, "Island"),
    ("Lilliput", None, "Island"),
]
PANEL = [name for name, _, _ in REGIONS[:10]]
CODE = {name: code for name, code, _ in REGIONS}


def _rows() -> dict[str, list[tuple[Any, ...]]]:
    thefts = [  # full names, 1990–2005; a curfew from 1995 in every third region
        (r, y, 100.0 + 7 * i + (y - 1990), "yes" if i % 3 == 0 and y >= 1995 else "no")
        for i, r in enumerate(PANEL)
        for y in range(1990, 2006)
    ]
    roads = [  # codes, 1995–2003; a strict helmet rule in the even regions from 1998
        (CODE[r], y, 0.02 + i / 1000 + (y - 1995) / 10000, _rule(i, y))
        for i, r in enumerate(PANEL)
        for y in range(1995, 2004)
    ]
    checks = [  # codes again, but two checkpoints a year: (region, year) repeats
        (CODE[r], y, k, 5.0 * i + k)
        for i, r in enumerate(PANEL)
        for y in (2000, 2001)
        for k in (1, 2)
    ]
    return {
        "thefts(region VARCHAR(20), year INTEGER, theft_rate DOUBLE, curfew VARCHAR(3))": thefts,
        "roads(region VARCHAR(2), year INTEGER, deaths DOUBLE, helmet VARCHAR(10))": roads,
        "regions(name VARCHAR(20), code VARCHAR(2), kind VARCHAR(20))": REGIONS,
        "checkpoints(region VARCHAR(2), year INTEGER, checkpoint INTEGER, stops DOUBLE)": checks,
    }


def _rule(i: int, y: int) -> str:
    return "strict" if i % 2 == 0 and y >= 1998 else ("loose" if i % 2 == 0 else "none")


def _fill(con: Any) -> None:
    for spec, rows in _rows().items():
        con.execute(f"CREATE TABLE {spec}")
        marks = ", ".join("?" for _ in rows[0])
        con.executemany(f"INSERT INTO {spec.split('(')[0]} VALUES ({marks})", rows)


@pytest.fixture(scope="module")
def panels(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return database_file("duckdb", tmp_path_factory.mktemp("panels"), "panels", _fill)


def test_each_panel_joins_the_code_table_on_its_own_column_and_holds_a_row_per_region_year(
    engine: Any, panels: Path
) -> None:
    engine.connect("panels", str(panels))
    catalog = engine.catalog("panels")
    joins = {(j.table, j.column): (j.ref_table, j.ref_column) for j in catalog.joins}
    assert joins[("thefts", "region")] == ("regions", "name")  # full names
    assert joins[("roads", "region")] == ("regions", "code")  # codes; two rows have none
    assert not any(t == "thefts" and r == "roads" for (t, _), (r, _) in joins.items())
    keys = {t.name: t.row_keys for t in catalog.tables}
    assert keys["thefts"] == [["region", "year"]]
    assert keys["roads"] == [["region", "year"]]
    assert keys["checkpoints"] == []  # two checkpoints a year


def test_a_question_across_the_two_panels_matches_region_and_year(
    engine: Any, panels: Path
) -> None:
    engine.connect("panels", str(panels))
    answer = engine.ask("scatter of regions in 2001: theft rate on x, deaths on y", "panels")
    sql = """SELECT t.theft_rate, r.deaths FROM roads r JOIN regions g ON r.region = g.code
             JOIN thefts t ON t.region = g.name AND t.year = r.year WHERE r.year = 2001"""
    want = truth(panels, sql, approx=True)
    assert len(want) == 10  # one point per region, not one per pair of years
    assert plotted(answer) == want


def test_how_many_regions_had_both_conditions_in_a_year(engine: Any, panels: Path) -> None:
    engine.connect("panels", str(panels))
    answer = engine.ask(
        "How many regions had both a strict helmet rule and a curfew in 2001?", "panels"
    )
    # regions 0, 6 (even, so strict from 1998; every third, so a curfew from 1995)
    assert kpi(answer) == 2


def test_a_table_with_several_rows_per_region_and_year_stays_a_fan_trap(
    engine: Any, panels: Path
) -> None:
    engine.connect("panels", str(panels))
    with pytest.raises(AiserError) as info:
        engine.ask("average stops in 2001 by curfew", "panels")
    assert info.value.code in ("AISER-PLAN-NO-JOIN", "AISER-PLAN-UNSURE")


def test_the_measured_panels_own_spelling_of_the_regions_is_drawn(
    engine: Any, panels: Path
) -> None:
    engine.connect("panels", str(panels))
    answer = engine.ask(
        "top 3 region codes by deaths in 2001 among the regions with a curfew that year", "panels"
    )
    sql = """SELECT r.region, r.deaths FROM roads r JOIN regions g ON r.region = g.code
             JOIN thefts t ON t.region = g.name AND t.year = r.year
             WHERE r.year = 2001 AND t.curfew = 'yes' ORDER BY r.deaths DESC LIMIT 3"""
    assert plotted(answer) == truth(panels, sql, approx=True)  # codes (JT, GV, DR), not names
