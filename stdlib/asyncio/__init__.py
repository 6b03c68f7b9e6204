"""asyncio — minipy's event loop, tasks, futures, synchronization and streams.

Written for minipy in the shape of CPython 3.11's package (same submodules,
same scheduling order).  Submodules: events (handles, policy, running loop),
base_events (ready deque + timer heap), selector_events (epoll loop, sockets,
transports), futures, tasks, queues, locks, streams, runners, timeouts,
taskgroups, threads.
"""

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .streams import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .transports import *
from .selector_events import SelectorEventLoop, BaseSelectorEventLoop

DefaultEventLoopPolicy = events.DefaultEventLoopPolicy
