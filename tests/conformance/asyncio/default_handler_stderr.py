# The loop's default exception handler logs on the 'asyncio' logger; with
# logging not configured, the text goes to stderr through logging's last
# resort handler: the message, the context's other keys in sorted order, then
# the traceback. The script ends with exit status 1 so that the conformance
# harness compares its stderr too.
import asyncio
import sys

# The coroutines come from a fixed file name, so that the
# reprs in the reports (which show where they are defined) print the same
# wherever the test runs.
SOURCE = '''
async def pending(n):
    await asyncio.sleep(n)

async def failing():
    await asyncio.sleep(0)
    raise ValueError('task failed')
'''
jobs = {'asyncio': asyncio}
exec(compile(SOURCE, 'jobs.py', 'exec'), jobs)


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        raise TypeError('never retrieved')
    except TypeError as e:
        fut.set_exception(e)
    del fut
    print('future dropped')

    task = asyncio.create_task(jobs['failing'](), name='failing')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del task
    print('failed task dropped')

    loop.call_exception_handler({'message': 'custom report', 'answer': 42})
    loop.call_exception_handler({'exception': OSError(5, 'no message')})


asyncio.run(main())

loop = asyncio.new_event_loop()
coro = jobs['pending'](10)
task = loop.create_task(coro, name='never-started')
coro.close()
del task
loop.close()
print('loop closed')
sys.stdout.flush()
sys.exit(1)
