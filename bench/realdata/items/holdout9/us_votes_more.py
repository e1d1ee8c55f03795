"""us_votes, continued (items/holdout9/us_votes.py describes the tables and keys): the joins and two histograms."""

from itemdef import Q

DB = "us_votes"
TV = "TV16"
AN = "anes_partytherms"
PE = "presidentialElections"
E16 = "Election16"
AN_E = f"{AN} AS a JOIN {E16} AS e ON a.stateabb = e.Abr"
TV_PE = f"{TV} AS t JOIN {PE} AS p ON p.state = t.state AND p.year = 2016"

ITEMS = [
    # --- joins ---
    Q(
        "uv-23",
        "average Democratic party thermometer in the 2012 ANES, respondents in states Trump won in"
        " 2016 vs states he lost",
        "bar",
        "TrumpWin",
        "avg(therm_dem)",
        sql=f"SELECT e.TrumpWin AS x, AVG(a.therm_dem) AS y FROM {AN_E}"
        " WHERE a.year = 2012 AND a.therm_dem IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join condition-year calendar-int abbreviation",
    ),
    Q(
        "uv-24",
        "average Republican party thermometer by ANES year, for respondents living in states where"
        " more than 30% have a college degree",
        "line",
        "year",
        "avg(therm_gop)",
        sql=f"SELECT a.year AS x, AVG(a.therm_gop) AS y FROM {AN_E}"
        " WHERE e.BA > 30 AND a.therm_gop IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Extra Hard",
        tags="join key-join condition-number calendar-int time-line abbreviation",
    ),
    Q(
        "uv-25",
        "How many 2012 ANES respondents lived in states with a per capita income above $50,000?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {AN_E} WHERE a.year = 2012 AND e.Income > 50000",
        hard="Hard",
        tags="kpi join key-join count-of-entity condition-number condition-year calendar-int",
    ),
    Q(
        "uv-26",
        "average Republican party thermometer per ANES year in states Trump won vs states he lost"
        " in 2016, one line each",
        "line",
        "year",
        "avg(therm_gop)",
        "TrumpWin",
        sql=f"SELECT a.year AS x, AVG(a.therm_gop) AS y, e.TrumpWin AS color FROM {AN_E}"
        " WHERE a.therm_gop IS NOT NULL GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Extra Hard",
        tags="join key-join calendar-int time-line multi-series abbreviation",
    ),
    Q(
        "uv-27",
        "number of ANES respondents per survey year from states with a Republican lean in Gallup's"
        " 2015 poll (Democratic minus Republican lean below 0)",
        "bar",
        "year",
        "count(*)",
        sql=f'SELECT a.year AS x, COUNT(*) AS y FROM {AN_E} WHERE e."Dem.Rep" < 0'
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join count-of-entity condition-number calendar-int",
    ),
    Q(
        "uv-28",
        "for each state, the Democratic share of the 2016 presidential vote (x) against the"
        " fraction voting Trump among that state's 2016 survey respondents with a recorded vote (y)",
        "point",
        "demVote",
        "avg(votetrump)",
        sql=f"SELECT p.demVote AS x, AVG(t.votetrump) AS y FROM {TV_PE}"
        " WHERE t.votetrump IS NOT NULL GROUP BY t.state, p.demVote ORDER BY x, y",
        hard="Extra Hard",
        tags="join same-name-join scatter condition-year calendar-int abbreviation",
    ),
    Q(
        "uv-29",
        "How many 2016 survey respondents live in states where the Democrat won more than 50% of"
        " the 2016 presidential vote?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {TV_PE} WHERE p.demVote > 50",
        hard="Hard",
        tags="kpi join same-name-join count-of-entity condition-number condition-year calendar-int",
    ),
    Q(
        "uv-30",
        "Trump vote rate among 2016 survey respondents with a recorded vote, former Confederate"
        " (southern) states vs the rest",
        "bar",
        "south",
        "avg(votetrump)",
        sql=f"SELECT p.south AS x, AVG(t.votetrump) AS y FROM {TV_PE}"
        " WHERE t.votetrump IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "uv-31",
        "average age of 2016 survey respondents by state, for states where the Democrat got under"
        " 35% of the 2016 presidential vote",
        "bar",
        "state",
        "avg(age)",
        sql=f"SELECT t.state AS x, AVG(t.age) AS y FROM {TV_PE} WHERE p.demVote < 35"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join condition-number condition-year calendar-int",
    ),
    Q(
        "uv-32",
        "number of 2016 survey respondents in each southern (former Confederate) state",
        "bar",
        "state",
        "count(*)",
        sql=f"SELECT t.state AS x, COUNT(*) AS y FROM {TV_PE} WHERE p.south GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join count-of-entity",
    ),
    Q(
        "uv-33",
        "number of 2012 ANES respondents per state, for states with a per capita income above"
        " $60,000",
        "bar",
        "stateabb",
        "count(*)",
        sql=f"SELECT a.stateabb AS x, COUNT(*) AS y FROM {AN_E} WHERE a.year = 2012"
        " AND e.Income > 60000 GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join key-join count-of-entity condition-number condition-year calendar-int",
    ),
    Q(
        "uv-34",
        "Among states where the Democrat got more than 55% of the 2016 presidential vote, which 5"
        " had the highest Trump vote rate among 2016 survey respondents with a recorded vote?",
        "bar",
        "state",
        "avg(votetrump)",
        sql=f"SELECT t.state AS x, AVG(t.votetrump) AS y FROM {TV_PE}"
        " WHERE p.demVote > 55 AND t.votetrump IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Extra Hard",
        tags="join same-name-join top-n condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "uv-35",
        "histogram of the states' per capita income, in bins of $5,000",
        "bar",
        "Income",
        "count(*)",
        sql=f"SELECT FLOOR(Income / 5000) * 5000 AS x, COUNT(*) AS y FROM {E16} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "uv-36",
        "distribution of the Democratic vote share across states in the 2016 presidential"
        " election, 5-point bins",
        "bar",
        "demVote",
        "count(*)",
        sql=f"SELECT FLOOR(demVote / 5) * 5 AS x, COUNT(*) AS y FROM {PE} WHERE year = 2016"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram condition-year calendar-int abbreviation",
    ),
]
