"""Members of the 112th US Congress and the SOPA/PIPA anti-piracy bills of 2011–12 (openintro's piracy).

``piracy``: one row per legislator, 534 rows (all 100 senators and 434 representatives):
``name`` (text, "surname, first name": ``Ackerman, Gary``; not unique, two representatives are
``Rogers, Mike``, of Michigan and of Alabama), ``party`` (text with a leading space as shipped:
``' R'`` 289, ``' D'`` 243, ``' I'`` 2 — both independents are senators), ``state`` (two-letter
code, all 50 states, California 55 rows), ``money_pro`` and ``money_con`` (US dollars contributed
to the legislator's 2010 campaign by groups supporting the bills — movie and TV studios, record
labels — and by groups opposing them — computer and internet companies; ``money_pro`` is DOUBLE,
NULL for 14 legislators, ``money_con`` BIGINT, NULL for 35; one negative amount each, a refund:
−5,000 and −1,000), ``years`` (years of service in Congress, 1 … 58), ``stance`` (text, lower
case: ``unknown`` 294, ``no`` 122, ``yes`` 63, ``leaning no`` 44, ``undecided`` 11) and
``chamber`` (``house`` 434, ``senate`` 100). The help page's "434 of the 325 Representatives" is
its typo. No join: counting legislators is counting rows; a state's senators and its House
delegation meet by joining the table with itself on ``state`` (role-join).
"""

from itemdef import Q

DB = "piracy_congress"

