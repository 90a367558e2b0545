"""`python -m feedback_gui` is the same program as `feedback-gui`."""

from feedback_gui.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
