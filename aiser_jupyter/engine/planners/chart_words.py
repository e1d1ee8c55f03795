"""Words of a chart's form that are also the names of columns: "above-ground living [area]"
beside ``area``, ``Lot.Area``, ``Garage.Area``. Read as an instruction ("area chart") they
explain nothing, and the plan may measure another number under them; unless the question
asks for that chart, they name a column, which the plan must read."""

from __future__ import annotations

from .computations import computation_left_out
from .facts import Facts
from .lexicon import split_name
from .measure_phrases import table_rate

__all__ = ["chart_word_left_out"]

#: chart words that are common names of columns
_NAMED_MARKS = frozenset(["area"])
_CHART_NOUNS = frozenset(["chart", "charts", "plot", "plots", "graph", "graphs"])


def chart_word_left_out(i: int, words: list[str], facts: Facts, why_at: dict[int, str]) -> bool:
    """Whether ``words[i]`` names columns of the catalog, none of which the plan reads, and
    asks for no chart; not after a name the plan reads ("in a metro [area]" of inmetro)."""
    word = words[i]
    if word in ("scatter", "scatterplot") and (facts.mark not in ("point", "") or _by_kind(facts)):
        return True  # "(scatter)" drawn as an average per category: not the chart asked for
    if word in ("pie", "histogram") and facts.mark == "kpi":
        return True  # "pie of how the units sold split across the days": one number drawn
    if _counted_on_x(i, words, facts):
        return True  # "number of works (x) against …" drawn with the artists along x
    if _series_asked(i, words) and len(facts.group_fields) < 2 and facts.measured < 2:
        return True  # "[stacked]", "side by side" of one series: a grouping left out
    if computation_left_out(i, words, facts) or table_rate(i, words, facts, why_at):
        return True  # "[cumulative] revenue by month" drawn as the monthly sums; "murder [rate]"
    if why_at.get(i - 1) in ("name", "value"):
        return False
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word not in _NAMED_MARKS or nxt in _CHART_NOUNS or facts.mark == word:
        return False
    if word in facts.names or facts.catalog is None:
        return False  # the plan reads an area: explained as any name is
    return any(word in split_name(c.name) for t in facts.catalog.tables for c in t.columns)


def _series_asked(i: int, words: list[str]) -> bool:
    """ "stacked", "side by side": bars of several series asked for."""
    return words[i] == "stacked" or (words[i] == "side" and words[i + 1 : i + 3] == ["by", "side"])


def _by_kind(facts: Facts) -> bool:
    """The plan aggregates by a category on x (a text or yes/no column): a point per kind,
    not two numbers plotted against each other as a scatter plots them."""
    if not facts.aggregates or not facts.x_field:
        return False
    return any(
        c.name == facts.x_field and c.semantic in ("nominal", "boolean", "geo")
        for c in facts.read_columns()
    )


#: words of a number computed over rows ("number of works (x)")
_AGGREGATING = frozenset(
    ["number", "count", "average", "mean", "median", "total", "sum", "share", "percentage"]
)
#: words that end the phrase an axis mark is said of
_PHRASE_ENDS = frozenset(["against", "vs", "versus", "and", "by", "per", "x", "y"])


def _counted_on_x(i: int, words: list[str], facts: Facts) -> bool:
    """ "number of works (x) against the years (y)": the phrase marked as x asks for a number
    computed over rows; a plan with a field along x, not aggregated, puts no such number there."""
    if words[i] != "x" or not facts.x_field or not facts.aggregates or "x" in facts.names:
        return False  # "total [x] by region" of a column named x: a name, no mark
    if words[i + 1 : i + 2] in (["axis"], ["axes"], ["by"], ["per"]):
        return False  # "the number of countries, x axis in ascending order": no mark
    for j in range(i - 1, max(-1, i - 6), -1):
        if words[j] in _PHRASE_ENDS:
            return False
        if words[j] in _AGGREGATING:
            return True
    return False
