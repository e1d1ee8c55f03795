"""The local metadata DB: plan cache, history, usage."""
