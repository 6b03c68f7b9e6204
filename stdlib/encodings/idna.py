"""encodings.idna — the 'idna' codec (RFC 3490 ToASCII/ToUnicode per label).

Basic: minipy has no stringprep tables, so nameprep is approximated by case
folding to lower case plus NFKC normalisation; the label rules (length 1..63,
the ACE prefix 'xn--', dots U+002E/U+3002/U+FF0E/U+FF61) are CPython's."""

import codecs
import re
import unicodedata

from .punycode import punycode_encode, punycode_decode

dots = re.compile("[\u002e\u3002\uff0e\uff61]")
ace_prefix = b"xn--"
sace_prefix = "xn--"


def nameprep(label):
    return unicodedata.normalize("NFKC", label.lower())


def ToASCII(label):
    try:
        label = label.encode("ascii")
    except UnicodeError:
        pass
    else:
        if 0 < len(label) < 64:
            return label
        raise UnicodeError("label empty or too long")
    label = nameprep(label)
    try:
        label = label.encode("ascii")
    except UnicodeError:
        pass
    else:
        if 0 < len(label) < 64:
            return label
        raise UnicodeError("label empty or too long")
    if label.startswith(sace_prefix):
        raise UnicodeError("Label starts with ACE prefix")
    label = ace_prefix + punycode_encode(label)
    if 0 < len(label) < 64:
        return label
    raise UnicodeError("label empty or too long")


def ToUnicode(label):
    if len(label) > 1024:
        raise UnicodeError("label way too long")
    if isinstance(label, bytes):
        pure_ascii = True
    else:
        try:
            label = label.encode("ascii")
            pure_ascii = True
        except UnicodeError:
            pure_ascii = False
    if not pure_ascii:
        label = nameprep(label)
        try:
            label = label.encode("ascii")
        except UnicodeError:
            raise UnicodeError("Invalid character in IDN label")
    if not label[:4].lower() == ace_prefix:
        return str(label, "ascii")
    label1 = label[len(ace_prefix):]
    result = punycode_decode(label1, 'strict')
    label2 = ToASCII(result)
    if str(label, "ascii").lower() != str(label2, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, label2)
    return result


class Codec(codecs.Codec):
    def encode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("unsupported error handling " + errors)
        if not input:
            return b'', 0
        try:
            result = input.encode('ascii')
        except UnicodeEncodeError:
            pass
        else:
            labels = result.split(b'.')
            for label in labels[:-1]:
                if not (0 < len(label) < 64):
                    raise UnicodeError("label empty or too long")
            if len(labels[-1]) >= 64:
                raise UnicodeError("label too long")
            return result, len(input)
        result = bytearray()
        labels = dots.split(input)
        if labels and not labels[-1]:
            trailing_dot = b'.'
            del labels[-1]
        else:
            trailing_dot = b''
        for label in labels:
            if result:
                result.extend(b'.')
            result.extend(ToASCII(label))
        return bytes(result + trailing_dot), len(input)

    def decode(self, input, errors='strict'):
        if errors != 'strict':
            raise UnicodeError("Unsupported error handling " + errors)
        if not input:
            return "", 0
        if not isinstance(input, bytes):
            input = bytes(input)
        if ace_prefix not in input.lower():
            try:
                return input.decode('ascii'), len(input)
            except UnicodeDecodeError:
                pass
        labels = input.split(b".")
        if labels and len(labels[-1]) == 0:
            trailing_dot = '.'
            del labels[-1]
        else:
            trailing_dot = ''
        result = [ToUnicode(label) for label in labels]
        return ".".join(result) + trailing_dot, len(input)


class IncrementalEncoder(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        return Codec().encode(input, errors)


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        return Codec().decode(input, errors)


class StreamWriter(Codec, codecs.StreamWriter):
    pass


class StreamReader(Codec, codecs.StreamReader):
    pass


def getregentry():
    return codecs.CodecInfo(name='idna', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder, incrementaldecoder=IncrementalDecoder,
                            streamwriter=StreamWriter, streamreader=StreamReader)
