"""An outcome noun a count of rows was drawn for, though nothing in the plan picks those rows.

"wins per year" over a table of games was drawn as the number of games per year: the plan
counts every row, and the one word that says what to count — *wins* — names nothing in the
schema. A plural noun before a grouping usually names the rows themselves ("strikes by
phase of flight", "captures per year"), but an outcome of an event (a win, a loss, a
cancellation) is by its meaning a part of the events, so a count of every row answers
another question. The outcome nouns are a small list of general English, not one dataset's.
"""

from __future__ import annotations

from .facts import Facts
from .lexicon import lemma
from .words import COUNT_CUES

__all__ = ["outcome_verb", "unnamed_counted_plural"]

#: words after which a noun is what a chart is drawn for, grouped by what follows
_GROUP_CUES = frozenset(["by", "per", "across", "over", "for", "each", "in"])
#: outcomes of an event, each naming some of the events (singular forms)
_OUTCOMES = frozenset(
    [
        "win",
        "loss",
        "draw",
        "tie",
        "defeat",
        "victory",
        "success",
        "failure",
        "cancellation",
        "rejection",
        "approval",
        "refusal",
        "denial",
        "default",
        "upset",
        "shutout",
        "dropout",
        "walkover",
        "forfeit",
    ]
)


def unnamed_counted_plural(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """Whether ``words[i]``, unexplained, is the outcome noun a count of all rows stands for."""
    word = words[i]
    if facts.aggregates != {"count"} or lemma(word) == word:
        return False  # a distinct count, a measure, or a singular noun: other rules
    if lemma(word) not in _OUTCOMES:
        return False  # "strikes by phase", "captures per year": the rows themselves
    if COUNT_CUES & set(words) or any(w in ("counted", "rows") for w in why_at.values()):
        return False
    if i + 1 < len(words) and words[i + 1] not in _GROUP_CUES:
        return False  # the head of the phrase is later ("wins [ratio] by year")
    from lemminflect import getAllLemmas

    return "NOUN" in getAllLemmas(word)


#: the verbs of those outcomes ("how many matches did the home team [win]")
_OUTCOME_VERBS = frozenset(
    ["win", "lose", "draw", "tie", "fail", "succeed", "cancel", "reject", "approve", "default"]
)


def outcome_verb(i: int, words: list[str], facts: Facts) -> bool:
    """Whether ``words[i]``, unexplained, is the verb of an outcome said of the rows a plan
    counts ("how many matches did the home team [win]"): it picks some of them, so a count of
    every row answers another question."""
    from lemminflect import getAllLemmas

    if "count" not in facts.aggregates:
        return False
    return bool(set(getAllLemmas(words[i]).get("VERB", ())) & _OUTCOME_VERBS)
