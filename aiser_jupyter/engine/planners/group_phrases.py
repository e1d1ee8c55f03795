"""A grouping asked for in words the plan does not explain: "by impact speed category".

"average age by impact speed category", "the oldest person in each impact speed category",
"counts broken down by [room class]": the phrase after "by", "per", "across", "for each" or
"in each" names what the chart is grouped by. When not one of its words is explained by the
plan, the plan groups by something else or by nothing — the chart answers another
question. A phrase with an explained word ("per accident year" grouped by the year, "by
wind speed" over wind) is left to the word-by-word account, except for a word no lexicon
knows before the grouped name ("by their zorblax rating" over rating): a rating the data
does not hold.
"""

from __future__ import annotations

from .facts import Facts
from .lexicon import lemma
from .words import instruction_words, is_content

__all__ = [
    "counted_apart",
    "unexplained_each",
    "unexplained_groups",
    "unexplained_heads",
    "unexplained_names",
    "unexplained_qualifiers",
]

#: words that open a grouping phrase
_OPENERS = frozenset(["by", "per", "across"])
#: "for each", "in each", "for every": an opener of two words
_EACH = frozenset(["each", "every"])
#: participles before "by" that still group ("grouped by", "sorted by" is no grouping but
#: its phrase is explained the same way); other participles are an agent ("caused by")
_GROUPING = frozenset(
    [
        "grouped",
        "split",
        "broken",
        "separated",
        "segmented",
        "categorized",
        "categorised",
        "classified",
        "bucketed",
        "binned",
        "sorted",
        "ordered",
        "ranked",
        "colored",
        "coloured",
        "aggregated",
        "summarized",
        "summarised",
    ]
)
#: words inside a phrase that end nothing ("by the impact category")
_DETERMINERS = frozenset(["the", "a", "an", "their", "its", "his", "her"])


def _opens(t: int, words: list[str], explained: set[int]) -> bool:
    word, before = words[t], words[t - 1] if t else ""
    if word in _EACH:
        return before in ("for", "in")
    agent = before.endswith(("ed", "en")) and before not in _GROUPING and t - 1 not in explained
    return word in _OPENERS and not (word == "by" and agent)  # "caused by": an agent


def _phrases(
    words: list[str], why: dict[int, str], ends: frozenset[int] = frozenset()
) -> list[tuple[int, list[int]]]:
    """Each grouping phrase: the index of its opener and the indexes of its words (``ends``:
    the words a comma or a bracket follows, where a phrase ends)."""
    stop = instruction_words()
    found: list[tuple[int, list[int]]] = []
    for t in range(len(words)):
        if not _opens(t, words, set(why)):
            continue
        j = t + 1
        while True:
            phrase: list[int] = []
            while j < len(words) and (
                words[j] in _DETERMINERS
                or words[j] not in stop
                or why.get(j) not in (None, "instruction")  # "by instructor [first] name"
            ):
                if not words[j][0].isalnum() and words[j][0] not in "'\"":
                    break  # a comma or other mark ends the phrase
                phrase.append(j)
                j += 1
                if j - 1 in ends and words[t] != "per":  # "calls per interval, by month"
                    break
            found.append((t, phrase))
            if not phrase or j >= len(words) or words[j] not in ("and", "or"):
                break
            j += 1  # "by quarter of birth and [veteran status]": each grouping listed
    return found


def unexplained_groups(
    words: list[str],
    why: dict[int, str],
    unexplained: set[int],
    ends: frozenset[int] = frozenset(),
) -> set[int]:
    """Indexes of the content words of grouping phrases none of whose words is explained
    (``why``: index -> what explained it), all of them in ``unexplained``."""
    found: set[int] = set()
    for t, phrase in _phrases(words, why, ends):
        content = [
            k
            for k in phrase
            if is_content(words[k]) and words[k] not in _DETERMINERS | {"one", "ones"}
        ]
        said = {k for k in phrase if k in why and words[k] not in _DETERMINERS}
        if (
            not content
            or said  # "by the father's education": "the" explains no grouping
            or not set(content) <= unexplained
            or (words[t] == "across" and len(content) == 1)  # "averaged across [countries]"
            or not is_content(words[phrase[-1]])  # "for each instructor (indicated by ...)"
        ):
            continue
        found.update(content)
    return found


#: what explains a word of a grouping phrase as the thing grouped by
_NAMED = frozenset(["name", "synonym"])
#: words for a column itself, before its name ("group by attribute other_details")
_SCHEMA_WORDS = frozenset(
    ["attribute", "attributes", "column", "columns", "field", "fields", "variable", "variables"]
)


