"""Panels of people, athletes' sports, years said before a measure, and honest refusals (issue 12).

- "how many people does the panel follow" of a balanced panel keyed by (id, year): distinct
  ids; of a survey whose ids run 1 … n again each year (not balanced): its rows.
- "swimmers", "rowers" of a sport stored as ``Swim``, ``Row``; "basketball" of ``B_Ball``;
  "African-American" of ``afam``.
- "over 190 cm tall": the height compared; "average 1982 wage": the rows of 1982, while
  "each person's 1982 wage" is no wage of 1982 dollars.
- ``weeks`` (worked) is a number of weeks, averaged; "by years of education" (or "of
  schooling", a generic word for it that yields to a column named ``school``): ``education``.
- "What percentage of the athletes are women?": the mean of 100 where sex = 'f', else 0.
- "participants who quit smoking" drawn as the smoking years: refused.
- "total strikeouts" of ``strike_outs``; "sports where the athletes weigh over 80 kg on
  average": each group's mean.
- "bar chart of trading days by year" of a daily series: its rows counted; "founded in 1990 or
  later": from 1990 on; "patients who died" of an outcome stored as ``death``.
- Refused, no more drawn: a grouping after "by the" left unread ("by the father's
  education"), a count of rows no word asked for ("yearly corticosteroid spending"), "whose
  wage rose the most".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from answers import databases, kpi, one, plots_exactly, refuses

from aiser_jupyter.engine.core import Engine


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("panels_athletes")
    tables = {
        "panel": [
            "CREATE TABLE earnings AS SELECT p AS id, 1976 + y AS year,"
            " CASE WHEN p % 5 = 0 THEN 'female' ELSE 'male' END AS gender,"
            " CASE WHEN p % 7 = 0 THEN 'afam' ELSE 'other' END AS ethnicity,"
            " 8 + p % 10 AS education, 20 + (p * 7 + y * 3) % 33 AS weeks,"
            " 300 + (p * 37) % 900 + y * 40 AS wage"
            " FROM range(1, 201) t(p), range(7) u(y)"
        ],
        "survey": [
            "CREATE TABLE respondents AS SELECT n AS id, 1990 + y AS year,"
            " CASE WHEN (n + y) % 2 = 0 THEN 'Female' ELSE 'Male' END AS sex, 18 + (n * 7) % 60 AS age"
            " FROM range(6) u(y), range(1, 1000) t(n) WHERE n <= 300 + 100 * y"
        ],
        "sport": [
            "CREATE TABLE ais AS SELECT"
            " (['Swim', 'Row', 'B_Ball', 'Netball', 'Tennis', 'W_Polo'])[1 + k % 6] AS sport,"
            " CASE WHEN k % 2 = 0 THEN 'f' ELSE 'm' END AS sex,"
            " 160 + (k * 13) % 45 AS ht, 50 + (k * 11) % 55 AS wt, 40 + (k * 7) % 50 AS lbm"
            " FROM range(240) t(k)"
        ],
        "spending": [
            f"CREATE TABLE {name} AS SELECT CAST(DATE '1991-07-01' + INTERVAL (k) MONTH AS DATE)"
            f" AS time, {base} + (k * 7) % 13 AS value FROM range(180) t(k)"
            for name, base in (("a10", 3), ("h02", 1), ("auscafe", 2))
        ],
        "batting": [
            "CREATE TABLE players AS SELECT 'P' || k AS name, (['NYY', 'BOS', 'CHC'])[1 + k % 3] AS team,"
            " (k * 17) % 160 AS strike_outs FROM range(90) t(k)"
        ],
        "smokers": [
            "CREATE TABLE nhefs AS SELECT k AS seqn, k % 2 AS qsmk, 1 + k % 5 AS education,"
            " 5 + (k * 7) % 40 AS smokeyrs FROM range(400) t(k)"
        ],
        "daily": [
            "CREATE TABLE TechStocks AS SELECT CAST(DATE '2015-12-01' + INTERVAL (k) DAY AS DATE)"
            " AS Date, 100 + k % 37 AS AAPL FROM range(700) t(k) WHERE dayofweek(DATE '2015-12-01'"
            " + INTERVAL (k) DAY) BETWEEN 1 AND 5",
            "CREATE TABLE Journals AS SELECT 'J' || k AS title, 1900 + (k * 7) % 110 AS foundingyear,"
            " 10 + (k * 13) % 500 AS citations FROM range(150) t(k)",
            "CREATE TABLE transplant AS SELECT k AS id, CASE WHEN k % 2 = 0 THEN 'm' ELSE 'f' END"
            " AS sex, (['ltx', 'death', 'withdraw', 'censored'])[1 + (k * 3) % 4] AS event"
            " FROM range(300) t(k)",
        ],
        "births": [
            "CREATE TABLE Gestation AS SELECT k AS id, 20 + k % 20 AS age, 22 + k % 25 AS dage,"
            " (['HS', 'College', 'Trade'])[1 + k % 3] AS ed,"
            " (['HS', 'College', 'Trade'])[1 + (k // 3) % 3] AS ded, 90 + k % 60 AS wt"
            " FROM range(300) t(k)"
        ],
    }
    return databases(root, tables)


def test_a_balanced_panel_counts_its_people_a_survey_its_rows(
    engine: Engine, data: dict[str, Path]
) -> None:
    engine.connect("p", str(data["panel"]))
    assert kpi(engine.ask("How many people does the panel follow?", "p")) == 200
    women = engine.ask("How many women are in the panel?", "p")
    assert kpi(women) == one(
        data["panel"], "SELECT COUNT(DISTINCT id) FROM earnings WHERE gender = 'female'"
    )
    plots_exactly(
        engine,
        data["panel"],
        "p",
        "number of people by gender",
        "SELECT gender, COUNT(DISTINCT id) FROM earnings GROUP BY gender",
    )
    plots_exactly(  # new respondents each year, numbered 1 … n: each row is one of them
        engine,
        data["survey"],
        "s",
        "number of respondents by sex",
        "SELECT sex, COUNT(*) FROM respondents GROUP BY sex",
    )
    plots_exactly(
        engine,
        data["survey"],
        "s",
        "number of people by sex",
        "SELECT sex, COUNT(*) FROM respondents GROUP BY sex",
    )


def test_athletes_of_a_sport_said_as_people_or_in_full(
    engine: Engine, data: dict[str, Path]
) -> None:
    engine.connect("a", str(data["sport"]))
    swimmers = engine.ask("How many swimmers weigh more than 80 kg?", "a")
    assert kpi(swimmers) == one(
        data["sport"], "SELECT COUNT(*) FROM ais WHERE sport = 'Swim' AND wt > 80"
    )
    rowers = engine.ask("average height of rowers", "a")
    assert kpi(rowers) == pytest.approx(
        one(data["sport"], "SELECT AVG(ht) FROM ais WHERE sport = 'Row'")
    )
    heaviest = engine.ask("heaviest basketball player's weight", "a")
    assert kpi(heaviest) == one(data["sport"], "SELECT MAX(wt) FROM ais WHERE sport = 'B_Ball'")
    tall = engine.ask("average lean body mass of male athletes over 190 cm tall", "a")
    truth = "SELECT AVG(lbm) FROM ais WHERE sex = 'm' AND ht > 190"
    assert kpi(tall) == pytest.approx(one(data["sport"], truth))


def test_years_before_a_measure_weeks_worked_and_schooling(
    engine: Engine, data: dict[str, Path]
) -> None:
    plots_exactly(
        engine,
        data["panel"],
        "p",
        "average 1982 wage by gender",
        "SELECT gender, AVG(wage) FROM earnings WHERE year = 1982 GROUP BY gender",
    )
    plots_exactly(
        engine,
        data["panel"],
        "p",
        "average weeks worked in 1982 by years of education",
        "SELECT education, AVG(weeks) FROM earnings WHERE year = 1982 GROUP BY education",
    )
    plots_exactly(  # "schooling": a generic word for education, no column named by it here
        engine,
        data["panel"],
        "p",
        "average weeks worked in 1982 by years of schooling",
        "SELECT education, AVG(weeks) FROM earnings WHERE year = 1982 GROUP BY education",
    )
    engine.connect("p", str(data["panel"]))
    afam = engine.ask("average wage of African-American workers", "p")
    truth = "SELECT AVG(wage) FROM earnings WHERE ethnicity = 'afam'"
    assert kpi(afam) == pytest.approx(one(data["panel"], truth))
    refuses(engine, data["panel"], "p", "each person's 1982 wage against their 1976 wage")


def test_what_the_plan_would_leave_out_is_refused(engine: Engine, data: dict[str, Path]) -> None:
    refuses(
        engine, data["births"], "b", "average age of fathers by the father's education", "education"
    )
    refuses(
        engine,
        data["spending"],
        "sp",
        "trend of yearly corticosteroid spending from 1992 to 2007",
        "spending",
    )
    refuses(
        engine,
        data["panel"],
        "p",
        "the 5 people whose wage rose the most between 1976 and 1982",
        "rose",
    )


def test_glued_names_and_means_compared_by_a_verb(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["batting"],
        "m",
        "teams ranked by total strikeouts, most first",
        "SELECT team, SUM(strike_outs) FROM players GROUP BY team",
    )
    plots_exactly(
        engine,
        data["sport"],
        "a",
        "sports where the athletes weigh over 80 kg on average",
        "SELECT sport, AVG(wt) FROM ais GROUP BY sport HAVING AVG(wt) > 80",
    )


def test_a_share_of_the_rows_a_value_holds(engine: Engine, data: dict[str, Path]) -> None:
    engine.connect("a", str(data["sport"]))
    share = engine.ask("What percentage of the athletes are women?", "a")
    truth = "SELECT 100.0 * COUNT(*) FILTER (WHERE sex = 'f') / COUNT(*) FROM ais"
    assert kpi(share) == pytest.approx(one(data["sport"], truth))
    rowers = engine.ask("what share of the athletes are rowers", "a")
    truth = "SELECT AVG(CASE WHEN sport = 'Row' THEN 1.0 ELSE 0 END) FROM ais"
    assert kpi(rowers) == pytest.approx(one(data["sport"], truth))
    q = "percentage of participants who quit smoking, by education level"
    refuses(engine, data["smokers"], "n", q, "quit")


def test_days_counted_open_years_and_outcomes(engine: Engine, data: dict[str, Path]) -> None:
    plots_exactly(
        engine,
        data["daily"],
        "d",
        "bar chart of trading days by year",
        "SELECT CAST(DATE_TRUNC('year', Date) AS TIMESTAMP), COUNT(*) FROM TechStocks GROUP BY 1",
    )
    engine.connect("d", str(data["daily"]))
    later = engine.ask("average citations of the journals founded in 1990 or later", "d")
    truth = "SELECT AVG(citations) FROM Journals WHERE foundingyear >= 1990"
    assert kpi(later) == pytest.approx(one(data["daily"], truth))
    plots_exactly(
        engine,
        data["daily"],
        "d",
        "men vs women among the patients who died on the list",
        "SELECT sex, COUNT(*) FROM transplant WHERE event = 'death' GROUP BY sex",
    )
