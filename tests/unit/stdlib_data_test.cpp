// tests/unit/stdlib_data_test.cpp — unit tests of the "data" stdlib modules:
// the digest algorithms of stdlib/hash_algos.cpp against published test
// vectors (FIPS 180-4, FIPS 202, RFC 1321, RFC 7693), and struct/binascii/
// zlib/array/hashlib through the interpreter (values checked with CPython 3.11).
#include <doctest/doctest.h>

#include <string>

#include "runtime/runtime.h"
#include "stdlib/hash_algos.h"

using namespace minipy;

namespace {

std::string hex_digest(hashing::Algo a, const std::string& msg, size_t length = 0) {
  hashing::HashState s;
  hashing::hash_init(&s, a);
  hashing::hash_update(&s, msg.data(), msg.size());
  std::string d = hashing::hash_final(s, length);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (char c : d) {
    out.push_back(kHex[uint8_t(c) >> 4]);
    out.push_back(kHex[uint8_t(c) & 15]);
  }
  return out;
}

struct DataFixture {
  Interpreter* interp;
  ThreadState* ts;
  DataFixture() {
    InterpreterConfig cfg;
    interp = interpreter_create(cfg);
    ts = interpreter_main_thread(interp);
  }
  ~DataFixture() { interpreter_destroy(interp); }

  // Run `src` and return str() of the variable `r` (or "ERR Type: msg").
  std::string run(const std::string& src) {
    Value d = run_source(ts, src, "<test>");
    if (!d) {
      Ref e(err_fetch(ts));
      Ref s(str(ts, e.get()));
      return std::string("ERR ") + type_name(ts, e.get()) + ": " + std::string(s ? str_view(s.get()) : "?");
    }
    Ref dict(d);
    Value r = dict_get_str(dict.as<DictObject>(), intern(ts, "r"));
    if (!r) return "<no r>";
    Ref s(str(ts, r));
    return std::string(str_view(s.get()));
  }
};

}  // namespace

TEST_CASE("digest algorithms: standard test vectors") {
  using hashing::Algo;
  CHECK(hex_digest(Algo::MD5, "") == "d41d8cd98f00b204e9800998ecf8427e");
  CHECK(hex_digest(Algo::MD5, "abc") == "900150983cd24fb0d6963f7d28e17f72");
  CHECK(hex_digest(Algo::SHA1, "abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(hex_digest(Algo::SHA224, "abc") == "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7");
  CHECK(hex_digest(Algo::SHA256, "abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(hex_digest(Algo::SHA256, "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(hex_digest(Algo::SHA384, "abc") ==
        "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7");
  CHECK(hex_digest(Algo::SHA512, "abc") ==
        "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd"
        "454d4423643ce80e2a9ac94fa54ca49f");
  CHECK(hex_digest(Algo::SHA3_256, "") == "a7ffc6f8bf1ed76651c14756a061d662f580ff4de43b49fa82d80a4b80f8434a");
  CHECK(hex_digest(Algo::SHA3_224, "abc") == "e642824c3f8cf24ad09234ee7d3c766fc9a3a5168d0c94ad73b46fdf");
  CHECK(hex_digest(Algo::SHAKE128, "", 16) == "7f9c2ba4e88f827d616045507605853e");
  CHECK(hex_digest(Algo::BLAKE2S, "abc") == "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982");
  CHECK(hex_digest(Algo::BLAKE2B, "abc") ==
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4533cc95"
        "18d38aa8dbf1925ab92386edd4009923");
  // A million 'a's crosses many blocks (and the 64-bit length field).
  CHECK(hex_digest(Algo::SHA1, std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

TEST_CASE("digest algorithms: incremental updates match one shot") {
  using hashing::Algo;
  std::string msg;
  for (int i = 0; i < 1000; i++) msg.push_back(char(i * 7));
  for (Algo a : {Algo::MD5, Algo::SHA1, Algo::SHA256, Algo::SHA512, Algo::SHA3_512, Algo::BLAKE2B, Algo::BLAKE2S}) {
    hashing::HashState s;
    hashing::hash_init(&s, a);
    for (size_t i = 0; i < msg.size(); i += 13) hashing::hash_update(&s, msg.data() + i, std::min<size_t>(13, msg.size() - i));
    hashing::HashState one;
    hashing::hash_init(&one, a);
    hashing::hash_update(&one, msg.data(), msg.size());
    CHECK(hashing::hash_final(s) == hashing::hash_final(one));
  }
}

TEST_CASE_FIXTURE(DataFixture, "struct, binascii, zlib, array and hashlib from Python") {
  CHECK(run("import struct\nr = struct.pack('<hI?', -2, 7, 1)") == "b'\\xfe\\xff\\x07\\x00\\x00\\x00\\x01'");
  CHECK(run("import struct\nr = struct.calcsize('@bq'), struct.calcsize('=bq')") == "(16, 9)");
  CHECK(run("import struct\nr = struct.unpack('>e', b'\\x3c\\x00')") == "(1.0,)");
  CHECK(run("import struct\ntry:\n    struct.pack('<h', 1 << 15)\nexcept struct.error as e:\n    r = e") ==
        "short format requires -32768 <= number <= 32767");
  CHECK(run("import binascii\nr = binascii.crc32(b'hello'), binascii.b2a_base64(b'ab')") == "(907060870, b'YWI=\\n')");
  CHECK(run("import zlib\nr = zlib.decompress(zlib.compress(b'x' * 100)) == b'x' * 100, zlib.adler32(b'abc')") ==
        "(True, 38600999)");
  CHECK(run("from array import array\na = array('H', [1, 2])\na.byteswap()\nr = a.tobytes()") == "b'\\x00\\x01\\x00\\x02'");
  CHECK(run("import hashlib\nr = hashlib.sha256(b'abc').hexdigest()[:16]") == "ba7816bf8f01cfea");
  CHECK(run("import hmac\nr = hmac.new(b'key', b'msg', 'md5').hexdigest()") == "18e3548c59ad40dd03907b7aeee71d67");
}
