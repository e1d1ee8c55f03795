"""Country indicators of three eras (carData's Leinhardt and UN98, R's LifeCycleSavings).

``Leinhardt`` (105 countries, around 1970): ``income`` per capita in US dollars,
``infant`` deaths per 1,000 live births, ``region`` (Africa, Americas, Asia, Europe) and
``oil`` (yes/no, an oil exporter). ``UN98`` (207 countries and territories, 1998):
``region`` (Africa, America, Asia, Europe, Oceania), ``tfr`` (total fertility rate),
``contraception`` (% of married women), ``educationMale``/``Female`` (years),
``lifeMale``/``lifeFemale`` (life expectancy), ``infantMortality`` (per 1,000),
``GDPperCapita`` (US dollars), ``economicActivityMale``/``Female`` (%), ``illiteracyMale``/
``Female`` (%). ``LifeCycleSavings`` (50 countries, averages of 1960–1970): ``sr`` savings
ratio (%), ``pop15``/``pop75`` (% of the population under 15 / over 75), ``dpi`` real
disposable income per capita (US dollars), ``ddpi`` its growth rate (%). Every table names
its countries in ``rownames``: Leinhardt and UN98 with dots (``United.States``), 92 in
common; LifeCycleSavings with spaces (``United States``), so its two-word names drop out of
a join (37 in common with Leinhardt, 42 with UN98).
"""

from itemdef import Q

DB = "world_indicators"

