"""concurrent.futures.process — placeholder: minipy has no multiprocessing yet."""

from concurrent.futures import _base


class BrokenProcessPool(_base.BrokenExecutor):
    pass


class ProcessPoolExecutor(_base.Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(),
                 *, max_tasks_per_child=None):
        raise NotImplementedError("ProcessPoolExecutor is not supported by minipy yet; "
                                  "use ThreadPoolExecutor")
