"""A dedicated notes reader: linear heads on a sentence encoder (all-MiniLM-L6-v2), fine-tuned.

`python -m training.reader_head.recipe --output-dir var/reader_head` fits the heads on the SFT
dataset's `read` rows, fine-tunes the encoder with them, and writes a folder serving loads
without torch
(`serving.engine.head_reader`); `python -m evaluation.reader_comparison` measures it.
"""
