# Traceback through methods and a property
class Account:
    def __init__(self, balance):
        self.balance = balance

    @property
    def ratio(self):
        return 100 / self.balance

    def report(self):
        return f"ratio={self.ratio}"

print(Account(50).report())
print(Account(0).report())
