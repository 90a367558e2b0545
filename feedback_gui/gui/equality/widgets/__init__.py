"""The Equality panel's own views: the profile and its share chart, weighting, the rates and their heatmap."""
