"""The noun of a table's rows when the table is not named after it: "bookings" in a table
``hotel_rates`` with a column ``booking_changes``.

Analysts call a table's rows by what each row is ("number of bookings", "pie of bookings by
meal plan", "average lead time of bookings from Germany", "nights per booking"), and a
schema often holds that noun only as a modifier of its columns' names: ``booking_changes``
(changes of a booking), ``order_total``'s sibling ``order_status``. Such a word names no
column (the head of ``booking_changes`` is *changes*, see :mod:`.heads`) and no table; when
the plan reads one table and counts its rows, or averages over them ("of bookings", "per
booking"), the word is explained by those rows.
"""

from __future__ import annotations

from .aligned import number_first
from .both_sides import splits_in_two
from .facts import Facts, name_words
from .genus import names_the_grouped
from .heads import head_index
from .lexicon import FUNCTION_WORDS, SYNONYMS, abbreviates, lemma, split_name
from .negated import unprefixed
from .other_side import PAIR_JOINS
from .row_grain import one_per_row
from .row_things import names_row_things
from .words import CALENDAR_WORDS

__all__ = ["names_rows", "picks_unused_column", "rows_word", "with_and_without"]

#: words before the noun that make it the rows an average or a count runs over
_OVER = frozenset(["of", "per", "each", "every"])
#: words before the noun that ask for a quantity of it ("total bookings", "average bookings")
_ASKING = frozenset(
    ["total", "sum", "average", "mean", "median", "maximum", "minimum", "max", "min", "most"]
)


