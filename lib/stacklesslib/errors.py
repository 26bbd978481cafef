# The errors stacklesslib raises. Its TimeoutError shadows the builtin one on purpose (as
# stacklesslib's does): `except stacklesslib.errors.TimeoutError` catches only its timeouts.


class TimeoutError(RuntimeError):
    """A stacklesslib wait timed out"""


class CancelledError(RuntimeError):
    """The operation was cancelled"""