ITEMS = [
    Q(
        "wi-01",
        "number of countries per region in UN98",
        "bar",
        "region",
        "count(*)",
        sql="SELECT region AS x, COUNT(*) AS y FROM UN98 WHERE region IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "wi-02",
        "average total fertility rate by region in 1998",
        "bar",
        "region",
        "avg(tfr)",
        sql="SELECT region AS x, AVG(tfr) AS y FROM UN98 WHERE tfr IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="abbreviation",
    ),
    Q(
        "wi-03",
        "top 10 countries by GDP per capita in 1998",
        "bar",
        "rownames",
        "GDPperCapita",
        sql="SELECT rownames AS x, GDPperCapita AS y FROM UN98 WHERE GDPperCapita IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "wi-04",
        "how does infant mortality vary with GDP per head in the UN 1998 data? one dot per country",
        "point",
        "GDPperCapita",
        "infantMortality",
        sql="SELECT GDPperCapita AS x, infantMortality AS y FROM UN98"
        " WHERE GDPperCapita IS NOT NULL AND infantMortality IS NOT NULL",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "wi-05",
        "How many countries in Leinhardt's data had a per-capita income over $1,000?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Leinhardt WHERE income > 1000",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "wi-06",
        "avg infant mortality in the Leinhardt table, oil exporters vs non-exporters",
        "bar",
        "oil",
        "avg(infant)",
        sql="SELECT oil AS x, AVG(infant) AS y FROM Leinhardt WHERE infant IS NOT NULL"
        " AND oil IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "wi-07",
        "distribution of Leinhardt per capita income, bins of $500",
        "bar",
        "income",
        "count(*)",
        sql="SELECT FLOOR(income / 500) * 500 AS x, COUNT(*) AS y FROM Leinhardt"
        " WHERE income IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "wi-08",
        "pie of Leinhardt's countries by region",
        "arc",
        "region",
        "count(*)",
        sql="SELECT region AS x, COUNT(*) AS y FROM Leinhardt WHERE region IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "wi-09",
        "what is the highest female illiteracy rate in the 1998 UN figures?",
        "kpi",
        None,
        "max(illiteracyFemale)",
        sql="SELECT MAX(illiteracyFemale) AS y FROM UN98",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "wi-10",
        "5 African countries with the lowest female life expectancy in 1998",
        "bar",
        "rownames",
        "lifeFemale",
        sql="SELECT rownames AS x, lifeFemale AS y FROM UN98 WHERE region = 'Africa'"
        " AND lifeFemale IS NOT NULL ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n condition-value abbreviation",
    ),
    Q(
        "wi-11",
        "which UN98 regions average more than 50% contraception use among married women?",
        "bar",
        "region",
        "avg(contraception)",
        sql="SELECT region AS x, AVG(contraception) AS y FROM UN98 WHERE contraception IS NOT NULL"
        " GROUP BY x HAVING AVG(contraception) > 50 ORDER BY x",
        hard="Medium",
        tags="having",
    ),
    Q(
        "wi-12",
        "mean years of schooling for women by region, UN 1998",
        "bar",
        "region",
        "avg(educationFemale)",
        sql="SELECT region AS x, AVG(educationFemale) AS y FROM UN98"
        " WHERE educationFemale IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "wi-13",
        "top 10 savings rates in LifeCycleSavings",
        "bar",
        "rownames",
        "sr",
        sql="SELECT rownames AS x, sr AS y FROM LifeCycleSavings ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "wi-14",
        "savings ratio against % of population under 15 — pop15 on the x axis, one point per country",
        "point",
        "pop15",
        "sr",
        sql="SELECT pop15 AS x, sr AS y FROM LifeCycleSavings",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "wi-15",
        "How many countries in the life cycle savings data grew disposable income by more than 5% a year?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM LifeCycleSavings WHERE ddpi > 5",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "wi-16",
        "average dpi across the LifeCycleSavings countries",
        "kpi",
        None,
        "avg(dpi)",
        sql="SELECT AVG(dpi) AS y FROM LifeCycleSavings",
        hard="Easy",
        tags="kpi abbreviation",
    ),
    Q(
        "wi-17",
        "lowest savings ratio of any country in LifeCycleSavings",
        "kpi",
        None,
        "min(sr)",
        sql="SELECT MIN(sr) AS y FROM LifeCycleSavings",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "wi-18",
        "count of countries where fewer than 20% of women are economically active, by region (UN98)",
        "bar",
        "region",
        "count(*)",
        sql="SELECT region AS x, COUNT(*) AS y FROM UN98 WHERE economicActivityFemale < 20"
        " AND region IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity condition-number abbreviation",
    ),
    Q(
        "wi-19",
        "how many countries had a 1998 GDP per capita below 500 dollars",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM UN98 WHERE GDPperCapita < 500",
        hard="Easy",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "wi-20",
        "the 8 European countries with the highest infant mortality in 1998",
        "bar",
        "rownames",
        "infantMortality",
        sql="SELECT rownames AS x, infantMortality AS y FROM UN98 WHERE region = 'Europe'"
        " AND infantMortality IS NOT NULL ORDER BY y DESC, x LIMIT 8",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value",
    ),
    Q(
        "wi-21",
        "Leinhardt: average income by region and oil exporter status",
        "bar",
        "region",
        "avg(income)",
        "oil",
        sql="SELECT region AS x, AVG(income) AS y, oil AS color FROM Leinhardt"
        " WHERE income IS NOT NULL AND region IS NOT NULL AND oil IS NOT NULL"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive",
    ),
    Q(
        "wi-22",
        "number of countries in each Leinhardt region, stacked by whether they export oil",
        "bar",
        "region",
        "count(*)",
        "oil",
        sql="SELECT region AS x, COUNT(*) AS y, oil AS color FROM Leinhardt"
        " WHERE region IS NOT NULL AND oil IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity",
    ),
    Q(
        "wi-23",
        "average male life expectancy in Asia in 1998",
        "kpi",
        None,
        "avg(lifeMale)",
        sql="SELECT AVG(lifeMale) AS y FROM UN98 WHERE region = 'Asia'",
        hard="Easy",
        tags="kpi condition-value abbreviation",
    ),
    # -- joins: the same country under the same name (rownames) in two tables
    Q(
        "wi-24",
        "1998 GDP per capita on average for the countries Leinhardt lists as oil exporters vs the rest",
        "bar",
        "oil",
        "avg(GDPperCapita)",
        sql="SELECT l.oil AS x, AVG(u.GDPperCapita) AS y FROM Leinhardt l"
        " JOIN UN98 u ON u.rownames = l.rownames WHERE u.GDPperCapita IS NOT NULL"
        " AND l.oil IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "wi-25",
        "plot each country's Leinhardt income (x) against its 1998 GDP per capita (y)",
        "point",
        "income",
        "GDPperCapita",
        sql="SELECT l.income AS x, u.GDPperCapita AS y FROM Leinhardt l"
        " JOIN UN98 u ON u.rownames = l.rownames WHERE l.income IS NOT NULL"
        " AND u.GDPperCapita IS NOT NULL",
        hard="Hard",
        tags="join same-name-join scatter abbreviation",
    ),
    Q(
        "wi-26",
        "by Leinhardt region, how much did infant mortality drop on average from Leinhardt's"
        " figure to the 1998 UN figure?",
        "bar",
        "region",
        "avg(infant - infantMortality)",
        sql="SELECT l.region AS x, AVG(l.infant - u.infantMortality) AS y FROM Leinhardt l"
        " JOIN UN98 u ON u.rownames = l.rownames WHERE l.infant IS NOT NULL"
        " AND u.infantMortality IS NOT NULL GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="join same-name-join",
    ),
    Q(
        "wi-27",
        "top 10 countries by fall in infant mortality between Leinhardt's data and 1998",
        "bar",
        "rownames",
        "infant - infantMortality",
        sql="SELECT l.rownames AS x, l.infant - u.infantMortality AS y FROM Leinhardt l"
        " JOIN UN98 u ON u.rownames = l.rownames WHERE l.infant IS NOT NULL"
        " AND u.infantMortality IS NOT NULL ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Extra Hard",
        tags="join same-name-join top-n",
    ),
    Q(
        "wi-28",
        "how many of Leinhardt's countries also appear in UN98?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Leinhardt l JOIN UN98 u ON u.rownames = l.rownames",
        hard="Medium",
        tags="kpi join same-name-join count-of-entity",
    ),
    Q(
        "wi-29",
        "average 1998 fertility rate (tfr) of countries whose Leinhardt income was under $200",
        "kpi",
        None,
        "avg(tfr)",
        sql="SELECT AVG(u.tfr) AS y FROM Leinhardt l JOIN UN98 u ON u.rownames = l.rownames"
        " WHERE l.income < 200",
        hard="Hard",
        tags="kpi join same-name-join condition-number abbreviation",
    ),
    Q(
        "wi-30",
        "does a high 1960s savings ratio go with longer female life expectancy in 1998?"
        " scatter, savings ratio on x",
        "point",
        "sr",
        "lifeFemale",
        sql="SELECT s.sr AS x, u.lifeFemale AS y FROM LifeCycleSavings s"
        " JOIN UN98 u ON u.rownames = s.rownames WHERE u.lifeFemale IS NOT NULL",
        hard="Hard",
        tags="join same-name-join scatter abbreviation",
    ),
    Q(
        "wi-31",
        "how many countries have a higher infant mortality rate in 1998 than in Leinhardt's data?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM Leinhardt l JOIN UN98 u ON u.rownames = l.rownames"
        " WHERE u.infantMortality > l.infant",
        hard="Extra Hard",
        tags="kpi join same-name-join count-of-entity condition-number",
    ),
    Q(
        "wi-32",
        "average pop75 of LifeCycleSavings countries by their Leinhardt region",
        "bar",
        "region",
        "avg(pop75)",
        sql="SELECT l.region AS x, AVG(s.pop75) AS y FROM LifeCycleSavings s"
        " JOIN Leinhardt l ON l.rownames = s.rownames WHERE l.region IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
    Q(
        "wi-33",
        "1998 female illiteracy, average by Leinhardt's oil flag",
        "bar",
        "oil",
        "avg(illiteracyFemale)",
        sql="SELECT l.oil AS x, AVG(u.illiteracyFemale) AS y FROM Leinhardt l"
        " JOIN UN98 u ON u.rownames = l.rownames WHERE u.illiteracyFemale IS NOT NULL"
        " AND l.oil IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join abbreviation",
    ),
]
