"""What every verb shares: the exit codes, the connection options, credentials, running a verb.

A verb is a coroutine function of the parsed arguments and a client, returning its exit code;
`run_verb` opens the client, runs it and turns what aiorthanc raises into one line on stderr
and an exit code (never a traceback for a server's fault).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any, TextIO

import anyio
import httpx

from aiorthanc._client import AsyncOrthanc
from aiorthanc._constants import DEFAULT_REQUEST_DEADLINE, DEFAULT_TIMEOUT, DEFAULT_URL
from aiorthanc._errors import (
    APIError,
    ExportPathError,
    NotFoundError,
    OptionalDependencyError,
    OrthancError,
)
from aiorthanc._facade import JobError
from aiorthanc._redact import redact_url

__all__ = [
    "EXIT_CANCELLED",
    "EXIT_CODES",
    "EXIT_FAILED",
    "EXIT_OK",
    "EXIT_SERVER",
    "EXIT_USAGE",
    "UnknownResourceError",
    "add_verb",
    "key_values",
    "UsageError",
    "connection_options",
    "emit",
    "emit_json",
    "exit_code_of",
    "positive_float",
    "positive_int",
    "printable",
    "run_verb",
]

EXIT_OK = 0
EXIT_FAILED = 1  # some or all of the items failed: an unknown resource, a file, a job
EXIT_USAGE = 2  # bad arguments or options (argparse's own code too)
EXIT_SERVER = 3  # the server could not be reached, refused the credentials or failed
EXIT_CANCELLED = 130  # Ctrl-C, as shells report SIGINT

EXIT_CODES = f"""exit codes (every command):
  {EXIT_OK}    done
  {EXIT_FAILED}    some or all items failed (an unknown resource, a file, a job)
  {EXIT_USAGE}    usage error: bad arguments, options or credentials
  {EXIT_SERVER}    the server could not be reached, refused the credentials, or failed
  {EXIT_CANCELLED}  interrupted (Ctrl-C)"""

# (flag, environment variable, help): how every verb reaches Orthanc.
URL_VARIABLE = "AIORTHANC_URL"
USER_VARIABLE = "AIORTHANC_USER"
PASSWORD_VARIABLE = "AIORTHANC_PASSWORD"  # noqa: S105 - a variable's name
TOKEN_VARIABLE = "AIORTHANC_TOKEN"  # noqa: S105 - a variable's name

Verb = Callable[[argparse.Namespace, AsyncOrthanc], Awaitable[int]]


class UsageError(Exception):
    """Arguments that cannot work, found after parsing: exit code 2 with the message."""


class UnknownResourceError(Exception):
    """No resource of the server has this ID or identifier: exit code 1 with the message."""


def connection_options() -> argparse.ArgumentParser:
    """The options every verb takes (a parent parser): server, credentials, output, limits."""
    parser = argparse.ArgumentParser(add_help=False)
    group = parser.add_argument_group("connection and output")
    group.add_argument(
        "--url",
        default=os.environ.get(URL_VARIABLE) or DEFAULT_URL,
        help=f"Orthanc's REST API root (default: ${URL_VARIABLE} or %(default)s)",
    )
    group.add_argument(
        "--user",
        "--username",
        default=os.environ.get(USER_VARIABLE),
        help=f"user name (${USER_VARIABLE}); without a password, asked on a terminal",
    )
    group.add_argument(
        "--password",
        default=os.environ.get(PASSWORD_VARIABLE),
        help=f"(${PASSWORD_VARIABLE}; prefer the variable or the prompt: arguments are "
        "visible to other users)",
    )
    group.add_argument(
        "--token",
        default=os.environ.get(TOKEN_VARIABLE),
        help=f"Authorization header value, instead of user/password (${TOKEN_VARIABLE})",
    )
    group.add_argument(
        "--insecure", action="store_true", help="do not verify the server's TLS certificate"
    )
    group.add_argument(
        "--timeout",
        type=positive_float,
        metavar="SECONDS",
        help="the most one request may take, answer included (default: "
        f"{DEFAULT_TIMEOUT.read:g} s per read, {DEFAULT_REQUEST_DEADLINE:g} s in all)",
    )
    group.add_argument(
        "--json", action="store_true", help="machine-readable output on stdout (JSON)"
    )
    group.add_argument("-q", "--quiet", action="store_true", help="no progress on stderr")
    return parser


def add_verb(
    commands: Any, common: argparse.ArgumentParser, name: str, verb: Verb, **texts: str
) -> argparse.ArgumentParser:
    """Register a verb taking the shared options; `texts` are `help` and `description`."""
    parser: argparse.ArgumentParser = commands.add_parser(name, parents=[common], **texts)
    parser.set_defaults(run=lambda args: run_verb(args, verb))
    return parser


def key_values(pairs: list[str], flag: str) -> dict[str, str]:
    """``KEY=VALUE`` arguments as a dict; `UsageError` naming `flag` for a malformed one."""
    result = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise UsageError(f"{flag} takes KEY=VALUE, got {pair!r}")
        result[key] = value
    return result


def credentials(
    args: argparse.Namespace,
    *,
    stdin: TextIO | None = None,
    variables: tuple[str, str] = (USER_VARIABLE, PASSWORD_VARIABLE),
) -> tuple[tuple[str, str] | None, str | None]:
    """`(auth, token)` from the options and the environment; the password asked on a terminal
    when a user is given without one. Raises `UsageError` when they cannot work.

    `variables`: the user and password variables the messages name.
    """
    if args.token and (args.user or args.password):
        raise UsageError("give either --token or --user/--password")
    if args.password and not args.user:
        raise UsageError(f"--password needs --user (or ${variables[0]})")
    if not args.user:
        return None, args.token or None
    password = args.password
    if password is None:
        stream = stdin if stdin is not None else sys.stdin
        if not stream.isatty():
            raise UsageError(
                f"no password for {args.user!r}: set ${variables[1]}, or run on a "
                "terminal to be asked"
            )
        password = getpass.getpass(f"Password for {args.user} at {_shown_url(args.url)}: ")
    return (args.user, password), None


def _shown_url(url: str) -> str:
    try:
        return redact_url(url)
    except ValueError:  # not a URL: AsyncOrthanc will say so
        return "the server"


def make_client(args: argparse.Namespace) -> AsyncOrthanc:
    """The client the options describe (see `credentials`); `ValueError` for a bad URL."""
    auth, token = credentials(args)
    extra: dict[str, Any] = {}
    if args.timeout is not None:
        extra = {"timeout": httpx.Timeout(args.timeout), "deadline": args.timeout}
    return AsyncOrthanc(args.url, auth=auth, token=token, verify=not args.insecure, **extra)


def run_verb(args: argparse.Namespace, verb: Verb) -> int:
    """Run `verb` with a client of the server the options name; its exit code, or the code of
    what went wrong with the message on stderr (see `EXIT_CODES`)."""
    name = f"aiorthanc {args.command}"
    try:
        client = make_client(args)
        code: int = anyio.run(_with_client, args, client, verb)
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{name}: interrupted\n")
        return EXIT_CANCELLED
    except BrokenPipeError:
        # The reader went away (`aiorthanc follow | head -3`): not an error of this command.
        _silence_stdout()
        return EXIT_OK
    except Exception as exc:  # mapped to a code; anything unexpected is re-raised
        code, message = exit_code_of(exc)
        sys.stderr.write(f"{name}: {printable(message)}\n")
    return code


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that the flush at exit does not fail on the broken pipe."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # not a real file (captured, replaced)
        pass


async def _with_client(args: argparse.Namespace, client: AsyncOrthanc, verb: Verb) -> int:
    async with client:
        return await verb(args, client)


def exit_code_of(exc: Exception) -> tuple[int, str]:
    """The exit code and the one-line message for an error; re-raises what is not an
    expected failure (a bug in aiorthanc should show its traceback)."""
    if isinstance(exc, (UsageError, ValueError, ExportPathError, OptionalDependencyError)):
        return EXIT_USAGE, str(exc)
    if isinstance(exc, UnknownResourceError):
        return EXIT_FAILED, str(exc)
    if isinstance(exc, NotFoundError):
        return EXIT_FAILED, f"not found: {exc}"
    if isinstance(exc, JobError):
        return EXIT_FAILED, str(exc)
    if isinstance(exc, (APIError, OrthancError)):
        return EXIT_SERVER, str(exc)
    if isinstance(exc, EOFError):
        return EXIT_USAGE, "no password given"
    if isinstance(exc, OSError):
        return EXIT_FAILED, str(exc)
    raise exc


def emit(text: str) -> None:
    """Print a line on stdout; what the terminal's encoding cannot show is escaped."""
    encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
    print(text.encode(encoding, "backslashreplace").decode(encoding, "replace"), flush=True)


def emit_json(value: object, *, indent: int | None = 2) -> None:
    """Print a JSON document (ASCII, so any terminal and any pipe takes it) on stdout."""
    print(json.dumps(value, indent=indent, default=str), flush=True)


def printable(text: str) -> str:
    """`text` with its non-printable characters escaped: a name may hold terminal escape
    sequences, or bytes that are not UTF-8 (surrogate-escaped by Python: shown as \\xNN)."""
    if text.isprintable():
        return text
    return "".join(char if char.isprintable() else _escape(char) for char in text)


def _escape(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"  # a byte of a name that is not UTF-8
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def positive_int(text: str) -> int:
    """An argparse type: an integer >= 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return value


_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


def byte_size(text: str) -> int:
    """An argparse type: a number of bytes >= 0, with K, M or G for powers of 1024 ("8M")."""
    number, unit = text.strip().upper().removesuffix("B"), ""
    if number[-1:] in ("K", "M", "G"):
        number, unit = number[:-1], number[-1]
    try:
        value = int(number) * _UNITS[unit]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 8M or 65536") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def positive_float(text: str) -> float:
    """An argparse type: a number > 0."""
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return value
