"""Driver URL parameters: an allow-list per database, checked before anything connects.

The attacks run against the real servers (tests/pg.py, tests/mariadb_server.py): a
URL whose parameters would run SQL at connect time (MySQL ``init_command``, an option
file holding ``init-command``), read local files, switch autocommit on or change
session settings is refused with ``AISER-SRC-PARAM``, however the name is spelled,
and the server's data is unchanged. Harmless parameters keep working.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from aiser_jupyter.engine.config import Limits
from aiser_jupyter.engine.sources.open import open_source
from aiser_jupyter.engine.sources.urls import ALLOWED_PARAMS, check_url, mask_url
from aiser_jupyter.errors import AiserError

VICTIMS = 3


@pytest.fixture()
def victims(mariadb: Any) -> Any:
    con = mariadb.admin()
    with con.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS victims")
        cur.execute("CREATE TABLE victims (id INT)")
        cur.executemany("INSERT INTO victims VALUES (%s)", [(i,) for i in range(VICTIMS)])
    yield con
    with con.cursor() as cur:
        cur.execute("DROP TABLE IF EXISTS victims")
    con.close()


def _count(con: Any) -> int:
    with con.cursor() as cur:
        cur.execute("SELECT count(*) FROM victims")
        return int(cur.fetchone()[0])


def _open_and_query(url: str) -> None:
    """What ``%chart connect`` and the first chart do: open, read the catalog, run a query."""
    source = open_source("attack", url)
    try:
        source.describe()
        source.run("SELECT 1 AS one", Limits(timeout=5))
    finally:
        source.close()


@pytest.mark.mysql
@pytest.mark.parametrize(
    "param",
    [
        "init_command=DELETE FROM victims",
        "initcommand=DELETE FROM victims",
        "INIT-COMMAND=DELETE FROM victims",
        "Init_Command=DELETE FROM victims",
        "read_default_file={cnf}",
        "read_default_file={cnf}&read_default_group=client",
        "READ-DEFAULT-FILE={cnf}",
        "local_infile=1",
        "client_flag=65536",
        "autocommit=true",
        "sql_mode=ANSI_QUOTES",
        "charset=utf8mb4&init_command=DELETE FROM victims",
    ],
)
def test_mysql_parameters_that_run_sql_or_read_files_are_refused(
    mariadb: Any, victims: Any, tmp_path: Path, param: str
) -> None:
    cnf = tmp_path / "evil.cnf"
    cnf.write_text("[client]\ninit-command=DELETE FROM victims\n")
    with pytest.raises(AiserError) as info:
        _open_and_query(f"{mariadb.url}?{param.format(cnf=cnf)}")
    assert info.value.code == "AISER-SRC-PARAM"
    assert "DELETE" not in info.value.text
    assert _count(victims) == VICTIMS


@pytest.mark.mysql
def test_harmless_mysql_parameters_still_connect(mariadb: Any) -> None:
    source = open_source("shop", f"{mariadb.url}?CHARSET=utf8mb4&connect-timeout=5")
    try:
        assert source.run("SELECT count(*) AS n FROM regions", Limits()).to_pylist() == [{"n": 5}]
    finally:
        source.close()


@pytest.mark.postgres
@pytest.mark.parametrize(
    "param",
    [
        "options=-c default_transaction_read_only=off",
        "OPTIONS=-csearch_path=public",
        "passfile=/etc/shadow",
        "service=evil",
        "servicefile=/tmp/x",
        "replication=database",
        "autocommit=true",
        "sslkeylogfile=/tmp/keys",
        "dbname=postgres",
    ],
)
def test_postgres_parameters_that_change_the_session_or_read_files_are_refused(
    pg_server: Any, param: str
) -> None:
    with pytest.raises(AiserError) as info:
        _open_and_query(f"{pg_server.url()}?{param}")
    assert info.value.code == "AISER-SRC-PARAM"


@pytest.mark.postgres
def test_harmless_postgres_parameters_still_connect_in_the_drivers_spelling(
    pg_server: Any,
) -> None:
    source = open_source(
        "shop", f"{pg_server.url()}?SSLMode=disable&application-name=charts&connect_timeout=5"
    )
    try:
        assert source.run("SELECT count(*) AS n FROM regions", Limits()).to_pylist() == [{"n": 5}]
    finally:
        source.close()


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("sqlite:///x.sqlite?mode=rwc", "AISER-SRC-PARAM"),
        ("sqlite:///x.sqlite?uri=true", "AISER-SRC-PARAM"),
        ("clickhousedb://h/db?readonly=0", "AISER-SRC-PARAM"),
        ("clickhouse://h/db?allow_ddl=1", "AISER-SRC-PARAM"),
        ("mssql+pyodbc://h/db?odbc_connect=DRIVER%3D%2Ftmp%2Fevil.so", "AISER-SRC-PARAM"),
        ("mssql+pyodbc://h/db?driver=/tmp/evil.so", "AISER-SRC-PARAM"),
        ("mssql+pyodbc://h/db?Encrypt=yes%3BDriver%3D%7B%2Ftmp%2Fx%7D", "AISER-SRC-PARAM"),
        ("mssql+pyodbc://h;Driver=/tmp/x.so/db", "AISER-SRC-SCHEME"),
        ("oracle://h/db?mode=sysdba", "AISER-SRC-PARAM"),
        ("trino://h/c?session_properties=x", "AISER-SRC-PARAM"),
        ("duckdb:///x.duckdb?access_mode=read_write", "AISER-SRC-PARAM"),
        ("chdb:///tmp/x?readonly=0", "AISER-SRC-PARAM"),
        ("mysql://h/db?charset=utf8%0Ainit_command", "AISER-SRC-PARAM"),
    ],
)
def test_other_drivers_accept_only_their_harmless_parameters(url: str, code: str) -> None:
    with pytest.raises(AiserError) as info:
        open_source("x", url)
    assert info.value.code == code


def test_the_refusal_names_the_accepted_parameters() -> None:
    with pytest.raises(AiserError) as info:
        check_url("postgresql://h/db?options=-c%20x%3D1")
    assert "'options'" in info.value.text
    assert "sslmode" in info.value.text and "application_name" in info.value.text
    for refused in ("options", "passfile", "service", "init_command", "local_infile"):
        assert all(refused not in names for names in ALLOWED_PARAMS.values())


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
