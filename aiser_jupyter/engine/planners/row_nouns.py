"""A counted noun that names nothing in the catalog ("number of respondents per year", "how
many employees …"): whose rows it names depends on the source, not on the word.

Analysts call the rows of a table by what each row is, in words the schema never writes: a
survey's rows are its "respondents", a staff table's rows its "employees". In a source of one
table that is the reading — its rows are whatever the user calls them — unless the table
holds a column of counts (``births``, ``sales``):
then "how many babies" may be that column's sum, which :func:`.restricts.counts_held` keeps
unsure. In a source of
several tables the noun does not say which table's rows are counted ("number of crises per
region" drawn over a table of country-years), unless a value of the plan, said right before
it, ties it to the rows that value keeps ("banking crises" of a ``type`` column), or the plan
counts the one table no other refers to (the events the others describe: "captures" are the
rows of ``surveys``, which refers to ``plots`` and ``species``) or a table of named things
(one name per row: "how many countries" over a table of countries).
"""

from __future__ import annotations

from ..catalog.model import Catalog
from .facts import Facts
from .lexicon import lemma, split_name
from .words import ROW_NOUNS

__all__ = ["unbound_rows_noun"]


def unbound_rows_noun(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """Whether the counted ``words[i]``, naming nothing in the catalog, is said in a source of
    several tables with nothing that ties it to the rows of one (see the module)."""
    catalog = facts.catalog
    if catalog is None or "count" not in facts.aggregates:
        return False
    base = lemma(words[i])
    if _rows_named_otherwise(i, words, facts):
        return True  # "number of [people] interviewed in the polls": the polls are the rows
    if base in ROW_NOUNS or base == words[i] or base in _catalog_words(catalog):
        return False  # "number of records": the rows, whatever they are; a singular: no count
    if why_at.get(i - 1) == "value":
        return False  # "banking crises": the rows the value keeps
    if i and lemma(words[i - 1]) in {w for t in facts.tables for w in split_name(t)}:
        return False  # "suicide [attempts]" of SuicideChina: the table's rows, by their name
    if _kind_of_person(words[i], facts, catalog):
        return True  # "how many [haemophiliacs]" of a table of patients: which of them?
    if len(catalog.tables) < 2:
        return False
    roots = _roots(catalog)
    if len(roots) == 1 and roots <= facts.tables:
        return False  # "captures" of surveys, the table the others describe
    return not (len(facts.tables) == 1 and _named_rows(catalog, next(iter(facts.tables))))


def _rows_named_otherwise(i: int, words: list[str], facts: Facts) -> bool:
    """Whether the question calls the rows of the one table counted by another plural, its
    name's word ("polls" of ``brexit_polls``), than the counted ``words[i]`` ("people"): the
    rows counted are those things, and the people are some number each of them holds."""
    if len(facts.tables) != 1 or (lemma(words[i]) == words[i] and words[i] != "people"):
        return False
    own = set(split_name(next(iter(facts.tables))))
    return any(
        j != i and lemma(w) != w and lemma(w) in own and lemma(w) != lemma(words[i])
        for j, w in enumerate(words)
    )


def _kind_of_person(word: str, facts: Facts, catalog: Catalog) -> bool:
    """A plural noun of no name, said of the one table the plan reads, whose rows are people:
    some kind of them, not the people themselves ("haemophiliacs" of patients)."""
    from .equivalents import equivalents
    from .people_rows import people_table
    from .rules.person_figures import people_words

    if len(facts.tables) != 1 or word in people_words() or word in equivalents():
        return False
    table = catalog.table(next(iter(facts.tables)))
    return table is not None and people_table(table)


def _named_rows(catalog: Catalog, name: str) -> bool:
    """Whether each row of the table has a name of its own: a text column with as many
    values as rows (a country's row in a table of countries): the things counted."""
    table = next((t for t in catalog.tables if t.name.lower() == name), None)
    if table is None or not table.row_count:
        return False
    return any(
        c.semantic in ("nominal", "geo") and not c.nulls and c.distinct == table.row_count
        for c in table.columns
    )


def _catalog_words(catalog: Catalog) -> set[str]:
    """Every word of a table's or a column's name, as written and with abbreviations expanded."""
    words: set[str] = set()
    for table in catalog.tables:
        for name in [table.name, *(c.name for c in table.columns)]:
            words |= set(split_name(name)) | set(split_name(name, expand=False))
    return words


def _roots(catalog: Catalog) -> set[str]:
    """The tables no join refers to (lower case). When one table alone is so — the events
    the other tables describe (``surveys`` beside the ``plots`` and ``species`` it refers
    to) — a count of its rows is what a count of unnamed things means."""
    referred = {j.ref_table.lower() for j in catalog.joins}
    return {t.name.lower() for t in catalog.tables} - referred
