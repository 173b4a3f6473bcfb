"""The ``tracker`` console script (also ``python -m tracker``).

Start-up makes several hundred thousand long-lived objects (SQLAlchemy, the models, the
lexicons), and Python's cyclic garbage collector walks over all of them again every time
enough new ones have been made: about a tenth of the start-up time. So the script pauses
the collector while it starts; :func:`tracker.cli.app.end_of_startup` freezes what
start-up made (later collections skip it) and resumes collecting once the database is
open. Library use (``from tracker.cli import main``) is not affected.
"""

from __future__ import annotations

import gc


def run() -> None:
    gc.disable()
    from tracker.cli import main

    main()


if __name__ == "__main__":
    run()
