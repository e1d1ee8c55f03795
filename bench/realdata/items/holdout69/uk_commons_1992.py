"""The 1992 UK general election in 521 English constituencies (pscl's ``UKHouseOfCommons``, as
shipped: J. Katz and G. King's replication data, constituency labels recovered by S. Jackman).

``UKHouseOfCommons``: one row per constituency, 521 rows, the seats contested by all three of the
Conservatives, Labour and the Liberal Democrats (621 seats in all; Scotland and Wales are absent
but for ``Glasgow Hillhead``, filed under the county ``Glasgow area``). ``constituency`` (unique;
NULL for 2 seats whose labels could not be recovered, which also have a NULL ``county``) and
``county`` (80 values: shire counties, London boroughs such as ``Bromley`` or ``Lambeth``, and
pieces of the metropolitan areas: ``Central Manchester``, ``Eastern Manchester``, ``Western
Manchester``, ``Newcastle area``, ``Birmingham`` (with Sutton Coldfield), ``Bristol Area``);
``v1``, ``v2``, ``v3`` the Conservative, Labour and Liberal Democrat shares of the three-party vote
(fractions that sum to 1 ± 0.0001; 0.10 … 0.69, 0.05 … 0.81, 0.04 … 0.58); ``y1`` and ``y2`` the
log-odds of the Conservative and of the Labour share to the Liberal Democrat share (``ln(v1/v3)``,
checked on every row) and ``y1lag``, ``y2lag`` the same at the previous (1987) election;
``coninc``, ``labinc``, ``libinc`` (BIGINT 0/1) flag the party of a sitting MP standing again:
299 Conservative, 139 Labour, 8 Liberal Democrat, and 75 seats with none of them (open seats,
such as Birmingham Small Heath, whose Labour MP retired). No NULLs but the two labels. By the
shares, the Conservatives came first in 317 seats, Labour in 194 and the Liberal Democrats in 10;
the party labels are not stored, so the gold never plots a party as a category.
"""

from itemdef import Q

DB = "uk_commons_1992"
T = "UKHouseOfCommons"

