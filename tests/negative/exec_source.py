# exec() and eval() of source text are out of scope (programs are compiled ahead of time into an
# image): they raise a clear error instead of running anything.
try:
    eval("1 + 1")
except NotImplementedError as e:
    print("eval:", e)
exec("print('never')")
