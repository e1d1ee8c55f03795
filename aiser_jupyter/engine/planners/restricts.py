"""Unexplained words that narrow or regroup what a question asks, though no value, number or
name of the schema: the plan left them out, so the chart answers a wider question.

- a word before the counted noun ("how many **endangered** species", "number of **active**
  listings"): it says which rows are counted;
- a counted noun naming no table where a column holds counts ("number of homes sold" beside
  a ``sales`` column): the rows are not surely what is counted;
- the thing grouped by ("by **diet**", "per **region**") when it names nothing the plan uses;
- the quantity asked for before the grouping ("**delivery cost** by vendor") when the plan
  only counts rows;
- any noun left over when the plan counts rows and no word asked for a count ("**capital
  stock**, Italy and Spain since 1970" drawn as rows per year).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from .clauses import COMPARATIVES
from .count_names import counted
from .facts import Facts
from .lexicon import SYNONYMS, lemma, split_name
from .roles import summable
from .words import (
    AGGREGATE_WORDS,
    COUNT_CUES,
    GENERIC_HEADS,
    ROW_NOUNS,
    SUPERLATIVES,
    instruction_words,
    is_content,
)

__all__ = [
    "count_unasked",
    "counted_modifier",
    "counts_held",
    "filtered_adjective",
    "grouped_by",
    "possessed",
    "qualifies_value",
    "ranked_word",
    "subject_of_a_count",
    "subject_unexplained",
    "total_of_nothing",
]

#: words that only qualify a count, whatever is counted ("different", "distinct" countries)
_COUNT_QUALIFIERS = frozenset(["different", "distinct", "unique", "separate", "individual"])


def counted_modifier(i: int, words: list[str]) -> bool:
    """ "how many [endangered] species": a word of the counted phrase before its head noun."""
    word = words[i]
    stop = instruction_words()
    if word in stop or word in _COUNT_QUALIFIERS or word[0] in "'\"" or word.isdigit():
        return False
    if lemma(word) in ROW_NOUNS:
        return False  # "number of observations north of 40": the rows counted, no modifier
    from lemminflect import getAllLemmas

    if not getAllLemmas(word):
        return False  # a word no dictionary knows (a typo: "registed") is reported, not refused
    nxt = i + 1
    if nxt >= len(words) or words[nxt] in stop or not is_content(words[nxt]):
        return False
    if words[nxt] in GENERIC_HEADS or lemma(words[nxt]) in GENERIC_HEADS:
        return False  # "number of furniture [types]": the word names what is counted
    return counted(nxt, words)


def grouped_by(
    i: int, words: list[str], why_at: dict[int, str], said: Collection[str] = ()
) -> bool:
    """ "by [diet]", "per [region]", "by first [party]", "by state and [predominant] degree": the word grouped
    by, naming nothing the plan uses (``said``: words explained apart, "job_id")."""
    if not is_content(words[i]) or words[i] in instruction_words():
        return False
    second = (  # "by state and [region]": a second grouping, after one the plan uses
        i >= 3
        and words[i - 1] == "and"
        and words[i - 3] in ("by", "per")
        and why_at.get(i - 2) in ("name", "synonym")
    )
    modified = (  # "by first [party]": a word before it that names nothing either
        i >= 2
        and words[i - 2] in ("by", "per")
        and why_at.get(i - 1) not in ("name", "synonym", "measure name", "value")
        and words[i - 1] not in ("the", "a", "an")
        and (words[i - 1] not in said or _instruction(said, words[i - 1]))
    )
    before = words[i - 1] if i else ""
    if before not in ("by", "per", "each", "every") and not (second or modified):
        return False  # "by [diet]", "of each [college]", "for every [school]"
    if before in ("each", "every"):
        from lemminflect import getAllLemmas

        if "NOUN" not in getAllLemmas(words[i]) or words[i] in ("one", "ones"):
            return False  # "at each [headquarterin]": a typo is reported, not refused
    nxt = i + 1
    while (
        nxt < len(words)
        and nxt not in why_at
        and words[nxt] not in said
        and is_content(words[nxt])
        and words[nxt] not in instruction_words()
    ):
        nxt += 1  # "for each [impact] speed category": a phrase of words nothing explains
    if nxt < len(words) and why_at.get(nxt) in ("name", "synonym", "measure name", "value"):
        return False  # "group by attribute [other_details]": a name follows
    return (
        nxt >= len(words) or words[nxt] in (",", "and", "or") or words[nxt] in instruction_words()
    )


def _instruction(said: Collection[str], word: str) -> bool:
    """Whether ``said`` (the words explained, with why) explains ``word`` as an instruction."""
    return isinstance(said, dict) and said.get(word) == "instruction"


def _participle(word: str) -> bool:
    """ "bought", "sold", "born": a verb's past form after a noun."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    return "VERB" in found and word not in found["VERB"]


