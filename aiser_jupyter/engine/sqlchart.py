"""Chart a SELECT statement directly: pick the encoding from its result columns."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .catalog import Catalog
from .guard import guard_sql, render
from .plan import ChartPlan, ChartSpec, Encoding, FieldDef, Provenance

if TYPE_CHECKING:
    import pyarrow as pa

    from .sources import Source

__all__ = ["plan_for_sql"]

PEEK_ROWS = 50


def _kind(column: pa.ChunkedArray) -> str:
    import pyarrow as pa

    t = column.type
    if pa.types.is_temporal(t):
        return "temporal"
    if pa.types.is_integer(t) or pa.types.is_floating(t) or pa.types.is_decimal(t):
        return "quantitative"
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        values = [v for v in column.to_pylist() if v is not None][:PEEK_ROWS]
        if values and all(_looks_like_date(v) for v in values):
            return "temporal"
    return "nominal"


def _looks_like_date(value: str) -> bool:
    return len(value) >= 10 and value[4] == "-" and value[7] == "-" and value[:4].isdigit()


def plan_for_sql(sql: str, catalog: Catalog, source: Source, *, mark: str | None = None) -> ChartPlan:
    """A plan that charts ``sql``'s rows as they are (the SQL already did the work)."""
    from .sources import Limits

    tree = guard_sql(sql, dialect=source.dialect, tables=catalog.table_names())
    peek = source.run(render(tree, source.dialect), Limits(max_rows=PEEK_ROWS, timeout=30))
    kinds = [(name, _kind(peek.column(i))) for i, name in enumerate(peek.column_names)]
    dims = [n for n, k in kinds if k != "quantitative"]
    measures = [n for n, k in kinds if k == "quantitative"]
    kind_of = dict(kinds)
    enc: dict[str, FieldDef] = {}
    if len(kinds) == 1:
        name, kind = kinds[0]
        chosen = mark or ("kpi" if kind == "quantitative" and peek.num_rows == 1 else "table")
        enc["x" if chosen != "kpi" else "y"] = FieldDef(field=name, type=kind)  # type: ignore[arg-type]
    else:
        x = dims[0] if dims else kinds[0][0]
        y = next((m for m in measures if m != x), next(n for n, _ in kinds if n != x))
        enc["x"] = FieldDef(field=x, type=kind_of[x])  # type: ignore[arg-type]
        enc["y"] = FieldDef(field=y, type=kind_of[y])  # type: ignore[arg-type]
        rest = [d for d in dims if d not in (x, y)]
        if rest:
            enc["color"] = FieldDef(field=rest[0], type="nominal")
        if mark:
            chosen = mark
        elif kind_of[x] == "temporal":
            chosen = "line"
        elif kind_of[x] == "quantitative" and kind_of[y] == "quantitative":
            chosen = "point"
        else:
            chosen = "bar"
    chart = ChartSpec.model_validate({"mark": chosen, "encoding": Encoding(**enc)})
    return ChartPlan(sql=render(tree, source.dialect), chart=chart, provenance=Provenance(planner="sql", question=sql))
