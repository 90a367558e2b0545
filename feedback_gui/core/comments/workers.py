"""The per-comment work (redaction, sentiment, themes) in chunks, in this process or in several.

Above ``PARALLEL_THRESHOLD`` answered comments, and with two or more CPUs, chunks go to a
``ProcessPoolExecutor`` with the *spawn* start method, which behaves the same on Windows, macOS and
Linux and inside the frozen app (whose entry point must call ``multiprocessing.freeze_support()``).
Workers import only this pure-Python core. Progress is reported as chunks finish; if the progress
callback raises ``Cancelled``, pending chunks are cancelled and the pool is shut down.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass

from feedback_gui.core.comments.classify import classify_sentiments
from feedback_gui.core.comments.codebook import Codebook
from feedback_gui.core.comments.redaction import KINDS, redact
from feedback_gui.core.comments.sentiment import Sentiment
from feedback_gui.core.comments.themes import ThemeMatch, theme_matcher
from feedback_gui.core.progress import ProgressFn, no_progress

PARALLEL_THRESHOLD = 20_000
CHUNK = 2_000


@dataclass(frozen=True)
class ChunkResult:
    """Results for one chunk of comments, in input order."""

    texts: list[str]  # redacted (or original when redaction is off)
    redactions: dict[str, int]
    sentiments: list[Sentiment]
    themes: list[ThemeMatch]


def process_chunk(texts: Sequence[str], codebook: Codebook, redact_text: bool = True) -> ChunkResult:
    """Redact, score and theme a chunk of answered comments."""
    totals = dict.fromkeys(KINDS, 0)
    shown: list[str] = []
    for text in texts:
        if redact_text:
            result = redact(text)
            shown.append(result.text)
            for kind, n in result.counts.items():
                totals[kind] += n
        else:
            shown.append(text)
    matcher = theme_matcher(codebook)
    return ChunkResult(shown, totals, classify_sentiments(list(texts)), [matcher.match(t) for t in texts])


def default_workers(n_comments: int) -> int:
    """How many processes to use for ``n_comments`` (1 = in this process)."""
    cpus = os.cpu_count() or 1
    if n_comments < PARALLEL_THRESHOLD or cpus < 2:
        return 1
    return min(cpus, 8)


def process_all(
    texts: Sequence[str],
    codebook: Codebook,
    redact_text: bool = True,
    *,
    workers: int | None = None,
    progress: ProgressFn = no_progress,
) -> ChunkResult:
    """Process every text, in chunks, serially or in a spawn process pool; progress goes 0..1."""
    n = len(texts)
    workers = default_workers(n) if workers is None else max(1, workers)
    size = CHUNK if workers == 1 else max(500, min(CHUNK * 5, -(-n // (workers * 4))))
    chunks = [list(texts[i : i + size]) for i in range(0, n, size)]
    results: list[ChunkResult | None] = [None] * len(chunks)
    progress(0.0)
    if workers == 1 or len(chunks) < 2:
        for i, chunk in enumerate(chunks):
            results[i] = process_chunk(chunk, codebook, redact_text)
            progress((i + 1) / len(chunks))
    else:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
        try:
            pending = {pool.submit(process_chunk, chunk, codebook, redact_text): i for i, chunk in enumerate(chunks)}
            done_count = 0
            while pending:
                done, _ = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
                for future in done:
                    results[pending.pop(future)] = future.result()
                    done_count += 1
                progress(done_count / len(chunks))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown(wait=True)
    return _concat([r for r in results if r is not None])


def _concat(parts: list[ChunkResult]) -> ChunkResult:
    totals = dict.fromkeys(KINDS, 0)
    texts: list[str] = []
    sentiments: list[Sentiment] = []
    themes: list[ThemeMatch] = []
    for part in parts:
        texts.extend(part.texts)
        sentiments.extend(part.sentiments)
        themes.extend(part.themes)
        for kind, n in part.redactions.items():
            totals[kind] += n
    return ChunkResult(texts, totals, sentiments, themes)
