"""A future import after other statements is refused, as CPython's compiler refuses it."""
import sys
from __future__ import annotations

print(sys.hexversion)
