from .. import core
leaf_value = "leaf sees core.greet: " + core.greet("leaf")
