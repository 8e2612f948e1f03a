"""pygls' protocol, made to forget each message once its handler is done.

pygls 2.1 files the future of every notification it handles (each keystroke's
`didChange`) under a fresh id and never removes it: about 2 KiB a change, so a server
kept open all day would grow without end. Removing the entry when the handler finishes
keeps memory flat; requests were already removed when answered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pygls.protocol import LanguageServerProtocol

if TYPE_CHECKING:
    from concurrent.futures import Future

    from pygls.protocol.json_rpc import MessageCallback, MessageHandler, MsgId


class Protocol(LanguageServerProtocol):
    """The LSP protocol, without the per-notification leak."""

    def _execute_handler(
        self,
        msg_id: MsgId,
        handler: MessageHandler,
        callback: MessageCallback,
        args: tuple[Any, ...] | None = None,
        kwargs: dict[str, Any] | None = None,
    ) -> None:
        def done(future: Future[Any]) -> None:
            try:
                callback(future)
            finally:
                if self._request_futures.get(msg_id) is future:
                    del self._request_futures[msg_id]

        super()._execute_handler(msg_id, handler, done, args, kwargs)
