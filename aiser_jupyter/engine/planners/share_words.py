"""Words that ask for a share ("what [percentage] of prisoners were women", "federal debt as a
[share] of GDP"): the answer is a part over a whole. A plan that draws no share — no pie, no
division, no column that holds one — answers another question (the part's own total), so
the word is a measure left out, never a word of the chart's form."""

from __future__ import annotations

import re

from ..catalog.model import Column
from .facts import Facts
from .kept_words import SEXES, keeps_a_sex
from .lexicon import lemma, split_name
from .roles import holds_share
from .rules.flag_rates import zero_one
from .stems import past_verb

__all__ = ["percent_words", "share_left_out"]

#: words that ask for a part over a whole
SHARE_WORDS = frozenset(
    ["percentage", "percentages", "percent", "proportion", "proportions", "share", "fraction"]
)
#: words of a column's name that say it holds a share already (``perc`` reads percent)
_HOLDS_SHARE = frozenset(
    ["percentage", "percent", "share", "proportion", "fraction", "ratio", "rate", "pct", "p"]
)


def percent_words(question: str, words: list[str]) -> set[int]:
    """The indexes of ``words`` that are numbers written with a percent sign ("90%")."""
    signed = {m.replace(",", "") for m in re.findall(r"(\d[\d,]*(?:\.\d+)?)\s*%", question)}
    return {i for i, w in enumerate(words) if w in signed}


def share_left_out(i: int, words: list[str], facts: Facts, percents: set[int]) -> str | None:
    """What ``words[i]`` is left out as when it asks for a share the plan does not draw: a
    share word ("percentage") a measure, a percent ("more than 90% of applicants" compared
    with a count of acceptances) a number; None when the plan draws one, or it asks for none."""
    word = words[i]
    if i in percents or (
        word.replace(".", "", 1).isdigit() and words[i + 1 : i + 2] == ["percent"]
    ):
        return None if _shows_share(facts, loose=True) else "number"
    if word in ("rate", "rates") and facts.aggregates == {"count"} and not facts.binned:
        return None if _holds_rate(facts) else "measure"  # "release [rate]" drawn as a count
    if word not in SHARE_WORDS:
        return None
    if word == "percent" and i and words[i - 1].replace(".", "", 1).isdigit():
        return None  # "above 6 percent": the unit of the number before, read with it
    if (
        facts.mark != "arc"
        and not (facts.indicator or facts.divides)
        and _kept_next(i, words, facts)
    ):
        return "measure"  # "percentage [female] by branch" drawn as the women of each branch
    if facts.mark == "arc" and _part_kept(i, words, facts):
        return "measure"  # "percentage of finishers who were women" as a pie of women by year
    if facts.indicator and _base_shared(i, words, facts):
        return "measure"  # "percent of the men [progressed] …" drawn as the men's share
    if _of_rows_that(i, words):  # "what percent of orders had a discount": rows' share
        parts = _parts(facts) and not _property_kept(i + 3, words, facts)
        shown = facts.mark == "arc" or facts.divides or facts.indicator or parts
        return (
            None if shown or any(_flag_mean(c, facts) for c in facts.read_columns()) else "measure"
        )
    return None if _shows_share(facts) else "measure"


#: words after "percent of <things>" that say which of them the share is of
_THAT = frozenset(
    ["had", "have", "has", "were", "was", "are", "is", "with", "that", "who", "which"]
)


def _part_kept(i: int, words: list[str], facts: Facts) -> bool:
    """ "[percentage] of 5k finishers who were women": the part ("women", after "who were")
    is what the pie's slices must tell from the rest; a plan that keeps only those rows
    slices them by something else, a share of the part, not the part's share."""
    for j in range(i + 2, min(i + 6, len(words) - 2)):
        if words[j] in ("who", "that", "which") and words[j + 1] in _BE:
            said = set(words[j + 2 : j + 4])
            if said & _slice_values(facts):
                return False  # "share of results that were IN, OUT …" sliced by result
            kept = {s.lower() for s in facts.strings}
            return bool(said & kept) or bool(said & SEXES and keeps_a_sex(facts))
    return False


_BE = frozenset(["were", "was", "are", "is"])


def _kept_next(i: int, words: list[str], facts: Facts) -> bool:
    """ "[percent] female by branch", "[share] with insurance": the word right after the
    share word (or after "with") is a value the plan keeps its rows to — the count of those
    rows is no share of anything."""
    j = i + 2 if words[i + 1 : i + 2] == ["with"] else i + 1
    if j >= len(words):
        return False
    return _kept_word(words[j], facts)


