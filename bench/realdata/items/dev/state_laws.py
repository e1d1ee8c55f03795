"""US state-year panels on traffic safety laws and gun laws (AER) with US state codes (Ecdat).

Three tables: ``USSeatBelts`` (51 states incl. DC × 1983–1997, 765 rows;
``state`` is the postal code ``AK``; ``miles`` millions of traffic miles,
``fatalities`` deaths per million traffic miles, ``seatbelt`` usage rate
0–1, NULL in most states before 1990, ``speed65``/``speed70``/``drinkage``/
``alcohol`` yes/no laws, ``income``, ``age`` mean age, ``enforce``
no/primary/secondary), ``Guns`` (51 × 1977–1999, 1,173 rows; ``state`` is
the full name; ``violent``/``murder``/``robbery`` per 100,000,
``prisoners`` incarceration rate per 100,000, ``afam``/``cauc``/``male``
percentages, ``population`` in millions, ``income``, ``density``, ``law``
yes/no: a shall-carry law in effect) and ``USstateAbbreviations`` (76 rows:
``Name``, ``Status`` such as ``State``, ``State (Commonwealth)``, ``Federal
district``, ``USPS`` postal code, ``ANSI.digits`` FIPS code, ``AP`` …).
``USSeatBelts.state`` → ``USPS``; ``Guns.state`` → ``Name``; the two panels
meet through the codes table on (state, ``year``).
"""

from itemdef import Q

DB = "state_laws"
S = "USSeatBelts"
G = "Guns"
S_A = "USSeatBelts AS s JOIN USstateAbbreviations AS a ON s.state = a.USPS"
G_A = "Guns AS g JOIN USstateAbbreviations AS a ON g.state = a.Name"
SGA = f"{S_A} JOIN Guns AS g ON g.state = a.Name AND g.year = s.year"

