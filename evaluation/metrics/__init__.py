"""Plan-quality metrics: pure functions over drafts and plans, and their aggregation."""
