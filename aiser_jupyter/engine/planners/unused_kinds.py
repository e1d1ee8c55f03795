"""What an unexplained word of a question is, read beside the words the plan explains.

:func:`unused_kind` sorts a word no part of the plan explains into what leaving it out
would do: a measure word, a name, a value, a condition — each of which changes the answer —
or a word that does not (:mod:`.honesty` keeps the account).
"""

from __future__ import annotations

from lemminflect import getAllLemmas

from .aligned import spells_a_number
from .beside import aggregated_head, between_aggregate_and_measure, next_to_measure
from .category_words import unread_category
from .clauses import RELATIVE, in_a_clause
from .coordinated import coordinated_modifier
from .count_names import counted
from .count_predicate import counted_predicate
from .counted_plurals import outcome_verb, unnamed_counted_plural
from .decades import is_decade
from .facts import Facts
from .group_typos import misspelt_group
from .inner_acronyms import value_left_out
from .lexicon import lemma
from .modifiers import STATUS_WORDS
from .negated import opposite_of_used
from .people_rows import people_elsewhere, people_of_things
from .picked_rows import picks_rows
from .restricts import (
    count_unasked,
    grouped_by,
    possessed,
    qualifies_value,
    ranked_word,
    subject_of_a_count,
    subject_unexplained,
)
from .row_forms import shares_a_stem
from .row_subjects import row_subject
from .rownoun import picks_unused_column
from .rules.sex_flags import unread_sexes
from .said_of_counted import said_of_counted
from .shared_names import modifies_shared_name
from .stems import stem_matches, verb_roots
from .table_only import table_only_words
from .timeless import OVER
from .units import measured_in
from .versus import other_axis
from .words import GENERIC_HEADS, instruction_words, is_content

__all__ = ["unused_kind"]


#: verbs of arithmetic between two numbers, said before "by" ("divided by", "multiplied by")
_OPERATIONS = frozenset(["divided", "multiplied", "times", "scaled", "weighted"])


#: verbs of a change between two times ("grew the most", "declined"; "fell" and "rose" are
#: also said of rain and of a number compared: "fell below 0")
_CHANGES = frozenset(
    ["grew", "grow", "grows", "grown", "growing", "increased", "declined", "shrank", "shrunk",
     "improved", "worsened", "jumped", "soared", "surged", "plunged", "plummeted", "tumbled",
     "slumped"]
)  # fmt: skip


#: verbs of a number moving, a change only when ranked ("[rose] the most"; "rainfall rose")
_MOVES = frozenset(
    ["rose", "risen", "rise", "rises", "fell", "fallen", "fall", "falls", "dropped", "drop",
     "climbed", "gained", "lost"]
)  # fmt: skip


def _most_after(i: int, words: list[str]) -> bool:
    """Whether a ranking word follows word ``i`` ("rose [the] most", "fell by the most")."""
    after = [w for w in words[i + 1 : i + 4] if w not in ("the", "by")]
    return bool(after) and after[0] in ("most", "least", "fastest", "slowest")


def _goes(i: int, words: list[str]) -> bool:
    """ "consumption [went] up by more than 3 litres": a change, said with "up" or "down"."""
    return words[i] in ("went", "gone", "go", "goes", "going") and words[i + 1 : i + 2] in (
        ["up"],
        ["down"],
    )


#: verbs of one number passing another ("days IBM [beat] the market": which days are counted)
_PASSES = frozenset(
    ["beat", "beats", "outperformed", "outperform", "outperforms", "underperformed",
     "exceeded", "surpassed", "outpaced", "outscored", "outsold", "overtook", "trailed"]
)  # fmt: skip


#: words that compare with what follows them ("above the national rate")
_ABOVE = frozenset(["above", "below", "exceeding", "beyond", "higher", "lower", "greater"])


