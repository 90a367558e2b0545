"""Insight: how do we compare, and what matters most.

- :mod:`.scoring`: rating-scale answers as scores 0-100 per respondent (CSPS points for agreement).
- :mod:`.engagement`: the Civil Service People Survey engagement questions (B47-B51), found by wording.
- :mod:`.indices`: the engagement index, user-defined indices and theme scores, with intervals.
- :mod:`.definitions`: the user's indices and theme scores, kept in the project.
- :mod:`.nps`: the Net Promoter Score of a 0-10 "how likely ... recommend" question.
- :mod:`.outcomes`, :mod:`.relweights`, :mod:`.drivers`: key drivers (correlation and Johnson's relative
  weights with bootstrap intervals); :mod:`.priorities`: the priority matrix.
- :mod:`.benchmarks`: comparison with national benchmarks (CSPS 2024) or the user's own.

Modules are imported by what uses them; importing this package loads none of them.
"""
