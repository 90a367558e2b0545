"""Propose new themes from the comments that no codebook theme matched.

Non-negative matrix factorisation (scikit-learn NMF, fixed ``random_state``) over TF-IDF of words
and two-word phrases. Each component becomes a proposed theme named by its top terms, counted
by the comments whose strongest component it is. Fewer than ``MIN_COMMENTS`` unmatched comments
propose nothing. Large inputs are fitted on an evenly spaced sample, then every comment is assigned.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from feedback_gui.core.progress import ProgressFn, no_progress

MIN_COMMENTS = 5
MAX_THEMES = 8
FIT_SAMPLE = 4000
TOP_TERMS = 4
_PLACEHOLDER = re.compile(r"\[[A-Z ]+\]")
DOMAIN_STOP_WORDS = frozenset(
    "probation really just think feel felt get got also would could like things thing lot bit way make "
    "made much many dont don't im i'm ive i've it's its us one two".split()
)


@dataclass(frozen=True)
class DiscoveredTheme:
    """A proposed theme: its top terms, how many comments it covers, and which (indices)."""

    terms: tuple[str, ...]
    count: int
    members: tuple[int, ...] = ()

    @property
    def name(self) -> str:
        """A suggested theme name made of its top terms."""
        return ", ".join(self.terms[:3]).capitalize()

    def to_dict(self) -> dict[str, object]:
        """``{"terms": [...], "count": n}`` as the command line prints it."""
        return {"terms": list(self.terms), "count": self.count}


def discover_themes(
    texts: Sequence[str], *, max_themes: int = MAX_THEMES, progress: ProgressFn = no_progress
) -> list[DiscoveredTheme]:
    """Propose themes for ``texts`` (normally the comments no theme matched); members index ``texts``."""
    from sklearn.decomposition import NMF
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

    cleaned = [_PLACEHOLDER.sub(" ", t) for t in texts]
    if len(cleaned) < MIN_COMMENTS:
        return []
    progress(0.0)
    sample = cleaned
    if len(cleaned) > FIT_SAMPLE:
        picks = np.linspace(0, len(cleaned) - 1, FIT_SAMPLE).astype(int)
        sample = [cleaned[i] for i in picks]
    vectoriser = TfidfVectorizer(
        ngram_range=(1, 2), stop_words=sorted(ENGLISH_STOP_WORDS | DOMAIN_STOP_WORDS), min_df=2,
        max_df=0.5 if len(sample) >= 20 else 1.0, max_features=5000, sublinear_tf=True,
        token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z'-]+\b",
    )
    try:
        matrix = vectoriser.fit_transform(sample)
    except ValueError:  # nothing left after stop words
        return []
    n_terms = matrix.shape[1]
    k = min(max_themes, max(2, len(sample) // 5), n_terms)
    if k < 1 or matrix.nnz == 0:
        return []
    model = NMF(n_components=k, init="nndsvda", random_state=0, max_iter=300)
    with warnings.catch_warnings(), np.errstate(invalid="ignore"):
        # tiny inputs: a rounding-error residual (sqrt of -0.0) or a slow convergence is harmless here
        warnings.simplefilter("ignore", RuntimeWarning)
        warnings.simplefilter("ignore", ConvergenceWarning)
        model.fit(matrix)
        progress(0.6)
        weights = model.transform(vectoriser.transform(cleaned) if sample is not cleaned else matrix)
    progress(0.9)
    terms = vectoriser.get_feature_names_out()
    strongest = weights.argmax(axis=1)
    covered = weights.max(axis=1) > 0
    themes = []
    for component in range(k):
        members = tuple(int(i) for i in np.flatnonzero((strongest == component) & covered))
        if len(members) < 2:
            continue
        order = np.argsort(-model.components_[component], kind="stable")
        top = [terms[i] for i in order[: TOP_TERMS * 3] if model.components_[component][i] > 0]
        themes.append(DiscoveredTheme(tuple(_distinct(top)[:TOP_TERMS]), len(members), members))
    themes.sort(key=lambda t: (-t.count, t.terms))
    progress(1.0)
    return themes


def _distinct(terms: list[str]) -> list[str]:
    """Prefer two-word phrases: drop a word that is part of a phrase among the top terms."""
    phrase_words = {w for t in terms if " " in t for w in t.split()}
    return [t for t in terms if " " in t or t not in phrase_words]
