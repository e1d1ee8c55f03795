"""The phrases that name a column, each with how surely it names it: its words, reordered,
abbreviated, in part, by an adjective, by a general synonym ("people affected" for
individuals_affected). Read by :class:`.linker.Linker` when it indexes a catalog."""

from __future__ import annotations

from collections.abc import Iterator

from ..catalog.model import Column, Table
from .adjectives import ADJECTIVES
from .heads import QUALIFIERS, head_index, names_other_thing
from .kind_ids import repeats_as_kind
from .kinds import names_kind
from .lexicon import FLAG_MARKS, PLAIN_WORDS, SYNONYMS, lemma, split_name
from .name_years import family_words, ranked_family, table_family
from .roles import is_identifier
from .value_keys import values_head

__all__ = ["column_phrases", "text_twin"]

#: units a number column's name may end in when it holds another column's text as a number
_UNITS = frozenset(
    ["min", "mins", "minutes", "sec", "secs", "seconds", "hr", "hrs", "hours", "num", "n"]
)

#: words that make a name a count or a label, never "X of Y" of another number
_COUNTING = frozenset(["number", "count", "id", "code", "name", "total"])
#: the everyday word for a day's (or a period's) extreme reading: a high, a low
_EXTREME_WORDS = {"maximum": "high", "minimum": "low"}
#: words that read as an aggregate before a name without its year
_AGGREGATES = frozenset(
    ["total", "sum", "average", "mean", "median", "maximum", "minimum", "count", "number"]
)


#: verbs that say nothing by themselves: the first word of a name that starts with one
#: (``tookphys``, ``has_children``, ``gotjob``) does not name it alone
_LIGHT_VERBS = frozenset(
    ["took", "take", "taken", "has", "have", "had", "got", "get", "did", "does", "made", "make"]
)


#: units a name may end in after the quantity's own words (``run_time_minutes``)
_NAME_UNITS = frozenset(
    ["minute", "second", "hour", "usd", "dollar", "kg", "km", "cm", "mm", "lb", "mile", "pct"]
)


def column_phrases(
    table: Table, column: Column, named: set[tuple[str, ...]]
) -> Iterator[tuple[tuple[str, ...], float]]:
    """The phrases that name ``column``: its words, reordered, abbreviated, in part."""
    cw = tuple(split_name(column.name))
    if not cw:
        return
    yield cw, 1.0
    twin = text_twin(table, column)
    if twin is not None:  # PaceMin beside a text Pace of '7:42:12': "average pace"
        yield twin, 1.02
    for phrase in table_family(table, column):  # year_2020 of world_pop: "population"
        yield phrase, 0.97 - ranked_family(table, column)
        for syn in SYNONYMS.get(phrase[-1], ()) if len(phrase) == 1 else ():
            yield (syn,), 0.55 - ranked_family(table, column)  # "inhabitants"
    family = family_words(column)
    if family and family != cw and family[0] not in _AGGREGATES:
        # under5_mortality_2018: "under-5 mortality" (in 2018); but "total population"
        # stays the sum of a population, not total_pop_2018
        yield family, 0.97 - ranked_family(table, column)
    raw = tuple(split_name(column.name, expand=False))
    if len(raw) == 3 and raw[1] == "of":  # ageOFocc: "occupant age", "age of occupant"
        yield (cw[2], cw[0]), 0.95
        yield (raw[2], raw[0]), 0.95
    yield from _stat_phrases(cw, raw)
    if len(raw) > 1:  # LifeExpectancy typed as "lifeexpectancy"
        yield ("".join(raw),), 0.95
        if lemma("".join(raw)) != "".join(raw):
            yield (lemma("".join(raw)),), 0.95  # "eduyrs" as a question's words read it
    if len(cw) == 2:  # Number_Deaths: "number of deaths"
        yield (cw[0], "of", cw[1]), 0.9
        yield from _of_phrases(table, column, cw, raw)
    head = head_index(cw)
    lead = next((k for k, w in enumerate(cw) if w not in QUALIFIERS), head)
    if 0 < head < len(cw) - 1 and lead <= head and cw[-1] not in ("id", "name", "code"):
        phrase = cw[lead : head + 1]  # Net_Worth_Millions: "net worth"; total_pop_2018
        yield phrase, (0.9 if len(phrase) > 1 else 0.7)
    yield from _time_taken_phrases(table, column, cw)
    if 2 <= len(cw) <= 3:
        from itertools import permutations

        for order in permutations(cw):  # "7-day viewers" for viewers_7day
            if order != tuple(cw):
                yield order, 0.9
    if raw != cw and not set(raw) & PLAIN_WORDS:
        yield raw, 1.0  # "qty" as the schema spells it
    if len(cw) > 1 and cw[-1] not in ("id", "name", "number", "code"):
        # Type.of.Breach is a type: "breaches" names it only weakly, below a row noun
        yield cw[-1:], (0.5 if _after_head(cw, head) else 0.7)
        # no bookings: booking_changes; "aircraft" alone is no ac_mass (a code of two letters)
        if (
            not (column.semantic == "quantitative" and names_other_thing(column.name))
            and (raw[:1] == cw[:1] or len(raw[0]) > 2)
            and cw[0] not in _LIGHT_VERBS  # "took part" is no ``tookphys`` ("took physician")
        ):
            yield cw[:1], 0.5
    elif (
        len(cw) > 1
        and cw[-1] in ("id", "number")
        and is_identifier(table, column)
        and not repeats_as_kind(table, column)
        and tuple(cw[:-1]) not in named
        and not any(  # iso_num beside iso_alpha: "iso" names neither alone
            c is not column
            and c.semantic != "temporal"
            and tuple(split_name(c.name)[: len(cw) - 1]) == cw[:-1]
            for c in table.columns
        )
    ):
        # order_id in a table of order lines, no orders table: "orders" are its values
        yield tuple(cw[:-1]), 0.8
    if len(cw) > 1 and cw[-1] == "id" and is_identifier(table, column):
        yield (*cw[:-1], "code"), 0.95  # "species code"
    elif len(cw) > 1 and cw[-1] in ("name", "code"):
        yield cw[:1], 0.45  # city_code → "city"
        if len(cw) > 2:  # card_type_code → "card type"
            yield tuple(cw[:-1]), 0.9
    yield from _tail_phrases(table, column, cw, head)
    yield from _unit_dropped(column, raw)


