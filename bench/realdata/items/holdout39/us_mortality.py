"""US death rates by cause, sex and urban/rural status, nationally and by HHS region (lattice): two tables.

``USRegionalMortality`` (400 rows): ``Region`` (``HHS Region 01`` … ``HHS Region 10``, the ten
regions of the US Department of Health and Human Services), ``Status`` (``Urban``, ``Rural``),
``Sex`` (``Male``, ``Female``), ``Cause`` (ten leading causes of death: ``Heart disease``,
``Cancer``, ``Lower respiratory``, ``Unintentional injuries``, ``Cerebrovascular diseases``,
``Alzheimers``, ``Diabetes``, ``Flu and pneumonia``, ``Suicide``, ``Nephritis``), ``Rate``
(age-adjusted deaths per 100,000, 2011–2013) and ``SE`` (its standard error).
``USMortality`` (40 rows): the same figures for the whole US, without ``Region``. Both keep
``rownames`` (R's row names of a subset, disjoint between the two tables, not a key).
The two join on ``(Status, Sex, Cause)``, unique on ``USMortality``'s side: all 400 regional
rows find their national row and nothing drops out.
"""

from itemdef import Q

DB = "us_mortality"
R = "USRegionalMortality"
N = "USMortality"
J = (
    "USRegionalMortality AS r JOIN USMortality AS n"
    " ON r.Status = n.Status AND r.Sex = n.Sex AND r.Cause = n.Cause"
)

