from __future__ import annotations

from transformers import Gemma3TextConfig, LlamaConfig

from training.export.genai_builder import flatten_layer_type_rope


def test_gemma3_rope_is_flattened_for_the_builder() -> None:
    config = Gemma3TextConfig()
    nested = config.rope_parameters
    assert isinstance(nested, dict)
    nested = dict(nested)
    flat = flatten_layer_type_rope(config)
    assert flat.rope_parameters == nested["full_attention"]
    assert flat.rope_parameters["rope_type"] == "default"
    assert flat.rope_local_base_freq == nested["sliding_attention"]["rope_theta"]


def test_a_flat_rope_config_is_left_alone() -> None:
    config = LlamaConfig()
    before = config.rope_parameters
    assert isinstance(before, dict)
    before = dict(before)
    assert flatten_layer_type_rope(config).rope_parameters == before
    assert not hasattr(config, "rope_local_base_freq")
