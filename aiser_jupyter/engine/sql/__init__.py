"""SQL safety and dialect helpers: the guard, allowed functions, quoting, time units."""
