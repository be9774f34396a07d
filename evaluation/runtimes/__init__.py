"""Runtimes the harness can evaluate: PyTorch (merged or with adapter) and onnxruntime-genai."""

from evaluation.runtimes.base import Generation, Messages, Runtime

__all__ = ["Generation", "Messages", "Runtime"]
