"""The head of a column's name, the table's row noun, and "number of <a column of counts>"
(issue 12), on generated tables of incident reports (one row per incident):

- a word that matches only a noun after the head of a name ("outages" of ``Type.of.Outage``,
  a *type*) names that column weakly, below the table's row noun: "regions with the most
  customers affected by outages" groups by region, not by the type of outage;
- "number of <the words of a column's name>" where the schema's name counts things in the
  plural (``Customers.Affected``) is that column — summed, averaged, or its maximum or
  minimum as the words before say — not a count of rows;
- "outage reports" are the rows of a table of outages.

Each chart is checked against SQL written here on the same DuckDB file, or refused.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from answers import kpi, plots_exactly, truth


@pytest.fixture(scope="module")
def outages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import duckdb

    path = tmp_path_factory.mktemp("heads") / "outages.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        """CREATE TABLE ServiceOutages AS
        SELECT (['North', 'South', 'East', 'West', 'Central'])[1 + i % 5] AS "Region",
            (['Storm', 'Equipment Failure', 'Vandalism', 'Other'])[1 + (i * 7) % 4]
                AS "Type.of.Outage",
            (['Utility', 'Contractor'])[1 + (i * 3) % 2] AS "Provider.Type",
            (100 + (i * 7919) % 50000)::BIGINT AS "Customers.Affected",
            (DATE '2019-01-01' + (i * 5)::INTEGER) AS "Report.Date"
        FROM range(400) t(i)"""
    )
    con.execute(
        """CREATE TABLE WorkplaceAccidents AS
        SELECT (['Mining', 'Construction', 'Farming'])[1 + i % 3] AS "Industry",
            (1 + (i * 37) % 23)::INTEGER AS "Persons.Injured",
            (DATE '2018-01-01' + (i * 7)::INTEGER) AS "Accident.Date"
        FROM range(300) t(i)"""
    )
    con.close()
    return path


def test_a_row_noun_is_not_the_type_whose_name_it_ends(engine: Any, outages: Path) -> None:
    """ "by outages" is the rows; the regions group, ranked by the customers affected."""
    answer = plots_exactly(
        engine,
        outages,
        "outages",
        "the 3 regions with the most customers affected by outages in 2020",
        """SELECT "Region", SUM("Customers.Affected") FROM ServiceOutages
        WHERE YEAR("Report.Date") = 2020 GROUP BY 1 ORDER BY 2 DESC LIMIT 3""",
    )
    assert answer.plan.chart.mark == "bar"


def test_number_of_a_counts_column_summed_under_a_condition(engine: Any, outages: Path) -> None:
    engine.connect("outages", str(outages))
    answer = engine.ask("total number of customers affected by outages at contractors", "outages")
    (want,) = truth(
        outages,
        """SELECT 1, SUM("Customers.Affected") FROM ServiceOutages
        WHERE "Provider.Type" = 'Contractor'""",
    ).values()
    assert kpi(answer) == want


def test_largest_number_by_one_row_is_the_maximum_each_year(engine: Any, outages: Path) -> None:
    plots_exactly(
        engine,
        outages,
        "outages",
        "bar chart of the largest number of customers affected by a single outage in each year",
        """SELECT DATE_TRUNC('year', "Report.Date"), MAX("Customers.Affected") FROM ServiceOutages
        GROUP BY 1""",
    )


def test_smallest_number_is_the_minimum(engine: Any, outages: Path) -> None:
    engine.connect("outages", str(outages))
    answer = engine.ask(
        "What is the smallest number of customers affected by an outage in the West?", "outages"
    )
    (want,) = truth(
        outages,
        """SELECT 1, MIN("Customers.Affected") FROM ServiceOutages WHERE "Region" = 'West'""",
    ).values()
    assert kpi(answer) == want


def test_people_for_persons_average_number_per_row(engine: Any, outages: Path) -> None:
    """ "people injured" is ``Persons.Injured``; "average number of … per accident" its mean."""
    plots_exactly(
        engine,
        outages,
        "outages",
        "trend of the average number of people injured per accident, by year",
        """SELECT DATE_TRUNC('year', "Accident.Date"), AVG("Persons.Injured") FROM WorkplaceAccidents
        GROUP BY 1""",
    )


def test_reports_of_the_row_noun_are_the_rows(engine: Any, outages: Path) -> None:
    plots_exactly(
        engine,
        outages,
        "outages",
        "monthly number of outage reports in 2020",
        """SELECT DATE_TRUNC('month', "Report.Date"), COUNT(*) FROM ServiceOutages
        WHERE YEAR("Report.Date") = 2020 GROUP BY 1""",
    )


def test_the_type_said_groups_by_the_type_of_the_rows(engine: Any, outages: Path) -> None:
    """The weak reading of "outage" leaves ``Type.of.Outage`` to "type of outage"."""
    plots_exactly(
        engine,
        outages,
        "outages",
        "total customers affected by type of outage",
        """SELECT "Type.of.Outage", SUM("Customers.Affected") FROM ServiceOutages GROUP BY 1""",
    )


def test_a_grouping_word_naming_no_column_is_refused(engine: Any, outages: Path) -> None:
    """ "by cause": no column is a cause; the row noun "outages" must not stand in for one
    (``Type.of.Outage``) — refused, not a guess."""
    from aiser_jupyter.errors import AiserError

    engine.connect("outages", str(outages))
    with pytest.raises(AiserError):
        engine.ask("number of outages by cause", "outages")
