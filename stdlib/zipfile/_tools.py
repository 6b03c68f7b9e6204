# stdlib/zipfile/_tools.py — PyZipFile (archives of Python sources) and
# the `python -m zipfile` command line (-l, -e, -c, -t).
import os
import sys

from zipfile import ZipFile, ZIP_STORED, ZIP_DEFLATED


class PyZipFile(ZipFile):
    """Class to create ZIP archives with Python library files and packages
    (minipy has no bytecode files: the .py sources are stored)."""
    __module__ = 'zipfile'

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True, optimize=-1):
        ZipFile.__init__(self, file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename='', filterfunc=None):
        """Add all the .py files of a module or package (sources, not bytecode)."""
        pathname = os.fspath(pathname)
        if filterfunc and not filterfunc(pathname):
            return
        if os.path.isdir(pathname):
            name = os.path.basename(pathname)
            if basename:
                name = '%s/%s' % (basename, name)
            for entry in sorted(os.listdir(pathname)):
                path = os.path.join(pathname, entry)
                if os.path.isdir(path):
                    if os.path.isfile(os.path.join(path, '__init__.py')):
                        self.writepy(path, name, filterfunc)
                elif entry.endswith('.py'):
                    if filterfunc and not filterfunc(path):
                        continue
                    self.write(path, name + '/' + entry)
        else:
            if pathname[-3:] != '.py':
                raise RuntimeError('Files added with writepy() must end with ".py"')
            arcname = os.path.basename(pathname)
            if basename:
                arcname = '%s/%s' % (basename, arcname)
            self.write(pathname, arcname)


def main(args=None):
    import argparse
    description = 'A simple command-line interface for zipfile module.'
    parser = argparse.ArgumentParser(description=description)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument('-l', '--list', metavar='<zipfile>', help='Show listing of a zipfile')
    group.add_argument('-e', '--extract', nargs=2, metavar=('<zipfile>', '<output_dir>'),
                       help='Extract zipfile into target dir')
    group.add_argument('-c', '--create', nargs='+', metavar=('<name>', '<file>'),
                       help='Create zipfile from sources')
    group.add_argument('-t', '--test', metavar='<zipfile>', help='Test if a zipfile is valid')
    parser.add_argument('--metadata-encoding', metavar='<encoding>',
                        help='Specify encoding of member names for -l, -e and -t')
    args = parser.parse_args(args)
    encoding = args.metadata_encoding
    if args.test is not None:
        src = args.test
        with ZipFile(src, 'r', metadata_encoding=encoding) as zf:
            badfile = zf.testzip()
        if badfile:
            print('The following enclosed file is corrupted: {!r}'.format(badfile))
        print('Done testing')
    elif args.list is not None:
        src = args.list
        with ZipFile(src, 'r', metadata_encoding=encoding) as zf:
            zf.printdir()
    elif args.extract is not None:
        src, curdir = args.extract
        with ZipFile(src, 'r', metadata_encoding=encoding) as zf:
            zf.extractall(curdir)
    elif args.create is not None:
        if encoding:
            print('Non-conforming encodings not supported with -c.', file=sys.stderr)
            sys.exit(1)
        zip_name = args.create.pop(0)
        files = args.create

        def add_to_zip(zf, path, zippath):
            if os.path.isfile(path):
                zf.write(path, zippath, ZIP_DEFLATED)
            elif os.path.isdir(path):
                if zippath:
                    zf.write(path, zippath)
                for nm in sorted(os.listdir(path)):
                    add_to_zip(zf, os.path.join(path, nm), os.path.join(zippath, nm))

        with ZipFile(zip_name, 'w') as zf:
            for path in files:
                zippath = os.path.basename(path)
                if not zippath:
                    zippath = os.path.basename(os.path.dirname(path))
                if zippath in ('', os.curdir, os.pardir):
                    zippath = ''
                add_to_zip(zf, path, zippath)
