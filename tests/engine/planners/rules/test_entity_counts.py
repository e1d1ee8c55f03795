"""Counting the things a log table records (issue 12): on a table with several rows per thing
(a ship-tracking log: one row per vessel per position report), "number of vessels" counts
distinct vessels, not rows — said in the axis title and the notes; on a table whose rows are
the things (members with a unique number), rows are counted; when two columns could name the
things and disagree, the question is refused with both readings.

Generic generated tables, executed on DuckDB and checked against SQL written by hand.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.errors import AiserError


@pytest.fixture(scope="module")
def tracks(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("entities") / "tracks.duckdb"
    con = duckdb.connect(str(path))
    # 12 vessels, each reporting its position many times over a few years
    con.execute("""
        CREATE TABLE vessels AS
        SELECT 'IMO' || (9000000 + v) AS vessel_id,
            ['tanker', 'trawler', 'ferry'][1 + v % 3] AS type,
            2015 + (v + r // 20) % 6 AS year, 1 + (v * 5 + r) % 12 AS month,
            8.0 + ((v * 7 + r * 3) % 90) / 10.0 AS speed,
            30.0 + v * 1.37 + r * 0.0731 AS lat, -60.0 - v * 0.91 - r * 0.0457 AS long,
            CASE WHEN v % 3 = 0 THEN 1 + (v + r) % 3 END AS size_class,
            make_timestamp(2015 + (v + r // 20) % 6, 1 + (v * 5 + r) % 12, 1 + r % 28,
                v % 24, 0, 0) AS reported_at
        FROM range(12) a(v), range(40 + v * 3) b(r)""")
    # members: one row each (member_id is unique), though their first names repeat
    con.execute("""
        CREATE TABLE members AS
        SELECT 1000 + i AS member_id, ['Ann', 'Bo', 'Cy', 'Di', 'Ed'][1 + i % 5] AS name,
            2018 + i % 4 AS join_year
        FROM range(60) t(i)""")
    # a zoo's census: one row per animal, each with its own name
    con.execute("""
        CREATE TABLE zoo_census AS
        SELECT 'animal ' || i AS name, ['herbivore', 'carnivore'][1 + i % 2] AS diet,
            CASE WHEN i % 7 = 0 THEN NULL ELSE 0.5 + (i * 37 % 101) / 3.0 END AS weight_kg
        FROM range(40) t(i)""")
    # a station log where the id and the name disagree (two stations share a name)
    con.execute("""
        CREATE TABLE stations AS
        SELECT 'ST' || (s % 10) AS station_id, 'Station ' || (s % 10 // 2) AS station_name,
            2020 + r % 3 AS year, 10.0 + (s * r) % 17 AS reading
        FROM range(10) a(s), range(30) b(r)""")
    con.close()
    return path


def _rows(path: Path, sql: str) -> list[tuple[Any, ...]]:
    import duckdb

    con = duckdb.connect(str(path), read_only=True)
    try:
        return sorted(tuple(r) for r in con.sql(sql).fetchall())
    finally:
        con.close()


def _drawn(answer: Any) -> list[tuple[Any, ...]]:
    fields = answer.compiled.fields
    names = [fields[c].alias for c in ("x", "y") if fields.get(c) is not None]
    return sorted(zip(*[answer.table.column(n).to_pylist() for n in names], strict=True))


def _ask(engine: Any, path: Path, question: str) -> Any:
    engine.connect("tracks", str(path))
    return engine.ask(question, "tracks")


def test_number_of_things_per_year_counts_distinct_things_of_a_log(
    engine: Any, tracks: Path
) -> None:
    answer = _ask(engine, tracks, "number of vessels per year")
    want = _rows(tracks, "SELECT year, COUNT(DISTINCT vessel_id) FROM vessels GROUP BY year")
    assert _drawn(answer) == want
    assert answer.plan.chart.encoding.y.title == "Number of vessels (distinct vessel_id)"
    assert any("counted as distinct vessel_id" in n for n in answer.plan.provenance.notes)


def test_a_comparison_on_groups_counts_the_same_things(engine: Any, tracks: Path) -> None:
    """ "years with more than 6 vessels": the HAVING counts vessels too."""
    answer = _ask(engine, tracks, "bar chart of the years with more than 6 vessels")
    want = _rows(
        tracks,
        "SELECT year, COUNT(DISTINCT vessel_id) FROM vessels GROUP BY year"
        " HAVING COUNT(DISTINCT vessel_id) > 6",
    )
    assert want and _drawn(answer) == want


def test_how_many_different_things_is_one_distinct_count(engine: Any, tracks: Path) -> None:
    answer = _ask(engine, tracks, "How many different vessels had a speed above 16?")
    want = _rows(tracks, "SELECT COUNT(DISTINCT vessel_id) FROM vessels WHERE speed > 16")
    got = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    assert [(v,) for v in got] == want


def test_a_plural_value_after_the_count_words_counts_those_things(
    engine: Any, tracks: Path
) -> None:
    """ "how many tankers each year": the vessels whose type is tanker, each counted once."""
    answer = _ask(engine, tracks, "How many tankers were there each year?")
    want = _rows(
        tracks,
        "SELECT year, COUNT(DISTINCT vessel_id) FROM vessels WHERE type = 'tanker' GROUP BY year",
    )
    assert _drawn(answer) == want
    assert answer.plan.chart.encoding.y.title == "Number of tankers (distinct vessel_id)"


def test_rows_that_are_the_things_are_counted_as_rows(engine: Any, tracks: Path) -> None:
    """A unique member number: each row is a member, although first names repeat."""
    answer = _ask(engine, tracks, "number of members by join year")
    want = _rows(tracks, "SELECT join_year, COUNT(*) FROM members GROUP BY join_year")
    assert _drawn(answer) == want


def test_two_columns_that_disagree_on_the_things_are_refused_with_both(
    engine: Any, tracks: Path
) -> None:
    with pytest.raises(AiserError) as info:
        _ask(engine, tracks, "number of stations per year")
    assert info.value.code == "AISER-PLAN-UNSURE"
    assert "station_id" in str(info.value) and "station_name" in str(info.value)


def test_a_value_before_another_column_after_by_groups_by_that_column(
    engine: Any, tracks: Path
) -> None:
    """ "by tanker size class": the size classes of the tankers, not a filter alone."""
    answer = _ask(engine, tracks, "average speed by tanker size class")
    want = _rows(
        tracks,
        "SELECT size_class, AVG(speed) FROM vessels WHERE type = 'tanker'"
        " AND size_class IS NOT NULL GROUP BY size_class",
    )
    assert [(x, pytest.approx(y)) for x, y in want] == _drawn(answer)


def test_a_coordinate_kept_as_a_number_is_averaged(engine: Any, tracks: Path) -> None:
    answer = _ask(engine, tracks, "bar chart of average latitude by month of the year")
    want = _rows(tracks, "SELECT month, AVG(lat) FROM vessels GROUP BY month")
    assert [(x, pytest.approx(y)) for x, y in want] == _drawn(answer)


@pytest.mark.parametrize(
    ("words", "condition"),
    [("north of 33 degrees latitude", "lat > 33"), ("south of 33 degrees latitude", "lat < 33")],
)
def test_observations_beyond_a_coordinate_are_rows_of_the_log(
    engine: Any, tracks: Path, words: str, condition: str
) -> None:
    """ "number of observations north of 33 degrees latitude": rows of the log (the
    observations), kept by the coordinate."""
    answer = _ask(engine, tracks, f"number of observations {words}, by type")
    want = _rows(tracks, f"SELECT type, COUNT(*) FROM vessels WHERE {condition} GROUP BY type")
    assert _drawn(answer) == want


def test_a_top_n_of_things_named_by_a_word_of_their_own_ranks_the_rows(
    engine: Any, tracks: Path
) -> None:
    """ "the 3 animals with the least weight" on a table of one row per animal: the three
    lightest, each by its name, lightest first."""
    answer = _ask(engine, tracks, "the 3 animals with the least weight")
    want = _rows(
        tracks,
        "SELECT name, weight_kg FROM zoo_census WHERE weight_kg IS NOT NULL"
        " ORDER BY weight_kg LIMIT 3",
    )
    drawn = _drawn(answer)
    assert [(x, pytest.approx(y)) for x, y in want] == drawn
    ys = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    assert ys == sorted(ys)
