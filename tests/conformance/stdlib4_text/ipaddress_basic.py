# ipaddress: parsing (v4/v6), reprs, properties, networks, interfaces, arithmetic, errors.
import ipaddress
from ipaddress import (ip_address, ip_network, ip_interface, IPv4Address, IPv6Address,
                       IPv4Network, IPv6Network, IPv4Interface, IPv6Interface)


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '->', repr(r))


PROPS = ['is_multicast', 'is_private', 'is_global', 'is_unspecified', 'is_reserved',
         'is_loopback', 'is_link_local']

for text in ['192.168.1.1', '8.8.8.8', '127.0.0.1', '0.0.0.0', '255.255.255.255', '224.0.0.1',
             '169.254.3.4', '100.64.1.1', '240.1.2.3', '10.0.0.1', '::1', '::', '2001:db8::1',
             'fe80::1', 'fec0::1', 'ff02::1', '2002:c000:204::1', '::ffff:192.168.1.1',
             '2001:0:4136:e378:8000:63bf:3fff:fdd2', '2606:4700:4700::1111',
             'FE80:0000:0000:0000:0202:B3FF:FE1E:8329', '1:0:0:1:0:0:0:1', '1:0:0:2:0:0:3:4',
             '0:0:1::', 'fe80::1%eth0']:
    a = ip_address(text)
    print(repr(a), str(a), a.version, a.max_prefixlen, a.compressed, a.exploded if '%' not in text else '-')
    print('   ', [p for p in PROPS if getattr(a, p)], int(a), a.packed, a.reverse_pointer if '%' not in text else '-')
    if a.version == 6:
        print('   ', a.ipv4_mapped, a.sixtofour, a.teredo, a.scope_id, a.is_site_local)

for bad in ['', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1..2.3', 'a.b.c.d', '1.2.3.4/24', '1234.1.1.1',
            '256.1.1.1', '1.2.3.٤', ':', '1:2', '1::2::3', ':1:2::', '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7',
            '::g', '12345::', '1:2:3:4:5:6:7::8', 'fe80::%', 'fe80::1%a%b', '::1.2.3', '1:2:3:4:5:6:7:8:',
            '1:2:3:4:5:6:1.2.3.4:5']:
    show('addr %r' % bad, lambda: ip_address(bad))
    show('  v4 %r' % bad, lambda: IPv4Address(bad))
    show('  v6 %r' % bad, lambda: IPv6Address(bad))
for v in [0, 1, 2**32 - 1, 2**32, -1, 2**128 - 1, 2**128, b'\x01\x02\x03\x04', b'\x00' * 16, b'abc']:
    show('int/bytes %r' % (v,), lambda: ip_address(v))
    show('  v4', lambda: IPv4Address(v))
    show('  v6', lambda: IPv6Address(v))

# formatting and arithmetic
a = IPv4Address('192.168.0.1')
b6 = IPv6Address('2001:db8::1')
for fmt in ['', 's', '>20s', 'b', 'x', 'X', '#x', '_b', '#_x', 'n', '#n']:
    print(repr(fmt), format(a, fmt), format(b6, fmt))
show('bad format', lambda: format(a, 'q'))
print(a + 1, a - 1, b6 + 255, 3 + a if False else '', a + 0 == a)
show('overflow', lambda: IPv4Address('255.255.255.255') + 1)
show('add str', lambda: a + '1')
print(a < IPv4Address('192.168.0.2'), a == IPv4Address(3232235521), a != b6, a == '192.168.0.1')
show('compare versions', lambda: a < b6)
show('compare types', lambda: a < ip_network('1.0.0.0/8'))
print(sorted([IPv4Address('10.0.0.2'), IPv4Address('1.2.3.4'), IPv4Address('10.0.0.1')]))
print(hash(a) == hash(IPv4Address('192.168.0.1')), len({a, IPv4Address('192.168.0.1'), b6}))
print(IPv6Address('fe80::1%1') == IPv6Address('fe80::1'), IPv6Address('fe80::1%1') == IPv6Address('fe80::1%1'))
print(ipaddress.v4_int_to_packed(1), ipaddress.v6_int_to_packed(1))
show('packed neg', lambda: ipaddress.v4_int_to_packed(-1))
show('packed big', lambda: ipaddress.v6_int_to_packed(2**128))

# networks
for text in ['192.168.0.0/24', '10.0.0.0/8', '192.168.1.1/32', '192.168.1.0/31', '0.0.0.0/0',
             '172.16.0.0/255.240.0.0', '10.0.0.0/0.255.255.255', '2001:db8::/32', '::1/128',
             'fe80::/64', '2001:db8::/127', '100.64.0.0/10', '::ffff:1.2.3.4/128', '192.0.2.0/29']:
    n = ip_network(text)
    print(repr(n), n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen,
          n.num_addresses, n.with_prefixlen, n.with_netmask, n.with_hostmask)
    print('   ', [p for p in PROPS if getattr(n, p)], n.exploded, n.compressed, n[0], n[-1])
    if n.num_addresses <= 8:
        print('    hosts', list(n.hosts()), list(n))
