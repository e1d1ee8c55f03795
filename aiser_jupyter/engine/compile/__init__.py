"""A checked plan → one aggregated SQL statement in the source's dialect."""
