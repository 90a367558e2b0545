"""The Comments panel: themes with their sentiment, the comments behind them, quotes, a word cloud, relabelling.

- :mod:`.panel` the panel; :mod:`.layout` how its widgets are laid out; :mod:`.widgets` its own widgets
  (comment table, filter bar, learning bar, theme list, quotes, word cloud).
- :mod:`.session` the analysis for the chosen question and codebook, run in the background (:mod:`.run`);
  :mod:`.corrections` the user's relabels and codebook kept in the project; :mod:`.learner` learning from
  those relabels in the background (:mod:`.learn_run`).
- :mod:`.filter` and :mod:`.listing` which comments are shown (the least confident too), over the arrays of
  :mod:`.arrays`; :mod:`.models` the Qt item models;
  :mod:`.describe` the words and colours; :mod:`.editing`, :mod:`.dialogs`, :mod:`.codebook` and
  :mod:`.choices` relabelling, theme and codebook editing.

What a panel package may import is in ``feedback_gui/gui/README.md``: shared gui modules and the core, never
another panel's package.
"""
