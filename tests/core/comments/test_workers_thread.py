"""From an app's background thread, comment analysis leaves this interpreter to the app: processes do it all."""

from __future__ import annotations

import threading

import pytest

from feedback_gui.core.comments import CommentInput, analyse_comments, built_in_codebook
from feedback_gui.core.comments import workers as comment_workers

TEXTS = ["My manager is brilliant and always listens.", "The workload is crushing and nobody helps.",
         "n/a", "The training was fine but the office wifi never works."]


@pytest.mark.slow
def test_a_background_thread_gets_the_same_analysis_without_working_itself(monkeypatch) -> None:  # noqa: ANN001
    comments = [CommentInput(i, "q", text) for i in range(300) for text in TEXTS]  # 1,200: several chunks
    expected = analyse_comments(comments, built_in_codebook("staff"), workers=1, discover=False).to_dict()
    here: list[int] = []
    real = comment_workers.classify_sentiments
    monkeypatch.setattr(comment_workers, "classify_sentiments",  # seen only when a chunk is done in this process
                        lambda *args, **kwargs: (here.append(1), real(*args, **kwargs))[1])
    out: dict = {}

    def run() -> None:
        out["got"] = analyse_comments(comments, built_in_codebook("staff"), workers=2, discover=False).to_dict()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=120)
    assert out["got"] == expected
    assert here == []  # every chunk was done by a worker process
