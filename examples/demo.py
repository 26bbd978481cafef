# Placeholder demo (the architect replaces it): plain functions, loops and print.
def greet(name):
    print("hello,", name)


def squares(n):
    for i in range(n):
        print(i, i * i)


greet("stackless")
squares(5)
