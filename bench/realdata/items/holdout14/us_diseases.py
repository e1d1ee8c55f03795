"""Yearly cases of seven contagious diseases by US state (dslabs) with R's 1970s state facts (datasets).

Three tables: ``us_contagious_diseases`` (16,065 rows: ``disease`` Hepatitis A,
Measles, Mumps, Pertussis, Polio, Rubella, Smallpox; ``state`` full name, 50
states and ``District Of Columbia``; ``year`` 1928–2011, each disease over its own
span; ``weeks_reporting``; ``count`` cases; ``population``, NULL for Alaska and
Hawaii before statehood), ``state.x77`` (50 rows, the state in ``rownames``;
``Population`` thousands 1975, ``Income`` per capita 1974, ``Illiteracy`` %
1970, ``Life Exp`` years 1969–71, ``Murder`` per 100,000 1976, ``HS Grad`` %
1970, ``Frost`` days below freezing, ``Area`` square miles) and ``USArrests``
(50 rows, the state in ``rownames``; ``Murder``, ``Assault``, ``Rape`` arrests
per 100,000 in 1973, ``UrbanPop`` % urban). ``state`` → ``rownames``; DC has
no row in the two state tables.
"""

from itemdef import Q

DB = "us_diseases"
T = "us_contagious_diseases"
DX = 'us_contagious_diseases AS d JOIN "state.x77" AS f ON d.state = f.rownames'
DA = "us_contagious_diseases AS d JOIN USArrests AS a ON d.state = a.rownames"

