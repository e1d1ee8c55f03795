"""The bundled demo: a deterministic retail dataset in an embedded DuckDB file.

Built on first use into the user's cache directory (a few seconds, no network):
regions, categories, products, customers, orders over three years, and about
150k order lines. The same seed always gives the same data, so examples, tests
and docs agree.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["DEMO_VERSION", "cache_dir", "demo_path", "ensure_demo"]

DEMO_VERSION = 1
SEED = 20230101
REGIONS = ["North", "South", "East", "West", "Central"]
CATEGORIES = {
    "Electronics": (["Headphones", "Speaker", "Charger", "Monitor", "Keyboard", "Webcam"], 40, 400),
    "Home": (["Lamp", "Rug", "Vase", "Clock", "Pillow", "Mirror"], 15, 150),
    "Kitchen": (["Kettle", "Blender", "Knife Set", "Pan", "Toaster", "Mug"], 8, 120),
    "Sports": (["Yoga Mat", "Dumbbell", "Ball", "Racket", "Bottle", "Helmet"], 10, 200),
    "Books": (["Novel", "Cookbook", "Atlas", "Biography", "Comic", "Guide"], 6, 45),
    "Toys": (["Puzzle", "Robot", "Doll", "Blocks", "Kite", "Board Game"], 7, 80),
    "Garden": (["Hose", "Shovel", "Planter", "Seeds", "Gloves", "Sprinkler"], 5, 90),
    "Beauty": (["Lotion", "Perfume", "Shampoo", "Brush", "Soap", "Serum"], 4, 70),
}
VARIANTS = ["Basic", "Plus", "Pro"]
SEGMENTS = ["Consumer", "Corporate", "Small Business"]
CHANNELS = ["Online", "Store", "Phone"]
N_CUSTOMERS = 5_000
N_ORDERS = 60_000
START, END = "2023-01-01", "2025-12-31"

_SCHEMA = """
CREATE TABLE regions (region_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE categories (category_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE products (product_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL,
  category_id INTEGER NOT NULL REFERENCES categories (category_id), list_price DECIMAL(10, 2) NOT NULL);
CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, segment VARCHAR NOT NULL,
  region_id INTEGER NOT NULL REFERENCES regions (region_id), signup_date DATE NOT NULL);
CREATE TABLE orders (order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (customer_id),
  order_date DATE NOT NULL, channel VARCHAR NOT NULL, status VARCHAR NOT NULL);
CREATE TABLE order_lines (line_id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (order_id),
  product_id INTEGER NOT NULL REFERENCES products (product_id), quantity INTEGER NOT NULL,
  unit_price DECIMAL(10, 2) NOT NULL, discount DOUBLE NOT NULL, revenue DECIMAL(12, 2) NOT NULL);
"""


def cache_dir() -> Path:
    """Where built artefacts live: ``$AISER_CACHE_DIR`` or the platform's user cache dir."""
    env = os.environ.get("AISER_CACHE_DIR")
    if env:
        return Path(env)
    import platformdirs

    return Path(platformdirs.user_cache_dir("aiser-jupyter"))


def demo_path() -> Path:
    return cache_dir() / f"demo-v{DEMO_VERSION}.duckdb"


def ensure_demo() -> Path:
    """Build the demo database if it is missing; return its path. Safe to call concurrently."""
    path = demo_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".demo-", suffix=".duckdb", dir=path.parent)
    os.close(fd)
    os.unlink(tmp)  # DuckDB wants to create the file itself
    try:
        _build(Path(tmp))
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, tmp + ".wal"):
            if os.path.exists(leftover):
                os.unlink(leftover)
    return path


def _build(path: Path) -> None:
    # numpy and pandas only here: building the demo is the one thing that needs them
    import duckdb
    import numpy as np

    rng = np.random.default_rng(SEED)  # one stream, drawn in this order: the data never changes
    products = _products(rng)
    tables = {
        "regions": _frame({"region_id": range(1, len(REGIONS) + 1), "name": REGIONS}),
        "categories": _frame(
            {"category_id": range(1, len(CATEGORIES) + 1), "name": list(CATEGORIES)}
        ),
        "products": products,
        "customers": _customers(rng),
    }
    tables["orders"] = _orders(rng)
    tables["order_lines"] = _order_lines(rng, tables["orders"], products)
    con = duckdb.connect(str(path))
    try:
        con.execute(_SCHEMA)
        for name, frame in tables.items():  # trusted names: this module's own tables
            con.register("frame", frame)
            con.execute(f"INSERT INTO {name} SELECT * FROM frame")
            con.unregister("frame")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _frame(columns: Any, names: list[str] | None = None) -> Any:
    import pandas as pd

    return pd.DataFrame(columns, columns=names)


