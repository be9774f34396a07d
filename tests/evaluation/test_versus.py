from __future__ import annotations

from pathlib import Path

from evaluation.metrics.aggregate import ExampleResult, aggregate
from evaluation.metrics.comparison import AGAINST_BASE, differences, intervals
from evaluation.metrics.reading import HAND_PREFIX
from evaluation.proposers import PLANNER_AS_SERVED, REFERENCE
from evaluation.versus import comparison_label, plot_versus, versus_document, versus_table
from tests.evaluation.factories import example_result


def _results(soft_hit: int, prefix: str) -> list[ExampleResult]:
    return [
        example_result(example_id=f"{prefix}p{i}", soft_hit=soft_hit, soft_total=1)
        for i in range(5)
    ]


def _aggregates(*prefixes: str, served: bool = False) -> dict[str, dict[str, float]]:
    """A fine-tune that honours every wish, a base and planner that honour none; with `served`,
    the planner as served too, which honours every wish (as if its reader read them)."""
    names = ["ft", "base:ft", REFERENCE, *([PLANNER_AS_SERVED] if served else [])]
    found: dict[str, dict[str, float]] = {name: {} for name in names}
    for prefix in prefixes:
        results = {"ft": _results(1, prefix), "base:ft": _results(0, prefix)}
        results[REFERENCE] = _results(0, prefix)
        baselines = [(REFERENCE, REFERENCE), (AGAINST_BASE, "base:ft")]
        if served:
            results[PLANNER_AS_SERVED] = _results(1, prefix)
            baselines.append((PLANNER_AS_SERVED, PLANNER_AS_SERVED))
        for name, scored in results.items():
            found[name] |= aggregate(scored, prefix=prefix) | intervals(scored, prefix=prefix)
        for against, name in baselines:
            found["ft"] |= differences(results["ft"], results[name], against=against, prefix=prefix)
    return found


def test_table_shows_the_three_and_the_paired_differences() -> None:
    table = versus_table(_aggregates(""), "ft", "base:ft")
    assert table.startswith("| metric | fine-tune | base | planner | fine-tune − planner")
    soft = "| soft_honoured_rate ↑ | 1 [1, 1] | 0 [0, 0] | 0 [0, 0] | +1 [1, 1] | +1 [1, 1] |"
    foods = "| distinct_foods ↑ | 12 [12, 12] | 12 [12, 12] | 12 [12, 12] | +0 [0, 0] | +0 [0, 0] |"
    assert soft in table.splitlines() and foods in table.splitlines()


def test_the_planner_as_served_is_a_fourth_column_where_it_ran(tmp_path: Path) -> None:
    table = versus_table(_aggregates("", served=True), "ft", "base:ft")
    assert table.startswith(
        "| metric | fine-tune | base | planner | planner as served | fine-tune − planner "
        "| fine-tune − planner as served | fine-tune − base |"
    )
    soft = "| soft_honoured_rate ↑ | 1 [1, 1] | 0 [0, 0] | 0 [0, 0] | 1 [1, 1] | +1 [1, 1] "
    assert f"{soft}| +0 [0, 0] | +1 [1, 1] |" in table.splitlines()
    plot = plot_versus(_aggregates("", served=True), {"ft": "base:ft"}, tmp_path / "v.png")
    assert plot.read_bytes().startswith(b"\x89PNG")


def test_document_has_a_section_per_split_compared() -> None:
    bases = {"ft": "base:ft"}
    held_out = versus_document(_aggregates(""), bases)
    assert "## ft: held-out split" in held_out and "hand-written" not in held_out
    both = versus_document(_aggregates("", HAND_PREFIX), bases)
    assert "## ft: hand-written notes" in both
    assert "No candidate was compared" in versus_document(_aggregates(""), {})


def test_older_records_without_intervals_show_gaps(tmp_path: Path) -> None:
    old = {"ft": {"liked_used_rate": 0.5}, "base:ft": {}, REFERENCE: {}}
    assert "| liked_used_rate ↑ | – | – | – | – | – |" in versus_table(old, "ft", "base:ft")
    plot = plot_versus(_aggregates("", HAND_PREFIX), {"ft": "base:ft"}, tmp_path / "v.png")
    assert plot.read_bytes().startswith(b"\x89PNG")


def test_comparison_labels_keep_one_column_per_planner_and_a_base_per_candidate() -> None:
    assert comparison_label("ft", "ft", "base:ft") == "ft"
    assert comparison_label("base", "ft", "base:ft") == "base:ft"
    assert comparison_label(REFERENCE, "ft", "base:ft") == REFERENCE
    assert comparison_label(PLANNER_AS_SERVED, "ft", "base:ft") == PLANNER_AS_SERVED
