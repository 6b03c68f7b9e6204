# Debug mode logs, on the 'asyncio' logger: a callback slower than
# loop.slow_callback_duration ("Executing <Handle ...> took N seconds", a
# warning), and at debug level the selector in use and the closing of a loop.
import asyncio
import logging
import os
import re
import time

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Recorder(logging.Handler):
    def emit(self, record):
        text = record.getMessage().replace(HERE, '')
        if record.msg.startswith('Executing'):
            # Only the callback made slow on purpose (a loaded machine may
            # make others slow too); the duration varies.
            if not text.startswith('Executing <Handle slow('):
                return
            text = re.sub(r'took [0-9.]+ seconds', 'took N seconds', text)
        print(record.levelname, record.name, text)


logger = logging.getLogger('asyncio')
logger.addHandler(Recorder())
logger.setLevel(logging.DEBUG)
logger.propagate = False


def slow(n):
    time.sleep(0.1)


def fast():
    pass


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.05
    loop.call_soon(slow, 1)
    loop.call_soon(fast)
    await asyncio.sleep(0.01)
    print('main done')


asyncio.run(main(), debug=True)

print('-- not in debug mode: nothing logged for slow callbacks')


async def quiet():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 0.05
    loop.call_soon(slow, 2)
    await asyncio.sleep(0.01)


asyncio.run(quiet())
print('end')
