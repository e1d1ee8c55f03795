"""The rule planner reads the semantic layer: its synonyms name tables and columns, its time
column is what "per month" runs along and whose date "in July 2024" keeps — and without the
file the same words are refused."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from answers import plotted, truth

from aiser_jupyter.engine.config import EngineConfig
from aiser_jupyter.engine.core import Engine
from aiser_jupyter.errors import AiserError

TICKETS_YAML = """\
version: 1
sources:
  default:
    tables:
      tickets:
        synonyms: [cases]
        time_column: closed
        columns:
          cost: {synonyms: [spend]}
"""


@pytest.fixture()
def tickets(tmp_path: Path) -> Path:
    path = tmp_path / "tickets.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE tickets AS SELECT i AS ticket_id, DATE '2024-01-01' + INTERVAL (i) DAY AS opened, "
        "DATE '2024-01-01' + INTERVAL (i + 45) DAY AS closed, 10.0 + i % 7 AS cost "
        "FROM range(200) t(i)"
    )
    con.close()
    return path


def _engine(semantic: Path | None) -> Engine:
    return Engine(EngineConfig(planner="rules", use_cache=False, semantic_path=semantic))


def test_synonyms_and_the_time_column_of_the_file_plan_the_question(
    tickets: Path, tmp_path: Path
) -> None:
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(TICKETS_YAML)
    engine = _engine(semantic)
    engine.connect("t", str(tickets))
    answer = engine.ask("total spend per month", "t")
    fields = answer.compiled.fields
    got = dict(
        zip(
            [str(v)[:7] for v in answer.table.column(fields["x"].alias).to_pylist()],
            answer.table.column(fields["y"].alias).to_pylist(),
            strict=True,
        )
    )
    con = duckdb.connect(str(tickets), read_only=True)
    want = {
        str(m)[:7]: s
        for m, s in con.sql(
            "SELECT DATE_TRUNC('month', closed), SUM(cost) FROM tickets GROUP BY 1"
        ).fetchall()
    }
    con.close()
    assert got == pytest.approx(want)  # by the month each ticket closed, as the file says
    cases = engine.ask("number of cases per month", "t")
    assert sum(cases.table.column(cases.compiled.fields["y"].alias).to_pylist()) == 200
    engine.close()


def test_without_the_file_the_same_words_are_not_guessed(
    tickets: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # no aiser.semantic.yaml here
    monkeypatch.delenv("AISER_SEMANTIC", raising=False)
    engine = _engine(None)
    engine.connect("t", str(tickets))
    with pytest.raises(AiserError) as refused:
        engine.ask("total spend per month", "t")
    assert refused.value.code.startswith("AISER-PLAN-")
    engine.close()


def test_a_year_is_kept_by_the_time_column_of_the_file(
    tickets: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two dates (opened, closed), none named: "in July 2024" is whose? The file's time column says;
    without the file the question is refused, not kept by the first date of the alphabet."""
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(TICKETS_YAML)
    with_file = _engine(semantic)
    with_file.connect("t", str(tickets))
    answer = with_file.ask("total cost in July 2024", "t")
    [total] = answer.table.column(answer.compiled.fields["y"].alias).to_pylist()
    con = duckdb.connect(str(tickets), read_only=True)
    [(want,)] = con.sql(
        "SELECT SUM(cost) FROM tickets WHERE closed BETWEEN '2024-07-01' AND '2024-07-31'"
    ).fetchall()
    [(opened,)] = con.sql(
        "SELECT SUM(cost) FROM tickets WHERE opened BETWEEN '2024-07-01' AND '2024-07-31'"
    ).fetchall()
    con.close()
    assert float(total) == pytest.approx(float(want)) and want != opened
    with_file.close()
    monkeypatch.chdir(tmp_path / "..")  # no aiser.semantic.yaml there
    monkeypatch.delenv("AISER_SEMANTIC", raising=False)
    without = _engine(None)
    without.connect("t", str(tickets))
    with pytest.raises(AiserError) as refused:
        without.ask("total cost in July 2024", "t")
    assert refused.value.code == "AISER-PLAN-UNSURE"
    assert "july" in refused.value.details["unused"]
    without.close()


PWT_YAML = """\
version: 1
sources:
  default:
    tables:
      pwt:
        columns:
          pop: {description: "Population in millions"}
          emp: {description: "Number of persons engaged (in millions)"}
          avh: {description: "Average annual hours worked by persons engaged."}
          hc: {description: "Index of human capital per person, based on years of schooling"}
          rgdpna: {description: "Real GDP at constant 2011 national prices (in million 2017 USD)"}
          rnna: {description: "Capital stock at constant 2017 national prices (in million 2017 USD)"}
"""


def test_an_average_said_of_a_described_column_is_taken(tmp_path: Path) -> None:
    """ "average hours worked" of a column described "Average annual hours worked …": the
    average is the aggregate asked, never folded into the column's words (which summed the
    column per country)."""
    path = tmp_path / "pwt.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE pwt AS SELECT (['Peru', 'Chad', 'Fiji', 'Oman'])[i % 4 + 1] AS country,"
        " 2005 + i // 4 AS year, 10.0 + i % 4 AS pop, 4.0 + i % 4 AS emp,"
        " 1700.0 + 10 * (i % 4) + i % 9 AS avh, 2.0 + i % 4 / 10 AS hc, 100.0 + i AS rgdpna,"
        " 300.0 + i AS rnna FROM range(60) t(i)"
    )
    con.close()
    semantic = tmp_path / "aiser.semantic.yaml"
    semantic.write_text(PWT_YAML)
    engine = _engine(semantic)
    engine.connect("p", str(path))
    answer = engine.ask("average hours worked by country since 2010", "p")
    want = "SELECT country, AVG(avh) FROM pwt WHERE year >= 2010 GROUP BY 1"
    assert plotted(answer) == truth(path, want, approx=True)
    engine.close()
