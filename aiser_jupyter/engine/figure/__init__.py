"""Small results → plotly figure JSON, within a byte budget."""
