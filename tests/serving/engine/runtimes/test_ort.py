"""The ONNX runtime's own decoding loop on a tiny random model: guidance, jump-forward, caching."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from catalogs.store import load_catalog
from domain.plan.foods import allowed_foods
from domain.plan.from_draft import draft_from_plan
from domain.plan.guided import DraftShape, LikedPlaces
from domain.plan.planner import make_plan
from domain.plan.provenance import PlanSource
from domain.plan.quality import liked_used
from domain.plan.reading import reading_schema
from domain.plan.soft_preferences import WishVocabulary
from domain.profile import Allergen
from domain.prompt import parse_draft, parse_reading, parse_sentence_reading, reading_messages
from evaluation.metrics.draft import food_names, grounding
from serving.engine.engine import PlanEngine
from serving.engine.reader import READING_MAX_NEW_TOKENS
from serving.engine.runtimes.guidance import GrammarError
from serving.engine.runtimes.hf import TorchRuntime
from serving.engine.runtimes.ort import OnnxRuntime, common_prefix
from serving.engine.serve import Served
from tests.domain.plan.factories import make_catalog, make_request
from tests.training.export.tiny_model import save_tiny_gemma3
from tests.utils.tiny_reader import ROOT
from training.export.onnx import build_onnx

DATA_DIR = Path(os.environ.get("NEXFITRA_DATA_DIR", str(ROOT / "data")))
SYSTEM = {"role": "system", "content": "You are NexFitra."}
PROMPTS = [
    [SYSTEM, {"role": "user", "content": text}]
    for text in ("Goal: lose_fat. Days: 3.", "Goal: maintain.", "oats, tofu", "squat please")
]
NOTES = ("No dairy please.", "I train at a commercial gym.", "Bad left knee, no squats.")


def test_cached_prefixes_decode_exactly_as_fresh_generators(tiny_onnx_dir: Path) -> None:
    """Interleaved prompts sharing a system prompt reuse one generator's KV state exactly."""
    warm = OnnxRuntime(tiny_onnx_dir)
    interleaved = [warm.generate(p, max_new_tokens=10).token_ids for p in PROMPTS + PROMPTS]
    fresh = [OnnxRuntime(tiny_onnx_dir).generate(p, max_new_tokens=10).token_ids for p in PROMPTS]
    assert interleaved == fresh + fresh


def test_unguided_decoding_matches_pytorch_after_reuse(
    tiny_model_dir: Path, tiny_onnx_dir: Path
) -> None:
    torch_runtime, onnx_runtime = TorchRuntime.from_dir(tiny_model_dir), OnnxRuntime(tiny_onnx_dir)
    for prompt in PROMPTS:
        onnx_runtime.generate(prompt, max_new_tokens=5)  # leave other state in the cache
    for prompt in PROMPTS:
        ours = onnx_runtime.generate(prompt, max_new_tokens=12)
        assert ours.token_ids == torch_runtime.generate(prompt, max_new_tokens=12).token_ids
        assert ours.forward_passes == len(ours.token_ids)  # one token per call, unguided


def test_jump_forward_needs_fewer_calls_for_the_same_reading(tiny_onnx_dir: Path) -> None:
    """fp32 on a random model: forced runs change no choice, so the text is the same."""
    fast, slow = OnnxRuntime(tiny_onnx_dir), OnnxRuntime(tiny_onnx_dir, jump_forward=False)
    for notes in NOTES:
        args = {"max_new_tokens": READING_MAX_NEW_TOKENS, "json_schema": reading_schema()}
        ours = fast.generate(reading_messages(notes), **args)
        one_by_one = slow.generate(reading_messages(notes), **args)
        assert ours.text == one_by_one.text
        assert one_by_one.forward_passes == len(one_by_one.token_ids)
        assert ours.forward_passes < len(ours.token_ids) / 2


def test_guided_reading_is_canonical_by_construction(tiny_onnx_dir: Path) -> None:
    """A random model under the reading schema writes a reading that re-serialises to itself."""
    runtime = OnnxRuntime(tiny_onnx_dir)
    for notes in NOTES:
        generation = runtime.generate(
            reading_messages(notes),
            max_new_tokens=READING_MAX_NEW_TOKENS,
            json_schema=reading_schema(),
        )
        reading = parse_reading(generation.text)  # every flag once, in order: no list to repeat
        assert reading.model_dump_json() == generation.text


def test_catalog_guided_draft_is_valid_grounded_and_shaped(tiny_onnx_dir: Path) -> None:
    """Even a random model writes a draft that parses, grounds and has the reference's shape."""
    catalog = make_catalog()
    form = make_request(days_per_week=2, allergies=frozenset({Allergen.milk}))
    reference = Served(make_plan(form, catalog, seed=0), PlanSource.reference, form)
    shape = DraftShape.of(draft_from_plan(reference.plan))
    runtime = OnnxRuntime(tiny_onnx_dir, repetition_penalty=1.2)
    generation = PlanEngine(catalog, runtime).draft(form, "", reference)
    assert generation is not None
    draft = parse_draft(generation.text)
    assert DraftShape.of(draft) == shape
    assert grounding(draft, catalog).rate == 1.0
    allowed = {food.name for food in allowed_foods(catalog.everyday, form)}
    assert set(food_names(draft)) <= allowed
    assert generation.forward_passes < len(generation.token_ids)


