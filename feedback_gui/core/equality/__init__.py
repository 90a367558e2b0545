"""Equality analysis: who answered (representativeness against a reference population), weighting to
that population, and who is treated differently (disproportionality across protected characteristics).

Pure Python; every result is a frozen dataclass with ``to_dict()``. Start from
:func:`~feedback_gui.core.equality.report.equality_report`.
"""

from feedback_gui.core.equality.disproportionality import Disproportionality, RateCell, disproportionality
from feedback_gui.core.equality.matching import CharacteristicMatch, match_reference
from feedback_gui.core.equality.rates import RateComparison, relative_rate
from feedback_gui.core.equality.reference import Reference, read_reference, reference_from_mapping
from feedback_gui.core.equality.report import EqualityReport, Representativeness, equality_report, representativeness
from feedback_gui.core.equality.representation import GroupShare, Representation
from feedback_gui.core.equality.weighted import WeightedHeadline, weighted_headlines
from feedback_gui.core.equality.weighting import Weights, effective_sample_size, make_weights

__all__ = [
    "CharacteristicMatch", "Disproportionality", "EqualityReport", "GroupShare", "RateCell", "RateComparison",
    "Reference", "Representation", "Representativeness", "WeightedHeadline", "Weights", "disproportionality",
    "effective_sample_size", "equality_report", "make_weights", "match_reference", "read_reference",
    "reference_from_mapping", "relative_rate", "representativeness", "weighted_headlines",
]
