"""onnxruntime-genai's model builder, with Gemma 3 configs as transformers 5 writes them.

transformers 5 nests Gemma 3's RoPE settings per layer type (`rope_parameters.full_attention`,
`.sliding_attention`); the 0.18 builder expects one flat `rope_parameters` plus
`rope_local_base_freq`, and fails with `KeyError: 'rope_type'`. This entry point flattens the
config the builder loads, then runs the builder's own CLI unchanged:

    python -m training.export.genai_builder -i MODEL -o OUT -p int4 -e cpu
"""

from __future__ import annotations

import runpy
from typing import Any

from transformers import AutoConfig, PretrainedConfig

BUILDER = "onnxruntime_genai.models.builder"


def flatten_layer_type_rope(config: PretrainedConfig) -> PretrainedConfig:
    """Give a per-layer-type RoPE config the flat shape the builder reads (in place).

    Returns:
        The same config; unchanged unless it has `full_attention` and `sliding_attention` RoPE.
    """
    rope = getattr(config, "rope_parameters", None)
    if isinstance(rope, dict) and {"full_attention", "sliding_attention"} <= rope.keys():
        # object.__setattr__: transformers' config setters would re-nest the parameters.
        object.__setattr__(config, "rope_local_base_freq", rope["sliding_attention"]["rope_theta"])
        object.__setattr__(config, "rope_parameters", dict(rope["full_attention"]))
    return config


def main() -> None:
    """Run the builder CLI with `AutoConfig.from_pretrained` flattening what it loads."""
    load = AutoConfig.from_pretrained.__func__  # type: ignore[attr-defined]

    def from_pretrained(cls: type[AutoConfig], *args: Any, **kwargs: Any) -> PretrainedConfig:
        return flatten_layer_type_rope(load(cls, *args, **kwargs))

    AutoConfig.from_pretrained = classmethod(from_pretrained)  # type: ignore[method-assign,assignment]
    runpy.run_module(BUILDER, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
