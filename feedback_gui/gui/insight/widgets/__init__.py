"""The Insight panel's own widgets: its cards, the driver table and the priority matrix."""
