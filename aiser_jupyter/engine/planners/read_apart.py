"""Words the plan explains whatever else they could be, read apart from the rest of the
account (:func:`.explain.explain` asks first): the scope of one row's extreme, a count word
that is a column's name, a flag's false side said by a prefix, the number of series asked."""

from __future__ import annotations

from datetime import date, timedelta

from .adjectives import takes_time
from .change_tables import change_verb, said_change
from .condition_words import condition_nouns, flag_phrase
from .facts import Facts
from .lexicon import SYNONYMS, lemma, split_name
from .negated import unprefixed
from .number_words import NUMBER_WORDS, year_part
from .rules.said_days import HOLIDAYS
from .scopes import one_row_scope
from .tallies import named_count
from .units import UNIT_WORDS
from .wins import said_of_wins
from .words import MONTHS

__all__ = ["read_apart"]


#: "most common X": the values of X ranked by their count of rows
_COMMON = frozenset(["common", "frequent", "popular", "commonest", "rarest"])
_PLAIN = frozenset(["common", "frequent", "popular"])
_RANKED = (["most"], ["least"])


def read_apart(i: int, words: list[str], facts: Facts) -> str | None:
    """Words the plan explains whatever else they could be: "the most visits anyone had [in
    a single year]" of a maximum over rows; "highest core [count]" of the column ``cores``."""
    if one_row_scope(i, words, facts):
        return "over one row"
    if words[i] in _COMMON and (words[i] in _COMMON - _PLAIN or words[i - 1 : i] in _RANKED):
        least = words[i] == "rarest" or words[i - 1 : i] == ["least"]
        ranked = facts.sorted and not facts.ranks_top if least else facts.ranks_top
        return "aggregate" if "count" in facts.aggregates and ranked else ""
    if _table_span(i, words, facts):
        return "over all rows"  # "in the CDC [years]": the years of the table read
    if _holiday(i, words, facts):
        return "date"  # "on [Christmas] [Day]": December 25 of every year kept
    if _quarter_of_year(i, words, facts) or _day_of_range(i, words, facts):
        return "date"  # "in [Q4] 2024", "from September [1] to October [31], 2017"
    if (side := _open_month(i, words, facts)) is not None:
        return side or None  # "September 2016 or [later]": kept from that month on
    if _false_side(words[i], facts):
        return "flag"  # "average age of [unmarried] people": married = 0
    if _agent_of_flag(words[i], facts):
        return "flag"  # "number of [smokers]": smoke = 'Yes'

    if i and _month_figure(words[i - 1], words[i], facts):
        return "name"  # "January [SOI]": the Jan column of the table of monthly SOI
    if words[i] == "rest" and words[i - 2 : i] in _VS_THE and _two_sided(facts):
        return "other side"  # "S&P 500 firms vs the [rest]": a group each
    if words[i] == "big" and words[i + 1 : i + 2] in (["number"], ["numbers"]):
        return "chart form"  # "as a [big] number": a KPI
    if _days_counted(i, words, facts):
        return "distinct dates"  # "on how many different [days]": the dates counted
    if words[i] in _SPANS and i > 0 and words[i - 1] in ("whole", "entire", "full"):
        return "whole span"  # "over the whole [year]": no part of it kept out
    if _limit_in_words(i, words, facts):
        return "limit"  # "the [two] groups with the most …": a top 2
    if _series_count(i, words, facts):
        return "chart form"  # "AMD vs Intel as [two] lines": one series per value
    if _fraction_width(i, words, facts):
        return "number"  # "[half]-minute bins": bins 0.5 wide
    if _part_of_year(i, words, facts):
        return "date"  # "the first [half] of 1849": January to June kept
    if _time_unit_said(i, words, facts) or _unit_of_number(i, words, facts):
        return "unit"  # "follow-up time in [days]" of futime; "[years] of schooling"
    if (flagged := flag_phrase(i, words, facts)) is not None:
        return flagged  # "a [history] of angina"
    if any(noun in facts.names for noun in condition_nouns(words[i])):
        return "name"  # "[diabetic] patients" of diabetes = 'y'
    if words[i] in ("sex", "gender") and {f.lower() for f in facts.group_fields} & _SEX_FLAGS:
        return "name"  # "by [sex]" of a 0/1 female
    if words[i] in ("finish", "finishing") and _time_taken(i, words, facts):
        return "name"  # "average [finish] time" of run_time_minutes: the time taken
    if said_of_wins(i, words, facts):
        return "rows"  # "Kenyan [wins] by event" of a table of champions: its rows
    if said_change(i, words, facts):
        return "name"  # "consumption [growth]" of a table of changes, us_change
    if change_verb(i, words, facts):
        return "comparison"  # "quarters when consumption [fell]": below 0
    if _glued_name(words[i], facts):
        return "name"  # "total [strikeouts]" of strike_outs: its pieces written as one word
    return "measure name" if named_count(i, words, facts) else None


