"""`Checkpoint`: the follower's position in a small file, replaced atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from aiorthanc import Checkpoint


def test_save_and_load(tmp_path: Path) -> None:
    checkpoint = Checkpoint(tmp_path / "deep" / "changes.json")
    assert checkpoint.load() is None
    checkpoint.save(41)
    checkpoint.save(42)
    assert checkpoint.load() == 42
    assert [p.name for p in checkpoint.path.parent.iterdir()] == ["changes.json"]


def test_a_damaged_file_is_an_error_not_a_restart_from_zero(tmp_path: Path) -> None:
    path = tmp_path / "changes.json"
    path.write_text("{not json")
    with pytest.raises(ValueError, match="cannot read the checkpoint"):
        Checkpoint(path).load()
    path.write_text('{"seq": "x"}')
    with pytest.raises(ValueError, match="no sequence number"):
        Checkpoint(path).load()
