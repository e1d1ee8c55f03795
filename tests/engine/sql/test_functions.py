"""Allowed functions per dialect (sql/functions.py): what the guard lets a query call."""

from __future__ import annotations

import pytest
from sql_corpus import TABLES
from sqlglot import exp

from aiser_jupyter.engine.sql.functions import (
    COMMON_NAMES,
    allowed_classes,
    allowed_names,
    callable_names,
)
from aiser_jupyter.engine.sql.guard import guard_sql
from aiser_jupyter.errors import AiserError


def refusal(sql: str, dialect: str) -> AiserError:
    with pytest.raises(AiserError) as info:
        guard_sql(sql, dialect=dialect, tables=TABLES)
    return info.value


def test_unknown_dialect_uses_the_common_allow_list() -> None:
    guard_sql(
        "SELECT lower(name), count(*) FROM regions GROUP BY 1",
        dialect="teradata-ish",
        tables=TABLES,
    )
    assert (
        refusal("SELECT strftime('%Y', x) FROM regions", "teradata-ish").code
        == "AISER-SQL-FUNCTION"
    )


def test_dialect_function_lists_differ() -> None:
    guard_sql("SELECT julianday(order_date) FROM orders", dialect="sqlite", tables=TABLES)
    assert refusal("SELECT julianday(order_date) FROM orders", "mysql").code == "AISER-SQL-FUNCTION"


DANGEROUS = [
    "read_csv",
    "read_csv_auto",
    "read_parquet",
    "read_text",
    "read_blob",
    "glob",
    "pg_read_file",
    "pg_read_binary_file",
    "pg_ls_dir",
    "pg_sleep",
    "sleep",
    "load_file",
    "load_extension",
    "readfile",
    "writefile",
    "getenv",
    "current_setting",
    "set_config",
    "duckdb_settings",
    "url",
    "s3",
    "file",
    "executable",
    "remote",
    "dblink",
    "lo_import",
    "benchmark",
]


@pytest.mark.parametrize(
    "dialect", ["duckdb", "sqlite", "postgres", "mysql", "clickhouse", "other"]
)
def test_no_function_that_reads_files_sleeps_or_reads_settings_is_callable(dialect: str) -> None:
    names = callable_names(dialect)
    assert not [n for n in DANGEROUS if n in names]


def test_an_unknown_dialect_gets_the_common_names_only() -> None:
    assert allowed_names("teradata-ish") == COMMON_NAMES
    assert allowed_names("duckdb") > COMMON_NAMES


def test_allowed_classes_are_sqlglot_expressions_of_pure_functions() -> None:
    classes = allowed_classes()
    assert classes and all(issubclass(c, exp.Expression) for c in classes)
    assert {exp.Sum, exp.DateTrunc, exp.Lower} <= classes
    assert not {exp.ReadCSV} & classes


def test_callable_names_include_how_sqlglot_writes_the_allowed_classes() -> None:
    assert {"date_trunc", "lower", "sum", "coalesce"} <= callable_names("duckdb")
