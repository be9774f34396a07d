"""The HTTP service around the engine: settings, registry watcher, A/B router, API, metrics."""
