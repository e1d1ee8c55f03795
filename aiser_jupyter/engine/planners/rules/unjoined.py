"""A table no key joins to the others, pulled in by a word the other tables answer without it.

"histogram of female life expectancy across countries" on a source with a table of countries
(``UN``: ``lifeExpF``) and a table of incidents per country and year (``country_txt``) reads
"countries" as the incidents' ``country_txt`` — and no key joins the two tables. Yet the
countries' table answers the whole question by itself: its rows are the countries. When no
key joins two tables a plan reads, the question is planned again without each of them in
turn. That plan is drawn, with a notice of the table left out and why, when it is the only
one of the two; when the left-out table holds no text value the first reading picked ("STAR
BAKER results": ``result = 'STAR BAKER'``); when, accounted against the whole catalog, it
leaves unused no word that would change the answer (a value of the table left out: "OECD
countries" is no context); and when it uses every word or leaves unexplained a word of the
left-out table's name ("across countries" of ``incidents_by_country``): the word that pulled
it in, read as context. Other words left unexplained ("the 2016 survey respondents": which
survey's is not known) keep the refusal. When both plans answer, which table was meant is
not known: the refusal stands.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from ....errors import AiserError
from ...catalog.model import Catalog, Table
from ...plan import ChartPlan
from ..honesty import account
from ..lexicon import lemma, split_name
from .draft import Draft

__all__ = ["text_picks", "without_unjoined"]


def text_picks(d: Draft) -> list[str]:
    """The tables whose rows the question picks by a text value ("STAR BAKER results":
    ``result = 'STAR BAKER'``): a table it picks a value of is asked for, not context."""
    return sorted(
        {
            t.name.lower()
            for t, cond in d.where
            if any(lit.is_string for lit in cond.find_all(exp.Literal))
        }
    )


def _context(
    question: str, plan: ChartPlan, catalog: Catalog, fewer: Catalog, left: str
) -> list[str] | None:
    """The words ``plan`` (made on ``fewer``) reads as context — words naming the table ``left``
    out of ``catalog`` — when it leaves out nothing else of the question (see the module);
    else None."""
    table = catalog.table(left)
    if table is None or account(question, plan, catalog, catalog.dialect).blocking:
        return None
    unused = account(question, plan, fewer, fewer.dialect).unused
    context = [u.text for u in unused if _names(table, u.text)]
    return context if context or not unused else None


def _names(table: Table, text: str) -> bool:
    """Whether every word of ``text`` is a word of ``table``'s name (``incidents_by_country``:
    "countries"); a column's name is no table's context ("results" of a ``result`` column)."""
    own = set(split_name(table.name))
    words = [lemma(w) for w in text.lower().split()]
    return bool(words) and all(w in own for w in words)


def without_unjoined(
    question: str, refused: AiserError, catalog: Catalog, plan: Callable[[Catalog], ChartPlan]
) -> ChartPlan | None:
    """The plan of the question without one of the two unjoined tables ``refused`` names, when
    exactly one of them can be left out and every word still answered; else None."""
    tables = refused.details.get("unjoined")
    if refused.code != "AISER-PLAN-NO-JOIN" or not tables or catalog.semantic is not None:
        return None
    picked = set(refused.details.get("picked") or ())
    found: list[tuple[str, str, list[str], ChartPlan]] = []
    for left_out, kept in (tables, tables[::-1]):
        if left_out.lower() in picked:
            continue
        fewer = catalog.without(left_out)
        try:
            made = plan(fewer)
        except AiserError:
            continue
        context = _context(question, made, catalog, fewer, left_out)
        if context is None:
            return None  # it answers, but leaves out what the question asks: not context
        found.append((left_out, kept, context, made))
    if len(found) != 1:
        return None
    left_out, kept, context, chosen = found[0]
    said = ", ".join(repr(w) for w in context)
    note = (
        f"Table {left_out} is not used: no key joins it to {kept}, and the question is "
        "answered without it"
        + (f"; {said} is read as context, not as {left_out}." if said else ".")
    )
    if chosen.provenance is not None:
        chosen.provenance.notes.append(note)
    return chosen
