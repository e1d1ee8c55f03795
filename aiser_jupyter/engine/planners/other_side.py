"""The honesty check's reading of "A vs the rest": the words that name the other side of a
two-valued field the plan groups by ("churned [vs stayed]", "GATT [members vs non-members]",
"Roxygen packages [vs the rest]", "senior citizens [compared with other customers]") are
explained by the grouping, which draws both sides. A plan that keeps one side alone, or
groups by something else, leaves them unexplained; so does a field of more than two values
(the rest of five regions is four of them, or one made of them)."""

from __future__ import annotations

from .facts import Facts, name_words
from .lexicon import lemma
from .stems import verb_roots

__all__ = [
    "PAIR_JOINS",
    "SIDE_BREAKS",
    "VERSUS_WORDS",
    "other_side",
    "paired_side",
    "rest_clause",
    "side_pair",
    "spells_unread",
]

#: the words that set one side against the other, and how many words they take
VERSUS_WORDS = {"vs": 1, "versus": 1, "v": 1, "compared": 2}
#: words that end the other side's phrase
SIDE_BREAKS = frozenset(["by", "per", "in", "as", "for", "over", "across", "from", "since", "each"])
#: how many words the phrase of a side may hold
_REACH = 4
#: two opposite words, either way round, that set both sides of a state side by side
_PAIRS = frozenset([("with", "without"), ("before", "after")])
#: the words between the two of a pair ("with [vs] without the law")
PAIR_JOINS = frozenset(["vs", "versus", "and", "or", "v"])


#: "… and those who [didn't]": a side's verb negated, in one word
_NOT_ONE = frozenset(
    ["didn't", "don't", "doesn't", "weren't", "wasn't", "haven't", "hadn't", "aren't", "isn't",
     "never", "not"]
)  # fmt: skip
#: … or in two ("did not")
_AUX = frozenset(["did", "do", "does", "were", "was", "have", "had", "are", "is"])


def rest_clause(words: list[str], at: int) -> int | None:
    """The end of "[and those who did not]" starting at ``words[at]`` (the other side of a
    side said by a verb just before: "those who voted and those who did not"); else None."""
    if words[at : at + 2] not in (["and", "those"], ["or", "those"]):
        return None
    if words[at + 2 : at + 3] not in (["who"], ["that"], ["which"]):
        return None
    if words[at + 3 : at + 4] and words[at + 3] in _NOT_ONE:
        return at + 4
    if words[at + 3 : at + 4] and words[at + 3] in _AUX and words[at + 4 : at + 5] == ["not"]:
        return at + 5
    return None


def side_pair(words: list[str], i: int) -> bool:
    """Whether ``words[i:i + 3]`` is a pair of opposite words ("with vs without", "before or
    after")."""
    if i + 2 >= len(words) or words[i + 1] not in PAIR_JOINS:
        return False
    return (words[i], words[i + 2]) in _PAIRS or (words[i + 2], words[i]) in _PAIRS


def paired_side(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` is in a pair of opposite words ("with vs without the law") said
    right before a two-valued field the plan groups by: the grouping draws both sides."""
    if not facts.group_fields:
        return False
    for at in range(max(0, i - 2), i + 1):
        if side_pair(words, at):
            after = words[at + 3 : at + 3 + _REACH + 2]
            return any(_two_sided(w, facts) for w in after)
    return False


def other_side(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]`` is in "A vs B" (from the word after A to the end of B) where A,
    the two words before "vs", names a two-valued field the plan groups by."""
    if not facts.group_fields:
        return False
    for at in range(max(0, i - _REACH - 2), min(len(words), i + 3)):
        rest = rest_clause(words, at)  # "those who voted [and those who did not]"
        if rest is not None and _two_sided(words[at - 1], facts) and at <= i < rest:
            return True
        if words[at] not in VERSUS_WORDS:
            continue
        if words[at] == "compared" and words[at + 1 : at + 2] not in (["with"], ["to"]):
            continue
        named = [j for j in range(max(0, at - 2), at) if _two_sided(words[j], facts)]
        if not named:
            continue
        end = start = at + VERSUS_WORDS[words[at]]
        while end < len(words) and end < start + _REACH and words[end] not in SIDE_BREAKS:
            end += 1
        if min(named) < i < end:
            return True
    return False


def _two_sided(word: str, facts: Facts) -> bool:
    """``word`` names a column of two values the plan groups by."""
    said = {word, lemma(word), *verb_roots(word)}  # "those who [voted]" of ``vote``
    return any(
        c.distinct == 2 and c.name in facts.group_fields and said & name_words(c.name)
        for c in facts.read_columns()
    )


def spells_unread(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]``, explained only as a name, is one of two or more words that spell
    a column the plan does not read ("number of R files (x) against [check time] (y)" drawn
    without ``check_time``): the words of its table's name (``check_times``) do not explain
    them where they name a number set on an axis ("against …", "… (y)"); elsewhere they may
    name the table ("in the coffee imports data")."""
    if i not in facts.spelled_other or not facts.measured:
        return False
    if words[i] in facts.measure_names | facts.group_names:
        return False
    before, after = words[max(0, i - 3) : i], words[i + 1 : i + 4]
    return bool({"x", "y"} & set(after) or {"against", "vs", "versus"} & set(before))
