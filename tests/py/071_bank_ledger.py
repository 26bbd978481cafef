# A small ledger with dicts of lists, validation via exceptions, and reports
accounts = {}
def open_account(name, initial=0):
    if name in accounts:
        raise ValueError("duplicate account " + name)
    accounts[name] = {"balance": initial, "history": [("open", initial)]}
def transfer(src, dst, amount):
    if amount <= 0:
        raise ValueError("amount must be positive")
    if accounts[src]["balance"] < amount:
        raise RuntimeError("insufficient funds in " + src)
    accounts[src]["balance"] -= amount
    accounts[dst]["balance"] += amount
    accounts[src]["history"].append(("out", amount))
    accounts[dst]["history"].append(("in", amount))
open_account("alice", 100)
open_account("bob")
open_account("carol", 50)
ops = [("alice", "bob", 30), ("bob", "carol", 50), ("carol", "alice", 25),
       ("alice", "dave", 5), ("bob", "alice", -1), ("bob", "alice", 30)]
for src, dst, amt in ops:
    try:
        transfer(src, dst, amt)
        print("ok", src, "->", dst, amt)
    except ValueError as e:
        print("rejected:", str(e))
    except RuntimeError as e:
        print("failed:", str(e))
    except KeyError as e:
        print("no such account", str(e))
try:
    open_account("bob")
except ValueError as e:
    print(str(e))
for name, acc in accounts.items():
    print("%-6s %5d %s" % (name, acc["balance"], acc["history"]))
print("total", sum([a["balance"] for a in accounts.values()]))
