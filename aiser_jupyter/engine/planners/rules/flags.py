"""Yes/no columns named as a property: "official languages", "students on scholarship",
"male people" — a filter on the flag's true (or, negated, false) value, not a column to draw."""

from __future__ import annotations

import re

from sqlglot import exp

from ...catalog.model import Column
from ..both_sides import with_and_without
from ..lexicon import FUNCTION_WORDS, split_name
from ..negated import unprefixed
from .draft import Dim, Draft
from .flag_values import flag_value
from .link import Mention
from .sex_flags import other_sex

__all__ = ["counted_flag", "flag_value", "flags", "property_words"]

_NEGATIONS = {"not", "never", "non", "don't", "doesn't", "isn't", "wasn't", "without", "no"}


def flags(d: Draft) -> None:
    """A free mention of a flag column that nothing groups by: rows where the flag holds;
    both sides of it compared ("repeat guests compared with first-time guests"): a group each."""
    _voted_on(d)
    _compared_sides(d)
    _flag_in_phrase(d)
    for m in d.free():
        column = m.column
        if column is None or m.kind != "column":
            continue
        if any(x.column is column for x in d.dims):
            continue
        if _grouped_by(d, m):
            continue
        before = _said_before(d, m)
        opposite = _opposite(d, m)
        if opposite == "both" and flag_value(column, True) is not None:
            d.dims.append(Dim(m.table, column, words=(m.lo - 2, m.hi), color=bool(d.dims)))
            d.take(m, "grouping")  # "married and [unmarried]": both sides
            continue
        negated = bool(before & _NEGATIONS) or opposite == "negated" or _voted_no(before)
        value = flag_value(column, not negated)
        if value is not None and _of_other(d, m):
            _head_of_other(d, m)
            continue
        if value is None or _property_unsaid(d, m.lo, m.hi, column.name):
            continue
        if d.q.words[m.hi - 1].possessive:
            # "Trump's turnout": whose number, not which rows; no column is Trump's turnout
            # (see owners), so the words stay unread and the plan is refused
            d.used.add(id(m))
            continue
        target = exp.column(column.name, table=m.table.name)
        d.where.append((m.table, exp.EQ(this=target, expression=exp.convert(value))))
        d.take(m, "flag")
        for i in range(_scope(d, m), m.lo):
            if d.q.words[i].text in _NEGATIONS and d.q.free(i):
                d.q.claim(i, i + 1, "negation")


def counted_flag(d: Draft, m: Mention) -> bool:
    """ "number of person searches by race" of a yes/no ``personSearch``: the rows where the
    flag holds are counted (never the flag's two values); False when ``m`` names no flag's
    property ("number of guests" of ``is_repeated_guest``) or the flag is named again (a
    grouping by it)."""
    column = m.column
    if column is None or m.kind != "column":
        return False
    if any(x is not m and x.column is column for x in d.mentions):
        return False  # "the amount of Is_full_time, group by Is_full_time": its two values
    # "number of [unmarried] people": the prefix says the other side, as "not" does
    negated = bool(_said_before(d, m) & _NEGATIONS) or _opposite(d, m) == "negated"
    value = flag_value(column, not negated)
    if value is None or _property_unsaid(d, m.lo, m.hi, column.name) or _of_other(d, m):
        return False
    target = exp.column(column.name, table=m.table.name)
    d.where.append((m.table, exp.EQ(this=target, expression=exp.convert(value))))
    d.take(m, "counted flag")
    for i in range(_scope(d, m), m.lo):
        if d.q.words[i].text in _NEGATIONS and d.q.free(i):
            d.q.claim(i, i + 1, "negation")
    return True


def _said_before(d: Draft, m: Mention) -> set[str]:
    """The words of the four before ``m`` that no other mention stands after: "without tech
    support who [churned]" says nothing negative of churn — "without" is tech support's."""
    return set(d.q.texts(_scope(d, m), m.lo))


def _scope(d: Draft, m: Mention) -> int:
    lo = max(0, m.lo - 4)
    between = [
        x.hi for x in d.mentions if x.column is not m.column and lo < x.hi <= m.lo and x.lo < m.lo
    ]
    return max([lo, *between])


