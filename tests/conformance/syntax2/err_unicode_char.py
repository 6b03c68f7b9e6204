# whole-stderr test: invalid character
price = 10 € 2
