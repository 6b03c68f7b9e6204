# Integer comparisons and sorting
nums = [5, -3, 10 ** 20, 0, -(10 ** 20), 7, 7, 2 ** 63, -2 ** 63, 1]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(max(nums), min(nums), nums.index(7), nums.count(7))
print(2 ** 63 == 9223372036854775808, 2 ** 63 - 1 < 2 ** 63, -2 ** 63 - 1 < -2 ** 63)
print(1 == 1.0, 2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
print(10 ** 20 < 1e21, 10 ** 20 == 1e20, 10 ** 30 == 1e30, 10 ** 22 == 1e22)
print(1 < float("inf"), 10 ** 400 < float("inf"), -10 ** 400 > float("-inf"))
print(1 == float("nan"), 1 != float("nan"), 10 ** 400 > 1e308)
print(0 == -0, 0 == -0.0, 5 == 5 + 0j, True == 1 == 1.0)
def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
arr = sorted(nums)
print([bsearch(arr, v) for v in (-10 ** 21, 0, 7, 8, 10 ** 21)])
