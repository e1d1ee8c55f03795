"""What a plan computes, as sets of comparable things (names, values, numbers, dates,
aggregates, time units), read from its SQL and its chart; and a question split in words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

import sqlglot
from sqlglot import exp

from ..catalog.model import Catalog, Column, Table
from ..plan import Bin, ChartPlan, FieldDef
from ..sql.quoted import read_quoted_strings
from .arithmetic import column_arithmetic
from .countries import country_names
from .date_facts import date_parts, indicator_mean, kept_labels
from .described import shared_description
from .kinds import acted_on, names_kind
from .lexicon import lemma, number_words, split_name
from .long_tables import keyed_strings
from .name_years import glued_stem, table_year
from .roles import CENTURY, calendar_part, two_digit_year
from .sql_compares import compared
from .us_states import state_names
from .value_keys import values_head
from .words import AGGREGATE_WORDS, SQL_AGGS, WORD_PATTERN, YEAR, instruction_words

__all__ = [
    "Facts",
    "clause_ends",
    "name_words",
    "plan_facts",
    "question_words",
]


@dataclass
class Facts:
    """What a plan computes, as sets of comparable things."""

    names: set[str] = field(default_factory=set)  #: lemmas of used table/column/alias names
    measure_names: set[str] = field(default_factory=set)  #: lemmas of the measured columns
    parts: set[str] = field(
        default_factory=set
    )  #: calendar parts held by used columns (an int year)
    columns: set[tuple[str, str]] = field(default_factory=set)  #: (table, column), lower case
    tables: set[str] = field(default_factory=set)
    strings: set[str] = field(default_factory=set)
    numbers: set[float] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    months: set[int] = field(default_factory=set)
    aggregates: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    kept_units: set[str] = field(default_factory=set)  #: date parts a WHERE keeps some of
    divides: bool = False  #: the SQL divides one number by another (a share, a ratio)
    indicator: bool = False  #: the SQL averages a CASE of 1 (or 100) and 0: a share of rows
    mark: str = ""
    catalog: Catalog | None = None
    sorted: bool = False
    grouped: bool = False  #: a channel groups by a field (not aggregated)
    compares: bool = False  #: the SQL compares a number (WHERE or HAVING with <, >, BETWEEN)
    compares_other: bool = False  #: … or with no literal: a column, a subquery
    #: the SQL orders something descending, or by a rank (rank 1 first): a top-N of the best
    ranks_top: bool = False
    group_names: set[str] = field(default_factory=set)  #: words of the fields grouped by
    group_fields: set[str] = field(default_factory=set)  #: the fields grouped by
    measured: int = 0  #: how many channels draw an aggregate
    days: set[date] = field(default_factory=set)  #: the dates the SQL holds ('2025-10-03')
    #: the words and number ranges of the used columns' descriptions in the semantic layer
    described: set[str] = field(default_factory=set)
    ranges: set[tuple[float, float]] = field(default_factory=set)
    said_ranges: set[int] = field(default_factory=set)  #: indexes of question words they explain
    compounds: set[tuple[str, str]] = field(default_factory=set)  #: "short-term": (short, term)
    kept_out: set[str] = field(default_factory=set)  #: texts the plan keeps out, and their words
    #: values a long table's key is kept to while its number is read ("rent": median rent)
    keyed: set[str] = field(default_factory=set)
    #: indexes of question words that spell a column the plan does not read (:mod:`.aligned`)
    spelled_other: set[int] = field(default_factory=set)
    bin_steps: set[float] = field(default_factory=set)  #: the exact bin widths the plan uses
    binned: bool = False  #: a channel bins a number (a histogram)
    x_field: str = ""  #: the field on x when it is not aggregated
    #: ``(a, op, b)``: the plan computes ``a - b`` or ``a + b`` of two columns
    arithmetic: set[tuple[str, str, str]] = field(default_factory=set)

    def read_tables(self) -> list[Table]:
        """The tables the plan reads, as the catalog holds them."""
        found = [self.catalog.table(t) for t in self.tables] if self.catalog is not None else []
        return [t for t in found if t is not None]

    def read_columns(self) -> list[Column]:
        """The columns the plan reads, as the catalog holds them."""
        out: list[Column] = []
        for table_name, column_name in self.columns:
            table = self.catalog.table(table_name) if self.catalog is not None else None
            column = table.column(column_name) if table is not None else None
            if column is not None:
                out.append(column)
        return out


def name_words(name: str) -> set[str]:
    """The words of a name: expanded, as written, and glued parts whole ("hindfoot")."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name).lower()
    parts = [p for p in re.split(r"[^a-z0-9]+", spaced) if p]
    whole = {p if re.search(r"\d", p) else lemma(p) for p in parts}  # limit30, not "limit3"
    # under5_mortality: "under-5 mortality" is read as "under" and "5"; "car" of ``Cars93``
    glued = {
        x for p in whole for g in re.findall(r"[a-z]+|\d+", p) if p != g for x in (g, lemma(g))
    }
    written = {name.lower()} if name.isalnum() else set()  # "PetType" typed as written
    return {*split_name(name), *split_name(name, expand=False), *whole, *glued, *written}


