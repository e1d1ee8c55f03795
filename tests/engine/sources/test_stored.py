"""Stored SQL is untrusted (sources/stored.py): a database's own functions named like
built-ins are refused; views and generated columns the guard refuses are left out.

The checks are pure; the attacks on real databases are in test_hostile_files.py,
test_hostile_sources.py and test_servers_postgres_planted.py."""

from __future__ import annotations

import pytest

from aiser_jupyter.engine.sources.stored import check_shadowing, expression_refusal, refused_views
from aiser_jupyter.errors import AiserError


@pytest.mark.parametrize(
    ("own", "builtin"),
    [
        (["lower"], set()),  # an allowed function of the dialect
        (["Date_Trunc"], set()),  # in any case
        (["my_fn", "read_blob"], {"read_blob"}),  # a built-in the database has
    ],
)
def test_own_functions_named_like_built_ins_refuse_the_database(
    own: list[str], builtin: set[str]
) -> None:
    with pytest.raises(AiserError) as info:
        check_shadowing(own, builtin, "duckdb")
    assert info.value.code == "AISER-SRC-SHADOW"
    assert all(f"{n}()" in info.value.message for n in own if n != "my_fn")


def test_the_refusal_lists_at_most_six_names() -> None:
    names = ["lower", "upper", "abs", "round", "floor", "ceil", "length", "trim"]
    with pytest.raises(AiserError) as info:
        check_shadowing(names, set(), "duckdb")
    assert info.value.message.count("()") == 6 and "…" in info.value.message


def test_helpers_with_their_own_names_are_fine() -> None:
    check_shadowing(["my_margin", "fiscal_quarter"], {"read_csv"}, "duckdb")


def test_views_over_tables_pass_and_views_that_read_files_do_not() -> None:
    views = {
        "sales_by_day": "CREATE VIEW sales_by_day AS SELECT order_date, sum(total) FROM orders GROUP BY 1",
        "leak": "SELECT * FROM read_csv('/etc/passwd')",
    }
    refused = refused_views(views, ["orders"], "duckdb")
    assert set(refused) == {"leak"} and "read_csv" in refused["leak"].lower()


def test_a_view_over_a_refused_view_is_refused_too() -> None:
    views = {
        "a": "SELECT * FROM b",
        "b": "SELECT * FROM c",
        "c": "SELECT current_setting('data_directory') AS d",
    }
    assert set(refused_views(views, [], "postgres")) == {"a", "b", "c"}


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        (None, "could not be read"),
        ("", "could not be read"),
        ("CREATE TABLE x (a int)", "is not a query"),
        ("SELECT FROM WHERE (", "could not be checked"),
    ],
)
def test_a_view_whose_sql_cannot_be_read_or_checked_is_refused(
    sql: str | None, reason: str
) -> None:
    assert reason in refused_views({"v": sql}, ["orders"], "duckdb")["v"]


def test_a_schema_qualified_table_of_the_catalogs_own_is_plain() -> None:
    views = {"v": "SELECT * FROM sales.orders"}
    assert refused_views(views, ["orders"], "postgres", local=lambda db, name: db == "sales") == {}
    assert "v" in refused_views(views, ["orders"], "postgres")


def test_reasons_given_already_are_kept() -> None:
    assert refused_views({}, ["orders"], "duckdb", refused={"x": "hidden"}) == {"x": "hidden"}


@pytest.mark.parametrize(
    ("sql", "refused"),
    [
        ("price * quantity", False),
        ("upper(name)", False),
        ("getenv('HOME')", True),
        ("(SELECT secret FROM keys)", True),
        ("this is not sql (", True),
    ],
)
def test_generated_columns_are_checked_like_typed_sql(sql: str, refused: bool) -> None:
    assert (expression_refusal(sql, "duckdb") is not None) is refused
