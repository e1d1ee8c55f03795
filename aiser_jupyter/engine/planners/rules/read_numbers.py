"""Recognizers of numbers that limit a chart: top-N ("top 5", "the 3 largest") and
comparisons on rows or groups ("above 20 minutes", "more than 10000 trips", "older than 30")."""

from __future__ import annotations

import re

from ..equivalents import equivalents
from ..number_words import NUMBER_WORDS
from .commonest import commonest_read
from .compare_words import (
    IMPLIED_BY,
    IMPLIED_BY_VERB,
    MEASURED_BY,
    UNIT_WORDS,
    adjective_after,
    extent_in,
)
from .ordinal_values import read_year_olds
from .person_figures import people_words
from .question import Question, Word
from .reading import IMPLIED, Compare, Reading, claim, is_free
from .share_of import claim_share_bases
from .worst import worst_is_most

__all__ = ["read_compares", "read_top"]

#: the words after "the 5" that make it a top N: the superlatives that name their number
#: ("the 3 oldest bakers", "5 cheapest models"; longest first), then the plain ones
_SUPERLATIVE = "|".join(
    [
        *sorted(map(re.escape, IMPLIED), key=len, reverse=True),
        "most|highest|largest|biggest|best|greatest|least|lowest|smallest|worst|fewest",
    ]
)


#: an aggregate right after a superlative ("the shortest average stay"): the superlative sorts
_AGGREGATE_NEXT = re.compile(r" (?:average|mean|median|total|overall|typical)\b")


#: words after "top 3" that keep it inside each group ("in the top 3 of each season"): a
#: rank within the group, never the chart's first three bars
_WITHIN = re.compile(r"^ (?:of|in|for|within) (?:each|every)\b")


def _within_groups(after: str) -> bool:
    return _WITHIN.match(after) is not None


def _a_year(said: str) -> bool:
    """ "highest 2013 uninsured rate": a year said before a number's name, no count of bars."""
    return said.isdigit() and len(said) == 4 and 1900 <= int(said) <= 2100


def _count(said: str) -> int:
    return NUMBER_WORDS.get(said) or int(said)


def read_top(q: Question, r: Reading) -> None:
    if commonest_read(q, r):
        return  # "the 3 most common scores"
    text = q.joined()
    top = re.search(
        r"(?<!\bat )\b(top|first|best|largest|biggest|highest|most|leading) (\d+)(?![.\d])\b", text
    )
    bottom = re.search(
        r"(?<!\bat )\b(bottom|last|worst|smallest|lowest|least|fewest) (\d+)(?![.\d])\b", text
    )
    # "the 5 cities with …", and "5 cities with the highest …" opening the question
    the_n = re.search(rf"(?:\bthe |^)(\d+|{'|'.join(NUMBER_WORDS)}) (?=\w)", text)
    if top and not is_free(q, top):
        top = None  # "over the first 30 days": a range read already, no top 30
    within = top is not None and _within_groups(text[top.end() :])
    if within:
        top = None  # "finished in the top 3 of each season": a rank in each group, no limit
    if top and q.words[q.span(top.start(2), top.end(2))[0]].hyphen:
        top = None  # "highest 7-day viewers": a compound word, not a count
    if bottom and q.words[q.span(bottom.start(2), bottom.end(2))[0]].hyphen:
        bottom = None
    if bottom and bottom[1] == "last" and re.match(_PERIODS, text[bottom.end() :]):
        bottom = None  # "in the last 3 months": the latest periods, a time range
    top, bottom = (None if f and _a_year(f[2]) else f for f in (top, bottom))
    if top:
        # "top 5 cheapest models": the first five of the cheapest, the lowest prices
        sup = re.match(rf" (?:{_SUPERLATIVE})\b", text[top.end() :])
        down = sup is None or IMPLIED.get(sup[0].strip(), ("max",))[0] == "max"
        r.top, r.descending = int(top[2]), down
        claim(q, top, "top N")
    elif bottom:
        r.top, r.descending = int(bottom[2]), worst_is_most(bottom[1], text[bottom.end() :])
        claim(q, bottom, "bottom N")
    elif the_n and 1 <= _count(the_n[1]) <= 100:
        # "the 3 oldest bakers", "the 5 years with the highest inflation": the superlative decides
        after = text[the_n.end() :]
        sup = re.search(rf"\b(?:{_SUPERLATIVE})\b", after)
        if sup:
            r.top = _count(the_n[1])
            if sup[0] not in IMPLIED:  # "the 3 pizzas with the lowest revenue": a sort
                q.claim(*q.span(the_n.end() + sup.start(), the_n.end() + sup.end()), "top N")
            r.descending = (
                IMPLIED[sup[0]][0] == "max"
                if sup[0] in IMPLIED
                else sup[0] not in ("least", "lowest", "smallest", "worst", "fewest")
                or worst_is_most(sup[0], after[sup.end() :])  # "worst years for deaths"
            )
            claim(q, the_n, "top N")
    elif m := re.search(rf"\bwhich (\d+) .*?\b({_SUPERLATIVE})\b", text):
        # "which 3 roles have the shortest average tenure": the superlative only sorts when
        # an aggregate follows it; alone ("the 3 oldest") it also names what is measured
        r.top = int(m[1])
        named = IMPLIED.get(m[2])
        r.descending = (
            named[0] == "max" if named else m[2] in ("most", "highest", "largest", "biggest")
        )
        q.claim(*q.span(m.start(1), m.end(1)), "top N")
        if named is None or _AGGREGATE_NEXT.match(text[m.end() :]):
            q.claim(*q.span(m.start(2), m.end(2)), "top N")
    elif (m := re.search(r"\btop\b", text)) and is_free(q, m) and not within:
        r.top, r.descending = 10, True
        claim(q, m, "top N")
    elif m := re.search(
        r"\bwhich (\w+ )?(?:has|have|had) the (most|highest|largest|fewest|least|lowest)\b", text
    ):
        r.descending = m[2] in ("most", "highest", "largest")
        if m[1] and m[0].split()[-3] == "has":
            r.top = 1  # "which restaurant has the highest …": the one, not each sorted
            if m[2] in ("highest", "largest", "lowest") and not _AGGREGATE_NEXT.match(
                text[m.end() :]
            ):  # "which product has the highest revenue": ranked by it, no maximum of it
                q.claim(*q.span(m.start(2), m.end(2)), "top N")