def plan_facts(plan: ChartPlan, catalog: Catalog, dialect: str) -> Facts:
    facts = Facts(mark=plan.chart.mark, catalog=catalog)
    try:
        tree = sqlglot.parse_one(plan.sql, read=dialect)
    except sqlglot.errors.SqlglotError:
        return facts
    # SQLite's status = "returned" is the text 'returned', as the database reads it
    read_quoted_strings(
        tree, dialect, {t.name: [c.name for c in t.columns] for t in catalog.tables}
    )
    aliases: dict[str, exp.Expression] = {}
    for table in tree.find_all(exp.Table):
        facts.tables.add(table.name.lower())
        if table.alias:
            aliases[table.alias.lower()] = table
    known = {t.name.lower(): t for t in catalog.tables}
    used: list[Column] = []
    undrawn = _undrawn(tree, plan)
    for column in tree.find_all(exp.Column):
        if column in undrawn:
            continue  # "one line per [result]" drawn as one histogram: result read, not drawn
        owner = column.table.lower()
        owner = aliases[owner].name.lower() if owner in aliases else owner
        tables = [owner] if owner in known else [t for t in facts.tables if t in known]
        for name in tables:
            found = known[name].column(column.name)
            if found is not None:
                facts.columns.add((name, found.name.lower()))
                facts.names |= name_words(found.name)
                facts.names.update(names_kind(found, tuple(split_name(found.name))))  # colleges
                if (head := values_head(found)) is not None:
                    facts.names.add(head)  # "tier" of 'lower-tier', 'single-tier'
                for syn in found.synonyms:  # the semantic layer's words for it
                    facts.names |= name_words(syn)
                used.append(found)
                if (part := calendar_part(found)) is not None:
                    facts.parts.add(part)
    # what every column of a family the plan reads says ("male, aged 15-24"; of a sum of a
    # whole family, only what all its columns share)
    facts.described, facts.ranges = shared_description(catalog, used)
    for alias in tree.find_all(exp.Alias):
        facts.names |= name_words(alias.alias)
    for name in facts.tables:
        _table_names(known.get(name), name, facts)
    for literal in tree.find_all(exp.Literal):
        if not _excluded(literal):
            _literal(literal, facts)
        elif not literal.is_number:  # "leaving out not_applicable": said, and kept out
            text = str(literal.this).strip().lower()
            facts.kept_out |= {text, *re.findall(r"[a-z0-9]+", text), *state_names(text)}
    facts.keyed = keyed_strings(tree, catalog)
    facts.arithmetic = column_arithmetic(tree)
    for kind, name in SQL_AGGS.items():
        for node in tree.find_all(kind):
            facts.aggregates.add(
                "distinct" if name == "count" and node.find(exp.Distinct) else name
            )
    facts.compares, facts.compares_other = compared(tree)
    units, kept = date_parts(tree)
    facts.units |= units
    facts.kept_units |= kept
    facts.divides = tree.find(exp.Div) is not None
    for channel, fd in plan.chart.encoding.channels().items():
        _channel(fd, facts)
        facts.x_field = fd.field or "" if channel == "x" and not fd.aggregate else facts.x_field
    facts.indicator = "mean" in facts.aggregates and indicator_mean(tree)
    _terms(plan, catalog, facts)
    _two_digit_years(tree, catalog, facts)
    weekdays, months = kept_labels(tree, catalog)
    facts.kept_units |= {"weekday"} if weekdays else set()
    facts.months |= months
    if plan.chart.limit:
        facts.numbers.add(float(plan.chart.limit))
        facts.sorted = True
    if tree.find(exp.Order) is not None and plan.chart.limit:
        facts.sorted = True
    facts.ranks_top = _ranks_top(plan, tree)
    return facts


