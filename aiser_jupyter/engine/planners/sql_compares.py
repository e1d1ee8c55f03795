"""What a plan's SQL compares: a number the question said ("above 40", "between 1950 and
1969"), or something no literal says — another column ("closed below its open"), a subquery
("above the average")."""

from __future__ import annotations

from sqlglot import exp

__all__ = ["compared"]

_COMPARISONS = (exp.GT, exp.GTE, exp.LT, exp.LTE)


def compared(tree: exp.Expression) -> tuple[bool, bool]:
    """(whether ``tree`` compares with a number, whether it compares two things neither of
    which is written in the SQL)."""
    nodes = list(tree.find_all(*_COMPARISONS))
    number = any(_number(n.expression) for n in nodes) or tree.find(exp.Between) is not None
    other = any(not _fixed(n.this) and not _fixed(n.expression) for n in nodes)
    return number, other


def _number(bound: exp.Expression) -> bool:
    """``bound`` is a number ("under -10": a negated one too)."""
    if isinstance(bound, exp.Neg):
        bound = bound.this
    return isinstance(bound, exp.Literal) and bound.is_number


def _fixed(side: exp.Expression) -> bool:
    """``side`` is written in the SQL ('2015-01-01', -10, a row number's bound), not read
    from the data."""
    while isinstance(side, (exp.Neg, exp.Cast, exp.Paren)):
        side = side.this
    return isinstance(side, exp.Literal) or "aiser_" in side.sql().lower()
