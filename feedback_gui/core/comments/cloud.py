"""Word cloud of comments: words and two-word phrases, coloured by their comments' sentiment.

Stop words come from ``wordcloud.STOPWORDS`` and scikit-learn's list (no downloads) and are
removed for display only, never before sentiment scoring. Colours are a colour-blind-safe
diverging scale from the Okabe-Ito palette: blue for positive, vermillion for negative, grey for
neutral. Each term remembers its comments' rows, so a click on a word can filter the table.
The font ships in ``resources/fonts`` (DroidSansMono, Apache 2.0).
"""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from feedback_gui.core.resources import resource_path

# (upper bound of average compound, colour, meaning) - Okabe-Ito colours
SENTIMENT_COLOURS = (
    (-0.3, "#D55E00", "negative"),
    (-0.05, "#E69F00", "somewhat negative"),
    (0.05, "#7F7F7F", "neutral"),
    (0.3, "#56B4E9", "somewhat positive"),
    (1.01, "#0072B2", "positive"),
)
_TOKEN = re.compile(r"[a-z][a-z'-]*[a-z]|[a-z]")
_PLACEHOLDER = re.compile(r"\[[A-Z ]+\]")
_SPLIT = re.compile(r"[.!?;:,()\n\"]+")
EXTRA_STOP_WORDS = frozenset("probation just really also get got would could don't im i'm ive i've it's".split())


@cache
def stop_words() -> frozenset[str]:
    """Display stop words: wordcloud's and scikit-learn's lists, plus a few survey fillers."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
    from wordcloud import STOPWORDS

    return frozenset(w.lower() for w in STOPWORDS) | ENGLISH_STOP_WORDS | EXTRA_STOP_WORDS


def sentiment_colour(compound: float) -> str:
    """Colour (hex) for an average compound score."""
    for upper, colour, _ in SENTIMENT_COLOURS:
        if compound < upper:
            return colour
    return SENTIMENT_COLOURS[-1][1]


@dataclass(frozen=True)
class CloudTerm:
    """A word or two-word phrase: comments using it, their rows and average sentiment."""

    term: str
    count: int
    mean_compound: float
    rows: tuple[int, ...]

    @property
    def colour(self) -> str:
        """Display colour for the term's average sentiment."""
        return sentiment_colour(self.mean_compound)


@dataclass(frozen=True)
class WordCloudData:
    """Terms to draw, keyed by term; ``rows_for(term)`` lists the comment rows that use it."""

    terms: dict[str, CloudTerm] = field(default_factory=dict)

    def rows_for(self, term: str) -> tuple[int, ...]:
        """Rows of the comments containing ``term`` (empty if unknown)."""
        item = self.terms.get(term)
        return item.rows if item else ()

    def frequencies(self) -> dict[str, int]:
        """Term -> number of comments, for drawing."""
        return {t.term: t.count for t in self.terms.values()}


def cloud_terms(
    texts: Sequence[str], compounds: Sequence[float], rows: Sequence[int], *, max_terms: int = 120, min_phrase: int = 2
) -> WordCloudData:
    """Count words and two-word phrases per comment (each at most once per comment)."""
    stops = stop_words()
    counts: Counter[str] = Counter()
    sums: defaultdict[str, float] = defaultdict(float)
    where: defaultdict[str, list[int]] = defaultdict(list)
    for text, compound, row in zip(texts, compounds, rows, strict=True):
        seen: set[str] = set()
        for chunk in _SPLIT.split(_PLACEHOLDER.sub(".", text).lower()):
            words = [w.strip("'-") for w in _TOKEN.findall(chunk)]
            kept = [w if len(w) > 2 and w not in stops else None for w in words]
            seen.update(w for w in kept if w)
            seen.update(f"{a} {b}" for a, b in zip(kept, kept[1:], strict=False) if a and b)
        for term in seen:
            counts[term] += 1
            sums[term] += compound
            where[term].append(row)
    phrases = {t for t in counts if " " in t and counts[t] >= min_phrase}
    # A word that only ever appears inside one shown phrase ("mental" in "mental health") is not shown alone.
    covered = {w for p in phrases for w in p.split() if counts[w] <= counts[p]}
    chosen = [t for t in counts if (" " not in t and t not in covered) or t in phrases]
    chosen.sort(key=lambda t: (-counts[t], t))
    terms = {
        t: CloudTerm(t, counts[t], sums[t] / counts[t], tuple(where[t])) for t in chosen[:max_terms]
    }
    return WordCloudData(terms)


@dataclass(frozen=True)
class RenderedCloud:
    """A rendered word cloud: PNG bytes and each drawn term's box (x, y, width, height) in pixels."""

    png: bytes
    boxes: tuple[tuple[str, int, int, int, int], ...]
    width: int
    height: int

    def term_at(self, x: float, y: float) -> str | None:
        """The term drawn at pixel (x, y), if any (for click-to-filter)."""
        for term, bx, by, bw, bh in self.boxes:
            if bx <= x < bx + bw and by <= y < by + bh:
                return term
        return None


def font_path() -> str:
    """The bundled font file."""
    return str(resource_path("fonts", "DroidSansMono.ttf"))


def render_cloud(data: WordCloudData, *, width: int = 800, height: int = 450, max_words: int = 100,
                 scale: float = 1.0) -> RenderedCloud:
    """Draw the cloud (deterministic layout) and return PNG bytes and term boxes.

    ``scale`` draws the same layout that many times larger (``width`` × ``scale`` pixels wide), sharp on a
    screen at 150% or 200%; the boxes and the size returned are in the picture's own pixels."""
    from PIL import ImageFont
    from wordcloud import WordCloud

    frequencies = data.frequencies()
    cloud = WordCloud(
        width=width, height=height, background_color="white", font_path=font_path(), max_words=max_words,
        prefer_horizontal=1.0, random_state=0, collocations=False, min_font_size=8, scale=scale,
        color_func=lambda word, **_: data.terms[word].colour if word in data.terms else "#7F7F7F",
    )
    if frequencies:
        cloud.generate_from_frequencies(frequencies)
    else:
        cloud.layout_ = []
    image = cloud.to_image()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    boxes = []
    for (word, _), size, (y, x), orientation, _ in cloud.layout_:
        font = ImageFont.truetype(font_path(), int(size * scale))  # as to_image draws it
        left, top, right, bottom = font.getbbox(word)
        w, h = right, bottom
        if orientation is not None:
            w, h = h, w
        boxes.append((word, int(x * scale), int(y * scale), int(w), int(h)))
    return RenderedCloud(buffer.getvalue(), tuple(boxes), image.width, image.height)
