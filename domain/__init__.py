"""NexFitra's pure domain core: targets, catalogs' types, plan schemas and the exact planner.

Nothing here does I/O or imports another NexFitra package, so the product API, serving, training
and evaluation can all share it without dragging each other's dependencies along.
"""
