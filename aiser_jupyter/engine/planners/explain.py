"""Why a word of a question is explained by a plan: an aggregate, a name, a value, a date,
a number, a unit — or None when nothing in the plan explains it."""

from __future__ import annotations

from .adjective_reads import of_dates, of_time_taken
from .adjectives import ADJECTIVES, adjective_nouns
from .calendar_reads import explain_calendar
from .count_names import counted, counts_named, noun_of_count
from .date_grain import taken_every
from .described import canon
from .explain_numbers import explain_numeric, explain_weekday
from .facts import Facts
from .flag_roots import noun_root, participle_root
from .group_words import ids_only
from .heads import heads_a_used_column
from .initials import initial_of_name
from .kept_out import kept_out_word
from .leading_values import spelled_out
from .lexicon import (
    SYNONYMS,
    abbreviates,
    lemma,
    named_before,
    split_name,
)
from .long_tables import NAME_STATISTICS
from .opposites import opposite_kept
from .other_side import other_side, paired_side
from .people_rows import people_of_things
from .read_apart import read_apart
from .repeated import read_from_data
from .roles import calendar_part
from .row_grain import EXTREMES, GRAINS, after_centre, rows_are, rows_share_ids
from .rules.long_nouns import names_long_number
from .rules.sex_flags import names_sex_column, names_sex_flag
from .stat_names import carries_statistic
from .stems import name_stem, unread_adjective
from .stored_forms import stored_form
from .summed_counts import counts_something, summed_counts
from .superlative import unranked
from .tallies import sums_a_tally
from .timeless import timeless
from .units import is_unit_of_measure
from .words import (
    AGGREGATE_WORDS,
    AMBIGUOUS_MONTHS,
    CALENDAR_WORDS,
    COMPARISON_WORDS,
    GENERIC_HEADS,
    LABEL_WORDS,
    MONTHS,
    ROW_NOUNS,
    SUPERLATIVES,
    YEAR,
    instruction_words,
    is_content,
    is_counted_noun,
    measure_words,
)

__all__ = ["counted", "explain", "is_month", "names_elsewhere"]


