"""asyncio — minipy's event loop, tasks, futures, synchronization and streams.

Written for minipy in the shape of CPython 3.11's package (same submodules,
same scheduling order).  Submodules: events (handles, policy, running loop),
base_events (ready deque + timer heap), selector_events (epoll loop, sockets,
transports), unix_events (pipes, child processes, the default policy),
base_subprocess + subprocess (create_subprocess_exec/shell), futures, tasks,
queues, locks, streams, runners, timeouts, taskgroups, threads.
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
from .subprocess import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .transports import *
from .base_subprocess import SubprocessTransport
from .selector_events import BaseSelectorEventLoop
from .unix_events import *

DefaultEventLoopPolicy = unix_events.DefaultEventLoopPolicy
