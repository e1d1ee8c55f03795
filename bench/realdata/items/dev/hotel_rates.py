"""Hotel bookings (modeldata's hotel_rates): one row per (not cancelled) booking of one Portuguese hotel.

Arrivals from 2016-07-02 to 2017-08-31 (``arrival_date``, a DATE).
``avg_price_per_room`` is the average daily rate in euros, ``lead_time`` the
days between booking and arrival, ``stays_in_weekend_nights`` and
``stays_in_week_nights`` the nights booked; ``country`` is a lower-case
ISO 3166-1 alpha-3 code (``prt`` = Portugal, ``deu`` = Germany, ``gbr`` =
United Kingdom; China is ``cn``); ``agent`` and ``company`` are (anonymised)
names with ``not_applicable`` for none; ``is_repeated_guest``,
``near_christmas`` and ``near_new_years`` are 0/1 flags.
"""

from itemdef import Q

DB = "hotel_rates"
WEEKDAY = (
    "CASE ISODOW(arrival_date) WHEN 1 THEN 'Mon' WHEN 2 THEN 'Tue' WHEN 3 THEN 'Wed'"
    " WHEN 4 THEN 'Thur' WHEN 5 THEN 'Fri' WHEN 6 THEN 'Sat' ELSE 'Sun' END"
)
MONTH = "DATE_TRUNC('month', arrival_date)"