ITEMS = [
    Q(
        "ukc-01",
        "how many constituencies are in the 1992 election data?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T}",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "ukc-02",
        "average Conservative vote share across all the seats",
        "kpi",
        None,
        "avg(v1)",
        sql=f"SELECT AVG(v1) AS y FROM {T}",
        hard="Easy",
        tags="kpi abbreviation",
    ),
    Q(
        "ukc-03",
        "Labour's best vote share in any constituency",
        "kpi",
        None,
        "max(v2)",
        sql=f"SELECT MAX(v2) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "ukc-04",
        "In how many seats was a sitting Conservative MP standing again?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE coninc = 1",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "ukc-05",
        "the 10 counties with the most constituencies",
        "bar",
        "county",
        "count(*)",
        sql=f"SELECT county AS x, COUNT(*) AS y FROM {T} WHERE county IS NOT NULL GROUP BY x"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
    Q(
        "ukc-06",
        "average Lib Dem share by county, for counties with at least 10 seats",
        "bar",
        "county",
        "avg(v3)",
        sql=f"SELECT county AS x, AVG(v3) AS y FROM {T} WHERE county IS NOT NULL GROUP BY x"
        " HAVING COUNT(*) >= 10 ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "ukc-07",
        "how many seats did Labour win, i.e. where Labour's share beat both the Tories and the Lib Dems?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE v2 > v1 AND v2 > v3",
        hard="Hard",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "ukc-08",
        "histogram of the Conservative share in percent, 5-point bins",
        "bar",
        "v1",
        "count(*)",
        sql=f"SELECT FLOOR(v1 * 100 / 5) * 5 AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "ukc-09",
        "scatter of Labour share against Conservative share by constituency, Conservative on x",
        "point",
        "v1",
        "v2",
        sql=f"SELECT v1 AS x, v2 AS y FROM {T} ORDER BY x, y",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "ukc-10",
        "the 10 constituencies where the Liberal Democrats got their highest share",
        "bar",
        "constituency",
        "v3",
        sql=f"SELECT constituency AS x, v3 AS y FROM {T} WHERE constituency IS NOT NULL"
        " ORDER BY y DESC, x LIMIT 10",
        sort="-y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "ukc-11",
        "avg Labour share in seats where a Labour MP was defending",
        "kpi",
        None,
        "avg(v2)",
        sql=f"SELECT AVG(v2) AS y FROM {T} WHERE labinc = 1",
        hard="Medium",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "ukc-12",
        "average Labour share in Merseyside, South Yorkshire and West Yorkshire, split by whether"
        " a sitting Labour MP stood again",
        "bar",
        "county",
        "avg(v2)",
        "labinc",
        sql=f"SELECT county AS x, AVG(v2) AS y, labinc AS color FROM {T}"
        " WHERE county IN ('Merseyside', 'South Yorkshire', 'West Yorkshire')"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive condition-value abbreviation",
    ),
    Q(
        "ukc-13",
        "number of seats in Kent, Essex, Hampshire and Surrey, stacked by whether a Conservative"
        " incumbent was standing",
        "bar",
        "county",
        "count(*)",
        "coninc",
        sql=f"SELECT county AS x, COUNT(*) AS y, coninc AS color FROM {T}"
        " WHERE county IN ('Kent', 'Essex', 'Hampshire', 'Surrey')"
        " GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category count-of-entity condition-value abbreviation",
    ),
    Q(
        "ukc-14",
        "how many different counties are there?",
        "kpi",
        None,
        "count(distinct county)",
        sql=f"SELECT COUNT(DISTINCT county) AS y FROM {T}",
        hard="Easy",
        tags="kpi count-distinct count-of-entity",
    ),
    Q(
        "ukc-15",
        "In how many constituencies did the Lib Dems take more than 40% of the vote?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE v3 > 0.4",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "ukc-16",
        "Conservative share in each Surrey seat",
        "bar",
        "constituency",
        "v1",
        sql=f"SELECT constituency AS x, v1 AS y FROM {T} WHERE county = 'Surrey' ORDER BY x",
        hard="Easy",
        tags="condition-value abbreviation",
    ),
    Q(
        "ukc-17",
        "average Lib Dem vote share in Cornwall, Devon, Somerset and Dorset",
        "bar",
        "county",
        "avg(v3)",
        sql=f"SELECT county AS x, AVG(v3) AS y FROM {T}"
        " WHERE county IN ('Cornwall', 'Devon', 'Somerset', 'Dorset') GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value abbreviation",
    ),
    Q(
        "ukc-18",
        "how many open seats were there, with no sitting Conservative, Labour or Lib Dem MP standing?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE coninc = 0 AND labinc = 0 AND libinc = 0",
        hard="Medium",
        tags="kpi count-of-entity condition-number abbreviation",
    ),
    Q(
        "ukc-19",
        "which counties had an average Labour share above 0.5?",
        "bar",
        "county",
        "avg(v2)",
        sql=f"SELECT county AS x, AVG(v2) AS y FROM {T} WHERE county IS NOT NULL GROUP BY x"
        " HAVING AVG(v2) > 0.5 ORDER BY x",
        hard="Hard",
        tags="having abbreviation",
    ),
    Q(
        "ukc-20",
        "in how many seats did the Conservatives gain on the Lib Dems since the previous election,"
        " going by the log-odds of their two vote shares?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE y1 > y1lag",
        hard="Medium",
        tags="kpi count-of-entity abbreviation",
    ),
    Q(
        "ukc-21",
        "scatter of the Labour-to-Lib Dem log-odds: previous election on x, 1992 on y",
        "point",
        "y2lag",
        "y2",
        sql=f"SELECT y2lag AS x, y2 AS y FROM {T} ORDER BY x, y",
        hard="Medium",
        tags="scatter abbreviation",
    ),
    Q(
        "ukc-22",
        "What share of the vote did the Liberal Democrats get in Bath?",
        "kpi",
        None,
        "v3",
        sql=f"SELECT v3 AS y FROM {T} WHERE constituency = 'Bath'",
        hard="Easy",
        tags="kpi condition-value abbreviation",
    ),
    Q(
        "ukc-23",
        "top 5 counties by average Conservative share, counting only counties with 5 or more seats",
        "bar",
        "county",
        "avg(v1)",
        sql=f"SELECT county AS x, AVG(v1) AS y FROM {T} WHERE county IS NOT NULL GROUP BY x"
        " HAVING COUNT(*) >= 5 ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Extra Hard",
        tags="top-n having abbreviation",
    ),
    Q(
        "ukc-24",
        "lowest Labour share in West, South and North Yorkshire, one bar each",
        "bar",
        "county",
        "min(v2)",
        sql=f"SELECT county AS x, MIN(v2) AS y FROM {T}"
        " WHERE county IN ('West Yorkshire', 'South Yorkshire', 'North Yorkshire')"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max condition-value abbreviation",
    ),
    Q(
        "ukc-25",
        "Conservative incumbents who got under 40% of the three-party vote: their seats and"
        " Tory share",
        "bar",
        "constituency",
        "v1",
        sql=f"SELECT constituency AS x, v1 AS y FROM {T} WHERE coninc = 1 AND v1 < 0.4"
        " AND constituency IS NOT NULL ORDER BY x",
        hard="Medium",
        tags="condition-number abbreviation",
    ),
    Q(
        "ukc-26",
        "Labour share in the Birmingham constituencies",
        "bar",
        "constituency",
        "v2",
        sql=f"SELECT constituency AS x, v2 AS y FROM {T} WHERE county = 'Birmingham' ORDER BY x",
        hard="Easy",
        tags="condition-value abbreviation",
    ),
    Q(
        "ukc-27",
        "distribution of the Liberal Democrat share, in bins of 5 percentage points",
        "bar",
        "v3",
        "count(*)",
        sql=f"SELECT FLOOR(v3 * 100 / 5) * 5 AS x, COUNT(*) AS y FROM {T} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram abbreviation",
    ),
    Q(
        "ukc-28",
        "average lead of Labour over the Conservatives (Labour share minus Conservative share) in"
        " seats with a Labour MP standing again",
        "kpi",
        None,
        "avg(v2 - v1)",
        sql=f"SELECT AVG(v2 - v1) AS y FROM {T} WHERE labinc = 1",
        hard="Hard",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "ukc-29",
        "Merseyside seats ranked by Lib Dem share, highest first",
        "bar",
        "constituency",
        "v3",
        sql=f"SELECT constituency AS x, v3 AS y FROM {T} WHERE county = 'Merseyside'"
        " ORDER BY y DESC, x",
        sort="-y",
        hard="Medium",
        tags="sorted condition-value abbreviation",
    ),
    Q(
        "ukc-30",
        "smallest Tory share of the vote in any seat",
        "kpi",
        None,
        "min(v1)",
        sql=f"SELECT MIN(v1) AS y FROM {T}",
        hard="Easy",
        tags="kpi min-max abbreviation",
    ),
    Q(
        "ukc-31",
        "pie of how the seats filed under Central, Eastern and Western Manchester split between the three",
        "arc",
        "county",
        "count(*)",
        sql=f"SELECT county AS x, COUNT(*) AS y FROM {T}"
        " WHERE county IN ('Central Manchester', 'Eastern Manchester', 'Western Manchester')"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="share count-of-entity condition-value",
    ),
    Q(
        "ukc-32",
        "in how many Kent seats did Labour finish ahead of the Lib Dems?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {T} WHERE county = 'Kent' AND v2 > v3",
        hard="Medium",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "ukc-33",
        "the 5 counties with the lowest average Lib Dem share",
        "bar",
        "county",
        "avg(v3)",
        sql=f"SELECT county AS x, AVG(v3) AS y FROM {T} WHERE county IS NOT NULL GROUP BY x"
        " ORDER BY y, x LIMIT 5",
        sort="y",
        hard="Medium",
        tags="top-n abbreviation",
    ),
    Q(
        "ukc-34",
        "number of seats in each of the London boroughs of Bromley, Croydon, Barnet and Lambeth",
        "bar",
        "county",
        "count(*)",
        sql=f"SELECT county AS x, COUNT(*) AS y FROM {T}"
        " WHERE county IN ('Bromley', 'Croydon', 'Barnet', 'Lambeth') GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity condition-value",
    ),
    Q(
        "ukc-35",
        "Conservative share in each seat where the Liberal Democrats had a sitting MP",
        "bar",
        "constituency",
        "v1",
        sql=f"SELECT constituency AS x, v1 AS y FROM {T} WHERE libinc = 1"
        " AND constituency IS NOT NULL ORDER BY x",
        hard="Medium",
        tags="condition-number abbreviation",
    ),
]
