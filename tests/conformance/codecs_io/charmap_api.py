# codecs.charmap_build / charmap_encode / charmap_decode and a codec written
# the way encodings/cp*.py modules are.
import codecs

t = codecs.charmap_build('abc\ufffe')
print(codecs.charmap_decode(b'\x00\x01\x03', 'replace', 'abc\ufffe'))
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'x', 1: 0x263a}))
try:
    codecs.charmap_decode(b'\x00\x03', 'strict', 'abc\ufffe')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(codecs.charmap_encode('abca', 'strict', t))
print(codecs.charmap_encode('ab', 'strict', {ord('a'): 0x41, ord('b'): b'BB'}))
try:
    codecs.charmap_encode('abz', 'strict', t)
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(codecs.charmap_encode('abz', 'replace', {ord('a'): 1, ord('b'): 2, ord('?'): 63}))
print(codecs.charmap_decode(b'ab'))

decoding_table = ''.join(chr(i) for i in range(128)) + ''.join(chr(0x410 + i) for i in range(64)) + '\ufffe' * 64
encoding_table = codecs.charmap_build(decoding_table)


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        return codecs.charmap_encode(input, errors, encoding_table)

    def decode(self, input, errors='strict'):
        return codecs.charmap_decode(input, errors, decoding_table)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return codecs.charmap_decode(input, self.errors, decoding_table)[0]


def search(name):
    if name == 'toy_cyrillic':
        return codecs.CodecInfo(name='toy-cyrillic', encode=Codec().encode, decode=Codec().decode,
                                incrementaldecoder=IncrementalDecoder)
    return None


codecs.register(search)
print('Привет'.upper().encode('toy_cyrillic'))
print(b'\x9f\xa0\xbf'.decode('toy_cyrillic'))
print(b'x\xf0y'.decode('toy_cyrillic', 'replace'))
print('Жx€'.encode('toy_cyrillic', 'xmlcharrefreplace'))
print(list(codecs.iterdecode([b'\x80', b'\x81'], 'toy_cyrillic')))
