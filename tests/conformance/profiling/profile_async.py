# sys.setprofile with asyncio: coroutine chains resumed and suspended by the
# event loop report call/return per level; cProfile counts the resumptions.
import sys, asyncio
log = []
def show(frame, event, arg):
    if frame.f_code.co_filename != __file__: return
    if event.startswith('c_'):
        log.append((event, frame.f_code.co_name, getattr(arg, '__qualname__', '?')))
    else:
        log.append((event, frame.f_code.co_name, type(arg).__name__))
async def leaf(i):
    await asyncio.sleep(0)
    return i
async def mid(i):
    return await leaf(i) + 1
async def main():
    r = await asyncio.gather(mid(1), mid(2))
    return r
asyncio.run(main())
sys.setprofile(show)
print(asyncio.run(main()))
sys.setprofile(None)
for e in log: print(*e)
import cProfile, pstats, io
pr = cProfile.Profile()
pr.enable()
asyncio.run(main())
pr.disable()
st = pstats.Stats(pr)
for k, v in sorted(st.stats.items()):
    if k[0] == __file__: print(k[2], v[:2])
