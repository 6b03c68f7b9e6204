# A tiny stack-based virtual machine with an assembler, labels and error reporting.
class VMError(Exception):
    def __init__(self, msg, pc):
        super().__init__(f"{msg} at pc={pc}")
        self.pc = pc


def assemble(source):
    program, labels = [], {}
    for raw in source.strip().splitlines():
        line = raw.split(";")[0].strip()
        if not line:
            continue
        label, colon, rest = line.partition(":")
        if colon and label.isidentifier():
            labels[label] = len(program)
            line = rest.strip()
            if not line:
                continue
        op, *args = line.split()
        program.append((op.upper(), [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    resolved = []
    for op, args in program:
        resolved.append((op, [labels.get(a, a) if isinstance(a, str) else a for a in args]))
    return resolved, labels


class VM:
    def __init__(self, program, trace=False):
        self.program = program
        self.stack = []
        self.vars = {}
        self.pc = 0
        self.out = []
        self.trace = trace
        self.steps = 0

    def pop(self):
        if not self.stack:
            raise VMError("stack underflow", self.pc)
        return self.stack.pop()

    def run(self, limit=10000):
        ops = {
            "ADD": lambda a, b: a + b, "SUB": lambda a, b: a - b,
            "MUL": lambda a, b: a * b, "DIV": lambda a, b: a // b,
            "MOD": lambda a, b: a % b, "LT": lambda a, b: int(a < b), "EQ": lambda a, b: int(a == b),
        }
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > limit:
                raise VMError("step limit exceeded", self.pc)
            op, args = self.program[self.pc]
            if self.trace:
                print(f"{self.pc:3d} {op:<6}{' '.join(map(str, args)):<8} {self.stack}")
            self.pc += 1
            if op == "PUSH":
                self.stack.append(args[0])
            elif op in ops:
                b, a = self.pop(), self.pop()
                try:
                    self.stack.append(ops[op](a, b))
                except ZeroDivisionError:
                    raise VMError("division by zero", self.pc - 1) from None
            elif op == "DUP":
                v = self.pop()
                self.stack += [v, v]
            elif op == "SWAP":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op == "STORE":
                self.vars[args[0]] = self.pop()
            elif op == "LOAD":
                try:
                    self.stack.append(self.vars[args[0]])
                except KeyError:
                    raise VMError(f"undefined variable {args[0]!r}", self.pc - 1)
            elif op == "JMP":
                self.pc = args[0]
            elif op == "JZ":
                if self.pop() == 0:
                    self.pc = args[0]
            elif op == "PRINT":
                self.out.append(self.pop())
            elif op == "HALT":
                break
            else:
                raise VMError(f"unknown opcode {op}", self.pc - 1)
        return self.out


FACT = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
prog, labels = assemble(FACT)
print(labels, len(prog))
print(VM(prog).run())
FIZZ = """
    push 1
    store i
top:
    load i
    push 16
    lt
    jz end
    load i
    push 15
    mod
    jz fb
    load i
    push 3
    mod
    jz f
    load i
    push 5
    mod
    jz b
    load i
    print
    jmp next
fb: push -15
    print
    jmp next
f:  push -3
    print
    jmp next
b:  push -5
    print
next:
    load i
    push 1
    add
    store i
    jmp top
end:
"""
names = {-15: "FizzBuzz", -3: "Fizz", -5: "Buzz"}
print(" ".join(names.get(v, str(v)) for v in VM(assemble(FIZZ)[0]).run()))
vm = VM(assemble("push 2\npush 3\nadd\ndup\nmul\nprint")[0], trace=True)
print(vm.run(), vm.steps)
for src in ["add", "push 1\npush 0\ndiv", "load x", "bogus 1", "loop:\njmp loop"]:
    try:
        VM(assemble(src)[0]).run(limit=50)
    except VMError as e:
        print(f"VMError: {e} (pc {e.pc})")
