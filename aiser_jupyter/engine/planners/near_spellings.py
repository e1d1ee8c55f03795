"""Near spellings of one-word names ("revenu" for revenue): the last resort of the linker,
below every exact, clipped or lexicon match (a near spelling scores 0.8 of the name's)."""

from __future__ import annotations

from typing import Any

__all__ = ["near_spellings"]

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
            for kind, table, column, score in singles[best[0]]:
                out.append((i, (kind, table, column, score * 0.8)))
    return out