#: units of measure a number's name may end in, glued or apart (``LF.PressureMB``,
#: ``WindsMPH``, ``dist_km``): said or not, the name is the same number's
_END_UNITS = frozenset(
    ["mb", "hpa", "mph", "kph", "kmh", "kg", "km", "cm", "mm", "lb", "lbs", "pct", "usd",
     "kwh", "ppb", "ppm", "mi", "ft", "sec", "secs", "mins", "hrs"]
)  # fmt: skip


def _unit_dropped(column: Column, raw: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], float]]:
    """A number's name without the unit it ends in, and that name's tail ("pressure" of
    ``LF.PressureMB``, "winds" of ``LF.WindsMPH``), below the name said whole."""
    if column.semantic != "quantitative" or len(raw) < 2 or raw[-1] not in _END_UNITS:
        return
    rest = tuple(lemma(w) for w in raw[:-1])
    yield rest, 0.9
    for k in range(1, len(rest)):
        if rest[k] not in ("of", "the", "and"):
            yield rest[k:], 0.8


def _stat_phrases(
    cw: tuple[str, ...], raw: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], float]]:
    """A statistic's name read both ways ("max temp"), and a day's extreme named as a high or
    a low ("low temperature", "the daily highs")."""
    if len(cw) == 2 and cw[1] in ("maximum", "minimum", "average", "total"):
        yield cw[::-1], 0.95  # temp_max: "maximum temperature"
        yield raw[::-1], 0.95  # "max temp"
        word = _EXTREME_WORDS.get(cw[1])
        if word:
            yield (word, cw[0]), 0.9  # "low temperature"
    if len(cw) == 2 and (word := _EXTREME_WORDS.get(cw[0])) and cw[1] not in _AGGREGATES:
        yield (word, cw[1]), 0.9  # tmax, "maximum temperature": "high temperature"
        yield (word,), 0.6  # "the daily highs", "a low above 75"


def _tail_phrases(
    table: Table, column: Column, cw: tuple[str, ...], head: int
) -> Iterator[tuple[tuple[str, ...], float]]:
    """Phrases of a name's tail: without its first words, its table's word, or its flag mark."""
    for k in range(1, len(cw) - 1):  # stu_last_name → "last name"
        if cw[k] not in ("of", "the", "and"):  # total_of_requests: not "of requests"
            yield cw[k:], 0.85
    if (len(cw) > 1 and cw[0] == lemma(table.name.lower())) or (
        len(cw) > 1 and tuple(split_name(table.name))[-1:] == cw[:1]
    ):
        yield cw[1:], 0.9  # order_date in orders → "date"
    yield from _adjectives(table, column, cw)
    yield from _other_words(column, cw, head)
    if len(cw) > 1 and cw[-1] in FLAG_MARKS and _two_valued(column):
        yield cw[:-1], 0.95  # drive_thru_ind: "drive-thru [tests]", the rows where it holds
    if (shared := values_head(column)) is not None:
        yield (shared,), 0.8  # status of 'lower-tier', 'single-tier': "by tier"
    if cw in (("female",), ("male",)) and _two_valued(column):  # a 0/1 female: "by sex"
        yield ("sex",), 0.85
        yield ("gender",), 0.85


