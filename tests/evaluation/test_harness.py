from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from domain.plan.draft import PlanDraft
from domain.plan.provenance import PlanSource
from domain.plan.reading import NotesReading
from domain.plan.soft_preferences import SoftPreferences
from domain.profile import Allergen
from evaluation.examples import ReadingExample
from evaluation.handwritten import HandNote
from evaluation.handwritten.tags import Phenomenon, Register
from evaluation.harness import (
    AGGREGATES_FILE,
    HarnessReport,
    breakdown_path,
    evaluate_candidate,
    read_reading_results,
    read_results,
    reading_path,
    results_path,
    run_proposers,
    run_readers,
)
from evaluation.metrics.comparison import diff_name
from evaluation.proposers import PLANNER_AS_SERVED, REFERENCE, ModelProposer
from evaluation.scoring import Scorer
from serving.engine.head_reader import HeadNotesReader
from tests.evaluation.factories import CATALOG, example, reference_text
from tests.serving.fakes import NOTHING, ScriptedRuntime
from tests.utils.reading_head import keyword_embed, keyword_head

EXAMPLES = [example("p1"), example("p2", days_per_week=4)]
FISH = NotesReading(allergies=frozenset({Allergen.fish})).model_dump_json()
NOTES = [
    ReadingExample(
        "n1", "No fish of any kind.", NotesReading(allergies=frozenset({Allergen.fish}))
    ),
    ReadingExample("n2", "I walk my dog.", NotesReading()),
]
HAND = [
    HandNote("h1", "I swell up from fish.", NOTES[0].target, (Register.plain,)),
    HandNote(
        "h2", "My wife can't eat fish.", NotesReading(), (Register.plain, Phenomenon.other_people)
    ),
    HandNote("h3", "I walk my dog.", NotesReading(), (Register.plain,)),
]


def _perfect(user: str) -> str:
    return reference_text(days_per_week=4) if user.endswith("user p2") else reference_text()


def _reads_fish(notes: str) -> str:
    return FISH if "fish" in notes else NOTHING


def _evaluate(
    candidate: ScriptedRuntime, base: ScriptedRuntime, out_dir: Path, *, guided: bool
) -> HarnessReport:
    return evaluate_candidate(
        candidate, base, EXAMPLES, CATALOG, max_new_tokens=4096, seed=0, out_dir=out_dir,
        guided=guided, reading_examples=NOTES, hand_notes=HAND,
    )  # fmt: skip


def test_candidate_runs_next_to_base_and_reference(tmp_path: Path) -> None:
    candidate = ScriptedRuntime("finetune", _perfect, _reads_fish)
    base = ScriptedRuntime("base", lambda _: '{"split": "full_body", "days": [', lambda _: FISH)
    report = _evaluate(candidate, base, tmp_path, guided=False)
    assert candidate.schemas["plan"] == base.schemas["plan"] == [None, None]
    assert report.candidate == "finetune"
    assert list(report.aggregates) == [REFERENCE, "finetune", "base"]
    finetune, baseline = report.aggregates["finetune"], report.aggregates["base"]
    assert finetune["schema_valid_rate"] == finetune["days_match_rate"] == 1.0
    assert finetune["reading_exact_rate"] == 1.0 and finetune["reading_unsafe_rate"] == 0.0
    assert baseline["schema_valid_rate"] == 0.0
    assert baseline["reading_exact_rate"] == 0.5  # read fish into the dog walker's notes
    assert baseline["reading_unsafe_rate"] == 0.0  # too much is cautious, not unsafe
    assert report.aggregates[REFERENCE]["hard_violations_after"] == 0.0
    assert report.aggregates[REFERENCE]["schema_valid_rate"] == 1.0
    assert "reading_exact_rate" not in report.aggregates[REFERENCE]  # an oracle reads perfectly
    saved = json.loads((tmp_path / AGGREGATES_FILE).read_text())
    assert saved == report.aggregates
    rows = read_results(report.results_path("base"))
    assert [r.example_id for r in rows] == ["p1", "p2"]
    assert {r.served_from for r in rows} == {"reference"}
    assert (tmp_path / "reading-finetune.jsonl").read_text().count("\n") == len(NOTES)


