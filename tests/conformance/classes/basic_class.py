# A basic class: init, methods, class vs instance attributes
class BankAccount:
    bank = "PyBank"
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        BankAccount.count += 1
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amt}")
        self.balance -= amt
        return self
    def __repr__(self):
        return f"BankAccount({self.owner!r}, {self.balance})"
a = BankAccount("ann", 100)
b = BankAccount("bob")
a.deposit(50).withdraw(30)
print(a, b, BankAccount.count, a.bank, b.bank)
for op in (lambda: b.withdraw(10), lambda: a.deposit(-5)):
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
a.bank = "Other"
print(a.bank, b.bank, BankAccount.bank, "bank" in a.__dict__, "bank" in b.__dict__)
del a.bank
print(a.bank)
BankAccount.bank = "NewBank"
print(a.bank, b.bank)
print(sorted(a.__dict__), type(a).__name__, type(a) is BankAccount, isinstance(a, object))
try:
    a.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    BankAccount.missing
except AttributeError as e:
    print("AttributeError:", e)
