# A user-defined exception escapes
class ConfigError(Exception):
    pass

def check(port):
    if not 0 < port < 65536:
        raise ConfigError(f"invalid port {port}")
    return port

print(check(80))
check(70000)
