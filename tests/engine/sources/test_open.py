import pytest

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import check_url, mask_url, open_source
from aiser_jupyter.errors import AiserError


@pytest.mark.parametrize(
    ("url", "secret"),
    [
        ("postgresql://bob:s3cr3t-canary@db.example:5432/shop", "s3cr3t-canary"),
        ("postgresql://db.example/shop?user=bob&password=s3cr3t-canary", "s3cr3t-canary"),
        ("snowflake://bob@acct/db?token=tok-canary&warehouse=wh", "tok-canary"),
        ("mysql://u:p%40ss-canary@h/db", "p%40ss-canary"),
        ("postgresql://u:pw/ss-canary@h/db", "ss-canary"),
        ("postgresql://u:pw?ss-canary@h/db", "ss-canary"),
        ("postgresql://u:pw#ss-canary@h/db", "ss-canary"),
        ("postgresql://u:pw:ss-canary@h/db", "ss-canary"),
        ("postgresql://u:pw%ss-canary@h/db", "ss-canary"),
        ("postgresql://u:pw@ss-canary@h/db", "ss-canary"),  # a raw @ does not parse
        ("postgresql://u:pw/x@ss-canary@h/db", "ss-canary"),
        ("postgresql:/u:ss-canary@h/db", "ss-canary"),  # one slash: not a URL
        ("u:ss-canary@h/db", "ss-canary"),
        ("postgresql://h/db?sslpassword=ss-canary&user=u", "ss-canary"),
        ("trino://h/c?access_token=ss-canary", "ss-canary"),
    ],
)
def test_secrets_in_urls_are_masked(url, secret):
    masked = mask_url(url)
    assert secret not in masked
    assert "***" in masked


@pytest.mark.parametrize(
    "url",
    [
        "h2:mem:test;INIT=RUNSCRIPT FROM 'x'",
        "file:///etc/passwd",
        "jdbc:h2:mem",
        "javascript:alert(1)",
    ],
)
def test_unsupported_schemes_are_refused(url):
    with pytest.raises(AiserError) as info:
        check_url(url)
    assert info.value.code == "AISER-SRC-SCHEME"


@pytest.mark.parametrize(
    "url",
    [
        "mysql://u@h/db?local_infile=1",
        "postgresql://h/db?passfile=/etc/shadow",
        "mysql+pymysql://h/db?allowLoadLocalInfile=true",
    ],
)
def test_dangerous_url_parameters_are_refused(url):
    with pytest.raises(AiserError) as info:
        check_url(url)
    assert info.value.code == "AISER-SRC-PARAM"


def test_csv_and_parquet_files_become_tables(tmp_path):
    import pandas as pd

    pd.DataFrame({"city": ["Oslo", "Rome"], "temp": [3.5, 14.0]}).to_parquet(
        tmp_path / "weather.parquet"
    )
    (tmp_path / "people.csv").write_text("name,age\nAda,36\nBen,41\n")
    source = open_source("files", str(tmp_path))
    tables, _ = source.describe()
    assert {t.name for t in tables} == {"weather", "people"}
    assert source.run("SELECT SUM(age) AS s FROM people", Limits()).to_pylist() == [{"s": 77}]
    source.close()


def test_sqlite_url_runs_read_only(sqlite_shop):
    source = open_source("shop", f"sqlite:///{sqlite_shop}")
    assert source.dialect == "sqlite"
    with pytest.raises(AiserError) as info:
        source.run("DELETE FROM orders", Limits())
    assert info.value.code == "AISER-DB-EXEC"
    assert source.run("SELECT COUNT(*) AS n FROM orders", Limits()).to_pylist() == [{"n": 5000}]
    source.close()


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


def test_missing_files_and_bad_aliases_have_codes(tmp_path):
    with pytest.raises(AiserError) as info:
        open_source("x", str(tmp_path / "nope.csv"))
    assert info.value.code == "AISER-SRC-FILE"
    with pytest.raises(AiserError) as info:
        open_source("1bad alias", str(tmp_path))
    assert info.value.code == "AISER-SRC-ALIAS"


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


@pytest.mark.parametrize("name", ["new.sqlite", "sub/new.db", "odd ?#name.sqlite"])
def test_a_missing_sqlite_file_is_refused_and_not_created(tmp_path, name):
    target = tmp_path / name
    for url in (f"sqlite:///{target}", f"sqlite:///{target}?timeout=5"):
        with pytest.raises(AiserError) as info:
            source = open_source("new", url)
            source.describe()
        assert info.value.code in ("AISER-SRC-FILE", "AISER-SRC-PARAM")
    assert sorted(p.name for p in tmp_path.rglob("*")) == []


def test_a_sqlite_url_opens_the_file_read_only_even_without_the_authorizer(tmp_path, sqlite_shop):
    import shutil

    copy = tmp_path / "shop.sqlite"
    shutil.copy(sqlite_shop, copy)
    before = copy.read_bytes()
    source = open_source("shop", f"sqlite:///{copy}")
    raw = source.engine.raw_connection()
    try:
        raw.driver_connection.set_authorizer(None)  # as if the first line of defence failed
        raw.driver_connection.execute("PRAGMA query_only = OFF")
        with pytest.raises(Exception, match="readonly"):
            raw.driver_connection.execute("DELETE FROM orders")
    finally:
        raw.close()
        source.close()
    assert copy.read_bytes() == before


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT channel, channel FROM orders",
        "SELECT channel AS a, count(*) AS a FROM orders GROUP BY 1",
        "SELECT * FROM orders o JOIN customers c ON o.customer_id = c.customer_id",
    ],
)
@pytest.mark.parametrize("kind", ["duckdb", "sqlite"])
def test_two_result_columns_of_one_name_are_a_coded_refusal(kind, sql, demo_path, sqlite_shop):
    from aiser_jupyter.engine.config import EngineConfig
    from aiser_jupyter.engine.core import Engine

    engine = Engine(EngineConfig(planner="rules", use_cache=False))
    try:
        engine.connect("shop", str(demo_path if kind == "duckdb" else sqlite_shop))
        with pytest.raises(AiserError) as info:
            engine.ask(sql)
        assert info.value.code == "AISER-SQL-DUPLICATE"
        assert engine.ask("SELECT channel, count(*) AS n FROM orders GROUP BY 1").df.shape[0] > 1
    finally:
        engine.close()
