"""Monthly US stock returns and interest rates (Ecdat's Capm, CRSPmon and Irates; ``time`` added by
``date_loaders.py``).

Three R monthly time series, each given its month by the loader as the first column ``time`` (DATE,
the first day of the month). ``Capm``: 516 months, January 1960 – December 2002, from Kenneth
French's data library (as used by Verbeek): the excess returns (over the risk-free rate) of the
food (``rfood``), durables (``rdur``) and construction (``rcon``) industries and of the market
portfolio (``rmrf``), and the risk-free return ``rf`` (the month's return on a one-month bill), all
in percent a month (``rmrf`` −23.09 … 16.05, ``rf`` 0.11 … 1.35). ``CRSPmon``: 360 months, January
1969 – December 1998, the monthly returns of General Electric (``ge``), IBM (``ibm``), Mobil
(``mobil``) and the CRSP value-weighted index with dividends (``crsp``), as fractions (0.01 = 1%;
``crsp`` −0.2249 … 0.1656). ``Irates``: 531 months, December 1946 – February 1991, US zero-coupon
interest rates for maturities of 1, 2, 3, 5, 6, 11, 12, 36, 60 and 120 months (``r1`` … ``r120``),
in percent a year (``r1`` 0.249 … 16.21, ``r120`` 1.804 … 15.065; McCulloch and Kwon 1993), so
1946 (one month) and 1991 (two) are part years. No NULLs; no other column.

The tables meet on ``time`` (the same name, unique in each): ``Capm``–``CRSPmon`` 360 months
(1969–1998; ``Capm``'s 1960–1968 and 1999–2002 drop out), ``Capm``–``Irates`` 374 months (January
1960 – February 1991), ``CRSPmon``–``Irates`` 266 months (January 1969 – February 1991), all three
266 months. ``rmrf + rf`` equals ``100 * crsp`` in every common month (to 0.004 points on
average). ``time`` is in every table, so a join qualifies it. Month-over-month questions meet a
table with itself a month apart (``b.time = a.time - INTERVAL 1 MONTH``).
"""

from itemdef import Q

DB = "us_monthly_markets"
CI = "FROM Capm c JOIN Irates i ON c.time = i.time"
MI = "FROM CRSPmon m JOIN Irates i ON m.time = i.time"
CM = "FROM Capm c JOIN CRSPmon m ON c.time = m.time"
PREV = "FROM Irates a JOIN Irates b ON b.time = a.time - INTERVAL 1 MONTH"

