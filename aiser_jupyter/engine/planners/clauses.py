"""Words around an unexplained word that tell what it does: a comparative before a number
("[older] than 40"), a negation ("[not] living"), a relative clause on the noun before it
("bakers who [went] out") — what :mod:`.honesty` reads them as."""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from .words import AUXILIARY_VERBS, is_content

__all__ = [
    "COMPARATIVES",
    "NEGATIONS",
    "RELATIVE",
    "among_those",
    "clause_left_out",
    "hyphenated",
    "in_a_clause",
    "in_relative_clause",
    "negates",
    "number_follows",
]

#: comparatives that, before a number, keep the rows on one side of it
COMPARATIVES = frozenset(
    [
        "smaller",
        "larger",
        "bigger",
        "greater",
        "higher",
        "lower",
        "above",
        "below",
        "under",
        "over",
        "more",
        "less",
        "fewer",
        "exceeding",
        "beyond",
        "older",
        "younger",
    ]
)


def number_follows(i: int, words: list[str]) -> bool:
    if any(w in ("last", "past", "previous", "first", "next") for w in words[i + 1 : i + 3]):
        return False  # "over the last 6 months": a span of time, no comparison
    return any(w.replace(".", "", 1).isdigit() for w in words[i + 1 : i + 4])


#: words that open a clause saying which rows of the noun before them are meant
RELATIVE = frozenset(["who", "whose", "that", "which", "where"])
#: words between the pronoun and the clause's verb ("who [are not] living", "that [have] won")
NEGATIONS = frozenset(
    [
        "not",
        "don't",
        "doesn't",
        "didn't",
        "never",
        "without",
        "except",
        "excluding",
        "none",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
    ]
)


def negates(sql: str) -> bool:
    """Whether the SQL negates: NOT, <>, EXCEPT, or a flag kept at its false side (= 'n',
    = FALSE, = 0: "never admitted to hospital" of hosp = 'n', "no deaths" of deaths = 0)."""
    upper = sql.upper()
    return any(k in upper for k in (" NOT ", "<>", "!=", " EXCEPT ")) or bool(
        _FALSE_SIDE.search(upper)
    )


_FALSE_SIDE = re.compile(r"=\s*(?:'N'|'NO'|'F'|'FALSE'|FALSE|0)(?![\w.])")


def in_relative_clause(
    i: int, words: list[str], why_at: dict[int, str], values: dict[str, set[str]]
) -> bool:
    """The unused verb of a clause on the noun before it ("bakers who [went] out", "ships that
    are [steered] by …") when nothing the clause says is in the plan: the words right after the
    verb name no condition the plan keeps, or hold a value the plan does not filter on."""
    if (
        1 < i < len(words) - 1
        and words[i - 1] == "whose"
        and is_content(words[i - 2])
        and why_at.get(i + 1) in (None, "instruction")  # not "whose family [income]"
    ):
        return True  # "students whose [father] went to college": the clause's subject unread
    if (
        i >= 3
        and words[i - 2] in RELATIVE
        and why_at.get(i - 1) == "instruction"
        and words[i - 1] not in AUXILIARY_VERBS
        and "VERB" in getAllLemmas(words[i - 1])  # "that [changed] party", not "where [the]"
        and why_at.get(i - 3) is not None
        and is_content(words[i])
    ):
        return True  # "seats that changed [party]": the clause's object unread
    j = i - 1
    while j > 0 and words[j] in AUXILIARY_VERBS:
        j -= 1
    if j <= 0 or words[j] not in RELATIVE or not is_content(words[j - 1]):
        return False
    if _closes_clause(i, words) and words[j] != "where":
        return True  # "employees who [left], per job role": the verb is the whole condition
    if why_at.get(j - 1) is None:
        return False
    for k in range(i + 1, min(i + 6, len(words))):
        why = why_at.get(k)
        if words[k] in values and why != "value":
            return True  # "who went out": 'out' is a value (OUT) the plan does not keep
        if why not in (None, "instruction"):
            return False
    return True


#: words that open the next part of a question after a clause ("who left, [per] job role")
_AFTER_CLAUSE = frozenset(["per", "by", "across", "each"])


def _closes_clause(i: int, words: list[str]) -> bool:
    """Whether the clause's verb ``words[i]`` is its last word: the question ends, or goes on
    to how the rows are grouped ("who left, per role", "that closed by year")."""
    return i + 1 == len(words) or words[i + 1] in _AFTER_CLAUSE


def hyphenated(question: str) -> frozenset[str]:
    """The words of the question's hyphenated compounds ("all-wheel-drive cars", "four-year
    colleges"): a compound before a noun qualifies it, so a word of one the plan leaves out
    leaves out which rows are meant."""
    found = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)+", question)
    return frozenset(w.lower() for compound in found for w in compound.split("-"))


#: the words after "among" that stand for rows a clause then describes
_THOSE = frozenset(["those", "them", "people", "the ones", "ones"])


def among_those(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """Word ``i`` describes the rows "among those" means ("among those planning to
    [abstain]", "among people who [rent]"), up to a comma or a grouping, and nothing the
    clause says is in the plan ("among those inspected at least 30 times" is a count kept)."""
    for j in range(i - 1, 0, -1):
        if words[j] in (",", ";") or words[j] in _AFTER_CLAUSE:
            return False
        if words[j - 1] == "among" and words[j] in _THOSE:
            end = next((k for k in range(i, len(words)) if words[k] in _AFTER_CLAUSE), len(words))
            return all(why_at.get(k) in (None, "instruction") for k in range(j + 1, end))
    return False


#: words that open a clause on the rows or the times before them ("since 1900 where the
#: sides had fought before", "in the years when the postal service ran a deficit")
_OPENERS = frozenset(["where", "when", "whenever", "whereby"])


def clause_left_out(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """Word ``i`` is in a "where …"/"when …" clause, up to a comma or a grouping, of which
    the plan explains no word but names: the condition it says is left out."""
    for j in range(i - 1, 0, -1):
        if words[j] in (",", ";") or words[j] in _AFTER_CLAUSE:
            return False
        if words[j] in _OPENERS:
            end = next(
                (k for k in range(i, len(words)) if words[k] in (",", ";", *_AFTER_CLAUSE)),
                len(words),
            )
            said = [why_at.get(k) for k in range(j + 1, end)]  # names alone keep no rows
            return None in said and all(w in (None, "instruction", "name") for w in said)
    return False


def in_a_clause(
    i: int, words: list[str], why_at: dict[int, str], values: dict[str, set[str]]
) -> bool:
    """Word ``i`` says which rows a clause keeps, and the plan keeps none of it: "bakers who
    [went] out", "among those planning to [abstain]", "where the sides had [fought] before"."""
    return (
        in_relative_clause(i, words, why_at, values)
        or among_those(i, words, why_at)
        or clause_left_out(i, words, why_at)
    )
