"""Hand-written notes the reading pass is measured on beside the generated split (issue #14).

The generated test notes come from the same templates the model was trained on, which flatters
it; these notes were written by people in every register users write in. `notes.yaml` is the set,
`README.md` its labelling rules, `python -m evaluation.handwritten` measures one build on it.
`soft_notes.yaml` holds notes stating soft preferences; `hand_plan_examples` pairs them with test
forms so plans can be scored on wishes people wrote.
"""

from evaluation.handwritten.breakdown import breakdown_table, group_results, write_breakdown
from evaluation.handwritten.loader import NOTES_FILE, HandNote, HandNotesError, load_hand_notes
from evaluation.handwritten.plans import hand_plan_examples
from evaluation.handwritten.soft_notes import SOFT_NOTES_FILE, SoftNote, load_soft_notes

__all__ = [
    "NOTES_FILE",
    "SOFT_NOTES_FILE",
    "HandNote",
    "HandNotesError",
    "SoftNote",
    "breakdown_table",
    "group_results",
    "hand_plan_examples",
    "load_hand_notes",
    "load_soft_notes",
    "write_breakdown",
]
