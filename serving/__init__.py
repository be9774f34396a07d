"""Inference service: registry watcher, runtimes, A/B router, grounding (the serving issue)."""
