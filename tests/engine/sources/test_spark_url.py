"""Spark Connect without a server: the ``sc://`` URL and the guard in the Spark dialect.

What reaches a Spark Connect server is decided before anything connects: the URL's
parameters (an allow-list; the token masked wherever the source is shown) and the
guard's verdict on Spark SQL, including what only Spark does — ``reflect`` and
``TRANSFORM … USING`` call the JVM and run programs, ``parquet.`/path``` reads files,
``${env:…}`` is replaced by the server's environment.
"""

from __future__ import annotations

import pytest

from aiser_jupyter.engine.sources.open import open_source
from aiser_jupyter.engine.sources.spark_url import parse_spark_url
from aiser_jupyter.engine.sql.guard import guard_sql, render
from aiser_jupyter.errors import AiserError

SECRET = "Tok-3b9e/+=="


def test_a_url_keeps_the_checked_parameters_and_masks_the_token() -> None:
    target = parse_spark_url(
        "sc://Spark.Example.com:443/;token=Tok-3b9e%2F%2B%3D%3D;use_ssl=true;database=sales"
    )
    assert (target.host, target.port, target.database) == ("spark.example.com", 443, "sales")
    assert target.token == SECRET
    assert SECRET not in target.display and "%2F" not in target.display
    assert target.display == "sc://spark.example.com:443/;token=***;use_ssl=true;database=sales"
    # the client gets the token percent-encoded again ('=' would split pyspark's pairs)
    assert (
        target.client_url() == "sc://spark.example.com:443/;token=Tok-3b9e%2F%2B%3D%3D;use_ssl=true"
    )


def test_the_default_port_and_a_bare_host() -> None:
    target = parse_spark_url("sc://spark-host")
    assert (target.host, target.port, target.params) == ("spark-host", 15002, {})


@pytest.mark.parametrize("host", ["127.0.0.1", "[::1]"])
def test_a_token_to_a_loopback_address_goes_to_localhost(host: str) -> None:
    # pyspark sends a token over plain gRPC only to the host written 'localhost'; to 127.0.0.1 it
    # tries TLS against a plain server and retries for minutes
    assert parse_spark_url(f"sc://{host}:15002/;token=x").host == "localhost"
    assert parse_spark_url(f"sc://{host}:15002/;token=x;use_ssl=true").host == host
    assert parse_spark_url(f"sc://{host}:15002").host == host


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("sc://host:15002/;session_id=6f0c8bd4-3c59-4bd1-a1c2-42d6ef6f7a10", "AISER-SRC-PARAM"),
        ("sc://host:15002/;x-databricks-cluster-id=abc", "AISER-SRC-PARAM"),
        ("sc://host:15002/;grpc_max_message_size=1", "AISER-SRC-PARAM"),
        ("sc://host:15002/;token", "AISER-SRC-PARAM"),
        ("sc://host:15002/;token=a;token=b", "AISER-SRC-PARAM"),
        ("sc://host:15002/;use_ssl=maybe", "AISER-SRC-PARAM"),
        ("sc://host:15002/?token=abc", "AISER-SRC-PARAM"),
        ("sc://user:pw@host:15002", "AISER-SRC-SCHEME"),
        ("sc://host:15002/db", "AISER-SRC-SCHEME"),
        ("sc://host:99999", "AISER-SRC-SCHEME"),
        ("sc://host:port", "AISER-SRC-SCHEME"),
        ("sc://", "AISER-SRC-SCHEME"),
        ("sc://ho st:15002", "AISER-SRC-SCHEME"),
        ("sc://host:15002/;token=a\nb", "AISER-SRC-SCHEME"),
        ("sc://host:15002/;token=a%0Ab", "AISER-SRC-PARAM"),
    ],
)
def test_bad_urls_are_refused_before_connecting_and_never_echoed(url: str, code: str) -> None:
    with pytest.raises(AiserError) as info:
        open_source("bad", url)
    assert info.value.code == code
    for secret in ("pw", "abc", "6f0c8bd4"):
        if secret in url:
            assert secret not in info.value.message


