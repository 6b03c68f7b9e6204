# A task destroyed while still pending is reported to the loop's exception
# handler ("Task was destroyed but it is pending!"), whether reference counting
# frees it (its scheduled step dropped by loop.close()) or the cycle collector
# finds it in a cycle with the future it waits on. all_tasks() holds tasks
# weakly, so it never keeps one alive.
import asyncio
import gc
import os

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def clean(text):
    return text.replace(HERE, '')


def handler(loop, context):
    print('handler keys:', sorted(context))
    print('  message:', context['message'])
    task = context['task']
    print('  task name:', task.get_name(), 'done:', task.done())


def verbose_handler(loop, context):
    print('handler keys:', sorted(context))
    print('  message:', context['message'])
    print('  task:', clean(repr(context['task'])))


async def child(n):
    await asyncio.sleep(n)
    return n


async def waits(fut):
    print('waits: start')
    await fut
    print('waits: never printed')


# 1. Reference counting: a task whose first step is scheduled but never runs;
#    loop.close() drops the handle, the last reference to the task.
loop = asyncio.new_event_loop()
loop.set_exception_handler(verbose_handler)
coro = child(1)
task = loop.create_task(coro, name='never-started')
print('registered:', [t.get_name() for t in asyncio.all_tasks(loop)])
del task
coro.close()  # no "never awaited" warning
print('closing loop 1')
loop.close()
print('loop 1 closed')

# 2. Not reported when _log_destroy_pending is false.
loop = asyncio.new_event_loop()
loop.set_exception_handler(verbose_handler)
coro = child(1)
task = loop.create_task(coro, name='quiet')
task._log_destroy_pending = False
del task
coro.close()
loop.close()
print('loop 2 closed (nothing reported)')


# 3. The cycle collector: a task waiting on a future only it references.
async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(waits(loop.create_future()), name='orphan')
    await asyncio.sleep(0)
    print('all_tasks:', sorted(x.get_name() for x in asyncio.all_tasks()))
    del t
    print('collecting')
    gc.collect()
    print('collected')
    print('all_tasks:', sorted(x.get_name() for x in asyncio.all_tasks()))
    # 4. Done tasks are not reported, and all_tasks() forgets them.
    done = asyncio.create_task(child(0), name='done')
    print('result:', await done)
    print('done in all_tasks:', done in asyncio.all_tasks())
    del done
    gc.collect()
    print('main: end')

asyncio.run(main())
print('end')
