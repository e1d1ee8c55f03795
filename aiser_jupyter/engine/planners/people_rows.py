"""Rows that are people, named as people: "number of players in the West division" of a
table of hitters, "average age of the patients" of a table of patients.

A question names a table's rows by what they are; a table of people is rarely named by the
word the analyst uses (``Hitters`` for players, ``pbc`` for patients). The data says the rows
are people when each has its own label that reads as a person's name ("Andy Allanson"), or
its own key beside at least two things only people have (an age, a sex, a race, an
education), or a figure each person has (a salary, a wage) and no key that repeats. Over such a table, and only when the plan reads that one table, a word for people
(``data/person_figures.txt``, its ``[people]`` section: respondents, players, patients …)
names the rows the plan counts or measures. A table of person-years (a key that repeats) is
no table of people: "how many women" there counts distinct ids, not rows."""

from __future__ import annotations

import re

from ..catalog.model import Column, Table
from .date_grain import stored_unit
from .facts import Facts
from .lexicon import lemma, split_name
from .rules.person_figures import figure_words, people_words
from .tallies import tally_column

__all__ = ["PERSONAL", "people_elsewhere", "people_of_things", "people_table", "rows_are_people"]

#: a person's name as stored: two or three capitalised words ("Andy Allanson", "-Alan Ashby")
_NAME = re.compile(r"^[^A-Za-z]*[A-Z][a-z]+(?:[ .'-]+[A-Z][A-Za-z'.-]*){1,2}$")
#: words of the names of institutions and places, never of people's
_NOT_PERSONAL = frozenset(
    [
        "university",
        "college",
        "institute",
        "school",
        "academy",
        "inc",
        "co",
        "corp",
        "company",
        "ltd",
        "group",
        "bank",
        "county",
        "city",
        "state",
        "river",
        "lake",
        "mount",
        "street",
        "club",
        "association",
        "hospital",
        "center",
        "centre",
        "airport",
        "airlines",
        "republic",
        "kingdom",
        "islands",
        "island",
        "park",
        "station",
        "church",
    ]
)
#: what only people have, by a column's name (a death beside an age: a patient's outcome)
PERSONAL = frozenset(
    [
        *("age", "sex", "gender", "female", "male", "race", "ethnicity"),
        *("educ", "education", "marital", "married", "widowed", "divorced", "divorce"),
        *("death", "dead", "died", "deceased", "survived", "bmi", "smoker"),
    ]
)
#: share of the rows a column's distinct values reach to be one per row
_ONE_EACH = 0.95


def _labels(table: Table) -> list[list[str]]:
    """The sampled values of each text column that labels its rows one by one."""
    rows = table.row_count or 0
    out = []
    for column in table.columns:
        values = [v for v in column.samples if isinstance(v, str)]
        if len(values) >= 5 and (column.distinct or 0) >= _ONE_EACH * rows:
            out.append(values)
    return out


def _institutional(value: str) -> bool:
    """Whether a label holds a word of an institution's or a place's name."""
    return bool(set(re.findall(r"[a-z]+", value.lower())) & _NOT_PERSONAL)


def _names_people(table: Table) -> bool:
    for values in _labels(table):
        named = [v for v in values if _NAME.match(v)]
        if len(named) >= 0.8 * len(values) and not any(map(_institutional, values)):
            return True
    return False


def _one_table(word: str, facts: Facts) -> Table | None:
    """The one table the plan reads, when ``word`` is a word for people; else None."""
    if facts.catalog is None or len(facts.tables) != 1 or word not in people_words():
        return None
    table = facts.catalog.table(next(iter(facts.tables)))
    return table if table is not None and table.row_count else None


def _keys_someone(column: Column) -> bool:
    """A key, or a column named an id or a key (``id``, ``patient_id``)."""
    words = split_name(column.name, expand=False)
    return column.semantic == "key" or (bool(words) and words[-1] in ("id", "key"))


def people_table(table: Table) -> bool:
    """Whether ``table``'s rows are people, one each (see the module)."""
    rows = table.row_count or 0
    if not rows:
        return False
    if _names_people(table):
        return True
    keyed = any(  # a key, or a number named an id ("idno", "id_num") on each row
        (c.semantic == "key" or (c.semantic == "quantitative" and c.name.lower().startswith("id")))
        and (c.distinct or 0) >= _ONE_EACH * rows
        for c in table.columns
    )
    personal = {  # the names as written and as their abbreviations read (eduyrs: education)
        w for c in table.columns for w in (*split_name(c.name, expand=False), *split_name(c.name))
    } & PERSONAL
    # a person's figure (a salary, a wage) on each row: a survey of the people who earn it
    earned = any(
        c.semantic == "quantitative" and set(split_name(c.name)) & figure_words()
        for c in table.columns
    )
    if len(personal) < 2 and not earned:
        return False
    # no key of its own: a person's age in years beside another of their traits, and no
    # column counting people per row (a table of population by age and sex is no people)
    aged = any(
        split_name(c.name, expand=False) == ["age"] and c.semantic == "quantitative"
        for c in table.columns
    )
    repeats = any(  # pbcseq's patient id on each of a patient's visits: rows are visits
        _keys_someone(c) and (c.distinct or 0) < _ONE_EACH * rows for c in table.columns
    )
    return keyed or (  # … or three traits of a person (sex, schooling, marital status)
        (aged or earned or len(personal) >= 3)
        and not repeats
        and tally_column(table) is None
        and not _periods(table)
    )


def rows_are_people(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` names people and the plan reads one table, whose rows are people."""
    if i and words[i - 1] in ("per", "a", "each", "every"):
        return False  # "spending per [student]": a rate's unit, not the rows
    table = _one_table(words[i], facts)
    return table is not None and people_table(table)


def people_elsewhere(word: str, facts: Facts) -> bool:
    """ "how many different states were the survey's [respondents] living in", answered from a
    table of states alone: the people named are the rows of another table of the source (a
    survey's, one person a row), which the plan does not read — its states, not all states."""
    if facts.catalog is None or lemma(word) not in people_words() or not facts.tables:
        return False
    read = facts.read_tables()
    if any(people_table(t) for t in read):
        return False
    names = {t.name.lower() for t in read}
    return any(  # … whose rows refer to a table the plan reads (each respondent's state)
        j.ref_table.lower() in names
        and (people := facts.catalog.table(j.table)) is not None
        and people.name.lower() not in names
        and people_table(people)
        for j in facts.catalog.joins
    )


def people_of_things(word: str, facts: Facts, *, counted: bool = True) -> bool:
    """Whether "how many [students]" is asked of the one table the plan reads while its rows
    are institutions or places — each labelled by a name such as "Abilene Christian
    University": the rows counted are colleges, not students."""
    table = _one_table(word, facts)
    if table is None:
        return False
    if counted and _periods(table):
        return True  # "how many [people] died" of a table of daily death counts
    return any(sum(map(_institutional, values)) >= 0.3 * len(values) for values in _labels(table))


def _periods(table: Table) -> bool:
    """Whether ``table``'s rows are the dates of a series (one a day, a month …), or the dates
    of a series by a key (as many rows as dates times the key's values)."""
    rows = table.row_count or 0
    for column in table.columns:
        if column.semantic != "temporal" or stored_unit(column) is None:
            continue
        dates = column.distinct or 0
        if dates >= _ONE_EACH * rows:
            return True
        for key in table.columns:
            if (
                key.semantic in ("nominal", "geo")
                and abs(dates * (key.distinct or 0) - rows) <= 0.05 * rows
            ):
                return True
    return False
