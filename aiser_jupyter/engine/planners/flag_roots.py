"""The root a participle shares with the noun of a state ("insured" and ``insurance``,
"employed" and ``employment``): the participle's verb without its last e, the noun without
its suffix. The planner reads such a word as the yes/no column (:mod:`.rules.flag_forms`);
the honesty check explains it by that column when the plan reads it."""

from __future__ import annotations

from lemminflect import getAllLemmas

__all__ = ["ROOT", "noun_root", "participle_root"]

#: the suffixes of nouns of a state, longest first ("insurance", "employment", "marriage")
_NOUN_SUFFIXES = ("ance", "ence", "ment", "age", "ion", "ing")
#: the shortest root that may match
ROOT = 4


def noun_root(word: str) -> str:
    """ "insurance" → insur; "" when the word has no suffix of a state's noun."""
    for suffix in _NOUN_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= ROOT:
            return word[: -len(suffix)]
    return ""


def participle_root(word: str) -> str:
    """ "insured" → insur, "employed" → employ; "" for no participle, or one negated by a
    prefix ("uninsured": the other side, which only the flag's own name may say)."""
    if not word.endswith("ed") or word.startswith(("un", "non")):
        return ""
    verbs = getAllLemmas(word).get("VERB", ())
    verb = verbs[0] if verbs else ""
    root = verb[:-1] if verb.endswith("e") else verb
    return root if len(root) >= ROOT else ""
