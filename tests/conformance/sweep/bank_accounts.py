# Bank account hierarchy: properties, custom exceptions, class attributes.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"cannot withdraw {amount:.2f} from {account.owner!r}: balance {account.balance:.2f}")
        self.account = account
        self.amount = amount


class FrozenAccount(BankError):
    pass


class Account:
    _next_id = 1000
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError(f"invalid amount: {amount}")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        if self.balance <= 0:
            return 0
        gained = round(self.balance * self.interest, 2)
        self.balance += gained
        return gained

    def __repr__(self):
        return f"{type(self).__name__}(owner={self.owner!r}, balance={self.balance:,.2f})"

    def __str__(self):
        return f"#{self.id} {self.owner:<10}{self.balance:>12,.2f}"


class Savings(Account):
    interest = 0.025
    limit = 3

    def withdraw(self, amount):
        n = sum(1 for kind, _ in self.history if kind == "withdraw")
        if n >= self.limit:
            raise BankError(f"withdrawal limit {self.limit} reached")
        return super().withdraw(amount)


class Checking(Account):
    overdraft = 100

    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self


accounts = [Savings("alice", 1500), Checking("bob", 50), Account("carol")]
for a in accounts:
    print(a)
print(accounts)

accounts[0].deposit(250.5).withdraw(100)
accounts[1].withdraw(120)
print(accounts[1].balance)

ops = [
    (accounts[2], "withdraw", 10),
    (accounts[2], "deposit", -5),
    (accounts[1], "withdraw", 500),
    (accounts[0], "withdraw", 1),
    (accounts[0], "withdraw", 1),
    (accounts[0], "withdraw", 1),
]
for acct, op, amt in ops:
    try:
        getattr(acct, op)(amt)
    except InsufficientFunds as e:
        print("insufficient:", e, e.amount)
    except BankError as e:
        print(type(e).__name__, e.args)
    except ValueError as e:
        print("value error:", e)

accounts[2].frozen = True
try:
    accounts[2].deposit(5)
except BankError as e:
    print(repr(e))

for a in accounts:
    print(a.owner, a.apply_interest(), a.history)

try:
    accounts[0].balance = -1
except ValueError as e:
    print(e)

print(isinstance(accounts[0], Account), issubclass(InsufficientFunds, BankError))
print(Savings.__mro__)
print(sorted(accounts, key=lambda a: a.balance))
total = sum(a.balance for a in accounts)
print(f"total: {total:_.3f} {total!r}")
print(vars(accounts[2]))
del accounts[2].frozen
print(hasattr(accounts[2], "frozen"))
raise InsufficientFunds(accounts[1], 1e6)
