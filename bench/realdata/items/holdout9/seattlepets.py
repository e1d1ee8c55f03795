"""Pet licences issued by the City of Seattle (openintro ``seattlepets``), written blind.

One table, ``seattlepets`` (52,519 rows, one per licensed pet):
``license_issue_date`` (DATE, 2003-04-19 … 2018-12-31, almost all 2017–2018),
``license_number`` (text, 22 numbers repeat), ``animal_name`` (483 NULL),
``species`` (Dog, Cat, Goat, Pig), ``primary_breed`` / ``secondary_breed``
(text such as ``Retriever, Labrador``; ``secondary_breed`` NULL for 29,517
pets, ``Mix`` for mixed breeds) and ``zip_code`` (text, 397 NULL, a few
ZIP+4 such as ``98115-4820``).
"""

from itemdef import Q

DB = "seattlepets"
T = "seattlepets"
D = "license_issue_date"
WEEKDAY = (
    f"CASE ISODOW({D}) WHEN 1 THEN 'Mon' WHEN 2 THEN 'Tue' WHEN 3 THEN 'Wed'"
    " WHEN 4 THEN 'Thur' WHEN 5 THEN 'Fri' WHEN 6 THEN 'Sat' ELSE 'Sun' END"
)

ITEMS = [
    Q(
        "pet-01",
        "number of registered pets per species",
        "bar",
        "species",
        "count(*)",
        sql=f"SELECT species AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "pet-02",
        "pie chart of licensed pets by species",
        "arc",
        "species",
        "count(*)",
        sql=f"SELECT species AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "pet-03",
        "how many pet licenses were issued each year from 2015 on?",
        "line",
        f"year({D})",
        "count(*)",
        sql=f"SELECT YEAR({D}) AS x, COUNT(*) AS y FROM {T} WHERE {D} >= DATE '2015-01-01'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="count-of-entity temporal-bin time-line condition-year-range",
    ),
    Q(
        "pet-04",
        "monthly trend of new pet licenses in 2018",
        "line",
        f"month({D})",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', {D}) AS x, COUNT(*) AS y FROM {T} WHERE YEAR({D}) = 2018"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="count-of-entity temporal-bin time-line condition-year",
    ),
    Q(
        "pet-05",
        "top 10 dog breeds by number of licensed dogs (primary breed)",
        "bar",
        "primary_breed",
        "count(*)",
        sql=f"SELECT primary_breed AS x, COUNT(*) AS y FROM {T} WHERE species = 'Dog'"
        " GROUP BY x ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value count-of-entity",
    ),
    Q(
        "pet-06",
        "What are the 8 most common cat names?",
        "bar",
        "animal_name",
        "count(*)",
        sql=f"SELECT animal_name AS x, COUNT(*) AS y FROM {T}"
        " WHERE species = 'Cat' AND animal_name IS NOT NULL GROUP BY x ORDER BY y DESC, x LIMIT 8",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value count-of-entity",
    ),
    Q(
        "pet-07",
        "which 5 zip codes have the most registered pets",
        "bar",
        "zip_code",
        "count(*)",
        sql=f"SELECT zip_code AS x, COUNT(*) AS y FROM {T} WHERE zip_code IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Easy",
        tags="top-n count-of-entity",
    ),
    Q(
        "pet-08",
        "How many cats are licensed in Seattle?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE species = 'Cat'",
        hard="Easy",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "pet-09",
        "number of distinct primary breeds among registered dogs",
        "kpi",
        None,
        "count(distinct primary_breed)",
        sql=f"SELECT COUNT(DISTINCT primary_breed) AS y FROM {T} WHERE species = 'Dog'",
        hard="Medium",
        tags="kpi count-distinct condition-value",
    ),
    Q(
        "pet-10",
        "monthly dog and cat licenses in 2018, one line per species",
        "line",
        f"month({D})",
        "count(*)",
        "species",
        sql=f"SELECT DATE_TRUNC('month', {D}) AS x, COUNT(*) AS y, species AS color FROM {T}"
        f" WHERE YEAR({D}) = 2018 AND species IN ('Dog', 'Cat') GROUP BY x, color"
        " ORDER BY color, x",
        sort="x",
        hard="Hard",
        tags="count-of-entity temporal-bin time-line condition-year condition-value multi-series",
    ),
    Q(
        "pet-11",
        "stacked bar of pets registered per year by species, 2016 to 2018",
        "bar",
        f"year({D})",
        "count(*)",
        "species",
        sql=f"SELECT YEAR({D}) AS x, COUNT(*) AS y, species AS color FROM {T}"
        f" WHERE YEAR({D}) BETWEEN 2016 AND 2018 GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity temporal-bin condition-year-range",
    ),
    Q(
        "pet-12",
        "pet licenses issued by day of the week",
        "bar",
        f"weekday({D})",
        "count(*)",
        sql=f"SELECT {WEEKDAY} AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity temporal-bin",
    ),
    Q(
        "pet-13",
        "How many dogs have Mix as their secondary breed?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE species = 'Dog' AND secondary_breed = 'Mix'",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "pet-14",
        "top 5 secondary breeds of dogs, leaving out Mix",
        "bar",
        "secondary_breed",
        "count(*)",
        sql=f"SELECT secondary_breed AS x, COUNT(*) AS y FROM {T}"
        " WHERE species = 'Dog' AND secondary_breed IS NOT NULL AND secondary_breed <> 'Mix'"
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Hard",
        tags="top-n condition-value count-of-entity",
    ),
    Q(
        "pet-15",
        "zip codes with more than 2,000 licensed pets",
        "bar",
        "zip_code",
        "count(*)",
        sql=f"SELECT zip_code AS x, COUNT(*) AS y FROM {T} WHERE zip_code IS NOT NULL"
        " GROUP BY x HAVING COUNT(*) > 2000 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "pet-16",
        "cat licenses per month during 2017",
        "line",
        f"month({D})",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', {D}) AS x, COUNT(*) AS y FROM {T}"
        f" WHERE species = 'Cat' AND YEAR({D}) = 2017 GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="count-of-entity temporal-bin time-line condition-year condition-value",
    ),
    Q(
        "pet-17",
        "number of licensed goats in each zip code",
        "bar",
        "zip_code",
        "count(*)",
        sql=f"SELECT zip_code AS x, COUNT(*) AS y FROM {T} WHERE species = 'Goat'"
        " AND zip_code IS NOT NULL GROUP BY x ORDER BY x",
        hard="Easy",
        tags="condition-value count-of-entity",
    ),
    Q(
        "pet-18",
        "how many different pet names does each species have",
        "bar",
        "species",
        "count(distinct animal_name)",
        sql=f"SELECT species AS x, COUNT(DISTINCT animal_name) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-distinct",
    ),
    Q(
        "pet-19",
        "How many pet licenses were issued in December 2018?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE YEAR({D}) = 2018 AND MONTH({D}) = 12",
        hard="Easy",
        tags="kpi count-of-entity condition-month condition-year",
    ),
    Q(
        "pet-20",
        "the 3 months of 2018 with the most dog licenses issued",
        "bar",
        f"month({D})",
        "count(*)",
        sql=f"SELECT DATE_TRUNC('month', {D}) AS x, COUNT(*) AS y FROM {T}"
        f" WHERE species = 'Dog' AND YEAR({D}) = 2018 GROUP BY x ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Hard",
        tags="top-n temporal-bin condition-year condition-value count-of-entity",
    ),
    Q(
        "pet-21",
        "yearly number of Labrador Retrievers licensed since 2015",
        "line",
        f"year({D})",
        "count(*)",
        sql=f"SELECT YEAR({D}) AS x, COUNT(*) AS y FROM {T}"
        f" WHERE primary_breed = 'Retriever, Labrador' AND {D} >= DATE '2015-01-01'"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="count-of-entity temporal-bin time-line condition-value condition-year-range",
    ),
    Q(
        "pet-22",
        "share of each species among the pets registered in zip code 98115",
        "arc",
        "species",
        "count(*)",
        sql=f"SELECT species AS x, COUNT(*) AS y FROM {T} WHERE zip_code = '98115'"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share condition-value count-of-entity",
    ),
    Q(
        "pet-23",
        "compare how many cats are Domestic Shorthair, Domestic Medium Hair and Domestic Longhair",
        "bar",
        "primary_breed",
        "count(*)",
        sql=f"SELECT primary_breed AS x, COUNT(*) AS y FROM {T} WHERE species = 'Cat'"
        " AND primary_breed IN ('Domestic Shorthair', 'Domestic Medium Hair', 'Domestic Longhair')"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value count-of-entity",
    ),
    Q(
        "pet-24",
        "how many licensed pets have no name on record",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE animal_name IS NULL",
        hard="Medium",
        tags="kpi count-of-entity",
    ),
    Q(
        "pet-25",
        "dogs and cats licensed in zip codes 98103, 98115 and 98117, stacked by species",
        "bar",
        "zip_code",
        "count(*)",
        "species",
        sql=f"SELECT zip_code AS x, COUNT(*) AS y, species AS color FROM {T}"
        " WHERE zip_code IN ('98103', '98115', '98117') AND species IN ('Dog', 'Cat')"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category condition-value count-of-entity",
    ),
]
