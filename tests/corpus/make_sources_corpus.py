"""Regenerate hostile_sources.jsonl (committed; run by hand, not by the tests).

    .venv/bin/python tests/corpus/make_sources_corpus.py

Attacks that come without typing SQL (issue 13): hostile **file names** of data
files, database files and chDB folders; **URL parameters** per driver; **stored
catalog objects** a database carries (macros, functions, views, generated columns,
table engines) and **result names**. ``tests/engine/sources/test_hostile_sources.py`` runs
every record on its real database and counts refused / executed / internal errors.

Placeholders filled by the runner: ``{marker}`` (what a planted object returns when
it runs), ``{out}`` (a file a planted object writes when it runs), ``{canary}`` (a
secret file), ``{canary_sql}`` (SQL that spells the canary's path without a ``/``).

Each record: ``class``, ``dialect`` and, per class:

* ``file_name``: ``target`` (``folder`` = a data file in a CSV/Parquet/JSON folder,
  ``sqlite``/``duckdb`` = a database file opened by path, ``chdb`` = a chDB folder),
  ``name``;
* ``url_param``: ``param`` (the query string added to a working URL);
* ``stored``: ``object`` (kind), ``setup`` (statements run by the database's owner or,
  on PostgreSQL, as the low-privilege role ``mallory``), ``query`` and ``expect``:
  ``refused`` (any successful run counts as executed) or ``no_marker`` (a run is fine
  as long as the planted object did not run);
* ``result_names``: ``query``.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
RECORDS: list[dict[str, object]] = []


def add(cls: str, dialects: str | tuple[str, ...], **fields: object) -> None:
    for dialect in (dialects,) if isinstance(dialects, str) else dialects:
        RECORDS.append({"class": cls, "dialect": dialect, **fields})


# ----------------------------------------------------------------------------- file names
INJECT = [
    # close the string that Python's repr() built, write a file, read another
    "x\"'];COPY (SELECT 42) TO $${out}$$;CREATE TEMP TABLE loot AS SELECT content FROM read_text({canary_dollar});--",
    "x\"'];CREATE TEMP VIEW loot AS SELECT content FROM read_text({canary_dollar});--",
    "x'); COPY (SELECT content FROM read_text({canary_sql})) TO 'pwned'; --",
    'x"; CREATE VIEW loot AS SELECT * FROM read_text({canary_sql}); --',
    "x' AS t; ATTACH 'pwned.db' AS p; --",
]
ODD = [
    "O'Brien",
    'it\'s "quoted"',
    "''",
    "\\'",
    "semi;colon",
    "new\nline",
    "tab\there",
    "carriage\rreturn",
    "ünïcødé データ",
    "emoji 📈",
    "$(touch pwned)",
    "`touch pwned`",
    "-- comment",
    "/* c */".replace("/", "_"),
    "$$",
    "brackets[1]",
    "star*",
    "question?",
    "hash#tag",
    "amp&readonly=0",
    "percent%27",
    "%2e%2e",
    ".hidden",
    "1_leading_digit",
    " leading space",
    "x" * 200,
]
for name in INJECT + ODD:
    add("file_name", "duckdb", target="folder", name=name + ".csv")
for name in ("tab\there", "O'Brien", "ünïcødé データ", "semi;colon"):
    add("file_name", "duckdb", target="folder", name=name + ".parquet")
    add("file_name", "duckdb", target="folder", name=name + ".json")
for name in [
    "O'Brien",
    "x?mode=rwc",
    "a#b",
    "x;ATTACH 'y' AS z",
    "%2e%2e",
    "new\nline",
    "file:x",
    "x&vfs=unix-none",
]:
    add("file_name", "sqlite", target="sqlite", name=name + ".sqlite")
for name in ["md:x", "O'Brien", "s3:x", "x?access_mode=read_write", "new\nline"]:
    add("file_name", "duckdb", target="duckdb", name=name + ".duckdb")
for name in ["shop?readonly=0&", "a#b", "a&readonly=0", "O'Brien", "sp ace", "new\nline"]:
    add("file_name", "chdb", target="chdb", name=name + ".chdb")

# ----------------------------------------------------------------------------- URL parameters
MYSQL_PARAMS = [
    "init_command=DELETE FROM victims",
    "initcommand=DELETE FROM victims",
    "INIT-COMMAND=DELETE FROM victims",
    "Init_Command=DELETE FROM victims",
    "init%5Fcommand=DELETE FROM victims",
    "charset=utf8mb4&init_command=DELETE FROM victims",
    "read_default_file={cnf}",
    "READ-DEFAULT-FILE={cnf}",
    "read_default_file={cnf}&read_default_group=client",
    "default_file={cnf}",
    "option_files={cnf}",
    "local_infile=1",
    "LOCAL-INFILE=true",
    "allow_local_infile=true",
    "client_flag=65536",
    "autocommit=true",
    "sql_mode=ANSI_QUOTES",
    "cursorclass=pymysql.cursors.SSCursor",
    "conv=x",
    "auth_plugin_map=x",
    "plugin_dir=/tmp",
    "defer_connect=true",
    "charset=utf8%0Ainit_command",
]
POSTGRES_PARAMS = [
    "options=-c default_transaction_read_only=off",
    "OPTIONS=-csearch_path=mallory",
    "options=-c%20role%3Dpg_read_server_files",
    "passfile=/etc/shadow",
    "service=evil",
    "servicefile=/tmp/x",
    "replication=database",
    "autocommit=true",
    "sslkeylogfile=/tmp/keys",
    "dbname=postgres",
    "prepare_threshold=0",
    "row_factory=x",
    "cursor_factory=x",
    "context=x",
    "application_name=x%00y",
]
SQLITE_PARAMS = [
    "mode=rwc",
    "uri=true",
    "uri=true&mode=rwc",
    "vfs=unix-none",
    "immutable=1",
    "cache=shared",
    "modeof=/etc/passwd",
    "check_same_thread=false",
    "isolation_level=x",
    "detect_types=3",
    "cached_statements=1",
    "factory=x",
]
DUCKDB_PARAMS = [
    "access_mode=read_write",
    "allow_unsigned_extensions=true",
    "enable_external_access=true",
    "allowed_directories=/",
    "init=x",
]
CHDB_PARAMS = [
    "readonly=0",
    "user_scripts_path=/tmp",
    "udf_path=/tmp",
    "config-file=/tmp/x.xml",
    "mode=rw",
    "log-level=trace",
    "allow_ddl=1",
]
for dialect, params in (
    ("mysql", MYSQL_PARAMS),
    ("postgres", POSTGRES_PARAMS),
    ("sqlite", SQLITE_PARAMS),
    ("duckdb", DUCKDB_PARAMS),
    ("chdb", CHDB_PARAMS),
):
    for param in params:
        add("url_param", dialect, param=param)

# ----------------------------------------------------------------------------- stored objects
R, NM = "refused", "no_marker"
DUCK_Q = "SELECT {fn} AS v, count(*) AS n FROM orders GROUP BY 1"
for fn, macro in [
    ("lower(channel)", "CREATE MACRO lower(x) AS '{marker}'"),
    ("LOWER(channel)", "CREATE MACRO LOWER(x) AS '{marker}'"),
    ("abs(order_id)", "CREATE MACRO abs(x) AS (SELECT '{marker}')"),
    ("dayname(order_date)", "CREATE MACRO dayname(x) AS '{marker}'"),
    ("nvl(channel, 'x')", "CREATE MACRO nvl(a, b) AS '{marker}'"),
    ("date_trunc('month', order_date)", "CREATE MACRO date_trunc(a, b) AS '{marker}'"),
    ("strftime(order_date, '%Y')", "CREATE MACRO strftime(a, b) AS '{marker}'"),
    ("sum(order_id)", "CREATE MACRO main.sum(x) AS '{marker}'"),
    ("count_if(order_id > 1)", "CREATE MACRO count_if(x) AS '{marker}'"),
    ("channel", "CREATE MACRO range(x) AS TABLE SELECT '{marker}' AS v"),
]:
    add("stored", "duckdb", object="macro", setup=[macro], query=DUCK_Q.format(fn=fn), expect=R)
for view, name in [
    ("CREATE VIEW v AS SELECT * FROM duckdb_settings()", "v"),
    ("CREATE VIEW v AS SELECT current_setting('temp_directory') AS s, channel FROM orders", "v"),
    ("CREATE VIEW v AS SELECT * FROM glob('/etc/*')", "v"),
    ("CREATE VIEW v AS SELECT content FROM read_text({canary_sql})", "v"),
    ("CREATE VIEW v AS SELECT * FROM duckdb_databases()", "v"),
    ("CREATE VIEW v AS SELECT * FROM duckdb_functions()", "v"),
    ("CREATE VIEW v AS SELECT * FROM information_schema.tables", "v"),
    (
        "CREATE MACRO helper(x) AS x * 2; CREATE VIEW v AS SELECT helper(order_id) AS h FROM orders",
        "v",
    ),
    ("CREATE VIEW v AS SELECT * FROM duckdb_settings(); CREATE VIEW w AS SELECT name FROM v", "w"),
    ("CREATE SEQUENCE s; CREATE VIEW v AS SELECT nextval('s') AS n", "v"),
    ("CREATE VIEW v AS SELECT getvariable('x') AS g", "v"),
]:
    add(
        "stored",
        "duckdb",
        object="view",
        setup=view.split("; "),
        query=f"SELECT * FROM {name}",
        expect=R,
    )
# not attacks: views over the database's own tables, spelt with its schema, still open
for dialect in ("duckdb", "sqlite"):
    add(
        "stored",
        dialect,
        object="view",
        setup=["CREATE VIEW v AS SELECT main.orders.channel FROM main.orders"],
        query="SELECT * FROM v",
        expect=NM,
    )
add(
    "stored",
    "duckdb",
    object="generated column",
    setup=[
        "CREATE TABLE g (a INTEGER, s VARCHAR GENERATED ALWAYS AS (current_setting('temp_directory')))",
        "INSERT INTO g (a) VALUES (1)",
    ],
    query="SELECT * FROM g",
    expect=R,
)

for view in [
    "CREATE VIEW v AS SELECT * FROM sqlite_master",
    "CREATE VIEW v AS SELECT * FROM pragma_database_list",
    "CREATE VIEW v AS SELECT * FROM pragma_table_info('orders')",
    "CREATE VIEW v AS SELECT load_extension('/tmp/x') AS x",
    "CREATE VIEW v AS SELECT sqlite_version() AS x",
    "CREATE VIEW v AS SELECT randomblob(100) AS x",
    "CREATE VIEW v AS SELECT * FROM sqlite_master; CREATE VIEW w AS SELECT name FROM v",
]:
    add(
        "stored",
        "sqlite",
        object="view",
        setup=view.split("; "),
        query="SELECT * FROM " + ("w" if "w AS" in view else "v"),
        expect=R,
    )

PG_FN = (
    "CREATE FUNCTION {schema}.{name}({args}) RETURNS text LANGUAGE plpgsql AS $f$ BEGIN "
    "EXECUTE format('COPY (SELECT %L) TO %L', '{marker}', '{out}'); RETURN '{marker}'; END $f$"
)
for schema, name, args, query in [
    (
        "mallory",
        "dayname",
        "date",
        "SELECT dayname(order_date) AS d, count(*) AS n FROM orders GROUP BY 1",
    ),
    (
        "mallory",
        "date_trunc",
        "text, date",
        "SELECT date_trunc('month', order_date) AS m, count(*) AS n FROM orders GROUP BY 1",
    ),
    (
        "public",
        "date_trunc",
        "text, date",
        "SELECT date_trunc('month', order_date) AS m, count(*) AS n FROM orders GROUP BY 1",
    ),
    (
        "public",
        "to_char",
        "date, text",
        "SELECT to_char(order_date, 'YYYY-MM') AS m, count(*) AS n FROM orders GROUP BY 1",
    ),
    (
        "mallory",
        "lower",
        "character varying",
        "SELECT lower(CAST(channel AS varchar)) AS c, count(*) AS n FROM orders GROUP BY 1",
    ),
    (
        "public",
        "monthname",
        "date",
        "SELECT monthname(order_date) AS m, count(*) AS n FROM orders GROUP BY 1",
    ),
    (
        "mallory",
        "median",
        "integer",
        "SELECT channel, median(order_id) AS m FROM orders GROUP BY 1",
    ),
]:
    add(
        "stored",
        "postgres",
        object="function",
        setup=[PG_FN.format(schema=schema, name=name, args=args, marker="{marker}", out="{out}")],
        query=query,
        expect=NM,
    )
for view in [
    "CREATE VIEW mallory.report AS SELECT pg_catalog.pg_read_file('/etc/hostname') AS x",
    "CREATE VIEW mallory.report AS SELECT current_setting('data_directory') AS x",
    "CREATE VIEW mallory.report AS SELECT usename, passwd FROM pg_catalog.pg_shadow",
    "CREATE VIEW mallory.report AS SELECT 'pg_authid'::regclass::text AS x",
    "CREATE FUNCTION mallory.evil() RETURNS text LANGUAGE sql AS $$ SELECT '{marker}' $$; CREATE VIEW mallory.report AS SELECT mallory.evil() AS x",
    "CREATE VIEW public.report AS SELECT * FROM pg_catalog.pg_stat_activity",
]:
    add(
        "stored",
        "postgres",
        object="view",
        setup=view.split("; "),
        query="SELECT * FROM report",
        expect=R,
    )

MY_FN = "CREATE FUNCTION {name}({args}) RETURNS TEXT DETERMINISTIC SQL SECURITY INVOKER RETURN '{marker}'"
for name, args, query in [
    (
        "date_trunc",
        "a TEXT, b TEXT",
        "SELECT date_trunc('month', name) AS m, count(*) AS n FROM regions GROUP BY 1",
    ),
    ("nvl", "a TEXT, b TEXT", "SELECT nvl(name, 'x') AS m, count(*) AS n FROM regions GROUP BY 1"),
    (
        "iif",
        "a INT, b TEXT, c TEXT",
        "SELECT iif(region_id > 2, 'a', 'b') AS m, count(*) AS n FROM regions GROUP BY 1",
    ),
    (
        "date_part",
        "a TEXT, b TEXT",
        "SELECT date_part('year', name) AS m, count(*) AS n FROM regions GROUP BY 1",
    ),
    ("count_if", "a INT", "SELECT count_if(region_id > 2) AS m FROM regions"),
    ("random", "", "SELECT random() AS m FROM regions"),
]:
    add(
        "stored",
        "mysql",
        object="function",
        setup=[MY_FN.format(name=name, args=args, marker="{marker}")],
        query=query,
        expect=R,
    )
for view in [
    "CREATE SQL SECURITY INVOKER VIEW report AS SELECT LOAD_FILE('/etc/hostname') AS x",
    "CREATE SQL SECURITY INVOKER VIEW report AS SELECT user() AS x, database() AS d",
    "CREATE VIEW report AS SELECT * FROM information_schema.USER_PRIVILEGES",
    "CREATE VIEW report AS SELECT * FROM mysql.user",
    "CREATE VIEW inner_v AS SELECT version() AS v; CREATE VIEW report AS SELECT v FROM inner_v",
]:
    add(
        "stored",
        "mysql",
        object="view",
        setup=view.split("; "),
        query="SELECT * FROM report",
        expect=R,
    )

for udf, query in [
    (
        "CREATE FUNCTION dayname AS (x) -> '{marker}'",
        "SELECT dayname(order_date) AS d, count() AS n FROM orders GROUP BY d",
    ),
    (
        "CREATE FUNCTION nvl AS (a, b) -> '{marker}'",
        "SELECT nvl(channel, 'x') AS c, count() AS n FROM orders GROUP BY c",
    ),
    (
        "CREATE FUNCTION iif AS (a, b, c) -> '{marker}'",
        "SELECT iif(order_id > 2, 'a', 'b') AS c, count() AS n FROM orders GROUP BY c",
    ),
]:
    add("stored", "chdb", object="function", setup=[udf], query=query, expect=R)
for setup, name in [
    ("CREATE VIEW v AS SELECT name, value FROM system.settings", "v"),
    ("CREATE VIEW v AS SELECT * FROM file('/etc/hostname', 'LineAsString')", "v"),
    ("CREATE TABLE f (x String) ENGINE = File(LineAsString, '{canary}')", "f"),
    ("CREATE TABLE u (x String) ENGINE = URL('http://127.0.0.1:9/x', CSV)", "u"),
    (
        "CREATE TABLE f (x String) ENGINE = File(LineAsString, '{canary}'); CREATE VIEW v AS SELECT x FROM f",
        "v",
    ),
    (
        "CREATE TABLE m (x String) ENGINE = Merge(currentDatabase(), '^f$'); CREATE TABLE f (x String) ENGINE = File(LineAsString, '{canary}')",
        "m",
    ),
    (
        "CREATE TABLE f (x String) ENGINE = File(LineAsString, '{canary}'); CREATE MATERIALIZED VIEW mv TO f AS SELECT channel AS x FROM orders",
        "mv",
    ),
    ("CREATE VIEW v AS SELECT * FROM system.tables", "v"),
]:
    add(
        "stored",
        "chdb",
        object="view" if "VIEW" in setup else "table engine",
        setup=setup.split("; "),
        query=f"SELECT * FROM {name}",
        expect=R,
    )

# ----------------------------------------------------------------------------- result names
for dialect in ("duckdb", "sqlite", "postgres", "mysql", "chdb"):
    table = "regions" if dialect == "mysql" else "orders"
    column = "name" if dialect == "mysql" else "channel"
    add("result_names", dialect, query=f"SELECT {column}, {column} FROM {table}")
    add("result_names", dialect, query=f"SELECT {column} AS a, {column} AS a FROM {table}")


def write() -> int:
    with (HERE / "hostile_sources.jsonl").open("w", encoding="utf-8") as handle:
        for record in RECORDS:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(RECORDS)


if __name__ == "__main__":
    print("hostile sources:", write())
