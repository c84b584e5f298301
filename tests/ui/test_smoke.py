"""`storyreel --smoke-test`, as the installers run it on a built bundle."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_smoke_test_runs_a_preview_job_and_plays_it(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app", "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Storyreel smoke test passed" in result.stdout
    assert "offline preview job succeeded" in result.stdout
    # It works over a throw-away home: nothing is left in the user's.
    assert not any((tmp_path / ".local").rglob("jobs.sqlite3"))