ITEMS = [
    Q(
        "umm-01",
        "How many months of interest rate data do we have?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Irates",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "umm-02",
        "10-year interest rate over time",
        "line",
        "time",
        "r120",
        sql="SELECT time AS x, r120 AS y FROM Irates ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line abbreviation",
    ),
    Q(
        "umm-03",
        "average 1-month interest rate per year from 1947 to 1990",
        "line",
        "year(time)",
        "avg(r1)",
        sql="SELECT YEAR(time) AS x, AVG(r1) AS y FROM Irates WHERE YEAR(time) BETWEEN 1947"
        " AND 1990"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "umm-04",
        "highest 1-month interest rate on record",
        "kpi",
        None,
        "max(r1)",
        sql="SELECT MAX(r1) AS y FROM Irates",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "umm-05",
        "the 5 months with the highest 10-year rate",
        "bar",
        "time",
        "r120",
        sql="SELECT time AS x, r120 AS y FROM Irates ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "umm-06",
        "10 worst months for IBM stock",
        "bar",
        "time",
        "ibm",
        sql="SELECT time AS x, ibm AS y FROM CRSPmon ORDER BY y, x LIMIT 10",
        sort="y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "umm-07",
        "scatter of GE's monthly return (y) against the CRSP index return (x)",
        "point",
        "crsp",
        "ge",
        sql="SELECT crsp AS x, ge AS y FROM CRSPmon ORDER BY x, y",
        hard="Medium",
        tags="scatter",
    ),
    Q(
        "umm-08",
        "histogram of the market's monthly excess return, 2-point bins",
        "bar",
        "rmrf",
        "count(*)",
        sql="SELECT FLOOR(rmrf / 2) * 2 AS x, COUNT(*) AS y FROM Capm GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "umm-09",
        "distribution of Mobil's monthly returns in bins of 0.05",
        "bar",
        "mobil",
        "count(*)",
        sql="SELECT FLOOR(mobil / 0.05) * 0.05 AS x, COUNT(*) AS y FROM CRSPmon GROUP BY x"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "umm-10",
        "In how many months did the market portfolio return more than the risk-free rate?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Capm WHERE rmrf > 0",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "umm-11",
        "Which years had an average 1-month rate above 10%?",
        "bar",
        "year(time)",
        "avg(r1)",
        sql="SELECT YEAR(time) AS x, AVG(r1) AS y FROM Irates GROUP BY x HAVING AVG(r1) > 10"
        " ORDER BY x",
        hard="Medium",
        tags="having temporal-bin abbreviation",
    ),
    Q(
        "umm-12",
        "average monthly risk-free return during the 1990s",
        "kpi",
        None,
        "avg(rf)",
        sql="SELECT AVG(rf) AS y FROM Capm WHERE YEAR(time) BETWEEN 1990 AND 1999",
        hard="Medium",
        tags="kpi condition-year-range abbreviation",
    ),
    Q(
        "umm-13",
        "average gap between the 10-year and the 1-month rate, year by year, 1947-1990",
        "line",
        "year(time)",
        "avg(r120 - r1)",
        sql="SELECT YEAR(time) AS x, AVG(r120 - r1) AS y FROM Irates"
        " WHERE YEAR(time) BETWEEN 1947 AND 1990 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "umm-14",
        "How many months had a 1-month rate above the 10-year rate?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Irates WHERE r1 > r120",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "umm-15",
        "number of months in each year when the 1-month rate was higher than the 10-year rate",
        "bar",
        "year(time)",
        "count(*)",
        sql="SELECT YEAR(time) AS x, COUNT(*) AS y FROM Irates WHERE r1 > r120 GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="temporal-bin count-of-entity condition-number abbreviation",
    ),
    Q(
        "umm-16",
        "best monthly excess return of the construction industry",
        "kpi",
        None,
        "max(rcon)",
        sql="SELECT MAX(rcon) AS y FROM Capm",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "umm-17",
        "average monthly excess return of the durables industry by year, 1995 through 2002",
        "bar",
        "year(time)",
        "avg(rdur)",
        sql="SELECT YEAR(time) AS x, AVG(rdur) AS y FROM Capm WHERE YEAR(time) BETWEEN 1995"
        " AND 2002"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "umm-18",
        "average monthly Mobil return in 1990",
        "kpi",
        None,
        "avg(mobil)",
        sql="SELECT AVG(mobil) AS y FROM CRSPmon WHERE YEAR(time) = 1990",
        hard="Easy",
        tags="kpi condition-year",
    ),
    Q(
        "umm-19",
        "IBM's monthly returns during 1987",
        "line",
        "time",
        "ibm",
        sql="SELECT time AS x, ibm AS y FROM CRSPmon WHERE YEAR(time) = 1987 ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-year",
    ),
    Q(
        "umm-20",
        "In how many months did GE stock do better than IBM?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM CRSPmon WHERE ge > ibm",
        hard="Medium",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "umm-21",
        "the 5 years with the highest average monthly CRSP index return",
        "bar",
        "year(time)",
        "avg(crsp)",
        sql="SELECT YEAR(time) AS x, AVG(crsp) AS y FROM CRSPmon GROUP BY x"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n temporal-bin",
    ),
    Q(
        "umm-22",
        "average risk-free return in the months when the market's excess return was below -10%",
        "kpi",
        None,
        "avg(rf)",
        sql="SELECT AVG(rf) AS y FROM Capm WHERE rmrf < -10",
        hard="Medium",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "umm-23",
        "change in the 1-month rate from the month before, for each month of 1980",
        "line",
        "time",
        "r1 - r1",
        sql=f"SELECT a.time AS x, a.r1 - b.r1 AS y {PREV} WHERE YEAR(a.time) = 1980 ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line role-join condition-year abbreviation",
    ),
    Q(
        "umm-24",
        "How many times did the 10-year rate jump by more than half a percentage point from one"
        " month to the next?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {PREV} WHERE a.r120 - b.r120 > 0.5",
        hard="Hard",
        tags="kpi count-of-entity condition-number role-join abbreviation",
    ),
    Q(
        "umm-25",
        "scatter of the 5-year rate (y) against the 1-year rate (x), one point per month",
        "point",
        "r12",
        "r60",
        sql="SELECT r12 AS x, r60 AS y FROM Irates ORDER BY x, y",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "umm-26",
        "average market excess return in the months when the 1-month interest rate was above 10%",
        "kpi",
        None,
        "avg(rmrf)",
        sql=f"SELECT AVG(c.rmrf) AS y {CI} WHERE i.r1 > 10",
        hard="Hard",
        tags="kpi condition-number join same-name-join abbreviation",
    ),
    Q(
        "umm-27",
        "plot the monthly risk-free return (y) against the 1-month interest rate (x) of the same"
        " month",
        "point",
        "r1",
        "rf",
        sql=f"SELECT i.r1 AS x, c.rf AS y {CI} ORDER BY x, y",
        hard="Hard",
        tags="scatter join same-name-join abbreviation",
    ),
    Q(
        "umm-28",
        "What was IBM's average monthly return in months when the 1-month rate was over 12%?",
        "kpi",
        None,
        "avg(ibm)",
        sql=f"SELECT AVG(m.ibm) AS y {MI} WHERE i.r1 > 12",
        hard="Hard",
        tags="kpi condition-number join same-name-join abbreviation",
    ),
    Q(
        "umm-29",
        "GE's monthly return in percent (y) against the market's excess return (x), as a scatter",
        "point",
        "rmrf",
        "100 * ge",
        sql=f"SELECT c.rmrf AS x, 100 * m.ge AS y {CM} ORDER BY x, y",
        hard="Hard",
        tags="scatter join same-name-join abbreviation",
    ),
    Q(
        "umm-30",
        "for the years when the 10-year rate averaged above 10%, IBM's average monthly return",
        "bar",
        "year(time)",
        "avg(ibm)",
        sql=f"SELECT YEAR(i.time) AS x, AVG(m.ibm) AS y {MI} GROUP BY x HAVING AVG(i.r120) > 10"
        " ORDER BY x",
        hard="Extra Hard",
        tags="having temporal-bin join same-name-join abbreviation",
    ),
    Q(
        "umm-31",
        "average IBM return in the months when the 1-month rate was above 8% and the market's"
        " excess return was negative",
        "kpi",
        None,
        "avg(ibm)",
        sql=f"SELECT AVG(m.ibm) AS y {MI} JOIN Capm c ON c.time = m.time WHERE i.r1 > 8"
        " AND c.rmrf < 0",
        hard="Extra Hard",
        tags="kpi condition-number join same-name-join multi-hop abbreviation",
    ),
    Q(
        "umm-32",
        "count of months with a negative market excess return and a 1-month rate above 10%, by"
        " year",
        "bar",
        "year(time)",
        "count(*)",
        sql=f"SELECT YEAR(c.time) AS x, COUNT(*) AS y {CI} WHERE i.r1 > 10 AND c.rmrf < 0"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin count-of-entity condition-number join same-name-join abbreviation",
    ),
    Q(
        "umm-33",
        "lowest 10-year rate in the data",
        "kpi",
        None,
        "min(r120)",
        sql="SELECT MIN(r120) AS y FROM Irates",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "umm-34",
        "food industry's average monthly excess return per year in the 1960s",
        "line",
        "year(time)",
        "avg(rfood)",
        sql="SELECT YEAR(time) AS x, AVG(rfood) AS y FROM Capm WHERE YEAR(time) BETWEEN 1960"
        " AND 1969"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-year-range abbreviation",
    ),
    Q(
        "umm-35",
        "the months of 1998 in which GE beat the CRSP index, with GE's return",
        "bar",
        "time",
        "ge",
        sql="SELECT time AS x, ge AS y FROM CRSPmon WHERE YEAR(time) = 1998 AND ge > crsp"
        " ORDER BY x",
        hard="Medium",
        tags="condition-year condition-number",
    ),
]
