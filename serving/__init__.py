"""Inference service: registry watcher, runtimes, A/B router, grounding (lands with the serving issue)."""