# ------------------------------------------------------------------ comparisons
_OPS: tuple[tuple[str, str], ...] = (
    (
        r"at or (?:above|over|higher than|more than)|at least|no less than|not less than|greater than or equal to|or more|(?:and|or) (?:more|above|over|older|later|greater|higher|up)|minimum of",
        ">=",
    ),
    (
        r"at or (?:below|under|lower than|less than)|at most|no more than|not more than|less than or equal to|or less|or fewer|(?:and|or) (?:less|below|under|younger|earlier|lower)|maximum of|up to",
        "<=",
    ),
    (
        r"(?:greater|more|larger|higher|bigger|older|longer|heavier|taller|later) than|above|over|exceed(?:s|ing|ed)?|beyond|north of|east of",
        ">",
    ),
    (
        r"(?:less|fewer|smaller|lower|younger|shorter|lighter|earlier) than|below|under|beneath|south of|west of",
        "<",
    ),
    (r"(?:equal to|equals|exactly)", "="),
)


_COORDINATES = r"(?:latitude|longitude|lat|lon|lng|long) "


def _implied_by(said: str) -> tuple[str, ...]:
    """The column a bound's own words imply: "older than 30", "30 or younger" the age, "north
    of latitude 46" the latitude."""
    found = next((v for k, v in IMPLIED_BY.items() if re.search(rf"\b{k}\b", said)), ())
    if not found and (named := re.search(rf"\b{_COORDINATES}", said)):
        return ("latitude" if named[0].startswith("lat") else "longitude",)
    return found


def _typed(word: Word) -> tuple[float | None, float | None]:
    """A word's number, and the number as typed when a scale made it ("9.5 million", "200k":
    9.5 and 200), else None."""
    value = word.number
    if value is None:
        return None, None
    typed = re.match(r"[\d.,]+", word.raw or "")
    raw = float(typed[0].replace(",", "")) if typed else value
    return value, (raw if raw != value else None)


