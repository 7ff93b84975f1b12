"""Saving is atomic: a failed save leaves the old file as it was, and no litter."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from mapstudio.fileformat import ProjectFileError, backup_path, load_project, save_project
from mapstudio.fileformat import save as save_module
from mapstudio.model import operations as ops
from mapstudio.model.project import JourneyProject
from mapstudio.model.records import Persona
from tests.fileformat.builders import build_project, png_bytes


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "journey.mapstudio"
    save_project(build_project(), path)
    return path


def _renamed(project: JourneyProject) -> JourneyProject:
    ops.set_fields(project, "persona-bo", name="Bo the second").apply(project)
    return project


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_second_save_keeps_a_backup_of_the_first(saved: Path) -> None:
    first = saved.read_bytes()
    assert not backup_path(saved).exists()
    save_project(_renamed(build_project()), saved)
    assert backup_path(saved).name == "journey.mapstudio.bak"
    assert backup_path(saved).read_bytes() == first
    assert load_project(saved).persona("persona-bo").name == "Bo the second"
    assert _leftovers(saved.parent) == []


def test_read_only_folder(saved: Path) -> None:
    before = saved.read_bytes()
    folder = saved.parent
    folder.chmod(0o555)
    try:
        probe = folder / "probe"
        try:
            probe.write_bytes(b"")
        except OSError:
            pass
        else:  # running as root: permissions do not stop writes
            probe.unlink()
            pytest.skip("permissions are not enforced for this user")
        with pytest.raises(ProjectFileError, match=r"could not be saved.*permission"):
            save_project(_renamed(build_project()), saved)
    finally:
        folder.chmod(0o755)
    assert saved.read_bytes() == before
    assert _leftovers(folder) == []


def test_replace_failing_leaves_old_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    real_replace = os.replace

    def failing_replace(src: Any, dst: Any) -> None:
        if Path(dst) == saved:
            raise OSError(errno.EROFS, "Read-only file system")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ProjectFileError) as info:
        save_project(_renamed(build_project()), saved)
    assert "“journey.mapstudio” could not be saved: the drive is read-only." in str(info.value)
    assert "previous version is unchanged" in str(info.value)
    assert saved.read_bytes() == before
    assert _leftovers(saved.parent) == []


def test_disk_full_while_writing(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()
    real_write = os.write
    calls = []

    def filling_write(fd: int, data: Any) -> int:
        calls.append(fd)
        if len(calls) == 1:
            return real_write(fd, bytes(data[:100]))  # some bytes land, then the disk fills
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(save_module.os, "write", filling_write)
    with pytest.raises(ProjectFileError, match="the disk is full"):
        save_project(_renamed(build_project()), saved)
    monkeypatch.undo()
    assert saved.read_bytes() == before
    assert _leftovers(saved.parent) == []
    assert not backup_path(saved).exists()


def test_backup_failure_leaves_old_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()

    def no_link(*args: Any) -> None:
        raise OSError(errno.EPERM, "no links here")

    def no_copy(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "link", no_link)
    monkeypatch.setattr(save_module.shutil, "copy2", no_copy)
    with pytest.raises(ProjectFileError, match="disk is full"):
        save_project(_renamed(build_project()), saved)
    assert saved.read_bytes() == before
    assert _leftovers(saved.parent) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ProjectFileError, match="folder does not exist"):
        save_project(build_project(), tmp_path / "nope" / "x.mapstudio")


def test_saving_a_photo_that_could_not_be_reopened_is_refused(tmp_path: Path) -> None:
    project = JourneyProject()
    huge = png_bytes(100_000, 100_000, pixels=False)
    persona = Persona(id="p", name="P", photo=huge, photo_type="image/png")
    ops.add_persona(project, persona).apply(project)
    with pytest.raises(ProjectFileError, match=r"cannot be saved.*megapixels"):
        save_project(project, tmp_path / "x.mapstudio")
    assert list(tmp_path.iterdir()) == []
