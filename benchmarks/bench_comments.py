"""Benchmark: 100,000 synthetic comments of 10-40 words through the whole comment analysis.

    python benchmarks/bench_comments.py [--n 100000] [--workers N]

Times ``analyse_comments`` (redaction, sentiment with the shipped model, codebook themes and NMF
discovery; processes chosen automatically, i.e. a spawn pool on 2+ CPUs above 20,000 comments)
and, on the same comments, plain NLTK VADER alone in one process, and prints both and the ratio.
Target: <= 20 s on 2 cores. The comments are generated from a fixed seed, so runs are comparable.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SUBJECTS = [
    "my probation officer", "the office", "my manager", "the SPO", "senior leaders", "the training", "my caseload",
    "the appointments", "the hostel", "the drug service", "nDelius", "the housing team", "my workload",
    "the induction", "the bus to the office", "unpaid work", "the course", "my benefits", "the head of service",
    "communication from the PDU", "the wellbeing support", "the job centre", "the women's centre", "OASys",
]
VERBS = ["is", "has been", "was", "always seems", "never feels", "can be", "really is", "sometimes is"]
OPINIONS = [
    "helpful and supportive", "really good", "a lifeline", "brilliant", "fine", "okay most of the time",
    "stretched thin", "overwhelming", "slow and frustrating", "far too busy", "a waste of time", "useful",
    "poorly organised", "understanding and kind", "hard to reach", "getting better", "a nightmare",
]
EXTRAS = [
    "because there are not enough staff", "and I would like more help finding work", "since the restructure",
    "but the waiting list is long", "and nobody calls me back", "so I just about get by",
    "which keeps me out of trouble", "and it would help to have more training", "when I was released from prison",
    "after the domestic abuse course", "and the risk assessments take hours", "even though the team are lovely",
    "because of the cost of the bus fare", "and my mental health has improved", "so please sort the laptops out",
    "and I feel respected by colleagues", "but there is bullying in the team", "while the heating is broken",
]
FILLER = ("to be honest I think that overall in general for me at the moment this week every time when we "
          "they it all of us most days here there").split()


def synthetic_comments(n: int, seed: int = 7) -> list[str]:
    """``n`` comments of 10-40 words from a fixed seed."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        target = rng.randint(10, 40)
        words: list[str] = []
        while len(words) < target:
            clause = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OPINIONS)} {rng.choice(EXTRAS)}"
            words.extend(clause.split())
            if rng.random() < 0.3:
                words.extend(rng.sample(FILLER, 3))
        text = " ".join(words[:target])
        out.append(text[0].upper() + text[1:] + ".")
    return out


def _cpu_seconds() -> float:
    """CPU time of this process and its finished children (children only where ``resource`` exists)."""
    total = time.process_time()
    try:
        import resource
    except ImportError:  # Windows
        return total
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return total + usage.ru_utime + usage.ru_stime


def main() -> int:
    """Run the benchmark and print the timings."""
    from feedback_gui.core.comments import CommentInput, analyse_comments, built_in_codebook
    from feedback_gui.core.comments.vader import plain_vader

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=None, help="processes (default: automatic)")
    args = parser.parse_args()

    texts = synthetic_comments(args.n)
    words = [len(t.split()) for t in texts]
    print(f"{len(texts):,} comments, {min(words)}-{max(words)} words (mean {sum(words) / len(words):.1f}), "
          f"{os.cpu_count()} CPUs")
    comments = [CommentInput(i, "Any other comments?", t) for i, t in enumerate(texts)]

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    cpu_before = _cpu_seconds()
    start = time.perf_counter()
    analysis = analyse_comments(comments, built_in_codebook("staff"), workers=args.workers)
    ours = time.perf_counter() - start
    ours_cpu = _cpu_seconds() - cpu_before
    themed = sum(bool(c.themes.hits) for c in analysis.comments)
    print(f"analyse_comments (redaction + sentiment + themes + discovery): {ours:.1f} s "
          f"({len(texts) / ours:,.0f} comments/s); {themed:,} with a theme, "
          f"{len(analysis.discovered)} discovered themes; {ours_cpu:.1f} CPU-seconds in all processes "
          f"(load average before the run: {load:.2f})")

    vader = plain_vader()
    start = time.perf_counter()
    for text in texts:
        vader.polarity_scores(text)
    plain = time.perf_counter() - start
    print(f"plain NLTK VADER alone, one process: {plain:.1f} s ({len(texts) / plain:,.0f} comments/s)")
    print(f"ratio (whole analysis / plain VADER): {ours / plain:.2f} in elapsed time, "
          f"{ours_cpu / plain:.2f} in CPU time")
    print(f"target <= 20 s: {'met' if ours <= 20 else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
