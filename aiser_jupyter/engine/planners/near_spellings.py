"""Near spellings of one-word names ("revenu" for revenue): the last resort of the linker,
below every exact, clipped or lexicon match (a near spelling scores 0.8 of the name's)."""

from __future__ import annotations

from typing import Any

from .condition_words import condition_nouns
from .lexicon import split_name

__all__ = [
    "MIN_VALUE_LETTERS",
    "common_word",
    "letter_apart",
    "near_links",
    "near_spellings",
    "near_values",
    "value_index",
]

#: words never read as a near spelling of a name (plain text, split on whitespace)
_STOP_WORDS = """
    show what which total average number count each month year week from with over time
    chart plot graph line many much than more less most least give list find display
    sorted order descending ascending they them there their this that those these have
    does where when whose since before after between during monthly yearly daily weekly
    quarterly share versus against scatter stacked grouped percentage proportion
    distribution
    """
_STOP = frozenset(_STOP_WORDS.split())


def near_spellings(
    phrases: dict[tuple[str, ...], list[tuple[str, Any, Any, float]]],
    tokens: list[str],
    taken: set[int],
) -> list[tuple[int, tuple[str, Any, Any, float]]]:
    """``(index, (kind, table, column, score))`` for each free token of four letters or more
    that is a near spelling (ratio ≥ 86) of a one-word phrase of four letters or more."""
    from rapidfuzz import fuzz, process

    singles = {k[0]: v for k, v in phrases.items() if len(k) == 1 and len(k[0]) >= 4}
    choices = list(singles)
    out = []
    for i, tok in enumerate(tokens):
        if i in taken or len(tok) < 4 or tok in _STOP:
            continue
        best = process.extractOne(tok, choices, scorer=fuzz.ratio, score_cutoff=86)
        if best:
            if _two_words(tok, best[0]):
                continue  # "mothers" is no misspelt ``other``: two words of their own
            for kind, table, column, score in singles[best[0]]:
                own = split_name(column.name if column is not None else table.name)
                if best[0] in own:  # "employees" is no misspelt "employed", a synonym of job
                    out.append((i, (kind, table, column, score * 0.8)))
    return out


#: how often a word must occur in ``wordsegment``'s corpus (of a trillion words) to be a
#: word of its own, never a misspelling: "mother" 57 M, "other" 978 M; misspellings stay
#: below 1 M ("adress" 0.98 M, "costumer" 0.14 M)
_EVERYDAY = 2_000_000


#: prefixes that make the opposite of a word ("unemployed" of employed)
_NEGATING = ("un", "non", "in", "im", "dis")


def common_word(word: str) -> bool:
    """``word`` is a common English word (``wordsegment``'s corpus), no slip of the keys."""
    import wordsegment

    if not wordsegment.UNIGRAMS:
        wordsegment.load()
    return bool(wordsegment.UNIGRAMS.get(word, 0) >= _EVERYDAY)


def _two_words(word: str, name: str) -> bool:
    """``word`` and ``name`` are two common English words that are no forms of one another:
    not one stem ("healthy" of health, "primarily" of primary) nor a negation ("unemployed"
    of employed); "mothers" of ``other`` is no slip of the keys."""
    if not (common_word(word) and common_word(name)):
        return False
    if word[:4] == name[:4]:
        return False
    return not any(
        a == p + b or a == p + "-" + b for p in _NEGATING for a, b in ((word, name), (name, word))
    )


#: letters a word must have to be read as a near spelling of a value
MIN_VALUE_LETTERS = 6


def value_index(values: dict[tuple[str, ...], list[Any]]) -> dict[str, list[str]]:
    """The one-word values of six letters or more, by their first two letters: what
    :func:`near_values` compares a word with (built once per linker)."""
    index: dict[str, list[str]] = {}
    for key in values:
        if len(key) == 1 and len(key[0]) >= MIN_VALUE_LETTERS and key[0].isalpha():
            index.setdefault(key[0][:2], []).append(key[0])
    return index


def near_values(
    index: dict[str, list[str]], tokens: list[str], taken: set[int]
) -> list[tuple[int, tuple[str, ...]]]:
    """``(index, key)`` for each free word of six letters or more that is one letter away
    (one changed, added or dropped) from exactly one one-word value of six letters or more,
    the first two letters alike: "diarrhoea" for a cause written ``Diarrhaea``, a spelling of
    another country or a typo. The words of :data:`_STOP`, and a word after "per", are never
    read so."""
    out: list[tuple[int, tuple[str, ...]]] = []
    for i, tok in enumerate(tokens):
        if i in taken or tok in _STOP or len(tok) < MIN_VALUE_LETTERS:
            continue
        if i and tokens[i - 1] == "per":
            continue  # "income per [capita]", "per [annum]": a unit, not a misspelt 'Capito'
        near = {v for v in index.get(tok[:2], ()) if letter_apart(tok, v)}
        if len(near) == 1:
            out.append((i, (near.pop(),)))
    return out


def letter_apart(word: str, value: str) -> bool:
    """Whether two words of six letters or more, the first two alike, are one letter apart
    (one changed, added or dropped): "diarrhoea" and "diarrhaea"."""
    from rapidfuzz.distance import Levenshtein

    return (
        len(word) >= MIN_VALUE_LETTERS
        and len(value) >= MIN_VALUE_LETTERS
        and word[:2] == value[:2]
        and abs(len(word) - len(value)) <= 1
        and word.isalpha()
        and value.isalpha()
        and word != value
        and Levenshtein.distance(word, value, score_cutoff=1) <= 1
    )


def near_links(
    phrases: dict[tuple[str, ...], list[tuple[str, Any, Any, float]]],
    values: dict[tuple[str, ...], list[Any]],
    memo: dict[str, Any],
    tokens: list[str],
    taken: set[int],
) -> list[tuple[int, tuple[str, Any, Any, Any, float]]]:
    """``(index, (kind, table, column, value, score))`` of the free words read as near
    spellings: of one value first (0.76), else of a name (0.8 of its score). ``memo``: the
    linker's, where the index of its values is kept."""
    if "near values" not in memo:
        memo["near values"] = value_index(values)
    index = memo["near values"]
    found = [
        (i, ("value", table, column, value, 0.76))
        for i, key in near_values(index, tokens, taken)
        for table, column, value in values[key]
    ]
    for i, tok in enumerate(tokens):  # "diabetic" of diabetes
        if i not in taken and not any(k == i for k, _ in found):
            for noun in condition_nouns(tok):
                for kind, table, column, score in phrases.get((noun,), []):
                    if kind == "column":
                        found.append((i, ("column", table, column, None, score * 0.85)))
    near = {i for i, _ in found}
    return found + [
        (i, (kind, table, column, None, score))
        for i, (kind, table, column, score) in near_spellings(phrases, tokens, taken)
        if i not in near
    ]