#: the most a count of one row's own things runs to (children, rooms); counts of many things
#: gathered in a row (sales of a city in a month) run past it
_FEW = 50


def counts_held(facts: Facts, after: list[str] | None = None) -> bool:
    """Whether a table the plan counts rows of holds counts in a column ("sales", "listings"):
    then "number of homes sold" may be that column's sum, not the rows — which is unsure. A
    row's count of its own few things (a respondent's children) is such a column only when
    the counted noun is an event's ("cars [bought]": ``after``, the word after the noun)."""
    few = _FEW if not (after and _participle(after[0])) else -1
    if facts.catalog is None or "count" not in facts.aggregates:
        return False
    for name in facts.tables:
        table = facts.catalog.table(name)
        if table is None:
            continue
        for column in table.columns:
            last = re.split(r"[^a-z]+", column.name.lower())[-1]
            if (
                last
                and lemma(last) != last  # a plural: "sales", "listings", "deaths"
                and "int" in column.type.lower()
                and isinstance(column.min, (int, float))
                and column.min >= 0
                and isinstance(column.max, (int, float))
                and column.max > few  # a respondent's 0–8 children: each row's own, not many rows
                and summable(table, column)
                and split_name(table.name) != split_name(column.name)
                and (name.lower(), column.name.lower()) not in facts.columns
            ):
                return True
    return False


#: words after which the question's subject has ended ("call length [by] agent")
_GROUP_CUES = frozenset(["by", "per", "across", "over", "for", "vs", "versus"])


