"""Read a recipe config from YAML, apply dotted overrides, explain bad values by setting name."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from pydantic_core import ErrorDetails

from training.config import RecipeConfig

_BOUNDS = {
    "greater_than": ("gt", ">"),
    "greater_than_equal": ("ge", ">="),
    "less_than": ("lt", "<"),
    "less_than_equal": ("le", "<="),
}


class ConfigError(ValueError):
    """A config file or override that cannot be used; the message names the setting to change."""


def load_config(path: Path, overrides: Iterable[str] = ()) -> RecipeConfig:
    """Load and validate a recipe config.

    Args:
        path: YAML file, e.g. `training/configs/smollm2_135m/lora_sft_quick.yaml`.
        overrides: `dotted.key=value` strings applied on top; values are parsed as YAML.

    Returns:
        The validated config, with relative paths resolved against the project root.

    Raises:
        ConfigError: the file is not a mapping, an override is malformed, or a value is invalid.
    """
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise ConfigError(f"{path} must hold a mapping of settings, got {type(raw).__name__}")
    return validate_config(apply_overrides(raw, overrides))


def validate_config(raw: Mapping[str, Any]) -> RecipeConfig:
    """Validate a raw settings mapping, turning pydantic's report into one readable error.

    Raises:
        ConfigError: naming each invalid setting, its problem and the value given.
    """
    try:
        return RecipeConfig.model_validate(raw)
    except ValidationError as exc:
        problems = [_explain(error, raw) for error in exc.errors()]
        raise ConfigError("; ".join(problems)) from exc


def apply_overrides(raw: Mapping[str, Any], overrides: Iterable[str]) -> dict[str, Any]:
    """Return a copy of `raw` with each `a.b.c=value` override set.

    Raises:
        ConfigError: an override lacks `=` or walks through a setting that is not a section.
    """
    result = _deep_copy(raw)
    for override in overrides:
        key, sep, text = override.partition("=")
        if not sep or not key:
            raise ConfigError(f"override {override!r} must look like `section.setting=value`")
        *parents, leaf = key.split(".")
        node = result
        for depth, part in enumerate(parents):
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                section = ".".join(parents[: depth + 1])
                raise ConfigError(f"`{key}` cannot be set: `{section}` is a value, not a section")
            node = child
        node[leaf] = yaml.safe_load(text)
    return result


def dump_config(config: RecipeConfig, path: Path) -> None:
    """Write a config as YAML that `load_config` reads back to an equal config."""
    path.write_text(yaml.safe_dump(config.model_dump(mode="json"), sort_keys=False), "utf-8")


def _deep_copy(raw: Mapping[str, Any]) -> dict[str, Any]:
    return {k: _deep_copy(v) if isinstance(v, Mapping) else v for k, v in raw.items()}


def _setting_name(loc: tuple[int | str, ...], raw: Mapping[str, Any]) -> str:
    parts: list[str] = []
    node: Any = raw
    for part in loc:
        if isinstance(node, Mapping) and part not in node and node.get("kind") == part:
            continue  # pydantic's tag of the source union, not a setting
        parts.append(str(part))
        node = node.get(part) if isinstance(node, Mapping) else None
    return ".".join(parts)


def _explain(error: ErrorDetails, raw: Mapping[str, Any]) -> str:
    name = _setting_name(error["loc"], raw)
    kind = error["type"]
    if kind == "missing":
        return f"`{name}` is required"
    if kind in _BOUNDS:
        key, symbol = _BOUNDS[kind]
        problem = f"must be {symbol} {error.get('ctx', {}).get(key)}"
    elif kind == "extra_forbidden":
        problem = "is not a known setting"
    elif kind == "value_error":
        problem = str(error.get("ctx", {}).get("error", error["msg"]))
    else:
        problem = f"is invalid ({error['msg']})"
    return f"`{name}` {problem}, got {error['input']!r}"
