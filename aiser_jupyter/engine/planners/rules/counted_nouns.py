"""The rows a comparison on a group counts: "clinics with at least 10 invalid tests" (the tests
kept by the value 'invalid'), "codes with at least 20 such strikes", "clinics with more than
500 tests" where the word "tests" also names a column of two kinds of test — no group can
hold 500 distinct kinds of test, so the tests are the rows."""

from __future__ import annotations

from ..lexicon import lemma
from ..roles import is_identifier
from .draft import Draft
from .link import Mention
from .reading import Compare

__all__ = ["counted_rows", "numbered_rows"]

#: words between a number and the noun it counts that say nothing of their own
_SUCH = frozenset(["such", "of", "these", "those"])


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
    if named is None:
        if not skipped or not d.q.free(j):
            return False  # "more than 3100 orders": read by the count words as before
    elif id(named) in d.used or named.column is None or named.hi != j + 1:
        return False
    elif named.column.semantic == "quantitative" or (named.column.distinct or 0) >= cmp.value:
        return False  # "more than 300 colleges": distinct colleges may be that many
    d.q.claim(cmp.hi, j + 1, "counted")
    if named is not None:
        d.take(named, "counted")
    return True


def _plural(text: str) -> bool:
    """A plural noun ("tests", "deaths"), as far as its lemma tells."""
    return len(text) > 3 and text.isalpha() and lemma(text) != text


def numbered_rows(d: Draft, m: Mention) -> bool:
    """ "neighborhoods with more than 150 sales" where the sales are numbered by an identifier
    (``Order`` 1..n): a count of rows, never a comparison on the numbers that name them."""
    col = m.column
    return (
        col is not None
        and col.semantic == "quantitative"
        and is_identifier(m.table, col)
        and m.hi == m.lo + 1
        and _plural(d.q.words[m.lo].text)
    )