def test_hand_written_notes_are_read_beside_the_generated_ones(tmp_path: Path) -> None:
    candidate = ScriptedRuntime("finetune", _perfect, _reads_fish)
    base = ScriptedRuntime("base", _perfect)  # reads nothing: misses the fish allergy
    report = _evaluate(candidate, base, tmp_path, guided=False)
    finetune, baseline = report.aggregates["finetune"], report.aggregates["base"]
    assert finetune["hand_reading_examples"] == len(HAND)
    assert finetune["hand_reading_exact_rate"] == pytest.approx(2 / 3)  # fish in the wife's note
    assert finetune["hand_reading_unsafe_rate"] == 0.0
    assert baseline["hand_reading_unsafe_rate"] == pytest.approx(1 / 3)
    assert baseline["hand_reading_unsafe_upper95"] > baseline["hand_reading_unsafe_rate"]
    assert finetune["reading_exact_rate"] == 1.0  # the generated split keeps its own metrics
    assert "hand_reading_exact_rate" not in report.aggregates[REFERENCE]
    results = read_reading_results(reading_path(tmp_path, "base", prefix="hand_"))
    assert [(r.example_id, r.unsafe) for r in results] == [
        ("h1", ("missed allergy fish",)), ("h2", ()), ("h3", ()),
    ]  # fmt: skip
    table = breakdown_path(tmp_path, "finetune").read_text(encoding="utf-8").splitlines()
    assert "| other_people | 1 | 0.0% (0.0%–79.3%) | 0.0% (0.0%–79.3%) |" in table
    assert breakdown_path(tmp_path, "base").is_file()


def test_guided_evaluation_decodes_each_pass_under_its_schema(tmp_path: Path) -> None:
    candidate, base = ScriptedRuntime("finetune", _perfect), ScriptedRuntime("base", _perfect)
    _evaluate(candidate, base, tmp_path, guided=True)
    for runtime in (candidate, base):
        plans = runtime.schemas["plan"]
        assert all(schema for schema in plans)  # every pass is guided
        days = [schema for schema in plans if schema and schema["type"] == "object"]
        assert len(days) == sum(example.form.days_per_week for example in EXAMPLES)  # one a day
        readings = runtime.schemas["read"]
        assert len(readings) == len(EXAMPLES) + len(NOTES) + len(HAND)
        assert all(schema and "allergies" in schema["properties"] for schema in readings)


def test_a_dedicated_reader_reads_the_plans_notes_beside_each_model_whose_own_reading_is_kept(
    tmp_path: Path,
) -> None:
    """Serving's registered reader reads every variant's notes beside its model; the models'
    own reading is still measured, on the reading notes."""
    candidate, base = (ScriptedRuntime(n, _perfect, _reads_fish) for n in ("finetune", "base"))
    milk = example("m1", notes="No milk, and no fish either.", form={}, allergies={Allergen.milk})
    reader = HeadNotesReader(keyword_embed, keyword_head())
    report = evaluate_candidate(
        candidate, base, [milk], CATALOG, max_new_tokens=4096, seed=0, out_dir=tmp_path,
        guided=True, reading_examples=NOTES, notes_reader=reader,
    )  # fmt: skip
    both = NotesReading(allergies=frozenset({Allergen.milk, Allergen.fish}))
    for name in ("finetune", "base"):
        [planned] = read_results(results_path(tmp_path, name))
        assert planned.reading_output == both.model_dump_json()  # milk from the reader, fish
        assert report.aggregates[name]["reading_exact_rate"] == 1.0  # their own, of NOTES
    assert len(candidate.schemas["read"]) == len(NOTES) + 1  # NOTES and the plan's note
    # the product without a model: the planner on what the reader and the guards read
    [served] = read_results(results_path(tmp_path, PLANNER_AS_SERVED))
    milk_only = NotesReading(allergies=frozenset({Allergen.milk}))
    assert served.reading_output == milk_only.model_dump_json()  # the reader's, no model's
    assert served.served_from == PlanSource.reference
    assert diff_name("liked_used_rate", PLANNER_AS_SERVED) in report.aggregates["finetune"]


