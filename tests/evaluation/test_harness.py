from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluation.harness import (
    AGGREGATES_FILE,
    REFERENCE,
    HarnessReport,
    RuntimeProposer,
    evaluate_candidate,
    read_results,
    run_proposers,
)
from evaluation.scoring import Scorer
from tests.evaluation.factories import CATALOG, example, reference_text
from tests.evaluation.fakes import ScriptedRuntime

EXAMPLES = [example("p1"), example("p2", days_per_week=4)]


def _perfect(user: str) -> str:
    return reference_text(days_per_week=4) if user == "p2" else reference_text()


def _evaluate(
    candidate: ScriptedRuntime, base: ScriptedRuntime, out_dir: Path, *, guided: bool
) -> HarnessReport:
    return evaluate_candidate(
        candidate, base, EXAMPLES, CATALOG, max_new_tokens=4096, seed=0, out_dir=out_dir,
        guided=guided,
    )  # fmt: skip


def test_candidate_runs_next_to_base_and_reference(tmp_path: Path) -> None:
    candidate = ScriptedRuntime("finetune", _perfect)
    base = ScriptedRuntime("base", lambda _: '{"split": "full_body", "days": [')
    report = _evaluate(candidate, base, tmp_path, guided=False)
    assert candidate.schemas == base.schemas == [None, None]
    assert report.candidate == "finetune"
    assert list(report.aggregates) == [REFERENCE, "finetune", "base"]
    assert report.aggregates["finetune"]["schema_valid_rate"] == 1.0
    assert report.aggregates["finetune"]["days_match_rate"] == 1.0
    assert report.aggregates["base"]["schema_valid_rate"] == 0.0
    assert report.aggregates[REFERENCE]["hard_violations_after"] == 0.0
    assert report.aggregates[REFERENCE]["schema_valid_rate"] == 1.0
    saved = json.loads((tmp_path / AGGREGATES_FILE).read_text())
    assert saved == report.aggregates
    rows = read_results(report.results_path("base"))
    assert [r.example_id for r in rows] == ["p1", "p2"]
    assert {r.served_from for r in rows} == {"reference"}


def test_guided_evaluation_decodes_each_example_under_its_forms_schema(tmp_path: Path) -> None:
    candidate, base = ScriptedRuntime("finetune", _perfect), ScriptedRuntime("base", _perfect)
    _evaluate(candidate, base, tmp_path, guided=True)
    for runtime in (candidate, base):
        days = [schema["properties"]["days"]["maxItems"] for schema in runtime.schemas if schema]
        assert days == [example.form.days_per_week for example in EXAMPLES]


def test_max_new_tokens_reaches_the_runtime(tmp_path: Path) -> None:
    truncated = RuntimeProposer(ScriptedRuntime("short", _perfect))
    aggregates = run_proposers(
        [truncated], EXAMPLES, Scorer(CATALOG, seed=0), max_new_tokens=20, out_dir=tmp_path
    )
    assert aggregates["short"]["schema_valid_rate"] == 0.0


def test_names_must_be_unique_and_examples_present(tmp_path: Path) -> None:
    twin = RuntimeProposer(ScriptedRuntime("same", _perfect))
    scorer = Scorer(CATALOG, seed=0)
    with pytest.raises(ValueError, match="unique"):
        run_proposers([twin, twin], EXAMPLES, scorer, max_new_tokens=8, out_dir=tmp_path)
    with pytest.raises(ValueError, match="no examples"):
        run_proposers([twin], [], scorer, max_new_tokens=8, out_dir=tmp_path)
