"""A wide table's columns named by their descriptions in the semantic file (issue 15): a
survey keeps one count per sex and age group (``resp_f_1824``), the file describes each
("Respondents, female, aged 18-24"), and "women aged 18 to 24" is that column — with the
numbers it holds; words that fit several columns are refused, naming them."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from answers import plotted, truth

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.engine.planners.described import OPEN, canon, described, find_ranges
from aiser_jupyter.engine.planners.described import text_tokens as tokens
from aiser_jupyter.errors import AiserError

GROUPS = {"1824": "18-24", "2534": "25-34", "65p": "65 or older"}
COLUMNS = [f"resp_{sex}_{age}" for sex in ("m", "f") for age in GROUPS]

SURVEY_YAML = """\
version: 1
sources:
  default:
    tables:
      survey:
        description: Answers to a yearly survey, one row per region, year and wave.
        columns:
          interviews: {{synonyms: [calls]}}
{columns}
    metrics:
      - name: female_respondents
        table: survey
        sql: resp_f_1824 + resp_f_2534 + resp_f_65p
        aggregate: sum
        synonyms: [women, female respondents]
""".format(
    columns="\n".join(
        f'          {c}: {{description: "Respondents, '
        f'{"male" if c[5] == "m" else "female"}, aged {GROUPS[c[7:]]}"}}'
        for c in COLUMNS
    )
)


@pytest.fixture()
def survey(tmp_path: Path) -> Path:
    path = tmp_path / "survey.duckdb"
    con = duckdb.connect(str(path))
    counts = ", ".join(f"(i * {k + 3} + {k * 7}) % 41 AS {c}" for k, c in enumerate(COLUMNS))
    con.execute(
        "CREATE TABLE survey AS SELECT (['North', 'South', 'East', 'West'])[i % 4 + 1] AS region, "
        f"2020 + (i // 4) % 4 AS year, i // 16 AS wave, (i * 7) % 23 AS interviews, {counts} "
        "FROM range(64) t(i)"
    )
    con.close()
    return path


def _engine(path: Path, semantic: Path | None) -> Engine:
    engine = Engine(EngineConfig(planner="rules", use_cache=False, semantic_path=semantic))
    engine.connect("s", str(path))
    return engine


@pytest.fixture()
def engine(survey: Path, tmp_path: Path) -> Engine:
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(SURVEY_YAML)
    found = _engine(survey, semantic)
    yield found
    found.close()


def test_words_of_one_columns_description_measure_that_column(engine: Engine, survey: Path) -> None:
    answer = engine.ask("respondents among women aged 18 to 24 by region", "s")
    want = truth(survey, "SELECT region, SUM(resp_f_1824) FROM survey GROUP BY region")
    assert plotted(answer) == pytest.approx(want)
    older = engine.ask("male respondents 65 and older per year", "s")
    want = truth(survey, "SELECT year, SUM(resp_m_65p) FROM survey GROUP BY year")
    assert plotted(older) == pytest.approx(want)
    plus = engine.ask("men 65+ in the North by year", "s")
    want = truth(
        survey, "SELECT year, SUM(resp_m_65p) FROM survey WHERE region = 'North' GROUP BY year"
    )
    assert plotted(plus) == pytest.approx(want)


def test_how_many_of_a_described_count_is_its_sum_and_a_comparison_keeps_groups(
    engine: Engine, survey: Path
) -> None:
    total = engine.ask("How many women aged 25-34 answered in 2021?", "s")
    fields = total.compiled.fields
    got = total.table.column(fields["y"].alias).to_pylist()
    want = truth(survey, "SELECT 1, SUM(resp_f_2534) FROM survey WHERE year = 2021")
    assert got == [want[1]]
    sums = truth(survey, "SELECT region, SUM(resp_f_2534) FROM survey GROUP BY region")
    cut = sorted(sums.values())[1]  # keeps the regions above the second smallest total
    kept = engine.ask(
        f"Which regions had more than {cut} respondents among women aged 25-34 in total?", "s"
    )
    assert plotted(kept) == pytest.approx({r: v for r, v in sums.items() if v > cut})


def test_words_that_fit_several_columns_are_refused_naming_them(engine: Engine) -> None:
    with pytest.raises(AiserError) as tie:
        engine.ask("respondents aged 18-24 by region", "s")
    assert tie.value.code == "AISER-PLAN-UNSURE"
    assert "resp_m_1824" in tie.value.message and "resp_f_1824" in tie.value.message
    with pytest.raises(AiserError) as both:
        engine.ask("respondents among men 18-24 and women 18-24 by region", "s")
    assert both.value.code == "AISER-PLAN-UNSURE"
    assert "resp_m_1824" in both.value.message and "resp_f_1824" in both.value.message
    assert "resp_m_2534" not in both.value.message


def test_several_columns_of_one_kind_are_the_files_metric(engine: Engine, survey: Path) -> None:
    answer = engine.ask("respondents among women by region", "s")
    want = truth(
        survey,
        "SELECT region, SUM(resp_f_1824 + resp_f_2534 + resp_f_65p) FROM survey GROUP BY region",
    )
    assert plotted(answer) == pytest.approx(want)
    assert answer.plan.provenance.semantic == ["female_respondents"]


def test_without_the_file_descriptions_name_nothing(
    survey: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no aiser.semantic.yaml here
    monkeypatch.delenv("AISER_SEMANTIC", raising=False)
    bare = _engine(survey, None)
    with pytest.raises(AiserError) as refused:
        bare.ask("respondents among women aged 18 to 24 by region", "s")
    assert refused.value.code.startswith("AISER-PLAN-")
    named = bare.ask("total resp_f_1824 by region", "s")
    want = truth(survey, "SELECT region, SUM(resp_f_1824) FROM survey GROUP BY region")
    assert plotted(named) == pytest.approx(want)
    bare.close()


def test_ranges_and_english_equivalents() -> None:
    assert [r[2:] for r in find_ranges(tokens("men aged 15-24"))] == [(15, 24)]
    assert [r[2:] for r in find_ranges(tokens("aged 25 to 34"))] == [(25, 34)]
    assert [r[2:] for r in find_ranges(tokens("women 65+"))] == [(65, OPEN)]
    assert [r[2:] for r in find_ranges(tokens("65 and older"))] == [(65, OPEN)]
    assert [r[2:] for r in find_ranges(tokens("65 years or over"))] == [(65, OPEN)]
    assert find_ranges(tokens("top 10 countries in 2013")) == []
    assert find_ranges(tokens("from 24 to 15")) == []  # not a range: it runs backwards
    assert {canon(w) for w in ("men", "man", "boys", "males")} == {"male"}
    assert {canon(w) for w in ("women", "girls", "female")} == {"female"}
    found = described("New cases, positive pulmonary smear, male, aged 65 or older")
    assert found.ranges == {(65, OPEN)}
    assert {"positive", "pulmonary", "smear", "male", "case"} <= found.words


def test_a_synonym_of_a_column_of_counts_is_summed_as_its_name_is(
    engine: Engine, survey: Path
) -> None:
    want = truth(survey, "SELECT region, SUM(interviews) FROM survey GROUP BY region")
    assert plotted(engine.ask("number of interviews by region", "s")) == pytest.approx(want)
    assert plotted(engine.ask("number of calls by region", "s")) == pytest.approx(want)
    assert plotted(engine.ask("how many calls by region", "s")) == pytest.approx(want)


def test_a_number_since_a_year_is_its_trend_and_a_total_since_then_one_number(
    engine: Engine, survey: Path
) -> None:
    trend = engine.ask("respondents among men 65+ in the North since 2021", "s")
    want = truth(
        survey,
        "SELECT year, SUM(resp_m_65p) FROM survey WHERE region = 'North' AND year >= 2021 "
        "GROUP BY year",
    )
    assert plotted(trend) == pytest.approx(want)
    total = engine.ask("total respondents among men 65+ in the North since 2021", "s")
    got = total.table.column(total.compiled.fields["y"].alias).to_pylist()
    assert got == [sum(want.values())]
