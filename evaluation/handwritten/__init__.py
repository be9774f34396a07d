"""Hand-written notes the reading pass is measured on beside the generated split (issue #14).

The generated test notes come from the same templates the model was trained on, which flatters
it; these notes were written by people in every register users write in. `notes.yaml` is the set,
`README.md` its labelling rules, `python -m evaluation.handwritten` measures one build on it.
"""

from evaluation.handwritten.breakdown import breakdown_table, group_results, write_breakdown
from evaluation.handwritten.loader import NOTES_FILE, HandNote, HandNotesError, load_hand_notes

__all__ = [
    "NOTES_FILE",
    "HandNote",
    "HandNotesError",
    "breakdown_table",
    "group_results",
    "load_hand_notes",
    "write_breakdown",
]
