"""Trainer callbacks that surface progress to the caller's logger and metrics to MLflow."""

from __future__ import annotations

import logging
from typing import Any

from transformers import TrainerCallback, TrainerControl, TrainerState, TrainingArguments

from training.tracking import RunTracker


class _NumbersLogged(TrainerCallback):
    """Hands each log event's numeric values (loss, eval_loss, learning rate...) to `report`."""

    def on_log(
        self,
        args: TrainingArguments,
        state: TrainerState,
        control: TrainerControl,
        logs: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        numbers = {k: float(v) for k, v in (logs or {}).items() if isinstance(v, int | float)}
        if numbers:
            self.report(state, numbers)

    def report(self, state: TrainerState, numbers: dict[str, float]) -> None:
        raise NotImplementedError


class ProgressLogCallback(_NumbersLogged):
    """Reports each log event as one line, e.g. to Dagster's `context.log`."""

    def __init__(self, logger: logging.Logger) -> None:
        self.logger = logger

    def report(self, state: TrainerState, numbers: dict[str, float]) -> None:
        values = " ".join(f"{k}={v:.4g}" for k, v in numbers.items())
        self.logger.info("step %d/%d %s", state.global_step, state.max_steps, values)


class MlflowMetricsCallback(_NumbersLogged):
    """Streams the trainer's logged numbers to an MLflow run, stepped by optimiser step."""

    def __init__(self, tracker: RunTracker) -> None:
        self.tracker = tracker

    def report(self, state: TrainerState, numbers: dict[str, float]) -> None:
        self.tracker.log_metrics(numbers, step=state.global_step)
