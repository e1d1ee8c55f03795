"""A breakdown no word asks for: "How many sales were of newly built homes?" drawn per year
built. A question that asks "how many", "how much" or "what is" asks for one number unless a
word asks for several — "by", "per", "each", "which", "top 5", "monthly", a chart's name, or
several things listed ("for rodents, primates and carnivores"); a chart of many numbers then
answers another question. (Other openers are left alone: "total revenue of the Midwest
stores" may mean each store's.)"""

from __future__ import annotations

from itertools import pairwise

from ..plan import ChartPlan
from .lexicon import lemma

__all__ = ["FOLLOW_UP", "RATE_NOUNS", "asks_for_groups"]

#: how a follow-up's plan begins its note on the question it changes (:mod:`.rules.planner`)
FOLLOW_UP = "Follow-up of: "

#: words that ask for several numbers, one per thing
_CUES = frozenset(
    [
        "by", "per", "each", "every", "across", "among", "vs", "versus", "against", "which",
        "top", "bottom", "most", "least", "split", "breakdown", "broken", "distribution",
        "histogram", "pie", "share", "shares", "trend", "trends", "over", "monthly", "yearly",
        "annual", "annually", "daily", "weekly", "quarterly", "hourly", "compare", "compared",
        "comparison", "grouped", "stacked", "line", "lines", "bar", "bars", "chart", "scatter",
        "plot", "rank", "ranking", "ranked", "list", "between", "versus", "apart", "side",
    ]
)  # fmt: skip
#: what "per" makes a rate of, asking for no groups ("income per capita", "per capita income")
RATE_NOUNS = frozenset(["capita", "cent", "person", "head", "hour", "mile"])


def _compares(word: str, nxt: str) -> bool:
    """ "over 5000", "between 10 and 20": a comparison with a number, no breakdown."""
    return word in ("over", "between") and nxt.replace(".", "", 1).isdigit()


#: openers of a question after one number
_ONE_NUMBER = (("how", "many"), ("how", "much"), ("what", "is"), ("what", "was"), ("what's",))


def asks_for_groups(words: list[str], plan: ChartPlan) -> bool:
    """Whether the question's ``words`` (lower case) may ask for several numbers; False only
    for a question after one number ("how many …", "what was the average …") with no word
    that asks for a breakdown. A follow-up ("average delay instead") keeps the groups of the
    chart it changes."""
    notes = plan.provenance.notes if plan.provenance is not None else []
    if any(n.startswith(FOLLOW_UP) for n in notes):
        return True
    if not any(tuple(words[: len(o)]) == o for o in _ONE_NUMBER):
        return True
    if any(
        (w in _CUES and not (w == "per" and n in RATE_NOUNS) and not _compares(w, n))
        or w in ("and", "or")
        for w, n in pairwise([*words, ""])
    ):
        return True  # "for rodents, primates [and] carnivores": one number for each
    return any(w.isdigit() and lemma(n) != n for w, n in pairwise(words))  # "5 states"
