"""Dashboards are notebooks: charts, filters, notebook files, HTML export."""
