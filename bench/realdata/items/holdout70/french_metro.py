"""The 308 stations of the Paris Metro as of February 2023, with their 2021 entries (gt's
``metro``, as shipped).

``metro``: one row per station, 308 rows: ``name`` (unique, with accents and em dashes:
``Montparnasse—Bienvenüe``), ``caption`` (a nearby landmark, NULL for 278), ``lines`` (the Metro
lines serving the station as comma-separated text, ``1, 5, 8``: lines ``1`` … ``14``, ``3bis`` and
``7bis``, 16 in all; 251 stations have one line, 57 two to five), ``connect_rer`` (RER lines ``A``
… ``E``, comma-separated, NULL for the 280 stations without one), ``connect_tramway`` (``T1`` …
``T9``, NULL for 276), ``connect_transilien`` (NULL for 299), ``connect_other`` (main-line trains
and the Montmartre funicular, NULL for 297), ``passengers`` (the station's entries in 2021, BIGINT,
NULL for the four newest stations), ``latitude`` (48.77–48.95, but 8.856 for ``Bréguet—Sabin``, a
typo for 48.856 kept as shipped; the gold plots latitudes only for line 1 and asks only for the
largest), ``longitude`` and ``location`` (the Paris
arrondissement, ``Paris 16th``, or the suburban town, ``Boulogne-Billancourt``; a station on a
border lists every one, comma-separated: ``Paris 4th, Paris 11th, Paris 12th``,
``Paris 12th, Vincennes``). A station's entries are counted once, under all of its lines, so a
per-line total counts a transfer station once for each of its lines; the gold says so in the
question. A line's stations are found with ``list_contains(string_split(lines, ', '), …)`` and a
location's with the whole label (``LIKE '%Paris 16th%'`` never matches another arrondissement).
"""

from itemdef import Q

DB = "french_metro"
T = "metro"
LINE = "unnest(string_split(lines, ', '))"
ONLY_SUBURB = "location NOT LIKE '%Paris%'"