def _table_names(table: Table | None, name: str, facts: Facts) -> None:
    """The words that name a table the plan reads: its name's, the person its act is done to
    ("arrestees"), an index's spelled-out abbreviation ("dow" of DJIA8012), its synonyms; and
    the year its name ends in ("in 1998" of UN98: the year of its figures)."""
    spelled = table.name if table is not None else name
    facts.names |= name_words(spelled)
    facts.names |= {p for w in facts.names & set(name_words(name)) if (p := acted_on(w))}
    glued = glued_stem(spelled)
    facts.names.update(set(glued[0] if glued else ()) - instruction_words() - set(AGGREGATE_WORDS))
    if (year := table_year(spelled)) is not None:
        facts.years.add(year)
    for syn in table.synonyms if table is not None else ():
        facts.names |= name_words(syn)


def _two_digit_years(tree: exp.Expression, catalog: Catalog, facts: Facts) -> None:
    """The years a comparison with a column of two-digit years keeps, as the question says
    them: ``year = 88`` is 1988, ``year >= 80`` from 1980."""
    columns = {
        c.name.lower(): c
        for t in catalog.tables
        if t.name.lower() in facts.tables
        for c in t.columns
        if two_digit_year(c)
    }
    if not columns:
        return
    for node in tree.find_all(exp.EQ, exp.GT, exp.GTE, exp.LT, exp.LTE, exp.In):
        if not isinstance(node.this, exp.Column) or node.this.name.lower() not in columns:
            continue
        values = node.expressions if isinstance(node, exp.In) else [node.expression]
        for value in values:
            if isinstance(value, exp.Literal) and value.is_number:
                year = CENTURY + int(float(value.this))
                facts.years.add(year)
                facts.numbers.add(float(year))


def _ranks_top(plan: ChartPlan, tree: exp.Expression) -> bool:
    """Whether a limit keeps the highest: a descending sort (of the SQL or a channel), a sort
    by a rank (rank 1 first), or a measure with no sort (drawn largest first)."""
    channels = plan.chart.encoding.channels().values()
    sorts = [fd.sort for fd in channels if isinstance(fd.sort, str)]
    return (
        any(
            o.args.get("desc") or "rank" in o.this.sql().lower() for o in tree.find_all(exp.Ordered)
        )
        or any(s == "descending" or s.startswith("-") for s in sorts)
        or (not sorts and any(fd.aggregate for fd in channels))
    )


def _terms(plan: ChartPlan, catalog: Catalog, facts: Facts) -> None:
    """The semantic layer's words for the metrics and dimensions the plan computes (their
    expressions are in its SQL): "net sales" explains a plan summing the revenue metric."""
    if catalog.semantic is None:
        return
    from ..semantic.provenance import terms_used

    for name in terms_used(plan, catalog):
        metric = catalog.semantic.metric(name)
        term = metric or catalog.semantic.dimension(name)
        for said in term.names() if term is not None else ():
            facts.names |= name_words(said)
            if metric is not None:
                facts.measure_names |= name_words(said)


def _excluded(literal: exp.Literal) -> bool:
    """A text the plan keeps out (``status <> 'cancelled'``, ``NOT IN``, a metric's filter
    that drops those rows): it explains no word — "cancelled orders" asks for those rows."""
    if literal.is_number:
        return False
    node: exp.Expression | None = literal.parent
    while node is not None and not isinstance(node, (exp.Where, exp.Having, exp.Select)):
        if isinstance(node, (exp.NEQ, exp.Not)):
            return True
        node = node.parent
    return False


