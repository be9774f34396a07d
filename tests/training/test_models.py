from __future__ import annotations

from pathlib import Path

import pytest
import torch

from training.config import (
    PROJECT_ROOT,
    GgufPackageSource,
    LocalDirSource,
    ModelSettings,
    TinySource,
)
from training.models import ModelSourceError, check_source, load_base

TINY = TinySource(kind="tiny", tokenizer=PROJECT_ROOT / "tests" / "assets" / "tiny_tokenizer")
GEMMA_TEMPLATE = PROJECT_ROOT / "training" / "configs" / "gemma3_270m" / "chat_template.jinja"
PROMPT = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Plan?"}]
COMPLETION = [{"role": "assistant", "content": '{"split": "full_body"}'}]


def test_tiny_model_is_small_seeded_and_sized_to_its_tokenizer() -> None:
    model, tokenizer = load_base(ModelSettings(source=TINY))
    again, _ = load_base(ModelSettings(source=TINY))
    other, _ = load_base(ModelSettings(source=TINY.model_copy(update={"seed": 1})))

    assert model.config.vocab_size == len(tokenizer)
    assert model.config.num_hidden_layers == TINY.num_layers
    key = "model.embed_tokens.weight"
    assert torch.equal(model.state_dict()[key], again.state_dict()[key])
    assert not torch.equal(model.state_dict()[key], other.state_dict()[key])


def test_tiny_tokenizer_renders_chatml_like_smollm2() -> None:
    _, tokenizer = load_base(ModelSettings(source=TINY))

    text = tokenizer.apply_chat_template(PROMPT, tokenize=False, add_generation_prompt=True)

    assert text == (
        "<|im_start|>system\nBe brief.<|im_end|>\n"
        "<|im_start|>user\nPlan?<|im_end|>\n<|im_start|>assistant\n"
    )


def test_gemma_template_is_a_prefix_stable_turn_format() -> None:
    settings = ModelSettings(source=TINY, chat_template=GEMMA_TEMPLATE)
    _, tokenizer = load_base(settings)
    bos = tokenizer.bos_token

    prompt = tokenizer.apply_chat_template(PROMPT, tokenize=False, add_generation_prompt=True)
    full = tokenizer.apply_chat_template(PROMPT + COMPLETION, tokenize=False)

    assert (
        prompt
        == f"{bos}<start_of_turn>user\nBe brief.\n\nPlan?<end_of_turn>\n<start_of_turn>model\n"
    )
    assert full == f'{prompt}{{"split": "full_body"}}<end_of_turn>\n'


def test_eos_token_override_reaches_tokenizer_config_and_generation() -> None:
    model, tokenizer = load_base(ModelSettings(source=TINY, eos_token="<|endoftext|>"))

    eos_id = tokenizer.convert_tokens_to_ids("<|endoftext|>")
    assert tokenizer.eos_token_id == model.config.eos_token_id == eos_id
    assert model.generation_config.eos_token_id[0] == eos_id
    assert tokenizer.convert_tokens_to_ids("<|im_end|>") in model.generation_config.eos_token_id


def test_unknown_eos_token_is_refused() -> None:
    with pytest.raises(ModelSourceError, match="`model.eos_token`"):
        load_base(ModelSettings(source=TINY, eos_token="<end_of_turn>"))


@pytest.mark.parametrize(
    ("settings", "setting"),
    [
        (
            ModelSettings(
                source=GgufPackageSource(kind="gguf_package", package="no_such_pkg", file="m.gguf")
            ),
            "`model.source.package`",
        ),
        (
            ModelSettings(
                source=GgufPackageSource(kind="gguf_package", package="training", file="m.gguf")
            ),
            "`model.source.file`",
        ),
        (
            ModelSettings(source=LocalDirSource(kind="local_dir", path=Path("/nonexistent"))),
            "`model.source.path`",
        ),
        (
            ModelSettings(source=TINY.model_copy(update={"tokenizer": Path("/nonexistent")})),
            "`model.source.tokenizer`",
        ),
        (
            ModelSettings(source=TINY, chat_template=Path("/nonexistent.jinja")),
            "`model.chat_template`",
        ),
    ],
)
def test_unreachable_sources_fail_naming_the_setting(settings: ModelSettings, setting: str) -> None:
    with pytest.raises(ModelSourceError, match=setting):
        check_source(settings)


def test_a_tokenizer_without_chat_template_is_refused(tmp_path: Path) -> None:
    _, tokenizer = load_base(ModelSettings(source=TINY))
    tokenizer.chat_template = None
    tokenizer.save_pretrained(tmp_path)
    (tmp_path / "chat_template.jinja").unlink(missing_ok=True)

    with pytest.raises(ModelSourceError, match="`model.chat_template`"):
        load_base(ModelSettings(source=TINY.model_copy(update={"tokenizer": tmp_path})))
