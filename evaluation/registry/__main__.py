"""Command line for alias moves: `python -m evaluation.registry [--tracking-uri URI] ACTION`.

Examples:
    python -m evaluation.registry show
    python -m evaluation.registry promote 3
    python -m evaluation.registry promote-challenger
    python -m evaluation.registry demote challenger
    python -m evaluation.registry rollback
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys

from mlflow import MlflowClient

from evaluation.registry.aliases import (
    RegistryError,
    alias_events,
    champion_history,
    current_aliases,
    demote,
    promote,
    promote_challenger_to_champion,
    rollback_champion,
)
from evaluation.registry.names import ALIASES, DEFAULT_TRACKING_URI, MODEL_NAME


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m evaluation.registry", description=__doc__)
    parser.add_argument(
        "--tracking-uri",
        default=os.environ.get("MLFLOW_TRACKING_URI", DEFAULT_TRACKING_URI),
        help="MLflow tracking and registry URI (default: $MLFLOW_TRACKING_URI or %(default)s)",
    )
    parser.add_argument("--name", default=MODEL_NAME, help="registered model name")
    actions = parser.add_subparsers(dest="action", required=True)
    actions.add_parser("show", help="aliases, champion history and recent events")
    promote_cmd = actions.add_parser("promote", help="champion if none, else challenger")
    promote_cmd.add_argument("version")
    actions.add_parser("promote-challenger", help="make the challenger the champion")
    demote_cmd = actions.add_parser("demote", help="remove an alias")
    demote_cmd.add_argument("alias", choices=ALIASES)
    actions.add_parser("rollback", help="restore the previous champion")
    return parser


def run(argv: list[str] | None = None) -> dict[str, object]:
    """Execute one action and return what the registry looks like afterwards.

    Raises:
        RegistryError: If the model is not registered (no candidate passed the gate yet) or
            the action cannot be done.
    """
    args = _parser().parse_args(argv)
    client = MlflowClient(args.tracking_uri, registry_uri=args.tracking_uri)
    name = args.name
    if not client.search_registered_models(filter_string=f"name = '{name}'"):
        raise RegistryError(
            f"no model `{name}` is registered at {args.tracking_uri} yet: a candidate is "
            "registered once it passes the promotion gate (`make pipeline`)"
        )
    if args.action == "promote":
        promote(client, args.version, name=name)
    elif args.action == "promote-challenger":
        promote_challenger_to_champion(client, name=name)
    elif args.action == "demote":
        demote(client, args.alias, name=name)
    elif args.action == "rollback":
        rollback_champion(client, name=name)
    return {
        "aliases": current_aliases(client, name=name),
        "champion_history": champion_history(client, name=name),
        "events": alias_events(client, name=name)[-10:],
    }


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        state = run()
    except RegistryError as error:
        sys.exit(f"error: {error}")
    sys.stdout.write(json.dumps(state, indent=2) + "\n")


if __name__ == "__main__":
    main()
