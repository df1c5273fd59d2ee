"""A socket guard: every attempt to reach a non-loopback host is recorded and refused.

Patches name resolution and connections at the ``socket`` module level, which is what urllib,
http.client, requests/urllib3, geopy and asyncio all go through.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from contextlib import contextmanager

LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost", ""}


def is_local(host: object) -> bool:
    """Loopback addresses and names; anything else counts as the outside world."""
    if host is None:
        return True
    if isinstance(host, bytes):
        host = host.decode("ascii", "replace")
    host = str(host).strip("[]").lower()
    if host in LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%")[0]).is_loopback
    except ValueError:
        return False


class Blocked(OSError):
    """Raised instead of a network connection to a non-local host."""


@contextmanager
def socket_guard() -> Iterator[list[str]]:
    """Yield the list of attempts (host:port); non-local connections and lookups raise ``Blocked``."""
    attempts: list[str] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_sendto = socket.socket.sendto
    real_getaddrinfo, real_gethostbyname = socket.getaddrinfo, socket.gethostbyname
    real_create_connection = socket.create_connection

    def check(address: object, what: str) -> None:
        if isinstance(address, tuple) and address and not is_local(address[0]):
            attempts.append(f"{what} {address[0]}:{address[1] if len(address) > 1 else ''}")
            raise Blocked(f"socket guard: {what} to {address[0]} blocked")

    def connect(self, address):
        if self.family != socket.AF_UNIX:
            check(address, "connect")
        return real_connect(self, address)

    def connect_ex(self, address):
        if self.family != socket.AF_UNIX:
            check(address, "connect")
        return real_connect_ex(self, address)

    def sendto(self, data, *args):
        check(args[-1], "sendto")
        return real_sendto(self, data, *args)

    def getaddrinfo(host, port, *args, **kwargs):
        check((host, port), "resolve")
        return real_getaddrinfo(host, port, *args, **kwargs)

    def gethostbyname(host):
        check((host, 0), "resolve")
        return real_gethostbyname(host)

    def create_connection(address, *args, **kwargs):
        check(address, "connect")
        return real_create_connection(address, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto = connect, connect_ex, sendto
    socket.getaddrinfo, socket.gethostbyname, socket.create_connection = getaddrinfo, gethostbyname, create_connection
    try:
        yield attempts
    finally:
        socket.socket.connect, socket.socket.connect_ex, socket.socket.sendto = real_connect, real_connect_ex, real_sendto
        socket.getaddrinfo, socket.gethostbyname = real_getaddrinfo, real_gethostbyname
        socket.create_connection = real_create_connection
