"""Big results made small in SQL: top-N + Other, sampling, M4, zoom."""