def _glued_name(word: str, facts: Facts) -> bool:
    """Whether ``word`` (or its singular) is a read column's pieces run together
    ("strikeouts" of ``strike_outs``, "stopwatch" of ``stop_watch``)."""
    forms = {word, lemma(word)}
    for column in facts.read_columns():
        pieces = split_name(column.name, expand=False)
        if len(pieces) >= 2 and {"".join(pieces), column.name.lower().replace("_", "")} & forms:
            return True
    return False


#: 0/1 columns that say a sex ("by sex" of ``female``)
_SEX_FLAGS = frozenset(["female", "male"])


def _time_taken(i: int, words: list[str], facts: Facts) -> bool:
    """ "[finish] time(s)" right before "time" when the plan reads a time taken (a number whose
    name says time: ``run_time_minutes``, ``chip_time``)."""
    return words[i + 1 : i + 2] in (["time"], ["times"]) and any(
        c.semantic == "quantitative" and takes_time(c.name) and "time" in split_name(c.name)
        for c in facts.read_columns()
    )


#: how many series or panels a chart is asked in ("as two lines", "in 3 bars")
_SERIES_NOUNS = frozenset(["line", "bar", "series", "pie", "panel", "color", "colour"])


def _series_count(i: int, words: list[str], facts: Facts) -> bool:
    """Word ``i`` is the number of series a grouped chart is asked in: "as [two] lines"."""
    word = words[i]
    if word == "one" and len(facts.group_fields) >= 2 and i + 1 < len(words):
        # "one line for men and [one] for women": a series for each value
        said = [j for j in range(i) if words[j] == "one" and lemma(words[j + 1]) in _SERIES_NOUNS]
        return lemma(words[i + 1]) in _SERIES_NOUNS or (bool(said) and words[i + 1] == "for")
    n = NUMBER_WORDS.get(word) or (int(word) if word.isdigit() and len(word) == 1 else 0)
    return (
        n >= 2
        and len(facts.group_fields) >= 2  # a series field beside the x
        and i + 1 < len(words)
        and lemma(words[i + 1]) in _SERIES_NOUNS
        and lemma(words[i + 1]) != words[i + 1]  # "two lines": a plural
    )


def _month_figure(month: str, word: str, facts: Facts) -> bool:
    """``word`` after a month's name is a column of a table the plan reads one month's
    column of ("December SOI" of ``bomsoi.Dec`` beside ``bomsoi.SOI``)."""
    number = MONTHS.get(month)
    return number is not None and any(
        t.column(word) is not None
        and any(
            MONTHS.get(c.name.lower()) == number and c.name.lower() in facts.names
            for c in t.columns
        )
        for t in facts.read_tables()
    )


def _two_sided(facts: Facts) -> bool:
    """The plan groups by a column of two values (a yes/no flag): one side and "the rest"."""
    return any(c.distinct == 2 and c.name in facts.group_fields for c in facts.read_columns())


def _false_side(word: str, facts: Facts) -> bool:
    """``word`` negates, by a prefix, the name of a column the plan keeps at 0 or false."""
    rest = unprefixed(word)
    if not rest or rest not in facts.names:
        return False
    return 0.0 in facts.numbers or bool(facts.strings & {"false", "no", "n", "f"})


def _agent_of_flag(word: str, facts: Facts) -> bool:
    """``word`` names the doer of what a column the plan keeps at 1 or yes is named by:
    "smokers" of ``smoke`` = 'Yes', "drinkers" of ``drink`` = 1."""
    base = lemma(word)
    if not base.endswith("er") or not (
        1.0 in facts.numbers or facts.strings & {"yes", "y", "true"}
    ):
        return False
    return bool({base[:-1], base[:-2]} & facts.names)


#: what stands before "the rest" said of the other side of a grouping
_VS_THE = (["vs", "the"], ["versus", "the"], ["against", "the"], ["with", "the"], ["and", "the"])
_FRACTIONS = {"half": 0.5, "quarter": 0.25}


def _fraction_width(i: int, words: list[str], facts: Facts) -> bool:
    """Word ``i`` is the fraction of a unit a histogram's bins are wide: "[half]-minute bins"."""
    return _FRACTIONS.get(words[i]) in facts.numbers and any(
        lemma(w) in ("bin", "bucket") for w in words[i + 1 : i + 4]
    )


def _time_unit_said(i: int, words: list[str], facts: Facts) -> bool:
    """ "in [days]" said of a time taken the plan reads (``futime``, ``TimeMin``)."""
    return (
        words[i] in UNIT_WORDS
        and words[i].endswith("s")
        and i > 0
        and words[i - 1] == "in"
        and any(takes_time(c.name) for c in facts.read_columns())
    )


#: plural time units said before the number they measure ("years of schooling")
_DURATIONS = frozenset(["years", "months", "weeks", "days", "hours", "minutes"])


def _unit_of_number(i: int, words: list[str], facts: Facts) -> bool:
    """ "by [years] of schooling" of a number of years the plan reads (``education``), when no
    date part is drawn: the unit of that number, not a grouping by year."""
    if words[i] not in _DURATIONS or words[i + 1 : i + 2] != ["of"] or i + 2 >= len(words):
        return False
    named = lemma(words[i + 2])
    said = {named, *SYNONYMS.get(named, ())}
    return not facts.units and bool(said & (facts.measure_names | facts.group_names))