def _left_apart(
    i: int,
    kind: str,
    words: list[str],
    explained: tuple[dict[int, str], dict[int, str]],
    used: dict[str, str],
    measures: set[str],
) -> str | None:
    """A word whose place alone says what leaving it out does: one side of "A vs B", an
    operation between two numbers, the open end of a month, the other of two things measured
    (``measures``: the lemmas of the measured columns' names)."""
    why_at, named = explained

    def said(k: int) -> bool:  # a word of the plan, not an instruction
        why = why_at.get(k) or named.get(k) or used.get(words[k]) if 0 <= k < len(words) else None
        return why not in (None, "instruction")

    versus = words[i + 1 : i + 2] in (["vs"], ["versus"])
    if kind == "content" and versus and said(i + 2) and not said(i - 1):
        return "measure"  # "[private] vs public capital" drawn as public capital alone
    if words[i] in ("later", "earlier") and words[i - 1 : i] in (["or"], ["and"]):
        return "condition"  # "September 2016 or [later]" drawn for September alone
    if words[i] in _OPERATIONS and i + 1 < len(words) and words[i + 1] in ("by", "with"):
        return "measure"  # "the Dow [divided] by the gold price" drawn as the Dow by gold
    if words[i] in _CHANGES or (words[i] in _MOVES and _most_after(i, words)) or _goes(i, words):
        return "measure"  # "whose wage [rose] the most": a change the plan does not compute
    if (
        words[i] in _ABOVE
        and words[i + 1 : i + 2] in (["the"], ["its"], ["their"], ["that"])
        and not said(i + 2)  # "closing [below] the open" of close < open: kept
    ):
        return "condition"  # "rate [above] the national rate": a comparison the plan left out
    if words[i] in _PASSES:
        return "condition"  # "days IBM [beat] the market" drawn as IBM's total per year  # "which region [grew] the most": a change the plan does not compute
    if (
        kind in ("word", "content")
        and i >= 2
        and words[i - 1] == "or"  # ("states and territories": one set, counted)
        and said(i - 2)
        and lemma(words[i - 2]) in measures
        and "NOUN" not in getAllLemmas(words[i - 2])  # "states or countries": one set
        and not said(i + 1)
    ):
        return "measure"  # "drivers killed or [seriously] [injured]": another count than killed
    if words[i] in ("minus", "plus") and 0 < i < len(words) - 1:
        return "measure"  # "Hawaii [minus] South Pole CO2" drawn as one station's CO2
    return None


def unused_kind(
    i: int,
    kind: str,
    words: list[str],
    explained: tuple[dict[int, str], dict[int, str]],
    facts: Facts,
    values: dict[str, set[str]],
    proper: set[int],
    used: dict[str, str],
) -> str:
    """What an unexplained word is, beside the words the plan explains (one by one, and as names)."""
    why_at, named = explained
    if is_decade(words[i]):
        return "number"  # "the 1980s and [1990s]" drawn for the 1980s alone
    if kind == "content" and other_axis(i, words, why_at, used, facts):
        return "measure"  # "salary against years of professional [coding]": x left out
    if words[i] == "time" and i and words[i - 1] in OVER:
        return "date"  # "population over [time]" drawn as one number
    if (apart := _left_apart(i, kind, words, explained, used, facts.measure_names)) is not None:
        return apart  # "[private] vs public", "[minus]", "September 2016 or [later]"
    if kind == "content" and row_subject(i, words, why_at, facts):
        return "modifier"  # "average [sale] price" of a table of Sale.Type, Sale.Condition
    if (
        (kind == "word" and next_to_measure(i, words, used))
        or between_aggregate_and_measure(i, words, used)
        or (
            kind == "content"
            and aggregated_head(i, words, named, facts.measure_names, table_only_words(facts))
        )
        or ranked_word(i, words, kind, facts)
    ):
        return "measure"  # "average [interest] rate": a word of the measure's name
    if kind == "content" and (
        _unknown_head(i, words, why_at)
        or grouped_by(i, words, why_at, used)
        or misspelt_group(i, words, why_at, facts.group_names)
    ):
        return "name"  # "by origin airport [elevation]", "by [diet]": grouped by something else
    if kind == "content" and (
        subject_of_a_count(i, words, why_at, facts) or subject_unexplained(i, words, why_at, facts)
    ):
        return "measure"  # "[call] [length] by agent" drawn as a count of rows
    if (kind == "content" and unnamed_counted_plural(i, words, why_at, facts)) or (
        kind in ("word", "content")
        and (measured_in(i, words, why_at) or count_unasked(i, words, why_at, facts))
    ):  # "[wins] per year" drawn as the number of all games per year; "years of [schooling]"
        return "measure"
    if (
        (kind in ("word", "content") and outcome_verb(i, words, facts))  # "did the team [win]"
        or (kind in ("word", "content") and _status_of(i, words, why_at, facts))
        or (kind == "content" and unread_category(i, words, why_at, facts))
        or coordinated_modifier(i, words, why_at)  # "for [black] and [white] workers"
    ):
        return "condition"  # "[repeat] customers", "[returning] customers": which of them
    if kind in ("word", "content") and (
        picked := picks_rows(i, words, why_at, content=kind == "content")
    ):
        return picked  # "drivers and [pedestrians]", "the [coastal] provinces"
    if kind == "content" and qualifies_value(i, words, why_at):
        return "value"  # "the EU [candidate] countries": another value than EU
    if kind == "content" and (possessed(i, words, named) or counted_predicate(i, words, why_at)):
        return "condition"  # "how many cars have all-wheel [drive]"
    if kind in ("word", "content") and in_a_clause(i, words, why_at, values):
        return "condition"  # "bakers who [went] out": which bakers, left out
    if kind in ("word", "content") and (left := _left_out(i, kind, words, facts, proper)):
        return left
    if kind == "content" and (opposite_of_used(words[i], used) or shares_a_stem(words[i], values)):
        return "value"  # "married and [unmarried]" for the married alone; "all [banks]" of Banking
    if (part := _among_or_split(i, kind, words, explained, facts)) is not None:
        return part  # "among [pending] …"; "by whether they [left]"; "[pharma] contributions"
    if kind == "content" and people_of_things(words[i], facts, counted=counted(i, words)):
        return "measure"  # "how many [students]" drawn as a count of colleges
    if kind == "content" and value_left_out(i, words, facts, named):
        return "value"  # "with his [curveball]" of PitchType 'CU': rows left out
    if _peak(i, words, facts):
        return "measure"  # "the [peak] monthly number": a maximum the plan does not take
    if kind in ("word", "content") and said_of_counted(i, words, named, facts):
        return "condition"  # "how many patients [died]" drawn as a count of every patient
    return kind


