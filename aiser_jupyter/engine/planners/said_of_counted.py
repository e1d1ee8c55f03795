"""What the counted rows did or were: "how many patients [died]", "how many were still
[alive]", "men who [injected] drugs".

A verb or a predicate adjective said of the noun a plan counts picks which of those rows are
counted. Left unexplained, the plan counts them all — a number that looks right under the
question's title and answers another one. Verbs that only say the rows exist ("were
released", "were recorded") pick none, and a verb whose object the plan reads ("arrived
from [JFK]") is explained by that object.
"""

from __future__ import annotations

from .facts import Facts
from .lexicon import FUNCTION_WORDS, SYNONYMS

__all__ = ["said_of_counted"]

#: the forms of "be" and "stay" a predicate adjective follows ("were [alive]")
_COPULAS = frozenset(
    ["is", "are", "was", "were", "be", "been", "being", "remain", "remained", "stayed", "still"]
)
#: verbs that say the counted rows exist or were kept, never which of them are meant
_EXISTENCE = frozenset(
    [
        "be",
        "have",
        "do",
        "exist",
        "record",
        "register",
        "report",
        "list",
        "log",
        "include",
        "contain",
        "make",
        "release",
        "issue",
        "file",
        "produce",
        "publish",
        "found",
        "create",
        "open",
        "hold",
        "take",
        "give",
        "show",
        "appear",
        "enter",
        "add",
        "count",
        "see",
        "get",
        "happen",
        "occur",
        "total",
        "sell",
        "buy",
        "play",
    ]
)
#: what joins the verb to the word that says whom it is said of
_LINKS = FUNCTION_WORDS | frozenset(["a", "an", "the", "any", "some", "their", "its"])
#: words that may stand between a verb and the word it is said of ("was [still] alive")
_ADVERBS = frozenset(["still", "also", "ever", "never", "not", "actually", "really"])
#: the particles of phrasal verbs ("came [out] in the 1990s", "carried [out]")
_PARTICLES = frozenset(["out", "up", "off", "down", "away", "back", "over", "in", "on"])
#: words after which a noun is a grouping, not an object ("in each [state]")
_GROUP_CUES = frozenset(["by", "per", "each", "every", "across"])


def said_of_counted(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """Whether ``words[i]``, unexplained, is a verb or a predicate adjective said of the rows
    a count of rows counts, ending its clause or with an object the plan does not read."""
    from lemminflect import getAllLemmas

    if "count" not in facts.aggregates or not _after_counted(i, words, why_at):
        return False
    if {"each", "every", "per"} & set(words[:i]):
        return False  # "how many courses each teacher [taught]": said of each group
    found = getAllLemmas(words[i])
    noun = "NOUN" in found and set(found.get("VERB", ())) <= set(found["NOUN"])  # not "given"
    if noun and _predicate_noun(i, words, why_at):
        return True  # "how many days were [weekends]": which days, as a noun
    if not found or "NOUN" in found or "PROPN" in found or _said_of_other(i, words, why_at):
        return False  # "how many [databases]": a noun; "one execution [carried] out": said of it
    verbs = set(found.get("VERB", ()))
    if verbs and words[i] not in verbs and not (verbs & _EXISTENCE or _read(verbs, facts)):
        return _unexplained_after(i, words, why_at)  # "died", "injected drugs"
    return set(found) == {"ADJ"} and bool(i) and words[i - 1] in _COPULAS  # "still [alive]"


def _predicate_noun(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """A noun right after "were"/"are" said of the counted rows ("how many days were
    [weekends]", "how many were [smokers]"): it says which of them are counted."""
    if i < 2 or words[i - 1] not in _COPULAS or words[i - 1] == "still":
        return False
    return why_at.get(i - 2) in ("counted", "rows", "counted rows") or words[i - 3 : i - 1] == [
        "how",
        "many",
    ]


def _read(verbs: set[str], facts: Facts) -> bool:
    """A verb whose name, or a synonym of it, is a word of a column the plan reads ("died" of
    ``death``, "diagnosed" of ``diag``): the plan keeps the rows it says."""
    for verb in verbs:
        if verb in facts.names or any(s in facts.names for s in SYNONYMS.get(verb, ())):
            return True
        if any(len(n) >= 4 and verb.startswith(n[:4]) for n in facts.names):
            return True
    return False


def _after_counted(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """A word the plan reads as the counted rows stands before ``i`` ("how many patients")."""
    return any(why_at.get(j) in ("counted", "rows") for j in range(i)) or (
        "many" in words[:i] and words[max(0, words.index("many") - 1)] == "how"
    )


def _said_of_other(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """The word right before the verb, past "was" and "still", is one the plan reads other
    than the counted rows: the verb is said of it ("one [execution] carried out", "each
    [teacher] taught")."""
    j = i - 1
    while j >= 0 and (words[j] in _COPULAS or words[j] in _ADVERBS):
        j -= 1
    if j >= 2 and words[j - 2 : j] == ["how", "many"]:
        return False  # "how many [arrestees] were jailed": said of the counted rows
    return j >= 0 and why_at.get(j) not in (None, "instruction", "counted", "rows", "aggregate")


def _unexplained_after(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """Nothing follows the verb in its clause ("how many patients [died]?"), or its object is
    a word the plan does not read ("[injected] drugs"); a time, a place or a grouping the plan
    reads after it ("captured [each] year", "sent from [Android]") says when or where."""
    for j in range(i + 1, len(words)):
        if words[j] in _GROUP_CUES or words[j] in (",", ";", "and", "or", "?", "."):
            return words[j] not in _GROUP_CUES
        if words[j] in _COPULAS:
            return True  # "who fought back [were] there …": its clause ended, nothing read
        if words[j] in _LINKS or words[j] in _PARTICLES or not words[j].isalnum():
            continue
        if why_at.get(j) == "instruction":
            continue  # "came out [between] 2015 and 2017"
        return why_at.get(j) is None
    return True