def unexplained_qualifiers(
    words: list[str], why: dict[int, str], kinds: dict[int, str], grouped: set[str]
) -> set[int]:
    """ "count the mechanics by their [zorblax] rating": an unknown word before the name a
    grouping phrase ends on says which of its kind is grouped by; the plan groups by the
    plain name, so the chart answers another question. ``grouped``: the words of the fields
    grouped by, which explain the word ("by accident year" over an accident-year field). A
    word after the name ("by wind speed", "by weather type") says what of it, and is left."""
    found: set[int] = set()
    for _, phrase in _phrases(words, why):
        named = [k for k in phrase if why.get(k) in _NAMED]
        found.update(
            k
            for k in phrase
            if named
            and k < named[0]  # "time [section] of a day": a word inside the name, left
            and kinds.get(k) == "content"
            and words[k] not in _SCHEMA_WORDS  # "by attribute other_details"
            and _unknown(words[k])  # "by release year", "by instructor's first name": left
            and lemma(words[k]) not in grouped
        )
    return found


def unexplained_each(
    words: list[str], why: dict[int, str], kinds: dict[int, str], grouped: set[str]
) -> set[int]:
    """ "number of tests in each inpatient [ward]" drawn as one number over the inpatient
    rows: "in each", "for each" ask for one figure per thing; a plan grouping by nothing
    leaves the noun the phrase ends on unexplained, whatever else of it is (a value)."""
    if grouped:
        return set()
    found: set[int] = set()
    for t, phrase in _phrases(words, why):
        if words[t] in _EACH and phrase and kinds.get(phrase[-1]) == "content":
            found.add(phrase[-1])
    return found


def _unknown(word: str) -> bool:
    """A word no English lexicon knows: a coined name, a brand, a code ("zorblax", "elo")."""
    from lemminflect import getAllLemmas

    return word.isalpha() and not getAllLemmas(word)


#: words before a noun that make it the entity counted apart or ranked
_APART = frozenset(["different", "distinct", "unique"])


def unexplained_heads(words: list[str], unexplained: set[int], *, the: bool = False) -> set[int]:
    """ "which 5 [organizations] filed the most", "how many different [organizations]": the
    noun that names what is ranked or counted apart, when the plan explains none of it (it
    ranks or counts something else); indexes among ``unexplained`` (content words). With
    ``the``, also "the 5 [patients] with the highest bilirubin" (the plan ranks no labels of
    things: dates, numbers)."""
    found: set[int] = set()
    for i in unexplained:
        before = words[i - 1] if i else ""
        two = words[i - 2] if i >= 2 else ""
        top = two in ("which", "top") or (the and two == "the" and len(before) <= 2)
        ranked = before == "which" or (before.isdigit() and top)  # "the 2006 runs": a year
        apart = before in _APART and two in ("many", "of", "the")
        if (ranked or apart) and _plural_noun(words[i]):
            found.add(i)
    return found


def counted_apart(words: list[str], aggregates: set[str]) -> list[int]:
    """ "how many different [patients]" drawn as a count of the rows whose group is 'patient':
    the nouns the question counts apart, when the plan counts rows (no distinct count)."""
    if "distinct" in aggregates:
        return []
    return [
        i
        for i in range(2, len(words))
        if words[i - 1] in _APART
        and words[i - 2] in ("many", "of", "the")
        and _plural_noun(words[i])
    ]


def _plural_noun(word: str) -> bool:
    from lemminflect import getAllLemmas

    from .lexicon import lemma

    found = getAllLemmas(word)
    return bool(found) and "NOUN" in found and lemma(word) != word


def unexplained_names(
    words: list[str],
    why: dict[int, str],
    kinds: dict[int, str],
    facts: Facts,
    ends: frozenset[int] = frozenset(),
) -> set[int]:
    """The unexplained words (``kinds``: index -> kind) that name what the chart is grouped
    by, ranked or counted apart: :func:`unexplained_groups`, :func:`unexplained_qualifiers`
    and :func:`unexplained_heads`."""
    content = {i for i, kind in kinds.items() if kind == "content"}
    grouped = facts.group_names
    return (
        unexplained_groups(words, why, set(kinds), ends)
        | unexplained_qualifiers(words, why, kinds, grouped)
        | unexplained_heads(words, content, the=not _ranks_labels(facts))
        | unexplained_each(words, why, kinds, grouped)
    )


def _ranks_labels(facts: Facts) -> bool:
    """The plan's x is a label of things (a name, a code), or unknown; not a date or a number:
    "the 4 [mammals] with the least sleep" ranked by name is the mammals ranked."""
    if not facts.x_field or facts.catalog is None:
        return True
    for table, name in facts.columns:
        t = facts.catalog.table(table)
        column = t.column(name) if t is not None else None
        if column is not None and column.name.lower() == facts.x_field.lower():
            return column.semantic in ("nominal", "key", "geo")
    return True
