"""What a source holds: tables, columns, joins, profiles."""