ITEMS = [
    Q(
        "sl-01",
        "average traffic fatality rate per year across the states",
        "line",
        "year",
        "avg(fatalities)",
        sql=f"SELECT year AS x, AVG(fatalities) AS y FROM {S} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line",
    ),
    Q(
        "sl-02",
        "seat belt usage rate over time in CA",
        "line",
        "year",
        "seatbelt",
        sql=f"SELECT year AS x, seatbelt AS y FROM {S} WHERE state = 'CA' AND seatbelt IS NOT NULL"
        " ORDER BY x",
        sort="x",
        hard="Medium",
        tags="condition-value calendar-int time-line",
    ),
    Q(
        "sl-03",
        "How many states had a primary seat belt law in 1997?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {S} WHERE enforce = 'primary' AND year = 1997",
        hard="Medium",
        tags="kpi count-of-entity condition-value condition-year calendar-int",
    ),
    Q(
        "sl-04",
        "number of states by year and type of seat belt law enforcement, stacked",
        "bar",
        "year",
        "count(*)",
        "enforce",
        sql=f"SELECT year AS x, COUNT(*) AS y, enforce AS color FROM {S}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity calendar-int",
    ),
    Q(
        "sl-05",
        "trend of total traffic miles driven per year",
        "line",
        "year",
        "sum(miles)",
        sql=f"SELECT year AS x, SUM(miles) AS y FROM {S} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line",
    ),
    Q(
        "sl-06",
        "top 10 states by traffic miles in 1997",
        "bar",
        "state",
        "miles",
        sql=f"SELECT state AS x, miles AS y FROM {S} WHERE year = 1997 ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year calendar-int",
    ),
    Q(
        "sl-07",
        "trend of the average violent crime rate by year",
        "line",
        "year",
        "avg(violent)",
        sql=f"SELECT year AS x, AVG(violent) AS y FROM {G} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line",
    ),
    Q(
        "sl-08",
        "murder rate in the District of Columbia over time",
        "line",
        "year",
        "murder",
        sql=f"SELECT year AS x, murder AS y FROM {G} WHERE state = 'District of Columbia' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="condition-value calendar-int time-line",
    ),
    Q(
        "sl-09",
        "the 5 states with the highest incarceration rates in 1999",
        "bar",
        "state",
        "prisoners",
        sql=f"SELECT state AS x, prisoners AS y FROM {G} WHERE year = 1999"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-year calendar-int abbreviation",
    ),
    Q(
        "sl-10",
        "in 1999, compare the average violent crime rate of states with a shall-carry law and"
        " states without one",
        "bar",
        "law",
        "avg(violent)",
        sql=f"SELECT law AS x, AVG(violent) AS y FROM {G} WHERE year = 1999 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year calendar-int",
    ),
    Q(
        "sl-11",
        "how the number of states with a shall-carry law changed year by year",
        "line",
        "year",
        "count(*)",
        sql=f"SELECT year AS x, COUNT(*) AS y FROM {G} WHERE law = 'yes' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="count-of-entity condition-value calendar-int time-line",
    ),
    Q(
        "sl-12",
        "scatter of states in 1990 with the robbery rate on x and the murder rate on y",
        "point",
        "robbery",
        "murder",
        sql=f"SELECT robbery AS x, murder AS y FROM {G} WHERE year = 1990 ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-year calendar-int",
    ),
    Q(
        "sl-13",
        "histogram of state violent crime rates in 1999, bins of 200",
        "bar",
        "violent",
        "count(*)",
        sql=f"SELECT FLOOR(violent / 200) * 200 AS x, COUNT(*) AS y FROM {G} WHERE year = 1999"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram condition-year calendar-int",
    ),
    Q(
        "sl-14",
        "average seat belt usage rate by type of enforcement in 1995",
        "bar",
        "enforce",
        "avg(seatbelt)",
        sql=f"SELECT enforce AS x, AVG(seatbelt) AS y FROM {S} WHERE year = 1995"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year calendar-int",
    ),
    Q(
        "sl-15",
        "trend of the total population of the states (in millions) by year",
        "line",
        "year",
        "sum(population)",
        sql=f"SELECT year AS x, SUM(population) AS y FROM {G} GROUP BY x ORDER BY x",
        sort="x",
        hard="Easy",
        tags="calendar-int time-line",
    ),
    Q(
        "sl-16",
        "states whose murder rate averaged over all years is above 10",
        "bar",
        "state",
        "avg(murder)",
        sql=f"SELECT state AS x, AVG(murder) AS y FROM {G} GROUP BY x HAVING AVG(murder) > 10"
        " ORDER BY x",
        hard="Hard",
        tags="having",
    ),
    Q(
        "sl-17",
        "What is the highest robbery rate any state recorded in any year?",
        "kpi",
        None,
        "max(robbery)",
        sql=f"SELECT MAX(robbery) AS y FROM {G}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "sl-18",
        "average fatality rate by year, for states with and without a 65 mph speed limit",
        "line",
        "year",
        "avg(fatalities)",
        "speed65",
        sql=f"SELECT year AS x, AVG(fatalities) AS y, speed65 AS color FROM {S}"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="multi-series non-additive two-category calendar-int time-line abbreviation",
    ),
    Q(
        "sl-19",
        "pie of states by seat belt law enforcement in 1997",
        "arc",
        "enforce",
        "count(*)",
        sql=f"SELECT enforce AS x, COUNT(*) AS y FROM {S} WHERE year = 1997 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-year calendar-int",
    ),
    Q(
        "sl-20",
        "average percent African-American population by year",
        "line",
        "year",
        "avg(afam)",
        sql=f"SELECT year AS x, AVG(afam) AS y FROM {G} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line abbreviation",
    ),
    Q(
        "sl-21",
        "5 states with the largest share of young men (males aged 10 to 29) in 1999",
        "bar",
        "state",
        "male",
        sql=f"SELECT state AS x, male AS y FROM {G} WHERE year = 1999 ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n condition-year calendar-int abbreviation",
    ),
    Q(
        "sl-22",
        "mean age by state in 1997 for states with a 70 mph speed limit",
        "bar",
        "state",
        "age",
        sql=f"SELECT state AS x, age AS y FROM {S} WHERE year = 1997 AND speed70 = 'yes'"
        " ORDER BY x",
        hard="Medium",
        tags="condition-value condition-year calendar-int abbreviation",
    ),
    Q(
        "sl-23",
        "traffic fatality rate in Texas by year",
        "line",
        "year",
        "fatalities",
        sql=f"SELECT s.year AS x, s.fatalities AS y FROM {S_A} WHERE a.Name = 'Texas' ORDER BY x",
        sort="x",
        hard="Hard",
        tags="join key-join condition-value calendar-int time-line",
    ),
    Q(
        "sl-24",
        "seat belt usage rate by year in New Mexico",
        "line",
        "year",
        "seatbelt",
        sql=f"SELECT s.year AS x, s.seatbelt AS y FROM {S_A}"
        " WHERE a.Name = 'New Mexico' AND s.seatbelt IS NOT NULL ORDER BY x",
        sort="x",
        hard="Hard",
        tags="join key-join condition-value calendar-int time-line",
    ),
    Q(
        "sl-25",
        "seat belt usage in 1997 in the four commonwealth states, by full state name",
        "bar",
        "Name",
        "seatbelt",
        sql=f"SELECT a.Name AS x, s.seatbelt AS y FROM {S_A}"
        " WHERE a.Status = 'State (Commonwealth)' AND s.year = 1997 ORDER BY x",
        hard="Hard",
        tags="join key-join condition-value condition-year calendar-int",
    ),
    Q(
        "sl-26",
        "average murder rate per year across the commonwealth states",
        "line",
        "year",
        "avg(murder)",
        sql=f"SELECT g.year AS x, AVG(g.murder) AS y FROM {G_A}"
        " WHERE a.Status = 'State (Commonwealth)' GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="join key-join condition-value calendar-int time-line",
    ),
    Q(
        "sl-27",
        "scatter of states in 1995: violent crime rate on x, traffic fatality rate on y",
        "point",
        "violent",
        "fatalities",
        sql=f"SELECT g.violent AS x, s.fatalities AS y FROM {SGA} WHERE s.year = 1995 ORDER BY x, y",
        hard="Extra Hard",
        tags="join key-join same-name-join multi-hop scatter condition-year calendar-int",
    ),
    Q(
        "sl-28",
        "average traffic fatality rate in 1997 for states with and without a shall-carry law",
        "bar",
        "law",
        "avg(fatalities)",
        sql=f"SELECT g.law AS x, AVG(s.fatalities) AS y FROM {SGA} WHERE s.year = 1997"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join key-join same-name-join multi-hop condition-year calendar-int",
    ),
    Q(
        "sl-29",
        "How many states had both a primary seat belt law and a shall-carry law in 1997?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {SGA}"
        " WHERE s.year = 1997 AND s.enforce = 'primary' AND g.law = 'yes'",
        hard="Extra Hard",
        tags="kpi join key-join same-name-join multi-hop count-of-entity condition-value"
        " condition-year calendar-int",
    ),
    Q(
        "sl-30",
        "the 5 states, by full name, with the highest traffic fatality rate in 1983",
        "bar",
        "Name",
        "fatalities",
        sql=f"SELECT a.Name AS x, s.fatalities AS y FROM {S_A} WHERE s.year = 1983"
        " ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="join key-join top-n condition-year calendar-int",
    ),
    Q(
        "sl-31",
        "average murder rate in 1999 across TX, CA, NY and FL",
        "kpi",
        None,
        "avg(murder)",
        sql=f"SELECT AVG(g.murder) AS y FROM {G_A}"
        " WHERE a.USPS IN ('TX', 'CA', 'NY', 'FL') AND g.year = 1999",
        hard="Hard",
        tags="kpi join key-join condition-value condition-year calendar-int",
    ),
    Q(
        "sl-32",
        "top 10 state codes by traffic miles in 1997 among the states with a shall-carry law"
        " that year",
        "bar",
        "state",
        "miles",
        sql=f"SELECT s.state AS x, s.miles AS y FROM {SGA} WHERE s.year = 1997 AND g.law = 'yes'"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Extra Hard",
        tags="join key-join same-name-join multi-hop top-n condition-value condition-year"
        " calendar-int",
    ),
    Q(
        "sl-33",
        "average incarceration rate in 1995 by type of seat belt law enforcement",
        "bar",
        "enforce",
        "avg(prisoners)",
        sql=f"SELECT s.enforce AS x, AVG(g.prisoners) AS y FROM {SGA} WHERE s.year = 1995"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join key-join same-name-join multi-hop condition-year calendar-int abbreviation",
    ),
]
