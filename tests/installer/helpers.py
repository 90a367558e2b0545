"""Readers for the installer files, shared by the installer tests (no network, no Wine, no Windows)."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
LOCK = INSTALLER / "requirements-windows.txt"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"
POWERSHELL = (INSTALLER / "build_windows.ps1", INSTALLER / "check_install_windows.ps1")


def load_script(name: str) -> ModuleType:
    """An installer/*.py script imported as a module (installer/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"installer_{name}", INSTALLER / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pyproject() -> dict:
    """pyproject.toml, parsed."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)


def normalise(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def requirement_lines(text: str) -> list[str]:
    """The requirement lines of a requirements file, continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\s*\n", " ", text)
    lines = (line.split(" #")[0].strip() for line in joined.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


PIN = re.compile(r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>[A-Za-z0-9.+!-]+)$")
HASH = re.compile(r"^--hash=sha256:[0-9a-f]{64}$")


def lock_problems(text: str) -> tuple[dict[str, str], list[str]]:
    """The pins of a lock ({normalised name: version}) and what is wrong with it: a line that is not an exact
    `name==version`, has no sha256 hash, has an environment marker, a URL or an option other than --hash, or
    pins a name twice."""
    pins: dict[str, str] = {}
    problems: list[str] = []
    for line in requirement_lines(text):
        words = line.split()
        match = PIN.match(words[0])
        if not match:
            problems.append(f"not an exact pin: {line[:80]}")
            continue
        name = normalise(match["name"])
        hashes = words[1:]
        if not hashes:
            problems.append(f"{name}: no hash")
        bad = [word for word in hashes if not HASH.match(word)]
        if bad:
            problems.append(f"{name}: not a sha256 --hash: {' '.join(bad)[:80]}")
        if name in pins:
            problems.append(f"{name}: pinned twice")
        pins[name] = match["version"]
    return pins, problems


KEYWORDS = {"if", "elseif", "else", "foreach", "for", "while", "do", "switch", "function", "param", "return",
            "throw", "try", "catch", "finally", "break", "continue", "exit", "trap", "begin", "process", "end"}
ASSIGNMENT = re.compile(r"^\$[\w:]+\s*(=|\+=)\s*")
WORD = re.compile(r"^[A-Za-z_][\w.\\-]*")


def _is_native(statement: str) -> bool:
    """Whether a PowerShell statement runs a native program: `& ...`, or a bare word that is neither a keyword
    nor a cmdlet/function (those are Verb-Noun); the blocks of an `if (...) { ... }` on one line count too."""
    statement = ASSIGNMENT.sub("", statement.strip()).lstrip("(").strip()
    if statement.startswith("&"):
        return True
    word = WORD.match(statement)
    if not word:
        return False
    if word[0].lower() in KEYWORDS:
        return any(_is_native(block) for block in re.findall(r"(?<![$@])\{([^{}]*)\}", statement))
    return "-" not in word[0]


def unchecked_native_calls(script: str) -> list[str]:
    """The native commands in a PowerShell script not followed (next statement) by `Assert-ExitCode`."""
    joined = re.sub(r"`\s*\n", " ", script)
    statements = [line.strip() for line in joined.splitlines()]
    statements = [line for line in statements if line and not line.startswith("#")]
    unchecked = []
    for index, statement in enumerate(statements):
        if _is_native(statement):
            following = statements[index + 1] if index + 1 < len(statements) else ""
            if not following.startswith("Assert-ExitCode"):
                unchecked.append(statement)
    return unchecked