# ------------------------------------------------------------------------------ guard
TABLES = {"sales", "regions"}
HOSTILE = [  # (Spark SQL, the guard's code): each of these runs on a Spark Connect server
    ("SELECT reflect('java.lang.System', 'getProperty', 'user.name') AS u", "AISER-SQL-FUNCTION"),
    ("SELECT java_method('java.lang.System', 'getenv', 'HOME') AS h", "AISER-SQL-FUNCTION"),
    ("SELECT try_reflect('java.lang.Runtime', 'getRuntime') AS r", "AISER-SQL-FUNCTION"),
    ("SELECT TRANSFORM(amount) USING 'id' AS (who) FROM sales", "AISER-SQL-NOT-SELECT"),
    ("SELECT * FROM text.`/etc/hostname`", "AISER-SQL-TABLE"),
    ("SELECT * FROM parquet.`file:///tmp`", "AISER-SQL-TABLE"),
    ("SELECT * FROM `/etc/passwd`", "AISER-SQL-TABLE"),
    ("SELECT * FROM read_files('/etc/hostname', format => 'text')", "AISER-SQL-FUNCTION"),
    ("SELECT input_file_name() AS f FROM sales", "AISER-SQL-FUNCTION"),
    ("SELECT current_user() AS u", "AISER-SQL-FUNCTION"),
    ("SELECT session_user() AS u", "AISER-SQL-FUNCTION"),
    ("SELECT version() AS v", "AISER-SQL-FUNCTION"),
    ("SELECT '${env:HOME}' AS h", "AISER-SQL-FUNCTION"),
    ("SELECT '${system:user.name}' AS u", "AISER-SQL-FUNCTION"),
    ("SELECT `${spark.sql.warehouse.dir}` FROM sales", "AISER-SQL-FUNCTION"),
    ("SELECT * FROM range(1000000000)", "AISER-SQL-FUNCTION"),
    ("SELECT * FROM IDENTIFIER('sales')", "AISER-SQL-FUNCTION"),
    ("SELECT explode(sequence(1, 1000000000)) AS n", "AISER-SQL-FUNCTION"),
    ("SELECT raise_error('boom') AS e", "AISER-SQL-FUNCTION"),
    ("SELECT aes_decrypt(unhex('00'), 'key') AS d", "AISER-SQL-FUNCTION"),
    ("SELECT xpath('<a/>', 'a') AS x", "AISER-SQL-FUNCTION"),
    ("SELECT * FROM global_temp.shared", "AISER-SQL-TABLE"),
    ("SELECT * FROM spark_catalog.default.sales", "AISER-SQL-TABLE"),
    ("SELECT * FROM sales VERSION AS OF 1", "AISER-SQL-NOT-SELECT"),
    ("SELECT /*+ COALESCE(1) */ * FROM sales", "AISER-SQL-CLAUSE"),
    (
        "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY amount) AS m FROM sales",
        "AISER-SQL-UNSUPPORTED",
    ),
    ("CACHE TABLE sales", "AISER-SQL-NOT-SELECT"),
    ("ADD JAR /tmp/x.jar", "AISER-SQL-NOT-SELECT"),
    ("SET spark.sql.runSQLOnFiles=true", "AISER-SQL-NOT-SELECT"),
    ("CREATE TEMPORARY FUNCTION f AS 'com.example.F'", "AISER-SQL-NOT-SELECT"),
    ("INSERT OVERWRITE DIRECTORY '/tmp/out' SELECT * FROM sales", "AISER-SQL-NOT-SELECT"),
    ("EXECUTE IMMEDIATE 'DROP TABLE sales'", "AISER-SQL-NOT-SELECT"),
    ("REFRESH TABLE sales", "AISER-SQL-NOT-SELECT"),
    ("SELECT 1; DROP TABLE sales", "AISER-SQL-MULTIPLE"),
]


@pytest.mark.parametrize(("sql", "code"), HOSTILE)
def test_hostile_spark_sql_is_refused_by_the_guard(sql: str, code: str) -> None:
    with pytest.raises(AiserError) as info:
        guard_sql(sql, dialect="spark", tables=TABLES)
    assert info.value.code == code, sql


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT date_trunc('MONTH', ts) AS m, sum(amount) AS total FROM sales GROUP BY 1",
        "SELECT weekday(ts) + 1 AS d, median(amount) AS m, percentile(amount, 0.9) AS p90 FROM sales GROUP BY 1",
        "SELECT min_by(amount, ts) AS first, max_by(amount, ts) AS last FROM sales",
        "SELECT product, count(*) AS n FROM sales TABLESAMPLE (1 PERCENT) GROUP BY product",
        "SELECT s.amount, r.region FROM sales s JOIN regions r ON r.region_id = s.region_id",
        "SELECT width_bucket(amount, 0, 1000, 20) AS b, count(*) AS n FROM sales GROUP BY 1",
        "SELECT unix_micros(CAST(ts AS TIMESTAMP)) AS us, a IS NOT DISTINCT FROM b AS same FROM sales",
        "SELECT `weird col` FROM sales",
    ],
)
def test_analytic_spark_sql_passes_the_guard_as_spark_reads_it(sql: str) -> None:
    import sqlglot

    text = render(guard_sql(sql, dialect="spark", tables=TABLES), "spark")
    assert sqlglot.parse_one(text, read="spark") is not None
    assert "PERCENTILE_APPROX" not in text.upper()
