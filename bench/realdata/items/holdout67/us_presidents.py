"""US presidents, midterm elections and recessions (stevedata's ``Presidents`` and
``recessions``, openintro's ``president`` and ``midterms_house``).

``Presidents``: one row per presidency, 45 rows, George Washington (1789) to Donald Trump
(2017–2021): ``president`` (names as ``Franklin D. Roosevelt``, ``George Bush``; ``Grover
Cleveland`` twice, for his two non-consecutive presidencies, so 44 people), ``start`` and
``end`` (DATE, typed by the general rule; one presidency's ``end`` is the next one's ``start``).
``recessions``: NBER's business cycles, 35 rows: ``peak`` and ``trough`` (DATE, the first of the
month; the first row has no peak (trough December 1854) and the last no trough (peak February
2020)), ``peakq``/``troughq`` their quarters (1–4), ``p2t`` the recession's length in months
(peak to trough, 6–65), ``prev_t2p`` the expansion before it, ``tfpt`` and ``pfpp`` the cycle
lengths trough to trough and peak to peak (all BIGINT, NULL where the cycle is open); the
recession of 1882–1885 has its peak misprinted as ``1182-03-01``, so the gold's date conditions
start in 1900 or are otherwise clear of it. ``president``: one row per president and
vice-president, 67 rows, Washington to Obama: ``potus`` (full names, ``Franklin Delano
Roosevelt``, ``George Herbert Walker Bush``), ``party`` (``Republican``, ``Democratic``,
``Democratic-Republican``, ``Whig``, ``Federalist``, ``Democratic/National Union``, Obama's
``Democrate`` and Washington's ``' '``), ``start`` and ``end`` integer years (``end`` NULL for
Obama), ``vpotus`` (``No VP`` and ``No Vice President`` for a vacancy). ``midterms_house``: one row
per midterm election, 31 rows, with ``year`` the year after the election (1899 … 2019, the new
Congress's year), ``potus`` (spelt as in ``president``), ``party`` (``Democrat``/``Republican``),
``unemp`` (the unemployment rate, %) and ``house_change`` (the change in the president's party's
House seats, in percent, −26.6 … 3.6). The midterm years are odd, so the gold's year conditions
fall on decades, where a year of the election and the data's year agree. ``Presidents.start`` →
``recessions.peak`` is a range join (a recession began under a president when its peak falls in
``[start, end)``); ``midterms_house.potus`` → ``president.potus`` is the same name, repeated once per
vice-president on ``president``'s side.
"""

from itemdef import Q

DB = "us_presidents"
DAYS = "DATE_DIFF('day', start, \"end\")"
UNDER = 'FROM Presidents p JOIN recessions r ON r.peak >= p.start AND r.peak < p."end"'

