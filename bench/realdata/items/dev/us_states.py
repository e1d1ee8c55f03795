"""US states: ACS median rent and income (tidyr), state regions (stevedata) and the 2016 election.

Three tables without declared keys, each naming the state differently:
``us_rent_income`` (American Community Survey 2017, two rows per state and
Puerto Rico: ``variable`` is ``income`` (median yearly income) or ``rent``
(median monthly rent), ``estimate`` and its margin of error ``moe``; Puerto
Rico's income is missing), keyed by ``NAME``; ``usa_states`` (``stateabb``,
``statename``, ``region``, ``division``) keyed by ``statename``; and
``election_turnout`` (one row per state in 2016: ``turnoutho`` turnout for the
highest office in %, ``perhsed``/``percoled`` % with a high-school/college
degree, ``gdppercap``, ``ss`` 1 for a swing state, ``trumpw`` 1 where Trump
won, ``trumpshare`` his share of the vote (0–1), ``sunempr`` the state
unemployment rate and ``sunempr12md`` its change over 12 months, ``gdp``)
keyed by ``state`` (full names, although its help calls them abbreviations).
The District of Columbia is a row of every table.
"""

from itemdef import Q

DB = "us_states"
RI = "us_rent_income"
RI_US = f"{RI} JOIN usa_states ON {RI}.NAME = usa_states.statename"
RI_ET = f"{RI} JOIN election_turnout ON {RI}.NAME = election_turnout.state"