def _kept_word(word: str, facts: Facts) -> bool:
    """Whether ``word`` (or its lemma) is a value the plan keeps its rows to, a sex included."""
    kept = {s.lower() for s in facts.strings}
    return word in kept or lemma(word) in kept or (word in SEXES and keeps_a_sex(facts))


#: words that end the things a share is of ("percent of men [by] region"), not a verb
_AFTER_BASE = frozenset(
    ["by", "in", "per", "for", "across", "over", "among", "each", "and", "or", "vs", "versus",
     "who", "that", "which", "with", "were", "was", "are", "is", "had", "have", "has", "did"]
)  # fmt: skip


def _base_shared(i: int, words: list[str], facts: Facts) -> bool:
    """ "what [percent] of the men progressed to …": the men are the whole the share is taken
    of, and the verb after them (a past form) says which part; a plan whose share is of the
    men's rows among all rows draws the whole's own share, not the part's."""
    if words[i + 1 : i + 2] != ["of"]:
        return False
    j = i + 3 if words[i + 2 : i + 3] == ["the"] else i + 2
    if j + 1 >= len(words) or words[j + 1] in _AFTER_BASE or not words[j + 1].endswith("ed"):
        return False  # "percent of 5k [finishers] who …": the base goes on, no verb yet
    return _kept_word(words[j], facts)


def _property_kept(j: int, words: list[str], facts: Facts) -> bool:
    """ "percentage of courses that are [seminars] in each subject": the property after "that
    are" is a column the plan only keeps its rows by — the count of the kept rows by subject is
    no share of each subject's courses."""
    k = j + 1
    while k < len(words) and words[k] in ("are", "were", "is", "was", "a", "an", "the"):
        k += 1
    if k >= len(words):
        return False
    kept = {s.lower() for s in facts.strings}
    said = lemma(words[k])
    filtered = facts.names - facts.group_names - facts.measure_names
    return words[k] in kept or said in kept or said in filtered


def _slice_values(facts: Facts) -> set[str]:
    """The stored values (lower case) of the fields the plan's pie slices by."""
    sliced = {f.lower() for f in facts.group_fields}
    return {
        str(v).lower()
        for t in facts.read_tables()
        for c in t.columns
        if c.name.lower() in sliced
        for v in c.samples
        if v is not None
    }


def _of_rows_that(i: int, words: list[str]) -> bool:
    """ "[percent] of orders had …", "share of customers who …", "percentage of the polls had
    …", "percentage of people aged 65 or older reported …": a share of rows, whose part a
    relative word or a verb's past form after them says."""
    if words[i + 1 : i + 2] != ["of"]:
        return False
    j = i + 2
    while words[j : j + 1] in (["the"], ["all"]):
        j += 1
    if words[j + 1 : j + 2] and words[j + 1] in _THAT:
        return True
    for k in range(j + 1, min(j + _BASE_REACH, len(words))):
        if words[k] in _AFTER_BASE and words[k] != "or":
            return False  # "percent of men [by] region": the base ends, no part said
        elif past_verb(words[k]):
            return True
    return False


#: how far after the things a share is of their part's verb may stand ("of people aged 65 or
#: older [reported] …")
_BASE_REACH = 7


def _shows_share(facts: Facts, *, loose: bool = False) -> bool:
    """Whether the plan draws a share: a pie, a division, or a column that holds one by its
    name (``pct_female``) or by its values (``collegeGrad``: 0.122 … 0.847); ``loose``, for a
    percent compared, also whole numbers within 0–100 (``PhD``: the percent of faculty)."""
    if facts.mark == "arc" or facts.divides or facts.indicator or _parts(facts):
        return True
    if facts.names & _HOLDS_SHARE:
        return True
    return any(holds_share(c, whole=loose) or _flag_mean(c, facts) for c in facts.read_columns())


def _holds_rate(facts: Facts) -> bool:
    """Whether the plan draws a rate: a division, or a column that holds a share — not a
    count split into parts, which is each part's share of all rows, not a rate within it."""
    if facts.divides or facts.indicator or facts.names & _HOLDS_SHARE:
        return True
    return any(holds_share(c, whole=False) or _flag_mean(c, facts) for c in facts.read_columns())


def _flag_mean(column: Column, facts: Facts) -> bool:
    """The plan averages ``column``, a 0/1 flag: the share of the rows where it is 1."""
    if "mean" not in facts.aggregates or not zero_one(column):
        return False
    return set(split_name(column.name)) <= facts.measure_names


def _parts(facts: Facts) -> bool:
    """A total or count split by a category, not by time: the parts of one whole, each
    category's share of it ("share of revenue by category", drawn as a pie or as bars)."""
    whole = bool(facts.aggregates) and facts.aggregates <= {"sum", "count"}
    return facts.grouped and whole and not facts.units and "year" not in facts.parts
