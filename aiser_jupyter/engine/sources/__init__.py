"""Named data sources: open, describe, run with limits."""
