# a threaded bank ledger: per-account locks, ordered lock acquisition, audit, then an uncaught chained error
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed
from decimal import Decimal

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.name}: cannot withdraw {amount}, balance {account.balance}")
        self.account = account
        self.amount = amount

class AuditError(RuntimeError):
    pass

class Account:
    _ids = iter(range(1, 1000))
    def __init__(self, name, balance):
        self.id = next(Account._ids)
        self.name = name
        self.balance = Decimal(balance)
        self.lock = threading.Lock()
        self.history = []
    def __repr__(self):
        return f"<Account {self.id} {self.name} {self.balance}>"

def transfer(src, dst, amount):
    amount = Decimal(amount)
    first, second = sorted((src, dst), key=lambda a: a.id)
    with first.lock, second.lock:
        if src.balance < amount:
            raise InsufficientFunds(src, amount)
        src.balance -= amount
        dst.balance += amount
        src.history.append(-amount)
        dst.history.append(amount)
    return (src.name, dst.name, amount)

accounts = {n: Account(n, b) for n, b in [("alice", "200.00"), ("bob", "100.00"), ("carol", "50.00")]}
start_total = sum(a.balance for a in accounts.values())
plan = [("alice", "bob", "10.00"), ("bob", "carol", "20.00"), ("carol", "alice", "5.00"),
        ("alice", "carol", "30.50"), ("bob", "alice", "1000.00"), ("carol", "bob", "0.25")] * 3

ok, failed = [], []
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(transfer, accounts[s], accounts[d], amt): i for i, (s, d, amt) in enumerate(plan)}
    for fut in as_completed(futures):
        i = futures[fut]
        try:
            ok.append((i, fut.result()))
        except InsufficientFunds as e:
            failed.append((i, e.account.name, str(e.amount)))
print("succeeded:", len(ok), "failed:", sorted(failed))
end_total = sum(a.balance for a in accounts.values())
print("conserved:", start_total == end_total, end_total)
for a in accounts.values():
    net = sum(a.history, Decimal(0))
    print(f"{a.name:<6} {len(a.history):>3} moves  net {net:>+9}  balance {a.balance:>9}")

# a single-threaded replay of the successful transfers ends with the same balances
replay = {n: Account(n, b) for n, b in [("alice", "200.00"), ("bob", "100.00"), ("carol", "50.00")]}
for i, (s, d, amt) in sorted(ok):
    transfer(replay[s], replay[d], amt)
print([(a.name, a.balance) for a in replay.values()] == [(a.name, a.balance) for a in accounts.values()])
print(sorted(i for i, _ in ok) == sorted(set(range(len(plan))) - {i for i, *_ in failed}))

def audit(accts, expected):
    total = sum(a.balance for a in accts.values())
    if total != expected:
        raise AuditError(f"total {total} != {expected}")
    return total

print("audit:", audit(accounts, start_total))
def close_account(acct):
    try:
        transfer(acct, accounts["alice"], acct.balance + 1)
    except InsufficientFunds as e:
        raise AuditError(f"could not close {acct.name}") from e

close_account(accounts["carol"])