def _time_taken_phrases(
    table: Table, column: Column, cw: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], float]]:
    """A number's name said without its unit ("run time" of ``run_time_minutes``), and a time
    taken as runners say it: "finish time", and "time" alone of a table's one such number."""
    if len(cw) >= 3 and cw[-1] in _NAME_UNITS:
        yield cw[:-1], 0.9
    if "time" in cw and column.semantic == "quantitative":
        yield ("finish", "time"), 0.85
        yield ("finishing", "time"), 0.85
        if cw[-1] != "time" and _sole_time(table, column):
            yield ("time",), 0.6  # "average half-marathon time" of run_time_minutes


def _sole_time(table: Table, column: Column) -> bool:
    """Whether ``column`` is the one number of ``table`` whose name says a time taken."""
    return [
        c for c in table.columns if c.semantic == "quantitative" and "time" in split_name(c.name)
    ] == [column]


def _two_valued(column: Column) -> bool:
    """Whether the column holds two values at most (0/1, Y/N): a flag."""
    return (
        0 < (column.distinct or 0) <= 2 and len([v for v in column.samples if v is not None]) <= 2
    )


def _other_words(
    column: Column, cw: tuple[str, ...], head: int
) -> Iterator[tuple[tuple[str, ...], float]]:
    """What the column's values are ("colleges" for inst_name), and general synonyms of its
    words ("people affected" for individuals_affected, "revenue" for price)."""
    for kind in names_kind(column, cw):
        yield (kind,), 0.45
    for k, word in enumerate(cw[:head] if len(cw) <= 3 else ()):
        for syn in SYNONYMS.get(word, ()):
            if " " not in syn and "_" not in syn:
                yield (*cw[:k], syn, *cw[k + 1 :]), 0.85
    score = 0.55 if len(cw) == 1 else 0.5
    for syn in SYNONYMS.get(cw[-1], ()):
        yield tuple(split_name(syn)), score


def _of_phrases(
    table: Table, column: Column, cw: tuple[str, ...], raw: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], float]]:
    """hp_rpm beside hp: "rpm of horsepower", "rpm of peak horsepower" — the second word of
    a number's two-word name, of the first when that is a number of its own (the engine
    speed where the horsepower peaks; card_number beside no card column stays a number)."""
    if column.semantic != "quantitative" or len(raw) != 2 or cw[1] in _COUNTING:
        return
    if not any(
        c is not column and c.semantic == "quantitative" and split_name(c.name) == [cw[0]]
        for c in table.columns
    ):
        return
    for last in {cw[1], raw[1]}:
        yield (last, "of", cw[0]), 0.9
        yield (last, "of", "peak", cw[0]), 0.9


def _adjectives(
    table: Table, column: Column, cw: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], float]]:
    """ "populous" for population, "powerful" for horsepower: the only column of its
    table named with a noun an adjective stands for (brain and body weight: unsaid)."""
    if not cw:
        return
    last = cw[-1]
    for adjective, (nouns, _) in ADJECTIVES.items():
        if last in nouns and _only_one_ending(table, last):
            yield (adjective,), 0.85


def _only_one_ending(table: Table, noun: str) -> bool:
    """Whether exactly one column of ``table`` has a name ending on the word ``noun``."""
    return sum(1 for c in table.columns if split_name(c.name)[-1:] == [noun]) == 1


def _after_head(cw: tuple[str, ...], head: int) -> bool:
    """The last word of a name is a noun after its head, in a phrase that qualifies it
    (Type.of.Breach, price_per_room), not a statistic, unit or number (temp_max, age_2018)."""
    return head < len(cw) - 1 and cw[-1] not in QUALIFIERS and not cw[-1].isdigit()


def text_twin(table: Table, column: Column) -> tuple[str, ...] | None:
    """The words of a text column that ``column`` holds as a number: ``PaceMin`` and
    ``TimeMin`` beside ``Pace`` and ``Time`` stored as '7:42:12' — its name, then a unit."""
    if column.semantic != "quantitative":
        return None
    raw = tuple(w.lower() for w in split_name(column.name, expand=False))
    if len(raw) < 2 or raw[-1] not in _UNITS:
        return None
    for other in table.columns:
        if other is not column and other.semantic == "nominal":
            words = tuple(w.lower() for w in split_name(other.name, expand=False))
            if words == raw[:-1]:
                return tuple(split_name(other.name))
    return None
