# Text statistics: lines, words, vowels, longest word, capitalised title case
text = "Stackless Python adds tasklets and channels.\nTasklets are cheap.\nChannels connect tasklets together."
lines = text.split("\n")
print("lines", len(lines))
words = []
for line in lines:
    for w in line.split():
        words.append(w.strip(".,").lower())
print("words", len(words))
print(words)
vowels = 0
for ch in text.lower():
    if ch in "aeiou":
        vowels += 1
print("vowels", vowels)
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print("longest", longest)
avg = sum([len(w) for w in words]) / len(words)
print("avg length %.2f" % avg)
uniq = []
for w in words:
    if w not in uniq:
        uniq.append(w)
print("unique", len(uniq), uniq[:5])
def title(s):
    return " ".join([w[0].upper() + w[1:].lower() for w in s.split()])
print(title("hello STACKLESS world"))
print(text.find("cheap"), text.find("xyz"), text.replace("tasklets", "TASKLETS").find("TASKLETS"))
for i, line in enumerate(lines):
    print("%d: %s" % (i + 1, line.upper() if i == 1 else line))
