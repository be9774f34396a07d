"""The A/B report as text: a markdown table (Dagster metadata) and a self-contained HTML page.

The HTML embeds its plots as data URIs, so it renders alone wherever it is opened: MLflow's
artefact viewer, a browser, an e-mail attachment.
"""

from __future__ import annotations

import base64
from collections.abc import Mapping
from html import escape
from pathlib import Path

from domain.experiments import Action, ExperimentReport, MetricResult
from evaluation.ab_report.plots import metric_label

DASH = "–"
ACTIONS = {
    Action.promote: "Promote the challenger",
    Action.keep_champion: "Keep the champion",
    Action.keep_collecting: "Keep collecting",
}


def _value(value: float | None) -> str:
    return DASH if value is None else f"{value:.4g}"


def _lift(value: float | None) -> str:
    return DASH if value is None else f"{value:+.1%}"


def _interval(interval: tuple[float, float] | None) -> str:
    return DASH if interval is None else f"[{interval[0]:+.1%}, {interval[1]:+.1%}]"


def _share(value: float | None) -> str:
    return DASH if value is None else f"{value:.0%}"


def _p(value: float | None) -> str:
    return DASH if value is None else f"{value:.3g}"


def _cells(result: MetricResult) -> list[str]:
    return [
        metric_label(result),
        _value(result.control),
        _value(result.treatment),
        _lift(result.lift),
        _interval(result.ci),
        _interval(result.sequential_ci),
        _p(result.sequential_p_value),
        _share(result.chance_to_win),
        str(result.verdict) if result.note is None else result.note,
    ]


HEADER = [
    "metric",
    "control",
    "treatment",
    "lift",
    "95 % CI",
    "always-valid CI",
    "sequential p",
    "chance to win",
    "verdict",
]


def recommendation_line(report: ExperimentReport) -> str:
    """The action, its reason, and the users still needed when there is a number."""
    recommendation = report.recommendation
    line = f"{ACTIONS[recommendation.action]}: {recommendation.reason}"
    if recommendation.additional_users is not None:
        line += f" ({recommendation.additional_users} more users)"
    return line


def metrics_table(report: ExperimentReport) -> str:
    """Markdown: the recommendation and any warning, then one row per metric."""
    lines = [f"**{recommendation_line(report)}**", ""]
    lines += [f"> ⚠ {warning}" for warning in report.warnings]
    lines += ["", "| " + " | ".join(HEADER) + " |", "|" + " --- |" * len(HEADER)]
    lines += ["| " + " | ".join(_cells(result)) + " |" for result in report.metrics]
    return "\n".join(lines) + "\n"


def _html_table(header: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(cell)}</th>" for cell in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _image(title: str, path: Path) -> str:
    encoded = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<img alt="{escape(title)}" src="data:image/png;base64,{encoded}">'


STYLE = (
    "body{font-family:system-ui,sans-serif;margin:2em;max-width:70em}"
    "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:.3em .6em}"
    "td{text-align:right}td:first-child{text-align:left}"
    ".warning{background:#fde2e1;padding:.8em;border-left:4px solid #c00}"
    ".recommendation{background:#eef5ff;padding:.8em;border-left:4px solid #36c;font-size:1.1em}"
)


def html_report(report: ExperimentReport, plots: Mapping[str, Path]) -> str:
    """The whole report as one HTML page with its plots inline."""
    ratio = report.sample_ratio
    metric_names = [m.metric for m in report.metrics]
    settings = report.settings
    parts = [
        f"<h1>A/B report: {escape(report.experiment)}</h1>",
        f"<p>Export of {report.exported_at:%Y-%m-%d %H:%M} UTC: <b>{report.treatment}</b> "
        f"against <b>{report.control}</b>.</p>",
        *(f'<p class="warning">{escape(warning)}</p>' for warning in report.warnings),
        f'<p class="recommendation">{escape(recommendation_line(report))}</p>',
        "<h2>Sample ratio</h2>",
        _html_table(
            ["variant", "users", "intended weight"],
            [[str(v), str(ratio.users.get(v, 0)), f"{w:g}"] for v, w in ratio.weights.items()],
        ),
        _image("sample ratio", plots["sample_ratio"]),
        "<h2>Metrics</h2>",
        _html_table(HEADER, [_cells(result) for result in report.metrics]),
        _image("lift", plots["lift"]),
        _image("chance to win", plots["chance_to_win"]),
        "<h2>Variants</h2>",
        _html_table(
            ["variant", "model versions", "users", "plans", *metric_names],
            [
                [
                    str(s.variant),
                    ", ".join(s.model_versions) or DASH,
                    str(s.users),
                    str(s.plans),
                    *(_value(s.values.get(name)) for name in metric_names),
                ]
                for s in report.variants
            ],
        ),
        "<h2>Method</h2>",
        "<p>GrowthBook's statistics (gbstats 0.8.0): relative lift by the delta method on the "
        "ratio of means, ratio metrics by the delta method on per-user sums, CUPED on the "
        "pre-exposure period (pooled theta), Welch's t for the 95 % interval, the mixture "
        f"sequential interval (tuning {settings.sequential_tuning:g}) for the always-valid "
        "one, and the Gaussian posterior with a flat prior for the chance to win. The decision "
        f"uses the always-valid interval of <b>{escape(settings.primary)}</b> and the guardrails "
        f"{escape(', '.join(settings.guardrails))}; a split with χ² p &lt; "
        f"{settings.srm_threshold:g} blocks any decision.</p>",
    ]
    return (
        '<!doctype html><html><head><meta charset="utf-8">'
        f"<title>A/B report: {escape(report.experiment)}</title><style>{STYLE}</style></head>"
        f"<body>{''.join(parts)}</body></html>"
    )
