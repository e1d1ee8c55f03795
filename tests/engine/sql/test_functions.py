"""Allowed functions per dialect (sql/functions.py): what the guard lets a query call."""

from __future__ import annotations

import pytest
from sql_corpus import TABLES

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
