# asyncio: loop.subprocess_exec / subprocess_shell with a SubprocessProtocol,
# the SubprocessTransport (get_pid, get_returncode, get_pipe_transport,
# close), pipe data and the order of the protocol's callbacks.
import asyncio
import sys

PY = sys.executable


class Proto(asyncio.SubprocessProtocol):
    def __init__(self, done):
        self.done = done
        self.events = []
        self.data = {1: b'', 2: b''}

    def connection_made(self, transport):
        self.events.append('connection_made')
        self.transport = transport

    def pipe_data_received(self, fd, data):
        self.data[fd] += data

    def pipe_connection_lost(self, fd, exc):
        self.events.append(('pipe_connection_lost', fd, exc))

    def process_exited(self):
        self.events.append('process_exited')

    def connection_lost(self, exc):
        self.events.append(('connection_lost', exc))
        self.done.set_result(None)


async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    tr, pr = await loop.subprocess_exec(lambda: Proto(done), PY, '-c',
                                        'import os; os.write(1, b"out"); os.write(2, b"err")', stdin=None)
    print(isinstance(tr, asyncio.SubprocessTransport), isinstance(tr, asyncio.BaseTransport), tr.get_returncode())
    print(tr.get_pid() == tr.get_extra_info('subprocess').pid, tr.get_pipe_transport(0),
          type(tr.get_pipe_transport(1)).__name__, tr.is_closing())
    await done
    print(pr.events[0], pr.events[-1], sorted(map(str, pr.events[1:-1])))
    print(pr.data, tr.get_returncode())
    tr.close()
    print(tr.is_closing())

    done = loop.create_future()
    tr, pr = await loop.subprocess_shell(lambda: Proto(done), 'read x; echo got $x; exit 4', stderr=None)
    stdin = tr.get_pipe_transport(0)
    print(type(stdin).__name__, stdin.can_write_eof(), stdin.get_write_buffer_size())
    stdin.write(b'hello\n')
    stdin.close()
    await done
    print(pr.data, tr.get_returncode(), pr.events[-1])
    tr.close()

    done = loop.create_future()
    tr, pr = await loop.subprocess_exec(lambda: Proto(done), 'sleep', '10', stdin=None, stdout=None, stderr=None)
    tr.terminate()
    await done
    print(pr.events, tr.get_returncode())
    tr.close()
    try:
        tr.kill()
    except ProcessLookupError:
        print('ProcessLookupError after close')


asyncio.run(main())
