# The lock-conformance suite (suite.py), shared by the programs that run it with one way of
# starting workers each: tests/stackless/99_lock_conformance.py (tasklets).
