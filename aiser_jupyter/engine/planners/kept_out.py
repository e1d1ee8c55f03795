"""Values a question leaves out: "top agents, leaving out not_applicable", "sales excluding
returns", "every carrier other than AA" — the words that say so, shared by the rules planner
(which keeps those rows out) and the honesty check (which then counts the value as said)."""

from __future__ import annotations

__all__ = ["CUES", "cue_before", "kept_out_word"]

#: the words before a value that keep its rows out (as lower-case words of the question)
CUES: tuple[tuple[str, ...], ...] = (
    ("leaving", "out"),
    ("leave", "out"),
    ("left", "out"),
    ("excluding",),
    ("exclude",),
    ("excluded",),
    ("except",),
    ("except", "for"),
    ("other", "than"),
    ("without",),
    ("not", "counting"),
    ("apart", "from"),
    ("aside", "from"),
    ("but", "not"),
)
#: words that may stand between the cue and the value ("excluding the", "other than any")
_BETWEEN = frozenset(["the", "a", "an", "any", "all", "those", "ones", "of"])
#: words that join values left out together ("excluding X and Y", "except X, Y or Z")
_JOINERS = frozenset(["and", "or", ",", "nor"])


def cue_before(words: list[str], lo: int) -> tuple[int, int] | None:
    """The span ``(start, end)`` of the cue that leaves out the value starting at word
    ``lo``, with only articles between them; ``None`` if no cue says so."""
    end = lo
    while end > 0 and words[end - 1] in _BETWEEN:
        end -= 1
    for cue in sorted(CUES, key=len, reverse=True):
        start = end - len(cue)
        if start >= 0 and tuple(words[start:end]) == cue:
            return start, end
    return None


def kept_out_word(i: int, words: list[str], kept_out: set[str]) -> bool:
    """ "[leaving out] [not_applicable]": word ``i`` is a value the plan keeps out (one of
    ``kept_out``, lower case: whole and its words) with a cue before it, or before the values
    listed with it; or a word of such a cue."""
    for cue in CUES:  # the cue itself: "[leaving] [out] not_applicable"
        for start in range(max(0, i - len(cue) + 1), i + 1):
            end = start + len(cue)
            if tuple(words[start:end]) == cue:
                k = end
                while k < len(words) and words[k] in _BETWEEN:
                    k += 1
                if k < len(words) and words[k] in kept_out:
                    return True
    if words[i] not in kept_out:
        return False
    j = i
    while j > 0:
        while j > 0 and words[j - 1] in kept_out:
            j -= 1  # "not [applicable]" of not_applicable, read as two words
        if cue_before(words, j) is not None:
            return True
        k = j - 1
        while k >= 0 and words[k] in _BETWEEN:
            k -= 1
        if k < 1 or words[k] not in _JOINERS or words[k - 1] not in kept_out:
            return False
        j = k - 1  # "excluding X and [Y]": Y is left out with X
    return False