def _products(rng: Any) -> Any:
    rows: list[tuple[int, str, int, float]] = []
    for cat_id, (_cat, (items, low, high)) in enumerate(CATEGORIES.items(), start=1):
        for item in items:
            for k, variant in enumerate(VARIANTS):
                price = round(float(rng.uniform(low, high)) * (1 + 0.35 * k), 2)
                rows.append((len(rows) + 1, f"{item} {variant}", cat_id, price))
    return _frame(rows, ["product_id", "name", "category_id", "list_price"])


def _customers(rng: Any) -> Any:
    import numpy as np

    region_weights = np.array([0.28, 0.17, 0.22, 0.21, 0.12])
    first = np.array(
        ["Ada", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]
    )
    last = np.array(
        ["Smith", "Garcia", "Chen", "Okafor", "Novak", "Silva", "Kim", "Müller", "Rossi", "Patel"]
    )
    start, days = _days()
    names = zip(rng.choice(first, N_CUSTOMERS), rng.choice(last, N_CUSTOMERS), strict=True)
    return _frame(
        {
            "customer_id": np.arange(1, N_CUSTOMERS + 1),
            "name": [f"{a} {b}" for a, b in names],
            "segment": rng.choice(SEGMENTS, N_CUSTOMERS, p=[0.6, 0.25, 0.15]),
            "region_id": rng.choice(np.arange(1, 6), N_CUSTOMERS, p=region_weights),
            "signup_date": start
            - 365
            + rng.integers(0, days + 365, N_CUSTOMERS).astype("timedelta64[D]"),
        }
    )


def _days() -> tuple[Any, int]:
    """The first day of the orders and how many days they span."""
    import numpy as np

    start, end = np.datetime64(START), np.datetime64(END)
    return start, int((end - start).astype(int)) + 1


def _orders(rng: Any) -> Any:
    """Orders grow over time, with a December peak and fewer orders at weekends."""
    import numpy as np

    start, days = _days()
    day_index = np.arange(days)
    dates = start + day_index.astype("timedelta64[D]")
    month = (dates.astype("datetime64[M]").astype(int) % 12) + 1
    weekday = (dates.astype("datetime64[D]").view("int64") - 4) % 7  # 0 = Monday
    weight = (
        (1 + day_index / days) * np.where(month == 12, 1.6, 1.0) * np.where(weekday >= 5, 0.7, 1.0)
    )
    order_days = np.sort(rng.choice(day_index, N_ORDERS, p=weight / weight.sum()))
    return _frame(
        {
            "order_id": np.arange(1, N_ORDERS + 1),
            "customer_id": rng.integers(1, N_CUSTOMERS + 1, N_ORDERS),
            "order_date": start + order_days.astype("timedelta64[D]"),
            "channel": rng.choice(CHANNELS, N_ORDERS, p=[0.55, 0.35, 0.10]),
            "status": rng.choice(
                ["completed", "returned", "cancelled"], N_ORDERS, p=[0.92, 0.05, 0.03]
            ),
        }
    )


def _order_lines(rng: Any, orders: Any, products: Any) -> Any:
    """1-4 lines per order (about 150k), popular products more often."""
    import numpy as np

    n_lines = rng.integers(1, 5, N_ORDERS)
    order_ids = np.repeat(orders["order_id"].to_numpy(), n_lines)
    total = len(order_ids)
    popularity = rng.pareto(1.5, len(products)) + 1
    product_ids = rng.choice(
        products["product_id"].to_numpy(), total, p=popularity / popularity.sum()
    )
    list_price = products.set_index("product_id")["list_price"].to_numpy()[product_ids - 1]
    quantity = rng.integers(1, 6, total)
    discount = rng.choice([0.0, 0.05, 0.1, 0.2], total, p=[0.7, 0.15, 0.1, 0.05])
    return _frame(
        {
            "line_id": np.arange(1, total + 1),
            "order_id": order_ids,
            "product_id": product_ids,
            "quantity": quantity,
            "unit_price": list_price,
            "discount": discount,
            "revenue": np.round(quantity * list_price * (1 - discount), 2),
        }
    )
