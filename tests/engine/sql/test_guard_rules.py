"""The guard's rules (sql/guard_rules.py), each a pure function of a parsed tree, tested alone."""

from __future__ import annotations

import pytest
import sqlglot
from sql_corpus import TABLES

from aiser_jupyter.engine.sql import guard_rules
from aiser_jupyter.errors import AiserError

CTX = guard_rules.Context(dialect="duckdb", tables=frozenset(TABLES))


@pytest.mark.parametrize(
    ("rule", "sql", "code"),
    [
        (guard_rules.check_root, "DELETE FROM orders", "AISER-SQL-NOT-SELECT"),
        (
            guard_rules.check_statements,
            "WITH d AS (DELETE FROM orders RETURNING *) SELECT * FROM d",
            "AISER-SQL-NOT-SELECT",
        ),
        (guard_rules.check_projection, "SELECT", "AISER-SQL-PARSE"),
        (guard_rules.check_clauses, "SELECT * FROM orders FOR SHARE", "AISER-SQL-CLAUSE"),
        (guard_rules.check_functions, "SELECT getenv('HOME')", "AISER-SQL-FUNCTION"),
        (guard_rules.check_tables, "SELECT * FROM information_schema.tables", "AISER-SQL-TABLE"),
        (
            guard_rules.check_nodes,
            "SELECT * FROM orders, LATERAL (SELECT 1) x JOIN orders USING (x)",
            None,
        ),
    ],
)
def test_each_rule_alone(rule: guard_rules.Rule, sql: str, code: str | None) -> None:
    tree = sqlglot.parse_one(sql, read="postgres" if "SHARE" in sql else "duckdb")
    if code is None:
        rule(tree, CTX)
        return
    with pytest.raises(AiserError) as info:
        rule(tree, CTX)
    assert info.value.code == code
