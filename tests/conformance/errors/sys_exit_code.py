# sys.exit with an integer status: no traceback
import sys
print("exiting with 3")
sys.exit(3)
print("never")
