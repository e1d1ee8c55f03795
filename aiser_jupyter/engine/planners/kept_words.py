"""Words of a question that say which rows or what share count, for the honesty check: unused,
the chart answers another question ("mortality of girls" drawn for both sexes, "more than half
of births" drawn without the comparison)."""

from __future__ import annotations

from .facts import Facts

__all__ = ["SEXES", "chart_form", "compared_share", "keeps_a_sex", "one_mark"]

#: words for a share that a comparison names ("more than half")
_SHARES = frozenset(["half", "third", "quarter", "twice"])
#: words before a share that compare it ("over half"; not "the first half of the year")
_COMPARING = frozenset(["than", "over", "under", "least", "most", "nearly", "almost", "about"])


def compared_share(i: int, words: list[str]) -> bool:
    """ "more than [half] of births", "at least a [third]": a number the plan must compare."""
    j = i - 1 if i > 0 and words[i - 1] != "a" else i - 2
    return words[i] in _SHARES and j >= 0 and words[j] in _COMPARING


#: nouns that keep one sex: unused, the chart counts both
SEXES = frozenset(["girls", "boys", "women", "men", "females", "males", "female", "male"])


def keeps_a_sex(facts: Facts) -> bool:
    """Whether the plan keeps rows of one sex (a value F/M/female/…, or a column named so)."""
    said = {s.lower() for s in facts.strings} | facts.names
    return bool(said & {"f", "m", "female", "male", "females", "males", "women", "men"})


_MARKS = frozenset(["point", "dot", "line", "bar", "marker", "series"])


def one_mark(i: int, words: list[str]) -> str | None:
    """ "[one] point per country", "[one] line each": the chart's form, not a number."""
    if words[i] == "one" and i + 1 < len(words) and words[i + 1].rstrip("s") in _MARKS:
        return "chart form"
    return None


#: words of a bin's width ("bin [width] 5", "bucket [size] 10", "bins 10 units [wide]")
_WIDTH_WORDS = frozenset(["width", "size", "wide", "binwidth", "binsize"])
_BIN_WORDS = frozenset(["bin", "bins", "bucket", "buckets", "interval", "intervals"])


def bin_width_word(i: int, words: list[str], facts: Facts) -> str | None:
    """ "bin [width] of 0.5", "bins of [size] 10": the form of a width the plan bins at (its
    number, within three words after, is a bin step the plan uses)."""
    before = set(words[max(0, i - 4) : i])
    if words[i] not in _WIDTH_WORDS or not (before & _BIN_WORDS or words[i].startswith("bin")):
        return None
    near = words[max(0, i - 3) : i + 4]
    stated = {float(w) for w in near if w.replace(".", "", 1).isdigit()}
    return "chart form" if stated & facts.bin_steps else None


def chart_form(i: int, words: list[str], facts: Facts) -> str | None:
    """A word of the chart's form: one mark per thing, or a bin's width."""
    return one_mark(i, words) or bin_width_word(i, words, facts)
