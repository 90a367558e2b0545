"""The Questions panel: every question in a table (:mod:`.panel`, :mod:`.models`) and the selected one's
detail (:mod:`.detail`): its chart and table of answers (:mod:`.distribution`), the counted answers
(:mod:`.counted`) and a breakdown by a demographic (:mod:`.breakdown`).

What a panel package may import is in ``feedback_gui/gui/README.md``: shared gui modules and the core, never
another panel's package.
"""
