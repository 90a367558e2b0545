"""The Waves panel: earlier waves of the survey compared with the open one.

- :mod:`.panel` the panel; :mod:`.bar` the row of waves (add, remove, significance); :mod:`.chart` the change chart;
  :mod:`.review` the tabs reviewing matched and unmatched questions; :mod:`.dialogs` pairing questions by hand.
- :mod:`.session` the comparison, worked out in the background; :mod:`.earlier` reading the earlier waves.
- :mod:`.models` the Qt item models; :mod:`.describe` the words.

What a panel package may import is in ``feedback_gui/gui/README.md``: shared gui modules and the core, never
another panel's package.
"""
