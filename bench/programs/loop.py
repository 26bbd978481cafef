# A 1,000,000-iteration summing loop over locals.
def main():
    total = 0
    for i in range(1000000):
        total += i
    return total


print(main())