ITEMS = [
    Q(
        "hotel-01",
        "number of bookings by market segment",
        "bar",
        "market_segment",
        "count(*)",
        sql="SELECT market_segment AS x, COUNT(*) AS y FROM hotel_rates GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "hotel-02",
        "average room price by customer type",
        "bar",
        "customer_type",
        "avg(avg_price_per_room)",
        sql="SELECT customer_type AS x, AVG(avg_price_per_room) AS y FROM hotel_rates"
        " GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "hotel-03",
        "number of bookings per arrival month, July 2016 to August 2017",
        "line",
        "month(arrival_date)",
        "count(*)",
        sql=f"SELECT {MONTH} AS x, COUNT(*) AS y FROM hotel_rates GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="count-of-entity temporal-bin time-line",
    ),
    Q(
        "hotel-04",
        "monthly trend of the average price per room",
        "line",
        "month(arrival_date)",
        "avg(avg_price_per_room)",
        sql=f"SELECT {MONTH} AS x, AVG(avg_price_per_room) AS y FROM hotel_rates"
        " GROUP BY x ORDER BY x",
        sort="x",
        hard="Medium",
        tags="temporal-bin time-line",
    ),
    Q(
        "hotel-05",
        "top 8 guest countries by number of bookings",
        "bar",
        "country",
        "count(*)",
        sql="SELECT country AS x, COUNT(*) AS y FROM hotel_rates WHERE country IS NOT NULL"
        " GROUP BY x ORDER BY y DESC, x LIMIT 8",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity",
    ),
    Q(
        "hotel-06",
        "average lead time by market segment",
        "bar",
        "market_segment",
        "avg(lead_time)",
        sql="SELECT market_segment AS x, AVG(lead_time) AS y FROM hotel_rates GROUP BY x ORDER BY x",
        hard="Easy",
        tags="",
    ),
    Q(
        "hotel-07",
        "pie of bookings by meal plan",
        "arc",
        "meal",
        "count(*)",
        sql="SELECT meal AS x, COUNT(*) AS y FROM hotel_rates GROUP BY x ORDER BY x",
        hard="Easy",
        tags="share count-of-entity",
    ),
    Q(
        "hotel-08",
        "histogram of lead time in 30-day bins",
        "bar",
        "lead_time",
        "count(*)",
        sql="SELECT FLOOR(lead_time / 30) * 30 AS x, COUNT(*) AS y FROM hotel_rates"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="histogram",
    ),
    Q(
        "hotel-09",
        "average weekend nights per booking by customer type",
        "bar",
        "customer_type",
        "avg(stays_in_weekend_nights)",
        sql="SELECT customer_type AS x, AVG(stays_in_weekend_nights) AS y FROM hotel_rates"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="",
    ),
    Q(
        "hotel-10",
        "How many bookings came from Portugal?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM hotel_rates WHERE country = 'prt'",
        hard="Hard",
        tags="kpi count-of-entity condition-value abbreviation",
    ),
    Q(
        "hotel-11",
        "average room price by distribution channel and customer type",
        "bar",
        "distribution_channel",
        "avg(avg_price_per_room)",
        "customer_type",
        sql="SELECT distribution_channel AS x, AVG(avg_price_per_room) AS y,"
        " customer_type AS color FROM hotel_rates GROUP BY x, color ORDER BY x, color",
        hard="Hard",
        tags="two-category non-additive",
    ),
    Q(
        "hotel-12",
        "number of bookings per reserved room type",
        "bar",
        "reserved_room_type",
        "count(*)",
        sql="SELECT reserved_room_type AS x, COUNT(*) AS y FROM hotel_rates GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "hotel-13",
        "How many bookings were assigned a different room type than the one reserved?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM hotel_rates WHERE assigned_room_type <> reserved_room_type",
        hard="Hard",
        tags="kpi count-of-entity",
    ),
    Q(
        "hotel-14",
        "bookings by day of the week of arrival",
        "bar",
        "weekday(arrival_date)",
        "count(*)",
        sql=f"SELECT {WEEKDAY} AS x, COUNT(*) AS y FROM hotel_rates GROUP BY x ORDER BY x",
        hard="Medium",
        tags="count-of-entity temporal-bin",
    ),
    Q(
        "hotel-15",
        "average lead time of repeat guests compared with first-time guests",
        "bar",
        "is_repeated_guest",
        "avg(lead_time)",
        sql="SELECT is_repeated_guest AS x, AVG(lead_time) AS y FROM hotel_rates"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="",
    ),
    Q(
        "hotel-16",
        "average number of special requests by meal plan",
        "bar",
        "meal",
        "avg(total_of_special_requests)",
        sql="SELECT meal AS x, AVG(total_of_special_requests) AS y FROM hotel_rates"
        " GROUP BY x ORDER BY x",
        hard="Medium",
        tags="",
    ),
    Q(
        "hotel-17",
        "monthly trend of bookings that asked for a parking space",
        "line",
        "month(arrival_date)",
        "count(*)",
        sql=f"SELECT {MONTH} AS x, COUNT(*) AS y FROM hotel_rates"
        " WHERE required_car_parking_spaces > 0 GROUP BY x ORDER BY x",
        sort="x",
        hard="Hard",
        tags="count-of-entity condition-number temporal-bin time-line",
    ),
    Q(
        "hotel-18",
        "average room price by market segment in 2017",
        "bar",
        "market_segment",
        "avg(avg_price_per_room)",
        sql="SELECT market_segment AS x, AVG(avg_price_per_room) AS y FROM hotel_rates"
        " WHERE YEAR(arrival_date) = 2017 GROUP BY x ORDER BY x",
        hard="Medium",
        tags="condition-year",
    ),
    Q(
        "hotel-19",
        "top 5 agents by number of bookings, leaving out not_applicable",
        "bar",
        "agent",
        "count(*)",
        sql="SELECT agent AS x, COUNT(*) AS y FROM hotel_rates WHERE agent <> 'not_applicable'"
        " GROUP BY x ORDER BY y DESC, x LIMIT 5",
        sort="-y",
        hard="Medium",
        tags="top-n count-of-entity condition-value",
    ),
    Q(
        "hotel-20",
        "Which market segments have an average room price above 100?",
        "bar",
        "market_segment",
        "avg(avg_price_per_room)",
        sql="SELECT market_segment AS x, AVG(avg_price_per_room) AS y FROM hotel_rates"
        " GROUP BY x HAVING AVG(avg_price_per_room) > 100 ORDER BY x",
        hard="Hard",
        tags="having",
    ),
    Q(
        "hotel-21",
        "average total nights (weekend plus week nights) by customer type",
        "bar",
        "customer_type",
        "avg(stays_in_weekend_nights + stays_in_week_nights)",
        sql="SELECT customer_type AS x, AVG(stays_in_weekend_nights + stays_in_week_nights) AS y"
        " FROM hotel_rates GROUP BY x ORDER BY x",
        hard="Extra Hard",
        tags="",
    ),
    Q(
        "hotel-22",
        "room price vs lead time for corporate bookings",
        "point",
        "lead_time",
        "avg_price_per_room",
        sql="SELECT lead_time AS x, avg_price_per_room AS y FROM hotel_rates"
        " WHERE market_segment = 'corporate'",
        hard="Medium",
        tags="scatter condition-value",
    ),
    Q(
        "hotel-23",
        "number of bookings by number of adults",
        "bar",
        "adults",
        "count(*)",
        sql="SELECT adults AS x, COUNT(*) AS y FROM hotel_rates GROUP BY x ORDER BY x",
        hard="Easy",
        tags="count-of-entity",
    ),
    Q(
        "hotel-24",
        "monthly average room price, online travel agents vs direct bookings, as lines",
        "line",
        "month(arrival_date)",
        "avg(avg_price_per_room)",
        "market_segment",
        sql=f"SELECT {MONTH} AS x, AVG(avg_price_per_room) AS y, market_segment AS color"
        " FROM hotel_rates WHERE market_segment IN ('online_travel_agent', 'direct')"
        " GROUP BY x, color ORDER BY color, x",
        sort="x",
        hard="Extra Hard",
        tags="multi-series condition-value temporal-bin time-line",
    ),
    Q(
        "hotel-25",
        "What is the average lead time of bookings from Germany?",
        "kpi",
        None,
        "avg(lead_time)",
        sql="SELECT AVG(lead_time) AS y FROM hotel_rates WHERE country = 'deu'",
        hard="Hard",
        tags="kpi condition-value abbreviation",
    ),
    Q(
        "hotel-26",
        "bookings near Christmas by customer type",
        "bar",
        "customer_type",
        "count(*)",
        sql="SELECT customer_type AS x, COUNT(*) AS y FROM hotel_rates WHERE near_christmas = 1"
        " GROUP BY x ORDER BY x",
        hard="Hard",
        tags="count-of-entity condition-number",
    ),
    Q(
        "hotel-27",
        "How many bookings arrived in August 2016?",
        "kpi",
        None,
        "count(*)",
        sql="SELECT COUNT(*) AS y FROM hotel_rates"
        " WHERE YEAR(arrival_date) = 2016 AND MONTH(arrival_date) = 8",
        hard="Medium",
        tags="kpi count-of-entity condition-month condition-year",
    ),
]
