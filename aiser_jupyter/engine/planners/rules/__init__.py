"""The offline, deterministic rule-based planner."""
