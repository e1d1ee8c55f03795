"""Small phrases that belong to another part of the question, not a part of their own.

"per capita" (also "per head", "per person", "per inhabitant") beside a number's name is part
of that number's name — "per capita income", "income per capita" — not a grouping by some
"capita": the column the plan reads is the figure per person, unless the tables read hold
another column named for it ("gdp" beside "gdp_per_capita"), which would be the one meant.

"over" before a month ("adjusted close over December 2015") is the span a line is drawn over,
not a threshold: no number is compared to a month's name.

"at least one" before the things counted ("how many countries had at least one crisis") is
said by a distinct count of the things over those rows: each thing counted has a row."""

from __future__ import annotations

import re

from ..catalog.model import Column
from .countries import holds_country_names
from .facts import Facts
from .lexicon import lemma, split_name
from .rules.person_figures import figure_words
from .us_states import is_state_column
from .words import MONTHS

__all__ = ["existence_words", "not_a_threshold", "per_person_words"]

#: the words after "per" that make a rate per person of the number named beside them
_PERSONS = frozenset(["capita", "head", "person", "inhabitant", "resident"])


#: the people a rate is per, after its number ("murder rate per 10,000 people")
_PEOPLE = frozenset(["people", "persons", "residents", "inhabitants", "population"])


def per_person_words(words: list[str], facts: Facts) -> set[int]:
    """Indexes of "per capita" words next to a name of a column the plan reads, and of "per
    10,000 people" after the name of a rate it reads (the rate's unit, no rows kept)."""
    found: set[int] = set()
    for i in range(len(words) - 1):
        if words[i] == "per" and _per_number_of_people(i, words, facts):
            found.update((i, i + 1, i + 2))
            continue
        if words[i] != "per" or words[i + 1] not in _PERSONS:
            continue
        before = lemma(words[i - 1]) if i else ""
        after = lemma(words[i + 2]) if i + 2 < len(words) else ""
        if not ({before, after} & facts.names) or _named_apart(words[i + 1], facts):
            continue
        if not (facts.divides or _of_people(facts)):
            continue  # "revenue per capita" drawn as the revenue: no one's share of it
        found.update((i, i + 1))
    return found


#: names of a figure per person: ``gdpPercap``, ``income_per_capita``, ``taxpc``, ``rpcpersinc``
_PER_PERSON = re.compile(r"capita|percap|per_?person|per_?head|pc(?![a-z])|(?<![a-z])r?pc")


def _of_people(facts: Facts) -> bool:
    """A figure the plan reads is per person: by its name (``gdpPercap``), a person's figure
    (an income, a wage), or a figure of a table of places — countries or states, whose incomes and counts of things are said per
    head of their people, unless the figure outgrows the count of those people — never of a
    table of years or of sales."""
    columns = facts.read_columns()
    if any(_PER_PERSON.search(c.name.lower()) for c in columns):
        return True
    if any(set(split_name(c.name)) & figure_words() for c in columns):
        return True  # an income, a wage: what each person earns, as figures of places are said
    tables = [facts.catalog.table(t) for t in facts.tables] if facts.catalog is not None else []
    return any(
        t is not None and any(map(_places, t.columns)) and not _totals(t.columns, columns)
        for t in tables
    )


#: names of a count of a place's people
_HEADCOUNTS = frozenset(["population", "pop", "inhabitants", "residents"])


def _totals(columns: list[Column], read: list[Column]) -> bool:
    """Whether a figure ``read`` outgrows the count of the place's people among ``columns``
    (a ``gdp`` above every ``population``): a total of the place, which "per person" would
    divide, never a figure per head."""
    heads = [
        float(c.max)
        for c in columns
        if set(split_name(c.name)) & _HEADCOUNTS and isinstance(c.max, (int, float))
    ]
    return bool(heads) and any(isinstance(c.max, (int, float)) and c.max > max(heads) for c in read)


def _places(column: Column) -> bool:
    """A text column naming countries or US states."""
    samples = [v for v in column.samples if isinstance(v, str)]
    return bool(samples) and (holds_country_names(samples) or is_state_column(samples))


def _per_number_of_people(i: int, words: list[str], facts: Facts) -> bool:
    """ "rate per [10000] [people]": a number and people after "per", a rate's name before."""
    number = words[i + 1 : i + 2]
    people = words[i + 2 : i + 3]
    if not number or not number[0].replace(".", "", 1).isdigit() or not people:
        return False
    return people[0] in _PEOPLE and i > 0 and lemma(words[i - 1]) in facts.names & _RATES


#: name words of a rate, which a "per … people" phrase may follow
_RATES = frozenset(["rate", "ratio", "incidence", "prevalence"])


def _named_apart(word: str, facts: Facts) -> bool:
    """Whether a table the plan reads has a column named with ``word`` that it does not read."""
    if facts.catalog is None:
        return True
    for table in facts.catalog.tables:
        if table.name.lower() not in facts.tables:
            continue
        for column in table.columns:
            parts = set(re.split(r"[^a-z]+", column.name.lower()))
            if word in parts and (table.name.lower(), column.name.lower()) not in facts.columns:
                return True
    return False


def not_a_threshold(i: int, words: list[str], facts: Facts) -> bool:
    """Whether a comparative word before a number compares nothing: glued into a name the
    plan reads ("under5_mortality" said "under 5 mortality"), or "[over] December 2015"
    where the plan draws a line over that month (a span, not a threshold)."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if words[i] + nxt in facts.names:
        return True
    over = words[i] == "over" and nxt in MONTHS and MONTHS[nxt] in facts.months
    coarse = facts.units & {"year", "quarter", "month"}  # one point for the whole span
    return over and facts.mark == "line" and not coarse  # drawn over it, not summed


def existence_words(words: list[str], facts: Facts) -> set[int]:
    """Indexes of the "1" of "at least one" when the plan counts distinct things: those with
    a row of what follows, which is what the count counts — never over a table of counts,
    whose rows may hold none of the things."""
    from .rules.freq_tables import frequency_column

    if "distinct" not in facts.aggregates or facts.catalog is None:
        return set()
    read = [facts.catalog.table(name) for name in facts.tables]
    if any(t is None or frequency_column(t) is not None for t in read):
        return set()  # a table of counts: a row may count none of the things ("Freq" of 0)
    return {
        i
        for i in range(2, len(words) - 1)
        if words[i] in ("1", "one") and words[i - 2 : i] == ["at", "least"]
    }
