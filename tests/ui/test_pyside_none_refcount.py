"""Guard against PySide6 builds that leak references to None on void calls.

PySide6 6.12.0 drops a reference to None on every call of a method returning
void; Python 3.11 aborts ("deallocating None") after a few thousand calls,
which in the editor means a crash minutes into a drag. The calls run in a
child process so that an abort fails this test instead of killing pytest.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

CALLS = 100_000
MAX_DRIFT = 1000

PROBE = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtGui import QBrush, QColor
    from PySide6.QtWidgets import QApplication, QGraphicsRectItem

    app = QApplication([])
    item = QGraphicsRectItem(0, 0, 10, 10)
    brush = QBrush(QColor("red"))
    before = sys.getrefcount(None)
    for i in range({CALLS // 3 + 1}):
        item.setPos(i % 50, 0)
        item.setBrush(brush)
        item.update()
    after = sys.getrefcount(None)
    print(before - after)
    """
)


def test_void_calls_keep_none_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, f"the probe died ({result.returncode}): {result.stderr[-2000:]}"
    drift = int(result.stdout.strip().splitlines()[-1])
    assert drift < MAX_DRIFT, f"None lost {drift} references over {CALLS} void calls"
