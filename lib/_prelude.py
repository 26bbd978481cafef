# The prelude: parts of the runtime written in the script language, compiled into every image
# and run before __main__. Natives reach these functions by name when the work would otherwise
# have to call Python code from native code (which the VM never does: see docs/architecture.md).


def send_sequence(channel, sequence):
    # channel.send_sequence(seq): each send may block and switch, so this is a Python loop.
    n = 0
    for value in sequence:
        channel.send(value)
        n += 1
    return n
