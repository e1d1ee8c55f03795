"""The columns a chart's base query returns, with their semantic types.

Stars are expanded from the catalog (sqlglot's ``qualify``), names are matched the way
the database matches them, and a column that exists nowhere is refused before any data
is read. ``compile_plan`` and dashboard filters use it.
"""

from __future__ import annotations

from sqlglot import exp
from sqlglot.errors import SqlglotError

from ...errors import error
from ..catalog.model import Catalog
from ..sql.idents import column

__all__ = ["BASE", "base_column", "base_columns"]

BASE = "aiser_base"  #: the alias of the base query in every statement built over it


def base_column(name: str, dialect: str) -> exp.Column:
    """A column of the base query; ClickHouse resolves a bare name to a SELECT alias first."""
    return column(name, dialect, BASE if dialect == "clickhouse" else None)


def base_columns(tree: exp.Expression, catalog: Catalog, dialect: str) -> dict[str, str | None]:
    """Output columns of the base query → their semantic type when known.

    Stars are expanded from the catalog; a column that exists nowhere raises
    ``AISER-SQL-COLUMN`` before the database is touched.
    """
    from sqlglot.optimizer.qualify import qualify

    # keys quoted: a catalog name is the exact name, matched as the database matches it
    # (PostgreSQL: a bare "Revenue" in the query is revenue, which is not the column "Revenue")
    def exact(name: str) -> str:
        return str(exp.to_identifier(name, quoted=True).sql(dialect=dialect or None))

    schema = {
        exact(t.name): {exact(c.name): (c.type or "TEXT") for c in t.columns}
        for t in catalog.tables
    }
    work = tree.copy()
    for table in work.find_all(exp.Table):
        # sqlglot names an unaliased "Sales" by a bare Sales (sales), which "Sales".x misses
        if not table.alias and isinstance(table.this, exp.Identifier):
            table.set("alias", exp.TableAlias(this=table.this.copy()))
    try:
        qualified = qualify(
            work,
            schema=schema,
            dialect=dialect,
            validate_qualify_columns=True,
            quote_identifiers=False,
            identify=False,
        )
    except SqlglotError as exc:
        text = str(exc).splitlines()[0]
        if "could not be resolved" in text or "Unknown column" in text or "Column" in text:
            msg = f"{text}. {_columns_hint(tree, catalog)}"
            raise error("AISER-SQL-COLUMN", msg) from None
        return {name: None for name in _output_names(tree, dialect)}
    except Exception:
        return {name: None for name in _output_names(tree, dialect)}
    aliases = {t.alias_or_name.lower(): t.name for t in qualified.find_all(exp.Table)}
    out: dict[str, str | None] = {}
    selects = qualified.selects if isinstance(qualified, exp.Query) else []
    for select in selects:
        inner = select.unalias()
        semantic = None
        if isinstance(inner, exp.Column):
            table = (
                catalog.table(aliases.get(inner.table.lower(), inner.table))
                if inner.table
                else None
            )
            column = table.column(inner.name) if table else None
            semantic = column.semantic if column else None
        elif isinstance(inner, (exp.Count, exp.Sum, exp.Avg)):
            semantic = "quantitative"
        out[select.alias_or_name] = semantic
    return out


def _output_names(tree: exp.Expression, dialect: str) -> list[str]:
    """The names the database gives the query's columns (PostgreSQL folds bare ones)."""
    from sqlglot.dialects.dialect import Dialect, NormalizationStrategy
    from sqlglot.optimizer.normalize_identifiers import normalize_identifiers

    try:
        folds = Dialect.get_or_raise(dialect or None).normalization_strategy in (
            NormalizationStrategy.LOWERCASE,
            NormalizationStrategy.UPPERCASE,
        )
    except ValueError:
        folds = False
    if folds:
        tree = normalize_identifiers(tree.copy(), dialect=dialect)
    return list(tree.named_selects)


def _columns_hint(tree: exp.Expression, catalog: Catalog) -> str:
    names = {t.name.lower() for t in tree.find_all(exp.Table)}
    parts = [
        f"{t.name}: {', '.join(c.name for c in t.columns)}"
        for t in catalog.tables
        if t.name.lower() in names
    ]
    return ("Columns are " + "; ".join(parts)) if parts else ""
