"""The SQL guard's checks: a tuple of small pure rules over a parsed sqlglot tree.

Each rule takes the tree and a :class:`Context` and either returns ``None`` or
raises an :class:`~aiser_jupyter.errors.AiserError`. They run in the order of
:data:`RULES`; the first refusal wins, so its code is the most specific one
(a write is reported as a write before its table is reported as unknown).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlglot import exp

from ...errors import error
from .functions import allowed_classes, allowed_names

__all__ = ["CATALOG_TYPES", "RULES", "Context", "Rule"]


@dataclass(frozen=True)
class Context:
    """What the rules need besides the tree."""

    dialect: str
    tables: frozenset[str]  #: lower-case catalog table names
    names: frozenset[str] = frozenset()  #: the same names as the database spells them


Rule = Callable[[exp.Expression, Context], None]


def _classes(names: str) -> tuple[type[exp.Expression], ...]:
    """The sqlglot node classes named in ``names`` (one missing from this sqlglot is skipped)."""
    return tuple(cls for name in names.split() if isinstance(cls := getattr(exp, name, None), type))


#: Statement nodes that must not appear anywhere in a read-only query.
_STATEMENTS: tuple[type[exp.Expression], ...] = _classes(
    """
    DML DDL Insert Update Delete Merge Create Drop Alter TruncateTable Command Pragma Attach
    Detach Copy Set Install Export Use Describe Show Commit Rollback Transaction Summarize Kill
    Grant Revoke Analyze Cache Uncache Refresh LoadData Declare Execute ExecuteSql Put Get
    LockingStatement Undrop SwapTable MultitableInserts StoredProcedure Block IfBlock WhileBlock
    LoopBlock
    """
)

#: Non-function nodes a SELECT may contain; anything else is refused.
_NODES: tuple[type[exp.Expression], ...] = _classes(
    """
    Select Union Intersect Except Subquery With CTE From Join Where Group Having Qualify Order
    Ordered Limit Offset Fetch LimitOptions Column Identifier Literal Star Alias Aliases
    TableAlias Table Tuple Paren Neg Not Null Boolean Bracket DataType DataTypeParam Distinct
    Interval IntervalSpan Between In Is Like ILike SimilarTo Glob Escape Any All Window
    WindowSpec Filter WithinGroup IgnoreNulls RespectNulls Cube Rollup GroupingSets Lambda Var
    Values Lateral TableSample Pivot PivotAlias PivotAny UnpivotColumns Dot Slice
    PositionalColumn AtTimeZone National RawString UnicodeString ByteString BitString HexString
    Add Sub Mul Div IntDiv Mod DPipe EQ NEQ GT GTE LT LTE NullSafeEQ NullSafeNEQ BitwiseAnd
    BitwiseOr BitwiseXor BitwiseLeftShift BitwiseRightShift BitwiseNot Kwarg PropertyEQ Overlaps
    ReplaceColumns ColumnPrefix JSONPath JSONPathKey JSONPathRoot JSONPathSubscript
    JSONPathWildcard JSONPathSlice JSONPathSelector JSONPathUnion JSONExtractQuote PseudoType
    Semicolon
    """
)

#: SELECT arguments that change more than what is read (INTO, locks, settings, output formats).
_CLAUSES = {
    "into": "INTO",
    "locks": "FOR UPDATE/SHARE",
    "settings": "SETTINGS",
    "format": "FORMAT",
    "options": "OPTION",
    "for_": "FOR",
    "hint": "optimizer hint",
}


def _kind(node: exp.Expression) -> str:
    if isinstance(node, exp.Command):
        return str(node.this).split()[0].upper() if node.this else "command"
    return str(node.key).upper()


def check_root(tree: exp.Expression, ctx: Context) -> None:
    """The statement itself is a SELECT or a set operation of SELECTs."""
    if not isinstance(tree, exp.Select | exp.SetOperation):
        msg = f"A {_kind(tree)} statement is not allowed; only SELECT queries run"
        raise error("AISER-SQL-NOT-SELECT", msg)


def check_projection(tree: exp.Expression, ctx: Context) -> None:
    """Every SELECT selects something (``SELECT`` followed only by a comment is not a query)."""
    for node in tree.find_all(exp.Select):
        if not node.expressions:
            msg = "A SELECT without any column is not a query"
            raise error("AISER-SQL-PARSE", msg)


def check_statements(tree: exp.Expression, ctx: Context) -> None:
    """No write, DDL or command hides anywhere inside (data-modifying CTEs, nested commands)."""
    for node in tree.walk():
        if isinstance(node, _STATEMENTS):
            msg = f"A {_kind(node)} statement inside the query is not allowed; only SELECT queries run"
            raise error("AISER-SQL-NOT-SELECT", msg)
        if isinstance(node, exp.CTE) and not isinstance(node.this, exp.Select | exp.SetOperation):
            msg = f"The CTE {node.alias or ''} is not a SELECT; only SELECT queries run"
            raise error("AISER-SQL-NOT-SELECT", msg)


def check_clauses(tree: exp.Expression, ctx: Context) -> None:
    """No SELECT … INTO, FOR UPDATE/SHARE, SETTINGS, FORMAT or hints at any level."""
    for node in tree.walk():
        if isinstance(node, exp.Into | exp.Lock):
            msg = f"The {'INTO' if isinstance(node, exp.Into) else 'FOR UPDATE/SHARE'} clause is not allowed"
            raise error("AISER-SQL-CLAUSE", msg)
        if isinstance(node, exp.Query):
            for arg, label in _CLAUSES.items():
                if node.args.get(arg):
                    msg = f"The {label} clause is not allowed"
                    raise error("AISER-SQL-CLAUSE", msg)


#: Function nodes sqlglot does not type: they are known by the name written in the SQL.
_NAMED_ONLY = (
    exp.Anonymous,
    exp.AnonymousAggFunc,
    exp.CombinedAggFunc,
    exp.ParameterizedAgg,
    exp.CombinedParameterizedAgg,
)


def _function_name(node: exp.Func) -> str:
    if isinstance(node, _NAMED_ONLY):
        return str(node.name)
    return str(node.sql_names()[0] if node.sql_names() else node.key)


#: Bare words that some databases evaluate as functions (who am I, where am I).
_KEYWORD_FUNCTIONS = {
    "current_user",
    "session_user",
    "current_role",
    "current_catalog",
    "current_schema",
    "system_user",
}


def _is_keyword_function(column: exp.Column, dialect: str) -> bool:
    if column.table or not isinstance(column.this, exp.Identifier) or column.this.quoted:
        return False
    name = column.name.lower()
    return name in _KEYWORD_FUNCTIONS or (name == "user" and dialect in ("postgres", "redshift"))


def check_functions(tree: exp.Expression, ctx: Context) -> None:
    """Every function call is on the dialect's allow-list; no system variables or qualified calls."""
    classes, names = allowed_classes(), allowed_names(ctx.dialect)
    for node in tree.walk():
        if isinstance(node, exp.SessionParameter | exp.Parameter | exp.Placeholder):
            msg = f"The variable or parameter {node.sql()[:60]} is not allowed"
            raise error("AISER-SQL-FUNCTION", msg)
        if isinstance(node, exp.Dot) and isinstance(node.expression, exp.Func):
            msg = f"The qualified function call {node.sql()[:60]} is not allowed"
            raise error("AISER-SQL-FUNCTION", msg)
        if isinstance(node, exp.Column) and _is_keyword_function(node, ctx.dialect):
            msg = f"The function {node.name.upper()} is not allowed"
            raise error("AISER-SQL-FUNCTION", msg)
        if not isinstance(node, exp.Func):
            continue
        if isinstance(node, _NAMED_ONLY):
            ok = str(node.name).lower() in names
        else:
            ok = type(node) in classes
        if not ok:
            msg = f"The function {_function_name(node)[:60]} is not allowed"
            raise error("AISER-SQL-FUNCTION", msg)


