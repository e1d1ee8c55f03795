"""Run a planner over a benchmark file and score it."""
