# An unknown future feature is a SyntaxError, as in CPython, with the statement's position.
from __future__ import division, spam

print("never runs")
