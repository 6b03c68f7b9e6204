# A Future or Task whose exception nobody retrieved reports it when it dies
# ("Future exception was never retrieved" / "Task exception was never
# retrieved", with the exception), to the loop's exception handler; by default
# that logs the context and the traceback on the 'asyncio' logger.
import asyncio
import gc
import io
import logging
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, '')


def handler(loop, context):
    print('handler keys:', list(context))
    print('  message:', context['message'])
    print('  exception:', repr(context['exception']))
    print('  future:', clean(repr(context['future'])))


class MyFuture(asyncio.Future):
    pass


async def boom(msg):
    await asyncio.sleep(0)
    raise ValueError(msg)


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)

    print('-- a future with an exception, dropped')
    fut = loop.create_future()
    fut.set_exception(KeyError('lost'))
    del fut
    print('-- retrieved with exception(): nothing reported')
    fut = loop.create_future()
    fut.set_exception(KeyError('seen'))
    print('exception():', repr(fut.exception()))
    del fut
    print('-- retrieved with result(): nothing reported')
    fut = loop.create_future()
    fut.set_exception(KeyError('raised'))
    try:
        fut.result()
    except KeyError as e:
        print('result() raised', repr(e))
    del fut
    print('-- _log_traceback = False: nothing reported')
    fut = loop.create_future()
    fut.set_exception(RuntimeError('silenced'))
    fut._log_traceback = False
    del fut
    print('-- a subclass reports its own name')
    fut = MyFuture()
    fut.set_exception(OSError(2, 'gone'))
    del fut
    print('-- an exception class is instantiated')
    fut = loop.create_future()
    fut.set_exception(ZeroDivisionError)
    del fut

    print('-- a task that failed, never awaited')
    task = asyncio.create_task(boom('task failed'), name='failing')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print('task done:', task.done())
    del task
    print('-- a task that failed, awaited: nothing reported')
    task = asyncio.create_task(boom('awaited'))
    try:
        await task
    except ValueError as e:
        print('await raised', repr(e))
    del task
    print('-- in a cycle: reported when the collector frees it')
    fut = loop.create_future()
    fut.set_exception(ValueError('cyclic'))
    holder = [fut]
    holder.append(holder)
    del fut, holder
    print('collecting')
    gc.collect()
    print('collected')


asyncio.run(main())

print('-- the default handler logs on the asyncio logger')
stream = io.StringIO()
logging.basicConfig(stream=stream, format='%(levelname)s:%(name)s:%(message)s')


async def default_handler():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        raise TypeError('with a traceback')
    except TypeError as e:
        fut.set_exception(e)
    del fut
    task = asyncio.create_task(boom('default'), name='boom-task')
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del task
    loop.call_exception_handler({'message': 'plain message', 'extra': [1, 2]})
    loop.call_exception_handler({})


asyncio.run(default_handler())
print(clean(stream.getvalue()), end='')
print('end')