ITEMS = [
    Q(
        "dis-01",
        "total measles cases in the US per year",
        "line",
        "year",
        "sum(count)",
        sql=f"SELECT year AS x, SUM(count) AS y FROM {T} WHERE disease = 'Measles'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "dis-02",
        "How many polio cases were reported in 1952?",
        "kpi",
        None,
        "sum(count)",
        sql=f"SELECT SUM(count) AS y FROM {T} WHERE disease = 'Polio' AND year = 1952",
        hard="Easy",
        tags="kpi condition-value condition-year calendar-int",
    ),
    Q(
        "dis-03",
        "top 10 states by total pertussis cases",
        "bar",
        "state",
        "sum(count)",
        sql=f"SELECT state AS x, SUM(count) AS y FROM {T} WHERE disease = 'Pertussis'"
        " GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value",
    ),
    Q(
        "dis-04",
        "measles in California over the years",
        "line",
        "year",
        "count",
        sql=f"SELECT year AS x, count AS y FROM {T} WHERE disease = 'Measles'"
        " AND state = 'California' ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "dis-05",
        "total reported cases for each disease",
        "bar",
        "disease",
        "sum(count)",
        sql=f"SELECT disease AS x, SUM(count) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "dis-06",
        "whooping cough cases nationwide per year from 1940 to 1960",
        "line",
        "year",
        "sum(count)",
        sql=f"SELECT year AS x, SUM(count) AS y FROM {T} WHERE disease = 'Pertussis'"
        " AND year BETWEEN 1940 AND 1960 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int condition-value condition-year-range abbreviation",
    ),
    Q(
        "dis-07",
        "which states had more than 30,000 mumps cases in total?",
        "bar",
        "state",
        "sum(count)",
        sql=f"SELECT state AS x, SUM(count) AS y FROM {T} WHERE disease = 'Mumps'"
        " GROUP BY x HAVING SUM(count) > 30000 ORDER BY x",
        hard="Medium",
        tags="having condition-value",
    ),
    Q(
        "dis-08",
        "yearly rubella and mumps case totals, one line per disease",
        "line",
        "year",
        "sum(count)",
        "disease",
        sql=f"SELECT year AS x, SUM(count) AS y, disease AS color FROM {T}"
        " WHERE disease IN ('Rubella', 'Mumps') GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int multi-series condition-value",
    ),
    Q(
        "dis-09",
        "average number of weeks reporting per year for hepatitis A",
        "line",
        "year",
        "avg(weeks_reporting)",
        sql=f"SELECT year AS x, AVG(weeks_reporting) AS y FROM {T} WHERE disease = 'Hepatitis A'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-value",
    ),
    Q(
        "dis-10",
        "5 states with the most smallpox cases in 1930",
        "bar",
        "state",
        "count",
        sql=f"SELECT state AS x, count AS y FROM {T} WHERE disease = 'Smallpox' AND year = 1930"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value condition-year calendar-int",
    ),
    Q(
        "dis-11",
        "How many states had more than 10,000 measles cases in 1958?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE disease = 'Measles' AND year = 1958"
        " AND count > 10000",
        hard="Hard",
        tags="kpi count-of-entity condition-value condition-year condition-number calendar-int",
    ),
    Q(
        "dis-12",
        "share of each disease in the cases reported in 1970",
        "arc",
        "disease",
        "sum(count)",
        sql=f"SELECT disease AS x, SUM(count) AS y FROM {T} WHERE year = 1970"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share condition-year calendar-int",
    ),
    Q(
        "dis-13",
        "cases per year by disease, stacked, 1966 to 1972",
        "bar",
        "year",
        "sum(count)",
        "disease",
        sql=f"SELECT year AS x, SUM(count) AS y, disease AS color FROM {T}"
        " WHERE year BETWEEN 1966 AND 1972 GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category calendar-int condition-year-range",
    ),
    Q(
        "dis-14",
        "worst single year of polio for each state: top 5 states by their highest yearly count",
        "bar",
        "state",
        "max(count)",
        sql=f"SELECT state AS x, MAX(count) AS y FROM {T} WHERE disease = 'Polio'"
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n min-max condition-value",
    ),
    Q(
        "dis-15",
        "hepatitis A in Texas vs Florida since 2005, a line for each state",
        "line",
        "year",
        "count",
        "state",
        sql=f"SELECT year AS x, count AS y, state AS color FROM {T} WHERE disease = 'Hepatitis A'"
        " AND state IN ('Texas', 'Florida') AND year >= 2005 ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int multi-series condition-value condition-year-range",
    ),
    Q(
        "dis-16",
        "number of states reporting any pertussis case, by year",
        "line",
        "year",
        "count(*)",
        sql=f"SELECT year AS x, COUNT(*) AS y FROM {T} WHERE disease = 'Pertussis' AND count > 0"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int count-of-entity condition-value condition-number",
    ),
    Q(
        "dis-17",
        "average yearly measles count per state in the 1990s",
        "bar",
        "state",
        "avg(count)",
        sql=f"SELECT state AS x, AVG(count) AS y FROM {T} WHERE disease = 'Measles'"
        " AND year BETWEEN 1990 AND 1999 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value condition-year-range calendar-int",
    ),
    Q(
        "dis-18",
        "What's the highest number of mumps cases any state reported in a single year?",
        "kpi",
        None,
        "max(count)",
        sql=f"SELECT MAX(count) AS y FROM {T} WHERE disease = 'Mumps'",
        hard="Medium",
        tags="kpi min-max condition-value",
    ),
    Q(
        "dis-19",
        "rubella cases in 1970 by state, only states above 1000 cases",
        "bar",
        "state",
        "count",
        sql=f"SELECT state AS x, count AS y FROM {T} WHERE disease = 'Rubella' AND year = 1970"
        " AND count > 1000 ORDER BY x",
        hard="Medium",
        tags="condition-value condition-year condition-number calendar-int",
    ),
    Q(
        "dis-20",
        "measles cases per year from 1950 to 1965, summed over the states whose illiteracy rate"
        " is above 2%",
        "line",
        "year",
        "sum(count)",
        sql=f"SELECT d.year AS x, SUM(d.count) AS y FROM {DX} WHERE d.disease = 'Measles'"
        " AND f.Illiteracy > 2 AND d.year BETWEEN 1950 AND 1965 GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="join key-join time-line calendar-int condition-value condition-number"
        " condition-year-range",
    ),
    Q(
        "dis-21",
        "total mumps cases by state for the states with more than 150 frost days",
        "bar",
        "state",
        "sum(count)",
        sql=f"SELECT d.state AS x, SUM(d.count) AS y FROM {DX} WHERE d.disease = 'Mumps'"
        " AND f.Frost > 150 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value condition-number",
    ),
    Q(
        "dis-22",
        "scatter of per capita income (x) against pertussis cases in 1990 (y), one dot per state",
        "point",
        "Income",
        "count",
        sql=f"SELECT f.Income AS x, d.count AS y FROM {DX} WHERE d.disease = 'Pertussis'"
        " AND d.year = 1990",
        hard="Hard",
        tags="join key-join scatter condition-value condition-year calendar-int",
    ),
    Q(
        "dis-23",
        "average life expectancy of the states that had more than 1,000 rubella cases in 1970",
        "kpi",
        None,
        "avg(Life Exp)",
        sql=f"SELECT AVG(f.\"Life Exp\") AS y FROM {DX} WHERE d.disease = 'Rubella'"
        " AND d.year = 1970 AND d.count > 1000",
        hard="Extra Hard",
        tags="join key-join kpi condition-value condition-year condition-number calendar-int"
        " abbreviation",
    ),
    Q(
        "dis-24",
        "percent urban population vs whooping cough cases in 1940 — urban % on x, cases on y,"
        " a point per state",
        "point",
        "UrbanPop",
        "count",
        sql=f"SELECT a.UrbanPop AS x, d.count AS y FROM {DA} WHERE d.disease = 'Pertussis'"
        " AND d.year = 1940",
        hard="Hard",
        tags="join key-join scatter condition-value condition-year calendar-int abbreviation",
    ),
    Q(
        "dis-25",
        "top 5 states by total polio cases among states that are at least 70% urban",
        "bar",
        "state",
        "sum(count)",
        sql=f"SELECT d.state AS x, SUM(d.count) AS y FROM {DA} WHERE d.disease = 'Polio'"
        " AND a.UrbanPop >= 70 GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="join key-join top-n condition-value condition-number abbreviation",
    ),
    Q(
        "dis-26",
        "How many measles cases were there in 1960 in states with a per capita income over $5,000?",
        "kpi",
        None,
        "sum(count)",
        sql=f"SELECT SUM(d.count) AS y FROM {DX} WHERE d.disease = 'Measles' AND d.year = 1960"
        " AND f.Income > 5000",
        hard="Hard",
        tags="join key-join kpi condition-value condition-year condition-number calendar-int",
    ),
    Q(
        "dis-27",
        "cases of each disease in 1970 in states with an assault arrest rate above 200",
        "bar",
        "disease",
        "sum(count)",
        sql=f"SELECT d.disease AS x, SUM(d.count) AS y FROM {DA} WHERE d.year = 1970"
        " AND a.Assault > 200 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-year condition-number calendar-int",
    ),
    Q(
        "dis-28",
        "total rubella cases in 1970 in states that are over 80% urban and have a per capita"
        " income above 4,500",
        "kpi",
        None,
        "sum(count)",
        sql=f"SELECT SUM(d.count) AS y FROM {DX} JOIN USArrests AS a ON d.state = a.rownames"
        " WHERE d.disease = 'Rubella' AND d.year = 1970 AND a.UrbanPop > 80 AND f.Income > 4500",
        hard="Extra Hard",
        tags="join key-join multi-hop kpi condition-value condition-year condition-number"
        " calendar-int abbreviation",
    ),
    Q(
        "dis-29",
        "average hepatitis A count in 2000 by high school graduation rate, in bins of 10"
        " percentage points",
        "bar",
        "HS Grad",
        "avg(count)",
        sql=f'SELECT FLOOR(f."HS Grad" / 10) * 10 AS x, AVG(d.count) AS y FROM {DX}'
        " WHERE d.disease = 'Hepatitis A' AND d.year = 2000 GROUP BY 1 ORDER BY 1",
        hard="Extra Hard",
        tags="join key-join condition-value condition-year calendar-int abbreviation",
    ),
    Q(
        "dis-30",
        "Which states with a life expectancy under 70 years had more than 5,000 polio cases in"
        " total?",
        "bar",
        "state",
        "sum(count)",
        sql=f"SELECT d.state AS x, SUM(d.count) AS y FROM {DX} WHERE d.disease = 'Polio'"
        ' AND f."Life Exp" < 70 GROUP BY x HAVING SUM(d.count) > 5000 ORDER BY x',
        hard="Extra Hard",
        tags="join key-join having condition-value condition-number",
    ),
]
