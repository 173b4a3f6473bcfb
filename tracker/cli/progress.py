"""A progress bar for long runs that costs nothing on short ones.

The bar (rich) is imported and drawn only once a run has taken ``delay`` seconds: a
newsroom pipeline that pipes one article at a time from a terminal never pays for it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any


class DelayedProgress:
    """Counts finished items; after ``delay`` seconds shows a transient rich bar with
    the ``columns`` the factory makes, out of ``total`` when that is known."""

    def __init__(
        self,
        columns: Callable[[], list[Any]],
        *,
        total: int | None = None,
        delay: float = 1.0,
    ) -> None:
        self.columns = columns
        self.total = total
        self.delay = delay
        self.count = 0
        self._started = time.monotonic()
        self._bar: Any = None
        self._task: Any = None

    @property
    def shown(self) -> bool:
        return self._bar is not None

    def advance(self, n: int = 1) -> None:
        self.count += n
        if self._bar is not None:
            self._bar.advance(self._task, n)
        elif time.monotonic() - self._started >= self.delay:
            self._show()

    def _show(self) -> None:
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(*self.columns(), console=Console(file=sys.stderr), transient=True)
        self._bar.start()
        self._task = self._bar.add_task("progress", total=self.total, completed=self.count)

    def __enter__(self) -> DelayedProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
