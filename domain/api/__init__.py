"""HTTP contracts between NexFitra's deployables, defined once so both sides use the same types."""
