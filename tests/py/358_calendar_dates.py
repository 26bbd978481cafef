# Date arithmetic by hand: leap years, day of week (Zeller), day-of-year, a printed month calendar.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_days(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def weekday(y, m, d):
    # Zeller's congruence, mapped to Monday=0
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def day_of_year(y, m, d):
    return sum(month_days(y, i) for i in range(1, m)) + d


def calendar(y, m):
    lines = [f"{MONTHS[m - 1]} {y}".center(20).rstrip(), " ".join(DAYS)]
    cells = ["  "] * weekday(y, m, 1) + [f"{d:>2}" for d in range(1, month_days(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)


print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
for date in [(2024, 2, 29), (2000, 1, 1), (1969, 7, 20), (2038, 1, 19)]:
    print(date, DAYS[weekday(*date)], day_of_year(*date))
print(calendar(2024, 2))
print(calendar(2026, 11))


def add_days(y, m, d, n):
    while n > 0:
        left = month_days(y, m) - d
        if n <= left:
            return y, m, d + n
        n -= left + 1
        d = 1
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return y, m, d


print(add_days(2024, 12, 25, 10), add_days(2023, 2, 27, 2), add_days(2024, 2, 27, 2), add_days(2024, 1, 1, 366))
fridays = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print(len(fridays), fridays)
