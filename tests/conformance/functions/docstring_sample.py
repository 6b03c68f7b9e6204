# A realistic module-level function library with docstrings and validation
def validate_email(addr):
    """Very rough email validation."""
    if addr.count("@") != 1:
        return False
    local, domain = addr.split("@")
    return bool(local) and "." in domain and not domain.startswith(".") and not domain.endswith(".")
def parse_duration(s):
    """Parse '1h30m15s' into seconds."""
    units = {"h": 3600, "m": 60, "s": 1}
    total, num = 0, ""
    for ch in s:
        if ch.isdigit():
            num += ch
        elif ch in units and num:
            total += int(num) * units[ch]
            num = ""
        else:
            raise ValueError(f"invalid duration: {s!r}")
    if num:
        raise ValueError(f"trailing number in {s!r}")
    return total
def fmt_duration(sec):
    h, rem = divmod(sec, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"
for e in ["a@b.com", "bad", "a@b", "@b.com", "x@.com", "a@b@c.d"]:
    print(f"{e:<10} {validate_email(e)}")
for d in ["1h30m15s", "45s", "2h", "90m", "1x", "10"]:
    try:
        sec = parse_duration(d)
        print(d, sec, fmt_duration(sec))
    except ValueError as err:
        print("error:", err)
print(validate_email.__doc__, parse_duration.__doc__)