def _literal(literal: exp.Literal, facts: Facts) -> None:
    if literal.is_number:
        try:
            number = float(literal.this)
        except ValueError:
            return
        facts.numbers.add(number)
        if number.is_integer() and YEAR.match(str(int(number))):
            facts.years.add(int(number))
        if number.is_integer() and 1 <= number <= 12:
            facts.months.add(int(number))
        return
    text = str(literal.this)
    facts.strings.add(text.strip().lower())
    facts.strings.add(text.strip().strip("%").lower())  # LIKE '%taco bell%': 'taco bell' said
    facts.strings.add(text.strip().lower().rstrip("."))  # 'I.H.O.P.' said before a period
    facts.strings |= country_names(text)  # 'prt' filtered on: "from Portugal" is said
    facts.strings |= state_names(text)  # 'OH' filtered on: "Ohio counties" is said
    if re.fullmatch(r"-?\d+(\.\d+)?", text.strip()):
        facts.numbers.add(float(text))
        if YEAR.match(text.strip()):
            facts.years.add(int(text))
    try:
        day = date.fromisoformat(text[:10])
    except ValueError:
        for word in re.findall(r"[a-z0-9]+", text.lower()):
            facts.strings.add(word)
        return
    facts.days.add(day)
    if day.day > 1:  # "on 15 September 2003", "2003-09-15": the day's own numbers said
        facts.numbers |= {float(day.day), float(day.day - 1), float(day.month)}  # "after …"
    facts.years.add(day.year)
    facts.months.add(day.month)
    if day.month == 1 and day.day == 1:
        facts.years.add(day.year - 1)  # "through 2023" ends before 2024-01-01
    else:
        facts.months.add(day.month - 1 or 12)  # "in July" ends before August 1st


def _undrawn(tree: exp.Expression, plan: ChartPlan) -> list[exp.Column]:
    """The columns the SQL only selects, which no channel of the chart draws (a histogram of
    pan_day over ``SELECT pan_day, result``): nothing of the answer depends on them."""
    fields = {fd.field.lower() for fd in plan.chart.encoding.channels().values() if fd.field}
    if not fields or not isinstance(tree, exp.Select):
        return []
    seen: dict[str, int] = {}
    for column in tree.find_all(exp.Column):
        seen[column.name.lower()] = seen.get(column.name.lower(), 0) + 1
    return [
        e
        for e in tree.expressions
        if isinstance(e, exp.Column) and e.name.lower() not in fields and seen[e.name.lower()] == 1
    ]


def _channel(fd: FieldDef, facts: Facts) -> None:
    if fd.aggregate:
        facts.aggregates.add(fd.aggregate)
        facts.measured += 1
        if fd.field:
            facts.measure_names |= name_words(fd.field)
    if fd.timeUnit:
        facts.units.add(fd.timeUnit)
    if fd.field:
        facts.names |= name_words(fd.field)
        facts.grouped = facts.grouped or not fd.aggregate
        if not fd.aggregate:
            facts.group_names |= name_words(fd.field)
            facts.group_fields.add(fd.field)
    if fd.sort:
        facts.sorted = True
    if isinstance(fd.bin, Bin):
        facts.numbers |= {float(v) for v in (fd.bin.step, fd.bin.maxbins) if v is not None}
        facts.bin_steps |= {float(fd.bin.step)} if fd.bin.step else set()
        if fd.bin.step == 10 and fd.field and "year" in name_words(fd.field):
            facts.units.add("decade")  # a year column's years by tens
        facts.binned = True


_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


def _scaled(m: re.Match[str]) -> str:
    """ "10 million" → "10000000": a number and its scale are one number."""
    value = float(m[1]) * _SCALES[m[2].lower()]
    return str(int(value)) if value.is_integer() else str(value)


def _words_text(question: str) -> str:
    text = question.strip().replace("’", "'").replace("“", '"').replace("”", '"')
    text = number_words(text, keep_scales=True)
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)  # "50,000": one number
    text = re.sub(r"\b(\d+(?:\.\d+)?) ?(thousand|million|billion)\b", _scaled, text, flags=re.I)
    return re.sub(r"(\w)'s\b", r"\1", text)


def question_words(question: str, *, keep_case: bool = False) -> list[str]:
    text = _words_text(question)
    out = []
    for match in WORD_PATTERN.finditer(text if keep_case or '"' in text else text.lower()):
        word = match[0]
        out.append(word if word[0] in "'\"" or keep_case else word.lower())
    return out


def clause_ends(question: str) -> frozenset[int]:
    """The indexes of :func:`question_words` followed by a comma, a semicolon or a colon: "by
    treatment arm, stage 1 patients only" ends its grouping at "arm" (a bracket does not:
    "for each instructor (indicated by first name)")."""
    text = _words_text(question)
    found = list(WORD_PATTERN.finditer(text if '"' in text else text.lower()))
    return frozenset(
        i
        for i, (m, nxt) in enumerate(pairwise(found))
        if re.search(r"[,;:]", text[m.end() : nxt.start()])
    )
