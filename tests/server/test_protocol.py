"""The server's protocol forgets each handled notification (pygls 2.1 keeps them all)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from pygls.protocol import LanguageServerProtocol

from smartbrev.server.app import create


def _notification_like(_params: Any) -> Iterator[Any]:
    # The shape of pygls' own handlers for didOpen and didChange: a generator.
    yield from ()


@pytest.mark.parametrize(("forgets", "protocol"), [(True, None), (False, LanguageServerProtocol)])
def test_a_handled_notification_is_forgotten(forgets: bool, protocol: type | None) -> None:
    server = create()
    handler = server.protocol
    if protocol is not None:  # pygls' own, to show the test can tell the difference
        handler = protocol(server, server.protocol._converter)  # type: ignore[call-arg]
    for number in range(50):
        handler._execute_handler(f"note-{number}", _notification_like, lambda _: None, ({},))
    assert (len(handler._request_futures) == 0) is forgets
