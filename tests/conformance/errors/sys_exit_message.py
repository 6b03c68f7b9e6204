# sys.exit with a string: message to stderr, status 1
import sys
print("about to fail")
sys.exit("fatal: configuration not found")
