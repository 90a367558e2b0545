"""The Overview panel (:mod:`.panel`): the survey's name and size, and a headline card for every question.

What a panel package may import is in ``feedback_gui/gui/README.md``: shared gui modules and the core, never
another panel's package.
"""
