"""US yearly money series from Ecdat: the Postal Service, family incomes, corporate profits.

``USPS`` (one row per year 1789–2021): ``Income`` and ``Expenses`` in millions of dollars,
``*_pFed`` shares of federal receipts/outlays, ``*_pGDP`` shares of GDP, ``*_cap`` per person,
``realIncome_cap``/``realExpenses_cap``, ``postOffices``, ``KpopPerPostOffice`` (thousands of
people per post office), ``piecesOfMail`` and ``periodicals`` (millions), ``piecesOfMailPerCap``,
``periodicalsPerCap``, ``costCoveragePeriodicals``. ``incomeInequality`` (1947–2012): family
income quantiles in 2012 dollars (``quintile1`` … ``quintile4``, ``median``, Census ``p95``; IRS
``P90``, ``P95_1`` (R's second ``P95``), ``P99`` …), ``Number.thousands`` families,
``realGDPperCap``, ``personsPerFamily``, ``mean.median``. ``USFinanceIndustry`` (1929–2012,
2012 NULL): corporate profits in billions of dollars (``CorporateProfitsAdj`` = ``Domestic`` +
``restOfWorld``, ``Domestic`` = ``Financial`` + ``Nonfinancial``), ``FinanceProportion``.
Joins: ``USPS.Year`` = ``incomeInequality.Year`` = ``USFinanceIndustry.year``.
"""

from itemdef import Q

DB = "us_yearly_finance"
P = "USPS"
I = "incomeInequality"  # noqa: E741
F = "USFinanceIndustry"

