"""DuckDB sources: a database file or a folder of data files, sandboxed, capped and timed out."""

import pytest

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import open_source
from aiser_jupyter.errors import AiserError


def test_row_cap_brings_back_at_most_max_rows_plus_one(demo_path):
    source = open_source("d", str(demo_path))
    table = source.run("SELECT * FROM order_lines", Limits(max_rows=10))
    assert table.num_rows == 11
    source.close()


def test_timeout_stops_a_long_duckdb_query(demo_path):
    source = open_source("d", str(demo_path))
    with pytest.raises(AiserError) as info:
        source.run("SELECT COUNT(*) FROM range(100000000000) a", Limits(timeout=0.3))
    assert info.value.code == "AISER-DB-TIMEOUT"
    assert source.run("SELECT 1 AS one", Limits()).to_pylist() == [{"one": 1}]
    source.close()


def test_two_sources_over_the_same_duckdb_file_share_the_sandbox(demo_path):
    first = open_source("a", str(demo_path))
    second = open_source("b", str(demo_path))
    assert second.run("SELECT COUNT(*) AS n FROM regions", Limits()).to_pylist() == [{"n": 5}]
    with pytest.raises(AiserError):
        second.run("SELECT * FROM read_csv('/etc/passwd')", Limits())
    first.close()
    second.close()


def test_file_sources_are_read_only_even_without_the_guard(tmp_path):
    (tmp_path / "people.csv").write_text("name,age\nAda,36\nBen,41\n")
    source = open_source("people", str(tmp_path / "people.csv"))
    for statement in (
        "DROP VIEW people",
        "CREATE TABLE t AS SELECT 1",
        "CREATE VIEW v AS SELECT 1",
    ):
        with pytest.raises(AiserError) as info:
            source.run(statement, Limits())
        assert info.value.code == "AISER-DB-EXEC"
    assert source.run("SELECT COUNT(*) AS n FROM people", Limits()).to_pylist() == [{"n": 2}]
    views = source._views_file
    source.close()
    assert not views.exists()