def _part_of_year(i: int, words: list[str], facts: Facts) -> bool:
    """ "the first [half] of 1849", "the last [quarter] of 2020": the plan keeps its months."""
    if words[i] not in ("half", "quarter") or not 0 < i < len(words) - 1 or words[i + 1] != "of":
        return False
    span = year_part(words[i - 1], words[i])
    # the span ends before its last month's next (January for December's end)
    return span is not None and {span[0], span[1] % 12 + 1} <= facts.months


def _limit_in_words(i: int, words: list[str], facts: Facts) -> bool:
    """ "the [two] groups with the most diagnoses": a top-N written as a word."""
    n = NUMBER_WORDS.get(words[i])
    return bool(n) and i > 0 and words[i - 1] == "the" and facts.sorted and n in facts.numbers


_SPANS = frozenset(["year", "period", "span", "series", "month", "season"])


def _days_counted(i: int, words: list[str], facts: Facts) -> bool:
    """ "on how many different [days]" of a distinct count of a date column."""
    return (
        words[i] in ("days", "dates")
        and "distinct" in facts.aggregates
        and any(c.semantic == "temporal" for c in facts.read_columns())
        and any(w in ("how", "number", "count") for w in words[max(0, i - 4) : i])
    )


def _open_month(i: int, words: list[str], facts: Facts) -> str | None:
    """ "September 2016 or [later]" / "or [earlier]": "comparison" when the plan keeps the
    days from (up to) that month with no other end, "" when it does not (a month kept alone
    leaves the word out), None for any other word."""
    if words[i] not in ("later", "earlier") or i < 2 or words[i - 1] not in ("or", "and"):
        return None
    month, year = MONTHS.get(words[i - 3]) if i >= 3 else None, words[i - 2]
    if month is None and year.isdigit() and len(year) == 4:  # "founded in 1990 or [later]"
        return "comparison" if int(year) in facts.years and facts.compares else ""
    if month is None or not (year.isdigit() and len(year) == 4):
        return None
    start = date(int(year), month, 1)
    end = date(start.year + (month == 12), month % 12 + 1, 1)
    if words[i] == "later":
        return "comparison" if start in facts.days and end not in facts.days else ""
    return "comparison" if end in facts.days and start not in facts.days else ""


def _table_span(i: int, words: list[str], facts: Facts) -> bool:
    """ "in the CDC [years]": a time noun after "in the" and a word of the name of a table
    the plan reads — the span of that table's rows, no grouping."""
    if words[i] not in ("years", "months", "days") or i < 3 or facts.catalog is None:
        return False
    if words[i - 3 : i - 1] not in (["in", "the"], ["over", "the"], ["during", "the"]):
        return False
    return any(
        words[i - 1] in split_name(t.name, expand=False)
        for t in facts.catalog.tables
        if t.name.lower() in facts.tables
    )


def _holiday(i: int, words: list[str], facts: Facts) -> bool:
    """Word ``i`` is a word of a holiday's name said around it ("[christmas] day") whose
    month and day the plan keeps (``MONTH(date) = 12``, ``DAYOFMONTH(date) = 25``)."""
    for name, (month, day) in HOLIDAYS.items():
        said = name.split()
        for start in range(max(0, i - len(said) + 1), i + 1):
            if words[start : start + len(said)] == said:
                return {float(month), float(day)} <= facts.numbers
    return False


def _day_of_range(i: int, words: list[str], facts: Facts) -> bool:
    """Word ``i`` is the day of a month's name beside it (or after the range's other day,
    "between [1] and 10 March"), in the year said within the next few words, and the plan
    keeps the dates from that day or up to it ("from September [1] to October [31], 2017")."""
    word = words[i]
    month = MONTHS.get(words[i - 1]) if i else None
    month = month or (MONTHS.get(words[i + 1]) if i + 1 < len(words) else None)
    if not month and words[i + 1 : i + 2] in (["and"], ["to"], ["through"], ["until"], ["-"]):
        after = words[i + 2 : i + 4]  # "between [1] and 10 March 1985": the month of the last
        month = MONTHS.get(after[1]) if len(after) == 2 and after[0].isdigit() else None
    year = next((w for w in words[i + 1 : i + 7] if w.isdigit() and len(w) == 4), None)
    if not (word.isdigit() and 1 <= int(word) <= 31 and month and year):
        return False
    try:
        day = date(int(year), month, int(word))
    except ValueError:
        return False
    return bool({day, day + timedelta(days=1)} & facts.days)


def _quarter_of_year(i: int, words: list[str], facts: Facts) -> bool:
    """ "[Q4] 2024" when the plan keeps the days of that quarter of that year."""
    word, year = words[i], words[i + 1] if i + 1 < len(words) else ""
    if len(word) != 2 or word[0] != "q" or word[1] not in "1234" or not year.isdigit():
        return False
    first = 3 * int(word[1]) - 2
    start = date(int(year), first, 1)
    end = date(int(year) + (first == 10), (first + 2) % 12 + 1, 1)
    return {start, end} <= facts.days
