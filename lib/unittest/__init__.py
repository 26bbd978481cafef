# unittest: CPython 3.11's test framework as far as the subset allows, written in the script
# language. TestCase (fixtures, cleanups, the assert methods, assertRaises/assertRaisesRegex in
# both forms, subTest, skipTest), the skip/skipIf/skipUnless/expectedFailure decorators,
# TestSuite (class and module fixtures), TestLoader, TestResult, TextTestRunner and main(), whose
# report has CPython's layout: the progress line (. F E s x u), the ERROR:/FAIL: blocks, "Ran N
# tests in X.XXXs", then OK or FAILED (failures=…, errors=…, skipped=…), and SystemExit(1) on
# failure.
#
# What the VM cannot give yet, and what is done instead:
# - no sys.stderr: the runner's default stream writes with print() (so to stdout) until sys has a
#   stderr object; pass stream= to TextTestRunner to capture the report.
# - no traceback objects: an error block is "Traceback (most recent call last):" and the
#   exception line, without the File lines (the traceback module is used when one exists).
# - no re module: assertRaisesRegex/assertRegex use a small matcher (_regex.py) for the usual
#   pattern subset (literals, ., classes, \d\w\s, * + ? {m,n}, ^ $, groups, |) unless `re` exists.
# Not provided: mock, async test cases, assertWarns/assertLogs (no warnings/logging modules),
# buffer=, catchbreak, test discovery from the file system.

from .result import TestResult
from .case import (TestCase, FunctionTestCase, SkipTest, skip, skipIf, skipUnless, expectedFailure)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult

__all__ = ['TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader', 'FunctionTestCase',
           'main', 'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure',
           'TextTestResult', 'BaseTestSuite', 'TestProgram']

__unittest = True
