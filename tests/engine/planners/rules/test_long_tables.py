"""Long (key/value) tables (issue 12): ``county_stats(county, region_code, measure, value,
value_moe)`` holds one row per county and measure — 'wage' and 'commute' medians from a
survey — beside ``counties(county, district)``. A measure word that is a value of the key
("median wage") is the table's number on that value's rows; two of them are one column
each, per county; "median" names the number when rows are counted or nothing groups them.
Numbers are checked against SQL written by hand on DuckDB."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plotted, truth

from aiser_jupyter.engine.core import Engine, EngineConfig
from aiser_jupyter.engine.planners.long_tables import long_keys
from aiser_jupyter.errors import AiserError

#: more counties than a key column may have values: "county" is the grain, not a key
COUNTIES = [f"Kent {chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(45)]


def _fill(con: Any) -> None:
    con.execute(
        "CREATE TABLE county_stats (county VARCHAR, region_code INTEGER, measure VARCHAR, "
        "value INTEGER, value_moe INTEGER)"
    )
    con.execute("CREATE TABLE counties (county VARCHAR, district VARCHAR)")
    for i, county in enumerate(COUNTIES):
        con.execute(
            "INSERT INTO county_stats VALUES (?, ?, 'wage', ?, ?)",
            [county, 100 + i, 30_000 + 137 * i, 200 + 11 * i],
        )
        con.execute(
            "INSERT INTO county_stats VALUES (?, ?, 'commute', ?, ?)",
            [county, 100 + i, 15 + (i * 3) % 13, 2 + i % 4],
        )
        con.execute("INSERT INTO counties VALUES (?, ?)", [county, "North" if i < 15 else "South"])


@pytest.fixture(scope="module")
def stats_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("long") / "stats.duckdb"
    con = duckdb.connect(str(path))
    _fill(con)
    con.close()
    return path


@pytest.fixture
def stats(stats_file: Path) -> tuple[Engine, Path]:
    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    engine.connect("stats", str(stats_file))
    return engine, stats_file


def test_the_long_table_is_found_with_its_key_number_and_grain(
    stats: tuple[Engine, Path],
) -> None:
    engine, _ = stats
    keys = long_keys(engine.catalog("stats"))
    assert set(keys) == {"county_stats"}  # counties: one row per county, no key
    key = keys["county_stats"]
    assert (key.key.name, key.value.name) == ("measure", "value")
    assert [c.name for c in key.others] == ["value_moe"]
    assert [c.name for c in key.grain] == ["county"]


def test_top_n_by_a_value_of_the_key_ranks_by_its_number(stats: tuple[Engine, Path]) -> None:
    engine, path = stats
    answer = engine.ask("top 3 counties by median wage", "stats")
    want = truth(
        path,
        "SELECT county, value FROM county_stats WHERE measure = 'wage' ORDER BY value DESC LIMIT 3",
    )
    assert plotted(answer) == want


def test_an_average_of_the_medians_by_a_joined_group(stats: tuple[Engine, Path]) -> None:
    engine, path = stats
    answer = engine.ask("average median wage by district", "stats")
    want = truth(
        path,
        "SELECT district, AVG(value) FROM county_stats JOIN counties USING (county) "
        "WHERE measure = 'wage' GROUP BY district",
        approx=True,
    )
    assert plotted(answer) == want
    assert "commute" not in answer.sql


def test_counted_things_compared_on_a_value_of_the_key(stats: tuple[Engine, Path]) -> None:
    engine, path = stats
    answer = engine.ask("how many counties have a median wage above 35000", "stats")
    want = truth(
        path,
        "SELECT 1, COUNT(*) FROM county_stats WHERE measure = 'wage' AND value > 35000",
    )
    kpi = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    assert kpi == [want[1]]


def test_a_value_with_nothing_grouping_it_is_each_things_number(
    stats: tuple[Engine, Path],
) -> None:
    engine, path = stats
    answer = engine.ask("median commute in the North district", "stats")
    want = truth(
        path,
        "SELECT county, value FROM county_stats JOIN counties USING (county) "
        "WHERE measure = 'commute' AND district = 'North'",
    )
    assert plotted(answer) == want


def test_two_values_of_the_key_are_two_numbers_per_thing(stats: tuple[Engine, Path]) -> None:
    engine, path = stats
    answer = engine.ask("median wage vs median commute, a point per county", "stats")
    fields = answer.compiled.fields
    xs = answer.table.column(fields["x"].alias).to_pylist()
    ys = answer.table.column(fields["y"].alias).to_pylist()
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    want = con.execute(
        "SELECT c.value, w.value FROM county_stats c JOIN county_stats w USING (county) "
        "WHERE c.measure = 'commute' AND w.measure = 'wage'"
    ).fetchall()
    con.close()
    assert sorted(zip(xs, ys, strict=True)) == sorted(want)


def test_an_average_over_one_row_per_thing_is_refused(stats: tuple[Engine, Path]) -> None:
    engine, _ = stats
    with pytest.raises(AiserError) as caught:
        engine.ask("average median wage in the big counties", "stats")
    assert caught.value.code in ("AISER-PLAN-UNSURE", "AISER-PLAN-UNDERSTOOD")
