"""Abbreviated column names an analyst spells out (issue 12): a word contracted by dropping
its vowels (``phase_of_flt``, ``num_engs``), clipped pieces ending on an acronym
(``pick_pack_tat``: the "picking-to-packing turnaround time", or only "... time"), a piece
that is the initials of a phrase (``pf_rol``: "rule of law"), ``ac`` of "aircraft" — drawn
on small DuckDB tables, and still refused where the question says something the chart does
not have."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import plots_exactly, refuses

from aiser_jupyter.engine.catalog.model import Catalog, Column, Table
from aiser_jupyter.engine.planners.acronyms import acronym_tail, compound_second, initials_at
from aiser_jupyter.engine.planners.aligned import align
from aiser_jupyter.engine.planners.lexicon import abbreviates, contracts


@pytest.mark.parametrize(
    ("part", "word", "contracted"),
    [
        ("flt", "flight", True),
        ("engs", "engines", True),
        ("mgr", "manager", True),
        ("bldg", "building", True),
        ("cnt", "country", False),  # ends on another letter than the word
        ("st", "street", False),  # two letters say too little
        ("fhgt", "flight", False),  # "g" comes before "h" in "flight", not after
        ("flt", "felt", False),  # a word only a letter longer is no contraction of it
        ("fet", "fleet", False),  # a vowel kept inside is no contraction
    ],
)
def test_a_contraction_keeps_the_first_and_last_letter_and_drops_vowels(
    part: str, word: str, contracted: bool
) -> None:
    assert contracts(part, word) is contracted
    assert abbreviates(part, word) is contracted


def test_pieces_ending_on_an_acronym_and_compounds_giving_its_letters() -> None:
    assert acronym_tail("pick_pack_tat") == (4, 4, 3)
    assert acronym_tail("order_total") == ()  # no acronym at the end
    assert acronym_tail("pf_rol") == ()  # two pieces only
    assert compound_second("turnaround") == 4  # turn|around
    assert compound_second("collection") == 0  # "collect" + "ion": no 4-letter word
    words = ["average", "rule", "of", "law", "score"]
    assert initials_at(words, 1, {"rol", "pf"}) == (3, "rol")
    assert initials_at(words, 0, {"aro"}) == (0, "")  # "of" may not end the run


def _catalog(*names: str) -> Catalog:
    columns = [Column(name=n, type="DOUBLE", semantic="quantitative") for n in names]
    return Catalog(source="t", dialect="duckdb", tables=[Table(name="t", columns=columns)])


def test_an_acronym_begun_but_not_finished_is_only_a_partial_spelling() -> None:
    catalog = _catalog("pick_pack_tat", "pack_ship_tat")
    full = align(catalog, ["picking-to-packing", "turnaround", "time"])
    assert {(a.column.name, a.full) for a in full} >= {("pick_pack_tat", True)}
    short = align(catalog, ["packing-to-shipping", "time"])
    assert {(a.column.name, a.full) for a in short} == {("pack_ship_tat", False)}
    # the acronym not even begun: no spelling at all
    assert not align(catalog, ["packing-to-shipping", "by", "day"])


@pytest.fixture(scope="module")
def depots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("acronyms") / "depots.duckdb"
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE shipments AS
        SELECT d.depot, ['air', 'road', 'sea'][1 + (d.k + i) % 3] AS phase_of_flt,
            1 + (d.k + i) % 4 AS num_engs,
            1.0 + (d.k * 7 + i * 3) % 20 AS pick_pack_tat,
            0.5 + (d.k * 5 + i * 11) % 30 AS pack_ship_tat,
            2 + (d.k * 13 + i) % 9 AS pf_rol,
            1 + (d.k + i) % 5 AS ac_mass,
            100 + (d.k * 31 + i * 17) % 200 AS speed,
            3 + (d.k * 3 + i * 7) % 8 AS pf_score
        FROM (VALUES ('Leeds', 1), ('Derby', 2), ('Hull', 3)) d(depot, k), range(24) t(i)""")
    con.close()
    return path


@pytest.mark.parametrize(
    ("question", "truth"),
    [
        (
            "shipments by phase of flight",
            "SELECT phase_of_flt, COUNT(*) FROM shipments GROUP BY phase_of_flt",
        ),
        (
            "average number of engines by depot",
            "SELECT depot, AVG(num_engs) FROM shipments GROUP BY depot",
        ),
        (
            "average picking-to-packing turnaround time by depot",
            "SELECT depot, AVG(pick_pack_tat) FROM shipments GROUP BY depot",
        ),
        (
            "longest packing-to-shipping time for each depot",
            "SELECT depot, MAX(pack_ship_tat) FROM shipments GROUP BY depot",
        ),
        (
            "average rule of law by depot",
            "SELECT depot, AVG(pf_rol) FROM shipments GROUP BY depot",
        ),
        (  # ac = aircraft
            "average speed per aircraft mass",
            "SELECT ac_mass, AVG(speed) FROM shipments GROUP BY ac_mass",
        ),
    ],
)
def test_an_abbreviated_name_spelled_out_is_drawn(
    engine: Any, depots: Path, question: str, truth: str
) -> None:
    answer = plots_exactly(engine, depots, "depots", question, truth)
    notes = " ".join(n for n in answer.plan.provenance.notes if n.startswith("not used"))
    assert not notes, notes  # every word is accounted for


def test_a_word_a_name_only_abbreviates_alone_is_no_name(engine: Any, depots: Path) -> None:
    """ "aircraft speed": the speed of the aircraft, not their mass (``ac_mass``), which
    "aircraft" names only with "mass"."""
    plots_exactly(
        engine,
        depots,
        "depots",
        "histogram of aircraft speed in bins of 20",
        "SELECT FLOOR(speed / 20) * 20, COUNT(*) FROM shipments GROUP BY 1",
    )


@pytest.mark.parametrize(
    ("question", "word"),
    [
        # "picking-to-loading": the acronym's other pieces are not this column's
        ("average picking-to-loading time by depot", "loading"),
        # a word for a kind of number gives no acronym letter: "rate of loss" is no pf_rol
        ("average rate of loss by depot", "loss"),
        # a qualifier with another head than the name's: "aircraft age" is no ac_mass
        ("maximum aircraft age by depot", "age"),
    ],
)
def test_words_no_name_abbreviates_still_refuse(
    engine: Any, depots: Path, question: str, word: str
) -> None:
    refuses(engine, depots, "depots", question, word)