ITEMS = [
    Q(
        "pot-01",
        "How many different people have been president?",
        "kpi",
        None,
        "count(distinct president)",
        sql="SELECT COUNT(DISTINCT president) AS y FROM Presidents",
        hard="Medium",
        tags="kpi count-distinct count-of-entity",
    ),
    Q(
        "pot-02",
        "How many recessions have started since 1900?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM recessions WHERE peak >= DATE '1900-01-01'",
        hard="Easy",
        tags="kpi count-of-entity condition-year-range",
    ),
    Q(
        "pot-03",
        "average length of a recession in months, peak to trough",
        "kpi",
        None,
        "avg(p2t)",
        sql="SELECT AVG(p2t) AS y FROM recessions",
        hard="Easy",
        tags="kpi abbreviation",
    ),
    Q(
        "pot-04",
        "longest recession on record, in months",
        "kpi",
        None,
        "max(p2t)",
        sql="SELECT MAX(p2t) AS y FROM recessions",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "pot-05",
        "length of each recession since 1900, by the month it began",
        "line",
        "peak",
        "p2t",
        sql="SELECT peak AS x, p2t AS y FROM recessions WHERE peak >= DATE '1900-01-01'"
        " AND p2t IS NOT NULL ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-year-range abbreviation",
    ),
    Q(
        "pot-06",
        "number of recessions per decade since 1900, by the year they started",
        "bar",
        "decade",
        "count(*)",
        sql="SELECT FLOOR(YEAR(peak) / 10) * 10 AS x, COUNT(*) AS y FROM recessions"
        " WHERE peak >= DATE '1900-01-01' GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-year-range",
    ),
    Q(
        "pot-07",
        "presidents under whom two or more recessions began, with how many",
        "bar",
        "president",
        "count(*)",
        sql=f"SELECT p.president AS x, COUNT(*) AS y {UNDER} GROUP BY x HAVING COUNT(*) >= 2"
        " ORDER BY x",
        hard="Extra Hard",
        tags="join key-join having count-of-entity",
    ),
    Q(
        "pot-08",
        "average change in House seats at the midterms, by the president's party",
        "bar",
        "party",
        "avg(house_change)",
        sql="SELECT party AS x, AVG(house_change) AS y FROM midterms_house GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "pot-09",
        "unemployment rate at each midterm over time",
        "line",
        "year",
        "unemp",
        sql="SELECT year AS x, unemp AS y FROM midterms_house ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int abbreviation",
    ),
    Q(
        "pot-10",
        "president's party House seat change at every midterm, as a line",
        "line",
        "year",
        "house_change",
        sql="SELECT year AS x, house_change AS y FROM midterms_house ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line calendar-int",
    ),
    Q(
        "pot-11",
        "In how many midterms did the president's party gain House seats?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM midterms_house WHERE house_change > 0",
        hard="Medium",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "pot-12",
        "biggest midterm loss of House seats for a president's party",
        "kpi",
        None,
        "min(house_change)",
        sql="SELECT MIN(house_change) AS y FROM midterms_house",
        hard="Medium",
        tags="kpi min-max",
    ),
    Q(
        "pot-13",
        "unemployment vs House seat change at midterms, scatter",
        "point",
        "unemp",
        "house_change",
        sql="SELECT unemp AS x, house_change AS y FROM midterms_house ORDER BY x, y",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "pot-14",
        "average unemployment rate at midterms held under Democratic presidents",
        "kpi",
        None,
        "avg(unemp)",
        sql="SELECT AVG(unemp) AS y FROM midterms_house WHERE party = 'Democrat'",
        hard="Medium",
        tags="kpi condition-value abbreviation",
    ),
    Q(
        "pot-15",
        "share of midterms held under each party, as a pie",
        "arc",
        "party",
        "count(*)",
        sql="SELECT party AS x, COUNT(*) AS y FROM midterms_house GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "pot-16",
        "which presidents had more than one vice president, and how many each?",
        "bar",
        "potus",
        "count(distinct vpotus)",
        sql="SELECT potus AS x, COUNT(DISTINCT vpotus) AS y FROM president"
        " WHERE vpotus NOT IN ('No VP', 'No Vice President') GROUP BY x"
        " HAVING COUNT(DISTINCT vpotus) > 1 ORDER BY x",
        hard="Hard",
        tags="having count-distinct condition-value abbreviation",
    ),
    Q(
        "pot-17",
        "How many presidents were Whigs?",
        "kpi",
        None,
        "count(distinct potus)",
        sql="SELECT COUNT(DISTINCT potus) AS y FROM president WHERE party = 'Whig'",
        hard="Medium",
        tags="kpi count-distinct count-of-entity condition-value",
    ),
    Q(
        "pot-18",
        "the 5 shortest presidencies, in days",
        "bar",
        "president",
        "end - start",
        sql=f"SELECT president AS x, {DAYS} AS y FROM Presidents ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Hard",
        tags="top-n",
    ),
    Q(
        "pot-19",
        "average time in office per presidency, in days",
        "kpi",
        None,
        "avg(end - start)",
        sql=f"SELECT AVG({DAYS}) AS y FROM Presidents",
        hard="Medium",
        tags="kpi",
    ),
    Q(
        "pot-20",
        "number of presidencies that began in each century",
        "bar",
        "century",
        "count(*)",
        sql="SELECT FLOOR(YEAR(start) / 100) * 100 AS x, COUNT(*) AS y FROM Presidents"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity",
    ),
    Q(
        "pot-21",
        "How many presidencies began between 1800 and 1899?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Presidents WHERE YEAR(start) BETWEEN 1800 AND 1899",
        hard="Easy",
        tags="kpi count-of-entity condition-year-range",
    ),
    Q(
        "pot-22",
        "average length of the expansion before each recession, for recessions starting after"
        " 1945 (months)",
        "kpi",
        None,
        "avg(prev_t2p)",
        sql="SELECT AVG(prev_t2p) AS y FROM recessions WHERE peak > DATE '1945-12-31'",
        hard="Hard",
        tags="kpi condition-year-range abbreviation",
    ),
    Q(
        "pot-23",
        "recessions since 1900 that lasted more than 20 months, with their length",
        "bar",
        "peak",
        "p2t",
        sql="SELECT peak AS x, p2t AS y FROM recessions WHERE peak >= DATE '1900-01-01'"
        " AND p2t > 20 ORDER BY x",
        hard="Medium",
        tags="condition-number condition-year-range abbreviation",
    ),
    Q(
        "pot-24",
        "count of recessions by the quarter in which they peaked",
        "bar",
        "peakq",
        "count(*)",
        sql="SELECT peakq AS x, COUNT(*) AS y FROM recessions WHERE peakq IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity calendar-int abbreviation",
    ),
    Q(
        "pot-25",
        "scatter of each recession's length against the length of the expansion before it",
        "point",
        "prev_t2p",
        "p2t",
        sql="SELECT prev_t2p AS x, p2t AS y FROM recessions WHERE prev_t2p IS NOT NULL"
        " AND p2t IS NOT NULL ORDER BY x, y",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "pot-26",
        "How many recessions began while Franklin D. Roosevelt was president?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {UNDER} WHERE p.president = 'Franklin D. Roosevelt'",
        hard="Hard",
        tags="kpi join key-join condition-value count-of-entity",
    ),
    Q(
        "pot-27",
        "average midterm House seat change for the presidents who had more than one vice president",
        "kpi",
        None,
        "avg(house_change)",
        sql="SELECT AVG(m.house_change) AS y FROM midterms_house m JOIN (SELECT potus FROM president"
        " WHERE vpotus NOT IN ('No VP', 'No Vice President') GROUP BY potus"
        " HAVING COUNT(DISTINCT vpotus) > 1) v ON m.potus = v.potus",
        hard="Extra Hard",
        tags="kpi join same-name-join",
    ),
    Q(
        "pot-28",
        "average unemployment at midterms since 1950",
        "kpi",
        None,
        "avg(unemp)",
        sql="SELECT AVG(unemp) AS y FROM midterms_house WHERE year >= 1950",
        hard="Easy",
        tags="kpi condition-year-range calendar-int abbreviation",
    ),
    Q(
        "pot-29",
        "number of midterms by decade and president's party, stacked",
        "bar",
        "decade",
        "count(*)",
        "party",
        sql="SELECT FLOOR(year / 10) * 10 AS x, COUNT(*) AS y, party AS color FROM midterms_house"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity calendar-int",
    ),
    Q(
        "pot-30",
        "the 3 midterms with the highest unemployment",
        "bar",
        "year",
        "unemp",
        sql="SELECT year AS x, unemp AS y FROM midterms_house ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n calendar-int abbreviation",
    ),
    Q(
        "pot-31",
        "average House seat change at midterms for each president who had two or more midterms",
        "bar",
        "potus",
        "avg(house_change)",
        sql="SELECT potus AS x, AVG(house_change) AS y FROM midterms_house GROUP BY x"
        " HAVING COUNT(*) >= 2 ORDER BY x",
        hard="Hard",
        tags="having",
    ),
    Q(
        "pot-32",
        "How many presidents belonged to the Democratic-Republican party?",
        "kpi",
        None,
        "count(distinct potus)",
        sql="SELECT COUNT(DISTINCT potus) AS y FROM president WHERE party = 'Democratic-Republican'",
        hard="Medium",
        tags="kpi count-distinct count-of-entity condition-value",
    ),
    Q(
        "pot-33",
        "number of recessions that began under each president since 1950 (only those with any)",
        "bar",
        "president",
        "count(*)",
        sql=f"SELECT p.president AS x, COUNT(*) AS y {UNDER} WHERE p.start >= DATE '1950-01-01'"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join key-join count-of-entity condition-year-range",
    ),
]
