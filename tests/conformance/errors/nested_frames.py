# Traceback through several function frames
def parse(s):
    return int(s)

def load(items):
    return [parse(x) for x in items]

def main():
    print("loading")
    return load(["1", "2", "x3"])

main()
