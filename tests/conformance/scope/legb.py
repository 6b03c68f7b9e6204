# LEGB lookup order
x = "global"
def outer():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    def inner2():
        return x
    return inner(), inner2()
print(outer(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: -1
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("abc"))
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            c = 3
            def l3():
                return a + b + c
            return l3()
        return l2()
    return l1()
print(deep())
def late_binding():
    def get():
        return value
    value = "bound later"
    return get()
print(late_binding())
def global_read_after_module_change():
    return x
x = "changed global"
print(global_read_after_module_change())
y = 1
def conditional_local(flag):
    if flag:
        y = 2
    return y
print(conditional_local(True))
try:
    conditional_local(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