def _of_other(d: Draft, m: Mention) -> bool:
    """ "a primary seat belt law" against ``Guns.law`` (a shall-carry law, yes/no): the word
    right before the flag's name names something of another table (``seatbelts.seatbelt``),
    so the phrase is that table's law, not this flag."""
    return bool(_before(d, m))


def _before(d: Draft, m: Mention) -> list[Mention]:
    """The mentions of other tables right before ``m``, one after another, nearest first."""
    out: list[Mention] = []
    i = m.lo - 1
    while i >= 0:
        x = next(
            (x for x in d.mentions if x is not m and x.lo <= i < x.hi and x.table is not m.table),
            None,
        )
        if x is None:
            break
        out.append(x)
        i = x.lo - 1
    return out


def _head_of_other(d: Draft, m: Mention) -> None:
    """The flag's name word as the head of another table's phrase ("a primary seat belt
    law"): not this flag, nor a grouping by it; the word is left unused, so the question is
    refused rather than answered with this flag."""
    d.mentions.remove(m)


#: words of a flag's name that say nothing of the property ("is_", "has_", "_flag")
_FLAG_WORDS = frozenset(["is", "has", "have", "was", "be", "flag", "ind", "indicator", "yn"])


def property_words(name: str) -> list[str]:
    """The words of a flag's name that say its property (``is_repeated_guest``: repeated,
    guest), without "is", "has", "flag" and function words."""
    return [w for w in split_name(name) if w not in _FLAG_WORDS and w not in FUNCTION_WORDS]


def _property_unsaid(d: Draft, lo: int, hi: int, name: str) -> bool:
    """ "guest countries" against ``is_repeated_guest``: the words name only the flag's head
    (guests), not the property it holds (repeated) — all guests, no condition."""
    words = property_words(name)
    return len(words) > 1 and not _says(d, max(0, lo - 1), hi, words[:-1])


def _says(d: Draft, lo: int, hi: int, words: list[str]) -> bool:
    """Whether words ``lo..hi-1`` hold one of ``words`` or a form of it ("repeat" for
    repeated: the same first five letters)."""
    said = set(d.q.lemmas(lo, hi)) | set(d.q.texts(lo, hi))
    said |= {part for s in said if "-" in s for part in s.split("-")}  # "part-time" of parttime
    return any(
        w in said or any(len(s) >= 5 and len(w) >= 5 and s[:5] == w[:5] for s in said)
        for w in words
    )


#: words that set two sides against each other
_VERSUS = frozenset(["compared", "vs", "versus", "against"])


#: the verb of a vote, and the words after it that say which way ("voted against the bill")
_VOTES = frozenset(["vote", "voted", "votes", "voting"])
_AGAINST = frozenset(["against", "no", "nay"])


def _voted_no(before: set[str]) -> bool:
    """ "voted against the AHCA", "voted no on it": the flag of the vote is 0."""
    return bool(before & _VOTES) and bool(before & _AGAINST)


def _voted_on(d: Draft) -> None:
    """ "voted [against] the AHCA" where both "voted" and "AHCA" name the vote's 0/1 column:
    the verb only says the vote is meant; the rows are kept by its object's mention."""
    free = [m for m in d.free() if m.kind == "column" and m.column is not None]
    for verb in free:
        if d.q.words[verb.lo].text not in _VOTES or verb.hi != verb.lo + 1:
            continue
        if any(x.lo > verb.hi and x.lo <= verb.hi + 3 and x.column is verb.column for x in free):
            d.take(verb, "vote")


def _compared_sides(d: Draft) -> None:
    """Two mentions of one flag with "compared with"/"vs" between, the property said on one
    side ("repeat guests compared with first-time guests"): one group per side of the flag,
    not the same condition twice."""
    free = [m for m in d.free() if m.kind == "column" and m.column is not None]
    for a in free:
        for b in free:
            column = a.column
            if b.lo <= a.hi or b.column is not column or column is None:
                continue
            if flag_value(column, True) is None or any(x.column is column for x in d.dims):
                continue
            words = property_words(column.name)
            between = set(d.q.texts(a.hi, b.lo))
            sexes = {other_sex(d.q.words[x.lo].text, column) for x in (a, b)}
            if len(sexes) == 2 and between & (_VERSUS | {"and", "or"}):
                pass  # "men vs women", "lines for men and women" of a 0/1 ``female``
            elif (
                not between & _VERSUS
                or not words[:-1]
                or not (
                    _says(d, max(0, a.lo - 1), a.hi, words[:-1])
                    or _says(d, b.lo - 1, b.hi, words[:-1])
                )
            ):
                continue
            d.dims.append(Dim(a.table, column, words=(a.lo, a.hi)))
            d.take(a, "compared sides")
            d.take(b, "compared sides")
            return