def names_rows(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` names the rows of the one table the plan reads, as a modifier of
    that table's column names only, where the plan counts those rows or averages over them."""
    word = words[i]
    base = lemma(word)
    prev = words[i - 1] if i else ""
    if not word.isalpha() or prev in _ASKING or len(facts.tables) != 1:
        return False
    if base == word and prev not in ("per", "each", "every"):
        return False  # a singular noun is a quantity ("booking lead time"), unless "per booking"
    if not _modifies_columns(base, next(iter(facts.tables)), facts):
        return False
    if facts.aggregates <= {"count"}:
        return True  # "number of bookings", "bookings by meal plan": the rows counted
    if facts.aggregates & {"sum", "max", "min"}:
        return False  # "total nights per booking" is not a sum over all bookings
    return prev in _OVER  # "average lead time of bookings", "nights per booking"


def _modifies_columns(base: str, table_name: str, facts: Facts) -> bool:
    """Whether ``base`` is a word of some number's name in the table, always before that
    name's head, of no other column's name, and no word of the table's own name (which the
    linker reads as the table)."""
    catalog = facts.catalog
    table = catalog.table(table_name) if catalog is not None else None
    if table is None or base in split_name(table.name):
        return False
    found = False
    for column in table.columns:
        for said in (split_name(column.name), split_name(column.name, expand=False)):
            if base not in said:
                continue
            if said.index(base) >= head_index(said):
                return False  # the head of a name ("changes"), or after it: a column's word
            if column.semantic != "quantitative":
                return False  # "payment methods" of payment_method_code: a category's words
            if _counts_of(said, base):
                return False  # "number of individuals" beside Individuals.Affected: its sum
            found = True
    return found


def _counts_of(said: list[str], base: str) -> bool:
    """Whether a number's name is ``base`` and a participle (``customers_affected``,
    ``people_served``): a count of those things, not a word about the rows."""
    from lemminflect import getAllLemmas

    at = said.index(base)
    rest = said[at + 1 :]
    return len(rest) == 1 and rest[0].endswith("ed") and "VERB" in getAllLemmas(rest[0])


def _named_at(word: str, base: str, words: list[str]) -> int | None:
    """Where ``word`` stands in a column name's ``words``: as itself, or clipped ("medical"
    of ``med`` in ``meddol``, beside ``drugdol``)."""
    for at, piece in enumerate(words):
        if piece in (word, base) or (len(piece) >= 3 and abbreviates(piece, word)):
            return at
    return None


def picks_unused_column(word: str, facts: Facts) -> bool:
    """Whether ``word`` is a modifier that tells a column of the plan's tables from its
    siblings ("assigned" of ``assigned_room_type`` beside ``reserved_room_type``) and the
    plan reads no column it modifies: the question named a column the chart leaves out."""
    catalog = facts.catalog
    if catalog is None or not word.isalpha():
        return False
    base = lemma(word)
    hit = False
    for name in facts.tables:
        table = catalog.table(name)
        if table is None:
            continue
        heads: dict[str, int] = {}
        for column in table.columns:
            words = split_name(column.name)
            if words:
                key = words[head_index(words)]
                heads[key] = heads.get(key, 0) + 1
        for column in table.columns:
            words = split_name(column.name)
            at = _named_at(word, base, words)
            if at is None:
                continue
            if (name.lower(), column.name.lower()) in facts.columns:
                return False  # the plan reads a column the word names
            head = head_index(words)
            hit = hit or (at < head and heads.get(words[head], 0) > 1)
    return hit


#: nouns of the records a table keeps of its things: "breach reports", "crash records"
_RECORDS = frozenset(["report", "record", "incident", "case", "entry", "filing"])


def records_rows(i: int, words: list[str], facts: Facts) -> bool:
    """ "number of breach [reports]": a noun of records right after a word of the name of
    the one table the plan reads, whose rows the plan counts — each row is such a record."""
    catalog = facts.catalog
    if catalog is None or i == 0 or len(facts.tables) != 1 or not facts.aggregates <= {"count"}:
        return False
    table = catalog.table(next(iter(facts.tables)))
    return (
        table is not None
        and lemma(words[i]) in _RECORDS
        and lemma(words[i - 1]) in split_name(table.name)
    )


def rows_modifier(i: int, words: list[str], facts: Facts) -> bool:
    """ "pie chart of [test] results" over ``covid_testing``, "[order] status" in ``orders``:
    a noun right before a name the chart groups by, naming the rows of the one table the
    plan reads (the last word of its name, as a noun or the verb "testing" comes from)."""
    catalog = facts.catalog
    if catalog is None or i + 1 >= len(words) or len(facts.tables) != 1:
        return False
    if lemma(words[i + 1]) not in facts.group_names or not words[i].isalpha():
        return False
    table = catalog.table(next(iter(facts.tables)))
    last = split_name(table.name)[-1:] if table is not None else []
    if not last or lemma(words[i]) != words[i]:
        return False  # "tests result": a plural is no modifier
    from lemminflect import getAllLemmas

    forms = {last[0], *(x for found in getAllLemmas(last[0]).values() for x in found)}
    return words[i] in forms


def rows_word(i: int, words: list[str], facts: Facts) -> str | None:
    """Why a word names the rows: "number of [bookings]" beside booking_changes, "metro
    [counties]" where each row is a county; "metro and [non]-metro": both sides grouped.
    Never "per [year]": a time axis asked for."""
    if i and words[i - 1] in ("per", "by", "each") and lemma(words[i]) in CALENDAR_WORDS:
        return None
    if names_rows(i, words, facts) or names_row_things(i, words, facts):
        return "rows"
    if records_rows(i, words, facts) or rows_modifier(i, words, facts):
        return "rows"
    if one_per_row(i, words, facts) or names_the_grouped(i, words, facts):
        return "rows"  # "number of [ratings]" beside rating; "[municipalities] by type"
    if words[i] == "non" and facts.grouped and i + 1 < len(words):
        return "both sides" if lemma(words[i + 1]) in facts.names else None
    if facts.grouped and (rest := unprefixed(words[i])) and lemma(rest) in facts.group_names:
        return "both sides"  # "married and [unmarried]" grouped by married
    if splits_in_two(i, words, facts):
        return "both sides"
    return "both sides" if with_and_without(i, words, facts) else None


_VS = frozenset(["vs", "versus", "or", "and"])


def with_and_without(i: int, words: list[str], facts: Facts) -> bool:
    """ "states with and [without] a 65 mph speed limit" grouped by ``speed65``: the words
    after name a field the chart groups by, so both sides are drawn."""
    if words[i] in ("not", "without") and i >= 2 and words[i - 1] in _VS:
        before = words[max(0, i - 4) : i - 1]  # "minority vs [not]", "with kids vs [without]"
        if words[i] == "without":
            if "with" not in before:
                return False
            before = before[len(before) - before[::-1].index("with") :]
        if facts.group_names & {lemma(w) for w in before}:
            return True  # "with kids vs [without]": the words before name the grouping
    if words[i] != "without" or i < 2 or words[i - 2] != "with" or words[i - 1] not in PAIR_JOINS:
        return False  # "with and [without]", "with vs [without]"
    rest = words[i + 1 : i + 6]
    said = {lemma(w) for w in rest}
    said |= {s for w in list(said) for s in SYNONYMS.get(w, ())}  # "a job" of employed
    return any(
        number_first(f, rest) or bool(name_words(f) & said - FUNCTION_WORDS)
        for f in facts.group_fields
    )
