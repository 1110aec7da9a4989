"""Reading inputs with limits and writing outputs without ever clobbering what the user wrote.

Every file factcheck reads goes through :func:`read_file`: regular files only (a FIFO, a device or a folder
is refused at once instead of blocking or streaming forever), at most a fixed number of bytes.  (Standard
input is read by the documents layer, with the same caps.)

Every file factcheck writes goes through :func:`atomic_write`: the bytes go to a new temporary file beside the
target, are flushed to disk, and replace the target in one ``os.replace``.  A full disk, a crash or Ctrl-C
leaves the previous file whole; two writers racing each leave a complete file, never an interleaving.
Nothing is ever written through a symbolic link, into a FIFO or onto a device.  :func:`write_report` replaces
an existing file only when it is an earlier report of the same format; :func:`create_file` never replaces
anything unless asked to, and then only a regular file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

from factcheck.errors import FactcheckError
from factcheck.i18n import _

MAX_INPUT_BYTES = 10 * 1024 * 1024  # one claims, rules, config, article or draft file; standard input
MAX_REPORT_BYTES = 256 * 1024 * 1024  # an earlier report read back to see whether it may be replaced

_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
_CREATE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
_APPEND_FLAGS = (
    os.O_WRONLY
    | os.O_APPEND
    | os.O_CREAT
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


class InputError(FactcheckError):
    """A file that cannot be read safely; the message says why, without the path (callers locate it).

    ``line`` and ``column`` say where, when the message names a place (the first byte that is not UTF-8);
    ``detail`` is then the message without it, and ``missing`` is true when there was no file to read.
    """

    def __init__(
        self, message: str, *, line: int | None = None, column: int | None = None, detail: str | None = None
    ) -> None:
        super().__init__(message)
        self.line, self.column, self.detail = line, column, detail
        self.missing = False


class OutputError(FactcheckError):
    """A file that may not or cannot be written; the message names it and says what to do."""


# The system's reasons a user meets, in the reader's language (the system itself speaks its own locale's, or
# English); the English text is the one Linux gives.
def _reasons() -> dict[int, str]:
    return {
        errno.EACCES: _("Permission denied"),
        errno.EPERM: _("Operation not permitted"),
        errno.ENOENT: _("No such file or directory"),
        errno.ENOTDIR: _("Not a directory"),
        errno.EISDIR: _("Is a directory"),
        errno.ELOOP: _("Too many levels of symbolic links"),
        errno.ENOSPC: _("No space left on device"),
        errno.EROFS: _("Read-only file system"),
        errno.EEXIST: _("File exists"),
        errno.EXDEV: _("Invalid cross-device link"),
    }


def reason(error: OSError) -> str:
    """An OSError in a user's words: ``Permission denied``, not ``[Errno 13] Permission denied: 'x'``."""
    if error.errno == errno.ENAMETOOLONG:
        return _("the file name is too long")
    known = _reasons().get(error.errno) if error.errno is not None else None
    return known or error.strerror or str(error)


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return _("a folder")
    if stat.S_ISFIFO(mode):
        return _("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return _("a device")
    if stat.S_ISSOCK(mode):
        return _("a socket")
    return _("not a regular file")


def read_file(path: Path | str, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; anything else raises :class:`InputError`.

    The file is opened without blocking (a FIFO opens at once and is then refused) and never as a
    controlling terminal; its type is checked on the open descriptor, so a swap after a check cannot
    slip a device in.
    """
    try:
        fd = os.open(path, _READ_FLAGS)
    except (OSError, ValueError) as error:  # ValueError: a NUL in the name
        shown = reason(error) if isinstance(error, OSError) else _("invalid file name")
        problem = InputError(_("cannot read: {reason}").format(reason=shown))
        problem.missing = isinstance(error, OSError) and error.errno in (errno.ENOENT, errno.ENOTDIR)
        raise problem from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(_("cannot read: it is {kind}, not a regular file").format(kind=_kind(info.st_mode)))
        if info.st_size > limit:
            raise InputError(_("file too large: {size} bytes (at most {limit})").format(size=info.st_size, limit=limit))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # the file grew while it was read
            raise InputError(_("file too large: more than {limit} bytes").format(limit=limit))
        return b"".join(chunks)
    except OSError as error:
        raise InputError(_("cannot read: {reason}").format(reason=reason(error))) from None
    finally:
        os.close(fd)


def decode(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is dropped); an error says where the first bad byte is."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = error.start - (before.rfind(b"\n") + 1) + 1
        detail = _("not UTF-8 text: save the file as UTF-8")
        where = _("line {line}, column {column}: {problem}").format(line=line, column=column, problem=detail)
        raise InputError(where, line=line, column=column, detail=detail) from None


# -- writing --------------------------------------------------------------------------------------


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return os.lstat(path)
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        shown = reason(error) if isinstance(error, OSError) else _("invalid file name")
        raise OutputError(_("cannot write {path}: {reason}").format(path=path, reason=shown)) from None


def _refuse_unsafe(path: Path, info: os.stat_result) -> None:
    if stat.S_ISLNK(info.st_mode):
        raise OutputError(
            _("{path} is a symbolic link: factcheck never writes through one; remove it or choose another path").format(
                path=path
            )
        )
    if not stat.S_ISREG(info.st_mode):
        raise OutputError(
            _("{path} is {kind}: choose a regular file to write to").format(path=path, kind=_kind(info.st_mode))
        )


def atomic_write(path: Path, data: str | bytes, *, mode: int | None = None) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, then rename it over ``path``.

    The caller has decided that ``path`` may be replaced; this refuses only a symbolic link or a
    non-regular file found there now.  On any failure (or Ctrl-C) the temporary file is removed and
    ``path`` is as it was.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    info = _lstat(path)
    if info is not None:
        _refuse_unsafe(path, info)
        if mode is None:
            mode = stat.S_IMODE(info.st_mode)
    folder = path.parent
    temporary = folder / f".factcheck-{os.urandom(6).hex()}.tmp"  # secrets.token_hex, without importing secrets (5 ms)
    try:
        fd = os.open(temporary, _CREATE_FLAGS, 0o666)
    except OSError as error:
        raise OutputError(_("cannot write {path}: {reason}").format(path=path, reason=reason(error))) from None
    try:
        try:
            view = memoryview(payload)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if mode is not None and hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            os.fsync(fd)
        finally:
            os.close(fd)
        temporary.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise OutputError(_("cannot write {path}: {reason}").format(path=path, reason=reason(error))) from None
    except BaseException:  # Ctrl-C mid-write: the old file stays, the temporary goes
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (best effort)."""
    try:
        fd = os.open(folder if str(folder) else ".", os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_report(path: Path, text: str, owns: Callable[[str], bool], what: str = "") -> None:
    """Write a report to ``path``: a missing or empty file, or an earlier ``what`` that ``owns`` recognises
    (``what`` in the reader's language; a report if not given).

    Anything else (the user's README, notes, claims, another format's report) is refused with an
    :class:`OutputError`; so are symbolic links, FIFOs, devices and folders.
    """
    info = _lstat(path)
    if info is not None:
        _refuse_unsafe(path, info)
        if info.st_size > 0:
            try:
                existing = read_file(path, MAX_REPORT_BYTES).decode("utf-8", errors="replace")
            except InputError as error:
                raise OutputError(
                    _("{path} exists and cannot be checked ({reason}): remove it or choose another path").format(
                        path=path, reason=error
                    )
                ) from None
            if not owns(existing):
                raise OutputError(
                    _("{path} exists and is not a factcheck {what}: remove it or choose another path").format(
                        path=path, what=what or _("report")
                    )
                )
    atomic_write(path, text)


def create_file(path: Path, text: str, *, overwrite: bool = False) -> None:
    """Create ``path`` (its folder must exist); an existing file is replaced only with ``overwrite``.

    A symbolic link (dangling or not) is never followed nor replaced.
    """
    info = _lstat(path)
    if info is not None:
        _refuse_unsafe(path, info)
        if not overwrite:
            raise OutputError(_("{path} already exists: nothing written").format(path=path))
    atomic_write(path, text)


def make_folder(path: Path) -> None:
    """Create ``path`` and its parents; ``path`` itself may not be a symbolic link or a file.

    Only the last component is checked: it is the folder factcheck writes its files into (claims/,
    rules/, schemas/), and a link planted there would send them elsewhere.
    """
    info = _lstat(path)
    if info is None:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise OutputError(_("cannot create {path}: {reason}").format(path=path, reason=reason(error))) from None
        info = _lstat(path)
    if info is None or stat.S_ISLNK(info.st_mode):
        raise OutputError(_("{path} is a symbolic link: factcheck never writes through one").format(path=path))
    if not stat.S_ISDIR(info.st_mode):
        raise OutputError(_("{path} exists and is not a folder").format(path=path))


def append_text(path: Path, text: str) -> None:
    """Append to a regular file (created if missing), as for ``$GITHUB_STEP_SUMMARY``; never block."""
    try:
        fd = os.open(path, _APPEND_FLAGS, 0o666)
    except (OSError, ValueError) as error:
        shown = reason(error) if isinstance(error, OSError) else _("invalid file name")
        raise OutputError(_("cannot append to {path}: {reason}").format(path=path, reason=shown)) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OutputError(
                _("cannot append to {path}: it is {kind}, not a regular file").format(
                    path=path, kind=_kind(info.st_mode)
                )
            )
        view = memoryview(text.encode("utf-8"))
        while view:
            view = view[os.write(fd, view) :]
    except OSError as error:
        raise OutputError(_("cannot append to {path}: {reason}").format(path=path, reason=reason(error))) from None
    finally:
        os.close(fd)