def _cte_names(with_: exp.Expression | None) -> set[str]:
    return {cte.alias.lower() for cte in (with_.expressions if with_ else [])}


def visible_ctes(table: exp.Table) -> set[str]:
    """CTE names in scope at ``table``, following SQL scoping (no forward references)."""
    names: set[str] = set()
    prev: exp.Expr = table
    node: exp.Expr | None = table.parent
    owner: exp.Expr | None = None
    while node is not None:
        if isinstance(node, exp.With):
            ctes = node.expressions
            index = next((i for i, cte in enumerate(ctes) if cte is prev), len(ctes))
            names |= {cte.alias.lower() for cte in ctes[:index]}
            if node.args.get("recursive") and index < len(ctes):
                names.add(ctes[index].alias.lower())
            owner = node.parent
        elif isinstance(node, exp.Query) and node is not owner:
            names |= _cte_names(node.args.get("with_") or node.args.get("with"))
        prev, node = node, node.parent
    return names


#: dialects whose table names match exactly (after folding a bare name's case); SQLAlchemy
#: reports Snowflake's and Oracle's upper-case names in lower case, so they match loosely
_EXACT = {"postgres", "clickhouse"}


def _in_catalog(target: exp.Identifier, ctx: Context) -> bool:
    if ctx.dialect not in _EXACT or not ctx.names:
        return target.name.lower() in ctx.tables
    from sqlglot.dialects.dialect import Dialect

    # PostgreSQL reads a bare Sales as sales and only a quoted "Sales" as Sales
    return bool(
        Dialect.get_or_raise(ctx.dialect).normalize_identifier(target.copy()).name in ctx.names
    )