def _flag_in_phrase(d: Draft) -> None:
    """ "states with and without a 65 mph speed limit" of ``speed65``: a flag of a table the
    question names, every word of its name said in the phrase after "with and without" (in
    any order, other words between) — a group per side, beside any other grouping."""
    words = d.q.texts()
    for i in range(len(words) - 3):
        if words[i] != "with" or words[i + 1 : i + 3] not in (
            ["and", "without"],
            ["or", "without"],
        ):
            continue
        end = min(len(words), i + 9)
        said = set(words[i + 3 : end]) | set(d.q.lemmas(i + 3, end))
        tables = list({id(m.table): m.table for m in d.mentions}.values())
        found = [
            (t, c)
            for t in tables
            for c in t.columns
            if flag_value(c, True) is not None
            and (parts := set(re.findall(r"[a-z]+|[0-9]+", c.name.lower())) - _FLAG_WORDS)
            and len(parts) > 1
            and parts <= said
        ]
        if len(found) != 1 or any(x.column is found[0][1] for x in d.dims):
            return
        table, column = found[0]
        hi = max(j for j in range(i + 3, end) if words[j] in said and _part_of(words[j], column))
        d.dims.append(Dim(table, column, words=(i, hi + 1), color=bool(d.dims)))
        d.q.claim(i, hi + 1, "grouping")
        return


def _opposite(d: Draft, m: Mention) -> str:
    """ "negated" when the mention is a flag's name negated by a prefix ("unmarried" of
    ``married``), "both" when the flag's own word stands just before ("married and
    unmarried"), else ""."""
    column = m.column
    word = d.q.words[m.lo].text if m.hi == m.lo + 1 else ""
    if column is not None and other_sex(word, column):
        return "negated"  # "men" of a 0/1 ``female``
    rest = unprefixed(word)
    if column is None or not rest or rest not in split_name(column.name):
        return ""
    if (
        m.lo >= 2
        and d.q.words[m.lo - 1].text in ("and", "or", "vs", "versus")
        and d.q.words[m.lo - 2].text == rest
    ):
        return "both"
    return "negated"


def _part_of(word: str, column: Column) -> bool:
    return word in re.findall(r"[a-z]+|[0-9]+", column.name.lower())


#: words after a flag that ask for both of its sides ("metro status", "metro or not")
_SIDES = frozenset(["status", "or not"])


