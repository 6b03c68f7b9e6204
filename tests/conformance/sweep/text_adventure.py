# A text adventure state machine driven by a scripted list of commands.
from enum import Enum


class Dir(Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"

    @property
    def opposite(self):
        return {Dir.NORTH: Dir.SOUTH, Dir.SOUTH: Dir.NORTH, Dir.EAST: Dir.WEST, Dir.WEST: Dir.EAST}[self]


class Room:
    def __init__(self, name, desc, items=()):
        self.name = name
        self.desc = desc
        self.items = list(items)
        self.exits = {}
        self.locked = set()

    def connect(self, d, other, locked=False):
        self.exits[d] = other
        other.exits[d.opposite] = self
        if locked:
            self.locked.add(d)

    def describe(self):
        exits = ", ".join(sorted(d.name.lower() for d in self.exits))
        items = f" You see: {', '.join(self.items)}." if self.items else ""
        return f"== {self.name} ==\n{self.desc}{items}\nExits: {exits}"


class Game:
    def __init__(self):
        hall = Room("Hall", "A dusty hall.", ["lamp"])
        library = Room("Library", "Shelves of old books.", ["key", "book"])
        vault = Room("Vault", "Gold glitters everywhere.", ["gold"])
        garden = Room("Garden", "Overgrown roses.")
        hall.connect(Dir.NORTH, library)
        library.connect(Dir.EAST, vault, locked=True)
        hall.connect(Dir.WEST, garden)
        self.room = hall
        self.inventory = []
        self.moves = 0
        self.over = False

    def do(self, line):
        verb, _, arg = line.strip().partition(" ")
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(arg)

    def cmd_look(self, arg):
        return self.room.describe()

    def cmd_go(self, arg):
        try:
            d = Dir(arg[:1]) if len(arg) == 1 else Dir[arg.upper()]
        except (ValueError, KeyError):
            return f"{arg!r} is not a direction."
        if d not in self.room.exits:
            return "You can't go that way."
        if d in self.room.locked:
            return "The door is locked."
        self.room = self.room.exits[d]
        return self.room.describe()

    def cmd_take(self, arg):
        if arg not in self.room.items:
            return f"There is no {arg} here."
        self.room.items.remove(arg)
        self.inventory.append(arg)
        if arg == "gold":
            self.over = True
            return "You win!"
        return f"Taken: {arg}."

    def cmd_drop(self, arg):
        try:
            self.inventory.remove(arg)
        except ValueError:
            return f"You don't have {arg}."
        self.room.items.append(arg)
        return "Dropped."

    def cmd_unlock(self, arg):
        if "key" not in self.inventory:
            return "You have no key."
        if not self.room.locked:
            return "Nothing to unlock."
        d = self.room.locked.pop()
        return f"You unlock the door to the {d.name.lower()}."

    def cmd_inventory(self, arg):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")


script = ["look", "take lamp", "take sword", "go west", "look", "go e", "go north", "go east",
          "take key", "take book", "drop book", "drop shoe", "inventory", "unlock", "go e", "dance",
          "go up", "take gold"]
game = Game()
for cmd in script:
    print(f"> {cmd}")
    print(game.do(cmd))
    if game.over:
        break
print(f"Finished in {game.moves} moves with {len(game.inventory)} items: {game.inventory}")
print([d.opposite for d in Dir], Dir("n"), Dir.EAST.value)