def _among_or_split(
    i: int,
    kind: str,
    words: list[str],
    explained: tuple[dict[int, str], dict[int, str]],
    facts: Facts,
) -> str | None:
    """ "among [pending] …", "for [homeowners]": which rows ("condition"); "by whether they
    [left]", "[pharmaceutical] contributions" where two tables hold contributions: what is
    grouped or measured ("name"); else None."""
    why_at, named = explained
    among = kind in ("word", "content") and _among(i, words, why_at)
    among = among or (kind == "content" and _last_for(i, words, why_at))  # "for [homeowners]"
    if among:
        return "condition"
    split = kind in ("word", "content") and (_by_whether(i, words, named) or _mark_per(i, words))
    if split or (kind == "content" and modifies_shared_name(i, words, why_at, facts)):
        return "name"
    if kind == "content" and unread_sexes(words[i], facts):
        return "name"  # "by name [gender]" grouped by the name, never by ``mf``
    if kind == "content" and people_elsewhere(words[i], facts):
        return "name"  # "states the [respondents] lived in" drawn from the states table alone
    return None


def _status_of(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """Word ``i`` is a word of status right before the plural rows the plan reads ("[repeat]
    customers"), and names no column the plan reads ("repeat guests" of is_repeated_guest)."""
    word, nxt = words[i], words[i + 1] if i + 1 < len(words) else ""
    return (
        (word in STATUS_WORDS or lemma(word) in STATUS_WORDS)
        and why_at.get(i + 1) in ("name", "rows", "counted rows")
        and lemma(nxt) != nxt
        and not stem_matches(word, facts.names)
        and (i == 0 or words[i - 1] not in _SIDES)  # "compared with [private] rides": a side
    )


#: words before the other side of a comparison ("shared rides compared with private rides")
_SIDES = frozenset(["with", "vs", "versus", "and", "or", "than", "to"])


def _left_out(i: int, kind: str, words: list[str], facts: Facts, proper: set[int]) -> str:
    """ "bookings from [Portugal]": a particular thing (a value); "[assigned] a different room
    type" drawn from reserved_room_type: the word that picks a column (a name); else ""."""
    if kind == "content" and i in proper:
        return "value"
    if _clause_on_measure(i, words, facts):
        return "condition"  # "participants who [quit] smoking" drawn as the smoking years
    if i in facts.spelled_other:
        return "name"  # "average turnout of [swing] states": the words of ss, not state
    if facts.catalog is not None and spells_a_number(facts.catalog, words[i], facts.columns):
        return "measure"  # "number of people [employed]": the count of emp, not of rows
    return "name" if picks_unused_column(words[i], facts) else ""


def _clause_on_measure(i: int, words: list[str], facts: Facts) -> bool:
    """The verb of a clause on the rows ("who [quit] smoking") whose object is the number the
    plan measures: the clause says which rows, the plan read its object as what to measure."""
    if not 0 < i < len(words) - 1 or words[i - 1] not in RELATIVE:
        return False
    nxt = words[i + 1]
    return bool({nxt, lemma(nxt), *verb_roots(nxt)} & facts.measure_names)


def _unknown_head(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """An unknown noun ending a phrase of names: the head of that phrase, so the phrase
    means something the plan does not have ("origin airport elevation")."""
    if words[i] in GENERIC_HEADS or lemma(words[i]) in GENERIC_HEADS:
        return False
    from lemminflect import getAllLemmas

    found = getAllLemmas(words[i])
    found = getAllLemmas(words[i])
    if found and ("NOUN" not in found or "VERB" in found or "ADV" in found):
        return False  # "each carrier fly from", "by region pretty please": not a noun
    j = i - 1
    while (
        j >= 0 and j not in why_at and is_content(words[j]) and words[j] not in instruction_words()
    ):
        j -= 1  # "origin [airport] elevation": words between the name and the head
    if why_at.get(j) not in ("name", "synonym", "measure name"):
        return False
    if j == i - 1 and set(getAllLemmas(words[j])) == {"ADJ"}:
        return False  # "violent [crime] rates" of a column named by its adjective alone
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt is None or nxt in instruction_words() or nxt in (",", "and", "or")


def _peak(i: int, words: list[str], facts: Facts) -> bool:
    """ "the [peak] X": the largest X, unless said of the moment another number is taken at
    ("rpm of peak horsepower", "at peak hours")."""
    if words[i] != "peak" or "max" in facts.aggregates:
        return False
    return not (i and words[i - 1] in ("of", "at", "during", "off"))


def _among(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """Word ``i`` is a word of status qualifying the rows an "among …" keeps ("among
    [approved] applications", "among all [denied] loans"): which rows, left out. The rows'
    own noun ("among applications") and a word no record's status holds ("among registered
    dogs" of a register) are no condition."""
    if words[i] not in STATUS_WORDS and lemma(words[i]) not in STATUS_WORDS:
        return False
    j = i - 1
    while j > 0 and j not in why_at and words[j] in ("the", "all", "those"):
        j -= 1
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return (
        j >= 0
        and words[j] in ("among", "amongst")
        and bool(nxt)
        and is_content(nxt)
        and nxt not in instruction_words()
    )


def _last_for(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """Word ``i`` ends the question right after "for" ("… for [homeowners]"): the rows the
    whole question is about, a condition when nothing explains it ("among [applications]"
    may be the rows' own noun, :func:`_among`)."""
    j = i - 1
    while j > 0 and j not in why_at and words[j] in ("the", "all", "those"):
        j -= 1
    return i == len(words) - 1 and j >= 0 and words[j] == "for"


#: marks drawn one per thing ("one point per [instructor]", "a line for each [region]")
_MARKS = frozenset(["point", "points", "dot", "dots", "line", "lines", "bar", "bars", "marker"])


def _mark_per(i: int, words: list[str]) -> bool:
    """ "one point per [instructor]": the thing each mark stands for, a grouping left out."""
    k = i - 1
    while k > 0 and words[k] in ("per", "for", "each", "every"):
        k -= 1
    return k < i - 1 and words[k] in _MARKS


#: the words that open a grouping said as a clause ("by whether they left", "by how many
#: databases they showed up in")
_CLAUSE_OPENERS = frozenset(["whether", "how", "what", "which", "whose"])


def _by_whether(i: int, words: list[str], named: dict[int, str]) -> bool:
    """Word ``i`` is in a grouping said as a clause after "by" ("by whether they [left]",
    "by how many databases they [showed] up in"): what the grouping splits on — unless the
    plan groups by a name said later in the clause, of which it is the subject ("by whether
    the [family] had a low income")."""
    if any(named.get(k) == "name" for k in range(i + 1, min(i + 5, len(words)))):
        return False
    for j in range(i - 1, 0, -1):
        if words[j] in (",", ";", "and", "but"):
            return False
        if words[j] in _CLAUSE_OPENERS and (
            words[j - 1] == "by" or (words[j - 1] == "on" and words[j] == "whether")
        ):
            return True
    return False