def explain(word: str, i: int, words: list[str], facts: Facts, stop: frozenset[str]) -> str | None:
    if word[0] in "'\"":
        return "value" if word[1:-1].strip().lower() in facts.strings else None
    if facts.described and canon(word) in facts.described:
        return "description"  # "men aged 15-24" of a column described "male, aged 15-24"
    base = lemma(word)
    if facts.catalog is not None and unread_adjective(word, facts.catalog.tables, facts.names):
        return None  # "[happiness] levels" of a table happiness, its column happy unread
    if (why := read_apart(i, words, facts)) is not None:
        return why
    if word in SUPERLATIVES:
        return _explain_superlative(word, i, words, facts)
    if _measure_word(word, base, facts):
        return "measure name"  # "average max temperature": max is the column's word
    if word in facts.names or (base in facts.names and not word.isdigit()):
        return "name"
    if name_stem(base, facts.names) in facts.names:
        return "name"  # "shipping instructions" of l_shipinstruct, as the linker read them
    if _written_out(word, base, i, words, facts):
        return "name"  # "life expectancy" of lifeExp, "accident year" of yearacc
    if word in facts.strings or base in facts.strings or _abbreviates_kept(word, facts):
        return "value"
    if facts.kept_out and kept_out_word(i, words, facts.kept_out):
        return "excluded"  # "leaving out [not_applicable]": a value the plan keeps out
    if (shaped := read_from_data(i, words, facts)) is not None:
        return shaped
    if stored_form(word, base, i, words, facts.strings):
        return "value"  # "herbivores" of herbi; "drivers versus [passengers]" of driver, pass
    if (numeric := explain_numeric(word, i, words, facts)) != "":
        return numeric  # "2015", "3rd", "q2"
    if word in MONTHS and (is_month(word, i, words) or MONTHS[word] in facts.months):
        month = MONTHS[word]
        return "month" if month in facts.months else None
    if (day := explain_weekday(word, words, facts)) != "":
        return day  # "mondays", "weekdays"
    if is_unit_of_measure(i, words, _measure_at(words, facts)):
        return "unit"  # "average hours of sleep", "2-hour bins": the number's unit
    if taken_every(i, words, facts):
        return "how often"  # "how many [hourly] readings" of hourly timestamps
    if base in CALENDAR_WORDS or word in CALENDAR_WORDS:
        return explain_calendar(word, base, i, words, facts)
    if word in NAME_STATISTICS and i + 1 < len(words) and words[i + 1] in facts.keyed:
        return "measure name"  # "median rent": a long table's number, each row a median
    if word in AGGREGATE_WORDS:
        return _aggregate_word(word, i, words, facts)
    if word in COMPARISON_WORDS and facts.compares:
        return "comparison"
    if base in LABEL_WORDS and facts.grouped and not names_elsewhere(i, words, facts):
        return "label"
    if base in GENERIC_HEADS and _heads_a_group(i, words, facts):
        return "grouping"  # "by [type] of enforcement", "by fuel [type]" of fuel_usage
    if (adjective := _adjective(word, i, words, facts)) != "":
        return adjective  # "the most populous countries", "40 or older", "the longest cycle"
    if opposite_kept(word, facts):
        return "flag"  # "public colleges" of Private = 'No': the flag's other side
    if (root := participle_root(word)) and any(noun_root(c) == root for _, c in facts.columns):
        return "flag"  # "percent [insured]" of a yes/no insurance the plan reads
    if other_side(i, words, facts) or paired_side(i, words, facts):
        return "grouping"  # "churned [vs stayed]", "[with vs without] the law": both sides
    if _synonym(base, i, words, facts):
        return "synonym"
    if names_long_number(i, words, facts):
        return "measure name"  # "the average [index] by category" of LTWT.value
    if (
        counted(i, words)
        and facts.aggregates & {"count", "distinct"}
        and is_content(word)
        and (lemma(word) in ROW_NOUNS or not rows_share_ids(facts))
        and not people_of_things(word, facts)  # "how many [students]" of a table of colleges
    ) or noun_of_count(i, words, facts.measure_names, facts.aggregates):
        return "counted"  # … or "number of working [students]": what count_working counts
    if counted(i, words) and is_content(word) and sums_a_tally(facts):
        return "counted"  # "how many flu [cases]": what a count column counts
    if base == "account" and words[i + 1 : i + 2] == ["for"]:
        return "instruction"  # "ages that [account] for more than 200 arrests"
    return "instruction" if _instruction(word, base, i, words, facts, stop) else None


def _abbreviates_kept(word: str, facts: Facts) -> bool:
    """ "TV" of a value Televisions the plan keeps (the abbreviation lexicon's own words)."""
    full = spelled_out((word,))[0]
    return full != word and any(
        lemma(kept) == lemma(full) for kept in facts.strings if " " not in kept
    )


def _instruction(
    word: str, base: str, i: int, words: list[str], facts: Facts, stop: frozenset[str]
) -> bool:
    """An instruction word ("by", "show") — but "how many orders" counts orders, not a sort
    order, and "[fewest] deaths" of a plan that ranks nothing is no instruction kept."""
    if word in _HELD and i and words[i - 1] in _BE and facts.aggregates & {"count", "distinct"}:
        return True  # "how many people were [surveyed]": every row the data holds
    return (word in stop or base in stop) and not (
        ("count" in facts.aggregates and counted(i, words) and is_counted_noun(word))
        or unranked(word, facts)
        or timeless(word, i, words, facts)
    )


#: participles that say only that a source holds its rows ("how many people were surveyed",
#: "how many categories are tracked"), after a form of "be"
_HELD = frozenset(
    ["surveyed", "interviewed", "polled", "sampled", "tracked", "listed", "included", "covered"]
)
_BE = frozenset(["are", "were", "is", "was", "been"])