ITEMS = [
    Q(
        "pir-01",
        "How many members of Congress are in the SOPA/PIPA data?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM piracy",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "pir-02",
        "legislators by stance on SOPA/PIPA",
        "bar",
        "stance",
        "count(*)",
        sql="SELECT stance AS x, COUNT(*) AS y FROM piracy GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "pir-03",
        "number of legislators by stance, stacked by party",
        "bar",
        "stance",
        "count(*)",
        "party",
        sql="SELECT stance AS x, COUNT(*) AS y, party AS color FROM piracy GROUP BY x, color"
        " ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "pir-04",
        "pie of senators by their stance on the bills",
        "arc",
        "stance",
        "count(*)",
        sql="SELECT stance AS x, COUNT(*) AS y FROM piracy WHERE chamber = 'senate' GROUP BY x"
        " ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-value",
    ),
    Q(
        "pir-05",
        "total campaign money from the bills' supporters (studios and record labels) by party",
        "bar",
        "party",
        "sum(money_pro)",
        sql="SELECT party AS x, SUM(money_pro) AS y FROM piracy WHERE money_pro IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "pir-06",
        "average money from the bills' opponents (computer and internet companies) per legislator,"
        " House vs Senate",
        "bar",
        "chamber",
        "avg(money_con)",
        sql="SELECT chamber AS x, AVG(money_con) AS y FROM piracy WHERE money_con IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "pir-07",
        "top 10 recipients of money from the groups backing the bills",
        "bar",
        "name",
        "money_pro",
        sql="SELECT name AS x, money_pro AS y FROM piracy WHERE money_pro IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "pir-08",
        "states whose legislators together received more than $1 million from the bills'"
        " supporters",
        "bar",
        "state",
        "sum(money_pro)",
        sql="SELECT state AS x, SUM(money_pro) AS y FROM piracy GROUP BY x"
        " HAVING SUM(money_pro) > 1000000 ORDER BY x",
        hard="Medium",
        tags="having abbreviation",
    ),
    Q(
        "pir-09",
        "money from the bills' supporters (x) vs money from their opponents (y), one point per"
        " legislator",
        "point",
        "money_pro",
        "money_con",
        sql="SELECT money_pro AS x, money_con AS y FROM piracy"
        " WHERE money_pro IS NOT NULL AND money_con IS NOT NULL",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "pir-10",
        "histogram of legislators' years in Congress, 5-year bins",
        "bar",
        "years",
        "count(*)",
        sql="SELECT FLOOR(years / 5) * 5 AS x, COUNT(*) AS y FROM piracy GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "pir-11",
        "How many Republican senators said no to the bills?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM piracy WHERE TRIM(party) = 'R' AND chamber = 'senate'"
        " AND stance = 'no'",
        hard="Medium",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "pir-12",
        "average years in Congress by stance",
        "bar",
        "stance",
        "avg(years)",
        sql="SELECT stance AS x, AVG(years) AS y FROM piracy GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "pir-13",
        "the 4 states with the most legislators in the data",
        "bar",
        "state",
        "count(*)",
        sql="SELECT state AS x, COUNT(*) AS y FROM piracy GROUP BY x ORDER BY y DESC, x LIMIT 4",
        sort="-y",
        hard="Easy",
        tags="top-n count-of-entity",
    ),
    Q(
        "pir-14",
        "average money from the bills' opponents by party, House and Senate side by side",
        "bar",
        "party",
        "avg(money_con)",
        "chamber",
        sql="SELECT party AS x, AVG(money_con) AS y, chamber AS color FROM piracy"
        " WHERE money_con IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "pir-15",
        "How many of California's House members are Democrats?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM piracy WHERE state = 'CA' AND chamber = 'house'"
        " AND TRIM(party) = 'D'",
        hard="Easy",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "pir-16",
        "states with at least 5 legislators who said no or were leaning no",
        "bar",
        "state",
        "count(*)",
        sql="SELECT state AS x, COUNT(*) AS y FROM piracy WHERE stance IN ('no', 'leaning no')"
        " GROUP BY x HAVING COUNT(*) >= 5 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity condition-value",
    ),
    Q(
        "pir-17",
        "largest amount any senator received from the groups opposing the bills",
        "kpi",
        None,
        "max(money_con)",
        sql="SELECT MAX(money_con) AS y FROM piracy WHERE chamber = 'senate'",
        hard="Easy",
        tags="kpi min-max condition-value abbreviation",
    ),
    Q(
        "pir-18",
        "total money from the bills' supporters received by House members, by stance",
        "bar",
        "stance",
        "sum(money_pro)",
        sql="SELECT stance AS x, SUM(money_pro) AS y FROM piracy"
        " WHERE chamber = 'house' AND money_pro IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "pir-19",
        "How many legislators had served in Congress for more than 30 years?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM piracy WHERE years > 30",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "pir-20",
        "the 5 states whose legislators averaged the highest contributions from the bills'"
        " supporters",
        "bar",
        "state",
        "avg(money_pro)",
        sql="SELECT state AS x, AVG(money_pro) AS y FROM piracy WHERE money_pro IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "pir-21",
        "Among legislators with amounts recorded from both sides, how many got more money from the"
        " bills' supporters than from their opponents?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM piracy WHERE money_pro > money_con",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "pir-22",
        "number of senators in each party",
        "bar",
        "party",
        "count(*)",
        sql="SELECT party AS x, COUNT(*) AS y FROM piracy WHERE chamber = 'senate' GROUP BY x"
        " ORDER BY x",
        hard="Easy",
        tags="count-of-entity condition-value",
    ),
    Q(
        "pir-23",
        "average years in Congress by party, with House and Senate as separate bars",
        "bar",
        "party",
        "avg(years)",
        "chamber",
        sql="SELECT party AS x, AVG(years) AS y, chamber AS color FROM piracy GROUP BY x, color"
        " ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive",
    ),
    Q(
        "pir-24",
        "In how many states did at least one senator say yes to the bills?",
        "kpi",
        None,
        "count(distinct state)",
        sql="SELECT COUNT(DISTINCT state) AS y FROM piracy WHERE chamber = 'senate'"
        " AND stance = 'yes'",
        hard="Medium",
        tags="kpi count-distinct condition-value",
    ),
    Q(
        "pir-25",
        "Texas legislators: money from the bills' supporters (x) against money from their"
        " opponents (y)",
        "point",
        "money_pro",
        "money_con",
        sql="SELECT money_pro AS x, money_con AS y FROM piracy WHERE state = 'TX'"
        " AND money_pro IS NOT NULL AND money_con IS NOT NULL",
        hard="Medium",
        tags="scatter condition-value abbreviation",
    ),
    Q(
        "pir-26",
        "House Democrats who received more than $100,000 from the bills' supporters, biggest first",
        "bar",
        "name",
        "money_pro",
        sql="SELECT name AS x, money_pro AS y FROM piracy WHERE chamber = 'house'"
        " AND TRIM(party) = 'D' AND money_pro > 100000 ORDER BY y DESC, x",
        sort="-y",
        hard="Medium",
        tags="sorted condition-value condition-number abbreviation",
    ),
    Q(
        "pir-27",
        "share of House members by party, as a pie",
        "arc",
        "party",
        "count(*)",
        sql="SELECT party AS x, COUNT(*) AS y FROM piracy WHERE chamber = 'house' GROUP BY x"
        " ORDER BY x",
        hard="Easy",
        tags="share count-of-entity condition-value",
    ),
    Q(
        "pir-28",
        "average money from the bills' supporters: senators who said yes vs senators who said no",
        "bar",
        "stance",
        "avg(money_pro)",
        sql="SELECT stance AS x, AVG(money_pro) AS y FROM piracy WHERE chamber = 'senate'"
        " AND stance IN ('yes', 'no') AND money_pro IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "pir-29",
        "number of legislators with 2 or fewer years in Congress, by stance",
        "bar",
        "stance",
        "count(*)",
        sql="SELECT stance AS x, COUNT(*) AS y FROM piracy WHERE years <= 2 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number",
    ),
    Q(
        "pir-30",
        "total money from the bills' opponents received by senators of each party",
        "bar",
        "party",
        "sum(money_con)",
        sql="SELECT party AS x, SUM(money_con) AS y FROM piracy WHERE chamber = 'senate'"
        " AND money_con IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "pir-31",
        "states with more than 10 legislators whose stance is unknown",
        "bar",
        "state",
        "count(*)",
        sql="SELECT state AS x, COUNT(*) AS y FROM piracy WHERE stance = 'unknown' GROUP BY x"
        " HAVING COUNT(*) > 10 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity condition-value",
    ),
    Q(
        "pir-32",
        "In how many states did one senator say yes while the other said no or leaning no?",
        "kpi",
        None,
        "count(distinct state)",
        sql="SELECT COUNT(DISTINCT a.state) AS y FROM piracy a JOIN piracy b ON a.state = b.state"
        " WHERE a.chamber = 'senate' AND b.chamber = 'senate' AND a.stance = 'yes'"
        " AND b.stance IN ('no', 'leaning no')",
        hard="Hard",
        tags="kpi count-distinct role-join condition-value",
    ),
    Q(
        "pir-33",
        "for each state, the money its senators received from the bills' supporters (x) against"
        " what its House members received (y)",
        "point",
        "sum(money_pro)",
        "sum(money_pro)",
        sql="SELECT s.total AS x, h.total AS y"
        " FROM (SELECT state, SUM(money_pro) AS total FROM piracy WHERE chamber = 'senate'"
        " AND money_pro IS NOT NULL GROUP BY state) s"
        " JOIN (SELECT state, SUM(money_pro) AS total FROM piracy WHERE chamber = 'house'"
        " AND money_pro IS NOT NULL GROUP BY state) h ON s.state = h.state",
        hard="Extra Hard",
        tags="scatter role-join condition-value abbreviation",
    ),
    Q(
        "pir-34",
        "histogram of the money legislators received from the bills' opponents, $25,000 bins",
        "bar",
        "money_con",
        "count(*)",
        sql="SELECT FLOOR(money_con / 25000) * 25000 AS x, COUNT(*) AS y FROM piracy"
        " WHERE money_con IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
]
