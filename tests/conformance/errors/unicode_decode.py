# UnicodeDecodeError escapes
data = b"caf\xe9 au lait"
print(len(data))
text = data.decode("utf-8")