def _adjective(word: str, i: int, words: list[str], facts: Facts) -> str | None:
    """What an adjective of a measure explains ("populous": population), None when it names
    a number the plan does not read; "" when ``word`` is no such adjective."""
    nouns = adjective_nouns(word)
    if not nouns:
        return ""
    if _compares_a_number(i, words):
        return "comparison" if facts.compares else None  # "40 or older" kept as age = 40: no
    ranks = facts.aggregates & {"max", "min"} or facts.sorted or words[i + 1 : i + 2] == ["than"]
    if ranks and any(heads_a_used_column(noun, facts) for noun in nouns):
        return "measure name"  # "the most populous countries": ranked by population
    if (
        ADJECTIVES[word.lower()][1] in facts.aggregates
        or of_dates(i, words, facts)
        or of_time_taken(i, words, facts)
    ):
        # "the longest sleep cycle": its maximum; "oldest model year": min — unless the plan
        # ranks by another number than the one the adjective names ("most densely populated")
        unread = set(nouns) & measure_words(facts.catalog) - facts.names if facts.catalog else ()
        return None if unread else "aggregate"
    return ""


def _aggregate_word(word: str, i: int, words: list[str], facts: Facts) -> str | None:
    """What an aggregate word explains: an aggregate the plan computes, a grouping ("distinct
    types"), a count's words, or a row's own number ("the daily maximum temperature" of a
    table of one row a day: each day's maximum, whatever the plan aggregates it to)."""
    if word == "total" and not facts.aggregates & {"sum"} and _totals_a_thing(i, words):
        return None  # "total spend" drawn as a count of rows: the total of what?
    if facts.aggregates & set(AGGREGATE_WORDS[word]):
        return "aggregate"
    if word in ("distinct", "unique") and facts.grouped:
        return "grouping"
    if summed_counts(i, words, facts) or counts_named(i, words, facts.measure_names):
        return "aggregate"  # "number of sales": the sum of a column of counts
    if word in ("number", "many", "count", "total"):  # "number of X" without a count
        return _count_words(i, words, facts)
    grain = GRAINS.get(words[i - 1]) if i else None
    if grain is None and word in EXTREMES and after_centre(i, words):
        grain = "day"  # "the average [maximum] temperature" of one row a day: each day's
    return "measure name" if grain is not None and rows_are(grain, facts) else None


def _heads_a_group(i: int, words: list[str], facts: Facts) -> bool:
    """A generic head ("type", "kind") of a name the chart groups by: after it ("fuel
    [type]" of fuel_usage), or after "of" ("[type] of enforcement")."""
    if i and lemma(words[i - 1]) in facts.group_names:
        return True
    return words[i + 1 : i + 2] == ["of"] and _groups_next(i, words, facts)


def _groups_next(i: int, words: list[str], facts: Facts) -> bool:
    """The word after "of" is a word of a name the chart groups by ("enforcement" of
    enforce, as :func:`.stems.name_stem` reads it)."""
    base = lemma(words[i + 2]) if i + 2 < len(words) else ""
    return bool(base) and (
        base in facts.group_names or name_stem(base, facts.group_names) in facts.group_names
    )


def _count_words(i: int, words: list[str], facts: Facts) -> str | None:
    """A count word the plan counts nothing for: the name of a grouping ("by [number] of
    bedrooms" of ``Bedrooms``), an instruction, or (asking for a count) unexplained."""
    if words[i - 1 : i] in (["by"], ["per"]) and _groups_next(i, words, facts):
        return "grouping"
    return None if counts_something(i, words) else "instruction"


def _written_out(word: str, base: str, i: int, words: list[str], facts: Facts) -> bool:
    """A name's abbreviated word, written out: after another word of the name ("life expectancy"
    of lifeExp), anywhere when the name's part is clipped and no English word ("accident year"
    of yearacc), or before it when it is a one-letter piece ("female life expectancy")."""
    if any(abbreviates(n, w, close=True) for n in facts.names for w in (base, word)):
        return True
    return initial_of_name(word, i, words, facts) or (
        (j := named_before(i, words)) >= 0
        and lemma(words[j]) in facts.names
        and any(
            len(n) >= 3 and word.startswith(n) and n != word and n.isalpha() for n in facts.names
        )
    )


