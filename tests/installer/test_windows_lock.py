"""installer/requirements-windows.txt: an exact, hashed pin for every package the Windows bundle needs."""

from __future__ import annotations

import shlex

from packaging.requirements import Requirement
from packaging.version import Version

from tests.installer.helpers import (
    INSTALLER,
    LOCK,
    POWERSHELL,
    WORKFLOW,
    load_script,
    lock_problems,
    normalise,
    pyproject,
)

# What pip would see on the Windows machine the lock is for (CPython 3.12, 64-bit).
WINDOWS = {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt", "platform_machine": "AMD64",
           "python_version": "3.12", "python_full_version": "3.12.10", "implementation_name": "cpython",
           "platform_python_implementation": "CPython", "extra": ""}


def _pins() -> dict[str, str]:
    pins, problems = lock_problems(LOCK.read_text(encoding="utf-8"))
    assert problems == []
    return pins


def test_every_pin_is_exact_and_hashed() -> None:
    pins = _pins()
    assert len(pins) >= 30   # the app's dependencies alone are 18, with their own well over 30


def test_the_lock_checker_finds_what_is_wrong() -> None:
    good = "altgraph==0.17.5 \\\n    --hash=sha256:" + "a" * 64 + "\n    # via pyinstaller\n"
    assert lock_problems(good) == ({"altgraph": "0.17.5"}, [])
    _, problems = lock_problems("pandas>=2.2\nnumpy==2.0.0\nAlt_Graph==1 --hash=sha256:" + "b" * 64
                                + "\nalt-graph==2 --hash=sha256:" + "c" * 64
                                + "\ncolorama==0.4.6 ; sys_platform == 'win32' --hash=sha256:" + "d" * 64 + "\n")
    assert problems == ["not an exact pin: pandas>=2.2", "numpy: no hash", "alt-graph: pinned twice",
                        "colorama: not a sha256 --hash: ; sys_platform == 'win32'"]


def test_the_lock_covers_every_runtime_dependency_of_the_project() -> None:
    pins = _pins()
    for line in pyproject()["project"]["dependencies"]:
        requirement = Requirement(line)
        if requirement.marker is not None and not requirement.marker.evaluate(WINDOWS):
            continue
        name = normalise(requirement.name)
        assert name in pins, f"{requirement.name} (pyproject.toml) is not in the lock: python installer/lock_windows.py"
        assert requirement.specifier.contains(Version(pins[name]), prereleases=True), (
            f"{name}=={pins[name]} does not satisfy pyproject.toml's {line!r}: python installer/lock_windows.py")


def test_the_lock_has_what_the_bundle_needs_on_windows() -> None:
    pins = _pins()
    # PyInstaller and its Windows-only dependencies; colorama is click's and tqdm's (nltk) on Windows only.
    for name in ("pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "pefile", "pywin32-ctypes", "colorama",
                 "setuptools", "wheel"):
        assert name in pins, name
    extra = (INSTALLER / "requirements-windows.in").read_text(encoding="utf-8")
    for line in extra.splitlines():
        if line.strip() and not line.startswith("#"):
            assert normalise(Requirement(line).name) in pins, line


def test_the_header_says_exactly_how_the_lock_was_made() -> None:
    lock_windows = load_script("lock_windows")
    header = [line for line in LOCK.read_text(encoding="utf-8").splitlines() if line.startswith("#")][:6]
    text = "\n".join(header)
    assert "python installer/lock_windows.py" in text
    command = next(line for line in header if line.startswith("#   uv "))[len("#   uv "):]
    assert shlex.split(command) == lock_windows.compile_arguments([])
    for option in ("--python-platform x86_64-pc-windows-msvc", "--python-version 3.12", "--generate-hashes",
                   "--only-binary :all:"):
        assert option in command


def test_the_builds_install_from_the_lock_with_hashes_and_python_312() -> None:
    script = POWERSHELL[0].read_text(encoding="utf-8")
    assert ("-m pip install --disable-pip-version-check --require-hashes --only-binary \":all:\" --no-deps "
            "-r installer\\requirements-windows.txt") in script
    assert "--no-deps --no-build-isolation ." in script   # the project itself brings no unpinned dependency
    assert "sys.version_info[:2] == (3, 12)" in script
    workflow = WORKFLOW.read_text(encoding="utf-8")
    assert 'python-version: "3.12.' in workflow
    assert "build_windows.ps1" in workflow