def read_compares(q: Question, r: Reading) -> None:
    words = q.words
    text = q.joined()
    for m in re.finditer(
        r"\b(?:between|in the range of|from) (-?\d+(?:\.\d+)?) (?:and|to) (-?\d+(?:\.\d+)?)\b", text
    ):
        if not is_free(q, m):
            continue
        lo, hi = q.span(m.start(), m.end())
        a, b = q.span(m.start(1), m.end(1))[0], q.span(m.start(2), m.end(2))[0]
        (va, sa), (vb, sb) = _typed(words[a]), _typed(words[b])
        if va is None or vb is None:
            continue
        if sb is not None and sa is None and va < sb:  # "between 20 and 30 thousand", never
            va, sa = va * vb / sb, va  # "between 500 and 2 million" (500 to 2,000,000)
        (low, s_low), (high, s_high) = sorted([(va, sa), (vb, sb)], key=lambda p: p[0])
        r.compares.append(Compare(">=", low, lo, hi, a, between=True, scaled_from=s_low))
        r.compares.append(Compare("<=", high, lo, hi, b, between=True, scaled_from=s_high))
        q.claim(lo, hi, "comparison between")
    _bare_ranges(q, r)
    for m in re.finditer(
        r"\b(older|younger|greater|more|less|bigger|smaller|higher|lower|larger|above|below) than (?:the )?(?:average|mean)\b",
        text,
    ):
        if is_free(q, m):
            lo, hi = q.span(m.start(), m.end())
            op = (
                ">"
                if m[1] in ("older", "greater", "more", "bigger", "higher", "larger", "above")
                else "<"
            )
            r.compares.append(
                Compare(op, 0.0, lo, hi, lo, vs_average=True, implied=IMPLIED_BY.get(m[1], ()))
            )
            q.claim(lo, hi, f"comparison {op} average")
    # "smear-positive", "HIV-negative": half of a compound qualifier, no comparison with 0
    for m in re.finditer(r"(?<![a-z0-9]-)\b(negative|positive|non-negative|nonnegative)\b", text):
        lo, hi = q.span(m.start(), m.end())
        if q.free(lo):
            op = {"negative": "<", "positive": ">"}.get(m[1], ">=")
            r.compares.append(Compare(op, 0.0, lo, hi, lo, after=True))
            q.claim(lo, hi, f"comparison {op} 0")
    _none_of(q, r)
    for pattern, op in _OPS:
        # "30 or below" bounds the number before it; "above 50 or below 46" is two bounds
        ahead = re.sub(r"\|?\(\?:and\|or\) \(\?:[^)]*\)", "", pattern)
        # "north of latitude 46": the coordinate named between the bound and its number
        before = rf"\b(?:{ahead}) (?:a |an |the |{_COORDINATES})?(-?\d+(?:\.\d+)?)\b"
        after = (  # "30 or below", "26 miles or more": a plural unit between
            rf"\b(-?\d+(?:\.\d+)?) (?:(?!and |or |to )[a-z]+s )?(?:{pattern})\b"
            r"(?! (?:than )?(?:a |an |the )?-?\d)"
        )
        for regex, num_group in ((before, 1), (after, 1)):
            for m in re.finditer(regex, text):
                if not is_free(q, m):
                    continue
                lo, hi = q.span(m.start(), m.end())
                ni = q.span(m.start(num_group), m.end(num_group))[0]
                value = words[ni].number
                if value is None:
                    continue
                scaled = _typed(words[ni])[1]
                implied, lo = _implied(q, m[0], lo, hi, value, op)
                r.compares.append(
                    Compare(op, value, lo, hi, ni, scaled_from=scaled, implied=implied)
                )
                _join_alternatives(r.compares, words)
                _claim_compare(q, lo, hi, ni, op)
                # a unit after the number ("50 grams", "20 minutes", "30 mm") belongs to it
                nxt = hi
                if nxt < len(words) and words[nxt].text in UNIT_WORDS:
                    q.claim(nxt, nxt + 1, "unit")
    claim_share_bases(q, r)  # "more than 30% of residents are …": the residents are compared
    read_year_olds(q, r)  # "number of 17-year-olds": age = 17


def _implied(
    q: Question, said: str, lo: int, hi: int, value: float, op: str
) -> tuple[tuple[str, ...], int]:
    """The column a bound's words name, and where the bound begins: "older than 30" (the
    age), "weighing over 100 kg" (the verb before), "patients under 50" (their age), "over 190
    cm tall" (the adjective after, claimed)."""
    words = q.words
    extent = extent_in(said, words[hi].text if hi < len(words) else None)
    implied = extent or _implied_by(said)  # "shorter than 500 miles": a distance
    if not implied and lo and words[lo - 1].text in IMPLIED_BY_VERB:
        return IMPLIED_BY_VERB[words[lo - 1].text], lo - 1
    if not implied and _people_before(words, lo) and 0 < value <= 120:
        return ("age",), lo
    adjective = adjective_after(words, hi)
    if not implied and adjective is not None:
        q.claim(adjective, adjective + 1, f"comparison {op}")
        return MEASURED_BY[words[adjective].text], lo
    return implied, lo


#: "aged 30 to 40", "30-40 years", "rated 3 through 5": two ascending numbers, a range
_BARE_RANGE = re.compile(
    r"\b(\d+(?:\.\d+)?) (?:(?:to|through|thru|until) (\d+(?:\.\d+)?)|-(\d+(?:\.\d+)?))\b"
)


