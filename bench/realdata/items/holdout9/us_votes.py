"""US voters and presidential votes by state: two surveys (stevedata), a state-year panel (pscl) and
2016 state facts (Stat2Data), written blind.

Four tables:

- ``TV16`` (64,600 respondents of the 2016 Cooperative Congressional Election
  Study): ``uid``, ``state`` (full name, incl. ``District of Columbia``),
  ``votetrump`` (1 voted Trump, 0 did not, NULL 19,668), ``age``, ``female``,
  ``collegeed`` (0/1), ``racef`` (White, Black, Hispanic …), ``famincr``
  (income 1–12), ``ideo`` (1 very liberal … 5 very conservative), ``pid7na``
  (1 strong Democrat … 7 strong Republican), ``bornagain`` (0/1),
  ``religimp``, ``churchatd`` (1 never … 6 more than weekly), ``prayerfreq`` …
- ``anes_partytherms`` (33,830 respondents of the American National Election
  Studies, even years 1978–2012): ``year``, ``uid``, ``stateabb`` (postal code;
  ``99`` for 4 rows), ``therm_dem`` / ``therm_gop`` (0–100 feeling thermometers
  of the Democratic / Republican party; NULL for all of 2002), ``therm_bmp``,
  ``mpti`` (major party thermometer index), ``age``, ``educat``, ``urbanism``,
  ``pid7`` (1 strong Democrat … 7 strong Republican), ``incomeperc``,
  ``race4``, ``govt_biginterests`` (1 = government run by a few big interests) …
- ``presidentialElections`` (1,097 rows, state × election year 1932–2016):
  ``state`` (full name; the District is ``DC``), ``demVote`` (Democratic percent
  of the vote), ``year``, ``south`` (former Confederacy).
- ``Election16`` (50 states, no DC): ``State`` (full name with a trailing space,
  ``'Alabama '``), ``Abr`` (postal code), ``Income`` (per capita), ``HS``,
  ``BA``, ``Adv`` (percent high-school / college / advanced degree),
  ``Dem.Rep`` (Gallup 2015 Democratic minus Republican lean), ``TrumpWin`` (1/0).

Keys: ``anes_partytherms.stateabb`` → ``Election16.Abr`` (DC and ``99`` drop out);
``TV16.state`` → ``presidentialElections.state`` with ``year = 2016`` (DC drops out:
``District of Columbia`` vs ``DC``; Wyoming has no 2016 row).
"""

from itemdef import Q

DB = "us_votes"
TV = "TV16"
AN = "anes_partytherms"
PE = "presidentialElections"
E16 = "Election16"
AN_E = f"{AN} AS a JOIN {E16} AS e ON a.stateabb = e.Abr"
TV_PE = f"{TV} AS t JOIN {PE} AS p ON p.state = t.state AND p.year = 2016"

