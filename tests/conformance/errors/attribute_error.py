# AttributeError on None with suggestion-free message
class User:
    def __init__(self, name):
        self.name = name

def find(users, name):
    for u in users:
        if u.name == name:
            return u

users = [User("ann"), User("bob")]
print(find(users, "ann").name)
print(find(users, "zed").name)
