"""Health-data breaches reported to the US Department of Health and Human Services (Ecdat).

One table, ``HHSCyberSecurityBreaches``, one row per breach report, October
2009 – February 2015 (1,151 rows), columns named with dots as R reads the
HHS export: ``Name.of.Covered.Entity`` (the organisation), ``State`` (a
two-letter postal code; 50 states, DC and PR), ``Covered.Entity.Type``
(Healthcare Provider / Health Plan / Business Associate / Healthcare Clearing
House), ``Individuals.Affected`` (500 or more), ``Breach.Submission.Date``
(DATE), ``Type.of.Breach`` and ``Location.of.Breached.Information`` (one value
or a comma-separated combination, e.g. ``Loss, Theft``),
``Business.Associate.Present`` (BOOLEAN) and ``Web.Description`` (text,
``\\N`` when missing). "Involving X" means the type or location mentions X.
"""

from itemdef import Q

DB = "hhs_breaches"
T = "HHSCyberSecurityBreaches"
D = '"Breach.Submission.Date"'
N = '"Individuals.Affected"'

ITEMS = [
    Q(
        "hhs-01",
        "number of breaches reported per year",
        "line",
        "year(Breach.Submission.Date)",
        "count(*)",
        sql=f"SELECT YEAR({D}) AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="count-of-entity temporal-bin time-line",
    ),
    Q(
        "hhs-02",
        "total individuals affected by covered entity type",
        "bar",
        "Covered.Entity.Type",
        "sum(Individuals.Affected)",
        sql=f'SELECT "Covered.Entity.Type" AS x, SUM({N}) AS y FROM {T} GROUP BY x ORDER BY x',
        hard="Easy",
        tags="",
    ),
    Q(
        "hhs-03",
        "pie chart of breaches by type of covered entity",
        "arc",
        "Covered.Entity.Type",
        "count(*)",
        sql=f'SELECT "Covered.Entity.Type" AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x',
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "hhs-04",
        "top 8 states by number of breaches",
        "bar",
        "State",
        "count(*)",
        sql=f"SELECT State AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY y DESC, x LIMIT 8",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
    Q(
        "hhs-05",
        "How many breaches affected more than 100,000 individuals?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE {N} > 100000",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "hhs-06",
        "monthly number of breach reports submitted in 2013",
        "line",
        "month(Breach.Submission.Date)",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', {D}) AS x, COUNT(*) AS y FROM {T}"
        f" WHERE YEAR({D}) = 2013 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="count-of-entity temporal-bin time-line condition-year",
    ),
    Q(
        "hhs-07",
        "trend of the average number of people affected per breach, by year",
        "line",
        "year(Breach.Submission.Date)",
        "avg(Individuals.Affected)",
        sql=f"SELECT YEAR({D}) AS x, AVG({N}) AS y FROM {T} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="temporal-bin time-line",
    ),
    Q(
        "hhs-08",
        "which 5 organizations filed the most breach reports?",
        "bar",
        "Name.of.Covered.Entity",
        "count(*)",
        sql=f'SELECT "Name.of.Covered.Entity" AS x, COUNT(*) AS y FROM {T}'
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
    Q(
        "hhs-09",
        "number of breaches involving a laptop per year",
        "line",
        "year(Breach.Submission.Date)",
        "count(*)",
        sql=f"SELECT YEAR({D}) AS x, COUNT(*) AS y FROM {T}"
        " WHERE \"Location.of.Breached.Information\" LIKE '%Laptop%' GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="count-of-entity temporal-bin time-line condition-value",
    ),
    Q(
        "hhs-10",
        "trend of the total people affected by hacking incidents, by year",
        "line",
        "year(Breach.Submission.Date)",
        "sum(Individuals.Affected)",
        sql=f"SELECT YEAR({D}) AS x, SUM({N}) AS y FROM {T}"
        " WHERE \"Type.of.Breach\" LIKE '%Hacking%' GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="temporal-bin time-line condition-value",
    ),
    Q(
        "hhs-11",
        "histogram of individuals affected in bins of 1,000, for breaches affecting fewer than"
        " 10,000 individuals",
        "bar",
        "Individuals.Affected",
        "count(*)",
        sql=f"SELECT FLOOR({N} / 1000) * 1000 AS x, COUNT(*) AS y FROM {T}"
        f" WHERE {N} < 10000 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="histogram condition-number",
    ),
    Q(
        "hhs-12",
        "number of breaches in CA, TX, NY and FL by year, stacked by state",
        "bar",
        "year(Breach.Submission.Date)",
        "count(*)",
        "State",
        sql=f"SELECT YEAR({D}) AS x, COUNT(*) AS y, State AS color FROM {T}"
        " WHERE State IN ('CA', 'TX', 'NY', 'FL') GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category count-of-entity temporal-bin condition-value",
    ),
    Q(
        "hhs-13",
        "bar chart of the largest number of individuals affected by a single breach in each year",
        "bar",
        "year(Breach.Submission.Date)",
        "max(Individuals.Affected)",
        sql=f"SELECT YEAR({D}) AS x, MAX({N}) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin min-max",
    ),
    Q(
        "hhs-14",
        "top 5 locations of breached information by total individuals affected",
        "bar",
        "Location.of.Breached.Information",
        "sum(Individuals.Affected)",
        sql=f'SELECT "Location.of.Breached.Information" AS x, SUM({N}) AS y FROM {T}'
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "hhs-15",
        "How many different organizations have reported a breach?",
        "kpi",
        None,
        "count(distinct Name.of.Covered.Entity)",
        sql=f'SELECT COUNT(DISTINCT "Name.of.Covered.Entity") AS y FROM {T}',
        hard="Medium",
        tags="kpi count-distinct count-of-entity",
    ),
    Q(
        "hhs-16",
        "total number of individuals affected by breaches at business associates",
        "kpi",
        None,
        "sum(Individuals.Affected)",
        sql=f"SELECT SUM({N}) AS y FROM {T} WHERE \"Covered.Entity.Type\" = 'Business Associate'",
        hard="Easy",
        tags="kpi condition-value",
    ),
    Q(
        "hhs-17",
        "How many breaches were submitted in 2014?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE YEAR({D}) = 2014",
        hard="Easy",
        tags="kpi count-of-entity condition-year",
    ),
    Q(
        "hhs-18",
        "states with more than 40 breaches",
        "bar",
        "State",
        "count(*)",
        sql=f"SELECT State AS x, COUNT(*) AS y FROM {T} GROUP BY x HAVING COUNT(*) > 40 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "hhs-19",
        "breaches per year broken down by covered entity type, as stacked bars",
        "bar",
        "year(Breach.Submission.Date)",
        "count(*)",
        "Covered.Entity.Type",
        sql=f'SELECT YEAR({D}) AS x, COUNT(*) AS y, "Covered.Entity.Type" AS color FROM {T}'
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity temporal-bin",
    ),
    Q(
        "hhs-20",
        "average individuals affected per breach by entity type and year, for 2012 to 2014",
        "bar",
        "Covered.Entity.Type",
        "avg(Individuals.Affected)",
        "year(Breach.Submission.Date)",
        sql=f'SELECT "Covered.Entity.Type" AS x, AVG({N}) AS y, YEAR({D}) AS color FROM {T}'
        f" WHERE YEAR({D}) BETWEEN 2012 AND 2014 GROUP BY x, color ORDER BY x, color",
        hard="Extra Hard",
        tags="two-category non-additive condition-year-range temporal-bin",
    ),
    Q(
        "hhs-21",
        "monthly total of individuals affected from July 2013 through June 2014",
        "line",
        "month(Breach.Submission.Date)",
        "sum(Individuals.Affected)",
        sql=f"SELECT DATE_TRUNC('month', {D}) AS x, SUM({N}) AS y FROM {T}"
        f" WHERE {D} >= DATE '2013-07-01' AND {D} < DATE '2014-07-01' GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="temporal-bin time-line condition-year-range",
    ),
    Q(
        "hhs-22",
        "bar chart of the number of breaches submitted in December of each year",
        "bar",
        "year(Breach.Submission.Date)",
        "count(*)",
        sql=f"SELECT YEAR({D}) AS x, COUNT(*) AS y FROM {T} WHERE MONTH({D}) = 12"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity temporal-bin condition-month",
    ),
    Q(
        "hhs-23",
        "How many breaches did Walgreen Co. report?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE \"Name.of.Covered.Entity\" = 'Walgreen Co.'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "hhs-24",
        "the 10 states with the most people affected by breaches in 2014",
        "bar",
        "State",
        "sum(Individuals.Affected)",
        sql=f"SELECT State AS x, SUM({N}) AS y FROM {T} WHERE YEAR({D}) = 2014"
        " GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year",
    ),
    Q(
        "hhs-25",
        "scatter with submission date on x and individuals affected on y, for breaches involving"
        " a network server",
        "point",
        "Breach.Submission.Date",
        "Individuals.Affected",
        sql=f"SELECT {D} AS x, {N} AS y FROM {T}"
        " WHERE \"Location.of.Breached.Information\" LIKE '%Network Server%' ORDER BY x, y",
        hard="Hard",
        tags="scatter condition-value",
    ),
    Q(
        "hhs-26",
        "compare the average individuals affected for breaches of type Theft and of type Loss",
        "bar",
        "Type.of.Breach",
        "avg(Individuals.Affected)",
        sql=f'SELECT "Type.of.Breach" AS x, AVG({N}) AS y FROM {T}'
        " WHERE \"Type.of.Breach\" IN ('Theft', 'Loss') GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value",
    ),
    Q(
        "hhs-27",
        "What is the smallest number of individuals affected by a breach in PR?",
        "kpi",
        None,
        "min(Individuals.Affected)",
        sql=f"SELECT MIN({N}) AS y FROM {T} WHERE State = 'PR'",
        hard="Easy",
        tags="kpi min-max condition-value",
    ),
]
