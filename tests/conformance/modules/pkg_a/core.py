print("pkg_a.core loading, __package__ =", __package__)
def greet(name):
    return f"hello {name} from {__name__}"
