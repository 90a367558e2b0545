"""The per-comment work (redaction, sentiment, themes) in chunks, in this process or in several.

Above ``PARALLEL_THRESHOLD`` answered comments, and with two or more CPUs, chunks are shared
between this process and a ``ProcessPoolExecutor`` using the *spawn* start method, which behaves
the same on Windows, macOS and Linux and inside the frozen app (whose entry point must call
``multiprocessing.freeze_support()``). Workers import only this pure-Python core. Progress is
reported as chunks finish; if the progress callback raises ``Cancelled``, queued chunks are
cancelled and the pool is shut down without waiting.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Sequence
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from feedback_gui.core.comments.classify import classify_sentiments
from feedback_gui.core.comments.codebook import Codebook
from feedback_gui.core.comments.redaction import KINDS, redact
from feedback_gui.core.comments.sentiment import Sentiment
from feedback_gui.core.comments.themes import ThemeMatch, theme_matcher
from feedback_gui.core.processes import lower_priority
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


def process_chunk(
    texts: Sequence[str], codebook: Codebook, redact_text: bool = True, questions: Sequence[str] | None = None
) -> ChunkResult:
    """Redact, score and theme a chunk of answered comments (``questions``: what each one answers)."""
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
    sentiments = classify_sentiments(list(texts), questions=questions)
    return ChunkResult(shown, totals, sentiments, [matcher.match(t) for t in texts])


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
    questions: Sequence[str] | None = None,
    progress: ProgressFn = no_progress,
) -> ChunkResult:
    """Process every text in chunks, using ``workers`` processes in all (this one included); progress 0..1.

    With more than one, ``workers - 1`` processes are spawned and take chunks from the front while
    this process, whose imports and caches are already warm, takes chunks from the back that no
    worker has started (a queued chunk is taken back by cancelling its future). Called from a
    background thread (an app's worker), this process does none of the analysis: ``workers``
    processes are spawned, at a slightly lower priority, and the interpreter stays free for the app's
    own thread, the window.
    """
    n = len(texts)
    workers = default_workers(n) if workers is None else max(1, workers)
    size = CHUNK if workers == 1 else max(500, min(CHUNK * 2, -(-n // (workers * 8))))
    chunks = [list(texts[i : i + size]) for i in range(0, n, size)]
    asked = [None if questions is None else list(questions[i : i + size]) for i in range(0, n, size)]
    results: list[ChunkResult | None] = [None] * len(chunks)
    progress(0.0)
    if workers == 1 or len(chunks) < 2:
        for i, chunk in enumerate(chunks):
            results[i] = process_chunk(chunk, codebook, redact_text, asked[i])
            progress((i + 1) / len(chunks))
        return _concat([r for r in results if r is not None])
    here = threading.current_thread() is threading.main_thread()  # else leave this interpreter to the app
    pool = ProcessPoolExecutor(max_workers=workers - 1 if here else workers,
                               mp_context=multiprocessing.get_context("spawn"),
                               initializer=None if here else lower_priority)
    try:
        futures = [pool.submit(process_chunk, chunk, codebook, redact_text, asked[i]) for i, chunk in enumerate(chunks)]

        def report() -> None:
            """Report the share of chunks finished here or in the pool."""
            finished = sum(1 for r in results if r is not None)
            finished += sum(1 for f in futures if f.done() and not f.cancelled())
            progress(min(finished, len(chunks)) / len(chunks))

        for i in reversed(range(len(chunks)) if here else []):
            if futures[i].cancel():
                results[i] = process_chunk(chunks[i], codebook, redact_text, asked[i])
                report()
        pending = {f for f in futures if not f.cancelled()}
        while pending:
            done, pending = wait(pending, timeout=0.25, return_when=FIRST_COMPLETED)
            report()
        for i, future in enumerate(futures):
            if not future.cancelled():
                try:
                    results[i] = future.result()
                except BrokenProcessPool:  # a worker died (e.g. killed): do its chunk here instead
                    results[i] = process_chunk(chunks[i], codebook, redact_text, asked[i])
                    report()
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
