"""Generating runtimes: onnxruntime-genai (what serving runs) and PyTorch (evaluation, benches)."""

from serving.engine.runtimes.base import Generation, Messages, Runtime

__all__ = ["Generation", "Messages", "Runtime"]
