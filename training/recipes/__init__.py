"""Fine-tuning recipes: one self-contained module per method."""
