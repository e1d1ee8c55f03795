"""Regenerate hostile_sql.jsonl and benign_sql.jsonl (committed; run by hand, not by the tests).

    .venv/bin/python tests/corpus/make_corpus.py

File paths in hostile queries point into ``/tmp/aiser-canary``; the sandbox tests
replace that prefix with a temporary folder holding canary files.
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
C = "/tmp/aiser-canary"
ALL = ("duckdb", "sqlite", "postgres", "mysql")
NS, FN, TB, CL, MU, PA, TL = (
    "AISER-SQL-NOT-SELECT",
    "AISER-SQL-FUNCTION",
    "AISER-SQL-TABLE",
    "AISER-SQL-CLAUSE",
    "AISER-SQL-MULTIPLE",
    "AISER-SQL-PARSE",
    "AISER-SQL-TOO-LONG",
)

# (category, code, dialects, sql)
HOSTILE: list[tuple[str, str, tuple[str, ...], str]] = []


def add(category: str, code: str, dialects: tuple[str, ...] | str, *sqls: str) -> None:
    for sql in sqls:
        for d in (dialects,) if isinstance(dialects, str) else dialects:
            HOSTILE.append((category, code, d, sql))


# ----------------------------------------------------------------------------- writes
add(
    "writes",
    NS,
    ALL,
    "INSERT INTO orders (order_id, customer_id, order_date, channel, status) VALUES (999999, 1, '2024-01-01', 'x', 'x')",
    "INSERT INTO orders SELECT * FROM orders",
    "UPDATE orders SET status = 'hacked'",
    "UPDATE order_lines SET revenue = 0 WHERE line_id = 1",
    "DELETE FROM orders",
    "DELETE FROM order_lines WHERE line_id < 100",
    "WITH x AS (SELECT * FROM regions) INSERT INTO regions SELECT region_id + 100, name FROM x",
    "WITH x AS (SELECT 1 AS id) DELETE FROM regions WHERE region_id IN (SELECT id FROM x)",
)
add(
    "writes",
    NS,
    ("duckdb", "postgres", "sqlite"),
    "INSERT INTO regions VALUES (6, 'Atlantis') ON CONFLICT DO NOTHING",
    "UPDATE regions SET name = 'x' FROM customers WHERE customers.region_id = regions.region_id",
)
add(
    "writes",
    NS,
    ("duckdb", "postgres"),
    "WITH d AS (DELETE FROM orders RETURNING *) SELECT count(*) FROM d",
    "WITH u AS (UPDATE regions SET name = 'x' RETURNING *) SELECT * FROM u",
    "WITH i AS (INSERT INTO regions VALUES (7, 'y') RETURNING *) SELECT * FROM i",
    "MERGE INTO regions r USING regions s ON r.region_id = s.region_id WHEN MATCHED THEN DELETE",
    "TRUNCATE regions",
)
add(
    "writes",
    NS,
    ("sqlite", "mysql"),
    "REPLACE INTO regions (region_id, name) VALUES (1, 'x')",
)
add("writes", NS, "sqlite", "INSERT OR REPLACE INTO regions VALUES (1, 'x')")
add(
    "writes",
    NS,
    "mysql",
    "INSERT INTO regions VALUES (1, 'x') ON DUPLICATE KEY UPDATE name = 'y'",
    "TRUNCATE TABLE regions",
)

# ----------------------------------------------------------------------------- ddl
add(
    "ddl",
    NS,
    ALL,
    "DROP TABLE orders",
    "DROP TABLE IF EXISTS order_lines",
    "DROP VIEW IF EXISTS v",
    "CREATE TABLE stolen AS SELECT * FROM customers",
    "CREATE TABLE t (a INTEGER)",
    "CREATE VIEW v AS SELECT * FROM orders",
    "ALTER TABLE orders ADD COLUMN pwned INTEGER",
    "ALTER TABLE orders RENAME TO orders_old",
    "CREATE INDEX idx ON orders (status)",
    "DROP INDEX idx",
    "CREATE TEMPORARY TABLE t AS SELECT 1 AS a",
)
add(
    "ddl",
    NS,
    ("duckdb", "postgres", "mysql"),
    "CREATE SCHEMA evil",
    "DROP SCHEMA main CASCADE",
)
add(
    "ddl",
    NS,
    ("duckdb", "postgres"),
    "CREATE SEQUENCE s",
    "COMMENT ON TABLE orders IS 'x'",
    "CREATE OR REPLACE VIEW orders AS SELECT 1 AS a",
)
add(
    "ddl",
    NS,
    "duckdb",
    "CREATE MACRO evil(a) AS a + 1",
    "CREATE OR REPLACE TABLE orders AS SELECT 1 AS a",
    "CREATE SECRET s (TYPE s3, KEY_ID 'x', SECRET 'y')",
    "CHECKPOINT",
    "DETACH demo",
    "USE memory",
    "SUMMARIZE orders",
    "DESCRIBE orders",
    "SHOW TABLES",
    "PIVOT orders ON channel USING count(*)",
)
add("ddl", MU, "sqlite", "CREATE TRIGGER t AFTER INSERT ON orders BEGIN DELETE FROM orders; END")
add(
    "ddl",
    NS,
    "sqlite",
    "VACUUM",
    "VACUUM INTO '/tmp/aiser-canary/copy.db'",
    "REINDEX",
    "ANALYZE",
    "DETACH DATABASE main",
    "BEGIN TRANSACTION",
    "COMMIT",
    "ROLLBACK",
    "SAVEPOINT a",
)
add(
    "ddl",
    NS,
    "postgres",
    "CREATE FUNCTION f() RETURNS int AS 'select 1' LANGUAGE sql",
    "CREATE EXTENSION dblink",
    "DO $$ BEGIN PERFORM 1; END $$",
    "GRANT ALL ON orders TO public",
    "REVOKE ALL ON orders FROM public",
    "CREATE ROLE evil SUPERUSER",
    "ALTER SYSTEM SET shared_buffers = '1GB'",
    "VACUUM FULL",
    "LISTEN x",
    "NOTIFY x",
    "PREPARE p AS SELECT 1",
    "EXECUTE p",
    "DEALLOCATE p",
    "DISCARD ALL",
    "CALL some_procedure()",
)
add(
    "ddl",
    NS,
    "mysql",
    "CREATE USER evil IDENTIFIED BY 'x'",
    "GRANT ALL PRIVILEGES ON *.* TO 'evil'@'%'",
    "FLUSH PRIVILEGES",
    "HANDLER orders OPEN",
    "KILL 1",
    "SHUTDOWN",
    "CALL p()",
    "DO SLEEP(5)",
    "SHOW DATABASES",
    "USE mysql",
)

# ----------------------------------------------------------------------------- file
for fn in (
    "read_csv",
    "read_csv_auto",
    "read_parquet",
    "read_json",
    "read_json_auto",
    "read_ndjson",
    "read_text",
    "read_blob",
    "parquet_scan",
    "parquet_metadata",
    "parquet_schema",
    "sniff_csv",
    "glob",
    "read_json_objects",
    "read_xlsx",
    "sqlite_scan",
    "iceberg_scan",
    "delta_scan",
):
    ext = "parquet" if "parquet" in fn else "csv"
    add("file", FN, "duckdb", f"SELECT * FROM {fn}('{C}/secret.{ext}')")
for ctx in (
    "SELECT (SELECT content FROM read_text('{c}/secret.txt')) AS x",
    "SELECT o.order_id FROM orders o JOIN read_csv('{c}/secret.csv') s ON true",
    "WITH s AS (SELECT * FROM read_csv_auto('{c}/secret.csv')) SELECT * FROM s",
    "SELECT * FROM orders WHERE status IN (SELECT content FROM read_text('{c}/secret.txt'))",
    "SELECT * FROM regions UNION ALL SELECT 1, content FROM read_text('{c}/secret.txt')",
    "SELECT read_text('{c}/secret.txt')",
    "SELECT * FROM main.read_text('{c}/secret.txt')",
    "SELECT * FROM \"read_csv\"('{c}/secret.csv')",
    "SELECT * FROM READ_CSV('{c}/secret.csv')",
    "SELECT * FROM read_csv(['{c}/secret.csv', '{c}/secret.csv'])",
):
    add("file", FN, "duckdb", ctx.format(c=C))
add(
    "file",
    TB,
    "duckdb",
    f"SELECT * FROM '{C}/secret.csv'",
    f"FROM '{C}/secret.csv'",
    f'SELECT * FROM "{C}/secret.csv"',
    f"SELECT * FROM '{C}/secret.parquet'",
    f"SELECT * FROM '{C}/*.csv'",
    f"SELECT * FROM orders, '{C}/secret.json'",
    f"SELECT * FROM orders o JOIN '{C}/secret.csv' s ON true",
    "SELECT * FROM secret.secret",
    f"SELECT * FROM '{C}/secret.duckdb'",
)
add(
    "file",
    NS,
    "duckdb",
    f"COPY orders TO '{C}/out.csv'",
    f"COPY (SELECT * FROM customers) TO '{C}/out.parquet' (FORMAT parquet)",
    f"COPY regions FROM '{C}/secret.csv'",
    f"EXPORT DATABASE '{C}/export'",
    f"IMPORT DATABASE '{C}/export'",
    f"ATTACH '{C}/secret.duckdb' AS s",
    f"ATTACH '{C}/secret.db' AS s (TYPE sqlite)",
    f"ATTACH '{C}/new.duckdb'",
    f"CREATE TABLE x AS SELECT * FROM read_csv('{C}/secret.csv')",
    f"INSTALL '{C}/evil.duckdb_extension'",
    f"LOAD '{C}/evil.duckdb_extension'",
)
add(
    "file",
    FN,
    "postgres",
    "SELECT pg_read_file('/etc/passwd')",
    "SELECT pg_read_binary_file('/etc/passwd')",
    "SELECT * FROM pg_ls_dir('/')",
    "SELECT pg_stat_file('/etc/passwd')",
    "SELECT lo_import('/etc/passwd')",
    "SELECT lo_export(1, '/tmp/x')",
    "SELECT pg_catalog.pg_read_file('/etc/passwd', 0, 100)",
    "SELECT name FROM regions WHERE name = pg_read_file('/etc/passwd')",
    "SELECT * FROM regions ORDER BY length(pg_read_file('/etc/passwd'))",
    "SELECT pg_logdir_ls()",
)
add(
    "file",
    NS,
    "postgres",
    "COPY orders TO '/tmp/x.csv'",
    "COPY regions FROM '/etc/passwd'",
    "COPY (SELECT 1) TO PROGRAM 'id'",
)
add(
    "file",
    FN,
    "mysql",
    "SELECT LOAD_FILE('/etc/passwd')",
    "SELECT name FROM regions WHERE name = LOAD_FILE('/etc/passwd')",
    "SELECT HEX(LOAD_FILE('/etc/passwd'))",
)
add(
    "file",
    PA,
    "mysql",
    "SELECT * FROM orders INTO OUTFILE '/tmp/x.csv'",
    "SELECT * FROM orders INTO DUMPFILE '/tmp/x'",
)
add(
    "file",
    NS,
    "mysql",
    "LOAD DATA INFILE '/etc/passwd' INTO TABLE regions",
    "LOAD DATA LOCAL INFILE '/etc/passwd' INTO TABLE regions",
)
add(
    "file",
    FN,
    "sqlite",
    f"SELECT readfile('{C}/secret.txt')",
    f"SELECT writefile('{C}/out.txt', 'x')",
    f"SELECT load_extension('{C}/evil.so')",
    f"SELECT * FROM fsdir('{C}')",
    "SELECT edit('x', 'vi')",
    f"SELECT * FROM zipfile('{C}/x.zip')",
)
add(
    "file",
    NS,
    "sqlite",
    f"ATTACH DATABASE '{C}/secret.db' AS s",
    f"ATTACH '{C}/new.db' AS n",
)

# ----------------------------------------------------------------------------- network
for url in ("http://127.0.0.1:9/x.csv", "https://127.0.0.1:9/x.parquet", "s3://bucket/x.parquet"):
    add(
        "network",
        FN,
        "duckdb",
        f"SELECT * FROM read_csv('{url}')",
        f"SELECT * FROM read_parquet('{url}')",
    )
    add("network", TB, "duckdb", f"SELECT * FROM '{url}'")
add(
    "network",
    NS,
    "duckdb",
    "INSTALL httpfs",
    "LOAD httpfs",
    "INSTALL httpfs FROM 'http://127.0.0.1:9'",
    "FORCE INSTALL httpfs",
    "ATTACH 'http://127.0.0.1:9/x.duckdb'",
)
add(
    "network",
    FN,
    "postgres",
    "SELECT * FROM dblink('host=127.0.0.1', 'SELECT 1') AS t(a int)",
    "SELECT dblink_exec('host=127.0.0.1', 'DROP TABLE x')",
    "SELECT dblink_connect('host=127.0.0.1')",
    "SELECT inet_server_addr()",
)
add(
    "network",
    FN,
    "clickhouse",
    "SELECT * FROM url('http://127.0.0.1:9/x', CSV)",
    "SELECT * FROM s3('http://127.0.0.1:9/x', 'CSV')",
    "SELECT * FROM remote('127.0.0.1', default.orders)",
    "SELECT * FROM mysql('127.0.0.1:9', 'db', 't', 'u', 'p')",
    "SELECT * FROM file('/etc/passwd', 'CSV')",
    "SELECT * FROM executable('id', 'CSV', 'a String')",
    "SELECT * FROM remoteSecure('127.0.0.1', default.orders)",
)

# ----------------------------------------------------------------------------- system catalog
for d, names in {
    "duckdb": (
        "information_schema.tables",
        "information_schema.columns",
        "pg_catalog.pg_tables",
        "main.orders",
        "demo.main.orders",
        "system.main.duckdb_settings",
        "temp.main.x",
    ),
    "sqlite": (
        "sqlite_master",
        "sqlite_schema",
        "sqlite_temp_master",
        "main.sqlite_master",
        "sqlite_sequence",
        "temp.sqlite_master",
        "pragma_table_info",
    ),
    "postgres": (
        "pg_user",
        "pg_shadow",
        "pg_authid",
        "pg_settings",
        "pg_stat_activity",
        "pg_catalog.pg_class",
        "information_schema.tables",
        "pg_hba_file_rules",
        "public.orders",
    ),
    "mysql": (
        "mysql.user",
        "information_schema.tables",
        "performance_schema.threads",
        "sys.session",
        "information_schema.processlist",
    ),
}.items():
    for name in names:
        add(
            "system_catalog",
            TB,
            d,
            f"SELECT * FROM {name}",
            f"SELECT o.order_id FROM orders o WHERE o.status IN (SELECT 'x' FROM {name})",
        )
add(
    "system_catalog",
    FN,
    "duckdb",
    "SELECT * FROM duckdb_settings()",
    "SELECT * FROM duckdb_tables()",
    "SELECT * FROM duckdb_secrets()",
    "SELECT * FROM duckdb_extensions()",
    "SELECT * FROM duckdb_databases()",
    "SELECT * FROM pragma_table_info('orders')",
    "SELECT * FROM pragma_database_list()",
    "SELECT * FROM which_secret('s3://x', 's3')",
    "SELECT * FROM query_table('orders')",
    "SELECT * FROM query('SELECT * FROM duckdb_settings()')",
    "SELECT current_database()",
    "SELECT version()",
)
add("system_catalog", TB, "clickhouse", "SELECT * FROM system.tables", "SELECT * FROM system.users")
add(
    "system_catalog",
    FN,
    "sqlite",
    "SELECT * FROM pragma_table_info('orders')",
    "SELECT sqlite_version()",
)
add(
    "system_catalog",
    FN,
    "postgres",
    "SELECT current_user",
    "SELECT user",
    "SELECT session_user",
    "SELECT name FROM regions WHERE name = current_schema",
    "SELECT version()",
    "SELECT current_database()",
    "SELECT has_table_privilege('orders', 'select')",
)
add("system_catalog", FN, "mysql", "SELECT user()", "SELECT database()", "SELECT version()")
# PostgreSQL's reg* casts look names up in the system catalogs (tables, roles, schemas)
add(
    "system_catalog",
    FN,
    ("postgres", "duckdb"),
    "SELECT 10::regrole",
    "SELECT 'pg_authid'::regclass",
    "SELECT CAST('pg_catalog' AS regnamespace)",
    "SELECT 'now'::regproc, 'now()'::regprocedure",
    "SELECT 'int4'::pg_catalog.regtype",
    "SELECT 'x'::\"regclass\" FROM regions",
    "SELECT tableoid::regclass FROM regions",
    "SELECT name FROM regions WHERE CAST(region_id + 9 AS regrole)::text > ''",
    "SELECT '+'::regoper, '+(int4,int4)'::regoperator",
    "SELECT 'simple'::regconfig, 'simple'::regdictionary, 'C'::regcollation",
)
add(
    "system_catalog",
    TB,
    ALL,
    "WITH a AS (SELECT * FROM sqlite_master), sqlite_master AS (SELECT 1 AS x) SELECT * FROM a",
    "SELECT * FROM orders, (WITH pg_user AS (SELECT 1 AS x) SELECT * FROM pg_user) s, pg_user",
)

# ----------------------------------------------------------------------------- settings
add(
    "settings",
    NS,
    "duckdb",
    "SET enable_external_access = true",
    "SET lock_configuration = false",
    "RESET lock_configuration",
    "SET GLOBAL enable_external_access = true",
    "SET python_enable_replacements = true",
    "SET allowed_directories = ['/']",
    "SET autoinstall_known_extensions = true",
    "SET memory_limit = '100GB'",
    "SET VARIABLE x = 1",
    "PRAGMA enable_profiling",
    "PRAGMA database_list",
    "RESET ALL",
)
add(
    "settings",
    FN,
    "duckdb",
    "SELECT current_setting('enable_external_access')",
    "SELECT getvariable('x')",
    "SELECT getenv('HOME')",
    "SELECT * FROM orders WHERE status = getenv('USER')",
)
add(
    "settings",
    NS,
    "sqlite",
    "PRAGMA query_only = 0",
    "PRAGMA writable_schema = 1",
    "PRAGMA journal_mode = WAL",
    "PRAGMA trusted_schema = 1",
    "PRAGMA table_info(orders)",
    "PRAGMA integrity_check",
)
add(
    "settings",
    NS,
    "postgres",
    "SET statement_timeout = 0",
    "SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE",
    "SET transaction_read_only = off",
    "RESET ALL",
    "SET ROLE postgres",
)
add(
    "settings",
    FN,
    "postgres",
    "SELECT set_config('statement_timeout', '0', false)",
    "SELECT current_setting('data_directory')",
    "SELECT pg_reload_conf()",
    "SELECT pg_terminate_backend(1)",
    "SELECT pg_cancel_backend(1)",
)
add(
    "settings",
    NS,
    "mysql",
    "SET GLOBAL max_execution_time = 0",
    "SET SESSION max_execution_time = 0",
    "SET @@session.transaction_read_only = 0",
    "SET autocommit = 1",
)
add(
    "settings",
    FN,
    "mysql",
    "SELECT @@secure_file_priv",
    "SELECT @@datadir",
    "SELECT @@version",
    "SELECT name FROM regions WHERE @@global.max_execution_time = 0",
)
add(
    "settings",
    CL,
    "clickhouse",
    "SELECT count() FROM orders SETTINGS max_threads = 64",
    "SELECT 1 FROM orders FORMAT JSON",
)

# ----------------------------------------------------------------------------- stacked
for d in ALL:
    add(
        "stacked",
        MU,
        d,
        "SELECT 1; DROP TABLE orders",
        "SELECT * FROM orders; DELETE FROM orders",
        "SELECT 1; SELECT 2",
        "SELECT count(*) FROM orders ;; UPDATE orders SET status = 'x'",
        "SELECT ';' AS a; DROP TABLE regions",
        "SELECT 1 /* ; */ ; DROP TABLE regions",
        "SELECT 1 -- comment\n; DELETE FROM regions",
        "DROP TABLE regions; SELECT 1",
        "SELECT 1;\n\nSELECT name FROM regions",
    )
add(
    "stacked",
    MU,
    "duckdb",
    "SELECT 1; INSTALL httpfs",
    "SELECT 1; SET enable_external_access = true",
    f"SELECT 1; COPY orders TO '{C}/out.csv'",
)
add(
    "stacked",
    MU,
    "sqlite",
    "SELECT 1; PRAGMA query_only = 0",
    f"SELECT 1; ATTACH '{C}/new.db' AS n",
)

# ----------------------------------------------------------------------------- comments
add(
    "comments",
    PA,
    "mysql",
    "SELECT /*! SLEEP(5), */ 1 FROM orders",
    "SELECT 1 FROM orders /*!50000 UNION SELECT LOAD_FILE('/etc/passwd') */",
    "/*!50000 DROP TABLE orders */ SELECT 1",
    "SELECT /*M! SLEEP(5), */ 1",
    "SELECT name FROM regions WHERE region_id = 1 /*!OR 1=1*/",
    "SELECT /*!12345 user(), */ 1",
)
add("comments", PA, ("duckdb", "postgres", "sqlite"), "SELECT /*! 1, */ 2 FROM orders")
add(
    "comments",
    NS,
    ALL,
    "/* harmless */ DROP TABLE orders",
    "-- just a select\nDELETE FROM orders",
    "/* SELECT */ UPDATE orders SET status = 'x'",
)
add("comments", MU, ALL, "SELECT 1 -- ; \n; DROP TABLE orders /* trailing */")

# ----------------------------------------------------------------------------- dos
add(
    "dos",
    TL,
    ALL,
    "SELECT " + "(" * 250 + "1" + ")" * 250,
    "SELECT 1 FROM orders WHERE " + " OR ".join(f"order_id = {i}" for i in range(4000)),
    "SELECT " + "+".join(["1"] * 1500),
    "SELECT '" + "x" * 20_001 + "'",
    "SELECT 1 " + "/*" + " " * 25_000 + "*/",
    "SELECT " + "[" * 210 + "1" + "]" * 210,
)
add("dos", PA, ("duckdb", "postgres"), "SELECT " + "NOT " * 2500 + "TRUE")
add(
    "dos",
    PA,
    ALL,
    "SELECT " + "-" * 5000 + "1",
    "SELECT " + "- " * 3000 + "1",
    "SELECT " + "(" * 150 + "1",
)
add(
    "dos",
    FN,
    "duckdb",
    "SELECT count(*) FROM range(1000000000000)",
    "SELECT count(*) FROM generate_series(1, 1000000000000)",
    "SELECT repeat('x', 1000000000)",
    "SELECT count(*) FROM orders, range(100000000)",
    "SELECT list_value(*) FROM range(10)",
)
add(
    "dos",
    FN,
    "postgres",
    "SELECT pg_sleep(10)",
    "SELECT 1 FROM orders WHERE pg_sleep(5) IS NULL",
    "SELECT count(*) FROM generate_series(1, 100000000000)",
    "SELECT pg_sleep_for('10 seconds')",
)
add(
    "dos",
    FN,
    "mysql",
    "SELECT SLEEP(10)",
    "SELECT BENCHMARK(100000000, MD5('x'))",
    "SELECT name FROM regions WHERE SLEEP(5) = 0",
    "SELECT GET_LOCK('x', 10)",
)
add(
    "dos",
    FN,
    "sqlite",
    "SELECT randomblob(1000000000)",
    "SELECT zeroblob(1000000000)",
    "SELECT count(*) FROM generate_series(1, 1000000000000)",
)

# ----------------------------------------------------------------------------- locking
for d in ("postgres", "mysql"):
    add(
        "locking",
        CL,
        d,
        "SELECT * FROM orders FOR UPDATE",
        "SELECT * FROM orders WHERE order_id = 1 FOR SHARE",
        "SELECT * FROM orders FOR UPDATE NOWAIT",
        "SELECT * FROM orders FOR UPDATE SKIP LOCKED",
        "SELECT * FROM (SELECT * FROM orders FOR UPDATE) o",
    )
add(
    "locking",
    CL,
    "postgres",
    "SELECT * FROM orders FOR NO KEY UPDATE",
    "SELECT * FROM orders FOR KEY SHARE",
    "SELECT * INTO stolen FROM customers",
    "SELECT * INTO TEMP stolen FROM customers",
)
add("locking", CL, "duckdb", "SELECT * INTO stolen FROM customers")
add("locking", NS, "postgres", "LOCK TABLE orders IN ACCESS EXCLUSIVE MODE")
add("locking", NS, "mysql", "LOCK TABLES orders WRITE", "UNLOCK TABLES")

# ----------------------------------------------------------------------------- functions
for fn, d in (
    ("getenv('HOME')", "duckdb"),
    ("system('id')", "duckdb"),
    ("shell('id')", "duckdb"),
    ("load_extension('x')", "sqlite"),
    ("fts3_tokenizer('simple')", "sqlite"),
    ("sys_exec('id')", "mysql"),
    ("sys_eval('id')", "mysql"),
    ("UPDATEXML(1, CONCAT(0x7e, USER()), 1)", "mysql"),
    ("EXTRACTVALUE(1, CONCAT(0x7e, 1))", "mysql"),
    ("nextval('s')", "postgres"),
    ("setval('s', 1)", "postgres"),
    ("txid_current()", "postgres"),
    ("query_to_xml('select 1', true, true, '')", "postgres"),
    ("pg_backend_pid()", "postgres"),
    ("nextval('s')", "duckdb"),
    ("current_setting('threads')", "duckdb"),
    ("sqlite_compileoption_get(1)", "sqlite"),
    ("changes()", "sqlite"),
):
    for ctx in (
        "SELECT {f}",
        "SELECT name FROM regions WHERE name = {f}",
        "SELECT CASE WHEN region_id = 1 THEN {f} END FROM regions",
        "WITH x AS (SELECT {f} AS v) SELECT v FROM x",
        "SELECT name FROM regions ORDER BY {f}",
    ):
        add("functions", FN, d, ctx.format(f=fn))
add("functions", FN, "duckdb", "SELECT main.lower('x')", "SELECT system.main.read_text('x')")


def write_hostile() -> int:
    seen, rows = set(), []
    for category, code, dialect, sql in HOSTILE:
        if (dialect, sql) in seen:
            continue
        seen.add((dialect, sql))
        rows.append({"sql": sql, "dialect": dialect, "code": code, "category": category})
    with (HERE / "hostile_sql.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    print("hostile:", write_hostile())


# ============================================================================= benign
SHARED = [
    "SELECT count(*) AS n FROM orders",
    "SELECT name FROM regions ORDER BY name",
    "SELECT r.name AS region, count(*) AS customers FROM customers c JOIN regions r ON r.region_id = c.region_id GROUP BY r.name ORDER BY customers DESC",
    "SELECT c.name AS category, sum(ol.revenue) AS revenue FROM order_lines ol JOIN products p ON p.product_id = ol.product_id JOIN categories c ON c.category_id = p.category_id GROUP BY c.name ORDER BY revenue DESC",
    "SELECT channel, count(*) AS orders FROM orders GROUP BY channel",
    "SELECT status, count(*) FROM orders GROUP BY status HAVING count(*) > 10",
    "SELECT segment, count(DISTINCT customer_id) AS n FROM customers GROUP BY segment",
    "SELECT p.name, sum(ol.quantity) AS units FROM order_lines ol JOIN products p ON p.product_id = ol.product_id GROUP BY p.name ORDER BY units DESC LIMIT 10",
    "SELECT avg(revenue) AS avg_rev, min(revenue) AS lo, max(revenue) AS hi FROM order_lines",
    "SELECT 'DROP TABLE orders' AS text_with_keywords, count(*) FROM orders",
    "SELECT name FROM regions WHERE name <> 'DELETE FROM orders; --'",
    "SELECT name FROM products WHERE name LIKE '%Pro%' ORDER BY name",
    "SELECT name, list_price FROM products WHERE list_price BETWEEN 20 AND 50 ORDER BY list_price",
    "SELECT CASE WHEN list_price < 50 THEN 'cheap' WHEN list_price < 200 THEN 'mid' ELSE 'premium' END AS tier, count(*) FROM products GROUP BY 1",
    "WITH totals AS (SELECT order_id, sum(revenue) AS total FROM order_lines GROUP BY order_id) SELECT avg(total) FROM totals",
    "WITH a AS (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id), b AS (SELECT n, count(*) AS customers FROM a GROUP BY n) SELECT * FROM b ORDER BY n",
    "SELECT customer_id, order_id, row_number() OVER (PARTITION BY customer_id ORDER BY order_date) AS nth FROM orders ORDER BY customer_id, nth LIMIT 50",
    "SELECT order_id, revenue, sum(revenue) OVER (ORDER BY line_id) AS running FROM order_lines WHERE order_id < 20",
    "SELECT product_id, revenue, rank() OVER (ORDER BY revenue DESC) AS rk FROM order_lines WHERE order_id < 100",
    "SELECT product_id, revenue, dense_rank() OVER (PARTITION BY product_id ORDER BY revenue DESC) AS rk FROM order_lines WHERE order_id < 100",
    "SELECT order_id, lag(order_date) OVER (PARTITION BY customer_id ORDER BY order_date) AS prev FROM orders WHERE customer_id < 10",
    "SELECT order_id, lead(order_date, 1) OVER (PARTITION BY customer_id ORDER BY order_date) AS next_date FROM orders WHERE customer_id < 10",
    "SELECT ntile(4) OVER (ORDER BY list_price) AS quartile, name FROM products",
    "SELECT name FROM customers WHERE customer_id IN (SELECT customer_id FROM orders WHERE channel = 'Phone') LIMIT 20",
    "SELECT name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id AND o.status = 'returned') LIMIT 20",
    "SELECT name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.customer_id)",
    "SELECT (SELECT count(*) FROM orders) AS orders, (SELECT count(*) FROM customers) AS customers",
    "SELECT name FROM regions UNION SELECT name FROM categories ORDER BY name",
    "SELECT name FROM regions UNION ALL SELECT name FROM categories",
    "SELECT region_id FROM customers INTERSECT SELECT region_id FROM regions",
    "SELECT region_id FROM regions EXCEPT SELECT region_id FROM customers WHERE segment = 'Corporate'",
    "SELECT t.channel, t.n FROM (SELECT channel, count(*) AS n FROM orders GROUP BY channel) AS t WHERE t.n > 100",
    "SELECT upper(name) AS u, lower(name) AS l, length(name) AS len FROM regions",
    "SELECT substr(name, 1, 3) AS prefix, count(*) FROM products GROUP BY 1",
    "SELECT trim(name) || ' / ' || segment AS label FROM customers LIMIT 5",
    "SELECT replace(name, ' ', '_') AS slug FROM products LIMIT 10",
    "SELECT coalesce(NULL, name) AS n, nullif(segment, 'Consumer') AS s FROM customers LIMIT 10",
    "SELECT round(avg(discount), 3) AS d, abs(-1) AS a FROM order_lines",
    "SELECT CAST(list_price AS INTEGER) AS whole, count(*) FROM products GROUP BY 1 ORDER BY 1",
    "SELECT max(list_price) - min(list_price) AS spread FROM products",
    "SELECT count(*) FILTER (WHERE status = 'returned') AS returned FROM orders",
    "SELECT sum(CASE WHEN status = 'cancelled' THEN 1 ELSE 0 END) * 1.0 / count(*) AS cancel_rate FROM orders",
    "SELECT o.channel, c.segment, count(*) AS n FROM orders o JOIN customers c ON c.customer_id = o.customer_id GROUP BY o.channel, c.segment ORDER BY n DESC",
    "SELECT r.name, count(o.order_id) FROM regions r LEFT JOIN customers c ON c.region_id = r.region_id LEFT JOIN orders o ON o.customer_id = c.customer_id GROUP BY r.name",
    "SELECT p.name FROM products AS p WHERE p.list_price > (SELECT avg(list_price) FROM products)",
    "SELECT discount, count(*) AS n FROM order_lines GROUP BY discount ORDER BY discount",
    "SELECT quantity, avg(unit_price) FROM order_lines GROUP BY quantity ORDER BY quantity",
    'SELECT name AS "update", region_id AS "select" FROM regions',
    "-- a comment that is dropped\nSELECT count(*) FROM regions /* trailing comment */",
    "SELECT name FROM regions WHERE name = 'it''s FOR UPDATE'",
    "SELECT count(*) FROM orders WHERE order_date >= '2024-01-01' AND order_date < '2025-01-01'",
    "SELECT count(*) FROM orders LIMIT 5 OFFSET 0",
    "SELECT DISTINCT channel FROM orders",
    "SELECT channel, status, count(*) FROM orders GROUP BY channel, status ORDER BY 1, 2",
    "SELECT greatest(1, 2) AS g, least(3, 4) AS l FROM regions LIMIT 1",
    "SELECT name FROM Regions",
    "SELECT count(*) FROM ORDERS o",
    "SELECT sum(revenue) / sum(quantity) AS avg_price FROM order_lines",
    "SELECT p.category_id, sum(ol.revenue) AS rev, sum(sum(ol.revenue)) OVER () AS total FROM order_lines ol JOIN products p USING (product_id) GROUP BY p.category_id",
    "WITH regions AS (SELECT 1 AS region_id, 'shadow' AS name) SELECT * FROM regions",
]
DUCKDB = [
    "SELECT date_trunc('month', order_date) AS month, count(*) AS orders FROM orders GROUP BY 1 ORDER BY 1",
    "SELECT date_trunc('year', o.order_date) AS y, sum(ol.revenue) FROM orders o JOIN order_lines ol ON ol.order_id = o.order_id GROUP BY 1 ORDER BY 1",
    "SELECT year(order_date) AS y, month(order_date) AS m, count(*) FROM orders GROUP BY ALL ORDER BY ALL",
    "SELECT strftime(order_date, '%Y-%m') AS ym, count(*) FROM orders GROUP BY 1 ORDER BY 1",
    "SELECT dayname(order_date) AS dow, count(*) FROM orders GROUP BY 1",
    "SELECT monthname(order_date) AS m, count(*) FROM orders GROUP BY 1",
    "SELECT extract(quarter FROM order_date) AS q, count(*) FROM orders GROUP BY 1 ORDER BY 1",
    "SELECT date_part('dow', order_date) AS dow, count(*) FROM orders GROUP BY 1 ORDER BY 1",
    "SELECT dayofweek(order_date) AS d, count(*) FROM orders GROUP BY 1",
    "SELECT quarter(order_date) AS q, count(*) FROM orders GROUP BY 1",
    "SELECT date_diff('day', min(order_date), max(order_date)) AS span FROM orders",
    "SELECT datediff('month', signup_date, DATE '2025-12-31') AS months, count(*) FROM customers GROUP BY 1 ORDER BY 1 LIMIT 5",
    "SELECT order_date + INTERVAL 7 DAY AS due FROM orders LIMIT 3",
    "SELECT count(*) FROM orders WHERE order_date >= TIMESTAMP '2025-01-01 00:00:00'",
    "SELECT count(*) FROM orders WHERE order_date > current_date - INTERVAL 10 YEAR",
    "SELECT median(revenue) AS med, quantile_cont(revenue, 0.9) AS p90 FROM order_lines",
    "SELECT approx_count_distinct(customer_id) FROM orders",
    "SELECT stddev(revenue), variance(revenue) FROM order_lines",
    "SELECT corr(quantity, revenue) FROM order_lines",
    "SELECT arg_max(name, list_price) AS priciest FROM products",
    "SELECT string_agg(name, ', ' ORDER BY name) FROM regions",
    "SELECT list(name ORDER BY name) AS names FROM regions",
    "SELECT mode(channel) FROM orders",
    "SELECT count_if(status = 'returned') FROM orders",
    "SELECT bool_or(discount > 0.15) FROM order_lines",
    "SELECT time_bucket(INTERVAL '1 month', order_date) AS b, count(*) FROM orders GROUP BY 1 ORDER BY 1",
    "SELECT name, list_price FROM products QUALIFY row_number() OVER (PARTITION BY category_id ORDER BY list_price DESC) = 1",
    "SELECT * EXCLUDE (signup_date) FROM customers LIMIT 5",
    "FROM regions SELECT name",
    "FROM regions",
    "SELECT regexp_matches(name, 'Pro$') AS is_pro, count(*) FROM products GROUP BY 1",
    "SELECT regexp_replace(name, '\\s+', ' ') FROM products LIMIT 3",
    "SELECT split_part(name, ' ', 1) AS item, count(*) FROM products GROUP BY 1",
    "SELECT starts_with(name, 'Ada') AS a, count(*) FROM customers GROUP BY 1",
    "SELECT concat_ws('-', region_id, name) FROM regions",
    "SELECT ln(sum(revenue)), log10(sum(revenue)), sqrt(sum(quantity)) FROM order_lines",
    "SELECT floor(list_price / 50) * 50 AS bin, count(*) FROM products GROUP BY 1 ORDER BY 1",
    "SELECT ceil(list_price) AS c, power(2, 3) AS p FROM products LIMIT 3",
    "SELECT iif(list_price > 100, 'high', 'low') AS band, count(*) FROM products GROUP BY 1",
    "SELECT TRY_CAST(name AS INTEGER) AS maybe FROM regions",
    "SELECT list_price::INTEGER AS p FROM products LIMIT 3",
    "SELECT count(*) FROM orders USING SAMPLE 10%",
    "SELECT order_date::DATE AS d, count(*) FROM orders GROUP BY ALL ORDER BY d LIMIT 5",
    "SELECT make_date(2024, 1, 1) AS d",
    "SELECT epoch(TIMESTAMP '2024-01-01') AS e",
    "SELECT last_day(order_date) AS eom, count(*) FROM orders GROUP BY 1 ORDER BY 1 LIMIT 3",
    "SELECT avg(revenue) OVER (ORDER BY line_id ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) FROM order_lines LIMIT 10",
    "SELECT percent_rank() OVER (ORDER BY list_price) AS pr, cume_dist() OVER (ORDER BY list_price) AS cd FROM products",
    "SELECT first_value(name) OVER (PARTITION BY category_id ORDER BY list_price) FROM products",
]
SQLITE = [
    "SELECT strftime('%Y-%m', order_date) AS ym, count(*) FROM orders GROUP BY 1 ORDER BY 1",
    "SELECT strftime('%Y', order_date) AS y, sum(ol.revenue) FROM orders o JOIN order_lines ol ON ol.order_id = o.order_id GROUP BY 1",
    "SELECT strftime('%w', order_date) AS dow, count(*) FROM orders GROUP BY 1 ORDER BY 1",
    "SELECT date(order_date, 'start of month') AS m, count(*) FROM orders GROUP BY 1 ORDER BY 1",
    "SELECT julianday(max(order_date)) - julianday(min(order_date)) AS days FROM orders",
    "SELECT datetime(order_date) AS ts FROM orders LIMIT 3",
    "SELECT date('2024-01-31', '+1 month') AS d",
    "SELECT count(*) FROM orders WHERE order_date >= date('2024-01-01')",
    "SELECT iif(list_price > 100, 'high', 'low') AS band, count(*) FROM products GROUP BY 1",
    "SELECT ifnull(NULL, 'x') AS v",
    "SELECT instr(name, ' ') AS pos FROM products LIMIT 3",
    "SELECT printf('%.2f', list_price) AS p FROM products LIMIT 3",
    "SELECT group_concat(name, ', ') FROM regions",
    "SELECT total(revenue) FROM order_lines",
    "SELECT typeof(list_price) FROM products LIMIT 1",
    "SELECT hex(name) FROM regions LIMIT 1",
    "SELECT sum(revenue) FROM order_lines WHERE product_id IN (SELECT product_id FROM products WHERE category_id = 2)",
    "SELECT cast(strftime('%m', order_date) AS INTEGER) AS m, count(*) FROM orders GROUP BY m ORDER BY m",
    "SELECT count(*) FROM orders WHERE order_date BETWEEN '2024-01-01' AND '2024-12-31'",
    "SELECT name FROM products ORDER BY list_price DESC LIMIT 5",
    "SELECT round(sum(revenue), 2) AS rev, channel FROM order_lines JOIN orders USING (order_id) GROUP BY channel",
    "SELECT unixepoch(order_date) AS e FROM orders LIMIT 2",
    "SELECT max(order_date) AS last, min(order_date) AS first FROM orders",
    "SELECT name GLOB 'Pro*' AS g FROM products LIMIT 3",
    "SELECT avg(revenue) OVER (ORDER BY line_id ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) FROM order_lines LIMIT 10",
]
OTHER = [  # accepted only (no server here): dialect specifics that must not be false positives
    (
        "postgres",
        "SELECT date_trunc('month', order_date) AS m, count(*) FROM orders GROUP BY 1 ORDER BY 1",
    ),
    ("postgres", "SELECT to_char(order_date, 'YYYY-MM') AS m, count(*) FROM orders GROUP BY 1"),
    ("postgres", "SELECT extract(year FROM order_date)::int AS y, count(*) FROM orders GROUP BY 1"),
    ("postgres", "SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY revenue) FROM order_lines"),
    ("postgres", "SELECT name FROM regions ORDER BY name FETCH FIRST 3 ROWS ONLY"),
    ("postgres", "SELECT string_agg(name, ', ') FROM regions"),
    ("mysql", "SELECT DATE_FORMAT(order_date, '%Y-%m') AS m, COUNT(*) FROM orders GROUP BY m"),
    (
        "mysql",
        "SELECT YEAR(order_date) AS y, MONTH(order_date) AS mo, SUM(1) FROM orders GROUP BY y, mo",
    ),
    ("mysql", "SELECT `name` FROM `regions` LIMIT 2, 3"),
    (
        "mysql",
        "SELECT IF(list_price > 100, 'high', 'low') AS band, COUNT(*) FROM products GROUP BY band",
    ),
    ("mysql", "SELECT GROUP_CONCAT(name SEPARATOR ', ') FROM regions"),
    (
        "clickhouse",
        "SELECT toStartOfMonth(order_date) AS m, count() FROM orders GROUP BY m ORDER BY m",
    ),
    ("clickhouse", "SELECT channel, countIf(status = 'returned') FROM orders GROUP BY channel"),
]


def write_benign() -> int:
    rows = [
        {"sql": s, "dialect": d}
        for d, extra in (("duckdb", DUCKDB), ("sqlite", SQLITE))
        for s in SHARED + extra
    ]
    rows += [{"sql": s, "dialect": d} for d, s in OTHER]
    with (HERE / "benign_sql.jsonl").open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    print("benign:", write_benign())
