"""What every verb of the command line shares: credentials and the prompt, exit codes, progress."""

from __future__ import annotations

import argparse
import io
from typing import Any

import httpx
import pytest

from aiorthanc import (
    APIConnectionError,
    JobTimeoutError,
    NotFoundError,
    OrthancError,
    UnauthorizedError,
)
from aiorthanc._cli import _common, _progress, main
from aiorthanc._cli._common import (
    EXIT_FAILED,
    EXIT_SERVER,
    EXIT_USAGE,
    UsageError,
    connection_options,
    credentials,
    exit_code_of,
)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def parse(*argv: str) -> argparse.Namespace:
    return connection_options().parse_args(list(argv))


@pytest.fixture(autouse=True)
def no_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AIORTHANC_URL", "AIORTHANC_USER", "AIORTHANC_PASSWORD", "AIORTHANC_TOKEN"):
        monkeypatch.delenv(name, raising=False)


def test_a_user_without_password_is_asked_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def getpass(prompt: str) -> str:
        asked.append(prompt)
        return "s3cret"

    monkeypatch.setattr(_common.getpass, "getpass", getpass)
    auth, token = credentials(parse("--user", "alice"), stdin=Terminal())
    assert auth == ("alice", "s3cret")
    assert token is None
    assert asked == ["Password for alice at http://localhost:8042: "]


def test_the_prompt_never_shows_a_password_in_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(_common.getpass, "getpass", lambda prompt: asked.append(prompt) or "x")
    credentials(parse("--user", "alice", "--url", "http://bob:hunter2@pacs:8042"), stdin=Terminal())
    assert "hunter2" not in asked[0]
    assert "pacs:8042" in asked[0]


def test_a_user_without_password_off_a_terminal_says_how_to_give_one() -> None:
    with pytest.raises(UsageError, match=r"AIORTHANC_PASSWORD"):
        credentials(parse("--user", "alice"), stdin=io.StringIO())


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AIORTHANC_USER", "bob")
    monkeypatch.setenv("AIORTHANC_PASSWORD", "pw")
    monkeypatch.setenv("AIORTHANC_URL", "http://pacs:8042")
    args = parse()
    assert args.url == "http://pacs:8042"
    assert credentials(args, stdin=io.StringIO()) == (("bob", "pw"), None)


def test_token_and_user_do_not_go_together() -> None:
    with pytest.raises(UsageError, match="either --token"):
        credentials(parse("--token", "t", "--user", "u"))
    assert credentials(parse("--token", "t")) == (None, "t")


def test_import_with_a_user_asks_for_the_password(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 14: `aiorthanc import --user alice` exited 2 instead of asking."""
    seen: list[Any] = []

    async def run(args: argparse.Namespace, client: Any) -> int:
        seen.append(client)
        return 0

    monkeypatch.setattr("aiorthanc._cli._import._run", run)
    monkeypatch.setattr(_common.sys, "stdin", Terminal())
    monkeypatch.setattr(_common.getpass, "getpass", lambda prompt: "s3cret")
    assert main(["import", ".", "--user", "alice"]) == 0
    assert len(seen) == 1
    assert "s3cret" not in repr(seen[0])

    monkeypatch.setattr(_common.sys, "stdin", io.StringIO())
    assert main(["import", ".", "--user", "alice"]) == EXIT_USAGE
    assert "no password for 'alice'" in capsys.readouterr().err


def _status(error: type[Exception], status: int) -> Exception:
    request = httpx.Request("GET", "http://orthanc.test/studies/x")
    response = httpx.Response(status, request=request)
    return error(response, method="GET", url=str(request.url))


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (UsageError("bad"), EXIT_USAGE),
        (ValueError("bad URL"), EXIT_USAGE),
        (_common.UnknownResourceError("no study"), EXIT_FAILED),
        (_status(NotFoundError, 404), EXIT_FAILED),
        (JobTimeoutError("job j did not end", "j", None), EXIT_FAILED),
        (_status(UnauthorizedError, 401), EXIT_SERVER),
        (APIConnectionError("refused", method="GET", url="http://x/"), EXIT_SERVER),
        (OrthancError("odd answer"), EXIT_SERVER),
    ],
)
def test_every_error_has_its_exit_code(error: Exception, code: int) -> None:
    assert exit_code_of(error)[0] == code


def test_a_bug_is_not_hidden_behind_an_exit_code() -> None:
    with pytest.raises(KeyError):
        exit_code_of(KeyError("bug"))


def test_without_rich_a_hint_then_plain_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_progress, "_hinted", [])
    monkeypatch.setattr(_progress, "PLAIN_PROGRESS_INTERVAL", 0.0)
    stream = Terminal()
    progress = _progress.create_progress(
        parse(), "Exporting", "files", stream=stream, use_rich=False
    )
    progress.update(5, 10)
    progress.stop()
    again = _progress.create_progress(parse(), "Sending", "percent", stream=stream, use_rich=False)
    again.stop()
    lines = stream.getvalue().splitlines()
    assert lines[0] == "aiorthanc: pip install 'aiorthanc[cli]' adds progress bars"
    assert lines[1].startswith("Exporting: 5/10 files (50%), ")
    assert " left" in lines[1]
    assert lines.count(lines[0]) == 1  # the hint once per run


def test_no_progress_off_a_terminal_or_when_quiet() -> None:
    assert not _progress.create_progress(parse(), "X", "bytes", stream=io.StringIO()).shown
    assert not _progress.create_progress(parse("-q"), "X", "bytes", stream=Terminal()).shown


def test_plain_bytes_line_says_total_and_time_left() -> None:
    progress = _progress.PlainProgress(io.StringIO(), "Downloading", "bytes")
    progress.update(1024 * 1024, 4 * 1024 * 1024)
    line = progress.line(progress._start + 1)
    assert line.startswith("Downloading: 1.0/4.0 MiB (25%), 1.0 MiB/s, 0:00:03 left")


def test_help_lists_the_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for line in ("0    done", "2    usage error", "3    the server", "130  interrupted"):
        assert line in out


@pytest.mark.parametrize(
    "verb",
    [
        ["tree"],
        ["find"],
        ["download"],
        ["export"],
        ["follow"],
        ["send"],
        ["modify"],
        ["anonymize"],
        ["import"],
        ["dicomweb", "search"],
        ["dicomweb", "retrieve"],
    ],
)
def test_every_verb_has_help(verb: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([*verb, "--help"])
    assert exited.value.code == 0
    assert "--json" in capsys.readouterr().out


def test_a_reader_that_goes_away_ends_the_command_quietly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`aiorthanc follow | head -3`: the broken pipe is no error and shows no traceback."""

    async def verb(args: argparse.Namespace, client: Any) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    args = parse("--url", "http://orthanc.test")
    args.command = "follow"
    assert _common.run_verb(args, verb) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize(
    ("text", "value"),
    [("0", 0), ("65536", 65536), ("8M", 8 * 1024**2), ("512k", 512 * 1024), ("1GB", 1024**3)],
)
def test_byte_size_reads_plain_numbers_and_binary_units(text: str, value: int) -> None:
    assert _common.byte_size(text) == value


@pytest.mark.parametrize("text", ["", "M", "eight", "1.5M", "-1", "8T"])
def test_byte_size_refuses_what_is_not_a_size(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError):
        _common.byte_size(text)
