"""Daily deaths from cholera and diarrhoea in England, 1849 (HistData's ``CholeraDeaths1849``).

730 rows: one per day of 1849 and cause. ``cause_of_death`` is ``Cholera`` or
``Diarrhaea`` (the package's spelling); ``date`` DATE; ``month`` text (``Jan`` … ``June``,
``July``, ``Sept`` …), ``day_of_month``, ``day_of_week`` (``Mon`` … ``Sun``) repeat it.
Months are asked as a bin of ``date`` (first day of the month), weekdays not at all.
"""

from itemdef import Q

DB = "cholera_1849"

ITEMS = [
    Q(
        "chol-01",
        "total cholera deaths in 1849",
        "kpi",
        None,
        "sum(deaths)",
        sql="SELECT SUM(deaths) AS y FROM CholeraDeaths1849 WHERE cause_of_death = 'Cholera'",
        hard="Easy",
        tags="kpi condition-value",
    ),
    Q(
        "chol-02",
        "how many people died of diarrhoea in 1849?",
        "kpi",
        None,
        "sum(deaths)",
        sql="SELECT SUM(deaths) AS y FROM CholeraDeaths1849 WHERE cause_of_death = 'Diarrhaea'",
        hard="Medium",
        tags="kpi condition-value",
    ),
    Q(
        "chol-03",
        "monthly cholera deaths as a line",
        "line",
        "month(date)",
        "sum(deaths)",
        sql="SELECT DATE_TRUNC('month', date) AS x, SUM(deaths) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin condition-value",
    ),
    Q(
        "chol-04",
        "deaths per month, cholera and diarrhoea as two lines",
        "line",
        "month(date)",
        "sum(deaths)",
        "cause_of_death",
        sql="SELECT DATE_TRUNC('month', date) AS x, SUM(deaths) AS y, cause_of_death AS color"
        " FROM CholeraDeaths1849 GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Medium",
        tags="time-line temporal-bin multi-series",
    ),
    Q(
        "chol-05",
        "what share of the year's deaths was cholera vs diarrhoea? pie",
        "arc",
        "cause_of_death",
        "sum(deaths)",
        sql="SELECT cause_of_death AS x, SUM(deaths) AS y FROM CholeraDeaths1849"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share",
    ),
    Q(
        "chol-06",
        "daily cholera deaths during August",
        "line",
        "date",
        "deaths",
        sql="SELECT date AS x, deaths AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' AND MONTH(date) = 8 ORDER BY x",
        sort="x",
        hard="Medium",
        tags="time-line condition-month condition-value",
    ),
    Q(
        "chol-07",
        "top 5 days for cholera deaths",
        "bar",
        "date",
        "deaths",
        sql="SELECT date AS x, deaths AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n condition-value",
    ),
    Q(
        "chol-08",
        "the worst single day for cholera: how many deaths?",
        "kpi",
        None,
        "max(deaths)",
        sql="SELECT MAX(deaths) AS y FROM CholeraDeaths1849 WHERE cause_of_death = 'Cholera'",
        hard="Medium",
        tags="kpi min-max condition-value",
    ),
    Q(
        "chol-09",
        "How many days had more than 500 cholera deaths?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' AND deaths > 500",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-value",
    ),
    Q(
        "chol-10",
        "average number of cholera deaths per day, month by month",
        "line",
        "month(date)",
        "avg(deaths)",
        sql="SELECT DATE_TRUNC('month', date) AS x, AVG(deaths) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line temporal-bin condition-value",
    ),
    Q(
        "chol-11",
        "histogram of daily diarrhoea deaths, bins of 20",
        "bar",
        "deaths",
        "count(*)",
        sql="SELECT FLOOR(deaths / 20) * 20 AS x, COUNT(*) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Diarrhaea' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram condition-value",
    ),
    Q(
        "chol-12",
        "distribution of daily cholera deaths with a bin width of 100",
        "bar",
        "deaths",
        "count(*)",
        sql="SELECT FLOOR(deaths / 100) * 100 AS x, COUNT(*) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram condition-value",
    ),
    Q(
        "chol-13",
        "scatter of each day's diarrhoea deaths (x) against its cholera deaths (y)",
        "point",
        "deaths",
        "deaths",
        sql="SELECT SUM(deaths) FILTER (WHERE cause_of_death = 'Diarrhaea') AS x,"
        " SUM(deaths) FILTER (WHERE cause_of_death = 'Cholera') AS y FROM CholeraDeaths1849"
        " GROUP BY date ORDER BY x, y",
        hard="Extra Hard",
        tags="scatter",
    ),
    Q(
        "chol-14",
        "diarrhoea deaths in each month from June to September",
        "bar",
        "month(date)",
        "sum(deaths)",
        sql="SELECT DATE_TRUNC('month', date) AS x, SUM(deaths) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Diarrhaea' AND MONTH(date) BETWEEN 6 AND 9"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="temporal-bin condition-month condition-value",
    ),
    Q(
        "chol-15",
        "total deaths per month broken down by cause, stacked bars",
        "bar",
        "month(date)",
        "sum(deaths)",
        "cause_of_death",
        sql="SELECT DATE_TRUNC('month', date) AS x, SUM(deaths) AS y, cause_of_death AS color"
        " FROM CholeraDeaths1849 GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category temporal-bin",
    ),
    Q(
        "chol-16",
        "cholera deaths in the first half of 1849",
        "kpi",
        None,
        "sum(deaths)",
        sql="SELECT SUM(deaths) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' AND date < DATE '1849-07-01'",
        hard="Medium",
        tags="kpi condition-month condition-value",
    ),
    Q(
        "chol-17",
        "average daily diarrhoea deaths",
        "kpi",
        None,
        "avg(deaths)",
        sql="SELECT AVG(deaths) AS y FROM CholeraDeaths1849 WHERE cause_of_death = 'Diarrhaea'",
        hard="Medium",
        tags="kpi condition-value",
    ),
    Q(
        "chol-18",
        "months with more than 1,000 cholera deaths",
        "bar",
        "month(date)",
        "sum(deaths)",
        sql="SELECT DATE_TRUNC('month', date) AS x, SUM(deaths) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' GROUP BY x HAVING SUM(deaths) > 1000 ORDER BY x",
        hard="Hard",
        tags="having temporal-bin condition-value",
    ),
    Q(
        "chol-19",
        "fewest cholera deaths on any day in September",
        "kpi",
        None,
        "min(deaths)",
        sql="SELECT MIN(deaths) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' AND MONTH(date) = 9",
        hard="Medium",
        tags="kpi min-max condition-month condition-value",
    ),
    Q(
        "chol-20",
        "cholera deaths on Sundays only, month by month",
        "line",
        "month(date)",
        "sum(deaths)",
        sql="SELECT DATE_TRUNC('month', date) AS x, SUM(deaths) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' AND day_of_week = 'Sun' GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line temporal-bin condition-value",
    ),
    Q(
        "chol-21",
        "the 3 months with the fewest diarrhoea deaths",
        "bar",
        "month(date)",
        "sum(deaths)",
        sql="SELECT DATE_TRUNC('month', date) AS x, SUM(deaths) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Diarrhaea' GROUP BY x ORDER BY y, x LIMIT 3",
        sort="y",
        hard="Hard",
        tags="top-n temporal-bin condition-value",
    ),
    Q(
        "chol-22",
        "how many days in 1849 had no cholera deaths at all?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Cholera' AND deaths = 0",
        hard="Medium",
        tags="kpi count-of-entity condition-number condition-value",
    ),
    Q(
        "chol-23",
        "total deaths from both causes per day in September",
        "line",
        "date",
        "sum(deaths)",
        sql="SELECT date AS x, SUM(deaths) AS y FROM CholeraDeaths1849"
        " WHERE MONTH(date) = 9 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="time-line condition-month",
    ),
    Q(
        "chol-24",
        "daily diarrhoea deaths over the whole year",
        "line",
        "date",
        "deaths",
        sql="SELECT date AS x, deaths AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Diarrhaea' ORDER BY x",
        sort="x",
        hard="Easy",
        tags="time-line condition-value",
    ),
    Q(
        "chol-25",
        "highest daily death count for each cause",
        "bar",
        "cause_of_death",
        "max(deaths)",
        sql="SELECT cause_of_death AS x, MAX(deaths) AS y FROM CholeraDeaths1849"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="min-max",
    ),
    Q(
        "chol-26",
        "days with more than 150 diarrhoea deaths",
        "bar",
        "date",
        "deaths",
        sql="SELECT date AS x, deaths AS y FROM CholeraDeaths1849"
        " WHERE cause_of_death = 'Diarrhaea' AND deaths > 150 ORDER BY x",
        hard="Medium",
        tags="condition-number condition-value",
    ),
]