def test_a_random_model_serves_the_likes_where_the_planner_does(tiny_onnx_dir: Path) -> None:
    """llguidance compiles the reserved places, and decoding honours them."""
    catalog = make_catalog()
    form = make_request(days_per_week=2, liked_foods=("salmon",), liked_exercises=("Pushups",))
    reference = Served(make_plan(form, catalog, seed=0), PlanSource.reference, form)
    liked = LikedPlaces.of(draft_from_plan(reference.plan), form, catalog)
    assert liked.foods and liked.exercises
    generation = PlanEngine(catalog, OnnxRuntime(tiny_onnx_dir)).draft(form, "", reference)
    assert generation is not None
    draft = parse_draft(generation.text)
    for (menu, meal, position), term in liked.foods.items():
        assert term in draft.menus[menu].meals[meal][position].casefold()
    for (day, position), name in liked.exercises.items():
        assert draft.days[day].ex[position] == name


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_a_random_models_plans_use_at_least_the_planners_likes(
    tiny_onnx_dir: Path, seed: int
) -> None:
    """After repair and the portion solver, the served plan keeps the reserved likes."""
    catalog = load_catalog(DATA_DIR)  # among its ~100 foods a random pick seldom lands on a like
    liked = {"liked_foods": ("salmon", "oats", "banana"), "liked_exercises": ("Pushups",)}
    form = make_request(days_per_week=2 + seed, **liked)
    engine = PlanEngine(catalog, OnnxRuntime(tiny_onnx_dir), seed=seed)
    result = engine.plan(form, "")
    assert result.source in {PlanSource.model, PlanSource.repaired}  # not the fallback
    planner = engine.builder.reference(form, form).plan
    served = liked_used(result.served.plan, form, catalog)
    assert served.hit >= liked_used(planner, form, catalog).hit > 0


def test_guided_decoding_follows_any_schema(tiny_onnx_dir: Path) -> None:
    schema = {
        "type": "object",
        "properties": {"ok": {"type": "boolean"}},
        "required": ["ok"],
        "additionalProperties": False,
    }
    generation = OnnxRuntime(tiny_onnx_dir).generate(
        PROMPTS[1], max_new_tokens=40, json_schema=schema
    )
    assert isinstance(json.loads(generation.text)["ok"], bool)


def test_a_schema_that_does_not_compile_is_a_clear_error(tiny_onnx_dir: Path) -> None:
    runtime = OnnxRuntime(tiny_onnx_dir)
    with pytest.raises(GrammarError, match="does not compile"):
        runtime.generate(PROMPTS[0], max_new_tokens=4, json_schema={"type": "no-such-type"})
    assert runtime.generate(PROMPTS[0], max_new_tokens=4).token_ids  # still usable


def test_a_prompt_longer_than_the_cache_is_refused(tiny_onnx_dir: Path) -> None:
    runtime = OnnxRuntime(tiny_onnx_dir, max_length=16)
    with pytest.raises(ValueError, match="no room in the 16-token KV cache"):
        runtime.generate(PROMPTS[0], max_new_tokens=4)


def test_repetition_penalty_below_one_is_refused(tiny_onnx_dir: Path) -> None:
    with pytest.raises(ValueError, match="repetition_penalty"):
        OnnxRuntime(tiny_onnx_dir, repetition_penalty=0.9)


def test_pytorch_runtime_refuses_a_schema_it_cannot_follow(tiny_model_dir: Path) -> None:
    runtime = TorchRuntime.from_dir(tiny_model_dir)
    with pytest.raises(ValueError, match="cannot guide decoding"):
        runtime.generate(PROMPTS[0], max_new_tokens=4, json_schema={"type": "object"})


def test_sliding_window_build_generates_fewer_tokens_than_its_window(tmp_path: Path) -> None:
    # A one-sentence reading asks for far fewer tokens than Gemma 3's 512-token window;
    # onnxruntime-genai refuses a KV cache shorter than the window, so the cache is sized up.
    model_dir = save_tiny_gemma3(tmp_path / "gemma3", sliding_window=128)
    runtime = OnnxRuntime(build_onnx(model_dir, tmp_path / "onnx", precision="fp32").out_dir)
    first = runtime.generate(PROMPTS[1], max_new_tokens=4)
    assert 0 < len(first.token_ids) <= 4
    again = runtime.generate(PROMPTS[1], max_new_tokens=4)  # rewinds the windowed cache
    assert again.token_ids == first.token_ids


def test_common_prefix() -> None:
    assert common_prefix([1, 2, 3], [1, 2, 4, 5]) == 2
    assert common_prefix([1, 2], [1, 2, 3]) == 2
    assert common_prefix([], [1]) == 0


def test_guided_reading_with_wishes_parses_and_names_only_the_vocabulary(
    tiny_onnx_dir: Path,
) -> None:
    """A random model under the reading schema with wishes writes something that parses, and
    every wish it writes is a term of the catalog's vocabulary."""
    vocabulary = WishVocabulary.of(make_catalog())
    runtime = OnnxRuntime(tiny_onnx_dir, repetition_penalty=1.2)
    for notes in NOTES:
        generation = runtime.generate(
            reading_messages(notes),
            max_new_tokens=READING_MAX_NEW_TOKENS,
            json_schema=reading_schema(vocabulary.schema()),
        )
        _, wishes = parse_sentence_reading(generation.text)
        assert set(wishes.favourite_foods + wishes.fewer_foods) <= set(vocabulary.foods)
        named = wishes.enjoyed_exercises + wishes.boring_exercises
        assert set(named) <= set(vocabulary.exercises)
