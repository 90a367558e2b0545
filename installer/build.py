"""Build the one-folder bundle with PyInstaller and run its self-test with the network blocked.

    python installer/build.py            # needs `pip install pyinstaller`; not part of the test run
    python installer/build.py --version  # the version in pyproject.toml (build_windows.ps1 passes it to Inno Setup)

Works on Linux (and Windows/macOS for the bundle itself). Prints the build time, the bundle's size,
the self-test report, and checks that the bundle carries its data (lexicon, model, codebooks, font,
sample surveys, user guide) so that nothing is fetched at run time, and that the bundle reports the version
written in pyproject.toml (the one place the version is kept: the installer's name, Programs and Features,
the executables' version information and Help > About all come from it). On Linux the self-test runs in a
new network namespace (`unshare -n`, or `unshare -rn` as a normal user) where no network exists.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = BUILD / "dist"
REQUIRED = ["resources/sentiment/vader_lexicon.txt", "resources/sentiment/domain_lexicon.tsv",
            "resources/sentiment/complaint_patterns.tsv", "resources/benchmarks/csps/csps_2024_benchmarks.csv",
            "resources/models/sentiment_model.json.gz", "resources/codebooks/staff.json",
            "resources/codebooks/user_voice.json", "resources/fonts/DroidSansMono.ttf",
            "resources/icons/app.png", "sample_data/staff_survey_2024.xlsx", "sample_data/user_voice_2024.xlsx",
            "sample_data/caseload_profile.csv", "docs/user_guide.md", "pyproject.toml"]


def project_version() -> str:
    """The version in pyproject.toml's [project] table; it must be MAJOR.MINOR.PATCH (Windows needs numbers)."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    parts = version.split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise SystemExit(f"pyproject.toml: version {version!r} is not MAJOR.MINOR.PATCH (Windows needs numbers)")
    return version


def version_file() -> Path:
    """Windows version information for the executables, from the project version."""
    version = project_version()
    parts = [int(p) for p in version.split(".")] + [0]
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={tuple(parts)}, prodvers={tuple(parts)}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[StringFileInfo([StringTable('080904B0', [
      StringStruct('CompanyName', 'Feedback Analyser'),
      StringStruct('FileDescription', 'Feedback Analyser'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('ProductName', 'Feedback Analyser'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [2057, 1200])])])
"""
    BUILD.mkdir(exist_ok=True)
    path = BUILD / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return path


def build() -> tuple[Path, float]:
    """Run PyInstaller; returns the bundle folder and the seconds it took."""
    version_file()
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", str(DIST),
                    "--workpath", str(BUILD / "pyinstaller"), str(ROOT / "installer" / "feedback_gui.spec")],
                   check=True, cwd=ROOT)
    return DIST / "FeedbackAnalyser", time.perf_counter() - start


def size_mb(folder: Path) -> float:
    """Total size of a folder in MB."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def check_data(bundle: Path) -> list[str]:
    """Required data files missing from the bundle."""
    internal = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    return [name for name in REQUIRED if not (internal / name).is_file()]


def bundle_command(bundle: Path, *arguments: str) -> tuple[list[str], dict[str, str]]:
    """The console executable with ARGUMENTS, and an environment with an empty home folder and no nltk data."""
    exe = bundle / ("feedback-gui.exe" if os.name == "nt" else "feedback-gui")
    home = Path(tempfile.mkdtemp(prefix="selftest-home-"))
    env = {**os.environ, "HOME": str(home), "USERPROFILE": str(home), "QT_QPA_PLATFORM": "offscreen",
           "NLTK_DATA": str(home / "no-nltk-data"), "PYTHONPATH": ""}
    return [str(exe), *arguments], env


def bundle_version(bundle: Path) -> str:
    """What `feedback-gui --version` prints in the bundle (Help > About shows the same __version__)."""
    command, env = bundle_command(bundle, "--version")
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    return (done.stdout + done.stderr).strip()


def self_test(bundle: Path) -> subprocess.CompletedProcess:
    """Run the bundle's --self-test with no network, an empty home folder and no nltk data anywhere."""
    command, env = bundle_command(bundle, "--self-test")
    if sys.platform.startswith("linux") and shutil.which("unshare"):
        isolate = ["unshare", "-n"] if os.geteuid() == 0 else ["unshare", "-rn"]
        probe = subprocess.run(isolate + ["true"], capture_output=True)
        if probe.returncode == 0:
            command = isolate + command
            print("self-test runs with the network blocked:", " ".join(isolate))
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=600)


def main(argv: list[str] | None = None) -> int:
    """Build, check, self-test; print the figures for the release note (--version: print the version only)."""
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--version"]:
        print(project_version())
        return 0
    if argv:
        print("usage: python installer/build.py [--version]", file=sys.stderr)
        return 2
    version = project_version()
    bundle, seconds = build()
    missing = check_data(bundle)
    print(f"\nbundle: {bundle}\nbuild time: {seconds:.0f} s\nbundle size: {size_mb(bundle):.0f} MB")
    if missing:
        print("MISSING from the bundle: " + ", ".join(missing))
        return 1
    reported = bundle_version(bundle)
    print(f"bundle --version: {reported}")
    if reported != f"feedback-gui {version}":
        print(f"WRONG VERSION: the bundle says {reported!r}, pyproject.toml says {version}")
        return 1
    done = self_test(bundle)
    print(done.stdout + done.stderr)
    print(f"self-test exit status: {done.returncode}")
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main())
