"""Widgets more than one panel uses: the chart with its table (:mod:`.chart_table`), bar charts drawn the same
way everywhere (:mod:`.bar_charts`) and headline cards (:mod:`.cards`). A widget only one panel uses lives in
that panel's package."""
