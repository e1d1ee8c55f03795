"""The two sides of a planner's golden test: the numbers an answer's chart shows, and the
numbers SQL written by hand gives on the same database file."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import duckdb
import pytest

__all__ = ["databases", "kpi", "one", "plots_exactly", "plotted", "refuses", "same", "truth"]


def databases(root: Path, tables: dict[str, list[str]]) -> dict[str, Path]:
    """One DuckDB file per name in ``root``, each made by running its SQL statements: the
    invented databases a module's questions are asked of."""
    out = {}
    for name, statements in tables.items():
        out[name] = root / f"{name}.duckdb"
        con = duckdb.connect(str(out[name]))
        try:
            for sql in statements:
                con.execute(sql)
        finally:
            con.close()
    return out


def plotted(answer: Any) -> dict[Any, Any]:
    """The chart's marks as ``{x: y}``."""
    fields = answer.compiled.fields
    xs = answer.table.column(fields["x"].alias).to_pylist()
    return dict(zip(xs, answer.table.column(fields["y"].alias).to_pylist(), strict=True))


def truth(path: Path, sql: str, *, approx: bool = False) -> dict[Any, Any]:
    """``{first column: second column}`` of ``sql`` on the DuckDB file ``path`` (each value a
    ``pytest.approx`` with ``approx``)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        rows = con.execute(sql).fetchall()
    finally:
        con.close()
    return {k: pytest.approx(v) if approx else v for k, v in rows}


def kpi(answer: Any) -> Any:
    """The one number a KPI answer shows."""
    [value] = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    return value


def one(path: Path, sql: str) -> float:
    """The one number ``sql`` gives on the DuckDB file ``path``."""
    (row,) = truth(path, f"SELECT 1, ({sql})").values()
    return float(row)


def same(a: Any, b: Any) -> bool:
    """Numbers equal to 1e-6 relative, anything else equal as text."""
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)
    return str(a) == str(b)


def plots_exactly(engine: Any, path: Path, alias: str, question: str, sql: str) -> Any:
    """Ask ``question`` of the DuckDB file ``path`` (connected as ``alias``) and check the chart
    plots exactly the rows ``sql`` gives there, in any order; the answer."""
    engine.connect(alias, str(path))
    answer = engine.ask(question, alias)
    fields = answer.compiled.fields
    # a pie's labels are its colour and its numbers its angle: (label, number), as for bars
    names = [fields[c].alias for c in ("x", "y", "color", "theta") if fields.get(c) is not None]
    got = list(zip(*[answer.table.column(n).to_pylist() for n in names], strict=True))
    con = duckdb.connect(str(path), read_only=True)
    left = [tuple(r) for r in con.sql(sql).fetchall()]
    con.close()
    assert len(got) == len(left), (answer.plan.sql, got[:5], left[:5])
    for row in got:
        hit = next((w for w in left if all(map(same, row, w))), None)
        assert hit is not None, (answer.plan.sql, row, left[:5])
        left.remove(hit)
    return answer


def refuses(engine: Any, path: Path, alias: str, question: str, *unused: str) -> Any:
    """Ask ``question`` of the DuckDB file ``path`` (connected as ``alias``) and check it is
    refused as unsure, with each of ``unused`` among the words it says it did not use; the error."""
    from aiser_jupyter.errors import AiserError

    engine.connect(alias, str(path))
    with pytest.raises(AiserError) as caught:
        engine.ask(question, alias)
    assert caught.value.code == "AISER-PLAN-UNSURE", caught.value
    for word in unused:
        assert word in caught.value.details["unused"], caught.value.details
    return caught.value
