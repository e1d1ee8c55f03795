"""Turnout in the 1984 US election and the respondents' states (stevedata's anes_vote84, CP77 and
af_crime93).

``anes_vote84``: one row per respondent of the 1984 American National Election Study, 2,257
respondents: ``uid`` (1 … 2,257, unique), ``stateabb`` (the state's postal code; 30 states, NULL
for 268 respondents), ``vote`` (1 = said they voted and the vote was confirmed from registration
records, 0 = did not vote; NULL for 251, among them the 85 whose vote could not be confirmed),
``age`` (18–98, NULL for 789), ``educ`` (education level 1 = 8th grade or less … 10 = an
advanced degree; NULL for 14), ``female`` and ``south`` (0/1; ``south`` agrees with
``CP77.region = 'South'`` for every respondent with a state), ``polint`` (interest in the
campaigns: −1 not much, 0 somewhat, 1 very much; NULL for 7) and ``govrace`` (1 = the state
also elected its governor that November: AR, IN, MO, NC, NH, WA, WV). ``CP77``: one row per
state, 50 (no DC), from Chatterjee and Price (1977): ``state`` (postal code), ``region``
(Census region: ``Northeast`` 9, ``Midwest`` 12, ``South`` 16, ``West`` 13), ``urbanpop``
(urban residents per 1,000, 1970), ``incpc`` (income per head, 1973, $), ``pop`` (residents
under 18 per 1,000, 1974) and ``edexppc`` (public school spending per head, projected for
1975, $). ``af_crime93``: one row per state and DC, 51, from Agresti and Finlay (1993 figures):
``state`` (postal code), ``violent`` and ``murder`` (per 100,000 people), and the percentages
``poverty``, ``single`` (families headed by a single parent), ``metro`` (living in metropolitan
areas), ``white`` and ``highschool`` (high-school graduates), single-precision as shipped
(``9.100000381469728``). No NULLs in the two state tables.

Keys: ``anes_vote84.stateabb`` → ``CP77.state`` and → ``af_crime93.state`` (the postal code under
two names, unique on the state tables' side): all 30 states of the respondents are in both, and
the 268 respondents with no state drop out of a join. ``CP77.state`` → ``af_crime93.state``
(the same name, unique on both sides): 50 states join, DC (only in ``af_crime93``) drops out.
Turnout is the percentage of respondents whose vote is known (``vote`` not NULL) who voted.
"""

from itemdef import Q

DB = "anes_turnout"
RC = "FROM anes_vote84 a JOIN CP77 c ON a.stateabb = c.state"
RF = "FROM anes_vote84 a JOIN af_crime93 f ON a.stateabb = f.state"
CF = "FROM CP77 c JOIN af_crime93 f ON c.state = f.state"

