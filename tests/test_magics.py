"""The magic in a real (isolated) IPython shell."""

from __future__ import annotations

from IPython.utils.capture import capture_output

PLOTLY = "application/vnd.plotly.v1+json"


def run(shell, code):
    with capture_output() as out:
        result = shell.run_cell(code, store_history=False)
    return result, out


def test_a_question_cell_draws_an_interactive_chart(shell):
    result, out = run(shell, "%%chart -o ans\ntotal revenue by region")
    assert result.success, result.error_in_exec
    figures = [o.data for o in out.outputs if PLOTLY in o.data]
    assert len(figures) == 1
    assert figures[0][PLOTLY]["data"][0]["type"] == "bar"
    answer = shell.user_ns["ans"]
    assert answer.rows == 5 and "GROUP BY" in answer.sql
    assert set(answer.df["region"]) == {"North", "South", "East", "West", "Central"}
    assert answer.plan.chart.mark == "bar" and answer.figure.data


def test_type_forces_the_chart_and_show_sql_prints_it(shell):
    result, out = run(shell, "%%chart --type pie --show-sql -o pie\nrevenue by category")
    assert result.success, result.error_in_exec
    assert shell.user_ns["pie"].plan.chart.mark == "arc"
    texts = " ".join(str(o.data.get("text/markdown", "")) for o in out.outputs)
    assert "```sql" in texts and "SUM(revenue)" in texts


def test_a_sql_body_is_charted_directly(shell):
    result, _ = run(
        shell, "%%chart -o seg\nSELECT segment, COUNT(*) AS n FROM customers GROUP BY segment"
    )
    assert result.success, result.error_in_exec
    df = shell.user_ns["seg"].df
    assert sorted(df.columns) == ["n", "segment"] and df["n"].sum() == 5000


def test_errors_are_usage_errors_with_a_code_and_no_traceback(shell):
    from IPython.core.error import UsageError

    result, out = run(shell, "%%chart\nDELETE FROM orders")
    assert isinstance(result.error_in_exec, UsageError)
    assert str(result.error_in_exec).startswith("AISER-SQL-")
    assert "Traceback" not in out.stdout + out.stderr
    check, _ = run(shell, "%%chart -o n\nSELECT COUNT(*) AS n FROM orders")
    assert check.success and shell.user_ns["n"].df["n"][0] == 60000


def test_a_question_it_cannot_understand_says_so(shell):
    from IPython.core.error import UsageError

    result, _ = run(shell, "%%chart\nwhat is the meaning of life")
    assert isinstance(result.error_in_exec, UsageError)
    assert "AISER-PLAN-" in str(result.error_in_exec)


def test_connect_sources_and_use(shell, sqlite_shop, monkeypatch):
    monkeypatch.setenv("SHOP_DIR", str(sqlite_shop.parent))
    result, out = run(shell, f"%chart connect shop sqlite:///${{SHOP_DIR}}/{sqlite_shop.name}")
    assert result.success, result.error_in_exec
    result, out = run(shell, "%chart sources")
    listing = " ".join(str(o.data.get("text/markdown", "")) for o in out.outputs) + out.stdout
    assert "shop" in listing and "demo" in listing
    result, _ = run(shell, "%%chart -o c\nnumber of orders by channel")
    assert result.success, result.error_in_exec
    assert shell.user_ns["c"].source == "shop" and shell.user_ns["c"].df.iloc[:, 1].sum() == 5000
    run(shell, "%chart use demo")
    result, _ = run(shell, "%%chart -o d\nnumber of orders by channel")
    assert shell.user_ns["d"].df.iloc[:, 1].sum() == 60000


def test_the_namespaced_alias_and_the_line_form(shell):
    result, _ = run(shell, "%%aiser -o a\ntotal quantity by category")
    assert result.success and shell.user_ns["a"].rows == 8
    result, _ = run(shell, "%chart -o b total revenue by region")
    assert result.success and shell.user_ns["b"].rows == 5


def test_a_plan_cell_reruns_without_a_planner(shell):
    answer = shell.user_ns.get("ans")
    cell = answer.to_cell()
    assert cell.startswith("%%chart --db demo")
    result, _ = run(shell, cell.replace("%%chart", "%%chart -o again", 1))
    assert result.success, result.error_in_exec
    again = shell.user_ns["again"]
    assert again.df.equals(answer.df) and again.plan.sql == answer.plan.sql


def test_sql_bodies_keep_unnamed_columns_and_their_order(shell):
    result, _ = run(
        shell,
        "%%chart -o yr\nSELECT strftime(order_date, '%Y') AS y, count(*) FROM orders GROUP BY 1 ORDER BY 1",
    )
    assert result.success, result.error_in_exec
    df = shell.user_ns["yr"].df
    assert list(df["y"]) == ["2023", "2024", "2025"] and df["count"].sum() == 60000
    result, _ = run(
        shell, "%%chart -o ch\nSELECT channel, count(*) AS n FROM orders GROUP BY 1 ORDER BY n"
    )
    assert list(shell.user_ns["ch"].df["n"]) == sorted(shell.user_ns["ch"].df["n"])
