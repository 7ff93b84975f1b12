"""Driving a view like a person and waiting for the screen to catch up.

A mouse move is only done when the view has repainted what it changed, so
each step is timed from sending the event until the viewport's next paint
has been processed (or, when nothing needed painting, a bounded number of
event-loop rounds went by).
"""

from __future__ import annotations

import json
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

MAX_DRAIN_ROUNDS = 50


class PaintCounter(QObject):
    """Counts the paint events a widget receives."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.paints = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def settle(counter: PaintCounter, expect_paint: bool = True) -> int:
    """Process events until the widget painted once more; the rounds it took.

    Scene changes reach the viewport through queued calls and posted update
    requests, so one `processEvents` may not be enough. Without a paint to
    wait for (or if none comes), it stops after `MAX_DRAIN_ROUNDS` rounds.
    """
    before = counter.paints
    for rounds in range(1, MAX_DRAIN_ROUNDS + 1):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if expect_paint and counter.paints > before:
            return rounds
    return MAX_DRAIN_ROUNDS


def show_and_wait(widget: QWidget, size: tuple[int, int]) -> PaintCounter:
    """Show a top-level widget and return once it has painted."""
    widget.resize(*size)
    counter = PaintCounter(widget)
    widget.show()
    QTest.qWaitForWindowExposed(widget)
    deadline = time.perf_counter() + 30
    while counter.paints == 0 and time.perf_counter() < deadline:
        QApplication.processEvents()
    return counter


def timed_drag(
    viewport: QWidget, counter: PaintCounter, start: QPoint, end: QPoint, moves: int
) -> dict[str, Any]:
    """Press at `start`, move to `end` in `moves` steps, release; time each move.

    Returns the mean and median milliseconds per move (wall clock, from the
    event until its repaint was processed), the CPU milliseconds per move,
    and how many moves caused a paint.
    """
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    settle(counter, expect_paint=False)
    wall: list[float] = []
    cpu: list[float] = []
    painted = 0
    for step in range(1, moves + 1):
        point = QPoint(
            start.x() + round((end.x() - start.x()) * step / moves),
            start.y() + round((end.y() - start.y()) * step / moves),
        )
        before = counter.paints
        t0, c0 = time.perf_counter(), time.thread_time()
        QTest.mouseMove(viewport, point)
        settle(counter)
        wall.append(time.perf_counter() - t0)
        cpu.append(time.thread_time() - c0)
        painted += counter.paints > before
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    settle(counter, expect_paint=False)
    wall_sorted = sorted(wall)
    return {
        "mean_ms": 1000 * sum(wall) / len(wall),
        "median_ms": 1000 * wall_sorted[len(wall) // 2],
        "cpu_mean_ms": 1000 * sum(cpu) / len(cpu),
        "moves": moves,
        "moves_painted": painted,
    }


def report(figures: dict[str, Any]) -> None:
    """Print the probe's figures as the last line of stdout."""
    print(json.dumps(figures), flush=True)
