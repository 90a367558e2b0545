"""Pure-Python core: importing, the survey model, statistics, text analytics, exports.

Nothing under this package may import Qt.
"""