def _grouped_by(d: Draft, m: Mention) -> bool:
    """ "by state and metro status", "metro and non-metro counties", "metro or not": both
    sides of a flag asked for — a grouping by the flag (the colour beside another grouping),
    not the rows where it holds."""
    column = m.column
    if column is None or flag_value(column, True) is None:
        return False
    words = d.q.texts()
    if (at := _whether(words, m.lo)) is not None:  # "by whether the family had [low income]"
        later = all(x.words is not None and x.words[0] > m.lo for x in d.dims)
        d.dims.insert(0 if later else len(d.dims), Dim(m.table, column, words=(m.lo, m.hi)))
        d.take(m, "grouping")
        between = range(at + 1, m.lo)  # "the family had a": whose, and the verb
        if len(between) <= 4 and all(_plain_word(d, i) for i in between):
            d.q.claim(at, m.lo, "grouping")
        return True
    end = None
    if " ".join(words[m.hi : m.hi + 1]) in _SIDES or " ".join(words[m.hi : m.hi + 2]) in _SIDES:
        end = m.hi + (1 if words[m.hi] == "status" else 2)
    elif words[m.hi : m.hi + 1] and words[m.hi] in ("and", "or", "vs", "versus"):
        said = "-".join(words[m.lo : m.hi])
        other = next((x for x in d.free() if x.column is column and x.lo > m.hi), None)
        after = words[m.hi + 1 : m.hi + 2]
        if after in ([f"non-{said}"], [f"non{said}"], [f"un{said}"]):
            end = m.hi + 2  # "metro and non-metro", "married and unmarried": one word
        elif other is not None and words[m.hi + 1 : other.lo] in (["non"], ["not"]):
            end = other.hi
            d.take(other, "grouping")
        elif after == ["not"] and (other is None or other.lo > m.hi + 2):
            end = m.hi + 2  # "minority vs not"
        elif after == ["without"] and m.lo and words[m.lo - 1] == "with":
            end = m.hi + 2  # "with kids vs without"
    if end is None:
        end = _against_the_rest(d, m)
    start = m.lo - 1 if end and words[end - 1] == "without" else m.lo
    if end is None and (span := with_and_without(d.q.texts(), m.lo, m.hi)) is not None:
        start, end = span  # "states with and without a shall-carry law"
    if end is None:
        return False
    if start < m.lo:
        d.dims = [x for x in d.dims if x.words is None or not _rows_before(d, x.words, start)]
        d.q.claim(start, m.lo, "grouping")
    d.dims = [x for x in d.dims if x.words is None or not m.lo <= x.words[0] < end]
    d.dims.append(Dim(m.table, column, words=(m.lo, end), color=bool(d.dims)))
    d.take(m, "grouping")
    d.q.claim(m.hi, end, "grouping")
    return True


def _whether(words: list[str], lo: int) -> int | None:
    """Where "whether" is in "by whether …" ("by job type and whether …") within the few words
    before ``lo`` (both sides of what follows are asked for), or None."""
    start = max(0, lo - 8)
    before = words[start:lo]
    if "whether" not in before:
        return None
    at = start + before.index("whether")  # "by job type and whether the applicant has …"
    return at if "by" in words[max(0, at - 6) : at] else None


def _plain_word(d: Draft, i: int) -> bool:
    """A free word of letters no mention covers: "the", "family", "had", never a number or a
    name the plan would then leave out."""
    return (
        d.q.free(i)
        and d.q.words[i].text.isalpha()
        and d.q.words[i].number is None
        and not any(x.lo <= i < x.hi for x in d.mentions)
    )


#: words for the other side of a flag ("vs the other districts", "compared with the rest")
_REST = (
    ["the", "other"],
    ["other"],
    ["others"],
    ["the", "others"],
    ["the", "rest"],
    ["all", "other"],
)


def _against_the_rest(d: Draft, m: Mention) -> int | None:
    """ "coastal districts vs the other districts": the flag's rows set against the others
    — the end of those words (row nouns taken as the rows), or None."""
    from ..row_things import rows_are

    words = d.q.texts()
    i = m.hi
    nouns = [x for x in d.free() if x.kind == "column" and x.column is not None]
    noun = next(
        (x for x in nouns if x.lo == i and (rows_are(x.table, x.column) or x.table is m.table)),  # type: ignore[arg-type]
        None,
    )
    i = noun.hi if noun is not None else i
    if i >= len(words) or words[i] not in ("vs", "versus", "against", "compared", "and"):
        return None
    i += 2 if words[i] == "compared" else 1
    rest = next((r for r in _REST if words[i : i + len(r)] == r), None)
    if rest is None:
        return None
    end = i + len(rest)
    after = next(  # "S&P 500 and other [firms]": the rows, even of a panel that repeats them
        (x for x in nouns if x.lo == end and (rows_are(x.table, x.column) or x.table is m.table)),  # type: ignore[arg-type]
        None,
    )
    for x in (noun, after):
        if x is not None:
            d.take(x, "rows")
    end = after.hi if after is not None else end
    d.q.claim(m.hi, end, "grouping")
    return end


def _rows_before(d: Draft, words: tuple[int, int], start: int) -> bool:
    """ "states with and without X": the noun the phrase qualifies is the rows split in two,
    not a grouping of its own — unless grouped by it ("by state with and without X")."""
    lo, hi = words
    return hi == start and d.q.texts(max(0, lo - 1), lo) not in (["by"], ["per"], ["each"])
