# A longer run than fib(25) (fib(29) = 514,229: 1,664,079 calls), for bench/tiering.ts: a first
# run long enough for V8's tier-up to finish inside it.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(29))