ITEMS = [
    Q(
        "prm-01",
        "how many stations does the Paris metro have?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T}",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "prm-02",
        "Total number of station entries in 2021 across the whole network",
        "kpi",
        None,
        "sum(passengers)",
        sql=f"SELECT SUM(passengers) AS y FROM {T}",
        hard="Easy",
        tags="kpi",
    ),
    Q(
        "prm-03",
        "how many stations are on line 14?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE list_contains(string_split(lines, ', '), '14')",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "prm-04",
        "How many metro stations have a connection to the RER?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE connect_rer IS NOT NULL",
        hard="Medium",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "prm-05",
        "ridership of the busiest station in 2021",
        "kpi",
        None,
        "max(passengers)",
        sql=f"SELECT MAX(passengers) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "prm-06",
        "average yearly entries per station",
        "kpi",
        None,
        "avg(passengers)",
        sql=f"SELECT AVG(passengers) AS y FROM {T} WHERE passengers IS NOT NULL",
        hard="Easy",
        tags="kpi abbreviation",
    ),
    Q(
        "prm-07",
        "How many stations are entirely outside the city of Paris, in the suburbs?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE {ONLY_SUBURB}",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "prm-08",
        "top 10 busiest stations by 2021 entries",
        "bar",
        "name",
        "passengers",
        sql=f"SELECT name AS x, passengers AS y FROM {T} WHERE passengers IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Easy",
        tags="top-n",
    ),
    Q(
        "prm-09",
        "the 5 least used stations in 2021",
        "bar",
        "name",
        "passengers",
        sql=f"SELECT name AS x, passengers AS y FROM {T} WHERE passengers IS NOT NULL"
        " ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "prm-10",
        "number of stations served by each metro line",
        "bar",
        "lines",
        "count(*)",
        sql=f"SELECT {LINE} AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity",
    ),
    Q(
        "prm-11",
        "total 2021 entries at the stations of each line (a transfer station counts for every"
        " line it serves)",
        "bar",
        "lines",
        "sum(passengers)",
        sql=f"SELECT x, SUM(passengers) AS y FROM (SELECT {LINE} AS x, passengers FROM {T}"
        " WHERE passengers IS NOT NULL) GROUP BY x ORDER BY x",
        hard="Hard",
        tags="abbreviation",
    ),
    Q(
        "prm-12",
        "average entries per station by how many metro lines the station serves",
        "bar",
        "lines",
        "avg(passengers)",
        sql=f"SELECT len(string_split(lines, ', ')) AS x, AVG(passengers) AS y FROM {T}"
        " WHERE passengers IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="abbreviation",
    ),
    Q(
        "prm-13",
        "How many stations are served by three or more lines?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE len(string_split(lines, ', ')) >= 3",
        hard="Hard",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "prm-14",
        "histogram of 2021 station entries, 1 million wide bins",
        "bar",
        "passengers",
        "count(*)",
        sql=f"SELECT FLOOR(passengers / 1000000) * 1000000 AS x, COUNT(*) AS y FROM {T}"
        " WHERE passengers IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "prm-15",
        "number of stations in each Paris arrondissement, counting only stations that lie"
        " wholly inside one arrondissement",
        "bar",
        "location",
        "count(*)",
        sql=f"SELECT location AS x, COUNT(*) AS y FROM {T} WHERE location LIKE 'Paris %'"
        " AND location NOT LIKE '%,%' GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity condition-value",
    ),
    Q(
        "prm-16",
        "which 4 suburban towns have the most metro stations? (only stations wholly inside one"
        " town)",
        "bar",
        "location",
        "count(*)",
        sql=f"SELECT location AS x, COUNT(*) AS y FROM {T} WHERE {ONLY_SUBURB}"
        " AND location NOT LIKE '%,%' GROUP BY x ORDER BY y DESC, x LIMIT 4",
        sort="-y",
        hard="Hard",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "prm-17",
        "how many stations are in the 16th arrondissement, including those on its border with"
        " a neighbouring one?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE location LIKE '%Paris 16th%'",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
    Q(
        "prm-18",
        "average 2021 entries of the stations lying entirely within the 15th arrondissement",
        "kpi",
        None,
        "avg(passengers)",
        sql=f"SELECT AVG(passengers) AS y FROM {T} WHERE location = 'Paris 15th'"
        " AND passengers IS NOT NULL",
        hard="Medium",
        tags="kpi condition-value abbreviation",
    ),
    Q(
        "prm-19",
        "pie chart: share of stations by the number of lines they serve",
        "arc",
        "lines",
        "count(*)",
        sql=f"SELECT len(string_split(lines, ', ')) AS x, COUNT(*) AS y FROM {T}"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="share count-of-entity",
    ),
    Q(
        "prm-20",
        "pie of 2021 entries: stations with an RER connection vs those without",
        "arc",
        "connect_rer",
        "sum(passengers)",
        sql="SELECT CASE WHEN connect_rer IS NULL THEN 'no RER' ELSE 'RER' END AS x,"
        f" SUM(passengers) AS y FROM {T} WHERE passengers IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="share abbreviation",
    ),
    Q(
        "prm-21",
        "map the stations of line 1 as points: longitude on x, latitude on y",
        "point",
        "longitude",
        "latitude",
        sql=f"SELECT longitude AS x, latitude AS y FROM {T}"
        " WHERE list_contains(string_split(lines, ', '), '1') ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-value",
    ),
    Q(
        "prm-22",
        "scatter of each station's 2021 entries against its longitude",
        "point",
        "longitude",
        "passengers",
        sql=f"SELECT longitude AS x, passengers AS y FROM {T} WHERE passengers IS NOT NULL"
        " ORDER BY x, y",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "prm-23",
        "Which stations had more than 10 million entries in 2021?",
        "bar",
        "name",
        "passengers",
        sql=f"SELECT name AS x, passengers AS y FROM {T} WHERE passengers > 10000000 ORDER BY x",
        hard="Easy",
        tags="condition-number abbreviation",
    ),
    Q(
        "prm-24",
        "average yearly entries per station by RER line connected (a station on several RER"
        " lines counts for each)",
        "bar",
        "connect_rer",
        "avg(passengers)",
        sql="SELECT x, AVG(passengers) AS y FROM (SELECT unnest(string_split(connect_rer, ', '))"
        f" AS x, passengers FROM {T} WHERE connect_rer IS NOT NULL AND passengers IS NOT NULL)"
        " GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="abbreviation",
    ),
    Q(
        "prm-25",
        "how many stations carry a caption (a second name such as a nearby landmark)?",
        "kpi",
        None,
        "count(caption)",
        sql=f"SELECT COUNT(caption) AS y FROM {T}",
        hard="Medium",
        tags="kpi count-of-entity",
    ),
    Q(
        "prm-26",
        "How many different metro lines are there?",
        "kpi",
        None,
        "count(distinct lines)",
        sql=f"SELECT COUNT(DISTINCT x) AS y FROM (SELECT {LINE} AS x FROM {T})",
        hard="Hard",
        tags="kpi count-distinct",
    ),
    Q(
        "prm-27",
        "which lines serve more than 30 stations? show their station counts",
        "bar",
        "lines",
        "count(*)",
        sql=f"SELECT x, COUNT(*) AS y FROM (SELECT {LINE} AS x FROM {T}) GROUP BY x"
        " HAVING COUNT(*) > 30 ORDER BY x",
        hard="Hard",
        tags="having count-of-entity",
    ),
    Q(
        "prm-28",
        "what is the latitude of the northernmost station?",
        "kpi",
        None,
        "max(latitude)",
        sql=f"SELECT MAX(latitude) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "prm-29",
        "the 3 busiest stations outside Paris proper",
        "bar",
        "name",
        "passengers",
        sql=f"SELECT name AS x, passengers AS y FROM {T} WHERE {ONLY_SUBURB}"
        " AND passengers IS NOT NULL ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value abbreviation",
    ),
    Q(
        "prm-30",
        "avg 2021 entries for stations served by line 10 only",
        "kpi",
        None,
        "avg(passengers)",
        sql=f"SELECT AVG(passengers) AS y FROM {T} WHERE lines = '10'",
        hard="Medium",
        tags="kpi condition-value abbreviation",
    ),
    Q(
        "prm-31",
        "number of metro stations with a tram connection, per tram line",
        "bar",
        "connect_tramway",
        "count(*)",
        sql="SELECT x, COUNT(*) AS y FROM (SELECT unnest(string_split(connect_tramway, ', '))"
        f" AS x FROM {T} WHERE connect_tramway IS NOT NULL) GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity abbreviation",
    ),
    Q(
        "prm-32",
        "for each line, the entries of its busiest station in 2021",
        "bar",
        "lines",
        "max(passengers)",
        sql=f"SELECT x, MAX(passengers) AS y FROM (SELECT {LINE} AS x, passengers FROM {T}"
        " WHERE passengers IS NOT NULL) GROUP BY x ORDER BY x",
        hard="Hard",
        tags="min-max abbreviation",
    ),
    Q(
        "prm-33",
        "What percentage of 2021 entries were at stations with an RER connection?",
        "kpi",
        None,
        "sum(passengers)",
        sql="SELECT 100.0 * SUM(CASE WHEN connect_rer IS NOT NULL THEN passengers END)"
        f" / SUM(passengers) AS y FROM {T}",
        hard="Hard",
        tags="kpi condition-value abbreviation",
    ),
    Q(
        "prm-34",
        "average entries per station on each line, lowest first (transfer stations count for"
        " each of their lines)",
        "bar",
        "lines",
        "avg(passengers)",
        sql=f"SELECT x, AVG(passengers) AS y FROM (SELECT {LINE} AS x, passengers FROM {T}"
        " WHERE passengers IS NOT NULL) GROUP BY x ORDER BY y, x",
        sort="y",
        hard="Extra Hard",
        tags="sorted abbreviation",
    ),
    Q(
        "prm-35",
        "how many stations have no 2021 ridership figure?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE passengers IS NULL",
        hard="Medium",
        tags="kpi count-of-entity abbreviation",
    ),
    Q(
        "prm-36",
        "how many metro stations connect with TGV high-speed trains?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE connect_other LIKE '%TGV%'",
        hard="Medium",
        tags="kpi count-of-entity condition-value",
    ),
]
