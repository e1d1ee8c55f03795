"""The rows a comparison on a group counts: "clinics with at least 10 invalid tests" (the tests
kept by the value 'invalid'), "codes with at least 20 such strikes", "clinics with more than
500 tests" where the word "tests" also names a column of two kinds of test — no group can
hold 500 distinct kinds of test, so the tests are the rows."""

from __future__ import annotations

from ...catalog.model import Column
from ..lexicon import lemma, split_name
from ..roles import is_identifier, plural_name
from .draft import Draft
from .flags import counted_flag
from .in_range import in_range
from .link import Mention
from .reading import Compare

__all__ = [
    "counted_rows",
    "fractional",
    "harmed_people",
    "measured_name",
    "measured_plural",
    "numbered_rows",
    "take_counted",
]


def take_counted(d: Draft, m: Mention) -> None:
    """The noun a group's count counts: the rows a yes/no flag it names keeps ("regions with
    more than 50 smokers": smoke = 'Yes'), or the rows it names."""
    said = lemma(d.q.words[m.hi - 1].text)
    counts = any(  # "more than 20k retweets" beside retweet_count: that number, not is_retweet
        c is not m.column and c.semantic == "quantitative" and said in split_name(c.name)
        for c in m.table.columns
    )
    if counts or not counted_flag(d, m):
        d.take(m, "counted")


#: words between a number and the noun it counts that say nothing of their own
_SUCH = frozenset(["such", "of", "these", "those"])


def fractional(d: Draft, cmp: Compare) -> bool:
    """Whether ``cmp``, or the other end of its range, bounds with a fraction ("between 1 and
    1.5 carats"): no count of rows is compared, which is a whole number."""
    return any(
        not float(c.value).is_integer()
        for c in d.r.compares
        if c is cmp or (c.between and cmp.between and (c.lo, c.hi) == (cmp.lo, cmp.hi))
    )


def counted_rows(d: Draft, cmp: Compare) -> bool:
    """Whether ``cmp`` compares a group's count of rows, named by a plural noun after the
    number (past values that keep the rows: "10 invalid tests"); claims the noun."""
    j, skipped, last = cmp.hi, 0, None
    while j < len(d.q):
        value = next(
            (m for m in d.mentions if m.lo == j and m.kind == "value" and id(m) in d.used), None
        )
        if value is not None:
            j, skipped, last = value.hi, skipped + 1, value
        elif d.q.words[j].text in _SUCH and d.q.free(j):
            j, skipped = j + 1, skipped + 1
        else:
            break
    if (
        last is not None
        and last.hi == j
        and _plural(d.q.words[j - 1].text)
        and not (j < len(d.q) and _plural(d.q.words[j].text))
    ):
        d.q.claim(cmp.hi, j, "counted")  # "more than 195 deaths": the rows the value keeps
        return True
    if j >= len(d.q):
        return False
    word = d.q.words[j]
    if word.number is not None or not _plural(word.text):
        return False
    named = next((m for m in d.mentions if m.lo == j), None)
    if named is not None and _scores_counted(d, cmp, named):
        return True
    if named is None:
        if not skipped or not d.q.free(j):
            return False  # "more than 3100 orders": read by the count words as before
    elif id(named) in d.used or named.column is None or named.hi != j + 1:
        return False
    elif named.column.semantic == "quantitative" or (named.column.distinct or 0) >= cmp.value:
        return False  # "more than 300 colleges": distinct colleges may be that many
    d.q.claim(cmp.hi, j + 1, "counted")
    if named is not None:
        take_counted(d, named)
    return True


#: the highest a scale's top may be for a count far above it to count its rows ("1000 ratings"
#: of a 0.5–5 rating)
_SCALE = 10


def _scores_counted(d: Draft, cmp: Compare, named: Mention) -> bool:
    """ "users with more than 1000 ratings" of a rating on a 0.5–5 scale: no sum of scores is
    meant, each row is one rating, so its rows are counted (the scale read as the measure
    only because no other number was named is then no measure)."""
    col = named.column
    top = col.max if col is not None else None
    if col is None or col.semantic != "quantitative" or not isinstance(top, (int, float)):
        return False
    if named.hi != named.lo + 1 or not 0 < top <= _SCALE or cmp.value <= _SCALE * top:
        return False
    if cmp.scaled_from is not None and in_range(col, cmp) == cmp.scaled_from:
        return False  # "above 9.5 million barrels" of a column kept in millions of barrels
    measured = [m for m in d.measures if m.column is col and not m.explicit]
    if id(named) not in d.used:
        measured = []  # "best-rated on average among those with 100 ratings": kept
    elif not measured:
        return False
    for m in measured:
        d.measures.remove(m)
    d.used.add(id(named))
    d.q.used.update({i: "counted" for i in range(cmp.hi, named.hi)})
    return True


def _plural(text: str) -> bool:
    """A plural noun ("tests", "deaths"), as far as its lemma tells."""
    return len(text) > 3 and text.isalpha() and lemma(text) != text


def numbered_rows(d: Draft, m: Mention) -> bool:
    """ "neighborhoods with more than 150 sales" where the sales are numbered by an identifier
    (``Order`` 1..n): a count of rows, never a comparison on the numbers that name them."""
    col = m.column
    if col is None or col.semantic != "quantitative":
        return False
    if is_identifier(m.table, col):
        return m.hi == m.lo + 1 and _plural(d.q.words[m.lo].text)
    return measured_plural(col, d.q.words[m.hi - 1].text)


#: the database types of numbers measured on a scale (a time, a price), never counts
_SCALES = ("float", "double", "real", "decimal", "numeric")


def measured_plural(col: Column, word: str) -> bool:
    """ "more than 30 record times" of a ``Time`` of fractions (minutes): a quantity measured
    on a scale has no plural that adds it up — "30 times" are 30 rows, each one measurement.
    Not of a column named in the plural (``deaths``), nor of whole numbers (``goal``)."""
    scaled = any(k in col.type.lower() for k in _SCALES)
    return (
        scaled
        and not plural_name(col.name)
        and word not in col.name.lower()  # ``viewers_7day``: the plural is its own name
        and _plural(word)
        and lemma(word) in split_name(col.name, expand=False)
    )


#: the names of quantities measured on a scale that no share is named by
_MEASURED = frozenset(
    ["time", "duration", "length", "weight", "height", "distance", "speed", "temperature", "age"]
)


def measured_name(col: Column) -> bool:
    """A column named as a quantity measured on a scale (``time`` of record times in
    minutes, 3.4 … 9.9): no share, whatever its range."""
    return bool(_MEASURED & set(split_name(col.name, expand=False)))


#: people harmed, counted by events that are no people ("more than 100 deaths" of crashes)
_HARMED = frozenset(["death", "fatality", "casualty", "injury", "victim", "injured", "killed"])
#: words of a table's name that make its rows harmed people, one each
_OF_PEOPLE = frozenset(
    [*_HARMED, "homicide", "murder", "killing", "shooting", "stabbing", "assault", "patient"]
)


def harmed_people(d: Draft, word: str) -> bool:
    """ "phases with more than 100 [deaths]" of a list of crashes: each crash may kill many, so
    the deaths are no count of its rows (they are a number some column may hold); only a table
    whose rows are the harmed (a list of homicides, of deaths) counts them by its rows."""
    if lemma(word) not in _HARMED:
        return False
    return not any(set(split_name(t.name)) & _OF_PEOPLE for t in d.tables() or d.catalog.tables)