ITEMS = [
    Q(
        "vot-01",
        "How many people were interviewed in the 1984 election survey?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM anes_vote84",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "vot-02",
        "what percentage of respondents whose vote is known actually voted in 1984?",
        "kpi",
        None,
        "100 * avg(vote)",
        sql="SELECT 100.0 * AVG(vote) AS y FROM anes_vote84 WHERE vote IS NOT NULL",
        hard="Medium",
        tags="kpi",
    ),
    Q(
        "vot-03",
        "In how many different states were the survey's respondents living?",
        "kpi",
        None,
        "count(distinct stateabb)",
        sql="SELECT COUNT(DISTINCT stateabb) AS y FROM anes_vote84 WHERE stateabb IS NOT NULL",
        hard="Easy",
        tags="kpi count-of-entity count-distinct abbreviation",
    ),
    Q(
        "vot-04",
        "Which 10 states have the most respondents?",
        "bar",
        "stateabb",
        "count(*)",
        sql="SELECT stateabb AS x, COUNT(*) AS y FROM anes_vote84 WHERE stateabb IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity abbreviation",
    ),
    Q(
        "vot-05",
        "turnout by education level (1 = 8th grade or less, 10 = advanced degree), as a percentage",
        "bar",
        "educ",
        "100 * avg(vote)",
        sql="SELECT educ AS x, 100.0 * AVG(vote) AS y FROM anes_vote84"
        " WHERE educ IS NOT NULL AND vote IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "vot-06",
        "pie of respondents by how interested they were in the campaigns (-1 not much, 0"
        " somewhat, 1 very much)",
        "arc",
        "polint",
        "count(*)",
        sql="SELECT polint AS x, COUNT(*) AS y FROM anes_vote84 WHERE polint IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity abbreviation",
    ),
    Q(
        "vot-07",
        "average age of those who voted and those who did not",
        "bar",
        "vote",
        "avg(age)",
        sql="SELECT vote AS x, AVG(age) AS y FROM anes_vote84"
        " WHERE vote IS NOT NULL AND age IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="",
    ),
    Q(
        "vot-08",
        "age distribution of the respondents in 10-year bins",
        "bar",
        "age",
        "count(*)",
        sql="SELECT FLOOR(age / 10) * 10 AS x, COUNT(*) AS y FROM anes_vote84"
        " WHERE age IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram count-of-entity",
    ),
    Q(
        "vot-09",
        "How many respondents lived in a state that also had a governor's race in November 1984?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM anes_vote84 WHERE govrace = 1",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "vot-10",
        "percentage who voted at each level of interest in the campaigns, women and men side by"
        " side",
        "bar",
        "polint",
        "100 * avg(vote)",
        "female",
        sql="SELECT polint AS x, 100.0 * AVG(vote) AS y, female AS color FROM anes_vote84"
        " WHERE polint IS NOT NULL AND vote IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "vot-11",
        "voters and non-voters at each education level, stacked",
        "bar",
        "educ",
        "count(*)",
        "vote",
        sql="SELECT educ AS x, COUNT(*) AS y, vote AS color FROM anes_vote84"
        " WHERE educ IS NOT NULL AND vote IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "vot-12",
        "average age of the southern respondents",
        "kpi",
        None,
        "avg(age)",
        sql="SELECT AVG(age) AS y FROM anes_vote84 WHERE south = 1 AND age IS NOT NULL",
        hard="Easy",
        tags="kpi condition-number",
    ),
    Q(
        "vot-13",
        "turnout percentage of women and of men",
        "bar",
        "female",
        "100 * avg(vote)",
        sql="SELECT female AS x, 100.0 * AVG(vote) AS y FROM anes_vote84 WHERE vote IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "vot-14",
        "the 5 states with the lowest turnout among their respondents (percentage who voted)",
        "bar",
        "stateabb",
        "100 * avg(vote)",
        sql="SELECT stateabb AS x, 100.0 * AVG(vote) AS y FROM anes_vote84"
        " WHERE stateabb IS NOT NULL AND vote IS NOT NULL GROUP BY x ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Hard",
        tags="top-n abbreviation",
    ),
    Q(
        "vot-15",
        "states where under 55% of the respondents with a known vote voted",
        "bar",
        "stateabb",
        "100 * avg(vote)",
        sql="SELECT stateabb AS x, 100.0 * AVG(vote) AS y FROM anes_vote84"
        " WHERE stateabb IS NOT NULL AND vote IS NOT NULL GROUP BY x HAVING AVG(vote) < 0.55"
        " ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "vot-16",
        "average education level of the respondents in each state with at least 50 respondents",
        "bar",
        "stateabb",
        "avg(educ)",
        sql="SELECT stateabb AS x, AVG(educ) AS y FROM anes_vote84 WHERE stateabb IS NOT NULL"
        " GROUP BY x HAVING COUNT(*) >= 50 ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "vot-17",
        "How many respondents aged 65 or over were very much interested in the campaigns?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM anes_vote84 WHERE age >= 65 AND polint = 1",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "vot-18",
        "turnout by Census region, as a percentage",
        "bar",
        "region",
        "100 * avg(vote)",
        sql=f"SELECT c.region AS x, 100.0 * AVG(a.vote) AS y {RC} WHERE a.vote IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join",
    ),
    Q(
        "vot-19",
        "number of respondents in each Census region, split by sex (stacked)",
        "bar",
        "region",
        "count(*)",
        "female",
        sql=f"SELECT c.region AS x, COUNT(*) AS y, a.female AS color {RC} GROUP BY x, color"
        " ORDER BY x, color",
        hard="Hard",
        tags="two-category count-of-entity join key-join",
    ),
    Q(
        "vot-20",
        "How many respondents lived in states whose 1973 income per head was above $5,000?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {RC} WHERE c.incpc > 5000",
        hard="Hard",
        tags="kpi count-of-entity condition-number join key-join abbreviation",
    ),
    Q(
        "vot-21",
        "Census regions whose respondents averaged below 6 on the education scale",
        "bar",
        "region",
        "avg(educ)",
        sql=f"SELECT c.region AS x, AVG(a.educ) AS y {RC} GROUP BY x HAVING AVG(a.educ) < 6"
        " ORDER BY x",
        hard="Hard",
        tags="having join key-join abbreviation",
    ),
    Q(
        "vot-22",
        "turnout percentage of respondents from states with a 1993 murder rate above 10 per"
        " 100,000",
        "kpi",
        None,
        "100 * avg(vote)",
        sql=f"SELECT 100.0 * AVG(a.vote) AS y {RF} WHERE f.murder > 10 AND a.vote IS NOT NULL",
        hard="Hard",
        tags="kpi condition-number join key-join",
    ),
    Q(
        "vot-23",
        "for each state in the survey, its 1993 poverty rate (x) against the turnout of its"
        " respondents (y)",
        "point",
        "poverty",
        "100 * avg(vote)",
        sql=f"SELECT f.poverty AS x, 100.0 * AVG(a.vote) AS y {RF} WHERE a.vote IS NOT NULL"
        " GROUP BY a.stateabb, f.poverty",
        hard="Extra Hard",
        tags="scatter join key-join",
    ),
    Q(
        "vot-24",
        "percentage who voted in each Census region, counting only respondents from states with a"
        " violent crime rate above 700 per 100,000 in 1993",
        "bar",
        "region",
        "100 * avg(vote)",
        sql="SELECT c.region AS x, 100.0 * AVG(a.vote) AS y FROM anes_vote84 a"
        " JOIN CP77 c ON a.stateabb = c.state JOIN af_crime93 f ON a.stateabb = f.state"
        " WHERE f.violent > 700 AND a.vote IS NOT NULL GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="condition-number join key-join multi-hop",
    ),
    Q(
        "vot-25",
        "average public school spending per head by Census region (1975 projection)",
        "bar",
        "region",
        "avg(edexppc)",
        sql="SELECT region AS x, AVG(edexppc) AS y FROM CP77 GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "vot-26",
        "state income per head in 1973 (x) vs public school spending per head (y)",
        "point",
        "incpc",
        "edexppc",
        sql="SELECT incpc AS x, edexppc AS y FROM CP77",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "vot-27",
        "top 5 states by public school spending per head (1975 projection)",
        "bar",
        "state",
        "edexppc",
        sql="SELECT state AS x, edexppc AS y FROM CP77 ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "vot-28",
        "How many southern states had fewer than 500 urban residents per 1,000 in 1970?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM CP77 WHERE region = 'South' AND urbanpop < 500",
        hard="Medium",
        tags="kpi count-of-entity condition-value condition-number abbreviation",
    ),
    Q(
        "vot-29",
        "the 10 states (DC included) with the highest murder rates in 1993",
        "bar",
        "state",
        "murder",
        sql="SELECT state AS x, murder AS y FROM af_crime93 ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "vot-30",
        "1993 poverty rate (x) vs violent crime rate (y), one point per state, DC included",
        "point",
        "poverty",
        "violent",
        sql="SELECT poverty AS x, violent AS y FROM af_crime93",
        hard="Easy",
        tags="scatter",
    ),
    Q(
        "vot-31",
        "histogram of the 1993 poverty rates of the 50 states and DC, bins of 2 percentage points",
        "bar",
        "poverty",
        "count(*)",
        sql="SELECT FLOOR(poverty / 2) * 2 AS x, COUNT(*) AS y FROM af_crime93 GROUP BY x"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "vot-32",
        "average share of high-school graduates across the 50 states in 1993, leaving out DC",
        "kpi",
        None,
        "avg(highschool)",
        sql="SELECT AVG(highschool) AS y FROM af_crime93 WHERE state <> 'DC'",
        hard="Medium",
        tags="kpi condition-value",
    ),
    Q(
        "vot-33",
        "average violent crime rate in 1993 by Census region",
        "bar",
        "region",
        "avg(violent)",
        sql=f"SELECT c.region AS x, AVG(f.violent) AS y {CF} GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join",
    ),
    Q(
        "vot-34",
        "states' 1973 income per head (x) against their 1993 poverty rate (y)",
        "point",
        "incpc",
        "poverty",
        sql=f"SELECT c.incpc AS x, f.poverty AS y {CF}",
        hard="Hard",
        tags="scatter join same-name-join abbreviation",
    ),
    Q(
        "vot-35",
        "How many Western states had more than 700 violent crimes per 100,000 people in 1993?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y {CF} WHERE c.region = 'West' AND f.violent > 700",
        hard="Hard",
        tags="kpi count-of-entity condition-value condition-number join same-name-join",
    ),
    Q(
        "vot-36",
        "highest murder rate in each Census region in 1993",
        "bar",
        "region",
        "max(murder)",
        sql=f"SELECT c.region AS x, MAX(f.murder) AS y {CF} GROUP BY x ORDER BY x",
        hard="Hard",
        tags="min-max join same-name-join",
    ),
]
