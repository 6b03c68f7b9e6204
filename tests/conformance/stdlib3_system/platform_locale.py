# platform and locale: values consistent with os.uname()/sys, the C.UTF-8
# locale the suite runs in, and the C conventions of locale functions.
import platform, locale, sys, os
print(platform.system(), platform.machine(), platform.python_implementation(), platform.python_version(), platform.python_version_tuple())
print(platform.platform() == '-'.join([platform.system(), platform.release().replace('#','').replace(' ','_'), platform.machine(), 'with', ''.join(platform.libc_ver())]).replace('--','-'))
print(platform.node() == os.uname().nodename, platform.release() == os.uname().release, platform.version() == os.uname().version, repr(platform.processor()), platform.architecture())
u = platform.uname()
print(type(u).__name__, u.system, u[0], len(u), u.processor == '', tuple(u)[:1], platform.libc_ver()[0])
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver()[0], platform.freedesktop_os_release()['ID'] != '')
print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.setlocale(locale.LC_ALL), locale.getlocale(), locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE, locale.LC_MONETARY, locale.LC_MESSAGES, locale.getencoding())
print(locale.setlocale(locale.LC_ALL, ''), locale.getlocale(), locale.localeconv()['decimal_point'], locale.format_string('%d', 1234567, grouping=True), locale.str(1.5), locale.atof('1.5'), locale.atoi('12'), locale.strxfrm('a'), locale.strcoll('a','b'), locale.normalize('en_US'))
try: locale.setlocale(locale.LC_ALL, 'xx_YY')
except locale.Error as e: print(e)
print(locale.setlocale(locale.LC_NUMERIC, 'C'), locale.setlocale(locale.LC_ALL, 'C'), locale.getlocale(), locale.setlocale(locale.LC_CTYPE, 'C.UTF-8'), locale.setlocale(locale.LC_ALL))
print(sorted(locale.localeconv().items()))
try: locale.currency(1.5)
except ValueError as e: print(e)
