"""Regenerate installer/requirements-windows.txt: the pinned, hashed set the Windows installer is built from.

    python installer/lock_windows.py              # keep the current pins, add what is new, drop what is gone
    python installer/lock_windows.py --upgrade    # newest versions of everything (within pyproject's ranges)
    python installer/lock_windows.py --upgrade-package pandas   # newest pandas only (repeatable)

Runs on any OS (Linux included): uv resolves for Windows (x86_64-pc-windows-msvc, CPython 3.12) whatever
machine it runs on, so Windows-only dependencies (pefile, pywin32-ctypes for PyInstaller, colorama for
click/tqdm) are in the lock and no environment markers are left in it. The inputs are feedback-gui's own
dependencies (pyproject.toml [project] dependencies) and installer/requirements-windows.in (PyInstaller and
what the bundle needs besides). Only wheels are accepted (--only-binary :all:), so every pin has a Windows
wheel; --generate-hashes makes `pip install --require-hashes` refuse any other file. Needs uv
(`pip install uv`); it talks to PyPI.
"""

from __future__ import annotations

import argparse
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LOCK = "installer/requirements-windows.txt"
INPUTS = ("pyproject.toml", "installer/requirements-windows.in")
PLATFORM = "x86_64-pc-windows-msvc"
PYTHON = "3.12"
COMMAND = "python installer/lock_windows.py"


def uv_command() -> list[str]:
    """How to run uv: the `uv` on PATH, else `python -m uv` (pip install uv), else exit with a message."""
    found = shutil.which("uv")
    if found:
        return [found]
    probe = subprocess.run([sys.executable, "-m", "uv", "--version"], capture_output=True)
    if probe.returncode == 0:
        return [sys.executable, "-m", "uv"]
    raise SystemExit("lock_windows.py: uv is not installed; run `python -m pip install uv` and try again")


def compile_arguments(extra: list[str]) -> list[str]:
    """The `uv pip compile` arguments (paths relative to the repository root)."""
    return ["pip", "compile", *INPUTS, "--python-platform", PLATFORM, "--python-version", PYTHON,
            "--generate-hashes", "--only-binary", ":all:", "--no-header", "--no-python-downloads", "--quiet",
            "--output-file", LOCK, *extra]


def header(uv: list[str], arguments: list[str]) -> str:
    """The comment block at the top of the lock: what it is and exactly how it was made."""
    version = subprocess.run([*uv, "--version"], capture_output=True, text=True).stdout.strip()
    return "\n".join([
        "# Pinned, hashed dependencies of the Windows installer (Python 3.12, win_amd64). Do not edit by hand.",
        f"# Regenerate (on any OS, needs `pip install uv`):  {COMMAND}   [--upgrade | --upgrade-package NAME]",
        f"# which runs ({version}):",
        f"#   uv {shlex.join(arguments)}",
        "# Inputs: pyproject.toml [project] dependencies + installer/requirements-windows.in (PyInstaller etc.).",
        "# Install: python -m pip install --require-hashes --only-binary :all: --no-deps -r "
        "installer/requirements-windows.txt",
        "",
    ])


def main(argv: list[str] | None = None) -> int:
    """Run uv for Windows and write the lock with its header; returns uv's exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upgrade", action="store_true", help="newest allowed version of every package")
    parser.add_argument("--upgrade-package", action="append", default=[], metavar="NAME",
                        help="newest allowed version of NAME only (repeatable)")
    args = parser.parse_args(argv)
    extra = ["--upgrade"] if args.upgrade else []
    for name in args.upgrade_package:
        extra += ["--upgrade-package", name]
    uv = uv_command()
    arguments = compile_arguments(extra)
    done = subprocess.run([*uv, *arguments], cwd=ROOT)
    if done.returncode != 0:
        print(f"lock_windows.py: uv pip compile failed (exit status {done.returncode})", file=sys.stderr)
        return done.returncode
    lock = ROOT / LOCK
    body = lock.read_text(encoding="utf-8").lstrip("\n")  # --no-header: uv wrote the pins only
    lock.write_text(header(uv, compile_arguments([])) + body, encoding="utf-8", newline="\n")
    pins = sum(1 for line in body.splitlines() if line[:1].isalnum())
    print(f"{LOCK}: {pins} pins for CPython {PYTHON} on {PLATFORM}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
