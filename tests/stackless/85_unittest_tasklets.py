# unittest with tasklets, the way Stackless's own suites use it: tests that start tasklets and
# talk over channels; setUp checking that only main is runnable and tearDown killing what a
# test left behind (the shape of Stackless's StacklessTestCase); a test case whose run() executes
# the whole test inside a tasklet and hands the result back over a channel (AsTaskletTestCase);
# a failing assertion in a test that waits on a channel; assertRaises around a channel that has
# no sender (the deadlock is a RuntimeError in main). Self-checking: the report is compared here.
import stackless
import unittest

events = []


def producer(ch, n):
    for i in range(n):
        ch.send(i)
    events.append('producer done')


def sleeper(ch):
    ch.receive()
    events.append('never: sleeper woke')


class SchedulerTestCase(unittest.TestCase):
    def setUp(self):
        self.assertEqual(stackless.getruncount(), 1, 'only main may be runnable')

    def tearDown(self):
        main = stackless.getmain()
        t = main.next
        while t is not None and t is not main:
            following = t.next
            t.kill()
            t = following
        self.assertEqual(stackless.getruncount(), 1)


class Channels(SchedulerTestCase):
    def test_receive_values(self):
        ch = stackless.channel()
        stackless.tasklet(producer)(ch, 3)
        got = [ch.receive() for _ in range(3)]
        self.assertEqual(got, [0, 1, 2])

    def test_leaves_a_runnable_tasklet(self):
        stackless.tasklet(producer)(stackless.channel(), 0)
        self.assertEqual(stackless.getruncount(), 2)

    def test_blocked_tasklet_is_left(self):
        ch = stackless.channel()
        t = stackless.tasklet(sleeper)(ch)
        stackless.schedule()
        self.assertTrue(t.blocked)
        self.assertEqual(ch.balance, -1)

    def test_wrong_value(self):
        ch = stackless.channel()
        stackless.tasklet(producer)(ch, 1)
        self.assertEqual(ch.receive(), 7)

    def test_deadlock(self):
        with self.assertRaises(RuntimeError) as cm:
            stackless.channel().receive()
        events.append('deadlock: ' + str(cm.exception)[:8])


def run_in_tasklet(case, result, ch):
    ch.send(unittest.TestCase.run(case, result))


class InTasklet(SchedulerTestCase):
    def setUp(self):
        self.assertIsNot(stackless.getcurrent(), stackless.getmain())

    def run(self, result=None):
        ch = stackless.channel()
        ch.preference = 1
        stackless.tasklet(run_in_tasklet)(self, result, ch)
        return ch.receive()

    def test_not_main(self):
        self.assertFalse(stackless.getcurrent().is_main)
        stackless.schedule()
        events.append('test_not_main resumed')

    def test_fails_in_tasklet(self):
        self.fail('from inside a tasklet')


class Capture:
    def __init__(self):
        self.text = ''

    def write(self, s):
        self.text += s

    def flush(self):
        pass


stream = Capture()
suite = unittest.TestSuite([unittest.defaultTestLoader.loadTestsFromTestCase(c) for c in (Channels, InTasklet)])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
lines = stream.text.split('\n')
for line in lines:
    if line.startswith('test_') or line.startswith('FAIL:') or line.startswith('AssertionError') \
            or line.startswith('FAILED') or line.startswith('Ran '):
        print(line[:line.index(' in ')] if line.startswith('Ran ') else line)
print(events)
assert result.testsRun == 7 and len(result.failures) == 2 and not result.errors, result
assert stackless.getruncount() == 1
print('done')
