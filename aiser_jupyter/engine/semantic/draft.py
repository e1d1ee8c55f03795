"""``semantic init``: a first semantic layer file drafted from a source's catalog.

The draft holds what the catalog knows — tables, their row counts and time columns, column
types and ranges as descriptions, the inferred joins with their evidence (as comments), and
candidate metrics (a row count per table, a sum per measure column) — for a person to edit.
It loads and applies cleanly to the source it was drafted from.
"""

from __future__ import annotations

import re
from typing import Any

from sqlglot import exp

from ..catalog.model import Catalog, Column, Table
from .write import SCHEMA_LINE, dump_yaml

__all__ = ["draft_file"]

_PLAIN = re.compile(r"^[a-z_][a-z0-9_]*$")


def draft_file(catalog: Catalog, key: str = "default") -> str:
    """The YAML text of a draft file for ``catalog`` under ``sources.<key>``."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    entry = CommentedMap()
    entry["description"] = (
        f"Drafted from the {catalog.dialect} source {catalog.source!r}; edit freely."
    )
    tables = CommentedMap()
    for table in catalog.tables:
        tables[table.name] = _table(table)
    entry["tables"] = tables
    joins = CommentedSeq()
    for i, j in enumerate(catalog.joins):
        joins.append(f"{j.table}.{j.column} = {j.ref_table}.{j.ref_column}")
        joins.yaml_add_eol_comment(j.evidence or ("declared" if j.declared else "inferred"), i)
    entry["joins"] = joins
    metrics = CommentedSeq()
    taken: set[str] = set()
    for table in catalog.tables:
        for metric in _metrics(table, catalog.dialect, taken):
            metrics.append(metric)
    entry["metrics"] = metrics
    entry["dimensions"] = CommentedSeq()
    entry["verified"] = CommentedSeq()
    root = CommentedMap()
    root["version"] = 1
    root["sources"] = CommentedMap({key: entry})
    return f"{SCHEMA_LINE}\n" + dump_yaml(root)


def _table(table: Table) -> Any:
    from ruamel.yaml.comments import CommentedMap

    doc = CommentedMap()
    rows = f"{table.row_count:,} rows" if table.row_count is not None else "rows not counted"
    doc["description"] = f"{table.kind.capitalize()} {table.name} ({rows})."
    doc["synonyms"] = []
    temporal = [c.name for c in table.columns if c.semantic == "temporal"]
    if temporal:
        doc["time_column"] = temporal[0]
    columns = CommentedMap()
    for col in table.columns:
        columns[col.name] = CommentedMap(description=_describe(col), synonyms=[])
    doc["columns"] = columns
    return doc


def _describe(col: Column) -> str:
    parts = [col.type or "?", col.semantic]
    if col.distinct is not None:
        parts.append(f"{col.distinct:,} distinct")
    if col.semantic in ("temporal", "quantitative") and col.min is not None:
        parts.append(f"from {col.min} to {col.max}")
    elif col.samples and col.semantic in ("nominal", "geo", "boolean"):
        parts.append("e.g. " + ", ".join(str(s)[:30] for s in col.samples[:3]))
    return "; ".join(parts)


def _metrics(table: Table, dialect: str, taken: set[str]) -> list[Any]:
    from ruamel.yaml.comments import CommentedMap

    out = [
        CommentedMap(
            name=_name(f"{table.name}_count", taken),
            table=table.name,
            sql="1",
            aggregate="count",
            description=f"Number of {table.name} rows.",
        )
    ]
    for col in table.columns:
        if col.semantic != "quantitative":
            continue
        out.append(
            CommentedMap(
                name=_name(f"total_{col.name}", taken),
                table=table.name,
                sql=_ident(col.name, dialect),
                aggregate="sum",
                description=f"Sum of {table.name}.{col.name}.",
            )
        )
    return out


def _name(text: str, taken: set[str]) -> str:
    base = re.sub(r"\W+", "_", text.lower()).strip("_") or "metric"
    base = base if base[0].isalpha() or base[0] == "_" else f"m_{base}"
    base = base[:56]
    name, n = base, 2
    while name in taken:
        name, n = f"{base}_{n}", n + 1
    taken.add(name)
    return name


def _ident(name: str, dialect: str) -> str:
    """A column name as the dialect reads it (quoted unless plain lower case)."""
    if _PLAIN.match(name):
        return name
    return str(exp.column(name, quoted=True).sql(dialect=dialect or None))
