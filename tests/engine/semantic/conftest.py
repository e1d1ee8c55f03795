from semantic_shop import shop, shop_db  # noqa: F401 - fixtures
