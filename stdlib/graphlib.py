"""graphlib — topological sorting of a graph of hashable nodes (CPython 3.11 API).

Owns TopologicalSorter and CycleError. Nodes are handed out in "ready" groups
(all of their predecessors done) so callers can process a group in parallel.
Written for minipy from the documented behaviour; the cycle reported on
failure is found by the same depth-first search order as CPython's.
"""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_OUT = -1     # handed out by get_ready(), not yet done
_DONE = -2    # marked done


class _Node:
    __slots__ = ('node', 'npredecessors', 'successors')

    def __init__(self, node):
        self.node = node
        # predecessors not yet done, or _OUT / _DONE
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by TopologicalSorter.prepare() when the graph has a cycle.

    The second element of args is the list of nodes of one cycle, the first
    node repeated at the end (each node is a predecessor of the next).
    """
    pass


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None        # list of ready nodes once prepare() ran
        self._handed_out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add a node and the nodes that must come before it."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Freeze the graph and check it for cycles (CycleError)."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """A tuple of the nodes whose predecessors are all done."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _OUT
        self._ready.clear()
        self._handed_out += len(result)
        return result

    def is_active(self):
        """Whether get_ready() can still produce nodes (now or after done())."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._finished < self._handed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark nodes returned by get_ready() as processed."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        nodes_info = self._nodes
        for node in nodes:
            info = nodes_info.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                elif state == _DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                else:
                    assert False, f"node {node!r}: unknown status {state}"
            info.npredecessors = _DONE
            for succ in info.successors:
                succ_info = nodes_info[succ]
                succ_info.npredecessors -= 1
                if succ_info.npredecessors == 0:
                    self._ready.append(succ)
            self._finished += 1

    def _find_cycle(self):
        # Depth-first search along successor edges, in insertion order; a
        # node met again while still on the path closes a cycle.
        nodes_info = self._nodes
        path = []
        next_succ = []          # per path entry: the iterator's __next__
        on_path = {}            # node -> index in path
        seen = set()
        for start in nodes_info:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in on_path:
                        return path[on_path[node]:] + [node]
                else:
                    seen.add(node)
                    next_succ.append(iter(nodes_info[node].successors).__next__)
                    on_path[node] = len(path)
                    path.append(node)
                # back up to the deepest path entry with a successor left
                while path:
                    try:
                        node = next_succ[-1]()
                        break
                    except StopIteration:
                        del on_path[path.pop()]
                        next_succ.pop()
                else:
                    break
        return None

    def static_order(self):
        """Iterate over all nodes in a topological order (prepare() is called)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)
