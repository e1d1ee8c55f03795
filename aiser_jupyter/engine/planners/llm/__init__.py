"""The LLM planner (OpenAI-compatible chat completions)."""
