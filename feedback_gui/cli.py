"""The `feedback-gui` command: the app with no subcommand, headless analyses with one.

    feedback-gui                     open the window on the bundled staff survey
    feedback-gui FILE                open FILE in the window
    feedback-gui headlines FILE [--sheet NAME] [--json]
    feedback-gui audit FILE [--json]

Subcommands are listed in feedback_gui.commands.SUBCOMMANDS; only the one that runs is imported.

Any failure prints one line naming the file and the problem on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from feedback_gui import __version__

EXIT_FAILURE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, status 2, no usage dump
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_FAILURE)


def build_parser(chosen: str | None = None) -> argparse.ArgumentParser:
    """The argument parser: every subcommand named, only ``chosen``'s module imported for its arguments."""
    from feedback_gui.commands import SUBCOMMANDS, load

    parser = _Parser(prog="feedback-gui", description="Feedback Analyser: staff-survey and User Voice analysis.")
    parser.add_argument("--version", action="version", version=f"feedback-gui {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name, help_text in SUBCOMMANDS.items():
        subparser = sub.add_parser(name, help=help_text)
        if name == chosen:
            load(name).arguments(subparser)
    return parser


def file_arguments(p: argparse.ArgumentParser) -> None:
    """The arguments every file-reading subcommand takes: FILE, --json, --password."""
    p.add_argument("file", type=Path, help="the survey export (xlsx, xlsm, csv, tsv, txt, sav)")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.add_argument("--password", help="password of a protected workbook")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line (or the app when no subcommand is given)."""
    import multiprocessing

    multiprocessing.freeze_support()  # comment analysis uses worker processes, also in the frozen app
    from feedback_gui.commands import SUBCOMMANDS, load

    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in SUBCOMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return _launch_gui(argv)
    args = build_parser(argv[0]).parse_args(argv)
    try:
        return int(load(args.command).run(args))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("feedback-gui: interrupted", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as exc:  # noqa: BLE001 - every failure becomes one line, never a traceback
        print(f"feedback-gui {args.command}: {_one_line(exc, getattr(args, 'file', None))}", file=sys.stderr)
        return EXIT_FAILURE


def _one_line(exc: Exception, file: Path | None) -> str:
    from feedback_gui.core.errors import FeedbackError

    text = " ".join(str(exc).split()) or type(exc).__name__
    if isinstance(exc, FeedbackError):
        names_a_file = re.search(r"[\w.-]+\.[A-Za-z0-9]{2,6}: ", text) is not None
        if file is not None and not names_a_file:
            return f"{file.name}: {text}"
        return text
    if isinstance(exc, KeyError):
        text = text.strip("'\"")
    prefix = f"{file.name}: " if file is not None else ""
    return f"{prefix}{text}"


def _launch_gui(argv: list[str]) -> int:
    parser = _Parser(prog="feedback-gui", description="Open the Feedback Analyser window.")
    parser.add_argument("file", nargs="?", type=Path, help="survey or project file to open")
    parser.add_argument("--self-test", action="store_true", help="run every analysis headlessly and report")
    args = parser.parse_args(argv)
    if args.self_test:
        from feedback_gui.selftest import run_self_test

        return run_self_test()
    from feedback_gui.gui.app import run_app

    return run_app(args.file)


def print_json(data: object) -> None:
    """Print JSON to stdout (UTF-8, indented)."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
