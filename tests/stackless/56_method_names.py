# Stackless's methods and functions know their names (the public Stackless suite checks
# signatures through func.__name__).
import stackless
c = stackless.channel()
t = stackless.tasklet(lambda: None)
print(c.send.__name__, c.receive.__name__, t.kill.__name__, stackless.run.__name__, stackless.tasklet.insert.__name__, stackless.getcurrent.__name__)