ITEMS = [
    Q(
        "usrm-01",
        "how many different causes of death are in the mortality data?",
        "kpi",
        None,
        "count(distinct Cause)",
        sql=f"SELECT COUNT(DISTINCT Cause) AS y FROM {R}",
        hard="Easy",
        tags="kpi count-distinct",
    ),
    Q(
        "usrm-02",
        "average death rate by cause across the HHS regions",
        "bar",
        "Cause",
        "avg(Rate)",
        sql=f"SELECT Cause AS x, AVG(Rate) AS y FROM {R} GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "usrm-03",
        "what is the highest death rate recorded for any region?",
        "kpi",
        None,
        "max(Rate)",
        sql=f"SELECT MAX(Rate) AS y FROM {R}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "usrm-04",
        "heart disease death rate by HHS region for rural men",
        "bar",
        "Region",
        "Rate",
        sql=f"SELECT Region AS x, Rate AS y FROM {R}"
        " WHERE Cause = 'Heart disease' AND Status = 'Rural' AND Sex = 'Male' ORDER BY x",
        hard="Medium",
        tags="condition-value",
    ),
    Q(
        "usrm-05",
        "national death rates by cause for women in urban areas",
        "bar",
        "Cause",
        "Rate",
        sql=f"SELECT Cause AS x, Rate AS y FROM {N}"
        " WHERE Status = 'Urban' AND Sex = 'Female' ORDER BY x",
        hard="Medium",
        tags="condition-value",
    ),
    Q(
        "usrm-06",
        "which 3 regions have the highest suicide rate among rural males?",
        "bar",
        "Region",
        "Rate",
        sql=f"SELECT Region AS x, Rate AS y FROM {R}"
        " WHERE Cause = 'Suicide' AND Status = 'Rural' AND Sex = 'Male'"
        " ORDER BY y DESC, x LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value",
    ),
    Q(
        "usrm-07",
        "average death rate by region for men and women",
        "bar",
        "Region",
        "avg(Rate)",
        "Sex",
        sql=f"SELECT Region AS x, AVG(Rate) AS y, Sex AS color FROM {R}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive",
    ),
    Q(
        "usrm-08",
        "average regional cancer death rate by urban/rural status and sex",
        "bar",
        "Status",
        "avg(Rate)",
        "Sex",
        sql=f"SELECT Status AS x, AVG(Rate) AS y, Sex AS color FROM {R}"
        " WHERE Cause = 'Cancer' GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive condition-value",
    ),
    Q(
        "usrm-09",
        "how many regional death rates are above 100 per 100,000?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {R} WHERE Rate > 100",
        hard="Medium",
        tags="kpi condition-number",
    ),
    Q(
        "usrm-10",
        "histogram of the regional death rates, bins of 25",
        "bar",
        "Rate",
        "count(*)",
        sql=f"SELECT FLOOR(Rate / 25) * 25 AS x, COUNT(*) AS y FROM {R} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "usrm-11",
        "pie chart of the national death rates of urban men by cause",
        "arc",
        "Cause",
        "Rate",
        sql=f"SELECT Cause AS x, Rate AS y FROM {N}"
        " WHERE Status = 'Urban' AND Sex = 'Male' ORDER BY x",
        hard="Medium",
        tags="share condition-value",
    ),
    Q(
        "usrm-12",
        "lowest death rate in the national figures",
        "kpi",
        None,
        "min(Rate)",
        sql=f"SELECT MIN(Rate) AS y FROM {N}",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "usrm-13",
        "average standard error of the regional rates for each cause",
        "bar",
        "Cause",
        "avg(SE)",
        sql=f"SELECT Cause AS x, AVG(SE) AS y FROM {R} GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "usrm-14",
        "regions whose average death rate over all causes is above 58",
        "bar",
        "Region",
        "avg(Rate)",
        sql=f"SELECT Region AS x, AVG(Rate) AS y FROM {R}"
        " GROUP BY x HAVING AVG(Rate) > 58 ORDER BY x",
        hard="Medium",
        tags="having",
    ),
    Q(
        "usrm-15",
        "Alzheimer's death rate in each region for urban women",
        "bar",
        "Region",
        "Rate",
        sql=f"SELECT Region AS x, Rate AS y FROM {R}"
        " WHERE Cause = 'Alzheimers' AND Status = 'Urban' AND Sex = 'Female' ORDER BY x",
        hard="Medium",
        tags="condition-value",
    ),
    Q(
        "usrm-16",
        "scatter of regional death rate (x) against its standard error (y)",
        "point",
        "Rate",
        "SE",
        sql=f"SELECT Rate AS x, SE AS y FROM {R}",
        hard="Easy",
        tags="scatter abbreviation",
    ),
    Q(
        "usrm-17",
        "sum of the ten cause-specific death rates for rural women, by region",
        "bar",
        "Region",
        "sum(Rate)",
        sql=f"SELECT Region AS x, SUM(Rate) AS y FROM {R}"
        " WHERE Status = 'Rural' AND Sex = 'Female' GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value",
    ),
    Q(
        "usrm-18",
        "death rates by cause for men and women in the cities of HHS Region 4",
        "bar",
        "Cause",
        "Rate",
        "Sex",
        sql=f"SELECT Cause AS x, Rate AS y, Sex AS color FROM {R}"
        " WHERE Region = 'HHS Region 04' AND Status = 'Urban' ORDER BY x, color",
        hard="Hard",
        tags="two-category condition-value",
    ),
    Q(
        "usrm-19",
        "how many regional rates have a standard error of 2 or more?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {R} WHERE SE >= 2",
        hard="Medium",
        tags="kpi condition-number abbreviation",
    ),
    Q(
        "usrm-20",
        "top 5 causes of death for men by average rate across regions",
        "bar",
        "Cause",
        "avg(Rate)",
        sql=f"SELECT Cause AS x, AVG(Rate) AS y FROM {R}"
        " WHERE Sex = 'Male' GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value",
    ),
    Q(
        "usrm-21",
        "how many causes have a national death rate above 40 for rural men?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {N} WHERE Status = 'Rural' AND Sex = 'Male' AND Rate > 40",
        hard="Medium",
        tags="kpi condition-number condition-value",
    ),
    Q(
        "usrm-22",
        "heart disease death rate of each region minus the national rate, for urban men",
        "bar",
        "Region",
        "Rate - Rate",
        sql=f"SELECT r.Region AS x, r.Rate - n.Rate AS y FROM {J}"
        " WHERE r.Cause = 'Heart disease' AND r.Status = 'Urban' AND r.Sex = 'Male' ORDER BY x",
        hard="Hard",
        tags="condition-value join same-name-join",
    ),
    Q(
        "usrm-23",
        "how many regional death rates are higher than the national rate for the same"
        " cause, sex and urban/rural group?",
        "kpi",
        None,
        "count(*)",
        sql=f"SELECT COUNT(*) AS y FROM {J} WHERE r.Rate > n.Rate",
        hard="Hard",
        tags="kpi join same-name-join",
    ),
    Q(
        "usrm-24",
        "scatter with the national rate on x and the regional rate on y, for matching"
        " cause, sex and urban/rural group",
        "point",
        "Rate",
        "Rate",
        sql=f"SELECT n.Rate AS x, r.Rate AS y FROM {J}",
        hard="Hard",
        tags="scatter join same-name-join",
    ),
    Q(
        "usrm-25",
        "number of rates per region that exceed the national rate for the same group",
        "bar",
        "Region",
        "count(*)",
        sql=f"SELECT r.Region AS x, COUNT(*) AS y FROM {J}"
        " WHERE r.Rate > n.Rate GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity join same-name-join",
    ),
    Q(
        "usrm-26",
        "average gap between regional and national death rates by cause (regional minus national)",
        "bar",
        "Cause",
        "avg(Rate - Rate)",
        sql=f"SELECT r.Cause AS x, AVG(r.Rate - n.Rate) AS y FROM {J} GROUP BY x ORDER BY x",
        hard="Hard",
        tags="join same-name-join",
    ),
    Q(
        "usrm-27",
        "regions where the cancer death rate of rural women is above the national rate"
        " for rural women",
        "bar",
        "Region",
        "Rate",
        sql=f"SELECT r.Region AS x, r.Rate AS y FROM {J}"
        " WHERE r.Cause = 'Cancer' AND r.Status = 'Rural' AND r.Sex = 'Female'"
        " AND r.Rate > n.Rate ORDER BY x",
        hard="Hard",
        tags="condition-value join same-name-join",
    ),
    Q(
        "usrm-28",
        "which region is furthest above the national rate for unintentional injuries"
        " among urban men?",
        "bar",
        "Region",
        "Rate - Rate",
        sql=f"SELECT r.Region AS x, r.Rate - n.Rate AS y FROM {J}"
        " WHERE r.Cause = 'Unintentional injuries' AND r.Status = 'Urban' AND r.Sex = 'Male'"
        " ORDER BY y DESC, x LIMIT 1",
        sort="-y",
        hard="Extra Hard",
        tags="top-n condition-value join same-name-join",
    ),
    Q(
        "usrm-29",
        "suicide rate of urban women in each region divided by the national one",
        "bar",
        "Region",
        "Rate / Rate",
        sql=f"SELECT r.Region AS x, r.Rate / n.Rate AS y FROM {J}"
        " WHERE r.Cause = 'Suicide' AND r.Status = 'Urban' AND r.Sex = 'Female' ORDER BY x",
        hard="Hard",
        tags="condition-value join same-name-join",
    ),
    Q(
        "usrm-30",
        "average regional-minus-national rate gap by urban/rural status and sex",
        "bar",
        "Status",
        "avg(Rate - Rate)",
        "Sex",
        sql=f"SELECT r.Status AS x, AVG(r.Rate - n.Rate) AS y, r.Sex AS color FROM {J}"
        " GROUP BY x, color ORDER BY x, color",
        hard="Extra Hard",
        tags="two-category non-additive join same-name-join",
    ),
    Q(
        "usrm-31",
        "regions with more than 20 death rates above the national rate for the same group",
        "bar",
        "Region",
        "count(*)",
        sql=f"SELECT r.Region AS x, COUNT(*) AS y FROM {J}"
        " WHERE r.Rate > n.Rate GROUP BY x HAVING COUNT(*) > 20 ORDER BY x",
        hard="Extra Hard",
        tags="having join same-name-join",
    ),
]
