# asyncio: loop.connect_read_pipe / connect_write_pipe (the Unix pipe transports
# used by subprocesses), StreamReader over a pipe, and the child watcher API.
import asyncio, os

class P(asyncio.Protocol):
    def __init__(self, done): self.done = done; self.buf = b''; self.ev = []
    def connection_made(self, tr): self.ev.append('made')
    def data_received(self, d): self.buf += d
    def eof_received(self): self.ev.append('eof')
    def connection_lost(self, exc): self.ev.append(('lost', exc)); self.done.set_result(None)

async def main():
    loop = asyncio.get_running_loop()
    r, w = os.pipe()
    done = loop.create_future()
    rt, rp = await loop.connect_read_pipe(lambda: P(done), os.fdopen(r, 'rb', 0))
    wdone = loop.create_future()
    wt, wp = await loop.connect_write_pipe(lambda: P(wdone), os.fdopen(w, 'wb', 0))
    print(type(rt).__name__, type(wt).__name__, rt.is_reading(), wt.get_write_buffer_size(), wt.get_write_buffer_limits())
    wt.write(b'hello ')
    wt.writelines([b'pipe', b'!'])
    wt.write_eof()
    await done
    await wdone
    print(rp.buf, rp.ev, wp.ev, rt.is_closing(), wt.is_closing())
    r, w = os.pipe()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), os.fdopen(r, 'rb', 0))
    os.write(w, b'line1\nline2\n'); os.close(w)
    print(await reader.readline(), await reader.read())
    try:
        await loop.connect_read_pipe(asyncio.Protocol, open('/etc/passwd', 'rb'))
    except ValueError as e:
        print(e)
asyncio.run(main())
print(asyncio.get_child_watcher().__class__.__name__ in ('ThreadedChildWatcher', 'PidfdChildWatcher'), isinstance(asyncio.get_event_loop_policy(), asyncio.DefaultEventLoopPolicy))
