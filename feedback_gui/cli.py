"""The `feedback-gui` command: the app with no subcommand, headless analyses with one.

    feedback-gui                     open the window on the bundled staff survey
    feedback-gui FILE                open FILE in the window
    feedback-gui headlines FILE [--sheet NAME] [--json]
    feedback-gui audit FILE [--json]

Any failure prints one line naming the file and the problem on stderr and exits with status 2.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from feedback_gui import __version__

EXIT_FAILURE = 2


@dataclass(frozen=True)
class Command:
    """A subcommand: its name, one-line help, how it adds its arguments and what it runs."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


_COMMANDS: dict[str, Command] = {}


def command(name: str, help: str, arguments: Callable[[argparse.ArgumentParser], None]) -> Callable:
    """Register a subcommand: decorate its run(args) -> exit status function."""

    def register(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
        _COMMANDS[name] = Command(name, help, arguments, run)
        return run

    return register


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, status 2, no usage dump
        print(f"{self.prog}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_FAILURE)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for all subcommands."""
    parser = _Parser(prog="feedback-gui", description="Feedback Analyser: staff-survey and User Voice analysis.")
    parser.add_argument("--version", action="version", version=f"feedback-gui {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for registered in _COMMANDS.values():
        registered.arguments(sub.add_parser(registered.name, help=registered.help))
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
    argv = list(sys.argv[1:] if argv is None else argv)
    _load_commands()
    if not argv or (argv[0] not in _COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        return _launch_gui(argv)
    args = build_parser().parse_args(argv)
    try:
        return _COMMANDS[args.command].run(args)
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


def _load_commands() -> None:
    """Import the modules that register subcommands (every module of feedback_gui.commands)."""
    from feedback_gui.commands import load_all

    load_all()