ITEMS = [
    # --- TV16 (2016 CCES) ---
    Q(
        "uv-01",
        "number of 2016 survey respondents by race",
        "bar",
        "racef",
        "count(*)",
        sql=f"SELECT racef AS x, COUNT(*) AS y FROM {TV} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "uv-02",
        "among 2016 survey respondents with a recorded vote (votetrump not missing), the fraction who"
        " voted Trump, by race",
        "bar",
        "racef",
        "avg(votetrump)",
        sql=f"SELECT racef AS x, AVG(votetrump) AS y FROM {TV} WHERE votetrump IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "uv-03",
        "top 10 states by number of 2016 survey respondents",
        "bar",
        "state",
        "count(*)",
        sql=f"SELECT state AS x, COUNT(*) AS y FROM {TV} GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n count-of-entity",
    ),
    Q(
        "uv-04",
        "histogram of the ages of the 2016 survey respondents in 10-year bins",
        "bar",
        "age",
        "count(*)",
        sql=f"SELECT FLOOR(age / 10) * 10 AS x, COUNT(*) AS y FROM {TV} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "uv-05",
        "How many respondents of the 2016 survey have a college degree?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {TV} WHERE collegeed = 1",
        hard="Easy",
        tags="kpi count-of-entity abbreviation condition-number",
    ),
    Q(
        "uv-06",
        "pie of 2016 respondents by 7-point party identification, leaving out the missing ones",
        "arc",
        "pid7na",
        "count(*)",
        sql=f"SELECT pid7na AS x, COUNT(*) AS y FROM {TV} WHERE pid7na IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity abbreviation",
    ),
    Q(
        "uv-07",
        "Trump vote rate (among 2016 respondents with a recorded vote) by college degree and sex"
        " (female), side by side",
        "bar",
        "collegeed",
        "avg(votetrump)",
        "female",
        sql=f"SELECT collegeed AS x, AVG(votetrump) AS y, female AS color FROM {TV}"
        " WHERE votetrump IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive abbreviation",
    ),
    Q(
        "uv-08",
        "states with more than 3,000 respondents in the 2016 survey",
        "bar",
        "state",
        "count(*)",
        sql=f"SELECT state AS x, COUNT(*) AS y FROM {TV} GROUP BY x HAVING COUNT(*) > 3000"
        " ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    # --- ANES party thermometers 1978-2012 ---
    Q(
        "uv-09",
        "trend of the average Democratic party thermometer rating by ANES survey year",
        "line",
        "year",
        "avg(therm_dem)",
        sql=f"SELECT year AS x, AVG(therm_dem) AS y FROM {AN} WHERE therm_dem IS NOT NULL"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="calendar-int time-line abbreviation",
    ),
    Q(
        "uv-10",
        "how many people were interviewed in each ANES survey year",
        "bar",
        "year",
        "count(*)",
        sql=f"SELECT year AS x, COUNT(*) AS y FROM {AN} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity calendar-int",
    ),
    Q(
        "uv-11",
        "average Republican party thermometer by party identification (pid7) in the 2012 ANES",
        "bar",
        "pid7",
        "avg(therm_gop)",
        sql=f"SELECT pid7 AS x, AVG(therm_gop) AS y FROM {AN} WHERE year = 2012"
        " AND pid7 IS NOT NULL AND therm_gop IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year calendar-int abbreviation",
    ),
    Q(
        "uv-12",
        "distribution of Democratic party thermometer ratings in 2012, bins of 10",
        "bar",
        "therm_dem",
        "count(*)",
        sql=f"SELECT FLOOR(therm_dem / 10) * 10 AS x, COUNT(*) AS y FROM {AN}"
        " WHERE year = 2012 AND therm_dem IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram condition-year calendar-int abbreviation",
    ),
    Q(
        "uv-13",
        "average major party thermometer index per ANES year, strong Democrats (pid7 = 1) vs strong"
        " Republicans (pid7 = 7), one line each",
        "line",
        "year",
        "avg(mpti)",
        "pid7",
        sql=f"SELECT year AS x, AVG(mpti) AS y, pid7 AS color FROM {AN}"
        " WHERE pid7 IN (1, 7) AND mpti IS NOT NULL GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="calendar-int time-line multi-series condition-number abbreviation",
    ),
    Q(
        "uv-14",
        "proportion of ANES respondents who answered the big-interests question saying the"
        " government is run by a few big interests, by year",
        "line",
        "year",
        "avg(govt_biginterests)",
        sql=f"SELECT year AS x, AVG(govt_biginterests) AS y FROM {AN}"
        " WHERE govt_biginterests IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="calendar-int time-line",
    ),
    # --- presidential elections by state ---
    Q(
        "uv-15",
        "Democratic share of the presidential vote in Texas over time",
        "line",
        "year",
        "demVote",
        sql=f"SELECT year AS x, demVote AS y FROM {PE} WHERE state = 'Texas' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="condition-value calendar-int time-line abbreviation",
    ),
    Q(
        "uv-16",
        "average Democratic vote share per election year, southern states vs the rest, as two lines",
        "line",
        "year",
        "avg(demVote)",
        "south",
        sql=f"SELECT year AS x, AVG(demVote) AS y, south AS color FROM {PE}"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="calendar-int time-line multi-series abbreviation",
    ),
    Q(
        "uv-17",
        "states (DC included) where the Democrat won more than 60% of the vote in 2008",
        "bar",
        "state",
        "demVote",
        sql=f"SELECT state AS x, demVote AS y FROM {PE} WHERE year = 2008 AND demVote > 60"
        " ORDER BY x",
        hard="Medium",
        tags="condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "uv-18",
        "In how many states did the Democratic candidate get more than half of the vote in 1960?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {PE} WHERE year = 1960 AND demVote > 50",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-year calendar-int abbreviation",
    ),
    Q(
        "uv-19",
        "lowest Democratic vote share of any state in each election",
        "line",
        "year",
        "min(demVote)",
        sql=f"SELECT year AS x, MIN(demVote) AS y FROM {PE} GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="min-max calendar-int time-line abbreviation",
    ),
    # --- Election16 state facts ---
    Q(
        "uv-20",
        "scatter of the states' percent of college graduates against per capita income",
        "point",
        "BA",
        "Income",
        sql=f"SELECT BA AS x, Income AS y FROM {E16} ORDER BY x, y",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "uv-21",
        "average per capita income of the states Trump won compared with those he lost",
        "bar",
        "TrumpWin",
        "avg(Income)",
        sql=f"SELECT TrumpWin AS x, AVG(Income) AS y FROM {E16} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="",
    ),
    Q(
        "uv-22",
        "top 5 states by percentage of people with an advanced degree (state abbreviations)",
        "bar",
        "Abr",
        "Adv",
        sql=f"SELECT Abr AS x, Adv AS y FROM {E16} ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
]