def _explain_superlative(word: str, i: int, words: list[str], facts: Facts) -> str | None:
    """ "highest", "lowest": a maximum or minimum, a sort or a top-N — or a word of a column's
    name when the question names that column in full ("highest technical" → technical_highest);
    a name only partly typed ("highest 7-day viewers" filtered on technical_highest) is not."""
    if facts.aggregates & {"max", "min"} or facts.sorted:
        return "aggregate"
    if word in facts.measure_names:
        return "measure name"
    typed = {lemma(w) for w in words} - {lemma(word)}
    if facts.catalog is not None:
        for table, column in facts.columns:
            found = facts.catalog.table(table)
            col = found.column(column) if found is not None else None
            if col is None or lemma(word) not in split_name(col.name, expand=False):
                continue
            if set(split_name(col.name)) & typed or set(split_name(col.name, expand=False)) & typed:
                return "name"
    return None


def names_elsewhere(i: int, words: list[str], facts: Facts) -> bool:
    """ "carrier name" where a table of carriers has a name column the plan does not use;
    "the names" where the plan groups by ids alone."""
    if ids_only(facts) or i == 0 or facts.catalog is None:
        return ids_only(facts)
    owner = lemma(words[i - 1])
    for table in facts.catalog.tables:
        if owner not in split_name(table.name):
            continue
        for column in table.columns:
            if (
                words[i].rstrip("s") in split_name(column.name)
                and (
                    table.name.lower(),
                    column.name.lower(),
                )
                not in facts.columns
            ):
                return True
    return False


def _totals_a_thing(i: int, words: list[str]) -> bool:
    """ "total spend", "total revenue": a total of a quantity — not "total number of", "in
    total", "the total count"."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    prev = words[i - 1] if i else ""
    return (
        bool(nxt)
        and nxt not in ("number", "count", "of", "amount", "times")
        and prev != "in"
        and nxt not in instruction_words()
    )


def _measure_word(word: str, base: str, facts: Facts) -> bool:
    """A word of a measured column's name ("max" of temp_max), or the statistic its name
    carries in a short form ("median" of earnings_med)."""
    if word in facts.measure_names or (base in facts.measure_names and not word.isdigit()):
        return True
    return carries_statistic(word, facts.measure_names)


def _measure_at(words: list[str], facts: Facts) -> set[int]:
    """Where the question names a number the plan measures or bins, or, after "of", a
    quantity it reads ("by years of [education]", "years of [schooling]" of ``school``)."""
    amounts = {
        w
        for c in facts.read_columns()
        if c.semantic == "quantitative" and calendar_part(c) is None
        for w in split_name(c.name)
    }
    return {
        j
        for j, w in enumerate(words)
        if ((w in facts.measure_names or lemma(w) in facts.measure_names) and not w.isdigit())
        or any(abbreviates(n, w, close=True) for n in facts.names)  # "education": educ
        or (words[j - 1 : j] == ["of"] and name_stem(lemma(w), amounts) in amounts)
    }


def _synonym(base: str, i: int, words: list[str], facts: Facts) -> bool:
    """A generic word for a used name ("clients" of customer; "women", "men" of a 0/1
    ``female``), or the word right after a compared number that a used name's generic words
    hold ("more than 200,000 people" of a compared population)."""
    if any(syn in facts.names for syn in SYNONYMS.get(base, ())):
        return True
    if names_sex_flag(words[i], facts.names):
        return True
    if base in ("gender", "sex") and names_sex_column(base, facts.read_columns()):
        return True
    return (
        facts.compares
        and i > 0
        and words[i - 1].replace(".", "", 1).isdigit()
        and any(base in SYNONYMS.get(name, ()) for name in facts.names)
    )


def _compares_a_number(i: int, words: list[str]) -> bool:
    """ "aged 40 or older", "older than 40": a comparative of a number, not a measure's name."""
    after = words[i + 1 : i + 3]
    before = words[max(0, i - 2) : i]
    number = any(w.replace(".", "", 1).isdigit() for w in before + after)
    return number and (after[:1] == ["than"] or before[-1:] in (["or"], ["and"]))


def is_month(word: str, i: int, words: list[str]) -> bool:
    if word not in AMBIGUOUS_MONTHS:
        return True
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    return prev in (
        "in",
        "of",
        "during",
        "since",
        "from",
        "until",
        "through",
        "before",
        "after",
    ) or (bool(YEAR.match(nxt)))
