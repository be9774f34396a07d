"""Dashboards and alert rules: every PromQL expression parses, they use the metric names the
services expose, and Grafana's provisioning points at the data source the panels name."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import promql_parser
import pytest
import yaml

from app.core.metrics import QUEUE_DEPTH, QUEUE_OLDEST_AGE
from tests.ops.tools import REPO

MONITORING = REPO / "deploy" / "monitoring"
DASHBOARDS = sorted((MONITORING / "dashboards").glob("*.json"))


def dashboard_queries() -> Iterator[tuple[str, str]]:
    for path in DASHBOARDS:
        for panel in json.loads(path.read_text())["panels"]:
            for target in panel["targets"]:
                yield f"{path.name}: {panel['title']}", target["expr"]


def alert_rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load((MONITORING / "alerts.yml").read_text())["groups"]
    return [rule for group in groups for rule in group["rules"]]


@pytest.mark.parametrize(("where", "expr"), list(dashboard_queries()))
def test_dashboard_queries_parse(where: str, expr: str) -> None:
    promql_parser.parse(expr.replace("$__rate_interval", "5m"))


@pytest.mark.parametrize("rule", alert_rules(), ids=lambda rule: rule["alert"])
def test_alert_rules_parse_and_explain_themselves(rule: dict[str, Any]) -> None:
    promql_parser.parse(rule["expr"])
    assert rule["labels"]["severity"] in {"page", "ticket"}
    assert rule["annotations"]["summary"] and rule["annotations"]["description"]


def test_a_broken_query_is_caught() -> None:
    with pytest.raises(ValueError):
        promql_parser.parse("sum by (job (rate(http_requests_total[5m]))")


def test_dashboards_show_what_the_services_expose() -> None:
    queries = " ".join(expr for _, expr in dashboard_queries())
    for metric in (
        "http_requests_total",
        "http_request_duration_seconds_bucket",
        QUEUE_DEPTH,
        QUEUE_OLDEST_AGE,
        "nexfitra_serving_tokens_per_second",
        "nexfitra_serving_plans_total",
        "nexfitra_serving_fallbacks_total",
        "nexfitra_serving_in_flight_requests",
    ):
        assert metric in queries, metric
    assert "histogram_quantile(0.5," in queries and "histogram_quantile(0.95," in queries


def test_alerts_cover_errors_latency_and_queue_age() -> None:
    expressions = {rule["alert"]: rule["expr"] for rule in alert_rules()}
    assert 'status=~"5.."' in expressions["NexfitraHighErrorRate"]
    assert "histogram_quantile(0.95" in expressions["NexfitraAppSlow"]
    assert "histogram_quantile(0.95" in expressions["NexfitraServingSlow"]
    assert QUEUE_OLDEST_AGE in expressions["NexfitraPlanQueueStuck"]


def test_panels_use_the_provisioned_data_source() -> None:
    provisioning = REPO / "deploy" / "grafana" / "provisioning" / "datasources" / "prometheus.yml"
    [source] = yaml.safe_load(provisioning.read_text())["datasources"]
    for path in DASHBOARDS:
        dashboard = json.loads(path.read_text())
        assert dashboard["uid"] and dashboard["title"]
        for panel in dashboard["panels"]:
            assert panel["datasource"]["uid"] == source["uid"], path.name
