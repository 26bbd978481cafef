# User exception classes with extra attributes, custom __str__, hierarchies
class AppError(Exception):
    pass

class ValidationError(AppError):
    def __init__(self, field, value, msg="invalid"):
        super().__init__("%s: %s (%r)" % (field, msg, value))
        self.field = field
        self.value = value

class NotFound(AppError):
    def __init__(self, key):
        self.key = key
    def __str__(self):
        return "not found: " + self.key

def validate(rec):
    if "name" not in rec:
        raise NotFound("name")
    if not isinstance(rec.get("age"), int):
        raise ValidationError("age", rec.get("age"), "must be int")
    if rec["age"] < 0:
        raise ValidationError("age", rec["age"])
    return "ok " + rec["name"]

for rec in [{"name": "a", "age": 3}, {"age": 1}, {"name": "b", "age": "x"}, {"name": "c", "age": -2}]:
    try:
        print(validate(rec))
    except ValidationError as e:
        print("ValidationError", e.field, e.value, "|", e, "|", e.args)
    except AppError as e:
        print(type(e).__name__, str(e), e.args, e.key)
print(issubclass(ValidationError, AppError), issubclass(AppError, Exception))
print([k.__name__ for k in ValidationError.__mro__])
e = ValidationError("x", 1)
print(repr(e))
class Coded(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
try:
    raise Coded(404, "missing", "page")
except Exception as ex:
    print(ex.code, ex.args, str(ex), repr(ex))
class Empty(Exception):
    pass
try:
    raise Empty
except Empty as ex:
    print(repr(ex), repr(str(ex)), ex.args)