ITEMS = [
    Q(
        "usf-01",
        "How has the Postal Service's income changed over the years?",
        "line",
        "Year",
        "Income",
        sql=f"SELECT Year AS x, Income AS y FROM {P} ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line",
    ),
    Q(
        "usf-02",
        "how many post offices were there in 1900?",
        "kpi",
        None,
        "postOffices",
        sql=f"SELECT postOffices AS y FROM {P} WHERE Year = 1900",
        hard="Easy",
        tags="kpi condition-year calendar-int",
    ),
    Q(
        "usf-03",
        "number of post offices per year since 1950",
        "line",
        "Year",
        "postOffices",
        sql=f"SELECT Year AS x, postOffices AS y FROM {P} WHERE Year >= 1950 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line condition-year-range",
    ),
    Q(
        "usf-04",
        "in how many years since 1950 did the post office spend more than it took in?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {P} WHERE Year >= 1950 AND Expenses > Income",
        hard="Medium",
        tags="kpi count-of-entity condition-year-range calendar-int",
    ),
    Q(
        "usf-05",
        "pieces of mail per person over time",
        "line",
        "Year",
        "piecesOfMailPerCap",
        sql=f"SELECT Year AS x, piecesOfMailPerCap AS y FROM {P}"
        " WHERE piecesOfMailPerCap IS NOT NULL ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line abbreviation",
    ),
    Q(
        "usf-06",
        "which 5 years had the most mail delivered?",
        "bar",
        "Year",
        "piecesOfMail",
        sql=f"SELECT Year AS x, piecesOfMail AS y FROM {P} WHERE piecesOfMail IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n calendar-int",
    ),
    Q(
        "usf-07",
        "average USPS expenses as a share of GDP per decade, 1900s to 1990s",
        "bar",
        "Year",
        "avg(Expenses_pGDP)",
        sql=f"SELECT (Year // 10) * 10 AS x, AVG(Expenses_pGDP) AS y FROM {P}"
        " WHERE Year BETWEEN 1900 AND 1999 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="calendar-int condition-year-range abbreviation",
    ),
    Q(
        "usf-08",
        "histogram of the number of post offices, bins of 10,000",
        "bar",
        "postOffices",
        "count(*)",
        sql=f"SELECT FLOOR(postOffices / 10000) * 10000 AS x, COUNT(*) AS y FROM {P}"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "usf-09",
        "real postal income per capita through the 1800s",
        "line",
        "Year",
        "realIncome_cap",
        sql=f"SELECT Year AS x, realIncome_cap AS y FROM {P}"
        " WHERE Year BETWEEN 1800 AND 1899 AND realIncome_cap IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line condition-year-range abbreviation",
    ),
    Q(
        "usf-10",
        "what's the highest number of post offices the US ever had?",
        "kpi",
        None,
        "max(postOffices)",
        sql=f"SELECT MAX(postOffices) AS y FROM {P}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "usf-11",
        "median family income trend",
        "line",
        "Year",
        "median",
        sql=f"SELECT Year AS x, median AS y FROM {I} ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line",
    ),
    Q(
        "usf-12",
        "how many families (in thousands) were there in 1970?",
        "kpi",
        None,
        "Number.thousands",
        sql=f'SELECT "Number.thousands" AS y FROM {I} WHERE Year = 1970',
        hard="Easy",
        tags="kpi condition-year calendar-int abbreviation",
    ),
    Q(
        "usf-13",
        "ratio of mean to median family income over the years",
        "line",
        "Year",
        "mean.median",
        sql=f'SELECT Year AS x, "mean.median" AS y FROM {I} ORDER BY x',
        sort="x",
        hard="Medium",
        tags="calendar-int time-line abbreviation",
    ),
    Q(
        "usf-14",
        "top 1% family income threshold by year since 1980",
        "line",
        "Year",
        "P99",
        sql=f"SELECT Year AS x, P99 AS y FROM {I} WHERE Year >= 1980 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line condition-year-range abbreviation",
    ),
    Q(
        "usf-15",
        "real GDP per person vs median family income, one dot per year",
        "point",
        "realGDPperCap",
        "median",
        sql=f"SELECT realGDPperCap AS x, median AS y FROM {I}",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "usf-16",
        "average family size by decade",
        "bar",
        "Year",
        "avg(personsPerFamily)",
        sql=f"SELECT (Year // 10) * 10 AS x, AVG(personsPerFamily) AS y FROM {I}"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="calendar-int abbreviation",
    ),
    Q(
        "usf-17",
        "in how many years was median family income above $60,000?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {I} WHERE median > 60000",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "usf-18",
        "US corporate profits over time",
        "line",
        "year",
        "CorporateProfitsAdj",
        sql=f"SELECT year AS x, CorporateProfitsAdj AS y FROM {F}"
        " WHERE CorporateProfitsAdj IS NOT NULL ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line abbreviation",
    ),
    Q(
        "usf-19",
        "financial sector's share of domestic profits each year since 1980",
        "line",
        "year",
        "FinanceProportion",
        sql=f"SELECT year AS x, FinanceProportion AS y FROM {F}"
        " WHERE year >= 1980 AND FinanceProportion IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line condition-year-range abbreviation",
    ),
    Q(
        "usf-20",
        "top 5 years for financial-industry profits",
        "bar",
        "year",
        "Financial",
        sql=f"SELECT year AS x, Financial AS y FROM {F} WHERE Financial IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n calendar-int",
    ),
    Q(
        "usf-21",
        "total corporate profits earned from the rest of the world in 2000-2009",
        "kpi",
        None,
        "sum(restOfWorld)",
        sql=f"SELECT SUM(restOfWorld) AS y FROM {F} WHERE year BETWEEN 2000 AND 2009",
        hard="Medium",
        tags="kpi condition-year-range calendar-int abbreviation",
    ),
    Q(
        "usf-22",
        "how many years had negative corporate profits?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {F} WHERE CorporateProfitsAdj < 0",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "usf-23",
        "financial vs nonfinancial corporate profits, one point per year",
        "point",
        "Nonfinancial",
        "Financial",
        sql=f"SELECT Nonfinancial AS x, Financial AS y FROM {F}"
        " WHERE Nonfinancial IS NOT NULL AND Financial IS NOT NULL",
        hard="Medium",
        tags="scatter",
    ),
    Q(
        "usf-24",
        "postal income against median family income, one point per year",
        "point",
        "median",
        "Income",
        sql=f"SELECT i.median AS x, p.Income AS y FROM {P} p JOIN {I} i ON p.Year = i.Year",
        hard="Hard",
        tags="join same-name-join scatter",
    ),
    Q(
        "usf-25",
        "number of post offices in the years when median family income was above $60,000",
        "bar",
        "Year",
        "postOffices",
        sql=f"SELECT p.Year AS x, p.postOffices AS y FROM {P} p JOIN {I} i ON p.Year = i.Year"
        " WHERE i.median > 60000 ORDER BY x",
        hard="Hard",
        tags="join same-name-join calendar-int condition-number",
    ),
    Q(
        "usf-26",
        "USPS expenses vs total corporate profits, one dot per year",
        "point",
        "CorporateProfitsAdj",
        "Expenses",
        sql=f"SELECT f.CorporateProfitsAdj AS x, p.Expenses AS y FROM {P} p"
        f" JOIN {F} f ON p.Year = f.year WHERE f.CorporateProfitsAdj IS NOT NULL",
        hard="Medium",
        tags="join same-name-join scatter abbreviation",
    ),
    Q(
        "usf-27",
        "average pieces of mail per person in years when corporate profits were over"
        " $1,000 billion",
        "kpi",
        None,
        "avg(piecesOfMailPerCap)",
        sql=f"SELECT AVG(p.piecesOfMailPerCap) AS y FROM {P} p JOIN {F} f ON p.Year = f.year"
        " WHERE f.CorporateProfitsAdj > 1000",
        hard="Hard",
        tags="kpi join same-name-join condition-number abbreviation",
    ),
    Q(
        "usf-28",
        "post offices in each year where finance made up more than 30% of domestic"
        " corporate profits",
        "bar",
        "Year",
        "postOffices",
        sql=f"SELECT p.Year AS x, p.postOffices AS y FROM {P} p JOIN {F} f ON p.Year = f.year"
        " WHERE f.FinanceProportion > 0.3 ORDER BY x",
        hard="Hard",
        tags="join same-name-join calendar-int condition-number abbreviation",
    ),
    Q(
        "usf-29",
        "financial-sector profits vs the 99th percentile family income, one dot per year",
        "point",
        "P99",
        "Financial",
        sql=f"SELECT i.P99 AS x, f.Financial AS y FROM {I} i JOIN {F} f ON i.Year = f.year"
        " WHERE f.Financial IS NOT NULL",
        hard="Medium",
        tags="join same-name-join scatter abbreviation",
    ),
    Q(
        "usf-30",
        "average share of the federal budget brought in by the post office in years when median"
        " family income was under $50,000",
        "kpi",
        None,
        "avg(Income_pFed)",
        sql=f"SELECT AVG(p.Income_pFed) AS y FROM {P} p JOIN {I} i ON p.Year = i.Year"
        " WHERE i.median < 50000",
        hard="Hard",
        tags="kpi join same-name-join condition-number abbreviation",
    ),
    Q(
        "usf-31",
        "corporate profits in the years since 1990 when the postal service ran a deficit",
        "bar",
        "year",
        "CorporateProfitsAdj",
        sql=f"SELECT f.year AS x, f.CorporateProfitsAdj AS y FROM {F} f JOIN {P} p"
        " ON f.year = p.Year WHERE f.year >= 1990 AND p.Expenses > p.Income"
        " AND f.CorporateProfitsAdj IS NOT NULL ORDER BY x",
        hard="Hard",
        tags="join same-name-join calendar-int condition-year-range abbreviation",
    ),
    Q(
        "usf-32",
        "average median family income by decade for the years when financial profits topped"
        " $100 billion",
        "bar",
        "Year",
        "avg(median)",
        sql=f"SELECT (i.Year // 10) * 10 AS x, AVG(i.median) AS y FROM {I} i"
        f" JOIN {F} f ON i.Year = f.year WHERE f.Financial > 100 GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join calendar-int condition-number",
    ),
    Q(
        "usf-33",
        "how many post offices were there in the years when median family income was over"
        " $60,000 and corporate profits over $500 billion?",
        "bar",
        "Year",
        "postOffices",
        sql=f"SELECT p.Year AS x, p.postOffices AS y FROM {P} p JOIN {I} i ON p.Year = i.Year"
        f" JOIN {F} f ON p.Year = f.year WHERE i.median > 60000"
        " AND f.CorporateProfitsAdj > 500 ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join multi-hop calendar-int condition-number",
    ),
]
