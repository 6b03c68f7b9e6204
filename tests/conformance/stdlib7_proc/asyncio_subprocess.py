# asyncio subprocesses: create_subprocess_exec / create_subprocess_shell,
# PIPE / STDOUT / DEVNULL, Process (pid, returncode, wait, communicate with
# input, send_signal / terminate / kill, stream stdin/stdout/stderr), large
# transfers through the pipe transports, timeouts and argument errors.
import asyncio
import signal
import sys

PY = sys.executable
PIPE = asyncio.subprocess.PIPE


async def main():
    print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)
    p = await asyncio.create_subprocess_exec(
        PY, '-c', 'import sys; sys.stdout.write("hi\\n"); sys.stderr.write("err\\n"); sys.exit(3)',
        stdout=PIPE, stderr=PIPE)
    print(type(p).__name__, p.returncode, isinstance(p.pid, int), p.stdin)
    out, err = await p.communicate()
    print(out, err, p.returncode, await p.wait())

    p = await asyncio.create_subprocess_shell('cat; echo done >&2', stdin=PIPE, stdout=PIPE,
                                              stderr=asyncio.subprocess.STDOUT)
    out, err = await p.communicate(b'input data\n')
    print(out, err, p.returncode)

    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.terminate()
    print('terminate', await p.wait(), p.returncode)
    p = await asyncio.create_subprocess_exec('sleep', '10', stdout=asyncio.subprocess.DEVNULL)
    p.kill()
    print('kill', await p.wait())
    p = await asyncio.create_subprocess_exec('sleep', '10')
    p.send_signal(signal.SIGINT)
    print('send_signal', await p.wait())
    try:
        p.kill()
    except ProcessLookupError:
        print('ProcessLookupError: already exited')

    p = await asyncio.create_subprocess_exec(
        PY, '-c', 'import sys\nfor line in sys.stdin:\n    sys.stdout.write(line.upper())\n    sys.stdout.flush()',
        stdin=PIPE, stdout=PIPE)
    print(type(p.stdin).__name__, type(p.stdout).__name__, p.stderr)
    p.stdin.write(b'abc\n')
    await p.stdin.drain()
    print(await p.stdout.readline())
    p.stdin.writelines([b'de', b'f\n'])
    await p.stdin.drain()
    print(await p.stdout.readline())
    p.stdin.close()
    await p.stdin.wait_closed()
    print(await p.stdout.read(), await p.wait())

    big = b''.join(b'%07d\n' % i for i in range(40000))
    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    out, err = await p.communicate(big)
    print('big', len(out), out == big, err, p.returncode)

    p = await asyncio.create_subprocess_exec(PY, '-c', 'import os; print(os.getcwd(), os.environ["S7"])',
                                             stdout=PIPE, cwd='/', env={'S7': 'env-value'})
    print(await p.stdout.read(), await p.wait())

    procs = [await asyncio.create_subprocess_exec(PY, '-c', f'print({i})', stdout=PIPE) for i in range(4)]
    res = await asyncio.gather(*(q.communicate() for q in procs))
    print(res, [q.returncode for q in procs])

    p = await asyncio.create_subprocess_exec('sleep', '10')
    try:
        await asyncio.wait_for(p.wait(), 0.05)
    except asyncio.TimeoutError:
        print('timeout', p.returncode)
    p.kill()
    print(await p.wait())

    p = await asyncio.create_subprocess_shell('exit 7')
    print('shell exit', await p.wait())

    try:
        await asyncio.create_subprocess_exec('no-such-program-minipy')
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.filename)
    loop = asyncio.get_running_loop()
    for kw in ({'universal_newlines': True}, {'bufsize': 1}, {'text': True}, {'encoding': 'utf-8'},
               {'errors': 'strict'}, {'shell': True}):
        try:
            await loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', **kw)
        except ValueError as e:
            print('ValueError', e)
    for cmd, kw in ((['true'], {}), ('true', {'shell': False})):
        try:
            await loop.subprocess_shell(asyncio.SubprocessProtocol, cmd, **kw)
        except ValueError as e:
            print('ValueError', e)


asyncio.run(main())
print(asyncio.create_subprocess_exec.__module__, asyncio.subprocess.Process.__name__)
