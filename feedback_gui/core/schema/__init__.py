"""The question schema: answer labels, scales, and inference of each question's type."""
