"""Preference pairs from feedback: the pairing rule, its limits, and one DPO step on the rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from transformers import AutoTokenizer
from trl import DPOConfig, DPOTrainer
from trl.data_utils import is_conversational

from domain.profile import Allergen
from domain.prompt import prompt_messages
from tests.domain.plan.factories import make_request
from tests.utils.experiments import feedback, plan_draft
from training.preferences import invalid_pairs, merge_feedback, pairs_from_feedback
from training.sft_data.store import load_splits, save_splits

REQUEST = make_request(days_per_week=3)
DRAFTS = [plan_draft(REQUEST, seed) for seed in range(4)]
TOFU_FREE = 1  # DRAFTS[0] names Tofu, DRAFTS[1] does not


def test_a_liked_draft_is_chosen_over_a_disliked_one_of_the_same_shape() -> None:
    heavier = REQUEST.model_copy(update={"weight_kg": REQUEST.weight_kg + 20})
    records = [
        feedback("a", REQUEST, DRAFTS[0], stars=5),
        feedback("b", heavier, DRAFTS[1], stars=1, notes="bad knee"),
        feedback("c", REQUEST, DRAFTS[2], stars=3),  # neither liked nor disliked
    ]
    rows, skipped = pairs_from_feedback(records)
    assert skipped == 0
    [row] = rows
    assert row["rule"] == "stars"
    assert row["prompt"] == prompt_messages(heavier, "bad knee")  # the rejected draft's prompt
    assert row["chosen"] == [{"role": "assistant", "content": DRAFTS[0]}]
    assert row["rejected"] == [{"role": "assistant", "content": DRAFTS[1]}]


def test_drafts_for_other_constraints_are_never_paired() -> None:
    allergic = REQUEST.model_copy(update={"allergies": frozenset({Allergen.soy})})
    records = [
        feedback("a", REQUEST, DRAFTS[0], stars=5),
        feedback("b", allergic, DRAFTS[1], stars=1),
    ]
    assert pairs_from_feedback(records) == ([], 0)


def test_a_thumbed_down_item_pairs_with_a_clean_draft_without_it() -> None:
    records = [
        feedback("a", REQUEST, DRAFTS[0], thumbs={"tofu": -1, "Oats": 1}),
        feedback("b", REQUEST, DRAFTS[TOFU_FREE]),
        feedback("c", REQUEST, DRAFTS[TOFU_FREE], stars=2, minutes=1),  # negative: never chosen
        feedback("d", REQUEST, plan_draft(REQUEST, 4), thumbs={"Oats": -1}),  # negative
    ]
    rows, _ = pairs_from_feedback(records)
    thumbs = [row for row in rows if row["rule"] == "thumbs" and row["item"] == "tofu"]
    assert [row["chosen"] for row in thumbs] == [[{"role": "assistant", "content": DRAFTS[1]}]]
    assert all(row["rejected"][0]["content"] == DRAFTS[0] for row in thumbs)  # type: ignore[index]


def test_thumbs_on_items_a_draft_lacks_make_no_pair() -> None:
    records = [
        feedback("a", REQUEST, DRAFTS[TOFU_FREE], thumbs={"Tofu": -1}),
        feedback("b", REQUEST, DRAFTS[2]),
    ]
    assert pairs_from_feedback(records) == ([], 0)


def test_feedback_on_one_version_is_merged_latest_first() -> None:
    records = [
        feedback("a", REQUEST, DRAFTS[0], stars=2),
        feedback("a", REQUEST, DRAFTS[0], thumbs={"Tofu": -1}, minutes=5),
        feedback("a", REQUEST, DRAFTS[0], stars=4, thumbs={"Tofu": 1}, minutes=9),
        feedback("a", REQUEST, "not json", stars=5),
    ]
    [merged], skipped = merge_feedback(records)
    assert skipped == 1
    assert merged.stars == 4
    assert merged.thumbs == {"Tofu": 1}
    assert not merged.negative


def test_pairs_are_capped_deduplicated_and_never_identical() -> None:
    liked = [feedback(f"l{i}", REQUEST, DRAFTS[i % 3], stars=5, minutes=i) for i in range(6)]
    disliked = [
        feedback("d", REQUEST, DRAFTS[0], stars=1),
        feedback("e", REQUEST, DRAFTS[3], stars=1),
    ]
    rows, _ = pairs_from_feedback([*liked, *disliked], max_per_rejected=2)
    pairs = [(row["chosen"][0]["content"], row["rejected"][0]["content"]) for row in rows]  # type: ignore[index]
    assert all(chosen != rejected for chosen, rejected in pairs)
    assert len(pairs) == len(set(pairs)) == 4
    assert sum(rejected == DRAFTS[3] for _, rejected in pairs) == 2


def test_rows_train_one_dpo_step(tiny_model_dir: Path, tmp_path: Path) -> None:
    records = [
        feedback(f"u{seed}", REQUEST, DRAFTS[seed], stars=stars)
        for seed, stars in enumerate((5, 1, 4, 2))
    ]
    rows, _ = pairs_from_feedback(records)
    assert len(rows) == 4 and all(is_conversational(row) for row in rows)
    artifact = save_splits(
        {"train": rows}, root=tmp_path, prompt_format_version="4", names=("train",)
    )
    dataset = load_splits(artifact)["train"]
    trainer = DPOTrainer(
        model=str(tiny_model_dir),
        args=DPOConfig(
            output_dir=str(tmp_path / "dpo"),
            max_steps=1,
            per_device_train_batch_size=2,
            report_to=[],
            save_strategy="no",
            use_cpu=True,
        ),
        train_dataset=dataset,
        processing_class=AutoTokenizer.from_pretrained(tiny_model_dir),
    )
    assert trainer.train().training_loss == pytest.approx(0.6931, abs=1e-3)  # log 2 at step one


def test_malformed_rows_are_named() -> None:
    rows, _ = pairs_from_feedback(
        [feedback("a", REQUEST, DRAFTS[0], stars=5), feedback("b", REQUEST, DRAFTS[1], stars=1)]
    )
    [good] = rows
    assert invalid_pairs(rows) == []
    system, user = good["prompt"]  # type: ignore[misc]
    bad = [
        {**good, "prompt": []},
        {**good, "prompt": [system, {**user, "content": "  "}]},
        {**good, "rejected": good["chosen"]},
        {**good, "chosen": [{"role": "user", "content": DRAFTS[0]}]},
        {**good, "rejected": [{"role": "assistant", "content": "{}"}]},
    ]
    assert invalid_pairs(bad) == [
        "row 0: prompt is empty or does not end with the user's turn",
        "row 1: a prompt message is blank",
        "row 2: chosen equals rejected",
        "row 3: chosen is not one assistant turn",
        "row 4: rejected is not a plan draft",
    ]
