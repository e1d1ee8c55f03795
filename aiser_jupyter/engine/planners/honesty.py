"""Right, or honest about it: account for every word of a question against the plan.

A planner can draw a chart that answers a *different* question under the user's
words — the worst outcome. This check reads the question a second time, without
the planner, and explains each word by what the plan computes: the tables and
columns it reads, its filter values, numbers and dates, its aggregates, time units,
limit and chart type. Words no part of the plan explains are reported with the
answer; when one of them is a value, a number, a date part or a measure word, the
chart would answer another question, so :func:`check_plan` refuses it
(``AISER-PLAN-UNSURE``) with what was understood and what was not.

It knows no planner: the rules planner and the LLM planner are held to the same
account, and the title is generated from the plan (:func:`.titles.describe_plan`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..catalog.model import Catalog
from ..plan import ChartPlan
from .aligned import spelled
from .ampersand import ampersand_forms, ampersand_values
from .arithmetic import arithmetic_words
from .both_sides import splits_in_two
from .chart_words import chart_word_left_out
from .clauses import COMPARATIVES, hyphenated, number_follows
from .coding_words import case_words, coding_words
from .decades import decade_words
from .described import range_words_at
from .explain import explain
from .facts import Facts, clause_ends, plan_facts, question_words
from .glossed import glossed_words
from .grain import AGGREGATED_OVER
from .group_phrases import counted_apart, unexplained_names
from .group_words import by_number_of, grouped_elsewhere
from .justified import refuse_unjustified
from .kept_forms import kept_form
from .kept_words import SEXES, chart_form, keeps_a_sex
from .leading_values import leading_words
from .lexicon import lemma, split_name
from .listed import listed_labels
from .listed_members import unread_member
from .listed_words import listed_items
from .measure_phrases import compound_pairs, in_measure_phrase, sale_price
from .modifiers import MODIFIED_KINDS, unrefined_modifier
from .most_counted import most_counted
from .named_rows import rows_named
from .named_spans import spelled_names
from .negated import negated
from .other_side import other_side
from .outcomes import outcome_use
from .own_count import no_bar_per_row, no_ranked_ones
from .picked_rows import joined_to_filtered, whose_figure
from .proper import capital_names, proper_nouns
from .refusal import left_out, unsure
from .restricts import (
    counted_modifier,
    counts_held,
    filtered_adjective,
    total_of_nothing,
)
from .roles import is_identifier
from .row_nouns import unbound_rows_noun
from .rownoun import rows_word, with_and_without
from .scopes import included_words, no_misread_scope
from .shape import answerable_shape
from .share_words import percent_words, share_left_out
from .short_forms import read_short_form, short_forms
from .small_phrases import existence_words, not_a_threshold, per_person_words
from .suffix_account import family_reading
from .superlative import is_superlative
from .table_measure_words import counts_another_thing
from .than import unkept_condition
from .titles import describe_plan
from .unexplained import read_elsewhere, unexplained_kind
from .unread_compares import comparison_left_out
from .unused_kinds import unused_kind
from .word_kinds import word_kind
from .words import (
    GENERIC_HEADS,
    ROW_NOUNS,
    instruction_words,
    measure_words,
    schema_words,
    value_index,
)

__all__ = ["Account", "Unused", "account", "check_plan"]


@dataclass(frozen=True)
class Unused:
    """A word (or quoted phrase) of the question that no part of the plan explains."""

    text: str
    #: "value" | "number" | "date" | "measure" | "name" | "condition" | "member" | "modifier" | …
    kind: str

    @property
    def changes_meaning(self) -> bool:
        """Whether leaving it out makes the chart answer a different question."""
        return self.kind in ("value", "number", "date", "measure", "name", "condition", "member")


@dataclass
class Account:
    """What each word of the question was used for."""

    used: dict[str, str] = field(default_factory=dict)  #: word -> what explained it
    unused: list[Unused] = field(default_factory=list)

    @property
    def blocking(self) -> list[Unused]:
        return [u for u in self.unused if u.changes_meaning]


def account(question: str, plan: ChartPlan, catalog: Catalog, dialect: str) -> Account:
    """Explain every word of ``question`` by what ``plan`` computes."""
    facts = plan_facts(plan, catalog, dialect)
    words = question_words(question)
    result = Account()
    values = value_index(catalog)
    skip = _explained_apart(question, words, catalog, values, facts, result)
    measures = measure_words(catalog, words)  # "aircraft" of ac_mass only with "mass"
    names, stop = schema_words(catalog), instruction_words()
    kinds, why_at = dict[int, str](), dict[int, str]()  # each word's kind; why it was used
    proper, percents = proper_nouns(question, words), percent_words(question, words)
    forms = short_forms(question, words) | set(ampersand_forms(question, words))
    listed = listed_items(question)
    for i, word in enumerate(words):
        if i in skip:
            continue
        kind = word_kind(word, i, words, values, (measures, facts.names), names)
        if unkept_condition(i, words, plan.sql, dialect) and not (
            splits_in_two(i, words, facts)
            or with_and_without(i, words, facts)
            or other_side(i, words, facts)  # "voted and those who did [not]"
        ):
            kinds[i] = "condition"  # "who [don't] have a wedding", "earning more [than] Ann"
            continue
        glued = not_a_threshold(i, words, facts)  # under5_mortality, "over December 2015"
        if word in COMPARATIVES and number_follows(i, words) and not (facts.compares or glued):
            kinds[i] = "condition"  # "parts [smaller] than size 10" drawn as size = 10
            continue
        if (left := share_left_out(i, words, facts, percents)) or chart_word_left_out(
            i, words, facts, why_at
        ):  # "[percentage]", "more than [90]%" of no share; "living [area]" beside an area
            kinds[i] = left or "measure"
            continue
        why = explain(word, i, words, facts, stop) or chart_form(i, words, facts)
        if (
            why is None
            and is_superlative(word)
            and facts.aggregates & {"max", "min", "mean", "median", "sum"}
            and (facts.aggregates & {"max", "min"} or facts.sorted)
        ):  # "which 2 wards have the [shortest] average stay": a sort of a measure, kept
            why = "aggregate"  # ("top 2 [heaviest] fish" sorted by a count of rows is not)
        if comparison_left_out(i, words, facts, why):  # "20 rates [above] the national rate"
            kinds[i] = "condition"  # "those who left [versus] those who stayed": one number
            continue
        why = kept_form(i, words, facts) or why or most_counted(i, words, facts)
        why = why or sale_price(i, words, facts)  # "average [sale] price" of ``price``
        why, kind = read_elsewhere(i, words, facts, values, (why, kind))
        if why is None and any(f(i, words, facts) for f in AGGREGATED_OVER):
            why = "aggregated over"  # "average population per [country]", "by MPAA [rating]"
        if kind == "content" and in_measure_phrase(i, words, why_at, result.used, facts):
            why = why or "measure phrase"  # "violent [crime] rate" of violent, "short-[term]"
        if why == "aggregate" and total_of_nothing(i, words, facts):
            why, kind = None, "measure"  # "by [total] amount borrowed" drawn as a count of rows
        if why is None and word in SEXES and not keeps_a_sex(facts):
            kind = "condition"  # "mortality of [girls]": a sex the plan does not keep
        why, kind = _counted_reading(
            i, words, facts, (plan.sql, proper, skip, names, why_at), (why, kind)
        )
        why, kind = read_short_form(i, words, facts, forms, (why, kind))  # "in the [US]"
        if (other := counts_another_thing(i, words, facts, why)) is not None:
            why, kind = None, other  # "[employment]" as a count of rows, "[houses]" as styles
        if why is not None:
            result.used[word] = why
            why_at[i] = why
            continue
        kinds[i] = unexplained_kind(i, kind, words, facts, listed)
        if kinds[i] == "content" and words[i + 1 : i + 2] in (["x"], ["y"]) and i - 1 not in why_at:
            kinds[i] = "measure"  # "[electricity] (x) against cement production (y)"
    for i in counted_apart(words, facts.aggregates):
        if result.used.get(words[i]) == "value":  # "how many different [patients]": rows
            kinds[i] = "name"  # of a value counted, not the patients
    named = {i: "name" for i in skip} | why_at  # a phrase spelling a name is a name
    for i in unexplained_names(words, named, kinds, facts, clause_ends(question)):
        kinds[i] = "name"  # "by impact speed category", "which 5 [organizations]"
    result.unused += [Unused(*u) for u in family_reading(words, kinds, named, facts, result.used)]
    proper |= capital_names(question, words)  # "DENNY'S", "I.H.O.P.": a name as stored
    _report_unused(question, words, kinds, (why_at, named), facts, (values, proper), result)
    if whose := whose_figure(words, why_at, facts, plan.sql, dialect):
        result.unused.append(Unused(whose, "condition"))  # each state's figure, not its rows'
    return result


def _counted_reading(
    i: int,
    words: list[str],
    facts: Facts,
    context: tuple[str, set[int], set[int], set[str], dict[int, str]],
    reading: tuple[str | None, str],
) -> tuple[str | None, str]:
    """Word ``i``'s reading ``(why, kind)`` once what a count, a name or a value of the plan
    says of it is weighed (``context``: the plan's SQL, the proper nouns, the words explained
    apart, the schema's words, the reasons found so far)."""
    sql, proper, skip, names, why_at = context
    why, kind = reading
    word = words[i]
    if why in (None, "counted"):
        why = rows_word(i, words, facts) or why  # "number of [bookings]", "[counties]"
    if why is None and i and why_at.get(i - 1) == "value" and _coded_things(words[i], facts):
        why = "rows"  # "in western [counties]": the rows the value keeps, a county's code each
    if why in (None, "counted") and (out := outcome_use(word, sql, facts)):
        why, kind = ("value", kind) if out == "value" else (None, "value")  # "[killed]"
    if why == "counted" and (
        kind in ("value", "name", "measure", "date", "number")
        or i in proper
        or joined_to_filtered(i, words, facts)  # "number of [pedestrians] or drivers"
    ):
        why = None  # "how many STAR BAKER results", "how many [Italian] cars": a value
    if why == "name" and kind == "value" and i in proper and word not in facts.strings:
        why = None  # "in [Texas]" read as the table texas: the value state = 'Texas' left out
    if why == "name" and grouped_elsewhere(i, words, facts, skip):
        why, kind = None, "name"  # "grouped by [genre]" drawn per song
    if why == "counted" and by_number_of(i, words, facts):
        why, kind = None, "name"  # "by number of [fireplaces]" drawn as one count
    if why in ("counted", None) and filtered_adjective(word, facts):
        why = "value"  # "how many [snowy] days": the value snow, filtered on
    elif why in ("counted", None) and counted_modifier(i, words):
        why, kind = None, "condition"  # "how many [endangered] species": which are counted
    elif (
        why == "counted"
        and lemma(word) != word  # the plural noun counted ("homes"), not "working"
        and lemma(word) not in ROW_NOUNS | GENERIC_HEADS | names
        and counts_held(facts, words[i + 1 : i + 2])
    ):
        why, kind = None, "name"  # "number of [homes] sold" beside a sales column
    elif why == "counted" and kind == "content" and unbound_rows_noun(i, words, why_at, facts):
        why, kind = None, "name"  # "number of [crises] per region": which table's rows?
    return why, kind


def _coded_things(word: str, facts: Facts) -> bool:
    """A plural whose singular is the whole name of a code column of a table the plan reads
    (``county`` 1 … 197 of a panel): the things its rows are about."""
    base = lemma(word)
    if base == word or facts.catalog is None:
        return False
    tables = [t for t in facts.catalog.tables if t.name.lower() in facts.tables]
    return any(
        split_name(c.name) == [base] and is_identifier(t, c) for t in tables for c in t.columns
    )


def _report_unused(
    question: str,
    words: list[str],
    kinds: dict[int, str],
    explained: tuple[dict[int, str], dict[int, str]],
    facts: Facts,
    known: tuple[dict[str, set[str]], set[int]],
    result: Account,
) -> None:
    """Add each unexplained word to ``result.unused`` with what it is (``known``: the value
    index and the positions of proper nouns)."""
    why_at, named = explained
    values, proper = known
    compound = hyphenated(question)
    for i, kind in kinds.items():
        kind = unused_kind(i, kind, words, explained, facts, values, proper, result.used)
        if kind in ("content", "word") and unread_member(i, words, question, why_at):
            kind = "value"  # "(transplant, death, [withdrawal])": a listed value left out
        elif kind == "content" and words[i] in compound:
            kind = "condition"  # "[all-wheel-drive] cars": which rows, left out
        elif kind == "content" and (rows := rows_named(i, words, question, named, facts.catalog)):
            kind = rows  # "oil and [gas] extraction", "[callbacks]": rows the plan does not keep
        if (
            kind in MODIFIED_KINDS
            and not is_superlative(words[i])
            and words[i] not in compound  # "information-[sector] workers": a condition
            and unrefined_modifier(i, words, why_at, facts, proper)
        ):
            kind = "modifier"  # "[trading] volume", "[registered] pets": nothing refines it
        if kind in ("content", "modifier") and negated(i, words):
            kind = "condition"  # "got no US [aid]": the rows without it, left out
        result.unused.append(Unused(words[i].strip("'\""), kind))


def _explained_apart(
    question: str,
    words: list[str],
    catalog: Catalog,
    values: dict[str, set[str]],
    facts: Facts,
    result: Account,
) -> set[int]:
    """The words explained as a whole phrase: number ranges, values of several words, the
    words that spell a glued name the plan reads ("labour share" of labsh, :mod:`.aligned`);
    and, kept in ``facts``, those that spell a column it does not ("swing states" of ss)."""
    facts.said_ranges = range_words_at(words, question, facts.ranges)
    facts.compounds = compound_pairs(question)  # "short-term": (short, term)
    skip = _phrase_values(words, values, facts, result) | facts.said_ranges
    own, facts.spelled_other = spelled(catalog, words, facts.columns)
    for found, why in (
        (own, "name"),
        (per_person_words(words, facts), "measure name"),  # "per capita income"
        (existence_words(words, facts), "things that have rows"),  # "had at least one crisis"
        (decade_words(words, facts), "number"),  # "in the [1980s]": 1980 to 1989 kept
        (glossed_words(question, words, facts), "described by its name"),  # "openness (kaopen)"
        (arithmetic_words(question, words, facts.arithmetic), "arithmetic"),  # "high - low"
        (listed_labels(question, words, values, facts), "label"),  # "by role (driver or passenger)"
        (included_words(question, facts.strings), "included"),  # "states ([DC] [included])"
        (ampersand_values(question, words, facts), "value"),  # "the [R]&[D] department"
        (coding_words(question, words, facts), "coding"),  # "by gender (female = [1])"
        (case_words(words, facts), "text pattern"),  # "starting with [lower-case] gg"
    ):
        for i in found - skip:
            result.used[words[i]] = why
            skip.add(i)
    return skip


def _phrase_values(
    words: list[str], values: dict[str, set[str]], facts: Facts, result: Account
) -> set[int]:
    """Multi-word values used as filters ("new york") and names spelled by several words
    ("Trump won"): mark their words as used."""
    used: set[int] = set()
    for phrase, span in spelled_names(words, facts).items():  # "Trump won", "freedom index"
        used.update(span)
        result.used[phrase] = "name"
    for size in (4, 3, 2):
        for start in range(len(words) - size + 1):
            span = range(start, start + size)
            if any(i in used for i in span):
                continue
            phrase = " ".join(words[start : start + size])
            if phrase in facts.strings or leading_words(words[start : start + size], facts.strings):
                used.update(span)
                result.used[phrase] = "value"
    return used


def check_plan(
    question: str, plan: ChartPlan, catalog: Catalog, dialect: str, *, refuse: bool = True
) -> ChartPlan:
    """``plan`` with a title that says what it computes and the unused words in its notes;
    ``AISER-PLAN-UNSURE`` when a word it leaves out would change the answer. With
    ``refuse=False`` (a model's plan, which reads more words than this account can explain)
    such words are said in a note instead: what the plan may have missed."""
    result = account(question, plan, catalog, dialect)
    understood = describe_plan(plan, dialect)
    answerable_shape(plan, catalog, dialect, understood)
    if result.blocking and refuse:
        raise unsure([(u.text, u.kind) for u in result.blocking], understood, catalog)
    if refuse:
        no_ranked_ones(plan, catalog, dialect, understood)  # "the 5 states with the most …"
        no_bar_per_row(plan, catalog, dialect, understood)  # 3,688 bars of one student each
        refuse_unjustified(question, plan, catalog, dialect, understood)  # each part asked for
        no_misread_scope(question, plan, catalog, dialect, understood)  # 'in a single match'
    plan.chart.title = understood
    if result.unused and plan.provenance is not None:
        plan.provenance.notes.append("not used: " + ", ".join(repr(u.text) for u in result.unused))
    if result.blocking and plan.provenance is not None:
        plan.provenance.notes.append(
            left_out([(u.text, u.kind) for u in result.blocking], understood)
        )
    return plan