def check_tables(tree: exp.Expression, ctx: Context) -> None:
    """Every table is a plain, unqualified name of the catalog or a CTE in scope.

    Where the database tells ``"Sales"`` from ``sales`` (PostgreSQL, ClickHouse) the name
    must be the catalog's exactly, as the database would read it.
    """
    for table in tree.find_all(exp.Table):
        target = table.this
        if not isinstance(target, exp.Identifier):
            msg = f"Reading from {target.sql()[:60] if target else 'this source'} is not allowed"
            raise error("AISER-SQL-TABLE", msg)
        if table.args.get("db") or table.args.get("catalog"):
            msg = f"The qualified table {table.sql()[:80]} is not allowed; use a plain table name"
            raise error("AISER-SQL-TABLE", msg)
        name = target.name.lower()
        if name in visible_ctes(table) or _in_catalog(target, ctx):
            continue
        msg = f"The table {target.name[:80]!r} is not in this source"
        close = [n for n in ctx.names if n.lower() == name]
        if close and not target.quoted:
            msg += f"; a name that is not all lower case is quoted: write {close[0]!r} in double quotes"
        raise error("AISER-SQL-TABLE", msg)


#: PostgreSQL's object-identifier types: casting text or a number to one looks the name up in
#: the system catalogs, so ``'pg_authid'::regclass`` or ``10::regrole`` would list tables and
#: roles past the table allow-list (and tell which exist through the error).
CATALOG_TYPES = frozenset(
    [
        *("regclass", "regcollation", "regconfig", "regdictionary", "regnamespace", "regoper"),
        *("regoperator", "regproc", "regprocedure", "regrole", "regtype"),
    ]
)


def _type_name(node: exp.DataType) -> str:
    kind = node.args.get("kind")
    if node.this == exp.DataType.Type.USERDEFINED and kind is not None:
        # the last part of a qualified name (pg_catalog.regtype); DuckDB's parser keeps text
        name = kind.name if isinstance(kind, exp.Expression) else str(kind).split(".")[-1]
        return str(name).strip('"').lower()
    return str(getattr(node.this, "value", node.this)).lower()


def check_types(tree: exp.Expression, ctx: Context) -> None:
    """No cast to a type that looks names up in the database's catalog (``regclass`` & co.)."""
    for node in tree.find_all(exp.DataType):
        name = _type_name(node)
        if name in CATALOG_TYPES:
            msg = f"A cast to {name} looks names up in the database's catalog and is not allowed"
            raise error("AISER-SQL-FUNCTION", msg)


def check_nodes(tree: exp.Expression, ctx: Context) -> None:
    """Catch-all: only node types a plain analytic SELECT uses (functions are checked above)."""
    for node in tree.walk():
        if not isinstance(node, (exp.Func, *_NODES)):
            msg = f"The SQL construct {node.key.upper()} is not allowed in a read-only query"
            raise error("AISER-SQL-NOT-SELECT", msg)


_SPARK = {"spark", "spark2", "databricks"}


def check_spark(tree: exp.Expression, ctx: Context) -> None:
    """Spark: no ``${…}`` anywhere, no ``PERCENTILE_CONT/DISC … WITHIN GROUP``.

    Spark replaces ``${env:NAME}``, ``${system:NAME}`` and ``${setting}`` with the server's
    environment variables, JVM properties and settings before it parses the text — inside
    quotes too (the source also turns that off for its session). sqlglot writes a
    ``WITHIN GROUP`` percentile for Spark as the approximate ``PERCENTILE_APPROX``.
    """
    if ctx.dialect not in _SPARK:
        return
    for node in tree.walk():
        text = node.args.get("this")
        if isinstance(text, str) and "${" in text:
            msg = "Spark would replace ${…} in the query with a server setting or environment variable"
            raise error("AISER-SQL-FUNCTION", msg)
        if isinstance(node, exp.WithinGroup) and isinstance(
            node.this, exp.PercentileCont | exp.PercentileDisc
        ):
            msg = "On Spark write percentile(x, 0.5) or median(x): a WITHIN GROUP percentile would run approximate"
            raise error("AISER-SQL-UNSUPPORTED", msg)


RULES: tuple[Rule, ...] = (
    check_root,
    check_statements,
    check_projection,
    check_clauses,
    check_functions,
    check_spark,
    check_types,
    check_tables,
    check_nodes,
)
