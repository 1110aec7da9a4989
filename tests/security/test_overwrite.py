"""Data loss: --output, extract and init never replace what the user wrote, never write through a link, and
never leave half a file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from factcheck.app import CheckRequest, ReportOptions, run_check
from factcheck.formatters import REPORT_FORMATS
from tests.security.conftest import assert_one_line_error, run, run_process

FORMATS = list(REPORT_FORMATS)
NOTES = "# Notes\n\nfactcheck claims · rules: my own notes about factcheck, not a report.\n"


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_refuses_a_users_file_that_merely_mentions_factcheck(tiny: Path, fmt: str) -> None:
    for name in ("README.md", "NOTES.md", "notes.txt"):
        (tiny / name).write_text(NOTES, "utf-8")
        code, _, err = run("check", "--format", fmt, "--output", name)
        assert_one_line_error(code, err, f"{name} exists and is not a factcheck report")
        assert (tiny / name).read_text("utf-8") == NOTES


@pytest.mark.parametrize("fmt", FORMATS)
def test_output_replaces_only_a_report_of_the_same_format(tiny: Path, fmt: str) -> None:
    # (rich and text reports of a project where nothing fails are both the summary line alone)
    other = "json" if fmt in ("rich", "text") else FORMATS[(FORMATS.index(fmt) + 1) % len(FORMATS)]
    assert run("check", "--format", other, "--output", "report.out")[0] == 0
    before = (tiny / "report.out").read_text("utf-8")
    code, _, err = run("check", "--format", fmt, "--output", "report.out")
    assert_one_line_error(code, err, f"is not a factcheck report ({fmt} format)")
    assert (tiny / "report.out").read_text("utf-8") == before
    (tiny / "report.out").unlink()
    assert run("check", "--format", fmt, "--output", "report.out")[0] == 0
    assert run("check", "--format", fmt, "--output", "report.out")[0] == 0  # its own earlier report


def test_output_never_writes_through_a_link_even_to_an_earlier_report(tiny: Path) -> None:
    assert run("check", "--format", "json", "--output", "real.json")[0] == 0
    before = (tiny / "real.json").read_text("utf-8")
    (tiny / "link.json").symlink_to(tiny / "real.json")
    (tiny / "dangling.json").symlink_to(tiny / "nowhere.json")
    for name in ("link.json", "dangling.json"):
        code, _, err = run("check", "--format", "json", "--output", name)
        assert_one_line_error(code, err, f"{name} is a symbolic link")
    assert (tiny / "real.json").read_text("utf-8") == before
    assert not (tiny / "nowhere.json").exists()


def test_output_to_a_fifo_is_refused_at_once(tiny: Path) -> None:
    os.mkfifo(tiny / "pipe")
    done = run_process("check", "--output", "pipe", cwd=tiny, timeout=60)  # a blocking open would time out
    assert_one_line_error(done.returncode, done.stderr, "pipe is a named pipe (FIFO)")


def test_a_failed_write_keeps_the_previous_report_whole(tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("check", "--format", "json", "--output", "report.json")[0] == 0
    before = (tiny / "report.json").read_bytes()
    real_write = os.write

    def disk_full(fd: int, data: bytes) -> int:
        real_write(fd, bytes(data[:10]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    code, _, err = run("check", "--format", "sarif", "--output", "other.sarif")
    assert_one_line_error(code, err, "cannot write other.sarif: No space left on device")
    code, _, err = run("check", "--format", "json", "--output", "report.json")
    assert_one_line_error(code, err, "No space left on device")
    monkeypatch.undo()
    assert (tiny / "report.json").read_bytes() == before
    assert not (tiny / "other.sarif").exists()
    assert sorted(p.name for p in tiny.iterdir() if p.name != ".factcheck_cache") == ["claims", "report.json", "rules"]


def test_ctrl_c_while_writing_keeps_the_previous_report_whole(tiny: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("check", "--format", "json", "--output", "report.json")[0] == 0
    before = (tiny / "report.json").read_bytes()

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_check(CheckRequest((), ReportOptions(format="json", output="report.json")))
    monkeypatch.undo()
    assert (tiny / "report.json").read_bytes() == before
    assert sorted(p.name for p in tiny.iterdir() if p.name != ".factcheck_cache") == ["claims", "report.json", "rules"]


def test_concurrent_writers_each_leave_a_whole_file(tmp_path: Path) -> None:
    """Two writers racing: the file is always one of the two reports, never a mixture or a truncation."""
    import threading

    from factcheck import safeio

    target = tmp_path / "report.json"
    payloads = [("a" * 300_000 + "\n").encode(), ("b" * 200_000 + "\n").encode()]
    seen: list[bytes] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            if target.exists():
                seen.append(target.read_bytes())

    def writer(payload: bytes) -> None:
        for _ in range(20):
            safeio.atomic_write(target, payload)

    threads = [threading.Thread(target=reader)] + [threading.Thread(target=writer, args=(p,)) for p in payloads]
    for thread in threads:
        thread.start()
    for thread in threads[1:]:
        thread.join()
    stop.set()
    threads[0].join()
    assert target.read_bytes() in payloads
    assert all(content in payloads for content in seen)
    assert [p.name for p in tmp_path.iterdir()] == ["report.json"]


@pytest.mark.parametrize("article_id", ["../../escaped", "{outside}/escaped", "a\n", "A", "a/b", ".."])
def test_extract_id_can_never_name_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article_id: str) -> None:
    work, outside = tmp_path / "work", tmp_path / "outside"
    work.mkdir()
    outside.mkdir()
    monkeypatch.chdir(work)
    (work / "a.txt").write_text("共有121个，其中13个。\n", "utf-8")
    code, _, err = run("extract", "a.txt", "-o", "out", "--id", article_id.format(outside=outside))
    assert_one_line_error(code, err, "an article id is lower-case letters, digits and")
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "outside", "work"]


def test_extract_never_writes_through_a_link_even_with_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("共有121个，其中13个。\n", "utf-8")
    (tmp_path / "out" / "claims").mkdir(parents=True)
    (tmp_path / "out" / "claims" / "a.yaml").symlink_to(tmp_path / "target.yaml")  # dangling
    code, _, err = run("extract", "a.txt", "-o", "out")
    assert_one_line_error(code, err, "already exist")
    code, _, err = run("extract", "a.txt", "-o", "out", "--force")
    assert_one_line_error(code, err, "is a symbolic link")
    assert not (tmp_path / "target.yaml").exists()


def test_extract_never_writes_into_a_linked_rules_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("共有121个，其中13个。\n", "utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "rules").symlink_to(tmp_path / "elsewhere")
    code, _, err = run("extract", "a.txt", "-o", "out")
    assert_one_line_error(code, err, "out/rules is a symbolic link")
    assert list((tmp_path / "elsewhere").iterdir()) == []


def test_extract_leaves_a_linked_schema_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("共有121个，其中13个。\n", "utf-8")
    (tmp_path / "out" / "schemas").mkdir(parents=True)
    (tmp_path / "out" / "schemas" / "claims.schema.json").symlink_to(tmp_path / "target.json")
    code, _, err = run("extract", "a.txt", "-o", "out")
    assert code == 0, err
    assert not (tmp_path / "target.json").exists()
    assert (tmp_path / "out" / "schemas" / "rules.schema.json").is_file()


def test_init_never_writes_through_a_dangling_link(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "factcheck.yaml").symlink_to(tmp_path / "target.yaml")
    code, _, err = run("init", str(project))
    assert_one_line_error(code, err, "factcheck.yaml already exist")
    assert not (tmp_path / "target.yaml").exists()
    (project / "factcheck.yaml").unlink()
    (project / "claims").symlink_to(tmp_path)  # a linked folder: init would write claims/README.md outside
    code, _, err = run("init", str(project))
    assert_one_line_error(code, err, "claims is a symbolic link")
    assert not (tmp_path / "README.md").exists()
    assert [p.name for p in project.iterdir()] == ["claims"]  # nothing written at all
