# Uncaught ExceptionGroup display
def validate(x):
    errors = []
    if x < 0:
        errors.append(ValueError("negative"))
    if x % 2:
        errors.append(TypeError("odd"))
    if errors:
        raise ExceptionGroup("validation failed", errors)

validate(4)
print("4 ok")
validate(-3)
