"""'than' with nothing compared: "employees earning more [than] the employee with id 163" drawn
as the rows of employee 163, "older [than] the oldest dog" drawn without the comparison — the
chart answers another question. A comparison names what it compares after "than" (a number, a
row, an average), and the plan keeps it only as a comparison in its SQL: <, >, BETWEEN, or
<> ("a different room type [than] the one reserved")."""

from __future__ import annotations

import sqlglot
from sqlglot import exp

from .clauses import NEGATIONS, negates

__all__ = ["compares_nothing", "unkept_condition"]

#: "rather than a pie", "other than France": no comparison of numbers
_NOT_COMPARING = frozenset(["rather", "other"])
_COMPARISONS = (exp.GT, exp.GTE, exp.LT, exp.LTE, exp.Between, exp.NEQ)


def compares_nothing(i: int, words: list[str], sql: str, dialect: str) -> bool:
    """Whether ``words[i]`` is a "than" whose comparison the plan's SQL does not make."""
    if words[i] != "than" or (i > 0 and words[i - 1] in _NOT_COMPARING):
        return False
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return False
    return tree.find(*_COMPARISONS) is None


def unkept_condition(i: int, words: list[str], sql: str, dialect: str) -> bool:
    """A negation the SQL does not make ("people who [don't] have a wedding", kept as if they
    had), or a "than" it does not compare."""
    if words[i] in NEGATIONS and not negates(sql) and not _in_kept_value(i, words, sql, dialect):
        return True
    if _none_had(i, words) and not negates(sql):
        return True  # "how many days had [no] rain" drawn as every day
    return compares_nothing(i, words, sql, dialect) or _same_as(i, words, sql, dialect)


#: verbs after which "no" says a thing is absent ("days that had no rain")
_HAD = frozenset(["had", "has", "have", "with", "saw", "recorded", "reported"])


def _none_had(i: int, words: list[str]) -> bool:
    """ "had [no] rain", "with [no] children" — not "with no more than 5", a bound."""
    after = words[i + 1] if i + 1 < len(words) else ""
    return words[i] == "no" and i > 0 and words[i - 1] in _HAD and after not in _BOUNDS


_BOUNDS = frozenset(["more", "less", "fewer", "later", "earlier", "longer", "greater"])


def _in_kept_value(i: int, words: list[str], sql: str, dialect: str) -> bool:
    """ "married vs [never] married" of a kept '1. Never Married': the negation is a word of a
    value the SQL keeps, no condition of its own."""
    said = " ".join(words[i : i + 2])
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return False
    return any(
        said in str(node.this).lower() for node in tree.find_all(exp.Literal) if node.is_string
    )


#: "on the same chart as", "the same scale": the drawing, not the rows
_DRAWN = frozenset(["chart", "plot", "graph", "figure", "axis", "axes", "scale", "panel", "color"])


def _same_as(i: int, words: list[str], sql: str, dialect: str) -> bool:
    """ "employees in the [same] department as Clara": the rows that share a value with
    another row's — a subquery; kept as a filter on Clara herself, the chart is hers."""
    if words[i] != "same" or "as" not in words[i + 2 : i + 4]:
        return False
    if words[i + 1] in _DRAWN or words[i + 1].rstrip("s") in _DRAWN:
        return False
    try:
        tree = sqlglot.parse_one(sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return False
    return tree.find(exp.Subquery) is None and not any(
        isinstance(node.args.get("query"), exp.Expression) for node in tree.find_all(exp.In)
    )
