# Exceptions: custom hierarchies, chaining with from, finally ordering, re-raise, context.
class GameError(Exception):
    pass


class InvalidMove(GameError):
    def __init__(self, piece, square):
        super().__init__(f"{piece} cannot move to {square}")
        self.piece = piece
        self.square = square


class SaveError(GameError):
    pass


def move(piece, square):
    if not ("a" <= square[0] <= "h" and "1" <= square[1] <= "8"):
        raise InvalidMove(piece, square)
    return f"{piece}->{square}"


for piece, square in [("knight", "c3"), ("rook", "z9"), ("queen", "h8")]:
    try:
        print(move(piece, square))
    except InvalidMove as e:
        print("invalid:", e, "|", e.piece, e.square, isinstance(e, GameError))


def save(data):
    try:
        return {"ok": int(data)}
    except ValueError as e:
        raise SaveError("could not save") from e


try:
    save("abc")
except SaveError as e:
    print(type(e).__name__, e, "caused by", type(e.__cause__).__name__, e.__cause__)

try:
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("context:", repr(e.__context__), e.__cause__)

order = []


def steps(fail):
    try:
        order.append("try")
        if fail:
            raise ValueError("boom")
        return "returned"
    except ValueError:
        order.append("except")
        return "handled"
    else:
        order.append("else")
    finally:
        order.append("finally")


print(steps(False), order)
order.clear()
print(steps(True), order)


def retry(times):
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < times:
                raise ConnectionError(f"attempt {attempts}")
            return attempts
        except ConnectionError as e:
            print("retrying after", e)
            continue
        finally:
            print("cleanup", attempts)


print("succeeded on", retry(3))


def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise


try:
    reraiser()
except ArithmeticError as e:
    print("outer got", type(e).__name__, e)

errors = []
for value in ["10", "x", None, "3"]:
    try:
        errors.append(100 // int(value))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
    except ZeroDivisionError:
        errors.append("zero")
print(errors)

try:
    raise GameError("plain", 42)
except GameError as e:
    print(e.args, str(e), repr(e))
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
