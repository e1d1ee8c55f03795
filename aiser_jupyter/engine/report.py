"""An answer as plain data for programs and agents: the plan, the SQL that ran, a bounded
slice of the plotted rows and a short summary in words.

The summary is computed from the rows (largest and smallest value of the measure and
what they belong to), never from the question, so it says what the chart shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .jsonvalue import json_value

if TYPE_CHECKING:
    import pyarrow as pa

    from .answer import Answer

__all__ = ["answer_record", "summary", "table_rows"]

#: Channels whose field names what a row is about, in order of preference.
LABEL_CHANNELS = ("x", "color", "y", "theta", "facet", "detail")


def table_rows(table: pa.Table, max_rows: int) -> tuple[list[str], list[list[Any]], bool]:
    """``(columns, rows, truncated)``: at most ``max_rows`` rows of ``table`` as JSON values."""
    head = table.slice(0, max(0, max_rows))
    columns = [column.to_pylist() for column in head.columns]
    rows = [[json_value(v) for v in row] for row in zip(*columns, strict=True)]
    return list(table.column_names), rows, table.num_rows > len(rows)


def answer_record(answer: Answer, *, max_rows: int = 50) -> dict[str, Any]:
    """``answer`` as JSON-ready data (the plotted rows cut to ``max_rows``)."""
    columns, rows, truncated = table_rows(answer.table, max_rows)
    return {
        "question": answer.question,
        "source": answer.source,
        "title": _title(answer),
        "mark": answer.plan.chart.mark,
        "plan": answer.plan.model_dump(mode="json", exclude_none=True),
        "sql": answer.compiled_sql,
        "columns": columns,
        "rows": rows,
        "row_count": answer.rows,
        "rows_truncated": truncated,
        "notices": list(answer.notices),
        "summary": summary(answer),
    }


def summary(answer: Answer) -> str:
    """A few sentences on what the chart shows: its title, its size, its extremes."""
    n = answer.rows
    head = f"{_title(answer)}: a {answer.plan.chart.mark} chart of {n:,} row{'s' if n != 1 else ''} from {answer.source}."
    fields = answer.compiled.fields
    measure = next((f for f in fields.values() if f.is_measure), None)
    if measure is None or n == 0 or measure.alias not in answer.table.column_names:
        return head
    values = answer.table.column(measure.alias).to_pylist()
    label = next(
        (
            fields[c]
            for c in LABEL_CHANNELS
            if c in fields and not fields[c].is_measure and fields[c].alias != measure.alias
        ),
        None,
    )
    if n == 1 or label is None or label.alias not in answer.table.column_names:
        numbers = [v for v in values if _is_number(v)]
        if len(numbers) == 1:
            return f"{head} {measure.label}: {_number(numbers[0])}."
        return head
    labels = answer.table.column(label.alias).to_pylist()
    pairs = [(v, lab) for v, lab in zip(values, labels, strict=True) if _is_number(v)]
    if not pairs:
        return head
    top = max(pairs, key=lambda p: p[0])
    low = min(pairs, key=lambda p: p[0])
    series = ""
    color = fields.get("color")
    if color is not None and color is not label and color.alias in answer.table.column_names:
        count = len(set(answer.table.column(color.alias).to_pylist()))
        series = f" in {count} series by {color.label}"
    return (
        f"{head} {measure.label}{series}: highest {_number(top[0])} at {label.label} "
        f"{_text(top[1])}, lowest {_number(low[0])} at {_text(low[1])}."
    )


def _title(answer: Answer) -> str:
    layout = answer.plotly_json().get("layout") or {}
    title = layout.get("title")
    text = title.get("text") if isinstance(title, dict) else title
    return str(text or answer.plan.chart.title or answer.plan.chart.mark)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and value == value


def _number(value: float) -> str:
    if isinstance(value, int) or float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}" if abs(value) >= 100 else f"{value:.4g}"


def _text(value: Any) -> str:
    text = json_value(value)
    return str(text)[:80]
