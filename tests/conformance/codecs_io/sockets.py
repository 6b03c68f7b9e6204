# socket: recv_into, recvfrom_into, sendmsg/recvmsg with SCM_RIGHTS, makefile.
import os
import socket

a, b = socket.socketpair()
a.sendall(b'hello world')
buf = bytearray(5)
print(b.recv_into(buf), buf)
print(b.recv_into(memoryview(buf)[1:], 2), buf)
n, addr = b.recvfrom_into(buf)
print(n, buf, addr)
for args in [(bytearray(2), 5), (bytearray(2), -1)]:
    try:
        b.recv_into(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    b.recv_into(b'abc')
except TypeError as e:
    print('TypeError', e)

a.sendmsg([b'ab', b'cd'])
print(b.recvmsg(10))
r, w = os.pipe()
a.sendmsg([b'x'], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, r.to_bytes(4, 'little'))])
data, anc, flags, addr = b.recvmsg(10, 64)
print(data, len(anc), anc[0][0] == socket.SOL_SOCKET, anc[0][1] == socket.SCM_RIGHTS, len(anc[0][2]), flags, addr)
fd = int.from_bytes(anc[0][2], 'little')
os.write(w, b'through the passed fd')
print(os.read(fd, 100))
for x in (r, w, fd):
    os.close(x)

f = a.makefile('wb')
f.write(b'line one\nline two\n')
f.flush()
g = b.makefile('rb')
print(g.readline(), g.readline())
t = b.makefile('r', encoding='utf-8')
a.sendall('héllo\nwörld\n'.encode())
print(t.readline(), end='')
print(t.readline(), end='')
print(t.mode)
raw = b.makefile('rb', buffering=0)
a.sendall(b'raw')
print(raw.read(3))
try:
    b.makefile('rt')
except ValueError as e:
    print('ValueError', e)
for x in (f, g, t, raw):
    x.close()
a.close()
b.close()

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(('127.0.0.1', 0))
u2.sendto(b'datagram', u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr[0], addr[1] == u2.getsockname()[1])
u2.sendto(b'again', 0, u1.getsockname())
buf = bytearray(10)
n, addr = u1.recvfrom_into(buf)
print(n, buf[:n], addr[0])
u1.close()
u2.close()

a, b = socket.socketpair()
r, w = os.pipe()
print(socket.send_fds(a, [b'fds'], [r, w]))
msg, fds, flags, addr = socket.recv_fds(b, 10, 4)
print(msg, len(fds), flags, addr, socket.CMSG_LEN(8) > 8, socket.CMSG_SPACE(8) >= socket.CMSG_LEN(8))
os.write(fds[1], b'via dup')
print(os.read(r, 10))
for x in [r, w] + fds:
    os.close(x)
a.close()
b.close()