for bad in ['192.168.0.1/24', '10.0.0.0/33', '10.0.0.0/255.0.255.0', '10.0.0.0/x', '10.0.0.0/-1',
            '1.2.3.4/5/6', '::1/129', '2001:db8::1/32', 'zz/8', '10.0.0.0/ 8', '10.0.0.0/08']:
    show('net %r' % bad, lambda: ip_network(bad))
    show('  v4', lambda: IPv4Network(bad))
print(ip_network('192.168.0.1/24', strict=False), IPv4Network(('10.1.2.3', 8), strict=False),
      IPv4Network((167772160, '255.0.0.0')), IPv6Network(('2001:db8::', 32)), IPv4Network(3232235520),
      IPv4Network(b'\x0a\x00\x00\x00'))
n = ip_network('192.168.0.0/24')
print(list(n.subnets()), list(n.subnets(prefixlen_diff=2)), list(n.subnets(new_prefix=26)))
print(n.supernet(), n.supernet(prefixlen_diff=8), n.supernet(new_prefix=16), ip_network('0.0.0.0/0').supernet())
show('subnets bad', lambda: list(n.subnets(new_prefix=20)))
show('subnets both', lambda: list(n.subnets(prefixlen_diff=2, new_prefix=26)))
show('subnets too far', lambda: list(n.subnets(prefixlen_diff=9)))
show('supernet bad', lambda: n.supernet(new_prefix=25))
show('supernet far', lambda: n.supernet(prefixlen_diff=25))
print(list(ip_network('10.0.0.1/32').subnets()))
m = ip_network('192.168.0.128/25')
print(m.subnet_of(n), n.supernet_of(m), n.subnet_of(m), n.overlaps(m), m.overlaps(ip_network('10.0.0.0/8')))
print(IPv4Address('192.168.0.5') in n, IPv4Address('192.168.1.5') in n, m in n, b6 in n)
show('subnet_of mixed', lambda: n.subnet_of(ip_network('::/0')))
print(list(ip_network('192.0.2.0/28').address_exclude(ip_network('192.0.2.1/32'))))
print(list(n.address_exclude(n)))
show('exclude outside', lambda: list(n.address_exclude(ip_network('10.0.0.0/8'))))
print(n.compare_networks(m), m.compare_networks(n), n.compare_networks(n))
print(sorted([ip_network('10.0.0.0/16'), ip_network('10.0.0.0/8'), ip_network('1.0.0.0/8')]))
print(n == ip_network('192.168.0.0/24'), hash(n) == hash(ip_network('192.168.0.0/24')), n == m)
show('index', lambda: n[256])
show('neg index', lambda: n[-257])
print(sorted([ip_network('10.0.0.0/8'), ip_address('9.0.0.1'), ip_address('10.0.0.0')],
             key=ipaddress.get_mixed_type_key))

# summarize / collapse
print(list(ipaddress.summarize_address_range(IPv4Address('192.0.2.0'), IPv4Address('192.0.2.130'))))
print(list(ipaddress.summarize_address_range(IPv6Address('::'), IPv6Address('::ff'))))
print(list(ipaddress.summarize_address_range(IPv4Address('0.0.0.0'), IPv4Address('255.255.255.255'))))
show('summarize order', lambda: list(ipaddress.summarize_address_range(IPv4Address('1.0.0.2'), IPv4Address('1.0.0.1'))))
show('summarize net', lambda: list(ipaddress.summarize_address_range(n, n)))
show('summarize mixed', lambda: list(ipaddress.summarize_address_range(a, b6)))
print(list(ipaddress.collapse_addresses([ip_network('192.0.2.0/25'), ip_network('192.0.2.128/25')])))
print(list(ipaddress.collapse_addresses([IPv4Address('10.0.0.%d' % i) for i in range(0, 9)] +
                                        [ip_network('10.0.0.0/30'), ip_network('10.1.0.0/16')])))
show('collapse mixed', lambda: list(ipaddress.collapse_addresses([a, b6])))

# interfaces
for text in ['192.168.1.5/24', '10.0.0.1', '10.1.2.3/255.255.0.0', '2001:db8::5/64', 'fe80::1%eth0/64']:
    i = ip_interface(text)
    print(repr(i), i, i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask,
          i.with_hostmask, i.version)
    print('   ', [p for p in PROPS if getattr(i, p)], i.compressed)
i = IPv4Interface('192.168.1.5/24')
print(i == IPv4Interface('192.168.1.5/24'), i == IPv4Interface('192.168.1.5/25'), i == IPv4Address('192.168.1.5'),
      i < IPv4Interface('192.168.1.6/24'), i.exploded, hash(i) == hash(IPv4Interface('192.168.1.5/24')))
show('interface bad', lambda: ip_interface('1.2.3.4/40'))
show('interface junk', lambda: ip_interface('x'))
print(IPv6Interface('::1/128').is_loopback, IPv6Interface('::/0').is_unspecified, IPv6Interface('::1/64').is_loopback)
print(ipaddress.IPV4LENGTH, ipaddress.IPV6LENGTH, issubclass(ipaddress.AddressValueError, ValueError),
      issubclass(ipaddress.NetmaskValueError, ValueError))
import pickle
print(pickle.loads(pickle.dumps(a)), pickle.loads(pickle.dumps(n)), pickle.loads(pickle.dumps(i)),
      pickle.loads(pickle.dumps(IPv6Address('fe80::1%eth0'))))