ITEMS = [
    Q(
        "us_states-01",
        "top 10 states by median rent",
        "bar",
        "NAME",
        "estimate",
        sql=f"SELECT NAME AS x, estimate AS y FROM {RI} WHERE variable = 'rent'"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value",
    ),
    Q(
        "us_states-02",
        "average median income by region",
        "bar",
        "region",
        "avg(estimate)",
        sql=f"SELECT region AS x, AVG(estimate) AS y FROM {RI_US} WHERE variable = 'income'"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value",
    ),
    Q(
        "us_states-03",
        "turnout by state in the South",
        "bar",
        "state",
        "turnoutho",
        sql="SELECT state AS x, turnoutho AS y FROM election_turnout WHERE region = 'South'"
        " ORDER BY x",
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "us_states-04",
        "How many states did Trump win?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM election_turnout WHERE trumpw = 1",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "us_states-05",
        "number of states Trump won in each region",
        "bar",
        "region",
        "count(*)",
        sql="SELECT region AS x, COUNT(*) AS y FROM election_turnout WHERE trumpw = 1"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity condition-number abbreviation",
    ),
    Q(
        "us_states-06",
        "average turnout of swing states vs the other states",
        "bar",
        "ss",
        "avg(turnoutho)",
        sql="SELECT ss AS x, AVG(turnoutho) AS y FROM election_turnout GROUP BY x ORDER BY x",
        hard="Hard",
        tags="abbreviation",
    ),
    Q(
        "us_states-07",
        "Trump's vote share vs percent with a college degree, one point per state",
        "point",
        "percoled",
        "trumpshare",
        sql="SELECT percoled AS x, trumpshare AS y FROM election_turnout",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "us_states-08",
        "average unemployment rate by division",
        "bar",
        "division",
        "avg(sunempr)",
        sql="SELECT division AS x, AVG(sunempr) AS y FROM election_turnout GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "us_states-09",
        "10 states with the highest GDP per capita",
        "bar",
        "state",
        "gdppercap",
        sql="SELECT state AS x, gdppercap AS y FROM election_turnout ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n abbreviation",
    ),
    Q(
        "us_states-10",
        "histogram of turnout in 5-point bins",
        "bar",
        "turnoutho",
        "count(*)",
        sql="SELECT FLOOR(turnoutho / 5) * 5 AS x, COUNT(*) AS y FROM election_turnout"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "us_states-11",
        "median rent vs median income, a point per state",
        "point",
        "estimate",
        "estimate",
        sql=f"SELECT i.estimate AS x, r.estimate AS y FROM {RI} AS i JOIN {RI} AS r"
        " ON i.NAME = r.NAME WHERE i.variable = 'income' AND r.variable = 'rent'"
        " AND i.estimate IS NOT NULL",
        hard="Extra Hard",
        tags="scatter condition-value",
    ),
    Q(
        "us_states-12",
        "median rent in the Pacific division",
        "bar",
        "NAME",
        "estimate",
        sql=f"SELECT NAME AS x, estimate AS y FROM {RI_US} WHERE variable = 'rent'"
        " AND division = 'Pacific' ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value",
    ),
    Q(
        "us_states-13",
        "How many states have a median rent above $1,000?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {RI} WHERE variable = 'rent' AND estimate > 1000",
        hard="Hard",
        tags="kpi count-of-entity condition-value condition-number",
    ),
    Q(
        "us_states-14",
        "number of states per region",
        "bar",
        "region",
        "count(*)",
        sql="SELECT region AS x, COUNT(*) AS y FROM usa_states GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "us_states-15",
        "median income of the West North Central states",
        "bar",
        "NAME",
        "estimate",
        sql=f"SELECT NAME AS x, estimate AS y FROM {RI_US} WHERE variable = 'income'"
        " AND division = 'West North Central' ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value",
    ),
    Q(
        "us_states-16",
        "average Trump vote share by region, swing states and the others side by side",
        "bar",
        "region",
        "avg(trumpshare)",
        "ss",
        sql="SELECT region AS x, AVG(trumpshare) AS y, ss AS color FROM election_turnout"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "us_states-17",
        "total GDP by region",
        "bar",
        "region",
        "sum(gdp)",
        sql="SELECT region AS x, SUM(gdp) AS y FROM election_turnout GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "us_states-18",
        "states where unemployment went up over the last 12 months, by how much",
        "bar",
        "state",
        "sunempr12md",
        sql="SELECT state AS x, sunempr12md AS y FROM election_turnout WHERE sunempr12md > 0"
        " ORDER BY x",
        hard="Hard",
        tags="condition-number abbreviation",
    ),
    Q(
        "us_states-19",
        "regions with an average turnout above 60%",
        "bar",
        "region",
        "avg(turnoutho)",
        sql="SELECT region AS x, AVG(turnoutho) AS y FROM election_turnout GROUP BY x"
        " HAVING AVG(turnoutho) > 60 ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "us_states-20",
        "average median rent in states Trump won vs states he lost",
        "bar",
        "trumpw",
        "avg(estimate)",
        sql=f"SELECT trumpw AS x, AVG(estimate) AS y FROM {RI_ET} WHERE variable = 'rent'"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join key-join condition-value abbreviation",
    ),
    Q(
        "us_states-21",
        "pie of total GDP by region",
        "arc",
        "region",
        "sum(gdp)",
        sql="SELECT region AS x, SUM(gdp) AS y FROM election_turnout GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share",
    ),
    Q(
        "us_states-22",
        "margin of error of the median income estimate for the Mountain states",
        "bar",
        "NAME",
        "moe",
        sql=f"SELECT NAME AS x, moe AS y FROM {RI_US} WHERE variable = 'income'"
        " AND division = 'Mountain' ORDER BY x",
        hard="Extra Hard",
        tags="join key-join condition-value abbreviation",
    ),
    Q(
        "us_states-23",
        "average share of people with a high school degree by region",
        "bar",
        "region",
        "avg(perhsed)",
        sql="SELECT region AS x, AVG(perhsed) AS y FROM election_turnout GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "us_states-24",
        "median income of the 5 states with the highest turnout",
        "bar",
        "NAME",
        "estimate",
        sql=f"SELECT NAME AS x, estimate AS y FROM {RI_ET} WHERE variable = 'income'"
        " ORDER BY turnoutho DESC, x LIMIT 5",
        hard="Extra Hard",
        tags="join key-join condition-value top-n abbreviation",
    ),
    Q(
        "us_states-25",
        "highest unemployment rate in each region",
        "bar",
        "region",
        "max(sunempr)",
        sql="SELECT region AS x, MAX(sunempr) AS y FROM election_turnout GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max abbreviation",
    ),
    Q(
        "us_states-26",
        "how many states have more than 35% college graduates",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM election_turnout WHERE percoled > 35",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "us_states-27",
        "average median rent in the swing states",
        "kpi",
        None,
        "avg(estimate)",
        sql=f"SELECT AVG(estimate) AS y FROM {RI_ET} WHERE variable = 'rent' AND ss = 1",
        hard="Hard",
        tags="kpi join key-join condition-value abbreviation",
    ),
    Q(
        "us_states-28",
        "number of states by region and division",
        "bar",
        "region",
        "count(*)",
        "division",
        sql="SELECT region AS x, COUNT(*) AS y, division AS color FROM usa_states"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "us_states-29",
        "number of states with a median rent above $1,000, by region",
        "bar",
        "region",
        "count(*)",
        sql=f"SELECT region AS x, COUNT(*) AS y FROM {RI_US} WHERE variable = 'rent'"
        " AND estimate > 1000 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join count-of-entity condition-value condition-number",
    ),
    Q(
        "us_states-30",
        "How many Northeast states have a median income above $30,000?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {RI_US} WHERE variable = 'income' AND estimate > 30000"
        " AND region = 'Northeast'",
        hard="Hard",
        tags="kpi join key-join count-of-entity condition-value condition-number",
    ),
]
