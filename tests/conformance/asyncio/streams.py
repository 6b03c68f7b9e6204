# Streams over loopback TCP: start_server / open_connection, StreamReader and StreamWriter methods.
import asyncio


async def handle(reader, writer):
    peer = writer.get_extra_info("peername")
    print("server: peer host", peer[0])
    line = await reader.readline()
    print("server got line", line)
    exact = await reader.readexactly(5)
    print("server got exactly", exact)
    until = await reader.readuntil(b"!")
    print("server got until", until)
    writer.write(line.upper())
    writer.writelines([b"a", b"b", b"\n"])
    await writer.drain()
    rest = await reader.read()
    print("server read to EOF", len(rest), rest[:10], reader.at_eof())
    writer.write(b"bye\n")
    await writer.drain()
    writer.close()
    await writer.wait_closed()
    print("server closed connection")


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(server.is_serving(), len(server.sockets))
    port = server.sockets[0].getsockname()[1]
    print("port is int:", isinstance(port, int) and port > 0)

    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    print("client sockname host", writer.get_extra_info("sockname")[0])
    writer.write(b"hello world\n")
    writer.write(b"12345")
    writer.write(b"until here!")
    await writer.drain()
    print("client got", await reader.readline())
    print("client got", await reader.readline())
    writer.write(b"x" * 100000)
    writer.write_eof()
    await writer.drain()
    print("client got", await reader.readline())
    print("client at eof:", await reader.read(), reader.at_eof())
    writer.close()
    await writer.wait_closed()
    print("client closed", writer.is_closing())

    # IncompleteReadError on a short stream.
    async def short(reader, writer):
        writer.write(b"abc")
        await writer.drain()
        writer.close()

    server2 = await asyncio.start_server(short, "127.0.0.1", 0)
    port2 = server2.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection("127.0.0.1", port2)
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("IncompleteReadError:", e, e.partial, e.expected)
    w.close()
    await w.wait_closed()
    server2.close()
    await server2.wait_closed()

    # Connection refused on a closed port.
    server.close()
    await server.wait_closed()
    print("serving after close:", server.is_serving())
    try:
        await asyncio.open_connection("127.0.0.1", port)
    except ConnectionRefusedError:
        print("ConnectionRefusedError")

    # Many concurrent echo clients.
    async def echo(reader, writer):
        async for line in reader:
            writer.write(line)
            await writer.drain()
        writer.close()

    async with await asyncio.start_server(echo, "127.0.0.1", 0) as srv:
        p = srv.sockets[0].getsockname()[1]

        async def client(i):
            r, w = await asyncio.open_connection("127.0.0.1", p)
            total = 0
            for j in range(5):
                w.write(f"{i}:{j}\n".encode())
                await w.drain()
                total += len(await r.readline())
            w.close()
            await w.wait_closed()
            return total

        print(await asyncio.gather(*(client(i) for i in range(10))))


asyncio.run(main())
