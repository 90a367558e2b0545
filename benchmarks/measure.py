"""Measuring helpers shared by the benchmark suite: fresh processes, peak memory, machine load.

Every figure of the suite is taken in a fresh interpreter (:func:`run_child`), so one step's imports,
caches and freed-but-kept memory never flatter or spoil the next. A child prints one JSON object as its
last line of output.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def rss_mb() -> float:
    """Resident memory of this process now, in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_mb() -> float:
    """The highest resident memory this process has reached, in MB (the kernel's own record)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


class TreePeak:
    """Samples the resident memory of this process and all its children (e.g. worker processes) together.

    ``ru_maxrss`` sees one process at a time; a pool of workers needs the sum, sampled every 20 ms.
    """

    def __init__(self, interval: float = 0.02) -> None:
        import psutil

        self._process = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self.peak = 0.0
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            total = 0
            try:
                procs = [self._process, *self._process.children(recursive=True)]
                for proc in procs:
                    try:
                        total += proc.memory_info().rss
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            self.peak = max(self.peak, total / 2**20)
            self._stop.wait(self._interval)


def load_average() -> float:
    """The one-minute load average (2 cores: above 2 means work was queueing)."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")


def isolated_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    """Environment for a child: offscreen Qt, throw-away app settings and data, the checkout importable."""
    scratch = Path(tempfile.mkdtemp(prefix="fbbench_"))
    env = dict(os.environ)
    env.update({
        "QT_QPA_PLATFORM": "offscreen",
        "FEEDBACK_GUI_SETTINGS": str(scratch / "settings.ini"),
        "FEEDBACK_GUI_DATA": str(scratch / "data"),
        "PYTHONPATH": os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    })
    env.update(extra or {})
    return env


def run_child(script: Path, args: list[str], timeout: float = 1800, env: dict[str, str] | None = None) -> dict:
    """Run ``script args`` in a fresh interpreter and return the JSON object it printed last.

    Adds ``load_before``/``load_after`` (the one-minute load average) and ``wall_s`` (the child's
    whole life, interpreter start included).
    """
    load = load_average()
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, timeout=timeout,
                          env=env or isolated_env(), cwd=str(ROOT))
    wall = time.perf_counter() - start
    lines = [line for line in done.stdout.strip().splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        return {"error": f"exit {done.returncode}: {' | '.join(tail)[-300:]}", "load_before": load}
    out = json.loads(lines[-1])
    out.update(load_before=load, load_after=load_average(), wall_s=wall)
    return out


def emit(figures: dict) -> None:
    """Print a child's figures as the JSON line the parent reads."""
    sys.stdout.write(json.dumps(figures) + "\n")
    sys.stdout.flush()
