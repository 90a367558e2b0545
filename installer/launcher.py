"""Entry point of the frozen app (PyInstaller): the same program as `feedback-gui`."""

import multiprocessing

from feedback_gui.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # comment analysis starts worker processes from this executable
    raise SystemExit(main())