def test_without_a_dedicated_reader_there_is_no_planner_as_served(tmp_path: Path) -> None:
    candidate, base = ScriptedRuntime("finetune", _perfect), ScriptedRuntime("base", _perfect)
    report = _evaluate(candidate, base, tmp_path, guided=True)
    assert PLANNER_AS_SERVED not in report.aggregates
    assert not results_path(tmp_path, PLANNER_AS_SERVED).exists()


def test_max_new_tokens_reaches_the_runtime(tmp_path: Path) -> None:
    truncated = ModelProposer(ScriptedRuntime("short", _perfect), CATALOG, max_new_tokens=20)
    aggregates = run_proposers([truncated], EXAMPLES, Scorer(CATALOG), out_dir=tmp_path)
    assert aggregates["short"]["schema_valid_rate"] == 0.0


def test_names_must_be_unique_and_examples_present(tmp_path: Path) -> None:
    twin = ModelProposer(ScriptedRuntime("same", _perfect), CATALOG, max_new_tokens=8)
    scorer = Scorer(CATALOG)
    with pytest.raises(ValueError, match="unique"):
        run_proposers([twin, twin], EXAMPLES, scorer, out_dir=tmp_path)
    with pytest.raises(ValueError, match="no examples"):
        run_proposers([twin], [], scorer, out_dir=tmp_path)
    with pytest.raises(ValueError, match="no reading examples"):
        run_readers([twin], [], out_dir=tmp_path)


def _with_almonds(user: str) -> str:
    """The reference draft with almonds added: what a model that heard the wish would write."""
    draft = PlanDraft.model_validate_json(_perfect(user))
    draft.menus[0].meals[1].append("Almonds")
    return draft.model_dump_json()


def test_the_finetune_is_compared_with_the_planner_and_base_on_the_same_examples(
    tmp_path: Path,
) -> None:
    almonds = SoftPreferences(favourite_foods=("almonds",))
    plans = [replace(case, soft=almonds) for case in EXAMPLES]
    hand = [replace(example("hand-1"), soft=almonds)]
    candidate = ScriptedRuntime("finetune", _with_almonds)
    base = ScriptedRuntime("zero-shot", lambda _: "not json")  # the planner serves its users
    report = evaluate_candidate(
        candidate, base, plans, CATALOG, max_new_tokens=4096, seed=0, out_dir=tmp_path,
        guided=False, hand_examples=hand,
    )  # fmt: skip
    finetune, planner = report.aggregates["finetune"], report.aggregates[REFERENCE]
    assert (finetune["soft_honoured_rate"], planner["soft_honoured_rate"]) == (1.0, 0.0)
    for prefix in ("", "hand_"):
        for against in ("reference", "base"):
            diff = f"{prefix}vs_{against}_soft_honoured_rate_diff"
            assert (finetune[diff], finetune[f"{diff}_low95"]) == (1.0, 1.0)
            assert finetune[f"{prefix}vs_{against}_distinct_foods_diff"] == 1.0
        assert planner[f"{prefix}liked_used_rate_low95"] <= planner[f"{prefix}liked_used_rate"]
    assert finetune["hand_examples"] == 1 and "hand_examples" in report.aggregates["zero-shot"]
    rows = read_results(results_path(tmp_path, "finetune", prefix="hand_"))
    assert [r.example_id for r in rows] == ["hand-1"]
    assert "hand_vs_reference_soft_honoured_rate_diff" not in planner  # only the candidate's


def test_without_hand_written_plan_examples_nothing_is_prefixed(tmp_path: Path) -> None:
    candidate, base = ScriptedRuntime("finetune", _perfect), ScriptedRuntime("base", _perfect)
    report = evaluate_candidate(
        candidate, base, EXAMPLES, CATALOG, max_new_tokens=4096, seed=0, out_dir=tmp_path,
        guided=False,
    )  # fmt: skip
    assert report.aggregates["finetune"]["vs_reference_liked_used_rate_diff"] == 0.0
    assert not any(key.startswith("hand_") for key in report.aggregates["finetune"])
    assert not results_path(tmp_path, "finetune", prefix="hand_").exists()
