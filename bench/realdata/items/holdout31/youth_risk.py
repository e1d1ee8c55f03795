"""US high-school students of the CDC's Youth Risk Behavior Surveillance System (openintro's yrbss).

One row per student, 13,583 rows, no time column. ``grade`` is text (``9`` … ``12``, ``other``),
``age`` an integer 12–18, ``height`` in metres and ``weight`` in kg (NULL on 1,004 rows);
``helmet_12m`` (never, rarely, sometimes, most of time, always, did not ride),
``text_while_driving_30d`` (text bands ``0``, ``1-2`` … ``30``, did not drive),
``physically_active_7d`` and ``strength_training_7d`` (days 0–7, integers),
``hours_tv_per_school_day`` and ``school_night_hours_sleep`` (text bands ``<1``, ``5+``, ``<5``,
``10+`` …); ``race`` is NULL on 2,805 rows, ``hispanic`` (hispanic/not) on 231.
"""

from itemdef import Q

DB = "youth_risk"

ITEMS = [
    Q(
        "yrb-01",
        "How many students answered the survey?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM yrbss",
        hard="Easy",
        tags="kpi count-of-entity",
    ),
    Q(
        "yrb-02",
        "number of students in each grade",
        "bar",
        "grade",
        "count(*)",
        sql="SELECT grade AS x, COUNT(*) AS y FROM yrbss WHERE grade IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "yrb-03",
        "average weight of boys and girls",
        "bar",
        "gender",
        "avg(weight)",
        sql="SELECT gender AS x, AVG(weight) AS y FROM yrbss"
        " WHERE gender IS NOT NULL AND weight IS NOT NULL GROUP BY x ORDER BY x",
        hard="Easy",
        tags="condition-value",
    ),
    Q(
        "yrb-04",
        "mean height by grade, girls and boys side by side",
        "bar",
        "grade",
        "avg(height)",
        "gender",
        sql="SELECT grade AS x, AVG(height) AS y, gender AS color FROM yrbss"
        " WHERE grade IS NOT NULL AND gender IS NOT NULL AND height IS NOT NULL"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category non-additive",
    ),
    Q(
        "yrb-05",
        "histogram of student weights with 10 kg bins",
        "bar",
        "weight",
        "count(*)",
        sql="SELECT FLOOR(weight / 10) * 10 AS x, COUNT(*) AS y FROM yrbss"
        " WHERE weight IS NOT NULL GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "yrb-06",
        "weight vs height for 12th-grade girls",
        "point",
        "height",
        "weight",
        sql="SELECT height AS x, weight AS y FROM yrbss WHERE grade = '12' AND gender = 'female'"
        " AND height IS NOT NULL AND weight IS NOT NULL ORDER BY x, y",
        hard="Medium",
        tags="scatter condition-value",
    ),
    Q(
        "yrb-07",
        "Among kids who rode a bike, what share wear a helmet never, rarely, sometimes, most of"
        " the time or always?",
        "arc",
        "helmet_12m",
        "count(*)",
        sql="SELECT helmet_12m AS x, COUNT(*) AS y FROM yrbss"
        " WHERE helmet_12m IS NOT NULL AND helmet_12m <> 'did not ride' GROUP BY x ORDER BY x",
        hard="Hard",
        tags="share condition-value abbreviation count-of-entity",
    ),
    Q(
        "yrb-08",
        "how many students never wear a bike helmet",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM yrbss WHERE helmet_12m = 'never'",
        hard="Easy",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "yrb-09",
        "students who texted while driving on all 30 of the last 30 days, by gender",
        "bar",
        "gender",
        "count(*)",
        sql="SELECT gender AS x, COUNT(*) AS y FROM yrbss"
        " WHERE text_while_driving_30d = '30' AND gender IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value count-of-entity abbreviation",
    ),
    Q(
        "yrb-10",
        "avg number of physically active days per week by grade",
        "bar",
        "grade",
        "avg(physically_active_7d)",
        sql="SELECT grade AS x, AVG(physically_active_7d) AS y FROM yrbss"
        " WHERE grade IS NOT NULL AND physically_active_7d IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "yrb-11",
        "average strength training days per week for each race",
        "bar",
        "race",
        "avg(strength_training_7d)",
        sql="SELECT race AS x, AVG(strength_training_7d) AS y FROM yrbss"
        " WHERE race IS NOT NULL AND strength_training_7d IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="abbreviation",
    ),
    Q(
        "yrb-12",
        "students getting less than 5 hours of sleep on school nights, per grade",
        "bar",
        "grade",
        "count(*)",
        sql="SELECT grade AS x, COUNT(*) AS y FROM yrbss"
        " WHERE school_night_hours_sleep = '<5' AND grade IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value count-of-entity abbreviation",
    ),
    Q(
        "yrb-13",
        "What's the tallest height recorded?",
        "kpi",
        None,
        "max(height)",
        sql="SELECT MAX(height) AS y FROM yrbss",
        hard="Easy",
        tags="kpi min-max",
    ),
    Q(
        "yrb-14",
        "lightest 9th grader's weight",
        "kpi",
        None,
        "min(weight)",
        sql="SELECT MIN(weight) AS y FROM yrbss WHERE grade = '9'",
        hard="Medium",
        tags="kpi min-max condition-value",
    ),
    Q(
        "yrb-15",
        "top 3 races by average weight",
        "bar",
        "race",
        "avg(weight)",
        sql="SELECT race AS x, AVG(weight) AS y FROM yrbss"
        " WHERE race IS NOT NULL AND weight IS NOT NULL GROUP BY x ORDER BY y DESC LIMIT 3",
        sort="-y",
        hard="Medium",
        tags="top-n",
    ),
    Q(
        "yrb-16",
        "Which races have more than 500 students in the survey?",
        "bar",
        "race",
        "count(*)",
        sql="SELECT race AS x, COUNT(*) AS y FROM yrbss WHERE race IS NOT NULL GROUP BY x"
        " HAVING COUNT(*) > 500 ORDER BY x",
        hard="Medium",
        tags="having count-of-entity",
    ),
    Q(
        "yrb-17",
        "grades where the average student weighs more than 67 kg",
        "bar",
        "grade",
        "avg(weight)",
        sql="SELECT grade AS x, AVG(weight) AS y FROM yrbss"
        " WHERE grade IS NOT NULL AND weight IS NOT NULL GROUP BY x"
        " HAVING AVG(weight) > 67 ORDER BY x",
        hard="Medium",
        tags="having",
    ),
    Q(
        "yrb-18",
        "count of students by hours of TV on a school night, stacked by gender",
        "bar",
        "hours_tv_per_school_day",
        "count(*)",
        "gender",
        sql="SELECT hours_tv_per_school_day AS x, COUNT(*) AS y, gender AS color FROM yrbss"
        " WHERE hours_tv_per_school_day IS NOT NULL AND gender IS NOT NULL"
        " GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "yrb-19",
        "How many students weigh over 100 kg? break it down by gender",
        "bar",
        "gender",
        "count(*)",
        sql="SELECT gender AS x, COUNT(*) AS y FROM yrbss WHERE weight > 100"
        " AND gender IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-number count-of-entity",
    ),
    Q(
        "yrb-20",
        "number of students who were active every day of the week, by race",
        "bar",
        "race",
        "count(*)",
        sql="SELECT race AS x, COUNT(*) AS y FROM yrbss WHERE physically_active_7d = 7"
        " AND race IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-number count-of-entity abbreviation",
    ),
    Q(
        "yrb-21",
        "Hispanic vs non-Hispanic share of respondents",
        "arc",
        "hispanic",
        "count(*)",
        sql="SELECT hispanic AS x, COUNT(*) AS y FROM yrbss WHERE hispanic IS NOT NULL"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "yrb-22",
        "how many students are 16 or younger?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM yrbss WHERE age <= 16",
        hard="Easy",
        tags="kpi count-of-entity condition-number",
    ),
    Q(
        "yrb-23",
        "average weight by age",
        "bar",
        "age",
        "avg(weight)",
        sql="SELECT age AS x, AVG(weight) AS y FROM yrbss"
        " WHERE age IS NOT NULL AND weight IS NOT NULL GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "yrb-24",
        "How many different race categories are in the data?",
        "kpi",
        None,
        "count(distinct race)",
        sql="SELECT COUNT(DISTINCT race) AS y FROM yrbss",
        hard="Easy",
        tags="kpi count-distinct",
    ),
    Q(
        "yrb-25",
        "among students who watch 5 or more hours of TV on school nights, average active days"
        " by gender",
        "bar",
        "gender",
        "avg(physically_active_7d)",
        sql="SELECT gender AS x, AVG(physically_active_7d) AS y FROM yrbss"
        " WHERE hours_tv_per_school_day = '5+' AND gender IS NOT NULL"
        " AND physically_active_7d IS NOT NULL GROUP BY x ORDER BY x",
        hard="Hard",
        tags="condition-value abbreviation",
    ),
    Q(
        "yrb-26",
        "number of 17-year-olds in each sleep band on school nights",
        "bar",
        "school_night_hours_sleep",
        "count(*)",
        sql="SELECT school_night_hours_sleep AS x, COUNT(*) AS y FROM yrbss WHERE age = 17"
        " AND school_night_hours_sleep IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-number count-of-entity abbreviation",
    ),
    Q(
        "yrb-27",
        "average height of Asian students by gender",
        "bar",
        "gender",
        "avg(height)",
        sql="SELECT gender AS x, AVG(height) AS y FROM yrbss WHERE race = 'Asian'"
        " AND gender IS NOT NULL AND height IS NOT NULL GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-value",
    ),
    Q(
        "yrb-28",
        "helmet use answers broken down by grade (stacked counts)",
        "bar",
        "grade",
        "count(*)",
        "helmet_12m",
        sql="SELECT grade AS x, COUNT(*) AS y, helmet_12m AS color FROM yrbss"
        " WHERE grade IS NOT NULL AND helmet_12m IS NOT NULL GROUP BY x, color ORDER BY x, color",
        hard="Medium",
        tags="two-category count-of-entity abbreviation",
    ),
    Q(
        "yrb-29",
        "average weight of students who sleep 10 or more hours on a school night",
        "kpi",
        None,
        "avg(weight)",
        sql="SELECT AVG(weight) AS y FROM yrbss WHERE school_night_hours_sleep = '10+'",
        hard="Medium",
        tags="kpi condition-value abbreviation",
    ),
]
