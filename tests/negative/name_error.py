# Reading an undefined name inside a function: uncaught NameError, exit status 1,
# traceback through both frames.
def show():
    print(undefined_thing)

print("before")
show()