def _bare_ranges(q: Question, r: Reading) -> None:
    """ "employees aged 30 to 40", "ages 30-40": both ends kept (inclusive), on the column the
    words before name — a time range ("2010 to 2015") was read before, and a pair falling
    ("3 to 1") is a ratio or a score, no range."""
    words = q.words
    for m in _BARE_RANGE.finditer(q.joined()):
        if not is_free(q, m):
            continue
        lo, hi = q.span(m.start(), m.end())
        a = q.span(m.start(1), m.end(1))[0]
        b = hi - 1
        if m[3] is not None and not words[a].hyphen:
            continue  # "30 -40": a number and a negative one, not "30-40"
        va, vb = words[a].number, words[b].number
        if va is None or vb is None or not 0 <= va < abs(vb):
            continue
        implied = IMPLIED_BY_VERB.get(words[lo - 1].text, ()) if lo else ()
        if not implied and lo and words[lo - 1].text in people_words() and 0 < vb <= 120:
            implied = ("age",)  # "teenage victims (13 to 19)": their age
        if [w.text for w in words[hi : hi + 2]] in (["year", "olds"], ["years", "old"]):
            implied = ("age",)  # "25 to 34 year olds"
            q.claim(hi, hi + 2, "unit")
        r.compares.append(Compare(">=", va, lo, hi, a, between=True, implied=implied))
        r.compares.append(Compare("<=", abs(vb), lo, hi, b, between=True, implied=implied))
        q.claim(lo, hi, "comparison between")
        if hi < len(words) and words[hi].text in UNIT_WORDS:
            q.claim(hi, hi + 1, "unit")


def _join_alternatives(compares: list[Compare], words: list[Word]) -> None:
    """ "above 50 or below 46": the last comparison is an alternative to the one just before it."""
    new = compares[-1]
    for old in compares[:-1]:
        if old.hi < new.lo and [w.text for w in words[old.hi : new.lo]] == ["or"]:
            new.or_with = old
        elif new.hi < old.lo and [w.text for w in words[new.hi : old.lo]] == ["or"]:
            old.or_with = new


#: the words an operator begins with, never a unit between a number and its operator
_OP_WORD = re.compile(r"^(?:or|and|at|no|not|less|more|fewer|up|than|equal)$")


def _claim_compare(q: Question, lo: int, hi: int, ni: int, op: str) -> None:
    """Claim a comparison's words; a word between its number and its operator is the
    number's unit ("26 [miles] or more"), read as that."""
    word = q.words[ni + 1].text if ni + 1 < hi else ""
    if word.isalpha() and not _OP_WORD.match(word):
        q.claim(ni + 1, ni + 2, "unit")
    q.claim(lo, hi, f"comparison {op}")


#: "had no cholera deaths", "had no rain at all": the amount named after "no" (a plural, or
#: a mass noun that ends the phrase) is 0; "had any rain", "with some rain": above 0
_NONE = re.compile(
    r"\b(?:had|has|have|with|saw|recorded|reported) (no|any|some)"
    r"(?= (?:\w+ ){0,2}\w+(?:s\b(?! ?\()|(?= at all\b| in | on | during |\s*[?.,;]|$)))"
)


#: units of time after "last N": a range of the latest periods, no bottom N
_PERIODS = r" (?:day|week|month|quarter|year|hour)s?\b"


def _none_of(q: Question, r: Reading) -> None:
    """ "days that had no cholera deaths", "days with no rain at all": the number named after
    "no" is 0; "days with some rain", "had any civil war deaths": above 0."""
    for m in _NONE.finditer(q.joined()):
        lo, hi = q.span(m.start(1), m.end(1))
        if q.free(lo):
            op = "=" if m[1] == "no" else ">"
            r.compares.append(Compare(op, 0.0, lo, hi, lo, after=True))
            q.claim(lo, hi, f"comparison {op} 0")


def _people_before(words: list[Word], lo: int) -> bool:
    """The word before a comparison names people ("patients [under 50]", "men over 65")."""
    j = lo - 1
    while j > 0 and lo - j <= 2 and (words[j].text in _WERE or words[j].text.endswith("ed")):
        j -= 1  # "the people arrested [were] under 18": said of them
    before = words[j].text if j >= 0 else ""
    people = before in people_words() or before in equivalents()  # "women over 65"
    return people and words[lo].text in _AGE_BOUNDS


_WERE = frozenset(["were", "was", "are", "is"])


#: the bounds said of people's age after a word for them ("patients under 50")
_AGE_BOUNDS = frozenset(["under", "over", "below", "above"])
