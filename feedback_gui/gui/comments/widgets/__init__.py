"""The Comments panel's own widgets: the comment table, the filter bar, the theme list, quotes and the word cloud."""