def subject_of_a_count(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """An unknown word of what a count of rows was drawn for, when the question asks for
    something before its grouping ("[visit] [length] by store"): no word there asks to count,
    and the phrase ends in a singular noun — a quantity, where a plural ("captures per year")
    names the things counted."""
    if facts.aggregates - {"count"} or "count" not in facts.aggregates:
        return False
    cue = next((j for j, w in enumerate(words) if w in _GROUP_CUES), None)
    if cue is None or i >= cue or lemma(words[cue - 1]) != words[cue - 1]:
        return False
    if why_at.get(cue - 1, "instruction") != "instruction":
        return False  # the head is explained ("delivery [time]" is no instruction word here)
    asks = ("aggregate", "counted", "instruction")  # "how many …", "number of …"
    return not any(why_at.get(j) in asks for j in range(cue - 1))


def count_unasked(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """An unknown singular noun (or gerund: "spending") of a question the plan answers with a
    count of rows though no word asked to count ("how many", "number of", "histogram of", a plural naming the things
    counted: "captures per year"): the noun names the quantity wanted ("[labour] share in
    Japan over time"), so a count answers a different question."""
    word = words[i]
    if facts.aggregates != {"count"} or lemma(word) != word:
        return False
    if word in GENERIC_HEADS or word in ROW_NOUNS or COUNT_CUES & set(words):
        return False
    if any(why in ("aggregate", "counted", "rows") for why in why_at.values()):
        return False
    from lemminflect import getAllLemmas

    found = getAllLemmas(word)
    if "NOUN" in found:
        return True
    # "yearly [spending] from 1992": a gerund ending its phrase is a noun; "quarrels [breaking]
    # out", "[trading] days": a participle of the noun before it, a modifier of the one after
    nxt = words[i + 1] if i + 1 < len(words) else None
    timed = why_at.get(i + 1) == "time unit"  # "spending [month] by month"
    ends = nxt is None or nxt in instruction_words() or timed or not nxt.isalnum()
    after_plural = i > 0 and lemma(words[i - 1]) != words[i - 1]
    return word.endswith("ing") and "VERB" in found and ends and not after_plural


#: words of a clause that rank or compare what follows ("with the most people")
_RANKS = SUPERLATIVES | set(AGGREGATE_WORDS) | COMPARATIVES | {"most", "least", "fewest"}
#: what a thing has or is with ("cars [that] have all-wheel drive", "countries with a coast")
_HAVING_WORDS = frozenset(["have", "has", "had", "having", "with", "without"])


def possessed(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """An unknown noun of what the rows have ("how many cars have [all]-[wheel] [drive]",
    "schools with a [library]"): a condition on them the plan does not keep. The words between
    the verb and the noun must be unexplained too (a number or a name there means the clause
    is about something the plan uses: "with more than 600 [hp]")."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(words[i])  # none: a term of the trade ("with a [PhD] degree")
    if (found and "NOUN" not in found) or lemma(words[i]) in ROW_NOUNS | GENERIC_HEADS:
        return False
    nxt = words[i + 1] if i + 1 < len(words) else None
    ends = nxt is None or nxt in instruction_words() or why_at.get(i + 1) == "instruction"
    if not ends and nxt not in (",", "and", "or"):
        return False  # not the head of its phrase ("a [negative] account balance")
    j = i - 1
    while j >= 0 and words[j] not in _HAVING_WORDS:
        if why_at.get(j) not in (None, "instruction") or words[j] in _GROUP_CUES | _RANKS:
            return False  # "with the [most] people": what is ranked, no possession
        j -= 1
    after = set(getAllLemmas(words[j + 1])) if j + 1 < i else set()
    if after and after <= {"VERB", "AUX"}:
        return False  # "have [taken] part": an auxiliary, no possession
    k = j - 1
    while k > 0 and j - k < 4 and words[k] in _BEFORE_WITH:
        k -= 1  # "models [can] [be] [had] with a manual gearbox": the rows before the verbs
    return j > 0 and why_at.get(k) not in (None, "instruction")


#: verbs between the rows and "with" ("cars can be had with", "models come with")
_BEFORE_WITH = frozenset(
    ["can", "could", "be", "been", "is", "are", "was", "were", "had", "come", "comes", "came",
     "sold", "offered", "equipped", "fitted", "available"]
)  # fmt: skip


#: words after which a question's opening phrase has ended ("London [burials] in the years
#: when …"), besides its grouping cues
_SUBJECT_ENDS = frozenset(["each", "every", "of", "in", "during", "when", "where", "since"])


def subject_unexplained(i: int, words: list[str], why_at: dict[int, str], facts: Facts) -> bool:
    """An unknown noun that opens the question, before its grouping ("[price] of each model
    with more than 600 hp" drawn as the sum of hp): the quantity asked for, while no word of
    that opening phrase explains the number the plan draws."""
    from lemminflect import getAllLemmas

    found = getAllLemmas(words[i])
    if not facts.aggregates - {"count"} or "NOUN" not in found or "ADJ" in found:
        return False
    if words[i] in GENERIC_HEADS or lemma(words[i]) in GENERIC_HEADS | ROW_NOUNS:
        return False
    cue = next(
        (j for j, w in enumerate(words) if w in _GROUP_CUES or w in _SUBJECT_ENDS),
        None,
    )
    if cue is None or i >= cue:
        return False
    return all(why_at.get(j, "instruction") == "instruction" for j in range(cue) if j != i)


def qualifies_value(i: int, words: list[str], why_at: dict[int, str]) -> bool:
    """An unknown word between a value the plan filters on and the noun that value qualifies
    ("EU [candidate] countries"): the words name another value (a candidate of the EU)."""
    return (
        0 < i < len(words) - 1
        and why_at.get(i - 1) == "value"
        and why_at.get(i + 1) in ("name", "synonym", "counted", "rows")
    )


def filtered_adjective(word: str, facts: Facts) -> bool:
    """ "snowy", "Italian": the adjective of a text value the plan filters on (snow, Italy)."""
    from .row_forms import shares_a_stem
    from .rules.value_forms import value_forms

    strings = {v.lower() for v in facts.strings}
    return bool(set(value_forms(word)) & strings) or shares_a_stem(word, strings) is not None


def ranked_word(i: int, words: list[str], kind: str, facts: Facts) -> bool:
    """An unknown word right after "most", "least" or a superlative ("the 5 most [expensive]
    movies", "highest [rated]"): what the rows are ranked by, which the plan does not read —
    unless the next word names the number the plan ranks ("the most [people] employed")."""
    if kind not in ("word", "content") or not i or words[i - 1] not in _SUPERLATIVE_CUES:
        return False
    if any(words[i] in SYNONYMS.get(m, ()) for m in facts.measure_names):
        return False  # "the most [people]" ranked by a population the plan reads
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return not nxt or not any(m.startswith(lemma(nxt)[:3]) for m in facts.measure_names)


_SUPERLATIVE_CUES = SUPERLATIVES | {"most", "least"}


def total_of_nothing(i: int, words: list[str], facts: Facts) -> bool:
    """ "total" or "sum" in a plan that only counts rows, when nothing after it up to the
    grouping is what the plan counts ("by total [amount] [borrowed]"): the total of a quantity
    the plan does not read, not a count ("total bookings by month" counts bookings)."""
    if words[i] not in ("total", "sum") or facts.aggregates != {"count"}:
        return False
    if COUNT_CUES & set(words):
        return False  # "total number of ...", "how many ... in total"
    rest = []
    for word in words[i + 1 :]:
        if word in _GROUP_CUES or word in (",", "and", "in", "of", "for", "since"):
            break
        if word not in instruction_words():
            rest.append(lemma(word))
    return bool(rest) and not set(rest) & _plan_words(facts)


def _plan_words(facts: Facts) -> set[str]:
    """The words of the plan's names and of its tables' names and columns, as lemmas."""
    out = {lemma(n) for n in facts.names} | facts.names
    for name in facts.tables:
        table = facts.catalog.table(name) if facts.catalog is not None else None
        if table is not None:
            out |= set(split_name(table.name))
            out |= {w for c in table.columns for w in split_name(c.name)}
    return out
