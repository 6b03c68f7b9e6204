# Debug mode (asyncio.run(debug=True), loop.set_debug(True), -X dev,
# PYTHONASYNCIODEBUG): futures, tasks and handles record where they were
# created (_source_traceback, a traceback.StackSummary); reprs add
# "created at file:line" and the default exception handler prints the stack
# as "Object created at (most recent call last):".
# Only this script's frames are printed: the asyncio internals between them
# differ from one implementation to another.
import asyncio
import io
import logging
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
ME = os.path.abspath(__file__)


def clean(text):
    return text.replace(HERE, '')


def mine(stack):
    return [(fs.name, fs.lineno, fs.line) for fs in stack if fs.filename == ME]


def innermost(stack):
    # A handle keeps at most 10 frames: how many of them are this script's
    # depends on the event loop's own depth, so only the innermost is shown.
    return mine(stack)[-1]


def callback(*args):
    pass


def make_future(loop):
    return loop.create_future()


async def child():
    await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 100
    print('debug:', loop.get_debug())
    fut = make_future(loop)
    print('future created at:', mine(fut._source_traceback))
    print('is a list of frame summaries:', isinstance(fut._source_traceback, list),
          type(fut._source_traceback[-1]).__name__)
    task = asyncio.create_task(child())
    print('task created at:', mine(task._source_traceback))
    await task
    handle = loop.call_soon(callback, 1, 2)
    print('handle created at:', innermost(handle._source_traceback))
    print('last frame is the caller:', handle._source_traceback[-1].name)
    print('handle repr:', clean(repr(handle)))
    timer = loop.call_later(10, callback)
    print('timer created at:', innermost(timer._source_traceback))
    timer.cancel()
    timer = loop.call_at(loop.time() + 10, callback)
    print('timer (call_at) created at:', innermost(timer._source_traceback))
    timer.cancel()
    fut.set_result(None)


asyncio.run(main(), debug=True)

print('-- without debug mode: nothing recorded')


async def quiet():
    loop = asyncio.get_running_loop()
    print('debug:', loop.get_debug())
    fut = loop.create_future()
    handle = loop.call_soon(callback)
    print(fut._source_traceback, handle._source_traceback)
    print('handle repr:', clean(repr(handle)))
    fut.set_result(1)


asyncio.run(quiet())

print('-- loop.set_debug(True)')
loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.slow_callback_duration = 100
print('debug:', loop.get_debug())


def handler(loop, context):
    print('handler keys:', sorted(context))
    print('  source_traceback:', mine(context['source_traceback']))


loop.set_exception_handler(handler)
fut = asyncio.Future(loop=loop)
fut.set_exception(ValueError('lost in debug mode'))
print('future repr:', clean(repr(fut)))
del fut

async def waiter(gate):
    await gate

gate = asyncio.Future(loop=loop)
task = asyncio.Task(waiter(gate), loop=loop, name='debug-task')
loop.run_until_complete(asyncio.sleep(0))
print('task repr:', clean(repr(task)))
gate.set_result(None)
loop.run_until_complete(task)
print('task repr:', clean(repr(task)))

print('-- the default handler prints the creation stack')
loop.set_exception_handler(None)
stream = io.StringIO()
logging.basicConfig(stream=stream, format='%(levelname)s:%(name)s:%(message)s')
fut = asyncio.Future(loop=loop)
fut.set_exception(ValueError('lost in debug mode'))
del fut
loop.close()
print(clean(stream.getvalue()), end='')
print('end')
