import sys


def square(x):
    return x * x


def main():
    print('argv', sys.argv[1:])
    return sum(square(i) for i in range(5))


print('result', main(), __name__)
